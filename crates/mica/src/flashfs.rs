//! TEMPORARY stand-in until the `flashfs` branch lands: a directory next to the image
//! path plays the flash filesystem, with the same method signatures.

use std::path::PathBuf;

use mica_core::port::{FileStat, OpenMode, PathKind, Port};

use crate::port::HostPort;

pub struct FlashFs {
    root: PathBuf,
    cwd: String,
    host: HostPort,
}

impl FlashFs {
    pub fn open_or_format(path: &str, _size: u64) -> std::io::Result<FlashFs> {
        let root = PathBuf::from(format!("{path}.d"));
        std::fs::create_dir_all(&root)?;
        Ok(FlashFs {
            root,
            cwd: String::from("/"),
            host: HostPort::new(),
        })
    }
    fn p(&self, path: &str) -> String {
        let abs = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("{}/{}", self.cwd.trim_end_matches('/'), path)
        };
        self.root
            .join(abs.trim_start_matches('/'))
            .to_string_lossy()
            .into_owned()
    }
    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        let p = self.p(path);
        self.host.read_file(&p)
    }
    pub fn path_kind(&mut self, path: &str) -> PathKind {
        let p = self.p(path);
        self.host.path_kind(&p)
    }
    pub fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<u32, i32> {
        let p = self.p(path);
        self.host.file_open(&p, mode)
    }
    pub fn file_read(&mut self, h: u32, max: Option<usize>) -> Result<Vec<u8>, i32> {
        self.host.file_read(h, max)
    }
    pub fn file_write(&mut self, h: u32, data: &[u8]) -> Result<usize, i32> {
        self.host.file_write(h, data)
    }
    pub fn file_seek(&mut self, h: u32, off: i64, whence: u8) -> Result<u64, i32> {
        self.host.file_seek(h, off, whence)
    }
    pub fn file_flush(&mut self, h: u32) -> Result<(), i32> {
        self.host.file_flush(h)
    }
    pub fn file_close(&mut self, h: u32) {
        self.host.file_close(h)
    }
    pub fn stat(&mut self, path: &str) -> Result<FileStat, i32> {
        let p = self.p(path);
        self.host.stat(&p)
    }
    pub fn statvfs(&mut self, _path: &str) -> Result<[u64; 10], i32> {
        Ok([4096, 4096, 512, 500, 500, 0, 0, 0, 0, 255])
    }
    pub fn listdir(&mut self, path: &str) -> Result<Vec<(String, PathKind)>, i32> {
        let p = self.p(path);
        self.host.listdir(&p)
    }
    pub fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        let p = self.p(path);
        self.host.mkdir(&p)
    }
    pub fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        let p = self.p(path);
        self.host.rmdir(&p)
    }
    pub fn remove(&mut self, path: &str) -> Result<(), i32> {
        let p = self.p(path);
        self.host.remove(&p)
    }
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        let (a, b) = (self.p(from), self.p(to));
        self.host.rename(&a, &b)
    }
    pub fn getcwd(&mut self) -> Result<String, i32> {
        Ok(self.cwd.clone())
    }
    pub fn chdir(&mut self, path: &str) -> Result<(), i32> {
        self.cwd = path.to_string();
        Ok(())
    }
    pub fn close_all(&mut self) {}
}

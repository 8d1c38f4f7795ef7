//! The board's persistent filesystem: littlefs kept in a flash-image file.
//!
//! `mica board` mounts a [`FlashFs`] at `/`. The image is the emulated flash chip
//! (4096-byte erase blocks, erased = 0xFF); littlefs (through the `littlefs2` crate) is the
//! on-flash format, the one MicroPython boards use, chosen for its power-loss resilience:
//! every metadata change is a checksummed copy-on-write commit, so a process killed in the
//! middle of a write loses at most the file being written.
//!
//! The filesystem is mounted afresh for every operation and every littlefs file is opened
//! and closed within one call: an open Python file is only a handle holding a path, a mode
//! and a position. So each `write` is committed when the call returns (nothing is ever
//! left buffered in memory), and no littlefs state outlives a call.
//!
//! `littlefs2` fixes the block count at compile time, so images come in the power-of-two
//! sizes listed in [`SIZES`], each a monomorphised [`Image`].

use std::collections::HashMap;
use std::fs::File;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};

use littlefs2::consts::{U16, U512};
use littlefs2::driver::Storage;
use littlefs2::fs::{FileOpenFlags, FileType, Filesystem, OpenOptions};
use littlefs2::io::{Error as LfsError, SeekFrom};
use littlefs2::path::PathBuf as LfsPath;
use mica_core::port::{FileStat, OpenMode, PathKind};

/// The erase-block size of the emulated flash.
pub const BLOCK_SIZE: usize = 4096;
/// Image sizes littlefs can be built for here: 64 KiB to 64 MiB, powers of two.
pub const SIZES: [u64; 11] = [
    64 << 10,
    128 << 10,
    256 << 10,
    512 << 10,
    1 << 20,
    2 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    32 << 20,
    64 << 20,
];
/// The image size `mica board` uses unless told otherwise.
pub const DEFAULT_SIZE: u64 = 2 << 20;
/// The longest name littlefs stores.
const NAME_MAX: u64 = 255;
/// The largest file littlefs stores.
const FILE_MAX: u64 = i32::MAX as u64;

const ENOENT: i32 = 2;
const EIO: i32 = 5;
const EBADF: i32 = 9;
const EISDIR: i32 = 21;
const ENOTDIR: i32 = 20;
const EINVAL: i32 = 22;
const EFBIG: i32 = 27;
const ENAMETOOLONG: i32 = 36;

/// littlefs reports negated errno values.
fn errno(e: LfsError) -> i32 {
    match -e.code() {
        n if n > 0 => n,
        _ => EIO,
    }
}

/// The image file as littlefs's block device. `BLOCKS` is the block count.
struct Image<const BLOCKS: usize> {
    file: File,
    /// Simulated power cut (tests): how many more program/erase operations complete.
    writes_left: Option<u64>,
    powered_off: bool,
}

impl<const BLOCKS: usize> Image<BLOCKS> {
    fn write_raw(&mut self, off: usize, data: &[u8]) -> littlefs2::io::Result<usize> {
        let end = off.checked_add(data.len()).ok_or(LfsError::IO)?;
        if end > BLOCKS * BLOCK_SIZE || self.powered_off {
            return Err(LfsError::IO);
        }
        match self.writes_left {
            Some(0) => {
                // The cut lands in the middle of this operation: half of it reaches the
                // flash, nothing after it does.
                self.powered_off = true;
                let _ = write_at(&self.file, off as u64, &data[..data.len() / 2]);
                return Err(LfsError::IO);
            }
            Some(ref mut n) => *n -= 1,
            None => {}
        }
        write_at(&self.file, off as u64, data).map_err(|_| LfsError::IO)?;
        Ok(data.len())
    }
}

impl<const BLOCKS: usize> Storage for Image<BLOCKS> {
    const READ_SIZE: usize = 16;
    const WRITE_SIZE: usize = 16;
    const BLOCK_SIZE: usize = BLOCK_SIZE;
    const BLOCK_COUNT: usize = BLOCKS;
    const BLOCK_CYCLES: isize = 500;
    type CACHE_SIZE = U512;
    type LOOKAHEAD_SIZE = U16;

    fn read(&mut self, off: usize, buf: &mut [u8]) -> littlefs2::io::Result<usize> {
        let end = off.checked_add(buf.len()).ok_or(LfsError::IO)?;
        if end > BLOCKS * BLOCK_SIZE {
            return Err(LfsError::IO);
        }
        read_at(&self.file, off as u64, buf).map_err(|_| LfsError::IO)?;
        Ok(buf.len())
    }
    fn write(&mut self, off: usize, data: &[u8]) -> littlefs2::io::Result<usize> {
        self.write_raw(off, data)
    }
    fn erase(&mut self, off: usize, len: usize) -> littlefs2::io::Result<usize> {
        self.write_raw(off, &vec![0xFF; len])
    }
}

#[cfg(unix)]
fn read_at(file: &File, off: u64, buf: &mut [u8]) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, off)
}

#[cfg(unix)]
fn write_at(file: &File, off: u64, data: &[u8]) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, data, off)
}

#[cfg(not(unix))]
fn read_at(mut file: &File, off: u64, buf: &mut [u8]) -> io::Result<()> {
    use std::io::{Read, Seek};
    file.seek(io::SeekFrom::Start(off))?;
    file.read_exact(buf)
}

#[cfg(not(unix))]
fn write_at(mut file: &File, off: u64, data: &[u8]) -> io::Result<()> {
    use std::io::{Seek, Write};
    file.seek(io::SeekFrom::Start(off))?;
    file.write_all(data)
}

/// What [`FlashFs`] needs from a mounted image, whatever its block count.
trait Volume {
    fn format(&mut self) -> Result<(), i32>;
    fn mountable(&mut self) -> bool;
    /// Ask the host to put the image on disk (a process kill needs no help: every write
    /// has already reached the OS).
    fn sync(&mut self);
    /// Tests: let `n` more program/erase operations complete, then cut the power.
    #[cfg(test)]
    fn cut_power_after(&mut self, n: Option<u64>);
    #[cfg(test)]
    fn powered_off(&self) -> bool;
    #[cfg(test)]
    fn writes_left(&self) -> Option<u64>;
    /// `(is_dir, size)`.
    fn metadata(&mut self, path: &LfsPath) -> Result<(bool, u64), i32>;
    /// Open with littlefs flags and close again (creating or truncating); the length.
    fn touch(&mut self, path: &LfsPath, flags: FileOpenFlags) -> Result<u64, i32>;
    fn read_at(&mut self, path: &LfsPath, pos: u64, max: Option<usize>) -> Result<Vec<u8>, i32>;
    /// Write at `pos` (at the end when `None`); the position after the data.
    fn write_at(&mut self, path: &LfsPath, pos: Option<u64>, data: &[u8]) -> Result<u64, i32>;
    /// `(name, is_dir)` of each entry.
    fn list(&mut self, path: &LfsPath) -> Result<Vec<(String, bool)>, i32>;
    fn mkdir(&mut self, path: &LfsPath) -> Result<(), i32>;
    fn remove(&mut self, path: &LfsPath) -> Result<(), i32>;
    fn rename(&mut self, from: &LfsPath, to: &LfsPath) -> Result<(), i32>;
    /// `(total blocks, free blocks)`.
    fn usage(&mut self) -> Result<(u64, u64), i32>;
}

impl<const BLOCKS: usize> Image<BLOCKS> {
    /// Mount, run `f`, unmount. A panic inside the binding (it asserts on some inputs a
    /// corrupt image can produce) becomes `EIO`: no littlefs state outlives the call.
    fn with_fs<R>(
        &mut self,
        f: impl FnOnce(&Filesystem<'_, Self>) -> littlefs2::io::Result<R>,
    ) -> Result<R, i32> {
        match catch_unwind(AssertUnwindSafe(|| Filesystem::mount_and_then(self, f))) {
            Ok(r) => r.map_err(errno),
            Err(_) => Err(EIO),
        }
    }
}

impl<const BLOCKS: usize> Volume for Image<BLOCKS> {
    fn format(&mut self) -> Result<(), i32> {
        match catch_unwind(AssertUnwindSafe(|| Filesystem::format(self))) {
            Ok(r) => r.map_err(errno),
            Err(_) => Err(EIO),
        }
    }
    fn mountable(&mut self) -> bool {
        self.with_fs(|_| Ok(())).is_ok()
    }
    fn sync(&mut self) {
        let _ = self.file.sync_data();
    }
    #[cfg(test)]
    fn cut_power_after(&mut self, n: Option<u64>) {
        self.writes_left = n;
    }
    #[cfg(test)]
    fn powered_off(&self) -> bool {
        self.powered_off
    }
    #[cfg(test)]
    fn writes_left(&self) -> Option<u64> {
        self.writes_left
    }
    fn metadata(&mut self, path: &LfsPath) -> Result<(bool, u64), i32> {
        self.with_fs(|fs| {
            let m = fs.metadata(path)?;
            Ok((m.file_type() == FileType::Dir, m.len() as u64))
        })
    }
    fn touch(&mut self, path: &LfsPath, flags: FileOpenFlags) -> Result<u64, i32> {
        self.with_fs(|fs| OpenOptions::from(flags).open_and_then(fs, path, |f| Ok(f.len()? as u64)))
    }
    fn read_at(&mut self, path: &LfsPath, pos: u64, max: Option<usize>) -> Result<Vec<u8>, i32> {
        self.with_fs(|fs| {
            OpenOptions::from(FileOpenFlags::READ).open_and_then(fs, path, |f| {
                let len = f.len()? as u64;
                if pos >= len {
                    return Ok(Vec::new());
                }
                let remain = (len - pos) as usize;
                let n = max.map_or(remain, |m| m.min(remain));
                f.seek(SeekFrom::Start(pos as u32))?;
                let mut buf = vec![0; n];
                let mut got = 0;
                while got < n {
                    let k = f.read(&mut buf[got..])?;
                    if k == 0 {
                        break;
                    }
                    got += k;
                }
                buf.truncate(got);
                Ok(buf)
            })
        })
    }
    fn write_at(&mut self, path: &LfsPath, pos: Option<u64>, data: &[u8]) -> Result<u64, i32> {
        self.with_fs(|fs| {
            OpenOptions::from(FileOpenFlags::WRITE).open_and_then(fs, path, |f| {
                let start = match pos {
                    Some(p) => p,
                    None => f.len()? as u64,
                };
                if start + data.len() as u64 > FILE_MAX {
                    return Err(LfsError::FILE_TOO_BIG);
                }
                f.seek(SeekFrom::Start(start as u32))?;
                let mut done = 0;
                while done < data.len() {
                    let k = f.write(&data[done..])?;
                    if k == 0 {
                        return Err(LfsError::NO_SPACE);
                    }
                    done += k;
                }
                Ok(start + data.len() as u64)
            })
        })
    }
    fn list(&mut self, path: &LfsPath) -> Result<Vec<(String, bool)>, i32> {
        self.with_fs(|fs| {
            fs.read_dir_and_then(path, |dir| {
                let mut out = Vec::new();
                for entry in dir {
                    let entry = entry?;
                    let name = String::from_utf8_lossy(entry.file_name().as_ref().as_bytes());
                    if name == "." || name == ".." {
                        continue;
                    }
                    out.push((name.into_owned(), entry.file_type() == FileType::Dir));
                }
                Ok(out)
            })
        })
    }
    fn mkdir(&mut self, path: &LfsPath) -> Result<(), i32> {
        self.with_fs(|fs| fs.create_dir(path))
    }
    fn remove(&mut self, path: &LfsPath) -> Result<(), i32> {
        self.with_fs(|fs| fs.remove(path))
    }
    fn rename(&mut self, from: &LfsPath, to: &LfsPath) -> Result<(), i32> {
        self.with_fs(|fs| fs.rename(from, to))
    }
    fn usage(&mut self) -> Result<(u64, u64), i32> {
        self.with_fs(|fs| {
            let total = fs.total_blocks() as u64;
            let free = fs.available_blocks()? as u64;
            Ok((total, free))
        })
    }
}

/// An [`Image`] of the block count that `size` bytes hold, if that size is supported.
fn volume_for(file: File, size: u64) -> Option<Box<dyn Volume + Send>> {
    macro_rules! pick {
        ($($blocks:literal)*) => {
            match size / BLOCK_SIZE as u64 {
                $($blocks => Some(Box::new(Image::<$blocks> { file, writes_left: None, powered_off: false })),)*
                _ => None,
            }
        };
    }
    if !size.is_multiple_of(BLOCK_SIZE as u64) {
        return None;
    }
    pick!(16 32 64 128 256 512 1024 2048 4096 8192 16384)
}

/// An open file: littlefs is only touched while a call runs.
struct Handle {
    path: String,
    read: bool,
    write: bool,
    append: bool,
    pos: u64,
}

/// A littlefs filesystem in an image file, with the `Port` file operations over it.
pub struct FlashFs {
    vol: Box<dyn Volume + Send>,
    cwd: String,
    handles: HashMap<u32, Handle>,
    next_handle: u32,
}

fn invalid(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

impl FlashFs {
    /// Open the image, or create and format one of `size` bytes when missing (or
    /// unmountable and blank: empty, or all 0x00 or 0xFF bytes). An existing image keeps
    /// its own size. A file that holds anything else is refused, never reformatted.
    pub fn open_or_format(image: &std::path::Path, size: u64) -> io::Result<FlashFs> {
        let shown = image.display();
        let sizes = "a power of two from 64 KiB to 64 MiB";
        if !SIZES.contains(&size) && !image.exists() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{shown}: flash size {size} is not {sizes}"),
            ));
        }
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(image)
            .map_err(|e| io::Error::new(e.kind(), format!("{shown}: {e}")))?;
        // Two processes writing one image would corrupt it; the kernel drops the lock when
        // the process dies, however it dies.
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!("{shown}: the flash image is in use by another process"),
                ))
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(io::Error::new(
                    e.kind(),
                    format!("{shown}: cannot lock: {e}"),
                ))
            }
        }
        let len = file.metadata()?.len();
        let size = if len == 0 { size } else { len };
        let Some(mut vol) = volume_for(file.try_clone()?, size) else {
            return Err(if len == 0 {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("{shown}: flash size {size} is not {sizes}"),
                )
            } else {
                invalid(format!(
                    "{shown}: not a littlefs flash image ({len} bytes is not {sizes}); \
                     refusing to format it"
                ))
            });
        };
        if len == 0 {
            // Fresh flash reads as erased.
            let blank = vec![0xFF; BLOCK_SIZE];
            for b in 0..size / BLOCK_SIZE as u64 {
                write_at(&file, b * BLOCK_SIZE as u64, &blank)?;
            }
        }
        if !vol.mountable() {
            if !is_blank(&file, size)? {
                return Err(invalid(format!(
                    "{shown}: not a littlefs flash image (or a corrupt one); refusing to format it"
                )));
            }
            vol.format()
                .map_err(|e| io::Error::other(format!("{shown}: formatting failed (errno {e})")))?;
            if !vol.mountable() {
                return Err(io::Error::other(format!(
                    "{shown}: freshly formatted image does not mount"
                )));
            }
        }
        Ok(FlashFs {
            vol,
            cwd: String::from("/"),
            handles: HashMap::new(),
            next_handle: 1,
        })
    }

    /// The absolute, normalised form of `path` (relative to the cwd).
    fn resolve(&self, path: &str) -> Result<String, i32> {
        if path.is_empty() {
            return Err(ENOENT);
        }
        let mut parts: Vec<&str> = Vec::new();
        if !path.starts_with('/') {
            parts.extend(self.cwd.split('/').filter(|p| !p.is_empty()));
        }
        for p in path.split('/') {
            match p {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                _ => parts.push(p),
            }
        }
        let mut out = String::new();
        for p in &parts {
            if p.len() as u64 > NAME_MAX {
                return Err(ENAMETOOLONG);
            }
            out.push('/');
            out.push_str(p);
        }
        if out.is_empty() {
            out.push('/');
        }
        Ok(out)
    }

    fn lfs_path(path: &str) -> Result<LfsPath, i32> {
        if path.len() > LfsPath::MAX_SIZE {
            return Err(ENAMETOOLONG);
        }
        // littlefs2 takes NUL-free ASCII paths only.
        LfsPath::try_from(path).map_err(|_| EINVAL)
    }

    fn lookup(&mut self, path: &str) -> Result<(String, LfsPath), i32> {
        let abs = self.resolve(path)?;
        let lp = Self::lfs_path(&abs)?;
        Ok((abs, lp))
    }

    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        let (_, lp) = self.lookup(path)?;
        if self.vol.metadata(&lp)?.0 {
            return Err(EISDIR);
        }
        self.vol.read_at(&lp, 0, None)
    }

    pub fn path_kind(&mut self, path: &str) -> PathKind {
        let Ok((_, lp)) = self.lookup(path) else {
            return PathKind::Missing;
        };
        match self.vol.metadata(&lp) {
            Ok((true, _)) => PathKind::Dir,
            Ok((false, _)) => PathKind::File,
            Err(_) => PathKind::Missing,
        }
    }

    pub fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<u32, i32> {
        let (abs, lp) = self.lookup(path)?;
        match self.vol.metadata(&lp) {
            Ok((true, _)) => return Err(EISDIR),
            Ok(_) | Err(ENOENT) => {}
            Err(e) => return Err(e),
        }
        let mut flags = FileOpenFlags::empty();
        if mode.read {
            flags |= FileOpenFlags::READ;
        }
        if mode.write || mode.append {
            flags |= FileOpenFlags::WRITE;
        }
        if flags.is_empty() {
            flags = FileOpenFlags::READ;
        }
        if mode.create || mode.exclusive {
            flags |= FileOpenFlags::CREATE;
        }
        if mode.exclusive {
            flags |= FileOpenFlags::EXCL;
        }
        if mode.truncate {
            flags |= FileOpenFlags::TRUNCATE;
        }
        let len = self.vol.touch(&lp, flags)?;
        let handle = Handle {
            path: abs,
            read: mode.read,
            write: mode.write || mode.append,
            append: mode.append,
            pos: if mode.append { len } else { 0 },
        };
        let mut h = self.next_handle;
        while self.handles.contains_key(&h) || h == 0 {
            h = h.wrapping_add(1);
        }
        self.next_handle = h.wrapping_add(1);
        self.handles.insert(h, handle);
        Ok(h)
    }

    pub fn file_read(&mut self, handle: u32, max: Option<usize>) -> Result<Vec<u8>, i32> {
        let h = self.handles.get(&handle).ok_or(EBADF)?;
        if !h.read {
            return Err(EBADF);
        }
        let lp = Self::lfs_path(&h.path)?;
        let pos = h.pos;
        let data = self.vol.read_at(&lp, pos, max)?;
        if let Some(h) = self.handles.get_mut(&handle) {
            h.pos = pos + data.len() as u64;
        }
        Ok(data)
    }

    pub fn file_write(&mut self, handle: u32, data: &[u8]) -> Result<usize, i32> {
        let h = self.handles.get(&handle).ok_or(EBADF)?;
        if !h.write {
            return Err(EBADF);
        }
        let lp = Self::lfs_path(&h.path)?;
        let pos = if h.append { None } else { Some(h.pos) };
        if data.is_empty() {
            return Ok(0);
        }
        let end = self.vol.write_at(&lp, pos, data)?;
        if let Some(h) = self.handles.get_mut(&handle) {
            h.pos = end;
        }
        Ok(data.len())
    }

    pub fn file_seek(&mut self, handle: u32, offset: i64, whence: u8) -> Result<u64, i32> {
        let h = self.handles.get(&handle).ok_or(EBADF)?;
        let base = match whence {
            0 => 0,
            1 => h.pos as i128,
            2 => {
                let lp = Self::lfs_path(&h.path)?;
                self.vol.metadata(&lp)?.1 as i128
            }
            _ => return Err(EINVAL),
        };
        let pos = base + offset as i128;
        if pos < 0 {
            return Err(EINVAL);
        }
        if pos > FILE_MAX as i128 {
            return Err(EFBIG);
        }
        let h = self.handles.get_mut(&handle).ok_or(EBADF)?;
        h.pos = pos as u64;
        Ok(h.pos)
    }

    /// Every write is already committed when `file_write` returns.
    pub fn file_flush(&mut self, handle: u32) -> Result<(), i32> {
        if self.handles.contains_key(&handle) {
            Ok(())
        } else {
            Err(EBADF)
        }
    }

    pub fn file_close(&mut self, handle: u32) {
        self.handles.remove(&handle);
    }

    /// MicroPython's littlefs layout: mode (0x4000 dir, 0x8000 file) and size, no times.
    pub fn stat(&mut self, path: &str) -> Result<FileStat, i32> {
        let (_, lp) = self.lookup(path)?;
        let (dir, size) = self.vol.metadata(&lp)?;
        Ok(FileStat {
            mode: if dir { 0x4000 } else { 0x8000 },
            size: if dir { 0 } else { size },
            ..FileStat::default()
        })
    }

    /// `(bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax)`.
    pub fn statvfs(&mut self, path: &str) -> Result<[u64; 10], i32> {
        let (_, lp) = self.lookup(path)?;
        self.vol.metadata(&lp)?;
        let (total, free) = self.vol.usage()?;
        let bs = BLOCK_SIZE as u64;
        Ok([bs, bs, total, free, free, 0, 0, 0, 0, NAME_MAX])
    }

    pub fn listdir(&mut self, path: &str) -> Result<Vec<(String, PathKind)>, i32> {
        let (_, lp) = self.lookup(path)?;
        if !self.vol.metadata(&lp)?.0 {
            return Err(ENOTDIR);
        }
        let entries = self.vol.list(&lp)?;
        Ok(entries
            .into_iter()
            .map(|(n, dir)| (n, if dir { PathKind::Dir } else { PathKind::File }))
            .collect())
    }

    pub fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        let (_, lp) = self.lookup(path)?;
        self.vol.mkdir(&lp)
    }

    pub fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        let (abs, lp) = self.lookup(path)?;
        if !self.vol.metadata(&lp)?.0 {
            return Err(ENOTDIR);
        }
        if abs == "/" {
            return Err(EINVAL);
        }
        self.vol.remove(&lp)
    }

    pub fn remove(&mut self, path: &str) -> Result<(), i32> {
        let (_, lp) = self.lookup(path)?;
        if self.vol.metadata(&lp)?.0 {
            return Err(EISDIR);
        }
        self.vol.remove(&lp)
    }

    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        let (afrom, lfrom) = self.lookup(from)?;
        let (ato, lto) = self.lookup(to)?;
        if afrom == "/" || ato == "/" {
            return Err(EINVAL);
        }
        let inside = |p: &str, dir: &str| {
            p.len() > dir.len() && p.starts_with(dir) && p.as_bytes()[dir.len()] == b'/'
        };
        if inside(&ato, &afrom) {
            return Err(EINVAL);
        }
        self.vol.rename(&lfrom, &lto)?;
        // Open files follow their file.
        for h in self.handles.values_mut() {
            if h.path == afrom || inside(&h.path, &afrom) {
                h.path = format!("{ato}{}", &h.path[afrom.len()..]);
            }
        }
        Ok(())
    }

    pub fn getcwd(&mut self) -> Result<String, i32> {
        Ok(self.cwd.clone())
    }

    /// Like MicroPython on littlefs, changing into anything but a directory is `ENOENT`.
    pub fn chdir(&mut self, path: &str) -> Result<(), i32> {
        let (abs, lp) = self.lookup(path)?;
        if !self.vol.metadata(&lp)?.0 {
            return Err(ENOENT);
        }
        self.cwd = abs;
        Ok(())
    }

    /// Close every open handle (used at soft reset).
    pub fn close_all(&mut self) {
        self.handles.clear();
    }

    /// Tests: let `n` more flash program/erase operations complete, then cut the power.
    #[cfg(test)]
    fn cut_power_after(&mut self, n: Option<u64>) {
        self.vol.cut_power_after(n);
    }
}

impl Drop for FlashFs {
    fn drop(&mut self) {
        self.vol.sync();
    }
}

/// Does the image hold nothing (only 0x00 or only 0xFF bytes)?
fn is_blank(file: &File, size: u64) -> io::Result<bool> {
    let mut buf = vec![0u8; BLOCK_SIZE];
    let mut fill = None;
    for b in 0..size / BLOCK_SIZE as u64 {
        read_at(file, b * BLOCK_SIZE as u64, &mut buf)?;
        let first = *fill.get_or_insert(buf[0]);
        if (first != 0 && first != 0xFF) || buf.iter().any(|&x| x != first) {
            return Ok(false);
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const R: OpenMode = OpenMode {
        read: true,
        write: false,
        append: false,
        create: false,
        truncate: false,
        exclusive: false,
    };
    const W: OpenMode = OpenMode {
        read: false,
        write: true,
        append: false,
        create: true,
        truncate: true,
        exclusive: false,
    };
    const A: OpenMode = OpenMode {
        read: false,
        write: true,
        append: true,
        create: true,
        truncate: false,
        exclusive: false,
    };
    const X: OpenMode = OpenMode {
        read: false,
        write: true,
        append: false,
        create: true,
        truncate: false,
        exclusive: true,
    };
    const RPLUS: OpenMode = OpenMode {
        read: true,
        write: true,
        append: false,
        create: false,
        truncate: false,
        exclusive: false,
    };
    const WPLUS: OpenMode = OpenMode {
        read: true,
        write: true,
        append: false,
        create: true,
        truncate: true,
        exclusive: false,
    };

    /// A fresh scratch directory under the target directory, removed on drop.
    struct Scratch(std::path::PathBuf);
    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir =
                std::env::temp_dir().join(format!("mica-flashfs-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }
        fn image(&self) -> std::path::PathBuf {
            self.0.join("board.img")
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn write_file(fs: &mut FlashFs, path: &str, data: &[u8]) {
        let h = fs.file_open(path, W).unwrap();
        assert_eq!(fs.file_write(h, data).unwrap(), data.len());
        fs.file_close(h);
    }

    /// Deterministic pseudo-random bytes.
    fn noise(n: usize, seed: u64) -> Vec<u8> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    #[test]
    fn flashfs_is_send() {
        fn send<T: Send>() {}
        send::<FlashFs>();
    }

    #[test]
    fn formats_a_missing_image() {
        let s = Scratch::new("format");
        let mut fs = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE).unwrap();
        assert_eq!(std::fs::metadata(s.image()).unwrap().len(), DEFAULT_SIZE);
        assert_eq!(fs.listdir("/").unwrap(), vec![]);
        assert_eq!(fs.getcwd().unwrap(), "/");
        let v = fs.statvfs("/").unwrap();
        assert_eq!(&v[..3], &[4096, 4096, 512]);
        assert!(v[3] > 500 && v[3] == v[4], "{v:?}");
        assert_eq!(v[9], 255);
        assert_eq!(fs.stat("/").unwrap().mode, 0x4000);
        // One process at a time.
        let err = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE)
            .err()
            .unwrap();
        assert!(err.to_string().contains("in use"), "{err}");
        drop(fs);
        assert!(FlashFs::open_or_format(&s.image(), 1000).is_ok());
        assert!(FlashFs::open_or_format(&s.0.join("odd.img"), 1000).is_err());
        assert!(!s.0.join("odd.img").exists());
        for size in SIZES {
            let f = File::open(s.image()).unwrap();
            assert!(volume_for(f, size).is_some(), "{size}");
        }
    }

    #[test]
    fn text_and_big_binary_round_trip() {
        let s = Scratch::new("roundtrip");
        let mut fs = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE).unwrap();
        write_file(&mut fs, "hello.txt", b"hello, flash\n");
        assert_eq!(fs.read_file("/hello.txt").unwrap(), b"hello, flash\n");
        let big = noise(200_000, 7);
        let h = fs.file_open("/big.bin", W).unwrap();
        let mut off = 0;
        let mut step = 1;
        while off < big.len() {
            let end = (off + step).min(big.len());
            assert_eq!(fs.file_write(h, &big[off..end]).unwrap(), end - off);
            off = end;
            step = step * 3 % 9973 + 17;
        }
        fs.file_close(h);
        assert_eq!(fs.stat("big.bin").unwrap().size, 200_000);
        assert_eq!(fs.stat("big.bin").unwrap().mode, 0x8000);
        assert!(fs.read_file("/big.bin").unwrap() == big);
        // Read back in odd-sized chunks too.
        let h = fs.file_open("/big.bin", R).unwrap();
        let mut back = Vec::new();
        let mut step = 5;
        loop {
            let chunk = fs.file_read(h, Some(step)).unwrap();
            if chunk.is_empty() {
                break;
            }
            assert!(chunk.len() <= step);
            back.extend_from_slice(&chunk);
            step = step * 7 % 7919 + 3;
        }
        fs.file_close(h);
        assert!(back == big);
    }

    #[test]
    fn directories_and_paths() {
        let s = Scratch::new("dirs");
        let mut fs = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE).unwrap();
        fs.mkdir("/lib").unwrap();
        fs.mkdir("lib/sub").unwrap();
        write_file(&mut fs, "/lib/sub/m.py", b"x = 1\n");
        write_file(&mut fs, "/lib/a.py", b"a");
        let mut l = fs.listdir("/lib").unwrap();
        l.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            l,
            vec![
                ("a.py".to_string(), PathKind::File),
                ("sub".to_string(), PathKind::Dir)
            ]
        );
        assert_eq!(fs.path_kind("/lib//sub/./m.py"), PathKind::File);
        assert_eq!(fs.path_kind("/lib/sub/.."), PathKind::Dir);
        assert_eq!(fs.path_kind("/lib/none"), PathKind::Missing);
        fs.chdir("lib/sub").unwrap();
        assert_eq!(fs.getcwd().unwrap(), "/lib/sub");
        assert_eq!(fs.read_file("m.py").unwrap(), b"x = 1\n");
        assert_eq!(fs.read_file("../a.py").unwrap(), b"a");
        assert_eq!(fs.read_file("../../../lib/a.py").unwrap(), b"a");
        fs.chdir("..").unwrap();
        assert_eq!(fs.getcwd().unwrap(), "/lib");
        fs.rename("sub/m.py", "/m2.py").unwrap();
        assert_eq!(fs.read_file("/m2.py").unwrap(), b"x = 1\n");
        assert_eq!(fs.path_kind("sub/m.py"), PathKind::Missing);
        fs.rmdir("sub").unwrap();
        fs.remove("a.py").unwrap();
        assert_eq!(fs.listdir(".").unwrap(), vec![]);
        fs.chdir("/").unwrap();
        fs.rmdir("lib").unwrap();
        let mut l = fs.listdir("/").unwrap();
        l.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(l, vec![("m2.py".to_string(), PathKind::File)]);
    }

    #[test]
    fn misuse_reports_errnos() {
        let s = Scratch::new("errnos");
        let mut fs = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE).unwrap();
        fs.mkdir("/d").unwrap();
        write_file(&mut fs, "/d/f", b"data");
        write_file(&mut fs, "/f", b"data");
        assert_eq!(fs.file_open("/d", R), Err(EISDIR));
        assert_eq!(fs.file_open("/d", W), Err(EISDIR));
        assert_eq!(fs.read_file("/d"), Err(EISDIR));
        assert_eq!(fs.file_open("/missing", R), Err(ENOENT));
        assert_eq!(fs.file_open("/nodir/f", W), Err(ENOENT));
        assert_eq!(fs.file_open("/f/g", W), Err(ENOTDIR));
        assert_eq!(fs.file_open("/f", X), Err(17));
        assert_eq!(fs.remove("/d"), Err(EISDIR));
        assert_eq!(fs.remove("/missing"), Err(ENOENT));
        assert_eq!(fs.rmdir("/d"), Err(39));
        assert_eq!(fs.rmdir("/f"), Err(ENOTDIR));
        assert_eq!(fs.rmdir("/missing"), Err(ENOENT));
        assert_eq!(fs.mkdir("/d"), Err(17));
        assert_eq!(fs.mkdir("/f"), Err(17));
        assert_eq!(fs.mkdir("/"), Err(17));
        assert_eq!(fs.mkdir("/x/y"), Err(ENOENT));
        assert_eq!(fs.chdir("/f"), Err(ENOENT));
        assert_eq!(fs.chdir("/missing"), Err(ENOENT));
        assert_eq!(fs.listdir("/f"), Err(ENOTDIR));
        assert_eq!(fs.listdir("/missing"), Err(ENOENT));
        assert_eq!(fs.stat("/missing"), Err(ENOENT));
        assert_eq!(fs.rename("/missing", "/z"), Err(ENOENT));
        assert_eq!(fs.rename("/d", "/d/inner"), Err(EINVAL));
        assert_eq!(fs.stat(""), Err(ENOENT));
        assert_eq!(fs.stat(&"n".repeat(300)), Err(ENAMETOOLONG));
        assert_eq!(fs.file_read(999, None), Err(EBADF));
        assert_eq!(fs.file_write(999, b"x"), Err(EBADF));
        assert_eq!(fs.file_seek(999, 0, 0), Err(EBADF));
        assert_eq!(fs.file_flush(999), Err(EBADF));
        let h = fs.file_open("/f", R).unwrap();
        assert_eq!(fs.file_write(h, b"x"), Err(EBADF));
        assert_eq!(fs.file_seek(h, -1, 0), Err(EINVAL));
        assert_eq!(fs.file_seek(h, -5, 2), Err(EINVAL));
        fs.file_close(h);
        assert_eq!(fs.file_read(h, None), Err(EBADF));
        let h = fs.file_open("/w", W).unwrap();
        assert_eq!(fs.file_read(h, None), Err(EBADF));
        fs.file_close(h);
    }

    #[test]
    fn modes_behave_like_micropython() {
        let s = Scratch::new("modes");
        let mut fs = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE).unwrap();
        write_file(&mut fs, "/f", b"hello");
        // Append, and tell() is at the end.
        let h = fs.file_open("/f", A).unwrap();
        assert_eq!(fs.file_seek(h, 0, 1).unwrap(), 5);
        fs.file_seek(h, 0, 0).unwrap();
        fs.file_write(h, b" world").unwrap();
        assert_eq!(fs.file_seek(h, 0, 1).unwrap(), 11);
        fs.file_close(h);
        assert_eq!(fs.read_file("/f").unwrap(), b"hello world");
        // `x` creates a new file.
        let h = fs.file_open("/new", X).unwrap();
        fs.file_write(h, b"x").unwrap();
        fs.file_close(h);
        assert_eq!(fs.read_file("/new").unwrap(), b"x");
        // `w` truncates at open.
        let h = fs.file_open("/f", W).unwrap();
        assert_eq!(fs.stat("/f").unwrap().size, 0);
        fs.file_close(h);
        // r+ overwrites in place; reads and writes share the position.
        write_file(&mut fs, "/f", b"0123456789");
        let h = fs.file_open("/f", RPLUS).unwrap();
        assert_eq!(fs.file_read(h, Some(3)).unwrap(), b"012");
        fs.file_write(h, b"ab").unwrap();
        assert_eq!(fs.file_read(h, None).unwrap(), b"56789");
        assert_eq!(fs.file_seek(h, -3, 2).unwrap(), 7);
        assert_eq!(fs.file_read(h, Some(100)).unwrap(), b"789");
        assert_eq!(fs.file_read(h, Some(100)).unwrap(), b"");
        // Seeking past the end and writing fills the gap with zeros.
        assert_eq!(fs.file_seek(h, 3, 2).unwrap(), 13);
        assert_eq!(fs.file_read(h, None).unwrap(), b"");
        fs.file_write(h, b"!").unwrap();
        fs.file_flush(h).unwrap();
        fs.file_close(h);
        assert_eq!(fs.read_file("/f").unwrap(), b"012ab56789\0\0\0!");
        assert_eq!(fs.file_open("/nope", RPLUS), Err(ENOENT));
        // w+ truncates and reads back what it wrote.
        let h = fs.file_open("/f", WPLUS).unwrap();
        fs.file_write(h, b"fresh").unwrap();
        fs.file_seek(h, 1, 0).unwrap();
        assert_eq!(fs.file_read(h, None).unwrap(), b"resh");
        fs.file_close(h);
        // An open file follows a rename; close_all drops every handle.
        let h = fs.file_open("/f", R).unwrap();
        fs.rename("/f", "/g").unwrap();
        assert_eq!(fs.file_read(h, None).unwrap(), b"fresh");
        fs.close_all();
        assert_eq!(fs.file_read(h, None), Err(EBADF));
    }

    #[test]
    fn statvfs_tracks_usage() {
        let s = Scratch::new("statvfs");
        let mut fs = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE).unwrap();
        let free0 = fs.statvfs("/").unwrap()[3];
        write_file(&mut fs, "/big", &noise(300_000, 3));
        let free1 = fs.statvfs("/").unwrap()[3];
        assert!(free1 + 70 < free0, "{free0} -> {free1}");
        fs.remove("/big").unwrap();
        let free2 = fs.statvfs("/").unwrap()[3];
        assert!(free2 > free1 + 70, "{free1} -> {free2}");
        // Filling the flash is ENOSPC, and the filesystem stays usable.
        let h = fs.file_open("/fill", W).unwrap();
        let chunk = noise(64 * 1024, 9);
        let err = loop {
            if let Err(e) = fs.file_write(h, &chunk) {
                break e;
            }
        };
        assert_eq!(err, 28);
        fs.file_close(h);
        fs.remove("/fill").unwrap();
        write_file(&mut fs, "/after", b"ok");
        assert_eq!(fs.read_file("/after").unwrap(), b"ok");
    }

    #[test]
    fn files_persist_across_reopen() {
        let s = Scratch::new("persist");
        {
            let mut fs = FlashFs::open_or_format(&s.image(), 256 << 10).unwrap();
            fs.mkdir("/lib").unwrap();
            write_file(&mut fs, "/lib/boot.py", b"print('hi')\n");
            write_file(&mut fs, "/data.bin", &noise(20_000, 5));
        }
        // The image keeps its own size whatever size is asked for.
        let mut fs = FlashFs::open_or_format(&s.image(), DEFAULT_SIZE).unwrap();
        assert_eq!(fs.statvfs("/").unwrap()[2], 64);
        assert_eq!(fs.read_file("/lib/boot.py").unwrap(), b"print('hi')\n");
        assert!(fs.read_file("/data.bin").unwrap() == noise(20_000, 5));
    }

    #[test]
    fn refuses_foreign_files() {
        let s = Scratch::new("refuse");
        let text = s.0.join("notes.txt");
        std::fs::write(&text, b"precious user data\n").unwrap();
        assert!(FlashFs::open_or_format(&text, DEFAULT_SIZE).is_err());
        assert_eq!(std::fs::read(&text).unwrap(), b"precious user data\n");
        // Even at a valid image size.
        let junk = s.0.join("junk.img");
        let data = noise(64 << 10, 11);
        std::fs::write(&junk, &data).unwrap();
        let err = FlashFs::open_or_format(&junk, DEFAULT_SIZE).err().unwrap();
        assert!(err.to_string().contains("not a littlefs"), "{err}");
        assert!(std::fs::read(&junk).unwrap() == data);
        // An empty or blank file is formatted.
        let empty = s.0.join("empty.img");
        std::fs::write(&empty, b"").unwrap();
        assert!(FlashFs::open_or_format(&empty, 64 << 10).is_ok());
        let blank = s.0.join("blank.img");
        std::fs::write(&blank, vec![0u8; 128 << 10]).unwrap();
        let mut fs = FlashFs::open_or_format(&blank, DEFAULT_SIZE).unwrap();
        assert_eq!(fs.statvfs("/").unwrap()[2], 32);
    }

    /// Every file on the filesystem with its contents.
    fn snapshot(fs: &mut FlashFs) -> BTreeMap<String, Vec<u8>> {
        let mut out = BTreeMap::new();
        let mut dirs = vec![String::from("/")];
        while let Some(dir) = dirs.pop() {
            for (name, kind) in fs.listdir(&dir).unwrap() {
                let path = format!("{}/{name}", dir.trim_end_matches('/'));
                if kind == PathKind::Dir {
                    dirs.push(path);
                } else {
                    let data = fs.read_file(&path).unwrap();
                    out.insert(path, data);
                }
            }
        }
        out
    }

    type Model = BTreeMap<String, Vec<u8>>;

    /// One step of the power-cut workload.
    enum Step {
        /// Open with the mode, write the chunks one call each, close.
        Write(&'static str, OpenMode, Vec<Vec<u8>>),
        Rename(&'static str, &'static str),
        Remove(&'static str),
    }

    fn workload() -> Vec<Step> {
        let chunks = |n: usize, size: usize, seed: u64| -> Vec<Vec<u8>> {
            (0..n)
                .map(|i| noise(size + i * 37, seed + i as u64))
                .collect()
        };
        vec![
            Step::Write("/a.txt", W, vec![b"first version of a\n".to_vec()]),
            Step::Write("/d/b.bin", W, chunks(6, 3000, 100)),
            Step::Write("/c.log", A, chunks(3, 200, 200)),
            Step::Write("/a.txt", W, chunks(2, 5000, 300)),
            Step::Write("/c.log", A, chunks(4, 900, 400)),
            Step::Rename("/d/b.bin", "/b2.bin"),
            Step::Write("/d/e.bin", X, chunks(3, 7000, 500)),
            Step::Remove("/c.log"),
            Step::Write("/b2.bin", RPLUS, chunks(2, 1500, 600)),
            Step::Write("/f.txt", W, vec![b"last".to_vec()]),
        ]
    }

    /// Run `step`; every state the filesystem may be found in if the power goes during
    /// it, the last being the state after it.
    fn run_step(fs: &mut FlashFs, model: &Model, step: &Step) -> (Result<(), i32>, Vec<Model>) {
        let mut states = vec![model.clone()];
        let mut m = model.clone();
        let result = (|| match step {
            Step::Write(path, mode, chunks) => {
                let h = fs.file_open(path, *mode)?;
                let mut pos = 0;
                {
                    let data = m.entry(path.to_string()).or_default();
                    if mode.truncate {
                        data.clear();
                    }
                    if mode.append {
                        pos = data.len();
                    }
                }
                states.push(m.clone());
                for c in chunks {
                    let data = m.get_mut(*path).unwrap();
                    if data.len() < pos + c.len() {
                        data.resize(pos + c.len(), 0);
                    }
                    data[pos..pos + c.len()].copy_from_slice(c);
                    pos += c.len();
                    states.push(m.clone());
                    fs.file_write(h, c)?;
                }
                fs.file_close(h);
                Ok(())
            }
            Step::Rename(from, to) => {
                let data = m.remove(*from).unwrap();
                m.insert(to.to_string(), data);
                states.push(m.clone());
                fs.rename(from, to)
            }
            Step::Remove(path) => {
                m.remove(*path);
                states.push(m.clone());
                fs.remove(path)
            }
        })();
        (result, states)
    }

    #[test]
    fn power_cut_at_every_flash_operation() {
        let s = Scratch::new("powercut");
        let base = s.0.join("base.img");
        {
            let mut fs = FlashFs::open_or_format(&base, 128 << 10).unwrap();
            fs.mkdir("/d").unwrap();
        }
        // Count the flash operations of an uninterrupted run, checking the model.
        let total = {
            let img = s.0.join("full.img");
            std::fs::copy(&base, &img).unwrap();
            let mut fs = FlashFs::open_or_format(&img, 0).unwrap();
            fs.cut_power_after(Some(u64::MAX));
            let mut model = Model::new();
            for step in &workload() {
                let (r, states) = run_step(&mut fs, &model, step);
                r.unwrap();
                model = states.last().unwrap().clone();
                assert!(snapshot(&mut fs) == model);
            }
            u64::MAX - fs.vol.writes_left().unwrap()
        };
        assert!(total > 100, "{total}");
        let img = s.0.join("cut.img");
        let mut cuts_seen = 0;
        for n in 0..total {
            std::fs::copy(&base, &img).unwrap();
            let mut fs = FlashFs::open_or_format(&img, 0).unwrap();
            fs.cut_power_after(Some(n));
            let mut model = Model::new();
            let mut allowed = vec![model.clone()];
            for step in &workload() {
                let (r, states) = run_step(&mut fs, &model, step);
                if fs.vol.powered_off() {
                    allowed = states;
                    cuts_seen += 1;
                    break;
                }
                assert_eq!(r, Ok(()), "cut after {n}: step failed without a cut");
                model = states.last().unwrap().clone();
                allowed = vec![model.clone()];
            }
            drop(fs);
            // Power back on: the image mounts and holds one of the allowed states.
            let mut fs = FlashFs::open_or_format(&img, 0)
                .unwrap_or_else(|e| panic!("cut after {n}: image does not mount: {e}"));
            let found = snapshot(&mut fs);
            assert!(
                allowed.contains(&found),
                "cut after {n}: unexpected contents {:?}",
                found.iter().map(|(k, v)| (k, v.len())).collect::<Vec<_>>()
            );
            // And it is still writable.
            write_file(&mut fs, "/after", b"still works");
            assert_eq!(fs.read_file("/after").unwrap(), b"still works");
        }
        assert_eq!(cuts_seen, total);
    }

    /// The contents the SIGKILL child writes for `seed`.
    fn child_data(seed: u64) -> Vec<u8> {
        noise(20_000 + (seed as usize * 7919) % 20_000, seed)
    }

    const CHILD_ENV: &str = "MICA_FLASHFS_CHILD_IMAGE";

    /// The child process of `killed_mid_write_keeps_the_filesystem`: rewrites eight files
    /// in rotation, 1000 bytes a call, saying on stdout when each starts and ends.
    #[test]
    #[ignore = "run as a child process by killed_mid_write_keeps_the_filesystem"]
    fn sigkill_child() {
        let Ok(image) = std::env::var(CHILD_ENV) else {
            return;
        };
        let mut fs = FlashFs::open_or_format(std::path::Path::new(&image), 0).unwrap();
        let first: u64 = std::env::var("MICA_FLASHFS_CHILD_SEED")
            .unwrap()
            .parse()
            .unwrap();
        for seed in first..first + 10_000 {
            let path = format!("/run/f{}", seed % 8);
            println!("start {path} {seed}");
            let h = fs.file_open(&path, W).unwrap();
            for chunk in child_data(seed).chunks(1000) {
                fs.file_write(h, chunk).unwrap();
            }
            fs.file_close(h);
            println!("done {path} {seed}");
        }
    }

    #[test]
    fn killed_mid_write_keeps_the_filesystem() {
        use std::io::BufRead;
        let s = Scratch::new("sigkill");
        let img = s.image();
        {
            let mut fs = FlashFs::open_or_format(&img, DEFAULT_SIZE).unwrap();
            fs.mkdir("/run").unwrap();
            fs.mkdir("/keep").unwrap();
            write_file(&mut fs, "/keep/boot.py", b"print('boot')\n");
            write_file(&mut fs, "/keep/data.bin", &noise(50_000, 42));
        }
        // path -> (the seed of its last complete write, the seed of one under way).
        let mut expect: HashMap<String, (Option<u64>, Option<u64>)> = HashMap::new();
        let mut seed = 1000;
        for round in 0..4u64 {
            let mut child = std::process::Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "flashfs::tests::sigkill_child", "--ignored"])
                .args(["--nocapture", "--test-threads=1"])
                .env(CHILD_ENV, &img)
                .env("MICA_FLASHFS_CHILD_SEED", seed.to_string())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
            let mut dones = 0;
            let mut starts = 0;
            // Kill it part-way through a file, after a varying amount of work.
            let kill_at = 5 + round * 3;
            while let Some(Ok(line)) = lines.next() {
                let words: Vec<&str> = line.split(' ').collect();
                match words.as_slice() {
                    ["start", path, n] => {
                        let n = n.parse::<u64>().unwrap();
                        expect.entry(path.to_string()).or_default().1 = Some(n);
                        seed = n + 1;
                        starts += 1;
                        if starts == kill_at {
                            std::thread::sleep(std::time::Duration::from_millis(round));
                            child.kill().unwrap();
                        }
                    }
                    ["done", path, n] => {
                        expect.insert(path.to_string(), (Some(n.parse().unwrap()), None));
                        dones += 1;
                    }
                    _ => {}
                }
            }
            let status = child.wait().unwrap();
            assert!(!status.success(), "round {round}: the child was not killed");
            assert!(
                dones + 1 >= kill_at,
                "round {round}: only {dones} files written"
            );
            let mut fs = FlashFs::open_or_format(&img, DEFAULT_SIZE)
                .unwrap_or_else(|e| panic!("round {round}: image does not mount: {e}"));
            assert_eq!(fs.read_file("/keep/boot.py").unwrap(), b"print('boot')\n");
            assert!(fs.read_file("/keep/data.bin").unwrap() == noise(50_000, 42));
            for (path, (done, under_way)) in &expect {
                let data = fs.read_file(path);
                match (done, under_way) {
                    (Some(n), None) => assert!(
                        data == Ok(child_data(*n)),
                        "round {round}: {path} (seed {n}) damaged"
                    ),
                    // The file being written: its old contents or part of the new ones.
                    (old, Some(new)) => {
                        let ok = match &data {
                            Ok(d) => {
                                old.is_some_and(|o| *d == child_data(o))
                                    || child_data(*new).starts_with(d)
                            }
                            Err(e) => old.is_none() && *e == ENOENT,
                        };
                        assert!(ok, "round {round}: {path} being written is garbage");
                    }
                    (None, None) => unreachable!(),
                }
            }
        }
    }

    /// Damaged images: refused or mounted, and every operation returns, without a panic.
    #[test]
    fn corrupt_images_never_panic() {
        let s = Scratch::new("corrupt");
        let good = s.0.join("good.img");
        {
            let mut fs = FlashFs::open_or_format(&good, 64 << 10).unwrap();
            fs.mkdir("/lib").unwrap();
            fs.mkdir("/lib/deep").unwrap();
            write_file(&mut fs, "/lib/deep/x.py", b"x = 1\n");
            write_file(&mut fs, "/big", &noise(20_000, 1));
            write_file(&mut fs, "/small", b"small");
        }
        let image = std::fs::read(&good).unwrap();
        let bad = s.0.join("bad.img");
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as usize & 0xFF
        };
        let mut refused = 0;
        for round in 0..400 {
            let mut img = image.clone();
            // Damage a few bytes in the busy first blocks, or a whole run of them.
            for _ in 0..1 + round % 4 {
                let at = (next() << 8 | next()) % (8 * BLOCK_SIZE);
                if round % 5 == 0 {
                    let end = (at + 64 * next()).min(img.len());
                    img[at..end].fill(next() as u8);
                } else {
                    img[at] ^= 1 << (next() % 8);
                }
            }
            std::fs::write(&bad, &img).unwrap();
            let Ok(mut fs) = FlashFs::open_or_format(&bad, 0) else {
                refused += 1;
                continue;
            };
            let mut dirs = vec![String::from("/")];
            while let Some(d) = dirs.pop() {
                for (name, kind) in fs.listdir(&d).unwrap_or_default() {
                    let p = format!("{}/{name}", d.trim_end_matches('/'));
                    let _ = fs.stat(&p);
                    if kind == PathKind::Dir && dirs.len() < 50 {
                        dirs.push(p);
                    } else {
                        let _ = fs.read_file(&p);
                    }
                }
            }
            let _ = fs.statvfs("/");
            if let Ok(h) = fs.file_open("/new", W) {
                let _ = fs.file_write(h, &noise(5000, 3));
                fs.file_close(h);
            }
            let _ = fs.rename("/small", "/lib/small");
            let _ = fs.remove("/big");
            let _ = fs.mkdir("/d2");
        }
        assert!(refused < 400, "every damaged image was refused");
    }
}

//! `mica board --listen ADDR`: the serial line over TCP, one client at a time (what
//! `mpremote connect socket://HOST:PORT` talks to). A client that disconnects leaves
//! the board running; the next one to connect gets the line.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

use super::link::Link;

/// Bind `addr`; returns the bound address (port 0 picks a free one).
pub fn listen(addr: &str, link: Arc<Link>) -> std::io::Result<std::net::SocketAddr> {
    let listener = TcpListener::bind(addr)?;
    let local = listener.local_addr()?;
    std::thread::Builder::new()
        .name("board-tcp".into())
        .spawn(move || {
            for conn in listener.incoming() {
                match conn {
                    Ok(stream) => serve(stream, &link),
                    Err(_) => std::thread::sleep(std::time::Duration::from_millis(50)),
                }
            }
        })?;
    Ok(local)
}

/// Carry one client's bytes until it goes away.
fn serve(mut stream: TcpStream, link: &Link) {
    let _ = stream.set_nodelay(true);
    let Ok(writer) = stream.try_clone() else {
        return;
    };
    link.clear_input();
    link.set_writer(Some(Box::new(writer)));
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                // Acknowledge at once: hosts send a command and its end marker as two
                // small writes, and a delayed ACK would hold the second for 40 ms.
                #[cfg(target_os = "linux")]
                let _ = rustix::net::sockopt::set_tcp_quickack(&stream, true);
                link.receive(&buf[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    link.set_writer(None);
}

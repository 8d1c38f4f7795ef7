//! The console: the board's CMSDK APB UART0, polled (no interrupts).
//!
//! Registers (ARM CMSDK APB UART, as in AN385): `DATA` (+0x00), `STATE` (+0x04: bit 0
//! transmit buffer full, bit 1 receive buffer full), `CTRL` (+0x08: bit 0 transmit
//! enable, bit 1 receive enable), `BAUDDIV` (+0x10, at least 16). QEMU holds further
//! input back while the one-byte receive buffer is full, so polling loses nothing.

const UART0: usize = 0x4000_4000;
const DATA: usize = UART0;
const STATE: usize = UART0 + 0x04;
const CTRL: usize = UART0 + 0x08;
const BAUDDIV: usize = UART0 + 0x10;

const TX_FULL: u32 = 1;
const RX_FULL: u32 = 2;

fn read(addr: usize) -> u32 {
    // SAFETY: `addr` is one of UART0's registers above: a fixed, always-mapped MMIO
    // address on this board, 4-byte aligned; reading it has no effect on Rust memory.
    unsafe { core::ptr::read_volatile(addr as *const u32) }
}

fn write(addr: usize, value: u32) {
    // SAFETY: as in `read`; writing a UART register touches no Rust-visible memory.
    unsafe { core::ptr::write_volatile(addr as *mut u32, value) }
}

/// Enable the transmitter and receiver.
pub fn init() {
    write(BAUDDIV, 16);
    write(CTRL, 0b11);
}

pub fn write_byte(b: u8) {
    while read(STATE) & TX_FULL != 0 {}
    write(DATA, b as u32);
}

pub fn write_bytes(data: &[u8]) {
    for &b in data {
        write_byte(b);
    }
}

/// A received byte, if one is waiting.
pub fn try_read() -> Option<u8> {
    if read(STATE) & RX_FULL != 0 {
        Some(read(DATA) as u8)
    } else {
        None
    }
}

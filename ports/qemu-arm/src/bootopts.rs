//! Options given at boot by whoever starts the board, as words written into RAM before
//! the firmware runs (QEMU: `-device loader,addr=0x203FFFC0,data=0x4D494341,data-len=4
//! -device loader,addr=0x203FFFC4,data=<heap bytes>,data-len=4`). A real board would
//! keep them in flash; without the magic word every option takes its default.

/// Where the options live: the top of RAM, outside every section (see `build.rs`).
pub const ADDR: usize = 0x203F_FFC0;
/// "MICA": the options are valid.
pub const MAGIC: u32 = 0x4D49_4341;

pub struct BootOpts {
    /// Use only this many bytes of the heap region (to find the smallest heap a program
    /// needs without rebuilding).
    pub heap_limit: Option<usize>,
}

fn word(i: usize) -> u32 {
    // SAFETY: ADDR.. ADDR+16 is RAM of this board that no section, the stack or the
    // heap region uses (`build.rs` leaves it out of the RAM region); aligned reads.
    unsafe { core::ptr::read_volatile((ADDR + 4 * i) as *const u32) }
}

pub fn read() -> BootOpts {
    if word(0) != MAGIC {
        return BootOpts { heap_limit: None };
    }
    let heap = word(1) as usize;
    BootOpts {
        heap_limit: (heap != 0).then_some(heap),
    }
}

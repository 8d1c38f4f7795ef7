//! The device suite: builds the firmware in `ports/qemu-arm` and runs
//! `tests/device/run.py`, which starts it in `qemu-system-arm` (QEMU's `mps2-an385`
//! board) and runs the device test programs through the raw REPL, comparing each output
//! with CPython's or a checked-in `.exp`.
//!
//! It lives with the host port's tests because the host is what drives it; it needs
//! `qemu-system-arm` and the `thumbv7m-none-eabi` Rust target (`.ci/run` installs both).
//! `MICA_SKIP_DEVICE=1` skips it on a machine without them.

use std::path::Path;
use std::process::Command;

#[test]
fn device_suite_in_qemu() {
    if std::env::var_os("MICA_SKIP_DEVICE").is_some_and(|v| v == "1") {
        eprintln!("MICA_SKIP_DEVICE=1: device tests skipped");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let qemu = Command::new("qemu-system-arm").arg("--version").output();
    assert!(
        qemu.is_ok_and(|o| o.status.success()),
        "qemu-system-arm is needed for the device tests (apt-get install qemu-system-arm), \
         or set MICA_SKIP_DEVICE=1"
    );
    let status = Command::new("python3")
        .arg(root.join("tests/device/run.py"))
        .current_dir(&root)
        .status()
        .expect("python3 runs");
    assert!(
        status.success(),
        "device tests failed (see the output above)"
    );
}

//! The board's serial protocol, byte for byte: raw REPL, raw-paste with its flow
//! control, soft reset, Ctrl-C, streaming, the friendly REPL and paste mode, and a
//! malformed byte stream the board must survive. Runs `mica board --listen 127.0.0.1:0`.

mod board_common;

use std::time::{Duration, Instant};

use board_common::{find, scratch, show, Board};

fn board(name: &str) -> Board {
    let d = scratch(name);
    Board::tcp(&d.join("flash.img"), &[])
}

#[test]
fn raw_repl_enter_run_error_exit() {
    let b = board("raw");
    let mut l = b.connect();
    l.sync_friendly();
    l.send(b"\x01");
    assert_eq!(l.until(b">"), b"\r\nraw REPL; CTRL-B to exit\r\n>");
    l.send(b"print('hi')\x04");
    assert_eq!(l.take(9), b"OKhi\r\n\x04\x04>");
    // Exceptions go in the second section.
    l.send(b"1/0\x04");
    let reply = l.until(b"\x04>");
    let text = show(&reply);
    assert!(
        reply.starts_with(b"OK\x04Traceback (most recent call last):\r\n"),
        "{text:?}"
    );
    assert!(
        text.ends_with("ZeroDivisionError: division by zero\r\n\x04>"),
        "{text:?}"
    );
    // A syntax error too, with the output section empty.
    l.send(b"def (:\x04");
    let text = show(&l.until(b"\x04>"));
    assert!(
        text.starts_with("OK\x04") && text.contains("SyntaxError"),
        "{text:?}"
    );
    // Ctrl-C discards a partly sent command; Ctrl-A restarts the raw REPL.
    l.send(b"print('lost')\x03print(2)\x04");
    assert_eq!(l.take(8), b"OK2\r\n\x04\x04>");
    l.send(b"\x01");
    assert_eq!(l.until(b">"), b"raw REPL; CTRL-B to exit\r\n>");
    // Ctrl-B back to the friendly REPL, with its banner.
    l.send(b"\x02");
    let text = show(&l.until(b">>> "));
    assert!(text.starts_with("\r\nMica "), "{text:?}");
    assert!(
        text.ends_with("Type \"help()\" for more information.\r\n>>> "),
        "{text:?}"
    );
    l.send(b"print(6*7)\r");
    assert_eq!(l.until(b">>> "), b"print(6*7)\r\n42\r\n>>> ");
}

#[test]
fn soft_reset_clears_heap_keeps_files_and_runs_boot() {
    let b = board("reset");
    let mut l = b.connect();
    l.enter_raw();
    let (out, err) =
        l.raw_exec("x = 5\nf = open('boot.py', 'w')\nf.write('print(\"booting\")\\n')\nf.close()");
    assert_eq!((out.as_str(), err.as_str()), ("", ""));
    // Ctrl-D on an empty raw line: soft reset, boot.py runs, back in the raw REPL.
    l.send(b"\x04");
    let text = show(&l.until(b"raw REPL; CTRL-B to exit\r\n>"));
    assert_eq!(
        text,
        "\r\nMPY: soft reboot\r\nbooting\r\nraw REPL; CTRL-B to exit\r\n>"
    );
    let (_, err) = l.raw_exec("print(x)");
    assert!(err.contains("NameError"), "{err:?}");
    // SystemExit asks for a soft reset too (the hook machine.soft_reset() uses).
    l.send(b"import sys\nsys.exit()\x04");
    let text = show(&l.until(b"raw REPL; CTRL-B to exit\r\n>"));
    assert_eq!(
        text,
        "OK\x04\x04MPY: soft reboot\r\nbooting\r\nraw REPL; CTRL-B to exit\r\n>"
    );
    // machine.soft_reset() resets even when the program catches its SystemExit.
    l.send(b"import machine\ntry:\n    machine.soft_reset()\nexcept SystemExit:\n    print('caught')\n\x04");
    let text = show(&l.until(b"raw REPL; CTRL-B to exit\r\n>"));
    assert_eq!(
        text,
        "OKcaught\r\n\x04\x04MPY: soft reboot\r\nbooting\r\nraw REPL; CTRL-B to exit\r\n>"
    );
    // main.py runs only when the reset lands in the friendly REPL.
    l.raw_exec("f = open('main.py', 'w')\nf.write('print(\"main\")\\n')\nf.close()");
    l.send(b"\x02");
    l.until(b">>> ");
    l.send(b"\x04");
    let text = show(&l.until(b">>> "));
    assert!(
        text.starts_with("\r\nMPY: soft reboot\r\nbooting\r\nmain\r\nMica "),
        "{text:?}"
    );
}

/// Send `code` in raw-paste mode exactly as a host must: never more than the credit.
fn raw_paste(l: &mut board_common::Line, code: &[u8]) -> (Vec<u8>, usize) {
    l.send(b"\x05A\x01");
    assert_eq!(l.take(2), b"R\x01");
    let w = l.take(2);
    let window = u16::from_le_bytes([w[0], w[1]]) as usize;
    assert!(window > 0);
    let mut credit = window;
    let mut credits = 0;
    let mut i = 0;
    while i < code.len() {
        // Collect credits the board has sent (wait for one when we have none).
        loop {
            let have = !l.buf.is_empty();
            if credit > 0 && !have {
                break;
            }
            let b = if have { l.buf.remove(0) } else { l.take(1)[0] };
            assert_eq!(b, 0x01, "unexpected byte during raw paste");
            credit += window;
            credits += 1;
        }
        let n = credit.min(code.len() - i);
        l.send(&code[i..i + n]);
        credit -= n;
        i += n;
    }
    l.send(b"\x04");
    // Remaining credits, then the board's \x04 acknowledging the end.
    loop {
        let b = l.take(1)[0];
        if b == 0x04 {
            break;
        }
        assert_eq!(b, 0x01);
        credits += 1;
    }
    (l.until(b"\x04>"), window.max(credits))
}

#[test]
fn raw_paste_with_flow_control() {
    let b = board("paste");
    let mut l = b.connect();
    l.enter_raw();
    // A program many windows long.
    let mut code = String::new();
    for i in 0..200 {
        code.push_str(&format!("v{i} = {i}  # padding to make the program long\n"));
    }
    code.push_str("print(sum(globals()['v%d' % i] for i in range(200)))\n");
    assert!(code.len() > 10 * 128);
    let (reply, _) = raw_paste(&mut l, code.as_bytes());
    assert_eq!(show(&reply), "19900\r\n\x04\x04>");
    // The board granted a credit per window consumed: count them exactly.
    l.send(b"\x05A\x01");
    assert_eq!(l.take(2), b"R\x01");
    let w = l.take(2);
    let window = u16::from_le_bytes([w[0], w[1]]) as usize;
    let data = vec![b'#'; window * 5];
    let mut got = 0;
    for chunk in data.chunks(window) {
        l.send(chunk);
        // Wait for a credit before sending the next window.
        assert_eq!(l.take(1), b"\x01");
        got += 1;
    }
    l.send(b"\nprint('ok')\x04");
    // The initial grant is one spare window; each window sent earned one more.
    let rest = show(&l.until(b"\x04>"));
    assert_eq!(got, 5);
    assert!(rest.ends_with("\x04ok\r\n\x04\x04>"), "{rest:?}");
    // A paste abandoned half-way (the host went away) is dropped at the next Ctrl-C.
    l.send(b"\x05A\x01");
    assert_eq!(l.take(5)[..2], *b"R\x01");
    l.send(b"print('never')\n");
    drop(l);
    let mut l = b.connect();
    l.enter_raw();
    let (out, err) = l.raw_exec("print('fresh')");
    assert_eq!((out.as_str(), err.as_str()), ("fresh\r\n", ""));
    // Errors from raw-paste code land in the second section as usual.
    let (reply, _) = raw_paste(&mut l, b"raise ValueError('bad')\n");
    let text = show(&reply);
    assert!(text.starts_with("\x04Traceback"), "{text:?}");
    assert!(text.ends_with("ValueError: bad\r\n\x04>"), "{text:?}");
}

#[test]
fn ctrl_c_interrupts_and_output_streams() {
    let b = board("intr");
    let mut l = b.connect();
    l.enter_raw();
    l.send(b"import time\nprint('started')\nwhile True:\n    pass\n\x04");
    assert_eq!(l.take(2), b"OK");
    l.until(b"started\r\n");
    std::thread::sleep(Duration::from_millis(300));
    l.send(b"\x03");
    let text = show(&l.until_within(b"\x04>", Duration::from_secs(5)));
    assert!(text.starts_with("\x04"), "{text:?}");
    assert!(text.contains("KeyboardInterrupt"), "{text:?}");
    // Output streams while the program still runs.
    let t0 = Instant::now();
    l.send(b"import time\nfor i in range(3):\n    print('tick', i)\n    time.sleep(0.6)\n\x04");
    l.until(b"tick 0\r\n");
    let first = t0.elapsed();
    let out = l.until(b"\x04\x04>");
    let total = t0.elapsed();
    assert!(show(&out).contains("tick 2"));
    assert!(
        first < Duration::from_millis(900),
        "first line after {first:?}"
    );
    assert!(
        total >= Duration::from_millis(1700),
        "finished after {total:?}"
    );
    // Ctrl-C also cuts a sleep short, and a pending Ctrl-C never hits the next command.
    l.send(b"import time\ntime.sleep(30)\x04");
    assert_eq!(l.take(2), b"OK");
    std::thread::sleep(Duration::from_millis(200));
    l.send(b"\x03");
    let text = show(&l.until_within(b"\x04>", Duration::from_secs(5)));
    assert!(text.contains("KeyboardInterrupt"), "{text:?}");
    let (out, err) = l.raw_exec("print('next')");
    assert_eq!((out.as_str(), err.as_str()), ("next\r\n", ""));
}

#[test]
fn friendly_repl_paste_mode_and_autoindent() {
    let b = board("friendly");
    let mut l = b.connect();
    l.sync_friendly();
    // Auto-indent after a colon; an empty line ends the block.
    l.send(b"for i in range(2):\r");
    assert_eq!(l.until(b"...     "), b"for i in range(2):\r\n...     ");
    l.send(b"print(i*10)\r\r");
    let text = show(&l.until(b">>> "));
    assert!(text.ends_with("0\r\n10\r\n>>> "), "{text:?}");
    // Ctrl-C abandons the line.
    l.send(b"abc\x03");
    assert_eq!(l.until(b">>> "), b"abc\r\n>>> ");
    // History: up-arrow recalls the last line.
    l.send(b"x = 41\r");
    l.until(b">>> ");
    l.send(b"\x1b[A\x7f2\r");
    l.until(b"\r\n>>> ");
    l.send(b"x\r");
    assert_eq!(l.until(b">>> "), b"x\r\n42\r\n>>> ");
    // Tab completes a global name.
    l.send(b"long_variable_name = 7\r");
    l.until(b">>> ");
    l.send(b"long_v\t\r");
    assert_eq!(l.until(b">>> "), b"long_variable_name\r\n7\r\n>>> ");
    // Paste mode.
    l.send(b"\x05");
    assert_eq!(
        l.until(b"=== "),
        b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "
    );
    l.send(b"def f():\r\n    return 'pasted'\r\nprint(f())\r\n\x04");
    let text = show(&l.until(b">>> "));
    assert!(text.ends_with("pasted\r\n>>> "), "{text:?}");
    assert!(
        text.starts_with("def f():\r\n===     return 'pasted'\r\n"),
        "{text:?}"
    );
    // Paste mode cancelled with Ctrl-C runs nothing.
    l.send(b"\x05print('no')\x03");
    let text = show(&l.until(b">>> "));
    assert!(!text.contains("no\r\n"), "{text:?}");
    // Ctrl-D soft-resets.
    l.send(b"\x04");
    let text = show(&l.until(b">>> "));
    assert!(
        text.starts_with("\r\nMPY: soft reboot\r\nMica "),
        "{text:?}"
    );
    // input() reads (and echoes) a line from the serial line.
    l.send(b"name = input('who? ')\r");
    l.until(b"who? ");
    l.send(b"mica\r");
    l.until(b">>> ");
    l.send(b"name\r");
    assert_eq!(l.until(b">>> "), b"name\r\n'mica'\r\n>>> ");
}

#[test]
fn stdin_bytes_and_kbd_intr() {
    let b = board("stdin");
    let mut l = b.connect();
    l.enter_raw();
    // With kbd_intr(-1), Ctrl-C is data for sys.stdin.buffer (what mpremote mount does).
    l.send(
        b"import micropython, sys\nmicropython.kbd_intr(-1)\n\
          b = sys.stdin.buffer.read(3)\nmicropython.kbd_intr(3)\nprint(b)\x04",
    );
    assert_eq!(l.take(2), b"OK");
    std::thread::sleep(Duration::from_millis(200));
    l.send(b"a\x03z");
    assert_eq!(show(&l.until(b"\x04>")), "b'a\\x03z'\r\n\x04\x04>");
    // sys.stdin.read(n) counts characters, and sys.stdout.buffer writes raw bytes.
    l.send(b"import sys\ns = sys.stdin.read(2)\nsys.stdout.buffer.write(s.encode() + b'\\n')\x04");
    assert_eq!(l.take(2), b"OK");
    l.send("\u{e9}x".as_bytes());
    assert_eq!(show(&l.until(b"\x04>")), "\u{e9}x\n\x04\x04>");
}

#[test]
fn board_file_gives_machine_its_hardware() {
    let d = scratch("simboard");
    let toml = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/boards/demo.toml"
    );
    let b = Board::tcp(&d.join("flash.img"), &["--board", toml]);
    let mut l = b.connect();
    l.enter_raw();
    let (out, err) = l
        .raw_exec("import machine\ni2c = machine.I2C(0)\nprint(i2c.scan(), machine.reset_cause())");
    assert_eq!((out.as_str(), err.as_str()), ("[72, 80] 1\r\n", ""));
    // A soft reset restarts the hardware and says so.
    l.send(b"\x04");
    l.until(b"soft reboot\r\n");
    l.until(b"raw REPL; CTRL-B to exit\r\n>");
    let (out, _) = l.raw_exec("import machine\nprint(machine.reset_cause() == machine.SOFT_RESET)");
    assert_eq!(out, "True\r\n");
    // Without --board: the default board, nothing wired.
    let b = board("simboard-default");
    let mut l = b.connect();
    l.enter_raw();
    let (out, _) = l.raw_exec("import machine\nprint(machine.I2C(0).scan())");
    assert_eq!(out, "[]\r\n");
}

#[test]
fn heap_is_a_small_device_heap() {
    let b = board("heap");
    let mut l = b.connect();
    l.enter_raw();
    let (_, err) = l.raw_exec("x = bytearray(1024 * 1024)");
    assert!(err.contains("MemoryError"), "{err:?}");
    let (out, _) = l.raw_exec("print(len(bytearray(64 * 1024)))");
    assert_eq!(out, "65536\r\n");
}

#[test]
fn malformed_byte_stream_never_kills_the_board() {
    let mut b = board("fuzz");
    let mut l = b.connect();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for round in 0..20 {
        let mut junk = Vec::new();
        for _ in 0..500 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Favour control bytes and escape sequences, the interesting ones.
            let b = match x % 4 {
                0 => (x >> 8) as u8 % 32,
                1 => 0x1b,
                _ => (x >> 16) as u8,
            };
            junk.push(b);
        }
        // Never let random code loop forever: a Ctrl-C every round.
        junk.push(0x03);
        l.send(&junk);
        let got = l.drain(Duration::from_millis(20));
        // A Rust panic would be contained but reported as "internal error".
        assert!(
            find(&got, b"internal error").is_none(),
            "panic in round {round}"
        );
        assert!(b.alive(), "board died in round {round}");
    }
    // Invalid UTF-8 in source is tolerated.
    l.send(b"\x04");
    std::thread::sleep(Duration::from_millis(300));
    l.enter_raw();
    let (out, _) = l.raw_exec("print(len('\u{fffd}'))");
    assert_eq!(out, "1\r\n");
    l.send(b"print('\xff\xfe ok')\x04");
    let text = show(&l.until(b"\x04>"));
    assert!(text.contains(" ok\r\n"), "{text:?}");
    // A new client after an abrupt disconnect gets a working line.
    drop(l);
    let mut l = b.connect();
    l.enter_raw();
    let (out, err) = l.raw_exec("print('still here')");
    assert_eq!((out.as_str(), err.as_str()), ("still here\r\n", ""));
    assert!(b.alive());
}

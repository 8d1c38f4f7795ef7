//! The simulated board driven through the `Hal` trait, as the `machine` module drives it.

use super::*;

const BOARD: &str = r#"
[board]
name = "test board"

[[led]]
pin = 2
name = "LED"

[[button]]
pin = 0
name = "BUTTON"
bounce = 1
bounce_us = 100
presses = [{ at_ms = 10, hold_ms = 5 }]

[[tmp102]]
bus = 0
temperature = 25.0

[[eeprom]]
bus = 0
size = 32768
page = 64
write_ms = 5

[[spi_device]]
bus = 1
kind = "registers"
cs = 5
registers = [[0x0f, 0x33]]

[[spi_device]]
bus = 2
kind = "loopback"

[[uart_device]]
uart = 1
kind = "peer"
script = [{ expect = "AT\r\n" }, { send = "OK\r\n", delay_ms = 2 }]

[[uart_device]]
uart = 2
kind = "loopback"

[[adc]]
pin = 34
waveform = "ramp"
from = 0.0
to = 3.3
period_ms = 100
"#;

fn board() -> SimBoard {
    match SimBoard::for_test(BOARD) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    }
}

fn spi_config() -> SpiConfig {
    SpiConfig {
        baudrate: 1_000_000,
        polarity: 0,
        phase: 0,
        bits: 8,
        msb_first: true,
    }
}

#[test]
fn names_and_invalid_pins() {
    let mut b = board();
    assert_eq!(b.board_name(), "test board");
    assert_eq!(b.pin_by_name("LED"), Some(2));
    assert_eq!(b.pin_by_name("BUTTON"), Some(0));
    assert_eq!(b.pin_by_name("NOPE"), None);
    assert!(b.pin_valid(39) && !b.pin_valid(40));
    assert!(matches!(
        b.pin_configure(40, PinMode::Out, Pull::None),
        Err(HalError::Invalid(_))
    ));
    assert!(matches!(b.pin_write(99, true), Err(HalError::Invalid(_))));
    assert!(matches!(
        b.i2c_write(7, 0x48, &[0], true),
        Err(HalError::Invalid(_))
    ));
    assert!(matches!(b.uart_write(9, b"x"), Err(HalError::Invalid(_))));
}

#[test]
fn button_edges_become_events_and_wake_sleeps() {
    let mut b = board();
    b.pin_configure(0, PinMode::In, Pull::Up).unwrap();
    assert!(
        b.pin_read(0).unwrap(),
        "pull-up holds the released button high"
    );
    b.pin_irq(0, EDGE_FALLING).unwrap();
    assert_eq!(b.next_event_ns(), Some(10_000_000));
    b.sleep_ns(10_150_000);
    // The press at 10 ms bounces: low, high again at 10.1, low for good at 10.2.
    assert!(b.pin_read(0).unwrap());
    let events: Vec<HalEvent> = std::iter::from_fn(|| b.poll_event()).collect();
    assert_eq!(
        events,
        vec![HalEvent::PinEdge {
            pin: 0,
            rising: false
        }]
    );
    b.sleep_ns(100_000);
    assert!(!b.pin_read(0).unwrap());
    assert_eq!(
        b.poll_event(),
        Some(HalEvent::PinEdge {
            pin: 0,
            rising: false
        })
    );
    assert_eq!(b.poll_event(), None);
    b.sleep_ns(10_000_000);
    assert!(b.pin_read(0).unwrap());
    assert_eq!(b.next_event_ns(), None);
    let trace = b.trace_lines();
    assert!(trace.contains(&"0.010000 pin 0 0".to_string()), "{trace:?}");
    assert!(trace.contains(&"0.010100 pin 0 1".to_string()), "{trace:?}");
}

#[test]
fn open_drain_is_wired_and() {
    let mut b = board();
    // The button (active low) and an open-drain output share pin 0.
    b.pin_configure(0, PinMode::OpenDrain, Pull::Up).unwrap();
    b.pin_write(0, true).unwrap();
    assert!(b.pin_read(0).unwrap());
    b.pin_write(0, false).unwrap();
    assert!(!b.pin_read(0).unwrap());
    b.pin_write(0, true).unwrap();
    b.sleep_ns(12_000_000); // pressed: the button pulls low
    assert!(!b.pin_read(0).unwrap());
    // Push-pull high against the pressed button: contention is traced.
    b.pin_configure(0, PinMode::Out, Pull::None).unwrap();
    assert!(b
        .trace_lines()
        .iter()
        .any(|l| l.ends_with("pin 0 contention")));
}

#[test]
fn led_level_trace() {
    let mut b = board();
    b.pin_configure(2, PinMode::Out, Pull::None).unwrap();
    b.pin_write(2, true).unwrap();
    b.sleep_ns(500_000_000);
    b.pin_write(2, false).unwrap();
    assert_eq!(
        b.trace_lines(),
        [
            "0.000000 reset power-on",
            "0.000000 pin 2 out",
            "0.000000 pin 2 1",
            "0.000000 led LED on",
            "0.500000 pin 2 0",
            "0.500000 led LED off",
        ]
    );
    let vcd = b.vcd_text();
    assert!(vcd.contains("$var wire 1 ! pin0_BUTTON $end"), "{vcd}");
    assert!(vcd.contains("$var wire 1 \" pin2_LED $end"), "{vcd}");
    assert!(vcd.ends_with("$end\n1\"\n#500000\n0\"\n"), "{vcd}");
}

#[test]
fn i2c_scan_transfers_and_primitives() {
    let mut b = board();
    let found: Vec<u16> = (0..0x78)
        .filter(|&a| b.i2c_write(0, a, &[], true).is_ok())
        .collect();
    assert_eq!(found, [0x48, 0x50]);
    assert_eq!(b.i2c_write(0, 0x49, &[0], true), Err(HalError::NoDevice));
    let mut buf = [0u8; 2];
    assert_eq!(b.i2c_read(0, 0x49, &mut buf, true), Err(HalError::NoDevice));
    // TMP102: pointer 0, then a 2-byte read with a repeated start.
    assert_eq!(b.i2c_write(0, 0x48, &[0], false), Ok(1));
    b.i2c_read(0, 0x48, &mut buf, true).unwrap();
    assert_eq!(buf, [0x19, 0x00]); // 25 degC
                                   // The same through SoftI2C's primitives on the bus's pins (scl 22, sda 21).
    let soft = b.soft_i2c_open(22, 21, 100_000, 50_000).unwrap();
    assert_eq!(
        soft, 0,
        "a soft bus on the same pins reaches the same devices"
    );
    b.i2c_start(soft).unwrap();
    assert!(b.i2c_write_byte(soft, 0x48 << 1).unwrap());
    assert!(b.i2c_write_byte(soft, 1).unwrap());
    b.i2c_start(soft).unwrap();
    assert!(b.i2c_write_byte(soft, 0x48 << 1 | 1).unwrap());
    let cfg = [
        b.i2c_read_byte(soft, true).unwrap(),
        b.i2c_read_byte(soft, false).unwrap(),
    ];
    b.i2c_stop(soft).unwrap();
    assert_eq!(cfg, [0x60, 0xa0]);
    // A soft bus on other pins has nothing attached.
    let other = b.soft_i2c_open(4, 5, 100_000, 50_000).unwrap();
    assert_ne!(other, 0);
    assert_eq!(b.i2c_write(other, 0x48, &[], true), Err(HalError::NoDevice));
    let t = b.trace_lines();
    assert!(t.contains(&"0.000000 i2c0 0x48 w 00".to_string()), "{t:?}");
    assert!(
        t.contains(&"0.000000 i2c0 0x48 r 19 00 stop".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"0.000000 i2c0 0x49 w nack stop".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"0.000000 i2c0 0x48 r 60 a0 stop".to_string()),
        "{t:?}"
    );
}

#[test]
fn eeprom_page_write_busy_and_read_back() {
    let mut b = board();
    assert_eq!(
        b.i2c_write(0, 0x50, &[0x00, 0x10, b'm', b'i', b'c', b'a'], true),
        Ok(6)
    );
    // In its write cycle the EEPROM does not answer.
    assert_eq!(
        b.i2c_write(0, 0x50, &[0x00, 0x10], false),
        Err(HalError::NoDevice)
    );
    b.sleep_ns(5_000_000);
    assert_eq!(b.i2c_write(0, 0x50, &[0x00, 0x10], false), Ok(2));
    let mut buf = [0u8; 5];
    b.i2c_read(0, 0x50, &mut buf, true).unwrap();
    assert_eq!(&buf, b"mica\xff");
}

#[test]
fn spi_chip_select_and_loopback() {
    let mut b = board();
    b.spi_init(1, spi_config(), None, None, None).unwrap();
    b.pin_configure(5, PinMode::Out, Pull::None).unwrap();
    b.pin_write(5, true).unwrap();
    let mut rx = [0u8; 2];
    b.spi_transfer(1, &[0x8f, 0], &mut rx).unwrap();
    assert_eq!(rx, [0xff, 0xff], "deselected: nothing drives MISO");
    b.pin_write(5, false).unwrap();
    b.spi_transfer(1, &[0x8f, 0], &mut rx).unwrap();
    b.pin_write(5, true).unwrap();
    assert_eq!(rx, [0xff, 0x33]);
    b.spi_init(2, spi_config(), None, None, None).unwrap();
    let mut rx = [0u8; 3];
    b.spi_transfer(2, &[1, 2, 3], &mut rx).unwrap();
    assert_eq!(rx, [1, 2, 3]);
    // LSB-first transfers reverse the bits on the wire, consistently both ways.
    let mut lsb = spi_config();
    lsb.msb_first = false;
    b.spi_init(1, lsb, None, None, None).unwrap();
    b.pin_write(5, false).unwrap();
    let mut rx = [0u8; 2];
    b.spi_transfer(1, &[0x8fu8.reverse_bits(), 0], &mut rx)
        .unwrap();
    assert_eq!(rx[1], 0x33u8.reverse_bits());
    assert!(b.spi_transfer(1, &[1, 2], &mut [0u8; 1]).is_err());
    assert!(b
        .trace_lines()
        .contains(&"0.000000 spi1 out 8f 00 in ff 33".to_string()));
}

#[test]
fn uart_peer_and_loopback() {
    let mut b = board();
    let cfg = UartConfig {
        baudrate: 9600,
        bits: 8,
        parity: None,
        stop: 1,
    };
    b.uart_init(1, cfg, None, None).unwrap();
    b.uart_irq(1, true).unwrap();
    assert_eq!(b.uart_write(1, b"AT\r\n"), Ok(4));
    assert_eq!(b.uart_any(1), Ok(0));
    assert_eq!(b.next_event_ns(), Some(2_000_000));
    b.sleep_ns(2_000_000);
    assert_eq!(b.poll_event(), Some(HalEvent::UartRx { id: 1 }));
    let mut buf = [0u8; 16];
    let n = b.uart_read(1, &mut buf).unwrap();
    assert_eq!(&buf[..n], b"OK\r\n");
    b.uart_init(2, cfg, None, None).unwrap();
    b.uart_write(2, b"echo").unwrap();
    let n = b.uart_read(2, &mut buf).unwrap();
    assert_eq!(&buf[..n], b"echo");
    let t = b.trace_lines();
    assert!(
        t.contains(&"0.000000 uart1 tx \"AT\\r\\n\"".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"0.002000 uart1 rx \"OK\\r\\n\"".to_string()),
        "{t:?}"
    );
}

#[test]
fn adc_waveform_and_pwm() {
    let mut b = board();
    assert_eq!(b.adc_read_u16(34), Ok(0));
    b.sleep_ns(50_000_000);
    assert_eq!(b.adc_read_u16(34), Ok(32768));
    assert_eq!(b.adc_read_uv(34), Ok(1_650_000));
    // An unconnected pin reads its digital level.
    assert_eq!(b.adc_read_u16(3), Ok(0));
    b.pwm_set(15, 1000, 16384).unwrap();
    assert_eq!(b.pwm_state(15).map(|s| s.duty_u16), Some(16384));
    assert!(matches!(b.pwm_set(15, 0, 1), Err(HalError::Invalid(_))));
    b.pwm_deinit(15).unwrap();
    assert_eq!(b.pwm_state(15), None);
    let t = b.trace_lines();
    assert!(
        t.contains(&"0.050000 pwm 15 freq 1000 duty 16384 (25.0%)".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"0.050000 pwm 15 off".to_string()), "{t:?}");
    assert!(b.vcd_text().contains("$var real 64 # pwm15_duty $end"));
}

#[test]
fn watchdog_expiry_reset_and_restart() {
    let mut b = board();
    b.pin_configure(2, PinMode::Out, Pull::None).unwrap();
    b.pin_write(2, true).unwrap();
    b.wdt_start(100).unwrap();
    b.sleep_ns(60_000_000);
    b.wdt_feed();
    assert_eq!(b.next_event_ns(), Some(160_000_000));
    b.sleep_ns(100_000_000);
    assert_eq!(b.poll_event(), Some(HalEvent::WatchdogExpired));
    b.reset(ResetCause::Watchdog);
    assert!(b.reset_pending());
    assert_eq!(b.take_reset_request(), Some(ResetCause::Watchdog));
    b.restart(ResetCause::Watchdog);
    assert_eq!(b.reset_cause(), ResetCause::Watchdog);
    assert_eq!(b.next_event_ns(), None, "the watchdog stops with the reset");
    let t = b.trace_lines();
    assert!(
        t.contains(&"0.100000 wdt start 100 ms".to_string())
            || t.contains(&"0.000000 wdt start 100 ms".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"0.160000 wdt expired".to_string()), "{t:?}");
    assert!(t.contains(&"0.160000 reset watchdog".to_string()), "{t:?}");
}

#[test]
fn default_board_has_buses_and_nothing_attached() {
    let mut b = SimBoard::default_board();
    assert_eq!(b.board_name(), "mica simulated board");
    assert!((0..0x78).all(|a| b.i2c_write(0, a, &[], true) == Err(HalError::NoDevice)));
    assert!(b.i2c_init(1, 400_000, None, None).is_ok());
    assert!(b.i2c_init(2, 400_000, None, None).is_err());
    assert!(b.spi_init(2, spi_config(), None, None, None).is_ok());
    let mut rx = [0u8; 1];
    b.spi_transfer(0, &[0x55], &mut rx).unwrap();
    assert_eq!(rx, [0xff]);
    assert_eq!(b.uart_write(0, b"hi"), Ok(2));
    assert_eq!(b.uart_any(0), Ok(0));
}

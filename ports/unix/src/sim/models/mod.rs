//! Peripheral models that can be attached to the simulated board, one per file.

pub mod adc;
pub mod button;
pub mod eeprom;
pub mod led;
pub mod pwm;
pub mod spi_loopback;
pub mod spi_regs;
pub mod tmp102;
pub mod uart_loopback;
pub mod uart_peer;

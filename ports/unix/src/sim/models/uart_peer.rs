//! A scripted UART peer, like a modem or a GPS module on the other end of the wires.
//!
//! The script is a list of steps run in order: `Expect(bytes)` waits until the program
//! has sent those bytes (anything sent before them is skipped), `Send(bytes, delay)`
//! sends bytes `delay` after the previous step finished. Steps before the first
//! `Expect` run when the program opens the UART. When the script is done, the peer
//! stays silent.

use crate::sim::uart::{Arrival, UartPeer};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Expect(Vec<u8>),
    Send { data: Vec<u8>, delay_ns: u64 },
}

pub struct ScriptedPeer {
    steps: Vec<Step>,
    next: usize,
    /// Bytes received but not yet matched by an `Expect`.
    heard: Vec<u8>,
}

impl ScriptedPeer {
    pub fn new(steps: Vec<Step>) -> ScriptedPeer {
        ScriptedPeer {
            steps,
            next: 0,
            heard: Vec::new(),
        }
    }

    /// Run `Send` steps from the current one until an `Expect` (or the end).
    fn run_sends(&mut self, mut t_ns: u64) -> Vec<Arrival> {
        let mut out = Vec::new();
        while let Some(Step::Send { data, delay_ns }) = self.steps.get(self.next) {
            t_ns = t_ns.saturating_add(*delay_ns);
            out.push((t_ns, data.clone()));
            self.next += 1;
        }
        out
    }

    /// Has the peer reached the end of its script?
    #[cfg(test)]
    pub fn finished(&self) -> bool {
        self.next >= self.steps.len()
    }
}

impl UartPeer for ScriptedPeer {
    fn open(&mut self, now_ns: u64) -> Vec<Arrival> {
        self.run_sends(now_ns)
    }

    fn receive(&mut self, data: &[u8], now_ns: u64) -> Vec<Arrival> {
        self.heard.extend_from_slice(data);
        let mut out = Vec::new();
        while let Some(Step::Expect(want)) = self.steps.get(self.next) {
            let Some(pos) = self
                .heard
                .windows(want.len().max(1))
                .position(|w| w == want.as_slice())
            else {
                break;
            };
            self.heard.drain(..pos + want.len());
            self.next += 1;
            out.extend(self.run_sends(now_ns));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expect_then_send() {
        let mut p = ScriptedPeer::new(vec![
            Step::Send {
                data: b"READY\r\n".to_vec(),
                delay_ns: 10,
            },
            Step::Expect(b"AT\r\n".to_vec()),
            Step::Send {
                data: b"OK\r\n".to_vec(),
                delay_ns: 5,
            },
            Step::Expect(b"ATI\r\n".to_vec()),
            Step::Send {
                data: b"mica\r\n".to_vec(),
                delay_ns: 0,
            },
        ]);
        assert_eq!(p.open(100), vec![(110, b"READY\r\n".to_vec())]);
        assert_eq!(p.receive(b"xxA", 200), vec![]);
        assert_eq!(p.receive(b"T\r\nAT", 300), vec![(305, b"OK\r\n".to_vec())]);
        assert_eq!(p.receive(b"I\r\n", 400), vec![(400, b"mica\r\n".to_vec())]);
        assert!(p.finished());
        assert_eq!(p.receive(b"AT\r\n", 500), vec![]);
    }
}

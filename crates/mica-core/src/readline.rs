//! A line editor over a byte stream: what a board's serial REPL and `input()` use.
//!
//! It understands the VT100 keys terminal programs send (arrows, Home/End, Delete), the
//! Emacs-style control keys MicroPython's editor accepts, history and tab completion,
//! and redraws the line with plain VT100 sequences. It never touches an OS: bytes come
//! from a [`Console`], which a port implements over its serial line.

use alloc::string::String;
use alloc::vec::Vec;

/// A byte-level console: the serial line (or its host stand-in).
pub trait Console {
    /// The next input byte, waiting for it; `None` when input has ended (or was
    /// interrupted).
    fn read_byte(&mut self) -> Option<u8>;
    fn write(&mut self, data: &[u8]);
}

/// How a call to [`LineEditor::read_line`] ended.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Edited {
    /// Return was pressed; the line without its end.
    Line(String),
    /// A control key that ends editing: Ctrl-C always, Ctrl-A/B/D/E on an empty line.
    Control(u8),
    /// The input stream ended.
    Eof,
}

pub const CTRL_A: u8 = 0x01;
pub const CTRL_B: u8 = 0x02;
pub const CTRL_C: u8 = 0x03;
pub const CTRL_D: u8 = 0x04;
pub const CTRL_E: u8 = 0x05;

/// At most this many lines of history are kept (a board's RAM is small).
const HISTORY: usize = 32;

/// The editor: its history outlives individual lines (and soft resets).
#[derive(Default)]
pub struct LineEditor {
    history: Vec<String>,
}

/// The line being edited.
struct State<'p> {
    prompt: &'p str,
    buf: Vec<u8>,
    cursor: usize,
}

impl State<'_> {
    /// Rewrite the whole line and put the cursor back where it belongs.
    fn redraw(&self, io: &mut dyn Console) {
        io.write(b"\r");
        io.write(self.prompt.as_bytes());
        io.write(&self.buf);
        io.write(b"\x1b[K");
        let back = chars_in(&self.buf[self.cursor..]);
        if back > 0 {
            io.write(alloc::format!("\x1b[{back}D").as_bytes());
        }
    }

    fn insert(&mut self, io: &mut dyn Console, bytes: &[u8]) {
        let at_end = self.cursor == self.buf.len();
        self.buf
            .splice(self.cursor..self.cursor, bytes.iter().copied());
        self.cursor += bytes.len();
        if at_end {
            io.write(bytes);
        } else {
            self.redraw(io);
        }
    }

    fn set(&mut self, io: &mut dyn Console, text: &[u8]) {
        self.buf = text.to_vec();
        self.cursor = self.buf.len();
        self.redraw(io);
    }

    /// Start of the character before the cursor.
    fn prev_boundary(&self) -> usize {
        let mut i = self.cursor;
        while i > 0 {
            i -= 1;
            if self.buf[i] & 0xC0 != 0x80 {
                break;
            }
        }
        i
    }

    /// End of the character at the cursor.
    fn next_boundary(&self) -> usize {
        let mut i = self.cursor;
        if i < self.buf.len() {
            i += 1;
            while i < self.buf.len() && self.buf[i] & 0xC0 == 0x80 {
                i += 1;
            }
        }
        i
    }
}

/// How many characters (not bytes) a UTF-8 byte string holds.
fn chars_in(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

impl LineEditor {
    pub fn new() -> LineEditor {
        LineEditor::default()
    }

    /// Remember a finished line (blank lines and repeats are not kept).
    pub fn add_history(&mut self, line: &str) {
        if line.trim().is_empty() || self.history.last().map(|l| l.as_str()) == Some(line) {
            return;
        }
        if self.history.len() >= HISTORY {
            self.history.remove(0);
        }
        self.history.push(String::from(line));
    }

    /// Print `prompt`, pre-fill `initial` (auto-indent) and edit until Return or a control
    /// key. `complete(text_before_cursor)` returns `(start, candidates)` for Tab: the byte
    /// offset where the word being completed starts and the full words it could become.
    pub fn read_line(
        &mut self,
        io: &mut dyn Console,
        prompt: &str,
        initial: &str,
        complete: &mut dyn FnMut(&str) -> (usize, Vec<String>),
    ) -> Edited {
        io.write(prompt.as_bytes());
        let mut st = State {
            prompt,
            buf: Vec::new(),
            cursor: 0,
        };
        if !initial.is_empty() {
            st.insert(io, initial.as_bytes());
        }
        // Position in history while browsing (history.len() = the line being typed).
        let mut hist_pos = self.history.len();
        let mut typed: Vec<u8> = Vec::new();
        let mut last_was_cr = false;
        loop {
            let Some(b) = io.read_byte() else {
                return Edited::Eof;
            };
            let was_cr = core::mem::replace(&mut last_was_cr, b == b'\r');
            match b {
                b'\r' | b'\n' => {
                    if b == b'\n' && was_cr {
                        continue;
                    }
                    io.write(b"\r\n");
                    let line = String::from_utf8_lossy(&st.buf).into_owned();
                    return Edited::Line(line);
                }
                CTRL_C => return Edited::Control(CTRL_C),
                CTRL_A | CTRL_B | CTRL_D | CTRL_E if st.buf.is_empty() => {
                    return Edited::Control(b);
                }
                CTRL_A => {
                    st.cursor = 0;
                    st.redraw(io);
                }
                CTRL_E => {
                    st.cursor = st.buf.len();
                    st.redraw(io);
                }
                CTRL_B => {
                    st.cursor = st.prev_boundary();
                    st.redraw(io);
                }
                0x06 => {
                    st.cursor = st.next_boundary();
                    st.redraw(io);
                }
                CTRL_D => {
                    let end = st.next_boundary();
                    st.buf.drain(st.cursor..end);
                    st.redraw(io);
                }
                0x0B => {
                    st.buf.truncate(st.cursor);
                    st.redraw(io);
                }
                0x15 => {
                    st.buf.drain(..st.cursor);
                    st.cursor = 0;
                    st.redraw(io);
                }
                0x08 | 0x7F if st.cursor > 0 => {
                    let start = st.prev_boundary();
                    // Backspace over auto-indent removes a whole level.
                    let remove_from =
                        if st.buf[..st.cursor].iter().all(|&c| c == b' ') && st.cursor >= 4 {
                            st.cursor - 4
                        } else {
                            start
                        };
                    let at_end = st.cursor == st.buf.len();
                    let n = chars_in(&st.buf[remove_from..st.cursor]);
                    st.buf.drain(remove_from..st.cursor);
                    st.cursor = remove_from;
                    if at_end {
                        for _ in 0..n {
                            io.write(b"\x08 \x08");
                        }
                    } else {
                        st.redraw(io);
                    }
                }
                0x08 | 0x7F => {}
                b'\t' => {
                    let before = String::from_utf8_lossy(&st.buf[..st.cursor]).into_owned();
                    if before.trim().is_empty() {
                        st.insert(io, b"    ");
                        continue;
                    }
                    let (start, cands) = complete(&before);
                    let start = start.min(before.len());
                    let word = &before[start..];
                    if cands.is_empty() {
                        continue;
                    }
                    let common = common_prefix(&cands);
                    if common.len() > word.len() && common.starts_with(word) {
                        let extra = String::from(&common[word.len()..]);
                        st.insert(io, extra.as_bytes());
                    } else if cands.len() > 1 {
                        io.write(b"\r\n");
                        for (i, c) in cands.iter().enumerate() {
                            io.write(c.as_bytes());
                            io.write(if i % 4 == 3 || i + 1 == cands.len() {
                                b"\r\n"
                            } else {
                                b"    "
                            });
                        }
                        st.redraw(io);
                    }
                }
                0x0E | 0x10 => {
                    hist_pos = self.history_step(&mut st, io, hist_pos, &mut typed, b == 0x10);
                }
                0x1B => {
                    // An escape sequence: ESC [ ... final or ESC O final.
                    let Some(k) = io.read_byte() else {
                        return Edited::Eof;
                    };
                    if k != b'[' && k != b'O' {
                        continue;
                    }
                    let mut param: u32 = 0;
                    let fin = loop {
                        let Some(c) = io.read_byte() else {
                            return Edited::Eof;
                        };
                        if c.is_ascii_digit() {
                            param = (param * 10 + u32::from(c - b'0')).min(1000);
                        } else if c == b';' {
                            param = 0;
                        } else {
                            break c;
                        }
                    };
                    match (fin, param) {
                        (b'A', _) => {
                            hist_pos = self.history_step(&mut st, io, hist_pos, &mut typed, true)
                        }
                        (b'B', _) => {
                            hist_pos = self.history_step(&mut st, io, hist_pos, &mut typed, false)
                        }
                        (b'C', _) => {
                            st.cursor = st.next_boundary();
                            st.redraw(io);
                        }
                        (b'D', _) => {
                            st.cursor = st.prev_boundary();
                            st.redraw(io);
                        }
                        (b'H', _) | (b'~', 1) | (b'~', 7) => {
                            st.cursor = 0;
                            st.redraw(io);
                        }
                        (b'F', _) | (b'~', 4) | (b'~', 8) => {
                            st.cursor = st.buf.len();
                            st.redraw(io);
                        }
                        (b'~', 3) => {
                            let end = st.next_boundary();
                            st.buf.drain(st.cursor..end);
                            st.redraw(io);
                        }
                        _ => {}
                    }
                }
                c if c >= 0x20 && c != 0x7F => st.insert(io, &[c]),
                _ => {}
            }
        }
    }

    /// Move through history (`up` = older); returns the new position.
    fn history_step(
        &self,
        st: &mut State,
        io: &mut dyn Console,
        pos: usize,
        typed: &mut Vec<u8>,
        up: bool,
    ) -> usize {
        let n = self.history.len();
        let new = if up {
            pos.saturating_sub(1)
        } else {
            (pos + 1).min(n)
        };
        if new == pos {
            return pos;
        }
        if pos == n {
            *typed = st.buf.clone();
        }
        if new == n {
            let t = core::mem::take(typed);
            st.set(io, &t);
        } else {
            st.set(io, self.history[new].as_bytes());
        }
        new
    }
}

/// The longest prefix all candidates share.
fn common_prefix(c: &[String]) -> String {
    let Some(first) = c.first() else {
        return String::new();
    };
    let mut len = first.len();
    for s in &c[1..] {
        len = len.min(
            first
                .bytes()
                .zip(s.bytes())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    while !first.is_char_boundary(len) {
        len -= 1;
    }
    String::from(&first[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Script {
        input: Vec<u8>,
        pos: usize,
        out: Vec<u8>,
    }

    impl Console for Script {
        fn read_byte(&mut self) -> Option<u8> {
            let b = self.input.get(self.pos).copied();
            self.pos += 1;
            b
        }
        fn write(&mut self, data: &[u8]) {
            self.out.extend_from_slice(data);
        }
    }

    fn edit(ed: &mut LineEditor, input: &[u8]) -> (Edited, Vec<u8>) {
        let mut s = Script {
            input: input.to_vec(),
            pos: 0,
            out: Vec::new(),
        };
        let r = ed.read_line(&mut s, ">>> ", "", &mut |_| (0, Vec::new()));
        (r, s.out)
    }

    #[test]
    fn typing_and_backspace() {
        let mut ed = LineEditor::new();
        let (r, out) = edit(&mut ed, b"ab\x7fc\r");
        assert_eq!(r, Edited::Line(String::from("ac")));
        assert_eq!(out, b">>> ab\x08 \x08c\r\n");
    }

    #[test]
    fn cursor_keys_and_history() {
        let mut ed = LineEditor::new();
        ed.add_history("first");
        let (r, _) = edit(&mut ed, b"\x1b[Ax\x1b[D\x1b[DY\r");
        assert_eq!(r, Edited::Line(String::from("firsYtx")));
        let (r, _) = edit(&mut ed, b"\x03");
        assert_eq!(r, Edited::Control(CTRL_C));
        let (r, _) = edit(&mut ed, b"\x04");
        assert_eq!(r, Edited::Control(CTRL_D));
        let (r, _) = edit(&mut ed, b"");
        assert_eq!(r, Edited::Eof);
    }

    #[test]
    fn malformed_escapes_are_ignored() {
        let mut ed = LineEditor::new();
        let (r, _) = edit(&mut ed, b"\x1b[99999999999999Zok\x1bx\r");
        assert_eq!(r, Edited::Line(String::from("ok")));
    }
}

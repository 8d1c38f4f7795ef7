//! The host port: the `mica` command.
fn main() {}

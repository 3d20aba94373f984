//! Exit statuses (the contract): 0 no error finding, 1 at least one, 2 bad input, 3 the tool failed.

pub const OK: u8 = 0;
pub const PROBLEMS: u8 = 1;
pub const BAD_INPUT: u8 = 2;
pub const TOOL_FAILED: u8 = 3;

pub fn bad_input(message: impl std::fmt::Display) -> u8 {
    eprintln!("handshake: {message}");
    BAD_INPUT
}

//! The kiosk driven through Slint's testing backend: a visitor's taps, the
//! anonymous counts they produce, and a soak of random taps. One test binary
//! for all of them, so a clean build links the toolkit once.

#[path = "../common/mod.rs"]
mod common;

mod soak;
mod stats;
mod ui;

//! Passerelle: a touchscreen kiosk that guides visitors, in their own
//! language, to the health cover they can get in France and to the help
//! nearby.

// The layers, from the bottom up: `content` and `places` (data and rules,
// no UI), `ops` (the machine), `kiosk` (the window), `cli` (the commands).
// `log` and `clock` are used by all.
pub mod cli;
pub mod clock;
pub mod content;
pub mod kiosk;
pub mod log;
pub mod ops;
pub mod places;

/// The Slint UI compiled from ui/ (generated code).
#[allow(clippy::unwrap_used)]
mod generated {
    slint::include_modules!();
}
pub use generated::*;

/// Message ids and pictogram names used by ui/*.slint (listed by build.rs).
pub mod ui_ids {
    include!(concat!(env!("OUT_DIR"), "/ui_ids.rs"));
}

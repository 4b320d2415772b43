//! Passerelle: a touchscreen kiosk that guides visitors, in their own
//! language, to the health cover they can get in France and to the help
//! nearby.

pub mod app;
pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod directory;
pub mod files;
pub mod flow;
pub mod fonts;
pub mod guide_ui;
pub mod guides;
pub mod i18n;
pub mod import;
pub mod log;
pub mod nearby_ui;
pub mod operator;
pub mod overlay;
pub mod problem;
pub mod render;
pub mod rules;
pub mod screenshot;
pub mod speech;
pub mod stats;
pub mod systemd;

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

//! The kiosk's window: its state, the bindings between the screens and the
//! content, reading aloud, fonts, and rendering without a display.

pub mod fonts;
pub mod guide;
pub mod lines;
pub mod nearby;
pub mod operator;
pub mod render;
pub mod screenshot;
pub mod sheet;
pub mod speech;
pub mod start;
pub mod state;
pub mod tr;
pub mod window;

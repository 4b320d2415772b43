//! The support services near the kiosk: open data imported into a directory
//! file, and the nearest places with their opening state.

pub mod directory;
pub mod import;

//! The kiosk's data, without a window: translations, content, rules,
//! configuration, content updates and the directory of services. One test
//! binary for all of them, so a clean build links the toolkit once.

#[path = "../common/mod.rs"]
mod common;

mod config;
mod deploy;
mod hostile;
mod locales;
mod mirroring;
mod overlay;
mod review;
mod rules;
mod services;
mod signing;

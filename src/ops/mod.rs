//! Running on a machine: the operator's configuration, the anonymous daily
//! counts, systemd's readiness and watchdog, and files written whole.

pub mod atomic;
pub mod config;
pub mod files;
pub mod stats;
pub mod systemd;

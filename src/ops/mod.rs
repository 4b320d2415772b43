//! Running on a machine: the operator's configuration, the anonymous daily
//! counts, and systemd's readiness and watchdog.

pub mod config;
pub mod stats;
pub mod systemd;

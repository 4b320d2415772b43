//! The kiosk's log, on standard error (the journal, under systemd). Never
//! shown to a visitor. The same message is written once, however often it
//! recurs, so that a missing translation does not flood the log.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

fn seen() -> &'static Mutex<HashSet<String>> {
    static SEEN: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    SEEN.get_or_init(|| Mutex::new(HashSet::new()))
}

fn write(level: &str, message: &str) {
    let first_time = match seen().lock() {
        Ok(mut seen) => seen.insert(format!("{level}{message}")),
        Err(_) => true,
    };
    if first_time {
        eprintln!("passerelle: {level}: {message}");
    }
}

pub fn error(message: &str) {
    write("error", message);
}

pub fn warn(message: &str) {
    write("warning", message);
}

pub fn info(message: &str) {
    write("info", message);
}

//! The open-data importers (France Services CSV, DILA JSON, data·inclusion
//! JSON), the format chosen by the first byte: any input gives places and a
//! report, or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle::places::import::{Format, Options, import_text};

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let format = match which % 3 {
        0 => Format::FranceServices,
        1 => Format::Dila,
        _ => Format::DataInclusion,
    };
    if let Ok(text) = std::str::from_utf8(rest) {
        let options = Options {
            area: None,
            source_date: Some("2026-01-01".into()),
            progress: false,
            services: None,
        };
        let _ = import_text(format, text, &options);
    }
});

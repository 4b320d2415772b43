//! The operator's config.toml: any text gives a configuration or located
//! errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle::config::Config;
use passerelle::i18n::Catalog;

thread_local! {
    static CATALOG: Catalog = Catalog::embedded();
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        CATALOG.with(|catalog| {
            let _ = Config::parse(text, "config.toml", None, catalog);
        });
    }
});

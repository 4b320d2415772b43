//! The operator's config.toml: any text gives a configuration or located
//! errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle::content::i18n::Catalog;
use passerelle::ops::config::Config;

thread_local! {
    static CATALOG: Catalog = Catalog::embedded();
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(mut config) = Config::parse(text, "config.toml", None) {
            CATALOG.with(|catalog| {
                let _ = config.check_languages(catalog);
            });
        }
    }
});

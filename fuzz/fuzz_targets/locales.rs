//! The translations of an update: the embedded locales with one file (chosen
//! by the first byte: a language's .ftl or languages.toml) replaced by the
//! input, loaded and checked against the source language.
#![no_main]

mod replace;

use libfuzzer_sys::fuzz_target;
use passerelle::content::check;
use passerelle::content::files::Files;
use passerelle::content::i18n::Catalog;

thread_local! {
    static ORIGINAL: std::collections::BTreeMap<String, Vec<u8>> = Files::EmbeddedLocales.to_memory();
}

fuzz_target!(|data: &[u8]| {
    let Some(files) = ORIGINAL.with(|o| replace::one_replaced(o, data)) else {
        return;
    };
    let (catalog, _) = Catalog::load(&files);
    let _ = check::check_translations(&catalog);
    for language in catalog.languages() {
        let _ = catalog.text(&language.code, "home-title");
    }
});

//! The content files of an update: the embedded content with one file
//! (chosen by the first byte) replaced by the input, through every loader
//! and check the kiosk runs on an update.
#![no_main]

mod replace;

use libfuzzer_sys::fuzz_target;
use passerelle::content::Content;
use passerelle::files::Files;
use passerelle::flow::Flow;
use passerelle::guides::Guides;
use passerelle::i18n::Catalog;
use passerelle::rules::Ceilings;

thread_local! {
    static ORIGINAL: std::collections::BTreeMap<String, Vec<u8>> = Files::EmbeddedContent.to_memory();
    static CATALOG: Catalog = Catalog::embedded();
}

fuzz_target!(|data: &[u8]| {
    let Some(files) = ORIGINAL.with(|o| replace::one_replaced(o, data)) else {
        return;
    };
    CATALOG.with(|catalog| {
        let _ = Content::load(&files, catalog);
        let ceilings = Ceilings::load(&files).ok();
        let _ = Flow::load(&files, catalog, ceilings.as_ref());
        let _ = Guides::load(&files, catalog);
    });
});

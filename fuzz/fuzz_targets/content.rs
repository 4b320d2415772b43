//! The content files of an update: the embedded content with one file
//! (chosen by the first byte) replaced by the input, through every loader
//! and check the kiosk runs on an update.
#![no_main]

use std::sync::Arc;

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
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let mut files = ORIGINAL.with(|o| o.clone());
    let names: Vec<String> = files.keys().cloned().collect();
    let name = &names[usize::from(which) % names.len()];
    files.insert(name.clone(), rest.to_vec());
    let files = Files::Memory(Arc::new(files));
    CATALOG.with(|catalog| {
        let _ = Content::load(&files, catalog);
        let ceilings = Ceilings::load(&files).ok();
        let _ = Flow::load(&files, catalog, ceilings.as_ref());
        let _ = Guides::load(&files, catalog);
    });
});

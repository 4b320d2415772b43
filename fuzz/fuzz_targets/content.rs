//! The content files of an update: the embedded content with one file
//! (chosen by the first byte) replaced by the input, through every loader
//! and check the kiosk runs on an update.
#![no_main]

mod replace;

use libfuzzer_sys::fuzz_target;
use passerelle::content::files::Files;
use passerelle::content::load::Content;

thread_local! {
    static ORIGINAL: std::collections::BTreeMap<String, Vec<u8>> = Files::EmbeddedContent.to_memory();
}

fuzz_target!(|data: &[u8]| {
    let Some(files) = ORIGINAL.with(|o| replace::one_replaced(o, data)) else {
        return;
    };
    // The one pipeline the kiosk, `check` and the content updates load through.
    let _ = Content::load(&Files::EmbeddedLocales, &files);
});

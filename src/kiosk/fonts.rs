//! The embedded Noto fonts, registered with Slint's font collection as the
//! default family and as the fallback for each script the kiosk writes.
//!
//! Slint does not use embedded fonts as fallbacks by itself: on a machine
//! whose only system font is DejaVu (a minimal Raspberry Pi image), Arabic or
//! Ethiopic text would otherwise draw as nothing.

use std::cell::Cell;
use std::sync::Arc;

use slint::fontique_011::fontique;

use crate::content::files::Files;

/// The family the UI asks for (`default-font-family` in ui/app.slint).
pub const DEFAULT_FAMILY: &str = "Noto Sans";

/// Which embedded family writes which script (ISO 15924 codes), and the
/// locales a text of that script may be tagged with (fontique keeps separate
/// fallback lists for some of them).
const SCRIPTS: &[(&[u8; 4], &str, &[&str])] = &[
    (b"Latn", "Noto Sans", &["fr", "en", "es", "pt", "ro", "tr"]),
    (b"Cyrl", "Noto Sans", &["ru", "uk"]),
    (b"Grek", "Noto Sans", &[]),
    (
        b"Arab",
        "Noto Sans Arabic",
        &["ar", "fa", "ps", "prs", "ur"],
    ),
    (b"Ethi", "Noto Sans Ethiopic", &["ti", "am"]),
    (b"Geor", "Noto Sans Georgian", &["ka"]),
    (b"Beng", "Noto Sans Bengali", &["bn"]),
    (b"Taml", "Noto Sans Tamil", &["ta"]),
    // A subset: the characters the translations use (scripts/cjk-font.sh).
    (b"Hani", "Noto Sans CJK SC", &["zh", "zh-Hans"]),
];

thread_local! {
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
}

/// Registers the embedded fonts with the current Slint platform's font
/// collection (once per UI thread). Call it after the platform is chosen and
/// before the first window is created.
pub fn register() {
    if REGISTERED.with(Cell::get) {
        return;
    }
    REGISTERED.with(|r| r.set(true));
    let files = Files::EmbeddedFonts;
    let mut collection = slint::fontique_011::shared_collection();
    let mut families: Vec<(String, fontique::FamilyId)> = Vec::new();
    for name in files.list() {
        // The font stays in the binary: only the pages the text engine reads
        // are loaded, and nothing is copied to the heap.
        let Some(data) = files.embedded(&name) else {
            crate::log::error(&format!("{}: missing", files.display(&name)));
            continue;
        };
        let registered = collection.register_fonts(fontique::Blob::new(Arc::new(data)), None);
        if registered.is_empty() {
            crate::log::error(&format!("{}: not a font", files.display(&name)));
        }
        for (family, _) in registered {
            if let Some(family_name) = collection.family_name(family) {
                families.push((family_name.to_string(), family));
            }
        }
    }
    let family_id = |wanted: &str| {
        families
            .iter()
            .find(|(name, _)| name == wanted)
            .map(|(_, id)| *id)
    };
    // The generic families a text falls back to before the script fallbacks
    // (Slint asks for sans-serif, then system-ui, after the default family):
    // Noto Sans rather than the system's, so that the Latin words of a Tamil
    // or Bengali text (whose first family has no Latin) are drawn in Noto
    // Sans too, whatever the machine has.
    if let Some(id) = family_id(DEFAULT_FAMILY) {
        for generic in [
            fontique::GenericFamily::SansSerif,
            fontique::GenericFamily::SystemUi,
        ] {
            collection.set_generic_families(generic, std::iter::once(id));
        }
    }
    for (script, family, locales) in SCRIPTS {
        let Some(id) = family_id(family) else {
            crate::log::error(&format!("embedded font family '{family}' is missing"));
            continue;
        };
        let script = fontique::Script::from_bytes(**script);
        collection.set_fallbacks(
            fontique::FallbackKey::new(script, None),
            std::iter::once(id),
        );
        for locale in *locales {
            collection.set_fallbacks(
                fontique::FallbackKey::from((script, *locale)),
                std::iter::once(id),
            );
        }
    }
}

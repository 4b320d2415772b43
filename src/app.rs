//! Builds the kiosk's window and binds it to the translations and content:
//! the `Tr` bridge, the adapters of each screen, and the session events
//! (choose a language, forget the visitor). Navigation stays in the UI.

use std::rc::Rc;

use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use crate::content::{Content, Hours};
use crate::i18n::Catalog;
use crate::{
    AppWindow, EmergencyAdapter, EmergencyLine, LanguageItem, LanguagesAdapter, Nav, Screen,
    Session, Tr,
};

/// What the kiosk knows, shared by the window's callbacks.
pub struct Kiosk {
    pub catalog: Catalog,
    pub content: Content,
    /// The language a new visitor starts in, and that a session wipe restores.
    pub default_language: String,
}

/// Creates the window, bound to `kiosk`, on the welcome screen in the default language.
pub fn build(kiosk: Rc<Kiosk>) -> Result<AppWindow, slint::PlatformError> {
    crate::fonts::register();
    let window = AppWindow::new()?;

    let lookup_kiosk = Rc::clone(&kiosk);
    window
        .global::<Tr>()
        .on_lookup(move |locale, id| lookup_kiosk.catalog.text(&locale, &id).into());

    let languages: Vec<LanguageItem> = kiosk
        .catalog
        .languages()
        .iter()
        .map(|language| LanguageItem {
            code: language.code.as_str().into(),
            name: kiosk.catalog.text(&language.code, "language-name").into(),
            rtl: language.is_rtl(),
        })
        .collect();
    window
        .global::<LanguagesAdapter>()
        .set_languages(ModelRc::new(VecModel::from(languages)));

    let weak = window.as_weak();
    let choose_kiosk = Rc::clone(&kiosk);
    window.global::<Session>().on_choose_language(move |code| {
        if let Some(window) = weak.upgrade() {
            set_language(&window, &choose_kiosk, &code);
        }
    });
    let weak = window.as_weak();
    let reset_kiosk = Rc::clone(&kiosk);
    window.global::<Session>().on_reset(move || {
        if let Some(window) = weak.upgrade() {
            set_language(&window, &reset_kiosk, &reset_kiosk.default_language);
        }
    });

    set_language(&window, &kiosk, &kiosk.default_language);
    Ok(window)
}

/// Switches every text of the window to `code` at once. An unknown code
/// keeps the current language.
pub fn set_language(window: &AppWindow, kiosk: &Kiosk, code: &str) {
    let Some(language) = kiosk.catalog.language(code) else {
        crate::log::error(&format!("language '{code}' is not offered"));
        return;
    };
    let tr = window.global::<Tr>();
    tr.set_rtl(language.is_rtl());
    tr.set_locale(language.code.as_str().into());
    let index = kiosk
        .catalog
        .languages()
        .iter()
        .position(|l| l.code == language.code);
    window
        .global::<LanguagesAdapter>()
        .set_current_index(index.unwrap_or(0) as i32);
    fill_emergency(window, kiosk, &language.code);
}

/// The language the window shows.
pub fn current_language(window: &AppWindow) -> String {
    window.global::<Tr>().get_locale().to_string()
}

/// Shows `screen` (screenshots, tests).
pub fn show_screen(window: &AppWindow, screen: Screen) {
    window.global::<Nav>().set_screen(screen);
}

fn fill_emergency(window: &AppWindow, kiosk: &Kiosk, lang: &str) {
    let catalog = &kiosk.catalog;
    let emergency = &kiosk.content.emergency;
    let lines: Vec<EmergencyLine> = emergency
        .lines
        .iter()
        .map(|line| {
            let mut facts = Vec::new();
            if line.free {
                facts.push(catalog.text(lang, "emergency-free"));
            }
            if line.hours == Hours::Always {
                facts.push(catalog.text(lang, "emergency-hours-always"));
            }
            if line.sms {
                facts.push(catalog.text(lang, "emergency-by-sms"));
            }
            let local = catalog.digits(lang, &line.number);
            EmergencyLine {
                number: line.number.as_str().into(),
                number_local: if local == line.number {
                    SharedString::new()
                } else {
                    local.into()
                },
                name: catalog.text(lang, &line.name_id()).into(),
                what: catalog.text(lang, &line.what_id()).into(),
                facts: facts.join(" · ").into(),
                icon: line.icon.as_str().into(),
            }
        })
        .collect();
    let sources: Vec<String> = emergency
        .used_sources()
        .iter()
        .map(|source| match &source.date {
            Some(date) => format!("{}, {}", source.name, catalog.date(lang, date)),
            None => source.name.clone(),
        })
        .collect();
    let mut args = FluentArgs::new();
    args.set("sources", sources.join(" ; "));
    args.set("verified", catalog.date(lang, &emergency.verified));
    let adapter = window.global::<EmergencyAdapter>();
    adapter.set_lines(ModelRc::new(VecModel::from(lines)));
    adapter.set_source(
        catalog
            .format(lang, "emergency-sources", Some(&args))
            .into(),
    );
}

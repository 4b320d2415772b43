//! The `Tr` bridge between the screens and the translations: every text a
//! screen shows by message id is looked up here, in the window's language.

use std::rc::Rc;

use slint::{ComponentHandle, SharedString};

use crate::kiosk::state::Kiosk;
use crate::{AppWindow, Tr};

/// Answers the screens' lookups from the kiosk's catalog.
pub fn bind(window: &AppWindow, kiosk: &Rc<Kiosk>) {
    let k = Rc::clone(kiosk);
    window.global::<Tr>().on_lookup(move |locale, id| {
        // A grid cell being rebuilt may ask once with an empty id.
        if id.is_empty() {
            SharedString::new()
        } else {
            k.content().catalog.text(&locale, &id).into()
        }
    });
    let k = Rc::clone(kiosk);
    window
        .global::<Tr>()
        .on_digits(move |locale, digits| k.content().catalog.digits(&locale, &digits).into());
}

/// The language the window shows.
pub fn current_language(window: &AppWindow) -> String {
    window.global::<Tr>().get_locale().to_string()
}

//! Builds the kiosk's window and binds it to the translations and content:
//! the `Tr` bridge, the adapters of each screen, and the session events
//! (choose a language, forget the visitor). Navigation stays in the UI.

use std::rc::Rc;

use slint::{ComponentHandle, ModelRc, VecModel};

use crate::kiosk::state::Kiosk;
use crate::{AppWindow, LanguageItem, LanguagesAdapter, Nav, Screen, Session, Tr};

/// Creates the window, bound to `kiosk`, on the welcome screen in the default language.
pub fn build(kiosk: Rc<Kiosk>) -> Result<AppWindow, slint::PlatformError> {
    crate::kiosk::fonts::register();
    let window = AppWindow::new()?;

    crate::kiosk::tr::bind(&window, &kiosk);

    let catalog = &kiosk.content().catalog;
    let languages: Vec<LanguageItem> = kiosk
        .settings
        .offered
        .iter()
        .filter_map(|code| catalog.language(code))
        .map(|language| LanguageItem {
            code: language.code.as_str().into(),
            name: catalog.text(&language.code, "language-name").into(),
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
            choose_kiosk
                .services
                .count(crate::ops::stats::Event::Language(&code));
        }
    });
    let topic_kiosk = Rc::clone(&kiosk);
    window.global::<Session>().on_topic(move |topic| {
        topic_kiosk
            .services
            .count(crate::ops::stats::Event::Topic(&topic))
    });
    let weak = window.as_weak();
    let reset_kiosk = Rc::clone(&kiosk);
    window.global::<Session>().on_reset(move || {
        if let Some(window) = weak.upgrade() {
            reset_kiosk.visit.forget();
            set_language(
                &window,
                &reset_kiosk,
                &reset_kiosk.settings.default_language,
            );
        }
    });
    let weak = window.as_weak();
    let read_kiosk = Rc::clone(&kiosk);
    window.global::<crate::ReadAloud>().on_read(move || {
        if let Some(window) = weak.upgrade() {
            read_screen(&window, &read_kiosk);
        }
    });
    let read_aloud = window.global::<crate::ReadAloud>();
    if let Some(key) = kiosk.settings.speak_key.as_deref() {
        match speak_key_text(key) {
            Some(text) => read_aloud.set_speak_key(text),
            None => crate::log::error(&format!("speak-key '{key}' is not a key the kiosk knows")),
        }
    }
    let weak = window.as_weak();
    let key_kiosk = Rc::clone(&kiosk);
    read_aloud.on_key_pressed(move || {
        if let Some(window) = weak.upgrade() {
            speak_key_pressed(&window, &key_kiosk);
        }
    });
    let weak = window.as_weak();
    let warn_kiosk = Rc::clone(&kiosk);
    window.global::<crate::Idle>().on_warn(move || {
        if let Some(window) = weak.upgrade() {
            warn(&window, &warn_kiosk);
        }
    });
    let stop_kiosk = Rc::clone(&kiosk);
    window
        .global::<crate::ReadAloud>()
        .on_stop(move || stop_kiosk.services.speech.stop());
    let idle = window.global::<crate::Idle>();
    idle.set_idle_seconds(kiosk.settings.idle_seconds as i32);
    idle.set_countdown_seconds(kiosk.settings.countdown_seconds as i32);
    // Outside the operator's awake hours the idle screen goes dark.
    let saver = window.global::<crate::Screensaver>();
    saver.set_awake_hours(kiosk.awake_now());
    let weak = window.as_weak();
    let saver_kiosk = Rc::clone(&kiosk);
    saver.on_check(move || {
        if let Some(window) = weak.upgrade() {
            window
                .global::<crate::Screensaver>()
                .set_awake_hours(saver_kiosk.awake_now());
        }
    });
    crate::kiosk::guide::bind(&window, &kiosk);
    crate::kiosk::nearby::bind(&window, &kiosk);
    crate::kiosk::operator::bind(&window, &kiosk);

    set_language(&window, &kiosk, &kiosk.settings.default_language);
    Ok(window)
}

/// Reads the screen aloud in the window's language (the speaker button, the
/// speak key).
fn read_screen(window: &AppWindow, kiosk: &Kiosk) {
    let language = crate::kiosk::tr::current_language(window);
    let texts = screen_texts(window);
    let speech = &kiosk.services.speech;
    let segments = speech.plan(&kiosk.content().catalog, &language, &texts);
    let read_aloud = window.global::<crate::ReadAloud>();
    let volume = read_aloud.get_volume().clamp(0, 4) as usize;
    kiosk.visit.read_aloud.set(true);
    read_aloud.set_reading(true);
    speech.read(segments, volume);
}

/// The Slint text of a key named in `[sound] speak-key`.
pub fn speak_key_text(name: &str) -> Option<slint::SharedString> {
    use slint::platform::Key;
    let key = match name {
        "F1" => Key::F1,
        "F2" => Key::F2,
        "F3" => Key::F3,
        "F4" => Key::F4,
        "F5" => Key::F5,
        "F6" => Key::F6,
        "F7" => Key::F7,
        "F8" => Key::F8,
        "F9" => Key::F9,
        "F10" => Key::F10,
        "F11" => Key::F11,
        "F12" => Key::F12,
        "F13" => Key::F13,
        "F14" => Key::F14,
        "F15" => Key::F15,
        "F16" => Key::F16,
        "F17" => Key::F17,
        "F18" => Key::F18,
        "F19" => Key::F19,
        "F20" => Key::F20,
        "F21" => Key::F21,
        "F22" => Key::F22,
        "F23" => Key::F23,
        "F24" => Key::F24,
        "Space" => Key::Space,
        "Return" => Key::Return,
        "Insert" => Key::Insert,
        "Home" => Key::Home,
        "End" => Key::End,
        "PageUp" => Key::PageUp,
        "PageDown" => Key::PageDown,
        "Pause" => Key::Pause,
        "ScrollLock" => Key::ScrollLock,
        "SysReq" => Key::SysReq,
        "Menu" => Key::Menu,
        _ => return None,
    };
    Some(key.into())
}

/// The speak button. On the welcome and language screens a visitor who
/// cannot see the screen hears, in each offered language in turn, "for this
/// language, press again now"; pressing while their language is spoken
/// chooses it and reads the next screen in it. Anywhere else it reads the
/// screen in the visitor's language.
fn speak_key_pressed(window: &AppWindow, kiosk: &Kiosk) {
    let screen = window.global::<Nav>().get_screen();
    if screen != Screen::Welcome && screen != Screen::Languages {
        read_screen(window, kiosk);
        return;
    }
    let speech = &kiosk.services.speech;
    let chosen = speech.playing().and_then(|playing| {
        kiosk
            .visit
            .choosing
            .borrow()
            .iter()
            .rev()
            .find(|(first, _)| *first <= playing)
            .map(|(_, code)| code.clone())
    });
    if let Some(code) = chosen {
        kiosk.visit.choosing.borrow_mut().clear();
        speech.stop();
        window.global::<Nav>().invoke_language_chosen(code.into());
        read_screen(window, kiosk);
        return;
    }
    let catalog = &kiosk.content().catalog;
    let mut segments = Vec::new();
    let mut choosing = Vec::new();
    for code in &kiosk.settings.offered {
        let text = catalog.text(code, "speak-choose-language");
        let spoken = speech.plan(catalog, code, &[text]);
        if !spoken.is_empty() {
            choosing.push((segments.len(), code.clone()));
            segments.extend(spoken);
        }
    }
    *kiosk.visit.choosing.borrow_mut() = choosing;
    let read_aloud = window.global::<crate::ReadAloud>();
    read_aloud.set_reading(true);
    speech.read(segments, read_aloud.get_volume().clamp(0, 4) as usize);
}

/// The idle question has appeared: a tone, then, for a visitor who had a
/// screen read aloud, the question itself in their language.
fn warn(window: &AppWindow, kiosk: &Kiosk) {
    let mut segments = vec![crate::kiosk::speech::Segment::Tone];
    if kiosk.visit.read_aloud.get() {
        let language = crate::kiosk::tr::current_language(window);
        let catalog = &kiosk.content().catalog;
        let texts: Vec<String> = ["idle-title", "idle-explain", "idle-yes"]
            .iter()
            .map(|id| catalog.text(&language, id))
            .collect();
        segments.extend(kiosk.services.speech.plan(catalog, &language, &texts));
    }
    let volume = window.global::<crate::ReadAloud>().get_volume().clamp(0, 4) as usize;
    kiosk.services.speech.read(segments, volume);
}

/// Switches every text of the window to `code` at once. An unknown code
/// keeps the current language.
pub fn set_language(window: &AppWindow, kiosk: &Kiosk, code: &str) {
    let catalog = &kiosk.content().catalog;
    let Some(language) = catalog.language(code) else {
        crate::log::error(&format!("language '{code}' is not offered"));
        return;
    };
    let tr = window.global::<Tr>();
    tr.set_rtl(language.is_rtl());
    tr.set_locale(language.code.as_str().into());
    let index = catalog
        .languages()
        .iter()
        .position(|l| l.code == language.code);
    window
        .global::<LanguagesAdapter>()
        .set_current_index(index.unwrap_or(0) as i32);
    window
        .global::<crate::ReadAloud>()
        .set_available(kiosk.services.speech.can_read(&language.code));
    crate::kiosk::lines::fill_emergency(
        window,
        catalog,
        &kiosk.content().lines.emergency,
        &language.code,
    );
    crate::kiosk::guide::fill_guides(window, kiosk);
    crate::kiosk::nearby::refresh(window, kiosk);
    if kiosk.visit.walk.borrow().is_some() {
        crate::kiosk::guide::refresh(window, kiosk);
    }
}

/// The open dialog ("still there?", or the display and sound choices), which
/// takes every touch while it is open.
pub fn open_dialog(window: &AppWindow) -> Option<i_slint_backend_testing::ElementHandle> {
    use i_slint_backend_testing::ElementRoot;
    ["idle-dialog", "display-dialog"]
        .into_iter()
        .find_map(|id| {
            window
                .root_element()
                .query_descendants()
                .match_predicate(move |e| e.accessible_id().is_some_and(|a| a == id))
                .find_first()
        })
}

/// One text as the window draws it: the exact string of a `Text` element
/// (direction marks and isolates included) and its box, in logical pixels.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DrawnText {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// Every text element drawn inside the window, bar and dialogs included, in
/// the element tree's order: empty texts and those outside the window (or
/// scrolled out of it) are left out.
pub fn drawn_texts(window: &AppWindow) -> Vec<DrawnText> {
    use i_slint_backend_testing::ElementRoot;
    let size = window
        .window()
        .size()
        .to_logical(window.window().scale_factor());
    window
        .root_element()
        .query_descendants()
        .match_inherits("Text")
        .find_all()
        .into_iter()
        .filter_map(|element| {
            let (p, s) = (element.absolute_position(), element.size());
            let inside = s.width > 0.0
                && s.height > 0.0
                && p.x < size.width
                && p.y < size.height
                && p.x + s.width > 0.0
                && p.y + s.height > 0.0
                && element.computed_opacity() > 0.0;
            let text = element.accessible_label()?.to_string();
            (inside && !text.trim().is_empty()).then_some(DrawnText {
                text,
                x: p.x,
                y: p.y,
                width: s.width,
                height: s.height,
            })
        })
        .collect()
}

/// The texts the screen shows, in the visitor's reading order, for reading
/// aloud: the open dialog's if there is one, otherwise the screen's without
/// the bar; only what is on screen (not what is scrolled out of view).
pub fn screen_texts(window: &AppWindow) -> Vec<String> {
    use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementRoot};
    let dialog = open_dialog(window);
    let bar = if dialog.is_some() {
        0.0
    } else {
        window.global::<crate::Theme>().get_bar_height()
    };
    let root: ElementHandle = dialog.unwrap_or_else(|| window.root_element());
    let size = window
        .window()
        .size()
        .to_logical(window.window().scale_factor());
    // (text, rectangle) of what is kept: a card that labels itself with its
    // texts is read once, not once more for each of its texts.
    let mut kept: Vec<(String, [f32; 4])> = Vec::new();
    for element in root
        .query_descendants()
        .match_accessible_role(AccessibleRole::Text)
        .find_all()
    {
        let (p, s) = (element.absolute_position(), element.size());
        let on_screen = s.width > 0.0
            && s.height > 0.0
            && p.y + s.height > bar
            && p.y < size.height
            && element.computed_opacity() > 0.0;
        let Some(label) = element.accessible_label() else {
            continue;
        };
        let label = label.trim();
        let rect = [p.x, p.y, p.x + s.width, p.y + s.height];
        let inside = |r: &[f32; 4]| {
            rect[0] >= r[0] - 0.5
                && rect[1] >= r[1] - 0.5
                && rect[2] <= r[2] + 0.5
                && rect[3] <= r[3] + 0.5
        };
        let said = kept
            .iter()
            .any(|(text, r)| text.contains(label) && inside(r));
        if on_screen && !label.is_empty() && !said {
            kept.push((label.to_string(), rect));
        }
    }
    let rtl = window.global::<crate::Tr>().get_rtl();
    reading_order(kept, rtl)
}

/// Boxes (left, top, right, bottom) in reading order: top to bottom, and
/// side by side from the left, or from the right in a right-to-left
/// language. The widest gap is cut first, across or down, so that a tile's
/// title and hint stay together when tiles stand side by side.
pub fn reading_order<T>(items: Vec<(T, [f32; 4])>, rtl: bool) -> Vec<T> {
    /// Where to cut `items` along an axis (0: x, 1: y): the middle of the
    /// widest empty gap, and its width.
    fn widest_gap<T>(items: &[(T, [f32; 4])], axis: usize) -> Option<(f32, f32)> {
        let mut spans: Vec<(f32, f32)> =
            items.iter().map(|(_, r)| (r[axis], r[axis + 2])).collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut best: Option<(f32, f32)> = None;
        let mut reach = spans.first()?.1;
        for (start, end) in spans.into_iter().skip(1) {
            if start > reach {
                let gap = start - reach;
                if best.is_none_or(|(_, g)| gap > g) {
                    best = Some(((start + reach) / 2.0, gap));
                }
            }
            reach = reach.max(end);
        }
        best
    }
    if items.len() < 2 {
        return items.into_iter().map(|(t, _)| t).collect();
    }
    let across = widest_gap(&items, 1);
    let down = widest_gap(&items, 0);
    let (axis, at) = match (across, down) {
        (Some((y, gy)), Some((x, gx))) => {
            if gx > gy {
                (0, x)
            } else {
                (1, y)
            }
        }
        (Some((y, _)), None) => (1, y),
        (None, Some((x, _))) => (0, x),
        // Overlapping boxes: the element tree's order.
        (None, None) => return items.into_iter().map(|(t, _)| t).collect(),
    };
    let (before, after): (Vec<_>, Vec<_>) = items.into_iter().partition(|(_, r)| r[axis] < at);
    let (first, second) = if axis == 0 && rtl {
        (after, before)
    } else {
        (before, after)
    };
    let mut out = reading_order(first, rtl);
    out.extend(reading_order(second, rtl));
    out
}

/// Shows `screen` (screenshots, tests).
pub fn show_screen(window: &AppWindow, screen: Screen) {
    window.global::<Nav>().set_screen(screen);
}

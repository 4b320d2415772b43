//! Rendering with the software renderer on a system whose only font is
//! DejaVu (as on a minimal Raspberry Pi image): no language's text may draw
//! blank, and every screen renders in every language, mirrored for
//! right-to-left languages.
//!
//! One test function only: it points fontconfig at a DejaVu-only
//! configuration before anything loads fonts, and owns the process's
//! headless platform.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::rc::Rc;

use passerelle::TextProbe;
use passerelle::content::check::needs_glyph;
use passerelle::kiosk::render::{self, Picture};
use passerelle::kiosk::screenshot::SCREENS;
use passerelle::kiosk::window;
use slint::ComponentHandle;

const DEJAVU: &str = "/usr/share/fonts/truetype/dejavu";

/// A fontconfig configuration that sees only the DejaVu fonts.
fn dejavu_only_config() -> std::path::PathBuf {
    assert!(
        Path::new(DEJAVU).is_dir(),
        "{DEJAVU} is missing: install fonts-dejavu-core (scripts/setup.sh does)"
    );
    let dir = common::temp_dir("fontconfig");
    let config = dir.join("fonts.conf");
    std::fs::write(
        &config,
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n\
             <dir>{DEJAVU}</dir>\n<cachedir>{}</cachedir>\n</fontconfig>\n",
            dir.join("cache").display()
        ),
    )
    .expect("write fonts.conf");
    config
}

/// How many pixels are darker than the white background.
fn ink(picture: &Picture) -> usize {
    picture
        .rgba
        .chunks_exact(4)
        .filter(|p| (p[0] as u32 + p[1] as u32 + p[2] as u32) < 3 * 200)
        .count()
}

fn probe(window: &TextProbe, text: &str) -> usize {
    window.set_text(text.into());
    ink(&render::render(window, 1200, 200).expect("render the probe"))
}

#[test]
fn text_never_renders_blank_and_every_screen_renders_with_only_dejavu_installed() {
    let config = dejavu_only_config();
    // SAFETY: this test binary has this one test, and no other thread exists yet.
    #[allow(unsafe_code)]
    unsafe {
        std::env::set_var("FONTCONFIG_FILE", &config);
    }
    if let Ok(output) = std::process::Command::new("fc-list")
        .env("FONTCONFIG_FILE", &config)
        .output()
    {
        let listed = String::from_utf8_lossy(&output.stdout);
        assert!(
            listed.lines().all(|l| l.contains("DejaVu")),
            "the test config sees more than DejaVu:\n{listed}"
        );
    }

    render::init_headless().expect("headless platform");
    passerelle::kiosk::fonts::register();
    // With a small directory, so that the places' screens show places.
    let kiosk = passerelle::kiosk::state::Kiosk::load(&passerelle::kiosk::state::Setup {
        directory: Some(common::project_dir("tests/fixtures/directory.json")),
        location: Some((45.7640, 4.8357)),
        config: Default::default(),
        clock: passerelle::clock::Clock::Fixed(jiff::civil::date(2026, 11, 25).at(10, 0, 0, 0)),
        ..Default::default()
    });
    let probe_window = TextProbe::new().expect("text probe");

    // The control: a script no font here covers draws nothing, so a blank
    // text is detected by this measure.
    assert_eq!(
        probe(&probe_window, "한국어"),
        0,
        "Korean should draw nothing with these fonts"
    );
    assert!(probe(&probe_window, "Bonjour") > 100);

    for language in kiosk.content().catalog.languages() {
        let code = &language.code;
        let mut characters = BTreeSet::new();
        for message in kiosk.content().catalog.message_signatures(code) {
            let mut args = fluent_bundle::FluentArgs::new();
            for variable in &message.variables {
                args.set(variable.clone(), "1");
            }
            let text = kiosk
                .content()
                .catalog
                .format(code, &message.id, Some(&args));
            assert!(!text.trim().is_empty(), "{code}: '{}' is empty", message.id);
            assert!(
                probe(&probe_window, &text) > 50,
                "{code}: '{}' renders blank: {text}",
                message.id
            );
            characters.extend(text.chars().filter(|c| needs_glyph(*c)));
        }
        // Each character alone: a single missing glyph in a long text would
        // not show in the total. A sign several scripts share (the Bengali
        // danda '।' is also Devanagari's) takes its font from the letters
        // around it: it is drawn after a letter of the language, and must
        // add ink to that letter's.
        let letter: String = kiosk
            .content()
            .catalog
            .text(code, "language-name")
            .chars()
            .take(1)
            .collect();
        let letter_ink = probe(&probe_window, &letter);
        for c in characters {
            let alone = probe(&probe_window, &c.to_string());
            assert!(
                alone > 0 || probe(&probe_window, &format!("{letter}{c}")) > letter_ink,
                "{code}: '{c}' (U+{:04X}) renders blank",
                c as u32
            );
        }
    }

    latin_name_first_is_drawn_at_the_right_end(&probe_window, &kiosk);

    // Every screen in every language: rendered, not blank, and the bar mirrored.
    let window = window::build(Rc::clone(&kiosk)).expect("build the window");
    let red = |p: [u8; 4]| p[0] > 140 && p[1] < 80 && p[2] < 80;
    for language in kiosk.content().catalog.languages() {
        window::set_language(&window, &kiosk, &language.code);
        for (name, screen) in SCREENS {
            passerelle::kiosk::screenshot::prepare(&window, &kiosk, name, *screen);
            window::show_screen(&window, *screen);
            let picture = render::render(&window, 800, 480).expect("render");
            // The same screen with every catalog text empty: what differs is
            // the text the screen draws. A screen whose texts all draw blank
            // (a missing font, an empty lookup) differs by nothing.
            let without_text = with_blank_texts(&window, &kiosk, &language.code, || {
                render::render(&window, 800, 480).expect("render")
            });
            let text_pixels = picture
                .rgba
                .chunks_exact(4)
                .zip(without_text.rgba.chunks_exact(4))
                .filter(|(a, b)| a != b)
                .count();
            assert!(
                text_pixels > 800 * 480 / 200,
                "{name} in {}: its texts draw nearly nothing ({text_pixels} pixels)",
                language.code
            );
            if *name == "idle" || *name == "display" {
                // The dialog dims the bar.
                continue;
            }
            // Quick exit is red, at the end of the bar: right in left-to-right, left in right-to-left.
            let (exit_x, other_x) = if language.is_rtl() {
                (16, 784)
            } else {
                (784, 16)
            };
            assert!(
                red(picture.pixel(exit_x, 40)),
                "{name} in {}: no quick exit at x={exit_x}",
                language.code
            );
            assert!(
                !red(picture.pixel(other_x, 40)),
                "{name} in {}: quick exit not mirrored",
                language.code
            );
        }
    }
    window.hide().ok();
}

/// Runs `f` with every text of the catalog looked up as empty, then puts the
/// catalog back. The locale is set anew each time so that every binding
/// that calls the lookup is evaluated again.
fn with_blank_texts<T>(
    window: &passerelle::AppWindow,
    kiosk: &Rc<passerelle::kiosk::state::Kiosk>,
    code: &str,
    f: impl FnOnce() -> T,
) -> T {
    let tr = window.global::<passerelle::Tr>();
    tr.on_lookup(|_, _| slint::SharedString::new());
    tr.set_locale("".into());
    tr.set_locale(code.into());
    let result = f();
    let k = Rc::clone(kiosk);
    tr.on_lookup(move |locale, id| k.content().catalog.text(&locale, &id).into());
    tr.set_locale("".into());
    tr.set_locale(code.into());
    result
}

/// The columns where `a` and `b` differ: (leftmost, rightmost).
fn differing_columns(a: &Picture, b: &Picture) -> Option<(u32, u32)> {
    let mut found: Option<(u32, u32)> = None;
    for y in 0..a.height {
        for x in 0..a.width {
            if a.pixel(x, y) != b.pixel(x, y) {
                found = Some(found.map_or((x, x), |(l, r)| (l.min(x), r.max(x))));
            }
        }
    }
    found
}

/// The columns holding ink: (leftmost, rightmost).
fn inked_columns(picture: &Picture) -> Option<(u32, u32)> {
    let mut found: Option<(u32, u32)> = None;
    for y in 0..picture.height {
        for x in 0..picture.width {
            let p = picture.pixel(x, y);
            if (p[0] as u32 + p[1] as u32 + p[2] as u32) < 3 * 200 {
                found = Some(found.map_or((x, x), |(l, r)| (l.min(x), r.max(x))));
            }
        }
    }
    found
}

/// An Arabic message that begins with a French name ("PASS ...") is laid
/// out right to left: the name is drawn at the right end of the line, where
/// an Arabic reader starts. Left to the text engine's guess, it would be
/// drawn at the left end.
fn latin_name_first_is_drawn_at_the_right_end(
    probe_window: &TextProbe,
    kiosk: &passerelle::kiosk::state::Kiosk,
) {
    let catalog = &kiosk.content().catalog;
    let sentence = "PASS: خدمة في المستشفيات العامة";
    let other = sentence.replacen("PASS", "CMUC", 1);
    let draw = |text: &str| {
        probe_window.set_text(text.into());
        render::render(probe_window, 1200, 200).expect("render the probe")
    };
    let (shown, control) = (
        draw(&catalog.paragraph("ar", sentence)),
        draw(&catalog.paragraph("ar", &other)),
    );
    let (ink_left, ink_right) = inked_columns(&shown).expect("the sentence is drawn");
    let (name_left, name_right) = differing_columns(&shown, &control).expect("the name is drawn");
    let width = ink_right - ink_left;
    assert!(
        name_right + 4 > ink_right && name_left > ink_left + width / 2,
        "PASS is drawn at columns {name_left}-{name_right} of {ink_left}-{ink_right}: not at the right end"
    );
    // The control: without the direction set, the guess puts it at the left.
    let (guessed, guessed_control) = (draw(sentence), draw(&other));
    let (g_left, _) = inked_columns(&guessed).expect("drawn");
    let (n_left, _) = differing_columns(&guessed, &guessed_control).expect("drawn");
    assert!(
        n_left < g_left + 4,
        "left to its guess, the engine should draw PASS first on the left"
    );
}

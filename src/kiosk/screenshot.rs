//! `passerelle screenshot`: any screen, in any language and size, to PNG,
//! without a display; `--all` renders every screen in every language at every
//! supported size, with an HTML index to review them at a glance.

use std::fmt::Write as _;
use std::path::Path;
use std::rc::Rc;

use crate::Screen;
use crate::kiosk::guide;
use crate::kiosk::render;
use crate::kiosk::state::Kiosk;
use crate::kiosk::window;

/// The screens, by the names the command line uses.
pub const SCREENS: &[(&str, Screen)] = &[
    ("welcome", Screen::Welcome),
    ("languages", Screen::Languages),
    ("home", Screen::Home),
    ("emergency", Screen::Emergency),
    ("question", Screen::Question),
    ("result", Screen::Result),
    ("staff", Screen::Staff),
    ("guides", Screen::Guides),
    ("guide-page", Screen::GuidePage),
    ("nearby", Screen::Nearby),
    ("place", Screen::Place),
    // "Are you still there?" over a question.
    ("idle", Screen::Question),
    // The display choices over the home screen.
    ("display", Screen::Home),
    ("pin", Screen::Pin),
    ("operator", Screen::Operator),
];

/// The answers that bring the sample result on screen: already covered,
/// 2 people, resources between the two ceilings.
const SAMPLE_PATH: &[&str] = &["yes", "no", "2", "answer-no", "below-participation"];

/// The official Raspberry Pi 7" display, a 10" tablet, and a tablet upright.
pub const SIZES: &[(u32, u32)] = &[(800, 480), (1280, 800), (800, 1280)];

pub fn screen_by_name(name: &str) -> Option<Screen> {
    SCREENS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Parses `WxH`.
/// Why a screenshot could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    #[error("size '{0}' is not WIDTHxHEIGHT, for example 800x480")]
    SizeFormat(String),
    #[error("size '{0}': each side must be 200 to 4096 pixels")]
    SizeRange(String),
    #[error("unknown screen '{0}'")]
    UnknownScreen(String),
    #[error(
        "the place screen shows a place of the directory, and no directory was read: give a readable --directory FILE (and --location LAT,LON)"
    )]
    NoPlaces,
    #[error("the place screen shows a place of the directory, and the directory has no places")]
    EmptyDirectory,
    #[error("--choose {0}: the question on screen offers no such choice")]
    NoSuchChoice(String),
    #[error("--guide {0}: no such guide; the guides are: {1}")]
    NoSuchGuide(String, String),
    #[error(transparent)]
    Render(#[from] render::RenderError),
    #[error("{0}")]
    Window(#[from] slint::PlatformError),
    #[error("{}: {source}", path.display())]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

/// The largest side of a screenshot, in pixels.
pub const MAX_SIDE: u32 = 4096;

pub fn parse_size(text: &str) -> Result<(u32, u32), ScreenshotError> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| ScreenshotError::SizeFormat(text.to_string()))?;
    let parse = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|v| (200..=MAX_SIDE).contains(v))
            .ok_or_else(|| ScreenshotError::SizeRange(text.to_string()))
    };
    Ok((parse(w)?, parse(h)?))
}

/// The display a visitor can choose from the bar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Display {
    pub contrast: bool,
    pub large_text: bool,
}

/// Sets the visitor's display choices.
pub fn set_display(window: &crate::AppWindow, display: Display) {
    use slint::ComponentHandle;
    let theme = window.global::<crate::Theme>();
    theme.set_high_contrast(display.contrast);
    theme.set_large_text(display.large_text);
}

/// Renders one screen to `out` with the display choices of `display`; with
/// `answers`, the result screen shows their result.
#[allow(clippy::too_many_arguments)]
pub fn one(
    kiosk: Rc<Kiosk>,
    name: &str,
    locale: &str,
    size: (u32, u32),
    display: Display,
    out: &Path,
    texts: Option<&Path>,
    answers: Option<&crate::content::rules::Answers>,
    choices: &[String],
    guide_id: Option<&str>,
) -> Result<(), ScreenshotError> {
    let screen =
        screen_by_name(name).ok_or_else(|| ScreenshotError::UnknownScreen(name.to_string()))?;
    if screen == Screen::Place {
        match &kiosk.loaded.places {
            None => return Err(ScreenshotError::NoPlaces),
            Some(places) if places.entries.is_empty() => {
                return Err(ScreenshotError::EmptyDirectory);
            }
            Some(_) => {}
        }
    }
    render::init_headless()?;
    let window = window::build(Rc::clone(&kiosk))?;
    window::set_language(&window, &kiosk, locale);
    prepare(&window, &kiosk, name, screen);
    if let Some(answers) = answers {
        guide::show_result(&window, &kiosk, answers);
    }
    if !choices.is_empty() {
        guide::start(&window, &kiosk);
        let path: Vec<&str> = choices.iter().map(String::as_str).collect();
        if let Some(missing) = choose_path(&window, &kiosk, &path) {
            return Err(ScreenshotError::NoSuchChoice(missing.to_string()));
        }
    }
    if let Some(id) = guide_id {
        let ids: Vec<String> = kiosk
            .content()
            .guides
            .as_ref()
            .map(|g| g.guides.iter().map(|g| g.id.clone()).collect())
            .unwrap_or_default();
        let index = ids
            .iter()
            .position(|g| g == id)
            .ok_or_else(|| ScreenshotError::NoSuchGuide(id.to_string(), ids.join(", ")))?;
        guide::open_guide(&window, &kiosk, index);
    }
    window::show_screen(&window, screen);
    set_display(&window, display);
    render::render_png(&window, size.0, size.1, out)?;
    if let Some(path) = texts {
        write_texts(&window, path)?;
    }
    Ok(())
}

/// Writes every text drawn, one JSON object per line
/// ([`window::DrawnText`]).
pub fn write_texts(window: &crate::AppWindow, path: &Path) -> Result<(), ScreenshotError> {
    let mut out = String::new();
    for text in window::drawn_texts(window) {
        let line = serde_json::to_string(&text).map_err(|e| ScreenshotError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(e),
        })?;
        out.push_str(&line);
        out.push('\n');
    }
    crate::ops::atomic::write_output(path, out.as_bytes()).map_err(|source| ScreenshotError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Puts sample content on the screens that show a visitor's progress: the
/// second question, a result with amounts, a guide page with notes, and
/// "are you still there?" for `idle`.
pub fn prepare(window: &crate::AppWindow, kiosk: &Kiosk, name: &str, screen: Screen) {
    use slint::ComponentHandle;
    let idle = window.global::<crate::Idle>();
    idle.set_quiet(if name == "idle" {
        idle.get_idle_seconds() + 5
    } else {
        0
    });
    window
        .global::<crate::Display>()
        .set_open(name == "display");
    match screen {
        Screen::Question => {
            guide::start(window, kiosk);
            choose_path(window, kiosk, &["no"]);
        }
        Screen::Result | Screen::Staff => {
            guide::start(window, kiosk);
            choose_path(window, kiosk, SAMPLE_PATH);
        }
        Screen::Nearby => crate::kiosk::nearby::all(window, kiosk),
        Screen::Operator => {
            let lines: Vec<crate::OperatorLine> =
                crate::kiosk::operator::lines(kiosk, &kiosk.services.clock.today())
                    .into_iter()
                    .map(|(text, warning)| crate::OperatorLine {
                        text: text.into(),
                        warning,
                    })
                    .collect();
            window
                .global::<crate::Operator>()
                .set_lines(slint::ModelRc::new(slint::VecModel::from(lines)));
        }
        Screen::Place => {
            crate::kiosk::nearby::all(window, kiosk);
            crate::kiosk::nearby::open_place(window, kiosk, 0);
        }
        Screen::GuidePage => {
            let ame = kiosk
                .content()
                .guides
                .as_ref()
                .and_then(|g| g.guides.iter().position(|g| g.id == "ame"));
            guide::open_guide(window, kiosk, ame.unwrap_or(0));
        }
        _ => {}
    }
}

/// Answers the guide's questions with the choices whose value (or, for a
/// choice without one, whose label) is each of `path` in turn. Returns the
/// first one the question on screen does not offer.
pub fn choose_path<'p>(
    window: &crate::AppWindow,
    kiosk: &Kiosk,
    path: &[&'p str],
) -> Option<&'p str> {
    for wanted in path {
        let index = {
            let (Some(flow), Some(walk)) =
                (&kiosk.content().flow, kiosk.visit.walk.borrow().clone())
            else {
                return Some(wanted);
            };
            let Some(question) = walk.current(flow) else {
                return Some(wanted);
            };
            question.choices.iter().position(|c| {
                c.value.as_deref() == Some(wanted) || (c.value.is_none() && c.label == *wanted)
            })
        };
        match index {
            Some(i) => {
                guide::choose(window, kiosk, i);
            }
            None => return Some(wanted),
        }
    }
    None
}

/// Renders every screen x language x size into `dir`, and each at 800x480
/// with the stronger contrast and with larger text, with `index.html`.
/// Returns the number of pictures written.
pub fn all(kiosk: Rc<Kiosk>, dir: &Path) -> Result<usize, ScreenshotError> {
    let io = |path: &Path, source| ScreenshotError::Io {
        path: path.to_path_buf(),
        source,
    };
    if dir.exists() && !dir.is_dir() {
        return Err(io(
            dir,
            std::io::Error::other("is a file: --all writes a folder of pictures, give a folder"),
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    render::init_headless()?;
    let window = window::build(Rc::clone(&kiosk))?;
    let codes: Vec<String> = kiosk
        .content()
        .catalog
        .languages()
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let mut html = String::from(
        "<!doctype html>\n<html lang=\"fr\"><meta charset=\"utf-8\"><title>Passerelle: every screen</title>\n\
         <style>body{font-family:sans-serif;margin:1em}img{border:1px solid #999;margin:2px;vertical-align:top}\
         td{vertical-align:top;padding:4px}th{text-align:left}</style>\n<h1>Passerelle: every screen</h1>\n",
    );
    let mut count = 0;
    for (name, screen) in SCREENS {
        if *screen == Screen::Place
            && kiosk
                .loaded
                .places
                .as_ref()
                .is_none_or(|p| p.entries.is_empty())
        {
            // A place's page needs places: give --directory (and --location).
            continue;
        }
        let _ = writeln!(html, "<h2>{name}</h2>\n<table>\n<tr><th>language</th>");
        for (w, h) in SIZES {
            let _ = write!(html, "<th>{w}x{h}</th>");
        }
        html.push_str("<th>800x480, stronger contrast</th><th>800x480, larger text</th></tr>\n");
        for code in &codes {
            window::set_language(&window, &kiosk, code);
            prepare(&window, &kiosk, name, *screen);
            window::show_screen(&window, *screen);
            let _ = write!(html, "<tr><td>{code}</td>");
            let contrast = Display {
                contrast: true,
                large_text: false,
            };
            let large = Display {
                contrast: false,
                large_text: true,
            };
            let sizes = SIZES.iter().map(|s| (*s, Display::default(), "")).chain([
                ((800, 480), contrast, "-contrast"),
                ((800, 480), large, "-large"),
            ]);
            for ((w, h), display, suffix) in sizes {
                set_display(&window, display);
                let file = format!("{name}-{code}-{w}x{h}{suffix}.png");
                render::render_png(&window, w, h, &dir.join(&file))?;
                count += 1;
                let _ = write!(
                    html,
                    "<td><a href=\"{file}\"><img src=\"{file}\" width=\"{}\" alt=\"{name} {code} {w}x{h}{}\"></a></td>",
                    w / 4,
                    suffix.replace('-', " ")
                );
            }
            html.push_str("</tr>\n");
            set_display(&window, Display::default());
        }
        html.push_str("</table>\n");
    }
    html.push_str("</html>\n");
    let index = dir.join("index.html");
    crate::ops::atomic::write_output(&index, html.as_bytes()).map_err(|e| io(&index, e))?;
    Ok(count)
}

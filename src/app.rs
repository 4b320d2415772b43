//! Builds the kiosk's window and binds it to the translations and content:
//! the `Tr` bridge, the adapters of each screen, and the session events
//! (choose a language, forget the visitor). Navigation stays in the UI.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use crate::content::{Content, Emergency, Hours};
use crate::directory::Directory;
use crate::files::Files;
use crate::flow::{Flow, Walk};
use crate::guides::Guides;
use crate::i18n::{Catalog, SOURCE_LANGUAGE};
use crate::rules::{Ceilings, Zone};
use crate::{
    AppWindow, EmergencyAdapter, EmergencyLine, LanguageItem, LanguagesAdapter, Nav, Screen,
    Session, Tr,
};

/// What the kiosk knows, shared by the window's callbacks, and the current
/// visitor's walk through the guide (in memory only, wiped with the session).
pub struct Kiosk {
    pub catalog: Catalog,
    pub content: Content,
    pub ceilings: Option<Ceilings>,
    pub flow: Option<Flow>,
    pub guides: Option<Guides>,
    /// The language a new visitor starts in, and that a session wipe restores.
    pub default_language: String,
    /// Where the kiosk stands (the ceilings differ overseas).
    pub zone: Zone,
    /// The languages offered, in the picker's order.
    pub offered: Vec<String>,
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    /// Where the translations and content come from: "embedded" or the update's folder.
    pub content_source: String,
    /// What the operator should know (a content update refused, and why).
    pub operator_warnings: Vec<String>,
    /// Reads screens aloud (recordings of the content update, or synthesis).
    pub speech: crate::speech::Speech,
    /// The operator's screen PIN, if there is an operator screen.
    pub operator_pin: Option<String>,
    pub organisation: Option<String>,
    /// Anonymous daily counts, when the operator turned them on.
    pub stats: Option<crate::stats::Stats>,
    /// The places of the kiosk's area, when a directory file is set.
    pub directory: Option<Directory>,
    /// Where the kiosk stands, for distances.
    pub location: Option<(f64, f64)>,
    pub(crate) walk: RefCell<Option<Walk>>,
    pub(crate) open_guide: Cell<Option<usize>>,
    pub(crate) nearby_filter: RefCell<Vec<String>>,
    pub(crate) nearby_shown: RefCell<Vec<usize>>,
    pub(crate) open_place: Cell<Option<usize>>,
}

/// Where the kiosk's local data is, beside what is embedded.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// The directory file written by `passerelle services import`.
    pub directory: Option<std::path::PathBuf>,
    /// The kiosk's latitude and longitude.
    pub location: Option<(f64, f64)>,
    /// The operator's configuration (its directory and location yield to the two above).
    pub config: crate::config::Config,
}

impl Kiosk {
    /// The kiosk on its embedded translations and content. What is broken
    /// (nothing, once the tests pass) is logged and left out.
    pub fn embedded() -> Rc<Kiosk> {
        Kiosk::load(&Setup::default())
    }

    /// The kiosk on its embedded content and the local data of `setup`. A
    /// directory file that cannot be read is logged; the kiosk runs without it.
    pub fn load(setup: &Setup) -> Rc<Kiosk> {
        // An operator's content update is used only whole and valid.
        let mut operator_warnings = Vec::new();
        let (locales, content_files, content_source) = match &setup.config.content {
            None => (
                Files::EmbeddedLocales,
                Files::EmbeddedContent,
                "embedded".to_string(),
            ),
            Some(folder) => {
                let choice = crate::overlay::choose(folder);
                operator_warnings = choice.warnings;
                match choice.used {
                    Some((used, overlay)) => (
                        Files::Dir(overlay.locales),
                        Files::Dir(overlay.content),
                        used.display().to_string(),
                    ),
                    None => (
                        Files::EmbeddedLocales,
                        Files::EmbeddedContent,
                        "embedded".to_string(),
                    ),
                }
            }
        };
        for warning in &operator_warnings {
            crate::log::error(warning);
        }
        let (catalog, problems) = Catalog::load(&locales);
        for problem in problems {
            crate::log::error(&problem.to_string());
        }
        let content = {
            let (content, problems) = Content::load(&content_files, &catalog);
            for problem in problems {
                crate::log::error(&problem.to_string());
            }
            content.unwrap_or_else(|| Content::embedded(&catalog))
        };
        let ceilings = log_problems(Ceilings::load(&content_files));
        let flow = log_problems(Flow::load(&content_files, &catalog, ceilings.as_ref()));
        let guides = log_problems(Guides::load(&content_files, &catalog));
        let config = &setup.config;
        let mut offered: Vec<String> = config
            .languages
            .iter()
            .filter(|c| catalog.language(c).is_some())
            .cloned()
            .collect();
        if offered.is_empty() {
            offered = catalog.languages().iter().map(|l| l.code.clone()).collect();
        }
        let default_language = config
            .default_language
            .clone()
            .filter(|d| offered.contains(d))
            .or_else(|| {
                offered
                    .iter()
                    .find(|c| c.as_str() == SOURCE_LANGUAGE)
                    .cloned()
            })
            .or_else(|| offered.first().cloned())
            .unwrap_or_else(|| SOURCE_LANGUAGE.to_string());
        let directory = setup.directory.as_ref().or(config.directory.as_ref());
        Rc::new(Kiosk {
            catalog,
            content,
            ceilings,
            flow,
            guides,
            default_language,
            zone: config.zone,
            offered,
            idle_seconds: config.idle_seconds,
            stats: config.stats.clone().map(crate::stats::Stats::new),
            content_source,
            operator_warnings,
            operator_pin: config.operator_pin.clone(),
            organisation: config.organisation.clone(),
            countdown_seconds: config.countdown_seconds,
            directory: directory.and_then(|d| load_directory(d)),
            location: setup.location.or(config.location),
            speech: crate::speech::Speech::new(match &content_files {
                Files::Dir(content) => Some(content.clone()),
                _ => None,
            }),
            walk: RefCell::new(None),
            open_guide: Cell::new(None),
            nearby_filter: RefCell::new(Vec::new()),
            nearby_shown: RefCell::new(Vec::new()),
            open_place: Cell::new(None),
        })
    }

    /// Forgets the visitor: the guide's answers and the page open.
    pub fn forget_visitor(&self) {
        *self.walk.borrow_mut() = None;
        self.open_guide.set(None);
        self.nearby_filter.borrow_mut().clear();
        self.open_place.set(None);
    }

    /// Counts an event for the day, when counting is on.
    pub fn count(&self, event: crate::stats::Event<'_>) {
        if let Some(stats) = &self.stats {
            stats.count(&crate::stats::today(), event);
        }
    }

    /// The current visitor's answers, if they started the guide.
    pub fn answers(&self) -> Option<crate::rules::Answers> {
        self.walk.borrow().as_ref().map(|w| w.answers.clone())
    }
}

fn load_directory(path: &std::path::Path) -> Option<Directory> {
    match Directory::load(path) {
        Ok((directory, problems)) => {
            for problem in problems {
                crate::log::warn(&problem.to_string());
            }
            Some(directory)
        }
        Err(problem) => {
            crate::log::error(&problem.to_string());
            None
        }
    }
}

fn log_problems<T>(loaded: Result<T, Vec<crate::problem::Problem>>) -> Option<T> {
    match loaded {
        Ok(value) => Some(value),
        Err(problems) => {
            for problem in problems {
                crate::log::error(&problem.to_string());
            }
            None
        }
    }
}

/// Creates the window, bound to `kiosk`, on the welcome screen in the default language.
pub fn build(kiosk: Rc<Kiosk>) -> Result<AppWindow, slint::PlatformError> {
    crate::fonts::register();
    let window = AppWindow::new()?;

    let lookup_kiosk = Rc::clone(&kiosk);
    window.global::<Tr>().on_lookup(move |locale, id| {
        // A grid cell being rebuilt may ask once with an empty id.
        if id.is_empty() {
            SharedString::new()
        } else {
            lookup_kiosk.catalog.text(&locale, &id).into()
        }
    });

    let digits_kiosk = Rc::clone(&kiosk);
    window
        .global::<Tr>()
        .on_digits(move |locale, digits| digits_kiosk.catalog.digits(&locale, &digits).into());

    let languages: Vec<LanguageItem> = kiosk
        .offered
        .iter()
        .filter_map(|code| kiosk.catalog.language(code))
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
            choose_kiosk.count(crate::stats::Event::Language(&code));
        }
    });
    let topic_kiosk = Rc::clone(&kiosk);
    window
        .global::<Session>()
        .on_topic(move |topic| topic_kiosk.count(crate::stats::Event::Topic(&topic)));
    let weak = window.as_weak();
    let reset_kiosk = Rc::clone(&kiosk);
    window.global::<Session>().on_reset(move || {
        if let Some(window) = weak.upgrade() {
            reset_kiosk.forget_visitor();
            set_language(&window, &reset_kiosk, &reset_kiosk.default_language);
        }
    });
    let weak = window.as_weak();
    let read_kiosk = Rc::clone(&kiosk);
    window.global::<crate::ReadAloud>().on_read(move || {
        if let Some(window) = weak.upgrade() {
            let language = current_language(&window);
            let texts = screen_texts(&window);
            let segments = read_kiosk
                .speech
                .plan(&read_kiosk.catalog, &language, &texts);
            let volume = window.global::<crate::ReadAloud>().get_volume().clamp(0, 4) as usize;
            read_kiosk.speech.read(segments, volume);
        }
    });
    let stop_kiosk = Rc::clone(&kiosk);
    window
        .global::<crate::ReadAloud>()
        .on_stop(move || stop_kiosk.speech.stop());
    let idle = window.global::<crate::Idle>();
    idle.set_idle_seconds(kiosk.idle_seconds as i32);
    idle.set_countdown_seconds(kiosk.countdown_seconds as i32);
    crate::guide_ui::bind(&window, &kiosk);
    crate::nearby_ui::bind(&window, &kiosk);
    crate::operator::bind(&window, &kiosk);

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
    window
        .global::<crate::ReadAloud>()
        .set_available(kiosk.speech.can_read(&language.code));
    fill_emergency(window, kiosk, &language.code);
    crate::guide_ui::fill_guides(window, kiosk);
    crate::nearby_ui::refresh(window, kiosk);
    if kiosk.walk.borrow().is_some() {
        crate::guide_ui::refresh(window, kiosk);
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

/// The texts the screen shows, in order, for reading aloud: the open dialog's
/// if there is one, otherwise the screen's without the bar; only what is on
/// screen (not what is scrolled out of view).
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
    kept.into_iter().map(|(text, _)| text).collect()
}

/// The language the window shows.
pub fn current_language(window: &AppWindow) -> String {
    window.global::<Tr>().get_locale().to_string()
}

/// Shows `screen` (screenshots, tests).
pub fn show_screen(window: &AppWindow, screen: Screen) {
    window.global::<Nav>().set_screen(screen);
}

/// The phone lines of `lines` as the UI shows them, in `lang`.
pub fn line_models(kiosk: &Kiosk, lang: &str, lines: &Emergency) -> Vec<EmergencyLine> {
    let catalog = &kiosk.catalog;
    lines
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
            if let Some(site) = &line.website {
                facts.push(
                    site.trim_start_matches("https://")
                        .trim_start_matches("www.")
                        .to_string(),
                );
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
        .collect()
}

fn fill_emergency(window: &AppWindow, kiosk: &Kiosk, lang: &str) {
    let catalog = &kiosk.catalog;
    let emergency = &kiosk.content.emergency;
    let lines = line_models(kiosk, lang, emergency);
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

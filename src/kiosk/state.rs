//! The kiosk's state in four parts, each with one reason to change: what was
//! loaded at start (read-only), what the operator set, the services (speech,
//! counts), and the visit (wiped by quick exit and idle).

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::rc::Rc;

use crate::clock::Clock;
use crate::content::flow::Walk;
use crate::content::i18n::SOURCE_LANGUAGE;
use crate::content::load::Content;
use crate::content::rules::{Answers, Zone};
use crate::kiosk::speech::Speech;
use crate::ops::config::Config;
use crate::ops::stats::{Event, Stats};
use crate::places::directory::Directory;

/// What was loaded at start, read-only afterwards.
pub struct Loaded {
    pub content: Content,
    /// The places of the kiosk's area, when a directory file is set.
    pub places: Option<Directory>,
    /// The content update in use; `None`: the embedded content.
    pub update: Option<PathBuf>,
    /// What the operator should know (a content update refused, and why).
    pub warnings: Vec<String>,
}

/// What the operator set (config.toml and the command line), resolved
/// against the content loaded.
#[derive(Debug, Clone)]
pub struct Settings {
    pub organisation: Option<String>,
    /// The languages offered, in the picker's order.
    pub offered: Vec<String>,
    /// The language a new visitor starts in, and that a session wipe restores.
    pub default_language: String,
    /// Where the kiosk stands (the ceilings differ overseas).
    pub zone: Zone,
    /// Where the kiosk stands, for distances.
    pub location: Option<(f64, f64)>,
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    /// The operator's screen PIN, if there is an operator screen.
    pub operator_pin: Option<String>,
    /// The key content updates must be signed with; `None`: unsigned.
    pub content_key: Option<String>,
    /// Where the kiosk keeps its state (last accepted update, imports).
    pub state: Option<std::path::PathBuf>,
    /// When the screen stays on (OpenStreetMap hours); `None`: always.
    pub awake: Option<opening_hours::OpeningHours>,
    /// The key of the physical speak button (`[sound] speak-key`).
    pub speak_key: Option<String>,
}

impl Settings {
    /// The settings of `config`, whose languages were checked against
    /// `content` ([`Config::check_languages`]): none offered means every
    /// language of the content.
    pub fn new(config: &Config, location: Option<(f64, f64)>, content: &Content) -> Settings {
        let offered: Vec<String> = if config.languages.is_empty() {
            let languages = content.catalog.languages();
            languages.iter().map(|l| l.code.clone()).collect()
        } else {
            config.languages.clone()
        };
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
        Settings {
            organisation: config.organisation.clone(),
            offered,
            default_language,
            zone: config.zone,
            location: location.or(config.location),
            idle_seconds: config.idle_seconds,
            countdown_seconds: config.countdown_seconds,
            operator_pin: config.operator_pin.clone(),
            content_key: config.content_key.clone(),
            state: config.state.clone(),
            awake: config.awake.as_deref().and_then(|h| h.parse().ok()),
            speak_key: config.speak_key.clone(),
        }
    }
}

/// The services the kiosk uses while it runs.
pub struct Services {
    /// Reads screens aloud (recordings of the content update, or synthesis).
    pub speech: Speech,
    /// Anonymous daily counts, when the operator turned them on.
    pub stats: Option<Stats>,
    /// The time: the ceilings' period, the day counted, whether a place is open.
    pub clock: Clock,
}

impl Services {
    /// Counts an event for the day, when counting is on.
    pub fn count(&self, event: Event<'_>) {
        if let Some(stats) = &self.stats {
            stats.count(self.clock.today(), event);
        }
    }
}

/// The current visitor: in memory only, wiped by quick exit and idle.
#[derive(Default)]
pub struct Visit {
    /// Their walk through the guide's questions.
    pub walk: RefCell<Option<Walk>>,
    /// The guide page open.
    pub open_guide: Cell<Option<usize>>,
    /// The kinds of place chosen with the chips.
    pub nearby_filter: RefCell<Vec<String>>,
    /// The places listed, as indexes into the directory.
    pub nearby_shown: RefCell<Vec<usize>>,
    /// The place open, as an index into the directory.
    pub open_place: Cell<Option<usize>>,
    /// They had a screen read aloud: the idle question is spoken to them too.
    pub read_aloud: Cell<bool>,
    /// The speak button's reading of the welcome screen: the first segment
    /// of each language's "press again to choose" sentence, and its code.
    pub choosing: RefCell<Vec<(usize, String)>>,
}

impl Visit {
    /// Forgets the visitor: the guide's answers and the pages open.
    pub fn forget(&self) {
        *self.walk.borrow_mut() = None;
        self.open_guide.set(None);
        self.nearby_filter.borrow_mut().clear();
        self.nearby_shown.borrow_mut().clear();
        self.open_place.set(None);
        self.read_aloud.set(false);
        self.choosing.borrow_mut().clear();
    }

    /// The visitor's answers, if they started the guide.
    pub fn answers(&self) -> Option<Answers> {
        self.walk.borrow().as_ref().map(|w| w.answers.clone())
    }
}

/// Where the kiosk's local data is, beside what is embedded.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// The directory file written by `passerelle services import`.
    pub directory: Option<PathBuf>,
    /// The kiosk's latitude and longitude.
    pub location: Option<(f64, f64)>,
    /// The operator's configuration (its directory and location yield to the two above).
    pub config: Config,
    /// The system clock, or a fixed time (`screenshot --at`, tests).
    pub clock: Clock,
    /// The settings of the configuration file that were left out, and why.
    pub config_problems: Vec<String>,
}

/// The whole kiosk, shared by the window's callbacks.
pub struct Kiosk {
    pub loaded: Loaded,
    pub settings: Settings,
    pub services: Services,
    pub visit: Visit,
}

impl Kiosk {
    /// Whether the screen should be on now: within the awake hours, or
    /// always when the operator set none.
    pub fn awake_now(&self) -> bool {
        match &self.settings.awake {
            None => true,
            Some(hours) => hours.is_open(crate::clock::to_chrono(self.services.clock.now())),
        }
    }

    /// The kiosk on its embedded translations and content. What is broken
    /// (nothing, once the tests pass) is logged and left out.
    pub fn embedded() -> Rc<Kiosk> {
        Kiosk::load(&Setup::default())
    }

    /// The kiosk of `setup`: its content update when whole and valid (else
    /// the embedded content), its places, its settings. Problems are logged
    /// and what is broken is left out: the kiosk always starts.
    pub fn load(setup: &Setup) -> Rc<Kiosk> {
        let trust = setup.config.trust(setup.clock.today());
        let running =
            crate::content::update::running(setup.config.content.as_deref(), trust.as_ref());
        for warning in &running.warnings {
            crate::log::error(warning);
        }
        for problem in &running.problems {
            crate::log::error(&problem.to_string());
        }
        let mut config = setup.config.clone();
        let language_problems = config.check_languages(&running.content.catalog);
        for problem in &language_problems {
            crate::log::error(&problem.to_string());
        }
        let settings = Settings::new(&config, setup.location, &running.content);
        let mut warnings = running.warnings;
        // Said on the operator screen too: the content update in use may
        // lack a language the configuration offers.
        warnings.extend(
            language_problems
                .iter()
                .map(|p| format!("Configuration : langue, {p}")),
        );
        warnings.extend(
            setup
                .config_problems
                .iter()
                .map(|p| format!("Configuration : réglage ignoré, {p}")),
        );
        let directory = setup.directory.as_ref().or(config.directory.as_ref());
        let places = match directory {
            Some(path) => {
                let (places, said) = load_directory(path);
                warnings.extend(said);
                places
            }
            None => None,
        };
        Rc::new(Kiosk {
            loaded: Loaded {
                content: running.content,
                places,
                update: running.update,
                warnings,
            },
            settings,
            services: Services {
                speech: Speech::new(running.content_dir, config.sound_device.clone()),
                stats: config.stats.clone().map(Stats::new),
                clock: setup.clock,
            },
            visit: Visit::default(),
        })
    }

    /// The content the kiosk runs on.
    pub fn content(&self) -> &Content {
        &self.loaded.content
    }
}

/// The places a kiosk is expected to hold: its département's or region's
/// (France has about 2 800 France Services). Past this, loading and the
/// nearby screen slow down on a Pi (README, Performance).
pub const EXPECTED_PLACES: usize = 20_000;

/// The directory at `path`, and what the operator screen should say about
/// it (places left out, a directory larger than a kiosk needs).
fn load_directory(path: &std::path::Path) -> (Option<Directory>, Vec<String>) {
    match Directory::load(path) {
        Ok((directory, problems)) => {
            let mut warnings = Vec::new();
            for problem in &problems {
                crate::log::warn(&problem.to_string());
            }
            if !problems.is_empty() {
                warnings.push(format!(
                    "Lieux : {} lieu(x) de {} ignoré(s), la raison de chacun est dans le journal (le premier : {})",
                    problems.len(),
                    path.display(),
                    problems[0]
                ));
            }
            if directory.entries.len() > EXPECTED_PLACES {
                let message = format!(
                    "Lieux : {} lieux dans {}, plus que les {EXPECTED_PLACES} attendus pour une borne : importez seulement la zone de la borne (services import --near LAT,LON --radius KM)",
                    directory.entries.len(),
                    path.display()
                );
                crate::log::warn(&message);
                warnings.push(message);
            }
            (Some(directory), warnings)
        }
        Err(problem) => {
            crate::log::error(&problem.to_string());
            (
                None,
                vec![format!(
                    "Lieux : fichier illisible, aucun lieu montré : {problem}"
                )],
            )
        }
    }
}

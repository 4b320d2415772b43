//! The operator's configuration (`config.toml`): who runs the kiosk, where it
//! stands, which languages it offers, how long it waits for an absent
//! visitor, and where its local list of places is. Unknown keys and bad
//! values are errors naming the line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::content::i18n::Catalog;
use crate::content::problem::{Position, Problem, read_toml};
use crate::content::rules::Zone;

/// Where the kiosk looks for its configuration when none is given.
pub const DEFAULT_PATH: &str = "/etc/passerelle/config.toml";

/// The shortest countdown the kiosk accepts: a visitor must have time to answer.
pub const MIN_COUNTDOWN_SECONDS: u32 = 20;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigToml {
    organisation: Option<String>,
    location: Option<LocationToml>,
    #[serde(default)]
    languages: LanguagesToml,
    #[serde(default)]
    session: SessionToml,
    /// The directory file (relative paths are relative to the config file).
    directory: Option<PathBuf>,
    /// Where anonymous daily usage counts go; no counting without it.
    stats: Option<PathBuf>,
    /// A sealed content update (`locales/`, `content/`, `manifest.toml`).
    content: Option<PathBuf>,
    /// The public key content updates must be signed with (the second line
    /// of `passerelle.pub`); without it, updates are taken unsigned.
    content_key: Option<String>,
    /// Where the kiosk remembers what it must not forget (the last content
    /// update it accepted).
    state: Option<PathBuf>,
    /// Opens the operator's screen (4 to 12 digits); no operator screen without it.
    operator_pin: Option<String>,
    screen: Option<ScreenToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ScreenToml {
    width: Option<u32>,
    height: Option<u32>,
    #[serde(default)]
    rotation: u32,
    /// When the screen stays on, in OpenStreetMap hours ("Mo-Fr 08:00-19:00").
    awake: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LocationToml {
    latitude: f64,
    longitude: f64,
    town: Option<String>,
    #[serde(default = "default_zone")]
    zone: String,
}

fn default_zone() -> String {
    "metropole".into()
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LanguagesToml {
    offered: Option<Vec<String>>,
    default: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SessionToml {
    #[serde(default = "default_idle")]
    idle_seconds: u32,
    #[serde(default = "default_countdown")]
    countdown_seconds: u32,
}

impl Default for SessionToml {
    fn default() -> Self {
        SessionToml {
            idle_seconds: default_idle(),
            countdown_seconds: default_countdown(),
        }
    }
}

fn default_idle() -> u32 {
    90
}

fn default_countdown() -> u32 {
    30
}

/// The checked configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub organisation: Option<String>,
    pub location: Option<(f64, f64)>,
    pub town: Option<String>,
    pub zone: Zone,
    /// In the order the picker shows them; empty: every language the kiosk has.
    pub languages: Vec<String>,
    pub default_language: Option<String>,
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    pub directory: Option<PathBuf>,
    pub stats: Option<PathBuf>,
    pub content: Option<PathBuf>,
    /// The public key content updates must be signed with (base64).
    pub content_key: Option<String>,
    pub state: Option<PathBuf>,
    pub operator_pin: Option<String>,
    /// The screen's width and height in pixels as mounted (before rotation):
    /// the window's size on a desktop and the screenshots' default size. On
    /// a Raspberry Pi the display's own mode is used.
    pub screen_size: Option<(u32, u32)>,
    /// Clockwise degrees (0, 90, 180, 270) the picture is turned to match a
    /// screen mounted on its side or upside down.
    pub rotation: u32,
    /// Where the languages were set, for [`Config::check_languages`].
    pub languages_at: Option<LanguagesAt>,
    /// When the screen stays on (OpenStreetMap hours); outside them the idle
    /// welcome screen goes dark until a touch.
    pub awake: Option<String>,
}

/// Where the languages were set, for problems found once the content is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguagesAt {
    pub file: String,
    pub offered: Option<Position>,
    pub default: Option<Position>,
}

/// The rotations a screen can have.
pub const ROTATIONS: [u32; 4] = [0, 90, 180, 270];

impl Config {
    /// What content updates must be to be taken on `today`: signed by the
    /// configured key, newer than the last accepted. `None` without a key.
    pub fn trust(&self, today: crate::clock::Date) -> Option<crate::content::signing::Trust> {
        let key = crate::content::signing::parse_key(self.content_key.as_deref()?).ok()?;
        Some(crate::content::signing::Trust {
            key,
            state: self.state.clone(),
            today,
        })
    }

    /// The size the layout gets: the screen's size, turned by the rotation.
    pub fn layout_size(&self) -> Option<(u32, u32)> {
        self.screen_size.map(|(w, h)| {
            if self.rotation % 180 == 90 {
                (h, w)
            } else {
                (w, h)
            }
        })
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: None,
            location: None,
            town: None,
            zone: Zone::Metropole,
            languages: Vec::new(),
            default_language: None,
            idle_seconds: default_idle(),
            countdown_seconds: default_countdown(),
            directory: None,
            stats: None,
            content: None,
            content_key: None,
            state: None,
            operator_pin: None,
            screen_size: None,
            rotation: 0,
            languages_at: None,
            awake: None,
        }
    }
}

impl Config {
    /// Reads and checks `path`. Its languages are checked against the
    /// content the kiosk runs on, once that is known: [`Config::check_languages`].
    pub fn load(path: &Path) -> Result<Config, Vec<Problem>> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| vec![Problem::new(&file, None, format!("cannot read: {e}"))])?;
        Config::parse(&text, &file, path.parent())
    }

    /// Checks the text of a configuration file named `file`.
    pub fn parse(text: &str, file: &str, base: Option<&Path>) -> Result<Config, Vec<Problem>> {
        let (parsed, toml): (ConfigToml, _) = read_toml(file, text).map_err(|p| vec![p])?;
        let mut problems = Vec::new();
        let at = |key: &str| toml.at(key);
        let mut config = Config {
            organisation: parsed.organisation,
            idle_seconds: parsed.session.idle_seconds,
            countdown_seconds: parsed.session.countdown_seconds,
            ..Config::default()
        };
        if let Some(location) = parsed.location {
            if !crate::places::directory::in_france(location.latitude, location.longitude) {
                problems.push(Problem::at(
                    file,
                    at("location.latitude"),
                    format!(
                        "the location {}, {} is not in France (latitude first, then longitude)",
                        location.latitude, location.longitude
                    ),
                ));
            }
            match location.zone.parse::<Zone>() {
                Ok(zone) => config.zone = zone,
                Err(message) => problems.push(Problem::at(file, at("location.zone"), message)),
            }
            config.location = Some((location.latitude, location.longitude));
            config.town = location.town;
        }
        if let Some(offered) = parsed.languages.offered {
            if offered.is_empty() {
                problems.push(Problem::at(
                    file,
                    at("languages.offered"),
                    "offer at least one language",
                ));
            }
            config.languages = offered;
        }
        config.default_language = parsed.languages.default;
        if !config.languages.is_empty() || config.default_language.is_some() {
            config.languages_at = Some(LanguagesAt {
                file: file.to_string(),
                offered: at("languages.offered"),
                default: at("languages.default"),
            });
        }
        if config.idle_seconds < 10 {
            problems.push(Problem::at(
                file,
                at("session.idle-seconds"),
                "idle-seconds must be at least 10",
            ));
        }
        if config.countdown_seconds < MIN_COUNTDOWN_SECONDS {
            problems.push(Problem::at(
                file,
                at("session.countdown-seconds"),
                format!("countdown-seconds must be at least {MIN_COUNTDOWN_SECONDS}: a visitor needs time to answer"),
            ));
        }
        if let Some(directory) = parsed.directory {
            let path = match base {
                Some(base) if directory.is_relative() => base.join(directory),
                _ => directory,
            };
            if !path.is_file() {
                problems.push(Problem::at(
                    file,
                    at("directory"),
                    format!("the directory file {} does not exist", path.display()),
                ));
            }
            config.directory = Some(path);
        }
        let relative = |path: PathBuf| match base {
            Some(base) if path.is_relative() => base.join(path),
            _ => path,
        };
        config.stats = parsed.stats.map(relative);
        config.content = parsed.content.map(relative);
        config.state = parsed.state.map(relative);
        if let Some(key) = parsed.content_key {
            match crate::content::signing::parse_key(&key) {
                Ok(_) => {
                    if config.state.is_none() {
                        problems.push(Problem::at(
                            file,
                            at("content-key"),
                            "content-key needs a state folder (state = \"/var/lib/passerelle/state\") to remember the last update accepted",
                        ));
                    }
                    config.content_key = Some(key.trim().to_string());
                }
                Err(message) => {
                    problems.push(Problem::at(file, at("content-key"), message));
                }
            }
        }
        if let Some(pin) = parsed.operator_pin {
            if !(4..=12).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
                problems.push(Problem::at(
                    file,
                    at("operator-pin"),
                    "operator-pin must be 4 to 12 digits",
                ));
            }
            config.operator_pin = Some(pin);
        }
        if let Some(screen) = parsed.screen {
            if !ROTATIONS.contains(&screen.rotation) {
                problems.push(Problem::at(
                    file,
                    at("screen.rotation"),
                    format!(
                        "rotation must be 0, 90, 180 or 270 (degrees clockwise), not {}",
                        screen.rotation
                    ),
                ));
            }
            config.rotation = screen.rotation;
            if let Some(hours) = screen.awake {
                match hours.parse::<opening_hours::OpeningHours>() {
                    Ok(_) => config.awake = Some(hours),
                    Err(e) => problems.push(Problem::at(
                        file,
                        at("screen.awake"),
                        format!(
                            "awake '{hours}' is not OpenStreetMap opening hours such as \"Mo-Fr 08:00-19:00\" ({})",
                            e.to_string().lines().last().unwrap_or_default().trim()
                        ),
                    )),
                }
            }
            match (screen.width, screen.height) {
                (None, None) => {}
                (Some(width), Some(height)) => {
                    for (key, value) in [("width", width), ("height", height)] {
                        if !(240..=7680).contains(&value) {
                            problems.push(Problem::at(
                                file,
                                at(&format!("screen.{key}")),
                                format!("{key} must be between 240 and 7680 pixels, not {value}"),
                            ));
                        }
                    }
                    config.screen_size = Some((width, height));
                }
                (Some(_), None) | (None, Some(_)) => problems.push(Problem::at(
                    file,
                    at("screen.width").or_else(|| at("screen.height")),
                    "give the screen's width and height together",
                )),
            }
        }
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }
}

impl Config {
    /// Checks the languages offered against the catalog the kiosk runs on
    /// (the embedded one or a content update's). A language it does not have
    /// is a problem; the kiosk then offers every language it has, and keeps
    /// the rest of the configuration.
    pub fn check_languages(&mut self, catalog: &Catalog) -> Vec<Problem> {
        let (file, offered_at, default_at) = match &self.languages_at {
            Some(at) => (at.file.clone(), at.offered, at.default),
            None => (String::from("config.toml"), None, None),
        };
        let known = |code: &str| catalog.language(code).is_some();
        let mut problems = Vec::new();
        for code in &self.languages {
            if !known(code) {
                problems.push(Problem::at(
                    &file,
                    offered_at,
                    format!("language '{code}' is not one the kiosk has"),
                ));
            }
        }
        if let Some(default) = &self.default_language {
            if !known(default) {
                problems.push(Problem::at(
                    &file,
                    default_at,
                    format!("language '{default}' is not one the kiosk has"),
                ));
            } else if !self.languages.is_empty() && !self.languages.contains(default) {
                problems.push(Problem::at(
                    &file,
                    default_at,
                    format!("the default language '{default}' is not among the languages offered"),
                ));
            }
        }
        if !problems.is_empty() {
            self.languages.clear();
            self.default_language = None;
        }
        problems
    }
}

/// Checks the operator's configuration, the directory file it points to, its
/// newest content update, and its languages against the content the kiosk
/// would run on: that update when it is valid, else the content whose
/// translations are `catalog`.
pub fn check_config(path: &Path, catalog: &Catalog) -> Vec<Problem> {
    let mut config = match Config::load(path) {
        Ok(config) => config,
        Err(problems) => return problems,
    };
    let mut problems = match &config.directory {
        None => Vec::new(),
        Some(directory) => match crate::places::directory::Directory::load(directory) {
            Ok((_, problems)) => problems,
            Err(problem) => vec![problem],
        },
    };
    let update = config.content.as_deref().map(|folder| {
        crate::content::update::choose(folder, config.trust(crate::clock::today()).as_ref())
    });
    let used = match update {
        Some(choice) => {
            problems.extend(choice.newest);
            choice.used
        }
        None => None,
    };
    let catalog = used.as_ref().map_or(catalog, |u| &u.content.catalog);
    problems.extend(config.check_languages(catalog));
    problems
}

//! The operator's configuration (`config.toml`): who runs the kiosk, where it
//! stands, which languages it offers, how long it waits for an absent
//! visitor, and where its local list of places is. Unknown keys and bad
//! values are errors naming the line.

use std::path::{Path, PathBuf};

use crate::content::i18n::Catalog;
use crate::content::problem::{Position, Problem, TomlFile, read_toml};
use crate::content::rules::Zone;

/// Where the kiosk looks for its configuration when none is given.
pub const DEFAULT_PATH: &str = "/etc/passerelle/config.toml";

/// The shortest countdown the kiosk accepts: a visitor must have time to answer.
pub const MIN_COUNTDOWN_SECONDS: u32 = 20;

/// The longest an idle visitor is waited for before the question "are you
/// still there?": an hour.
pub const MAX_IDLE_SECONDS: u32 = 3600;
/// The shortest wait before that question.
pub const MIN_IDLE_SECONDS: u32 = 10;
/// The longest countdown of that question: ten minutes.
pub const MAX_COUNTDOWN_SECONDS: u32 = 600;
/// A configuration file larger than this is not one an operator wrote.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
/// Lines with a syntax error dropped before giving up on the file.
const MOST_BROKEN_LINES: usize = 50;

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
    /// The ALSA device reading aloud and the idle tone play on (a headset
    /// jack, a USB handset: `plughw:CARD=Headset`); `None`: the default one.
    pub sound_device: Option<String>,
    /// The key of a physical button (seen by libinput as a keyboard) that
    /// reads the screen aloud: one of [`SPEAK_KEYS`].
    pub speak_key: Option<String>,
}

/// The keys a speak button may send: function keys and a few others a USB
/// or GPIO button can be set to.
pub const SPEAK_KEYS: &[&str] = &[
    "F1",
    "F2",
    "F3",
    "F4",
    "F5",
    "F6",
    "F7",
    "F8",
    "F9",
    "F10",
    "F11",
    "F12",
    "F13",
    "F14",
    "F15",
    "F16",
    "F17",
    "F18",
    "F19",
    "F20",
    "F21",
    "F22",
    "F23",
    "F24",
    "Space",
    "Return",
    "Insert",
    "Home",
    "End",
    "PageUp",
    "PageDown",
    "Pause",
    "ScrollLock",
    "SysReq",
    "Menu",
];

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
            sound_device: None,
            speak_key: None,
        }
    }
}

impl Config {
    /// Reads and checks `path`; `Err` when any setting is wrong (what
    /// `passerelle check --config` refuses). Its languages are checked
    /// against the content the kiosk runs on, once that is known:
    /// [`Config::check_languages`].
    pub fn load(path: &Path) -> Result<Config, Vec<Problem>> {
        let (config, problems) = Config::read(path);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    /// Reads `path` as the kiosk does: every valid setting is kept, and each
    /// wrong one is left out (its default used) with a problem naming its
    /// line. A file that cannot be read at all gives the defaults.
    pub fn read(path: &Path) -> (Config, Vec<Problem>) {
        let file = path.display().to_string();
        match crate::ops::files::read_text(path, MAX_CONFIG_BYTES) {
            Ok(text) => Config::read_text(&text, &file, path.parent()),
            Err(message) => (Config::default(), vec![Problem::new(&file, None, message)]),
        }
    }

    /// Checks the text of a configuration file named `file`; `Err` when any
    /// setting is wrong.
    pub fn parse(text: &str, file: &str, base: Option<&Path>) -> Result<Config, Vec<Problem>> {
        let (config, problems) = Config::read_text(text, file, base);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    /// The configuration in `text` with every valid setting, and the
    /// problems of the ones left out. A line with a TOML syntax error is
    /// left out whole, and the rest of the file read without it.
    pub fn read_text(text: &str, file: &str, base: Option<&Path>) -> (Config, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut lines: Vec<&str> = text.lines().collect();
        let mut kept = text.to_string();
        let mut dropped = 0;
        let root = loop {
            match read_toml::<toml::Table>(file, &kept) {
                Ok((table, _)) => break Some(table),
                Err(problem) => {
                    let Some(line) = problem.line.filter(|l| *l <= lines.len()) else {
                        problems.push(problem);
                        break None;
                    };
                    problems.push(Problem::new(
                        file,
                        Some(line),
                        format!("{} (this line is left out)", problem.message),
                    ));
                    dropped += 1;
                    if dropped > MOST_BROKEN_LINES {
                        break None;
                    }
                    // Blanked rather than removed, so that the lines keep their numbers.
                    lines[line - 1] = "";
                    kept = lines.join("\n");
                }
            }
        };
        let Some(mut root) = root else {
            return (Config::default(), problems);
        };
        let (_, toml) = match read_toml::<toml::Table>(file, &kept) {
            Ok(read) => read,
            Err(problem) => return (Config::default(), vec![problem]),
        };
        let mut reader = Reader {
            file,
            toml: &toml,
            problems,
        };
        let config = reader.config(&mut root, base);
        (config, reader.problems)
    }
}

/// Takes the settings out of a configuration's tables one by one, keeping
/// the valid ones and a problem for each other.
struct Reader<'r> {
    file: &'r str,
    toml: &'r TomlFile<'r>,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn say(&mut self, path: &str, message: impl std::fmt::Display) {
        let at = self.toml.at(path);
        self.problems.push(Problem::at(self.file, at, message));
    }

    /// The value of `key` in `table` (found at `path`), when it has the right type.
    fn take<T: serde::de::DeserializeOwned>(
        &mut self,
        table: &mut toml::Table,
        path: &str,
        key: &str,
    ) -> Option<T> {
        let value = table.remove(key)?;
        match value.try_into::<T>() {
            Ok(value) => Some(value),
            Err(e) => {
                self.say(path, format!("{key}: {}", e.message().trim()));
                None
            }
        }
    }

    /// A number of `key` between `low` and `high`, or the problem `why`.
    fn number(
        &mut self,
        table: &mut toml::Table,
        path: &str,
        key: &str,
        range: std::ops::RangeInclusive<u32>,
        why: impl Fn(i64) -> String,
    ) -> Option<u32> {
        let value: i64 = self.take(table, path, key)?;
        match u32::try_from(value) {
            Ok(v) if range.contains(&v) => Some(v),
            _ => {
                self.say(path, why(value));
                None
            }
        }
    }

    /// A folder the kiosk writes or reads (`stats`, `content`, `state`): it
    /// may not exist yet (the kiosk or the package makes it), but a file in
    /// its way, or in the way of one of its parents, is a problem.
    fn folder(
        &mut self,
        root: &mut toml::Table,
        key: &str,
        relative: &dyn Fn(PathBuf) -> PathBuf,
    ) -> Option<PathBuf> {
        let path = self.take::<PathBuf>(root, key, key)?;
        if path.as_os_str().is_empty() {
            self.say(key, format!("{key} is empty: give a folder's path"));
            return None;
        }
        let path = relative(path);
        let in_the_way = path
            .ancestors()
            .find(|p| !p.as_os_str().is_empty() && std::fs::metadata(p).is_ok())
            .filter(|p| !p.is_dir());
        if let Some(file) = in_the_way {
            self.say(
                key,
                format!(
                    "{} is a file, not a folder: {key} must be a folder",
                    file.display()
                ),
            );
            return None;
        }
        Some(path)
    }

    fn section(&mut self, root: &mut toml::Table, key: &str) -> Option<toml::Table> {
        self.take::<toml::Table>(root, key, key)
    }

    /// The keys left in `table` are not settings the kiosk has.
    fn unknown(&mut self, table: toml::Table, prefix: &str, expected: &[&str]) {
        for key in table.keys() {
            let path = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            let expected = expected
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            self.say(
                &path,
                format!("unknown field `{key}`, expected one of {expected}"),
            );
        }
    }

    fn config(&mut self, root: &mut toml::Table, base: Option<&Path>) -> Config {
        let mut config = Config {
            organisation: self.take(root, "organisation", "organisation"),
            ..Config::default()
        };
        // An empty path stays empty (and is said to be), not the config's folder.
        let relative = |path: PathBuf| match base {
            Some(base) if path.is_relative() && !path.as_os_str().is_empty() => base.join(path),
            _ => path,
        };

        if let Some(mut location) = self.section(root, "location") {
            let latitude: Option<f64> = self.take(&mut location, "location.latitude", "latitude");
            let longitude: Option<f64> =
                self.take(&mut location, "location.longitude", "longitude");
            match (latitude, longitude) {
                (Some(lat), Some(lon)) if crate::places::directory::in_france(lat, lon) => {
                    config.location = Some((lat, lon));
                }
                (Some(lat), Some(lon)) => self.say(
                    "location.latitude",
                    format!(
                        "the location {lat}, {lon} is not in France (latitude first, then longitude)"
                    ),
                ),
                _ => self.say(
                    "location",
                    "give the location's latitude and longitude together",
                ),
            }
            config.town = self.take(&mut location, "location.town", "town");
            let mut zone_given = false;
            if let Some(zone) = self.take::<String>(&mut location, "location.zone", "zone") {
                match zone.parse::<Zone>() {
                    Ok(zone) => {
                        config.zone = zone;
                        zone_given = true;
                    }
                    Err(message) => self.say("location.zone", message),
                }
            }
            // The zone picks the ceilings: one that does not match the
            // location would show a visitor the wrong ones. The location's
            // zone is used (a kiosk's coordinates are read off a map, its zone
            // typed), and a zone that contradicts it is left out and said.
            if let Some((lat, lon)) = config.location
                && let Some(there) = crate::places::directory::zone_at(lat, lon)
            {
                let matches = there == config.zone
                    || (there == Zone::Metropole && config.zone == Zone::AlsaceMoselle);
                if !matches {
                    if zone_given {
                        let place = match there {
                            Zone::Overseas => "an overseas department",
                            Zone::Mayotte => "Mayotte",
                            _ => "metropolitan France",
                        };
                        self.say(
                            "location.zone",
                            format!(
                                "zone = \"{}\" does not match the location {lat}, {lon}, which is in {place}: \
                                 the location's zone ({there}) is used; correct the location if the kiosk is not there",
                                config.zone
                            ),
                        );
                    }
                    config.zone = there;
                }
            }
            self.unknown(
                location,
                "location",
                &["latitude", "longitude", "town", "zone"],
            );
        }

        if let Some(mut languages) = self.section(root, "languages") {
            if let Some(offered) =
                self.take::<Vec<String>>(&mut languages, "languages.offered", "offered")
            {
                let mut unique: Vec<String> = Vec::new();
                for code in offered {
                    if unique.contains(&code) {
                        self.say(
                            "languages.offered",
                            format!("language '{code}' is offered twice"),
                        );
                    } else {
                        unique.push(code);
                    }
                }
                if unique.is_empty() {
                    self.say("languages.offered", "offer at least one language");
                }
                config.languages = unique;
            }
            config.default_language = self.take(&mut languages, "languages.default", "default");
            self.unknown(languages, "languages", &["offered", "default"]);
        }
        if !config.languages.is_empty() || config.default_language.is_some() {
            config.languages_at = Some(LanguagesAt {
                file: self.file.to_string(),
                offered: self.toml.at("languages.offered"),
                default: self.toml.at("languages.default"),
            });
        }

        if let Some(mut session) = self.section(root, "session") {
            if let Some(idle) = self.number(
                &mut session,
                "session.idle-seconds",
                "idle-seconds",
                MIN_IDLE_SECONDS..=MAX_IDLE_SECONDS,
                |v| {
                    if v < i64::from(MIN_IDLE_SECONDS) {
                        format!("idle-seconds must be at least {MIN_IDLE_SECONDS}")
                    } else {
                        format!(
                            "idle-seconds must be at most {MAX_IDLE_SECONDS} (an hour), not {v}"
                        )
                    }
                },
            ) {
                config.idle_seconds = idle;
            }
            if let Some(countdown) = self.number(
                &mut session,
                "session.countdown-seconds",
                "countdown-seconds",
                MIN_COUNTDOWN_SECONDS..=MAX_COUNTDOWN_SECONDS,
                |v| {
                    if v < i64::from(MIN_COUNTDOWN_SECONDS) {
                        format!("countdown-seconds must be at least {MIN_COUNTDOWN_SECONDS}: a visitor needs time to answer")
                    } else {
                        format!("countdown-seconds must be at most {MAX_COUNTDOWN_SECONDS} (ten minutes), not {v}")
                    }
                },
            ) {
                config.countdown_seconds = countdown;
            }
            self.unknown(session, "session", &["idle-seconds", "countdown-seconds"]);
        }

        if let Some(directory) = self.take::<PathBuf>(root, "directory", "directory") {
            let path = relative(directory);
            if path.is_file() {
                config.directory = Some(path);
            } else if path.as_os_str().is_empty() {
                self.say(
                    "directory",
                    "the directory file is empty: give a file's path",
                );
            } else if path.is_dir() {
                self.say(
                    "directory",
                    format!("{} is a folder, not a directory file", path.display()),
                );
            } else {
                self.say(
                    "directory",
                    format!("the directory file {} does not exist", path.display()),
                );
            }
        }
        config.stats = self.folder(root, "stats", &relative);
        config.content = self.folder(root, "content", &relative);
        config.state = self.folder(root, "state", &relative);
        if let Some(key) = self.take::<String>(root, "content-key", "content-key") {
            match crate::content::signing::parse_key(&key) {
                Ok(_) if config.state.is_none() => self.say(
                    "content-key",
                    "content-key needs a state folder (state = \"/var/lib/passerelle/state\") to remember the last update accepted",
                ),
                Ok(_) => config.content_key = Some(key.trim().to_string()),
                Err(message) => self.say("content-key", message),
            }
        }
        if let Some(pin) = self.take::<String>(root, "operator-pin", "operator-pin") {
            if (4..=12).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()) {
                config.operator_pin = Some(pin);
            } else {
                self.say("operator-pin", "operator-pin must be 4 to 12 digits");
            }
        }

        if let Some(mut screen) = self.section(root, "screen") {
            if let Some(rotation) = self.take::<i64>(&mut screen, "screen.rotation", "rotation") {
                match u32::try_from(rotation) {
                    Ok(r) if ROTATIONS.contains(&r) => config.rotation = r,
                    _ => self.say(
                        "screen.rotation",
                        format!(
                            "rotation must be 0, 90, 180 or 270 (degrees clockwise), not {rotation}"
                        ),
                    ),
                }
            }
            if let Some(hours) = self.take::<String>(&mut screen, "screen.awake", "awake") {
                match hours.parse::<opening_hours::OpeningHours>() {
                    Ok(_) => config.awake = Some(hours),
                    Err(e) => self.say(
                        "screen.awake",
                        format!(
                            "awake '{hours}' is not OpenStreetMap opening hours such as \"Mo-Fr 08:00-19:00\" ({})",
                            e.to_string().lines().last().unwrap_or_default().trim()
                        ),
                    ),
                }
            }
            let mut side = |reader: &mut Reader, key: &str| {
                reader.number(
                    &mut screen,
                    &format!("screen.{key}"),
                    key,
                    240..=7680,
                    |v| format!("{key} must be between 240 and 7680 pixels, not {v}"),
                )
            };
            let (had_width, had_height) = (
                self.toml.at("screen.width").is_some(),
                self.toml.at("screen.height").is_some(),
            );
            let width = side(self, "width");
            let height = side(self, "height");
            match (width, height) {
                (Some(width), Some(height)) => config.screen_size = Some((width, height)),
                _ if had_width != had_height => self.say(
                    if had_width {
                        "screen.width"
                    } else {
                        "screen.height"
                    },
                    "give the screen's width and height together",
                ),
                _ => {}
            }
            self.unknown(screen, "screen", &["width", "height", "rotation", "awake"]);
        }

        if let Some(mut sound) = self.section(root, "sound") {
            if let Some(device) = self.take::<String>(&mut sound, "sound.device", "device") {
                if device.is_empty()
                    || device.len() > 200
                    || device.chars().any(|c| c.is_whitespace() || c.is_control())
                {
                    self.say(
                        "sound.device",
                        "device must be an ALSA device name such as \"plughw:CARD=Headset\" (see aplay -L), without spaces",
                    );
                } else {
                    config.sound_device = Some(device);
                }
            }
            if let Some(key) = self.take::<String>(&mut sound, "sound.speak-key", "speak-key") {
                match SPEAK_KEYS.iter().find(|k| k.eq_ignore_ascii_case(&key)) {
                    Some(known) => config.speak_key = Some((*known).to_string()),
                    None => self.say(
                        "sound.speak-key",
                        format!(
                            "speak-key '{key}' is not a key a button can send here: one of F1 to F24, {}",
                            SPEAK_KEYS[24..].join(", ")
                        ),
                    ),
                }
            }
            self.unknown(sound, "sound", &["device", "speak-key"]);
        }
        self.unknown(
            std::mem::take(root),
            "",
            &[
                "organisation",
                "location",
                "languages",
                "session",
                "directory",
                "stats",
                "content",
                "content-key",
                "state",
                "operator-pin",
                "screen",
                "sound",
            ],
        );
        config
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
        // A language the content lacks is left out, the others kept; with
        // none left, every language of the content is offered.
        let offered = std::mem::take(&mut self.languages);
        for code in offered {
            if known(&code) {
                self.languages.push(code);
            } else {
                problems.push(Problem::at(
                    &file,
                    offered_at,
                    format!("language '{code}' is not one the kiosk has: it is not offered"),
                ));
            }
        }
        if let Some(default) = self.default_language.clone() {
            if !known(&default) {
                problems.push(Problem::at(
                    &file,
                    default_at,
                    format!("language '{default}' is not one the kiosk has: the default is French"),
                ));
                self.default_language = None;
            } else if !self.languages.is_empty() && !self.languages.contains(&default) {
                problems.push(Problem::at(
                    &file,
                    default_at,
                    format!(
                        "the default language '{default}' is not among the languages offered: the default is French"
                    ),
                ));
                self.default_language = None;
            }
        }
        problems
    }
}

/// Checks the operator's configuration, the directory file it points to, its
/// newest content update, and its languages against the content the kiosk
/// would run on: that update when it is valid, else the content whose
/// translations are `catalog`.
pub fn check_config(path: &Path, catalog: &Catalog) -> Checked {
    // As the kiosk reads it: every valid setting kept, so that what the
    // kept ones point to is checked as well, in the same run.
    let (mut config, mut problems) = Config::read(path);
    let mut notes = Vec::new();
    for (key, folder, what) in [
        (
            "content",
            &config.content,
            "no content update is imported yet: `passerelle content import` makes it",
        ),
        (
            "stats",
            &config.stats,
            "the kiosk makes it at its first count, if the user it runs as may",
        ),
    ] {
        if let Some(folder) = folder
            && !folder.exists()
        {
            notes.push(format!(
                "{key}: the folder {} does not exist yet; {what}",
                folder.display()
            ));
        }
    }
    if let Some(directory) = &config.directory {
        match crate::places::directory::Directory::load(directory) {
            Ok((_, found)) => problems.extend(found),
            Err(problem) => problems.push(problem),
        }
    }
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
    // The languages of the update the kiosk would run on, when it has one.
    let unreviewed = used.as_ref().map(|u| {
        u.content
            .catalog
            .languages()
            .iter()
            .filter(|l| l.review.status == crate::content::i18n::ReviewStatus::NotReviewed)
            .map(|l| l.code.clone())
            .collect()
    });
    Checked {
        problems,
        notes,
        unreviewed,
    }
}

/// What `check --config` found: errors, and notes that are not errors.
pub struct Checked {
    /// The languages not yet reviewed in the content update the kiosk would
    /// use, when it would use one.
    pub unreviewed: Option<Vec<String>>,
    pub problems: Vec<Problem>,
    pub notes: Vec<String>,
}

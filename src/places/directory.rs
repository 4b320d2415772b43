//! The directory of support services: one normalised record per place, read
//! from the kiosk's directory file (written by `passerelle services import`),
//! and the nearest places of some kinds with their opening state.

use std::path::Path;

use std::sync::{Arc, LazyLock};

use compact_calendar::CompactCalendar;
use opening_hours::localization::Country;
use opening_hours::{Context, ContextHolidays, OpeningHours, RuleKind};
use serde::{Deserialize, Serialize};

use crate::clock::{self, Date, DateTime};
use crate::content::problem::Problem;

/// The kinds of place, as stored; the UI names and draws each.
pub const KINDS: &[&str] = &[
    "france-services",
    "pimms",
    "ccas",
    "cpam",
    "caf",
    "social-services",
    "pass",
    "pmi",
    "cegidd",
    "planning",
    "association",
    "mairie",
];

/// One place, as stored in the directory file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub kinds: Vec<String>,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub lat: f64,
    pub lon: f64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// OpenStreetMap `opening_hours` syntax.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Who its services are for, as data·inclusion names them
    /// (`personnes-exilees`, `femmes`...): `tous-publics` is left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publics: Vec<String>,
    /// True when every service that says is free, false when every one says
    /// it is paid for; unknown when they differ or do not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    /// How it receives people (data·inclusion `modes_accueil`):
    /// `en-presentiel`, `a-distance`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<String>,
    /// Where the record comes from (the open licences ask for attribution).
    pub source: String,
    /// The date the source gives for the record or the file.
    pub source_date: String,
}

/// The directory file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryFile {
    pub places: Vec<Place>,
}

/// A place ready to query. Its opening hours are parsed the first time
/// they are asked for, then kept: a kiosk shows a few places at a time, and
/// parsing every place's hours at load took most of a large directory's
/// start (79 000 places: 7.8 s and 250 MB of the 411 MB).
#[derive(Debug, Clone)]
pub struct Entry {
    pub place: Place,
    hours: std::sync::OnceLock<Option<OpeningHours>>,
    cos_lat: f64,
}

/// The places of the kiosk's area.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub entries: Vec<Entry>,
}

/// Whether a place is open at a moment, and until when or from when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open, closing at this local time (if it closes within a week).
    Open(Option<DateTime>),
    /// Closed, opening at this local time (if it opens within a week).
    Closed(Option<DateTime>),
    /// No hours known.
    Unknown,
}

/// One answer to "what is near?".
#[derive(Debug, Clone)]
pub struct Nearby<'d> {
    pub entry: &'d Entry,
    pub distance_km: f64,
    pub state: OpenState,
}

impl Nearby<'_> {
    /// Minutes on foot at 4.5 km/h.
    pub fn walking_minutes(&self) -> u32 {
        (self.distance_km / 4.5 * 60.0).ceil() as u32
    }
}

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

/// The public holidays of France (the opening-hours crate's calendar), and
/// the regional ones:
/// - Alsace-Moselle (postcodes 57, 67, 68): Good Friday and 26 December
///   (Code du travail, L3134-13; Good Friday is due in the communes with a
///   Protestant temple or a mixed church, and is kept for the whole region:
///   a place shown closed that is open misleads less than the reverse);
/// - overseas, the commemoration of the abolition of slavery (Code du
///   travail, L3422-2; décret 83-1003 of 23 November 1983 as amended in
///   2012): 27 April in Mayotte, 22 May in Martinique, 27 May in Guadeloupe
///   and Saint-Martin, 10 June in Guyane, 9 October in Saint-Barthélemy,
///   20 December in La Réunion.
fn holidays(postcode: &str) -> ContextHolidays {
    static NATIONAL: LazyLock<Arc<CompactCalendar>> =
        LazyLock::new(|| Arc::new(Country::FR.holidays().get_public().clone()));
    static ALSACE_MOSELLE: LazyLock<Arc<CompactCalendar>> = LazyLock::new(|| {
        let mut calendar = NATIONAL.as_ref().clone();
        let national: Vec<chrono::NaiveDate> = NATIONAL.iter().collect();
        for day in national {
            use chrono::Datelike;
            // Easter Monday (the national list's only Monday holiday in
            // March or April): Good Friday is three days before.
            if matches!(day.month(), 3 | 4) && day.weekday() == chrono::Weekday::Mon {
                calendar.insert(day - chrono::Duration::days(3));
            }
            if day.month() == 12
                && day.day() == 25
                && let Some(next) = day.succ_opt()
            {
                calendar.insert(next);
            }
        }
        Arc::new(calendar)
    });
    /// (postcode prefix, month, day); the longest prefix is looked up first.
    const OVERSEAS: &[(&str, u32, u32)] = &[
        ("97133", 10, 9), // Saint-Barthélemy
        ("97150", 5, 27), // Saint-Martin
        ("971", 5, 27),   // Guadeloupe
        ("972", 5, 22),   // Martinique
        ("973", 6, 10),   // Guyane
        ("974", 12, 20),  // La Réunion
        ("976", 4, 27),   // Mayotte
    ];
    static OVERSEAS_CALENDARS: LazyLock<Vec<Arc<CompactCalendar>>> = LazyLock::new(|| {
        use chrono::Datelike;
        let years: Vec<i32> = NATIONAL.iter().map(|d| d.year()).collect();
        let (first, last) = (
            years.iter().min().copied().unwrap_or(2000),
            years.iter().max().copied().unwrap_or(2100),
        );
        OVERSEAS
            .iter()
            .map(|(_, month, day)| {
                let mut calendar = NATIONAL.as_ref().clone();
                for year in first..=last {
                    if let Some(date) = chrono::NaiveDate::from_ymd_opt(year, *month, *day) {
                        calendar.insert(date);
                    }
                }
                Arc::new(calendar)
            })
            .collect()
    });
    let postcode = postcode.trim();
    let public = if ["57", "67", "68"].iter().any(|d| postcode.starts_with(d)) {
        &*ALSACE_MOSELLE
    } else if let Some(i) = OVERSEAS
        .iter()
        .position(|(prefix, _, _)| postcode.starts_with(prefix))
    {
        &OVERSEAS_CALENDARS[i]
    } else {
        &*NATIONAL
    };
    ContextHolidays::new(Arc::clone(public), Arc::default())
}

/// A place's hours, evaluated with France's public holidays. A place is
/// never shown open on a public holiday unless its hours say so (`PH`):
/// without a word about them, `PH off` is added (open round the clock,
/// `24/7`, stays open).
pub fn hours_with_holidays(hours: &str, postcode: &str) -> Option<OpeningHours> {
    let text = if hours.contains("PH") || hours.trim() == "24/7" {
        hours.to_string()
    } else {
        format!("{hours}; PH off")
    };
    let parsed = text
        .parse::<OpeningHours>()
        .or_else(|_| hours.parse::<OpeningHours>())
        .ok()?;
    Some(parsed.with_context(Context::default().with_holidays(holidays(postcode))))
}

impl Entry {
    pub fn new(place: Place) -> Entry {
        let cos_lat = place.lat.to_radians().cos();
        Entry {
            place,
            hours: std::sync::OnceLock::new(),
            cos_lat,
        }
    }

    /// The place's opening hours, with France's public holidays; `None`
    /// when it has none (or they do not parse).
    pub fn hours(&self) -> Option<&OpeningHours> {
        self.hours
            .get_or_init(|| {
                self.place
                    .opening_hours
                    .as_deref()
                    .and_then(|h| hours_with_holidays(h, &self.place.postcode))
            })
            .as_ref()
    }

    /// The state at `at` (local time at the place), and when it next
    /// changes within eight days.
    ///
    /// Every evaluation is bounded to that window: the crate's open-ended
    /// `next_change` walks day by day to the year 10 000 when the state never
    /// changes again (`Mo-Su 00:00-24:00` once the known public holidays
    /// run out), which froze the screen for seconds per place.
    pub fn state(&self, at: DateTime) -> OpenState {
        let Some(hours) = self.hours() else {
            return OpenState::Unknown;
        };
        // The opening-hours crate works in chrono: converted here only.
        let moment = clock::to_chrono(at);
        let limit = moment + chrono::Duration::days(8);
        let mut ranges = hours.iter_range(moment, limit);
        let Some(first) = ranges.next() else {
            return OpenState::Unknown;
        };
        // A range that lies wholly in the hour skipped when the clocks go
        // forward (open 02:00-03:00 that night) never comes: the state
        // goes on past it. At most a few such ranges in eight days.
        let mut end = first.range.end;
        for range in ranges.take(16) {
            if range.range.start != end {
                break;
            }
            let wholly_skipped = || {
                let last = range.range.end - chrono::Duration::minutes(1);
                [range.range.start, last]
                    .into_iter()
                    .all(|t| clock::from_chrono(t).is_some_and(clock::skipped))
            };
            if range.kind == first.kind || wholly_skipped() {
                end = range.range.end;
            } else {
                break;
            }
        }
        let next = Some(end)
            .filter(|end| *end < limit)
            .and_then(clock::from_chrono);
        match first.kind {
            RuleKind::Open => OpenState::Open(next),
            _ => OpenState::Closed(next),
        }
    }

    /// The opening intervals on `day`, in order; an interval running past
    /// midnight ends at the next day's 00:00.
    pub fn day_intervals(&self, day: Date) -> Vec<(DateTime, DateTime)> {
        let Some(hours) = self.hours() else {
            return Vec::new();
        };
        let start = clock::to_chrono(day.to_datetime(jiff::civil::Time::midnight()));
        let end = start + chrono::Duration::days(1);
        hours
            .iter_range(start, end)
            // At most 48 intervals a day: a bound against a rule that never settles.
            .take(48)
            .filter(|range| range.kind == RuleKind::Open)
            .filter_map(|range| {
                Some((
                    clock::from_chrono(range.range.start)?,
                    clock::from_chrono(range.range.end)?,
                ))
            })
            .collect()
    }
}

/// The largest directory file a kiosk reads: a whole country's support
/// services is a few tens of megabytes; a kiosk's own area far less.
pub const MAX_DIRECTORY_BYTES: u64 = 256 * 1024 * 1024;

impl Directory {
    /// Reads a directory file. A record that does not fit is reported with
    /// its position and left out; the rest is used.
    pub fn load(path: &Path) -> Result<(Directory, Vec<Problem>), Problem> {
        let file = path.display().to_string();
        let text = crate::ops::files::read_text(path, MAX_DIRECTORY_BYTES)
            .map_err(|e| Problem::new(&file, None, e))?;
        let parsed: DirectoryFile = serde_json::from_str(&text).map_err(|e| {
            Problem::new(&file, Some(e.line()), format!("not a directory file: {e}"))
        })?;
        let mut problems = Vec::new();
        let mut entries = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut lines = IdLines::new(&text);
        // Hours already found to parse: many places share theirs.
        let mut hours_that_parse = std::collections::HashSet::new();
        for (index, mut place) in parsed.places.into_iter().enumerate() {
            // The line of the place's id, searched from the previous one's:
            // one pass over the file in all. A file written by `services
            // import` is a single line, so the place's number is said too.
            let line = lines.of_id(&place.id);
            if let Some(hours) = &place.opening_hours
                && let Some(fixed) = without_blank_ranges(hours)
            {
                problems.push(Problem::new(
                    &file,
                    line,
                    format!(
                        "place {} ('{}'): the hours '{}' hold 00:00-00:00, the France Services file's blank (an older import kept it, and it reads as open all day): read as '{}'; import the file again",
                        index + 1,
                        place.id,
                        crate::content::problem::shown(hours),
                        if fixed.is_empty() { "no hours" } else { &fixed }
                    ),
                ));
                place.opening_hours = (!fixed.is_empty()).then_some(fixed);
            }
            if let Some(cleaned) = crate::places::import::clean_texts(&mut place) {
                problems.push(Problem::new(
                    &file,
                    line,
                    format!("place {} ('{}'): {cleaned}", index + 1, place.id),
                ));
            }
            let problem = |message: String| {
                Problem::new(
                    &file,
                    line,
                    format!("place {} ('{}'): {message}", index + 1, place.id),
                )
            };
            if !seen.insert(place.id.clone()) {
                problems.push(problem(
                    "its id is already used by a place above; this one is left out".to_string(),
                ));
                continue;
            }
            match check_place_seen(&place, &mut hours_that_parse) {
                Ok(()) => entries.push(Entry::new(place)),
                Err(message) => problems.push(problem(message)),
            }
        }
        Ok((Directory { entries }, problems))
    }

    pub fn from_places(places: Vec<Place>) -> Directory {
        Directory {
            entries: places.into_iter().map(Entry::new).collect(),
        }
    }

    /// The `limit` places nearest to (`lat`, `lon`) of any of `kinds` (all
    /// kinds when empty), nearest first, with their state at `at`.
    pub fn near(
        &self,
        lat: f64,
        lon: f64,
        kinds: &[String],
        at: DateTime,
        limit: usize,
    ) -> Vec<Nearby<'_>> {
        if limit == 0 {
            return Vec::new();
        }
        let cos0 = lat.to_radians().cos();
        // A cheap flat-earth distance ranks the candidates; the exact distance
        // is computed for the few kept.
        let mut candidates: Vec<(f64, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| kinds.is_empty() || e.place.kinds.iter().any(|k| kinds.contains(k)))
            .map(|(i, e)| {
                let dx = (e.place.lon - lon) * 0.5 * (cos0 + e.cos_lat);
                let dy = e.place.lat - lat;
                (dx * dx + dy * dy, i)
            })
            .collect();
        let keep = (limit * 2).min(candidates.len());
        if keep == 0 {
            return Vec::new();
        }
        if keep < candidates.len() {
            candidates.select_nth_unstable_by(keep - 1, |a, b| a.0.total_cmp(&b.0));
            candidates.truncate(keep);
        }
        let mut found: Vec<Nearby<'_>> = candidates
            .into_iter()
            .map(|(_, i)| {
                let entry = &self.entries[i];
                Nearby {
                    entry,
                    distance_km: haversine_km(lat, lon, entry.place.lat, entry.place.lon),
                    state: OpenState::Unknown,
                }
            })
            .collect();
        found.sort_by(|a, b| {
            a.distance_km
                .total_cmp(&b.distance_km)
                .then_with(|| a.entry.place.name.cmp(&b.entry.place.name))
        });
        found.truncate(limit);
        for n in &mut found {
            n.state = n.entry.state(at);
        }
        found
    }
}

/// The longest name, address, town, postcode or id a place may have, in
/// characters (a 10 MB name once took 874 MB and 10 s to draw).
pub const MAX_TEXT_CHARS: usize = 300;
/// The longest opening hours, in characters: a real week is well under
/// 200; 600 000 ranges once took 470 MB at every load.
pub const MAX_HOURS_CHARS: usize = 1000;
/// The longest comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// Checks a record's fields: kinds known, coordinates in France, hours parse.
pub fn check_place(place: &Place) -> Result<(), String> {
    check_place_seen(place, &mut std::collections::HashSet::new())
}

/// [`check_place`], the hours in `parsed` known to parse already (and those
/// found to parse added to it).
fn check_place_seen(
    place: &Place,
    parsed: &mut std::collections::HashSet<String>,
) -> Result<(), String> {
    use crate::content::problem::shown;
    if place.name.trim().is_empty() {
        return Err("no name".into());
    }
    for (field, text, max) in [
        ("id", &place.id, MAX_TEXT_CHARS),
        ("name", &place.name, MAX_TEXT_CHARS),
        ("address", &place.address, MAX_TEXT_CHARS),
        ("postcode", &place.postcode, MAX_TEXT_CHARS),
        ("town", &place.town, MAX_TEXT_CHARS),
    ]
    .into_iter()
    .chain(
        place
            .opening_hours
            .as_ref()
            .map(|h| ("opening hours", h, MAX_HOURS_CHARS)),
    )
    .chain(
        place
            .comment
            .as_ref()
            .map(|c| ("comment", c, MAX_COMMENT_CHARS)),
    ) {
        // Bytes first: counting the characters of a huge field costs too.
        if text.len() > max && text.chars().count() > max {
            return Err(format!(
                "its {field} is {} characters long, more than the {max} a place may have ('{}')",
                text.chars().count(),
                shown(text)
            ));
        }
    }
    if let Some(kind) = place.kinds.iter().find(|k| !KINDS.contains(&k.as_str())) {
        return Err(format!("unknown kind '{kind}'"));
    }
    if !in_france(place.lat, place.lon) {
        return Err(format!(
            "coordinates {}, {} are not in France",
            degrees(place.lat),
            degrees(place.lon)
        ));
    }
    if let Some(hours) = &place.opening_hours {
        if let Some(date) = impossible_date(hours) {
            return Err(format!(
                "opening hours '{}' name a day that does not exist ({date})",
                shown(hours)
            ));
        }
        if !parsed.contains(hours) {
            if let Err(e) = hours.parse::<OpeningHours>() {
                return Err(format!(
                    "opening hours '{}' do not parse: {e}",
                    shown(hours)
                ));
            }
            parsed.insert(hours.clone());
        }
    }
    Ok(())
}

/// The hours without their `00:00-00:00` ranges (the France Services
/// file's blank, which older imports kept and the hours library reads as
/// open all day); a day left with none is closed. `None` when there is none.
fn without_blank_ranges(hours: &str) -> Option<String> {
    if !hours.contains("00:00-00:00") {
        return None;
    }
    let rules: Vec<String> = hours
        .split(';')
        .filter_map(|rule| {
            let rule = rule.trim();
            if !rule.contains("00:00-00:00") {
                return (!rule.is_empty()).then(|| rule.to_string());
            }
            let (days, ranges) = rule.split_once(' ')?;
            let kept: Vec<&str> = ranges
                .split(',')
                .map(str::trim)
                .filter(|r| *r != "00:00-00:00")
                .collect();
            (!kept.is_empty()).then(|| format!("{days} {}", kept.join(",")))
        })
        .collect();
    Some(rules.join("; "))
}

/// A month and day in OpenStreetMap hours that no year has (`Apr 31`,
/// which the hours library reads as open on other days).
pub fn impossible_date(hours: &str) -> Option<String> {
    const MONTHS: [(&str, u32); 12] = [
        ("Jan", 31),
        ("Feb", 29),
        ("Mar", 31),
        ("Apr", 30),
        ("May", 31),
        ("Jun", 30),
        ("Jul", 31),
        ("Aug", 31),
        ("Sep", 30),
        ("Oct", 31),
        ("Nov", 30),
        ("Dec", 31),
    ];
    let words: Vec<&str> = hours
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | ',' | ';' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|pair| {
        let (_, days) = MONTHS.iter().find(|(name, _)| *name == pair[0])?;
        let day: u32 = pair[1].parse().ok()?;
        (day == 0 || day > *days).then(|| format!("{} {}", pair[0], pair[1]))
    })
}

/// Finds the lines of places' ids in a directory file, in the file's order:
/// each search starts where the last one ended, and lines are counted over
/// the part passed, so a whole load reads the text once (it once rescanned
/// the file for each place: 20 000 places took a minute).
struct IdLines<'a> {
    text: &'a str,
    /// `None` for a file of one line: the place's number says where it is.
    multi_line: bool,
    from: usize,
    line: usize,
}

impl<'a> IdLines<'a> {
    fn new(text: &'a str) -> Self {
        IdLines {
            text,
            multi_line: text.trim_end().contains('\n'),
            from: 0,
            line: 1,
        }
    }

    /// The 1-based line of `"id": "<id>"` after the last one found.
    fn of_id(&mut self, id: &str) -> Option<usize> {
        if !self.multi_line {
            return None;
        }
        let quoted = serde_json::to_string(id).ok()?;
        let rest = self.text.get(self.from..)?;
        let mut offset = 0;
        while let Some(found) = rest[offset..].find(&quoted) {
            let at = offset + found;
            let before = rest[..at].trim_end();
            if before.ends_with(':') && before[..before.len() - 1].trim_end().ends_with("\"id\"") {
                let end = at + quoted.len();
                self.line += rest[..end].matches('\n').count();
                self.from += end;
                return Some(self.line);
            }
            offset = at + quoted.len();
        }
        // Not found as written (escaped otherwise): the lines stop being said
        // rather than the rest of the file being searched again for each place.
        self.multi_line = false;
        None
    }
}

/// A coordinate as a message shows it: 1e308 is not written out in 309 digits.
fn degrees(value: f64) -> String {
    if value.abs() < 1e6 {
        value.to_string()
    } else {
        format!("{value:e}")
    }
}

/// Latitude/longitude boxes of metropolitan France, Corsica and the overseas
/// territories.
const FRANCE: &[(f64, f64, f64, f64)] = &[
    (41.2, 51.2, -5.5, 9.7),        // metropolitan France and Corsica
    (15.8, 16.6, -61.9, -60.9),     // Guadeloupe
    (14.3, 14.95, -61.3, -60.75),   // Martinique
    (2.0, 6.0, -54.7, -51.5),       // Guyane
    (-21.5, -20.8, 55.1, 55.9),     // La Réunion
    (-13.1, -12.5, 44.9, 45.4),     // Mayotte
    (46.7, 47.2, -56.5, -56.1),     // Saint-Pierre-et-Miquelon
    (17.8, 18.2, -63.2, -62.7),     // Saint-Martin, Saint-Barthélemy
    (-28.0, -7.0, -155.0, -134.0),  // Polynésie française
    (-23.0, -19.0, 163.0, 169.0),   // Nouvelle-Calédonie
    (-14.5, -13.0, -178.5, -176.0), // Wallis-et-Futuna
];

/// The ceilings' zone a location is in, where its box says so for certain:
/// metropolitan France (or Alsace-Moselle, within it), the four overseas
/// departments with the CSS (Guadeloupe, Martinique, Guyane, La Réunion), or
/// Mayotte. `None` elsewhere (the other territories have their own systems).
pub fn zone_at(lat: f64, lon: f64) -> Option<crate::content::rules::Zone> {
    use crate::content::rules::Zone;
    let inside = |i: usize| {
        let (a, b, c, d) = FRANCE[i];
        (a..=b).contains(&lat) && (c..=d).contains(&lon)
    };
    if inside(0) {
        Some(Zone::Metropole)
    } else if (1..=4).any(inside) {
        Some(Zone::Overseas)
    } else if inside(5) {
        Some(Zone::Mayotte)
    } else {
        None
    }
}

pub fn in_france(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && FRANCE
            .iter()
            .any(|(a, b, c, d)| (*a..=*b).contains(&lat) && (*c..=*d).contains(&lon))
}

/// The text (or JSON) `services near` prints.
pub fn describe(found: &[Nearby<'_>], json: bool) -> String {
    if json {
        let items: Vec<serde_json::Value> = found
            .iter()
            .map(|n| {
                let (open, change) = match n.state {
                    OpenState::Open(c) => (Some(true), c),
                    OpenState::Closed(c) => (Some(false), c),
                    OpenState::Unknown => (None, None),
                };
                serde_json::json!({
                    "id": n.entry.place.id,
                    "name": n.entry.place.name,
                    "kinds": n.entry.place.kinds,
                    "distance_km": (n.distance_km * 1000.0).round() / 1000.0,
                    "walking_minutes": n.walking_minutes(),
                    "open": open,
                    "next_change": change.map(|c| c.strftime("%Y-%m-%dT%H:%M").to_string()),
                    "phones": n.entry.place.phones,
                    "address": format!("{}, {} {}", n.entry.place.address, n.entry.place.postcode, n.entry.place.town),
                })
            })
            .collect();
        return format!("{:#}\n", serde_json::Value::Array(items));
    }
    let mut out = String::new();
    for n in found {
        let state = match n.state {
            OpenState::Open(Some(c)) => format!("open until {}", c.strftime("%a %H:%M")),
            OpenState::Open(None) => "open".to_string(),
            OpenState::Closed(Some(c)) => format!("closed, opens {}", c.strftime("%a %H:%M")),
            OpenState::Closed(None) => "closed".to_string(),
            OpenState::Unknown => "hours unknown".to_string(),
        };
        out.push_str(&format!(
            "{:.2} km ({} min walk)  {}  [{}]  {}  {}\n",
            n.distance_km,
            n.walking_minutes(),
            n.entry.place.name,
            n.entry.place.kinds.join(", "),
            state,
            n.entry.place.phones.join(" / ")
        ));
    }
    out
}

//! `passerelle services import`: converts a real open-data file into the
//! kiosk's directory file. Every record is either imported or reported with
//! its line or id and the reason: nothing is dropped silently.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::places::directory::{DirectoryFile, Place, check_place, haversine_km, in_france};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// ANCT's CSV list of France Services sites.
    FranceServices,
    /// DILA's "Annuaire de l'administration, base de données locales" JSON
    /// (the bulk file, or the API's answers with nested fields as strings).
    Dila,
    /// data·inclusion structures JSON.
    DataInclusion,
}

/// Where to keep places: around the kiosk.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub lat: f64,
    pub lon: f64,
    pub radius_km: f64,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub area: Option<Area>,
    /// The date of the file, for sources whose records carry none (France Services).
    pub source_date: Option<String>,
    /// Draw a progress bar on the terminal.
    pub progress: bool,
    /// data·inclusion: the text of a `services` file, whose publics, fees
    /// and ways of receiving people are added to their structures.
    pub services: Option<String>,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub read: usize,
    pub imported: usize,
    /// (line or record id, reason)
    pub rejected: Vec<(String, String)>,
    /// Imported, with something corrected or left out: (line or id, what).
    pub warnings: Vec<(String, String)>,
    /// Not support services (a DILA type the kiosk does not show), by type.
    pub skipped: BTreeMap<String, usize>,
    /// Outside the area asked for.
    pub outside_area: usize,
    /// The input ends in the middle of a record: a copy cut short.
    pub cut_short: bool,
}

impl Report {
    pub fn summary(&self) -> String {
        let skipped: usize = self.skipped.values().sum();
        let mut out = format!(
            "read {}, imported {}, rejected {}, with warnings {}, not support services {}, outside the area {}\n",
            self.read,
            self.imported,
            self.rejected.len(),
            self.warnings.len(),
            skipped,
            self.outside_area
        );
        for (at, why) in &self.rejected {
            out.push_str(&format!("rejected {at}: {why}\n"));
        }
        for (at, what) in &self.warnings {
            out.push_str(&format!("warning {at}: {what}\n"));
        }
        for (kind, n) in &self.skipped {
            out.push_str(&format!("not imported, type '{kind}': {n}\n"));
        }
        out
    }
}

/// Why a file could not be imported or the directory written. (A record
/// that cannot be imported is no error: the report lists it with its reason.)
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: {source}", path.display())]
    Read {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    /// The text as a whole is not in the format (no header, not JSON, ...).
    #[error("{0}")]
    Format(String),
    /// The directory is not written, and why.
    #[error("{}: not written: {reason}", path.display())]
    Refused {
        path: std::path::PathBuf,
        reason: String,
    },
    #[error("{}: {reason}", path.display())]
    FormatOf {
        path: std::path::PathBuf,
        reason: String,
    },
    #[error("{}: {source}", path.display())]
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Json(#[from] serde_json::Error),
}

/// The largest file an import reads (the whole DILA export is about 200 MB).
pub const MAX_INPUT_BYTES: u64 = 512 * 1024 * 1024;

/// Imports `input` in `format`.
pub fn import_file(
    format: Format,
    input: &Path,
    options: &Options,
) -> Result<(Vec<Place>, Report), ImportError> {
    let path = input.to_path_buf();
    let read_error = |message: String| ImportError::Read {
        path: path.clone(),
        source: std::io::Error::other(message),
    };
    let imported = match format {
        // The large files (the DILA export is about 200 MB) are read as they
        // come, a record at a time: never the whole file, nor all its
        // records, in memory at once.
        Format::Dila | Format::FranceServices => {
            let (file, len) =
                crate::ops::files::open(input, MAX_INPUT_BYTES).map_err(read_error)?;
            let reader = std::io::BufReader::new(std::io::Read::take(file, MAX_INPUT_BYTES));
            import_reader(format, reader, len, options)
        }
        // Read twice as it comes: its services first (joined to their
        // structures), then its structures one at a time.
        Format::DataInclusion => {
            let open = || -> Result<Box<dyn std::io::BufRead>, String> {
                let (file, _) = crate::ops::files::open(input, MAX_INPUT_BYTES)?;
                Ok(Box::new(std::io::BufReader::new(std::io::Read::take(
                    file,
                    MAX_INPUT_BYTES,
                ))))
            };
            // The file is opened once before, so that a FIFO or a device is
            // refused as a read error, not as a format.
            open().map_err(read_error)?;
            import_data_inclusion(&open, options)
        }
    };
    imported.map_err(|e| match e {
        ImportError::Format(reason) => ImportError::FormatOf { path, reason },
        other => other,
    })
}

/// Imports a file in `format` (France Services or DILA) of `len` bytes as
/// `reader` gives it.
fn import_reader(
    format: Format,
    reader: impl std::io::BufRead,
    len: u64,
    options: &Options,
) -> Result<(Vec<Place>, Report), ImportError> {
    let mut report = Report::default();
    let mut sink = Sink::new(options);
    match format {
        Format::FranceServices => france_services(reader, len, options, &mut report, &mut sink),
        Format::Dila => dila(reader, len, options, &mut report, &mut sink),
        Format::DataInclusion => Err("a data·inclusion file is read whole".into()),
    }
    .map_err(ImportError::Format)?;
    sink.finish(report)
}

/// Imports the text of a file in `format`.
pub fn import_text(
    format: Format,
    text: &str,
    options: &Options,
) -> Result<(Vec<Place>, Report), ImportError> {
    if format != Format::DataInclusion {
        return import_reader(format, text.as_bytes(), text.len() as u64, options);
    }
    import_data_inclusion(
        &|| Ok(Box::new(text.as_bytes()) as Box<dyn std::io::BufRead>),
        options,
    )
}

/// Imports a data·inclusion file that `open` gives from its start, each
/// time it is called.
fn import_data_inclusion<'a>(
    open: &dyn Fn() -> Result<Box<dyn std::io::BufRead + 'a>, String>,
    options: &Options,
) -> Result<(Vec<Place>, Report), ImportError> {
    let mut report = Report::default();
    let mut sink = Sink::new(options);
    data_inclusion(open, options.services.as_deref(), &mut report, &mut sink)
        .map_err(ImportError::Format)?;
    sink.finish(report)
}

/// Where readers put each place they read, one at a time: what the kiosk
/// may show is kept, and what is left out is said with why. No list of
/// every record read is held besides the places kept.
struct Sink<'o> {
    options: &'o Options,
    /// Where each id was first seen: a second place with the same id would
    /// be listed twice on the kiosk.
    seen: std::collections::HashMap<String, String>,
    places: Vec<Place>,
    rejected: Vec<(String, String)>,
    warnings: Vec<(String, String)>,
    outside_area: usize,
    /// Places that would have been kept past [`MAX_PLACES`].
    past_cap: usize,
}

/// The most places an import keeps: ten times what a kiosk is expected to
/// list, past any national source; the places are held until written, so
/// this bounds the import's memory (about 1.3 KB a place).
pub const MAX_PLACES: usize = 200_000;

impl<'o> Sink<'o> {
    fn new(options: &'o Options) -> Self {
        Sink {
            options,
            seen: std::collections::HashMap::new(),
            places: Vec::new(),
            rejected: Vec::new(),
            warnings: Vec::new(),
            outside_area: 0,
            past_cap: 0,
        }
    }

    /// One place read, at `at` (line N, record N...).
    fn push(&mut self, (at, mut place): (String, Place)) {
        if let Some(first) = self.seen.get(&place.id) {
            self.rejected.push((
                at,
                format!(
                    "the id '{}' was already imported ({first}); this one is left out",
                    place.id
                ),
            ));
            return;
        }
        if let Some(cleaned) = clean_texts(&mut place) {
            self.warnings.push((at.clone(), cleaned));
        }
        if let Some(fixed) = fix_coordinates(&mut place) {
            self.warnings.push((at.clone(), fixed));
        }
        if let Some(hours) = &place.opening_hours
            && hours.chars().count() > crate::places::directory::MAX_HOURS_CHARS
        {
            self.warnings.push((
                at.clone(),
                format!(
                    "opening hours {} characters long (at most {}); left out",
                    hours.chars().count(),
                    crate::places::directory::MAX_HOURS_CHARS
                ),
            ));
            place.opening_hours = None;
        }
        if let Some(hours) = &place.opening_hours
            && let Some(date) = crate::places::directory::impossible_date(hours)
        {
            self.warnings.push((
                at.clone(),
                format!(
                    "opening hours '{hours}' name a day that does not exist ({date}); left out"
                ),
            ));
            place.opening_hours = None;
        }
        if let Some(hours) = &place.opening_hours
            && let Err(e) = hours.parse::<opening_hours::OpeningHours>()
        {
            self.warnings.push((
                at.clone(),
                format!("opening hours '{hours}' do not parse ({e}); left out"),
            ));
            place.opening_hours = None;
        }
        if let Err(why) = check_place(&place) {
            self.rejected.push((at, why));
            return;
        }
        if let Some(area) = self.options.area
            && haversine_km(area.lat, area.lon, place.lat, place.lon) > area.radius_km
        {
            self.outside_area += 1;
            return;
        }
        if self.places.len() >= MAX_PLACES {
            // Read on, to say how many, without holding them.
            self.past_cap += 1;
            return;
        }
        self.seen.insert(place.id.clone(), at);
        self.places.push(place);
    }

    /// The places kept, with what was left out added to `report` (after
    /// what the reader itself said).
    fn finish(self, mut report: Report) -> Result<(Vec<Place>, Report), ImportError> {
        if self.past_cap > 0 {
            return Err(ImportError::Format(format!(
                "{} places to keep, more than the {MAX_PLACES} an import takes (a kiosk is expected to list {}): nothing is written; import only the kiosk's area (--near LAT,LON --radius KM)",
                MAX_PLACES + self.past_cap,
                crate::kiosk::state::EXPECTED_PLACES
            )));
        }
        report.rejected.extend(self.rejected);
        report.warnings.extend(self.warnings);
        report.outside_area += self.outside_area;
        report.imported = self.places.len();
        Ok((self.places, report))
    }
}

/// Whether `c` is invisible and has no place in a place's texts: a control
/// character (NUL, ESC, BEL...), or a bidi embedding, override or isolate
/// (U+202A-U+202E, U+2066-U+2069), which would make a name read otherwise
/// on screen than in the data.
fn is_unwanted(c: char) -> bool {
    (c.is_control() && c != '\n')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Takes control characters and bidi overrides out of the texts a visitor
/// reads; a tab becomes a space, a line break stays. Says so.
pub(crate) fn clean_texts(place: &mut Place) -> Option<String> {
    let mut fields = Vec::new();
    let mut clean = |name: &'static str, text: &mut String| {
        if text.chars().any(is_unwanted) {
            *text = text
                .chars()
                .filter_map(|c| match c {
                    '\t' => Some(' '),
                    c if is_unwanted(c) => None,
                    c => Some(c),
                })
                .collect::<String>()
                .trim()
                .to_string();
            fields.push(name);
        }
    };
    clean("name", &mut place.name);
    clean("address", &mut place.address);
    clean("town", &mut place.town);
    clean("postcode", &mut place.postcode);
    if let Some(comment) = &mut place.comment {
        clean("comment", comment);
    }
    for phone in &mut place.phones {
        clean("phone", phone);
    }
    (!fields.is_empty()).then(|| {
        format!(
            "control characters or text direction overrides (invisible codes) taken out of its {}",
            fields.join(", ")
        )
    })
}

/// Corrects swapped latitude and longitude; says so.
fn fix_coordinates(place: &mut Place) -> Option<String> {
    if !in_france(place.lat, place.lon) && in_france(place.lon, place.lat) {
        std::mem::swap(&mut place.lat, &mut place.lon);
        return Some(format!(
            "latitude and longitude were swapped; corrected to {}, {}",
            place.lat, place.lon
        ));
    }
    None
}

/// Writes the directory file whole, or not at all (a temporary file renamed).
pub fn write_directory(places: Vec<Place>, out: &Path, force: bool) -> Result<(), ImportError> {
    write_capped(
        places,
        out,
        force,
        crate::places::directory::MAX_DIRECTORY_BYTES,
    )
}

/// [`write_directory`], refusing a file of more than `cap` bytes.
fn write_capped(places: Vec<Place>, out: &Path, force: bool, cap: u64) -> Result<(), ImportError> {
    let refuse = |reason: String| ImportError::Refused {
        path: out.to_path_buf(),
        reason,
    };
    if places.is_empty() && !force {
        return Err(refuse(
            "nothing was imported, so nothing is written (the file is left as it was; --force writes an empty directory)".to_string(),
        ));
    }
    // A good directory is not replaced by a much smaller one without a word:
    // a cut file, a wrong area or a wrong format would empty a kiosk.
    if !force
        && out.is_file()
        && let Some(old) = places_in(out)
        && places.len() * 2 < old
    {
        return Err(refuse(format!(
            "it holds {old} places and this import has {}: less than half, so it is left as it was (check the input; --force replaces it)",
            places.len()
        )));
    }
    // Written as it is serialised, never held whole in memory; a directory
    // the kiosk would refuse to read (past its size cap) is not written.
    let file = DirectoryFile { places };
    let mut too_big = false;
    let written = crate::ops::atomic::write_output_with(out, |writer| {
        let mut capped = Capped {
            inner: writer,
            left: cap,
            over: &mut too_big,
        };
        serde_json::to_writer(&mut capped, &file).map_err(std::io::Error::other)
    });
    if too_big {
        return Err(refuse(format!(
            "the {} places make a directory over the {} bytes the kiosk reads: import only the kiosk's area (--near LAT,LON --radius KM)",
            file.places.len(),
            cap
        )));
    }
    written.map_err(|source| ImportError::Write {
        path: out.to_path_buf(),
        source,
    })
}

/// How many places the directory file `path` holds, counted as it is read
/// (not loaded: the old file may be as large as the new one); `None` when
/// it is not a directory file.
fn places_in(path: &Path) -> Option<usize> {
    let (file, _) =
        crate::ops::files::open(path, crate::places::directory::MAX_DIRECTORY_BYTES).ok()?;
    let mut count = 0;
    let found = json_records(
        std::io::BufReader::new(file),
        &["places"],
        false,
        &mut |_| count += 1,
    )
    .ok()?;
    found.then_some(count)
}

/// A writer that fails once `left` bytes are written, and says so in `over`.
struct Capped<'a, W: std::io::Write + ?Sized> {
    inner: &'a mut W,
    left: u64,
    over: &'a mut bool,
}

impl<W: std::io::Write + ?Sized> std::io::Write for Capped<'_, W> {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if data.len() as u64 > self.left {
            *self.over = true;
            return Err(std::io::Error::other("over the size cap"));
        }
        let n = self.inner.write(data)?;
        self.left -= n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A bar of the bytes read of a file of `len` bytes.
fn progress_bar(options: &Options, len: u64) -> indicatif::ProgressBar {
    if !options.progress {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} ({eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

// ---------------------------------------------------------------- France Services

const FS_DAYS: &[(&str, &str)] = &[
    ("h_lundi", "Mo"),
    ("h_mardi", "Tu"),
    ("h_mercredi", "We"),
    ("h_jeudi", "Th"),
    ("h_vendredi", "Fr"),
    ("h_samedi", "Sa"),
];

/// "09:00 - 12:00 / 13:30 - 17:00" → "09:00-12:00,13:30-17:00".
pub fn france_services_day(text: &str) -> Result<String, String> {
    let mut ranges = Vec::new();
    // The whole cell is quoted when a part of it is wrong: an empty part
    // ("09:00 - 12:00 /", a lone "-") would otherwise be shown as ''.
    let whole = |why: String| {
        let cell = format!("'{}'", text.trim());
        if why.starts_with(&cell) {
            why
        } else {
            format!("{cell}: {why}")
        }
    };
    for part in text.split('/') {
        if part.trim().is_empty() {
            return Err(format!("'{}' has an empty range beside a '/'", text.trim()));
        }
        let (from, to) = part.split_once('-').ok_or_else(|| {
            whole(format!(
                "'{}' is not a time range such as 09:00 - 12:00",
                part.trim()
            ))
        })?;
        ranges.extend(time_range(from, to).map_err(whole)?);
    }
    Ok(ranges.join(","))
}

/// "09:00 ", " 12:00" → "09:00-12:00"; a range that ends before it starts
/// (`12:00 - 09:00`) is refused, not read as open overnight. An empty range
/// (`00:00 - 00:00`, the France Services file's blank) is `None`.
fn time_range(from: &str, to: &str) -> Result<Option<String>, String> {
    let (start, end) = (clock(from)?, clock(to)?);
    if start == end {
        return Ok(None);
    }
    // Zero-padded: the strings order as the times do.
    if end < start {
        return Err(format!(
            "'{} - {}' ends before it starts (a service open past midnight is not expected)",
            from.trim(),
            to.trim()
        ));
    }
    Ok(Some(format!("{start}-{end}")))
}

/// "9:00", "09:00", "09:00:00", "09h00" → "09:00".
fn clock(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("a time is missing beside the '-'".to_string());
    }
    let t = text.trim().replace('h', ":");
    let mut parts = t.split(':');
    let hour: u32 = parts
        .next()
        .and_then(|h| h.trim().parse().ok())
        .ok_or_else(|| format!("'{}' is not a time", text.trim()))?;
    let minute: u32 = match parts.next().map(str::trim) {
        None | Some("") => 0,
        Some(m) => m.parse().unwrap_or(99),
    };
    if hour > 24 || minute > 59 {
        return Err(format!("'{}' is not a time", text.trim()));
    }
    Ok(format!("{hour:02}:{minute:02}"))
}

fn france_services(
    input: impl std::io::Read,
    len: u64,
    options: &Options,
    report: &mut Report,
    out: &mut Sink,
) -> Result<(), String> {
    let mut reader = csv::ReaderBuilder::new().from_reader(LastByte {
        inner: input,
        last: None,
    });
    let headers = reader
        .headers()
        .map_err(|e| match not_utf8(&e) {
            Some(why) => why,
            None => format!("cannot read the CSV header: {e}"),
        })?
        .clone();
    // A column given twice: which one holds the value is a guess.
    let mut names = std::collections::HashSet::new();
    if let Some(twice) = headers
        .iter()
        .map(str::trim)
        .find(|h| !h.is_empty() && !names.insert(*h))
    {
        return Err(format!(
            "the CSV has the column '{twice}' twice: keep one (which one holds the values cannot be guessed)"
        ));
    }
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let needed = [
        "id_fs",
        "lib_fs",
        "adresse",
        "code_postal",
        "lib_com",
        "latitude",
        "longitude",
    ];
    if let Some(missing) = needed.iter().find(|n| column(n).is_none()) {
        return Err(format!(
            "the CSV has no column '{missing}': is it the France Services list?"
        ));
    }
    // Without every day's column, a place's hours would be read as closed
    // on the missing days: the hours are left out instead, and said once.
    let missing_days: Vec<&str> = FS_DAYS
        .iter()
        .map(|(field, _)| *field)
        .filter(|field| column(field).is_none())
        .collect();
    if !missing_days.is_empty() {
        report.warnings.push((
            "header".to_string(),
            format!(
                "no column {}: every place's hours are left out",
                missing_days.join(", ")
            ),
        ));
    }
    let bar = progress_bar(options, len);
    let mut last_broken = false;
    for record in reader.records() {
        report.read += 1;
        if let Ok(r) = &record {
            bar.set_position(r.position().map_or(0, |p| p.byte()));
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                if let Some(why) = not_utf8(&e) {
                    return Err(why);
                }
                let line = e.position().map_or(0, |p| p.line());
                report
                    .rejected
                    .push((format!("line {line}"), format!("broken CSV: {e}")));
                last_broken = true;
                continue;
            }
        };
        last_broken = false;
        let line = record.position().map_or(0, |p| p.line());
        let at = format!("line {line}");
        let get = |name: &str| {
            column(name)
                .and_then(|i| record.get(i))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let (lat, lon) = match (
            get("latitude").parse::<f64>(),
            get("longitude").parse::<f64>(),
        ) {
            (Ok(lat), Ok(lon)) => (lat, lon),
            _ => {
                report.rejected.push((at, "no coordinates".into()));
                continue;
            }
        };
        let mut days = Vec::new();
        let mut hours_ok = true;
        for (field, day) in FS_DAYS {
            let value = get(field);
            if value.is_empty() {
                continue;
            }
            match france_services_day(&value) {
                // Only blanks (00:00 - 00:00): closed that day.
                Ok(ranges) if ranges.is_empty() => {}
                Ok(ranges) => days.push(format!("{day} {ranges}")),
                Err(why) => {
                    report
                        .warnings
                        .push((at.clone(), format!("{field}: {why}; hours left out")));
                    hours_ok = false;
                }
            }
        }
        let opening_hours =
            (hours_ok && missing_days.is_empty() && !days.is_empty()).then(|| days.join("; "));
        let mut comment = Vec::new();
        if let Some(c) = non_empty(&get("commentaire")) {
            comment.push(c);
        }
        let format_fs = get("format_fs");
        if format_fs.starts_with("Bus") || format_fs.starts_with("Itin") {
            comment
                .push("France services itinérante : l'adresse est son point de base.".to_string());
        }
        let mut address = get("adresse");
        if let Some(complement) = non_empty(&get("complement_adresse")) {
            address = format!("{address}, {complement}");
        }
        out.push((
            at,
            Place {
                id: format!("fs-{}", get("id_fs")),
                name: get("lib_fs"),
                kinds: vec!["france-services".into()],
                address,
                postcode: get("code_postal"),
                town: get("lib_com"),
                lat,
                lon,
                phones: non_empty(&get("telephone")).into_iter().collect(),
                email: non_empty(&get("mail")),
                website: None,
                opening_hours,
                appointment: match get("prise_rdv").as_str() {
                    "Oui" => Some(true),
                    "Non" => Some(false),
                    _ => None,
                },
                comment: (!comment.is_empty()).then(|| comment.join(" ")),
                publics: Vec::new(),
                free: None,
                modes: Vec::new(),
                source: "ANCT, liste des structures France services".into(),
                source_date: options.source_date.clone().unwrap_or_default(),
            },
        ));
    }
    bar.finish_and_clear();
    report.cut_short = last_broken && reader.get_ref().last != Some(b'\n');
    Ok(())
}

/// A CSV file that is not UTF-8 is refused whole, with its first such line:
/// every row with an accent would be rejected otherwise.
fn not_utf8(e: &csv::Error) -> Option<String> {
    match e.kind() {
        csv::ErrorKind::Utf8 { pos, .. } => Some(format!(
            "line {} is not UTF-8 text (Latin-1 or UTF-16?): save the file as UTF-8",
            pos.as_ref().map_or(1, csv::Position::line)
        )),
        _ => None,
    }
}

/// A reader that remembers the last byte it gave (a file cut short ends
/// without a line break).
struct LastByte<R> {
    inner: R,
    last: Option<u8>,
}

impl<R: std::io::Read> std::io::Read for LastByte<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            self.last = Some(buf[n - 1]);
        }
        Ok(n)
    }
}

// ---------------------------------------------------------------- DILA

/// DILA's local office types the kiosk shows, and their kinds.
const DILA_KINDS: &[(&str, &str)] = &[
    ("france_services", "france-services"),
    ("ccas", "ccas"),
    ("cias", "ccas"),
    ("caf", "caf"),
    ("cpam", "cpam"),
    ("pmi", "pmi"),
    ("mairie", "mairie"),
    ("centre_social", "social-services"),
    ("maison_solidarite", "social-services"),
    ("planning_familial", "planning"),
];

const DAYS_FR: &[(&str, &str)] = &[
    ("lundi", "Mo"),
    ("mardi", "Tu"),
    ("mercredi", "We"),
    ("jeudi", "Th"),
    ("vendredi", "Fr"),
    ("samedi", "Sa"),
    ("dimanche", "Su"),
];

/// A nested field: an array in the bulk file, a JSON-encoded string through the API.
fn nested(record: &Value, field: &str) -> Result<Vec<Value>, String> {
    match record.get(field) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items.clone()),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(Vec::new()),
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(Value::Array(items)) => Ok(items),
            Ok(other) => Ok(vec![other]),
            Err(e) => Err(format!("field '{field}' is not valid JSON: {e}")),
        },
        Some(other) => Ok(vec![other.clone()]),
    }
}

/// "a string", "a list"...: what a JSON value is, for a message.
fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn text_of(value: &Value, field: &str) -> String {
    match value.get(field) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn day_code(name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    DAYS_FR
        .iter()
        .find(|(fr, _)| *fr == name)
        .map(|(_, code)| *code)
}

/// DILA's `plage_ouverture` → OSM opening hours, and the comments found.
pub fn dila_hours(ranges: &[Value]) -> Result<(Option<String>, Vec<String>), String> {
    let mut rules = Vec::new();
    let mut comments = Vec::new();
    for range in ranges {
        let first = text_of(range, "nom_jour_debut");
        let last = text_of(range, "nom_jour_fin");
        let from = day_code(&first).ok_or_else(|| format!("'{first}' is not a day"))?;
        let to = if last.is_empty() {
            from
        } else {
            day_code(&last).ok_or_else(|| format!("'{last}' is not a day"))?
        };
        let days = if from == to {
            from.to_string()
        } else {
            format!("{from}-{to}")
        };
        let mut times = Vec::new();
        for n in ["1", "2"] {
            let start = text_of(range, &format!("valeur_heure_debut_{n}"));
            let end = text_of(range, &format!("valeur_heure_fin_{n}"));
            if start.is_empty() && end.is_empty() {
                continue;
            }
            times.extend(time_range(&start, &end)?);
        }
        if !times.is_empty() {
            rules.push(format!("{days} {}", times.join(",")));
        }
        if let Some(c) = non_empty(&text_of(range, "commentaire")) {
            comments.push(c);
        }
    }
    Ok(((!rules.is_empty()).then(|| rules.join("; ")), comments))
}

fn dila(
    mut input: impl std::io::BufRead,
    len: u64,
    options: &Options,
    report: &mut Report,
    out: &mut Sink,
) -> Result<(), String> {
    json_start(&mut input)?;
    let bar = progress_bar(options, len);
    let mut index = 0;
    // serde_json reads a byte at a time: the buffer above the bar lets it
    // count blocks, not bytes.
    let found = json_records(
        std::io::BufReader::new(bar.wrap_read(input)),
        &["service", "results"],
        true,
        &mut |record| {
            dila_one(index, &record, report, out);
            index += 1;
        },
    )
    .map_err(|e| json_error(&e, "DILA"))?;
    bar.finish_and_clear();
    if !found {
        return Err("no 'service' (bulk file) or 'results' (API) list of records".into());
    }
    Ok(())
}

/// Readies a JSON file read as it comes: a UTF-8 byte-order mark left out,
/// a UTF-16 file refused with how to mend it.
fn json_start(input: &mut (impl std::io::BufRead + ?Sized)) -> Result<(), String> {
    let cannot = |e: std::io::Error| format!("cannot read: {e}");
    if input
        .fill_buf()
        .map_err(cannot)?
        .starts_with(b"\xef\xbb\xbf")
    {
        input.consume(3);
    }
    let head = input.fill_buf().map_err(cannot)?;
    if head.starts_with(b"\xff\xfe")
        || head.starts_with(b"\xfe\xff")
        || head.iter().take(4).any(|b| *b == 0)
    {
        return Err("line 1 is not UTF-8 text (UTF-16?): save the file as UTF-8".into());
    }
    Ok(())
}

/// What a JSON reading error says of a file in `format` (DILA, data·inclusion).
fn json_error(e: &serde_json::Error, format: &str) -> String {
    if e.is_data() {
        format!("not a {format} file: expected an object or a list")
    } else if e.to_string().contains("invalid unicode code point") {
        format!(
            "line {} is not UTF-8 text (Latin-1?): save the file as UTF-8",
            e.line()
        )
    } else {
        format!("line {}: not valid JSON: {e}", e.line())
    }
}

/// Reads the JSON of `input` as it comes and gives `each` its records one at
/// a time: the file is a list of records, or an object whose first key of
/// `keys` holds that list. Whether such a list was found.
fn json_records(
    input: impl std::io::Read,
    keys: &[&str],
    list_at_root: bool,
    each: &mut dyn FnMut(Value),
) -> Result<bool, serde_json::Error> {
    let mut records = JsonRecords {
        keys,
        list_at_root,
        each,
        found: false,
    };
    let mut deserializer = serde_json::Deserializer::from_reader(input);
    serde::de::DeserializeSeed::deserialize(&mut records, &mut deserializer)?;
    deserializer.end()?;
    Ok(records.found)
}

struct JsonRecords<'a> {
    keys: &'a [&'a str],
    /// Whether a file that is a list holds the records (otherwise only one
    /// of `keys` does, and a list at the root is passed over).
    list_at_root: bool,
    each: &'a mut dyn FnMut(Value),
    found: bool,
}

impl JsonRecords<'_> {
    fn records<'de, A: serde::de::SeqAccess<'de>>(&mut self, mut seq: A) -> Result<(), A::Error> {
        self.found = true;
        while let Some(record) = seq.next_element::<Value>()? {
            (self.each)(record);
        }
        Ok(())
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for &mut JsonRecords<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for &mut JsonRecords<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object or a list")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.list_at_root {
            return self.records(seq);
        }
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if !self.found && self.keys.contains(&key.as_str()) {
                map.next_value_seed(ListOnly(&mut *self))?;
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// The value of a key that should hold the list of records: read when it
/// is a list, passed over otherwise.
struct ListOnly<'a, 'b>(&'a mut JsonRecords<'b>);

impl<'de> serde::de::DeserializeSeed<'de> for ListOnly<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for ListOnly<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of records")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        self.0.records(seq)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map
            .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
            .is_some()
        {}
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
}

/// How a message names the `index`-th record of a JSON file: by its id, or
/// by its number when it has none.
fn record_at(index: usize, id: &str) -> String {
    if id.is_empty() {
        format!("record {}", index + 1)
    } else {
        format!("record {id}")
    }
}

/// One record of a DILA file, the `index`-th: its place added to `out`, or
/// why not to `report`.
fn dila_one(index: usize, record: &Value, report: &mut Report, out: &mut Sink) {
    report.read += 1;
    let id = text_of(record, "id");
    let at = record_at(index, &id);
    if !record.is_object() {
        report.rejected.push((
            at,
            format!("not a record (a JSON object) but {}", json_kind(record)),
        ));
        return;
    }
    match dila_record(record, &id) {
        Ok(Some((place, warnings))) => {
            for w in warnings {
                report.warnings.push((at.clone(), w));
            }
            out.push((at, place));
        }
        Ok(None) => {
            let types = nested(record, "pivot").unwrap_or_default();
            let name = types
                .first()
                .map_or_else(|| "none".to_string(), |p| text_of(p, "type_service_local"));
            *report.skipped.entry(name).or_default() += 1;
        }
        Err(why) => report.rejected.push((at, why)),
    }
}

/// One DILA record: `None` when it is not a kind the kiosk shows.
fn dila_record(record: &Value, id: &str) -> Result<Option<(Place, Vec<String>)>, String> {
    let mut kinds: Vec<String> = Vec::new();
    for pivot in nested(record, "pivot")? {
        let kind = text_of(&pivot, "type_service_local");
        if let Some((_, k)) = DILA_KINDS.iter().find(|(t, _)| *t == kind)
            && !kinds.iter().any(|x| x == k)
        {
            kinds.push((*k).to_string());
        }
    }
    if kinds.is_empty() {
        return Ok(None);
    }
    if id.is_empty() {
        return Err("no id".into());
    }
    let addresses = nested(record, "adresse")?;
    let address = addresses
        .iter()
        .find(|a| !text_of(a, "latitude").is_empty())
        .or_else(|| addresses.first())
        .ok_or("no address")?;
    let (lat, lon) = match (
        text_of(address, "latitude").parse::<f64>(),
        text_of(address, "longitude").parse::<f64>(),
    ) {
        (Ok(lat), Ok(lon)) => (lat, lon),
        _ => return Err("no coordinates".into()),
    };
    let street: Vec<String> = [
        "numero_voie",
        "complement1",
        "complement2",
        "service_distribution",
    ]
    .iter()
    .filter_map(|f| non_empty(&text_of(address, f)))
    .collect();
    let mut warnings = Vec::new();
    let (opening_hours, mut comments) = match dila_hours(&nested(record, "plage_ouverture")?) {
        Ok(found) => found,
        Err(why) => {
            warnings.push(format!("plage_ouverture: {why}; hours left out"));
            (None, Vec::new())
        }
    };
    if let Some(c) = non_empty(&text_of(record, "commentaire_plage_ouverture")) {
        comments.push(c);
    }
    let phones = nested(record, "telephone")?
        .iter()
        .filter_map(|t| non_empty(&text_of(t, "valeur")).or_else(|| t.as_str().and_then(non_empty)))
        .collect();
    let email = nested(record, "adresse_courriel")?
        .first()
        .and_then(|e| e.as_str().and_then(non_empty));
    let website = nested(record, "site_internet")?
        .first()
        .and_then(|s| non_empty(&text_of(s, "valeur")));
    // "09/08/2023 13:30:19" → "2023-08-09"
    let modified = text_of(record, "date_modification");
    let source_date = match modified.get(..10).map(|d| d.split('/').collect::<Vec<_>>()) {
        Some(parts) if parts.len() == 3 => format!("{}-{}-{}", parts[2], parts[1], parts[0]),
        _ => String::new(),
    };
    Ok(Some((
        Place {
            id: format!("dila-{id}"),
            name: text_of(record, "nom"),
            kinds,
            address: street.join(", "),
            postcode: text_of(address, "code_postal"),
            town: text_of(address, "nom_commune"),
            lat,
            lon,
            phones,
            email,
            website,
            opening_hours,
            appointment: None,
            comment: (!comments.is_empty()).then(|| comments.join(" ")),
            publics: Vec::new(),
            free: None,
            modes: Vec::new(),
            source: "DILA, Annuaire de l'administration (service-public.gouv.fr)".into(),
            source_date,
        },
        warnings,
    )))
}

// ---------------------------------------------------------------- data·inclusion

const NETWORK_KINDS: &[(&str, &str)] = &[
    ("pimms-mediation", "pimms"),
    ("france-service", "france-services"),
    ("ccas-cias", "ccas"),
    ("cpam", "cpam"),
    ("caf", "caf"),
    ("maisons-des-solidarites", "social-services"),
];

/// What a structure's services say about who they are for, their fees and
/// how they receive people, gathered from a data·inclusion `services` list.
#[derive(Debug, Default)]
struct ServicesOf {
    publics: Vec<String>,
    fees: Vec<String>,
    modes: Vec<String>,
}

/// The services of a data·inclusion `services` list (or of the `services`
/// of a file holding both), by structure id. A service without a
/// `structure_id` is reported and left out.
fn data_inclusion_services(
    services: &[Value],
    report: &mut Report,
) -> std::collections::HashMap<String, ServicesOf> {
    let mut by_structure: std::collections::HashMap<String, ServicesOf> = Default::default();
    let strings = |record: &Value, field: &str| -> Vec<String> {
        match record.get(field) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Some(Value::String(one)) => vec![one.clone()],
            _ => Vec::new(),
        }
    };
    for (index, service) in services.iter().enumerate() {
        let structure = text_of(service, "structure_id");
        if structure.is_empty() {
            report.warnings.push((
                format!("service {}", index + 1),
                "no structure_id: left out".into(),
            ));
            continue;
        }
        let entry = by_structure.entry(structure).or_default();
        for (list, field) in [
            (&mut entry.publics, "publics"),
            (&mut entry.fees, "frais"),
            (&mut entry.modes, "modes_accueil"),
        ] {
            for value in strings(service, field) {
                if !list.contains(&value) {
                    list.push(value);
                }
            }
        }
    }
    by_structure
}

fn data_inclusion<'a>(
    open: &dyn Fn() -> Result<Box<dyn std::io::BufRead + 'a>, String>,
    services_text: Option<&str>,
    report: &mut Report,
    out: &mut Sink,
) -> Result<(), String> {
    let json_error = |e: serde_json::Error| json_error(&e, "data·inclusion");
    let start = |mut input: Box<dyn std::io::BufRead + 'a>| {
        json_start(&mut input)?;
        Ok::<_, String>(input)
    };
    // First pass: the services under "services", if the file has them.
    let mut services: Vec<Value> = Vec::new();
    json_records(start(open()?)?, &["services"], false, &mut |service| {
        services.push(service)
    })
    .map_err(json_error)?;
    if let Some(text) = services_text {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| format!("services file, line {}: not valid JSON: {e}", e.line()))?;
        match value {
            Value::Array(items) => services.extend(items),
            Value::Object(mut map) => {
                match map.remove("services").or_else(|| map.remove("items")) {
                    Some(Value::Array(items)) => services.extend(items),
                    _ => return Err("services file: no list of services".into()),
                }
            }
            _ => return Err("services file: not a data·inclusion services list".into()),
        }
    }
    let services = data_inclusion_services(&services, report);
    // Second pass: the structures, a record at a time.
    let mut index = 0;
    let found = json_records(
        start(open()?)?,
        &["structures", "items"],
        true,
        &mut |record| {
            data_inclusion_one(index, &record, &services, report, out);
            index += 1;
        },
    )
    .map_err(json_error)?;
    if !found {
        return Err("no list of structures".into());
    }
    Ok(())
}

/// One structure of a data·inclusion file, the `index`-th: its place added
/// to `out`, or why not to `report`.
fn data_inclusion_one(
    index: usize,
    record: &Value,
    services: &std::collections::HashMap<String, ServicesOf>,
    report: &mut Report,
    out: &mut Sink,
) {
    {
        report.read += 1;
        let id = text_of(record, "id");
        let at = record_at(index, &id);
        if id.is_empty() {
            report.rejected.push((at, "no id".into()));
            return;
        }
        let number = |f: &str| match record.get(f) {
            Some(Value::Number(n)) => n.as_f64(),
            Some(Value::String(s)) => s.trim().parse().ok(),
            _ => None,
        };
        let (Some(lat), Some(lon)) = (number("latitude"), number("longitude")) else {
            report.rejected.push((at, "no coordinates".into()));
            return;
        };
        let mut kinds: Vec<String> = Vec::new();
        // A list of networks, or one network written as a string (seen in
        // files made by hand): both name the place's kind.
        let networks: Vec<&str> = match record.get("reseaux_porteurs") {
            Some(Value::Array(networks)) => networks.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(one)) => one.split(',').map(str::trim).collect(),
            _ => Vec::new(),
        };
        for n in networks {
            if let Some((_, k)) = NETWORK_KINDS.iter().find(|(code, _)| *code == n)
                && !kinds.iter().any(|x| x == k)
            {
                kinds.push((*k).to_string());
            }
        }
        if kinds.is_empty() {
            kinds.push("association".into());
        }
        let mut address = text_of(record, "adresse");
        if let Some(c) = non_empty(&text_of(record, "complement_adresse")) {
            address = format!("{address}, {c}");
        }
        let source = match non_empty(&text_of(record, "source")) {
            Some(s) => format!("data·inclusion ({s})"),
            None => "data·inclusion".to_string(),
        };
        let offered = services.get(&id);
        let publics: Vec<String> = offered
            .map(|s| {
                s.publics
                    .iter()
                    .filter(|p| p.as_str() != "tous-publics")
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        // Free only when every service that says so is free (a place with
        // one paid service is not "free").
        let free = offered.and_then(|s| match s.fees.as_slice() {
            [one] if one == "gratuit" => Some(true),
            [one] if one == "payant" => Some(false),
            _ => None,
        });
        let modes = offered.map(|s| s.modes.clone()).unwrap_or_default();
        out.push((
            at,
            Place {
                id: format!("di-{id}"),
                name: text_of(record, "nom"),
                kinds,
                address,
                postcode: text_of(record, "code_postal"),
                town: text_of(record, "commune"),
                lat,
                lon,
                phones: non_empty(&text_of(record, "telephone"))
                    .into_iter()
                    .collect(),
                email: non_empty(&text_of(record, "courriel")),
                website: non_empty(&text_of(record, "site_web")),
                opening_hours: non_empty(&text_of(record, "horaires_accueil")),
                appointment: None,
                comment: None,
                publics,
                free,
                modes,
                source,
                source_date: text_of(record, "date_maj"),
            },
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(i: usize) -> Place {
        Place {
            id: format!("p{i}"),
            name: format!("Place {i}"),
            kinds: vec!["ccas".into()],
            address: "1 rue A".into(),
            postcode: "69001".into(),
            town: "Lyon".into(),
            lat: 45.76,
            lon: 4.83,
            phones: Vec::new(),
            email: None,
            website: None,
            opening_hours: None,
            appointment: None,
            comment: None,
            publics: Vec::new(),
            free: None,
            modes: Vec::new(),
            source: "test".into(),
            source_date: String::new(),
        }
    }

    /// An import keeps at most MAX_PLACES places, and says how many it met
    /// rather than holding them all (a 200 MB file of kept rows took 650 MB).
    #[test]
    fn an_import_past_the_most_places_is_refused_with_the_count() {
        let options = Options::default();
        let mut sink = Sink::new(&options);
        for i in 0..MAX_PLACES + 5 {
            sink.push((format!("line {i}"), place(i)));
        }
        assert_eq!(sink.places.len(), MAX_PLACES);
        let err = sink.finish(Report::default()).expect_err("refused");
        assert!(
            err.to_string().starts_with(&format!(
                "{} places to keep, more than the {MAX_PLACES}",
                MAX_PLACES + 5
            )),
            "{err}"
        );
    }

    /// A directory the kiosk would refuse to read (past its size cap) is not
    /// written, and the file there is left as it was, with no temporary.
    #[test]
    fn a_directory_past_the_size_cap_is_not_written() {
        let dir = std::env::temp_dir().join(format!("passerelle-cap-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let out = dir.join("directory.json");
        write_capped(vec![place(0)], &out, false, 10_000).expect("small enough");
        let before = std::fs::read(&out).expect("read");
        let places: Vec<Place> = (0..100).map(place).collect();
        let err = write_capped(places.clone(), &out, false, 10_000).expect_err("too big");
        assert!(
            err.to_string()
                .contains("the 100 places make a directory over the 10000 bytes the kiosk reads"),
            "{err}"
        );
        assert_eq!(std::fs::read(&out).expect("read"), before);
        assert_eq!(std::fs::read_dir(&dir).expect("ls").count(), 1);
        write_capped(places, &out, false, 100_000).expect("under the cap");
        let _ = std::fs::remove_dir_all(dir);
    }
}

//! Optional anonymous usage counts, off unless the operator sets a stats
//! folder: per day only, how many times each language was chosen, each topic
//! opened and each outcome shown. No time finer than the day, no sequence,
//! nothing a visitor typed or answered. Each day's file is written whole
//! (`ops::atomic`: synced, then renamed), so a power cut loses at most the
//! last count; a day file that cannot be read is kept aside and said in the
//! log, never silently reset.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::clock::Date;

/// Counts under this are shown as "<5" in the report: too few to be anonymous.
pub const HIDE_BELOW: u64 = 5;

/// One day's counts.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    #[serde(default)]
    pub language: BTreeMap<String, u64>,
    #[serde(default)]
    pub topic: BTreeMap<String, u64>,
    #[serde(default)]
    pub outcome: BTreeMap<String, u64>,
}

/// One day's counts with its date (YYYY-MM-DD).
pub type Dated = (String, Day);

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    Language(&'a str),
    Topic(&'a str),
    Outcome(&'a str),
}

/// The stats folder.
#[derive(Debug, Clone)]
pub struct Stats {
    folder: PathBuf,
}

impl Stats {
    pub fn new(folder: PathBuf) -> Stats {
        Stats { folder }
    }

    fn file(&self, day: Date) -> PathBuf {
        self.folder.join(format!("{day}.json"))
    }

    /// Counts one event on `day`, in the file `YYYY-MM-DD.json`. A failure is logged, never
    /// shown: counting must not disturb a visitor.
    pub fn count(&self, day: Date, event: Event<'_>) {
        if let Err(message) = self.try_count(day, event) {
            crate::log::warn(&format!("stats: {message}"));
        }
    }

    fn try_count(&self, day: Date, event: Event<'_>) -> Result<(), StatsError> {
        std::fs::create_dir_all(&self.folder).map_err(|e| StatsError::io(&self.folder, e))?;
        let path = self.file(day);
        let mut counts = match read_day(&path) {
            Ok(counts) => counts,
            Err(StatsError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                Day::default()
            }
            Err(problem) => {
                // A day file that cannot be read is kept aside, never
                // overwritten: the day starts again from zero, and says so.
                let aside = path.with_extension("json.unreadable");
                std::fs::rename(&path, &aside).map_err(|e| StatsError::io(&path, e))?;
                crate::log::warn(&format!(
                    "stats: {problem}; kept as {} and the day counted again from zero",
                    aside.display()
                ));
                Day::default()
            }
        };
        let (map, key) = match event {
            Event::Language(k) => (&mut counts.language, k),
            Event::Topic(k) => (&mut counts.topic, k),
            Event::Outcome(k) => (&mut counts.outcome, k),
        };
        *map.entry(key.to_string()).or_default() += 1;
        let json = serde_json::to_string_pretty(&counts)?;
        crate::ops::atomic::write(&path, json.as_bytes()).map_err(|e| StatsError::io(&path, e))
    }

    /// Every day's counts, oldest first. A day file that cannot be read is
    /// left out of them, and said in the second list.
    pub fn days(&self) -> Result<Vec<Dated>, StatsError> {
        self.days_and_problems().map(|(days, _)| days)
    }

    /// Every readable day's counts, oldest first, and the day files that
    /// cannot be read, each with why.
    pub fn days_and_problems(&self) -> Result<(Vec<Dated>, Vec<String>), StatsError> {
        let entries =
            std::fs::read_dir(&self.folder).map_err(|e| StatsError::io(&self.folder, e))?;
        let mut days = Vec::new();
        let mut problems = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if path.extension().is_some_and(|e| e == "json") && !name.starts_with('.') {
                // Only a day's file is a day: a note or a copy beside them is
                // said, not printed as a day called "notes".
                if name.parse::<jiff::civil::Date>().is_err() || name.len() != 10 {
                    problems.push(format!(
                        "{}: not a day's counts (a day's file is named YYYY-MM-DD.json): left out",
                        path.display()
                    ));
                    continue;
                }
                match read_day(&path) {
                    Ok(day) => days.push((name.to_string(), day)),
                    Err(problem) => problems.push(format!("{problem}: left out")),
                }
            }
        }
        days.sort_by(|a, b| a.0.cmp(&b.0));
        problems.sort();
        Ok((days, problems))
    }

    /// The report `passerelle stats` prints: small counts hidden, and the
    /// day files that cannot be read named at the end.
    pub fn report(&self) -> Result<String, StatsError> {
        let mut out = String::new();
        let (days, problems) = self.days_and_problems()?;
        for (day, counts) in days {
            out.push_str(&format!("{day}\n"));
            for (what, map) in [
                ("language", &counts.language),
                ("topic", &counts.topic),
                ("outcome", &counts.outcome),
            ] {
                for (key, n) in map {
                    let shown = if *n < HIDE_BELOW {
                        format!("<{HIDE_BELOW}")
                    } else {
                        n.to_string()
                    };
                    out.push_str(&format!("  {what} {key}: {shown}\n"));
                }
            }
        }
        for problem in problems {
            out.push_str(&format!("unreadable: {problem}\n"));
        }
        Ok(out)
    }
}

/// Why the counts could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: line {}: {source}", path.display(), source.line())]
    Day {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{0}")]
    Json(#[from] serde_json::Error),
}

impl StatsError {
    fn io(path: &Path, source: std::io::Error) -> StatsError {
        StatsError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

fn read_day(path: &Path) -> Result<Day, StatsError> {
    if !path.exists() {
        return Err(StatsError::io(
            path,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        ));
    }
    let text = crate::ops::files::read_text(path, crate::ops::files::MAX_SMALL_BYTES)
        .map_err(|e| StatsError::io(path, std::io::Error::other(e)))?;
    serde_json::from_str(&text).map_err(|source| StatsError::Day {
        path: path.to_path_buf(),
        source,
    })
}

//! Optional anonymous usage counts, off unless the operator sets a stats
//! folder: per day only, how many times each language was chosen, each topic
//! opened and each outcome shown. No time finer than the day, no sequence,
//! nothing a visitor typed or answered. Each day's file is written whole
//! (a temporary file renamed), so a power cut loses at most the last count.

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
        let mut counts = read_day(&path).unwrap_or_default();
        let (map, key) = match event {
            Event::Language(k) => (&mut counts.language, k),
            Event::Topic(k) => (&mut counts.topic, k),
            Event::Outcome(k) => (&mut counts.outcome, k),
        };
        *map.entry(key.to_string()).or_default() += 1;
        let json = serde_json::to_string_pretty(&counts)?;
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, json).map_err(|e| StatsError::io(&tmp, e))?;
        std::fs::rename(&tmp, &path).map_err(|e| StatsError::io(&path, e))
    }

    /// Every day's counts, oldest first.
    pub fn days(&self) -> Result<Vec<(String, Day)>, StatsError> {
        let entries =
            std::fs::read_dir(&self.folder).map_err(|e| StatsError::io(&self.folder, e))?;
        let mut days = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if path.extension().is_some_and(|e| e == "json") {
                let day = read_day(&path)?;
                days.push((name.to_string(), day));
            }
        }
        days.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(days)
    }

    /// The report `passerelle stats` prints: small counts hidden.
    pub fn report(&self) -> Result<String, StatsError> {
        let mut out = String::new();
        for (day, counts) in self.days()? {
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
    let text = std::fs::read_to_string(path).map_err(|e| StatsError::io(path, e))?;
    serde_json::from_str(&text).map_err(|source| StatsError::Day {
        path: path.to_path_buf(),
        source,
    })
}

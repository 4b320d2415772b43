//! The national emergency and help lines (content/emergency.toml and
//! content/national.toml). Read from TOML with unknown fields refused, then
//! checked against the translations and the pictograms the UI has.

use serde::Deserialize;
use toml::value::Datetime;

use crate::clock::{Date, from_toml};

use crate::content::files::Files;
use crate::content::i18n::{Catalog, SOURCE_LANGUAGE};
use crate::content::problem::{Problem, read_toml};

pub const EMERGENCY_FILE: &str = "emergency.toml";
pub const NATIONAL_FILE: &str = "national.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EmergencyToml {
    verified: Datetime,
    source: Vec<SourceToml>,
    line: Vec<LineToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    id: String,
    name: String,
    /// A date, or "n.d." when the source shows none.
    date: Option<toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LineToml {
    number: String,
    message: String,
    icon: String,
    free: bool,
    hours: Hours,
    /// The hours were read only from third parties: shown "to be confirmed".
    #[serde(default, rename = "hours-to-confirm")]
    hours_to_confirm: bool,
    #[serde(default)]
    sms: bool,
    website: Option<String>,
    source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hours {
    /// 24 hours a day, 7 days a week.
    Always,
    /// The source does not say.
    Unknown,
    /// The message `<message>-hours` gives them.
    Listed,
}

/// Where a fact was read, and the date that source gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub name: String,
    pub date: Option<Date>,
}

/// A national phone line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyLine {
    /// As dialled in France.
    pub number: String,
    /// Prefix of the messages `<message>-name` and `<message>-what`.
    pub message: String,
    pub icon: String,
    pub free: bool,
    pub hours: Hours,
    pub hours_to_confirm: bool,
    pub sms: bool,
    pub website: Option<String>,
    /// Index into `Emergency::sources`.
    pub source: usize,
}

impl EmergencyLine {
    pub fn name_id(&self) -> String {
        format!("{}-name", self.message)
    }
    pub fn what_id(&self) -> String {
        format!("{}-what", self.message)
    }
    pub fn hours_id(&self) -> String {
        format!("{}-hours", self.message)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emergency {
    /// When these lines were last checked against their sources.
    pub verified: Date,
    pub sources: Vec<Source>,
    pub lines: Vec<EmergencyLine>,
}

impl Emergency {
    /// No line: what is shown when a list cannot be read at all.
    pub fn empty() -> Emergency {
        Emergency {
            verified: jiff::civil::date(1970, 1, 1),
            sources: Vec::new(),
            lines: Vec::new(),
        }
    }

    /// The sources the lines use, in the order of the lines, each once.
    pub fn used_sources(&self) -> Vec<&Source> {
        let mut out: Vec<&Source> = Vec::new();
        for line in &self.lines {
            if let Some(source) = self.sources.get(line.source)
                && !out.iter().any(|s| s.id == source.id)
            {
                out.push(source);
            }
        }
        out
    }
}

/// The national lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lines {
    pub emergency: Emergency,
    /// The national lines shown with the places nearby.
    pub national: Emergency,
}

impl Lines {
    /// No line: what is kept when neither list can be read.
    pub fn empty() -> Lines {
        Lines {
            emergency: Emergency::empty(),
            national: Emergency::empty(),
        }
    }

    /// Reads and checks the lines of `files` against `catalog`. Returns the
    /// lines when they could be read (even with problems), and every problem.
    pub fn load(files: &Files, catalog: &Catalog) -> (Option<Lines>, Vec<Problem>) {
        let mut problems = Vec::new();
        let emergency = load_lines(files, EMERGENCY_FILE, catalog, &mut problems);
        let national = load_lines(files, NATIONAL_FILE, catalog, &mut problems);
        // Each list stands alone: a broken one does not take the other down.
        if emergency.is_none() && national.is_none() {
            return (None, problems);
        }
        let lines = Lines {
            emergency: emergency.unwrap_or_else(Emergency::empty),
            national: national.unwrap_or_else(Emergency::empty),
        };
        (Some(lines), problems)
    }
}

fn load_lines(
    files: &Files,
    name: &str,
    catalog: &Catalog,
    problems: &mut Vec<Problem>,
) -> Option<Emergency> {
    let file = files.display(name);
    let text = match files.read_text(name) {
        Ok(text) => text,
        Err(message) => {
            problems.push(Problem::new(&file, None, message));
            return None;
        }
    };
    let (parsed, toml): (EmergencyToml, _) = match read_toml(&file, &text) {
        Ok(read) => read,
        Err(problem) => {
            problems.push(problem);
            return None;
        }
    };
    let table_line = |table: &str, index: usize| toml.at(&format!("{table}[{index}]"));

    let Some(verified) = from_toml(&parsed.verified) else {
        problems.push(Problem::at(
            &file,
            toml.at("verified"),
            "'verified' must be a date such as 2026-11-27",
        ));
        return None;
    };

    let mut sources = Vec::new();
    for (i, source) in parsed.source.iter().enumerate() {
        let line = table_line("source", i);
        let date = match &source.date {
            Some(toml::Value::Datetime(value)) if from_toml(value).is_some() => from_toml(value),
            Some(toml::Value::String(text)) if text == crate::content::guides::NO_DATE => None,
            Some(_) => {
                problems.push(Problem::at(
                    &file,
                    line,
                    format!(
                        "source '{}': 'date' must be a date such as 2026-06-24, or \"n.d.\" when the source shows none",
                        source.id
                    ),
                ));
                None
            }
            None => {
                problems.push(Problem::at(
                    &file,
                    line,
                    format!(
                        "source '{}' has no date: give the date the source shows, or date = \"n.d.\" when it shows none",
                        source.id
                    ),
                ));
                None
            }
        };
        if source.name.trim().is_empty() {
            problems.push(Problem::at(
                &file,
                line,
                format!("source '{}' has no name", source.id),
            ));
        }
        if sources.iter().any(|s: &Source| s.id == source.id) {
            problems.push(Problem::at(
                &file,
                line,
                format!("source '{}' is listed twice", source.id),
            ));
        }
        sources.push(Source {
            id: source.id.clone(),
            name: source.name.clone(),
            date,
        });
    }

    let mut lines = Vec::new();
    for (i, line_toml) in parsed.line.into_iter().enumerate() {
        let line = table_line("line", i);
        let mut ok = true;
        if !line_toml.number.starts_with(|c: char| c.is_ascii_digit())
            || !line_toml
                .number
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ')
        {
            problems.push(Problem::at(
                &file,
                line,
                format!(
                    "number '{}' must be digits (and spaces) only",
                    line_toml.number
                ),
            ));
            ok = false;
        }
        if !crate::ui_ids::UI_ICON_NAMES.contains(&line_toml.icon.as_str()) {
            problems.push(Problem::at(
                &file,
                line,
                format!(
                    "icon '{}' is not one the UI has ({})",
                    line_toml.icon,
                    crate::ui_ids::UI_ICON_NAMES.join(", ")
                ),
            ));
        }
        let source = sources.iter().position(|s| s.id == line_toml.source);
        if source.is_none() {
            problems.push(Problem::at(
                &file,
                line,
                format!(
                    "source '{}' is not listed under [[source]]",
                    line_toml.source
                ),
            ));
            ok = false;
        }
        let entry = EmergencyLine {
            number: line_toml.number,
            message: line_toml.message,
            icon: line_toml.icon,
            free: line_toml.free,
            hours: line_toml.hours,
            hours_to_confirm: line_toml.hours_to_confirm,
            sms: line_toml.sms,
            website: line_toml.website,
            source: source.unwrap_or(0),
        };
        let mut ids = vec![entry.name_id(), entry.what_id()];
        if entry.hours == Hours::Listed {
            ids.push(entry.hours_id());
        }
        for id in ids {
            if !catalog.has_message(SOURCE_LANGUAGE, &id) {
                problems.push(Problem::at(
                    &file,
                    line,
                    format!("message '{id}' does not exist in locales/{SOURCE_LANGUAGE}"),
                ));
            }
        }
        if lines
            .iter()
            .any(|l: &EmergencyLine| l.number == entry.number)
        {
            problems.push(Problem::at(
                &file,
                line,
                format!("number {} is listed twice", entry.number),
            ));
            ok = false;
        }
        if ok {
            lines.push(entry);
        }
    }
    if lines.is_empty() {
        problems.push(Problem::new(&file, None, "no emergency line"));
    }
    Some(Emergency {
        verified,
        sources,
        lines,
    })
}

/// Message ids the lines use, for the translation checks.
pub fn message_ids(lines: &Lines) -> Vec<String> {
    lines
        .emergency
        .lines
        .iter()
        .chain(&lines.national.lines)
        .flat_map(|l| {
            let mut ids = vec![l.name_id(), l.what_id()];
            if l.hours == Hours::Listed {
                ids.push(l.hours_id());
            }
            ids
        })
        .collect()
}

//! "Health cover explained": the guide pages of content/guides.toml, each
//! with the same sections, its sources and the date it was verified.

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::clock::{Date, from_toml, parse_date};
use crate::content::files::Files;
use crate::content::i18n::{Catalog, SOURCE_LANGUAGE};
use crate::content::problem::{Problem, read_toml};

pub const GUIDES_FILE: &str = "guides.toml";

/// The sections of every page, in order.
pub const SECTIONS: &[&str] = &["what", "who", "how", "documents", "problems", "help"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuidesToml {
    verified: toml::value::Datetime,
    guide: Vec<GuideToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideToml {
    id: String,
    icon: String,
    sources: Vec<SourceToml>,
    #[serde(default)]
    notes: Vec<String>,
    #[serde(default)]
    unconfirmed: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    name: String,
    /// "YYYY-MM-DD" or "YYYY".
    date: Option<String>,
}

/// When a source was published, as precisely as it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceDate {
    Day(Date),
    Year(u16),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub date: Option<SourceDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub id: String,
    pub icon: String,
    pub sources: Vec<Source>,
    /// Messages shown marked "to be confirmed".
    pub notes: Vec<String>,
    /// Sections whose facts are not confirmed yet.
    pub unconfirmed: Vec<String>,
}

impl Guide {
    pub fn title_id(&self) -> String {
        format!("guide-{}-title", self.id)
    }
    pub fn section_id(&self, section: &str) -> String {
        format!("guide-{}-{section}", self.id)
    }
    /// Every message id the page uses.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id()];
        ids.extend(SECTIONS.iter().map(|s| self.section_id(s)));
        ids.extend(self.notes.iter().cloned());
        ids
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guides {
    pub verified: Date,
    pub guides: Vec<Guide>,
}

/// The date of a source that shows none (as a reference says "n.d."): a
/// fact's source must say its date, or say that it has none.
pub const NO_DATE: &str = "n.d.";

fn parse_source_date(text: &str) -> Option<SourceDate> {
    if let Ok(year) = text.parse::<u16>() {
        return (1900..=2100)
            .contains(&year)
            .then_some(SourceDate::Year(year));
    }
    parse_date(text).map(SourceDate::Day)
}

impl Guides {
    /// Reads and checks the pages against the translations and the pictograms.
    pub fn load(files: &Files, catalog: &Catalog) -> Result<Guides, Vec<Problem>> {
        let file = files.display(GUIDES_FILE);
        let text = files
            .read_text(GUIDES_FILE)
            .map_err(|m| vec![Problem::new(&file, None, m)])?;
        let (parsed, toml): (GuidesToml, _) = read_toml(&file, &text).map_err(|p| vec![p])?;
        let known = catalog.source_ids();
        let mut problems = Vec::new();
        let verified = match from_toml(&parsed.verified) {
            Some(date) => Some(date),
            _ => {
                problems.push(Problem::at(
                    &file,
                    toml.at("verified"),
                    "'verified' must be a date",
                ));
                None
            }
        };
        let mut guides = Vec::new();
        let mut ids = BTreeSet::new();
        for (i, g) in parsed.guide.into_iter().enumerate() {
            let line = toml.at(&format!("guide[{i}].id"));
            let mut say = |m: String| {
                problems.push(Problem::at(&file, line, format!("guide '{}': {m}", g.id)))
            };
            if !ids.insert(g.id.clone()) {
                say("listed twice".into());
            }
            if g.sources.is_empty() {
                say("has no source".into());
            }
            let mut sources = Vec::new();
            for s in &g.sources {
                if s.name.trim().is_empty() {
                    say("a source has no name".into());
                }
                let date = match &s.date {
                    None => {
                        say(format!(
                            "source '{}' has no date: give the date the source shows, or date = \"n.d.\" when it shows none",
                            s.name
                        ));
                        None
                    }
                    Some(d) if d == NO_DATE => None,
                    Some(d) => match parse_source_date(d) {
                        Some(date) => Some(date),
                        None => {
                            say(format!(
                                "source date '{d}' is not YYYY-MM-DD, YYYY or \"n.d.\""
                            ));
                            None
                        }
                    },
                };
                sources.push(Source {
                    name: s.name.clone(),
                    date,
                });
            }
            if !crate::ui_ids::UI_ICON_NAMES.contains(&g.icon.as_str()) {
                say(format!("icon '{}' is not one the UI has", g.icon));
            }
            for section in &g.unconfirmed {
                if !SECTIONS.contains(&section.as_str()) {
                    say(format!(
                        "'{section}' is not a section ({})",
                        SECTIONS.join(", ")
                    ));
                }
            }
            let guide = Guide {
                id: g.id,
                icon: g.icon,
                sources,
                notes: g.notes,
                unconfirmed: g.unconfirmed,
            };
            for id in guide.message_ids() {
                if !known.contains(&id) {
                    problems.push(Problem::at(&file, line, format!("guide '{}': message '{id}' does not exist in locales/{SOURCE_LANGUAGE}", guide.id)));
                }
            }
            guides.push(guide);
        }
        if guides.is_empty() {
            problems.push(Problem::new(&file, None, "no guide page"));
        }
        match verified {
            Some(verified) if problems.is_empty() => Ok(Guides { verified, guides }),
            _ => Err(problems),
        }
    }
}

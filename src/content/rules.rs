//! The decision rules of the coverage guide: from a visitor's answers to the
//! covers they can get. Pure functions over plain data, tested case by case;
//! the thresholds come from content/ceilings.toml.
//!
//! The rules follow the order a guide tests the schemes in: basic cover
//! (sécurité sociale, or AME without a residence right, or urgent care), then
//! the complementary cover (CSS, an employer's or a private mutuelle).

use std::fmt;
use std::str::FromStr;

use crate::clock::{Date, from_toml};
use serde::Deserialize;

use crate::content::files::Files;
use crate::content::problem::{Problem, read_toml, shown};

pub const CEILINGS_FILE: &str = "ceilings.toml";

/// Months of stable residence that PUMa (and AME) ask of a person who does
/// not work: the law says *more than* 3 months, so `months` (whole months)
/// must exceed it: 3 months exactly is not yet enough.
pub const RESIDENCE_MONTHS: u32 = 3;
/// The highest yearly ceiling the check takes (the real ones are tens of
/// thousands of euros): a bound against typing errors and overflow.
pub const MAX_CEILING: u32 = 1_000_000;
/// The highest amount added for each person past the fourth.
pub const MAX_CEILING_EXTRA: u32 = 100_000;
/// The highest monthly CSS participation per person the check takes.
pub const MAX_PARTICIPATION: f64 = 200.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    French,
    Eu,
    /// A residence permit, or proof that an application is being processed.
    Permit,
    /// Refugee or subsidiary protection.
    Refugee,
    AsylumSeeker,
    NoPapers,
    Student,
    /// Temporary protection (people displaced from Ukraine, directive
    /// 2001/55/CE), shown by an APS.
    TemporaryProtection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IncomeBand {
    /// At or under the free-CSS (and AME) ceiling.
    BelowFree,
    /// Above the free ceiling, at or under the participation ceiling.
    BelowParticipation,
    Above,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Zone {
    #[default]
    Metropole,
    Overseas,
    Mayotte,
    AlsaceMoselle,
}

/// A visitor's answers. `None` is "I don't know" (or not asked).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Answers {
    pub works: Option<bool>,
    pub status: Option<Status>,
    pub months: Option<u32>,
    pub has_puma: Option<bool>,
    pub household: Option<u32>,
    /// Household resources of the last 12 months, in euros.
    pub income: Option<u32>,
    /// Used when `income` is not known as a figure.
    pub income_band: Option<IncomeBand>,
    pub rsa: Option<bool>,
    pub employee: Option<bool>,
    pub urgent: Option<bool>,
    pub pregnant: Option<bool>,
    pub minor: Option<bool>,
    /// Whole months without a valid residence permit or visa (AME asks more
    /// than 3).
    pub irregular_months: Option<u32>,
    /// An EU/EEA/Swiss citizen who does not work: enough resources to live
    /// on and a health insurance (what their right to reside asks).
    pub eu_resources: Option<bool>,
    /// Covered by the régime local d'Alsace-Moselle (work or retirement
    /// there): the reduced CSS participation.
    pub regime_local: Option<bool>,
    /// From the kiosk's configuration, not asked.
    pub zone: Zone,
    pub date: Date,
}

impl Answers {
    /// No answer yet, in metropolitan France, on `date`.
    pub fn new(date: Date) -> Answers {
        Answers {
            works: None,
            status: None,
            months: None,
            has_puma: None,
            household: None,
            income: None,
            income_band: None,
            rsa: None,
            employee: None,
            urgent: None,
            pregnant: None,
            minor: None,
            irregular_months: None,
            eu_resources: None,
            regime_local: None,
            zone: Zone::Metropole,
            date,
        }
    }

    /// The answers of `pairs` (`KEY=VALUE`, as `passerelle advise` takes
    /// them) on `date` in `zone`.
    pub fn from_pairs(pairs: &[String], date: Date, zone: Zone) -> Result<Answers, AnswerError> {
        let mut answers = Answers::new(date);
        answers.zone = zone;
        let mut given: Vec<String> = Vec::new();
        for pair in pairs {
            let (key, value) = pair
                .split_once('=')
                .ok_or_else(|| AnswerError::NotAPair { pair: shown(pair) })?;
            let key = key.trim();
            let normal = key.replace('-', "_");
            // A second answer to the same question would silently win.
            if given.contains(&normal) {
                return Err(AnswerError::Twice { key: shown(key) });
            }
            answers.set(key, value.trim())?;
            given.push(normal);
        }
        if given.iter().any(|k| k == "income") && given.iter().any(|k| k == "income_band") {
            return Err(AnswerError::Contradictory {
                keys: "income and income_band",
            });
        }
        Ok(answers)
    }

    /// Sets one answer from its key and value as written on the command line
    /// or in the guide's flow (`status=asylum-seeker`, `urgent=unknown`...).
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), AnswerError> {
        let unknown = matches!(value, "unknown" | "dont-know" | "don't-know");
        match key.replace('-', "_").as_str() {
            "works" => self.works = yes_no(key, value)?,
            "has_puma" => self.has_puma = yes_no(key, value)?,
            "rsa" => self.rsa = yes_no(key, value)?,
            "employee" => self.employee = yes_no(key, value)?,
            "urgent" => self.urgent = yes_no(key, value)?,
            "pregnant" => self.pregnant = yes_no(key, value)?,
            "minor" => self.minor = yes_no(key, value)?,
            "eu_resources" => self.eu_resources = yes_no(key, value)?,
            "regime_local" => self.regime_local = yes_no(key, value)?,
            "irregular_months" => {
                self.irregular_months = if unknown {
                    None
                } else {
                    Some(number(key, value, 0, 1200)?)
                }
            }
            "status" => self.status = if unknown { None } else { Some(value.parse()?) },
            "months" => {
                self.months = if unknown {
                    None
                } else {
                    Some(number(key, value, 0, 1200)?)
                }
            }
            "household" => {
                self.household = if unknown {
                    None
                } else {
                    Some(number(key, value, 1, 30)?)
                }
            }
            "income" => {
                self.income = if unknown {
                    None
                } else {
                    Some(number(key, value, 0, 10_000_000)?)
                }
            }
            "income_band" => self.income_band = if unknown { None } else { Some(value.parse()?) },
            "zone" => self.zone = value.parse()?,
            "date" => {
                self.date =
                    crate::clock::parse_date(value).ok_or_else(|| AnswerError::NotADate {
                        value: shown(value),
                    })?
            }
            _ => {
                return Err(AnswerError::UnknownKey { key: shown(key) });
            }
        }
        Ok(())
    }
}

/// The answer keys `Answers::set` knows.
pub const ANSWER_KEYS: &[&str] = &[
    "works",
    "status",
    "months",
    "has_puma",
    "household",
    "income",
    "income_band",
    "rsa",
    "employee",
    "urgent",
    "pregnant",
    "minor",
    "irregular_months",
    "eu_resources",
    "regime_local",
    "zone",
    "date",
];

/// An answer that cannot be taken, as `passerelle advise` and the flow's
/// check report it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("unknown answer '{key}'; the answers are: {}", ANSWER_KEYS.join(", "))]
    UnknownKey { key: String },
    #[error("{key}: '{value}' is not yes, no or unknown")]
    NotYesNo { key: String, value: String },
    #[error("{key}: '{value}' is not a whole number from {min} to {max}")]
    NotANumber {
        key: String,
        value: String,
        min: u32,
        max: u32,
    },
    #[error("{what}: '{value}' is not one of: {}", choices.join(", "))]
    NotOneOf {
        what: &'static str,
        value: String,
        choices: &'static [&'static str],
    },
    #[error("'{pair}' is not KEY=VALUE")]
    NotAPair { pair: String },
    #[error("date: '{value}' is not a date such as 2025-06-30")]
    NotADate { value: String },
    #[error("'{key}' is answered twice: give each answer once")]
    Twice { key: String },
    #[error("{keys} both given: give one (the income, or its band against the ceilings)")]
    Contradictory { keys: &'static str },
}

fn yes_no(key: &str, value: &str) -> Result<Option<bool>, AnswerError> {
    match value {
        "yes" => Ok(Some(true)),
        "no" => Ok(Some(false)),
        "unknown" | "dont-know" | "don't-know" => Ok(None),
        _ => Err(AnswerError::NotYesNo {
            key: key.to_string(),
            value: shown(value),
        }),
    }
}

fn number(key: &str, value: &str, min: u32, max: u32) -> Result<u32, AnswerError> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| AnswerError::NotANumber {
            key: key.to_string(),
            value: shown(value),
            min,
            max,
        })
}

macro_rules! named_enum {
    ($ty:ident, $what:literal, $($variant:ident = $name:literal),+ $(,)?) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];
            pub fn name(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }
        impl FromStr for $ty {
            type Err = AnswerError;
            fn from_str(s: &str) -> Result<Self, AnswerError> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    _ => Err(AnswerError::NotOneOf {
                        what: $what,
                        value: shown(s),
                        choices: &[$($name),+],
                    }),
                }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

named_enum!(
    Status,
    "status",
    French = "french",
    Eu = "eu",
    Permit = "permit",
    Refugee = "refugee",
    AsylumSeeker = "asylum-seeker",
    NoPapers = "no-papers",
    Student = "student",
    TemporaryProtection = "temporary-protection"
);
named_enum!(
    IncomeBand,
    "income_band",
    BelowFree = "below-free",
    BelowParticipation = "below-participation",
    Above = "above"
);
named_enum!(
    Zone,
    "zone",
    Metropole = "metropole",
    Overseas = "overseas",
    Mayotte = "mayotte",
    AlsaceMoselle = "alsace-moselle"
);

/// What the guide can tell a visitor, in the order to act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    AlreadyCovered,
    Puma,
    PumaWait,
    Ame,
    AmeLater,
    Dsuv,
    Pass,
    CssAutomatic,
    CssProtection,
    CssMayotte,
    CssLater,
    CssFree,
    CssParticipation,
    MutuelleEmployer,
    Mutuelle,
    GetHelp,
}

named_enum!(
    Outcome,
    "outcome",
    AlreadyCovered = "already-covered",
    Puma = "puma",
    PumaWait = "puma-wait",
    Ame = "ame",
    AmeLater = "ame-later",
    Dsuv = "dsuv",
    Pass = "pass",
    CssAutomatic = "css-automatic",
    CssProtection = "css-protection",
    CssMayotte = "css-mayotte",
    CssLater = "css-later",
    CssFree = "css-free",
    CssParticipation = "css-participation",
    MutuelleEmployer = "mutuelle-employer",
    Mutuelle = "mutuelle",
    GetHelp = "get-help"
);

impl Outcome {
    /// The official page where the visitor takes the next step.
    pub fn website(self) -> &'static str {
        match self {
            Outcome::CssAutomatic
            | Outcome::CssProtection
            | Outcome::CssMayotte
            | Outcome::CssLater
            | Outcome::CssFree
            | Outcome::CssParticipation => "https://www.complementaire-sante-solidaire.gouv.fr",
            Outcome::Mutuelle | Outcome::MutuelleEmployer | Outcome::GetHelp => {
                "https://www.service-public.gouv.fr"
            }
            _ => "https://www.ameli.fr",
        }
    }
}

// ---------------------------------------------------------------- ceilings

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CeilingsToml {
    verified: toml::value::Datetime,
    period: Vec<PeriodToml>,
    overseas: OverseasToml,
    participation: ParticipationToml,
    #[serde(default)]
    stale_margin: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PeriodToml {
    from: toml::value::Datetime,
    to: toml::value::Datetime,
    free: [u32; 4],
    free_extra: u32,
    participation: [u32; 4],
    participation_extra: u32,
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OverseasToml {
    factor: f64,
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ParticipationToml {
    since: toml::value::Datetime,
    amounts: [f64; 5],
    alsace_moselle: [f64; 5],
    source: String,
}

/// The CSS ceilings of one period (metropolitan figures).
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
    free: [u32; 4],
    free_extra: u32,
    participation: [u32; 4],
    participation_extra: u32,
    pub source: String,
}

/// The ceilings that apply to one answer set.
#[derive(Debug, Clone, PartialEq)]
pub struct Ceiling {
    pub from: Date,
    pub to: Date,
    pub household: u32,
    /// Yearly resources up to which CSS is free (and AME open).
    pub free: u32,
    /// Yearly resources up to which CSS costs a participation.
    pub participation: u32,
    /// Overseas figures are computed from the metropolitan ones.
    pub computed: bool,
    /// The date asked is after the last known period: the figures may be out of date.
    pub stale: bool,
    /// How far above these figures an income may still be under today's
    /// (0 within a known period): `stale-margin` of ceilings.toml.
    pub margin: f64,
}

/// All the known periods, and the participation amounts.
#[derive(Debug, Clone, PartialEq)]
pub struct Ceilings {
    pub verified: Date,
    pub periods: Vec<Period>,
    pub overseas_factor: f64,
    pub overseas_source: String,
    /// Monthly participation per person by age bracket (up to 29, 30-49, 50-59, 60-69, 70+).
    pub participation: [f64; 5],
    pub participation_alsace_moselle: [f64; 5],
    pub participation_since: Date,
    pub participation_source: String,
    /// Past the last period: how far above the last known ceiling an income
    /// is still answered "you may well get it" rather than "no".
    pub stale_margin: f64,
}

impl Ceilings {
    /// Reads content/ceilings.toml (or the same file in `files`), and checks
    /// that the periods are in order and do not overlap.
    pub fn load(files: &Files) -> Result<Ceilings, Vec<Problem>> {
        let file = files.display(CEILINGS_FILE);
        let text = files
            .read_text(CEILINGS_FILE)
            .map_err(|m| vec![Problem::new(&file, None, m)])?;
        let (parsed, toml): (CeilingsToml, _) = read_toml(&file, &text).map_err(|p| vec![p])?;
        let mut problems = Vec::new();
        let mut periods = Vec::new();
        for (i, p) in parsed.period.into_iter().enumerate() {
            let line = toml.at(&format!("period[{i}]"));
            let (Some(from), Some(to)) = (from_toml(&p.from), from_toml(&p.to)) else {
                problems.push(Problem::at(&file, line, "'from' and 'to' must be dates"));
                continue;
            };
            if from > to {
                problems.push(Problem::at(
                    &file,
                    line,
                    format!("the period ends ({to}) before it starts ({from})"),
                ));
            }
            if p.free.iter().zip(&p.participation).any(|(f, q)| f >= q)
                || p.free_extra >= p.participation_extra
            {
                problems.push(Problem::at(
                    &file,
                    line,
                    "each free-CSS ceiling must be below its participation ceiling",
                ));
            }
            if p.free.windows(2).any(|w| w[0] >= w[1])
                || p.participation.windows(2).any(|w| w[0] >= w[1])
            {
                problems.push(Problem::at(
                    &file,
                    line,
                    "ceilings must grow with the household",
                ));
            }
            if p.free
                .iter()
                .chain(&p.participation)
                .any(|c| *c > MAX_CEILING)
                || p.free_extra.max(p.participation_extra) > MAX_CEILING_EXTRA
            {
                problems.push(Problem::at(
                    &file,
                    line,
                    format!(
                        "a ceiling is more than {MAX_CEILING} euros a year (or {MAX_CEILING_EXTRA} for each extra person): a typing error?"
                    ),
                ));
            }
            if p.source.trim().is_empty() {
                problems.push(Problem::at(&file, line, "the period has no source"));
            }
            if let Some(previous) = periods.last() {
                let previous: &Period = previous;
                if from <= previous.to {
                    problems.push(Problem::at(
                        &file,
                        line,
                        format!(
                            "the period {from}..{to} overlaps or precedes the period {}..{}",
                            previous.from, previous.to
                        ),
                    ));
                }
            }
            periods.push(Period {
                from,
                to,
                free: p.free,
                free_extra: p.free_extra,
                participation: p.participation,
                participation_extra: p.participation_extra,
                source: p.source,
            });
        }
        if periods.is_empty() {
            problems.push(Problem::new(&file, None, "no ceiling period"));
        }
        let verified = from_toml(&parsed.verified);
        let since = from_toml(&parsed.participation.since);
        if verified.is_none() || since.is_none() {
            let key = if verified.is_none() {
                "verified"
            } else {
                "participation.since"
            };
            problems.push(toml.problem(key, format!("'{key}' must be a date")));
        }
        if !(0.0..=0.2).contains(&parsed.stale_margin) {
            problems.push(toml.problem(
                "stale-margin",
                "stale-margin must be between 0 and 0.2 (a fraction: 0.03 is 3 %)",
            ));
        }
        for (key, amounts) in [
            ("participation.amounts", &parsed.participation.amounts),
            (
                "participation.alsace-moselle",
                &parsed.participation.alsace_moselle,
            ),
        ] {
            if let Some(bad) = amounts
                .iter()
                .find(|a| !(a.is_finite() && (0.0..=MAX_PARTICIPATION).contains(*a)))
            {
                problems.push(toml.problem(
                    key,
                    format!(
                        "{key}: {bad} is not an amount in euros a month between 0 and {MAX_PARTICIPATION}"
                    ),
                ));
            }
        }
        if !(1.0..2.0).contains(&parsed.overseas.factor) {
            problems
                .push(toml.problem("overseas.factor", "overseas.factor must be between 1 and 2"));
        }
        match (problems.is_empty(), verified, since) {
            (true, Some(verified), Some(since)) => Ok(Ceilings {
                verified,
                periods,
                overseas_factor: parsed.overseas.factor,
                overseas_source: parsed.overseas.source,
                participation: parsed.participation.amounts,
                participation_alsace_moselle: parsed.participation.alsace_moselle,
                participation_since: since,
                participation_source: parsed.participation.source,
                stale_margin: parsed.stale_margin,
            }),
            _ => Err(problems),
        }
    }

    /// The embedded ceilings. They are checked by the tests; should they be
    /// broken, the guide asks no income question and sends to a person.
    pub fn embedded() -> Option<Ceilings> {
        match Ceilings::load(&Files::EmbeddedContent) {
            Ok(c) => Some(c),
            Err(problems) => {
                for p in problems {
                    crate::log::error(&p.to_string());
                }
                None
            }
        }
    }

    /// The ceilings for `household` people in `zone` on `date`: those of the
    /// period holding the date, or of the last period (marked stale) when the
    /// date is past them all. `None` before the first period, in Mayotte, or
    /// for an empty household.
    pub fn ceiling(&self, zone: Zone, date: &Date, household: u32) -> Option<Ceiling> {
        if zone == Zone::Mayotte || household == 0 {
            return None;
        }
        let day = *date;
        let (period, stale) = match self.periods.iter().find(|p| p.from <= day && day <= p.to) {
            Some(p) => (p, false),
            None => {
                let last = self.periods.last()?;
                if day > last.to {
                    (last, true)
                } else {
                    return None;
                }
            }
        };
        let extra = household.saturating_sub(4);
        let index = (household.min(4) - 1) as usize;
        // Bounded by the check; saturating all the same, never wrapping.
        let mut free = period.free[index].saturating_add(extra.saturating_mul(period.free_extra));
        let mut participation = period.participation[index]
            .saturating_add(extra.saturating_mul(period.participation_extra));
        let computed = zone == Zone::Overseas;
        if computed {
            free = (f64::from(free) * self.overseas_factor).round() as u32;
            participation = (f64::from(participation) * self.overseas_factor).round() as u32;
        }
        Some(Ceiling {
            from: period.from,
            to: period.to,
            household,
            free,
            participation,
            computed,
            stale,
            margin: if stale { self.stale_margin } else { 0.0 },
        })
    }

    /// The monthly participation amounts per person by age bracket for `zone`:
    /// the reduced ones only for people of the régime local d'Alsace-Moselle
    /// (`regime_local`), which depends on work or retirement there, not on
    /// living there.
    pub fn participation_amounts(&self, zone: Zone, regime_local: bool) -> [f64; 5] {
        if zone == Zone::AlsaceMoselle && regime_local {
            self.participation_alsace_moselle
        } else {
            self.participation
        }
    }
}

// ---------------------------------------------------------------- the rules

/// The guide's answer to a set of answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// In the order to act on them; never empty.
    pub outcomes: Vec<Outcome>,
    /// The ceilings used (or that would apply) for the household, when known.
    pub ceiling: Option<Ceiling>,
    /// The answers the decision needed but did not have.
    pub unknown: Vec<&'static str>,
    /// The covers that rest on the income (free CSS, CSS with participation,
    /// AME) are to be checked: the income is just above the last known
    /// ceiling, which may have risen since.
    pub uncertain: bool,
}

impl Advice {
    pub fn has(&self, outcome: Outcome) -> bool {
        self.outcomes.contains(&outcome)
    }
}

/// What the rules decide before a person is brought in: the covers found,
/// the answers that were missing, and whether a case needs a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The covers the rules found, in the order to act on them (without
    /// "get help").
    pub outcomes: Vec<Outcome>,
    /// The answers the decision needed but did not have.
    pub unknown: Vec<&'static str>,
    /// A case the rules leave to a person (an exemption the guide does not ask about).
    pub needs_help: bool,
    pub ceiling: Option<Ceiling>,
}

impl Decision {
    /// Whether the rules reached a decision: a cover, or a person for a named
    /// reason. A set of answers with neither is a hole in the rules.
    pub fn is_decided(&self) -> bool {
        !self.outcomes.is_empty() || self.needs_help || !self.unknown.is_empty()
    }
}

/// Decides which covers the answers lead to; "get help" comes last whenever a
/// person is needed, or an answer is missing.
pub fn advise(answers: &Answers, ceilings: Option<&Ceilings>) -> Advice {
    let decision = decide(answers, ceilings);
    let mut outcomes = decision.outcomes;
    if decision.needs_help || !decision.unknown.is_empty() || outcomes.is_empty() {
        // An empty decision is a hole in the rules (the tests look for
        // them): the visitor is still sent to a person rather than nowhere.
        outcomes.push(Outcome::GetHelp);
    }
    let uncertain = income_is_uncertain(answers, decision.ceiling.as_ref());
    Advice {
        outcomes,
        ceiling: decision.ceiling,
        unknown: decision.unknown,
        uncertain,
    }
}

/// The rules themselves, without the "get help" that [`advise`] adds.
pub fn decide(answers: &Answers, ceilings: Option<&Ceilings>) -> Decision {
    let mut outcomes = Vec::new();
    let mut unknown = Vec::new();
    let mut needs_help = false;
    let ceiling = match (answers.household, ceilings) {
        (Some(household), Some(c)) => c.ceiling(answers.zone, &answers.date, household),
        _ => None,
    };
    let band = income_band(answers, ceiling.as_ref());

    // 1. Basic cover.
    let mut complementary = false;
    if answers.has_puma == Some(true) {
        outcomes.push(Outcome::AlreadyCovered);
        complementary = true;
    } else {
        match answers.status {
            None => {
                unknown.push("status");
            }
            Some(Status::Refugee | Status::Student) => {
                // No 3-month wait (art. R.111-2 CSS).
                outcomes.push(Outcome::Puma);
                complementary = true;
            }
            Some(Status::TemporaryProtection) => {
                // PUMa from arrival; the CSS is free for 12 months on the APS.
                outcomes.push(Outcome::Puma);
                outcomes.push(Outcome::CssProtection);
            }
            Some(Status::Eu) if answers.works != Some(true) => {
                // An EU citizen who does not work: past 3 months, the right to
                // reside asks enough resources and a health insurance. Without
                // them PUMa is not a matter of course (case by case) and the
                // AME path applies; a person always checks.
                let resident = answers.months.is_some_and(|m| m > RESIDENCE_MONTHS);
                match answers.eu_resources {
                    Some(true) if resident => {
                        outcomes.push(Outcome::Puma);
                        complementary = true;
                    }
                    Some(true) => {
                        // Before 3 months: their own country's insurance.
                        if answers.months.is_none() {
                            unknown.push("months");
                        }
                        needs_help = true;
                    }
                    Some(false) => {
                        needs_help = true;
                        if resident && answers.zone != Zone::Mayotte {
                            ame_by_income(band, &mut outcomes, &mut unknown);
                        } else {
                            outcomes.push(Outcome::Dsuv);
                            outcomes.push(Outcome::Pass);
                            if answers.months.is_none() {
                                unknown.push("months");
                            }
                        }
                    }
                    None => {
                        outcomes.push(Outcome::Dsuv);
                        outcomes.push(Outcome::Pass);
                        unknown.push("eu_resources");
                    }
                }
            }
            Some(Status::French | Status::Eu | Status::Permit) => {
                let resident = answers.months.is_some_and(|m| m > RESIDENCE_MONTHS);
                if answers.works == Some(true) {
                    // PUMa through work from the first day; the CSS asks more
                    // than 3 months of work or of residence.
                    outcomes.push(Outcome::Puma);
                    match answers.months {
                        Some(_) if resident => complementary = true,
                        Some(_) => outcomes.push(Outcome::CssLater),
                        None => {
                            complementary = true;
                            unknown.push("months");
                        }
                    }
                } else if resident {
                    outcomes.push(Outcome::Puma);
                    complementary = true;
                } else if answers.months.is_none() {
                    unknown.push("months");
                } else {
                    // Not 3 months yet: some people do not wait (family joining an
                    // insured person, people receiving benefits): a person checks.
                    needs_help = true;
                }
            }
            Some(Status::AsylumSeeker) => {
                // Minor children of asylum seekers do not wait; adults wait 3 months.
                if answers.minor == Some(true)
                    || answers.months.is_some_and(|m| m > RESIDENCE_MONTHS)
                {
                    outcomes.push(Outcome::Puma);
                    complementary = true;
                } else {
                    outcomes.push(Outcome::PumaWait);
                    outcomes.push(Outcome::Pass);
                    unknown.extend(wait_unknowns(answers));
                }
            }
            Some(Status::NoPapers) => {
                if answers.zone == Zone::Mayotte {
                    // AME does not exist in Mayotte.
                    outcomes.push(Outcome::Dsuv);
                    outcomes.push(Outcome::Pass);
                    needs_help = true;
                } else if answers.minor == Some(true) {
                    // Children of parents without papers get AME without conditions.
                    outcomes.push(Outcome::Ame);
                } else {
                    // AME asks more than 3 months without a valid residence
                    // right (which implies more than 3 months in France).
                    let in_france = answers.months.is_none_or(|m| m > RESIDENCE_MONTHS);
                    match answers.irregular_months {
                        Some(m) if m > RESIDENCE_MONTHS && in_france => {
                            ame_by_income(band, &mut outcomes, &mut unknown);
                        }
                        Some(m) if m > RESIDENCE_MONTHS => {
                            // More months without papers than in France: a
                            // contradiction a person must sort out.
                            outcomes.push(Outcome::Dsuv);
                            outcomes.push(Outcome::Pass);
                            needs_help = true;
                        }
                        Some(_) => {
                            // Care now; AME once the 3 months have passed.
                            outcomes.push(Outcome::Dsuv);
                            outcomes.push(Outcome::Pass);
                            outcomes.push(Outcome::AmeLater);
                            if answers.minor.is_none() {
                                unknown.push("minor");
                            }
                        }
                        None => {
                            outcomes.push(Outcome::Dsuv);
                            outcomes.push(Outcome::Pass);
                            unknown.push("irregular_months");
                            if answers.minor.is_none() {
                                unknown.push("minor");
                            }
                        }
                    }
                }
            }
        }
        if answers.has_puma.is_none() {
            unknown.push("has_puma");
        }
    }

    // Anyone without cover today who needs care now, or is pregnant, can go to a PASS.
    let without_cover = answers.has_puma != Some(true);
    if without_cover
        && (answers.urgent == Some(true) || answers.pregnant == Some(true))
        && !outcomes.contains(&Outcome::Pass)
    {
        outcomes.push(Outcome::Pass);
    }

    // 2. Complementary cover, for those with (or entitled to) sécurité sociale.
    if complementary {
        if answers.zone == Zone::Mayotte {
            // The CSS exists in Mayotte since 2024, run by the CSSM; its
            // ceilings are not confirmed: the CSSM checks them.
            outcomes.push(Outcome::CssMayotte);
        } else if answers.rsa == Some(true) {
            outcomes.push(Outcome::CssAutomatic);
        } else {
            if answers.rsa.is_none() {
                unknown.push("rsa");
            }
            match band {
                Some(IncomeBand::BelowFree) => outcomes.push(Outcome::CssFree),
                Some(IncomeBand::BelowParticipation) => outcomes.push(Outcome::CssParticipation),
                Some(IncomeBand::Above) => match answers.employee {
                    Some(true) => outcomes.push(Outcome::MutuelleEmployer),
                    Some(false) => outcomes.push(Outcome::Mutuelle),
                    None => {
                        outcomes.push(Outcome::Mutuelle);
                        unknown.push("employee");
                    }
                },
                None => {
                    if answers.household.is_none() && answers.income_band.is_none() {
                        unknown.push("household");
                    }
                    unknown.push("income");
                }
            }
        }
    }

    unknown.sort_unstable();
    unknown.dedup();
    Decision {
        outcomes,
        unknown,
        needs_help,
        ceiling,
    }
}

/// AME when the resources are under the ceiling; urgent care and the PASS
/// when they are not, or until they are known.
fn ame_by_income(
    band: Option<IncomeBand>,
    outcomes: &mut Vec<Outcome>,
    unknown: &mut Vec<&'static str>,
) {
    match band {
        Some(IncomeBand::BelowFree) => outcomes.push(Outcome::Ame),
        Some(_) => {
            outcomes.push(Outcome::Dsuv);
            outcomes.push(Outcome::Pass);
        }
        None => {
            // AME is likely but the resources are not known.
            outcomes.push(Outcome::Ame);
            outcomes.push(Outcome::Dsuv);
            unknown.push("income");
        }
    }
}

/// How many months at most before a visitor without papers can ask for AME
/// (more than 3 months without a valid residence right); `None` when they
/// can already, or it is not known.
pub fn months_before_ame(answers: &Answers) -> Option<u32> {
    match answers.irregular_months {
        Some(m) if m <= RESIDENCE_MONTHS => Some((RESIDENCE_MONTHS - m).max(1)),
        _ => None,
    }
}

/// What a visitor still waiting for cover left unknown that would change it:
/// how long they have lived here, and whether the care is for a child.
fn wait_unknowns(answers: &Answers) -> impl Iterator<Item = &'static str> {
    [
        ("months", answers.months.is_none()),
        ("minor", answers.minor.is_none()),
    ]
    .into_iter()
    .filter(|(_, missing)| *missing)
    .map(|(name, _)| name)
}

/// The household's income band: from the figure and the ceilings when both
/// are known, else from the band the visitor chose. Past the last known
/// period, an income up to the ceiling's margin above it counts as under it
/// ([`income_is_uncertain`] says so): today's ceiling may well be higher.
pub fn income_band(answers: &Answers, ceiling: Option<&Ceiling>) -> Option<IncomeBand> {
    match (answers.income, ceiling) {
        (Some(income), Some(c)) => Some(if f64::from(income) <= within(c.free, c.margin) {
            IncomeBand::BelowFree
        } else if f64::from(income) <= within(c.participation, c.margin) {
            IncomeBand::BelowParticipation
        } else {
            IncomeBand::Above
        }),
        _ => answers.income_band,
    }
}

fn within(ceiling: u32, margin: f64) -> f64 {
    f64::from(ceiling) * (1.0 + margin)
}

/// True when the income band was given only by the margin: the income is
/// above the last known ceiling, but by no more than the margin.
pub fn income_is_uncertain(answers: &Answers, ceiling: Option<&Ceiling>) -> bool {
    match (answers.income, ceiling) {
        (Some(income), Some(c)) if c.margin > 0.0 => {
            let income = f64::from(income);
            (income > f64::from(c.free) && income <= within(c.free, c.margin))
                || (income > f64::from(c.participation)
                    && income <= within(c.participation, c.margin))
        }
        _ => false,
    }
}

//! Dates and times: the one date type of the crate (`jiff::civil::Date`),
//! French local time, and the one place the kiosk reads the clock.
//!
//! Every date the kiosk shows or compares (the ceilings' periods, when the
//! content was checked, the day a count belongs to, a place's opening hours)
//! is a civil date or date-time in France. The TOML parser's own date type
//! and the `chrono` type that the opening-hours crate takes are converted
//! here, at the edge, and nowhere else.

pub use jiff::civil::{Date, DateTime};

/// The time zone of the kiosk's dates: the ceilings change on a French date,
/// and opening hours are French local times.
pub const ZONE: &str = "Europe/Paris";

/// Where the kiosk's time comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    /// The system clock, in French local time.
    #[default]
    System,
    /// A fixed moment (screenshots and tests that must not depend on the day).
    Fixed(DateTime),
}

impl Clock {
    /// Local time in France now.
    pub fn now(&self) -> DateTime {
        match self {
            Clock::System => now(),
            Clock::Fixed(at) => *at,
        }
    }

    /// Today's date in France.
    pub fn today(&self) -> Date {
        self.now().date()
    }
}

/// Local time in France now, from the system clock.
pub fn now() -> DateTime {
    let now = jiff::Zoned::now();
    now.in_tz(ZONE)
        .map(|z| z.datetime())
        .unwrap_or_else(|_| now.datetime())
}

/// Today's date in France, from the system clock.
pub fn today() -> Date {
    now().date()
}

/// A date written `YYYY-MM-DD` (a day that exists), or `None`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    // jiff also reads a date-time here and keeps its date: refuse that.
    if text.len() != 10 {
        return None;
    }
    text.parse::<Date>().ok()
}

/// The date of a TOML date literal (`2026-04-01`); `None` for a date-time,
/// a time or an offset date-time, which no content file uses.
pub fn from_toml(value: &toml::value::Datetime) -> Option<Date> {
    match (value.date, value.time, value.offset) {
        (Some(d), None, None) => {
            Date::new(i16::try_from(d.year).ok()?, d.month as i8, d.day as i8).ok()
        }
        _ => None,
    }
}

/// For serde: an optional TOML date literal, read as a [`Date`]; a
/// date-time is refused with the parser's position.
pub fn optional_toml_date<'de, D>(deserializer: D) -> Result<Option<Date>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use serde::Deserialize;
    match Option::<toml::value::Datetime>::deserialize(deserializer)? {
        None => Ok(None),
        Some(value) => from_toml(&value).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!("'{value}' is not a date such as 2026-11-27"))
        }),
    }
}

/// Parses `--at`: a local date and time in France (`2026-11-27T10:00`), or
/// an instant with its offset (`2026-11-27T09:00Z`), turned into French time.
///
/// A time in another zone (`2026-11-27T10:00[America/New_York]`) is turned
/// into French time too; a French time the clocks skip (the last Sunday of
/// March, 02:00 to 03:00) is refused rather than moved.
pub fn parse_at(text: &str) -> Result<DateTime, AtError> {
    if let Ok(ts) = text.parse::<jiff::Timestamp>() {
        return Ok(ts.in_tz(ZONE)?.datetime());
    }
    if text.contains('[')
        && let Ok(zoned) = text.parse::<jiff::Zoned>()
    {
        return Ok(zoned.in_tz(ZONE)?.datetime());
    }
    let at = text
        .parse::<DateTime>()
        .map_err(|_| AtError::NotADateTime(text.chars().take(60).collect()))?;
    let zone = jiff::tz::TimeZone::get(ZONE)?;
    if let jiff::tz::AmbiguousOffset::Gap { .. } = zone.to_ambiguous_zoned(at).offset() {
        return Err(AtError::Skipped(text.to_string()));
    }
    Ok(at)
}

/// Whether the French local time `at` does not exist: the hour skipped when
/// the clocks go forward (the last Sunday of March, 02:00 to 03:00).
pub fn skipped(at: DateTime) -> bool {
    jiff::tz::TimeZone::get(ZONE).is_ok_and(|zone| {
        matches!(
            zone.to_ambiguous_zoned(at).offset(),
            jiff::tz::AmbiguousOffset::Gap { .. }
        )
    })
}

/// A time given on the command line that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum AtError {
    #[error("'{0}' is not a date and time such as 2026-11-27T10:00")]
    NotADateTime(String),
    #[error("{0} does not exist in France: the clocks go forward an hour then")]
    Skipped(String),
    #[error("{0}")]
    TimeZone(#[from] jiff::Error),
}

/// Weekday index, Monday = 0.
pub fn weekday(at: DateTime) -> usize {
    at.weekday().to_monday_zero_offset() as usize
}

/// "HH:MM" of a local time.
pub fn hh_mm(at: DateTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// Whole months from `earlier` to `later`, by calendar month (the day of
/// the month is not counted): 2026-01-31 to 2026-02-01 is one month.
pub fn months_between(earlier: Date, later: Date) -> i32 {
    (i32::from(later.year()) * 12 + i32::from(later.month()))
        - (i32::from(earlier.year()) * 12 + i32::from(earlier.month()))
}

/// The opening-hours crate works in `chrono`; these two convert at its edge.
pub(crate) fn to_chrono(at: DateTime) -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(i32::from(at.year()), at.month() as u32, at.day() as u32)
        .and_then(|d| d.and_hms_opt(at.hour() as u32, at.minute() as u32, at.second() as u32))
        .unwrap_or_default()
}

pub(crate) fn from_chrono(at: chrono::NaiveDateTime) -> Option<DateTime> {
    use chrono::{Datelike, Timelike};
    jiff::civil::DateTime::new(
        i16::try_from(at.year()).ok()?,
        at.month() as i8,
        at.day() as i8,
        at.hour() as i8,
        at.minute() as i8,
        at.second() as i8,
        0,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_is_french_time_a_skipped_hour_is_refused_and_other_zones_are_turned() {
        // F26: the hour the clocks skip does not exist...
        let skipped = parse_at("2026-03-29T02:30").expect_err("a skipped hour");
        assert!(
            skipped.to_string().contains("does not exist in France"),
            "{skipped}"
        );
        // ...the hours around it do.
        assert_eq!(
            hh_mm(parse_at("2026-03-29T01:59").expect("before")),
            "01:59"
        );
        assert_eq!(hh_mm(parse_at("2026-03-29T03:00").expect("after")), "03:00");
        // A time in another zone is not read as Paris time.
        let new_york = parse_at("2026-11-27T10:00[America/New_York]").expect("New York");
        assert_eq!(hh_mm(new_york), "16:00");
        // An instant with its offset, as before.
        assert_eq!(hh_mm(parse_at("2026-11-27T09:00Z").expect("UTC")), "10:00");
    }

    #[test]
    fn dates_are_read_strictly() {
        assert_eq!(
            parse_date("2026-04-01"),
            Some(jiff::civil::date(2026, 4, 1))
        );
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-04-01T10:00"), None);
        assert_eq!(parse_date("1 avril"), None);
    }

    #[test]
    fn toml_dates_keep_their_day_and_refuse_times() {
        let d: toml::value::Datetime = "2026-04-01".parse().expect("date");
        assert_eq!(from_toml(&d), Some(jiff::civil::date(2026, 4, 1)));
        let t: toml::value::Datetime = "2026-04-01T10:00:00".parse().expect("date");
        assert_eq!(from_toml(&t), None);
    }

    #[test]
    fn an_instant_is_read_in_french_time() {
        // 09:00 UTC in winter is 10:00 in Paris; in summer, 11:00.
        assert_eq!(hh_mm(parse_at("2026-11-27T09:00Z").expect("time")), "10:00");
        assert_eq!(hh_mm(parse_at("2026-07-01T09:00Z").expect("time")), "11:00");
        assert_eq!(hh_mm(parse_at("2026-11-27T09:00").expect("time")), "09:00");
        assert!(parse_at("tomorrow").is_err());
    }

    #[test]
    fn chrono_round_trip_at_the_opening_hours_edge() {
        let at = jiff::civil::date(2026, 11, 25).at(17, 45, 0, 0);
        assert_eq!(from_chrono(to_chrono(at)), Some(at));
        assert_eq!(weekday(at), 2); // a Wednesday
    }

    #[test]
    fn months_count_calendar_months() {
        let d = jiff::civil::date;
        assert_eq!(months_between(d(2026, 1, 31), d(2026, 2, 1)), 1);
        assert_eq!(months_between(d(2025, 12, 1), d(2026, 12, 31)), 12);
    }
}

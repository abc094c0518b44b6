//! Calendar dates as writers type them (2024-09-30) and as readers read them (Sep 30, 2024).

use std::fmt;

use serde::{Deserialize, Deserializer};

use crate::error::Error;

/// A calendar date without a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists in that month.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        // Four-digit years only: PDF and HTML dates have no room for others, and 0024 or
        // 20240 is a slip of the keyboard.
        ((1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= date.days_in_month())
        .then_some(date)
    }

    fn days_in_month(&self) -> u32 {
        match self.month {
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The date a number of seconds since 1970-01-01 UTC falls on.
    pub fn from_unix_seconds(seconds: i64) -> Date {
        // Howard Hinnant's civil-from-days algorithm.
        let days = seconds.div_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Seconds since 1970-01-01 UTC at midnight starting this date.
    pub fn to_unix_seconds(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year - era * 400;
        let month = i64::from(self.month);
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        (era * 146_097 + doe - 719_468) * 86_400
    }

    /// "Sep 30, 2024": how the site shows dates.
    pub fn human(&self) -> String {
        format!(
            "{} {}, {}",
            MONTHS[self.month as usize - 1],
            self.day,
            self.year
        )
    }
}

/// ISO 8601, `2024-09-30`: for machines (sitemaps, `<time datetime>`).
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::yaml::parsed_text(deserializer, "a date such as 2024-09-30", |text| {
            Date::parse(text).ok_or_else(|| {
                crate::yaml::with_fix(
                    format!("`{}` is not a date", crate::error::excerpt(text)),
                    "write dates as year-month-day with a four-digit year, like 2024-09-30",
                )
            })
        })
    }
}

/// The time written into PDFs: `SOURCE_DATE_EPOCH` when set (reproducible builds), otherwise
/// the last update (or publication) date given, so rebuilding unchanged content gives the
/// same bytes.
pub fn document_time(published: Date, updated: Option<Date>) -> crate::error::Result<i64> {
    source_date_epoch().unwrap_or_else(|| Ok(updated.unwrap_or(published).to_unix_seconds()))
}

/// Today's date (UTC), or the date `SOURCE_DATE_EPOCH` falls on when it is set, so that
/// what is dated today can be reproduced.
pub fn today() -> crate::error::Result<Date> {
    let seconds = source_date_epoch().unwrap_or_else(|| {
        Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64))
    })?;
    Ok(Date::from_unix_seconds(seconds))
}

/// The time `SOURCE_DATE_EPOCH` gives, if it is set: what every document is stamped with
/// then, so that builds of the same content are byte-identical.
pub fn source_date_epoch() -> Option<crate::error::Result<i64>> {
    let value = std::env::var("SOURCE_DATE_EPOCH").ok()?;
    Some(value.trim().parse::<i64>().map_err(|_| {
        Error::new(format!(
            "the environment variable SOURCE_DATE_EPOCH is `{value}`, not a number of seconds"
        ))
        .with_hint("set it to a whole number such as 1700000000, or unset it")
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        let date = Date::parse("2024-09-30").unwrap();
        assert_eq!(date.human(), "Sep 30, 2024");
        assert_eq!(date.to_string(), "2024-09-30");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("0999-01-01").is_none());
        assert!(Date::parse("10000-01-01").is_none());
        assert!(Date::parse("1000-01-01").is_some());
        assert!(Date::parse("30/09/2024").is_none());
    }

    #[test]
    fn unix_round_trip() {
        assert_eq!(Date::from_unix_seconds(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_unix_seconds(1_727_654_400).to_string(),
            "2024-09-30"
        );
        for text in ["2000-02-29", "1999-12-31", "2025-02-19", "2100-03-01"] {
            let date = Date::parse(text).unwrap();
            assert_eq!(Date::from_unix_seconds(date.to_unix_seconds()), date);
        }
    }
}

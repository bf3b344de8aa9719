//! Time as a dependency, so lifetimes and throttles are tested without sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Unix seconds, UTC.
pub type Timestamp = i64;

/// A length of time in whole seconds, what timestamps count in. Flags in minutes or
/// hours, settings in unsigned seconds and std's `Duration` all meet here, so no code
/// converts seconds by hand. Never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Seconds(i64);

impl Seconds {
    pub const fn new(secs: i64) -> Seconds {
        Seconds(if secs < 0 { 0 } else { secs })
    }

    /// As the wire and the settings carry it; past `i64::MAX` is forever.
    pub fn from_u64(secs: u64) -> Seconds {
        Seconds(i64::try_from(secs).unwrap_or(i64::MAX))
    }

    pub const fn minutes(minutes: i64) -> Seconds {
        Seconds::new(minutes.saturating_mul(60))
    }

    pub const fn hours(hours: i64) -> Seconds {
        Seconds::new(hours.saturating_mul(3600))
    }

    pub const fn get(self) -> i64 {
        self.0
    }

    pub fn std(self) -> std::time::Duration {
        std::time::Duration::from_secs(self.0.unsigned_abs())
    }
}

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as Timestamp)
            .unwrap_or_default()
    }
}

/// A clock tests move by hand.
#[derive(Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn new(start: Timestamp) -> Self {
        ManualClock(Arc::new(AtomicI64::new(start)))
    }

    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        self.0.load(Ordering::SeqCst)
    }
}

/// "2026-11-23 07:05 UTC": what emails and the CLI show.
pub fn format_utc(ts: Timestamp) -> String {
    let days = ts.div_euclid(86_400);
    let secs = ts.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60
    )
}

/// A moment in UTC as people write it: year, month (1–12), day, hour, minute.
pub fn civil(ts: Timestamp) -> (i64, i64, i64, i64, i64) {
    let (y, m, d) = civil_from_days(ts.div_euclid(86_400));
    let secs = ts.rem_euclid(86_400);
    (y, m, d, secs / 3600, secs % 3600 / 60)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod seconds_tests {
    use super::Seconds;

    #[test]
    fn seconds_convert_once_and_never_go_negative() {
        assert_eq!(Seconds::minutes(30).get(), 1800);
        assert_eq!(Seconds::hours(2).get(), 7200);
        assert_eq!(Seconds::new(-5).get(), 0);
        assert_eq!(Seconds::from_u64(u64::MAX).get(), i64::MAX);
        assert_eq!(Seconds::new(90).std(), std::time::Duration::from_secs(90));
        assert_eq!(Seconds::hours(i64::MAX).get(), i64::MAX);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_dates() {
        assert_eq!(format_utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(format_utc(1_795_417_500), "2026-11-23 07:05 UTC");
    }
}

//! Slows down password guessing without ever locking an account for good, and without
//! letting anyone lock out a person on a browser they have used before.
//!
//! An attempt from a known device (`auth::known_device`) counts against that device only.
//! Any other attempt counts against the account key (the lowercased email, whether or not
//! such an account exists, so throttling reveals nothing) for unknown devices, and against
//! the client address. So an attacker elsewhere, guessing at an account, blocks only other
//! unknown devices; the account holder's own browser signs in as before, and a stolen
//! password list is still slowed down per account and per address.
//!
//! After a few free failures each further one doubles a delay, capped at `max_delay`; a
//! quiet `window` forgets everything. The counts are in the database, so a restart
//! forgives nothing.

use std::net::IpAddr;

use crate::clock::Timestamp;
use crate::http::extract::address_key;
use crate::store::throttle::FailureCount;
use crate::store::Store;

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub free_failures: i64,
    pub base_delay: i64,
    pub max_delay: i64,
    pub window: i64,
}

/// The account holder's own browser: a person mistyping, or someone at their keyboard.
pub const DEVICE_POLICY: Policy = Policy {
    free_failures: 5,
    base_delay: 30,
    max_delay: 15 * 60,
    window: 60 * 60,
};
pub const ACCOUNT_POLICY: Policy = Policy {
    free_failures: 5,
    base_delay: 30,
    max_delay: 15 * 60,
    window: 60 * 60,
};
pub const IP_POLICY: Policy = Policy {
    free_failures: 30,
    base_delay: 30,
    max_delay: 15 * 60,
    window: 60 * 60,
};

/// An attempt that must wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Blocked {
    pub retry_after_secs: u64,
    /// Failures past the free ones, on the counter furthest past them.
    pub over: usize,
}

/// Whose failures an attempt counts against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// From a browser that has signed in to this account before (its throttle key).
    KnownDevice(String),
    /// From anywhere else.
    Unknown { account: String, ip: IpAddr },
}

impl Attempt {
    pub fn is_known_device(&self) -> bool {
        matches!(self, Attempt::KnownDevice(_))
    }

    fn counters(&self) -> Vec<(&'static str, String, Policy)> {
        match self {
            Attempt::KnownDevice(device) => vec![("device", device.clone(), DEVICE_POLICY)],
            Attempt::Unknown { account, ip } => vec![
                ("account", account.clone(), ACCOUNT_POLICY),
                ("ip", address_key(*ip).to_string(), IP_POLICY),
            ],
        }
    }
}

/// The record after one more failure at `now`.
pub fn after_failure(
    current: Option<FailureCount>,
    policy: Policy,
    now: Timestamp,
) -> FailureCount {
    let mut entry = current.unwrap_or_default();
    if now - entry.last_failure >= policy.window {
        entry.failures = 0;
    }
    entry.failures += 1;
    entry.last_failure = now;
    if entry.failures >= policy.free_failures {
        let doublings = (entry.failures - policy.free_failures).min(20) as u32;
        entry.blocked_until = now + (policy.base_delay << doublings).min(policy.max_delay);
    }
    entry
}

fn blocked_for(entry: Option<FailureCount>, now: Timestamp) -> Option<i64> {
    entry
        .filter(|e| e.blocked_until > now)
        .map(|e| e.blocked_until - now)
}

#[derive(Clone)]
pub struct Throttle {
    store: Store,
}

impl Throttle {
    pub fn new(store: Store) -> Self {
        Throttle { store }
    }

    /// Seconds to wait before this attempt may be checked, if it must wait.
    pub async fn retry_after(
        &self,
        attempt: &Attempt,
        now: Timestamp,
    ) -> anyhow::Result<Option<u64>> {
        Ok(self
            .blocked(attempt, now)
            .await?
            .map(|b| b.retry_after_secs))
    }

    /// Whether this attempt must wait, for how long and how far past the free failures
    /// its counters are (what the human check's level rises with).
    pub async fn blocked(
        &self,
        attempt: &Attempt,
        now: Timestamp,
    ) -> anyhow::Result<Option<Blocked>> {
        let mut blocked: Option<Blocked> = None;
        for (scope, key, policy) in attempt.counters() {
            let entry = self.store.failure_count(scope, &key).await?;
            if let (Some(wait), Some(entry)) = (blocked_for(entry, now), entry) {
                let over = usize::try_from(entry.failures - policy.free_failures).unwrap_or(0);
                let this = Blocked {
                    retry_after_secs: wait.max(1) as u64,
                    over,
                };
                blocked = Some(match blocked {
                    Some(b) => Blocked {
                        retry_after_secs: b.retry_after_secs.max(this.retry_after_secs),
                        over: b.over.max(this.over),
                    },
                    None => this,
                });
            }
        }
        Ok(blocked)
    }

    /// Counts a failure against each of the attempt's counters; true when that starts a
    /// block for any of them, so callers log the moment throttling begins rather than
    /// every refused attempt.
    pub async fn record_failure(&self, attempt: &Attempt, now: Timestamp) -> anyhow::Result<bool> {
        let mut started = false;
        for (scope, key, policy) in attempt.counters() {
            let (before, after) = self
                .store
                .count_failure(scope, &key, |current| after_failure(current, policy, now))
                .await?;
            started |=
                blocked_for(before, now).is_none() && blocked_for(Some(after), now).is_some();
        }
        Ok(started)
    }

    /// A correct password clears the device's or the account's count; an address's stays,
    /// so one valid account cannot be used to wash an address's record.
    pub async fn record_success(&self, attempt: &Attempt) -> anyhow::Result<()> {
        match attempt {
            Attempt::KnownDevice(device) => self.store.clear_failures("device", device).await,
            Attempt::Unknown { account, .. } => self.store.clear_failures("account", account).await,
        }
    }

    /// Forgets counts whose window has passed.
    pub async fn prune(&self, now: Timestamp) -> anyhow::Result<u64> {
        let longest = DEVICE_POLICY
            .window
            .max(ACCOUNT_POLICY.window)
            .max(IP_POLICY.window);
        self.store.prune_failures(now - longest, now).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IP: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
    const OTHER_IP: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 2));

    async fn throttle() -> (Throttle, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        (Throttle::new(Store::open(&url).await.unwrap()), dir)
    }

    fn unknown(account: &str, ip: IpAddr) -> Attempt {
        Attempt::Unknown {
            account: account.into(),
            ip,
        }
    }

    #[test]
    fn delays_double_from_the_free_failures_and_are_capped() {
        let mut entry = None;
        let mut delays = Vec::new();
        for n in 0..12 {
            let next = after_failure(entry, ACCOUNT_POLICY, 1000 + n);
            if next.blocked_until > 0 {
                delays.push(next.blocked_until - next.last_failure);
            }
            entry = Some(next);
        }
        assert_eq!(&delays[..4], &[30, 60, 120, 240]);
        assert_eq!(*delays.last().unwrap(), 900);
        assert_eq!(delays.len(), 8, "the first four failures are free");
    }

    #[test]
    fn a_quiet_window_starts_the_count_again() {
        let mut entry = None;
        for _ in 0..20 {
            entry = Some(after_failure(entry, ACCOUNT_POLICY, 1000));
        }
        let later = after_failure(entry, ACCOUNT_POLICY, 1000 + 3600);
        assert_eq!(later.failures, 1);
        assert!(later.blocked_until <= 1000 + 900);
    }

    #[tokio::test]
    async fn an_account_is_throttled_for_unknown_devices_from_any_address() {
        let (t, _dir) = throttle().await;
        let mut started = Vec::new();
        for _ in 0..ACCOUNT_POLICY.free_failures {
            started.push(t.record_failure(&unknown("a@x", IP), 1000).await.unwrap());
        }
        assert_eq!(started.iter().filter(|&&s| s).count(), 1, "{started:?}");
        assert_eq!(
            t.retry_after(&unknown("a@x", OTHER_IP), 1000)
                .await
                .unwrap(),
            Some(30)
        );
        assert_eq!(
            t.retry_after(&unknown("b@x", OTHER_IP), 1000)
                .await
                .unwrap(),
            None
        );
        for _ in 0..3 {
            t.record_failure(&unknown("a@x", IP), 1000).await.unwrap();
        }
        let blocked = t.blocked(&unknown("a@x", OTHER_IP), 1000).await.unwrap();
        assert_eq!(
            blocked.map(|b| b.over),
            Some(3),
            "three past the free failures"
        );
    }

    #[tokio::test]
    async fn a_known_device_counts_alone_and_is_never_blocked_by_others() {
        let (t, _dir) = throttle().await;
        for _ in 0..50 {
            t.record_failure(&unknown("a@x", IP), 1000).await.unwrap();
        }
        let mine = Attempt::KnownDevice("device-1".into());
        assert_eq!(t.retry_after(&mine, 1000).await.unwrap(), None);
        for _ in 0..DEVICE_POLICY.free_failures {
            t.record_failure(&mine, 1000).await.unwrap();
        }
        assert!(t.retry_after(&mine, 1000).await.unwrap().is_some());
        let other_device = Attempt::KnownDevice("device-2".into());
        assert_eq!(t.retry_after(&other_device, 1000).await.unwrap(), None);
    }

    #[tokio::test]
    async fn an_address_is_throttled_across_accounts() {
        let (t, _dir) = throttle().await;
        for i in 0..IP_POLICY.free_failures {
            t.record_failure(&unknown(&format!("user{i}@x"), IP), 1000)
                .await
                .unwrap();
        }
        assert!(t
            .retry_after(&unknown("fresh@x", IP), 1000)
            .await
            .unwrap()
            .is_some());
        assert_eq!(
            t.retry_after(&unknown("fresh@x", OTHER_IP), 1000)
                .await
                .unwrap(),
            None
        );
    }

    #[tokio::test]
    async fn success_clears_the_account_but_not_the_address_and_old_counts_are_pruned() {
        let (t, _dir) = throttle().await;
        for _ in 0..4 {
            t.record_failure(&unknown("a@x", IP), 1000).await.unwrap();
        }
        t.record_success(&unknown("a@x", IP)).await.unwrap();
        assert_eq!(t.store.failure_count("account", "a@x").await.unwrap(), None);
        assert_eq!(
            t.store
                .failure_count("ip", "127.0.0.1")
                .await
                .unwrap()
                .unwrap()
                .failures,
            4
        );
        assert_eq!(t.prune(1000 + 3599).await.unwrap(), 0);
        assert_eq!(t.prune(1000 + 3601).await.unwrap(), 1);
    }
}

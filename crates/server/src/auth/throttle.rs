//! Slows down password guessing without ever locking an account for good.
//!
//! Failures are counted per account key (the lowercased email, whether or not such an
//! account exists, so throttling reveals nothing) and per client IP. After a few free
//! failures each further one doubles a delay, capped at `max_delay`; a quiet `window`
//! forgets everything. Kept in memory: a restart forgives, which is acceptable for a
//! speed bump and keeps the hot path free of writes.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use crate::clock::Timestamp;

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub free_failures: u32,
    pub base_delay: i64,
    pub max_delay: i64,
    pub window: i64,
}

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

/// Bound on remembered keys; stale entries are dropped first when it is reached.
const MAX_ENTRIES: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Entry {
    failures: u32,
    last_failure: Timestamp,
    blocked_until: Timestamp,
}

struct Table {
    policy: Policy,
    entries: HashMap<String, Entry>,
}

impl Table {
    fn new(policy: Policy) -> Self {
        Table {
            policy,
            entries: HashMap::new(),
        }
    }

    fn blocked_for(&self, key: &str, now: Timestamp) -> Option<i64> {
        let entry = self.entries.get(key)?;
        (entry.blocked_until > now).then(|| entry.blocked_until - now)
    }

    /// Counts a failure; true when it starts a block.
    fn fail(&mut self, key: &str, now: Timestamp) -> bool {
        if self.entries.len() >= MAX_ENTRIES {
            let policy = self.policy;
            self.entries
                .retain(|_, e| now - e.last_failure < policy.window || e.blocked_until > now);
        }
        let policy = self.policy;
        let entry = self.entries.entry(key.to_string()).or_insert(Entry {
            failures: 0,
            last_failure: now,
            blocked_until: 0,
        });
        if now - entry.last_failure >= policy.window {
            entry.failures = 0;
        }
        let was_blocked = entry.blocked_until > now;
        entry.failures += 1;
        entry.last_failure = now;
        if entry.failures >= policy.free_failures {
            let doublings = (entry.failures - policy.free_failures).min(20);
            let delay = (policy.base_delay << doublings).min(policy.max_delay);
            entry.blocked_until = now + delay;
        }
        !was_blocked && entry.blocked_until > now
    }
}

pub struct Throttle {
    accounts: Mutex<Table>,
    ips: Mutex<Table>,
}

impl Default for Throttle {
    fn default() -> Self {
        Throttle::new(ACCOUNT_POLICY, IP_POLICY)
    }
}

impl Throttle {
    pub fn new(account: Policy, ip: Policy) -> Self {
        Throttle {
            accounts: Mutex::new(Table::new(account)),
            ips: Mutex::new(Table::new(ip)),
        }
    }

    /// Seconds to wait before another attempt for this account key or IP, if any.
    pub fn retry_after(&self, account_key: &str, ip: IpAddr, now: Timestamp) -> Option<u64> {
        let by_account = lock(&self.accounts).blocked_for(account_key, now);
        let by_ip = lock(&self.ips).blocked_for(&ip.to_string(), now);
        by_account.max(by_ip).map(|secs| secs.max(1) as u64)
    }

    /// Counts a failure against both keys; true when that starts a block for either, so
    /// callers can log the moment throttling begins rather than every refused attempt.
    pub fn record_failure(&self, account_key: &str, ip: IpAddr, now: Timestamp) -> bool {
        let account = lock(&self.accounts).fail(account_key, now);
        let address = lock(&self.ips).fail(&ip.to_string(), now);
        account || address
    }

    /// A correct password clears the account's count; the IP's stays, so one valid account
    /// cannot be used to wash an address's record.
    pub fn record_success(&self, account_key: &str) {
        lock(&self.accounts).entries.remove(account_key);
    }
}

fn lock(table: &Mutex<Table>) -> std::sync::MutexGuard<'_, Table> {
    // A panic while holding the lock cannot leave a Table inconsistent: keep going.
    table
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    const IP: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
    const OTHER_IP: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 2));

    #[test]
    fn the_first_failures_are_free() {
        let t = Throttle::default();
        for _ in 0..ACCOUNT_POLICY.free_failures - 1 {
            t.record_failure("a@x", IP, 1000);
        }
        assert_eq!(t.retry_after("a@x", IP, 1000), None);
    }

    #[test]
    fn only_the_failure_that_starts_a_block_says_so() {
        let t = Throttle::default();
        let started: Vec<bool> = (0..ACCOUNT_POLICY.free_failures)
            .map(|_| t.record_failure("a@x", IP, 1000))
            .collect();
        assert_eq!(started.iter().filter(|&&s| s).count(), 1);
        assert!(*started.last().unwrap());
    }

    #[test]
    fn delays_double_and_are_capped() {
        let t = Throttle::default();
        let mut now = 1000;
        let mut delays = Vec::new();
        for _ in 0..12 {
            t.record_failure("a@x", IP, now);
            if let Some(wait) = t.retry_after("a@x", IP, now) {
                delays.push(wait);
                now += wait as i64;
            }
        }
        assert_eq!(&delays[..4], &[30, 60, 120, 240]);
        assert!(delays.iter().all(|&d| d <= 900));
        assert_eq!(*delays.last().unwrap(), 900);
    }

    #[test]
    fn a_quiet_window_forgets_and_nothing_locks_forever() {
        let t = Throttle::default();
        for _ in 0..20 {
            t.record_failure("a@x", IP, 1000);
        }
        assert!(t.retry_after("a@x", IP, 1000).is_some());
        assert_eq!(t.retry_after("a@x", IP, 1000 + 15 * 60), None);
        t.record_failure("a@x", IP, 1000 + 3600);
        assert_eq!(
            t.retry_after("a@x", IP, 1000 + 3600),
            None,
            "count restarted"
        );
    }

    #[test]
    fn accounts_are_throttled_from_any_address() {
        let t = Throttle::default();
        for _ in 0..ACCOUNT_POLICY.free_failures {
            t.record_failure("a@x", IP, 1000);
        }
        assert!(t.retry_after("a@x", OTHER_IP, 1000).is_some());
        assert_eq!(t.retry_after("b@x", OTHER_IP, 1000), None);
    }

    #[test]
    fn an_address_is_throttled_across_accounts() {
        let t = Throttle::default();
        for i in 0..IP_POLICY.free_failures {
            t.record_failure(&format!("user{i}@x"), IP, 1000);
        }
        assert!(t.retry_after("fresh@x", IP, 1000).is_some());
        assert_eq!(t.retry_after("fresh@x", OTHER_IP, 1000), None);
    }

    #[test]
    fn success_clears_the_account_but_not_the_address() {
        let t = Throttle::new(
            Policy {
                free_failures: 2,
                ..ACCOUNT_POLICY
            },
            Policy {
                free_failures: 2,
                ..IP_POLICY
            },
        );
        t.record_failure("a@x", IP, 1000);
        t.record_success("a@x");
        t.record_failure("a@x", IP, 1000);
        assert_eq!(lock(&t.accounts).entries["a@x"].failures, 1);
        assert_eq!(lock(&t.ips).entries[&IP.to_string()].failures, 2);
    }
}

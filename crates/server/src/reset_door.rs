//! Reset requests are limited where they arrive, before any work is queued.
//!
//! A request is admitted only while its address (the typed email, lowercased) and its
//! client address (an IPv6 /64 counts as one) are under their hourly limits; admitted
//! requests go into one of two bounded queues that one worker drains, always the first
//! before the second: requests for an address that has an account, and all the others.
//! Everything else — over a limit, or its queue full — is dropped, and every caller gets
//! the same 202 whatever happened, so the answer says nothing about accounts or limits.
//! A flood from one address thus costs a hash-map lookup per request, and a flood of
//! made-up addresses from many can never delay a real client's email by more than one
//! batch of the worker.
//!
//! The counts live in memory and are rebuilt at start from the `password_reset.requested`
//! events of the last hour, which the worker records for every request it handles, so
//! the limits survive a restart.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Mutex;

use tokio::sync::mpsc;

use crate::clock::Timestamp;
use crate::http::extract::{address_key, Client};
use crate::store::accounts::email_key;
use crate::sync::lock;

pub const WINDOW_SECS: i64 = 3600;
/// Requests for addresses without an account admitted but not yet handled; the rest
/// are dropped.
pub const QUEUE_CAPACITY: usize = 1024;
/// The same for addresses with an account. Each address has its own small allowance,
/// so filling this needs hundreds of real addresses, and each of their owners gets
/// only the emails that allowance lets through.
pub const ACCOUNT_QUEUE_CAPACITY: usize = 256;
/// Addresses remembered per table (about 20 MB in all when both are full). When full,
/// keys whose hour has passed are forgotten, then the tenth whose last request is
/// oldest: under a flood from more addresses than that, forgetting the quietest is
/// better than refusing everyone new.
const MAX_KEYS: usize = 100_000;

/// Work for the queue's worker.
#[derive(Debug)]
pub enum Job {
    /// Handle a request: send a link if the account exists and may have one.
    /// `checked`: a human check passed, which lifts the per-IP limit.
    Request {
        email: String,
        client: Client,
        checked: bool,
    },
    /// Record, once per hour per key, that requests are being dropped for a limit.
    Throttled {
        email: String,
        client: Client,
        why: Limit,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    PerAddress,
    PerIp,
}

impl Limit {
    pub fn detail(self) -> &'static str {
        match self {
            Limit::PerAddress => {
                "too many requests for this address in the last hour: further requests ignored"
            }
            Limit::PerIp => {
                "too many requests from this IP address in the last hour: further requests ignored"
            }
        }
    }
}

/// Which queue a request waits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// The address has an account that may get a link: handled first.
    Account,
    /// No such account, or an archived one: nothing will be sent.
    NoAccount,
}

/// What the door did with a request (the caller's answer is the same in every case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Queued,
    OverLimit(Limit),
    /// The queue was full.
    Dropped,
}

pub struct ResetDoor {
    limits: Limits,
    tables: Mutex<Tables>,
    queue: mpsc::Sender<Job>,
    account_queue: mpsc::Sender<Job>,
    /// Requests dropped since the last warning, and when that was: a flood must not
    /// turn into a log line per request.
    dropped: AtomicU64,
    warned_at: AtomicI64,
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub per_address: usize,
    pub per_ip: usize,
}

struct Tables {
    addresses: Window<String>,
    ips: Window<IpAddr>,
}

impl ResetDoor {
    /// The door and the receiving end of its queues, for the worker.
    pub fn new(limits: Limits) -> (ResetDoor, Jobs) {
        let (queue, others) = mpsc::channel(QUEUE_CAPACITY);
        let (account_queue, accounts) = mpsc::channel(ACCOUNT_QUEUE_CAPACITY);
        let door = ResetDoor {
            limits,
            tables: Mutex::new(Tables {
                addresses: Window::default(),
                ips: Window::default(),
            }),
            queue,
            account_queue,
            dropped: AtomicU64::new(0),
            warned_at: AtomicI64::new(i64::MIN),
        };
        (door, Jobs { accounts, others })
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Counts a request handled before a restart.
    pub fn replay(&self, email: &str, ip: Option<IpAddr>, at: Timestamp, now: Timestamp) {
        let mut tables = lock(&self.tables);
        let address = email_key(email);
        tables.addresses.make_room(&address, now);
        tables.addresses.record(address, at, now);
        if let Some(ip) = ip.map(address_key) {
            tables.ips.make_room(&ip, now);
            tables.ips.record(ip, at, now);
        }
    }

    /// Whether a request would be under both its limits now: only such requests are
    /// worth looking up an account for (the flood from one address stays a hash-map
    /// lookup). [`ResetDoor::admit`] checks again.
    /// Whether a request would pass both limits; `checked` (a human check passed) lifts
    /// the per-IP one.
    pub fn under_limits(
        &self,
        email: &str,
        client: &Client,
        now: Timestamp,
        checked: bool,
    ) -> bool {
        let mut tables = lock(&self.tables);
        tables.addresses.count(&email_key(email), now) < self.limits.per_address
            && (checked || tables.ips.count(&client.key(), now) < self.limits.per_ip)
    }

    /// When `client`'s address has used its hourly allowance: how many requests past it
    /// were let through (with a human check) this hour, and whether this is the first
    /// time this hour it is asked about (events are recorded once an hour, not per
    /// request of a flood).
    pub fn ip_overage(&self, client: &Client, now: Timestamp) -> Option<(usize, bool)> {
        let ip = client.key();
        let mut tables = lock(&self.tables);
        let over = tables.ips.count(&ip, now).checked_sub(self.limits.per_ip)?;
        Some((over, tables.ips.first_question(&ip)))
    }

    /// Lets a request in, or says which limit refused it. `checked`: the person passed a
    /// human check, so the per-IP limit does not apply (the per-address one always does:
    /// it protects the mailbox, not the server).
    pub fn admit(
        &self,
        email: &str,
        client: &Client,
        lane: Lane,
        now: Timestamp,
        checked: bool,
    ) -> Admission {
        let address = email_key(email);
        let ip = client.key();
        let queue = match lane {
            Lane::Account => &self.account_queue,
            Lane::NoAccount => &self.queue,
        };
        let (why, first) = {
            let mut tables = lock(&self.tables);
            let by_address = tables.addresses.count(&address, now);
            let by_ip = tables.ips.count(&ip, now);
            if by_address >= self.limits.per_address {
                (Limit::PerAddress, tables.addresses.first_refusal(&address))
            } else if by_ip >= self.limits.per_ip && !checked {
                (Limit::PerIp, tables.ips.first_refusal(&ip))
            } else if lane == Lane::NoAccount
                && by_ip > 0
                && self.queue.capacity() < QUEUE_CAPACITY / 2
            {
                // Under pressure (the queue half full), each address gets only its first
                // request of the hour through: a flood from many addresses then sends the
                // worker one job per address, not twenty, and a client asking for the
                // first time still gets in.
                return Admission::Dropped;
            } else {
                let job = Job::Request {
                    email: email.to_string(),
                    client: client.clone(),
                    checked,
                };
                // Counted only once queued: a request the full queue drops costs its
                // sender none of their allowance.
                if queue.try_send(job).is_err() {
                    return Admission::Dropped;
                }
                tables.addresses.make_room(&address, now);
                tables.addresses.record(address, now, now);
                tables.ips.make_room(&ip, now);
                tables.ips.record(ip, now, now);
                return Admission::Queued;
            }
        };
        if first {
            // For the log only: nothing is lost if the queue has no room for it.
            let _ = self.queue.try_send(Job::Throttled {
                email: email.to_string(),
                client: client.clone(),
                why,
            });
        }
        Admission::OverLimit(why)
    }
}

impl ResetDoor {
    /// Counts a dropped request; at most once a minute returns how many were dropped
    /// since the last time, for a warning.
    pub fn count_dropped(&self, now: Timestamp) -> Option<u64> {
        self.dropped.fetch_add(1, Ordering::Relaxed);
        let last = self.warned_at.load(Ordering::Relaxed);
        (now >= last.saturating_add(60)
            && self
                .warned_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok())
        .then(|| self.dropped.swap(0, Ordering::Relaxed))
    }
}

/// The worker's end of the door's two queues.
pub struct Jobs {
    accounts: mpsc::Receiver<Job>,
    others: mpsc::Receiver<Job>,
}

impl Jobs {
    /// Waits for jobs and moves up to `limit` of them into `batch`, from the account
    /// queue whenever it has any (`biased` polls it first); 0 once the door is gone.
    pub async fn next_batch(&mut self, batch: &mut Vec<Job>, limit: usize) -> usize {
        let first = tokio::select! {
            biased;
            job = self.accounts.recv() => job,
            job = self.others.recv() => job,
        };
        let Some(job) = first else {
            return 0;
        };
        batch.push(job);
        let mut taken = 1;
        while taken < limit {
            match self.accounts.try_recv().or_else(|_| self.others.try_recv()) {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
            taken += 1;
        }
        taken
    }

    /// Takes one waiting job, accounts first (for tests).
    #[cfg(test)]
    fn try_recv(&mut self) -> Result<Job, mpsc::error::TryRecvError> {
        self.accounts.try_recv().or_else(|_| self.others.try_recv())
    }
}

/// When each key's requests of the last hour arrived (at most the limit's worth are
/// needed, so an entry never holds more than that), and whether a refusal was recorded.
struct Window<K> {
    entries: HashMap<K, Entry>,
    max_keys: usize,
}

#[derive(Default)]
struct Entry {
    times: VecDeque<Timestamp>,
    refusal_recorded: bool,
    /// A human check was asked of this key this hour (recorded once, like refusals).
    question_recorded: bool,
}

impl<K> Default for Window<K> {
    fn default() -> Self {
        Window {
            entries: HashMap::new(),
            max_keys: MAX_KEYS,
        }
    }
}

/// Longest log kept per key: no limit is set anywhere near this high in practice, and it
/// bounds memory when one is.
const MAX_TIMES_PER_KEY: usize = 10_000;

impl<K: Hash + Eq> Window<K> {
    fn count(&mut self, key: &K, now: Timestamp) -> usize {
        let Some(entry) = self.entries.get_mut(key) else {
            return 0;
        };
        while entry
            .times
            .front()
            .is_some_and(|&at| at <= now - WINDOW_SECS)
        {
            entry.times.pop_front();
        }
        if entry.times.is_empty() {
            entry.refusal_recorded = false;
            entry.question_recorded = false;
        }
        entry.times.len()
    }

    /// True the first time a key is refused in its window.
    fn first_refusal(&mut self, key: &K) -> bool {
        self.first_time(key, |entry| &mut entry.refusal_recorded)
    }

    /// True the first time in its window a human check is asked of `key`.
    fn first_question(&mut self, key: &K) -> bool {
        self.first_time(key, |entry| &mut entry.question_recorded)
    }

    fn first_time(&mut self, key: &K, flag: fn(&mut Entry) -> &mut bool) -> bool {
        match self.entries.get_mut(key).map(flag) {
            Some(seen) if !*seen => {
                *seen = true;
                true
            }
            _ => false,
        }
    }

    /// Makes sure `key` can be remembered: forgets keys whose hour has passed, then, if
    /// the table is still full, the tenth of keys whose last request is oldest.
    fn make_room(&mut self, key: &K, now: Timestamp) {
        if self.entries.len() < self.max_keys || self.entries.contains_key(key) {
            return;
        }
        self.entries
            .retain(|_, entry| entry.times.back().is_some_and(|&at| at > now - WINDOW_SECS));
        if self.entries.len() < self.max_keys {
            return;
        }
        let mut last: Vec<Timestamp> = self
            .entries
            .values()
            .map(|entry| entry.times.back().copied().unwrap_or(Timestamp::MIN))
            .collect();
        let tenth = (last.len() / 10).max(1);
        let (_, &mut cut, _) = last.select_nth_unstable(tenth - 1);
        self.entries
            .retain(|_, entry| entry.times.back().is_some_and(|&at| at > cut));
    }

    fn record(&mut self, key: K, at: Timestamp, now: Timestamp) {
        if at <= now - WINDOW_SECS {
            return;
        }
        let entry = self.entries.entry(key).or_default();
        if entry.times.len() >= MAX_TIMES_PER_KEY {
            entry.times.pop_front();
        }
        // Replayed history arrives oldest first; keep the log ordered all the same.
        let at_or_after = entry.times.partition_point(|&t| t <= at);
        entry.times.insert(at_or_after, at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(ip: &str) -> Client {
        Client {
            ip: ip.parse().unwrap(),
            user_agent: String::new(),
            languages: Vec::new(),
        }
    }

    fn door(per_address: usize, per_ip: usize) -> (ResetDoor, Jobs) {
        ResetDoor::new(Limits {
            per_address,
            per_ip,
        })
    }

    #[test]
    fn an_address_gets_its_hourly_allowance_then_is_refused_until_the_hour_passes() {
        let (door, _jobs) = door(3, 20);
        let ip = client("192.0.2.1");
        for _ in 0..3 {
            assert_eq!(
                door.admit("A@x.com", &ip, Lane::NoAccount, 1000, false),
                Admission::Queued
            );
        }
        assert_eq!(
            door.admit("a@X.com", &ip, Lane::NoAccount, 1001, false),
            Admission::OverLimit(Limit::PerAddress)
        );
        assert_eq!(
            door.admit("b@x.com", &ip, Lane::NoAccount, 1001, false),
            Admission::Queued
        );
        assert_eq!(
            door.admit("a@x.com", &ip, Lane::NoAccount, 1000 + WINDOW_SECS, false),
            Admission::Queued
        );
    }

    #[test]
    fn an_ip_is_limited_across_addresses_and_a_64_is_one_ip() {
        let (door, _jobs) = door(3, 4);
        for i in 0..4 {
            let from = client(&format!("2001:db8::{i}"));
            assert_eq!(
                door.admit(&format!("u{i}@x.com"), &from, Lane::NoAccount, 1000, false),
                Admission::Queued
            );
        }
        assert_eq!(
            door.admit(
                "new@x.com",
                &client("2001:db8::99"),
                Lane::NoAccount,
                1000,
                false
            ),
            Admission::OverLimit(Limit::PerIp)
        );
        assert_eq!(
            door.admit(
                "new@x.com",
                &client("2001:db8:1::1"),
                Lane::NoAccount,
                1000,
                false
            ),
            Admission::Queued
        );
    }

    #[test]
    fn only_the_first_refusal_of_an_hour_is_queued_for_the_log() {
        let (door, mut jobs) = door(1, 20);
        let ip = client("192.0.2.1");
        door.admit("a@x.com", &ip, Lane::NoAccount, 1000, false);
        for _ in 0..100 {
            door.admit("a@x.com", &ip, Lane::NoAccount, 1001, false);
        }
        let mut throttled = 0;
        let mut requests = 0;
        while let Ok(job) = jobs.try_recv() {
            match job {
                Job::Throttled { why, .. } => {
                    assert_eq!(why, Limit::PerAddress);
                    throttled += 1
                }
                Job::Request { .. } => requests += 1,
            }
        }
        assert_eq!((requests, throttled), (1, 1));
    }

    #[test]
    fn the_queue_is_bounded_and_what_does_not_fit_is_dropped() {
        let (door, _jobs) = door(usize::MAX, usize::MAX);
        let outcomes: Vec<Admission> = (0..QUEUE_CAPACITY + 10)
            .map(|i| {
                let from = client(&format!("10.{}.{}.1", i / 200, i % 200));
                door.admit(&format!("u{i}@x.com"), &from, Lane::NoAccount, 1000, false)
            })
            .collect();
        assert!(outcomes[..QUEUE_CAPACITY]
            .iter()
            .all(|&a| a == Admission::Queued));
        assert!(outcomes[QUEUE_CAPACITY..]
            .iter()
            .all(|&a| a == Admission::Dropped));
    }

    #[test]
    fn a_full_table_forgets_its_quietest_keys_instead_of_refusing_new_ones() {
        let mut window = Window::<String> {
            entries: HashMap::new(),
            max_keys: 20,
        };
        for i in 0..20 {
            window.record(format!("k{i}"), 1000 + i, 1000 + i);
        }
        window.make_room(&"new".to_string(), 1100);
        window.record("new".into(), 1100, 1100);
        assert_eq!(window.entries.len(), 19, "the oldest tenth went");
        assert!(!window.entries.contains_key("k0") && !window.entries.contains_key("k1"));
        assert!(window.entries.contains_key("k19") && window.entries.contains_key("new"));
        window.record("extra".into(), 1100, 1100);
        // Keys past their hour go first (k2 to k10), and then that is enough.
        window.make_room(&"later".to_string(), 1010 + WINDOW_SECS);
        assert_eq!(window.entries.len(), 11);
    }

    #[test]
    fn a_request_the_full_queue_drops_costs_no_allowance() {
        let (door, mut jobs) = door(1, 20);
        for i in 0..QUEUE_CAPACITY {
            let from = client(&format!("10.0.{}.{}", i / 200, i % 200));
            door.admit(&format!("u{i}@x.com"), &from, Lane::NoAccount, 1000, false);
        }
        let ip = client("192.0.2.1");
        assert_eq!(
            door.admit("a@x.com", &ip, Lane::NoAccount, 1000, false),
            Admission::Dropped
        );
        jobs.try_recv().unwrap();
        assert_eq!(
            door.admit("a@x.com", &ip, Lane::NoAccount, 1000, false),
            Admission::Queued
        );
    }

    #[test]
    fn under_pressure_only_an_addresss_first_request_gets_through() {
        let (door, mut jobs) = door(3, 20);
        let busy = client("192.0.2.1");
        assert_eq!(
            door.admit("a@x.com", &busy, Lane::NoAccount, 1000, false),
            Admission::Queued
        );
        for i in 0..QUEUE_CAPACITY / 2 {
            let from = client(&format!("10.0.{}.{}", i / 200, i % 200));
            assert_eq!(
                door.admit(&format!("u{i}@x.com"), &from, Lane::NoAccount, 1000, false),
                Admission::Queued
            );
        }
        assert_eq!(
            door.admit("b@x.com", &busy, Lane::NoAccount, 1000, false),
            Admission::Dropped
        );
        assert_eq!(
            door.admit(
                "c@x.com",
                &client("192.0.2.2"),
                Lane::NoAccount,
                1000,
                false
            ),
            Admission::Queued
        );
        while jobs.try_recv().is_ok() {}
        assert_eq!(
            door.admit("b@x.com", &busy, Lane::NoAccount, 1000, false),
            Admission::Queued
        );
    }

    #[tokio::test]
    async fn a_request_for_an_account_waits_behind_no_flood_of_made_up_addresses() {
        let (door, mut jobs) = door(3, 20);
        for i in 0..QUEUE_CAPACITY + 10 {
            let from = client(&format!("10.{}.{}.1", i / 200, i % 200));
            door.admit(&format!("u{i}@x.com"), &from, Lane::NoAccount, 1000, false);
        }
        let real = client("192.0.2.7");
        assert!(door.under_limits("real@x.com", &real, 1000, false));
        assert_eq!(
            door.admit("real@x.com", &real, Lane::Account, 1000, false),
            Admission::Queued
        );
        let mut batch = Vec::new();
        assert_eq!(jobs.next_batch(&mut batch, 256).await, 256);
        assert!(matches!(&batch[0], Job::Request { email, .. } if email == "real@x.com"));
        assert!(matches!(&batch[1], Job::Request { email, .. } if email == "u0@x.com"));
    }

    #[test]
    fn past_its_allowance_an_address_needs_a_human_check_which_lifts_only_the_ip_limit() {
        let (door, _jobs) = door(2, 3);
        let ip = client("192.0.2.1");
        for i in 0..3 {
            assert_eq!(door.ip_overage(&ip, 1000), None);
            door.admit(&format!("u{i}@x.com"), &ip, Lane::NoAccount, 1000, false);
        }
        // Asked about once an hour, however many requests follow.
        assert_eq!(door.ip_overage(&ip, 1000), Some((0, true)));
        assert_eq!(door.ip_overage(&ip, 1001), Some((0, false)));
        assert_eq!(
            door.admit("v@x.com", &ip, Lane::NoAccount, 1001, false),
            Admission::OverLimit(Limit::PerIp)
        );
        assert_eq!(
            door.admit("v@x.com", &ip, Lane::NoAccount, 1001, true),
            Admission::Queued
        );
        assert_eq!(door.ip_overage(&ip, 1001), Some((1, false)));
        // The address's own limit still holds with a check.
        door.admit("v@x.com", &ip, Lane::NoAccount, 1002, true);
        assert_eq!(
            door.admit("v@x.com", &ip, Lane::NoAccount, 1003, true),
            Admission::OverLimit(Limit::PerAddress)
        );
        assert_eq!(door.ip_overage(&ip, 1000 + WINDOW_SECS), None);
    }

    #[test]
    fn the_limits_hold_for_accounts_too() {
        let (door, _jobs) = door(1, 20);
        let ip = client("192.0.2.1");
        assert_eq!(
            door.admit("a@x.com", &ip, Lane::Account, 1000, false),
            Admission::Queued
        );
        assert!(!door.under_limits("a@x.com", &ip, 1000, false));
        assert_eq!(
            door.admit("a@x.com", &ip, Lane::Account, 1000, false),
            Admission::OverLimit(Limit::PerAddress)
        );
    }

    #[test]
    fn dropped_requests_are_reported_at_most_once_a_minute() {
        let (door, _jobs) = door(3, 20);
        assert_eq!(door.count_dropped(1000), Some(1));
        assert_eq!(door.count_dropped(1001), None);
        assert_eq!(door.count_dropped(1059), None);
        assert_eq!(door.count_dropped(1060), Some(3));
    }

    #[test]
    fn replayed_history_counts_until_its_hour_has_passed() {
        let (door, _jobs) = door(3, 20);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for at in [100, 200, 300] {
            door.replay("a@x.com", Some(ip), at, 400);
        }
        door.replay("old@x.com", Some(ip), 400 - WINDOW_SECS, 400);
        assert_eq!(
            door.admit("a@x.com", &client("192.0.2.9"), Lane::NoAccount, 400, false),
            Admission::OverLimit(Limit::PerAddress)
        );
        assert_eq!(
            door.admit(
                "a@x.com",
                &client("192.0.2.9"),
                Lane::NoAccount,
                100 + WINDOW_SECS,
                false
            ),
            Admission::Queued
        );
    }
}

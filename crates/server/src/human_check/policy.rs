//! When a request needs a human check: the one place that decides, from the portal's mode
//! (Portal → Settings, else `--human-check`) and how far the source is past its allowance.
//!
//! | action | allowance | past it, mode off |
//! |---|---|---|
//! | sign-in from an unknown device | the throttle's free failures, per account and per address (`auth::throttle`) | 429 with `Retry-After` |
//! | reset request | `--reset-limit-per-ip` an hour | ignored (the same 202) |
//! | staff sending a reset email or adding a client | `--staff-sends-allowance` per `--staff-sends-window` | served |
//!
//! Never asked: a known device (its own throttle answers 429, and an attack elsewhere
//! never reaches it) and automation API keys (their per-key limit stays). The level rises
//! with how far past its allowance the source is (`Level::for_overage`).

use std::collections::HashMap;
use std::sync::Mutex;

use portico_api::settings::HumanCheckMode;

use super::{require, Action, Ask, Level};
use crate::clock::Timestamp;
use crate::http::ApiError;
use crate::state::AppState;
use crate::store::events::Actor;

/// What to do with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Serve it.
    Proceed,
    /// Serve it once a check at this level is passed.
    Ask(Level),
    /// The mode is off and the source is past its allowance: what the action did before
    /// checks existed.
    Refuse,
}

/// `past`: how many requests past its allowance the source has gone (`None` within it).
pub fn decide(mode: HumanCheckMode, past: Option<usize>) -> Verdict {
    match (mode, past) {
        (HumanCheckMode::Off | HumanCheckMode::Automatic, None) => Verdict::Proceed,
        (HumanCheckMode::Off, Some(_)) => Verdict::Refuse,
        (HumanCheckMode::Automatic, Some(over)) => Verdict::Ask(Level::for_overage(over)),
        (HumanCheckMode::Always, past) => Verdict::Ask(Level::for_overage(past.unwrap_or(0))),
    }
}

/// Failures past the free ones (for one account, or from one address, in the throttle's
/// hour) after which unknown devices wait again, checked or not: proof of work costs a
/// native solver far less than a phone, and each pass costs the server an argon2
/// verification, so a flood's guesses stay bounded whatever work it does.
pub const SIGN_IN_CEILING: usize = 200;

/// Sign-in: a known device is never asked; its own throttle refuses when it must.
pub fn sign_in(mode: HumanCheckMode, known_device: bool, past: Option<usize>) -> Verdict {
    match (known_device, past) {
        (true, None) => Verdict::Proceed,
        (true, Some(_)) => Verdict::Refuse,
        (false, Some(over)) if over >= SIGN_IN_CEILING => Verdict::Refuse,
        (false, past) => decide(mode, past),
    }
}

/// Staff had no limit before checks existed, so with the mode off they are served.
pub fn staff(mode: HumanCheckMode, past: Option<usize>) -> Verdict {
    match decide(mode, past) {
        Verdict::Refuse => Verdict::Proceed,
        other => other,
    }
}

/// The per-staff allowance, from the flags.
#[derive(Debug, Clone, Copy)]
pub struct StaffAllowance {
    pub sends: u32,
    pub window_secs: i64,
}

impl StaffAllowance {
    /// How far past the allowance the next send is, given `sent` in the window.
    pub fn past(self, sent: u64) -> Option<usize> {
        sent.checked_sub(u64::from(self.sends))
            .map(|over| usize::try_from(over).unwrap_or(usize::MAX))
    }
}

/// The policy's state: the staff allowance and which sources were already noted as asked.
pub struct Policy {
    pub staff: StaffAllowance,
    noted: Mutex<Noted>,
}

#[derive(Default)]
struct Noted {
    at: HashMap<String, Timestamp>,
    last_sweep: Timestamp,
}

/// Sources remembered at once; an attack spread over more is noted for the first of them.
const MAX_NOTED: usize = 10_000;
const NOTE_EVERY_SECS: i64 = 3600;

impl Policy {
    pub fn new(staff: StaffAllowance) -> Policy {
        Policy {
            staff,
            noted: Mutex::new(Noted::default()),
        }
    }

    /// True the first time in an hour a question goes to `source`: questions cost the
    /// sender nothing, so a flood must not be a disk write per request. Bounded in memory.
    pub fn first_question(&self, source: &str, now: Timestamp) -> bool {
        let mut noted = self.noted.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(at) = noted.at.get(source) {
            if now - at < NOTE_EVERY_SECS {
                return false;
            }
        }
        if noted.at.len() >= MAX_NOTED && !noted.at.contains_key(source) {
            // Full: sweep out the old at most once a minute, so a flood of new sources
            // cannot make every request walk the whole map.
            if now - noted.last_sweep < 60 {
                return false;
            }
            noted.last_sweep = now;
            noted.at.retain(|_, at| now - *at < NOTE_EVERY_SECS);
            if noted.at.len() >= MAX_NOTED {
                return false;
            }
        }
        noted.at.insert(source.to_string(), now);
        true
    }
}

/// Staff sending a reset email or adding a client: past their allowance in the window,
/// each needs a check (or always, in that mode).
pub async fn staff_send(
    state: &AppState,
    staff_id: i64,
    action: Action,
    solution: Option<&str>,
    actor: &Actor,
) -> Result<(), ApiError> {
    let mode = state.settings.get().human_check;
    if mode == HumanCheckMode::Off {
        return Ok(());
    }
    let now = state.now();
    let allowance = state.human_checks.staff;
    let sent = state
        .store
        .staff_sends_since(staff_id, now - allowance.window_secs)
        .await?;
    match staff(mode, allowance.past(sent)) {
        Verdict::Proceed | Verdict::Refuse => Ok(()),
        Verdict::Ask(level) => {
            let source = format!("staff:{staff_id}");
            let first = state.human_checks.first_question(&source, now);
            let ask = Ask {
                action,
                level,
                source: &source,
            };
            require(state, solution, ask, actor, first).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use HumanCheckMode::{Always, Automatic, Off};

    #[test]
    fn automatic_asks_only_past_the_allowance_and_harder_as_it_grows() {
        assert_eq!(decide(Automatic, None), Verdict::Proceed);
        assert_eq!(decide(Automatic, Some(0)), Verdict::Ask(Level::Light));
        assert_eq!(decide(Automatic, Some(10)), Verdict::Ask(Level::Firm));
        assert_eq!(decide(Automatic, Some(500)), Verdict::Ask(Level::Heavy));
    }

    #[test]
    fn off_refuses_as_before_and_always_asks_even_within_the_allowance() {
        assert_eq!(decide(Off, None), Verdict::Proceed);
        assert_eq!(decide(Off, Some(3)), Verdict::Refuse);
        assert_eq!(decide(Always, None), Verdict::Ask(Level::Light));
        assert_eq!(decide(Always, Some(60)), Verdict::Ask(Level::Heavy));
    }

    #[test]
    fn a_known_device_is_never_asked_in_any_mode() {
        for mode in HumanCheckMode::ALL {
            assert_eq!(sign_in(mode, true, None), Verdict::Proceed);
            assert_eq!(sign_in(mode, true, Some(100)), Verdict::Refuse);
        }
        assert_eq!(
            sign_in(Automatic, false, Some(0)),
            Verdict::Ask(Level::Light)
        );
        assert_eq!(sign_in(Off, false, Some(0)), Verdict::Refuse);
    }

    #[test]
    fn staff_are_served_with_the_mode_off_and_asked_past_their_allowance() {
        let allowance = StaffAllowance {
            sends: 30,
            window_secs: 600,
        };
        assert_eq!(allowance.past(29), None);
        assert_eq!(allowance.past(30), Some(0));
        assert_eq!(staff(Off, allowance.past(100)), Verdict::Proceed);
        assert_eq!(
            staff(Automatic, allowance.past(30)),
            Verdict::Ask(Level::Light)
        );
        assert_eq!(staff(Automatic, allowance.past(29)), Verdict::Proceed);
    }

    #[test]
    fn a_source_is_noted_once_an_hour_and_memory_stays_bounded() {
        let policy = Policy::new(StaffAllowance {
            sends: 30,
            window_secs: 600,
        });
        assert!(policy.first_question("a", 1000));
        assert!(!policy.first_question("a", 1000 + 3599));
        assert!(policy.first_question("a", 1000 + 3600));
        for i in 0..MAX_NOTED {
            policy.first_question(&format!("flood-{i}"), 5000);
        }
        assert!(!policy.first_question("late", 5000), "full: not noted");
        assert!(policy.noted.lock().unwrap().at.len() <= MAX_NOTED);
        assert!(
            policy.first_question("late", 5000 + 3600),
            "old ones made room"
        );
    }
}

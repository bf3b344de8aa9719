//! The human check's protocol: issuing ALTCHA proof-of-work challenges and checking the
//! solutions that come back (the wire types are in `portico_api::human_check`). Whether a
//! request needs one is the policy's business, not this module's.
//!
//! Why not altcha-lib-rs (0.3.3, evaluated): it reads the wall clock itself (the API tests
//! run on a manual clock), compares signatures with `!=` (a timing leak on the one value
//! derived from the secret), accepts whichever algorithm the payload names, and would add
//! second copies of hmac, sha2, rand and chrono. The format is small; this module writes
//! it, and its tests solve challenges with a solver written from the format alone.

pub mod policy;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use portico_api::human_check::{HumanCheckChallenge, HumanCheckSolution, PowAlgorithm};
use portico_i18n::{Catalog, Lang};
use sha2::{Digest, Sha256};

use crate::clock::Timestamp;
use crate::http::ApiError;
use crate::keys::{hex, Keys};
use crate::state::AppState;
use crate::store::events::{Actor, EventKind};

/// How long a challenge can be answered: enough for a slow phone at the highest level,
/// short enough that solving a stock of them in advance buys little.
pub const LIFETIME_SECS: i64 = 5 * 60;

/// A solution's base64 is about 400 characters; anything far longer is not one.
const MAX_ENCODED_CHARS: usize = 2048;

/// What a challenge is for: a solution only counts for the action it was issued for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SignIn,
    ResetRequest,
    StaffSendReset,
    StaffCreateClient,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::SignIn => "sign_in",
            Action::ResetRequest => "reset_request",
            Action::StaffSendReset => "staff_send_reset",
            Action::StaffCreateClient => "staff_create_client",
        }
    }
}

/// How hard a challenge is; it rises with the level of abuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// One person over a limit: well under a second on a phone.
    Light,
    /// Repeated trouble: about a second.
    Firm,
    /// A flood: several seconds for every attempt.
    Heavy,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Light, Level::Firm, Level::Heavy];

    /// The level for a source that has gone `over` requests past its allowance with
    /// checks: the first few stay light for a person, a stream gets firm, a flood heavy.
    pub fn for_overage(over: usize) -> Level {
        match over {
            0..=4 => Level::Light,
            5..=49 => Level::Firm,
            _ => Level::Heavy,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Level::Light => "light",
            Level::Firm => "firm",
            Level::Heavy => "heavy",
        }
    }

    fn parse(text: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == text)
    }

    /// The largest secret number. A solver needs half of it in SHA-256 hashes on average;
    /// `cargo xtask bench` measures what that takes in a browser.
    pub fn max_number(self) -> u64 {
        match self {
            Level::Light => 50_000,
            Level::Firm => 500_000,
            Level::Heavy => 5_000_000,
        }
    }
}

/// Why a solution does not count. Each has its own message, so a script's author can
/// tell what went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Missing,
    Malformed,
    Wrong,
    Expired,
    OtherAction,
    TooEasy,
    Replayed,
}

/// What a challenge is asked for: the action, the least level that answers it, and the
/// source it is about (an account key, an address, a staff member), so that a cheap
/// challenge collected elsewhere, or earlier at a lower level, does not answer this one.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub action: Action,
    pub level: Level,
    pub source: &'a str,
}

impl Refusal {
    /// What to do about it, in `words`' language.
    pub fn message(self, words: &Catalog) -> String {
        let id = match self {
            Refusal::Missing => "error-human-check-missing",
            Refusal::Malformed => "error-human-check-malformed",
            Refusal::Wrong => "error-human-check-wrong",
            Refusal::Expired => "error-human-check-expired",
            Refusal::OtherAction => "error-human-check-other-action",
            Refusal::TooEasy => "error-human-check-too-easy",
            Refusal::Replayed => "error-human-check-replayed",
        };
        words.text_with(
            id,
            &[
                ("field", "`human_check`".into()),
                ("header", "`Human-Check`".into()),
            ],
        )
    }
}

/// A solution that checks out; it still has to be spent once (`Store::spend_human_check`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passed {
    /// The challenge's hash: what the used-solution table keys on.
    pub challenge: String,
    pub expires_at: Timestamp,
}

/// A new challenge for `ask`, valid for [`LIFETIME_SECS`] from `now`.
pub fn issue(keys: &Keys, ask: Ask<'_>, now: Timestamp) -> anyhow::Result<HumanCheckChallenge> {
    let mut random = [0u8; 24];
    getrandom::getrandom(&mut random)?;
    let (nonce, pick) = random.split_at(16);
    let maxnumber = ask.level.max_number();
    let number = u64::from_le_bytes(pick.try_into()?) % (maxnumber + 1);
    // The trailing `&` ends the salt with a non-digit, so no digits can move between the
    // salt and the number without changing the hash input's meaning.
    let salt = format!(
        "{}?expires={}&action={}&level={}&for={}&",
        hex(nonce),
        now + LIFETIME_SECS,
        ask.action.as_str(),
        ask.level.as_str(),
        source_tag(keys, ask.source),
    );
    let challenge = hash(&salt, number);
    Ok(HumanCheckChallenge {
        algorithm: PowAlgorithm::Sha256,
        signature: keys.human_check_signature(&challenge),
        challenge,
        maxnumber,
        salt,
    })
}

/// Checks a solution (ALTCHA's base64-encoded JSON) against `ask` at `now`; single use is
/// the caller's next step.
pub fn check(
    keys: &Keys,
    encoded: Option<&str>,
    ask: Ask<'_>,
    now: Timestamp,
) -> Result<Passed, Refusal> {
    let encoded = encoded
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .ok_or(Refusal::Missing)?;
    if encoded.len() > MAX_ENCODED_CHARS {
        return Err(Refusal::Malformed);
    }
    let json = STANDARD.decode(encoded).map_err(|_| Refusal::Malformed)?;
    let solution: HumanCheckSolution =
        serde_json::from_slice(&json).map_err(|_| Refusal::Malformed)?;
    // Ours, and solved: the signature covers the hash, and the hash covers the salt.
    if !keys.human_check_signed(&solution.challenge, &solution.signature)
        || hash(&solution.salt, solution.number) != solution.challenge
        || !solution.salt.ends_with('&')
    {
        return Err(Refusal::Wrong);
    }
    let param = |name: &str| {
        let (_, query) = solution.salt.split_once('?')?;
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    };
    let expires_at: Timestamp = param("expires")
        .and_then(|t| t.parse().ok())
        .ok_or(Refusal::Malformed)?;
    if expires_at <= now {
        return Err(Refusal::Expired);
    }
    if param("action") != Some(ask.action.as_str())
        || param("for") != Some(source_tag(keys, ask.source).as_str())
    {
        return Err(Refusal::OtherAction);
    }
    let level = param("level")
        .and_then(Level::parse)
        .ok_or(Refusal::Malformed)?;
    if level < ask.level {
        return Err(Refusal::TooEasy);
    }
    Ok(Passed {
        challenge: solution.challenge,
        expires_at,
    })
}

/// Who a challenge is about, as 16 hex digits of a MAC: binding without naming them (the
/// salt is readable, and a typed email or an address should not be).
fn source_tag(keys: &Keys, source: &str) -> String {
    let mut tag = keys.human_check_signature(&format!("source:{source}"));
    tag.truncate(16);
    tag
}

/// A request that needs a human check: passes when `solution` checks out and was never
/// used; otherwise answers 428 with a new challenge at `level`. Every pass is an event
/// (each cost its sender the work). A question or a refused solution costs its sender
/// nothing, so it is recorded only when `first` (the source's first this hour): a flood is
/// one event, not a disk write per request.
pub async fn require(
    state: &AppState,
    solution: Option<&str>,
    ask: Ask<'_>,
    actor: &Actor,
    first: bool,
) -> Result<(), ApiError> {
    let Ask { action, level, .. } = ask;
    let now = state.now();
    let refusal = match check(&state.keys, solution, ask, now) {
        Ok(passed) if state.store.spend_human_check(&passed).await? => {
            let detail = format!("{}, passed", action.as_str());
            state
                .store
                .record_event_detail(EventKind::HumanCheckPassed, actor, Some(&detail), now)
                .await?;
            return Ok(());
        }
        Ok(_) => Refusal::Replayed,
        Err(refusal) => refusal,
    };
    if first {
        let (kind, detail) = match refusal {
            Refusal::Missing => (
                EventKind::HumanCheckAsked,
                format!(
                    "{}, {} challenge; further requests this hour are not recorded",
                    action.as_str(),
                    level.as_str()
                ),
            ),
            other => (
                EventKind::HumanCheckFailed,
                // The log keeps one language: English, as the rest of its details.
                format!(
                    "{}: {}",
                    action.as_str(),
                    other.message(crate::i18n::words(Lang::En))
                ),
            ),
        };
        state
            .store
            .record_event_detail(kind, actor, Some(&detail), now)
            .await?;
    }
    Err(ApiError::HumanCheckRequired {
        refusal,
        challenge: Box::new(issue(&state.keys, ask, now)?),
    })
}

/// Lowercase hex SHA-256 of `salt` followed by `number` in decimal.
fn hash(salt: &str, number: u64) -> String {
    let mut digest = Sha256::new();
    digest.update(salt.as_bytes());
    digest.update(number.to_string().as_bytes());
    hex(&digest.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = 1_800_000_000;

    fn keys() -> Keys {
        Keys::generate().unwrap()
    }

    /// A solver written from the ALTCHA format alone: numbers from 0 until the hash matches.
    fn solve(challenge: &HumanCheckChallenge) -> u64 {
        (0..=challenge.maxnumber)
            .find(|n| {
                let digest = Sha256::digest(format!("{}{n}", challenge.salt));
                hex(&digest) == challenge.challenge
            })
            .expect("a challenge always has a solution")
    }

    fn encode(solution: &HumanCheckSolution) -> String {
        STANDARD.encode(serde_json::to_vec(solution).unwrap())
    }

    fn ask(action: Action) -> Ask<'static> {
        Ask {
            action,
            level: Level::Light,
            source: "ada@example.com",
        }
    }

    fn solved(keys: &Keys, action: Action) -> (HumanCheckChallenge, String) {
        let challenge = issue(keys, ask(action), NOW).unwrap();
        let number = solve(&challenge);
        let solution = HumanCheckSolution::answer(&challenge, number, Some(12));
        (challenge, encode(&solution))
    }

    #[test]
    fn a_solved_challenge_passes_for_its_action_until_it_expires() {
        let keys = keys();
        let (challenge, encoded) = solved(&keys, Action::ResetRequest);
        let reset = ask(Action::ResetRequest);
        let passed = check(&keys, Some(&encoded), reset, NOW + 10).unwrap();
        assert_eq!(passed.challenge, challenge.challenge);
        assert_eq!(passed.expires_at, NOW + LIFETIME_SECS);
        assert_eq!(
            check(&keys, Some(&encoded), ask(Action::SignIn), NOW + 10),
            Err(Refusal::OtherAction)
        );
        assert_eq!(
            check(&keys, Some(&encoded), reset, NOW + LIFETIME_SECS),
            Err(Refusal::Expired)
        );
    }

    #[test]
    fn a_solution_answers_only_its_source_and_no_harder_level() {
        let keys = keys();
        let (_, encoded) = solved(&keys, Action::SignIn);
        let elsewhere = Ask {
            source: "throwaway@example.com",
            ..ask(Action::SignIn)
        };
        assert_eq!(
            check(&keys, Some(&encoded), elsewhere, NOW + 1),
            Err(Refusal::OtherAction)
        );
        let harder = Ask {
            level: Level::Firm,
            ..ask(Action::SignIn)
        };
        assert_eq!(
            check(&keys, Some(&encoded), harder, NOW + 1),
            Err(Refusal::TooEasy)
        );
    }

    #[test]
    fn the_challenge_is_in_altchas_format() {
        let firm = Ask {
            level: Level::Firm,
            ..ask(Action::SignIn)
        };
        let keys = keys();
        let challenge = issue(&keys, firm, NOW).unwrap();
        let json = serde_json::to_value(&challenge).unwrap();
        assert_eq!(json["algorithm"], "SHA-256");
        assert_eq!(json["maxnumber"], 500_000);
        assert_eq!(challenge.challenge.len(), 64);
        assert_eq!(challenge.signature.len(), 64);
        let expected_tail = format!(
            "?expires={}&action=sign_in&level=firm&for={}&",
            NOW + LIFETIME_SECS,
            source_tag(&keys, "ada@example.com")
        );
        // Not "ada": those are hex digits, which the random part holds by chance now and
        // then (about one salt in a hundred).
        assert!(
            !challenge.salt.contains("example") && !challenge.salt.contains('@'),
            "the source is not named"
        );
        assert!(
            challenge.salt.ends_with(&expected_tail),
            "{}",
            challenge.salt
        );
        assert_eq!(challenge.salt.len(), 32 + expected_tail.len());
    }

    #[test]
    fn levels_rise_and_each_challenge_is_new() {
        let maxima: Vec<u64> = Level::ALL.iter().map(|l| l.max_number()).collect();
        assert!(maxima.windows(2).all(|w| w[0] * 5 <= w[1]), "{maxima:?}");
        let keys = keys();
        let a = issue(&keys, ask(Action::SignIn), NOW).unwrap();
        let b = issue(&keys, ask(Action::SignIn), NOW).unwrap();
        assert_ne!(a.salt, b.salt);
        assert_ne!(a.challenge, b.challenge);
    }

    #[test]
    fn wrong_forged_and_unreadable_solutions_are_refused_each_with_its_reason() {
        let keys = keys();
        let sign_in = ask(Action::SignIn);
        let challenge = issue(&keys, sign_in, NOW).unwrap();
        let number = solve(&challenge);
        let at =
            |solution: &HumanCheckSolution| check(&keys, Some(&encode(solution)), sign_in, NOW + 1);
        let right = HumanCheckSolution::answer(&challenge, number, None);
        assert!(at(&right).is_ok());

        let wrong_number = HumanCheckSolution {
            number: number + 1,
            ..right.clone()
        };
        assert_eq!(at(&wrong_number), Err(Refusal::Wrong));

        // Another server's challenge (another key), solved correctly.
        let foreign = issue(&self::keys(), sign_in, NOW).unwrap();
        let foreign = HumanCheckSolution::answer(&foreign, solve(&foreign), None);
        assert_eq!(at(&foreign), Err(Refusal::Wrong));

        // A later expiry written into the salt no longer matches the hash.
        let stretched = HumanCheckSolution {
            salt: right.salt.replace("expires=", "expires=9"),
            ..right.clone()
        };
        assert_eq!(at(&stretched), Err(Refusal::Wrong));

        // Digits moved from the number into the salt: same hash input, refused.
        let text = number.to_string();
        if text.len() > 1 {
            let shifted = HumanCheckSolution {
                salt: format!("{}{}", right.salt, &text[..1]),
                number: text[1..].parse().unwrap(),
                ..right.clone()
            };
            assert_eq!(at(&shifted), Err(Refusal::Wrong));
        }

        assert_eq!(check(&keys, None, sign_in, NOW), Err(Refusal::Missing));
        assert_eq!(
            check(&keys, Some("  "), sign_in, NOW),
            Err(Refusal::Missing)
        );
        for garbage in ["%%%", "bm90IGpzb24=", &"A".repeat(4000)] {
            assert_eq!(
                check(&keys, Some(garbage), sign_in, NOW),
                Err(Refusal::Malformed),
                "{garbage:.20}"
            );
        }
        // Only SHA-256 is asked for, whatever a solution names.
        let mut sha1 = serde_json::to_value(&right).unwrap();
        sha1["algorithm"] = "SHA-1".into();
        let sha1 = STANDARD.encode(sha1.to_string());
        assert_eq!(
            check(&keys, Some(&sha1), sign_in, NOW),
            Err(Refusal::Malformed)
        );
    }

    #[test]
    fn every_refusal_explains_itself() {
        let all = [
            Refusal::Missing,
            Refusal::Malformed,
            Refusal::Wrong,
            Refusal::Expired,
            Refusal::OtherAction,
            Refusal::TooEasy,
            Refusal::Replayed,
        ];
        let words = crate::i18n::words(Lang::En);
        let messages: std::collections::HashSet<_> = all.iter().map(|r| r.message(words)).collect();
        assert_eq!(messages.len(), all.len());
    }
}

//! The human check: a proof-of-work challenge a browser solves in the background when
//! traffic looks automated, instead of refusing the person along with the bot.
//!
//! The wire format is ALTCHA's ("proof of work", SHA-256): existing ALTCHA solvers in
//! scripts and other clients can answer it. The server picks a secret number up to
//! `maxnumber` and sends the SHA-256 of `salt` followed by that number in decimal; the
//! solver tries numbers from 0 until the hash matches, so the work is on average half of
//! `maxnumber` hashes. The salt carries the expiry and the action, and the signature (a
//! MAC only the server can make) binds them, so nothing is stored until a solution is used.

use serde::{Deserialize, Serialize};

/// The hash a challenge uses. ALTCHA also allows SHA-1 and SHA-512; Portico asks for
/// SHA-256 only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PowAlgorithm {
    #[serde(rename = "SHA-256")]
    Sha256,
}

/// A challenge, as ALTCHA writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HumanCheckChallenge {
    pub algorithm: PowAlgorithm,
    /// Lowercase hex SHA-256 of `salt` followed by the secret number in decimal.
    pub challenge: String,
    /// The secret number is at most this: the difficulty.
    pub maxnumber: u64,
    /// Random hex, then `?expires=<unix seconds>&action=<what it is for>`.
    pub salt: String,
    /// The server's MAC of `challenge`; sent back unchanged.
    pub signature: String,
}

/// The request header that carries a solved challenge when the last answer was `428
/// human_check_required`: the same for every action, and for bodiless requests too.
pub const HEADER: &str = "human-check";

/// A solved challenge, as ALTCHA solvers send it: this JSON, base64-encoded, in the
/// request's `Human-Check` header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HumanCheckSolution {
    pub algorithm: PowAlgorithm,
    pub challenge: String,
    /// The number found.
    pub number: u64,
    pub salt: String,
    pub signature: String,
    /// How long the solver took, in milliseconds (informational).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub took: Option<u64>,
}

impl HumanCheckSolution {
    /// The challenge answered with `number`.
    pub fn answer(challenge: &HumanCheckChallenge, number: u64, took: Option<u64>) -> Self {
        HumanCheckSolution {
            algorithm: challenge.algorithm,
            challenge: challenge.challenge.clone(),
            number,
            salt: challenge.salt.clone(),
            signature: challenge.signature.clone(),
            took,
        }
    }
}

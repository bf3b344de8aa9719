//! What every handler can reach.

use std::sync::Arc;

use crate::auth::key_limit::KeyLimiter;
use crate::auth::password::Hasher;
use crate::auth::throttle::Throttle;
use crate::clock::{Clock, Seconds};
use crate::device::GeoIp;
use crate::instance::InstanceLock;
use crate::keys::Keys;
use crate::mail::Mailer;
use crate::portal::PortalCache;
use crate::reset_door::ResetDoor;
use crate::settings::SettingsCache;
use crate::store::Store;
use crate::webhooks::Webhooks;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub keys: Keys,
    pub hasher: Hasher,
    pub throttle: Throttle,
    /// Requests per minute for each automation API key.
    pub key_limiter: Arc<KeyLimiter>,
    pub clock: Arc<dyn Clock>,
    pub portal: Arc<PortalCache>,
    pub sessions: SessionConfig,
    /// The origin every link points at; never the request's Host header.
    pub public_url: Arc<str>,
    pub mail: Mailer,
    /// Reset link times and the password minimum: staff's choices, else the flags.
    pub settings: Arc<SettingsCache>,
    pub geoip: Option<Arc<GeoIp>>,
    /// Reset requests are counted against their limits here, on arrival, then queued.
    pub reset_door: Arc<ResetDoor>,
    /// When a human check is asked for: the staff allowance and who was asked lately.
    pub human_checks: Arc<crate::human_check::policy::Policy>,
    pub webhooks: Arc<Webhooks>,
    /// Held while this process runs: others read it to know its claims are live.
    pub instance: Arc<InstanceLock>,
}

#[derive(Debug, Clone, Copy)]
pub struct SessionConfig {
    pub idle: Seconds,
    pub max: Seconds,
    /// The public URL is https: cookies get `Secure` and the `__Host-` prefix.
    pub secure: bool,
}

impl AppState {
    pub fn now(&self) -> i64 {
        self.clock.now()
    }
}

//! Email: what Portico writes (`compose`), where it goes (`smtp`) and the background
//! sender that delivers the durable outbox (`sender`).

pub mod compose;
pub mod sender;
pub mod smtp;

use std::sync::Arc;

use tokio::sync::Notify;

/// Shared by handlers (which wake the sender after queueing) and the sender.
#[derive(Clone)]
pub struct Mailer {
    pub wake: Arc<Notify>,
    /// The address in `From:`; the portal's name is its display name.
    pub from_address: String,
    /// Base of the exponential backoff between delivery attempts.
    pub retry_base_secs: i64,
}

impl Mailer {
    pub fn new(from_address: String, retry_base_secs: i64) -> Mailer {
        Mailer {
            wake: Arc::new(Notify::new()),
            from_address,
            retry_base_secs,
        }
    }

    /// Tells the sender that something was queued; harmless when none runs.
    pub fn queued(&self) {
        self.wake.notify_one();
    }
}

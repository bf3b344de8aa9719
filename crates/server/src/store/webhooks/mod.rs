//! Webhooks, by job: the registry staff manage (`registry`), the delivery queue the
//! sender works through (`queue`), and the history the console shows (`history`).

mod history;
mod queue;
mod registry;

pub use history::{AttemptRecord, DeliveryRecord};
pub(crate) use queue::queue_account_event;
pub use queue::{AfterAttempt, Attempt, DueDelivery, Requeue};
pub use registry::{NewWebhook, Roll, WebhookRecord, MAX_PREVIOUS_SECRETS};

//! Webhooks: what the console manages (`/api/staff/webhooks`) and the body Portico POSTs
//! to a registered URL for each event.

use serde::{Deserialize, Serialize};

use crate::Role;

pub const ACCOUNT_CREATED: &str = "account.created";
pub const PASSWORD_CHANGED: &str = "password.changed";
pub const RESET_REQUESTED: &str = "password_reset.requested";
pub const RESET_COMPLETED: &str = "password_reset.completed";

/// The events a webhook can subscribe to, with what each means, in the console's order.
pub const EVENTS: [(&str, &str); 4] = [
    (ACCOUNT_CREATED, "Staff added a client."),
    (
        PASSWORD_CHANGED,
        "A password was set or changed, whoever did it.",
    ),
    (RESET_REQUESTED, "A password reset link was emailed."),
    (
        RESET_COMPLETED,
        "Someone chose a new password from a reset link.",
    ),
];

/// The names in [`EVENTS`], as the OpenAPI document lists them: the wire carries plain
/// strings, so an unknown one gets the server's own message, not a decoding error.
#[cfg(feature = "openapi")]
#[derive(Serialize, utoipa::ToSchema)]
#[allow(dead_code)]
enum EventName {
    #[serde(rename = "account.created")]
    AccountCreated,
    #[serde(rename = "password.changed")]
    PasswordChanged,
    #[serde(rename = "password_reset.requested")]
    ResetRequested,
    #[serde(rename = "password_reset.completed")]
    ResetCompleted,
}

/// The event type of "Send test event" deliveries; nothing subscribes to it.
pub const PING: &str = "ping";

/// `POST /api/staff/webhooks`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewWebhook {
    /// HTTPS, or plain HTTP to this machine (127.0.0.1, [::1], localhost).
    pub url: String,
    /// At least one.
    #[cfg_attr(feature = "openapi", schema(inline, value_type = Vec<EventName>, min_items = 1))]
    pub events: Vec<String>,
    #[serde(default)]
    pub description: String,
}

/// A webhook as the console lists it; never the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookSummary {
    pub id: i64,
    pub url: String,
    #[cfg_attr(feature = "openapi", schema(inline, value_type = Vec<EventName>))]
    pub events: Vec<String>,
    pub description: String,
    /// The secret's first characters, to tell secrets apart.
    pub secret_prefix: String,
    /// After the secret was rolled: until when the one before it signs deliveries too.
    #[serde(default)]
    pub previous_secret_until: Option<i64>,
    pub created_at: i64,
    /// The newest delivery's state, if any was made.
    pub last_delivery: Option<DeliveryStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookList {
    pub webhooks: Vec<WebhookSummary>,
}

/// The webhook with its signing secret, new or just rolled: shown this once.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookCreated {
    pub webhook: WebhookSummary,
    pub secret: String,
}

// Hand-written: the secret signs deliveries and must not reach a log line.
impl std::fmt::Debug for WebhookCreated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookCreated")
            .field("webhook", &self.webhook)
            .finish_non_exhaustive()
    }
}

/// Where one event's delivery to one webhook stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    Pending,
    Delivered,
    /// Given up after the last retry.
    Failed,
}

impl DeliveryStatus {
    /// The name the database and the wire use.
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Failed => "failed",
        }
    }

    pub fn parse(stored: &str) -> Option<DeliveryStatus> {
        [
            DeliveryStatus::Pending,
            DeliveryStatus::Delivered,
            DeliveryStatus::Failed,
        ]
        .into_iter()
        .find(|s| s.as_str() == stored)
    }
}

/// One event sent (or being sent) to one webhook, with every attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delivery {
    pub id: i64,
    pub event_id: String,
    pub event_type: String,
    pub created_at: i64,
    pub status: DeliveryStatus,
    /// While pending: when the next attempt is due.
    pub next_attempt_at: Option<i64>,
    /// An attempt is under way right now; sending again must wait for its outcome.
    #[serde(default)]
    pub sending: bool,
    pub delivered_at: Option<i64>,
    /// The exact JSON body sent.
    pub payload: String,
    /// Oldest first.
    pub attempts: Vec<DeliveryAttempt>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryAttempt {
    pub at: i64,
    pub duration_ms: i64,
    /// The receiver's HTTP status; none when no answer came.
    pub status_code: Option<u16>,
    /// Why it failed, or the start of the receiver's answer.
    pub detail: String,
}

/// `GET /api/staff/webhooks/{id}/deliveries`: the newest deliveries first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryList {
    pub webhook: WebhookSummary,
    pub deliveries: Vec<Delivery>,
}

/// `POST /api/staff/webhooks/{id}/test` and `.../deliveries/{id}/retry`: queued, sent shortly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryQueued {
    pub delivery_id: i64,
}

/// The JSON body of every delivery. Signed: see `Portico-Signature`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookEvent {
    /// The same for every webhook that receives this event: receivers can deduplicate on it.
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    /// Unix seconds.
    pub created_at: i64,
    pub data: EventData,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventData {
    /// The account the event is about; none for a test event.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub account: Option<EventAccount>,
    /// For `password.changed`: `reset_link`, `in_portal`, `staff`, `automation`,
    /// `first_sign_in`, or `not_me` (the client reported a change they did not make: the
    /// password was cleared and a reset link emailed).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub method: Option<String>,
    /// For `password.changed` by an automation: the API key's name.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub api_key: Option<String>,
    /// For `password.changed`: the client must choose their own at the next sign-in.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub require_change: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventAccount {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "openapi")]
    #[test]
    fn the_documented_event_names_are_the_events() {
        let documented = [
            EventName::AccountCreated,
            EventName::PasswordChanged,
            EventName::ResetRequested,
            EventName::ResetCompleted,
        ]
        .map(|name| serde_json::to_value(name).unwrap());
        let events = EVENTS.map(|(name, _)| serde_json::Value::from(name));
        assert_eq!(documented, events);
    }

    #[test]
    fn the_secret_stays_out_of_debug_output() {
        let created = WebhookCreated {
            webhook: WebhookSummary {
                id: 1,
                url: "https://hooks.example.com/portico".into(),
                events: vec!["password.changed".into()],
                description: String::new(),
                secret_prefix: "whsec_ab".into(),
                previous_secret_until: None,
                created_at: 0,
                last_delivery: None,
            },
            secret: "whsec_abcdefsecret".into(),
        };
        assert!(!format!("{created:?}").contains("abcdefsecret"));
    }

    #[test]
    fn events_serialize_with_a_type_field_and_no_empty_data() {
        let event = WebhookEvent {
            id: "evt_1".into(),
            event_type: PING.into(),
            created_at: 5,
            data: EventData::default(),
        };
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"id":"evt_1","type":"ping","created_at":5,"data":{}}"#
        );
    }
}

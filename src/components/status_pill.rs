use leptos::prelude::*;
use portico_api::staff::{AccountStatus, PasswordState};

use crate::i18n::{t, t_with};

/// How a pill is coloured: each tone meets AA contrast in light and dark mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Attention,
    Info,
    Quiet,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Good => "pill good",
            Tone::Attention => "pill attention",
            Tone::Info => "pill info",
            Tone::Quiet => "pill quiet",
        }
    }
}

/// A short status in a coloured lozenge; the words carry the meaning, never the colour.
#[component]
pub fn StatusPill(
    #[prop(into)] label: String,
    tone: Tone,
    /// More detail on hover and focus (the pill is then focusable).
    #[prop(optional)]
    detail: Option<String>,
) -> impl IntoView {
    let focusable = detail.is_some().then_some("0");
    view! { <span class=tone.class() title=detail tabindex=focusable>{label}</span> }
}

/// An account's status as a pill.
pub fn account_pill(status: AccountStatus) -> impl IntoView {
    match status {
        AccountStatus::Active => view! { <StatusPill label=t("status-active") tone=Tone::Good /> },
        AccountStatus::Archived => {
            view! { <StatusPill label=t("status-archived") tone=Tone::Quiet /> }
        }
    }
}

/// Where a client stands with their password, as a pill.
pub fn password_pill(state: &PasswordState) -> impl IntoView {
    let (label, tone, detail) = match state {
        PasswordState::Set => (t("status-password-set"), Tone::Good, None),
        PasswordState::MustChange => (t("status-password-must-choose"), Tone::Attention, None),
        PasswordState::LinkPending { expires_at } => (
            t("status-password-link-pending"),
            Tone::Info,
            Some(link_pending_until(*expires_at)),
        ),
        PasswordState::NeverSet => (t("status-password-never-set"), Tone::Quiet, None),
    };
    match detail {
        Some(detail) => view! { <StatusPill label tone detail /> }.into_any(),
        None => view! { <StatusPill label tone /> }.into_any(),
    }
}

/// "Reset link pending, expires …", in full.
pub fn link_pending_until(expires_at: i64) -> String {
    t_with(
        "status-password-link-pending-until",
        &[("time", (&crate::dom::format_time(expires_at)).into())],
    )
}

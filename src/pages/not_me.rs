//! `/not-me#token=...`: "This wasn't me" from a password-changed email. Opening the link
//! changes nothing; confirming signs the account out everywhere and emails a fresh reset
//! link to its address.

use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::ErrorCode;

use crate::api;
use crate::components::brand::Brand;
use crate::components::form_action::SubmitOnce;
use crate::i18n::{t, t_around};

/// Survives a reload of the tab (the fragment is cleared from the address bar).
const TOKEN_KEY: &str = "portico.not-me-token";

#[derive(Debug, Clone, PartialEq)]
enum State {
    Checking,
    Ready(String),
    Done(String),
    Used,
    Expired,
    Invalid(String),
}

#[component]
pub fn NotMePage() -> impl IntoView {
    crate::dom::set_title(&t("not-me-title"));
    let state = RwSignal::new(State::Checking);
    let token = crate::dom::take_fragment_token()
        .inspect(|t| crate::dom::session_store(TOKEN_KEY, Some(t)))
        .or_else(|| crate::dom::session_load(TOKEN_KEY));
    let from_error = |err: api::Error| match err.code() {
        Some(ErrorCode::LinkUsed) => State::Used,
        Some(ErrorCode::LinkExpired) => State::Expired,
        _ => State::Invalid(err.message()),
    };
    match token.clone() {
        Some(token) => spawn_local(async move {
            state.set(match api::not_me_check(token).await {
                Ok(info) => State::Ready(info.email),
                Err(err) => from_error(err),
            });
        }),
        None => state.set(State::Invalid(t("link-missing-code"))),
    }
    let token = StoredValue::new(token.unwrap_or_default());
    let secure = Action::new_local(move |_: &()| async move {
        let next = match api::not_me(token.get_value()).await {
            Ok(done) => {
                crate::dom::session_store(TOKEN_KEY, None);
                State::Done(done.message)
            }
            Err(err) => from_error(err),
        };
        state.set(next);
        crate::dom::focus_soon("page-heading");
    });
    let pending = secure.pending();
    let confirm = move |_| secure.submit(());

    view! {
        <main class="auth-page">
            <div class="auth-card">
                <Brand />
                {move || match state.get() {
                    State::Checking => view! {
                        <h1 id="page-heading" tabindex="-1">{t("not-me-title")}</h1>
                        <p role="status">{t("checking-link")}</p>
                    }.into_any(),
                    State::Ready(email) => {
                        let (before, after) = t_around("not-me-intro", "email");
                        view! {
                        <h1 id="page-heading" tabindex="-1">{t("not-me-title")}</h1>
                        <p>{before}<strong class="wrap">{email}</strong>{after}</p>
                        <ul>
                            <li>{t("not-me-effect-devices")}</li>
                            <li>{t("not-me-effect-links")}</li>
                            <li>{t("not-me-effect-email")}</li>
                        </ul>
                        <button type="button" class="primary" on:click=confirm aria-disabled=move || pending.get().then_some("true")>
                            {move || t(if pending.get() { "not-me-busy" } else { "not-me-submit" })}
                        </button>
                        <p class="hint">{t("not-me-tell")}</p>
                    }.into_any()},
                    State::Done(message) => view! {
                        <h1 id="page-heading" tabindex="-1">{t("not-me-done-title")}</h1>
                        <div class="notice" role="status"><p>{message}</p></div>
                        <p>{t("not-me-done-body")}</p>
                    }.into_any(),
                    State::Used => view! {
                        <h1 id="page-heading" tabindex="-1">{t("reset-link-used-title")}</h1>
                        <p>{t("not-me-used-body")}</p>
                        <p class="actions"><a href="/forgot-password" class="button primary" rel="external">{t("not-me-get-link")}</a></p>
                    }.into_any(),
                    State::Expired => view! {
                        <h1 id="page-heading" tabindex="-1">{t("reset-link-expired-title")}</h1>
                        <p>{t("not-me-expired-body")}</p>
                        <p class="actions"><a href="/forgot-password" class="button primary" rel="external">{t("not-me-reset")}</a></p>
                    }.into_any(),
                    State::Invalid(message) => view! {
                        <h1 id="page-heading" tabindex="-1">{t("reset-link-invalid-title")}</h1>
                        <p>{message}</p>
                        <p class="actions"><a href="/forgot-password" class="button primary" rel="external">{t("not-me-reset")}</a></p>
                    }.into_any(),
                }}
            </div>
        </main>
    }
}

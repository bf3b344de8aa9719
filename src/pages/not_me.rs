//! `/not-me#token=...`: "This wasn't me" from a password-changed email. Opening the link
//! changes nothing; confirming signs the account out everywhere and emails a fresh reset
//! link to its address.

use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::ErrorCode;

use crate::api;
use crate::components::brand::Brand;
use crate::components::form_action::SubmitOnce;

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
    crate::dom::set_title("This wasn't me");
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
        None => state.set(State::Invalid(
            "The address is missing its code. Open the link from the email again, or copy all of it."
                .into(),
        )),
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
                        <h1 id="page-heading" tabindex="-1">"This wasn't me"</h1>
                        <p role="status">"Checking your link…"</p>
                    }.into_any(),
                    State::Ready(email) => view! {
                        <h1 id="page-heading" tabindex="-1">"This wasn't me"</h1>
                        <p>"Someone changed the password of " <strong>{email}</strong> ". If it wasn't you, secure the account now:"</p>
                        <ul>
                            <li>"every device signed in to it is signed out, including whoever changed the password;"</li>
                            <li>"any password reset link sent earlier stops working;"</li>
                            <li>"we email a new link to this address, so you can choose a new password."</li>
                        </ul>
                        <button type="button" class="primary" on:click=confirm aria-disabled=move || pending.get().then_some("true")>
                            {move || if pending.get() { "Securing your account…" } else { "Sign out everywhere and send me a reset link" }}
                        </button>
                        <p class="hint">"Then tell the people who run this portal what happened."</p>
                    }.into_any(),
                    State::Done(message) => view! {
                        <h1 id="page-heading" tabindex="-1">"Your account is secured"</h1>
                        <div class="notice" role="status"><p>{message}</p></div>
                        <p>"Open the new email and choose a password nobody else knows."</p>
                    }.into_any(),
                    State::Used => view! {
                        <h1 id="page-heading" tabindex="-1">"This link has already been used"</h1>
                        <p>"The account was already signed out everywhere and a reset link was sent. If you still cannot get in, ask for a new link."</p>
                        <p class="actions"><a href="/forgot-password" class="button primary" rel="external">"Get a reset link"</a></p>
                    }.into_any(),
                    State::Expired => view! {
                        <h1 id="page-heading" tabindex="-1">"This link has expired"</h1>
                        <p>"For safety it only worked for a week. If you think someone else has your password, reset it now."</p>
                        <p class="actions"><a href="/forgot-password" class="button primary" rel="external">"Reset my password"</a></p>
                    }.into_any(),
                    State::Invalid(message) => view! {
                        <h1 id="page-heading" tabindex="-1">"This link is not valid"</h1>
                        <p>{message}</p>
                        <p class="actions"><a href="/forgot-password" class="button primary" rel="external">"Reset my password"</a></p>
                    }.into_any(),
                }}
            </div>
        </main>
    }
}

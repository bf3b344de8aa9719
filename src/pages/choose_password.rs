//! `/choose-password`: the step after signing in with a password staff or an automation
//! set. The server holds no session yet, only a short-lived ticket in an HttpOnly cookie;
//! choosing one's own password within the window signs in and goes on to `next`.

use leptos::either::EitherOf5;
use leptos::prelude::*;
use portico_api::account::PasswordChangeStep;
use portico_api::redirect::safe_next;
use portico_api::ErrorCode;

use crate::api;
use crate::components::brand::Brand;
use crate::components::form_action::{on_submit, until_the_page_is_replaced};
use crate::components::form_error::FormError;
use crate::components::new_password::{CommonPasswords, NewPasswordFields, NewPasswordInputs};
use crate::components::submit_button::SubmitButton;
use crate::i18n::{t, t_with};
use crate::session::home_for;

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Checking,
    Ready(PasswordChangeStep),
    Expired,
    /// No ticket: nothing to choose here (or it was used already).
    Nothing,
    /// No answer: the words for it are said when shown, as the answer may come before
    /// the page's words.
    Unreachable,
}

fn next_query() -> String {
    crate::dom::query_param("next")
        .filter(|next| safe_next(next).is_some())
        .map(|next| format!("?next={}", crate::dom::encode(&next)))
        .unwrap_or_default()
}

thread_local! {
    static EARLY: std::cell::Cell<Option<RwSignal<Step>>> = const { std::cell::Cell::new(None) };
}

/// Asks for the step at once, while the page's words are still on their way: the answer
/// is usually in when the page mounts, so it renders the form straight away, with no
/// "one moment" in between (the bundle's `main` calls this first).
pub fn ask_early() {
    EARLY.set(Some(ask()));
}

fn ask() -> RwSignal<Step> {
    let step = RwSignal::new(Step::Checking);
    // The browser's own executor: this may run before Leptos's has started.
    wasm_bindgen_futures::spawn_local(async move {
        step.set(match api::account::password_change_step().await {
            Ok(found) => Step::Ready(found),
            Err(err) => match err.code() {
                Some(ErrorCode::TicketExpired) => Step::Expired,
                Some(_) => Step::Nothing,
                None => Step::Unreachable,
            },
        });
    });
    step
}

#[component]
pub fn ChoosePasswordPage() -> impl IntoView {
    let step = EARLY.take().unwrap_or_else(ask);
    Effect::new(move |_| {
        crate::dom::set_title(&t(match step.get() {
            Step::Expired => "choose-timed-out-title",
            Step::Nothing => "sign-in-title",
            _ => "choose-title",
        }))
    });
    let sign_in_again = format!("/login{}", next_query());

    view! {
        <main class="auth-page">
            <div class="auth-card">
                <Brand />
                {move || match step.get() {
                    Step::Checking => EitherOf5::A(view! {
                        <h1>{t("choose-title")}</h1>
                        <p role="status">{t("one-moment")}</p>
                    }),
                    Step::Unreachable => EitherOf5::B(view! {
                        <h1>{t("choose-title")}</h1>
                        <p class="form-error" role="alert">{api::Error::Network.message()}</p>
                    }),
                    Step::Ready(found) => EitherOf5::C(view! {
                        <FirstPasswordForm found on_expired=Callback::new(move |_| {
                            step.set(Step::Expired);
                            crate::dom::focus_soon("page-heading");
                        }) />
                    }),
                    Step::Expired => EitherOf5::D(view! {
                        <h1 id="page-heading" tabindex="-1">{t("choose-timed-out-title")}</h1>
                        <p>{t("choose-timed-out-body")}</p>
                        <p class="actions"><a href=sign_in_again.clone() rel="external" class="button primary">{t("choose-sign-in-again")}</a></p>
                    }),
                    Step::Nothing => EitherOf5::E(view! {
                        <h1>{t("sign-in-title")}</h1>
                        <p>{t("choose-nothing-body")}</p>
                        <p class="actions"><a href=sign_in_again.clone() rel="external" class="button primary">{t("choose-go-to-sign-in")}</a></p>
                    }),
                }}
            </div>
        </main>
    }
}

#[component]
fn FirstPasswordForm(found: PasswordChangeStep, on_expired: Callback<()>) -> impl IntoView {
    let common = CommonPasswords::load();
    let email = found.email.clone();
    let min_chars = found.min_password_chars;
    let minutes = ((found.expires_at - crate::dom::now_secs()).max(60) + 59) / 60;
    let first_name = found
        .name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    let inputs = NewPasswordInputs::default();
    let for_check = email.clone();

    let choose = Action::new_local(move |password: &String| {
        let password = password.clone();
        async move {
            match api::account::choose_first_password(password).await {
                // Stays busy while the next page loads.
                Ok(session) => {
                    let to = crate::dom::query_param("next")
                        .and_then(|next| safe_next(&next).map(str::to_string))
                        .unwrap_or_else(|| home_for(session.role).to_string());
                    crate::dom::go(&to);
                    until_the_page_is_replaced().await;
                }
                // No ticket at all any more (its cookie gone) is the same dead end.
                Err(err)
                    if matches!(
                        err.code(),
                        Some(ErrorCode::TicketExpired | ErrorCode::Unauthenticated)
                    ) =>
                {
                    on_expired.run(())
                }
                Err(err) => {
                    inputs.password_error.set(err.field("password"));
                    inputs.form_error.set(Some(err.message()));
                }
            }
        }
    });
    let pending = choose.pending();

    let on_submit = on_submit(choose, move || {
        inputs.checked(&for_check, min_chars, common)
    });

    view! {
        <h1>{t("choose-title")}</h1>
        <p>{t_with("choose-welcome", &[("name", (&first_name).into()), ("minutes", minutes.into())])}</p>
        <form class="stack" novalidate on:submit=on_submit aria-busy=move || pending.get().then_some("true")>
            // Tells password managers which account the new password belongs to.
            <input type="email" name="username" autocomplete="username" value=email.clone() hidden readonly />
            <NewPasswordFields
                email=Signal::stored(email)
                min_chars=Signal::stored(min_chars)
                common
                inputs
            />
            <FormError message=inputs.form_error />
            <SubmitButton label=t("choose-submit") busy_label=t("setting-password") pending />
        </form>
    }
}

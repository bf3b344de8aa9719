//! `/reset-password#token=...`: the page the reset email links to. It checks the link on
//! load and shows exactly one of: the new-password form, "expired" (with a button that
//! sends a fresh link), "already used", or "not valid".

use leptos::either::{Either, EitherOf6};
use leptos::prelude::*;
use portico_api::reset::ResetLinkInfo;
use portico_api::ErrorCode;

use crate::api;
use crate::components::brand::Brand;
use crate::components::check_email::CheckYourEmail;
use crate::components::form_action::{on_submit, until_the_page_is_replaced, SubmitOnce};
use crate::components::form_error::FormError;
use crate::components::new_password::{CommonPasswords, NewPasswordFields, NewPasswordInputs};
use crate::components::submit_button::SubmitButton;
use crate::i18n::{t, t_around, t_with};
use crate::session::home_for;

/// Survives a reload of the tab (the fragment is cleared from the address bar), never
/// other tabs or a closed browser.
const TOKEN_KEY: &str = "portico.reset-token";

#[derive(Debug, Clone, PartialEq)]
enum Link {
    Checking,
    Usable(ResetLinkInfo),
    Expired,
    Used,
    Invalid(String),
    /// No answer: the words for it are said when shown, as the check may end before the
    /// page's words arrive.
    Unreachable,
}

/// The link in the address and what checking it found. Signals, not page state, so the
/// check can start before the page exists.
#[derive(Clone, Copy)]
struct Check {
    token: RwSignal<Option<String>>,
    link: RwSignal<Link>,
}

thread_local! {
    static EARLY: std::cell::Cell<Option<Check>> = const { std::cell::Cell::new(None) };
}

/// Starts checking the link at once, while the page's words are still on their way: the
/// answer is usually in when the page mounts, so it renders the form straight away, with
/// no "checking" step in between (the bundle's `main` calls this first).
pub fn check_early() {
    EARLY.set(Some(Check::start()));
}

impl Check {
    /// The link in the address (or kept for a reload of this tab), being checked.
    fn start() -> Check {
        let check = Check {
            token: RwSignal::new(take_token().or_else(|| crate::dom::session_load(TOKEN_KEY))),
            link: RwSignal::new(Link::Checking),
        };
        if let Some(token) = check.token.get_untracked() {
            check.run(token);
        }
        check
    }

    fn run(self, checking: String) {
        self.link.set(Link::Checking);
        // The browser's own executor: this may run before Leptos's has started.
        wasm_bindgen_futures::spawn_local(async move {
            let answer = match api::check_reset_link(checking.clone()).await {
                Ok(info) => Link::Usable(info),
                Err(err) => match err.code() {
                    Some(ErrorCode::LinkExpired) => Link::Expired,
                    Some(ErrorCode::LinkUsed) => Link::Used,
                    Some(_) => Link::Invalid(err.message()),
                    None => Link::Unreachable,
                },
            };
            // A link pasted while this one was being checked wins.
            if self.token.get_untracked().as_deref() == Some(checking.as_str()) {
                self.link.set(answer);
            }
        })
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let check = EARLY.take().unwrap_or_else(Check::start);
    let Check { token, link } = check;
    // Pasting another link into this tab changes only the fragment, which loads nothing:
    // take the new token and check it as if the page had just opened.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(fresh) = take_token() {
            token.set(Some(fresh));
        }
    });
    on_cleanup(move || listener.remove());
    // The first token is being checked already; a missing one is said in words, which
    // exist only now.
    Effect::new(move |seen: Option<()>| match token.get() {
        Some(fresh) if seen.is_some() => check.run(fresh),
        Some(_) => {}
        None => link.set(Link::Invalid(t("link-missing-code"))),
    });
    let token = Signal::derive(move || token.get().unwrap_or_default());
    Effect::new(move |_| {
        crate::dom::set_title(&t(match link.get() {
            Link::Checking | Link::Unreachable => "reset-title",
            Link::Usable(_) => "reset-choose-title",
            Link::Expired => "reset-link-expired-title",
            Link::Used => "reset-link-used-title",
            Link::Invalid(_) => "reset-link-invalid-title",
        }))
    });

    view! {
        <main class="auth-page">
            <div class="auth-card">
                <Brand />
                {move || match link.get() {
                    Link::Checking => EitherOf6::A(view! {
                        <h1>{t("reset-title")}</h1>
                        <p role="status">{t("checking-link")}</p>
                    }),
                    Link::Unreachable => EitherOf6::B(view! {
                        <h1>{t("reset-title")}</h1>
                        <p class="form-error" role="alert">{api::Error::Network.message()}</p>
                    }),
                    Link::Usable(info) => EitherOf6::C(view! { <ResetForm info token=token.get_untracked() /> }),
                    Link::Expired => EitherOf6::D(view! { <ExpiredLink token=token.get_untracked() /> }),
                    Link::Used => EitherOf6::E(view! {
                        <h1>{t("reset-link-used-title")}</h1>
                        <p>{t("reset-link-used-body")}</p>
                        <p class="actions">
                            <a href="/login" rel="external" class="button primary">{t("sign-in-action")}</a>
                            <a href="/forgot-password" class="button">{t("get-new-link")}</a>
                        </p>
                    }),
                    Link::Invalid(message) => EitherOf6::F(view! {
                        <h1>{t("reset-link-invalid-title")}</h1>
                        <p>{message}</p>
                        <p class="actions">
                            <a href="/forgot-password" class="button primary">{t("get-new-link")}</a>
                            <a href="/login" rel="external" class="button">{t("sign-in-action")}</a>
                        </p>
                    }),
                }}
            </div>
        </main>
    }
}

/// The token in the address's fragment, kept for a reload of this tab.
fn take_token() -> Option<String> {
    crate::dom::take_fragment_token().inspect(|t| crate::dom::session_store(TOKEN_KEY, Some(t)))
}

#[component]
fn ExpiredLink(token: String) -> impl IntoView {
    let send = Action::new_local(move |_: &()| {
        let token = token.clone();
        async move {
            api::renew_reset_link(token)
                .await
                .map(|a| a.message)
                .map_err(|e| e.message())
        }
    });
    let (pending, answer) = (send.pending(), send.value());
    let renew = move |_| send.submit(());
    view! {
        {move || match answer.get() {
            Some(Ok(message)) => {
                crate::dom::focus_soon("check-email-heading");
                Either::Left(view! { <CheckYourEmail message /> })
            }
            other => Either::Right(view! {
                <h1>{t("reset-link-expired-title")}</h1>
                <p>{t("reset-link-expired-body")}</p>
                <FormError message=other.and_then(Result::err) />
                <button type="button" class="primary" on:click=renew aria-disabled=move || pending.get().then_some("true")>
                    {move || t(if pending.get() { "reset-sending" } else { "reset-send-new" })}
                </button>
            }),
        }}
        <p class="secondary-action"><a href="/login" rel="external">{t("back-to-sign-in")}</a></p>
    }
}

#[component]
fn ResetForm(info: ResetLinkInfo, token: String) -> impl IntoView {
    let common = CommonPasswords::load();
    let email = info.email.clone();
    let min_chars = info.min_password_chars;
    let inputs = NewPasswordInputs::default();
    let for_check = email.clone();

    let complete = Action::new_local(move |password: &String| {
        let (token, password) = (token.clone(), password.clone());
        async move {
            match api::complete_reset(token, password).await {
                // Signed in: on to the account's home, a page of another bundle. The
                // button stays busy until that document replaces this one.
                Ok(session) => {
                    crate::dom::session_store(TOKEN_KEY, None);
                    crate::dom::go(home_for(session.role));
                    until_the_page_is_replaced().await;
                }
                Err(err) => {
                    inputs.password_error.set(err.field("password"));
                    inputs.form_error.set(Some(match err.code() {
                        Some(
                            ErrorCode::LinkUsed | ErrorCode::LinkExpired | ErrorCode::InvalidLink,
                        ) => t_with(
                            "reset-get-new-to-retry",
                            &[("problem", (&err.message()).into())],
                        ),
                        _ => err.message(),
                    }));
                }
            }
        }
    });
    let pending = complete.pending();

    let on_submit = on_submit(complete, move || {
        inputs.checked(&for_check, min_chars, common)
    });

    let (before, after) = t_around("reset-for", "email");
    view! {
        <h1>{t("reset-choose-title")}</h1>
        <p>{before}<strong class="wrap">{email.clone()}</strong>{after}</p>
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
            <SubmitButton label=t("reset-submit") busy_label=t("setting-password") pending />
        </form>
    }
}

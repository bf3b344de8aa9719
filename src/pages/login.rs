//! `/login`: an email and password form beside the portal's login text. It is the whole of
//! the sign-in bundle, so it uses no router: it reads `next` from the address itself and
//! leaves with a full navigation into the portal bundle.

use leptos::html::Input;
use leptos::prelude::*;
use portico_api::{redirect::safe_next, ErrorCode, Role};

use crate::api;
use crate::components::brand::Brand;
use crate::components::form_action::{on_submit, until_the_page_is_replaced};
use crate::components::form_error::FormError;
use crate::components::human_check::HumanCheckProgress;
use crate::components::language_switcher::LanguageSwitcher;
use crate::components::password_field::PasswordField;
use crate::components::submit_button::SubmitButton;
use crate::components::text_field::TextField;
use crate::human_check::{self, Checking};
use crate::i18n::t;
use crate::session::{home_for, Auth, Portal, SessionState};

#[component]
pub fn LoginPage() -> impl IntoView {
    crate::dom::set_title(&t("sign-in-title"));
    let auth = Auth::get();
    let portal = Portal::get();

    let email_ref = NodeRef::<Input>::new();
    let password_ref = NodeRef::<Input>::new();
    let (email_error, set_email_error) = signal(None::<String>);
    let (password_error, set_password_error) = signal(None::<String>);
    let (form_error, set_form_error) = signal(None::<String>);

    // Where to go after signing in: a same-origin `next`, else the account's home.
    let destination = move |role: Role| {
        crate::dom::query_param("next")
            .and_then(|next| safe_next(&next).map(str::to_string))
            .unwrap_or_else(|| home_for(role).to_string())
    };

    // After a few failed sign-ins for the account, a browser it has not used before is
    // asked for a human check: solved here, then the same sign-in goes again.
    let checking = Checking::local();
    let sign_in = Action::new_local(move |(email, password): &(String, String)| {
        let (email, password) = (email.clone(), password.clone());
        async move {
            let answer = human_check::send_checked(checking, |solution| {
                api::sign_in(email.clone(), password.clone(), solution)
            })
            .await;
            match answer {
                // Stays busy until the portal bundle replaces this page.
                Ok(info) => {
                    // The next page shows the account's language, without a second load.
                    crate::i18n::forget_picked();
                    if let Some(saved) = info.language {
                        crate::i18n::remember(saved);
                    }
                    crate::dom::go(&destination(info.role));
                    until_the_page_is_replaced().await;
                }
                // A password staff set: choose one's own first (the ticket is a cookie).
                Err(err) if err.code() == Some(ErrorCode::PasswordChangeRequired) => {
                    // The account kept the pick with this sign-in too.
                    crate::i18n::forget_picked();
                    let next = crate::dom::query_param("next")
                        .filter(|next| safe_next(next).is_some())
                        .map(|next| format!("?next={}", crate::dom::encode(&next)))
                        .unwrap_or_default();
                    crate::dom::go(&format!("/choose-password{next}"));
                    until_the_page_is_replaced().await;
                }
                Err(err) => {
                    set_email_error.set(err.field("email"));
                    set_password_error.set(err.field("password"));
                    set_form_error.set(Some(err.message()));
                    if err.code() == Some(ErrorCode::InvalidCredentials) {
                        if let Some(input) = password_ref.get_untracked() {
                            input.set_value("");
                            let _ = input.focus();
                        }
                    }
                }
            }
        }
    });
    let pending = sign_in.pending();

    // Someone already signed in who opens /login goes straight on.
    Effect::new(move |_| {
        if let SessionState::SignedIn(info) = auth.0.get() {
            if !pending.get_untracked() {
                crate::dom::go(&destination(info.role));
            }
        }
    });

    let on_submit = on_submit(sign_in, move || {
        let (email_input, password_input) =
            (email_ref.get_untracked()?, password_ref.get_untracked()?);
        let email = email_input.value();
        let password = password_input.value();
        let email_problem = email.trim().is_empty().then(|| t("email-missing"));
        let password_problem = password.is_empty().then(|| t("password-missing"));
        set_form_error.set(None);
        set_email_error.set(email_problem.clone());
        set_password_error.set(password_problem.clone());
        if email_problem.is_some() {
            let _ = email_input.focus();
            return None;
        }
        if password_problem.is_some() {
            let _ = password_input.focus();
            return None;
        }
        Some((email, password))
    });

    let sign_in_card = move || {
        view! {
            <div class="auth-card">
                <Brand />
                <h1>{t("sign-in-title")}</h1>
                <form class="stack" novalidate on:submit=on_submit.clone() aria-busy=move || pending.get().then_some("true")>
                    <TextField
                        id="email"
                        label=t("email-label")
                        kind="email"
                        autocomplete="username"
                        input_ref=email_ref
                        error=email_error
                        autofocus=true
                    />
                    <PasswordField
                        id="password"
                        label=t("password-label")
                        autocomplete="current-password"
                        input_ref=password_ref
                        error=password_error
                    />
                    <FormError message=form_error />
                    <HumanCheckProgress checking />
                    <SubmitButton label=t("sign-in-submit") busy_label=t("sign-in-submit-busy") pending />
                </form>
                <p class="secondary-action">
                    <a href="/forgot-password">{t("forgot-title")}</a>
                </p>
                <LanguageSwitcher />
            </div>
        }
    };

    // The page appears once the portal's description has arrived (`login.html` preloads
    // it beside the app), so the login text never pushes the form once it is on screen.
    // The form comes first in the document: beside the text on wide screens, above it on
    // narrow ones, so its first field is always in view.
    move || {
        let text = match portal.info() {
            None => return view! { <main class="login-page" aria-busy="true"></main> }.into_any(),
            Some(info) => info
                .ok()
                .map(|p| p.login_text_html)
                .filter(|html| !html.trim().is_empty()),
        };
        let with_text = text.is_some();
        view! {
            <main class=if with_text { "login-page with-text" } else { "login-page" }>
                {sign_in_card()}
                {text.map(|html| {
                    // Safe: rendered and sanitised by crates/login-text on the server.
                    view! { <section class="login-text" aria-label=t("login-text-label") inner_html=html></section> }
                })}
            </main>
        }
        .into_any()
    }
}

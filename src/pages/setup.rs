//! `/setup#token=...`: creates the first staff account from the link the server printed.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use portico_api::{password, SetupRequest};

use crate::api;
use crate::components::form_action::on_submit;
use crate::components::form_error::FormError;
use crate::components::password_field::PasswordField;
use crate::components::submit_button::SubmitButton;
use crate::components::text_field::TextField;
use crate::i18n::{t, t_with};
use crate::session::{Auth, SessionState};

#[derive(Debug, Clone, PartialEq)]
enum LinkState {
    Checking,
    Valid(String),
    Invalid(String),
}

#[component]
pub fn SetupPage() -> impl IntoView {
    crate::dom::set_title(&t("setup-title"));
    let auth = Auth::get();
    let navigate = use_navigate();
    let (link, set_link) = signal(LinkState::Checking);
    match crate::dom::take_fragment_token() {
        Some(token) => spawn_local(async move {
            set_link.set(match api::setup_check(token.clone()).await {
                Ok(()) => LinkState::Valid(token),
                Err(err) => LinkState::Invalid(err.message()),
            });
        }),
        None => set_link.set(LinkState::Invalid(t("setup-link-missing"))),
    }

    let name_ref = NodeRef::<Input>::new();
    let email_ref = NodeRef::<Input>::new();
    let password_ref = NodeRef::<Input>::new();
    let confirm_ref = NodeRef::<Input>::new();
    let (name_error, set_name_error) = signal(None::<String>);
    let (email_error, set_email_error) = signal(None::<String>);
    let (password_error, set_password_error) = signal(None::<String>);
    let (confirm_error, set_confirm_error) = signal(None::<String>);
    let (form_error, set_form_error) = signal(None::<String>);
    let create = Action::new_local(move |request: &SetupRequest| {
        let request = request.clone();
        let navigate = navigate.clone();
        async move {
            match api::setup(request).await {
                Ok(info) => {
                    auth.0.set(SessionState::SignedIn(info));
                    navigate(
                        "/staff",
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    );
                }
                Err(err) => {
                    set_name_error.set(err.field("name"));
                    set_email_error.set(err.field("email"));
                    set_password_error.set(err.field("password"));
                    set_form_error.set(Some(err.message()));
                }
            }
        }
    });
    let pending = create.pending();

    let on_submit = on_submit(create, move || {
        let LinkState::Valid(token) = link.get_untracked() else {
            return None;
        };
        let value = |r: NodeRef<Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
        let (name, email, pw, confirm) = (
            value(name_ref),
            value(email_ref),
            value(password_ref),
            value(confirm_ref),
        );
        let policy = password::check_with(
            &pw,
            &email,
            password::DEFAULT_MIN_CHARS,
            crate::dom::lowercase,
            // The server checks the common-password list; this page is used once per install.
            |_| false,
        );
        set_name_error.set(name.trim().is_empty().then(|| t("setup-name-missing")));
        set_email_error.set(email.trim().is_empty().then(|| t("email-missing")));
        set_password_error.set(policy.first().map(crate::i18n::policy));
        set_confirm_error.set((pw != confirm).then(|| t("passwords-differ")));
        set_form_error.set(None);
        if name_error.get_untracked().is_some()
            || email_error.get_untracked().is_some()
            || password_error.get_untracked().is_some()
            || confirm_error.get_untracked().is_some()
        {
            set_form_error.set(Some(t("setup-fields-need-attention")));
            return None;
        }
        Some(SetupRequest {
            token,
            name,
            email,
            password: pw,
        })
    });

    view! {
        <main class="auth-page">
            <div class="auth-card">
                <h1>{t("setup-heading")}</h1>
                {move || match link.get() {
                    LinkState::Checking => view! { <p role="status">{t("setup-checking-link")}</p> }.into_any(),
                    LinkState::Invalid(message) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
                    LinkState::Valid(_) => view! {
                        <form class="stack" novalidate on:submit=on_submit.clone()>
                            <TextField id="name" label=t("setup-name-label") autocomplete="name" input_ref=name_ref error=name_error />
                            <TextField id="email" label=t("email-label") kind="email" autocomplete="username" input_ref=email_ref error=email_error />
                            <PasswordField id="password" label=t("password-label") autocomplete="new-password" input_ref=password_ref error=password_error hint=t_with("setup-password-hint", &[("min", password::DEFAULT_MIN_CHARS.into())]) />
                            <PasswordField id="confirm" label=t("setup-confirm-label") autocomplete="new-password" input_ref=confirm_ref error=confirm_error />
                            <FormError message=form_error />
                            <SubmitButton label=t("setup-submit") busy_label=t("setup-submit-busy") pending />
                        </form>
                    }.into_any(),
                }}
            </div>
        </main>
    }
}

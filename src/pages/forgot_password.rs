//! `/forgot-password`: asks for a reset link. The answer is the same whatever the address,
//! so the page shows the server's confirmation and never hints at whether it exists.

use leptos::html::Input;
use leptos::prelude::*;

use crate::api;
use crate::components::brand::Brand;
use crate::components::check_email::CheckYourEmail;
use crate::components::form_action::on_submit;
use crate::components::form_error::FormError;
use crate::components::human_check::HumanCheckProgress;
use crate::components::language_switcher::LanguageSwitcher;
use crate::components::submit_button::SubmitButton;
use crate::components::text_field::TextField;
use crate::human_check::{self, Checking};
use crate::i18n::t;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    crate::dom::set_title(&t("forgot-title"));
    let email_ref = NodeRef::<Input>::new();
    let (email_error, set_email_error) = signal(None::<String>);
    let (form_error, set_form_error) = signal(None::<String>);
    let (sent, set_sent) = signal(None::<(String, String)>);

    let checking = Checking::local();
    let send = Action::new_local(move |email: &String| {
        let email = email.clone();
        async move {
            let answer = human_check::send_checked(checking, |solution| {
                api::request_reset(email.clone(), solution)
            })
            .await;
            match answer {
                Ok(answer) => set_sent.set(Some((email.trim().to_string(), answer.message))),
                Err(err) => {
                    set_email_error.set(err.field("email"));
                    set_form_error.set(Some(err.message()));
                    if let Some(input) = email_ref.get_untracked() {
                        let _ = input.focus();
                    }
                }
            }
        }
    });
    let pending = send.pending();

    let on_submit = on_submit(send, move || {
        let input = email_ref.get_untracked()?;
        let email = input.value();
        set_form_error.set(None);
        if email.trim().is_empty() {
            set_email_error.set(Some(t("email-missing")));
            let _ = input.focus();
            return None;
        }
        set_email_error.set(None);
        Some(email)
    });

    view! {
        <main class="auth-page">
            <div class="auth-card">
                <Brand />
                <Show
                    when=move || sent.get().is_none()
                    fallback=move || {
                        let (email, message) = sent.get().unwrap_or_default();
                        crate::dom::focus_soon("check-email-heading");
                        view! {
                            <CheckYourEmail message address=email />
                            <p class="secondary-action">
                                <button type="button" class="link-button" on:click=move |_| {
                                    crate::dom::set_title(&t("forgot-title"));
                                    set_sent.set(None);
                                }>
                                    {t("forgot-try-another")}
                                </button>
                            </p>
                        }
                    }
                >
                    <h1>{t("forgot-title")}</h1>
                    <p>{t("forgot-intro")}</p>
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
                        <FormError message=form_error />
                        <HumanCheckProgress checking />
                        <SubmitButton label=t("forgot-submit") busy_label=t("forgot-submit-busy") pending />
                    </form>
                </Show>
                <p class="secondary-action">
                    <a href="/login" rel="external">{t("back-to-sign-in")}</a>
                </p>
                <LanguageSwitcher />
            </div>
        </main>
    }
}

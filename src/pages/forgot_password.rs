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
use crate::components::submit_button::SubmitButton;
use crate::components::text_field::TextField;
use crate::human_check::{self, CheckFailed};

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    crate::dom::set_title("Forgot your password?");
    let email_ref = NodeRef::<Input>::new();
    let (email_error, set_email_error) = signal(None::<String>);
    let (form_error, set_form_error) = signal(None::<String>);
    let (sent, set_sent) = signal(None::<(String, String)>);

    // While a human check runs: the share of the search done so far.
    let checking = RwSignal::new(None::<f64>);
    let send = Action::new_local(move |email: &String| {
        let email = email.clone();
        async move {
            let failed = |message: String, field: Option<String>| {
                checking.set(None);
                set_email_error.set(field);
                set_form_error.set(Some(message));
                if let Some(input) = email_ref.get_untracked() {
                    let _ = input.focus();
                }
            };
            let mut solution = None;
            // A solution the server refuses (it expired while the tab slept, say) comes
            // back with a new challenge: solved again, three times at most.
            for round in 1.. {
                let err = match api::request_reset(email.clone(), solution.take()).await {
                    Ok(answer) => {
                        checking.set(None);
                        set_sent.set(Some((email.trim().to_string(), answer.message)));
                        return;
                    }
                    Err(err) => err,
                };
                let Some(challenge) = err.human_check().filter(|_| round <= 3) else {
                    let message = match err.human_check() {
                        Some(_) => "We couldn't finish checking that you're not a robot. Please try again in a few minutes.".to_string(),
                        None => err.message(),
                    };
                    return failed(message, err.field("email"));
                };
                checking.set(Some(0.0));
                match human_check::solve(&challenge, move |done| checking.set(Some(done))).await {
                    Ok(solved) => {
                        // Found: the bar fills while the request goes out again.
                        checking.set(Some(1.0));
                        solution = Some(solved);
                    }
                    Err(CheckFailed) => {
                        return failed(
                            "We couldn't finish checking that you're not a robot in this browser. Please try again.".into(),
                            None,
                        )
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
            set_email_error.set(Some("Enter your email address.".into()));
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
                                    crate::dom::set_title("Forgot your password?");
                                    set_sent.set(None);
                                }>
                                    "Try a different address"
                                </button>
                            </p>
                        }
                    }
                >
                    <h1>"Forgot your password?"</h1>
                    <p>"Enter the email address of your account and we'll email you a link to choose a new password."</p>
                    <form class="stack" novalidate on:submit=on_submit.clone() aria-busy=move || pending.get().then_some("true")>
                        <TextField
                            id="email"
                            label="Email"
                            kind="email"
                            autocomplete="username"
                            input_ref=email_ref
                            error=email_error
                            autofocus=true
                        />
                        <FormError message=form_error />
                        <HumanCheckProgress checking />
                        <SubmitButton label="Email me a reset link" busy_label="Sending…" pending />
                    </form>
                </Show>
                <p class="secondary-action">
                    <a href="/login" rel="external">"Back to sign in"</a>
                </p>
            </div>
        </main>
    }
}

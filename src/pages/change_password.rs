//! `/account/password`: change one's password while signed in (also where
//! `/.well-known/change-password` sends password managers).

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::account::{ChangePassword, PasswordPolicy};
use portico_api::ErrorCode;

use crate::api;
use crate::components::account_page::AccountPage;
use crate::components::form_action::on_submit;
use crate::components::form_error::FormError;
use crate::components::new_password::{CommonPasswords, NewPasswordFields, NewPasswordInputs};
use crate::components::password_field::PasswordField;
use crate::components::submit_button::SubmitButton;
use crate::i18n::t;

#[derive(Debug, Clone, PartialEq)]
enum Load {
    Loading,
    Ready(PasswordPolicy),
    Disabled(String),
    Failed(String),
}

#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let load = RwSignal::new(Load::Loading);
    spawn_local(async move {
        load.set(match api::account::password_policy().await {
            Ok(policy) => Load::Ready(policy),
            Err(err) if err.code() == Some(ErrorCode::FeatureDisabled) => {
                Load::Disabled(err.message())
            }
            Err(err) => Load::Failed(err.message()),
        });
    });

    view! {
        <AccountPage heading="change-password-title">
            {move || match load.get() {
                Load::Loading => view! { <p class="loading" role="status">{t("loading")}</p> }.into_any(),
                Load::Disabled(message) => view! {
                    <p>{message}</p>
                    <p><a href="/forgot-password" rel="external">{t("change-password-disabled-link")}</a></p>
                }.into_any(),
                Load::Failed(message) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
                Load::Ready(policy) => view! { <ChangePasswordForm policy /> }.into_any(),
            }}
        </AccountPage>
    }
}

#[component]
fn ChangePasswordForm(policy: PasswordPolicy) -> impl IntoView {
    let common = CommonPasswords::load();
    let email = policy.email.clone();
    let min_chars = policy.min_password_chars;
    let current_ref = NodeRef::<Input>::new();
    let inputs = NewPasswordInputs::default();
    let (sign_out_others, set_sign_out_others) = signal(true);
    let (current_error, set_current_error) = signal(None::<String>);
    let (done, set_done) = signal(None::<String>);
    let for_check = email.clone();

    let change = Action::new_local(move |request: &ChangePassword| {
        let request = request.clone();
        async move {
            match api::account::change_password(request).await {
                Ok(changed) => {
                    if let Some(input) = current_ref.get_untracked() {
                        input.set_value("");
                    }
                    inputs.clear();
                    set_done.set(Some(changed.message));
                }
                Err(err) => {
                    set_current_error.set(err.field("current_password"));
                    inputs.password_error.set(err.field("new_password"));
                    inputs.form_error.set(Some(err.message()));
                    if err.field("current_password").is_some() {
                        if let Some(input) = current_ref.get_untracked() {
                            let _ = input.focus();
                        }
                    }
                }
            }
        }
    });
    let pending = change.pending();

    let on_submit = on_submit(change, move || {
        set_done.set(None);
        let current_input = current_ref.get_untracked()?;
        let current = current_input.value();
        if current.is_empty() {
            set_current_error.set(Some(t("current-password-missing")));
            inputs.form_error.set(Some(t("current-password-missing")));
            let _ = current_input.focus();
            return None;
        }
        set_current_error.set(None);
        let new_password = inputs.checked(&for_check, min_chars, common)?;
        Some(ChangePassword {
            current_password: current,
            new_password,
            sign_out_others: sign_out_others.get_untracked(),
        })
    });

    view! {
        <div role="status">
            {move || done.get().map(|message| view! {
                <div class="notice">
                    <p>{message}</p>
                    <p>{t("change-password-emailed")}</p>
                </div>
            })}
        </div>
        <form class="stack narrow" novalidate on:submit=on_submit aria-busy=move || pending.get().then_some("true")>
            // Tells password managers which account this is.
            <input type="email" name="username" autocomplete="username" value=email.clone() hidden readonly />
            <PasswordField
                id="current-password"
                label=t("current-password-label")
                autocomplete="current-password"
                input_ref=current_ref
                error=current_error
            />
            <NewPasswordFields
                email=Signal::stored(email)
                min_chars=Signal::stored(min_chars)
                common
                inputs
            />
            <div class="checkbox">
                <input
                    type="checkbox"
                    id="sign-out-others"
                    prop:checked=sign_out_others
                    aria-describedby="sign-out-others-hint"
                    on:change=move |ev| set_sign_out_others.set(event_target_checked(&ev))
                />
                <label for="sign-out-others">{t("sign-out-others-label")}</label>
            </div>
            <p id="sign-out-others-hint" class="hint">{t("sign-out-others-hint")}</p>
            <FormError message=inputs.form_error />
            <SubmitButton label=t("change-password-submit") busy_label=t("change-password-busy") pending />
        </form>
    }
}

//! `/staff/clients/new`: add a client, with or without a password, and optionally email
//! them instructions (a link to choose their password, and a message).

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use portico_api::staff::NewClient;

use super::{Flash, StaffLayout};
use crate::api;
use crate::components::form_action::on_submit;
use crate::components::form_error::FormError;
use crate::components::password_field::PasswordField;
use crate::components::submit_button::SubmitButton;
use crate::components::text_field::TextField;
use crate::human_check::{send_checked, Checking};
use crate::i18n::t;

#[component]
pub fn NewClientPage() -> impl IntoView {
    let navigate = use_navigate();
    let flash = Flash::get();
    let name_ref = NodeRef::<Input>::new();
    let email_ref = NodeRef::<Input>::new();
    let password_ref = NodeRef::<Input>::new();
    let message_ref = NodeRef::<Textarea>::new();
    let (has_password, set_has_password) = signal(false);
    let (require_change, set_require_change) = signal(true);
    let (send_instructions, set_send_instructions) = signal(true);
    let (name_error, set_name_error) = signal(None::<String>);
    let (email_error, set_email_error) = signal(None::<String>);
    let (password_error, set_password_error) = signal(None::<String>);
    let (message_error, set_message_error) = signal(None::<String>);
    let (form_error, set_form_error) = signal(None::<String>);
    let checking = Checking::get();
    let create = Action::new_local(move |request: &NewClient| {
        let request = request.clone();
        let navigate = navigate.clone();
        async move {
            let create = |solution| api::staff::create_client(&request, solution);
            match send_checked(checking, create).await {
                Ok(created) => {
                    let to = format!("/staff/clients/{}", created.client.id);
                    flash.show_at(to.clone(), created.message);
                    navigate(&to, Default::default());
                }
                Err(err) => {
                    set_name_error.set(err.field("name"));
                    set_email_error.set(err.field("email"));
                    set_password_error.set(err.field("password"));
                    set_message_error.set(err.field("message"));
                    set_form_error.set(Some(err.message()));
                }
            }
        }
    });
    let pending = create.pending();

    let on_submit = on_submit(create, move || {
        let value = |r: NodeRef<Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
        let password = value(password_ref);
        let request = NewClient {
            name: value(name_ref),
            email: value(email_ref),
            require_change: !password.is_empty() && require_change.get_untracked(),
            password: (!password.is_empty()).then_some(password),
            send_instructions: send_instructions.get_untracked(),
            message: message_ref
                .get_untracked()
                .map(|t| t.value())
                .filter(|m| !m.trim().is_empty()),
        };
        for clear in [
            set_name_error,
            set_email_error,
            set_password_error,
            set_message_error,
        ] {
            clear.set(None);
        }
        set_form_error.set(None);
        Some(request)
    });

    view! {
        <StaffLayout title=t("new-client-title")>
            <h1>{t("new-client-title")}</h1>
            <form class="stack narrow" novalidate on:submit=on_submit aria-busy=move || pending.get().then_some("true")>
                <TextField id="name" label=t("new-client-name") autocomplete="off" input_ref=name_ref error=name_error autofocus=true />
                <TextField id="email" label=t("email-label") kind="email" autocomplete="off" input_ref=email_ref error=email_error />
                <PasswordField
                    id="password"
                    label=t("new-client-password")
                    autocomplete="off"
                    input_ref=password_ref
                    error=password_error
                    hint=t("new-client-password-hint")
                    on_input=Callback::new(move |v: String| set_has_password.set(!v.is_empty()))
                />
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id="require-change"
                        prop:checked=require_change
                        disabled=move || !has_password.get()
                        aria-describedby="require-change-hint"
                        on:change=move |ev| set_require_change.set(event_target_checked(&ev))
                    />
                    <label for="require-change">{t("new-client-require-change")}</label>
                </div>
                <p id="require-change-hint" class="hint">{t("new-client-require-change-hint")}</p>
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id="send-instructions"
                        prop:checked=send_instructions
                        on:change=move |ev| set_send_instructions.set(event_target_checked(&ev))
                    />
                    <label for="send-instructions">{t("new-client-send-instructions")}</label>
                </div>
                <Show when=move || send_instructions.get()>
                    <div class="field">
                        <label for="message">{t("new-client-message")}</label>
                        <p id="message-hint" class="hint">{t("new-client-message-hint")}</p>
                        <textarea
                            id="message"
                            rows="4"
                            node_ref=message_ref
                            aria-describedby="message-hint message-error"
                            aria-invalid=move || message_error.get().map(|_| "true")
                        ></textarea>
                        <p id="message-error" class="field-error">{move || message_error.get()}</p>
                    </div>
                </Show>
                <FormError message=form_error />
                <SubmitButton label=t("new-client-submit") busy_label=t("new-client-submit-busy") pending />
            </form>
        </StaffLayout>
    }
}

//! `/staff/clients/{id}`: one client's details and login methods: set a password (shown
//! once), send a reset link (with a status panel and "Copy link"), archive or restore.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use portico_api::staff::{
    AccountStatus, ClientDetail, PasswordState, ResetLinkStatus, SetPassword,
};

use super::{archive_warning, StaffLayout};
use crate::api;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::form_action::{on_submit, SubmitOnce};
use crate::components::form_error::FormError;
use crate::components::loadable::loadable;
use crate::components::status_pill::link_pending_until;
use crate::dom::format_time;
use crate::human_check::{send_checked, Checking};
use crate::i18n::{t, t_around, t_with};

#[component]
pub fn ClientPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or_default()
    });
    let detail = LocalResource::new(move || api::staff::client(id.get()));
    let changed = Callback::new(move |_: ClientDetail| detail.refetch());

    view! {
        <StaffLayout title=t("client-title")>
            <p class="breadcrumb"><A href="/staff">{t("client-all-clients")}</A></p>
            {loadable(detail, t("client-loading"), move |found| {
                view! { <ClientView detail=found on_change=changed /> }.into_any()
            })}
        </StaffLayout>
    }
}

#[component]
fn ClientView(detail: ClientDetail, on_change: Callback<ClientDetail>) -> impl IntoView {
    let client = detail.client.clone();
    let id = client.id;
    // Facts refresh in place after an action, so the action's own message stays.
    let summary = RwSignal::new(detail.client.clone());
    let (link, set_link) = signal(detail.reset_link.clone());
    let (reset_message, set_reset_message) = signal(None::<Result<String, String>>);
    // The link panel follows the server too: setting a password retires the live link,
    // and a panel still offering it would hand out a dead link.
    let refresh = move || {
        spawn_local(async move {
            if let Ok(fresh) = api::staff::client(id).await {
                if fresh.reset_link.is_none() && link.get_untracked().is_some() {
                    set_reset_message.set(None);
                }
                set_link.set(fresh.reset_link);
                summary.set(fresh.client);
            }
        })
    };
    let archived = client.status == AccountStatus::Archived;
    crate::dom::set_title(&client.name);
    let (status_error, set_status_error) = signal(None::<String>);

    let checking = Checking::get();
    let send = Action::new_local(move |_: &()| async move {
        match send_checked(checking, |solution| api::staff::send_reset(id, solution)).await {
            Ok(sent) => {
                set_link.set(Some(sent.reset_link));
                set_reset_message.set(Some(Ok(sent.message)));
                // In place, not via `on_change`: re-rendering the view would drop the
                // message just shown.
                refresh();
            }
            Err(err) => set_reset_message.set(Some(Err(err.message()))),
        }
    });
    let reset_pending = send.pending();
    let send_reset = move |_| send.submit(());
    let confirm_archive = RwSignal::new(false);
    let change_status = Action::new_local(move |_: &()| async move {
        match api::staff::archive(id, !archived).await {
            Ok(changed) => on_change.run(changed),
            Err(err) => set_status_error.set(Some(err.message())),
        }
    });
    let status_pending = change_status.pending();
    let toggle_archive = move || change_status.submit(());

    view! {
        <h1>{client.name.clone()}</h1>
        <dl class="facts">
            <dt>{t("client-email")}</dt><dd>{client.email.clone()}</dd>
            <dt>{t("client-status")}</dt><dd>{t(if archived { "status-archived" } else { "status-active" })}</dd>
            <dt>{t("client-password")}</dt><dd>{move || password_words(&summary.get().password)}</dd>
            <dt>{t("client-last-sign-in")}</dt><dd>{move || summary.get().last_sign_in_at.map(format_time).unwrap_or_else(|| t("clients-never"))}</dd>
            <dt>{t("client-added")}</dt><dd>{format_time(client.created_at)}</dd>
        </dl>
        <p><A href=format!("/staff/activity?account_id={id}")>{t("client-view-activity")}</A></p>

        <section aria-labelledby="login-methods">
            <h2 id="login-methods">{t("client-login-methods")}</h2>
            {archived.then(|| view! { <p class="form-error" id="archived-note">{t("client-archived-note")}</p> })}
            <SetPasswordForm id archived on_done=Callback::new(move |_| refresh()) />
            <div class="panel">
                <h3>{t("client-send-reset")}</h3>
                <p class="hint">{t("client-send-reset-hint")}</p>
                <button
                    type="button"
                    class="secondary"
                    disabled=archived
                    aria-describedby=archived.then_some("archived-note")
                    on:click=send_reset
                >
                    {move || t(if reset_pending.get() { "client-sending" } else { "client-send-reset" })}
                </button>
                <div role="status">
                    {move || match reset_message.get() {
                        Some(Ok(message)) => Some(view! { <p class="notice">{message}</p> }.into_any()),
                        Some(Err(message)) => Some(view! { <p class="form-error">{message}</p> }.into_any()),
                        None => None,
                    }}
                </div>
                {move || link.get().map(|status| view! { <LinkPanel status /> })}
            </div>
        </section>

        <section aria-labelledby="account-status">
            <h2 id="account-status">{t("client-account-status")}</h2>
            <p class="hint">
                {t(if archived { "client-restore-hint" } else { "client-archive-hint" })}
            </p>
            <button
                type="button"
                class=if archived { "secondary" } else { "danger" }
                aria-disabled=move || status_pending.get().then_some("true")
                on:click=move |_| {
                    // Restoring takes nothing away: only archiving asks first.
                    if archived { toggle_archive() } else { confirm_archive.set(true) }
                }
            >
                {t(if archived { "client-unarchive" } else { "client-archive" })}
            </button>
            <ConfirmDialog
                open=confirm_archive
                title=t_with("clients-archive-question", &[("name", (&client.name).into())])
                message=archive_warning()
                confirm_label=t("clients-archive-confirm")
                on_confirm=Callback::new(move |_| toggle_archive())
            />
            <FormError message=status_error />
        </section>
    }
}

/// The live link, with when it was sent, how long a re-send reuses it, and its expiry.
#[component]
fn LinkPanel(status: ResetLinkStatus) -> impl IntoView {
    let (copied, set_copied) = signal(None::<bool>);
    let link = status.link.clone();
    let copy = move |_| {
        let link = link.clone();
        spawn_local(
            async move { set_copied.set(Some(crate::dom::copy_to_clipboard(&link).await)) },
        );
    };
    view! {
        <div class="link-panel">
            <div class="field">
                <label for="reset-link">{t("client-reset-link")}</label>
                <input id="reset-link" type="text" readonly prop:value=status.link.clone() />
            </div>
            <button type="button" class="secondary" on:click=copy>{t("client-copy-link")}</button>
            <p role="status" class="hint">
                {move || copied.get().map(|ok| t(if ok { "client-link-copied" } else { "client-link-copy-failed" }))}
            </p>
            <dl class="facts">
                <dt>{t("client-link-sent")}</dt><dd>{format_time(status.sent_at)}</dd>
                <dt>{t("client-link-same-until")}</dt><dd>{format_time(status.reuse_until)}</dd>
                <dt>{t("client-link-expires")}</dt><dd>{format_time(status.expires_at)}</dd>
            </dl>
        </div>
    }
}

#[component]
fn SetPasswordForm(id: i64, archived: bool, on_done: Callback<()>) -> impl IntoView {
    let password_ref = NodeRef::<Input>::new();
    let (require_change, set_require_change) = signal(true);
    let (error, set_error) = signal(None::<String>);
    let (result, set_result) = signal(None::<(String, String)>);
    let (copied, set_copied) = signal(None::<bool>);
    let set = Action::new_local(move |request: &SetPassword| {
        let request = request.clone();
        async move {
            match api::staff::set_password(id, request).await {
                Ok(set) => {
                    if let Some(input) = password_ref.get_untracked() {
                        input.set_value("");
                    }
                    set_result.set(Some((set.message, set.password)));
                    on_done.run(());
                }
                Err(err) => {
                    set_error.set(Some(err.field("password").unwrap_or_else(|| err.message())))
                }
            }
        }
    });
    let pending = set.pending();
    let on_submit = on_submit(set, move || {
        if archived {
            return None;
        }
        let typed = password_ref
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default();
        let request = SetPassword {
            password: (!typed.is_empty()).then_some(typed),
            require_change: require_change.get_untracked(),
        };
        set_error.set(None);
        set_copied.set(None);
        // A password shown earlier must not look like the answer to this attempt.
        set_result.set(None);
        Some(request)
    });
    let copy = move |_| {
        if let Some((_, password)) = result.get_untracked() {
            spawn_local(async move {
                set_copied.set(Some(crate::dom::copy_to_clipboard(&password).await))
            });
        }
    };
    view! {
        <form class="panel stack" novalidate on:submit=on_submit>
            <h3>{t("client-set-password")}</h3>
            <div class="field">
                <label for="staff-password">{t("client-new-password")}</label>
                <p id="staff-password-hint" class="hint">{t("client-new-password-hint")}</p>
                <input
                    id="staff-password"
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    autocapitalize="off"
                    node_ref=password_ref
                    disabled=archived
                    aria-describedby="staff-password-hint staff-password-error"
                    aria-invalid=move || error.get().map(|_| "true")
                />
                <p id="staff-password-error" class="field-error">{move || error.get()}</p>
            </div>
            <div class="checkbox">
                <input
                    type="checkbox"
                    id="staff-require-change"
                    prop:checked=require_change
                    disabled=archived
                    on:change=move |ev| set_require_change.set(event_target_checked(&ev))
                />
                <label for="staff-require-change">{t("client-require-change")}</label>
            </div>
            <div>
                <button type="submit" class="secondary" disabled=archived aria-describedby=archived.then_some("archived-note")>
                    {move || t(if pending.get() { "client-setting-password" } else { "client-set-password" })}
                </button>
            </div>
            <div role="status">
                {move || result.get().map(|(message, password)| {
                    let (before, after) = t_around("client-new-password-shown", "password");
                    view! {
                        <div class="notice">
                            <p>{message}</p>
                            <p>{t("client-share-password")}</p>
                            <p>{before}<code class="secret">{password}</code>{after}</p>
                            <button type="button" class="secondary" on:click=copy>{t("client-copy-password")}</button>
                            <p class="hint">{move || copied.get().map(|ok| t(if ok { "client-password-copied" } else { "client-password-copy-failed" }))}</p>
                        </div>
                    }
                })}
            </div>
        </form>
    }
}

/// Where a client stands with their password, in full (the board shows a pill).
pub fn password_words(state: &PasswordState) -> String {
    match state {
        PasswordState::Set => t("status-password-set"),
        PasswordState::MustChange => t("client-password-must-change"),
        PasswordState::LinkPending { expires_at } => link_pending_until(*expires_at),
        PasswordState::NeverSet => t("status-password-never-set"),
    }
}

//! `/staff/api-keys`: keys for the automations API. A new key's secret is shown once, with
//! a Copy button; afterwards only its first characters identify it.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::automations::{ApiKeyCreated, ApiKeySummary};

use super::StaffLayout;
use crate::api;
use crate::components::data_table::{Column, DataTable};
use crate::components::form_action::on_submit;
use crate::components::secret_once::SecretOnce;
use crate::components::text_field::TextField;
use crate::dom::format_time;
use crate::i18n::{t, t_around, t_with};

#[component]
pub fn ApiKeysPage() -> impl IntoView {
    let keys = RwSignal::new(None::<Result<Vec<ApiKeySummary>, String>>);
    let reload = move || {
        spawn_local(async move {
            keys.set(Some(
                api::staff::api_keys()
                    .await
                    .map(|l| l.keys)
                    .map_err(|e| e.message()),
            ))
        })
    };
    reload();
    let name_ref = NodeRef::<Input>::new();
    let (name_error, set_name_error) = signal(None::<String>);
    let (created, set_created) = signal(None::<ApiKeyCreated>);
    let (notice, set_notice) = signal(None::<String>);
    let make = Action::new_local(move |name: &String| {
        let name = name.clone();
        async move {
            match api::staff::create_api_key(name).await {
                Ok(made) => {
                    if let Some(input) = name_ref.get_untracked() {
                        input.set_value("");
                    }
                    set_created.set(Some(made));
                    reload();
                }
                Err(err) => {
                    set_name_error.set(Some(err.field("name").unwrap_or_else(|| err.message())))
                }
            }
        }
    });
    let pending = make.pending();
    let create = on_submit(make, move || {
        set_name_error.set(None);
        set_notice.set(None);
        Some(name_ref.get_untracked()?.value())
    });
    let revoke = move |key: ApiKeySummary| {
        spawn_local(async move {
            match api::staff::revoke_api_key(key.id).await {
                Ok(_) => set_notice.set(Some(t_with(
                    "keys-revoked-notice",
                    &[("name", (&key.name).into())],
                ))),
                Err(err) => set_notice.set(Some(err.message())),
            }
            reload();
            crate::dom::focus_soon("page-heading");
        })
    };

    let (intro_before, intro_after) = t_around("keys-intro", "header");

    view! {
        <StaffLayout title=t("keys-title")>
            <h1 id="page-heading" tabindex="-1">{t("keys-title")}</h1>
            <p>{intro_before}<code>"Authorization: Bearer KEY"</code>{intro_after}</p>
            <form class="stack narrow" novalidate on:submit=create aria-busy=move || pending.get().then_some("true")>
                <TextField id="key-name" label=t("keys-name-label") autocomplete="off" input_ref=name_ref error=name_error />
                <button type="submit" class="primary" aria-disabled=move || pending.get().then_some("true")>{t("keys-create")}</button>
            </form>
            <div role="status">
                {move || created.get().map(|made| view! {
                    <SecretOnce
                        message=t_with("keys-created", &[("name", (&made.key.name).into())])
                        id="new-key-secret"
                        label=t("keys-new-key")
                        copy_label=t("keys-copy")
                        secret=made.secret
                    />
                })}
                {move || notice.get().map(|message| view! { <p class="notice">{message}</p> })}
            </div>
            {move || match keys.get() {
                None => view! { <p class="loading">{t("keys-loading")}</p> }.into_any(),
                Some(Err(message)) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>{t("keys-empty")}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <DataTable
                        name=t("keys-table-name")
                        caption=t("keys-table-caption")
                        columns=vec![
                            Column::new(t("keys-col-name")),
                            Column::new(t("keys-col-key")),
                            Column::new(t("keys-col-created")),
                            Column::new(t("keys-col-last-used")),
                            Column::new(t("keys-col-status")),
                            Column::hidden(t("keys-col-actions")),
                        ]
                    >
                                {list.into_iter().map(|key| {
                                    let this = key.clone();
                                    view! {
                                        <tr>
                                            <th scope="row" class="wrap">{key.name.clone()}</th>
                                            <td><code>{format!("{}…", key.prefix)}</code></td>
                                            <td>{format_time(key.created_at)}</td>
                                            <td>{key.last_used_at.map(format_time).unwrap_or_else(|| t("keys-never-used"))}</td>
                                            <td>{key.revoked_at.map(|at| t_with("keys-revoked-at", &[("time", (&format_time(at)).into())])).unwrap_or_else(|| t("keys-active"))}</td>
                                            <td>
                                                {key.revoked_at.is_none().then(|| view! {
                                                    <button type="button" class="secondary" on:click=move |_| revoke(this.clone())>
                                                        {t("keys-revoke")}<span class="visually-hidden">{format!(" {}", key.name)}</span>
                                                    </button>
                                                })}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                    </DataTable>
                }.into_any(),
            }}
        </StaffLayout>
    }
}

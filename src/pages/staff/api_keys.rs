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
                Ok(_) => set_notice.set(Some(format!(
                    "Key \"{}\" revoked. Calls with it now get 401.",
                    key.name
                ))),
                Err(err) => set_notice.set(Some(err.message())),
            }
            reload();
            crate::dom::focus_soon("page-heading");
        })
    };

    view! {
        <StaffLayout title="API keys">
            <h1 id="page-heading" tabindex="-1">"API keys"</h1>
            <p>"Other systems call Portico's automations API with a key: "<code>"Authorization: Bearer KEY"</code>". Name each key after what uses it, and revoke it when that stops."</p>
            <form class="stack narrow" novalidate on:submit=create aria-busy=move || pending.get().then_some("true")>
                <TextField id="key-name" label="Key name" autocomplete="off" input_ref=name_ref error=name_error />
                <button type="submit" class="primary" aria-disabled=move || pending.get().then_some("true")>"Create key"</button>
            </form>
            <div role="status">
                {move || created.get().map(|made| view! {
                    <SecretOnce
                        message=format!("Key \"{}\" created. Copy it now: it is not shown again.", made.key.name)
                        id="new-key-secret"
                        label="New key"
                        copy_label="Copy key"
                        secret=made.secret
                    />
                })}
                {move || notice.get().map(|message| view! { <p class="notice">{message}</p> })}
            </div>
            {move || match keys.get() {
                None => view! { <p class="loading">"Loading keys…"</p> }.into_any(),
                Some(Err(message)) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>"No keys yet."</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <DataTable
                        name="API keys"
                        caption="API keys, newest first".to_string()
                        columns=vec![Column::new("Name"), Column::new("Key"), Column::new("Created"), Column::new("Last used"), Column::new("Status"), Column::hidden("Actions")]
                    >
                                {list.into_iter().map(|key| {
                                    let this = key.clone();
                                    view! {
                                        <tr>
                                            <th scope="row" class="wrap">{key.name.clone()}</th>
                                            <td><code>{format!("{}…", key.prefix)}</code></td>
                                            <td>{format_time(key.created_at)}</td>
                                            <td>{key.last_used_at.map(format_time).unwrap_or_else(|| "Never".into())}</td>
                                            <td>{key.revoked_at.map(|at| format!("Revoked {}", format_time(at))).unwrap_or_else(|| "Active".into())}</td>
                                            <td>
                                                {key.revoked_at.is_none().then(|| view! {
                                                    <button type="button" class="secondary" on:click=move |_| revoke(this.clone())>
                                                        "Revoke"<span class="visually-hidden">{format!(" {}", key.name)}</span>
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

//! `/staff/webhooks`: register receivers (the signing secret shown once) and
//! `/staff/webhooks/:id`: one receiver's deliveries, a test event, retry, delete.

use std::time::Duration;

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use portico_api::webhooks::{
    Delivery, DeliveryList, DeliveryStatus, NewWebhook, WebhookCreated, WebhookSummary,
    ACCOUNT_CREATED, EVENTS, PASSWORD_CHANGED, RESET_COMPLETED, RESET_REQUESTED,
};

use super::{with_code, Flash, StaffLayout};
use crate::api;
use crate::components::data_table::{Column, DataTable};
use crate::components::form_action::on_submit;
use crate::components::secret_once::SecretOnce;
use crate::components::text_field::TextField;
use crate::dom::format_time;
use crate::i18n::{t, t_around, t_with};

fn last_delivery_words(state: Option<DeliveryStatus>) -> String {
    t(match state {
        None => "webhooks-last-none",
        Some(DeliveryStatus::Delivered) => "webhooks-last-delivered",
        Some(DeliveryStatus::Failed) => "webhooks-last-failed",
        Some(DeliveryStatus::Pending) => "webhooks-last-pending",
    })
}

/// An event's checkbox label: its name as code, then what it means.
fn event_label(name: &'static str, about: &'static str) -> impl IntoView {
    let message = match name {
        ACCOUNT_CREATED => Some("webhooks-event-account-created"),
        PASSWORD_CHANGED => Some("webhooks-event-password-changed"),
        RESET_REQUESTED => Some("webhooks-event-reset-requested"),
        RESET_COMPLETED => Some("webhooks-event-reset-completed"),
        // An event this page has no words for yet reads as the API describes it.
        _ => None,
    };
    let (before, after) = match message {
        Some(id) => t_around(id, "event"),
        None => (String::new(), format!(": {about}")),
    };
    view! { {before}<code>{name}</code>{after} }
}

#[component]
pub fn WebhooksPage() -> impl IntoView {
    let hooks = RwSignal::new(None::<Result<Vec<WebhookSummary>, String>>);
    let reload = move || {
        spawn_local(async move {
            hooks.set(Some(
                api::staff::webhooks()
                    .await
                    .map(|l| l.webhooks)
                    .map_err(|e| e.message()),
            ))
        })
    };
    reload();
    let url_ref = NodeRef::<Input>::new();
    let description_ref = NodeRef::<Input>::new();
    let chosen = RwSignal::new(Vec::<String>::new());
    let url_error = RwSignal::new(None::<String>);
    let events_error = RwSignal::new(None::<String>);
    let description_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let created = RwSignal::new(None::<WebhookCreated>);
    let create = Action::new_local(move |new: &NewWebhook| {
        let new = new.clone();
        async move {
            match api::staff::create_webhook(&new).await {
                Ok(made) => {
                    for input in [url_ref, description_ref] {
                        if let Some(input) = input.get_untracked() {
                            input.set_value("");
                        }
                    }
                    chosen.set(Vec::new());
                    created.set(Some(made));
                    reload();
                }
                Err(err) => {
                    let fields = [
                        ("url", url_error),
                        ("events", events_error),
                        ("description", description_error),
                    ];
                    let mut first_invalid = None;
                    for (name, slot) in fields {
                        if let Some(message) = err.field(name) {
                            slot.set(Some(message));
                            first_invalid.get_or_insert(name);
                        }
                    }
                    match first_invalid {
                        Some("url") => crate::dom::focus_soon("webhook-url"),
                        Some("events") => crate::dom::focus_soon("event-account.created"),
                        Some(_) => crate::dom::focus_soon("webhook-description"),
                        None => form_error.set(Some(err.message())),
                    }
                }
            }
        }
    });
    let pending = create.pending();

    let add = on_submit(create, move || {
        let value =
            |input: NodeRef<Input>| input.get_untracked().map(|i| i.value()).unwrap_or_default();
        let new = NewWebhook {
            url: value(url_ref),
            events: chosen.get_untracked(),
            description: value(description_ref),
        };
        for error in [url_error, events_error, description_error, form_error] {
            error.set(None);
        }
        Some(new)
    });

    view! {
        <StaffLayout title=t("webhooks-title")>
            <h1 id="page-heading" tabindex="-1">{t("webhooks-title")}</h1>
            <p>
                {with_code("webhooks-intro", &[
                    ("header", "Portico-Signature"),
                    ("value", "t=TIME,v1=HMAC"),
                    ("signed", "TIME.BODY"),
                ])}
            </p>
            <h2>{t("webhooks-add-heading")}</h2>
            <form class="stack narrow" novalidate on:submit=add aria-busy=move || pending.get().then_some("true")>
                <TextField
                    id="webhook-url"
                    label=t("webhooks-url-label")
                    kind="url"
                    autocomplete="url"
                    input_ref=url_ref
                    error=url_error
                    hint=t("webhooks-url-hint")
                />
                <fieldset class="choices" class:invalid=move || events_error.get().is_some()>
                    <legend>{t("webhooks-events-legend")}</legend>
                    {EVENTS.iter().map(|&(name, about)| {
                        let id = format!("event-{name}");
                        view! {
                            <div class="checkbox">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    // On each box, since focus lands on a box, not the fieldset.
                                    aria-describedby="events-error"
                                    aria-invalid=move || events_error.get().map(|_| "true")
                                    prop:checked=move || chosen.with(|c| c.iter().any(|e| e == name))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        chosen.update(|c| {
                                            c.retain(|e| e != name);
                                            if on { c.push(name.to_string()); }
                                        });
                                    }
                                />
                                <label for=id>{event_label(name, about)}</label>
                            </div>
                        }
                    }).collect_view()}
                    <p id="events-error" class="field-error">{move || events_error.get()}</p>
                </fieldset>
                <TextField id="webhook-description" label=t("webhooks-description-label") autocomplete="off" input_ref=description_ref error=description_error />
                <p class="form-error" role="alert">{move || form_error.get()}</p>
                <button type="submit" class="primary" aria-disabled=move || pending.get().then_some("true")>{t("webhooks-add")}</button>
            </form>
            <div role="status">
                {move || created.get().map(|made| view! {
                    <SecretOnce
                        message=t_with("webhooks-created", &[("url", (&made.webhook.url).into())])
                        id="new-webhook-secret"
                        label=t("webhooks-signing-secret")
                        copy_label=t("webhooks-copy-secret")
                        secret=made.secret
                    />
                })}
            </div>
            <h2>{t("webhooks-registered")}</h2>
            {move || match hooks.get() {
                None => view! { <p class="loading">{t("webhooks-loading")}</p> }.into_any(),
                Some(Err(message)) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>{t("webhooks-empty")}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <DataTable
                        name=t("webhooks-table-name")
                        caption=t("webhooks-table-caption")
                        columns=vec![
                            Column::new(t("webhooks-endpoint")),
                            Column::new(t("webhooks-events")),
                            Column::new(t("webhooks-last-delivery")),
                            Column::new(t("webhooks-added")),
                        ]
                    >
                                {list.into_iter().map(|hook| view! {
                                    <tr>
                                        <th scope="row" class="wrap">
                                            <A href=format!("/staff/webhooks/{}", hook.id)>{hook.url.clone()}</A>
                                            {(!hook.description.is_empty()).then(|| view! { <span class="hint">{hook.description.clone()}</span> })}
                                        </th>
                                        <td class="wrap">{hook.events.join(", ")}</td>
                                        <td>{last_delivery_words(hook.last_delivery)}</td>
                                        <td>{format_time(hook.created_at)}</td>
                                    </tr>
                                }).collect_view()}
                    </DataTable>
                }.into_any(),
            }}
        </StaffLayout>
    }
}

fn status_words(delivery: &Delivery) -> String {
    match (delivery.status, delivery.next_attempt_at) {
        (DeliveryStatus::Delivered, _) => t("webhooks-status-delivered"),
        (DeliveryStatus::Failed, _) => t("webhooks-status-failed"),
        _ if delivery.sending => t("webhooks-status-sending"),
        (_, Some(at)) if !delivery.attempts.is_empty() => t_with(
            "webhooks-status-failing",
            &[("time", (&format_time(at)).into())],
        ),
        _ => t("webhooks-status-queued"),
    }
}

/// Whether "Send again" applies: not while an attempt is under way, nor before the first.
fn retryable(delivery: &Delivery) -> bool {
    !delivery.sending
        && (delivery.status != DeliveryStatus::Pending || !delivery.attempts.is_empty())
}

/// How often the deliveries page looks for news.
const POLL: Duration = Duration::from_secs(2);

#[component]
pub fn WebhookPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read_untracked()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or_default()
    };
    let data = RwSignal::new(None::<Result<DeliveryList, String>>);
    let refresh_failed = RwSignal::new(None::<String>);
    let load = move || {
        spawn_local(async move {
            match api::staff::webhook_deliveries(id()).await {
                Ok(list) => {
                    refresh_failed.set(None);
                    data.set(Some(Ok(list)));
                }
                // Once something is shown, a failed look keeps it (rows stay open, focus
                // stays put) and says so beside it.
                Err(err) if data.with_untracked(|d| matches!(d, Some(Ok(_)))) => refresh_failed
                    .set(Some(t_with(
                        "webhooks-refresh-failed",
                        &[("error", (&err.message()).into())],
                    ))),
                Err(err) => data.set(Some(Err(err.message()))),
            }
        })
    };
    load();
    // New events arrive at any time: look again while the page is in view.
    let in_view = || !document().hidden();
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if in_view() {
                load()
            }
        },
        POLL,
    ) {
        on_cleanup(move || handle.clear());
    }
    let hook = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map(|r| r.as_ref().map(|l| l.webhook.clone()).map_err(Clone::clone))
        })
    });
    let notice = RwSignal::new(None::<Result<String, String>>);
    let send_test = move |_| {
        spawn_local(async move {
            notice.set(Some(match api::staff::send_test_event(id()).await {
                Ok(_) => Ok(t("webhooks-test-queued")),
                Err(err) => Err(err.message()),
            }));
            load();
        })
    };
    let retry = move |delivery: i64| {
        spawn_local(async move {
            notice.set(Some(
                match api::staff::retry_delivery(id(), delivery).await {
                    Ok(_) => Ok(t("webhooks-retry-queued")),
                    Err(err) => Err(err.message()),
                },
            ));
            load();
        })
    };
    let rolled = RwSignal::new(None::<WebhookCreated>);
    let roll = move |_| {
        let sure = web_sys::window()
            .and_then(|w| w.confirm_with_message(&t("webhooks-roll-confirm")).ok())
            .unwrap_or(false);
        if !sure {
            return;
        }
        spawn_local(async move {
            match api::staff::roll_webhook_secret(id()).await {
                Ok(made) => {
                    notice.set(None);
                    rolled.set(Some(made));
                }
                Err(err) => notice.set(Some(Err(err.message()))),
            }
            load();
        })
    };
    let navigate = use_navigate();
    let flash = Flash::get();
    let delete = move |_| {
        let sure = web_sys::window()
            .and_then(|w| w.confirm_with_message(&t("webhooks-delete-confirm")).ok())
            .unwrap_or(false);
        if !sure {
            return;
        }
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::staff::delete_webhook(id()).await {
                Ok(()) => {
                    flash.show_at("/staff/webhooks", t("webhooks-deleted"));
                    navigate("/staff/webhooks", Default::default());
                }
                Err(err) => notice.set(Some(Err(err.message()))),
            }
        })
    };
    let deliveries = move || {
        data.with(|d| match d {
            Some(Ok(list)) => list.deliveries.clone(),
            _ => Vec::new(),
        })
    };

    view! {
        <StaffLayout title=t("webhooks-webhook-title")>
            <p class="breadcrumb"><A href="/staff/webhooks">{t("webhooks-back")}</A></p>
            {move || match hook.get() {
                None => view! { <p class="loading" role="status">{t("loading")}</p> }.into_any(),
                Some(Err(message)) => view! { <p class="form-error" role="alert">{message}</p> }.into_any(),
                Some(Ok(hook)) => {
                    view! {
                        <h1 class="wrap">{hook.url.clone()}</h1>
                        <dl class="facts">
                            <dt>{t("webhooks-events")}</dt><dd>{hook.events.join(", ")}</dd>
                            {(!hook.description.is_empty()).then(|| view! { <dt>{t("webhooks-description")}</dt><dd>{hook.description.clone()}</dd> })}
                            <dt>{t("webhooks-signing-secret")}</dt><dd><code>{format!("{}…", hook.secret_prefix)}</code></dd>
                            {hook.previous_secret_until.map(|until| view! {
                                <dt>{t("webhooks-previous-secret")}</dt>
                                <dd>{t_with("webhooks-previous-secret-until", &[("time", (&format_time(until)).into())])}</dd>
                            })}
                            <dt>{t("webhooks-added")}</dt><dd>{format_time(hook.created_at)}</dd>
                        </dl>
                    }.into_any()
                }
            }}
            <div class="actions">
                <button type="button" class="secondary" on:click=send_test>{t("webhooks-send-test")}</button>
                <button type="button" class="secondary" on:click=roll>{t("webhooks-roll")}</button>
                <button type="button" class="danger" on:click=delete>{t("webhooks-delete")}</button>
            </div>
            <div role="status">
                {move || rolled.get().map(|made| view! {
                    <SecretOnce
                        message=t_with(
                            "webhooks-rolled",
                            &[("time", (&made.webhook.previous_secret_until.map(format_time).unwrap_or_default()).into())],
                        )
                        id="rolled-webhook-secret"
                        label=t("webhooks-new-signing-secret")
                        copy_label=t("webhooks-copy-secret")
                        secret=made.secret
                    />
                })}
                {move || match notice.get() {
                    Some(Ok(m)) => Some(view! { <p class="notice">{m}</p> }.into_any()),
                    Some(Err(m)) => Some(view! { <p class="form-error">{m}</p> }.into_any()),
                    None => None,
                }}
            </div>
            <h2>{t("webhooks-deliveries")}</h2>
            <p class="form-error" role="alert">{move || refresh_failed.get()}</p>
            <p class="hint">{t("webhooks-deliveries-hint")}</p>
            <Show when=move || !deliveries().is_empty() fallback=|| view! { <p>{t("webhooks-nothing-sent")}</p> }>
                <ul class="deliveries">
                    // Keyed by id alone, each row following its delivery reactively: a refresh
                    // keeps an open row open and focus on its button.
                    <For
                        each=deliveries
                        key=|d| d.id
                        children=move |first| {
                            let delivery_id = first.id;
                            let current = Memo::new(move |before: Option<&Delivery>| {
                                data.with(|d| match d {
                                    Some(Ok(list)) => list.deliveries.iter().find(|d| d.id == delivery_id).cloned(),
                                    _ => None,
                                })
                                .or_else(|| before.cloned())
                                .unwrap_or_else(|| first.clone())
                            });
                            let can_retry = move || current.with(retryable);
                            view! {
                                <li>
                                    <details>
                                        <summary>
                                            <code>{current.with_untracked(|d| d.event_type.clone())}</code>
                                            {move || current.with(|d| format!(" · {} · {}", status_words(d), format_time(d.created_at)))}
                                        </summary>
                                        <dl class="facts">
                                            <dt>{t("webhooks-event-id")}</dt><dd><code>{current.with_untracked(|d| d.event_id.clone())}</code></dd>
                                            {move || current.with(|d| d.delivered_at).map(|at| view! { <dt>{t("webhooks-delivered-at")}</dt><dd>{format_time(at)}</dd> })}
                                        </dl>
                                        {move || current.with(|d| (!d.attempts.is_empty()).then(|| view! {
                                            <div class="table-wrap" tabindex="0" role="region" aria-label=t_with("webhooks-attempts-label", &[("id", delivery_id.into())])>
                                                <table>
                                                    <thead>
                                                        <tr>
                                                            <th scope="col">{t("webhooks-attempt-when")}</th>
                                                            <th scope="col">{t("webhooks-attempt-answer")}</th>
                                                            <th scope="col">{t("webhooks-attempt-took")}</th>
                                                            <th scope="col">{t("webhooks-attempt-detail")}</th>
                                                        </tr>
                                                    </thead>
                                                    <tbody>
                                                        {d.attempts.iter().map(|attempt| view! {
                                                            <tr>
                                                                <td>{format_time(attempt.at)}</td>
                                                                <td>{attempt.status_code.map(|c| format!("HTTP {c}")).unwrap_or_else(|| t("webhooks-no-answer"))}</td>
                                                                <td>{t_with("webhooks-took", &[("ms", attempt.duration_ms.into())])}</td>
                                                                <td class="wrap">{attempt.detail.clone()}</td>
                                                            </tr>
                                                        }).collect_view()}
                                                    </tbody>
                                                </table>
                                            </div>
                                        }))}
                                        <pre class="mail-body" tabindex="0" aria-label=t_with("webhooks-body-label", &[("id", delivery_id.into())])>{current.with_untracked(|d| d.payload.clone())}</pre>
                                        // Always there, so it keeps focus while the row updates;
                                        // aria-disabled rather than hidden while it cannot apply.
                                        <button
                                            type="button"
                                            class="secondary"
                                            aria-disabled=move || (!can_retry()).then_some("true")
                                            on:click=move |_| if can_retry() { retry(delivery_id) }
                                        >
                                            {t("webhooks-send-again")}<span class="visually-hidden">{format!(" {}", t_with("webhooks-send-again-which", &[("id", delivery_id.into())]))}</span>
                                        </button>
                                    </details>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </StaffLayout>
    }
}

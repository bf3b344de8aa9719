//! `/staff/outbox` and `/staff/outbox/{id}`: every email, its delivery state, and a retry
//! for those that failed.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use portico_api::staff::{MailStatus, OutboxSummary};

use super::StaffLayout;
use crate::api;
use crate::components::data_table::{Column, DataTable};
use crate::components::loadable::loadable;
use crate::components::pager::Pager;
use crate::dom::format_time;
use crate::i18n::t;

fn status_words(mail: &OutboxSummary) -> String {
    t(match mail.status {
        MailStatus::Sent => "outbox-status-sent",
        MailStatus::Failed => "outbox-status-failed",
        MailStatus::Queued if mail.attempts > 0 => "outbox-status-retrying",
        MailStatus::Queued => "outbox-status-queued",
    })
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
    });
    let data = LocalResource::new(move || {
        let page = page.get();
        async move { api::staff::outbox(page).await }
    });
    let go = Callback::new(move |page: i64| {
        navigate(&format!("/staff/outbox?page={page}"), Default::default())
    });
    view! {
        <StaffLayout title=t("outbox-title")>
            <h1>{t("outbox-title")}</h1>
            {loadable(data, t("outbox-loading"), move |result| match result {
                result if result.messages.is_empty() => view! { <p>{t("outbox-empty")}</p> }.into_any(),
                result => view! {
                    <DataTable
                        name=t("outbox-table-name")
                        caption=t("outbox-table-caption")
                        columns=vec![
                            Column::new(t("outbox-subject")),
                            Column::new(t("outbox-recipient")),
                            Column::new(t("outbox-queued")),
                            Column::new(t("outbox-status")),
                            Column::new(t("outbox-attempts")),
                            Column::new(t("outbox-last-error")),
                        ]
                    >
                                {result.messages.into_iter().map(|mail| {
                                    let subject = mail.subject.clone();
                                    view! {
                                    <tr>
                                        <th scope="row"><A href=format!("/staff/outbox/{}", mail.id)>{subject}</A></th>
                                        <td class="truncate" title=mail.to.clone()>{mail.to.clone()}</td>
                                        <td>{format_time(mail.created_at)}</td>
                                        <td>{status_words(&mail)}</td>
                                        <td>{mail.attempts}</td>
                                        <td class="truncate" title=mail.last_error.clone()>{mail.last_error.clone().unwrap_or_default()}</td>
                                    </tr>
                                }}).collect_view()}
                    </DataTable>
                    <Pager page=page total=result.total per_page=result.per_page go=go />
                }.into_any(),
            })}
        </StaffLayout>
    }
}

#[component]
pub fn OutboxMessagePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or_default()
    });
    let (refresh, set_refresh) = signal(0u32);
    let data = LocalResource::new(move || {
        let id = id.get();
        refresh.track();
        async move { api::staff::outbox_message(id).await }
    });
    let (retry_result, set_retry_result) = signal(None::<Result<String, String>>);
    let retry = move |_| {
        let id = id.get_untracked();
        spawn_local(async move {
            set_retry_result.set(Some(match api::staff::retry(id).await {
                Ok(_) => Ok(t("outbox-retry-queued")),
                Err(err) => Err(err.message()),
            }));
            set_refresh.update(|n| *n += 1);
        });
    };
    view! {
        <StaffLayout title=t("outbox-email-title")>
            <p class="breadcrumb"><A href="/staff/outbox">{t("outbox-back")}</A></p>
            {loadable(data, t("loading"), move |message| {
                let mail = message.summary;
                let failed = mail.status == MailStatus::Failed;
                view! {
                    <h1>{mail.subject.clone()}</h1>
                    <dl class="facts">
                        <dt>{t("outbox-from")}</dt><dd>{message.from}</dd>
                        <dt>{t("outbox-to")}</dt><dd>{mail.to.clone()}</dd>
                        <dt>{t("outbox-queued")}</dt><dd>{format_time(mail.created_at)}</dd>
                        <dt>{t("outbox-status")}</dt><dd>{status_words(&mail)}</dd>
                        <dt>{t("outbox-attempts")}</dt><dd>{mail.attempts}</dd>
                        {mail.sent_at.map(|at| view! { <dt>{t("outbox-sent-at")}</dt><dd>{format_time(at)}</dd> })}
                        {mail.last_error.clone().map(|e| view! { <dt>{t("outbox-last-error")}</dt><dd class="wrap">{e}</dd> })}
                    </dl>
                    {failed.then(|| view! { <button type="button" class="secondary" on:click=retry>{t("outbox-retry")}</button> })}
                    <h2>{t("outbox-text")}</h2>
                    <pre class="mail-body" tabindex="0" aria-label=t("outbox-text-label")>{message.body_text}</pre>
                }.into_any()
            })}
            <div role="status">
                {move || match retry_result.get() {
                    Some(Ok(m)) => Some(view! { <p class="notice">{m}</p> }.into_any()),
                    Some(Err(m)) => Some(view! { <p class="form-error">{m}</p> }.into_any()),
                    None => None,
                }}
            </div>
        </StaffLayout>
    }
}

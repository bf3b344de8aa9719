//! `/staff/activity`: the activity log as sentences, newest first, filtered by account
//! and kind (both kept in the address), in pages, and exported as CSV as filtered.

use leptos::ev::SubmitEvent;
use leptos::html::{Input, Select};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::activity_words::{actor, sentence};
use super::StaffLayout;
use crate::api;
use crate::components::data_table::{Column, DataTable};
use crate::components::loadable::loadable;
use crate::components::pager::Pager;
use crate::dom::{encode, format_time};
use crate::i18n::t;

/// The filter's choices: a family of events (`sign_in` covers `sign_in.failed`...), and
/// the message naming it.
const KINDS: [(&str, &str); 12] = [
    ("", "activity-kind-all"),
    ("sign_in", "activity-kind-sign-in"),
    ("password_reset", "activity-kind-password-reset"),
    ("password", "activity-kind-password"),
    ("mail", "activity-kind-mail"),
    ("account", "activity-kind-account"),
    ("signed_out", "activity-kind-signed-out"),
    ("session", "activity-kind-session"),
    ("portal", "activity-kind-portal"),
    ("api_key", "activity-kind-api-key"),
    ("webhook", "activity-kind-webhook"),
    ("human_check", "activity-kind-human-check"),
];

#[component]
pub fn ActivityPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let account = Memo::new(move |_| {
        query
            .read()
            .get("account_id")
            .and_then(|a| a.parse::<i64>().ok())
    });
    let email = Memo::new(move |_| query.read().get("email").unwrap_or_default());
    let kind = Memo::new(move |_| query.read().get("kind").unwrap_or_default());
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
    });
    let data = LocalResource::new(move || {
        let (account, email, kind, page) = (account.get(), email.get(), kind.get(), page.get());
        async move { api::staff::activity(account, &email, &kind, page).await }
    });
    // The filters as a query string, for the pages and for the export.
    let filters = move |account: Option<i64>, email: &str, kind: &str| {
        let mut query = format!("kind={}&email={}", encode(kind), encode(email.trim()));
        if let Some(id) = account {
            query.push_str(&format!("&account_id={id}"));
        }
        query
    };
    let show = move |account: Option<i64>, email: String, kind: String, page: i64| {
        navigate(
            &format!(
                "/staff/activity?{}&page={page}",
                filters(account, &email, &kind)
            ),
            Default::default(),
        );
    };
    let kind_ref = NodeRef::<Select>::new();
    let email_ref = NodeRef::<Input>::new();
    let on_filter = {
        let show = show.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let kind = kind_ref
                .get_untracked()
                .map(|s| s.value())
                .unwrap_or_default();
            let typed = email_ref
                .get_untracked()
                .map(|i| i.value())
                .unwrap_or_default();
            show(account.get_untracked(), typed, kind, 1);
        }
    };
    let go = Callback::new(move |page: i64| {
        show(
            account.get_untracked(),
            email.get_untracked(),
            kind.get_untracked(),
            page,
        )
    });
    let export = move || {
        format!(
            "/api/staff/activity.csv?{}",
            filters(account.get(), &email.get(), &kind.get())
        )
    };
    view! {
        <StaffLayout title=t("activity-title")>
            <h1>{t("activity-title")}</h1>
            {move || account.get().map(|id| view! {
                <p>{t("activity-one-client")}" " <A href="/staff/activity">{t("activity-show-everyone")}</A> " · " <A href=format!("/staff/clients/{id}")>{t("activity-back-to-client")}</A></p>
            })}
            <form class="filters" role="search" aria-label=t("activity-filter-label") on:submit=on_filter>
                <div class="field">
                    <label for="activity-email">{t("activity-email-label")}</label>
                    <input id="activity-email" type="search" autocomplete="off" spellcheck="false" node_ref=email_ref prop:value=move || email.get() />
                </div>
                <div class="field">
                    <label for="activity-kind">{t("activity-kind-label")}</label>
                    <select id="activity-kind" node_ref=kind_ref prop:value=move || kind.get()>
                        {KINDS.iter().map(|(value, label)| view! { <option value=*value>{t(label)}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="secondary">{t("activity-filter")}</button>
                <a class="button" href=export download="portico-activity.csv">{t("activity-export")}</a>
            </form>
            {loadable(data, t("activity-loading"), move |result| match result {
                result if result.entries.is_empty() => view! { <p>{t("activity-empty")}</p> }.into_any(),
                result => view! {
                    <DataTable
                        name=t("activity-table-name")
                        caption=t("activity-table-caption")
                        columns=vec![
                            Column::new(t("activity-col-when")),
                            Column::new(t("activity-col-actor")),
                            Column::new(t("activity-col-what")),
                            Column::new(t("activity-col-ip")),
                            Column::new(t("activity-col-details")),
                        ]
                    >
                                {result.entries.into_iter().map(|e| view! {
                                    <tr>
                                        <td class="nowrap">{format_time(e.at)}</td>
                                        <td class="truncate" title=actor(&e)>{actor(&e)}</td>
                                        <td>
                                            {sentence(&e)}
                                            <span class="event-kind">{e.kind.as_str()}</span>
                                        </td>
                                        <td>{e.ip.clone().unwrap_or_default()}</td>
                                        <td class="truncate" title=e.detail.clone()>{e.detail.clone().unwrap_or_default()}</td>
                                    </tr>
                                }).collect_view()}
                    </DataTable>
                    <Pager page=page total=result.total per_page=result.per_page go=go />
                }.into_any(),
            })}
        </StaffLayout>
    }
}

//! `/staff/activity`: the activity log, newest first, by client and kind, in pages.

use leptos::ev::SubmitEvent;
use leptos::html::Select;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::{Pager, StaffLayout};
use crate::api;
use crate::dom::format_time;

/// The filter's choices: a family of events (`sign_in` covers `sign_in.failed`...).
const KINDS: [(&str, &str); 11] = [
    ("", "All events"),
    ("sign_in", "Sign-ins"),
    ("password_reset", "Password resets"),
    ("password", "Password changes"),
    ("mail", "Email"),
    ("account", "Accounts"),
    ("signed_out", "Sign-outs"),
    ("session", "Devices signed out"),
    ("portal", "Portal changes"),
    ("api_key", "API keys"),
    ("webhook", "Webhooks"),
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
    let kind = Memo::new(move |_| query.read().get("kind").unwrap_or_default());
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
    });
    let data = LocalResource::new(move || {
        let (account, kind, page) = (account.get(), kind.get(), page.get());
        async move { api::staff::activity(account, &kind, page).await }
    });
    let show = move |account: Option<i64>, kind: String, page: i64| {
        let mut url = format!("/staff/activity?kind={kind}&page={page}");
        if let Some(id) = account {
            url.push_str(&format!("&account_id={id}"));
        }
        navigate(&url, Default::default());
    };
    let kind_ref = NodeRef::<Select>::new();
    let on_filter = {
        let show = show.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let kind = kind_ref
                .get_untracked()
                .map(|s| s.value())
                .unwrap_or_default();
            show(account.get_untracked(), kind, 1);
        }
    };
    let go =
        Callback::new(move |page: i64| show(account.get_untracked(), kind.get_untracked(), page));
    view! {
        <StaffLayout title="Activity">
            <h1>"Activity"</h1>
            {move || account.get().map(|id| view! {
                <p>"Showing one client's events. " <A href="/staff/activity">"Show everyone's"</A> " · " <A href=format!("/staff/clients/{id}")>"Back to the client"</A></p>
            })}
            <form class="filters" on:submit=on_filter>
                <div class="field">
                    <label for="activity-kind">"Kind of event"</label>
                    <select id="activity-kind" node_ref=kind_ref prop:value=move || kind.get()>
                        {KINDS.iter().map(|(value, label)| view! { <option value=*value>{*label}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="secondary">"Filter"</button>
            </form>
            {move || match data.get() {
                None => view! { <p class="loading" role="status">"Loading activity…"</p> }.into_any(),
                Some(Err(err)) => view! { <p class="form-error" role="alert">{err.message()}</p> }.into_any(),
                Some(Ok(result)) if result.entries.is_empty() => view! { <p>"No events match."</p> }.into_any(),
                Some(Ok(result)) => view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Events table">
                        <table>
                            <caption class="visually-hidden">"Events, newest first"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"When"</th>
                                    <th scope="col">"Event"</th>
                                    <th scope="col">"Account"</th>
                                    <th scope="col">"IP address"</th>
                                    <th scope="col">"Details"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {result.entries.into_iter().map(|e| view! {
                                    <tr>
                                        <td>{format_time(e.at)}</td>
                                        <td><code>{e.kind.clone()}</code></td>
                                        <td class="wrap">{e.account_email.clone().or(e.email.clone()).unwrap_or_default()}</td>
                                        <td>{e.ip.clone().unwrap_or_default()}</td>
                                        <td class="wrap">{e.detail.clone().unwrap_or_default()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <Pager page=page total=result.total per_page=result.per_page go=go />
                }.into_any(),
            }}
        </StaffLayout>
    }
}

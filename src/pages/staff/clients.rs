//! `/staff`: the clients board. Search, status and page live in the address, so a view
//! can be bookmarked and the back button works.

use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use portico_api::staff::{AccountStatus, ClientFilter, ClientSummary};

use super::{Flash, StaffLayout};
use crate::api;
use crate::components::loadable::loadable;
use crate::components::pager::Pager;
use crate::components::status_pill::{account_pill, password_pill};

#[component]
pub fn ClientsPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let flash = Flash::get();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let status = Memo::new(move |_| {
        query
            .read()
            .get("status")
            .and_then(|s| ClientFilter::parse(&s))
            .unwrap_or_default()
    });
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
    });
    let (refresh, set_refresh) = signal(0u32);
    let data = LocalResource::new(move || {
        let (q, status, page) = (q.get(), status.get(), page.get());
        refresh.track();
        async move { api::staff::clients(&q, status, page).await }
    });

    let show = move |q: String, status: ClientFilter, page: i64| {
        let url = format!(
            "/staff?q={}&status={}&page={page}",
            String::from(js_sys::encode_uri_component(&q)),
            status.as_str()
        );
        navigate(&url, Default::default());
    };
    let search_ref = NodeRef::<Input>::new();
    let status_ref = NodeRef::<leptos::html::Select>::new();
    let on_search = {
        let show = show.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let q = search_ref
                .get_untracked()
                .map(|i| i.value())
                .unwrap_or_default();
            let status = status_ref
                .get_untracked()
                .and_then(|s| ClientFilter::parse(&s.value()))
                .unwrap_or_default();
            show(q, status, 1);
        }
    };
    let go = Callback::new(move |page: i64| show(q.get_untracked(), status.get_untracked(), page));

    let reset = move |client: ClientSummary| {
        spawn_local(async move {
            let message = match api::staff::send_reset(client.id).await {
                Ok(_) => format!("Reset password email sent to {}.", client.email),
                Err(err) => err.message(),
            };
            flash.show_at("/staff", message);
            set_refresh.update(|n| *n += 1);
        });
    };

    view! {
        <StaffLayout title="Clients">
            <div class="page-heading">
                <h1>"Clients"</h1>
                <A href="/staff/clients/new" attr:class="button primary">"Add client"</A>
            </div>
            <form class="filters" role="search" on:submit=on_search>
                <div class="field">
                    <label for="client-search">"Search by name or email"</label>
                    <input id="client-search" type="search" node_ref=search_ref prop:value=move || q.get() />
                </div>
                <div class="field">
                    <label for="client-status">"Status"</label>
                    <select id="client-status" node_ref=status_ref prop:value=move || status.get().as_str()>
                        <option value="active">"Active"</option>
                        <option value="archived">"Archived"</option>
                        <option value="all">"All"</option>
                    </select>
                </div>
                <button type="submit" class="secondary">"Search"</button>
            </form>
            {loadable(data, "Loading clients…", move |result| match result {
                result if result.clients.is_empty() && q.get_untracked().is_empty() && status.get_untracked() == ClientFilter::Active => {
                    view! { <FirstSteps /> }.into_any()
                }
                result if result.clients.is_empty() => view! {
                    <p>{if q.get_untracked().is_empty() { "No clients here." } else { "No clients match this search." }}</p>
                }.into_any(),
                result => {
                    let total = result.total;
                    view! {
                        <p class="hint">{format!("{total} client{}", if total == 1 { "" } else { "s" })}</p>
                        <div class="table-wrap" tabindex="0" role="region" aria-label="Clients table">
                            <table>
                                <caption class="visually-hidden">"Clients"</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">"Name"</th>
                                        <th scope="col">"Email"</th>
                                        <th scope="col">"Status"</th>
                                        <th scope="col">"Password"</th>
                                        <th scope="col">"Last sign-in"</th>
                                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {result.clients.into_iter().map(|client| {
                                        let archived = client.status == AccountStatus::Archived;
                                        let row = client.clone();
                                        view! {
                                            <tr>
                                                <th scope="row"><A href=format!("/staff/clients/{}", client.id)>{client.name.clone()}</A></th>
                                                <td class="truncate" title=client.email.clone()>{client.email.clone()}</td>
                                                <td>{account_pill(client.status)}</td>
                                                <td>{password_pill(&client.password)}</td>
                                                <td>{client.last_sign_in_at.map(crate::dom::format_time).unwrap_or_else(|| "Never".into())}</td>
                                                <td>
                                                    <button
                                                        type="button"
                                                        class="secondary"
                                                        disabled=archived
                                                        title=archived.then_some("You cannot reset the password for an archived account.")
                                                        on:click=move |_| reset(row.clone())
                                                    >
                                                        "Password reset"
                                                    </button>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <Pager page=page total=total per_page=result.per_page go=go />
                    }.into_any()
                }
            })}
        </StaffLayout>
    }
}

/// The empty board: what a new portal's staff do first.
#[component]
fn FirstSteps() -> impl IntoView {
    view! {
        <section aria-labelledby="first-steps-heading">
            <h2 id="first-steps-heading">"Get started"</h2>
            <p>"There is nobody on the board yet. Three first steps:"</p>
            <ol class="first-steps">
                <li>
                    <h3>"Add a client"</h3>
                    <p>"They get an email with a link to choose their password."</p>
                    <A href="/staff/clients/new" attr:class="button primary">"Add client"</A>
                </li>
                <li>
                    <h3>"Write the login text"</h3>
                    <p>"What clients read beside the sign-in form: who you are, and whom to call."</p>
                    <A href="/staff/portal" attr:class="button">"Open the portal builder"</A>
                </li>
                <li>
                    <h3>"Set up email"</h3>
                    <p>"Until the server has an SMTP relay (its --smtp-url setting), emails wait in the outbox."</p>
                    <A href="/staff/outbox" attr:class="button">"Open the outbox"</A>
                </li>
            </ol>
        </section>
    }
}

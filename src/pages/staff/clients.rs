//! `/staff`: the clients board. Search, status and page live in the address, so a view
//! can be bookmarked and the back button works.

use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use portico_api::staff::{
    AccountStatus, ClientFilter, ClientSort, ClientSummary, PasswordState, SortOrder,
};

use super::{archive_warning, Flash, StaffLayout};
use crate::api;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::data_table::{Column, DataTable};
use crate::components::loadable::loadable;
use crate::components::menu_button::{MenuAction, MenuButton, MenuItem};
use crate::components::pager::Pager;
use crate::components::status_pill::{account_pill, password_pill};
use crate::human_check::{send_checked, Checking};
use crate::i18n::{t, t_with};

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
    let sort = Memo::new(move |_| {
        let query = query.read();
        (
            query
                .get("sort")
                .and_then(|s| ClientSort::parse(&s))
                .unwrap_or_default(),
            query
                .get("order")
                .and_then(|o| SortOrder::parse(&o))
                .unwrap_or_default(),
        )
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
        let (q, status, sort, page) = (q.get(), status.get(), sort.get(), page.get());
        refresh.track();
        async move { api::staff::clients(&q, status, sort, page).await }
    });

    let show =
        move |q: String, status: ClientFilter, (by, order): (ClientSort, SortOrder), page: i64| {
            let url = format!(
                "/staff?q={}&status={}&sort={}&order={}&page={page}",
                crate::dom::encode(&q),
                status.as_str(),
                by.as_str(),
                order.as_str()
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
            show(q, status, sort.get_untracked(), 1);
        }
    };
    let go = {
        let show = show.clone();
        Callback::new(move |page: i64| {
            show(
                q.get_untracked(),
                status.get_untracked(),
                sort.get_untracked(),
                page,
            )
        })
    };
    // A header chosen again turns its order round; a new one starts ascending, from page 1.
    let on_sort = Callback::new(move |key: &'static str| {
        let by = ClientSort::parse(key).unwrap_or_default();
        let (current, order) = sort.get_untracked();
        let order = if current == by {
            order.reversed()
        } else {
            SortOrder::Asc
        };
        show(q.get_untracked(), status.get_untracked(), (by, order), 1)
    });
    let sorted = Signal::derive(move || {
        let (by, order) = sort.get();
        (by.as_str(), order)
    });
    let caption = Signal::derive(move || {
        let (by, order) = sort.get();
        let column = match by {
            ClientSort::Name => "name",
            ClientSort::Email => "email",
            ClientSort::LastSignIn => "last-sign-in",
        };
        let way = match order {
            SortOrder::Asc => "ascending",
            SortOrder::Desc => "descending",
        };
        t_with(
            "clients-caption",
            &[("column", column.into()), ("order", way.into())],
        )
    });

    // Each row action says what happened in the flash region, then the board reloads.
    let done = move |message: String| {
        flash.show_at("/staff", message);
        set_refresh.update(|n| *n += 1);
    };
    let checking = Checking::get();
    let reset = move |client: ClientSummary| {
        spawn_local(async move {
            let send = |solution| api::staff::send_reset(client.id, solution);
            done(match send_checked(checking, send).await {
                Ok(_) => t_with("clients-reset-sent", &[("email", (&client.email).into())]),
                Err(err) => err.message(),
            });
        });
    };
    // Copying changes nothing on the board, so it only says what happened: reloading
    // would replace the rows, and with them a menu opened meanwhile.
    let copied = move |message: String| flash.show_at("/staff", message);
    let copy_link = move |client: ClientSummary| {
        spawn_local(async move {
            let link = match api::staff::client(client.id).await {
                Ok(detail) => detail.reset_link.map(|status| status.link),
                Err(err) => return copied(err.message()),
            };
            copied(match link {
                Some(link) if crate::dom::copy_to_clipboard(&link).await => {
                    t_with("clients-link-copied", &[("name", (&client.name).into())])
                }
                Some(_) => t("clients-copy-failed"),
                None => t_with("clients-no-link", &[("name", (&client.name).into())]),
            });
        });
    };
    let set_archived = move |client: ClientSummary, archived: bool| {
        spawn_local(async move {
            done(match api::staff::archive(client.id, archived).await {
                Ok(_) if archived => t_with("clients-archived", &[("name", (&client.name).into())]),
                Ok(_) => t_with("clients-restored", &[("name", (&client.name).into())]),
                Err(err) => err.message(),
            });
        });
    };
    // One confirmation for the board, asked about the row whose Archive was chosen.
    let to_archive = RwSignal::new(None::<ClientSummary>);
    let confirm_open = RwSignal::new(false);
    let ask_archive = move |client: ClientSummary| {
        to_archive.set(Some(client));
        confirm_open.set(true);
    };
    let row_actions = move |client: ClientSummary| {
        let archived = client.status == AccountStatus::Archived;
        let pending = matches!(client.password, PasswordState::LinkPending { .. });
        let (a, b, c) = (client.clone(), client.clone(), client.clone());
        let mut items = vec![
            MenuItem::new(
                t("clients-action-send-reset"),
                MenuAction::Run(Callback::new(move |_| reset(a.clone()))),
            )
            .unavailable_when(archived, t("clients-unavailable-archived")),
            MenuItem::new(
                t("clients-action-copy-link"),
                MenuAction::Run(Callback::new(move |_| copy_link(b.clone()))),
            )
            .unavailable_when(archived || !pending, t("clients-unavailable-no-link")),
            MenuItem::new(
                t("clients-action-set-password"),
                MenuAction::Link(format!("/staff/clients/{}", client.id)),
            ),
        ];
        items.push(if archived {
            MenuItem::new(
                t("clients-action-unarchive"),
                MenuAction::Run(Callback::new(move |_| set_archived(c.clone(), false))),
            )
        } else {
            MenuItem::new(
                t("clients-action-archive"),
                MenuAction::Run(Callback::new(move |_| ask_archive(c.clone()))),
            )
        });
        let actions = t("clients-actions");
        view! {
            <MenuButton
                id=format!("actions-{}", client.id)
                label=t_with("clients-actions-for", &[("name", (&client.name).into())])
                button=ViewFn::from(move || actions.clone())
                items
            />
        }
    };

    view! {
        <StaffLayout title=t("clients-title")>
            <div class="page-heading">
                <h1>{t("clients-title")}</h1>
                <A href="/staff/clients/new" attr:class="button primary">{t("clients-add")}</A>
            </div>
            <form class="filters" role="search" on:submit=on_search>
                <div class="field">
                    <label for="client-search">{t("clients-search-label")}</label>
                    <input id="client-search" type="search" node_ref=search_ref prop:value=move || q.get() />
                </div>
                <div class="field">
                    <label for="client-status">{t("clients-status-label")}</label>
                    <select id="client-status" node_ref=status_ref prop:value=move || status.get().as_str()>
                        <option value="active">{t("status-active")}</option>
                        <option value="archived">{t("status-archived")}</option>
                        <option value="all">{t("clients-status-all")}</option>
                    </select>
                </div>
                <button type="submit" class="secondary">{t("clients-search")}</button>
            </form>
            {loadable(data, t("clients-loading"), move |result| match result {
                result if result.clients.is_empty() && q.get_untracked().is_empty() && status.get_untracked() == ClientFilter::Active => {
                    view! { <FirstSteps /> }.into_any()
                }
                result if result.clients.is_empty() => view! {
                    <p>{t(if q.get_untracked().is_empty() { "clients-empty" } else { "clients-no-match" })}</p>
                }.into_any(),
                result => {
                    let total = result.total;
                    view! {
                        <p class="hint">{t_with("clients-count", &[("count", total.into())])}</p>
                        <DataTable
                            name=t("clients-title")
                            caption
                            columns=vec![
                                Column::sortable(t("clients-column-name"), ClientSort::Name.as_str()),
                                Column::sortable(t("clients-column-email"), ClientSort::Email.as_str()),
                                Column::new(t("clients-column-status")),
                                Column::new(t("clients-column-password")),
                                Column::sortable(t("clients-column-last-sign-in"), ClientSort::LastSignIn.as_str()),
                                Column::hidden(t("clients-column-actions")),
                            ]
                            sorted
                            on_sort
                        >
                                    {result.clients.into_iter().map(|client| {
                                        let row = client.clone();
                                        view! {
                                            <tr>
                                                <th scope="row"><A href=format!("/staff/clients/{}", client.id)>{client.name.clone()}</A></th>
                                                <td class="truncate" title=client.email.clone()>{client.email.clone()}</td>
                                                <td>{account_pill(client.status)}</td>
                                                <td>{password_pill(&client.password)}</td>
                                                <td>{client.last_sign_in_at.map(crate::dom::format_time).unwrap_or_else(|| t("clients-never"))}</td>
                                                <td class="row-actions">{row_actions(row)}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                        </DataTable>
                        <Pager page=page total=total per_page=result.per_page go=go />
                    }.into_any()
                }
            })}
            <ConfirmDialog
                open=confirm_open
                title=Signal::derive(move || {
                    to_archive
                        .get()
                        .map(|c| t_with("clients-archive-question", &[("name", (&c.name).into())]))
                        .unwrap_or_default()
                })
                message=archive_warning()
                confirm_label=t("clients-archive-confirm")
                on_confirm=Callback::new(move |_| {
                    if let Some(client) = to_archive.get_untracked() {
                        set_archived(client, true);
                    }
                })
            />
        </StaffLayout>
    }
}

/// The empty board: what a new portal's staff do first.
#[component]
fn FirstSteps() -> impl IntoView {
    view! {
        <section aria-labelledby="first-steps-heading">
            <h2 id="first-steps-heading">{t("clients-start-title")}</h2>
            <p>{t("clients-start-intro")}</p>
            <ol class="first-steps">
                <li>
                    <h3>{t("clients-start-add-title")}</h3>
                    <p>{t("clients-start-add-body")}</p>
                    <A href="/staff/clients/new" attr:class="button primary">{t("clients-add")}</A>
                </li>
                <li>
                    <h3>{t("clients-start-login-text-title")}</h3>
                    <p>{t("clients-start-login-text-body")}</p>
                    <A href="/staff/portal" attr:class="button">{t("clients-start-login-text-open")}</A>
                </li>
                <li>
                    <h3>{t("clients-start-email-title")}</h3>
                    <p>{t("clients-start-email-body")}</p>
                    <A href="/staff/outbox" attr:class="button">{t("clients-start-email-open")}</A>
                </li>
            </ol>
        </section>
    }
}

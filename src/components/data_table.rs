//! The console's tables: a scrollable, focusable region named for what it holds, a
//! caption for screen readers, and column headers that sort when the page allows it
//! (WAI-ARIA's sortable table: a button in each sortable header, `aria-sort` on the one
//! in use).

use leptos::prelude::*;
use portico_api::staff::SortOrder;

use crate::i18n::t_with;

/// One column's header.
#[derive(Debug, Clone)]
pub struct Column {
    label: String,
    /// Read by screen readers only, as for a column of row actions.
    hidden: bool,
    /// The key `on_sort` gets when this header is chosen.
    sort_key: Option<&'static str>,
}

impl Column {
    pub fn new(label: impl Into<String>) -> Column {
        Column {
            label: label.into(),
            hidden: false,
            sort_key: None,
        }
    }

    pub fn hidden(label: impl Into<String>) -> Column {
        Column {
            hidden: true,
            ..Column::new(label)
        }
    }

    pub fn sortable(label: impl Into<String>, key: &'static str) -> Column {
        Column {
            sort_key: Some(key),
            ..Column::new(label)
        }
    }
}

/// The sort in force: which key, which way.
pub type Sorted = (&'static str, SortOrder);

#[component]
pub fn DataTable(
    /// What the rows are, such as "Clients": names the region ("Clients table").
    #[prop(into)]
    name: String,
    /// The caption, such as "Clients, by name": how the rows are ordered.
    #[prop(into)]
    caption: Signal<String>,
    columns: Vec<Column>,
    /// With `on_sort`, the headers of sortable columns become buttons.
    #[prop(optional, into)]
    sorted: Option<Signal<Sorted>>,
    #[prop(optional)] on_sort: Option<Callback<&'static str>>,
    /// The `<tr>` rows.
    children: Children,
) -> impl IntoView {
    let header = move |column: Column| {
        let label = if column.hidden {
            view! { <span class="visually-hidden">{column.label}</span> }.into_any()
        } else {
            column.label.into_any()
        };
        match (column.sort_key, sorted, on_sort) {
            (Some(key), Some(sorted), Some(on_sort)) => {
                let order = move || {
                    let (current, order) = sorted.get();
                    (current == key).then_some(order)
                };
                view! {
                    <th
                        scope="col"
                        aria-sort=move || order().map(|o| match o {
                            SortOrder::Asc => "ascending",
                            SortOrder::Desc => "descending",
                        })
                    >
                        <button type="button" class="sort" on:click=move |_| on_sort.run(key)>
                            {label}
                            <span class="sort-mark" aria-hidden="true">
                                {move || match order() {
                                    Some(SortOrder::Asc) => "▲",
                                    Some(SortOrder::Desc) => "▼",
                                    None => "↕",
                                }}
                            </span>
                        </button>
                    </th>
                }
                .into_any()
            }
            _ => view! { <th scope="col">{label}</th> }.into_any(),
        }
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t_with("table-region", &[("name", (&name).into())])>
            <table>
                <caption class="visually-hidden">{move || caption.get()}</caption>
                <thead>
                    <tr>{columns.into_iter().map(header).collect_view()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

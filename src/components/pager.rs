use leptos::prelude::*;

use crate::i18n::{t, t_with};

/// How many pages `total` items fill, at least one.
pub fn page_count(total: i64, per_page: i64) -> i64 {
    ((total + per_page - 1) / per_page.max(1)).max(1)
}

/// "Page 2 of 7" with Previous and Next; `go` receives the page to show.
#[component]
pub fn Pager(
    #[prop(into)] page: Signal<i64>,
    #[prop(into)] total: Signal<i64>,
    per_page: i64,
    go: Callback<i64>,
) -> impl IntoView {
    let pages = move || page_count(total.get(), per_page);
    // Named closures, not inline comparisons: a `>` inside `view!` attributes ends the tag.
    let at_first = move || page.get() <= 1;
    let at_last = move || page.get() >= pages();
    view! {
        <nav class="pager" aria-label=t("pager-label")>
            <button
                type="button"
                class="secondary"
                disabled=at_first
                on:click=move |_| go.run(page.get_untracked() - 1)
            >
                {t("pager-previous")}
            </button>
            <span aria-live="polite">{move || t_with("pager-position", &[("page", page.get().into()), ("pages", pages().into())])}</span>
            <button
                type="button"
                class="secondary"
                disabled=at_last
                on:click=move |_| go.run(page.get_untracked() + 1)
            >
                {t("pager-next")}
            </button>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_round_up_and_never_go_below_one() {
        assert_eq!(page_count(0, 25), 1);
        assert_eq!(page_count(25, 25), 1);
        assert_eq!(page_count(26, 25), 2);
        assert_eq!(page_count(55, 50), 2);
    }
}

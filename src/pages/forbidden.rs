use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::top_bar::TopBar;
use crate::i18n::t;

/// Shown to signed-in accounts that reach a page their role may not see.
#[component]
pub fn Forbidden() -> impl IntoView {
    crate::dom::set_title(&t("forbidden-title"));
    view! {
        <TopBar />
        <main class="page">
            <h1>{t("forbidden-heading")}</h1>
            <p>{t("forbidden-body")}</p>
            <p>
                <A href="/">{t("forbidden-home")}</A>
            </p>
        </main>
    }
}

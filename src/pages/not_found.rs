use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::dom::set_title(&t("not-found-title"));
    view! {
        <main class="auth-page">
            <div class="auth-card">
                <h1>{t("not-found-title")}</h1>
                <p>{t("not-found-body")}</p>
                <p class="secondary-action">
                    <A href="/">{t("not-found-home")}</A>
                </p>
            </div>
        </main>
    }
}

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::dom::set_title("Page not found");
    view! {
        <main class="auth-page">
            <div class="auth-card">
                <h1>"Page not found"</h1>
                <p>"There is nothing at this address. It may have moved, or the link may be mistyped."</p>
                <p class="secondary-action">
                    <A href="/">"Go to the portal home"</A>
                </p>
            </div>
        </main>
    }
}

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::top_bar::TopBar;

/// Shown to signed-in accounts that reach a page their role may not see.
#[component]
pub fn Forbidden() -> impl IntoView {
    crate::dom::set_title("No access");
    view! {
        <TopBar />
        <main class="page">
            <h1>"This page is for staff only"</h1>
            <p>"Your account doesn't have access to it."</p>
            <p>
                <A href="/">"Go to your portal home"</A>
            </p>
        </main>
    }
}

//! `/`: the client's portal home.

use leptos::prelude::*;

use crate::components::top_bar::TopBar;
use crate::session::{Auth, Portal};

#[component]
pub fn HomePage() -> impl IntoView {
    crate::dom::set_title("Home");
    let auth = Auth::get();
    let portal = Portal::get();
    let first_name = move || {
        auth.signed_in()
            .and_then(|info| info.name.split_whitespace().next().map(str::to_string))
            .unwrap_or_default()
    };
    view! {
        <TopBar />
        <main class="page">
            <h1>{move || format!("Welcome, {}", first_name())}</h1>
            <p>
                {move || {
                    format!(
                        "You are signed in to {}. Your account menu, top right, has your details and the way to sign out.",
                        portal.name().unwrap_or_else(|| "the portal".into()),
                    )
                }}
            </p>
        </main>
    }
}

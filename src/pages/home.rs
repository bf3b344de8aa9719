//! `/`: the client's portal home.

use leptos::prelude::*;

use crate::components::top_bar::TopBar;
use crate::i18n::{t, t_around, t_with};
use crate::session::{Auth, Portal};

#[component]
pub fn HomePage() -> impl IntoView {
    crate::dom::set_title(&t("home-title"));
    let auth = Auth::get();
    let portal = Portal::get();
    let first_name = move || {
        auth.signed_in()
            .and_then(|info| info.name.split_whitespace().next().map(str::to_string))
            .unwrap_or_default()
    };
    let (before, after) = t_around("home-intro", "portal");
    view! {
        <TopBar />
        <main class="page">
            <h1>{move || t_with("home-welcome", &[("name", (&first_name()).into())])}</h1>
            <p>
                {before}
                // The portal's name is its own, in every language.
                <span translate="no">{move || portal.name().unwrap_or_default()}</span>
                {after}
            </p>
        </main>
    }
}

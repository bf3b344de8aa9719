//! `/staff`: the staff console's home.

use leptos::prelude::*;

use crate::app::Auth;
use crate::components::top_bar::TopBar;

#[component]
pub fn StaffHomePage() -> impl IntoView {
    crate::dom::set_title("Staff console");
    let auth = Auth::get();
    view! {
        <TopBar />
        <main class="page">
            <h1>"Staff console"</h1>
            <p>
                {move || {
                    auth.signed_in().map(|info| format!("Signed in as {} ({}).", info.name, info.email)).unwrap_or_default()
                }}
            </p>
            <p>
                "Client management, the login text editor, the outbox and the activity log will appear here. "
                "Until then, staff change the login text with the API: PUT /api/portal/login-text."
            </p>
        </main>
    }
}

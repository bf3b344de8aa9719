//! The portal bundle's router. App-wide state lives in [`crate::session`].

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::pages::home::HomePage;
use crate::pages::other_bundle::LoadOtherBundle;
use crate::pages::{change_password::ChangePasswordPage, devices::DevicesPage, not_me::NotMePage};
use crate::pages::{not_found::NotFound, setup::SetupPage};
use crate::session::{provide_session_and_portal, RequireSession};

#[component]
pub fn App() -> impl IntoView {
    provide_session_and_portal();

    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/login") view=LoadOtherBundle />
                <Route path=path!("/staff/*any") view=LoadOtherBundle />
                <Route path=path!("/staff") view=LoadOtherBundle />
                <Route path=path!("/forgot-password") view=LoadOtherBundle />
                <Route path=path!("/reset-password") view=LoadOtherBundle />
                <Route path=path!("/setup") view=SetupPage />
                <Route path=path!("/choose-password") view=LoadOtherBundle />
                <Route path=path!("/not-me") view=NotMePage />
                <Route path=path!("/account/password") view=|| view! { <RequireSession><ChangePasswordPage /></RequireSession> } />
                <Route path=path!("/account/devices") view=|| view! { <RequireSession><DevicesPage /></RequireSession> } />
                <Route path=path!("/") view=|| view! { <RequireSession><HomePage /></RequireSession> } />
            </Routes>
        </Router>
    }
}

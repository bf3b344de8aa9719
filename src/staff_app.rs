//! The root of the staff bundle: the console's pages under `/staff`, loaded only by staff,
//! so neither the sign-in page nor the client's portal carries their weight.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::pages::not_found::NotFound;
use crate::pages::other_bundle::LoadOtherBundle;
use crate::pages::staff::{
    activity::ActivityPage,
    api_keys::ApiKeysPage,
    client::ClientPage,
    clients::ClientsPage,
    new_client::NewClientPage,
    outbox::{OutboxMessagePage, OutboxPage},
    portal::PortalPage,
    webhooks::{WebhookPage, WebhooksPage},
};
use crate::pages::staff::{Flash, UnsavedChanges};
use crate::session::{provide_session_and_portal, RequireSession};

#[component]
pub fn StaffApp() -> impl IntoView {
    provide_session_and_portal();
    Flash::provide();
    crate::human_check::Checking::provide();
    UnsavedChanges::provide();
    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=LoadOtherBundle />
                <Route path=path!("/login") view=LoadOtherBundle />
                <Route path=path!("/account/*any") view=LoadOtherBundle />
                <Route path=path!("/staff") view=|| view! { <RequireSession staff_only=true><ClientsPage /></RequireSession> } />
                <Route path=path!("/staff/clients/new") view=|| view! { <RequireSession staff_only=true><NewClientPage /></RequireSession> } />
                <Route path=path!("/staff/clients/:id") view=|| view! { <RequireSession staff_only=true><ClientPage /></RequireSession> } />
                <Route path=path!("/staff/portal") view=|| view! { <RequireSession staff_only=true><PortalPage /></RequireSession> } />
                <Route path=path!("/staff/outbox") view=|| view! { <RequireSession staff_only=true><OutboxPage /></RequireSession> } />
                <Route path=path!("/staff/outbox/:id") view=|| view! { <RequireSession staff_only=true><OutboxMessagePage /></RequireSession> } />
                <Route path=path!("/staff/api-keys") view=|| view! { <RequireSession staff_only=true><ApiKeysPage /></RequireSession> } />
                <Route path=path!("/staff/webhooks") view=|| view! { <RequireSession staff_only=true><WebhooksPage /></RequireSession> } />
                <Route path=path!("/staff/webhooks/:id") view=|| view! { <RequireSession staff_only=true><WebhookPage /></RequireSession> } />
                <Route path=path!("/staff/activity") view=|| view! { <RequireSession staff_only=true><ActivityPage /></RequireSession> } />
            </Routes>
        </Router>
    }
}

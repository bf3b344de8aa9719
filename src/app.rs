//! The router and the two pieces of app-wide state: the session and the portal description.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use portico_api::{PortalInfo, Role, SessionInfo};

use crate::api;
use crate::pages::reset_password::ResetPasswordPage;
use crate::pages::{
    change_password::ChangePasswordPage, choose_password::ChoosePasswordPage, devices::DevicesPage,
    not_me::NotMePage,
};
use crate::pages::{forbidden::Forbidden, forgot_password::ForgotPasswordPage, home::HomePage};
use crate::pages::{not_found::NotFound, setup::SetupPage};

/// What the app knows about the visitor.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// `GET /api/session` has not answered yet.
    Loading,
    SignedOut,
    SignedIn(SessionInfo),
}

/// App-wide session, provided by `App`.
#[derive(Clone, Copy)]
pub struct Auth(pub RwSignal<SessionState>);

impl Auth {
    pub fn get() -> Auth {
        expect_context::<Auth>()
    }

    pub fn signed_in(&self) -> Option<SessionInfo> {
        match self.0.get() {
            SessionState::SignedIn(info) => Some(info),
            _ => None,
        }
    }
}

/// The public portal description, fetched once per page load.
#[derive(Clone, Copy)]
pub struct Portal(pub LocalResource<Result<PortalInfo, api::Error>>);

impl Portal {
    pub fn get() -> Portal {
        expect_context::<Portal>()
    }

    /// The portal's name once known.
    pub fn name(&self) -> Option<String> {
        self.0.get().and_then(|r| r.ok()).map(|p| p.name)
    }
}

/// Where a freshly signed-in account goes when no `next` was asked for.
pub fn home_for(role: Role) -> &'static str {
    match role {
        Role::Client => "/",
        Role::Staff => "/staff",
    }
}

/// Provides [`Auth`] (asking the server who is signed in) and [`Portal`]; both bundles
/// start here.
pub fn provide_session_and_portal() {
    let auth = Auth(RwSignal::new(SessionState::Loading));
    provide_context(auth);
    provide_context(Portal(LocalResource::new(api::portal)));
    spawn_local(async move {
        let state = match api::current_session().await {
            Ok(info) => SessionState::SignedIn(info),
            Err(_) => SessionState::SignedOut,
        };
        auth.0.set(state);
    });
}

/// A path served by another bundle (`/login`, `/staff/...`, or `/` from the console).
/// Links across bundles are marked `rel="external"` so the router lets the browser load
/// them; should one slip through, this loads the right document anyway.
#[component]
pub fn LoadOtherBundle() -> impl IntoView {
    crate::dom::go(&crate::dom::current_path_and_query());
}

#[component]
pub fn App() -> impl IntoView {
    provide_session_and_portal();

    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/login") view=LoadOtherBundle />
                <Route path=path!("/staff/*any") view=LoadOtherBundle />
                <Route path=path!("/staff") view=LoadOtherBundle />
                <Route path=path!("/forgot-password") view=ForgotPasswordPage />
                <Route path=path!("/reset-password") view=ResetPasswordPage />
                <Route path=path!("/setup") view=SetupPage />
                <Route path=path!("/choose-password") view=ChoosePasswordPage />
                <Route path=path!("/not-me") view=NotMePage />
                <Route path=path!("/account/password") view=|| view! { <RequireSession><ChangePasswordPage /></RequireSession> } />
                <Route path=path!("/account/devices") view=|| view! { <RequireSession><DevicesPage /></RequireSession> } />
                <Route path=path!("/") view=|| view! { <RequireSession><HomePage /></RequireSession> } />
            </Routes>
        </Router>
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Gate {
    Wait,
    Away,
    Refused,
    Open,
}

/// Shows `children` to signed-in accounts (staff only, with `staff_only`); sends anonymous
/// visitors to `/login?next=<here>` so they come back after signing in.
#[component]
pub fn RequireSession(
    /// Refuse clients with a friendly page instead of the content.
    #[prop(optional)]
    staff_only: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let auth = Auth::get();
    let gate = Memo::new(move |_| match auth.0.get() {
        SessionState::Loading => Gate::Wait,
        SessionState::SignedOut => Gate::Away,
        SessionState::SignedIn(info) if staff_only && info.role != Role::Staff => Gate::Refused,
        SessionState::SignedIn(_) => Gate::Open,
    });
    let guarded_path = use_location().pathname.get_untracked();
    Effect::new(move |_| {
        // Only while this page is still the current one: signing out navigates to /login
        // first, and that must not turn into /login?next=/login.
        if gate.get() == Gate::Away && crate::dom::current_path() == guarded_path {
            let here = crate::dom::current_path_and_query();
            let next = String::from(js_sys::encode_uri_component(&here));
            crate::dom::go(&format!("/login?next={next}"));
        }
    });
    move || match gate.get() {
        Gate::Wait => view! { <p class="loading" role="status">"Loading…"</p> }.into_any(),
        Gate::Away => ().into_any(),
        Gate::Refused => view! { <Forbidden /> }.into_any(),
        Gate::Open => children().into_any(),
    }
}

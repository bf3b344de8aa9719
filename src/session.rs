//! The two pieces of app-wide state every bundle shares: who is signed in ([`Auth`]) and
//! the portal's public description ([`Portal`]), with the guard for signed-in pages.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;
use portico_api::{PortalInfo, Role, SessionInfo};

use crate::api;
use crate::pages::forbidden::Forbidden;

/// What the app knows about the visitor.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// `GET /api/session/state` has not answered yet.
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

/// The public portal description, fetched once per page load (and again when staff save
/// new branding).
///
/// A plain signal filled by a task rather than a `LocalResource`: this is every bundle's
/// first request, and the resource machinery (async derived values, their locks and
/// transitions) weighs about 10 KB of brotli in the light bundles, which nothing else
/// there needs.
#[derive(Clone, Copy)]
pub struct Portal(RwSignal<Option<Result<PortalInfo, api::Error>>>);

impl Portal {
    pub fn get() -> Portal {
        expect_context::<Portal>()
    }

    /// The description, or `None` while it is on its way.
    pub fn info(&self) -> Option<Result<PortalInfo, api::Error>> {
        self.0.get()
    }

    /// Asks the server again, keeping what is shown until the answer arrives.
    pub fn refetch(&self) {
        let portal = self.0;
        spawn_local(async move { portal.set(Some(api::portal().await)) });
    }

    /// The portal's name once known.
    pub fn name(&self) -> Option<String> {
        self.0
            .with(|info| info.as_ref()?.as_ref().ok().map(|p| p.name.clone()))
    }

    /// The portal's logo, if it has one.
    pub fn logo(&self) -> Option<portico_api::branding::Logo> {
        self.0
            .with(|info| info.as_ref()?.as_ref().ok()?.logo.clone())
    }
}

/// Where a freshly signed-in account goes when no `next` was asked for.
pub fn home_for(role: Role) -> &'static str {
    match role {
        Role::Client => "/",
        Role::Staff => "/staff",
    }
}

/// Provides [`Auth`] (asking the server who is signed in) and [`Portal`]: the sign-in
/// page, the client's pages and the console start here.
pub fn provide_session_and_portal() {
    provide_portal();
    let auth = Auth(RwSignal::new(SessionState::Loading));
    provide_context(auth);
    spawn_local(async move {
        // `/api/session/state` answers 200 either way: being signed out is a normal
        // state, and must not show up as a failed request in the browser's console.
        let state = match api::session_state().await {
            Ok(portico_api::SessionState::SignedIn(session)) => {
                crate::i18n::follow(&session);
                SessionState::SignedIn(session)
            }
            Ok(portico_api::SessionState::SignedOut) | Err(_) => SessionState::SignedOut,
        };
        auth.0.set(state);
    });
}

/// Provides [`Portal`] alone, for pages that never ask who is signed in (the reset
/// bundle's: a reset link or a first-password ticket is the credential there).
pub fn provide_portal() {
    // Fetched already, with the words, before the page was mounted (`i18n::start`), so
    // the light bundles carry no second way to fetch it.
    let fetched = crate::i18n::take_portal().unwrap_or(Err(api::Error::Network));
    let portal = Portal(RwSignal::new(Some(fetched)));
    provide_context(portal);
    Effect::new(move |_| {
        if let Some(name) = portal.name() {
            crate::dom::set_portal_name(&name);
        }
    });
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
            let next = crate::dom::encode(&here);
            crate::dom::go(&format!("/login?next={next}"));
        }
    });
    move || match gate.get() {
        Gate::Wait => {
            view! { <p class="loading" role="status">{crate::i18n::t("loading")}</p> }.into_any()
        }
        Gate::Away => ().into_any(),
        Gate::Refused => view! { <Forbidden /> }.into_any(),
        Gate::Open => children().into_any(),
    }
}

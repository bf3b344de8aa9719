//! The root of the sign-in bundle. It provides what the login page reads (session and
//! portal) without the router: the page is a document of its own, and leaving it is a
//! full navigation into the portal bundle.

use leptos::prelude::*;

use crate::app::provide_session_and_portal;
use crate::pages::login::LoginPage;

#[component]
pub fn LoginApp() -> impl IntoView {
    provide_session_and_portal();
    view! { <LoginPage /> }
}

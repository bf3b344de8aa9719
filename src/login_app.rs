//! The root of the sign-in bundle: `/login` and `/forgot-password`, the two pages a
//! signed-out visitor moves between. It provides what they read (session and portal)
//! without the router: each page is a document of its own, picked by path, and leaving
//! is a full navigation.

use leptos::prelude::*;

use crate::pages::forgot_password::ForgotPasswordPage;
use crate::pages::login::LoginPage;
use crate::session::provide_session_and_portal;

#[component]
pub fn LoginApp() -> impl IntoView {
    provide_session_and_portal();
    match crate::dom::current_path().as_str() {
        "/forgot-password" => view! { <ForgotPasswordPage /> }.into_any(),
        _ => view! { <LoginPage /> }.into_any(),
    }
}

//! The roots of the two pages where a client chooses a password: from a reset email
//! (`/reset-password`, the `portico-reset` bundle) or at first sign-in
//! (`/choose-password`, `portico-choose`). A bundle each, so each page carries only its own
//! code and stays as light as the sign-in page. Neither asks who is signed in: the link or
//! the first-password ticket is the credential there.

use leptos::prelude::*;

use crate::pages::choose_password::ChoosePasswordPage;
use crate::pages::reset_password::ResetPasswordPage;
use crate::session::provide_portal;

#[component]
pub fn ResetApp() -> impl IntoView {
    provide_portal();
    view! { <ResetPasswordPage /> }
}

#[component]
pub fn ChooseApp() -> impl IntoView {
    provide_portal();
    view! { <ChoosePasswordPage /> }
}

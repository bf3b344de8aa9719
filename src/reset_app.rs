//! The root of the reset bundle: the pages where a client chooses a password, from a
//! reset email (`/reset-password`) or at first sign-in (`/choose-password`). Like the
//! sign-in bundle it has no router: each page is a document of its own, picked by path.

use leptos::either::Either;
use leptos::prelude::*;

use crate::pages::choose_password::ChoosePasswordPage;
use crate::pages::reset_password::ResetPasswordPage;
use crate::session::provide_portal;

#[component]
pub fn ResetApp() -> impl IntoView {
    provide_portal();
    match crate::dom::current_path().as_str() {
        "/choose-password" => Either::Left(view! { <ChoosePasswordPage /> }),
        _ => Either::Right(view! { <ResetPasswordPage /> }),
    }
}

//! The reset bundle: the pages where a client chooses a password (`/reset-password`,
//! `/choose-password`), as light as the sign-in page.

fn main() {
    leptos::mount::mount_to_body(portico_app::reset_app::ResetApp);
}

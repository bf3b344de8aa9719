//! The reset bundle: `/reset-password`, the page a reset email links to, as light as the
//! sign-in page.

fn main() {
    leptos::mount::mount_to_body(portico_app::reset_app::ResetApp);
}

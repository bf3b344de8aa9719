//! The first-password bundle: `/choose-password`, where a client replaces a password staff
//! or an automation set, as light as the sign-in page.

fn main() {
    leptos::mount::mount_to_body(portico_app::reset_app::ChooseApp);
}

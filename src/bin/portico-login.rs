//! The sign-in bundle: `/login` and `/forgot-password`, without the router or any
//! signed-in page.

fn main() {
    leptos::mount::mount_to_body(portico_app::login_app::LoginApp);
}

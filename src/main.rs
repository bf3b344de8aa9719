//! The portal bundle: the router and every page but sign-in.

fn main() {
    leptos::mount::mount_to_body(portico_app::app::App);
}

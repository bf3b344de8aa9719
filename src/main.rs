//! Portico's single-page app: mounts the router; everything else lives in the modules.

mod api;
mod app;
mod components;
mod dom;
mod pages;

fn main() {
    leptos::mount::mount_to_body(app::App);
}

//! The staff bundle: the console under `/staff`.

fn main() {
    leptos::mount::mount_to_body(portico_app::staff_app::StaffApp);
}

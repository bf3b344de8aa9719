use leptos::prelude::*;

/// A path served by another bundle (`/login`, `/staff/...`, or `/` from the console).
/// Links across bundles are marked `rel="external"` so the router lets the browser load
/// them; should one slip through, this loads the right document anyway.
#[component]
pub fn LoadOtherBundle() -> impl IntoView {
    crate::dom::go(&crate::dom::current_path_and_query());
}

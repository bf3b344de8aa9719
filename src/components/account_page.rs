use leptos::prelude::*;

use super::top_bar::TopBar;
use crate::session::{home_for, Auth};

/// The frame of the account's own pages: the signed-in header, a way back to the portal
/// (or the console, for staff) and the page's heading, which can take focus after an
/// action replaces the control that had it.
#[component]
pub fn AccountPage(
    /// The heading's message id.
    heading: &'static str,
    children: Children,
) -> impl IntoView {
    let heading = crate::i18n::t(heading);
    crate::dom::set_title(&heading);
    let auth = Auth::get();
    let home = move || {
        auth.signed_in()
            .map(|info| home_for(info.role))
            .unwrap_or("/")
    };
    view! {
        <TopBar />
        <main class="page narrow-page">
            <p class="breadcrumb"><a href=home rel="external">{crate::i18n::t("back-to-portal")}</a></p>
            <h1 id="page-heading" tabindex="-1">{heading}</h1>
            {children()}
        </main>
    }
}

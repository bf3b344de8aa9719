use leptos::prelude::*;

use super::account_menu::AccountMenu;
use crate::session::{Auth, Portal};

/// The signed-in header: the portal's name and the account menu.
#[component]
pub fn TopBar() -> impl IntoView {
    let auth = Auth::get();
    let portal = Portal::get();
    view! {
        <header class="top-bar">
            <span class="brand">{move || portal.name().unwrap_or_default()}</span>
            {move || auth.signed_in().map(|info| view! {
                <AccountMenu name=info.name email=info.email can_change_password=info.can_change_password />
            })}
        </header>
    }
}

use leptos::prelude::*;

use super::account_menu::AccountMenu;
use super::brand::Brand;
use crate::session::Auth;

/// The signed-in header: the portal's logo and name, and the account menu.
#[component]
pub fn TopBar() -> impl IntoView {
    let auth = Auth::get();
    view! {
        <header class="top-bar">
            <Brand inline=true />
            {move || auth.signed_in().map(|info| view! {
                <AccountMenu name=info.name email=info.email can_change_password=info.can_change_password />
            })}
        </header>
    }
}

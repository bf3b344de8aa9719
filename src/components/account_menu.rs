use leptos::prelude::*;
use leptos::task::spawn_local;

use super::menu_button::{MenuAction, MenuButton, MenuItem};
use crate::api;
use crate::dom::{initials, uppercase};

/// The signed-in person's menu in the top bar: their initials (and, on wide screens, their
/// name, which names the button), with Change password, Signed-in devices and Sign out.
#[component]
pub fn AccountMenu(
    /// The account's display name.
    name: String,
    /// The account's email address.
    email: String,
    /// Offer "Change password" (the portal's "Account password" setting, for clients).
    can_change_password: bool,
) -> impl IntoView {
    let avatar = uppercase(&initials(&name, &email));
    let shown_name = if name.trim().is_empty() {
        email.clone()
    } else {
        name.clone()
    };
    let sign_out = Callback::new(move |_| {
        spawn_local(async move {
            // Whatever the answer, this browser's session cookie is gone or useless. The
            // session state stays as it is until the sign-in page replaces this document,
            // so no guard redirects in between.
            let _ = api::sign_out().await;
            crate::dom::go("/login");
        })
    });
    // Full page loads: these pages live in the portal bundle, and this menu appears in
    // the staff console's too.
    let mut items = Vec::new();
    if can_change_password {
        items.push(MenuItem::new(
            "Change password",
            MenuAction::Page("/account/password".into()),
        ));
    }
    items.push(MenuItem::new(
        "Signed-in devices",
        MenuAction::Page("/account/devices".into()),
    ));
    items.push(MenuItem::new("Sign out", MenuAction::Run(sign_out)));
    view! {
        <MenuButton
            id="account-menu-button".to_string()
            class="account-button"
            button=ViewFn::from(move || view! {
                <span class="avatar" aria-hidden="true">{avatar.clone()}</span>
                <span class="account-name">{shown_name.clone()}</span>
            })
            header=ViewFn::from(move || view! {
                <div class="menu-identity">
                    <p class="menu-name">{name.clone()}</p>
                    <p class="menu-email">{email.clone()}</p>
                </div>
            })
            items
        />
    }
}

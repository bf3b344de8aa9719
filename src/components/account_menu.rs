use leptos::prelude::*;
use leptos::task::spawn_local;

use super::menu_button::{MenuAction, MenuButton, MenuItem};
use crate::api;
use crate::dom::{initials, uppercase};
use crate::i18n::{self, t};
use crate::session::Portal;

/// The signed-in person's menu in the top bar: their initials (and, on wide screens, their
/// name, which names the button), with Change password, Signed-in devices and Sign out,
/// and the portal's languages when it offers several: choosing one saves it on the account
/// (so emails and other devices follow) and shows the page again in it.
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
            t("menu-change-password"),
            MenuAction::Page("/account/password".into()),
        ));
    }
    items.push(MenuItem::new(
        t("menu-devices"),
        MenuAction::Page("/account/devices".into()),
    ));
    items.push(MenuItem::new(t("menu-sign-out"), MenuAction::Run(sign_out)));
    let offered = Portal::get()
        .info()
        .and_then(Result::ok)
        .map(|p| p.languages)
        .unwrap_or_default();
    let current = i18n::lang();
    let group = (offered.len() > 1).then(|| {
        let picks = offered
            .into_iter()
            .map(|lang| {
                let run = Callback::new(move |_| {
                    spawn_local(async move {
                        // The device follows even if saving fails: the reader asked for it.
                        let _ = api::account::set_language(lang).await;
                        i18n::choose(lang);
                    })
                });
                MenuItem::new(
                    lang.native_name(),
                    MenuAction::Pick {
                        checked: lang == current,
                        run,
                    },
                )
                .in_lang(lang.tag())
            })
            .collect();
        (t("menu-language"), picks)
    });
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
            group
        />
    }
}

use leptos::html::{Button, Div};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, HtmlElement, KeyboardEvent};

use crate::api;
use crate::dom::{initials, uppercase};

/// The avatar button with the account's initials and the menu it opens (WAI-ARIA menu
/// button pattern): Enter, Space or ArrowDown open it on the first item, ArrowUp on the
/// last; arrows, Home and End move; Escape closes and returns focus; Tab or a click
/// elsewhere closes it.
#[component]
pub fn AccountMenu(
    /// The account's display name.
    name: String,
    /// The account's email address.
    email: String,
    /// Offer "Change password" (the portal's "Account password" setting, for clients).
    can_change_password: bool,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let button_ref = NodeRef::<Button>::new();
    let popup_ref = NodeRef::<Div>::new();
    let wrapper_ref = NodeRef::<Div>::new();
    let avatar = uppercase(&initials(&name, &email));
    // The button is named by the person's name, shown beside the initials on wide screens
    // (and kept for screen readers on narrow ones); the initials are decoration.
    let shown_name = if name.trim().is_empty() {
        email.clone()
    } else {
        name.clone()
    };

    let items = move || -> Vec<HtmlElement> {
        let Some(popup) = popup_ref.get_untracked() else {
            return Vec::new();
        };
        let Ok(list) = popup.query_selector_all("[role=menuitem]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .collect()
    };
    let focus_item = move |index: isize| {
        let items = items();
        if items.is_empty() {
            return;
        }
        let len = items.len() as isize;
        let _ = items[index.rem_euclid(len) as usize].focus();
    };
    let open_at = move |index: isize| {
        set_open.set(true);
        // The menu renders on the next frame; focus it once it exists.
        request_animation_frame(move || focus_item(index));
    };
    let close = move |refocus: bool| {
        set_open.set(false);
        if refocus {
            if let Some(button) = button_ref.get_untracked() {
                let _ = button.focus();
            }
        }
    };

    let on_button_keydown = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" | "Enter" | " " => {
            ev.prevent_default();
            open_at(0);
        }
        "ArrowUp" => {
            ev.prevent_default();
            open_at(-1);
        }
        _ => {}
    };
    let on_menu_keydown = move |ev: KeyboardEvent| {
        let items = items();
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let current = items
            .iter()
            .position(|item| Some(item.unchecked_ref()) == active.as_ref())
            .unwrap_or(0) as isize;
        match ev.key().as_str() {
            "ArrowDown" => focus_item(current + 1),
            "ArrowUp" => focus_item(current - 1),
            "Home" => focus_item(0),
            "End" => focus_item(-1),
            "Tab" => {
                close(false);
                return;
            }
            _ => return,
        }
        ev.prevent_default();
    };
    // Escape closes the menu however it was opened: with the mouse, focus stays on the
    // button, where the menu's own key handler never hears it.
    let on_widget_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            ev.stop_propagation();
            close(true);
        }
    };
    // Closing when focus leaves the whole widget covers clicks elsewhere and tabbing away.
    let on_focus_out = move |ev: FocusEvent| {
        let inside = match (wrapper_ref.get_untracked(), ev.related_target()) {
            (Some(wrapper), Some(target)) => wrapper.contains(target.dyn_ref::<web_sys::Node>()),
            _ => false,
        };
        if !inside {
            set_open.set(false);
        }
    };
    let sign_out = move |_| {
        spawn_local(async move {
            // Whatever the answer, this browser's session cookie is gone or useless. The
            // session state stays as it is until the sign-in page replaces this document,
            // so no guard redirects in between.
            let _ = api::sign_out().await;
            crate::dom::go("/login");
        });
    };

    view! {
        <div class="account-menu" node_ref=wrapper_ref on:focusout=on_focus_out on:keydown=on_widget_keydown>
            <button
                type="button"
                class="account-button"
                id="account-menu-button"
                node_ref=button_ref
                aria-haspopup="menu"
                aria-controls="account-menu"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| set_open.update(|o| *o = !*o)
                on:keydown=on_button_keydown
            >
                <span class="avatar" aria-hidden="true">{avatar}</span>
                <span class="account-name">{shown_name}</span>
            </button>
            <div class="menu-popup" node_ref=popup_ref tabindex="-1" hidden=move || !open.get()>
                <div class="menu-identity">
                    <p class="menu-name">{name}</p>
                    <p class="menu-email">{email}</p>
                </div>
                <div
                    role="menu"
                    id="account-menu"
                    aria-labelledby="account-menu-button"
                    on:keydown=on_menu_keydown
                >
                    // Full page loads (`rel="external"`): these pages live in the portal
                    // bundle, and this menu appears in the staff console's too.
                    {can_change_password.then(|| view! {
                        <a role="menuitem" tabindex="-1" href="/account/password" rel="external">"Change password"</a>
                    })}
                    <a role="menuitem" tabindex="-1" href="/account/devices" rel="external">"Signed-in devices"</a>
                    <button type="button" role="menuitem" tabindex="-1" on:click=sign_out>
                        "Sign out"
                    </button>
                </div>
            </div>
        </div>
    }
}

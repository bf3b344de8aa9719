//! The staff console under `/staff`: Clients, Outbox and Activity, each a page of its own
//! inside one layout (header, section navigation, flash message).

pub mod activity;
pub mod activity_words;
pub mod api_keys;
pub mod branding;
pub mod client;
pub mod clients;
pub mod new_client;
pub mod outbox;
pub mod portal;
pub mod webhooks;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::components::human_check::HumanCheckProgress;
use crate::components::top_bar::TopBar;
use crate::human_check::Checking;
use crate::i18n::{t, t_split, Part};

/// A one-off message for one page ("Account successfully created."), shown in a status
/// region so screen readers announce it. It belongs to the path it was set for, so it can
/// be set just before navigating there and never shows anywhere else.
#[derive(Clone, Copy)]
pub struct Flash(RwSignal<Option<(String, String)>>);

impl Flash {
    pub fn show_at(&self, path: impl Into<String>, message: impl Into<String>) {
        self.0.set(Some((path.into(), message.into())));
    }

    /// Called once by the console's root, so every page shares one.
    pub fn provide() {
        provide_context(Flash(RwSignal::new(None)));
    }

    pub fn get() -> Flash {
        expect_context::<Flash>()
    }
}

/// Whether the page open now holds edits that leaving would lose. The portal builder sets
/// it; the console's links and the browser's own leave (reload, close, sign out) ask first.
#[derive(Clone, Copy)]
pub struct UnsavedChanges(RwSignal<bool>);

/// What archiving does, as the confirmation before it says.
pub fn archive_warning() -> String {
    t("console-archive-warning")
}

fn leave_question() -> String {
    t("console-leave-question")
}

impl UnsavedChanges {
    /// Called once by the console's root.
    pub fn provide() {
        let flag = RwSignal::new(false);
        provide_context(UnsavedChanges(flag));
        // The root lives as long as the page, so this listener is never removed.
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if flag.get_untracked() {
                ev.prevent_default();
                ev.set_return_value(&leave_question());
            }
        });
    }

    pub fn get() -> UnsavedChanges {
        expect_context::<UnsavedChanges>()
    }

    pub fn set(&self, dirty: bool) {
        if self.0.get_untracked() != dirty {
            self.0.set(dirty);
        }
    }

    /// For a click on an in-app link: true when the person chose to stay, and the
    /// click is cancelled (the router ignores clicks whose default was prevented).
    fn keep_here(&self, ev: &leptos::ev::MouseEvent) -> bool {
        let on_link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .is_some();
        if !on_link || !self.0.get_untracked() {
            return false;
        }
        let leave = window()
            .confirm_with_message(&leave_question())
            .unwrap_or(true);
        if leave {
            self.0.set(false);
        } else {
            ev.prevent_default();
        }
        !leave
    }
}

/// The console's frame around one section.
#[component]
pub fn StaffLayout(#[prop(into)] title: String, children: Children) -> impl IntoView {
    crate::dom::set_title(&title);
    let flash = Flash::get();
    let unsaved = UnsavedChanges::get();
    let path = use_location().pathname;
    // Plain links (the router still handles them): `A` would also mark "Clients" current
    // everywhere, since every console path starts with its "/staff".
    let section = move |prefix: &'static str| {
        move || {
            let here = path.get();
            let current = if prefix == "/staff" {
                here == "/staff" || here.starts_with("/staff/clients")
            } else {
                here.starts_with(prefix)
            };
            current.then_some("page")
        }
    };
    if flash
        .0
        .get_untracked()
        .is_some_and(|(for_path, _)| for_path != path.get_untracked())
    {
        flash.0.set(None);
    }
    let message = move || {
        flash
            .0
            .get()
            .filter(|(for_path, _)| *for_path == path.get())
            .map(|(_, message)| message)
    };
    view! {
        <div class="console-frame" on:click=move |ev| { unsaved.keep_here(&ev); }>
        <TopBar />
        <nav class="console-nav" aria-label=t("console-nav-label")>
            <a href="/staff" aria-current=section("/staff")>{t("console-nav-clients")}</a>
            <a href="/staff/portal" aria-current=section("/staff/portal")>{t("console-nav-portal")}</a>
            <a href="/staff/outbox" aria-current=section("/staff/outbox")>{t("console-nav-outbox")}</a>
            <a href="/staff/activity" aria-current=section("/staff/activity")>{t("console-nav-activity")}</a>
            <a href="/staff/api-keys" aria-current=section("/staff/api-keys")>{t("console-nav-api-keys")}</a>
            <a href="/staff/webhooks" aria-current=section("/staff/webhooks")>{t("console-nav-webhooks")}</a>
        </nav>
        <main class="page">
            <div role="status" class="flash-region">
                {move || message().map(|message| view! { <p class="notice">{message}</p> })}
            </div>
            // Sending many resets or new clients quickly asks for a human check: one
            // status for the whole console, wherever the action was.
            <HumanCheckProgress checking=Checking::get() />
            {children()}
        </main>
        </div>
    }
}

/// A message whose values are code (literal syntax, never translated), each in a `<code>`
/// of its own wherever the language places it.
pub fn with_code(id: &str, codes: &[(&str, &'static str)]) -> Vec<AnyView> {
    let names: Vec<&str> = codes.iter().map(|(name, _)| *name).collect();
    t_split(id, &names)
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Value(i) => view! { <code>{codes[i].1}</code> }.into_any(),
        })
        .collect()
}

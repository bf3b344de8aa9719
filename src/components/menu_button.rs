use leptos::html::{Button, Div};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, HtmlElement, KeyboardEvent};

/// One entry of a [`MenuButton`]'s menu.
#[derive(Clone)]
pub struct MenuItem {
    pub label: String,
    pub action: MenuAction,
    /// Why an action cannot be used now; it stays in the menu, announced as unavailable.
    pub unavailable: Option<String>,
    /// The language of the label, when it is not the page's (a language's own name).
    pub lang: Option<&'static str>,
}

#[derive(Clone)]
pub enum MenuAction {
    /// A full page load (`rel="external"`), for pages of another bundle.
    Page(String),
    /// A link the current router handles.
    Link(String),
    /// Runs when chosen; the menu closes first and focus returns to its button.
    Run(Callback<()>),
    /// One of a set of choices (`menuitemradio`), `checked` when it is the current one.
    Pick { checked: bool, run: Callback<()> },
}

impl MenuItem {
    pub fn new(label: impl Into<String>, action: MenuAction) -> MenuItem {
        MenuItem {
            label: label.into(),
            action,
            unavailable: None,
            lang: None,
        }
    }

    /// Marks the label as written in `lang`.
    pub fn in_lang(mut self, lang: &'static str) -> MenuItem {
        self.lang = Some(lang);
        self
    }

    pub fn unavailable_when(mut self, unavailable: bool, why: impl Into<String>) -> MenuItem {
        self.unavailable = unavailable.then(|| why.into());
        self
    }
}

/// A button that opens a menu (the WAI-ARIA menu button pattern): Enter, Space or
/// ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and End move;
/// Escape closes it and returns focus, however it was opened (with the mouse, focus stays
/// on the button, where the menu's own keys are never heard); Tab or a click elsewhere
/// closes it. The button's accessible name is its visible content, or `label`.
#[component]
pub fn MenuButton(
    /// The id of the button; the menu's is `{id}-menu`.
    id: String,
    /// The button's class (its look).
    #[prop(default = "secondary")]
    class: &'static str,
    /// An accessible name for the button, when its content is not one.
    #[prop(optional, into)]
    label: Option<String>,
    /// What the button shows.
    button: ViewFn,
    /// Shown above the items (the account menu's name and email).
    #[prop(optional)]
    header: Option<ViewFn>,
    items: Vec<MenuItem>,
    /// A labelled group after the items (the account menu's languages): its name and its
    /// entries, usually [`MenuAction::Pick`]s.
    #[prop(default = None)]
    group: Option<(String, Vec<MenuItem>)>,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let button_ref = NodeRef::<Button>::new();
    let popup_ref = NodeRef::<Div>::new();
    let wrapper_ref = NodeRef::<Div>::new();
    let menu_id = format!("{id}-menu");

    let menu_items = move || -> Vec<HtmlElement> {
        let Some(popup) = popup_ref.get_untracked() else {
            return Vec::new();
        };
        let Ok(list) = popup.query_selector_all("[role^=menuitem]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .collect()
    };
    let focus_item = move |index: isize| {
        let items = menu_items();
        if items.is_empty() {
            return;
        }
        let len = items.len() as isize;
        let _ = items[index.rem_euclid(len) as usize].focus();
    };
    let open_at = move |index: isize| {
        set_open.set(true);
        // The menu shows on the next frame; focus an item once it is there.
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
        let items = menu_items();
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

    // The items exist only while the menu is open: a board of fifty rows then carries
    // fifty buttons, not fifty hidden menus.
    let items = StoredValue::new(items);
    let group = StoredValue::new(group);
    let entries = move |items: Vec<MenuItem>| {
        items
            .into_iter()
            .map(|item| {
                let unavailable = item.unavailable;
                let blocked = unavailable.is_some();
                let described = unavailable.clone().map(
                    |why| view! { <span class="visually-hidden">{format!(" ({why})")}</span> },
                );
                match item.action {
                    // Links are always available: only actions depend on the state.
                    MenuAction::Page(href) => view! {
                        <a role="menuitem" tabindex="-1" href=href rel="external">{item.label}</a>
                    }
                    .into_any(),
                    MenuAction::Link(href) => view! {
                        <a role="menuitem" tabindex="-1" href=href>{item.label}</a>
                    }
                    .into_any(),
                    MenuAction::Pick { checked, run } => view! {
                        <button
                            type="button"
                            role="menuitemradio"
                            tabindex="-1"
                            lang=item.lang
                            aria-checked=if checked { "true" } else { "false" }
                            on:click=move |_| {
                                close(true);
                                if !checked {
                                    run.run(());
                                }
                            }
                        >
                            <span class="pick-mark" aria-hidden="true">{if checked { "✓" } else { "" }}</span>
                            {item.label}
                        </button>
                    }
                    .into_any(),
                    MenuAction::Run(run) => view! {
                        <button
                            type="button"
                            role="menuitem"
                            tabindex="-1"
                            aria-disabled=blocked.then_some("true")
                            title=unavailable
                            on:click=move |_| {
                                if !blocked {
                                    close(true);
                                    run.run(());
                                }
                            }
                        >
                            {item.label}{described}
                        </button>
                    }
                    .into_any(),
                }
            })
            .collect_view()
    };

    view! {
        <div class="menu-button" node_ref=wrapper_ref on:focusout=on_focus_out on:keydown=on_widget_keydown>
            <button
                type="button"
                class=class
                id=id.clone()
                node_ref=button_ref
                aria-label=label
                aria-haspopup="menu"
                aria-controls=menu_id.clone()
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| set_open.update(|o| *o = !*o)
                on:keydown=on_button_keydown
            >
                {button.run()}
            </button>
            <div class="menu-popup" node_ref=popup_ref tabindex="-1" hidden=move || !open.get()>
                {header.map(|header| header.run())}
                <div role="menu" id=menu_id aria-labelledby=id on:keydown=on_menu_keydown>
                    {move || open.get().then(|| entries(items.get_value()))}
                    {move || open.get().then(|| group.get_value().map(|(name, picks)| {
                        let label = name.clone();
                        view! {
                            <div role="group" aria-label=label class="menu-group">
                                <p class="menu-group-label" aria-hidden="true">{name}</p>
                                {entries(picks)}
                            </div>
                        }
                    }))}
                </div>
            </div>
        </div>
    }
}

use leptos::html::Dialog;
use leptos::prelude::*;

/// Asks before something that cannot simply be undone. A native modal `<dialog>`: the
/// rest of the page is inert while it is open (focus stays inside), Escape cancels, focus
/// starts on Cancel, and the browser returns it to the control that opened the dialog.
#[component]
pub fn ConfirmDialog(
    /// Opens the dialog when set; the dialog clears it when it closes.
    open: RwSignal<bool>,
    /// "Archive Ada Lovelace?"
    #[prop(into)]
    title: Signal<String>,
    /// What will happen, in a sentence or two.
    #[prop(into)]
    message: Signal<String>,
    /// The confirming button's words, such as "Archive".
    #[prop(into)]
    confirm_label: String,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let id = format!("confirm-{}", next_id());
    let title_id = format!("{id}-title");
    let message_id = format!("{id}-message");
    Effect::new(move |_| {
        let Some(element) = dialog.get() else {
            return;
        };
        match (open.get(), element.open()) {
            (true, false) => {
                let _ = element.show_modal();
            }
            (false, true) => element.close(),
            _ => {}
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class="confirm-dialog"
            aria-labelledby=title_id.clone()
            aria-describedby=message_id.clone()
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id.clone()>{move || title.get()}</h2>
            <p id=message_id.clone()>{move || message.get()}</p>
            <div class="actions">
                <button type="button" class="secondary" autofocus on:click=move |_| open.set(false)>
                    {crate::i18n::t("cancel")}
                </button>
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}

/// A number unique on this page, for ids.
fn next_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

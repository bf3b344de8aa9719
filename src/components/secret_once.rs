//! A new secret (an API key, a webhook's signing secret) shown the one time it exists in
//! the clear, with a Copy button and what happened to the copy.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::t;

#[component]
pub fn SecretOnce(
    /// What was made, ending with "Copy it now: it is not shown again."
    message: String,
    /// The field's id.
    id: &'static str,
    /// The field's label, such as "New key".
    #[prop(into)]
    label: String,
    /// The Copy button's text, such as "Copy key".
    #[prop(into)]
    copy_label: String,
    secret: String,
) -> impl IntoView {
    let (copied, set_copied) = signal(None::<bool>);
    let value = secret.clone();
    let copy = move |_| {
        let secret = secret.clone();
        spawn_local(
            async move { set_copied.set(Some(crate::dom::copy_to_clipboard(&secret).await)) },
        );
    };
    view! {
        <div class="notice">
            <p>{message}</p>
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" readonly prop:value=value />
            </div>
            <button type="button" class="secondary" on:click=copy>{copy_label}</button>
            <p class="hint">
                {move || copied.get().map(|ok| t(if ok { "secret-copied" } else { "secret-copy-failed" }))}
            </p>
        </div>
    }
}

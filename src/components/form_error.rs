use leptos::prelude::*;

/// A form's alert: empty until there is a message, which screen readers then announce
/// (the region exists from the start, so the change is what they hear).
#[component]
pub fn FormError(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div class="form-error" role="alert">
            {move || message.get().map(|message| view! { <p>{message}</p> })}
        </div>
    }
}

use leptos::prelude::*;

/// A form's submit button that says what it is doing while its request runs. It stays
/// focusable while busy (`aria-disabled`, not `disabled`), so focus is never lost, and the
/// form's handler ignores a second submit.
#[component]
pub fn SubmitButton(
    /// "Sign in".
    #[prop(into)]
    label: String,
    /// "Signing in…".
    #[prop(into)]
    busy_label: String,
    #[prop(into)] pending: Signal<bool>,
    /// `primary` or `secondary`.
    #[prop(default = "primary")]
    class: &'static str,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// The id of what explains why it is disabled.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    view! {
        <button
            type="submit"
            class=class
            disabled=move || disabled.get()
            aria-describedby=described_by
            aria-disabled=move || pending.get().then_some("true")
        >
            {move || if pending.get() { busy_label.clone() } else { label.clone() }}
        </button>
    }
}

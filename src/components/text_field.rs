use leptos::html::Input;
use leptos::prelude::*;

/// A labelled single-line input with its error slot, wired for assistive technology:
/// the error is the field's description and marks it invalid.
#[component]
pub fn TextField(
    /// The input's id and name.
    id: &'static str,
    /// Visible label text.
    #[prop(into)]
    label: String,
    /// `text` or `email`.
    #[prop(default = "text")]
    kind: &'static str,
    /// The autocomplete token, such as `username` or `name`.
    autocomplete: &'static str,
    /// Where the caller reads the value at submit time.
    input_ref: NodeRef<Input>,
    /// The message shown beside the field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Focus this field when the page opens.
    #[prop(optional)]
    autofocus: bool,
    /// A line of guidance under the label.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    // Addresses and URLs are typed exactly; phones must not "correct" them.
    let plain = matches!(kind, "email" | "url");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|text| view! { <p id=hint_id class="hint">{text}</p> })}
            <input
                id=id
                name=id
                type=kind
                autocomplete=autocomplete
                autocapitalize=plain.then_some("off")
                spellcheck=plain.then_some("false")
                autofocus=autofocus
                node_ref=input_ref
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
            />
            <p id=error_id class="field-error">{move || error.get()}</p>
        </div>
    }
}

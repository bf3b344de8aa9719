use leptos::html::Input;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::i18n::t;

/// A password input with a "Show password" toggle button inside it, a Caps Lock hint and
/// an error slot. The toggle keeps its name and says its state with `aria-pressed`.
///
/// Paste and password managers are never blocked; the value is read through `input_ref`
/// at submit time, which also catches autofill that fires no input events.
#[component]
pub fn PasswordField(
    /// The input's id and name.
    id: &'static str,
    /// Visible label text.
    #[prop(into)]
    label: String,
    /// `current-password` on sign-in, `new-password` where one is chosen.
    autocomplete: &'static str,
    /// Where the caller reads the value.
    input_ref: NodeRef<Input>,
    /// The message shown beside the field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Extra hint shown under the label, such as the length rule.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Ids of more elements that describe the field, such as a policy checklist.
    #[prop(optional)]
    described_by: Option<&'static str>,
    /// Told every value as it is typed, for live feedback.
    #[prop(optional)]
    on_input: Option<Callback<String>>,
) -> impl IntoView {
    let (visible, set_visible) = signal(false);
    let (caps_lock, set_caps_lock) = signal(false);
    let error_id = format!("{id}-error");
    let caps_id = format!("{id}-caps");
    let hint_id = format!("{id}-hint");
    let mut described = vec![caps_id.clone(), error_id.clone()];
    if hint.is_some() {
        described.insert(0, hint_id.clone());
    }
    described.extend(described_by.map(str::to_string));
    let described_by = described.join(" ");
    let check_caps = move |ev: KeyboardEvent| set_caps_lock.set(ev.get_modifier_state("CapsLock"));

    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|text| view! { <p id=hint_id class="hint">{text}</p> })}
            <div class="password-input">
                <input
                    id=id
                    name=id
                    type=move || if visible.get() { "text" } else { "password" }
                    autocomplete=autocomplete
                    autocapitalize="off"
                    spellcheck="false"
                    node_ref=input_ref
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=described_by
                    on:keydown=check_caps
                    on:keyup=check_caps
                    on:blur=move |_| set_caps_lock.set(false)
                    on:input=move |ev| {
                        if let Some(callback) = on_input {
                            callback.run(event_target_value(&ev));
                        }
                    }
                />
                <button
                    type="button"
                    class="reveal"
                    aria-pressed=move || if visible.get() { "true" } else { "false" }
                    aria-controls=id
                    aria-label=t("password-show-name")
                    on:click=move |_| set_visible.update(|v| *v = !*v)
                >
                    {t("password-show")}
                </button>
            </div>
            <p id=caps_id class="hint caps-hint" aria-live="polite">
                {move || caps_lock.get().then(|| t("password-caps-lock"))}
            </p>
            <p id=error_id class="field-error">{move || error.get()}</p>
        </div>
    }
}

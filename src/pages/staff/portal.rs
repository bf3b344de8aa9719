//! `/staff/portal`: the portal builder. The login text's Markdown with a live preview, and
//! the portal's settings.
//!
//! The preview is rendered by `crates/login-text` (the server's own renderer) running in a
//! web worker that only this page starts, so the sanitiser never weighs on any other page
//! and typing never waits for rendering.

use leptos::ev::SubmitEvent;
use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::settings::{format_number, PortalSettings, HOUR, MINUTE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{StaffLayout, UnsavedChanges};
use crate::api;

/// Built by Trunk from `crates/preview-worker` (see `staff.html`).
const WORKER_URL: &str = "/portico-preview_loader.js";
const MAX_CHARS: usize = 20_000;

#[component]
pub fn PortalPage() -> impl IntoView {
    view! {
        <StaffLayout title="Portal">
            <h1>"Portal"</h1>
            <LoginTextEditor />
            <SettingsForm />
        </StaffLayout>
    }
}

/// The preview worker. Answers that arrive after a newer one are dropped, so a slow render
/// never overwrites fresher text; text typed while the worker loads waits for its "ready".
struct Preview {
    worker: web_sys::Worker,
    ready: bool,
    waiting: Option<String>,
    sent: u32,
    shown: u32,
    _on_message: Option<Closure<dyn Fn(web_sys::MessageEvent)>>,
    _on_error: Option<Closure<dyn Fn(JsValue)>>,
}

type PreviewHandle = StoredValue<Option<Preview>, LocalStorage>;

fn start_preview(html: RwSignal<String>, failed: RwSignal<bool>) -> PreviewHandle {
    let handle: PreviewHandle = StoredValue::new_local(None);
    let Ok(worker) = web_sys::Worker::new(WORKER_URL) else {
        failed.set(true);
        return handle;
    };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some("ready") {
                handle.update_value(|p| {
                    if let Some(p) = p {
                        p.ready = true;
                        if let Some(markdown) = p.waiting.take() {
                            p.render(&markdown);
                        }
                    }
                });
                return;
            }
            let answer = js_sys::Array::from(&data);
            let sequence = answer.get(0).as_f64().unwrap_or_default() as u32;
            let fresh = handle
                .try_update_value(|p| match p {
                    Some(p) if sequence > p.shown => {
                        p.shown = sequence;
                        true
                    }
                    _ => false,
                })
                .unwrap_or(false);
            if fresh {
                html.set(answer.get(1).as_string().unwrap_or_default());
            }
        });
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |_| failed.set(true));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    handle.set_value(Some(Preview {
        worker,
        ready: false,
        waiting: None,
        sent: 0,
        shown: 0,
        _on_message: Some(on_message),
        _on_error: Some(on_error),
    }));
    handle
}

impl Preview {
    fn render(&mut self, markdown: &str) {
        if !self.ready {
            self.waiting = Some(markdown.to_string());
            return;
        }
        self.sent += 1;
        let request = js_sys::Array::of2(&self.sent.into(), &JsValue::from_str(markdown));
        let _ = self.worker.post_message(&request);
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

#[component]
fn LoginTextEditor() -> impl IntoView {
    let unsaved = UnsavedChanges::get();
    let saved = RwSignal::new(None::<String>);
    let draft = RwSignal::new(String::new());
    // What the textarea is set to: only on load and discard, never while typing, so the
    // caret stays where the person put it.
    let shown_text = RwSignal::new(String::new());
    let load_error = RwSignal::new(None::<String>);
    let preview_html = RwSignal::new(String::new());
    let preview_failed = RwSignal::new(false);
    let (error, set_error) = signal(None::<String>);
    let (notice, set_notice) = signal(None::<&'static str>);
    let (pending, set_pending) = signal(false);
    let textarea = NodeRef::<Textarea>::new();

    let preview = start_preview(preview_html, preview_failed);
    let render = move |markdown: &str| {
        preview.update_value(|p| p.iter_mut().for_each(|p| p.render(markdown)))
    };
    on_cleanup(move || {
        preview.dispose();
        unsaved.set(false);
    });

    spawn_local(async move {
        match api::staff::login_text().await {
            Ok(source) => {
                render(&source.markdown);
                draft.set(source.markdown.clone());
                shown_text.set(source.markdown.clone());
                saved.set(Some(source.markdown));
            }
            Err(err) => load_error.set(Some(err.message())),
        }
    });

    let dirty = Memo::new(move |_| saved.with(|s| s.as_ref().is_some_and(|s| *s != draft.get())));
    Effect::new(move |_| unsaved.set(dirty.get()));
    let chars = Memo::new(move |_| draft.with(|d| d.chars().count()));
    let too_long = Memo::new(move |_| chars.get() > MAX_CHARS);

    let on_input = move |_| {
        let Some(text) = textarea.get_untracked().map(|t| t.value()) else {
            return;
        };
        render(&text);
        draft.set(text);
        set_notice.set(None);
        set_error.set(None);
    };
    let discard = move |_| {
        let Some(original) = saved.get_untracked() else {
            return;
        };
        render(&original);
        draft.set(original.clone());
        shown_text.set(original);
        set_error.set(None);
        set_notice.set(Some("Changes discarded."));
    };
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let markdown = draft.get_untracked();
        set_pending.set(true);
        set_notice.set(None);
        set_error.set(None);
        spawn_local(async move {
            match api::staff::save_login_text(markdown.clone()).await {
                Ok(()) => {
                    saved.set(Some(markdown));
                    set_notice.set(Some("Login text saved. The login page shows it now."));
                }
                Err(err) => {
                    set_error.set(Some(err.field("markdown").unwrap_or_else(|| err.message())))
                }
            }
            set_pending.set(false);
        });
    };

    view! {
        <section aria-labelledby="login-text-heading" class="builder">
            <h2 id="login-text-heading">"Login text"</h2>
            <p class="hint">
                "Shown above the sign-in form. "
                <a href="/login" target="_blank" rel="external noopener">"Open the login page"<span class="visually-hidden">" (opens in a new tab)"</span></a>
            </p>
            {move || load_error.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            <form class="builder-grid" novalidate on:submit=save aria-busy=move || pending.get().then_some("true")>
                <div class="field editor">
                    <label for="login-text">"Login text (Markdown)"</label>
                    <textarea
                        id="login-text"
                        rows="16"
                        spellcheck="true"
                        node_ref=textarea
                        prop:value=move || shown_text.get()
                        on:input=on_input
                        aria-describedby="login-text-count login-text-error"
                        aria-invalid=move || (error.get().is_some() || too_long.get()).then_some("true")
                    ></textarea>
                    <p id="login-text-count" class="hint" class:over=too_long>
                        {move || format!("{} of {} characters", group(chars.get()), group(MAX_CHARS))}
                    </p>
                    <p id="login-text-error" class="field-error" role="alert">{move || error.get()}</p>
                </div>
                <div class="preview-pane">
                    <h3 id="preview-heading">"Preview"</h3>
                    {move || preview_failed.get().then(|| view! {
                        <p class="form-error">"The live preview could not start. Saving still works: check the login page after saving."</p>
                    })}
                    // Safe: sanitised by crates/login-text, the server's own renderer.
                    <div
                        class="login-text preview"
                        role="region"
                        aria-labelledby="preview-heading"
                        data-testid="login-text-preview"
                        inner_html=move || preview_html.get()
                    ></div>
                </div>
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || pending.get().then_some("true")>
                        {move || if pending.get() { "Saving…" } else { "Save login text" }}
                    </button>
                    <button type="button" class="secondary" on:click=discard disabled=move || !dirty.get()>
                        "Discard changes"
                    </button>
                    <p role="status" class="notice-inline">
                        {move || if dirty.get() { Some("Unsaved changes.") } else { notice.get() }}
                    </p>
                </div>
            </form>
            <details class="help">
                <summary>"Formatting help"</summary>
                <ul>
                    <li><code>"## Heading"</code>" for a heading, "<code>"**bold**"</code>" and "<code>"*italic*"</code>"."</li>
                    <li><code>"[text](https://example.com)"</code>" for a link that opens in the same tab."</li>
                    <li>
                        "End a link's address with "<code>"!external"</code>" to open it in a new tab: "
                        <code>"Forgot your password? Request a reset **[here](https://forms.example.com/f/123!external)**."</code>
                    </li>
                    <li>"Tables, lists and "<code>"~~strikethrough~~"</code>" work too. HTML and scripts are removed."</li>
                </ul>
            </details>
        </section>
    }
}

/// 20000 as "20,000".
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Clone, Copy)]
struct NumberInput {
    node: NodeRef<Input>,
    error: RwSignal<Option<String>>,
}

impl NumberInput {
    fn new() -> NumberInput {
        NumberInput {
            node: NodeRef::new(),
            error: RwSignal::new(None),
        }
    }

    /// The number typed, times `scale`, or an explanation beside the field.
    fn read(&self, scale: u64, unit: &str) -> Option<u64> {
        let text = self
            .node
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default();
        match text.trim().replace(',', ".").parse::<f64>() {
            Ok(value) if value.is_finite() && value >= 0.0 => {
                Some((value * scale as f64).round() as u64)
            }
            _ => {
                self.error.set(Some(format!(
                    "Enter a number of {unit}, such as {}.",
                    if unit == "hours" { "24" } else { "5" }
                )));
                None
            }
        }
    }
}

#[component]
fn NumberField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    field: NumberInput,
    #[prop(into)] value: Signal<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <p id=hint_id.clone() class="hint">{hint}</p>
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                class="short"
                node_ref=field.node
                prop:value=value
                aria-describedby=format!("{hint_id} {error_id}")
                aria-invalid=move || field.error.get().map(|_| "true")
            />
            <p id=error_id class="field-error">{move || field.error.get()}</p>
        </div>
    }
}

#[component]
fn SettingsForm() -> impl IntoView {
    let current = RwSignal::new(None::<PortalSettings>);
    let load_error = RwSignal::new(None::<String>);
    let account_password = RwSignal::new(true);
    let lifetime = NumberInput::new();
    let reuse = NumberInput::new();
    let first_sign_in = NumberInput::new();
    let min_chars = NumberInput::new();
    let (form_error, set_form_error) = signal(None::<String>);
    let (notice, set_notice) = signal(None::<&'static str>);
    let (pending, set_pending) = signal(false);

    let show = move |settings: PortalSettings| {
        account_password.set(settings.account_password);
        current.set(Some(settings));
    };
    spawn_local(async move {
        match api::staff::settings().await {
            Ok(settings) => show(settings),
            Err(err) => load_error.set(Some(err.message())),
        }
    });
    let value = move |pick: fn(&PortalSettings) -> String| {
        Signal::derive(move || current.with(|c| c.as_ref().map(pick).unwrap_or_default()))
    };

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        for field in [lifetime, reuse, first_sign_in, min_chars] {
            field.error.set(None);
        }
        set_form_error.set(None);
        set_notice.set(None);
        let (Some(lifetime_secs), Some(reuse_secs), Some(first_secs), Some(min)) = (
            lifetime.read(HOUR, "hours"),
            reuse.read(HOUR, "hours"),
            first_sign_in.read(MINUTE, "minutes"),
            min_chars.read(1, "characters"),
        ) else {
            set_form_error.set(Some("Some settings need attention.".into()));
            return;
        };
        let settings = PortalSettings {
            account_password: account_password.get_untracked(),
            reset_link_lifetime_secs: lifetime_secs,
            reset_reuse_window_secs: reuse_secs,
            first_sign_in_window_secs: first_secs,
            min_password_chars: usize::try_from(min).unwrap_or(usize::MAX),
        };
        set_pending.set(true);
        spawn_local(async move {
            match api::staff::save_settings(&settings).await {
                Ok(saved) => {
                    show(saved);
                    set_notice.set(Some("Settings saved."));
                }
                Err(err) => {
                    for (field, name) in [
                        (lifetime, "reset_link_lifetime_secs"),
                        (reuse, "reset_reuse_window_secs"),
                        (first_sign_in, "first_sign_in_window_secs"),
                        (min_chars, "min_password_chars"),
                    ] {
                        field.error.set(err.field(name));
                    }
                    set_form_error.set(Some(err.message()));
                }
            }
            set_pending.set(false);
        });
    };

    view! {
        <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">"Settings"</h2>
            {move || load_error.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            <form class="stack narrow" novalidate on:submit=save aria-busy=move || pending.get().then_some("true")>
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id="account-password"
                        prop:checked=account_password
                        aria-describedby="account-password-hint"
                        on:change=move |ev| account_password.set(event_target_checked(&ev))
                    />
                    <label for="account-password">"Account password"</label>
                </div>
                <p id="account-password-hint" class="hint">"Clients may change their password from the account menu in the portal."</p>
                <NumberField
                    id="reset-lifetime"
                    label="Reset link lifetime (hours)"
                    hint="How long an emailed reset link works: 1 to 168 hours."
                    field=lifetime
                    value=value(|s| format_number(s.reset_link_lifetime_secs as f64 / HOUR as f64))
                />
                <NumberField
                    id="reset-reuse"
                    label="Reuse window (hours)"
                    hint="Asking again within this time re-sends the same link; 0 always sends a new one."
                    field=reuse
                    value=value(|s| format_number(s.reset_reuse_window_secs as f64 / HOUR as f64))
                />
                <NumberField
                    id="first-sign-in"
                    label="First sign-in change window (minutes)"
                    hint="How long a client who signs in with a password you set has to choose their own: 1 to 1440 minutes."
                    field=first_sign_in
                    value=value(|s| format_number(s.first_sign_in_window_secs as f64 / MINUTE as f64))
                />
                <NumberField
                    id="min-password"
                    label="Minimum password length (characters)"
                    hint="From 8 to 64, counted in characters, so every alphabet counts alike."
                    field=min_chars
                    value=value(|s| s.min_password_chars.to_string())
                />
                <div class="form-error" role="alert">
                    {move || form_error.get().map(|message| view! { <p>{message}</p> })}
                </div>
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || pending.get().then_some("true")>
                        {move || if pending.get() { "Saving…" } else { "Save settings" }}
                    </button>
                    <p role="status" class="notice-inline">{move || notice.get()}</p>
                </div>
            </form>
        </section>
    }
}

//! `/staff/portal`: the portal builder. The login text's Markdown with a live preview, the
//! branding (`super::branding`), and the portal's settings.
//!
//! The preview is rendered by `crates/login-text` (the server's own renderer), compiled into
//! a wasm module of its own (`crates/preview`) that only this page loads, so the sanitiser
//! never weighs on any other page.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::lang::Lang;
use portico_api::settings::{HumanCheckMode, PortalSettings, HOUR, MINUTE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::branding::BrandingForm;
use super::{with_code, StaffLayout, UnsavedChanges};
use crate::api;
use crate::components::form_action::on_submit;
use crate::components::form_error::FormError;
use crate::components::submit_button::SubmitButton;
use crate::i18n::{decimal, settings_problem, t, t_with};

/// Built by Trunk from `crates/preview` (see `staff.html`).
const SCRIPT_URL: &str = "/portico-preview.js";
const WASM_URL: &str = "/portico-preview_bg.wasm";
const MAX_CHARS: usize = 20_000;

#[component]
pub fn PortalPage() -> impl IntoView {
    view! {
        <StaffLayout title=t("portal-title")>
            <h1>{t("portal-title")}</h1>
            <LoginTextEditor />
            <BrandingForm />
            <SettingsForm />
        </StaffLayout>
    }
}

// The preview module's script declares `let wasm_bindgen` (wasm-bindgen's no-modules
// form). A `let` is not a property of `window`, but names resolve to it at call time.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = wasm_bindgen, catch)]
    fn preview_init(options: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = wasm_bindgen, js_name = render, catch)]
    fn preview_render(markdown: &str) -> Result<String, JsValue>;
}

thread_local! {
    /// Settles when the preview module is ready. Made once per page, so opening the
    /// builder again (even while the first load is under way) never loads it twice.
    static MODULE: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

async fn load_renderer() -> Result<(), JsValue> {
    let ready = MODULE.with(|slot| {
        slot.borrow_mut()
            .get_or_insert_with(|| wasm_bindgen_futures::future_to_promise(load_module()))
            .clone()
    });
    wasm_bindgen_futures::JsFuture::from(ready)
        .await
        .map(|_| ())
}

/// Adds the module's script to the page and instantiates its wasm.
async fn load_module() -> Result<JsValue, JsValue> {
    let document = document();
    let script: web_sys::HtmlElement = document.create_element("script")?.unchecked_into();
    script.set_attribute("src", SCRIPT_URL)?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document
        .head()
        .ok_or_else(|| JsValue::from_str("no <head>"))?
        .append_child(&script)?;
    wasm_bindgen_futures::JsFuture::from(loaded).await?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"module_or_path".into(), &WASM_URL.into())?;
    wasm_bindgen_futures::JsFuture::from(preview_init(&options)?).await
}

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
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
    // The language being edited (the default one first), the portal's enabled languages
    // and the default's text, which the login page shows while this one has none.
    let language = RwSignal::new(None::<Lang>);
    let languages = RwSignal::new((Vec::<Lang>::new(), Lang::DEFAULT));
    let fallback = RwSignal::new(None::<String>);
    let (error, set_error) = signal(None::<String>);
    let (notice, set_notice) = signal(None::<String>);
    let textarea = NodeRef::<Textarea>::new();

    // How long the last render took, for the bench and for curious staff.
    let render_ms = RwSignal::new(0.0);
    let ready = RwSignal::new(false);
    // Renders right away, in the input event itself: 4 KB takes well under a millisecond.
    // Also called when a fetch finishes, which may be after staff have left the page: its
    // signals are gone then, and reading one would panic, so that reads as "not ready".
    let render = move |markdown: &str| {
        if !ready.try_get_untracked().unwrap_or(false) {
            return;
        }
        // An empty text shows what the login page will: the default language's.
        let shown = fallback.try_get_untracked().flatten();
        let markdown = match shown.as_deref() {
            Some(fallback) if markdown.is_empty() => fallback,
            _ => markdown,
        };
        let started = now_ms();
        match preview_render(markdown) {
            Ok(html) => preview_html.set(html),
            Err(_) => preview_failed.set(true),
        }
        render_ms.set(now_ms() - started);
    };
    on_cleanup(move || unsaved.set(false));
    spawn_local(async move {
        match load_renderer().await {
            Ok(()) => {
                ready.set(true);
                // `try_`: the page may have been left while the renderer loaded.
                if saved.try_with_untracked(Option::is_some) == Some(true) {
                    if let Some(markdown) = draft.try_get_untracked() {
                        render(&markdown);
                    }
                }
            }
            Err(_) => preview_failed.set(true),
        }
    });

    let load = move |lang: Lang| {
        spawn_local(async move {
            match api::staff::login_text(lang).await {
                Ok(source) => {
                    language.set(Some(source.language));
                    fallback.set(source.fallback);
                    draft.set(source.markdown.clone());
                    render(&source.markdown);
                    shown_text.set(source.markdown.clone());
                    saved.set(Some(source.markdown));
                }
                Err(err) => load_error.set(Some(err.message())),
            }
        })
    };
    spawn_local(async move {
        match api::staff::settings().await {
            Ok(settings) => {
                languages.set((settings.languages, settings.default_language));
                load(settings.default_language);
            }
            Err(err) => load_error.set(Some(err.message())),
        }
    });

    let dirty = Memo::new(move |_| saved.with(|s| s.as_ref().is_some_and(|s| *s != draft.get())));
    // `try_`: an effect queued just before staff left the page (a draft that changed as
    // they clicked away) may run after the page's signals are gone.
    Effect::new(move |_| {
        if let Some(dirty) = dirty.try_get() {
            unsaved.set(dirty);
        }
    });
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
        set_notice.set(Some(t("login-text-discarded")));
    };
    let switch_language = move |ev: leptos::ev::Event| {
        let Some(next) = Lang::from_tag(&event_target_value(&ev)) else {
            return;
        };
        let leave = !dirty.get_untracked()
            || window()
                .confirm_with_message(&t("login-text-discard-question"))
                .unwrap_or(false);
        if leave {
            set_error.set(None);
            set_notice.set(None);
            saved.set(None);
            load(next);
        } else if let (Some(select), Some(current)) = (
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()),
            language.get_untracked(),
        ) {
            select.set_value(current.tag());
        }
    };
    let store = Action::new_local(move |markdown: &String| {
        let markdown = markdown.clone();
        async move {
            let Some(lang) = language.get_untracked() else {
                return;
            };
            match api::staff::save_login_text(markdown.clone(), lang).await {
                Ok(()) => {
                    saved.set(Some(markdown));
                    set_notice.set(Some(t("login-text-saved")));
                }
                Err(err) => {
                    set_error.set(Some(err.field("markdown").unwrap_or_else(|| err.message())))
                }
            }
        }
    });
    let pending = store.pending();
    let save = on_submit(store, move || {
        set_notice.set(None);
        set_error.set(None);
        Some(draft.get_untracked())
    });

    view! {
        <section aria-labelledby="login-text-heading" class="builder">
            <h2 id="login-text-heading">{t("login-text-heading")}</h2>
            <p class="hint">
                {t("login-text-intro")}" "
                <a href="/login" target="_blank" rel="external noopener">{t("login-text-open-login-page")}<span class="visually-hidden">" "{t("login-text-new-tab")}</span></a>
            </p>
            {move || load_error.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            {move || {
                let (enabled, default) = languages.get();
                (enabled.len() > 1).then(|| view! {
                    <div class="field language-pick">
                        <label for="login-text-language">{t("language-label")}</label>
                        <select id="login-text-language" on:change=switch_language aria-describedby="login-text-language-hint">
                            {enabled.into_iter().map(|lang| {
                                let name = if lang == default {
                                    t_with("login-text-language-default", &[("language", lang.native_name().into())])
                                } else {
                                    lang.native_name().to_string()
                                };
                                view! { <option value=lang.tag() selected=move || language.get() == Some(lang)>{name}</option> }
                            }).collect_view()}
                        </select>
                        <p id="login-text-language-hint" class="hint">
                            {move || match fallback.get() {
                                Some(_) => t("login-text-language-hint-other"),
                                None => t("login-text-language-hint-default"),
                            }}
                        </p>
                    </div>
                })
            }}
            <form class="builder-grid" novalidate on:submit=save aria-busy=move || pending.get().then_some("true")>
                <div class="field editor">
                    <label for="login-text">
                        {move || match (languages.with(|(enabled, _)| enabled.len() > 1), language.get()) {
                            (true, Some(lang)) => t_with("login-text-field-label-in", &[("language", lang.native_name().into())]),
                            _ => t("login-text-field-label"),
                        }}
                    </label>
                    <textarea
                        id="login-text"
                        rows="16"
                        lang=move || language.get().map(Lang::tag)
                        dir=move || language.get().map(|l| l.dir().as_str())
                        spellcheck="true"
                        node_ref=textarea
                        prop:value=move || shown_text.get()
                        on:input=on_input
                        aria-describedby="login-text-count login-text-error"
                        aria-invalid=move || (error.get().is_some() || too_long.get()).then_some("true")
                    ></textarea>
                    <p id="login-text-count" class="hint" class:over=too_long>
                        {move || t_with("login-text-count", &[("count", (&group(chars.get())).into()), ("max", (&group(MAX_CHARS)).into())])}
                    </p>
                    <p id="login-text-error" class="field-error" role="alert">{move || error.get()}</p>
                </div>
                <div class="preview-pane">
                    <h3 id="preview-heading">{t("login-text-preview-heading")}</h3>
                    {move || (draft.with(String::is_empty) && fallback.with(Option::is_some)).then(|| view! {
                        <p class="hint" data-testid="login-text-fallback">{t("login-text-fallback")}</p>
                    })}
                    {move || preview_failed.get().then(|| view! {
                        <p class="form-error">{t("login-text-preview-failed")}</p>
                    })}
                    // Safe: sanitised by crates/login-text, the server's own renderer.
                    <div
                        class="login-text preview"
                        role="region"
                        aria-labelledby="preview-heading"
                        data-testid="login-text-preview"
                        lang=move || language.get().map(Lang::tag)
                        dir=move || language.get().map(|l| l.dir().as_str())
                        data-render-ms=move || format!("{:.2}", render_ms.get())
                        inner_html=move || preview_html.get()
                    ></div>
                </div>
                <div class="actions">
                    <SubmitButton label=t("login-text-save") busy_label=t("portal-saving") pending />
                    <button type="button" class="secondary" on:click=discard disabled=move || !dirty.get()>
                        {t("login-text-discard")}
                    </button>
                    <p role="status" class="notice-inline">
                        {move || if dirty.get() { Some(t("login-text-unsaved")) } else { notice.get() }}
                    </p>
                </div>
            </form>
            <details class="help">
                <summary>{t("login-text-help")}</summary>
                <ul>
                    <li>{with_code("login-text-help-emphasis", &[
                        ("heading", "## Heading"),
                        ("bold", "**bold**"),
                        ("italic", "*italic*"),
                    ])}</li>
                    <li>{with_code("login-text-help-link", &[("example", "[text](https://example.com)")])}</li>
                    <li>{with_code("login-text-help-external", &[
                        ("marker", "!external"),
                        ("example", "Forgot your password? Request a reset **[here](https://forms.example.com/f/123!external)**."),
                    ])}</li>
                    <li>{with_code("login-text-help-more", &[("strikethrough", "~~strikethrough~~")])}</li>
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

    /// The number typed, times `scale`, or `problem` beside the field (which gives an
    /// example of a value the field accepts).
    fn read(&self, scale: u64, problem: String) -> Option<u64> {
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
                self.error.set(Some(problem));
                None
            }
        }
    }
}

#[component]
fn NumberField(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
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
    let human_check = RwSignal::new(HumanCheckMode::Automatic);
    let languages = RwSignal::new(vec![Lang::DEFAULT]);
    let default_language = RwSignal::new(Lang::DEFAULT);
    let language_error = RwSignal::new(None::<String>);
    let lifetime = NumberInput::new();
    let reuse = NumberInput::new();
    let first_sign_in = NumberInput::new();
    let min_chars = NumberInput::new();
    let (form_error, set_form_error) = signal(None::<String>);
    let (notice, set_notice) = signal(None::<String>);
    let show = move |settings: PortalSettings| {
        account_password.set(settings.account_password);
        human_check.set(settings.human_check);
        languages.set(settings.languages.clone());
        default_language.set(settings.default_language);
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

    let fields = [
        (lifetime, "reset_link_lifetime_secs"),
        (reuse, "reset_reuse_window_secs"),
        (first_sign_in, "first_sign_in_window_secs"),
        (min_chars, "min_password_chars"),
    ];
    let store = Action::new_local(move |settings: &PortalSettings| {
        let settings = settings.clone();
        async move {
            match api::staff::save_settings(&settings).await {
                Ok(saved) => {
                    show(saved);
                    set_notice.set(Some(t("settings-saved")));
                }
                Err(err) => {
                    for (field, name) in fields {
                        field.error.set(err.field(name));
                    }
                    language_error.set(
                        err.field("languages")
                            .or_else(|| err.field("default_language")),
                    );
                    set_form_error.set(Some(err.message()));
                }
            }
        }
    });
    let pending = store.pending();
    let save = on_submit(store, move || {
        for field in [lifetime, reuse, first_sign_in, min_chars] {
            field.error.set(None);
        }
        language_error.set(None);
        set_form_error.set(None);
        set_notice.set(None);
        // Every field is read and checked before anything is said, so all that need
        // attention are marked at once: a field that is not a number keeps its saved
        // value for the range checks of the others.
        let read = [
            lifetime.read(
                HOUR,
                t_with("settings-number-hours", &[("example", 24_u32.into())]),
            ),
            reuse.read(
                HOUR,
                t_with("settings-number-hours", &[("example", 1_u32.into())]),
            ),
            first_sign_in.read(
                MINUTE,
                t_with("settings-number-minutes", &[("example", 60_u32.into())]),
            ),
            min_chars.read(
                1,
                t_with("settings-number-characters", &[("example", 12_u32.into())]),
            ),
        ];
        let Some(saved) = current.get_untracked() else {
            set_form_error.set(Some(t("settings-not-loaded")));
            return None;
        };
        let settings = PortalSettings {
            account_password: account_password.get_untracked(),
            reset_link_lifetime_secs: read[0].unwrap_or(saved.reset_link_lifetime_secs),
            reset_reuse_window_secs: read[1].unwrap_or(saved.reset_reuse_window_secs),
            first_sign_in_window_secs: read[2].unwrap_or(saved.first_sign_in_window_secs),
            min_password_chars: read[3]
                .map(|min| usize::try_from(min).unwrap_or(usize::MAX))
                .unwrap_or(saved.min_password_chars),
            human_check: human_check.get_untracked(),
            languages: languages.get_untracked(),
            default_language: default_language.get_untracked(),
        };
        let problems = settings.problems();
        for (field, name) in fields {
            if let Some(problem) = problems.iter().find(|p| p.field() == name) {
                if field.error.get_untracked().is_none() {
                    field.error.set(Some(settings_problem(problem)));
                }
            }
        }
        language_error.set(
            problems
                .iter()
                .find(|p| matches!(p.field(), "languages" | "default_language"))
                .map(settings_problem),
        );
        let invalid: Vec<NumberInput> = fields
            .iter()
            .filter(|(field, _)| field.error.get_untracked().is_some())
            .map(|(field, _)| *field)
            .collect();
        let languages_invalid = language_error.get_untracked().is_some();
        let count = invalid.len() + usize::from(languages_invalid);
        if count > 0 {
            let problem = t_with("settings-need-attention", &[("count", count.into())]);
            set_form_error.set(Some(problem));
            let first = match invalid.first() {
                Some(field) => field.node.get_untracked(),
                None => document()
                    .get_element_by_id("language-en")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()),
            };
            if let Some(input) = first {
                let _ = input.focus();
            }
            return None;
        }
        Some(settings)
    });

    view! {
        <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t("settings-heading")}</h2>
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
                    <label for="account-password">{t("settings-account-password")}</label>
                </div>
                <p id="account-password-hint" class="hint">{t("settings-account-password-hint")}</p>
                <NumberField
                    id="reset-lifetime"
                    label=t("settings-reset-lifetime")
                    hint=t("settings-reset-lifetime-hint")
                    field=lifetime
                    value=value(|s| decimal(s.reset_link_lifetime_secs as f64 / HOUR as f64))
                />
                <NumberField
                    id="reset-reuse"
                    label=t("settings-reuse-window")
                    hint=t("settings-reuse-window-hint")
                    field=reuse
                    value=value(|s| decimal(s.reset_reuse_window_secs as f64 / HOUR as f64))
                />
                <NumberField
                    id="first-sign-in"
                    label=t("settings-first-sign-in")
                    hint=t("settings-first-sign-in-hint")
                    field=first_sign_in
                    value=value(|s| decimal(s.first_sign_in_window_secs as f64 / MINUTE as f64))
                />
                <NumberField
                    id="min-password"
                    label=t("settings-min-password")
                    hint=t("settings-min-password-hint")
                    field=min_chars
                    value=value(|s| s.min_password_chars.to_string())
                />
                <fieldset class="choices" aria-describedby="human-check-about">
                    <legend>{t("settings-human-check")}</legend>
                    <p id="human-check-about" class="hint">{t("settings-human-check-about")}</p>
                    {HumanCheckMode::ALL.into_iter().map(|mode| {
                        let id = format!("human-check-{}", mode.as_str());
                        let hint_id = format!("{id}-hint");
                        let (label, hint) = human_check_words(mode);
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    name="human-check"
                                    id=id.clone()
                                    prop:checked=move || human_check.get() == mode
                                    aria-describedby=hint_id.clone()
                                    on:change=move |_| human_check.set(mode)
                                />
                                <label for=id>{label}</label>
                                <p id=hint_id class="hint">{hint}</p>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <LanguageChoice languages default_language error=language_error />
                <FormError message=form_error />
                <div class="actions">
                    <SubmitButton label=t("settings-save") busy_label=t("portal-saving") pending />
                    <p role="status" class="notice-inline">{move || notice.get()}</p>
                </div>
            </form>
        </section>
    }
}

/// Which languages the portal offers, in the switcher's order, and its default.
#[component]
fn LanguageChoice(
    languages: RwSignal<Vec<Lang>>,
    default_language: RwSignal<Lang>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let toggle = move |lang: Lang, on: bool| {
        languages.update(|enabled| {
            enabled.retain(|l| *l != lang);
            if on {
                enabled.push(lang);
                // The switcher lists them in one order whatever the order of the clicks.
                enabled.sort_by_key(|l| Lang::SPOKEN.iter().position(|s| s == l));
            }
        });
        // Unchecking the default hands it to the first language still enabled.
        if !on && default_language.get_untracked() == lang {
            if let Some(first) = languages.with_untracked(|l| l.first().copied()) {
                default_language.set(first);
            }
        }
    };
    view! {
        <fieldset class="choices" aria-describedby="languages-hint languages-error">
            <legend>{t("settings-languages")}</legend>
            <p id="languages-hint" class="hint">{t("settings-languages-hint")}</p>
            {Lang::SPOKEN.into_iter().map(|lang| {
                let id = format!("language-{}", lang.tag());
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=id.clone()
                            prop:checked=move || languages.with(|l| l.contains(&lang))
                            on:change=move |ev| toggle(lang, event_target_checked(&ev))
                        />
                        <label for=id lang=lang.tag()>{lang.native_name()}</label>
                    </div>
                }
            }).collect_view()}
            <div class="field">
                <label for="default-language">{t("settings-default-language")}</label>
                <select
                    id="default-language"
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                            default_language.set(lang);
                        }
                    }
                >
                    {move || languages.get().into_iter().map(|lang| view! {
                        <option value=lang.tag() selected=move || default_language.get() == lang>
                            {lang.native_name()}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <p id="languages-error" class="field-error">{move || error.get()}</p>
        </fieldset>
    }
}

/// A mode's label and what it means, as the settings form says them.
fn human_check_words(mode: HumanCheckMode) -> (String, String) {
    let (label, hint) = match mode {
        HumanCheckMode::Off => (
            t("settings-human-check-off"),
            t("settings-human-check-off-hint"),
        ),
        HumanCheckMode::Automatic => (
            t("settings-human-check-automatic"),
            t("settings-human-check-automatic-hint"),
        ),
        HumanCheckMode::Always => (
            t("settings-human-check-always"),
            t("settings-human-check-always-hint"),
        ),
    };
    (label, hint)
}

#[cfg(test)]
mod tests {
    use super::group;

    #[test]
    fn counts_are_grouped_in_thousands() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(4096), "4,096");
        assert_eq!(group(20_000), "20,000");
        assert_eq!(group(1_234_567), "1,234,567");
    }
}

//! The builder's branding section: the portal's name, logo and accent colours, with a
//! light and a dark preview that show them before anything is saved.
//!
//! Colours are judged by `portico_api::branding`, the rule the server applies, so the
//! contrast a person reads here is the one the server will hold them to. The preview only
//! ever shows colours that pass: one that fails is explained beside its field instead.

use leptos::html::Input;
use leptos::prelude::*;
use portico_api::branding::{
    check_accent, dark_partner, logo_too_large, ratio_hundredths, Branding, BrandingProblem,
    BrandingUpdate, Rgb, Scheme, DARK_BACKGROUNDS, DARK_LABEL, DEFAULT_ACCENT, DEFAULT_ACCENT_DARK,
    LIGHT_BACKGROUNDS, LIGHT_LABEL, LOGO_TYPES, MIN_CONTRAST, NAME_MAX_CHARS,
};
use portico_api::FieldError;
use wasm_bindgen::JsCast;

use crate::api;
use crate::components::form_action::on_submit;
use crate::components::form_error::FormError;
use crate::components::submit_button::SubmitButton;
use crate::i18n::{branding_problem, ratio, t, t_with};
use crate::session::Portal;

/// A logo as the preview shows it: its address, and its size when the server knows it.
type ShownLogo = (String, Option<(u32, u32)>);

/// What the logo will be once saved.
#[derive(Debug, Clone, PartialEq)]
enum LogoChoice {
    /// As it is on the server (perhaps none).
    Keep,
    /// A file chosen here, shown from a `blob:` address until it is uploaded.
    New {
        preview_url: String,
    },
    Remove,
}

#[derive(Clone, Copy)]
struct Errors {
    name: RwSignal<Option<String>>,
    accent: RwSignal<Option<String>>,
    accent_dark: RwSignal<Option<String>>,
    logo: RwSignal<Option<String>>,
    form: RwSignal<Option<String>>,
}

impl Errors {
    fn new() -> Errors {
        Errors {
            name: RwSignal::new(None),
            accent: RwSignal::new(None),
            accent_dark: RwSignal::new(None),
            logo: RwSignal::new(None),
            form: RwSignal::new(None),
        }
    }

    fn clear(&self) {
        for slot in [
            self.name,
            self.accent,
            self.accent_dark,
            self.logo,
            self.form,
        ] {
            slot.set(None);
        }
    }

    fn slot(&self, field: &str) -> Option<RwSignal<Option<String>>> {
        match field {
            "name" => Some(self.name),
            "accent" => Some(self.accent),
            "accent_dark" => Some(self.accent_dark),
            "logo" => Some(self.logo),
            _ => None,
        }
    }

    /// Marks each field the server or the shared rule named, says how many in the alert
    /// and takes focus to the first of them.
    fn show(&self, problems: &[portico_api::FieldError]) {
        for problem in problems {
            if let Some(slot) = self.slot(&problem.field) {
                slot.set(Some(problem.message.clone()));
            }
        }
        self.form.set(Some(match problems.len() {
            1 => problems[0].message.clone(),
            n => t_with("branding-fields-need-attention", &[("count", n.into())]),
        }));
        // Each field's id is its API name with hyphens ("accent-dark"); the name's is its own.
        let id = match problems.first().map(|p| p.field.as_str()) {
            Some("name") => "portal-name".to_string(),
            Some(field) => field.replace('_', "-"),
            None => return,
        };
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
}

/// Why `file` cannot be the logo, judged by its declared type and size: the server decides
/// by the bytes; this spares a pointless upload.
fn logo_problem(file: &web_sys::File) -> Option<BrandingProblem> {
    if !LOGO_TYPES.contains(&file.type_().as_str()) {
        return Some(BrandingProblem::LogoType);
    }
    logo_too_large(file.size() as u64)
}

/// The colour a field holds, if it passes its mode; otherwise the fallback.
fn usable(text: &str, scheme: Scheme, fallback: Rgb) -> Rgb {
    check_accent(text, scheme).unwrap_or(fallback)
}

/// "8.59:1 on the light page: meets WCAG AA." for the line under a colour field.
fn contrast_line(text: &str, scheme: Scheme) -> String {
    match Rgb::parse(text) {
        None => t_with("branding-hex-hint", &[("example", "#1f4ed8".into())]),
        Some(colour) => {
            let contrast = colour.worst_contrast(scheme);
            let id = match (scheme, contrast >= MIN_CONTRAST) {
                (Scheme::Light, true) => "branding-contrast-light-meets",
                (Scheme::Light, false) => "branding-contrast-light-below",
                (Scheme::Dark, true) => "branding-contrast-dark-meets",
                (Scheme::Dark, false) => "branding-contrast-dark-below",
            };
            t_with(
                id,
                &[
                    (
                        "ratio",
                        (&ratio(f64::from(ratio_hundredths(contrast)) / 100.0)).into(),
                    ),
                    ("min", (&ratio(MIN_CONTRAST)).into()),
                ],
            )
        }
    }
}

/// The value to send: none when the field holds Portico's own colour.
fn chosen(text: &str, default: Rgb) -> Option<String> {
    let text = text.trim();
    match Rgb::parse(text) {
        Some(colour) if colour == default => None,
        _ if text.is_empty() => None,
        _ => Some(text.to_string()),
    }
}

/// Asks the browser for `theme.css` again, so this page takes the new colours at once.
fn reload_theme() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(Some(link)) = document.query_selector("link[href^=\"/api/portal/theme.css\"]") else {
        return;
    };
    if let Ok(link) = link.dyn_into::<web_sys::HtmlLinkElement>() {
        link.set_href(&format!("/api/portal/theme.css?v={}", js_sys::Date::now()));
    }
}

#[component]
pub fn BrandingForm() -> impl IntoView {
    let portal = Portal::get();
    let loaded = RwSignal::new(None::<Branding>);
    let load_error = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let accent = RwSignal::new(DEFAULT_ACCENT.hex());
    let accent_dark = RwSignal::new(DEFAULT_ACCENT_DARK.hex());
    // Until staff type a dark colour of their own, it follows the light one.
    let dark_is_own = RwSignal::new(false);
    let logo = RwSignal::new(LogoChoice::Keep);
    let logo_input = NodeRef::<Input>::new();
    let errors = Errors::new();
    let notice = RwSignal::new(None::<String>);

    let show = move |branding: Branding| {
        name.set(branding.name.clone());
        accent.set(
            branding
                .accent
                .clone()
                .unwrap_or_else(|| DEFAULT_ACCENT.hex()),
        );
        dark_is_own.set(branding.accent_dark.is_some());
        accent_dark.set(branding.accent_dark.clone().unwrap_or_else(|| {
            match branding.accent.as_deref().and_then(Rgb::parse) {
                Some(light) => dark_partner(light).hex(),
                None => DEFAULT_ACCENT_DARK.hex(),
            }
        }));
        logo.set(LogoChoice::Keep);
        if let Some(input) = logo_input.get_untracked() {
            input.set_value("");
        }
        loaded.set(Some(branding));
    };
    leptos::task::spawn_local(async move {
        match api::staff::branding().await {
            Ok(branding) => show(branding),
            Err(err) => load_error.set(Some(err.message())),
        }
    });

    let set_accent = move |text: String| {
        if !dark_is_own.get_untracked() {
            if let Ok(light) = check_accent(&text, Scheme::Light) {
                accent_dark.set(dark_partner(light).hex());
            }
        }
        accent.set(text);
        notice.set(None);
    };
    let set_accent_dark = move |text: String| {
        dark_is_own.set(true);
        accent_dark.set(text);
        notice.set(None);
    };

    let chosen_file = move || {
        logo_input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
    };
    let on_logo = move |_| {
        errors.logo.set(None);
        // The alert spoke of the file that was there before.
        errors.form.set(None);
        notice.set(None);
        let Some(file) = chosen_file() else {
            return;
        };
        if let Some(problem) = logo_problem(&file) {
            errors.logo.set(Some(branding_problem(&problem)));
            return;
        }
        if let Ok(url) = web_sys::Url::create_object_url_with_blob(&file) {
            logo.set(LogoChoice::New { preview_url: url });
        }
    };
    // A chosen file's preview address is let go when another replaces it or the page closes.
    Effect::new(move |previous: Option<Option<String>>| {
        let current = match logo.get() {
            LogoChoice::New { preview_url } => Some(preview_url),
            _ => None,
        };
        if let Some(Some(old)) = previous {
            if Some(&old) != current.as_ref() {
                let _ = web_sys::Url::revoke_object_url(&old);
            }
        }
        current
    });

    let save = Action::new_local(move |update: &BrandingUpdate| {
        let update = update.clone();
        let choice = logo.get_untracked();
        let file = logo_input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        async move {
            let mut saved = api::staff::save_branding(&update).await?;
            match (choice, file) {
                (LogoChoice::New { .. }, Some(file)) => {
                    saved = api::staff::upload_logo(&file).await?
                }
                (LogoChoice::Remove, _) => saved = api::staff::remove_logo().await?,
                _ => {}
            }
            Ok::<Branding, api::Error>(saved)
        }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(saved)) => {
            show(saved);
            portal.refetch();
            reload_theme();
            notice.set(Some(t("branding-saved")));
        }
        Some(Err(err)) => {
            let problems = match &err {
                api::Error::Api(body) => body.fields.clone(),
                api::Error::Network => Vec::new(),
            };
            if problems.is_empty() {
                errors.form.set(Some(err.message()));
            } else {
                errors.show(&problems);
            }
        }
        None => {}
    });

    let on_submit = on_submit(save, move || {
        errors.clear();
        notice.set(None);
        let dark_sent = dark_is_own.get_untracked() || {
            // A dark colour that only follows the light one is left for the server to derive.
            loaded.with_untracked(|l| l.as_ref().is_some_and(|b| b.accent_dark.is_some()))
        };
        let update = BrandingUpdate {
            name: name.get_untracked(),
            accent: chosen(&accent.get_untracked(), DEFAULT_ACCENT),
            accent_dark: if dark_sent {
                chosen(&accent_dark.get_untracked(), DEFAULT_ACCENT_DARK)
            } else {
                None
            },
        };
        // A file refused when it was chosen is refused again here, not uploaded.
        let logo_refused = chosen_file().and_then(|file| logo_problem(&file));
        let problems: Vec<FieldError> = update
            .problems()
            .iter()
            .chain(&logo_refused)
            .map(|p| FieldError::new(p.field(), branding_problem(p)))
            .collect();
        if !problems.is_empty() {
            errors.show(&problems);
            return None;
        }
        Some(update)
    });

    let current_logo = move || match logo.get() {
        LogoChoice::Remove => None,
        LogoChoice::New { preview_url } => Some((preview_url, None)),
        LogoChoice::Keep => loaded
            .get()
            .and_then(|b| b.logo)
            .map(|l| (l.url, Some((l.width, l.height)))),
    };
    let has_logo = move || current_logo().is_some();

    view! {
        <section aria-labelledby="branding-heading">
            <h2 id="branding-heading">{t("branding-heading")}</h2>
            <p class="hint">{t("branding-intro")}</p>
            {move || load_error.get().map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            <form class="builder-grid" novalidate on:submit=on_submit aria-busy=move || save.pending().get().then_some("true")>
                <div class="stack">
                    <div class="field">
                        <label for="portal-name">{t("branding-name")}</label>
                        <p id="portal-name-hint" class="hint">{t_with("branding-name-hint", &[("max", NAME_MAX_CHARS.into())])}</p>
                        <input
                            id="portal-name"
                            type="text"
                            autocomplete="organization"
                            prop:value=move || name.get()
                            on:input=move |ev| { name.set(event_target_value(&ev)); notice.set(None); }
                            aria-describedby="portal-name-hint portal-name-error"
                            aria-invalid=move || errors.name.get().map(|_| "true")
                        />
                        <p id="portal-name-error" class="field-error">{move || errors.name.get()}</p>
                    </div>
                    <ColourField
                        id="accent"
                        label=t("branding-accent")
                        pick_label=t("branding-accent-pick")
                        scheme=Scheme::Light
                        value=accent
                        on_change=Callback::new(set_accent)
                        error=errors.accent
                    />
                    <ColourField
                        id="accent-dark"
                        label=t("branding-accent-dark")
                        pick_label=t("branding-accent-dark-pick")
                        scheme=Scheme::Dark
                        value=accent_dark
                        on_change=Callback::new(set_accent_dark)
                        error=errors.accent_dark
                    />
                    <div class="field">
                        <label for="logo">{t("branding-logo")}</label>
                        <p id="logo-hint" class="hint">{t("branding-logo-hint")}</p>
                        <input
                            id="logo"
                            type="file"
                            accept=LOGO_TYPES.join(",")
                            node_ref=logo_input
                            on:change=on_logo
                            aria-describedby="logo-hint logo-error"
                            aria-invalid=move || errors.logo.get().map(|_| "true")
                        />
                        <p id="logo-error" class="field-error">{move || errors.logo.get()}</p>
                        {move || has_logo().then(|| view! {
                            <button type="button" class="secondary" on:click=move |_| {
                                if let Some(input) = logo_input.get_untracked() {
                                    input.set_value("");
                                }
                                logo.set(LogoChoice::Remove);
                                notice.set(None);
                            }>{t("branding-remove-logo")}</button>
                        })}
                    </div>
                </div>
                <div class="preview-pane">
                    <h3 id="branding-preview-heading">{t("branding-preview-heading")}</h3>
                    <div class="brand-previews" role="group" aria-labelledby="branding-preview-heading">
                        <BrandPreview
                            scheme=Scheme::Light
                            name=name
                            colour=Signal::derive(move || usable(&accent.get(), Scheme::Light, DEFAULT_ACCENT))
                            logo=Signal::derive(current_logo)
                        />
                        <BrandPreview
                            scheme=Scheme::Dark
                            name=name
                            colour=Signal::derive(move || usable(&accent_dark.get(), Scheme::Dark, DEFAULT_ACCENT_DARK))
                            logo=Signal::derive(current_logo)
                        />
                    </div>
                </div>
                <div class="actions">
                    <FormError message=errors.form />
                    <SubmitButton label=t("branding-save") busy_label=t("portal-saving") pending=save.pending() />
                    <p role="status" class="notice-inline">{move || notice.get()}</p>
                </div>
            </form>
        </section>
    }
}

/// A hex field with a colour picker beside it (both set the same value) and a line that
/// says the contrast as it is typed.
#[component]
fn ColourField(
    id: &'static str,
    label: String,
    /// The colour picker's name ("Pick the accent colour").
    pick_label: String,
    scheme: Scheme,
    value: RwSignal<String>,
    on_change: Callback<String>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-contrast");
    let error_id = format!("{id}-error");
    let picker_value = move || {
        Rgb::parse(&value.get())
            .map(Rgb::hex)
            .unwrap_or_else(|| "#000000".into())
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <div class="colour-row">
                <input
                    id=id
                    type="text"
                    // A hex code reads left to right, in Arabic too.
                    dir="ltr"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || value.get()
                    on:input=move |ev| on_change.run(event_target_value(&ev))
                    aria-describedby=format!("{hint_id} {error_id}")
                    aria-invalid=move || error.get().map(|_| "true")
                />
                <input
                    type="color"
                    aria-label=pick_label
                    prop:value=picker_value
                    on:input=move |ev| on_change.run(event_target_value(&ev))
                />
            </div>
            <p id=hint_id class="hint">{move || contrast_line(&value.get(), scheme)}</p>
            <p id=error_id class="field-error">{move || error.get()}</p>
        </div>
    }
}

/// A small sign-in card in one mode's colours, whatever mode this page is in.
#[component]
fn BrandPreview(
    scheme: Scheme,
    name: RwSignal<String>,
    #[prop(into)] colour: Signal<Rgb>,
    #[prop(into)] logo: Signal<Option<ShownLogo>>,
) -> impl IntoView {
    let (mode, caption, [bg, surface], text, muted, label) = match scheme {
        Scheme::Light => (
            "light",
            t("branding-light-mode"),
            LIGHT_BACKGROUNDS,
            "#1b1f24",
            "#4d5560",
            LIGHT_LABEL,
        ),
        Scheme::Dark => (
            "dark",
            t("branding-dark-mode"),
            DARK_BACKGROUNDS,
            "#e8eaed",
            "#b0b7c1",
            DARK_LABEL,
        ),
    };
    view! {
        <figure
            class="brand-preview"
            data-testid=format!("brand-preview-{mode}")
            style:--p-bg=bg.hex()
            style:--p-surface=surface.hex()
            style:--p-text=text
            style:--p-muted=muted
            style:--p-accent=move || colour.get().hex()
            style:--p-accent-text=label.hex()
        >
            <figcaption>{caption}</figcaption>
            <div class="sample-card">
                <p class="brand">
                    {move || logo.get().map(|(url, size)| {
                        let (width, height) = size.unzip();
                        view! { <img class="brand-logo" src=url width=width height=height alt="" /> }
                    })}
                    <span class="brand-name">{move || name.get()}</span>
                </p>
                <span class="sample-button">{t("sign-in-submit")}</span>
                <span class="sample-link">{t("forgot-title")}</span>
            </div>
        </figure>
    }
}

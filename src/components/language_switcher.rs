use leptos::prelude::*;
use portico_api::lang::Lang;

use crate::i18n::{self, t};
use crate::session::Portal;

/// The languages the portal offers, each named in itself; choosing one remembers it and
/// shows the page again in it. Absent when the portal offers one language.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let portal = Portal::get();
    let offered = move || {
        portal
            .info()
            .and_then(Result::ok)
            .map(|p| p.languages)
            .unwrap_or_default()
    };
    let current = i18n::lang();
    move || {
        let languages = offered();
        (languages.len() > 1).then(|| {
            view! {
                <div class="language-switcher">
                    <label for="language">{t("language-label")}</label>
                    <select
                        id="language"
                        on:change=move |ev| {
                            if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                                i18n::choose(lang);
                            }
                        }
                    >
                        {languages.into_iter().map(|lang| view! {
                            <option value=lang.tag() lang=lang.tag() selected=lang == current>
                                {lang.native_name()}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    }
}

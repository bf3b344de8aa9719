//! Small browser helpers the pages share.

thread_local! {
    /// The page's own title and the portal's name, which arrive separately.
    static TITLE: std::cell::RefCell<(String, String)> = const {
        std::cell::RefCell::new((String::new(), String::new()))
    };
}

/// Sets the tab title, "Sign in · Acme Portal": each page names itself so screen-reader
/// users know where they are, and the portal's name follows once it is known.
pub fn set_title(page: &str) {
    TITLE.with(|title| title.borrow_mut().0 = page.to_string());
    show_title();
}

/// The portal's name, for every title from now on.
pub fn set_portal_name(name: &str) {
    TITLE.with(|title| title.borrow_mut().1 = name.to_string());
    show_title();
}

fn show_title() {
    let text = TITLE.with(|title| match &*title.borrow() {
        (page, site) if site.is_empty() => page.clone(),
        (page, site) if page.is_empty() => site.clone(),
        (page, site) => format!("{page} · {site}"),
    });
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&text);
    }
}

/// The current path, without query or fragment.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The current path with its query, for `?next=` after sign-in.
pub fn current_path_and_query() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?)))
        .unwrap_or_else(|| "/".to_string())
}

/// Reads `token=...` from the URL fragment, then removes the fragment from the address bar
/// and history so the secret is not left lying around.
pub fn take_fragment_token() -> Option<String> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let token = hash
        .strip_prefix("#token=")
        .filter(|t| !t.is_empty())?
        .to_string();
    let path = window.location().pathname().ok()?;
    let _ = window.history().ok()?.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&path),
    );
    Some(token)
}

/// Leaves this document for `url` (same origin), replacing it in the history: used where
/// the destination belongs to the other bundle.
pub fn go(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}

/// `value` made safe to put in a URL's path or query (`encodeURIComponent`).
pub fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

/// One parameter of the current query string.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// A Unix time as the page's language writes a date and time.
pub fn format_time(unix_secs: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_secs as f64 * 1000.0));
    // The page's language, so a date reads like the words around it.
    let locale = match crate::i18n::lang() {
        portico_api::lang::Lang::Pseudo => "en",
        lang => lang.tag(),
    };
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_string(locale, &options).into()
}

/// Puts `text` on the clipboard; false when the browser refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Keeps (or with `None`, forgets) a value for this tab only.
pub fn session_store(key: &str, value: Option<&str>) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

pub fn session_load(key: &str) -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Unicode lowercase by the browser, which already has the tables Rust would otherwise ship.
pub fn lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// Unicode uppercase by the browser (see [`lowercase`]).
pub fn uppercase(text: &str) -> String {
    js_sys::JsString::from(text).to_upper_case().into()
}

/// Up to two letters for the account avatar, as typed: first and last word of the name,
/// else the email's first letter. Callers uppercase them with [`uppercase`].
pub fn initials(name: &str, email: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let letters: String = match words.as_slice() {
        [] => email.chars().take(1).collect(),
        [only] => only.chars().take(1).collect(),
        [first, .., last] => first.chars().take(1).chain(last.chars().take(1)).collect(),
    };
    letters
}

/// Moves focus to the element with this id once the next frame has rendered it: after a
/// view replaces the control that had focus, keyboard and screen-reader users continue
/// from the new state's heading instead of the top of the page.
pub fn focus_soon(id: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
    let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&callback));
}

/// Now, in Unix seconds, by the browser's clock.
pub fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_take_first_and_last_words() {
        assert_eq!(initials("Ada Lovelace", "a@x"), "AL");
        assert_eq!(initials("Ada King Lovelace", "a@x"), "AL");
        assert_eq!(initials("ada", "a@x"), "a");
        assert_eq!(initials("  ", "zoe@x"), "z");
        assert_eq!(initials("émile Zola", "e@x"), "éZ");
    }
}

//! The words a page shows, in the reader's language.
//!
//! Before a bundle mounts, [`start`] asks the server for the portal in the languages the
//! reader wants (their own choice on this device, then the browser's) and fetches the
//! catalogs of the language it answers with: only that language, and only the areas the
//! bundle shows, so a page never carries another language's words. Changing language
//! saves the choice and loads the page again, so every view reads its words once, with
//! [`t`], and none has to follow a language signal.

use std::cell::RefCell;

use portico_api::lang::Lang;
use portico_api::PortalInfo;
use portico_i18n::{Area, Catalog, Messages};

pub use portico_i18n::Arg;

use crate::api;

thread_local! {
    static WORDS: RefCell<Option<Catalog>> = const { RefCell::new(None) };
    /// The portal as fetched by [`start`], handed to `session::provide_portal` so the
    /// page does not ask twice.
    static PORTAL: RefCell<Option<Result<PortalInfo, api::Error>>> = const { RefCell::new(None) };
}

/// Where the reader's own choice is kept on this device.
const CHOICE_KEY: &str = "portico.language";

/// A message without variables.
pub fn t(id: &str) -> String {
    t_with(id, &[])
}

/// A message with its variables.
pub fn t_with(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    WORDS.with_borrow(|words| match words {
        Some(words) => words.text_with(id, args),
        None => id.to_string(),
    })
}

/// A message with one value set apart, as the text before it and after it, so the view
/// can put the value in an element of its own (`<strong>`) wherever the language places it.
pub fn t_around(id: &str, variable: &str) -> (String, String) {
    let mut before = String::new();
    let mut after = String::new();
    let mut seen = false;
    for part in t_split(id, &[variable]) {
        match part {
            Part::Text(text) if seen => after.push_str(&text),
            Part::Text(text) => before.push_str(&text),
            Part::Value(_) => seen = true,
        }
    }
    (before, after)
}

/// A piece of a message split around its values (see [`t_split`]).
pub enum Part {
    Text(String),
    /// Where the value of `variables[n]` goes.
    Value(usize),
}

/// A message with each of `variables` set apart, in the order the language places them,
/// so a view can put each value in an element of its own.
pub fn t_split(id: &str, variables: &[&str]) -> Vec<Part> {
    // Private-use characters stand in for the values, one each, to split the text at.
    const FIRST_SLOT: u32 = 0xE000;
    let slots: Vec<String> = (0..variables.len() as u32)
        .filter_map(|i| char::from_u32(FIRST_SLOT + i))
        .map(String::from)
        .collect();
    let args: Vec<(&str, Arg<'_>)> = variables
        .iter()
        .zip(&slots)
        .map(|(name, slot)| (*name, Arg::Text(slot)))
        .collect();
    let mut parts = Vec::new();
    let mut plain = String::new();
    for c in t_with(id, &args).chars() {
        match (c as u32).checked_sub(FIRST_SLOT) {
            Some(i) if (i as usize) < variables.len() => {
                parts.push(Part::Text(std::mem::take(&mut plain)));
                parts.push(Part::Value(i as usize));
            }
            _ => plain.push(c),
        }
    }
    parts.push(Part::Text(plain));
    parts
}

/// A verdict `portico_i18n` words from the loaded catalog, as the server words it too.
fn verdict(say: impl FnOnce(&Catalog) -> String) -> String {
    WORDS.with_borrow(|words| words.as_ref().map(say).unwrap_or_default())
}

/// A password-policy verdict.
pub fn policy(violation: &portico_api::password::PolicyViolation) -> String {
    verdict(|words| portico_i18n::policy_message(words, violation))
}

/// Why the portal's settings cannot be saved.
pub fn settings_problem(problem: &portico_api::settings::SettingsProblem) -> String {
    verdict(|words| portico_i18n::settings_message(words, problem))
}

/// Why the portal's branding cannot be saved.
pub fn branding_problem(problem: &portico_api::branding::BrandingProblem) -> String {
    verdict(|words| portico_i18n::branding_message(words, problem))
}

/// A number with decimals as the page's language writes it.
pub fn decimal(value: f64) -> String {
    portico_i18n::decimal(lang(), value)
}

/// A contrast ratio ("4,5:1") as the page's language writes it.
pub fn ratio(value: f64) -> String {
    portico_i18n::ratio(lang(), value)
}

/// The language the page shows.
pub fn lang() -> Lang {
    shown().unwrap_or(Lang::DEFAULT)
}

/// The language the page shows, once its words are loaded.
pub fn shown() -> Option<Lang> {
    WORDS.with_borrow(|words| words.as_ref().map(Catalog::lang))
}

/// The portal [`start`] fetched, once.
pub fn take_portal() -> Option<Result<PortalInfo, api::Error>> {
    PORTAL.with_borrow_mut(Option::take)
}

/// Where this tab keeps a choice the reader made with a switcher, for the sign-in to save
/// on the account: unlike [`CHOICE_KEY`], never set by following a signed-in account, so
/// the next person to sign in on a shared device does not inherit it.
const PICKED_KEY: &str = "portico.language-picked";

/// Remembers `lang`, picked by the reader, as their choice on this device and shows the
/// page in it.
pub fn choose(lang: Lang) {
    crate::dom::session_store(PICKED_KEY, Some(lang.tag()));
    remember(lang);
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Remembers `lang` as the reader's choice on this device, for the next page.
pub fn remember(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(CHOICE_KEY, lang.tag());
    }
}

/// Follows the language saved on the signed-in account: this device remembers it, and a
/// page shown in another language is shown again in it (rare: the account chose it on
/// another device since this one last signed in).
pub fn follow(session: &portico_api::SessionInfo) {
    let Some(saved) = session.language else {
        return;
    };
    if chosen() != Some(saved) {
        remember(saved);
    }
    if shown().is_some_and(|shown| shown != saved) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }
}

/// Forgets the tab's pick once an account has kept it, so a later sign-in in this tab (by
/// someone else) does not save it on theirs.
pub fn forget_picked() {
    crate::dom::session_store(PICKED_KEY, None);
}

/// The language the reader picked with a switcher in this tab, if they did.
pub fn picked() -> Option<Lang> {
    crate::dom::session_load(PICKED_KEY)
        .as_deref()
        .and_then(Lang::from_tag)
}

/// The choice made on this device, if any.
pub fn chosen() -> Option<Lang> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(CHOICE_KEY)
        .ok()?
        .as_deref()
        .and_then(Lang::from_tag)
}

/// Loads the words of `areas` in the reader's language, then mounts `app`.
pub fn start<F, N>(areas: &'static [Area], app: F)
where
    F: FnOnce() -> N + 'static,
    N: leptos::IntoView + 'static,
{
    // Leptos's executor starts with the mount: until then, the browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        // As the page preloaded it: in the browser's languages, by `Accept-Language`.
        let mut portal = api::portal_in(&[]).await;
        // Asked again, rarely, when the reader chose another offered language here.
        if let (Some(choice), Ok(info)) = (chosen(), &portal) {
            if choice != info.language && info.languages.contains(&choice) {
                portal = api::portal_in(&[choice.tag().to_string()]).await;
            }
        }
        let lang = portal.as_ref().map_or(Lang::DEFAULT, |p| p.language);
        PORTAL.with_borrow_mut(|slot| *slot = Some(portal));
        let words = match load(lang, areas).await {
            Some(words) => Some(words),
            // A catalog that cannot be fetched leaves the page in English, not in ids.
            None if lang != Lang::En => load(Lang::En, areas).await,
            None => None,
        };
        let shown = words.as_ref().map_or(Lang::DEFAULT, Catalog::lang);
        WORDS.with_borrow_mut(|slot| *slot = words);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", shown.tag());
            let _ = root.set_attribute("dir", shown.dir().as_str());
        }
        leptos::mount::mount_to_body(app);
    });
}

async fn load(lang: Lang, areas: &[Area]) -> Option<Catalog> {
    let mut files = Vec::with_capacity(areas.len());
    for area in areas {
        let url = format!("/i18n/{}/{}.json", lang.tag(), area.name());
        let response = crate::fetch::Request::get(&url).send().await.ok()?;
        if !response.ok() {
            return None;
        }
        files.push(Messages::from_json(&response.text().await.ok()?)?);
    }
    Some(Catalog::from_messages(lang, files))
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use portico_api::lang::Lang;
    use portico_i18n::Catalog;

    fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }

    /// Every message id the app's code names: the first argument of `t`, `t_with` and
    /// `t_around` when it is a string literal.
    fn ids_in(code: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for call in ["t(\"", "t_with(\"", "t_around(\""] {
            let mut rest = code;
            while let Some(at) = rest.find(call) {
                let before = rest[..at].chars().next_back();
                rest = &rest[at + call.len()..];
                // `get_t("…")` or `set_t("…")` would be other functions.
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if let Some(end) = rest.find('"') {
                    ids.push(rest[..end].to_string());
                }
            }
        }
        ids
    }

    #[test]
    fn every_id_the_app_names_is_in_the_english_catalogs() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let catalog = |file: &str| {
            std::fs::read_to_string(root.join("crates/i18n/locales/en").join(file)).unwrap()
        };
        let english = Catalog::from_messages(
            Lang::En,
            ["client.ftl", "account.ftl", "console.ftl"]
                .map(|file| portico_i18n::compile(&catalog(file)).unwrap()),
        );
        let mut files = Vec::new();
        sources(&root.join("src"), &mut files);
        let mut named = 0;
        for file in files {
            let code = std::fs::read_to_string(&file).unwrap();
            // Tests name made-up ids.
            let code = code.split("#[cfg(test)]").next().unwrap_or_default();
            for id in ids_in(code) {
                named += 1;
                assert!(english.has(&id), "{}: no message {id:?}", file.display());
            }
        }
        assert!(named > 20, "the scan found only {named} ids");
    }

    #[test]
    fn ids_are_found_only_in_calls_of_the_message_functions() {
        assert_eq!(
            ids_in(r#"t("a") t_with("b", &[]) t_around("c", "x") set_t("no") "t(\"""#),
            ["a", "b", "c"]
        );
    }
}

//! The server's side of localisation: which language an email goes out in, the mail
//! catalogs, dates and durations as each language writes them, and the catalogs the app
//! fetches.

use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use portico_api::settings::PortalSettings;
use portico_i18n::{messages, Area, Catalog, Lang};

use crate::clock::{civil, Timestamp};
use crate::http::static_files::{content_digest, matches_etag};

/// The languages a reader may get: the ones staff enabled, and the pseudo-locale when the
/// server was started with `--pseudo-locale`.
pub fn offered(settings: &PortalSettings, pseudo_locale: bool) -> Vec<Lang> {
    let mut offered = settings.languages.clone();
    if pseudo_locale {
        offered.push(Lang::Pseudo);
    }
    offered
}

/// The language of an email: the account holder's choice while it is offered, else what
/// the browser that asked for the email wants, else the portal's default.
pub fn mail_language(
    chosen: Option<Lang>,
    browser: Option<Lang>,
    offered: &[Lang],
    default: Lang,
) -> Lang {
    chosen
        .into_iter()
        .chain(browser)
        .find(|lang| offered.contains(lang))
        .unwrap_or(default)
}

/// The server's words in `lang`: the emails, the API's messages and the app's. Strict
/// under test, so a misspelled message or variable fails the test that uses it.
pub fn words(lang: Lang) -> &'static Catalog {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    let catalogs = CATALOGS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                // The app's words too: the password policy's sentences (client) and the
                // portal builder's (console) are written once, for the app's live checks
                // and the server's answers.
                let files = [
                    Area::Client,
                    Area::Account,
                    Area::Console,
                    Area::Mail,
                    Area::Errors,
                ]
                .map(|area| messages(lang, area).clone());
                let catalog = Catalog::from_messages(lang, files);
                if cfg!(test) {
                    catalog.strict()
                } else {
                    catalog
                }
            })
            .collect()
    });
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &catalogs[index]
}

/// A moment in UTC as `words`' language writes it: "23 November 2026, 07:05 UTC".
pub fn date_time(words: &Catalog, ts: Timestamp) -> String {
    let (year, month, day, hour, minute) = civil(ts);
    let month = words.text(&format!("month-{month}"));
    let (hour, minute) = (format!("{hour:02}"), format!("{minute:02}"));
    words.text_with(
        "date-time",
        &[
            ("day", day.into()),
            ("month", (&month).into()),
            ("year", year.into()),
            ("hour", (&hour).into()),
            ("minute", (&minute).into()),
        ],
    )
}

/// A lifetime as people say it ("24 hours", "90 minutes"). From two hours up it is
/// rounded to the hour, so a link re-sent a minute after it was made still "expires in
/// 24 hours" rather than in 1,439 minutes (emails give the exact time beside it); below,
/// minutes are rounded up.
pub fn duration(words: &Catalog, secs: i64) -> String {
    let (id, count) = if secs >= 2 * 3600 {
        ("duration-hours", (secs + 1800) / 3600)
    } else if secs >= 3600 && secs % 3600 == 0 {
        ("duration-hours", secs / 3600)
    } else if secs >= 60 {
        ("duration-minutes", (secs + 59) / 60)
    } else {
        ("duration-seconds", secs.max(0))
    };
    words.text_with(id, &[("count", count.into())])
}

/// `GET /i18n/{tag}/{area}.json`: a catalog the app shows, compiled from its Fluent file.
/// Only the app's areas are served; the mail and message catalogs stay on the server.
pub async fn catalog(Path((tag, file)): Path<(String, String)>, headers: HeaderMap) -> Response {
    let area = file.strip_suffix(".json").and_then(Area::from_name);
    // The pseudo-locale's too, English transformed: offered or not, it is no secret.
    let lang = Lang::ALL.into_iter().find(|lang| lang.tag() == tag);
    let (Some(lang), Some(area)) = (lang, area.filter(|area| Area::APP.contains(area))) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let served = served(lang, area);
    let (body, etag, encoding) = if crate::http::static_files::accepted(&headers).brotli {
        (&served.brotli, &served.brotli_etag, Some("br"))
    } else {
        (&served.json, &served.etag, None)
    };
    let vary = (header::VARY, HeaderValue::from_static("accept-encoding"));
    if matches_etag(&headers, etag) {
        return (
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag.clone()), vary],
        )
            .into_response();
    }
    let mut response = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (header::ETAG, etag.clone()),
            vary,
        ],
        body.clone(),
    )
        .into_response();
    if let Some(encoding) = encoding {
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    response
}

/// Makes every catalog the app may fetch ready to serve.
pub fn prepare_catalogs() {
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::Pseudo) {
        for area in Area::APP {
            served(lang, area);
        }
    }
}

/// A catalog as served: its JSON and the same brotli-compressed, each with its ETag.
struct Served {
    json: Bytes,
    etag: HeaderValue,
    brotli: Bytes,
    brotli_etag: HeaderValue,
}

/// A served catalog, made on its first request: they change only with the binary. Each
/// is made alone, so the first reader of one language does not wait for all the others'
/// compression.
fn served(lang: Lang, area: Area) -> &'static Served {
    static SERVED: [OnceLock<Served>; portico_i18n::CATALOGS] =
        [const { OnceLock::new() }; portico_i18n::CATALOGS];
    SERVED[portico_i18n::catalog_index(lang, area)].get_or_init(|| {
        let json = messages(lang, area).to_json().into_bytes();
        let mut brotli = Vec::with_capacity(json.len() / 3);
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut &json[..], &mut brotli, &params)
            .expect("compressing to memory cannot fail");
        let etag = |bytes: &[u8], suffix: &str| {
            HeaderValue::from_str(&format!("\"{}{suffix}\"", content_digest(bytes)))
                .expect("hex is a header value")
        };
        Served {
            etag: etag(&json, ""),
            brotli_etag: etag(&json, "-br"),
            json: json.into(),
            brotli: brotli.into(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offered_choice_wins_then_the_browser_then_the_default() {
        let offered = [Lang::En, Lang::De, Lang::Ar];
        assert_eq!(
            mail_language(Some(Lang::Ar), Some(Lang::De), &offered, Lang::En),
            Lang::Ar
        );
        // A choice staff no longer offer falls through to the browser.
        assert_eq!(
            mail_language(Some(Lang::Fr), Some(Lang::De), &offered, Lang::En),
            Lang::De
        );
        assert_eq!(mail_language(None, None, &offered, Lang::De), Lang::De);
    }

    #[test]
    fn dates_and_durations_read_as_each_language_writes_them() {
        let at = 1_795_417_500; // 2026-11-23 07:05 UTC
        assert_eq!(
            date_time(words(Lang::En), at),
            "23 November 2026, 07:05 UTC"
        );
        assert_eq!(
            date_time(words(Lang::De), at),
            "23. November 2026, 07:05 Uhr UTC"
        );
        assert_eq!(
            date_time(words(Lang::Es), at),
            "23 de noviembre de 2026, 07:05 UTC"
        );
        assert!(date_time(words(Lang::Ar), at).contains("نوفمبر"));
        assert_eq!(duration(words(Lang::En), 86_400), "24 hours");
        assert_eq!(duration(words(Lang::En), 3600), "1 hour");
        assert_eq!(duration(words(Lang::En), 5400), "90 minutes");
        assert_eq!(duration(words(Lang::En), 30), "30 seconds");
        // A link re-sent within its reuse window has a little less than its lifetime left.
        assert_eq!(duration(words(Lang::En), 86_400 - 60), "24 hours");
        assert_eq!(duration(words(Lang::En), 86_400 - 1), "24 hours");
        assert_eq!(duration(words(Lang::En), 2 * 3600 + 29 * 60), "2 hours");
        assert_eq!(duration(words(Lang::De), 5400), "90 Minuten");
        assert_eq!(duration(words(Lang::Fr), 1), "1 seconde");
        assert!(duration(words(Lang::Ar), 7200).contains("ساعتين"));
        for month in 1..=12 {
            for lang in Lang::ALL {
                assert!(words(lang).has(&format!("month-{month}")));
            }
        }
    }
}

/// Who is asking, for the words of an answer: their `Accept-Language` and the portal's
/// languages. Read only when an answer has words to choose, so a request that succeeds
/// without any pays nothing for the negotiation.
#[derive(Clone)]
struct Caller {
    accept_language: Option<HeaderValue>,
    settings: std::sync::Arc<crate::settings::SettingsCache>,
}

tokio::task_local! {
    static CALLER: Caller;
}

/// Middleware around the API: the request's handler, its extractors' refusals and its
/// error answers run inside the caller's scope, so any of them can word a message with
/// [`caller_words`] without passing the language down.
pub async fn caller_scope(
    axum::extract::State(settings): axum::extract::State<
        std::sync::Arc<crate::settings::SettingsCache>,
    >,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let caller = Caller {
        accept_language: request.headers().get(header::ACCEPT_LANGUAGE).cloned(),
        settings,
    };
    CALLER.scope(caller, next.run(request)).await
}

/// `future` in the caller's scope of the request being answered, for a task of its own
/// (`tokio::spawn` starts without the task-locals of the task that spawned it).
pub fn keep_caller<F: std::future::Future>(
    future: F,
) -> impl std::future::Future<Output = F::Output> {
    let caller = CALLER.try_with(Caller::clone).ok();
    async move {
        match caller {
            Some(caller) => CALLER.scope(caller, future).await,
            None => future.await,
        }
    }
}

/// The language of the request being answered: the first of the caller's languages the
/// portal offers, else the portal's default; English outside any request.
pub fn caller_language() -> Lang {
    CALLER
        .try_with(|caller| {
            let header = caller
                .accept_language
                .as_ref()
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default();
            caller
                .settings
                .language_for(portico_i18n::accept_language(header))
        })
        .unwrap_or(Lang::DEFAULT)
}

/// The words of the request being answered, in [`caller_language`].
pub fn caller_words() -> &'static Catalog {
    words(caller_language())
}

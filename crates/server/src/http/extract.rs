//! Extractors that turn request details into the types handlers want.

use std::net::IpAddr;

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::header::{ACCEPT_LANGUAGE, USER_AGENT};
use axum::http::request::Parts;
use portico_i18n::{accept_language, Lang};
use serde::de::DeserializeOwned;

use super::proxy::ClientAddr;
use super::ApiError;
use crate::store::events::Actor;

/// `Json<T>` whose rejections are `ApiError`s, so a malformed body gets the same error
/// shape as every other failure.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        // The body is already in memory (`http::limits` read it whole, within its limit).
        let (parts, body) = req.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX)
            .await
            .map_err(|err| invalid("The request body", err.to_string()))?;
        let req = Request::from_parts(parts, axum::body::Body::from(bytes.clone()));
        let value = match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => value,
            Err(JsonRejection::MissingJsonContentType(_)) => {
                return Err(ApiError::Validation {
                    message: crate::i18n::caller_words().text("error-json-required"),
                    fields: Vec::new(),
                })
            }
            Err(rejection) => return Err(invalid("The request body", rejection.body_text())),
        };
        if let Some((field, c)) = control_character_in_json(&bytes) {
            return Err(ApiError::field(&field, crate::validate::control_message(c)));
        }
        Ok(ApiJson(value))
    }
}

/// The first string in a JSON document holding a control character other than tab and
/// line breaks (which multi-line text such as the login text needs), with the top-level
/// field it is in. NUL and its kin are never meant: they break search, logs and emails.
fn control_character_in_json(bytes: &[u8]) -> Option<(String, char)> {
    fn find(value: &serde_json::Value) -> Option<char> {
        match value {
            serde_json::Value::String(text) => crate::validate::control_character(text),
            serde_json::Value::Array(items) => items.iter().find_map(find),
            serde_json::Value::Object(map) => map.iter().find_map(|(key, value)| {
                crate::validate::control_character(key).or_else(|| find(value))
            }),
            _ => None,
        }
    }
    let document: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    match &document {
        serde_json::Value::Object(map) => map.iter().find_map(|(key, value)| {
            let c = crate::validate::control_character(key).or_else(|| find(value))?;
            Some((key.clone(), c))
        }),
        other => find(other).map(|c| ("body".to_string(), c)),
    }
}

/// `Path<T>` whose rejections are `ApiError`s: `/clients/abc` gets the API's error shape,
/// not axum's plain-text answer.
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => Err(invalid("The address", rejection.body_text())),
        }
    }
}

/// `Query<T>` whose rejections are `ApiError`s, like [`ApiPath`].
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        // A query is one line: no control character at all, tab and line breaks included.
        let query = parts.uri.query().unwrap_or_default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            if let Some(c) = key.chars().chain(value.chars()).find(|c| c.is_control()) {
                return Err(ApiError::field(&key, crate::validate::control_message(c)));
            }
        }
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(invalid("The query string", rejection.body_text())),
        }
    }
}

fn invalid(what: &str, detail: String) -> ApiError {
    ApiError::Validation {
        message: format!("{what} is not valid: {detail}"),
        fields: Vec::new(),
    }
}

/// Where a request came from, for the activity log and throttling.
#[derive(Debug, Clone)]
pub struct Client {
    pub ip: IpAddr,
    pub user_agent: String,
    /// The languages Portico speaks that the browser asks for (`Accept-Language`), most
    /// wanted first: what its emails are written in until the account holder chooses.
    pub languages: Vec<Lang>,
}

impl Client {
    /// Who did something, from this browser, for the activity log: `account_id` is the
    /// account the event is about. The builders on [`Actor`] add the rest.
    pub fn actor(&self, account_id: Option<i64>) -> Actor {
        Actor {
            account_id,
            ip: Some(self.ip.to_string()),
            user_agent: Some(self.user_agent.clone()),
            ..Actor::default()
        }
    }

    /// The first of the browser's languages that the portal offers.
    pub fn language(&self, offered: &[Lang]) -> Option<Lang> {
        self.languages
            .iter()
            .copied()
            .find(|lang| offered.contains(lang))
    }

    /// The address limits count against; see [`address_key`].
    pub fn key(&self) -> IpAddr {
        address_key(self.ip)
    }
}

/// The address limits count against: an IPv4 address (also when written IPv4-mapped), or
/// an IPv6 /64, since one subscriber is usually given a whole /64 and could otherwise
/// change address for every request.
pub fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// Long enough for any real browser; bounds what a caller can make us store.
const MAX_USER_AGENT: usize = 512;

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        // The socket peer, or what a trusted proxy says (`http::proxy`): never a header
        // from anyone else, which would let an attacker pick the address the throttle counts.
        let ip = parts
            .extensions
            .get::<ClientAddr>()
            .map(|ClientAddr(ip)| *ip)
            .ok_or_else(|| anyhow::anyhow!("no client address; serve through http::connections"))?;
        let user_agent = parts
            .headers
            .get(USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(MAX_USER_AGENT)
            .collect();
        let mut languages: Vec<Lang> = parts
            .headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(|header| {
                accept_language(header)
                    .into_iter()
                    .filter_map(Lang::from_tag)
                    .collect()
            })
            .unwrap_or_default();
        languages.dedup();
        Ok(Client {
            ip,
            user_agent,
            languages,
        })
    }
}

/// The `Human-Check` header: a solved challenge, when the last answer asked for one.
/// Only read by the actions that may ask; anything that is not text counts as no answer
/// (the check then says what it needs).
pub struct HumanCheckAnswer(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for HumanCheckAnswer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let answer = parts
            .headers
            .get(portico_api::human_check::HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        Ok(HumanCheckAnswer(answer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_with_their_field() {
        let found = |json: &str| control_character_in_json(json.as_bytes());
        assert_eq!(
            found(r#"{"name":"a\u0000b","email":"x"}"#),
            Some(("name".into(), '\0'))
        );
        assert_eq!(
            found(r#"{"events":["ok","bad\u001b"]}"#),
            Some(("events".into(), '\u{1b}'))
        );
        assert_eq!(
            found(r##"{"login_text_md":"# Hi\n\n\tindented\r\n"}"##),
            None
        );
        assert_eq!(found(r#"{"a":"\u0085"}"#), Some(("a".into(), '\u{85}')));
        assert_eq!(found(r#""\u007f""#), Some(("body".into(), '\u{7f}')));
    }

    #[test]
    fn ipv6_addresses_count_by_their_64() {
        let key = |s: &str| address_key(s.parse().unwrap()).to_string();
        assert_eq!(key("192.0.2.7"), "192.0.2.7");
        assert_eq!(key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(key("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2::");
        assert_eq!(key("2001:db8:1:2::9"), "2001:db8:1:2::");
    }
}

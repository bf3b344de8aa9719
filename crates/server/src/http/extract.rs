//! Extractors that turn request details into the types handlers want.

use std::net::{IpAddr, SocketAddr};

use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::header::USER_AGENT;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::ApiError;

/// `Json<T>` whose rejections are `ApiError`s, so a malformed body gets the same error
/// shape as every other failure.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::Validation {
                message: "Send the body as JSON with Content-Type: application/json.".into(),
                fields: Vec::new(),
            }),
            Err(rejection) => Err(invalid("The request body", rejection.body_text())),
        }
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
}

impl Client {
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
        // The socket peer: headers such as X-Forwarded-For are caller-controlled and would
        // let an attacker pick the address the throttle counts.
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip())
            .ok_or_else(|| anyhow::anyhow!("no peer address; serve with connect info"))?;
        let user_agent = parts
            .headers
            .get(USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(MAX_USER_AGENT)
            .collect();
        Ok(Client { ip, user_agent })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_addresses_count_by_their_64() {
        let key = |s: &str| address_key(s.parse().unwrap()).to_string();
        assert_eq!(key("192.0.2.7"), "192.0.2.7");
        assert_eq!(key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(key("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2::");
        assert_eq!(key("2001:db8:1:2::9"), "2001:db8:1:2::");
    }
}

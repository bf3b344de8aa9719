//! The OpenAPI 3.1 document of `/api`, generated from the code: every handler carries a
//! `#[utoipa::path]` and `routes::router` registers handlers only through `routes!`, which
//! reads those attributes, so a route cannot exist without its entry. Built once at
//! start-up and served as ready-made bytes (`GET /api/openapi.json`).
//!
//! The answers many operations share are the `IntoResponses` types below, so each status
//! is described once; handlers list the ones they can really give.

use bytes::Bytes;
use portico_api::webhooks::{EventAccount, EventData, WebhookEvent};
use portico_api::{ErrorBody, ErrorCode, FieldError};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};
use utoipa::{IntoResponses, OpenApi};

use crate::auth::session;
use crate::state::SessionConfig;

/// The security scheme names the handlers' `security(...)` lists use.
pub const SESSION: &str = "session_cookie";
pub const TICKET: &str = "first_password_ticket";
pub const API_KEY: &str = "api_key";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Portico",
        version = env!("CARGO_PKG_VERSION"),
        description = "Sign-in and password recovery. Browser endpoints use the session \
            cookie the sign-in sets; `/api/v1/automations/...` takes an API key that staff \
            create in the console (`Authorization: Bearer KEY`). Every failure answers with \
            an `ErrorBody`; apps switch on its `code`, never on `message`. Timestamps are \
            Unix seconds."
    ),
    servers((url = "/")),
    tags(
        (name = "session", description = "Signing in and out, and who is signed in."),
        (name = "account", description = "The signed-in account: first password, password change, devices."),
        (name = "password-reset", description = "Self-service reset links."),
        (name = "not-me", description = "\"This wasn't me\" from a password-changed email."),
        (name = "setup", description = "The first staff account, through the link printed at start-up."),
        (name = "portal", description = "The public portal description and its settings."),
        (name = "staff", description = "The console: clients, outbox, activity (staff only)."),
        (name = "api-keys", description = "Automation keys (staff only)."),
        (name = "automations", description = "Actions other systems call with an API key."),
        (name = "webhooks", description = "Receivers Portico POSTs signed events to, and their deliveries (staff only)."),
        (name = "meta", description = "This document."),
    ),
    // The body of every webhook delivery: sent by Portico, so no path refers to it; and
    // the query parameters' enums, which utoipa refers to without collecting.
    components(schemas(
        ErrorBody,
        ErrorCode,
        FieldError,
        WebhookEvent,
        EventData,
        EventAccount,
        portico_api::staff::ClientFilter,
        portico_api::staff::ClientSort,
        portico_api::staff::SortOrder
    ))
)]
struct Base;

/// The document before any route is added: info, servers, tags, the error schemas.
pub fn base() -> utoipa::openapi::OpenApi {
    Base::openapi()
}

/// The finished document as JSON: security schemes named after this server's cookies
/// (`__Host-` over https), and the cross-site refusal on every state-changing operation.
pub fn render(
    mut doc: utoipa::openapi::OpenApi,
    sessions: &SessionConfig,
) -> anyhow::Result<Bytes> {
    let components = doc.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        SESSION,
        SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
            session::cookie_name(sessions),
            "The HttpOnly session cookie that signing in sets.",
        ))),
    );
    components.add_security_scheme(
        TICKET,
        SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
            session::ticket_cookie_name(sessions),
            "The first-password ticket that signing in with a staff-set password sets.",
        ))),
    );
    let mut bearer = Http::new(HttpAuthScheme::Bearer);
    bearer.description = Some("An API key from the console: `Authorization: Bearer KEY`.".into());
    components.add_security_scheme(API_KEY, SecurityScheme::Http(bearer));
    document_cross_site_refusal(&mut doc);
    document_request_limits(&mut doc);
    Ok(serde_json::to_vec(&doc)?.into())
}

const CROSS_SITE: &str = "A state-changing request that another site's page made a browser \
send (`code`: `cross_site`; `http::origin`).";

/// `http::origin::refuse_cross_site` guards every state-changing `/api` request, so its
/// answer is documented here, in one place, like the middleware itself.
fn document_cross_site_refusal(doc: &mut utoipa::openapi::OpenApi) {
    for item in doc.paths.paths.values_mut() {
        let changing = [
            &mut item.post,
            &mut item.put,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in changing.into_iter().flatten() {
            let responses = &mut operation.responses.responses;
            match responses.get_mut("403") {
                Some(RefOr::T(existing)) => {
                    existing.description = format!("{} Or: {CROSS_SITE}", existing.description);
                }
                Some(RefOr::Ref(_)) => {}
                None => {
                    responses.insert("403".into(), RefOr::T(error_response(CROSS_SITE)));
                }
            }
        }
    }
}

const TOO_LARGE: &str = "The body is larger than 256 KiB; answered from `Content-Length` \
before the body is read (`code`: `payload_too_large`; `http::limits`).";
const TOO_SLOW: &str = "The body did not arrive within `--body-timeout` \
(`code`: `request_timeout`).";
const TOO_LONG: &str = "The answer took longer than `--request-timeout`; try again \
(`code`: `unavailable`, with `Retry-After`).";

/// `http::limits::enforce` guards every `/api` request: documented here, in one place.
fn document_request_limits(doc: &mut utoipa::openapi::OpenApi) {
    for item in doc.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in operations.into_iter().flatten() {
            let responses = &mut operation.responses.responses;
            let mut limits = vec![("503", TOO_LONG)];
            if operation.request_body.is_some() {
                limits.extend([("413", TOO_LARGE), ("408", TOO_SLOW)]);
            }
            for (status, description) in limits {
                responses
                    .entry(status.into())
                    .or_insert_with(|| RefOr::T(error_response(description)));
            }
        }
    }
}

fn error_response(description: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build()
}

/// 400 `validation`.
#[derive(IntoResponses)]
pub enum BadRequest {
    #[response(
        status = 400,
        description = "The body, path or query string is malformed, or fields break the rules \
            (`code`: `validation`; `fields` names each field with its problem)."
    )]
    Invalid(ErrorBody),
}

/// 401 `unauthenticated` from `CurrentSession`.
#[derive(IntoResponses)]
pub enum SignedIn {
    #[response(
        status = 401,
        description = "No session, or it ended (`code`: `unauthenticated`)."
    )]
    NotSignedIn(ErrorBody),
}

/// 401 and 403 from `StaffSession`.
#[derive(IntoResponses)]
pub enum StaffOnly {
    #[response(
        status = 401,
        description = "No session, or it ended (`code`: `unauthenticated`)."
    )]
    NotSignedIn(ErrorBody),
    #[response(
        status = 403,
        description = "Signed in as a client: the console is for staff (`code`: `forbidden`)."
    )]
    NotStaff(ErrorBody),
}

/// 404 `not_found`.
#[derive(IntoResponses)]
pub enum NotFound {
    #[response(
        status = 404,
        description = "Nothing has this id (`code`: `not_found`)."
    )]
    Missing(ErrorBody),
}

/// 429 `throttled`, with the wait in a header and in the body.
#[derive(IntoResponses)]
pub enum Throttled {
    #[response(
        status = 429,
        description = "Too many attempts (`code`: `throttled`; `retry_after_secs`).",
        headers(("Retry-After" = u64, description = "Seconds to wait before trying again."))
    )]
    TooMany(ErrorBody),
}

/// 428 `human_check_required`, with the challenge to solve (`human_check::policy` says when).
#[derive(IntoResponses)]
pub enum HumanCheckNeeded {
    #[response(
        status = 428,
        description = "This request needs a human check first (`code`: `human_check_required`): \
            solve the proof-of-work challenge in `human_check` (ALTCHA format, SHA-256) and send \
            the same request again with the solution, base64-encoded JSON, in the `Human-Check` \
            header. The message says why a solution that was sent was refused. Asked past an \
            allowance (sign-in failures from unknown devices, reset requests per IP address, \
            staff sends), or always when the portal's setting says so; never of API keys."
    )]
    Required(ErrorBody),
}

/// The `Human-Check` request header, on the actions that may ask for one.
#[derive(utoipa::IntoParams)]
#[into_params(names("Human-Check"), parameter_in = Header)]
#[allow(dead_code)] // read by `http::extract::HumanCheckAnswer`; this documents it
pub struct HumanCheckHeader(
    /// A solved challenge (ALTCHA's JSON, base64-encoded), after a 428 `human_check_required`.
    Option<String>,
);

/// 401 from `AutomationKey`.
#[derive(IntoResponses)]
pub enum KeyRequired {
    #[response(
        status = 401,
        description = "No API key, or an unknown or revoked one (`code`: `unauthenticated`).",
        headers(("WWW-Authenticate" = String, description = "`Bearer realm=\"portico\"`."))
    )]
    NoKey(ErrorBody),
}

//! The only module that talks to the backend. Every call returns `Result<_, Error>` with the
//! server's `ErrorBody` when there is one, so pages never parse HTTP themselves.

use crate::fetch::{Request, Response};
use portico_api::human_check::HEADER as HUMAN_CHECK;
use portico_api::reset::{ResetComplete, ResetLinkInfo, ResetRequest, ResetRequested, ResetToken};
use portico_api::{
    ErrorBody, ErrorCode, PortalInfo, SessionInfo, SetupCheck, SetupRequest, SignInRequest,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The server answered with an error it explained.
    Api(ErrorBody),
    /// No usable answer: offline, server down, or a body we could not read.
    Network,
}

impl Error {
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Error::Api(body) => Some(body.code),
            Error::Network => None,
        }
    }

    /// The sentence to show a person.
    pub fn message(&self) -> String {
        match self {
            Error::Api(body) => body.message.clone(),
            Error::Network => crate::i18n::t("network-error"),
        }
    }

    /// The challenge to solve, when the server asked for a human check.
    pub fn human_check(&self) -> Option<portico_api::human_check::HumanCheckChallenge> {
        match self {
            Error::Api(body) if body.code == ErrorCode::HumanCheckRequired => {
                body.human_check.clone()
            }
            _ => None,
        }
    }

    /// The server's message for one field, if it named that field.
    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            Error::Api(body) => body
                .fields
                .iter()
                .find(|f| f.field == name)
                .map(|f| f.message.clone()),
            Error::Network => None,
        }
    }
}

async fn answer(response: Response) -> Result<Response, Error> {
    if response.ok() {
        return Ok(response);
    }
    match response.json::<ErrorBody>().await {
        Ok(body) => Err(Error::Api(body)),
        Err(_) => Err(Error::Network),
    }
}

async fn send(request: Request) -> Result<Response, Error> {
    // The server's messages and emails in the language of the page, which may be a
    // choice made here rather than the browser's first; before the page's words arrive
    // (a check a light page starts early), the choice the words will follow.
    let language = crate::i18n::shown()
        .or_else(crate::i18n::chosen)
        .map(|lang| lang.tag().to_string());
    let request = request.header("accept-language", language);
    answer(request.send().await.map_err(|_| Error::Network)?).await
}

async fn send_body<B: Serialize>(request: Request, body: &B) -> Result<Response, Error> {
    send(request.json(body).map_err(|_| Error::Network)?).await
}

/// `{}`: the body of a POST that needs no fields (the server takes JSON only, which also
/// keeps cross-site forms out).
#[derive(Serialize)]
struct NoFields {}

async fn post_empty<T: DeserializeOwned>(url: &str) -> Result<T, Error> {
    post_empty_checked(url, None).await
}

async fn post_empty_checked<T: DeserializeOwned>(
    url: &str,
    human_check: Option<String>,
) -> Result<T, Error> {
    let request = Request::post(url).header(HUMAN_CHECK, human_check);
    read(send_body(request, &NoFields {}).await?).await
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, Error> {
    response.json::<T>().await.map_err(|_| Error::Network)
}

/// The portal in the page's language.
pub async fn portal() -> Result<PortalInfo, Error> {
    portal_in(&[crate::i18n::lang().tag().to_string()]).await
}

/// The portal in the first of `languages` (BCP 47 tags) that it offers; with none, in the
/// browser's languages (the URL the pages preload).
pub async fn portal_in(languages: &[String]) -> Result<PortalInfo, Error> {
    let url = match languages {
        [] => "/api/portal".to_string(),
        _ => format!(
            "/api/portal?languages={}",
            crate::dom::encode(&languages.join(","))
        ),
    };
    read(send(Request::get(&url)).await?).await
}

pub async fn session_state() -> Result<portico_api::SessionState, Error> {
    read(send(Request::get("/api/session/state")).await?).await
}

/// `human_check`: a solved challenge, when the last answer asked for one.
pub async fn sign_in(
    email: String,
    password: String,
    human_check: Option<String>,
) -> Result<SessionInfo, Error> {
    let body = SignInRequest {
        email,
        password,
        // Picked on the sign-in page: the account keeps it.
        language: crate::i18n::picked(),
    };
    let request = Request::post("/api/session").header(HUMAN_CHECK, human_check);
    read(send_body(request, &body).await?).await
}

pub async fn sign_out() -> Result<(), Error> {
    send(Request::delete("/api/session")).await.map(|_| ())
}

pub async fn setup_check(token: String) -> Result<(), Error> {
    send_body(Request::post("/api/setup/check"), &SetupCheck { token })
        .await
        .map(|_| ())
}

pub async fn setup(request: SetupRequest) -> Result<SessionInfo, Error> {
    read(send_body(Request::post("/api/setup"), &request).await?).await
}

/// `human_check`: a solved challenge, when the last answer asked for one.
pub async fn request_reset(
    email: String,
    human_check: Option<String>,
) -> Result<ResetRequested, Error> {
    let body = ResetRequest { email };
    let request = Request::post("/api/password-reset").header(HUMAN_CHECK, human_check);
    read(send_body(request, &body).await?).await
}

pub async fn check_reset_link(token: String) -> Result<ResetLinkInfo, Error> {
    let body = ResetToken { token };
    read(send_body(Request::post("/api/password-reset/check"), &body).await?).await
}

pub async fn renew_reset_link(token: String) -> Result<ResetRequested, Error> {
    let body = ResetToken { token };
    read(send_body(Request::post("/api/password-reset/renew"), &body).await?).await
}

pub async fn complete_reset(token: String, password: String) -> Result<SessionInfo, Error> {
    let body = ResetComplete { token, password };
    read(send_body(Request::post("/api/password-reset/complete"), &body).await?).await
}

/// The blocklist the server enforces, as the static file built from the same list.
pub async fn common_passwords() -> Result<String, Error> {
    let response = send(Request::get("/common-passwords.txt")).await?;
    response.text().await.map_err(|_| Error::Network)
}

/// `/api/staff/...`: the console's calls.
pub async fn not_me_check(token: String) -> Result<portico_api::account::NotMeInfo, Error> {
    let body = portico_api::account::NotMeToken { token };
    read(send_body(Request::post("/api/not-me/check"), &body).await?).await
}

pub async fn not_me(token: String) -> Result<portico_api::account::NotMeDone, Error> {
    let body = portico_api::account::NotMeToken { token };
    read(send_body(Request::post("/api/not-me"), &body).await?).await
}

pub mod account {
    use crate::fetch::Request;
    use portico_api::account::{
        AccountLanguage, ChangePassword, Devices, FirstPassword, PasswordChangeStep,
        PasswordChanged, PasswordPolicy, SignedOut,
    };
    use portico_api::lang::Lang;
    use portico_api::SessionInfo;

    use super::{read, send, send_body, Error};

    pub async fn password_change_step() -> Result<PasswordChangeStep, Error> {
        read(send(Request::get("/api/session/password-change")).await?).await
    }

    pub async fn choose_first_password(password: String) -> Result<SessionInfo, Error> {
        let body = FirstPassword { password };
        read(send_body(Request::post("/api/session/password-change"), &body).await?).await
    }

    pub async fn password_policy() -> Result<PasswordPolicy, Error> {
        read(send(Request::get("/api/account/password")).await?).await
    }

    pub async fn change_password(request: ChangePassword) -> Result<PasswordChanged, Error> {
        read(send_body(Request::post("/api/account/password"), &request).await?).await
    }

    pub async fn devices() -> Result<Devices, Error> {
        read(send(Request::get("/api/account/sessions")).await?).await
    }

    pub async fn sign_out_device(id: i64) -> Result<(), Error> {
        send(Request::delete(&format!("/api/account/sessions/{id}")))
            .await
            .map(|_| ())
    }

    /// Saves the language on the account, for its emails and its other devices.
    pub async fn set_language(language: Lang) -> Result<SessionInfo, Error> {
        let body = AccountLanguage {
            language: Some(language),
        };
        read(send_body(Request::put("/api/account/language"), &body).await?).await
    }

    pub async fn sign_out_other_devices() -> Result<SignedOut, Error> {
        read(send(Request::post("/api/account/sessions/sign-out-others")).await?).await
    }
}

pub mod staff {
    use crate::fetch::Request;
    use portico_api::staff::{
        ActivityPage, ClientCreated, ClientDetail, ClientFilter, ClientPage, ClientSort, NewClient,
        OutboxMessage, OutboxPage, OutboxSummary, PasswordSet, ResetSent, SetPassword, SortOrder,
    };

    use portico_api::automations::{ApiKeyCreated, ApiKeyList, ApiKeySummary, NewApiKey};
    use portico_api::branding::{Branding, BrandingUpdate};
    use portico_api::lang::Lang;
    use portico_api::settings::PortalSettings;
    use portico_api::webhooks::{
        DeliveryList, DeliveryQueued, NewWebhook, WebhookCreated, WebhookList,
    };
    use portico_api::{LoginTextSource, LoginTextUpdate};

    use super::{read, send, send_body, Error};
    use crate::dom::encode;

    pub async fn api_keys() -> Result<ApiKeyList, Error> {
        read(send(Request::get("/api/staff/api-keys")).await?).await
    }

    pub async fn create_api_key(name: String) -> Result<ApiKeyCreated, Error> {
        read(send_body(Request::post("/api/staff/api-keys"), &NewApiKey { name }).await?).await
    }

    pub async fn revoke_api_key(id: i64) -> Result<ApiKeySummary, Error> {
        read(send(Request::post(&format!("/api/staff/api-keys/{id}/revoke"))).await?).await
    }

    pub async fn webhooks() -> Result<WebhookList, Error> {
        read(send(Request::get("/api/staff/webhooks")).await?).await
    }

    pub async fn create_webhook(new: &NewWebhook) -> Result<WebhookCreated, Error> {
        read(send_body(Request::post("/api/staff/webhooks"), new).await?).await
    }

    pub async fn delete_webhook(id: i64) -> Result<(), Error> {
        send(Request::delete(&format!("/api/staff/webhooks/{id}")))
            .await
            .map(|_| ())
    }

    pub async fn webhook_deliveries(id: i64) -> Result<DeliveryList, Error> {
        read(
            send(Request::get(&format!(
                "/api/staff/webhooks/{id}/deliveries"
            )))
            .await?,
        )
        .await
    }

    pub async fn roll_webhook_secret(id: i64) -> Result<WebhookCreated, Error> {
        read(send(Request::post(&format!("/api/staff/webhooks/{id}/secret"))).await?).await
    }

    pub async fn send_test_event(id: i64) -> Result<DeliveryQueued, Error> {
        read(send(Request::post(&format!("/api/staff/webhooks/{id}/test"))).await?).await
    }

    pub async fn retry_delivery(id: i64, delivery: i64) -> Result<DeliveryQueued, Error> {
        let path = format!("/api/staff/webhooks/{id}/deliveries/{delivery}/retry");
        read(send(Request::post(&path)).await?).await
    }

    pub async fn login_text(language: Lang) -> Result<LoginTextSource, Error> {
        let url = format!("/api/portal/login-text?language={}", language.tag());
        read(send(Request::get(&url)).await?).await
    }

    pub async fn save_login_text(markdown: String, language: Lang) -> Result<(), Error> {
        send_body(
            Request::put("/api/portal/login-text"),
            &LoginTextUpdate {
                markdown,
                language: Some(language),
            },
        )
        .await
        .map(|_| ())
    }

    pub async fn settings() -> Result<PortalSettings, Error> {
        read(send(Request::get("/api/staff/settings")).await?).await
    }

    pub async fn save_settings(settings: &PortalSettings) -> Result<PortalSettings, Error> {
        read(send_body(Request::put("/api/staff/settings"), settings).await?).await
    }

    pub async fn branding() -> Result<Branding, Error> {
        read(send(Request::get("/api/staff/branding")).await?).await
    }

    pub async fn save_branding(update: &BrandingUpdate) -> Result<Branding, Error> {
        read(send_body(Request::put("/api/staff/branding"), update).await?).await
    }

    /// Sends the file as it is; the server reads what it really is.
    pub async fn upload_logo(file: &web_sys::File) -> Result<Branding, Error> {
        let request = Request::put("/api/staff/branding/logo").body(&file.type_(), file.clone());
        read(send(request).await?).await
    }

    pub async fn remove_logo() -> Result<Branding, Error> {
        read(send(Request::delete("/api/staff/branding/logo")).await?).await
    }

    pub async fn clients(
        q: &str,
        status: ClientFilter,
        (sort, order): (ClientSort, SortOrder),
        page: i64,
    ) -> Result<ClientPage, Error> {
        let url = format!(
            "/api/staff/clients?q={}&status={}&sort={}&order={}&page={page}",
            encode(q),
            status.as_str(),
            sort.as_str(),
            order.as_str()
        );
        read(send(Request::get(&url)).await?).await
    }

    /// `human_check`: a solved challenge, when the last answer asked for one.
    pub async fn create_client(
        new: &NewClient,
        human_check: Option<String>,
    ) -> Result<ClientCreated, Error> {
        let request = Request::post("/api/staff/clients").header(super::HUMAN_CHECK, human_check);
        read(send_body(request, new).await?).await
    }

    pub async fn client(id: i64) -> Result<ClientDetail, Error> {
        read(send(Request::get(&format!("/api/staff/clients/{id}"))).await?).await
    }

    pub async fn set_password(id: i64, request: SetPassword) -> Result<PasswordSet, Error> {
        let url = format!("/api/staff/clients/{id}/password");
        read(send_body(Request::post(&url), &request).await?).await
    }

    /// `human_check`: a solved challenge, when the last answer asked for one.
    pub async fn send_reset(id: i64, human_check: Option<String>) -> Result<ResetSent, Error> {
        let url = format!("/api/staff/clients/{id}/reset");
        super::post_empty_checked(&url, human_check).await
    }

    /// Archives (`true`) or restores (`false`) a client.
    pub async fn archive(id: i64, archived: bool) -> Result<ClientDetail, Error> {
        let action = if archived { "archive" } else { "unarchive" };
        let url = format!("/api/staff/clients/{id}/{action}");
        super::post_empty(&url).await
    }

    pub async fn outbox(page: i64) -> Result<OutboxPage, Error> {
        read(send(Request::get(&format!("/api/staff/outbox?page={page}"))).await?).await
    }

    pub async fn outbox_message(id: i64) -> Result<OutboxMessage, Error> {
        read(send(Request::get(&format!("/api/staff/outbox/{id}"))).await?).await
    }

    pub async fn retry(id: i64) -> Result<OutboxSummary, Error> {
        let url = format!("/api/staff/outbox/{id}/retry");
        super::post_empty(&url).await
    }

    pub async fn activity(
        account_id: Option<i64>,
        email: &str,
        kind: &str,
        page: i64,
    ) -> Result<ActivityPage, Error> {
        let mut url = format!(
            "/api/staff/activity?page={page}&kind={}&email={}",
            encode(kind),
            encode(email)
        );
        if let Some(id) = account_id {
            url.push_str(&format!("&account_id={id}"));
        }
        read(send(Request::get(&url)).await?).await
    }
}

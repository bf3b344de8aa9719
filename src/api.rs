//! The only module that talks to the backend. Every call returns `Result<_, Error>` with the
//! server's `ErrorBody` when there is one, so pages never parse HTTP themselves.

use gloo_net::http::{Request, RequestBuilder, Response};
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
            Error::Network => {
                "We couldn't reach the server. Check your connection and try again.".to_string()
            }
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

async fn json<T: DeserializeOwned>(request: RequestBuilder) -> Result<T, Error> {
    let response = request.send().await.map_err(|_| Error::Network)?;
    answer(response)
        .await?
        .json::<T>()
        .await
        .map_err(|_| Error::Network)
}

async fn send_json<B: Serialize, T: DeserializeOwned>(
    request: RequestBuilder,
    body: &B,
) -> Result<T, Error> {
    let request = request.json(body).map_err(|_| Error::Network)?;
    let response = request.send().await.map_err(|_| Error::Network)?;
    answer(response)
        .await?
        .json::<T>()
        .await
        .map_err(|_| Error::Network)
}

async fn send_json_empty<B: Serialize>(request: RequestBuilder, body: &B) -> Result<(), Error> {
    let request = request.json(body).map_err(|_| Error::Network)?;
    let response = request.send().await.map_err(|_| Error::Network)?;
    answer(response).await.map(|_| ())
}

pub async fn portal() -> Result<PortalInfo, Error> {
    json(Request::get("/api/portal")).await
}

pub async fn current_session() -> Result<SessionInfo, Error> {
    json(Request::get("/api/session")).await
}

pub async fn sign_in(email: String, password: String) -> Result<SessionInfo, Error> {
    send_json(
        Request::post("/api/session"),
        &SignInRequest { email, password },
    )
    .await
}

pub async fn sign_out() -> Result<(), Error> {
    let response = Request::delete("/api/session")
        .send()
        .await
        .map_err(|_| Error::Network)?;
    answer(response).await.map(|_| ())
}

pub async fn setup_check(token: String) -> Result<(), Error> {
    send_json_empty(Request::post("/api/setup/check"), &SetupCheck { token }).await
}

pub async fn setup(request: SetupRequest) -> Result<SessionInfo, Error> {
    send_json(Request::post("/api/setup"), &request).await
}

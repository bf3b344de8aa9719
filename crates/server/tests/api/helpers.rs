use std::sync::Arc;

use portico_api::Role;
use portico_server::auth::password::Secret;
use portico_server::clock::{Clock, ManualClock};
use portico_server::config::Settings;
use portico_server::mail::sender::render_bodies;
use portico_server::startup::Application;
use portico_server::state::AppState;
use portico_server::store::accounts::NewAccount;
use portico_server::store::events::EventRecord;
use portico_server::store::outbox::StoredMail;
use serde_json::Value;

pub struct TestApp {
    pub url: String,
    /// The database this server uses (SQLite in the data folder, or PostgreSQL).
    pub database_url: String,
    pub state: AppState,
    pub clock: ManualClock,
    pub setup_link: Option<String>,
    // Held so the folders live exactly as long as the server using them.
    pub data_dir: tempfile::TempDir,
    _static_dir: tempfile::TempDir,
}

pub struct TestUser {
    pub id: i64,
    pub email: String,
    pub password: String,
}

/// A client whose connections come from `from` (any 127.x.y.z works on loopback), for
/// tests where the peer address matters.
pub fn client_from(from: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(from.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap()
}

/// Starts Portico on a free port with a fresh data folder and a small fake `dist/`.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(prepare_data_dir: impl FnOnce(&std::path::Path)) -> TestApp {
    spawn_app_configured(|dir, _| prepare_data_dir(dir)).await
}

/// Like [`spawn_app`], with a chance to prepare the data folder and change settings.
pub async fn spawn_app_configured(
    configure: impl FnOnce(&std::path::Path, &mut Settings),
) -> TestApp {
    spawn_in(tempfile::tempdir().unwrap(), configure).await
}

/// Starts a server on an existing data folder, as after a restart.
pub async fn spawn_in(
    data_dir: tempfile::TempDir,
    configure: impl FnOnce(&std::path::Path, &mut Settings),
) -> TestApp {
    let static_dir = fake_dist();
    let mut settings = Settings::defaults();
    settings.listen = "127.0.0.1:0".parse().unwrap();
    settings.data_dir = data_dir.path().to_path_buf();
    settings.static_dir = static_dir.path().to_path_buf();
    settings.session_idle_minutes = 30;
    settings.session_max_hours = 2;
    configure(data_dir.path(), &mut settings);
    if settings.database_url.is_none() {
        settings.database_url = test_database(data_dir.path()).await;
    }
    let database_url = settings.database_url();
    let clock = ManualClock::new(portico_server::clock::SystemClock.now());
    let app = Application::build_with_clock(settings, Arc::new(clock.clone()))
        .await
        .expect("server starts");
    let url = app.public_url.clone();
    let state = app.state.clone();
    let setup_link = app.setup_link.clone();
    tokio::spawn(app.run_until(std::future::pending()));
    TestApp {
        url,
        database_url,
        state,
        clock,
        setup_link,
        data_dir,
        _static_dir: static_dir,
    }
}

/// A small fake `dist/`: the pages and one hashed script.
pub fn fake_dist() -> tempfile::TempDir {
    let static_dir = tempfile::tempdir().unwrap();
    std::fs::write(
        static_dir.path().join("index.html"),
        "<!DOCTYPE html><title>app</title>",
    )
    .unwrap();
    std::fs::write(
        static_dir.path().join("login.html"),
        "<!DOCTYPE html><title>sign-in</title>",
    )
    .unwrap();
    std::fs::write(
        static_dir.path().join("reset.html"),
        "<!DOCTYPE html><title>reset</title>",
    )
    .unwrap();
    std::fs::write(
        static_dir.path().join("choose.html"),
        "<!DOCTYPE html><title>first password</title>",
    )
    .unwrap();
    std::fs::write(
        static_dir.path().join("staff.html"),
        "<!DOCTYPE html><title>console</title>",
    )
    .unwrap();
    std::fs::write(
        static_dir.path().join("app-0123456789abcdef.js"),
        "console.log(1)",
    )
    .unwrap();
    std::fs::write(
        static_dir.path().join("app-0123456789abcdef.js.br"),
        b"fake-brotli",
    )
    .unwrap();
    static_dir
}

/// Another instance beside `first`: a server of its own (own port, own data folder) on
/// the same database and secret key, as a second machine behind the proxy would be.
pub async fn spawn_beside(
    first: &TestApp,
    configure: impl FnOnce(&std::path::Path, &mut Settings),
) -> TestApp {
    let url = first.database_url.clone();
    let key = secret_key(first);
    spawn_app_configured(move |dir, settings| {
        settings.database_url = Some(url);
        settings.secret_key = Some(key);
        configure(dir, settings);
    })
    .await
}

/// The secret key `app` made in its data folder.
pub fn secret_key(app: &TestApp) -> String {
    std::fs::read_to_string(app.data_dir.path().join("secret.key"))
        .unwrap()
        .trim()
        .to_string()
}

/// With `PORTICO_TEST_POSTGRES` (an admin URL; `cargo xtask test` starts a throwaway
/// cluster and sets it), each data folder gets a fresh PostgreSQL database of its own,
/// named in the folder so that a restart on the folder finds it again. Without it, the
/// default SQLite file in the folder.
pub async fn test_database(data_dir: &std::path::Path) -> Option<String> {
    let admin = postgres_admin()?;
    let remembered = data_dir.join("postgres-url");
    if let Ok(url) = std::fs::read_to_string(&remembered) {
        return Some(url);
    }
    let name = format!("portico_test_{}", portico_server::keys::hex(&rand_bytes()));
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin)
        .await
        .expect("the test PostgreSQL cluster answers");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("creating a test database");
    let mut url = url::Url::parse(&admin).unwrap();
    url.set_path(&name);
    std::fs::write(&remembered, url.as_str()).unwrap();
    Some(url.to_string())
}

/// The admin URL of the PostgreSQL cluster the API tests run on, if they do.
pub fn postgres_admin() -> Option<String> {
    std::env::var("PORTICO_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty())
}

fn rand_bytes() -> [u8; 8] {
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).unwrap();
    bytes
}

/// A client that keeps cookies, like a browser tab.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

impl TestApp {
    pub async fn create_user(&self, role: Role, email: &str, password: &str) -> TestUser {
        let hash = self
            .state
            .hasher
            .hash(&Secret::new(password.into()))
            .await
            .unwrap();
        let id = self
            .state
            .store
            .create_account(
                NewAccount {
                    email,
                    name: "Test Person",
                    role,
                    password_hash: Some(hash),
                },
                self.clock.now(),
            )
            .await
            .unwrap();
        TestUser {
            id,
            email: email.into(),
            password: password.into(),
        }
    }

    pub async fn sign_in(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        self.post(
            client,
            "/api/session",
            &serde_json::json!({ "email": email, "password": password }),
        )
        .await
    }

    /// A browser tab signed in as a new staff member, sam@example.com.
    pub async fn staff_tab(&self) -> reqwest::Client {
        let staff = self
            .create_user(Role::Staff, "sam@example.com", "staff password here")
            .await;
        self.signed_in(&staff).await
    }

    /// A browser tab already signed in as `user`.
    pub async fn signed_in(&self, user: &TestUser) -> reqwest::Client {
        let client = browser();
        let response = self.sign_in(&client, &user.email, &user.password).await;
        assert_eq!(response.status(), 200);
        client
    }

    pub async fn post(
        &self,
        client: &reqwest::Client,
        path: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.send_json(client, reqwest::Method::POST, path, body)
            .await
    }

    pub async fn put(
        &self,
        client: &reqwest::Client,
        path: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.send_json(client, reqwest::Method::PUT, path, body)
            .await
    }

    pub async fn delete(&self, client: &reqwest::Client, path: &str) -> reqwest::Response {
        client
            .delete(format!("{}{path}", self.url))
            .send()
            .await
            .unwrap()
    }

    async fn send_json(
        &self,
        client: &reqwest::Client,
        method: reqwest::Method,
        path: &str,
        body: &Value,
    ) -> reqwest::Response {
        client
            .request(method, format!("{}{path}", self.url))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn get(&self, client: &reqwest::Client, path: &str) -> reqwest::Response {
        client
            .get(format!("{}{path}", self.url))
            .send()
            .await
            .unwrap()
    }

    pub async fn events(&self) -> Vec<(String, Option<i64>, Option<String>, Option<String>)> {
        self.state
            .store
            .recent_events(100)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.kind, e.account_id, e.ip, e.user_agent))
            .collect()
    }
}

impl TestApp {
    /// Waits (up to 10 s) until `count` events of `kind` exist; work such as reset requests
    /// and deliveries happens after the answer, in the background.
    pub async fn wait_for_events(&self, kind: &str, count: usize) -> Vec<EventRecord> {
        for _ in 0..200 {
            let found: Vec<EventRecord> = self
                .state
                .store
                .recent_events(1000)
                .await
                .unwrap()
                .into_iter()
                .filter(|e| e.kind == kind)
                .collect();
            if found.len() >= count {
                return found;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} {kind} events after 10 s");
    }

    pub async fn events_of(&self, kind: &str) -> Vec<EventRecord> {
        self.state
            .store
            .recent_events(1000)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == kind)
            .collect()
    }

    pub async fn outbox(&self) -> Vec<StoredMail> {
        self.state.store.outbox(1000).await.unwrap()
    }

    /// The newest message's text part as it would be delivered, links filled in.
    pub async fn rendered_text(&self, mail: &StoredMail) -> String {
        render_bodies(
            &self.state.store,
            &self.state.keys,
            &self.state.public_url,
            mail,
        )
        .await
        .unwrap()
        .0
    }
}

/// The reset token in a message text.
pub fn token_in(text: &str) -> String {
    let start = text.find("#token=").expect("a reset link") + "#token=".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

pub async fn json(response: reqwest::Response) -> Value {
    response.json().await.unwrap()
}

/// `Set-Cookie` values of a response.
pub fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

/// The session token from a sign-in answer.
pub fn session_token(response: &reqwest::Response) -> String {
    set_cookies(response)
        .iter()
        .find_map(|c| c.strip_prefix("portico_session="))
        .and_then(|rest| rest.split(';').next())
        .expect("a session cookie")
        .to_string()
}

/// A cookie-less client sending the given session token by hand.
pub async fn get_with_token(app: &TestApp, path: &str, token: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}{path}", app.url))
        .header("cookie", format!("portico_session={token}"))
        .send()
        .await
        .unwrap()
}

//! `cargo xtask fuzz` (and a step of `cargo xtask test`): schemathesis against the API's
//! own OpenAPI document. Starts the server in-process on port 0 with a fresh data folder,
//! signs a staff member in, creates an API key, then runs `st run` with both credentials
//! and exits with its status.
//!
//! Usage: api-fuzz ST_BINARY [extra st arguments...]

use std::process::ExitCode;
use std::sync::Arc;

use portico_api::Role;
use portico_server::auth::password::Secret;
use portico_server::clock::SystemClock;
use portico_server::config::Settings;
use portico_server::startup::Application;
use portico_server::state::AppState;
use portico_server::store::accounts::NewAccount;

const STAFF_EMAIL: &str = "fuzz-staff@example.com";
const STAFF_PASSWORD: &str = "fuzzing staff password";
/// Clients at small ids, so that the console's per-client actions reach their success paths.
const CLIENTS: usize = 5;

/// The credentials, matched to the document's security schemes by name, so schemathesis
/// knows which requests carry which and can also try them without (`ignored_auth`).
const AUTH_CONFIG: &str = r#"
[auth.openapi.session_cookie]
api_key = "${PORTICO_FUZZ_SESSION}"

[auth.openapi.api_key]
bearer = "${PORTICO_FUZZ_KEY}"
"#;

/// The checks that judge every answer.
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,\
response_headers_conformance,response_schema_conformance,negative_data_rejection,\
missing_required_header,unsupported_method,allow_header_conformance,use_after_free,\
ensure_resource_availability,ignored_auth";
// Left out:
// - positive_data_acceptance: schema-valid data is not enough for a 2xx here, by design:
//   a random token is an invalid link (410), a random email no account (404);
// - max_response_time: hashing is slow on purpose, and the machine is shared;
// - object_level_authorization: needs a second identity to compare against (the API
//   tests cover clients against staff endpoints).

/// Operations that end the fuzzer's own credentials: revoking a key (it learns its own from
/// the list), signing out a device (it learns its own session id from
/// `GET /api/account/sessions`) and signing out. Run among the rest, they would leave it
/// answered 401 everywhere after; so each gets a run of its own, after the rest, in an
/// order where each still has the credentials it needs.
const SELF_ENDING: [&str; 3] = ["revoke_api_key", "sign_out_device", "sign_out"];

#[tokio::main]
async fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(st) = args.next() else {
        eprintln!("usage: api-fuzz ST_BINARY [st arguments...]");
        return ExitCode::FAILURE;
    };
    let extra: Vec<String> = args.collect();
    match run(&st, &extra).await {
        Ok(code) => code,
        Err(err) => {
            eprintln!("api-fuzz: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(st: &str, extra: &[String]) -> anyhow::Result<ExitCode> {
    let data = tempfile::tempdir()?;
    let static_dir = tempfile::tempdir()?;
    let mut settings = Settings::defaults();
    settings.listen = "127.0.0.1:0".parse()?;
    settings.data_dir = data.path().to_path_buf();
    settings.static_dir = static_dir.path().to_path_buf();
    // Generous limits, so answers show the API's behaviour rather than its speed bumps
    // (429 is still documented and still reached by sign-in guessing).
    settings.api_requests_per_minute = 1_000_000;
    settings.reset_limit_per_address = 1_000_000;
    settings.reset_limit_per_ip = 1_000_000;
    let app = Application::build_with_clock(settings, Arc::new(SystemClock)).await?;
    let url = app.public_url.clone();
    let state = app.state.clone();
    tokio::spawn(app.run_until(std::future::pending()));

    create_account(&state, Role::Staff, STAFF_EMAIL, Some(STAFF_PASSWORD)).await?;
    for i in 0..CLIENTS {
        create_account(
            &state,
            Role::Client,
            &format!("client{i}@example.com"),
            None,
        )
        .await?;
    }
    let http = reqwest::Client::new();
    let signed_in = http
        .post(format!("{url}/api/session"))
        .json(&serde_json::json!({ "email": STAFF_EMAIL, "password": STAFF_PASSWORD }))
        .send()
        .await?
        .error_for_status()?;
    let cookie = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            v.split(';')
                .next()
                .filter(|c| c.starts_with("portico_session="))
        })
        .ok_or_else(|| anyhow::anyhow!("signing in set no session cookie"))?
        .to_string();
    let created: serde_json::Value = http
        .post(format!("{url}/api/staff/api-keys"))
        .header("cookie", &cookie)
        .json(&serde_json::json!({ "name": "schemathesis" }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let key = created["secret"]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("no secret in {created}"))?;

    let config = data.path().join("schemathesis.toml");
    std::fs::write(&config, AUTH_CONFIG)?;
    let session = cookie.trim_start_matches("portico_session=").to_string();
    let schema = format!("{url}/api/openapi.json");
    let st_run = |filter: &[&str]| {
        let mut command = std::process::Command::new(st);
        command
            // Its example cache goes with the data folder: nothing is left in the clone, and
            // each run starts from the seed alone.
            .current_dir(data.path())
            .arg("--config-file")
            .arg(&config)
            .args(["run", &schema, "--checks", CHECKS])
            // Reproducible: a failure seen in CI shows up again on a laptop.
            .args([
                "--seed",
                "20261123",
                "--max-examples",
                "40",
                // One worker: with two, Hypothesis has failed inside its own code on this
                // Python ("AST constructor recursion depth mismatch").
                "--workers",
                "1",
            ])
            .args(["--no-color"])
            .args(filter)
            .args(extra)
            .env("PORTICO_FUZZ_SESSION", &session)
            .env("PORTICO_FUZZ_KEY", key)
            .env("SCHEMATHESIS_TELEMETRY", "false");
        command
    };
    let everything_else: Vec<&str> = SELF_ENDING
        .iter()
        .flat_map(|id| ["--exclude-operation-id", id])
        .collect();
    let mut runs = vec![st_run(&everything_else)];
    runs.extend(
        SELF_ENDING
            .iter()
            .map(|id| st_run(&["--include-operation-id", id])),
    );
    for mut command in runs {
        // Blocking on its own thread, so the server keeps answering meanwhile.
        let status = tokio::task::spawn_blocking(move || command.status())
            .await?
            .map_err(|e| anyhow::anyhow!("cannot run {st}: {e}"))?;
        if !status.success() {
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn create_account(
    state: &AppState,
    role: Role,
    email: &str,
    password: Option<&str>,
) -> anyhow::Result<i64> {
    let password_hash = match password {
        Some(p) => Some(state.hasher.hash(&Secret::new(p.into())).await?),
        None => None,
    };
    let new = NewAccount {
        email,
        name: "Fuzz Person",
        role,
        password_hash,
    };
    Ok(state.store.create_account(new, state.now()).await?)
}

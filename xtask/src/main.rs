//! `cargo xtask serve | test | bench | fuzz`: every step from a fresh machine to a running or
//! tested Portico. Each tool is installed only when missing, and each step says what it does.

mod build;
mod postgres;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench(&args[1..]),
        Some("fuzz") => fuzz(),
        Some("build") => tools::ensure_all(false).and_then(|_| build::app()),
        Some("gallery") => gallery(),
        // Not in the usage: a throwaway cluster by hand, as the API tests get one.
        Some("postgres") => postgres_until_enter(),
        _ => Err(
            "usage: cargo xtask serve [server flags...] | test | bench [--database postgres] | fuzz | build | gallery"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

pub fn root() -> PathBuf {
    // `cargo run` (which `cargo xtask` is) says at run time where the package is; the
    // compile-time path is only a fallback, as a binary built in another checkout that
    // shares this target folder would otherwise work on that checkout.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

pub fn step(what: &str) {
    eprintln!("\n==> {what}");
}

/// Runs a command in the workspace root, failing with its description.
pub fn run(command: &mut Command) -> Result {
    let shown = format!("{command:?}");
    let status = command
        .current_dir(
            command
                .get_current_dir()
                .map(Path::to_path_buf)
                .unwrap_or_else(root),
        )
        .status();
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{shown} failed ({s})")),
        Err(e) => Err(format!("cannot run {shown}: {e}")),
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn build_server() -> Result {
    step("Building the server (release)");
    run(cargo().args([
        "build",
        "--release",
        "--package",
        "portico-server",
        "--bin",
        "portico-server",
    ]))
}

fn serve(server_args: &[String]) -> Result {
    tools::ensure_all(false)?;
    build::app()?;
    build_server()?;
    // The server prints the address it really listens on (`--listen`, `--public-url`).
    step("Starting Portico (Ctrl-C stops it)");
    run(Command::new(root().join("target/release/portico-server")).args(server_args))
}

/// The crates built for this machine (the app is built for wasm by Trunk).
const HOST_PACKAGES: [&str; 6] = [
    "portico-api",
    "portico-i18n",
    "portico-login-text",
    "portico-pow",
    "portico-server",
    "xtask",
];

fn packages(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .flat_map(|name| ["--package".to_string(), name.to_string()])
        .collect()
}

fn test() -> Result {
    tools::ensure_all(true)?;
    step("Checking formatting");
    run(cargo().args(["fmt", "--all", "--", "--check"]))?;
    step("Lints (clippy; warnings are errors)");
    run(cargo()
        .args(["clippy", "--release", "--all-targets"])
        .args(packages(&HOST_PACKAGES))
        .args(["--", "-D", "warnings"]))?;
    run(cargo().args([
        "clippy",
        "--package",
        "portico-app",
        "--package",
        "portico-preview",
        "--package",
        "portico-pow",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Unit and API tests (release, so the Playwright run reuses the same server binary)");
    // The app's unit tests are plain Rust and run natively.
    run(cargo()
        .args(["test", "--release"])
        .args(packages(&HOST_PACKAGES))
        .args(packages(&["portico-app"])))?;
    api_tests_on_postgres()?;
    fuzz()?;
    build_server()?;
    build::app()?;
    step("Playwright end-to-end tests in Debian's Chromium");
    run(&mut tools::npx(&["playwright", "test"]))
}

/// The API suite once more, on PostgreSQL instead of SQLite. The cluster is dropped (server
/// stopped, folder removed) when this returns, failed or not.
fn api_tests_on_postgres() -> Result {
    let cluster = postgres::Cluster::start()?;
    step(&format!(
        "API tests again on PostgreSQL (a throwaway cluster under {})",
        cluster.dir().display()
    ));
    run(cargo()
        .args([
            "test",
            "--release",
            "--package",
            "portico-server",
            "--test",
            "api",
        ])
        .env("PORTICO_TEST_POSTGRES", cluster.url()))
}

/// `cargo xtask postgres`: starts a throwaway cluster, prints its URL and stops it on Enter.
fn postgres_until_enter() -> Result {
    let cluster = postgres::Cluster::start()?;
    println!("{}", cluster.url());
    step("Press Enter to stop it and remove its folder");
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    drop(cluster);
    Ok(())
}

/// schemathesis against the API's own OpenAPI document, on a server it starts itself.
fn fuzz() -> Result {
    let st = tools::schemathesis()?;
    step("API contract: schemathesis against /api/openapi.json");
    run(server_example("api-fuzz")
        .arg("--")
        .arg(st)
        .env("RUST_LOG", "warn"))
}

/// `cargo run --release` of one of the server's examples.
fn server_example(name: &str) -> Command {
    let mut command = cargo();
    command.args([
        "run",
        "--release",
        "--package",
        "portico-server",
        "--example",
        name,
    ]);
    command
}

/// Screenshots of every main screen and state, for people to look at:
/// `target/gallery/index.html`.
fn gallery() -> Result {
    tools::ensure_all(true)?;
    build::app()?;
    build_server()?;
    step("Screenshot gallery: every main screen at 1280×800 and 390×844, light and dark");
    run(&mut tools::npx(&[
        "playwright",
        "test",
        "-c",
        "gallery/gallery.config.ts",
    ]))?;
    step(&format!(
        "Gallery written: {}",
        root().join("target/gallery/index.html").display()
    ));
    Ok(())
}

/// `--database postgres` measures the API figures on PostgreSQL too, beside SQLite's, and
/// sign-in throughput with one instance and with two.
fn bench(args: &[String]) -> Result {
    let postgres = match args {
        [] => false,
        [flag, db] if flag == "--database" && db == "postgres" => true,
        [flag, db] if flag == "--database" && db == "sqlite" => false,
        _ => return Err("usage: cargo xtask bench [--database sqlite|postgres]".into()),
    };
    tools::ensure_all(true)?;
    build::app()?;
    build_server()?;
    let cluster = postgres
        .then(postgres::Cluster::start_durable)
        .transpose()?;
    step(match cluster {
        Some(_) => "Benchmark: API latency and throughput (loopback), SQLite and PostgreSQL side by side, then sign-in throughput with one instance and two",
        None => "Benchmark: API latency and throughput (loopback)",
    });
    let mut api = server_example("api-bench");
    if let Some(cluster) = &cluster {
        api.env("PORTICO_BENCH_POSTGRES", cluster.url());
    }
    run(&mut api)?;
    drop(cluster);
    step("Benchmark: the human check's cost to the server (issue, verify, spend)");
    run(&mut server_example("human-check-bench"))?;
    step("Benchmark: the server under load (throughput, memory, reset flood, half-open connections, sign-in timing)");
    run(&mut server_example("load-bench"))?;
    step("Benchmark: login page weight and time to interactive (headless Chromium)");
    run(Command::new("node")
        .arg("bench/page-load.mjs")
        .current_dir(root().join("end2end")))?;
    step("Benchmark: human check solve times per level (headless Chromium, Web Worker)");
    run(Command::new("node")
        .arg("bench/human-check.mjs")
        .current_dir(root().join("end2end")))?;
    step("Benchmark: Lighthouse on /login, /forgot-password and /reset-password (mobile defaults)");
    run(Command::new("node")
        .arg("bench/lighthouse.mjs")
        .current_dir(root().join("end2end")))
}

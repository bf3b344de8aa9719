//! What the bench examples share: the real release binary started on port 0 with a fresh
//! data folder, accounts created through its CLI, and the statistics they print.
//!
//! Each example compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub struct Server {
    child: Child,
    pub url: String,
    data: tempfile::TempDir,
    bin: PathBuf,
    /// `--database-url`, when not the SQLite file in the data folder.
    database: Option<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `target/release/portico-server` on 127.0.0.1, port 0, with a fresh data folder,
/// serving `static_dir`, with `extra_args` after the usual flags; returns once it has
/// printed its address.
pub fn start(static_dir: &Path, extra_args: &[&str]) -> Server {
    start_on(static_dir, extra_args, None, None)
}

/// [`start`] on `database` (a URL; None: SQLite in the data folder), with `secret_key`
/// (None: the data folder's own), as a second instance on a shared database needs.
pub fn start_on(
    static_dir: &Path,
    extra_args: &[&str],
    database: Option<&str>,
    secret_key: Option<&str>,
) -> Server {
    let bin = root().join("target/release/portico-server");
    let data = tempfile::tempdir().expect("temp dir");
    let mut command = Command::new(&bin);
    command
        .args(["--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data.path())
        .arg("--static-dir")
        .arg(static_dir)
        .args(extra_args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped());
    if let Some(url) = database {
        command.args(["--database-url", url]);
    }
    if let Some(key) = secret_key {
        command.env("PORTICO_SECRET_KEY", key);
    }
    let mut child = command.spawn().unwrap_or_else(|e| {
        panic!(
            "cannot start {}: {e} (run `cargo xtask bench`)",
            bin.display()
        )
    });
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut url = None;
    let mut line = String::new();
    while stdout.read_line(&mut line).expect("server output") > 0 {
        if let Some(found) = line.strip_prefix("Portico is running at ") {
            url = Some(found.trim().to_string());
            break;
        }
        line.clear();
    }
    // Whatever the server prints later goes nowhere, rather than into a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    Server {
        child,
        url: url.expect("the server printed its address"),
        data,
        bin,
        database: database.map(str::to_string),
    }
}

impl Server {
    /// The server's process id, for /proc.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The secret key the server made in its data folder.
    pub fn secret_key(&self) -> String {
        std::fs::read_to_string(self.data.path().join("secret.key"))
            .expect("the server's secret key")
            .trim()
            .to_string()
    }

    /// `portico-server account create` on the server's data folder, password on stdin.
    pub fn create_account(&self, role: &str, email: &str, password: &str) {
        let mut child = Command::new(&self.bin)
            .args([
                "account",
                "create",
                "--role",
                role,
                "--email",
                email,
                "--name",
                "Bench Client",
                "--password-stdin",
                "--data-dir",
            ])
            .arg(self.data.path())
            .args(
                self.database
                    .iter()
                    .flat_map(|url| ["--database-url", url.as_str()]),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("account create");
        writeln!(child.stdin.take().expect("stdin"), "{password}").expect("password");
        let status = child.wait().expect("account create");
        assert!(status.success(), "account create {email} failed ({status})");
    }
}

pub fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

pub fn percentile(mut values: Vec<Duration>, p: f64) -> Duration {
    values.sort();
    values[((values.len() - 1) as f64 * p).round() as usize]
}

pub fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

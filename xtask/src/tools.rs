//! Installs what the build and tests need, only when it is missing.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::{root, run, step, Result};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// The API fuzzer, from PyPI, in its own virtual environment under `target/`.
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

pub fn ensure_all(with_browser: bool) -> Result {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    node_packages()?;
    if with_browser {
        chromium()?;
    }
    Ok(())
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn cargo_bin_path(name: &str) -> PathBuf {
    cargo_bin(name)
}

fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
        });
    home.join("bin").join(name)
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    step("Installing the wasm32-unknown-unknown target");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result {
    let bin = cargo_bin("trunk");
    let version = output(bin.to_str().unwrap_or("trunk"), &["--version"]).unwrap_or_default();
    if version.contains(TRUNK_VERSION) {
        return Ok(());
    }
    step(&format!(
        "Installing trunk {TRUNK_VERSION} (about 10 minutes, once)"
    ));
    run(Command::new("cargo").args(["install", &format!("trunk@{TRUNK_VERSION}"), "--locked"]))
}

/// The version wasm-bindgen-cli must have: exactly the library's, from Cargo.lock.
pub fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen".into())
}

fn wasm_bindgen() -> Result {
    let wanted = locked_wasm_bindgen()?;
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml")).unwrap_or_default();
    if !trunk_toml.contains(&format!("wasm_bindgen = \"{wanted}\"")) {
        return Err(format!(
            "Trunk.toml must pin wasm_bindgen = \"{wanted}\", the version in Cargo.lock"
        ));
    }
    let bin = cargo_bin("wasm-bindgen");
    let version =
        output(bin.to_str().unwrap_or("wasm-bindgen"), &["--version"]).unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    step(&format!(
        "Installing wasm-bindgen-cli {wanted} (the version in Cargo.lock)"
    ));
    // Without --locked: its own lock file does not build with this toolchain.
    run(Command::new("cargo").args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &wanted,
        "--force",
    ]))
}

fn node_packages() -> Result {
    let dir = root().join("end2end");
    let stamp = dir.join("node_modules/.package-lock.json");
    let fresh = match (
        std::fs::metadata(&stamp),
        std::fs::metadata(dir.join("package-lock.json")),
    ) {
        (Ok(installed), Ok(lock)) => installed.modified().ok() >= lock.modified().ok(),
        _ => false,
    };
    if fresh && dir.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    step("Installing end2end npm packages: Playwright, axe-core, binaryen 132 (wasm-opt)");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir))
}

/// `st`, the schemathesis command, installed at the pinned version if it is not already.
pub fn schemathesis() -> Result<PathBuf> {
    let venv = root().join("target/schemathesis");
    let st = venv.join("bin/st");
    let version = output(st.to_str().unwrap_or("st"), &["--version"]).unwrap_or_default();
    if version.split_whitespace().last() == Some(SCHEMATHESIS_VERSION) {
        return Ok(st);
    }
    step(&format!(
        "Installing schemathesis {SCHEMATHESIS_VERSION} into target/schemathesis (PyPI)"
    ));
    run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    run(Command::new(venv.join("bin/pip")).args([
        "install",
        "--quiet",
        "--disable-pip-version-check",
        &format!("schemathesis=={SCHEMATHESIS_VERSION}"),
    ]))?;
    Ok(st)
}

fn chromium() -> Result {
    if std::path::Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "Debian's Chromium is needed at {CHROMIUM}. Install it as root: apt-get install chromium"
        ));
    }
    step("Installing Debian's Chromium (apt-get)");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "chromium"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Whether this runs as root, which may install Debian packages (`id`, as there is no libc
/// dependency to ask geteuid).
pub fn is_root() -> bool {
    output("id", &["-u"])
        .map(|u| u.trim() == "0")
        .unwrap_or(false)
}

/// PATH with the pinned wasm-opt and cargo-installed tools first, so Trunk finds them
/// instead of trying to download its own.
pub fn tool_path() -> std::ffi::OsString {
    let mut paths = vec![root().join("end2end/node_modules/.bin"), cargo_bin("")];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).unwrap_or_default()
}

pub fn npx(args: &[&str]) -> Command {
    let mut command = Command::new("npx");
    command
        .args(args)
        .current_dir(root().join("end2end"))
        .env("PATH", tool_path());
    command
        .env(
            "PORTICO_SERVER_BIN",
            root().join("target/release/portico-server"),
        )
        .env("PORTICO_STATIC_DIR", root().join("dist"))
        .env("PORTICO_CHROMIUM", CHROMIUM);
    command
}

#[cfg(test)]
mod tests {
    #[test]
    fn trunk_pins_the_locked_wasm_bindgen() {
        let wanted = super::locked_wasm_bindgen().unwrap();
        let trunk = std::fs::read_to_string(super::root().join("Trunk.toml")).unwrap();
        assert!(
            trunk.contains(&format!("wasm_bindgen = \"{wanted}\"")),
            "Trunk.toml is out of date"
        );
    }
}

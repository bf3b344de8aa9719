//! A throwaway PostgreSQL cluster for the API tests: `cargo xtask test` starts one, runs the
//! API suite against it and drops it, which stops the server and removes its folder.
//!
//! The binaries are Debian's `postgresql` package, installed with apt-get when missing (and
//! running as root), so a fresh clone on a fresh machine needs nothing done by hand. The
//! cluster listens on 127.0.0.1 only, with trust authentication and no durability.

use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::{root, run, step, tools, Result};

/// Debian puts each major version's binaries in `<this>/<version>/bin`.
const DEBIAN_LIB: &str = "/usr/lib/postgresql";
const INSTALL: &str = "apt-get update && apt-get install -y --no-install-recommends postgresql";
/// A cluster folder is this and the pid of the xtask that made it, so a later run can tell
/// which ones were left behind by an xtask that is gone (killed, or stopped with Ctrl-C,
/// which skips Drop while pg_ctl has detached the server from the terminal).
const PREFIX: &str = "portico-pg-";
/// The longest Unix-domain socket path postgres accepts (sun_path, less its NUL).
const SOCKET_PATH_MAX: usize = 107;

pub struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    /// As root the cluster belongs to the `postgres` user, as initdb refuses to run as root.
    as_postgres: bool,
    /// Commits wait for the disk, as in production (the bench); tests run without.
    durable: bool,
}

impl Cluster {
    /// A cluster for tests: fast, with durability off.
    pub fn start() -> Result<Cluster> {
        Cluster::start_with(false)
    }

    /// A cluster whose commits reach the disk (fsync, synchronous commit), so its figures
    /// compare with SQLite's, which syncs every commit.
    pub fn start_durable() -> Result<Cluster> {
        Cluster::start_with(true)
    }

    fn start_with(durable: bool) -> Result<Cluster> {
        let bin = binaries()?;
        let as_postgres = tools::is_root();
        let dir = folder(&bin, as_postgres)?;
        // From here on, whatever fails, Drop stops what was started and removes the folder.
        let mut cluster = Cluster {
            bin,
            dir,
            port: 0,
            as_postgres,
            durable,
        };
        cluster.init()?;
        cluster.serve()?;
        Ok(cluster)
    }

    /// The superuser, which may CREATE DATABASE; trust authentication needs no password.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    fn log(&self) -> PathBuf {
        self.dir.join("log")
    }

    /// One of the cluster's binaries, run by the user that owns the cluster, in its folder
    /// (the `postgres` user may not be allowed into the workspace).
    fn command(&self, program: &str) -> Command {
        let binary = self.bin.join(program);
        let mut command = if self.as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(binary);
            command
        } else {
            Command::new(binary)
        };
        command.current_dir(&self.dir);
        command
    }

    fn init(&self) -> Result {
        step(&format!(
            "Creating a throwaway PostgreSQL cluster in {} ({})",
            self.dir.display(),
            self.bin.display()
        ));
        // --no-sync: nothing here has to survive a crash. Its chatter goes; errors stay.
        run(self
            .command("initdb")
            .arg("-D")
            .arg(self.data())
            .args([
                "--auth=trust",
                "--username=postgres",
                "--encoding=UTF8",
                // C.UTF-8 (glibc's, in every Debian): byte order like C, but lower()
                // folds every letter, as a production database's UTF-8 locale does; the
                // clients board's case-blind search beyond ASCII relies on it.
                "--locale=C.UTF-8",
                "--no-sync",
            ])
            .stdout(Stdio::null()))
    }

    fn serve(&mut self) -> Result {
        // A port found free may be taken before the server binds it; then another one.
        let mut tries = 3;
        loop {
            self.port = free_port()?;
            step(&format!(
                "Starting PostgreSQL on 127.0.0.1:{} (trust, {})",
                self.port,
                if self.durable {
                    "fsync on"
                } else {
                    "fsync off"
                }
            ));
            let _ = std::fs::remove_file(self.log());
            let Err(error) = run(self
                .command("pg_ctl")
                .arg("start")
                .arg("-D")
                .arg(self.data())
                .arg("-l")
                .arg(self.log())
                .args(["-w", "-o", &self.options()])
                .stdout(Stdio::null()))
            else {
                break;
            };
            let log = std::fs::read_to_string(self.log()).unwrap_or_default();
            tries -= 1;
            if tries == 0 || !log.contains("Address already in use") {
                return Err(format!("{error}; the server's log:\n{log}"));
            }
        }
        // pg_ctl -w waited until it accepted connections; this checks the address the tests
        // use. Quietly, as stdout is for the URL (`cargo xtask postgres`).
        run(self.command("pg_isready").args([
            "-q",
            "-h",
            "127.0.0.1",
            "-p",
            &self.port.to_string(),
        ]))
    }

    /// The server's settings, which pg_ctl hands to a shell.
    fn options(&self) -> String {
        // Only loopback, with the socket in the cluster's own folder rather than the system's
        // (/var/run/postgresql, which a system cluster may use). Durability off for tests: the
        // cluster lives for one test run and is much faster without it. Many connections:
        // each test server holds its own pool, and many run at once.
        let durability = if self.durable {
            ""
        } else {
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        };
        format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {}{durability} -c max_connections=400",
            self.port,
            shell_quote(&self.dir.to_string_lossy())
        )
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        // Immediate: no checkpoint, as nothing is kept.
        if self.data().join("postmaster.pid").exists() {
            let stopped = self
                .command("pg_ctl")
                .arg("stop")
                .arg("-D")
                .arg(self.data())
                .args(["-m", "immediate", "-w"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            if !stopped.is_ok_and(|s| s.success()) {
                // Postgres shuts itself down within a minute once its folder is gone.
                eprintln!(
                    "xtask: could not stop the PostgreSQL server in {}",
                    self.dir.display()
                );
            }
        }
        if let Err(e) = std::fs::remove_dir_all(&self.dir) {
            if e.kind() != std::io::ErrorKind::NotFound {
                eprintln!("xtask: cannot remove {}: {e}", self.dir.display());
            }
        }
    }
}

/// The newest installed version's bin folder, installing Debian's package when there is none.
fn binaries() -> Result<PathBuf> {
    if let Some(bin) = newest_installed() {
        return Ok(bin);
    }
    if !tools::is_root() {
        return Err(format!(
            "PostgreSQL's server is needed ({DEBIAN_LIB}/<version>/bin/initdb). \
             Install it as root: {INSTALL}"
        ));
    }
    step("Installing Debian's PostgreSQL (apt-get)");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends", "postgresql"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    newest_installed().ok_or_else(|| {
        format!("apt-get installed postgresql, but there is no {DEBIAN_LIB}/<version>/bin/initdb")
    })
}

fn newest_installed() -> Option<PathBuf> {
    std::fs::read_dir(DEBIAN_LIB)
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = version(&entry.file_name().to_string_lossy())?;
            // The client package alone makes a bin folder too, without the server.
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .max()
        .map(|(_, bin)| bin)
}

/// "15" → [15], "9.6" → [9, 6]: compared as numbers, so 10 is newer than 9.6.
fn version(name: &str) -> Option<Vec<u32>> {
    name.split('.').map(|part| part.parse().ok()).collect()
}

/// A new, empty folder for the cluster that its user can work in.
///
/// Under `target/` when it can be, with the build's other scratch files; else under the temp
/// folder. As root the server runs as `postgres`, which must be let through every folder
/// above its own (a checkout under /root, mode 0700, is not), and postgres refuses a socket
/// path longer than 107 bytes (a deeply nested checkout).
fn folder(bin: &Path, as_postgres: bool) -> Result<PathBuf> {
    let parents = [root().join("target"), std::env::temp_dir()];
    for parent in &parents {
        sweep(parent, bin, as_postgres);
    }
    let name = format!("{PREFIX}{}", std::process::id());
    let mut refusals = Vec::new();
    for parent in &parents {
        let dir = parent.join(&name);
        // One left by an earlier xtask that had this pid.
        discard(&dir, bin, as_postgres);
        match make(&dir, as_postgres) {
            Ok(()) => return Ok(dir),
            Err(why) => {
                let _ = std::fs::remove_dir_all(&dir);
                refusals.push(why);
            }
        }
    }
    Err(format!(
        "no folder will do for the PostgreSQL cluster: {}",
        refusals.join("; ")
    ))
}

fn make(dir: &Path, as_postgres: bool) -> Result {
    let socket = dir.join(".s.PGSQL.65535");
    if socket.as_os_str().len() > SOCKET_PATH_MAX {
        return Err(format!(
            "{} is too long for a socket path",
            socket.display()
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    if !as_postgres {
        return Ok(());
    }
    run(Command::new("chown").arg("postgres:postgres").arg(dir))?;
    // Owning the folder is not enough: each folder above it must let `postgres` through.
    let reachable = Command::new("runuser")
        .args(["-u", "postgres", "--", "test", "-w"])
        .arg(dir)
        .current_dir("/")
        .status()
        .is_ok_and(|s| s.success());
    if reachable {
        Ok(())
    } else {
        Err(format!("the postgres user cannot reach {}", dir.display()))
    }
}

/// Stops and removes the clusters in `parent` whose xtask is gone.
fn sweep(parent: &Path, bin: &Path, as_postgres: bool) {
    // Without /proc every xtask would look gone, including ones still running their tests.
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(PREFIX)) else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
            discard(&entry.path(), bin, as_postgres);
        }
    }
}

/// Stops the server in `dir`, if one runs, and removes the folder, if it is there.
fn discard(dir: &Path, bin: &Path, as_postgres: bool) {
    if dir.exists() {
        drop(Cluster {
            bin: bin.to_path_buf(),
            dir: dir.to_path_buf(),
            port: 0,
            as_postgres,
            durable: false,
        });
    }
}

/// A port nothing listens on now: the one the system picks for a listener, which then closes.
fn free_port() -> Result<u16> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}

/// `text` as one word for sh.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_as_numbers() {
        assert!(version("10") > version("9.6"));
        assert!(version("15") > version("9"));
        assert_eq!(version("main"), None);
    }

    #[test]
    fn quoted_paths_stay_one_word() {
        assert_eq!(shell_quote("/tmp/a b"), "'/tmp/a b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }
}

//! Command line and environment. Every flag has a `PORTICO_*` twin so the server can be
//! configured either way; the README lists them all.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "portico-server",
    version,
    about = "Portico's sign-in and password-recovery backend"
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (the default).
    Serve,
    /// Manage accounts from scripts.
    #[command(subcommand)]
    Account(AccountCommand),
    /// Read the outbox: every email Portico has queued or sent.
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// Copy the SQLite database to a new file, consistently, while the server runs.
    Backup {
        /// The new file (it must not exist yet).
        #[arg(long)]
        to: PathBuf,
    },
    /// Copy every account, session, link, email and event into a new, empty PostgreSQL
    /// database, to move a portal to several instances.
    CopyData {
        /// The database to copy: sqlite://... (or postgres://...).
        #[arg(long)]
        from: String,
        /// An empty PostgreSQL database: postgres://...
        #[arg(long)]
        to: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// The newest messages, one line each.
    List {
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// One message as it is (or will be) delivered, links filled in.
    Show { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Create an account. Without --password-stdin it has no password until it gets a link.
    Create(CreateAccount),
}

#[derive(Debug, Args)]
pub struct CreateAccount {
    #[arg(long, value_enum)]
    pub role: RoleArg,
    #[arg(long)]
    pub email: String,
    #[arg(long)]
    pub name: String,
    /// Read the password from standard input (one line), so it never appears in `ps`.
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Client,
    Staff,
}

impl From<RoleArg> for portico_api::Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Client => portico_api::Role::Client,
            RoleArg::Staff => portico_api::Role::Staff,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address to listen on.
    #[arg(
        long,
        env = "PORTICO_LISTEN",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,
    /// Folder for the database file and the secret key file.
    #[arg(long, env = "PORTICO_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,
    /// Database URL; defaults to `sqlite://<data-dir>/portico.db`.
    #[arg(long, env = "PORTICO_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// The built app (Trunk's `dist/`).
    #[arg(
        long,
        env = "PORTICO_STATIC_DIR",
        default_value = "dist",
        global = true
    )]
    pub static_dir: PathBuf,
    /// The origin people reach the portal at, put in every link the server makes
    /// (never taken from the Host header). Defaults to `http://<listen>`.
    #[arg(long, env = "PORTICO_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// Key for the MACs of session ids and link tokens, 64 hex digits. Defaults to the key
    /// file `<data-dir>/secret.key`, created on first start.
    #[arg(
        long,
        env = "PORTICO_SECRET_KEY",
        hide_env_values = true,
        global = true
    )]
    pub secret_key: Option<String>,
    /// A session ends after this many minutes without a request.
    #[arg(
        long,
        env = "PORTICO_SESSION_IDLE_MINUTES",
        default_value_t = 60,
        global = true
    )]
    pub session_idle_minutes: u32,
    /// A session ends this many hours after sign-in, however active.
    #[arg(
        long,
        env = "PORTICO_SESSION_MAX_HOURS",
        default_value_t = 12,
        global = true
    )]
    pub session_max_hours: u32,
    /// The shortest password accepted, in Unicode characters (at least 8).
    #[arg(
        long,
        env = "PORTICO_MIN_PASSWORD_CHARS",
        default_value_t = portico_api::password::DEFAULT_MIN_CHARS,
        global = true
    )]
    pub min_password_chars: usize,
    /// SMTP relay for outgoing mail: smtp://127.0.0.1:25 (loopback only),
    /// smtp://host:587?tls=starttls or smtps://user:password@host:465. Without it, mail
    /// waits in the outbox (`portico-server outbox list`).
    #[arg(long, env = "PORTICO_SMTP_URL", hide_env_values = true, global = true)]
    pub smtp_url: Option<String>,
    /// The address emails come from; the portal's name is shown as the sender.
    #[arg(
        long,
        env = "PORTICO_MAIL_FROM",
        default_value = "portico@localhost",
        global = true
    )]
    pub mail_from: String,
    /// First wait before retrying a failed delivery; it doubles per attempt, up to an hour.
    #[arg(
        long,
        env = "PORTICO_MAIL_RETRY_SECS",
        default_value_t = 30,
        global = true
    )]
    pub mail_retry_secs: u32,
    /// First wait before retrying a failed webhook delivery; it doubles per attempt, up to
    /// an hour.
    #[arg(
        long,
        env = "PORTICO_WEBHOOK_RETRY_SECS",
        default_value_t = 30,
        global = true
    )]
    pub webhook_retry_secs: u32,
    /// How long a password reset link works: a number with s, m, h or d (24h, 90m).
    #[arg(
        long,
        env = "PORTICO_RESET_LINK_LIFETIME",
        default_value = "24h",
        value_parser = parse_duration_secs,
        global = true
    )]
    pub reset_link_lifetime: i64,
    /// Asking for a link again within this time re-sends the same link; later, a new
    /// link replaces it.
    #[arg(
        long,
        env = "PORTICO_RESET_REUSE_WINDOW",
        default_value = "16h",
        value_parser = parse_duration_secs,
        global = true
    )]
    pub reset_reuse_window: i64,
    /// How long a client who signed in with a password staff set has to choose their own.
    #[arg(
        long,
        env = "PORTICO_FIRST_SIGN_IN_WINDOW",
        default_value = "5m",
        value_parser = parse_duration_secs,
        global = true
    )]
    pub first_sign_in_window: i64,
    /// Requests per minute each automation API key may make; more get 429.
    #[arg(
        long,
        env = "PORTICO_API_REQUESTS_PER_MINUTE",
        default_value_t = 60,
        global = true
    )]
    pub api_requests_per_minute: u32,
    /// Reset requests per email address per hour; more are ignored (same answer).
    #[arg(
        long,
        env = "PORTICO_RESET_LIMIT_PER_ADDRESS",
        default_value_t = 3,
        global = true
    )]
    pub reset_limit_per_address: u32,
    /// Reset requests per client IP address per hour.
    #[arg(
        long,
        env = "PORTICO_RESET_LIMIT_PER_IP",
        default_value_t = 20,
        global = true
    )]
    pub reset_limit_per_ip: u32,
    /// When a browser must pass a human check (a proof-of-work challenge solved in the
    /// background): off, automatic (when traffic looks like abuse) or always. Until staff
    /// choose in Portal → Settings.
    #[arg(
        long,
        env = "PORTICO_HUMAN_CHECK",
        default_value = "automatic",
        value_parser = parse_human_check_mode,
        global = true
    )]
    pub human_check: portico_api::settings::HumanCheckMode,
    /// Reset emails plus new clients one staff member may send within
    /// --staff-sends-window before each further one needs a human check (automatic mode).
    #[arg(
        long,
        env = "PORTICO_STAFF_SENDS_ALLOWANCE",
        default_value_t = 30,
        global = true
    )]
    pub staff_sends_allowance: u32,
    /// The window --staff-sends-allowance counts over: a number with s, m, h or d.
    #[arg(
        long,
        env = "PORTICO_STAFF_SENDS_WINDOW",
        default_value = "10m",
        value_parser = parse_duration_secs,
        global = true
    )]
    pub staff_sends_window: i64,
    /// A client that has not sent a request's headers this long after connecting (or
    /// after its previous answer, on a kept-alive connection) is disconnected.
    #[arg(
        long,
        env = "PORTICO_HEADER_TIMEOUT",
        default_value = "10s",
        value_parser = parse_duration_secs,
        global = true
    )]
    pub header_timeout: i64,
    /// An API request's body must arrive within this long (else 408).
    #[arg(
        long,
        env = "PORTICO_BODY_TIMEOUT",
        default_value = "10s",
        value_parser = parse_duration_secs,
        global = true
    )]
    pub body_timeout: i64,
    /// An API request that takes longer than this in all is answered 503.
    #[arg(
        long,
        env = "PORTICO_REQUEST_TIMEOUT",
        default_value = "30s",
        value_parser = parse_duration_secs,
        global = true
    )]
    pub request_timeout: i64,
    /// Open connections allowed from one client address (an IPv6 /64 counts as one);
    /// more are closed at once. 0 turns the cap off, for a deployment behind its own
    /// proxy, where every connection comes from the proxy.
    #[arg(
        long,
        env = "PORTICO_MAX_CONNECTIONS_PER_IP",
        default_value_t = 256,
        global = true
    )]
    pub max_connections_per_ip: u32,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` headers say the client's
    /// address: addresses or CIDR ranges, comma-separated (none by default, so the socket
    /// peer is the client). Connections from them are also exempt from
    /// --max-connections-per-ip, as they carry many clients.
    #[arg(
        long,
        env = "PORTICO_TRUSTED_PROXIES",
        default_value = "",
        value_parser = crate::http::proxy::TrustedProxies::parse,
        global = true
    )]
    pub trusted_proxies: crate::http::proxy::TrustedProxies,
    /// A MaxMind-format database (GeoLite2 City, say) for the approximate location in
    /// password-change emails; left out without it.
    #[arg(long, env = "PORTICO_GEOIP_DB", global = true)]
    pub geoip_db: Option<PathBuf>,
    /// Also serve the pseudo-locale `en-XA` (English accented and 40 % longer) to browsers
    /// that ask for it: for tests that look for untranslated text and clipped layouts.
    #[arg(long, env = "PORTICO_PSEUDO_LOCALE", global = true)]
    pub pseudo_locale: bool,
}

fn parse_human_check_mode(text: &str) -> Result<portico_api::settings::HumanCheckMode, String> {
    portico_api::settings::HumanCheckMode::parse(text.trim())
        .ok_or_else(|| format!("{text:?}: choose off, automatic or always"))
}

/// "24h", "90m", "30s", "7d" to seconds; at least one second.
pub fn parse_duration_secs(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: i64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration such as 24h, 90m or 30s"))?;
    let scale = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(format!("{text:?}: end the number with s, m, h or d")),
    };
    match number.checked_mul(scale) {
        Some(secs) if (1..=366 * 86_400).contains(&secs) => Ok(secs),
        _ => Err(format!("{text:?} must be between 1s and 366d")),
    }
}

impl Settings {
    /// The defaults (and any `PORTICO_*` variables), as if started with no flags.
    pub fn defaults() -> Settings {
        Cli::parse_from(["portico-server"]).settings
    }

    /// The portal settings these flags give, until staff choose their own in the console.
    pub fn portal_defaults(&self) -> portico_api::settings::PortalSettings {
        let secs = |v: i64| u64::try_from(v).unwrap_or_default();
        portico_api::settings::PortalSettings {
            account_password: true,
            reset_link_lifetime_secs: secs(self.reset_link_lifetime),
            reset_reuse_window_secs: secs(self.reset_reuse_window),
            first_sign_in_window_secs: secs(self.first_sign_in_window),
            min_password_chars: self.min_password_chars,
            human_check: self.human_check,
            languages: vec![portico_api::lang::Lang::DEFAULT],
            default_language: portico_api::lang::Lang::DEFAULT,
        }
    }

    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("portico.db").display()))
    }

    /// Refuses settings that cannot work, with the flag to fix.
    pub fn check(&self) -> anyhow::Result<()> {
        use anyhow::ensure;
        ensure!(
            self.session_idle_minutes > 0,
            "--session-idle-minutes must be at least 1"
        );
        ensure!(
            self.session_max_hours > 0,
            "--session-max-hours must be at least 1"
        );
        ensure!(
            (8..=portico_api::password::MAX_CHARS).contains(&self.min_password_chars),
            "--min-password-chars must be between 8 and {}",
            portico_api::password::MAX_CHARS
        );
        ensure!(
            self.reset_reuse_window <= self.reset_link_lifetime,
            "--reset-reuse-window cannot be longer than --reset-link-lifetime"
        );
        ensure!(
            self.api_requests_per_minute > 0,
            "--api-requests-per-minute must be at least 1"
        );
        ensure!(
            self.reset_limit_per_address > 0 && self.reset_limit_per_ip > 0,
            "--reset-limit-per-address and --reset-limit-per-ip must be at least 1"
        );
        ensure!(
            self.staff_sends_allowance > 0,
            "--staff-sends-allowance must be at least 1"
        );
        ensure!(
            self.mail_from.contains('@') && !self.mail_from.contains(['<', '>', ' ']),
            "--mail-from must be a bare address such as portal@example.com"
        );
        Ok(())
    }

    /// The public origin without a trailing slash, validated.
    pub fn public_url(&self) -> anyhow::Result<String> {
        let url = match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.listen),
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| anyhow::anyhow!("--public-url must start with http:// or https://"))?;
        if rest.is_empty() || rest.contains(['/', '?', '#', ' ']) {
            anyhow::bail!(
                "--public-url must be an origin such as https://portal.example.com, without a path"
            );
        }
        Ok(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(public_url: Option<&str>) -> Settings {
        Cli::parse_from(["portico-server"])
            .settings
            .clone()
            .with_public_url(public_url)
    }

    impl Settings {
        fn with_public_url(mut self, url: Option<&str>) -> Self {
            self.public_url = url.map(str::to_string);
            self
        }
    }

    #[test]
    fn public_url_defaults_to_the_listen_address() {
        assert_eq!(
            settings(None).public_url().unwrap(),
            "http://127.0.0.1:3000"
        );
    }

    #[test]
    fn public_url_must_be_a_bare_origin() {
        assert_eq!(
            settings(Some("https://portal.example.com/"))
                .public_url()
                .unwrap(),
            "https://portal.example.com"
        );
        for bad in [
            "portal.example.com",
            "ftp://x",
            "https://x/path",
            "https://",
        ] {
            assert!(settings(Some(bad)).public_url().is_err(), "{bad}");
        }
    }

    #[test]
    fn durations_take_a_unit() {
        assert_eq!(parse_duration_secs("24h"), Ok(86_400));
        assert_eq!(parse_duration_secs("90m"), Ok(5400));
        assert_eq!(parse_duration_secs("3s"), Ok(3));
        assert_eq!(parse_duration_secs("2d"), Ok(172_800));
        for bad in ["", "24", "h", "0s", "-1h", "1y", "999999d"] {
            assert!(parse_duration_secs(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn database_defaults_to_a_file_in_the_data_folder() {
        assert_eq!(settings(None).database_url(), "sqlite://data/portico.db");
    }
}

//! Builds the application from settings; `main` and the API tests both start it here.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::auth::password::Hasher;
use crate::auth::throttle::Throttle;
use crate::clock::{Clock, Seconds, SystemClock};
use crate::config::Settings;
use crate::device::GeoIp;
use crate::http::connections::{self, ConnectionLimits};
use crate::http::limits::{self, RequestLimits, MAX_BODY_BYTES};
use crate::http::{headers, origin, static_files};
use crate::instance::InstanceLock;
use crate::keys::Keys;
use crate::mail::smtp::SmtpTarget;
use crate::mail::Mailer;
use crate::portal::PortalCache;
use crate::reset_door::{self, ResetDoor};
use crate::settings::SettingsCache;
use crate::state::{AppState, SessionConfig};
use crate::store::Store;
use crate::webhooks::Webhooks;

pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    pub state: AppState,
    /// The one-time staff setup link, when no staff account exists yet.
    pub setup_link: Option<String>,
    /// The origin links point at (`--public-url`, else this server's own address).
    pub public_url: String,
    /// Where the outbox is delivered; without it mail waits in the outbox.
    smtp: Option<SmtpTarget>,
    connection_limits: ConnectionLimits,
    /// The reset queue's receiving end, for its worker.
    reset_jobs: crate::reset_door::Jobs,
    data_dir: std::path::PathBuf,
    database_url: String,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        Application::build_with_clock(settings, Arc::new(SystemClock)).await
    }

    pub async fn build_with_clock(
        settings: Settings,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Application> {
        let listener = TcpListener::bind(settings.listen)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen))?;
        // Port 0 (tests) is only known once bound, and the default public URL names it.
        let mut settings = settings;
        settings.listen = listener.local_addr()?;
        let public_url = settings.public_url()?;
        settings.check()?;
        std::fs::create_dir_all(&settings.data_dir).with_context(|| {
            format!(
                "cannot create the data folder {}",
                settings.data_dir.display()
            )
        })?;
        let keys = Keys::load(settings.secret_key.as_deref(), &settings.data_dir)?;
        let store = Store::open(&settings.database_url()).await?;
        let instance = InstanceLock::acquire(&settings.data_dir, &store).await?;
        // Mail and webhook deliveries a crashed process had claimed go out now, not when
        // their leases run out.
        crate::instance::take_back_dead_claims(&store, &settings.data_dir).await?;
        let portal = PortalCache::load(&store, &settings.mail_from).await?;
        let setup_link = crate::setup_link::issue_if_needed(
            &store,
            &keys,
            &public_url,
            &settings.data_dir,
            clock.now(),
        )
        .await?;
        let smtp = settings
            .smtp_url
            .as_deref()
            .map(SmtpTarget::parse)
            .transpose()?;
        let geoip = settings
            .geoip_db
            .as_deref()
            .map(GeoIp::open)
            .transpose()?
            .map(Arc::new);
        let stored_settings = store.stored_settings().await?;
        let (reset_door, reset_jobs) = ResetDoor::new(reset_door::Limits {
            per_address: settings.reset_limit_per_address as usize,
            per_ip: settings.reset_limit_per_ip as usize,
        });
        let state = AppState {
            store: store.clone(),
            keys,
            hasher: Hasher::new()?,
            throttle: Throttle::new(store.clone()),
            key_limiter: Arc::new(crate::auth::key_limit::KeyLimiter::new(
                settings.api_requests_per_minute,
                store.backend(),
            )),
            clock,
            portal: Arc::new(portal),
            sessions: SessionConfig {
                idle: Seconds::minutes(i64::from(settings.session_idle_minutes)),
                max: Seconds::hours(i64::from(settings.session_max_hours)),
                secure: public_url.starts_with("https://"),
            },
            public_url: public_url.as_str().into(),
            mail: Mailer::new(
                settings.mail_from.clone(),
                i64::from(settings.mail_retry_secs),
            ),
            settings: Arc::new(SettingsCache::new(
                settings.portal_defaults(),
                &stored_settings,
                settings.pseudo_locale,
            )),
            geoip,
            reset_door: Arc::new(reset_door),
            human_checks: Arc::new(crate::human_check::policy::Policy::new(
                crate::human_check::policy::StaffAllowance {
                    sends: settings.staff_sends_allowance,
                    window_secs: settings.staff_sends_window,
                },
            )),
            instance: Arc::new(instance),
            webhooks: Webhooks::new(i64::from(settings.webhook_retry_secs))?,
        };
        crate::reset::replay_recent(&state).await?;
        let router = router(state.clone(), &settings, &public_url)?;
        let connection_limits = ConnectionLimits {
            header_timeout: Seconds::new(settings.header_timeout).std(),
            max_per_ip: settings.max_connections_per_ip,
            trusted_proxies: Arc::new(settings.trusted_proxies.clone()),
        };
        Ok(Application {
            listener,
            router,
            state,
            setup_link,
            public_url,
            smtp,
            connection_limits,
            reset_jobs,
            data_dir: settings.data_dir.clone(),
            database_url: settings.database_url(),
        })
    }

    pub fn local_addr(&self) -> anyhow::Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serves until the shutdown signal resolves.
    pub async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        tokio::spawn(housekeeping(self.state.clone()));
        tokio::spawn(return_freed_memory());
        // Compressing the catalogs takes a few milliseconds each: done now, off the
        // runtime, rather than on a reader's first request.
        tokio::task::spawn_blocking(crate::i18n::prepare_catalogs);
        tokio::spawn(crate::reset::work(self.state.clone(), self.reset_jobs));
        tokio::spawn(crate::webhooks::sender::run(self.state.clone()));
        tokio::spawn(crate::instance::watch(self.state.clone(), self.data_dir));
        if self.state.store.backend() == crate::store::Backend::Postgres {
            tokio::spawn(crate::shared::follow(self.state.clone(), self.database_url));
        }
        match &self.smtp {
            Some(target) => {
                tracing::info!(host = %target.host, port = target.port, "delivering mail over SMTP");
                tokio::spawn(crate::mail::sender::run(
                    self.state.clone(),
                    target.transport()?,
                ));
            }
            None => tracing::info!(
                "no --smtp-url: emails stay in the outbox (portico-server outbox list)"
            ),
        }
        connections::serve(self.listener, self.router, self.connection_limits, shutdown).await
    }
}

fn router(state: AppState, settings: &Settings, public_url: &str) -> anyhow::Result<Router> {
    let origin: Arc<str> = public_url.into();
    let (api, document) = crate::routes::router().split_for_parts();
    let document = crate::openapi::render(document, &state.sessions)?;
    let request_limits = Arc::new(RequestLimits {
        body_bytes: MAX_BODY_BYTES,
        body_timeout: Seconds::new(settings.body_timeout).std(),
        request_timeout: Seconds::new(settings.request_timeout).std(),
    });
    let api = api
        .layer(axum::Extension(crate::routes::docs::Document(document)))
        .with_state(state.clone())
        .layer(axum::middleware::from_fn_with_state(
            origin,
            origin::refuse_cross_site,
        ))
        .layer(axum::middleware::from_fn_with_state(
            request_limits,
            limits::enforce,
        ))
        // Outermost, so even the limits' and the origin check's refusals are worded in
        // the caller's language.
        .layer(axum::middleware::from_fn_with_state(
            state.settings.clone(),
            crate::i18n::caller_scope,
        ));
    let mut app = Router::new()
        .merge(api)
        // https://w3c.github.io/webappsec-change-password-url/: password managers send
        // people here to change a password.
        .route(
            "/.well-known/change-password",
            axum::routing::get(|| async {
                (
                    axum::http::StatusCode::FOUND,
                    [(axum::http::header::LOCATION, "/account/password")],
                )
            }),
        )
        .route(
            "/i18n/{tag}/{file}",
            axum::routing::get(crate::i18n::catalog),
        )
        .merge(static_files::router(&settings.static_dir)?)
        .layer(axum::middleware::from_fn(headers::security_headers))
        .layer(TraceLayer::new_for_http());
    if state.sessions.secure {
        app = app.layer(axum::middleware::from_fn(
            headers::strict_transport_security,
        ));
    }
    Ok(app)
}

/// Deletes dead sessions now and then so the table does not grow without bound.
/// Finished webhook deliveries are kept this long for the console's history.
const DELIVERY_HISTORY_SECS: i64 = 30 * 86_400;

async fn housekeeping(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(15 * 60));
    loop {
        tick.tick().await;
        if let Err(err) = state
            .store
            .delete_expired_sessions(state.now(), state.sessions.idle.get())
            .await
        {
            tracing::warn!(error = format!("{err:#}"), "session housekeeping failed");
        }
        if let Err(err) = state.throttle.prune(state.now()).await {
            tracing::warn!(error = format!("{err:#}"), "throttle housekeeping failed");
        }
        if let Err(err) = state
            .store
            .prune_deliveries(state.now() - DELIVERY_HISTORY_SECS)
            .await
        {
            tracing::warn!(error = format!("{err:#}"), "webhook housekeeping failed");
        }
        if let Err(err) = state.store.prune_human_checks(state.now()).await {
            tracing::warn!(
                error = format!("{err:#}"),
                "human-check housekeeping failed"
            );
        }
    }
}

/// Hands freed heap memory back to the OS now and then. Thousands of connections that
/// came and went (each with its buffers, allocated on many threads) leave glibc's arenas
/// full of free but resident pages, which it does not return by itself.
async fn return_freed_memory() {
    let mut tick = tokio::time::interval(Duration::from_secs(30));
    loop {
        tick.tick().await;
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        // SAFETY: malloc_trim only releases memory the allocator holds free.
        unsafe {
            libc::malloc_trim(0);
        }
    }
}

/// `portico-server serve`.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    connections::raise_open_file_limit();
    let app = Application::build(settings).await?;
    let public_url = app.public_url.clone();
    if let Some(link) = &app.setup_link {
        // Printed, never logged: it grants a staff account to whoever opens it first.
        println!(
            "\nNo staff account exists yet. Open this link within 1 hour to create the first one:\n\n    {link}\n\n(It works once. Restarting the server prints a new link and retires this one.)\n"
        );
    }
    tracing::info!(address = %app.local_addr()?, %public_url, "Portico is listening");
    println!("Portico is running at {public_url}");
    app.run_until(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

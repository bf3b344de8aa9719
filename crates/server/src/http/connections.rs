//! The accept loop. axum's `serve` offers no header timeout and no per-address cap, and
//! leaves Nagle's algorithm on, so Portico drives hyper itself:
//!
//! - `TCP_NODELAY` on every connection: an answer written in two parts (head, then body)
//!   would otherwise wait for the client's delayed ACK, 40 ms or more on a kept-alive
//!   connection;
//! - a header read timeout, which also closes kept-alive connections that stay idle, so a
//!   client cannot hold a connection (and a file descriptor) by sending nothing;
//! - at most `max_per_ip` open connections per client address, so one address cannot use
//!   up the process's file descriptors and starve everyone else;
//! - on shutdown, requests in flight finish (for up to `GRACE`) before the server exits.

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt;

use super::extract::address_key;
use super::proxy::{ClientAddr, TrustedProxies};
use crate::sync::lock;

#[derive(Debug, Clone)]
pub struct ConnectionLimits {
    pub header_timeout: Duration,
    /// 0: no cap. Trusted proxies are never capped: each carries many clients.
    pub max_per_ip: u32,
    /// Whose forwarding headers name the client (`http::proxy`).
    pub trusted_proxies: Arc<TrustedProxies>,
}

/// How long a graceful shutdown waits for requests in flight.
const GRACE: Duration = Duration::from_secs(10);
/// Request heads larger than this are refused (431); it also bounds each connection's
/// read buffer.
const MAX_HEAD_BYTES: usize = 64 * 1024;

pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let open = PerAddress::new(limits.max_per_ip);
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(MAX_HEAD_BYTES);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of file descriptors (or a connection reset before accept): wait a
                    // moment instead of spinning; the slots free up as connections end.
                    tracing::warn!(error = %err, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let from_proxy = limits.trusted_proxies.trusts(peer.ip());
        let Some(slot) = open.admit(peer.ip(), from_proxy) else {
            // Closed at once: the cheapest answer, and nothing to hold.
            drop(stream);
            continue;
        };
        if let Err(err) = stream.set_nodelay(true) {
            tracing::debug!(error = %err, "TCP_NODELAY failed");
        }
        let proxies = limits.trusted_proxies.clone();
        let service =
            router
                .clone()
                .map_request(move |mut request: axum::http::Request<Incoming>| {
                    // Per request, not per connection: a proxy's kept-alive connection
                    // carries requests from many clients.
                    let client = if from_proxy {
                        proxies.client_address(peer.ip(), request.headers())
                    } else {
                        peer.ip()
                    };
                    request.extensions_mut().insert(ClientAddr(client));
                    request
                });
        let connection = graceful
            .watch(http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)));
        tokio::spawn(async move {
            let _slot = slot;
            if let Err(err) = connection.await {
                tracing::debug!(error = %err, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(GRACE) => tracing::warn!("requests still running after the grace period"),
    }
    Ok(())
}

/// Open connections per client address.
#[derive(Clone)]
struct PerAddress {
    max: u32,
    open: Arc<Mutex<HashMap<IpAddr, u32>>>,
}

/// One admitted connection; dropping it frees the slot.
struct Slot {
    key: IpAddr,
    open: Option<Arc<Mutex<HashMap<IpAddr, u32>>>>,
}

impl PerAddress {
    fn new(max: u32) -> Self {
        PerAddress {
            max,
            open: Arc::default(),
        }
    }

    fn admit(&self, ip: IpAddr, from_proxy: bool) -> Option<Slot> {
        let key = address_key(ip);
        if self.max == 0 || from_proxy {
            return Some(Slot { key, open: None });
        }
        let mut open = lock(&self.open);
        let count = open.entry(key).or_insert(0);
        if *count >= self.max {
            return None;
        }
        *count += 1;
        Some(Slot {
            key,
            open: Some(self.open.clone()),
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let Some(open) = &self.open else { return };
        let mut open = lock(open);
        if let Some(count) = open.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.key);
            }
        }
    }
}

/// Raises the open-file limit to its hard maximum: each connection is a file descriptor,
/// and the soft default (often 1,024) is far below what a busy server holds.
pub fn raise_open_file_limit() {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit/setrlimit only read and write the struct passed in.
        let raised = unsafe {
            libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && {
                let before = limit.rlim_cur;
                limit.rlim_cur = limit.rlim_max;
                before == limit.rlim_max || libc::setrlimit(libc::RLIMIT_NOFILE, &limit) == 0
            }
        };
        if raised {
            tracing::debug!(open_files = limit.rlim_cur, "open-file limit");
        } else {
            tracing::warn!("could not raise the open-file limit");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_cap_and_slots_come_back() {
        let per = PerAddress::new(2);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let a = per.admit(ip, false).unwrap();
        let _b = per.admit(ip, false).unwrap();
        assert!(per.admit(ip, false).is_none());
        assert!(per.admit("192.0.2.2".parse().unwrap(), false).is_some());
        drop(a);
        assert!(per.admit(ip, false).is_some());
    }

    #[test]
    fn an_ipv6_64_is_one_address() {
        let per = PerAddress::new(1);
        let _a = per.admit("2001:db8::1".parse().unwrap(), false).unwrap();
        assert!(per.admit("2001:db8::2".parse().unwrap(), false).is_none());
        assert!(per
            .admit("2001:db8:0:1::1".parse().unwrap(), false)
            .is_some());
    }

    #[test]
    fn zero_means_no_cap() {
        let per = PerAddress::new(0);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let held: Vec<_> = (0..1000).map(|_| per.admit(ip, false).unwrap()).collect();
        assert_eq!(held.len(), 1000);
        assert!(lock(&per.open).is_empty());
    }

    #[test]
    fn a_trusted_proxy_is_never_capped() {
        let per = PerAddress::new(1);
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let held: Vec<_> = (0..10).map(|_| per.admit(proxy, true).unwrap()).collect();
        assert_eq!(held.len(), 10);
        assert!(lock(&per.open).is_empty());
    }
}

//! A small SMTP server on loopback that keeps what it receives, so tests read the mail the
//! real sender delivered.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub raw: Vec<u8>,
}

impl Received {
    pub fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .expect("a parsable message")
    }

    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_string()
    }

    pub fn text(&self) -> String {
        self.parsed()
            .body_text(0)
            .expect("a text part")
            .into_owned()
    }

    pub fn html(&self) -> String {
        self.parsed()
            .body_html(0)
            .expect("an HTML part")
            .into_owned()
    }
}

pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Mutex<Vec<Received>>>,
    arrived: Arc<Notify>,
    /// Messages that were held and whose sender was gone before the answer.
    abandoned: Arc<AtomicUsize>,
    /// Notified when a message starts being held.
    holding: Arc<Notify>,
    task: tokio::task::JoinHandle<()>,
}

/// How the server answers a message's end.
#[derive(Clone, Copy)]
struct Behaviour {
    /// Waits this long before answering, like a slow relay; a sender that has gone by
    /// then never heard "queued", so the message is not kept (it was never delivered).
    hold: Duration,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        SmtpServer::start_on(0).await
    }

    pub async fn start_on(port: u16) -> SmtpServer {
        SmtpServer::start_with(port, Duration::ZERO).await
    }

    /// A slow relay: each message waits `hold` for its answer.
    pub async fn start_holding(hold: Duration) -> SmtpServer {
        SmtpServer::start_with(0, hold).await
    }

    async fn start_with(port: u16, hold: Duration) -> SmtpServer {
        let behaviour = Behaviour { hold };
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let inbox = Arc::new(Mutex::new(Vec::new()));
        let arrived = Arc::new(Notify::new());
        let abandoned = Arc::new(AtomicUsize::new(0));
        let holding = Arc::new(Notify::new());
        let (box2, arrived2) = (inbox.clone(), arrived.clone());
        let (abandoned2, holding2) = (abandoned.clone(), holding.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let shared = Shared {
                    inbox: box2.clone(),
                    arrived: arrived2.clone(),
                    abandoned: abandoned2.clone(),
                    holding: holding2.clone(),
                };
                tokio::spawn(async move {
                    let _ = session(stream, shared, behaviour).await;
                });
            }
        });
        SmtpServer {
            port,
            inbox,
            arrived,
            abandoned,
            holding,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<Received> {
        self.inbox.lock().unwrap().clone()
    }

    /// Waits (up to 10 s) until `count` messages have arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        self.wait_for_within(count, Duration::from_secs(10)).await
    }

    /// Waits until a message is being held (see [`SmtpServer::start_holding`]).
    pub async fn wait_for_holding(&self) {
        tokio::time::timeout(Duration::from_secs(30), self.holding.notified())
            .await
            .expect("a message reached the relay");
    }

    /// Messages whose sender left before the answer.
    pub fn abandoned(&self) -> usize {
        self.abandoned.load(Ordering::SeqCst)
    }

    pub async fn wait_for_within(&self, count: usize, within: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let notified = self.arrived.notified();
            let got = self.received();
            if got.len() >= count {
                return got;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("only {} of {count} messages arrived", self.received().len());
            }
        }
    }
}

struct Shared {
    inbox: Arc<Mutex<Vec<Received>>>,
    arrived: Arc<Notify>,
    abandoned: Arc<AtomicUsize>,
    holding: Arc<Notify>,
}

async fn session(
    stream: tokio::net::TcpStream,
    shared: Shared,
    behaviour: Behaviour,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 test-smtp ready\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_string();
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            write
                .write_all(b"250-test-smtp\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                .await?;
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("MAIL FROM:") {
            from = command[10..].trim().to_string();
            to.clear();
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("RCPT TO:") {
            to.push(command[8..].trim().to_string());
            write.write_all(b"250 OK\r\n").await?;
        } else if upper == "DATA" {
            write.write_all(b"354 go ahead\r\n").await?;
            let mut raw = Vec::new();
            loop {
                let mut data = Vec::new();
                if lines.read_until(b'\n', &mut data).await? == 0 {
                    return Ok(());
                }
                if data == b".\r\n" {
                    break;
                }
                // Dot-stuffing: a leading ".." stands for ".".
                let data = if data.starts_with(b"..") {
                    &data[1..]
                } else {
                    &data[..]
                };
                raw.extend_from_slice(data);
            }
            if !behaviour.hold.is_zero() {
                shared.holding.notify_waiters();
                tokio::time::sleep(behaviour.hold).await;
                // A sender that died meanwhile closed the connection: nothing to read
                // but its end. A live one waits for the answer, so reading times out.
                let gone = matches!(
                    tokio::time::timeout(Duration::from_millis(20), lines.fill_buf()).await,
                    Ok(Ok([]) | Err(_))
                );
                if gone {
                    shared.abandoned.fetch_add(1, Ordering::SeqCst);
                    return Ok(());
                }
            }
            shared.inbox.lock().unwrap().push(Received {
                from: from.clone(),
                to: to.clone(),
                raw,
            });
            shared.arrived.notify_waiters();
            write.write_all(b"250 OK queued\r\n").await?;
        } else if upper == "RSET" {
            write.write_all(b"250 OK\r\n").await?;
        } else if upper == "QUIT" {
            write.write_all(b"221 bye\r\n").await?;
            return Ok(());
        } else {
            write.write_all(b"502 not implemented\r\n").await?;
        }
    }
}

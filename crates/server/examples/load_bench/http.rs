//! A bare HTTP/1.1 client on tokio's `TcpStream`: one request at a time on a connection,
//! from a chosen loopback source address, every read and write under a timeout. Nothing
//! between the bench and the socket, so the times are the server's (and the kernel's).

use std::io::{Error, ErrorKind, Result};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::time::timeout;

/// The default source address, which the kernel picks without a `bind`.
pub const LOCALHOST: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// How to reach the server and how to phrase requests to it.
#[derive(Clone)]
pub struct Target {
    pub addr: SocketAddr,
}

impl Target {
    /// From the URL the server printed, `http://127.0.0.1:PORT`.
    pub fn from_url(url: &str) -> Target {
        let addr = url
            .strip_prefix("http://")
            .and_then(|rest| rest.parse().ok())
            .unwrap_or_else(|| panic!("the server's URL {url:?} is not http://IP:PORT"));
        Target { addr }
    }

    /// Opens a connection from `from` (any 127.x.y.z: Linux loopback accepts them all).
    pub async fn connect(&self, from: IpAddr, limit: Duration) -> Result<Conn> {
        let socket = TcpSocket::new_v4()?;
        if from != LOCALHOST {
            socket.bind(SocketAddr::new(from, 0))?;
        }
        let stream = timeout(limit, socket.connect(self.addr))
            .await
            .map_err(|_| Error::new(ErrorKind::TimedOut, "connect timed out"))??;
        stream.set_nodelay(true)?;
        Ok(Conn {
            stream,
            buf: Vec::with_capacity(4096),
        })
    }

    /// The connection the previous request left open, else a new one from `from`.
    pub async fn reuse_or_connect(
        &self,
        conn: &mut Option<Conn>,
        from: IpAddr,
        limit: Duration,
    ) -> Result<Conn> {
        match conn.take() {
            Some(open) => Ok(open),
            None => self.connect(from, limit).await,
        }
    }

    /// One request on `conn` (opened from `from` when there is none), which stays open
    /// for the next request unless the server closes it or the request fails.
    pub async fn send_reusing(
        &self,
        conn: &mut Option<Conn>,
        from: IpAddr,
        request: &[u8],
        limit: Duration,
    ) -> Result<Response> {
        let mut open = self.reuse_or_connect(conn, from, limit).await?;
        let response = open.send(request, limit).await?;
        if !response.closing {
            *conn = Some(open);
        }
        Ok(response)
    }

    /// One request on a new connection from `from`; the time is from writing the request
    /// to the answer's last byte (connecting not included).
    pub async fn once(
        &self,
        from: IpAddr,
        request: &[u8],
        limit: Duration,
    ) -> Result<(Response, Duration)> {
        let mut conn = self.connect(from, limit).await?;
        let start = Instant::now();
        let response = conn.send(request, limit).await?;
        Ok((response, start.elapsed()))
    }

    /// `GET path`; `extra` is more header lines, each ending in CRLF.
    pub fn get(&self, path: &str, extra: &str) -> Vec<u8> {
        format!("GET {path} HTTP/1.1\r\nHost: {}\r\n{extra}\r\n", self.addr).into_bytes()
    }

    /// `POST path` with a JSON body, marked same-origin as the app's own fetches are.
    pub fn post_json(&self, path: &str, body: &serde_json::Value, extra: &str) -> Vec<u8> {
        let body = body.to_string();
        format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
             Sec-Fetch-Site: same-origin\r\nContent-Length: {}\r\n{extra}\r\n{body}",
            self.addr,
            body.len()
        )
        .into_bytes()
    }
}

pub struct Response {
    pub status: u16,
    head: String,
    pub body: Vec<u8>,
    /// The server said `Connection: close`.
    pub closing: bool,
}

impl Response {
    /// The first value of a header, by lowercase name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then_some(value.trim())
        })
    }

    /// `name=value` of the response's `Set-Cookie`, for a `Cookie` header.
    pub fn cookie(&self) -> Option<String> {
        let set = self.header("set-cookie")?;
        Some(set.split(';').next().unwrap_or(set).to_string())
    }
}

pub struct Conn {
    stream: TcpStream,
    /// Bytes read past the previous response (none with one request at a time).
    buf: Vec<u8>,
}

impl Conn {
    pub fn stream(&self) -> &TcpStream {
        &self.stream
    }

    /// Writes bytes without waiting for an answer.
    pub async fn write(&mut self, bytes: &[u8], limit: Duration) -> Result<()> {
        timeout(limit, self.stream.write_all(bytes))
            .await
            .map_err(|_| Error::new(ErrorKind::TimedOut, "write timed out"))?
    }

    /// Sends one request and reads its whole response, all within `limit`.
    pub async fn send(&mut self, request: &[u8], limit: Duration) -> Result<Response> {
        let deadline = Instant::now() + limit;
        self.write(request, limit).await?;
        self.read_response(deadline).await
    }

    /// Waits (until `limit`) for the server to close the connection, so that the server
    /// side ends the TCP connection and the bench keeps no TIME_WAIT ports.
    pub async fn wait_for_close(mut self, limit: Duration) {
        let mut scratch = [0u8; 512];
        let deadline = Instant::now() + limit;
        while let Ok(Ok(n)) =
            tokio::time::timeout_at(deadline.into(), self.stream.read(&mut scratch)).await
        {
            if n == 0 {
                break;
            }
        }
    }

    async fn fill(&mut self, deadline: Instant) -> Result<usize> {
        let mut chunk = [0u8; 8192];
        let n = tokio::time::timeout_at(deadline.into(), self.stream.read(&mut chunk))
            .await
            .map_err(|_| Error::new(ErrorKind::TimedOut, "no complete answer in time"))??;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    async fn fill_or_eof(&mut self, deadline: Instant) -> Result<()> {
        if self.fill(deadline).await? == 0 {
            return Err(Error::new(
                ErrorKind::UnexpectedEof,
                "connection closed mid-answer",
            ));
        }
        Ok(())
    }

    async fn read_response(&mut self, deadline: Instant) -> Result<Response> {
        let head_end = loop {
            if let Some(at) = find(&self.buf, b"\r\n\r\n") {
                break at + 4;
            }
            self.fill_or_eof(deadline).await?;
        };
        let head = String::from_utf8_lossy(&self.buf[..head_end]).into_owned();
        self.buf.drain(..head_end);
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| Error::new(ErrorKind::InvalidData, "no status line"))?;
        let mut response = Response {
            status,
            head,
            body: Vec::new(),
            closing: false,
        };
        response.closing = response
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"));
        if let Some(length) = response.header("content-length") {
            let length: usize = length
                .parse()
                .map_err(|_| Error::new(ErrorKind::InvalidData, "bad Content-Length"))?;
            while self.buf.len() < length {
                self.fill_or_eof(deadline).await?;
            }
            response.body = self.buf.drain(..length).collect();
        } else if response
            .header("transfer-encoding")
            .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
        {
            response.body = self.read_chunked(deadline).await?;
        } else {
            // Delimited by the end of the connection.
            while self.fill(deadline).await? > 0 {}
            response.body = std::mem::take(&mut self.buf);
            response.closing = true;
        }
        Ok(response)
    }

    async fn read_chunked(&mut self, deadline: Instant) -> Result<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let line_end = loop {
                if let Some(at) = find(&self.buf, b"\r\n") {
                    break at;
                }
                self.fill_or_eof(deadline).await?;
            };
            let size_text = String::from_utf8_lossy(&self.buf[..line_end]).into_owned();
            let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
                .map_err(|_| Error::new(ErrorKind::InvalidData, "bad chunk size"))?;
            self.buf.drain(..line_end + 2);
            // The chunk and its CRLF (for the last chunk: no trailers, just the CRLF).
            while self.buf.len() < size + 2 {
                self.fill_or_eof(deadline).await?;
            }
            body.extend(self.buf.drain(..size));
            self.buf.drain(..2);
            if size == 0 {
                return Ok(body);
            }
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

//! A fault-injecting HTTP/1.1 proxy between a device and the server, on
//! loopback. Each request takes the next fault from a queue (none: pass).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What to do to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward it.
    Pass,
    /// Drop the connection halfway through the request body: the server never sees it.
    ResetMidUpload,
    /// Answer 503 with `Retry-After: 1` without forwarding.
    Unavailable,
    /// Answer 500 without forwarding.
    ServerError,
    /// Forward it (the server commits), then send back only half the response and close.
    TruncateAfterCommit,
    /// Forward it (the server commits), then answer only after this long.
    Slow(Duration),
}

/// A running proxy.
pub struct Proxy {
    /// Its base URL.
    pub url: String,
    faults: Arc<Mutex<VecDeque<Fault>>>,
    /// Requests seen, with the fault applied.
    pub seen: Arc<Mutex<Vec<Fault>>>,
}

impl Proxy {
    /// Starts a proxy to `upstream` (`http://127.0.0.1:PORT`).
    pub async fn start(upstream: &str) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let upstream = upstream.trim_start_matches("http://").to_string();
        let faults: Arc<Mutex<VecDeque<Fault>>> = Arc::default();
        let seen: Arc<Mutex<Vec<Fault>>> = Arc::default();
        let (f, s) = (Arc::clone(&faults), Arc::clone(&seen));
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (upstream, f, s) = (upstream.clone(), Arc::clone(&f), Arc::clone(&s));
                tokio::spawn(async move {
                    let _ = serve(client, &upstream, f, s).await;
                });
            }
        });
        Proxy { url, faults, seen }
    }

    /// Queues faults for the next requests.
    pub fn inject(&self, faults: &[Fault]) {
        if let Ok(mut q) = self.faults.lock() {
            q.extend(faults);
        }
    }

    /// The faults applied so far.
    pub fn applied(&self) -> Vec<Fault> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

/// Reads one HTTP message (head and a Content-Length body).
async fn read_message(stream: &mut TcpStream) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| {
            l.strip_prefix("content-length:")
                .map(|v| v.trim().parse().unwrap_or(0))
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(Some(buf))
}

async fn serve(
    mut client: TcpStream,
    upstream: &str,
    faults: Arc<Mutex<VecDeque<Fault>>>,
    seen: Arc<Mutex<Vec<Fault>>>,
) -> std::io::Result<()> {
    loop {
        let Some(request) = read_message(&mut client).await? else {
            return Ok(());
        };
        let fault = faults
            .lock()
            .ok()
            .and_then(|mut q| q.pop_front())
            .unwrap_or(Fault::Pass);
        if let Ok(mut s) = seen.lock() {
            s.push(fault);
        }
        match fault {
            Fault::ResetMidUpload => {
                // Forward only part of the request, then cut both sides.
                let mut server = TcpStream::connect(upstream).await?;
                server.write_all(&request[..request.len() / 2]).await?;
                return Ok(());
            }
            Fault::Unavailable => {
                client
                    .write_all(b"HTTP/1.1 503 Service Unavailable\r\nretry-after: 1\r\ncontent-type: application/json\r\ncontent-length: 55\r\n\r\n{\"error\":\"internal\",\"message\":\"down for maintenance\"}  ")
                    .await?;
                continue;
            }
            Fault::ServerError => {
                client
                    .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n")
                    .await?;
                continue;
            }
            _ => {}
        }
        let mut server = TcpStream::connect(upstream).await?;
        server.write_all(&request).await?;
        let Some(response) = read_message(&mut server).await? else {
            return Ok(());
        };
        match fault {
            Fault::TruncateAfterCommit => {
                client.write_all(&response[..response.len() / 2]).await?;
                return Ok(());
            }
            Fault::Slow(d) => {
                tokio::time::sleep(d).await;
                client.write_all(&response).await?;
            }
            _ => client.write_all(&response).await?,
        }
    }
}

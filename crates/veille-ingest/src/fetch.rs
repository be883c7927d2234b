//! HTTP(S) fetching: reqwest's blocking client with rustls, timeouts and a size limit.
//!
//! The client is built on first use, so inputs without URLs never start it. Do not call it from
//! inside an async runtime (use `tokio::task::spawn_blocking`).

use std::io::Read;
use std::time::Duration;

use crate::IngestError;

/// A fetched resource.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The final URL, after redirects.
    pub url: String,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// A lazily built HTTP client.
pub struct Fetcher {
    client: Option<reqwest::blocking::Client>,
    timeout: Duration,
    max_bytes: u64,
}

impl Fetcher {
    /// A fetcher with a whole-request `timeout` and a body limit of `max_bytes`.
    pub fn new(timeout: Duration, max_bytes: u64) -> Self {
        Fetcher {
            client: None,
            timeout,
            max_bytes,
        }
    }

    fn client(&mut self, origin: &str) -> Result<&reqwest::blocking::Client, IngestError> {
        if self.client.is_none() {
            let c = reqwest::blocking::Client::builder()
                .timeout(self.timeout)
                .connect_timeout(self.timeout.min(Duration::from_secs(10)))
                .user_agent(concat!(
                    "veille/",
                    env!("CARGO_PKG_VERSION"),
                    " (news analysis)"
                ))
                .build()
                .map_err(|e| IngestError::Fetch {
                    origin: origin.to_owned(),
                    reason: format!("cannot start the HTTP client: {e}"),
                })?;
            self.client = Some(c);
        }
        self.client.as_ref().ok_or_else(|| IngestError::Fetch {
            origin: origin.to_owned(),
            reason: "no HTTP client".to_owned(),
        })
    }

    /// GETs `url`.
    ///
    /// # Errors
    /// [`IngestError::Fetch`] for a bad URL, an unreachable host, a timeout or a non-2xx status;
    /// [`IngestError::TooLarge`] when the body exceeds the limit.
    pub fn get(&mut self, url: &str) -> Result<Fetched, IngestError> {
        let max = self.max_bytes;
        let fetch_err = |reason: String| IngestError::Fetch {
            origin: url.to_owned(),
            reason,
        };
        let client = self.client(url)?;
        let resp = client
            .get(url)
            .send()
            .map_err(|e| fetch_err(describe(&e)))?;
        let status = resp.status();
        if !status.is_success() {
            return Err(fetch_err(format!("HTTP status {status}")));
        }
        if let Some(len) = resp.content_length() {
            if len > max {
                return Err(IngestError::TooLarge {
                    origin: url.to_owned(),
                    size: len,
                    limit: max,
                });
            }
        }
        let final_url = resp.url().to_string();
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let mut body = Vec::new();
        resp.take(max + 1)
            .read_to_end(&mut body)
            .map_err(|e| fetch_err(format!("reading the body: {e}")))?;
        if body.len() as u64 > max {
            return Err(IngestError::TooLarge {
                origin: url.to_owned(),
                size: body.len() as u64,
                limit: max,
            });
        }
        Ok(Fetched {
            url: final_url,
            content_type,
            body,
        })
    }
}

/// The whole error chain of a reqwest error, on one line ("connection refused", "timed out").
fn describe(e: &reqwest::Error) -> String {
    let mut s = if e.is_timeout() {
        "timed out".to_owned()
    } else if e.is_connect() {
        "cannot connect".to_owned()
    } else if e.is_builder() {
        "bad URL".to_owned()
    } else {
        "request failed".to_owned()
    };
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(c) = src {
        s.push_str(": ");
        s.push_str(&c.to_string());
        src = c.source();
    }
    s
}

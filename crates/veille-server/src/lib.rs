//! # veille-server
//!
//! `veille serve`: a JSON HTTP API over a [`veille_store::Store`] and the web UI (plain
//! HTML/JS/CSS embedded with `include_str!`, Leaflet vendored under `static/leaflet`, no build
//! step, no network). The analysis is injected as a function so this crate does not depend on
//! the pipeline: the CLI passes `Analyzer::analyze`.
//!
//! Endpoints (all JSON; the OpenAPI 3.1 description is at `/api/openapi.json`):
//! `POST /api/analyze`, `POST /api/ingest`, `GET /api/search`, `GET /api/documents/{id}`,
//! `GET /api/entities`, `GET /api/entities/{name}`, `GET /api/places`, `GET /api/quotes`,
//! `GET /api/stories`, `GET /api/stories/{id}`, `GET /api/stats`.
//! Errors are `{"error": message, "status": code}` with a 4xx code for bad requests.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use std::sync::Arc;
use veille_core::{Document, Meta};
use veille_store::{Incoming, Store};

mod demo;
pub use demo::{load_demo, DEMO_JSONL};

/// The analysis function (`Analyzer::analyze`).
pub type AnalyzeFn = Arc<dyn Fn(&str, Meta) -> Document + Send + Sync>;

/// Largest request body (bytes).
pub const MAX_BODY: usize = 8 * 1024 * 1024;
/// Largest text accepted for one document (bytes).
pub const MAX_TEXT: usize = 1024 * 1024;
/// Most documents in one `POST /api/ingest`.
pub const MAX_BATCH: usize = 500;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] veille_store::Error),
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub analyze: AnalyzeFn,
}

/// An error answer: `{"error": ..., "status": ...}`.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl ApiError {
    fn bad(msg: impl Into<String>) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, msg.into())
    }
    fn not_found(msg: impl Into<String>) -> ApiError {
        ApiError(StatusCode::NOT_FOUND, msg.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.0,
            Json(json!({"error": self.1, "status": self.0.as_u16()})),
        )
            .into_response()
    }
}

impl From<veille_store::Error> for ApiError {
    fn from(e: veille_store::Error) -> ApiError {
        use veille_store::Error as E;
        let status = match &e {
            E::Query(_) | E::Invalid(_) => StatusCode::BAD_REQUEST,
            E::ReadOnly | E::Locked(_) => StatusCode::CONFLICT,
            E::Missing(_) => StatusCode::NOT_FOUND,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError(status, e.to_string())
    }
}

type ApiResult = Result<Response, ApiError>;

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
}

/// Query-string parameters, repeated keys kept.
struct Params(Vec<(String, String)>);

impl Params {
    fn parse(raw: Option<String>) -> Params {
        Params(
            form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }
    fn get(&self, k: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(key, v)| key == k && !v.is_empty())
            .map(|(_, v)| v.clone())
    }
    fn all(&self, k: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(key, v)| key == k && !v.is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }
    fn num(&self, k: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        match self.get(k) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n <= max => Ok(n),
                _ => Err(ApiError::bad(format!(
                    "parameter {k}={v:?} must be an integer from 0 to {max}"
                ))),
            },
        }
    }
    fn check_known(&self, known: &[&str]) -> Result<(), ApiError> {
        for (k, _) in &self.0 {
            if !known.contains(&k.as_str()) {
                return Err(ApiError::bad(format!(
                    "unknown parameter {k:?} (expected one of: {})",
                    known.join(", ")
                )));
            }
        }
        Ok(())
    }
}

fn json_ok(v: impl serde::Serialize) -> ApiResult {
    Ok(Json(v).into_response())
}

/// The router: API under `/api`, UI at `/`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(ui_index))
        .route("/static/{*path}", get(ui_static))
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .route("/api", get(api_index))
        .route("/api/openapi.json", get(openapi))
        .route("/api/analyze", post(analyze))
        .route("/api/ingest", post(ingest))
        .route("/api/search", get(search))
        .route("/api/documents/{id}", get(document))
        .route("/api/entities", get(entities))
        .route("/api/entities/{name}", get(entity))
        .route("/api/places", get(places))
        .route("/api/quotes", get(quotes))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/stats", get(stats))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

/// Serves until Ctrl-C.
///
/// # Errors
/// When the address cannot be bound.
pub fn serve(addr: &str, store: Arc<dyn Store>, analyze: AnalyzeFn) -> Result<(), Error> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Error::Bind {
                addr: addr.to_string(),
                source: e,
            })?;
        axum::serve(listener, router(AppState { store, analyze }))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint (see /api for the list)")
}

async fn api_index() -> ApiResult {
    json_ok(json!({
        "name": "veille",
        "version": env!("CARGO_PKG_VERSION"),
        "openapi": "/api/openapi.json",
        "endpoints": [
            "POST /api/analyze", "POST /api/ingest", "GET /api/search", "GET /api/documents/{id}",
            "GET /api/entities", "GET /api/entities/{name}", "GET /api/places", "GET /api/quotes",
            "GET /api/stories", "GET /api/stories/{id}", "GET /api/stats"
        ]
    }))
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
        .into_response()
}

/// One document in a request body: `text` (or `article`) plus optional metadata fields, at
/// the top level or in a `meta` object; read as JSONL lines are ([`veille_core::text_and_meta`]).
fn doc_input(v: Value, what: &str) -> Result<(String, Meta), ApiError> {
    let Value::Object(mut obj) = v else {
        return Err(ApiError::bad(format!("{what}: expected a JSON object")));
    };
    let nested = obj.remove("meta");
    let (text, mut meta) =
        veille_core::text_and_meta(obj).map_err(|r| ApiError::bad(format!("{what}: {r}")))?;
    match nested {
        Some(Value::Object(m)) => meta = Meta::from_object(m),
        Some(_) => return Err(ApiError::bad(format!("{what}: \"meta\" must be an object"))),
        None => {}
    }
    if text.len() > MAX_TEXT {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("{what}: text of {} bytes exceeds {MAX_TEXT}", text.len()),
        ));
    }
    Ok((text, meta))
}

fn parse_body(body: &Bytes) -> Result<Value, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::bad(format!("body is not valid JSON: {e}")))
}

async fn analyze(State(st): State<AppState>, body: Bytes) -> ApiResult {
    let (text, meta) = doc_input(parse_body(&body)?, "body")?;
    let doc = blocking(move || Ok((st.analyze)(&text, meta))).await?;
    json_ok(doc.to_json())
}

async fn ingest(State(st): State<AppState>, body: Bytes) -> ApiResult {
    let v = parse_body(&body)?;
    let items: Vec<Value> = match v {
        Value::Object(mut o) if o.contains_key("documents") => match o.remove("documents") {
            Some(Value::Array(a)) => a,
            _ => return Err(ApiError::bad("\"documents\" must be an array")),
        },
        Value::Array(a) => a,
        other => vec![other],
    };
    if items.is_empty() {
        return Err(ApiError::bad("no documents"));
    }
    if items.len() > MAX_BATCH {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "{} documents in one request; at most {MAX_BATCH}",
                items.len()
            ),
        ));
    }
    let inputs = items
        .into_iter()
        .enumerate()
        .map(|(i, v)| doc_input(v, &format!("documents[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    let report = blocking(move || {
        let batch = inputs
            .into_iter()
            .enumerate()
            .map(|(i, (text, meta))| {
                let origin = meta.url.clone().unwrap_or_else(|| format!("api:{}", i));
                Incoming {
                    doc: (st.analyze)(&text, meta),
                    origin,
                }
            })
            .collect();
        Ok(st.store.put_batch(batch)?)
    })
    .await?;
    json_ok(json!({
        "stored": report.stored(),
        "duplicates": report.duplicates(),
        "outcomes": report.outcomes,
    }))
}

async fn search(State(st): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let p = Params::parse(raw);
    p.check_known(&[
        "q", "entity", "place", "speaker", "source", "lang", "from", "to", "limit", "offset",
        "facets",
    ])?;
    let q = veille_store::SearchQuery {
        text: p.get("q").unwrap_or_default(),
        entity: p.all("entity"),
        place: p.all("place"),
        speaker: p.all("speaker"),
        source: p.all("source"),
        lang: p.get("lang"),
        from: p.get("from"),
        to: p.get("to"),
        limit: p.num("limit", 20, 200)?,
        offset: p.num("offset", 0, 10_000)?,
        facets: p.num("facets", 10, 100)?,
    };
    let res = blocking(move || Ok(st.store.search(&q)?)).await?;
    json_ok(res)
}

/// The stored document: bookkeeping plus the Document wire JSON (code-point offsets).
pub fn stored_json(d: &veille_store::StoredDoc) -> Value {
    json!({
        "id": d.id,
        "origin": d.origin,
        "pipeline": d.pipeline,
        "story": d.story,
        "duplicates": d.duplicates,
        "document": d.doc.to_json(),
    })
}

async fn document(State(st): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let id2 = id.clone();
    match blocking(move || Ok(st.store.document(&id2)?)).await? {
        Some(d) => json_ok(stored_json(&d)),
        None => Err(ApiError::not_found(format!("no document {id:?}"))),
    }
}

async fn entities(State(st): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let p = Params::parse(raw);
    p.check_known(&["top", "type"])?;
    let label = p.get("type").map(|t| t.to_uppercase());
    if let Some(l) = &label {
        if !["PER", "ORG", "LOC", "MISC"].contains(&l.as_str()) {
            return Err(ApiError::bad(format!(
                "type={l:?}: expected PER, ORG, LOC or MISC"
            )));
        }
    }
    let q = veille_store::EntityQuery {
        top: p.num("top", 20, 1000)?,
        label,
    };
    json_ok(blocking(move || Ok(st.store.entities(&q)?)).await?)
}

async fn entity(State(st): State<AppState>, Path(name): Path<String>) -> ApiResult {
    let n2 = name.clone();
    match blocking(move || Ok(st.store.entity(&n2)?)).await? {
        Some(e) => json_ok(e),
        None => Err(ApiError::not_found(format!("no entity {name:?}"))),
    }
}

async fn places(State(st): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let p = Params::parse(raw);
    p.check_known(&["limit"])?;
    let limit = p.num("limit", 500, 5000)?;
    json_ok(blocking(move || Ok(st.store.places(limit)?)).await?)
}

async fn quotes(State(st): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let p = Params::parse(raw);
    p.check_known(&["speaker", "doc", "limit"])?;
    let q = veille_store::QuoteQuery {
        speaker: p.get("speaker"),
        doc: p.get("doc"),
        limit: p.num("limit", 50, 1000)?,
    };
    json_ok(blocking(move || Ok(st.store.quotes(&q)?)).await?)
}

async fn stories(State(st): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let p = Params::parse(raw);
    p.check_known(&["limit"])?;
    let limit = p.num("limit", 20, 500)?;
    json_ok(blocking(move || Ok(st.store.stories(limit)?)).await?)
}

async fn story(State(st): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let Ok(n) = id.parse::<i64>() else {
        return Err(ApiError::bad(format!("story id {id:?} is not an integer")));
    };
    match blocking(move || Ok(st.store.story(n)?)).await? {
        Some(s) => json_ok(s),
        None => Err(ApiError::not_found(format!("no story {n}"))),
    }
}

async fn stats(State(st): State<AppState>) -> ApiResult {
    json_ok(blocking(move || Ok(st.store.stats()?)).await?)
}

// ---------------------------------------------------------------- UI

async fn ui_index() -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        include_str!("../static/index.html"),
    )
        .into_response()
}

async fn ui_static(Path(path): Path<String>) -> Response {
    let text =
        |ct: &'static str, body: &'static str| ([(header::CONTENT_TYPE, ct)], body).into_response();
    let png = |body: &'static [u8]| ([(header::CONTENT_TYPE, "image/png")], body).into_response();
    match path.as_str() {
        "app.js" => text(
            "text/javascript; charset=utf-8",
            include_str!("../static/app.js"),
        ),
        "app.css" => text("text/css; charset=utf-8", include_str!("../static/app.css")),
        "leaflet/leaflet.js" => text(
            "text/javascript; charset=utf-8",
            include_str!("../static/leaflet/leaflet.js"),
        ),
        "leaflet/leaflet.css" => text(
            "text/css; charset=utf-8",
            include_str!("../static/leaflet/leaflet.css"),
        ),
        "leaflet/images/marker-icon.png" => {
            png(include_bytes!("../static/leaflet/images/marker-icon.png"))
        }
        "leaflet/images/marker-icon-2x.png" => png(include_bytes!(
            "../static/leaflet/images/marker-icon-2x.png"
        )),
        "leaflet/images/marker-shadow.png" => {
            png(include_bytes!("../static/leaflet/images/marker-shadow.png"))
        }
        "leaflet/images/layers.png" => png(include_bytes!("../static/leaflet/images/layers.png")),
        "leaflet/images/layers-2x.png" => {
            png(include_bytes!("../static/leaflet/images/layers-2x.png"))
        }
        _ => ApiError::not_found(format!("no static file {path:?}")).into_response(),
    }
}

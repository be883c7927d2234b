use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;
use veille_core::{Document, Language, Meta};
use veille_server::{load_demo, router, AnalyzeFn, AppState};
use veille_store::{LocalStore, OpenMode, Store};

fn analyze(text: &str, meta: Meta) -> Document {
    let mut d = Document::new(text, meta);
    d.language = Language {
        code: "fr".into(),
        confidence: 1.0,
        supported: true,
    };
    d
}

fn app(dir: &std::path::Path) -> axum::Router {
    let store = LocalStore::open(dir, OpenMode::Write).unwrap();
    let f: AnalyzeFn = Arc::new(analyze);
    assert_eq!(load_demo(&store, &*f).unwrap(), 8);
    let store: Arc<dyn Store> = Arc::new(store);
    router(AppState { store, analyze: f })
}

async fn call(
    app: &axum::Router,
    method: &str,
    uri: &str,
    body: Option<String>,
) -> (StatusCode, Value, String) {
    let req = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json");
    let req = req
        .body(body.map(Body::from).unwrap_or_else(Body::empty))
        .unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8_lossy(&bytes).to_string();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::Null),
        text,
    )
}

#[tokio::test]
async fn api_end_to_end() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path());

    let (s, v, _) = call(&app, "GET", "/api/search?q=incendie&facets=5", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["total"], 2);
    assert_eq!(v["facets"]["source"].as_array().unwrap().len(), 2);
    let id = v["hits"][0]["id"].as_str().unwrap().to_string();
    let story = v["hits"][0]["story"].as_i64().unwrap();

    let (s, v, _) = call(
        &app,
        "GET",
        "/api/search?source=Lyon%20Matin&source=Rail%20Hebdo",
        None,
    )
    .await;
    assert_eq!(
        (s, v["total"].as_u64()),
        (StatusCode::OK, Some(0)),
        "filters AND together"
    );
    let (_, v, _) = call(
        &app,
        "GET",
        "/api/search?q=gr%C3%A8ve&from=2025-10-08",
        None,
    )
    .await;
    assert_eq!(v["total"], 1);

    let (s, v, _) = call(&app, "GET", &format!("/api/documents/{id}"), None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["document"]["schema"], "veille.document/1");
    assert!(v["document"]["text"]
        .as_str()
        .unwrap()
        .contains("Mont-de-Marsan"));

    let (s, v, _) = call(&app, "GET", &format!("/api/stories/{story}"), None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        v["documents"].as_array().unwrap().len(),
        2,
        "the two fire articles form one story"
    );
    let (s, v, _) = call(&app, "GET", "/api/stories", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v.as_array().unwrap().len(), 5);

    for uri in [
        "/api/entities?top=5",
        "/api/places",
        "/api/quotes?speaker=Dumas",
        "/api/stats",
        "/api",
        "/api/openapi.json",
    ] {
        let (s, v, _) = call(&app, "GET", uri, None).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert!(!v.is_null(), "{uri}");
    }

    // analyse without storing; ingest; idempotent re-ingest
    let (s, v, _) = call(
        &app,
        "POST",
        "/api/analyze",
        Some(json!({"text": "Alep est libérée.", "title": "t"}).to_string()),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["meta"]["title"], "t");
    let body = json!({"documents": [{"text": "Le port de Marseille a accueilli 2 millions de passagers.", "source": "Test", "date": "2025-01-02"}]}).to_string();
    let (s, v, _) = call(&app, "POST", "/api/ingest", Some(body.clone())).await;
    assert_eq!((s, v["stored"].as_u64()), (StatusCode::OK, Some(1)));
    let (_, v, _) = call(&app, "POST", "/api/ingest", Some(body)).await;
    assert_eq!(
        (v["stored"].as_u64(), v["duplicates"].as_u64()),
        (Some(0), Some(1))
    );

    // clear 4xx errors
    let cases: &[(&str, &str, Option<&str>, StatusCode, &str)] = &[
        (
            "GET",
            "/api/search?limit=abc",
            None,
            StatusCode::BAD_REQUEST,
            "limit",
        ),
        (
            "GET",
            "/api/search?bogus=1",
            None,
            StatusCode::BAD_REQUEST,
            "unknown parameter",
        ),
        (
            "GET",
            "/api/search?from=hier",
            None,
            StatusCode::BAD_REQUEST,
            "YYYY-MM-DD",
        ),
        (
            "GET",
            "/api/documents/0000000000000000",
            None,
            StatusCode::NOT_FOUND,
            "no document",
        ),
        (
            "GET",
            "/api/documents/abc",
            None,
            StatusCode::BAD_REQUEST,
            "too short",
        ),
        (
            "GET",
            "/api/entities?type=XYZ",
            None,
            StatusCode::BAD_REQUEST,
            "PER",
        ),
        (
            "GET",
            "/api/entities/Personne%20Inconnue",
            None,
            StatusCode::NOT_FOUND,
            "no entity",
        ),
        (
            "GET",
            "/api/stories/abc",
            None,
            StatusCode::BAD_REQUEST,
            "integer",
        ),
        (
            "GET",
            "/api/nope",
            None,
            StatusCode::NOT_FOUND,
            "no such endpoint",
        ),
        (
            "POST",
            "/api/analyze",
            Some("{not json"),
            StatusCode::BAD_REQUEST,
            "not valid JSON",
        ),
        (
            "POST",
            "/api/analyze",
            Some("{\"txt\": \"x\"}"),
            StatusCode::BAD_REQUEST,
            "no \\\"text\\\" field",
        ),
        (
            "POST",
            "/api/analyze",
            Some("{\"text\": \"  \"}"),
            StatusCode::BAD_REQUEST,
            "empty",
        ),
        (
            "POST",
            "/api/ingest",
            Some("[]"),
            StatusCode::BAD_REQUEST,
            "no documents",
        ),
    ];
    for (m, uri, body, want, msg) in cases {
        let (s, v, raw) = call(&app, m, uri, body.map(|b| b.to_string())).await;
        assert_eq!(s, *want, "{m} {uri}: {raw}");
        assert!(raw.contains(msg), "{m} {uri}: {raw}");
        assert_eq!(v["status"], want.as_u16());
    }
    let big = json!({"text": "a".repeat(veille_server::MAX_TEXT + 1)}).to_string();
    let (s, _, _) = call(&app, "POST", "/api/analyze", Some(big)).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    let huge = "x".repeat(veille_server::MAX_BODY + 10);
    let (s, _, _) = call(&app, "POST", "/api/analyze", Some(huge)).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);

    // the UI and the vendored Leaflet
    let (s, _, html) = call(&app, "GET", "/", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("/static/app.js"));
    for uri in [
        "/static/app.js",
        "/static/app.css",
        "/static/leaflet/leaflet.js",
        "/static/leaflet/images/marker-icon.png",
    ] {
        let (s, _, _) = call(&app, "GET", uri, None).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
    }
}

#[test]
fn openapi_is_valid_json_listing_every_route() {
    let v: Value = serde_json::from_str(include_str!("../src/openapi.json")).unwrap();
    let paths = v["paths"].as_object().unwrap();
    for p in [
        "/api/analyze",
        "/api/ingest",
        "/api/search",
        "/api/documents/{id}",
        "/api/entities/{name}",
        "/api/places",
        "/api/quotes",
        "/api/stories/{id}",
    ] {
        assert!(paths.contains_key(p), "{p}");
    }
}

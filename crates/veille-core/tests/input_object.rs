//! JSON input objects (JSONL lines, API bodies) split into text and metadata.

use serde_json::{json, Value};
use veille_core::text_and_meta;

fn split(v: Value) -> String {
    let Value::Object(obj) = v else {
        unreachable!("fixtures are objects")
    };
    match text_and_meta(obj) {
        Ok((text, meta)) => format!("{text:?} {}", serde_json::to_string(&meta).unwrap()),
        Err(reason) => format!("error: {reason}"),
    }
}

#[test]
fn text_article_ids_dates_and_extra_fields() {
    let got = [
        json!({"text": "Alep.", "id": 7, "date": " 2016-12-13 ", "author": null}),
        json!({"text": null, "article": "Alep.", "title": ["a", "b"], "tags": ["x"]}),
        json!({"article": "Alep.", "id": 2.5, "source": "AFP"}),
        json!({"text": 3}),
        json!({"title": "t"}),
        json!({"text": "  "}),
    ]
    .into_iter()
    .map(split)
    .collect::<Vec<_>>()
    .join("\n");
    expect_test::expect![[r#"
        "Alep." {"id":"7","date":"2016-12-13"}
        "Alep." {"tags":["x"],"text":null,"title":["a","b"]}
        "Alep." {"id":"2.5","source":"AFP"}
        error: the "text" field is not a string
        error: no "text" field
        error: empty "text": nothing to analyse"#]]
    .assert_eq(&got);
}

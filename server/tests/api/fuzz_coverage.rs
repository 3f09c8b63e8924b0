//! The request-body fuzz target covers every operation that takes a JSON body. Its dispatch
//! panics on an operation it does not know, but only in CI's last stage; this finds the gap in
//! the test suite, minutes into a run instead of an hour.

use serde_json::Value;

#[test]
fn every_json_body_operation_has_a_fuzz_entry() {
    let spec: Value = serde_yaml_ng::from_str(include_str!("../../../openapi.yaml")).unwrap();
    let fuzz = include_str!("../../../fuzz/src/lib.rs");
    let mut missing = Vec::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let (Some(id), Some(_)) = (
                op["operationId"].as_str(),
                op.pointer("/requestBody/content/application~1json"),
            ) else {
                continue;
            };
            if !fuzz.contains(&format!("\"{id}\" =>")) {
                missing.push(id.to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add these operations to jobs_fuzz::request_body in fuzz/src/lib.rs: {missing:?}"
    );
}

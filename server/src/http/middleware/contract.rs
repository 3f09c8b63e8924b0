//! Request bodies are checked against the contract itself.
//!
//! The generated models cover types, required members, unknown members and simple bounds, but
//! not every JSON Schema rule of `openapi.yaml` (formats such as `uri` and `email`, bounds on
//! array items, `minProperties`, nested nullable objects). This route layer validates each JSON
//! body against its operation's schema (draft 2020-12, formats on) before the handler runs, so
//! what the contract refuses is refused with 422 and a JSON Pointer per member — and before any
//! state is read (a stale `If-Match` on an invalid body is still a 422).

use std::collections::HashMap;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use http::{StatusCode, header};
use jobs_api::models;
use jsonschema::error::ValidationErrorKind;
use serde_json::{Value, json};

use crate::http::middleware::identity::Identified;
use crate::http::problem;

/// Compiled request-body schemas, by operation id.
pub struct BodySchemas {
    by_operation: HashMap<String, jsonschema::Validator>,
    max_body_bytes: usize,
}

impl BodySchemas {
    /// Compiles the JSON request-body schema of every operation of `spec`.
    pub fn compile(spec: &Value, max_body_bytes: usize) -> anyhow::Result<Self> {
        let mut by_operation = HashMap::new();
        let components = spec.get("components").cloned().unwrap_or(json!({}));
        let paths = spec
            .get("paths")
            .and_then(Value::as_object)
            .ok_or_else(|| anyhow::anyhow!("the contract has no paths"))?;
        for item in paths.values() {
            let Some(item) = item.as_object() else {
                continue;
            };
            for op in item.values() {
                let (Some(id), Some(schema)) = (
                    op.get("operationId").and_then(Value::as_str),
                    op.pointer("/requestBody/content/application~1json/schema"),
                ) else {
                    continue;
                };
                let validator = schema_validator(schema, &components)
                    .map_err(|e| anyhow::anyhow!("schema of {id}: {e}"))?;
                by_operation.insert(id.to_string(), validator);
            }
        }
        Ok(Self {
            by_operation,
            max_body_bytes,
        })
    }

    /// The violations of `body` for operation `id`, as problem errors (empty when valid).
    pub fn violations(&self, id: &str, body: &Value) -> Vec<models::ProblemFieldError> {
        let Some(validator) = self.by_operation.get(id) else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        for error in validator.iter_errors(body).take(50) {
            collect(&error, &mut errors);
        }
        // One complaint per member is enough (a `javascript:` URL breaks both its format and
        // its pattern).
        errors.dedup_by(|a, b| a.pointer == b.pointer);
        errors
    }
}

/// Flattens one violation. For `oneOf`/`anyOf` (a nullable object is `oneOf: [X, null]`) the
/// branch that matched the value's type explains the failure best: report its violations.
/// A validator of one schema of the contract, with the contract's components beside it so that
/// `#/components/...` references resolve inside this one document; formats are checked.
pub(super) fn schema_validator(
    schema: &Value,
    components: &Value,
) -> Result<jsonschema::Validator, jsonschema::ValidationError<'static>> {
    let document = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [schema],
        "components": components,
    });
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&document)
}

fn collect(error: &jsonschema::ValidationError<'_>, out: &mut Vec<models::ProblemFieldError>) {
    if let ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } =
        error.kind()
    {
        let type_mismatch = |branch: &Vec<jsonschema::ValidationError<'static>>| {
            branch.iter().any(|e| {
                matches!(e.kind(), ValidationErrorKind::Type { .. })
                    && e.instance_path().as_str() == error.instance_path().as_str()
            })
        };
        if let Some(branch) = context.iter().find(|b| !b.is_empty() && !type_mismatch(b)) {
            for inner in branch {
                collect(inner, out);
            }
            return;
        }
    }
    let base = error.instance_path().as_str().to_string();
    let (pointer, detail) = describe(&base, error.kind());
    out.push(models::ProblemFieldError::new(pointer, detail));
}

/// Gate step (see `gate`, after authorization): validates a JSON body, then hands the same bytes on.
pub async fn validate_body<F, Fut>(schemas: &BodySchemas, req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    // `auth::identify` already found the operation; no second lookup per request.
    let operation = req.extensions().get::<Identified>().map(|i| i.operation.id);
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_json_media_type);
    let Some(operation) = operation.filter(|id| is_json && schemas.by_operation.contains_key(*id))
    else {
        // Not a JSON body of an operation that takes one: the generated extractor decides
        // (415 for other media types).
        return next(req).await;
    };

    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, schemas.max_body_bytes).await {
        Ok(bytes) => bytes,
        Err(_) => return problem::response(&problem::body_too_large(schemas.max_body_bytes)),
    };
    let value = match serde_json::from_slice::<Value>(&bytes) {
        Ok(value) => value,
        // Where the JSON breaks, in serde_json's words (a position and what it expected; never
        // the input itself).
        Err(e) => {
            return problem::response(&problem::new(
                StatusCode::BAD_REQUEST,
                problem::types::MALFORMED_JSON,
                "Malformed JSON",
                &format!(
                    "The request body is not valid JSON: {} at line {}, column {}.",
                    json_error_class(&e),
                    e.line(),
                    e.column()
                ),
            ));
        }
    };
    let errors = schemas.violations(operation, &value);
    if !errors.is_empty() {
        let mut p = problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            problem::types::VALIDATION,
            "Unprocessable Content",
            "The request body does not match the contract: each entry of `errors` names a \
             member (a JSON Pointer) and what it must be.",
        );
        p.r_errors = Some(errors);
        return problem::response(&p);
    }
    next(Request::from_parts(parts, Body::from(bytes))).await
}

/// What kind of JSON error, without serde_json's message (which can quote the input).
fn json_error_class(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "it ends too soon",
        serde_json::error::Category::Syntax => "a syntax error",
        serde_json::error::Category::Data => "a value of the wrong kind",
        serde_json::error::Category::Io => "it could not be read",
    }
}

fn is_json_media_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A pointer and a neutral sentence for one violation. Never quotes the offending value.
fn describe(base: &str, kind: &ValidationErrorKind) -> (String, String) {
    let child = |name: &str| format!("{base}/{}", name.replace('~', "~0").replace('/', "~1"));
    match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => (
            unexpected
                .first()
                .map_or_else(|| base.to_string(), |u| child(u)),
            "unknown member: remove it (the operation's schema in /docs lists the members)".into(),
        ),
        ValidationErrorKind::Required { property } => (
            child(property.as_str().unwrap_or_default()),
            "is required".into(),
        ),
        other => (base.to_string(), describe_kind(other)),
    }
}

/// What a value must be, for a violation of one of its own rules (type, enum, bounds, form).
/// Lists an enum's values and a bound's limit; never quotes the offending value.
pub(super) fn describe_kind(kind: &ValidationErrorKind) -> String {
    match kind {
        ValidationErrorKind::Type { kind } => format!("must be {}", expected_type(kind)),
        ValidationErrorKind::Enum { options } => format!(
            "must be one of: {}",
            options
                .as_array()
                .map(|values| values
                    .iter()
                    .map(|v| match v {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "))
                .unwrap_or_default()
        ),
        ValidationErrorKind::Constant { expected_value } => format!("must be {expected_value}"),
        ValidationErrorKind::Format { format } => format!("must be a valid {format}"),
        ValidationErrorKind::MaxLength { limit } => format!("must be at most {limit} characters"),
        ValidationErrorKind::MinLength { limit } => format!("must be at least {limit} characters"),
        ValidationErrorKind::Pattern { pattern } => describe_pattern(pattern),
        ValidationErrorKind::Maximum { limit } => format!("must be at most {limit}"),
        ValidationErrorKind::Minimum { limit } => format!("must be at least {limit}"),
        ValidationErrorKind::ExclusiveMaximum { limit } => format!("must be less than {limit}"),
        ValidationErrorKind::ExclusiveMinimum { limit } => format!("must be more than {limit}"),
        ValidationErrorKind::MaxItems { limit } => format!("must have at most {limit} items"),
        ValidationErrorKind::MinItems { limit } => format!("must have at least {limit} items"),
        ValidationErrorKind::UniqueItems => "must not repeat items".into(),
        ValidationErrorKind::MinProperties { limit } => {
            format!("must have at least {limit} members")
        }
        ValidationErrorKind::MaxProperties { limit } => {
            format!("must have at most {limit} members")
        }
        _ => "is invalid".into(),
    }
}

/// A pattern's rule in words where the contract's patterns have an obvious one, else the
/// pattern itself (a client can test against it).
fn describe_pattern(pattern: &str) -> String {
    match pattern {
        r"[^\s\u0085]" => "must not be blank".into(),
        p if p.starts_with("^(me|none|") => "must be `me`, `none` or a member id (a UUID)".into(),
        p => format!("must match the regular expression {p}"),
    }
}

/// The JSON type(s) a member must have, in words.
fn expected_type(kind: &jsonschema::error::TypeKind) -> String {
    use jsonschema::JsonType;
    use jsonschema::error::TypeKind;
    let name = |t: JsonType| match t {
        JsonType::Array => "an array",
        JsonType::Boolean => "a boolean",
        JsonType::Integer => "an integer",
        JsonType::Null => "null",
        JsonType::Number => "a number",
        JsonType::Object => "an object",
        JsonType::String => "a string",
    };
    match kind {
        TypeKind::Single(t) => name(*t).to_string(),
        TypeKind::Multiple(types) => types.iter().map(name).collect::<Vec<_>>().join(" or "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas() -> BodySchemas {
        let spec: Value =
            serde_yaml_ng::from_str(include_str!("../../../../openapi.yaml")).unwrap();
        BodySchemas::compile(&spec, 65536).unwrap()
    }

    fn pointers(errors: &[models::ProblemFieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.pointer.as_str()).collect()
    }

    #[test]
    fn valid_bodies_pass() {
        let s = schemas();
        let ok = json!({"title": "Engineer", "languages": ["English"], "vacancies": 3.0});
        assert!(s.violations("createJob", &ok).is_empty());
        assert!(
            s.violations("updateJob", &json!({"department": null}))
                .is_empty()
        );
    }

    /// Found by the request_body fuzz target: the contract admitted sizes no int64 holds, which
    /// the generated model then refused, so contract and implementation disagreed.
    #[test]
    fn sizes_beyond_int64_break_the_contract() {
        let s = schemas();
        for op in ["presignUpload", "presignPublicUpload"] {
            for size in [json!(9223372036854775808_u64), json!(2.4522e37)] {
                let body = json!({"purpose": "cv", "filename": "cv.pdf",
                    "content_type": "application/pdf", "size_bytes": size});
                assert_eq!(
                    pointers(&s.violations(op, &body)),
                    ["/size_bytes"],
                    "{op} {size}"
                );
            }
            let body = json!({"purpose": "cv", "filename": "cv.pdf",
                "content_type": "application/pdf", "size_bytes": 9223372036854775807_i64});
            assert!(s.violations(op, &body).is_empty());
        }
    }

    #[test]
    fn rules_the_models_miss_are_enforced() {
        let s = schemas();
        let e = s.violations(
            "createJob",
            &json!({"title": "x", "languages": ["a".repeat(51)]}),
        );
        assert_eq!(pointers(&e), ["/languages/0"]);
        let e = s.violations("updateJob", &json!({}));
        assert_eq!(pointers(&e), [""]);
        let e = s.violations(
            "updateJob",
            &json!({"salary": {"currency": "mvr", "period": "month"}}),
        );
        assert_eq!(pointers(&e), ["/salary/currency"]);
        let e = s.violations("updateEmployer", &json!({"logo_url": "not a uri"}));
        assert_eq!(pointers(&e), ["/logo_url"]);
        let e = s.violations("createJob", &json!({"title": "x", "bogus": 1}));
        assert_eq!(pointers(&e), ["/bogus"]);
        let e = s.violations("createJob", &json!({}));
        assert_eq!(pointers(&e), ["/title"]);
    }

    #[test]
    fn details_say_what_the_value_must_be() {
        let s = schemas();
        let e = s.violations(
            "createJob",
            &json!({"title": "x", "employment_type": "sometimes"}),
        );
        assert_eq!(pointers(&e), ["/employment_type"]);
        assert_eq!(
            e[0].detail,
            "must be one of: full_time, part_time, contract, temporary, internship, volunteer"
        );
        let e = s.violations("createJob", &json!({"title": 7}));
        assert_eq!(e[0].detail, "must be a string");
        let e = s.violations("createJob", &json!({"title": "x", "vacancies": "two"}));
        assert!(
            e[0].detail.starts_with("must be an integer"),
            "{}",
            e[0].detail
        );
    }

    #[test]
    fn details_never_quote_the_value() {
        let s = schemas();
        let e = s.violations("createJob", &json!({"title": "SECRET".repeat(100)}));
        assert!(!e.is_empty());
        assert!(e.iter().all(|e| !e.detail.contains("SECRET")));
    }
}

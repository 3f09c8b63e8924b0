//! Query parameters and `If-Match`, checked against the contract before the handler runs, so
//! that a mistake comes back as a problem saying how to fix it rather than the generated
//! layer's bare 400 (or, for a misspelt parameter, a 200 that silently ignored it):
//!
//! - a query parameter the operation does not take is `400 unknown-parameter` naming it and
//!   listing the ones it takes (Stripe rejects unknown parameters by name too);
//! - a value of the wrong form is `400 invalid-parameter` saying what it must be (the allowed
//!   values of an enum, the type, the bounds);
//! - an operation that changes a resource only under `If-Match` answers `428` when it is
//!   missing (RFC 6585) and `400 invalid-header` when it is not an entity tag (`"3"`, `*`).

use std::collections::{BTreeMap, HashMap};

use axum::extract::Request;
use axum::response::Response;
use http::{StatusCode, header};
use jobs_api::models;
use serde_json::{Value, json};

use crate::http::middleware::identity::Identified;
use crate::http::problem;

/// What one operation takes.
struct Takes {
    /// Query parameters by name, each with its compiled schema and JSON type.
    query: BTreeMap<String, (jsonschema::Validator, &'static str)>,
    if_match: bool,
}

/// The parameter rules of every operation of the contract.
pub struct ParameterRules {
    by_operation: HashMap<String, Takes>,
}

impl ParameterRules {
    pub fn compile(spec: &Value) -> anyhow::Result<Self> {
        let components = spec.get("components").cloned().unwrap_or(json!({}));
        let resolve = |p: &Value| -> Value {
            match p.get("$ref").and_then(Value::as_str) {
                Some(r) => spec
                    .pointer(r.trim_start_matches('#'))
                    .cloned()
                    .unwrap_or(Value::Null),
                None => p.clone(),
            }
        };
        let mut by_operation = HashMap::new();
        let paths = spec
            .get("paths")
            .and_then(Value::as_object)
            .ok_or_else(|| anyhow::anyhow!("the contract has no paths"))?;
        for item in paths.values() {
            let common: Vec<Value> = item
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let Some(methods) = item.as_object() else {
                continue;
            };
            for (method, op) in methods {
                if method == "parameters" {
                    continue;
                }
                let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                let own: Vec<Value> = op
                    .get("parameters")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let mut takes = Takes {
                    query: BTreeMap::new(),
                    if_match: false,
                };
                for p in common.iter().chain(own.iter()).map(resolve) {
                    let (Some(name), Some(place)) = (
                        p.get("name").and_then(Value::as_str),
                        p.get("in").and_then(Value::as_str),
                    ) else {
                        continue;
                    };
                    match place {
                        "query" => {
                            let schema = p.get("schema").cloned().unwrap_or(json!({}));
                            let kind = json_type(&resolve(&schema));
                            let validator = super::contract::schema_validator(&schema, &components)
                                .map_err(|e| anyhow::anyhow!("{id} parameter {name}: {e}"))?;
                            takes.query.insert(name.to_string(), (validator, kind));
                        }
                        "header" if name.eq_ignore_ascii_case("if-match") => {
                            takes.if_match =
                                p.get("required").and_then(Value::as_bool) == Some(true);
                        }
                        _ => {}
                    }
                }
                by_operation.insert(id.to_string(), takes);
            }
        }
        Ok(Self { by_operation })
    }

    /// The problem with `query` and `if_match` for operation `id`, if any.
    fn check(
        &self,
        id: &str,
        query: Option<&str>,
        if_match: Option<&str>,
    ) -> Option<models::Problem> {
        let takes = self.by_operation.get(id)?;
        let mut seen: Vec<String> = Vec::new();
        let mut invalid = Vec::new();
        let mut too_long = Vec::new();
        for (name, value) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            let Some((validator, kind)) = takes.query.get(name.as_ref()) else {
                return Some(unknown_parameter(&name, takes));
            };
            if seen.iter().any(|s| s == name.as_ref()) {
                invalid.push(field(&name, "is given twice: send it once"));
                continue;
            }
            seen.push(name.to_string());
            let parsed = match *kind {
                "integer" => value.parse::<i64>().map(Value::from).ok(),
                "number" => value.parse::<f64>().ok().map(Value::from),
                "boolean" => match value.as_ref() {
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    _ => None,
                },
                _ => Some(Value::String(value.to_string())),
            };
            let Some(parsed) = parsed else {
                invalid.push(field(&name, &format!("must be {}", type_words(kind))));
                continue;
            };
            if let Some(error) = validator.iter_errors(&parsed).next() {
                let detail = super::contract::describe_kind(error.kind());
                if TOO_LONG_IS_422.contains(&(id, name.as_ref()))
                    && matches!(
                        error.kind(),
                        jsonschema::error::ValidationErrorKind::MaxLength { .. }
                    )
                {
                    too_long.push(field(&name, &detail));
                } else {
                    invalid.push(field(&name, &detail));
                }
            }
        }
        if invalid.is_empty() && !too_long.is_empty() {
            let mut p = problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                problem::types::VALIDATION,
                "Unprocessable Content",
                "The query is longer than search takes: each entry of `errors` names the \
                 parameter and its bound.",
            );
            p.r_errors = Some(too_long);
            return Some(p);
        }
        if !invalid.is_empty() {
            let mut p = problem::new(
                StatusCode::BAD_REQUEST,
                problem::types::INVALID_PARAMETER,
                "Invalid query parameter",
                "A query parameter does not have the form the contract gives it: each entry of \
                 `errors` names it (`#/query/<name>`) and what it must be.",
            );
            p.r_errors = Some(invalid);
            return Some(p);
        }
        if takes.if_match {
            match if_match {
                None => {
                    return Some(problem::new(
                        StatusCode::PRECONDITION_REQUIRED,
                        problem::types::PRECONDITION_REQUIRED,
                        "Precondition Required",
                        "This operation changes the resource only if it is unchanged since you \
                         read it: send If-Match with the ETag of your last read (for example \
                         If-Match: \"3\").",
                    ));
                }
                Some(value) if !crate::domain::etag::is_valid_condition(value) => {
                    let mut p = problem::new(
                        StatusCode::BAD_REQUEST,
                        problem::types::INVALID_HEADER,
                        "Invalid If-Match",
                        "If-Match takes the ETag as the API sent it, quotes included (for \
                         example \"3\"), or *.",
                    );
                    p.r_errors = Some(vec![models::ProblemFieldError::new(
                        "#/header/If-Match".into(),
                        "must be an entity tag in quotes, a comma-separated list of them, or *"
                            .into(),
                    )]);
                    return Some(p);
                }
                Some(_) => {}
            }
        }
        None
    }
}

/// Query parameters whose over-long values are well-formed but more than the operation does
/// (public search's index bounds its queries): 422, as the contract documents, not 400.
const TOO_LONG_IS_422: &[(&str, &str)] = &[("searchPublicJobs", "q"), ("suggestPublicJobs", "q")];

fn field(name: &str, detail: &str) -> models::ProblemFieldError {
    models::ProblemFieldError::new(format!("#/query/{name}"), detail.to_string())
}

fn unknown_parameter(name: &str, takes: &Takes) -> models::Problem {
    let known: Vec<&str> = takes.query.keys().map(String::as_str).collect();
    // The name is the client's own text: quoted only when short and plain.
    let shown = if name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
    {
        format!("`{name}`")
    } else {
        "a parameter".to_string()
    };
    let takes_text = if known.is_empty() {
        "it takes no query parameters".to_string()
    } else {
        format!("it takes {}", known.join(", "))
    };
    let mut p = problem::new(
        StatusCode::BAD_REQUEST,
        problem::types::UNKNOWN_PARAMETER,
        "Unknown query parameter",
        &format!("This operation does not take the query parameter {shown}: {takes_text}."),
    );
    let pointer = if shown == "a parameter" {
        "#/query".to_string()
    } else {
        format!("#/query/{name}")
    };
    p.r_errors = Some(vec![models::ProblemFieldError::new(
        pointer,
        "is not a parameter of this operation".into(),
    )]);
    p
}

fn json_type(schema: &Value) -> &'static str {
    match schema.get("type").and_then(Value::as_str) {
        Some("integer") => "integer",
        Some("number") => "number",
        Some("boolean") => "boolean",
        _ => "string",
    }
}

fn type_words(kind: &str) -> &'static str {
    match kind {
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "true or false",
        _ => "a string",
    }
}

/// Gate step (after authorization, before the body): checks the query and `If-Match`.
pub async fn check<F, Fut>(rules: &ParameterRules, req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let Some(operation) = req.extensions().get::<Identified>().map(|i| i.operation.id) else {
        return next(req).await;
    };
    let if_match = req
        .headers()
        .get(header::IF_MATCH)
        .map(|v| v.to_str().unwrap_or("\u{0}"));
    if let Some(p) = rules.check(operation, req.uri().query(), if_match) {
        return problem::response(&p);
    }
    next(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> ParameterRules {
        let spec: Value =
            serde_yaml_ng::from_str(include_str!("../../../../openapi.yaml")).unwrap();
        ParameterRules::compile(&spec).unwrap()
    }

    #[test]
    fn unknown_parameters_are_named_with_the_ones_the_operation_takes() {
        let p = rules()
            .check("listJobs", Some("sortt=title"), None)
            .unwrap();
        assert_eq!(p.status, 400);
        assert_eq!(p.r_type, problem::types::UNKNOWN_PARAMETER);
        let detail = p.detail.unwrap();
        assert!(
            detail.contains("`sortt`") && detail.contains("limit"),
            "{detail}"
        );
        assert!(
            rules()
                .check("listJobs", Some("limit=5&cursor=abc"), None)
                .is_none()
        );
    }

    #[test]
    fn values_say_what_they_must_be() {
        let r = rules();
        let detail = |op: &str, q: &str| {
            r.check(op, Some(q), None).unwrap().r_errors.unwrap()[0]
                .detail
                .clone()
        };
        assert_eq!(detail("listJobs", "limit=abc"), "must be an integer");
        assert_eq!(detail("listJobs", "limit=500"), "must be at most 100");
        assert!(
            detail("searchPublicJobs", "employment_type=sometimes")
                .starts_with("must be one of: full_time, part_time")
        );
        assert_eq!(
            detail("searchPublicJobs", "facets=yes"),
            "must be true or false"
        );
        assert_eq!(
            detail("listJobs", "limit=5&limit=6"),
            "is given twice: send it once"
        );
    }

    #[test]
    fn if_match_is_required_and_must_be_an_entity_tag() {
        let r = rules();
        let p = r.check("updateJob", None, None).unwrap();
        assert_eq!(
            (p.status, p.r_type.as_str()),
            (428, problem::types::PRECONDITION_REQUIRED)
        );
        let p = r.check("updateJob", None, Some("2")).unwrap();
        assert_eq!(
            (p.status, p.r_type.as_str()),
            (400, problem::types::INVALID_HEADER)
        );
        for ok in ["\"2\"", "*", "W/\"2\"", "\"1\", \"2\"", "\",\" , W/\"a,b\""] {
            assert!(r.check("updateJob", None, Some(ok)).is_none(), "{ok}");
        }
        // Operations without If-Match ignore it.
        assert!(r.check("listJobs", None, Some("2")).is_none());
    }
}

//! Problem details (RFC 9457) and request extractors used by the generated server.
//!
//! Added by scripts/generator (not a stock openapi-generator file). Every rejection made by the
//! generated layer is `application/problem+json`; no rejection echoes the request's values or an
//! internal error text.

use std::borrow::Cow;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header, request::Parts};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use validator::{ValidationError, ValidationErrors, ValidationErrorsKind};

/// Media type of every error body produced here.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// One failing member of a request; `pointer` is a JSON Pointer (RFC 6901) into the body
/// (`/salary/min`) or `#/header/Name`, `#/query/name`, `#/path/name` for parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProblemError {
    pub pointer: String,
    pub detail: String,
}

/// An RFC 9457 problem. `status` always equals the HTTP status of the response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemError>,
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            type_: "about:blank".to_string(),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    pub fn with_errors(mut self, errors: Vec<ProblemError>) -> Self {
        self.errors = errors;
        self
    }

    pub fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status, self.title, self.detail)
    }
}

impl std::error::Error for Problem {}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status_code();
        let body = serde_json::to_vec(&self).unwrap_or_else(|_| b"{}".to_vec());
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// Escape one reference token of a JSON Pointer (RFC 6901 section 3).
pub fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

// ---------------------------------------------------------------------------------------------
// Authentication: the verified principal is put into the request extensions by the server
// (route_layer); the generated handlers read it from there.
// ---------------------------------------------------------------------------------------------

/// Claims of an authenticated request, taken from the request extensions.
/// Rejection when absent: 401 problem with `WWW-Authenticate: Bearer`.
#[derive(Debug, Clone)]
pub struct Claims<C>(pub C);

impl<S, C> FromRequestParts<S> for Claims<C>
where
    S: Send + Sync,
    C: Clone + Send + Sync + 'static,
{
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<C>()
            .cloned()
            .map(Claims)
            .ok_or_else(|| Problem::new(StatusCode::UNAUTHORIZED, "authentication required"))
    }
}

// ---------------------------------------------------------------------------------------------
// Path parameters
// ---------------------------------------------------------------------------------------------

/// `axum::extract::Path` whose rejection is a 400 problem.
#[derive(Debug, Clone)]
pub struct ProblemPath<T>(pub T);

impl<S, T> FromRequestParts<S> for ProblemPath<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Send,
{
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::path::ErrorKind;
        use axum::extract::rejection::PathRejection;
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Self(value)),
            Err(PathRejection::FailedToDeserializePathParams(e)) => {
                let key = match e.kind() {
                    ErrorKind::ParseErrorAtKey { key, .. }
                    | ErrorKind::InvalidUtf8InPathParam { key }
                    | ErrorKind::DeserializeError { key, .. } => Some(key.clone()),
                    _ => None,
                };
                let problem = Problem::new(StatusCode::BAD_REQUEST, "invalid path parameter");
                Err(match key {
                    Some(key) => problem.with_errors(vec![ProblemError {
                        pointer: format!("#/path/{}", escape_pointer_token(&key)),
                        detail: "invalid value".to_string(),
                    }]),
                    None => problem,
                })
            }
            Err(_) => Err(Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal server error",
            )),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------------------------

/// Query string extractor (same format as `axum_extra::extract::Query`: repeated keys for
/// arrays) whose rejection is a 400 problem naming the parameter.
#[derive(Debug, Clone)]
pub struct ProblemQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ProblemQuery<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Send,
{
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or("");
        // serde_html_form reads `name=` as an absent optional parameter, which would let an
        // empty value slip past every length and format rule. No query parameter of this
        // contract accepts the empty string, so a present-but-empty one is refused here.
        if let Some(name) = query
            .split('&')
            .find_map(|pair| match pair.split_once('=') {
                Some((name, "")) if !name.is_empty() => Some(name),
                None if !pair.is_empty() => Some(pair),
                _ => None,
            })
        {
            let name = percent_decoded_name(name);
            return Err(
                Problem::new(StatusCode::BAD_REQUEST, "invalid query parameter").with_errors(vec![
                    ProblemError {
                        pointer: format!("#/query/{}", escape_pointer_token(&name)),
                        detail: "must not be empty".to_string(),
                    },
                ]),
            );
        }
        let de = serde_html_form::Deserializer::from_bytes(query.as_bytes());
        match serde_path_to_error::deserialize::<_, T>(de) {
            Ok(value) => Ok(Self(value)),
            Err(e) => {
                let message = e.inner().to_string();
                let (mut tokens, _) = path_tokens(e.path());
                let kind = classify(&message);
                if let ErrorClass::Missing(name) = &kind {
                    tokens.push(name.clone());
                }
                let detail = match kind {
                    ErrorClass::Missing(_) => "missing required query parameter".to_string(),
                    ErrorClass::Type(d) | ErrorClass::Other(d) => d.to_string(),
                    ErrorClass::Unknown(_) => "unknown parameter".to_string(),
                };
                let problem = Problem::new(StatusCode::BAD_REQUEST, "invalid query parameter");
                Err(match tokens.first() {
                    Some(name) => problem.with_errors(vec![ProblemError {
                        pointer: format!("#/query/{}", escape_pointer_token(name)),
                        detail,
                    }]),
                    None => problem,
                })
            }
        }
    }
}

/// A query parameter's name for a problem pointer: decoded, and only if it is plain text.
fn percent_decoded_name(raw: &str) -> String {
    let plain = raw
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
    if plain {
        raw.to_string()
    } else {
        "(parameter)".to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// Headers (used by the generated handlers)
// ---------------------------------------------------------------------------------------------

/// 400 problem for a missing required header, saying what to send.
pub fn missing_header(name: &str) -> Problem {
    let detail = if name.eq_ignore_ascii_case("idempotency-key") {
        "The Idempotency-Key header is required: send a new unique value (a UUID) for each \
         logical request, and the same one when retrying it."
            .to_string()
    } else {
        format!(
            "The {name} header is required: the operation's parameters in /v1/openapi.yaml list it."
        )
    };
    Problem::new(StatusCode::BAD_REQUEST, detail).with_errors(vec![ProblemError {
        pointer: format!("#/header/{}", escape_pointer_token(name)),
        detail: "is required".to_string(),
    }])
}

/// 400 problem for a header whose value cannot be parsed.
pub fn invalid_header(name: &str) -> Problem {
    Problem::new(
        StatusCode::BAD_REQUEST,
        format!(
            "The {name} header has a value of the wrong form: see its schema in /v1/openapi.yaml."
        ),
    )
    .with_errors(vec![ProblemError {
        pointer: format!("#/header/{}", escape_pointer_token(name)),
        detail: "has a value of the wrong form".to_string(),
    }])
}

// ---------------------------------------------------------------------------------------------
// JSON body
// ---------------------------------------------------------------------------------------------

/// JSON request body extractor replacing `axum::Json`:
/// * `Content-Type` not `application/json` / `application/*+json` → 415;
/// * body not well-formed JSON → 400;
/// * JSON not matching the type (unknown or missing member, wrong type, null where not
///   allowed, value not allowed) → 422 with a JSON Pointer to the member.
///
/// Numbers written as floats with an integral value (`3.0`) are accepted for integer fields.
#[derive(Debug, Clone)]
pub struct ProblemJson<T>(pub T);

/// `None`: no Content-Type header; `Some(ok)`: present and (not) a JSON media type.
fn json_content_type(headers: &HeaderMap) -> Option<bool> {
    let value = headers.get(header::CONTENT_TYPE)?;
    let Ok(value) = value.to_str() else {
        return Some(false);
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let Some((ty, subtype)) = essence.split_once('/') else {
        return Some(false);
    };
    Some(ty == "application" && (subtype == "json" || subtype.ends_with("+json")))
}

impl<S, T> FromRequest<S> for ProblemJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Serialize,
{
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let content_type = json_content_type(req.headers());
        if content_type == Some(false) {
            return Err(unsupported_media_type());
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            let status = rejection.status();
            if status == StatusCode::PAYLOAD_TOO_LARGE {
                Problem::new(status, "request body too large")
            } else {
                Problem::new(StatusCode::BAD_REQUEST, "failed to read the request body")
            }
        })?;
        if content_type.is_none() {
            // Only an optional body may be left out entirely.
            if bytes.is_empty() {
                if let Ok(value) = T::deserialize(&Value::Null) {
                    return Ok(Self(value));
                }
            }
            return Err(unsupported_media_type());
        }
        from_json_slice(&bytes).map(Self)
    }
}

fn unsupported_media_type() -> Problem {
    Problem::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "request body must be application/json",
    )
}

/// Parse and type-check a JSON document the way [`ProblemJson`] does.
pub fn from_json_slice<T: DeserializeOwned + Serialize>(bytes: &[u8]) -> Result<T, Problem> {
    let mut value: Value = serde_json::from_slice(bytes)
        .map_err(|_| Problem::new(StatusCode::BAD_REQUEST, "request body is not valid JSON"))?;
    normalize_integral_floats(&mut value);
    from_json_value(&value)
}

/// Type-check an already parsed JSON value; failures are 422 problems with pointers.
pub fn from_json_value<T: DeserializeOwned + Serialize>(value: &Value) -> Result<T, Problem> {
    let typed = deserialize_with_pointer::<T>(value)?;
    // serde lets a struct be written as a JSON array of its field values; JSON Schema does
    // not. Compare the shapes of the input and of the value serialized back.
    if let Ok(back) = serde_json::to_value(&typed) {
        if let Some((tokens, detail)) = array_in_place_of_other(value, &back, Vec::new()) {
            return Err(unprocessable(vec![ProblemError {
                pointer: pointer_of(&tokens),
                detail: detail.to_string(),
            }]));
        }
    }
    Ok(typed)
}

fn array_in_place_of_other(
    input: &Value,
    output: &Value,
    at: Vec<String>,
) -> Option<(Vec<String>, &'static str)> {
    match (input, output) {
        (Value::Array(a), Value::Array(b)) => {
            a.iter().zip(b).enumerate().find_map(|(i, (x, y))| {
                let mut next = at.clone();
                next.push(i.to_string());
                array_in_place_of_other(x, y, next)
            })
        }
        (Value::Array(_), Value::Object(_)) => Some((at, "must be an object")),
        (Value::Array(_), Value::String(_)) => Some((at, "must be a string")),
        (Value::Array(_), Value::Number(_)) => Some((at, "must be a number")),
        (Value::Array(_), Value::Bool(_)) => Some((at, "must be a boolean")),
        (Value::Object(a), Value::Object(b)) => a.iter().find_map(|(k, x)| {
            let y = b.get(k)?;
            let mut next = at.clone();
            next.push(k.clone());
            array_in_place_of_other(x, y, next)
        }),
        _ => None,
    }
}

fn deserialize_with_pointer<T: DeserializeOwned>(value: &Value) -> Result<T, Problem> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let message = e.inner().to_string();
        let (mut tokens, _) = path_tokens(e.path());
        let detail = match classify(&message) {
            ErrorClass::Missing(name) => {
                tokens.push(name);
                "missing required field".to_string()
            }
            ErrorClass::Unknown(name) => {
                // The name comes from the message: only use it if it really is a member.
                if member_exists(value, &tokens, &name) {
                    tokens.push(name);
                }
                "unknown field".to_string()
            }
            ErrorClass::Type(d) | ErrorClass::Other(d) => d.to_string(),
        };
        unprocessable(vec![ProblemError {
            pointer: pointer_of(&tokens),
            detail,
        }])
    })
}

fn unprocessable(errors: Vec<ProblemError>) -> Problem {
    Problem::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "the request body does not match the schema",
    )
    .with_errors(errors)
}

fn pointer_of(tokens: &[String]) -> String {
    tokens
        .iter()
        .map(|t| format!("/{}", escape_pointer_token(t)))
        .collect()
}

fn member_exists(root: &Value, tokens: &[String], name: &str) -> bool {
    let mut current = root;
    for token in tokens {
        current = match current {
            Value::Object(map) => match map.get(token) {
                Some(v) => v,
                None => return false,
            },
            Value::Array(items) => match token.parse::<usize>().ok().and_then(|i| items.get(i)) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    matches!(current, Value::Object(map) if map.contains_key(name))
}

/// Turn numbers written as floats with an integral value (`1718.0`, `1e3`) into integers, so
/// that `type: integer` members accept them (JSON Schema 2020-12 semantics). Non-integral
/// numbers stay floats and are rejected by integer fields.
pub fn normalize_integral_floats(value: &mut Value) {
    match value {
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64() {
                if f.is_finite() && f.fract() == 0.0 {
                    // 2^64 and -2^63 are exactly representable as f64.
                    if (0.0..18_446_744_073_709_551_616.0).contains(&f) {
                        *value = Value::from(f as u64);
                    } else if (-9_223_372_036_854_775_808.0..0.0).contains(&f) {
                        *value = Value::from(f as i64);
                    }
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(normalize_integral_floats),
        Value::Object(map) => map.values_mut().for_each(normalize_integral_floats),
        _ => {}
    }
}

fn path_tokens(path: &serde_path_to_error::Path) -> (Vec<String>, bool) {
    use serde_path_to_error::Segment;
    let mut complete = true;
    let mut tokens = Vec::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => tokens.push(index.to_string()),
            Segment::Map { key } => tokens.push(key.clone()),
            Segment::Enum { variant } => tokens.push(variant.clone()),
            Segment::Unknown => complete = false,
        }
    }
    (tokens, complete)
}

enum ErrorClass {
    /// `missing field `name`` (the name comes from the schema).
    Missing(String),
    /// `unknown field `name``: the name comes from the input, verify before use.
    Unknown(String),
    Type(&'static str),
    Other(&'static str),
}

/// Map a serde message to neutral wording that never quotes the input.
fn classify(message: &str) -> ErrorClass {
    if let Some(rest) = message.strip_prefix("missing field `") {
        if let Some(end) = rest.rfind('`') {
            return ErrorClass::Missing(rest[..end].to_string());
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let end = rest
            .find("`, expected")
            .or_else(|| rest.find("`, there are no fields"));
        return ErrorClass::Unknown(end.map(|e| rest[..e].to_string()).unwrap_or_default());
    }
    if message.starts_with("unknown variant") {
        return ErrorClass::Other("must be one of the allowed values");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if rest.starts_with("null") {
            return ErrorClass::Type("must not be null");
        }
        let expected = rest
            .rsplit_once(", expected ")
            .map(|(_, e)| e)
            .unwrap_or("");
        return ErrorClass::Type(expected_type(expected));
    }
    if message.starts_with("invalid value: integer") {
        return ErrorClass::Other("number out of range");
    }
    if message.starts_with("invalid length") && message.contains("expected struct") {
        return ErrorClass::Type("must be an object");
    }
    if message.starts_with("invalid length") {
        return ErrorClass::Other("invalid number of items");
    }
    if message.starts_with("duplicate field") {
        return ErrorClass::Other("duplicate field");
    }
    ErrorClass::Other("invalid value")
}

fn expected_type(expected: &str) -> &'static str {
    const INTS: [&str; 12] = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ];
    let e = expected.trim();
    if INTS.contains(&e) || e.contains("integer") {
        "must be an integer"
    } else if e == "f32" || e == "f64" || e.contains("number") || e.contains("float") {
        "must be a number"
    } else if e.contains("string") || e.contains("date") || e.contains("UUID") || e == "a char" {
        "must be a string"
    } else if e.contains("bool") {
        "must be a boolean"
    } else if e.starts_with("struct") || e.contains("map") {
        "must be an object"
    } else if e.contains("sequence") || e.contains("tuple") || e.contains("array") {
        "must be an array"
    } else {
        "invalid type"
    }
}

// ---------------------------------------------------------------------------------------------
// `validator` failures
// ---------------------------------------------------------------------------------------------

fn normalize_name(name: &str) -> String {
    name.trim_start_matches("r#")
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// JSON member name for a Rust field name: looked up among the keys of `json` (the serialized
/// value at this level), so camelCase members are reported as written in the schema.
fn json_member_name(field: &str, json: Option<&Value>) -> String {
    let wanted = normalize_name(field);
    if let Some(Value::Object(map)) = json {
        if let Some(key) = map.keys().find(|k| normalize_name(k) == wanted) {
            return key.clone();
        }
    }
    field.trim_start_matches("r#").to_string()
}

fn number_of(v: Option<&Value>) -> Option<f64> {
    v.and_then(Value::as_f64)
}

/// Neutral description of one `validator` failure (never quotes the value).
pub fn describe_validation_error(error: &ValidationError) -> String {
    let p = &error.params;
    let value = p.get("value");
    match error.code.as_ref() {
        "length" => {
            let (unit, len) = match value {
                Some(Value::Array(items)) => ("item", Some(items.len() as f64)),
                Some(Value::String(s)) => ("character", Some(s.chars().count() as f64)),
                Some(Value::Object(map)) => ("member", Some(map.len() as f64)),
                _ => ("character", None),
            };
            let units = |n: f64| {
                if n == 1.0 {
                    unit.to_string()
                } else {
                    format!("{unit}s")
                }
            };
            if let Some(eq) = number_of(p.get("equal")) {
                return format!("must be exactly {eq} {}", units(eq));
            }
            let min = number_of(p.get("min"));
            let max = number_of(p.get("max"));
            match (len, min, max) {
                (Some(l), Some(min), _) if l < min => {
                    format!("must be at least {min} {}", units(min))
                }
                (Some(l), _, Some(max)) if l > max => {
                    format!("must be at most {max} {}", units(max))
                }
                (None, Some(min), Some(max)) => format!("must be {min} to {max} {}", units(max)),
                _ => "invalid length".to_string(),
            }
        }
        "range" => {
            let v = number_of(value);
            let min = number_of(p.get("min"));
            let max = number_of(p.get("max"));
            let emin = number_of(p.get("exclusive_min"));
            let emax = number_of(p.get("exclusive_max"));
            match v {
                Some(v) if min.is_some_and(|m| v < m) => {
                    format!("must be at least {}", min.unwrap_or_default())
                }
                Some(v) if max.is_some_and(|m| v > m) => {
                    format!("must be at most {}", max.unwrap_or_default())
                }
                Some(v) if emin.is_some_and(|m| v <= m) => {
                    format!("must be greater than {}", emin.unwrap_or_default())
                }
                Some(v) if emax.is_some_and(|m| v >= m) => {
                    format!("must be less than {}", emax.unwrap_or_default())
                }
                _ => "out of range".to_string(),
            }
        }
        "regex" => "does not match the required pattern".to_string(),
        "email" => "must be an email address".to_string(),
        "url" => "must be a URL".to_string(),
        "required" => "missing required field".to_string(),
        _ => "invalid value".to_string(),
    }
}

fn collect_validation_errors(
    errors: &ValidationErrors,
    json: Option<&Value>,
    prefix: &[String],
    names: &dyn Fn(&str) -> String,
    out: &mut Vec<(Vec<String>, String)>,
) {
    let mut fields: Vec<(&Cow<'static, str>, &ValidationErrorsKind)> =
        errors.errors().iter().collect();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    for (field, kind) in fields {
        let mut path = prefix.to_vec();
        // "" is the field name used by string aliases for the value itself.
        let child_json = if field.is_empty() {
            json
        } else {
            let member = json_member_name(&names(field), json);
            let child = match json {
                Some(Value::Object(map)) => map.get(&member),
                _ => None,
            };
            path.push(member);
            child
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                for e in list {
                    out.push((path.clone(), describe_validation_error(e)));
                }
            }
            ValidationErrorsKind::Struct(inner) => {
                collect_validation_errors(inner, child_json, &path, &|s| s.to_string(), out)
            }
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    let item_json = match child_json {
                        Some(Value::Array(a)) => a.get(*index),
                        _ => None,
                    };
                    let mut item_path = path.clone();
                    item_path.push(index.to_string());
                    collect_validation_errors(
                        inner,
                        item_json,
                        &item_path,
                        &|s| s.to_string(),
                        out,
                    );
                }
            }
        }
    }
}

/// 422 problem for a request body that fails its `validator` constraints. `json` is the body
/// serialized back to JSON (used to report member names as written in the schema).
pub fn body_validation_problem(errors: &ValidationErrors, json: Option<&Value>) -> Problem {
    let mut out = Vec::new();
    // The generated body validator wraps the body in a field named `body`.
    let wrapped = errors.errors().len() == 1 && errors.errors().contains_key("body");
    if wrapped {
        match errors.errors().get("body") {
            Some(ValidationErrorsKind::Struct(inner)) => {
                collect_validation_errors(inner, json, &[], &|s| s.to_string(), &mut out)
            }
            Some(ValidationErrorsKind::Field(list)) => {
                for e in list {
                    out.push((Vec::new(), describe_validation_error(e)));
                }
            }
            Some(ValidationErrorsKind::List(items)) => {
                for (index, inner) in items {
                    let item_json = match json {
                        Some(Value::Array(a)) => a.get(*index),
                        _ => None,
                    };
                    collect_validation_errors(
                        inner,
                        item_json,
                        &[index.to_string()],
                        &|s| s.to_string(),
                        &mut out,
                    );
                }
            }
            None => {}
        }
    } else {
        collect_validation_errors(errors, json, &[], &|s| s.to_string(), &mut out);
    }
    unprocessable(
        out.into_iter()
            .map(|(tokens, detail)| ProblemError {
                pointer: pointer_of(&tokens),
                detail,
            })
            .collect(),
    )
}

/// 400 problem for parameters failing their constraints. `location` is `header`, `path` or
/// `query`; `names` maps Rust field names to parameter names.
pub fn params_validation_problem(
    location: &str,
    errors: &ValidationErrors,
    names: &[(&str, &str)],
) -> Problem {
    let lookup = |field: &str| {
        names
            .iter()
            .find(|(rust, _)| *rust == field)
            .map(|(_, name)| (*name).to_string())
            .unwrap_or_else(|| field.trim_start_matches("r#").to_string())
    };
    let mut out = Vec::new();
    collect_validation_errors(errors, None, &[], &lookup, &mut out);
    Problem::new(
        StatusCode::BAD_REQUEST,
        format!("invalid {location} parameter"),
    )
    .with_errors(
        out.into_iter()
            .map(|(tokens, detail)| ProblemError {
                pointer: format!(
                    "#/{location}{}",
                    tokens
                        .iter()
                        .map(|t| format!("/{}", escape_pointer_token(t)))
                        .collect::<String>()
                ),
                detail,
            })
            .collect(),
    )
}

//! The hosted careers site: server-rendered pages of one employer's published jobs, outside
//! the JSON contract like `/docs`, built on the same use cases as the public API.
//!
//! - `GET /careers/{slug}`: the employer's jobs, a search box (suggestions when scripts run),
//!   filters with counts, pages by cursor.
//! - `GET /careers/{slug}/jobs/{id}`: the job, its JSON-LD, the apply form.
//! - `POST /careers/{slug}/jobs/{id}/apply`: a plain form post (no script needed); 303 to the
//!   thank-you page, or the form again with what to fix (422).
//! - `GET /careers/{slug}/logo`, `GET /careers/_assets/{version}/careers.{css,js}`.
//!
//! A former slug redirects (301) to the current one; an unknown slug, or an employer whose
//! careers page is off, is 404.

mod render;

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use jobs_api::apis::public::Public;
use jobs_api::models;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::db::{PublicEmployerRecord, PublicJobRecord, SlugLookup};
use crate::domain::brand;
use crate::domain::html::description_html;
use crate::domain::job::EmploymentType;
use crate::domain::search::JobFilters;
use crate::domain::{locale, translation};
use crate::http::languages::Reader;
use crate::http::middleware::client_ip::ClientIp;
use crate::http::middleware::contract::BodySchemas;
use crate::http::middleware::identity::Caller;
use crate::http::{Api, ApiError};
use crate::ratelimit::RateLimiter;
use crate::usecases::{Failure, employer, search};

pub use render::csp;

/// What the pages use: the API's handlers (apply goes through the JSON operation itself), the
/// contract's body schemas, the rate limiter.
pub struct Careers {
    pub api: Api,
    pub body_schemas: Arc<BodySchemas>,
    pub limiter: Option<Arc<RateLimiter>>,
    pages: render::Pages,
}

impl Careers {
    pub fn new(
        api: Api,
        body_schemas: Arc<BodySchemas>,
        limiter: Option<Arc<RateLimiter>>,
    ) -> Result<Self, String> {
        let upload_origin = api
            .services
            .uploads
            .store
            .as_ref()
            .and_then(|s| s.post_origin());
        Ok(Self {
            api,
            body_schemas,
            limiter,
            pages: render::Pages::new(upload_origin)?,
        })
    }
}

pub fn routes(careers: Arc<Careers>) -> Router {
    Router::new()
        .route("/careers/_assets/{version}/careers.css", get(css))
        .route("/careers/_assets/{version}/careers.js", get(js))
        .route("/careers/_assets/{version}/favicon.svg", get(icon))
        .route("/widget/v1/jobs-board.js", get(widget))
        .route("/careers/{slug}", get(board))
        .route("/careers/{slug}/logo", get(logo))
        .route("/careers/{slug}/jobs/{id}", get(job_page))
        .route("/careers/{slug}/jobs/{id}/apply", post(apply))
        .route("/careers/{slug}/jobs/{id}/applied", get(applied))
        .with_state(careers)
}

type Shared = State<Arc<Careers>>;

/// Jobs per page.
const PAGE_SIZE: u32 = 20;

async fn css() -> Response {
    render::asset("text/css; charset=utf-8", render::CSS)
}

async fn js() -> Response {
    render::asset("text/javascript; charset=utf-8", render::JS)
}

async fn icon() -> Response {
    render::asset("image/svg+xml", render::ICON)
}

/// `<jobs-board>` (sdk/widget, built into server/assets/widget/): a module script other sites
/// load, so it is readable from any origin (the API calls it makes follow
/// `JOBS_CORS_ALLOWED_ORIGINS`). Revalidated hourly: `v1` keeps its attributes, not its bytes.
async fn widget(headers: HeaderMap) -> Response {
    let tag = render::widget_tag();
    if crate::http::middleware::public_cache::not_modified(&headers, &tag) {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        widget_headers(response.headers_mut(), tag);
        return response;
    }
    let mut response = Response::new(Body::from(render::WIDGET));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    widget_headers(response.headers_mut(), tag);
    response
}

fn widget_headers(h: &mut HeaderMap, tag: HeaderValue) {
    h.insert(header::ETAG, tag);
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("cross-origin"),
    );
    render::secure_headers(h);
}

/// The employer's public profile, or the answer for a slug that names none (a redirect for a
/// former one, else 404).
async fn profile(
    c: &Careers,
    slug: &str,
    headers: &HeaderMap,
    rest: &str,
) -> Result<PublicEmployerRecord, Response> {
    match employer::public_profile(&c.api.services.db, slug, false).await {
        Ok(SlugLookup::Profile(p)) => Ok(p),
        Ok(SlugLookup::MovedTo(current)) => {
            Err(Redirect::permanent(&format!("/careers/{current}{rest}")).into_response())
        }
        Ok(SlugLookup::NotFound) => Err(message(c, StatusCode::NOT_FOUND, "not_found", headers)),
        Err(failure) => Err(failure_page(c, failure, headers)),
    }
}

/// A page with one message of the catalogue.
fn message(c: &Careers, status: StatusCode, key: &str, headers: &HeaderMap) -> Response {
    let heading = match key {
        "not_found" => c.pages.text("not_found_heading"),
        _ => status.canonical_reason().unwrap_or("Error").to_string(),
    };
    c.pages.page(
        "message.html",
        status,
        json!({"heading": heading, "body": c.pages.text(&format!("{key}_body"))}),
        headers,
        false,
    )
}

fn failure_page(c: &Careers, failure: Failure, headers: &HeaderMap) -> Response {
    match failure {
        Failure::NotFound => message(c, StatusCode::NOT_FOUND, "not_found", headers),
        Failure::Unavailable | Failure::NotConfigured(_) => {
            message(c, StatusCode::SERVICE_UNAVAILABLE, "unavailable", headers)
        }
        Failure::Invalid(_) | Failure::BadParameter { .. } => {
            message(c, StatusCode::BAD_REQUEST, "bad_request", headers)
        }
        other => {
            tracing::error!(failure = ?other, "careers page failed");
            message(c, StatusCode::INTERNAL_SERVER_ERROR, "unavailable", headers)
        }
    }
}

/// Counts the request against the client's quota of `operation` (the JSON API's quotas: a
/// page costs what the public read it makes costs). `Some` is the 429 page.
async fn limited(
    c: &Careers,
    operation: &str,
    ip: Option<IpAddr>,
    headers: &HeaderMap,
) -> Option<Response> {
    let limiter = c.limiter.as_ref()?;
    let checks = limiter.checks_for(operation, ip.unwrap_or(IpAddr::from([0, 0, 0, 0])), None);
    if checks.is_empty() || limiter.check(&checks).await.allowed {
        return None;
    }
    metrics::counter!("ratelimit_refused_total").increment(1);
    let mut response = message(c, StatusCode::TOO_MANY_REQUESTS, "busy", headers);
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
    Some(response)
}

/// The employer as the templates see it.
fn employer_ctx(p: &PublicEmployerRecord) -> Value {
    let text = p.brand_color.as_deref().and_then(brand::text_on);
    json!({
        "name": p.name,
        "slug": p.slug,
        "website": p.website,
        "logo": p.logo_object_key.is_some(),
        "brand_color": text.and(p.brand_color.clone()),
        "brand_text_color": text.map(|t| t.color),
        "about_html": employer::about_html(p.about.as_deref()),
    })
}

fn employment_label(c: &Careers, t: EmploymentType) -> String {
    c.pages.text(&format!("employment_type_{}", t.as_str()))
}

/// A job's place, department and type, for a line under its title.
fn job_meta(c: &Careers, job: &PublicJobRecord) -> Vec<String> {
    let f = &job.fields;
    [
        f.location.clone(),
        f.department.clone(),
        f.employment_type.map(|t| employment_label(c, t)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

async fn board(
    State(c): Shared,
    Path(slug): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    ip: Option<axum::Extension<ClientIp>>,
    headers: HeaderMap,
) -> Response {
    if let Some(busy) = limited(&c, "searchPublicJobs", ip.map(|e| e.0.0), &headers).await {
        return busy;
    }
    let rest = query_string(
        &query,
        &[
            "q",
            "department",
            "location",
            "employment_type",
            "utm_source",
        ],
    );
    let p = match profile(&c, &slug, &headers, &rest).await {
        Ok(p) => p,
        Err(answer) => return answer,
    };
    let value = |name: &str| {
        query
            .get(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let filters = JobFilters {
        q: value("q"),
        employer_id: Some(p.id),
        department: value("department"),
        location: value("location"),
        employment_type: value("employment_type").and_then(|v| EmploymentType::parse(&v)),
        ..Default::default()
    };
    let services = &c.api.services;
    let reader = page_reader(&query, &headers);
    let found = search::public_jobs(
        &services.db,
        &services.public_index,
        &services.cursors,
        filters.clone(),
        true,
        query.get("cursor").map(String::as_str),
        Some(PAGE_SIZE),
        &reader.preferred(),
    )
    .await;
    let found = match found {
        Ok(found) => found,
        Err(failure) => return failure_page(&c, failure, &headers),
    };
    let base = format!("/careers/{}", p.slug);
    let mut board_languages: Vec<String> = Vec::new();
    let jobs: Vec<Value> = found
        .page
        .items
        .iter()
        .map(|job| {
            let highlights = found.highlights.get(&job.id);
            let mut fields = job.fields.clone();
            for tag in translation::available(&fields) {
                if !board_languages.contains(&tag) {
                    board_languages.push(tag);
                }
            }
            reader.localize(&mut fields);
            // A hit's marked title and snippet are in the language that matched.
            let shown = highlights.map_or(fields.locale.as_str(), |h| h.locale.as_str());
            json!({
                "id": job.id,
                "title": fields.title,
                "lang": shown,
                "dir": locale::direction(shown).as_str(),
                "snippet_lang": shown,
                "snippet_dir": locale::direction(shown).as_str(),
                "title_html": highlights.map(|h| h.title.clone()),
                "snippet_html": highlights.map(|h| h.description.clone()).filter(|d| !d.is_empty()),
                "meta": job_meta(&c, job),
            })
        })
        .collect();
    let facet = |name: &str, label: &str, values: &[search::FacetValue], selected: Option<&str>| {
        json!({
            "name": name,
            "label": c.pages.text(label),
            "values": values.iter().map(|v| json!({
                "slug": v.slug,
                "label": if name == "employment_type" {
                    EmploymentType::parse(&v.slug).map_or(v.label.clone(), |t| employment_label(&c, t))
                } else {
                    v.label.clone()
                },
                "count": v.count,
                "selected": selected == Some(v.slug.as_str()),
            })).collect::<Vec<_>>(),
        })
    };
    let facets = found.facets.unwrap_or_default();
    let facets = vec![
        facet(
            "department",
            "filter_department",
            &facets.departments,
            filters.department.as_deref(),
        ),
        facet(
            "location",
            "filter_location",
            &facets.locations,
            filters.location.as_deref(),
        ),
        facet(
            "employment_type",
            "filter_employment_type",
            &facets.employment_types,
            filters.employment_type.map(|t| t.as_str()),
        ),
    ];
    let next_url = found.page.next_cursor.map(|cursor| {
        let mut params = query.clone();
        params.insert("cursor".into(), cursor);
        format!(
            "{base}{}",
            query_string(
                &params,
                &[
                    "q",
                    "department",
                    "location",
                    "employment_type",
                    "utm_source",
                    "cursor",
                ],
            )
        )
    });
    let first_url = query
        .contains_key("cursor")
        .then(|| format!("{base}{rest}"));
    let job_query = query_string(&query, &["utm_source"]);
    let ctx = json!({
        "employer": employer_ctx(&p),
        "base": base,
        "q": filters.q.unwrap_or_default(),
        "facets": facets,
        "jobs": jobs,
        "next_url": next_url,
        "first_url": first_url,
        "job_query": job_query,
        "utm_source": query.get("utm_source"),
    });
    // The board's words are English; its switcher offers the languages its jobs are in, and
    // the jobs follow the choice.
    board_languages.sort();
    let mut ctx = ctx;
    if board_languages.len() > 1 {
        let tags: Vec<&str> = board_languages.iter().map(String::as_str).collect();
        let current = locale::requested(&tags, reader.lang.as_deref(), &reader.accept)
            .unwrap_or(locale::DEFAULT)
            .to_string();
        language_ctx(&c, &mut ctx, &base, &board_languages, &current);
        // The page's own words stay English whatever the jobs are shown in.
        if let Value::Object(map) = &mut ctx {
            map.remove("page_lang");
        }
    }
    c.pages
        .page("board.html", StatusCode::OK, ctx, &headers, true)
}

/// `?a=1&b=2` of the listed parameters present in `params` (in that order), or "".
fn query_string(params: &HashMap<String, String>, names: &[&str]) -> String {
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    let mut any = false;
    for name in names {
        if let Some(value) = params.get(*name).filter(|v| !v.is_empty()) {
            serializer.append_pair(name, value);
            any = true;
        }
    }
    if any {
        format!("?{}", serializer.finish())
    } else {
        String::new()
    }
}

/// The job's page context, with the form as submitted (values and errors) when it is shown
/// again.
fn job_ctx(c: &Careers, p: &PublicEmployerRecord, job: &PublicJobRecord, form: Value) -> Value {
    let f = &job.fields;
    let ld = crate::http::syndication::json_ld::job_posting(job, &c.api.services.public_url);
    let salary = f.salary.as_ref().map(|s| {
        let amount = match (s.min, s.max) {
            (Some(min), Some(max)) if min != max => format!("{min}–{max}"),
            (Some(v), _) | (None, Some(v)) => v.to_string(),
            (None, None) => String::new(),
        };
        format!("{amount} {} / {}", s.currency, s.period.as_str())
    });
    json!({
        "employer": employer_ctx(p),
        "base": format!("/careers/{}", p.slug),
        "job": {
            "id": job.id,
            "title": f.title,
            "meta": job_meta(c, job),
            "published": job.published_at.date_naive().to_string(),
            "closing_date": f.closing_date.map(|d| d.to_string()),
            "salary": salary,
            "description_html": description_html(&f.description, f.description_format),
        },
        "json_ld": crate::http::syndication::json_ld::to_embeddable(&ld),
        "captcha": c.api.services.captcha.is_some(),
        "uploads": c.api.services.uploads.store.is_some(),
        "form": form,
    })
}

async fn job_page(
    State(c): Shared,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    ip: Option<axum::Extension<ClientIp>>,
    method: Method,
    headers: HeaderMap,
) -> Response {
    let client = ip.map(|e| e.0.0);
    if let Some(busy) = limited(&c, "getPublicJob", client, &headers).await {
        return busy;
    }
    let (p, job) = match employer_job(&c, &slug, &id, &headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    // The link's campaign goes with the application (the form carries it).
    let utm = query
        .get("utm_source")
        .map(|v| v.chars().take(100).collect::<String>());
    let mut job = job;
    let reader = page_reader(&query, &headers);
    let available = translation::available(&job.fields);
    reader.localize(&mut job.fields);
    let mut ctx = job_ctx(&c, &p, &job, json!({"utm_source": utm}));
    let path = format!("/careers/{}/jobs/{}", p.slug, job.id);
    language_ctx(&c, &mut ctx, &path, &available, &job.fields.locale);
    let response = c
        .pages
        .page("job.html", StatusCode::OK, ctx, &headers, true);
    // A view: the page answered in full to a GET (not HEAD, not a 304 revalidation).
    if let Some(views) = &c.api.services.views
        && method == Method::GET
        && response.status() == StatusCode::OK
    {
        let agent = headers
            .get(http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok());
        views.record(job.employer.id, job.id, client, agent);
    }
    response
}

/// The reader's language on a page: `lang` and `Accept-Language` as on the API, except that a
/// `lang` that is not a tag is ignored (a page answers, it does not refuse).
fn page_reader(query: &HashMap<String, String>, headers: &HeaderMap) -> Reader {
    Reader::with_headers(query.get("lang").map(String::as_str), headers)
        .or_else(|_| Reader::with_headers(None, headers))
        .unwrap_or_default()
}

/// The language switcher and `hreflang` alternates of a page at `path` available in
/// `available`, shown in `current`.
fn language_ctx(c: &Careers, ctx: &mut Value, path: &str, available: &[String], current: &str) {
    let public = c.api.services.public_url.trim_end_matches('/');
    let languages: Vec<Value> = available
        .iter()
        .map(|tag| {
            json!({
                "lang": tag,
                "dir": locale::direction(tag).as_str(),
                "name": locale::autonym(tag),
                "url": format!("{path}?lang={tag}"),
                "current": tag == current,
            })
        })
        .collect();
    let alternates: Vec<Value> = available
        .iter()
        .filter(|tag| *tag != current)
        .map(|tag| json!({"lang": tag, "url": format!("{public}{path}?lang={tag}")}))
        .collect();
    if let Value::Object(map) = ctx {
        map.insert("page_lang".into(), json!(current));
        map.insert("languages".into(), Value::Array(languages));
        map.insert("alternates".into(), Value::Array(alternates));
    }
}

/// The employer of `slug` and its published job `id`, or the page to answer instead.
async fn employer_job(
    c: &Careers,
    slug: &str,
    id: &str,
    headers: &HeaderMap,
) -> Result<(PublicEmployerRecord, PublicJobRecord), Response> {
    let p = profile(c, slug, headers, &format!("/jobs/{id}")).await?;
    match published_job(c, &p, id).await {
        Ok(job) => Ok((p, job)),
        Err(failure) => Err(failure_page(c, failure, headers)),
    }
}

/// A published job of this employer (another employer's job is not found here).
async fn published_job(
    c: &Careers,
    p: &PublicEmployerRecord,
    id: &str,
) -> Result<PublicJobRecord, Failure> {
    let id = Uuid::parse_str(id).map_err(|_| Failure::NotFound)?;
    let job = search::public_job(&c.api.services.db, id).await?;
    if job.employer.id != p.id {
        return Err(Failure::NotFound);
    }
    Ok(job)
}

/// The form's fields, named like the JSON apply body.
#[derive(Debug, Default)]
struct ApplyForm {
    name: String,
    email: String,
    phone: String,
    cover_letter: String,
    consent: Option<String>,
    captcha_token: String,
    utm_source: String,
    cv_upload_id: String,
    /// The page's language: the e-mails about the application are written in it.
    locale: String,
}

impl ApplyForm {
    /// From the posted pairs: unknown fields are ignored, missing ones are empty (the
    /// contract's rules then say what is missing), the last of a repeated field counts.
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self::default();
        for (name, value) in pairs {
            match name.as_str() {
                "name" => form.name = value,
                "email" => form.email = value,
                "phone" => form.phone = value,
                "cover_letter" => form.cover_letter = value,
                "consent" => form.consent = Some(value),
                "captcha_token" => form.captcha_token = value,
                "utm_source" => form.utm_source = value,
                "cv_upload_id" => form.cv_upload_id = value,
                "locale" => form.locale = value,
                _ => {}
            }
        }
        form
    }
}

/// The policy version a careers-page consent is recorded under.
const CONSENT_POLICY: &str = "careers-page-1";

impl ApplyForm {
    /// The JSON apply body this form stands for.
    fn body(&self) -> Value {
        let mut body = json!({
            "source": "careers_page",
            "name": self.name.trim(),
            "email": self.email.trim(),
            "consent": {
                "granted": self.consent.as_deref().is_some_and(|v| v == "true" || v == "on"),
                "policy_version": CONSENT_POLICY,
            },
        });
        for (key, value) in [
            ("phone", self.phone.trim()),
            ("cover_letter", self.cover_letter.trim()),
            ("captcha_token", self.captcha_token.trim()),
            ("utm_source", self.utm_source.trim()),
            ("cv_upload_id", self.cv_upload_id.trim()),
            ("locale", self.locale.trim()),
        ] {
            if !value.is_empty() {
                body[key] = Value::String(value.to_string());
            }
        }
        body
    }

    /// What the form shows again (never the CAPTCHA token: it is spent).
    fn shown(&self) -> Value {
        json!({
            "name": self.name, "email": self.email, "phone": self.phone,
            "cover_letter": self.cover_letter, "consent": self.consent.is_some(),
            "utm_source": self.utm_source,
        })
    }
}

/// The idempotency key of a form post: the job and what was submitted, so a double click or a
/// resent form is one application, and two people never share a key (the page carries none:
/// it is the same for everyone, and cached).
fn form_key(job: Uuid, body: &Value) -> String {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    hash.update(job.as_bytes());
    hash.update(body.to_string().as_bytes());
    format!("careers-form-{:032x}", hash.digest128())
}

/// The form's field a JSON pointer names, and its label.
fn field_of(c: &Careers, pointer: &str) -> (String, String) {
    let field = pointer
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("")
        .to_string();
    let label = match field.as_str() {
        "name" => c.pages.text("field_name"),
        "email" => c.pages.text("field_email"),
        "phone" => c.pages.text("field_phone"),
        "cover_letter" => c.pages.text("field_cover_letter"),
        "consent" => c.pages.text("field_consent"),
        "captcha_token" => c.pages.text("field_captcha"),
        other => other.to_string(),
    };
    (field, label)
}

async fn apply(
    State(c): Shared,
    Path((slug, id)): Path<(String, String)>,
    ip: Option<axum::Extension<ClientIp>>,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = ApplyForm::from_pairs(pairs);
    let ip = ip.map(|e| e.0.0);
    if let Some(busy) = limited(&c, "applyToJob", ip, &headers).await {
        return busy;
    }
    let (p, job) = match employer_job(&c, &slug, &id, &headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let body = form.body();
    let again = |errors: Vec<(String, String)>, status: StatusCode, notice: Option<String>| {
        let mut ctx = job_ctx(&c, &p, &job, form.shown());
        ctx["errors"] = errors
            .into_iter()
            .map(|(pointer, detail)| {
                let (field, label) = field_of(&c, &pointer);
                json!({"field": field, "label": label, "detail": detail})
            })
            .collect();
        ctx["message"] = json!(notice);
        c.pages.page("job.html", status, ctx, &headers, false)
    };
    let violations = c.body_schemas.violations("applyToJob", &body);
    if !violations.is_empty() {
        let errors = violations
            .into_iter()
            .map(|v| (v.pointer, v.detail))
            .collect();
        return again(errors, StatusCode::UNPROCESSABLE_ENTITY, None);
    }
    let Ok(submission) = serde_json::from_value::<models::ApplicationSubmission>(body.clone())
    else {
        return again(Vec::new(), StatusCode::UNPROCESSABLE_ENTITY, None);
    };
    let caller = Caller {
        principal: None,
        request_id: headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(Arc::from),
        client_ip: ip,
        member_id: None,
    };
    let answer = c
        .api
        .apply_to_job(
            &Method::POST,
            &CookieJar::default(),
            &caller,
            &models::ApplyToJobHeaderParams {
                idempotency_key: form_key(job.id, &body),
            },
            &models::ApplyToJobPathParams { id: job.id },
            &submission,
        )
        .await;
    let thanks =
        || Redirect::to(&format!("/careers/{}/jobs/{}/applied", p.slug, job.id)).into_response();
    match answer {
        Ok(_) | Err(ApiError::Replay(_)) => thanks(),
        Err(ApiError::Problem(problem)) => {
            let status = StatusCode::from_u16(u16::try_from(problem.status).unwrap_or(500))
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let errors: Vec<(String, String)> = problem
                .r_errors
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(|e| (e.pointer, e.detail))
                .collect();
            let notice = match status {
                StatusCode::CONFLICT => Some(c.pages.text("closed_body")),
                StatusCode::TOO_MANY_REQUESTS => Some(c.pages.text("busy_body")),
                StatusCode::SERVICE_UNAVAILABLE => Some(c.pages.text("unavailable_body")),
                StatusCode::NOT_FOUND => return message(&c, status, "not_found", &headers),
                _ if errors.is_empty() => problem.detail.clone(),
                _ => None,
            };
            again(errors, status, notice)
        }
        Err(ApiError::Internal(error)) => {
            tracing::error!(error = %format!("{error:#}"), "careers apply failed");
            message(
                &c,
                StatusCode::INTERNAL_SERVER_ERROR,
                "unavailable",
                &headers,
            )
        }
    }
}

async fn applied(
    State(c): Shared,
    Path((slug, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let p = match profile(&c, &slug, &headers, &format!("/jobs/{id}/applied")).await {
        Ok(p) => p,
        Err(answer) => return answer,
    };
    // A job that closed since still thanks by its title.
    let title = match published_job(&c, &p, &id).await {
        Ok(job) => job.fields.title,
        Err(_) => String::new(),
    };
    let ctx = json!({
        "employer": employer_ctx(&p),
        "base": format!("/careers/{}", p.slug),
        "title": title,
    });
    c.pages
        .page("applied.html", StatusCode::OK, ctx, &headers, false)
}

async fn logo(
    State(c): Shared,
    Path(slug): Path<String>,
    ip: Option<axum::Extension<ClientIp>>,
    headers: HeaderMap,
) -> Response {
    if let Some(busy) = limited(&c, "getPublicJob", ip.map(|e| e.0.0), &headers).await {
        return busy;
    }
    let services = &c.api.services;
    let known = |tag: &str| {
        HeaderValue::from_str(tag)
            .is_ok_and(|tag| crate::http::middleware::public_cache::not_modified(&headers, &tag))
    };
    match employer::public_logo(&services.db, &services.uploads, &slug, known).await {
        Ok(logo) => {
            let mut response = match logo.bytes {
                Some(bytes) => Response::new(Body::from(bytes)),
                None => {
                    let mut r = Response::new(Body::empty());
                    *r.status_mut() = StatusCode::NOT_MODIFIED;
                    r
                }
            };
            let h = response.headers_mut();
            if let Ok(t) = HeaderValue::from_str(&logo.content_type) {
                h.insert(header::CONTENT_TYPE, t);
            }
            if let Ok(tag) = HeaderValue::from_str(&logo.tag) {
                h.insert(header::ETAG, tag);
            }
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            render::secure_headers(h);
            response
        }
        Err(failure) => failure_page(&c, failure, &headers),
    }
}

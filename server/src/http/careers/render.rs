//! Rendering careers pages: the templates (files under `server/templates/careers/`, compiled
//! in), the message catalogue, and the headers every page carries — a strict
//! `Content-Security-Policy` with a fresh nonce, and an `ETag` over what the page shows (not
//! the nonce), so a revalidation is a 304.

use axum::body::Body;
use axum::response::Response;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use minijinja::Environment;
use serde_json::Value;

use crate::domain::locale;
use crate::http::middleware::problem_mapping::OwnErrorPage;
use crate::http::middleware::public_cache;

/// The templates, by name.
const TEMPLATES: [(&str, &str); 5] = [
    (
        "base.html",
        include_str!("../../../templates/careers/base.html"),
    ),
    (
        "board.html",
        include_str!("../../../templates/careers/board.html"),
    ),
    (
        "job.html",
        include_str!("../../../templates/careers/job.html"),
    ),
    (
        "applied.html",
        include_str!("../../../templates/careers/applied.html"),
    ),
    (
        "message.html",
        include_str!("../../../templates/careers/message.html"),
    ),
];

/// The page's own assets, served under a path that changes with their content.
pub const CSS: &str = include_str!("../../../templates/careers/careers.css");
pub const JS: &str = include_str!("../../../templates/careers/careers.js");
pub const ICON: &str = include_str!("../../../templates/careers/favicon.svg");

/// The embeddable job board, built from `sdk/widget` (`npm run build` there writes it).
pub const WIDGET: &str = include_str!("../../../assets/widget/jobs-board.js");

/// The widget's tag: its bytes.
pub fn widget_tag() -> HeaderValue {
    public_cache::etag("text/javascript", WIDGET.as_bytes())
}

/// The language of the catalogue's words.
const UI_LANG: &str = "en";

/// The English catalogue (the only one so far: pages in other languages keep English words
/// around the employer's text, marked `lang="en"`).
const MESSAGES_EN: &str = include_str!("../../../templates/careers/messages/en.json");

pub struct Pages {
    env: Environment<'static>,
    messages: Value,
    /// The object store's origin, when uploads are on: the page's script posts a CV there.
    upload_origin: Option<String>,
    /// Part of every tag and of the assets' path: this build's templates and assets.
    pub version: String,
}

impl Pages {
    pub fn new(upload_origin: Option<String>) -> Result<Self, String> {
        let mut env = Environment::new();
        // HTML templates escape every value unless marked `safe` (sanitized HTML only): text
        // with the five characters that matter in text and quoted attributes (minijinja's own
        // escaping also writes `/` as `&#x2f;`, which makes every path unreadable).
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        env.set_formatter(|out, state, value| match value.as_str() {
            Some(text) if !value.is_safe() => out
                .write_str(&crate::domain::html::escape(text))
                .map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                }),
            _ => minijinja::escape_formatter(out, state, value),
        });
        let mut hash = xxhash_rust::xxh3::Xxh3::new();
        for (name, source) in TEMPLATES {
            env.add_template(name, source)
                .map_err(|e| format!("template {name}: {e}"))?;
            hash.update(source.as_bytes());
        }
        hash.update(CSS.as_bytes());
        hash.update(JS.as_bytes());
        hash.update(ICON.as_bytes());
        hash.update(MESSAGES_EN.as_bytes());
        hash.update(env!("CARGO_PKG_VERSION").as_bytes());
        let messages =
            serde_json::from_str(MESSAGES_EN).map_err(|e| format!("messages/en.json: {e}"))?;
        Ok(Self {
            env,
            messages,
            upload_origin,
            version: format!("{:016x}", hash.digest()),
        })
    }

    /// The catalogue's text for `key` (the key itself when missing, so a gap shows).
    pub fn text(&self, key: &str) -> String {
        self.messages
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or(key)
            .to_string()
    }

    /// Where the assets are: `/careers/_assets/{version}` (a slug cannot start with `_`).
    pub fn assets(&self) -> String {
        format!("/careers/_assets/{}", self.version)
    }

    /// Renders `template` with `ctx` (an object); `cacheable` pages get the public caching
    /// headers and answer `If-None-Match` with 304.
    pub fn page(
        &self,
        template: &str,
        status: StatusCode,
        ctx: Value,
        request: &HeaderMap,
        cacheable: bool,
    ) -> Response {
        let tag = cacheable.then(|| self.tag(template, &ctx));
        if let Some(tag) = &tag
            && status == StatusCode::OK
            && public_cache::not_modified(request, tag)
        {
            let mut response =
                public_cache::not_modified_response(tag.clone(), Some("Accept-Language"));
            let lang = ctx
                .get("page_lang")
                .and_then(Value::as_str)
                .unwrap_or(UI_LANG);
            if let Ok(lang) = HeaderValue::from_str(lang) {
                response
                    .headers_mut()
                    .insert(header::CONTENT_LANGUAGE, lang);
            }
            return response;
        }
        let nonce = nonce();
        let mut ctx = ctx;
        if let Value::Object(map) = &mut ctx {
            map.insert("nonce".into(), Value::String(nonce.clone()));
            map.insert("t".into(), self.messages.clone());
            // The page is in the language of what it shows (a job's negotiated language); the
            // catalogue's words around it say they are English.
            let lang = map
                .get("page_lang")
                .and_then(Value::as_str)
                .unwrap_or(UI_LANG)
                .to_string();
            let ui_attrs = if lang == UI_LANG {
                String::new()
            } else {
                format!(" lang=\"{UI_LANG}\" dir=\"ltr\"")
            };
            map.insert(
                "dir".into(),
                Value::String(locale::direction(&lang).as_str().into()),
            );
            map.insert("lang".into(), Value::String(lang));
            map.insert("ui_attrs".into(), Value::String(ui_attrs));
            map.entry("languages")
                .or_insert_with(|| Value::Array(Vec::new()));
            map.entry("alternates")
                .or_insert_with(|| Value::Array(Vec::new()));
            map.insert("assets".into(), Value::String(self.assets()));
        }
        let rendered = self.env.get_template(template).and_then(|t| t.render(&ctx));
        let body = match rendered {
            Ok(body) => body,
            Err(error) => {
                tracing::error!(%error, template, "rendering a careers page failed");
                return plain(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error");
            }
        };
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = status;
        // An error page here is for a person reading it, not a problem document.
        response.extensions_mut().insert(OwnErrorPage);
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        if let Some(lang) = ctx
            .get("lang")
            .and_then(Value::as_str)
            .and_then(|l| HeaderValue::from_str(l).ok())
        {
            headers.insert(header::CONTENT_LANGUAGE, lang);
        }
        if let Ok(csp) = HeaderValue::from_str(&csp(&nonce, self.upload_origin.as_deref())) {
            headers.insert(header::CONTENT_SECURITY_POLICY, csp);
        }
        secure_headers(headers);
        match tag {
            Some(tag) if status == StatusCode::OK => {
                public_cache::cache_headers(headers, tag, Some("Accept-Language"))
            }
            _ => {
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            }
        }
        response
    }

    /// A weak tag of the page: the build's templates, the template and what it is given.
    fn tag(&self, template: &str, ctx: &Value) -> HeaderValue {
        let mut hash = xxhash_rust::xxh3::Xxh3::new();
        hash.update(self.version.as_bytes());
        hash.update(template.as_bytes());
        hash.update(&[0]);
        hash.update(ctx.to_string().as_bytes());
        HeaderValue::from_str(&format!("W/\"{:032x}\"", hash.digest128()))
            .unwrap_or(HeaderValue::from_static("W/\"0\""))
    }
}

/// Only this origin (and the object store for the script's CV upload), scripts only with
/// this response's nonce, no plugins, frames or base changes; forms post back here only.
pub fn csp(nonce: &str, upload_origin: Option<&str>) -> String {
    let store = upload_origin.map(|o| format!(" {o}")).unwrap_or_default();
    format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; \
         img-src 'self'; connect-src 'self'{store}; form-action 'self'; base-uri 'none'; \
         frame-ancestors 'none'; object-src 'none'"
    )
}

/// What every careers answer carries: no type sniffing, origin-only referrers.
pub fn secure_headers(headers: &mut HeaderMap) {
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
}

/// 128 random bits, in hex (nothing in it needs escaping in an attribute).
fn nonce() -> String {
    let mut bytes = [0u8; 16];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut bytes);
    crate::hex::encode(&bytes)
}

/// A plain-text answer (when even the page cannot be rendered).
pub fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

/// An asset of this build: cached for a year (its path changes with its content).
pub fn asset(content_type: &'static str, body: &'static str) -> Response {
    let mut response = Response::new(Body::from(body));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    secure_headers(headers);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_every_message_key_used_exists() {
        let pages = Pages::new(None).unwrap();
        for (name, source) in TEMPLATES {
            for (at, _) in source.match_indices("t.") {
                // `t.key`, not the end of another name (`facet.name`).
                let before = source[..at].chars().last().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let key: String = source[at + 2..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if !key.is_empty() {
                    assert_ne!(pages.text(&key), key, "{name} uses t.{key}, not in en.json");
                }
            }
        }
    }

    #[test]
    fn values_are_escaped_and_the_nonce_is_fresh() {
        let pages = Pages::new(None).unwrap();
        let ctx = serde_json::json!({
            "heading": "<script>alert(1)</script>", "body": "x",
        });
        let render = || {
            pages.page(
                "message.html",
                StatusCode::NOT_FOUND,
                ctx.clone(),
                &HeaderMap::new(),
                false,
            )
        };
        let (a, b) = (render(), render());
        let csp = |r: &Response| r.headers()[header::CONTENT_SECURITY_POLICY].clone();
        assert_ne!(csp(&a), csp(&b));
        assert!(csp(&a).to_str().unwrap().contains("script-src 'nonce-"));
    }
}

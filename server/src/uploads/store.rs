//! The object store behind uploads: `object_store`'s S3 client for reads, writes and deletes,
//! its signer for presigned HEAD and GET URLs, and our POST-policy signer for the browser's
//! upload form.
//!
//! Errors never carry a URL: a presigned one holds `X-Amz-Signature` (and, with a session
//! token, `X-Amz-Security-Token`), and errors end up in logs.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use object_store::aws::{AmazonS3, AmazonS3Builder, AmazonS3ConfigKey};
use object_store::path::Path;
use object_store::signer::Signer;
use object_store::{
    Attribute, Attributes, ClientOptions, ObjectStore, ObjectStoreExt, PutOptions, PutPayload,
    RetryConfig,
};

use super::policy::{self, Credentials, Encryption};
use crate::config::uploads::S3Config;

/// The store could not be reached or answered an error.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the object does not exist")]
    NotFound,
    #[error("object storage failed: {0}")]
    Failed(String),
}

/// What HEAD says of a stored object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub size: u64,
    pub content_type: Option<String>,
    /// `x-amz-server-side-encryption`, when the store reports it.
    pub encryption: Option<String>,
    pub kms_key_id: Option<String>,
}

/// What the store says of an object it just wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub e_tag: Option<String>,
    pub version: Option<String>,
}

/// A presigned POST form.
#[derive(Debug, Clone)]
pub struct PostForm {
    pub url: String,
    pub fields: BTreeMap<String, String>,
}

#[derive(Clone)]
pub struct Store {
    s3: Arc<AmazonS3>,
    http: reqwest::Client,
    bucket: String,
    region: String,
    post_url: String,
    credentials: Credentials,
    pub encryption: Encryption,
}

impl Store {
    pub fn new(config: &S3Config) -> Result<Self, StoreError> {
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&config.bucket)
            .with_region(&config.region)
            .with_access_key_id(&config.access_key_id)
            .with_secret_access_key(&config.secret_access_key)
            .with_virtual_hosted_style_request(!config.path_style)
            .with_client_options(
                ClientOptions::new()
                    .with_timeout(Duration::from_secs(10))
                    .with_connect_timeout(Duration::from_secs(3)),
            )
            // Calls happen on request paths with a time budget of seconds: a store that is
            // down answers 503 soon rather than after object_store's three minutes of retries.
            .with_retry(RetryConfig {
                max_retries: 2,
                retry_timeout: Duration::from_secs(5),
                ..RetryConfig::default()
            });
        if let Some(token) = &config.session_token {
            builder = builder.with_token(token);
        }
        // What the server writes (verified copies) is encrypted as the forms require.
        builder = match &config.kms_key_id {
            Some(key) => builder.with_sse_kms_encryption(key),
            None => {
                let sse: AmazonS3ConfigKey =
                    "aws_server_side_encryption".parse().map_err(failed)?;
                builder.with_config(sse, "AES256")
            }
        };
        if let Some(endpoint) = &config.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        let s3 = builder.build().map_err(failed)?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| failed(e.without_url()))?;
        Ok(Self {
            s3: Arc::new(s3),
            http,
            bucket: config.bucket.clone(),
            region: config.region.clone(),
            post_url: post_url(config),
            credentials: Credentials {
                access_key_id: config.access_key_id.clone(),
                secret_access_key: config.secret_access_key.clone(),
                session_token: config.session_token.clone(),
            },
            encryption: match &config.kms_key_id {
                Some(key) => Encryption::Kms(key.clone()),
                None => Encryption::S3Managed,
            },
        })
    }

    /// The origin browsers post the forms to (`scheme://host[:port]`): what a page that
    /// uploads from script must allow in its `connect-src`.
    pub fn post_origin(&self) -> Option<String> {
        let url = url::Url::parse(&self.post_url).ok()?;
        let origin = url.origin();
        origin.is_tuple().then(|| origin.ascii_serialization())
    }

    /// The browser's form for exactly this object: this key and type, exactly `size` bytes.
    pub fn presign_post(
        &self,
        key: &str,
        content_type: &str,
        size: u64,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> PostForm {
        let fields = policy::presign(
            &policy::Upload {
                bucket: &self.bucket,
                key,
                content_type,
                min_bytes: size,
                max_bytes: size,
                encryption: &self.encryption,
                region: &self.region,
                now,
                expires,
            },
            &self.credentials,
        );
        PostForm {
            url: self.post_url.clone(),
            fields,
        }
    }

    /// HEAD through a URL that `object_store` signed: size, type and encryption as stored.
    #[tracing::instrument(
        level = "debug",
        name = "s3.HeadObject",
        skip_all,
        fields(otel.kind = "client", rpc.system = "aws-api", rpc.method = "HeadObject")
    )]
    pub async fn head(&self, key: &str) -> Result<Stored, StoreError> {
        let url = self
            .s3
            .signed_url(
                reqwest::Method::HEAD,
                &Path::from(key),
                Duration::from_secs(60),
            )
            .await
            .map_err(failed)?;
        let response = self
            .http
            .head(url)
            .send()
            .await
            .map_err(|e| failed(e.without_url()))?;
        if response.status() == reqwest::StatusCode::NOT_FOUND {
            return Err(StoreError::NotFound);
        }
        if !response.status().is_success() {
            return Err(StoreError::Failed(format!(
                "HEAD answered {}",
                response.status()
            )));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        Ok(Stored {
            size: header("content-length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            content_type: header("content-type"),
            encryption: header("x-amz-server-side-encryption"),
            kms_key_id: header("x-amz-server-side-encryption-aws-kms-key-id"),
        })
    }

    /// Exactly the object's `size` bytes, read once: what `:complete` checks is what it keeps
    /// (a fresh POST of the form meanwhile changes nothing of it). A different length is
    /// `Ok(None)`.
    #[tracing::instrument(
        level = "debug",
        name = "s3.GetObject",
        skip_all,
        fields(otel.kind = "client", rpc.system = "aws-api", rpc.method = "GetObject")
    )]
    pub async fn read_exact(&self, key: &str, size: u64) -> Result<Option<Vec<u8>>, StoreError> {
        let got = self.s3.get(&Path::from(key)).await.map_err(map_error)?;
        if got.meta.size != size {
            return Ok(None);
        }
        let bytes = got.bytes().await.map_err(map_error)?;
        Ok((bytes.len() as u64 == size).then(|| bytes.to_vec()))
    }

    /// Writes `bytes` at `key` with this content type, encrypted as configured.
    #[tracing::instrument(
        level = "debug",
        name = "s3.PutObject",
        skip_all,
        fields(otel.kind = "client", rpc.system = "aws-api", rpc.method = "PutObject")
    )]
    pub async fn put(
        &self,
        key: &str,
        bytes: Vec<u8>,
        content_type: &str,
    ) -> Result<Written, StoreError> {
        let mut attributes = Attributes::new();
        attributes.insert(Attribute::ContentType, content_type.to_string().into());
        let written = self
            .s3
            .put_opts(
                &Path::from(key),
                PutPayload::from(bytes),
                PutOptions {
                    attributes,
                    ..PutOptions::default()
                },
            )
            .await
            .map_err(map_error)?;
        Ok(Written {
            e_tag: written.e_tag,
            version: written.version,
        })
    }

    #[tracing::instrument(
        level = "debug",
        name = "s3.DeleteObject",
        skip_all,
        fields(otel.kind = "client", rpc.system = "aws-api", rpc.method = "DeleteObject")
    )]
    pub async fn delete(&self, key: &str) -> Result<(), StoreError> {
        match self.s3.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(map_error(e)),
        }
    }

    /// A short-lived GET URL (for employer users to download a verified file).
    pub async fn download_url(&self, key: &str, ttl: Duration) -> Result<String, StoreError> {
        self.s3
            .signed_url(reqwest::Method::GET, &Path::from(key), ttl)
            .await
            .map(|u| u.to_string())
            .map_err(failed)
    }
}

fn map_error(e: object_store::Error) -> StoreError {
    match e {
        object_store::Error::NotFound { .. } => StoreError::NotFound,
        other => failed(other),
    }
}

/// A failure's text without any URL in it (see the module's comment).
fn failed(e: impl std::fmt::Display) -> StoreError {
    StoreError::Failed(without_urls(&e.to_string()))
}

/// `text` with every `http://…` or `https://…` (up to the next blank, quote or bracket)
/// replaced by `<url>`.
fn without_urls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = ["http://", "https://"]
        .iter()
        .filter_map(|scheme| rest.find(scheme))
        .min()
    {
        out.push_str(&rest[..at]);
        out.push_str("<url>");
        let tail = &rest[at..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ')' | '>' | ']'))
            .unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Where the browser POSTs: the bucket's URL, path-style or virtual-host.
fn post_url(config: &S3Config) -> String {
    match (&config.endpoint, config.path_style) {
        (Some(endpoint), true) => format!("{}/{}", endpoint.trim_end_matches('/'), config.bucket),
        (Some(endpoint), false) => match url::Url::parse(endpoint) {
            Ok(u) => format!(
                "{}://{}.{}{}",
                u.scheme(),
                config.bucket,
                u.host_str().unwrap_or_default(),
                u.port().map(|p| format!(":{p}")).unwrap_or_default()
            ),
            Err(_) => endpoint.clone(),
        },
        (None, true) => format!(
            "https://s3.{}.amazonaws.com/{}",
            config.region, config.bucket
        ),
        (None, false) => format!(
            "https://{}.s3.{}.amazonaws.com",
            config.bucket, config.region
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_never_reach_an_error_text() {
        assert_eq!(
            without_urls(
                "error sending request for url (http://127.0.0.1:1/b/k?X-Amz-Signature=abc&X-Amz-Security-Token=t): refused"
            ),
            "error sending request for url (<url>): refused"
        );
        assert_eq!(
            without_urls("GET https://s3.example/b/k?sig failed; retry https://x/y"),
            "GET <url> failed; retry <url>"
        );
        assert_eq!(without_urls("no address here"), "no address here");
    }

    /// A real failure (nothing listens on the port) with a session token configured: the
    /// error names neither the presigned URL nor any credential.
    #[tokio::test]
    async fn an_unreachable_store_fails_without_its_presigned_url() {
        let store = Store::new(&S3Config {
            bucket: "cvs".into(),
            endpoint: Some("http://127.0.0.1:1".into()),
            region: "us-east-1".into(),
            path_style: true,
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "secret-of-the-test".into(),
            session_token: Some("SESSION-TOKEN-OF-THE-TEST".into()),
            kms_key_id: None,
            verify_encryption: false,
        })
        .unwrap();
        for error in [
            store.head("employers/e/uploads/u").await.unwrap_err(),
            store
                .read_exact("employers/e/uploads/u", 3)
                .await
                .unwrap_err(),
            store.delete("employers/e/uploads/u").await.unwrap_err(),
        ] {
            let text = error.to_string();
            for secret in ["X-Amz", "SESSION-TOKEN", "127.0.0.1", "http://"] {
                assert!(!text.contains(secret), "{text}");
            }
        }
    }
}

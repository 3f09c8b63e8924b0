//! The object store behind uploads: `object_store`'s S3 client for reads, ranged reads and
//! deletes, its signer for presigned HEAD and GET URLs, and our POST-policy signer for the
//! browser's upload form.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path;
use object_store::signer::Signer;
use object_store::{ClientOptions, ObjectStoreExt};

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
            );
        if let Some(token) = &config.session_token {
            builder = builder.with_token(token);
        }
        if let Some(endpoint) = &config.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        let s3 = builder
            .build()
            .map_err(|e| StoreError::Failed(e.to_string()))?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| StoreError::Failed(e.to_string()))?;
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

    /// The browser's form for exactly this object.
    pub fn presign_post(
        &self,
        key: &str,
        content_type: &str,
        max_bytes: u64,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> PostForm {
        let fields = policy::presign(
            &policy::Upload {
                bucket: &self.bucket,
                key,
                content_type,
                min_bytes: 1,
                max_bytes,
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
            .map_err(|e| StoreError::Failed(e.to_string()))?;
        let response = self
            .http
            .head(url)
            .send()
            .await
            .map_err(|e| StoreError::Failed(e.to_string()))?;
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

    /// The first `len` bytes (fewer when the object is shorter).
    #[tracing::instrument(
        level = "debug",
        name = "s3.GetObject",
        skip_all,
        fields(otel.kind = "client", rpc.system = "aws-api", rpc.method = "GetObject")
    )]
    pub async fn head_bytes(&self, key: &str, len: u64, size: u64) -> Result<Vec<u8>, StoreError> {
        let end = len.min(size);
        if end == 0 {
            return Ok(Vec::new());
        }
        self.s3
            .get_range(&Path::from(key), 0..end)
            .await
            .map(|b| b.to_vec())
            .map_err(map_error)
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
            .map_err(|e| StoreError::Failed(e.to_string()))
    }
}

fn map_error(e: object_store::Error) -> StoreError {
    match e {
        object_store::Error::NotFound { .. } => StoreError::NotFound,
        other => StoreError::Failed(other.to_string()),
    }
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

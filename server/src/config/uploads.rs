//! Object storage for uploads (`JOBS_S3_*`, `JOBS_UPLOAD_*`, the standard AWS credential
//! variables). Without a bucket, uploads are not configured and answer 503.

use std::time::Duration;

use super::{ConfigError, Settings, given};

/// The content types the contract knows.
pub const KNOWN_TYPES: &[&str] = &[
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "text/plain",
];

#[derive(Clone)]
pub struct S3Config {
    pub bucket: String,
    /// `None`: AWS's own endpoint for the region.
    pub endpoint: Option<String>,
    pub region: String,
    /// Path-style (`endpoint/bucket/key`) rather than virtual-host (`bucket.endpoint/key`).
    pub path_style: bool,
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
    /// `aws:kms` with this key; `None`: `AES256`.
    pub kms_key_id: Option<String>,
    /// `JOBS_S3_VERIFY_ENCRYPTION` (`on`): `:complete` requires the store to report the
    /// object's server-side encryption (AWS S3 always does). `off` for stores that enforce the
    /// policy's encryption field but do not report it (s3s-fs, in development and tests).
    pub verify_encryption: bool,
}

impl std::fmt::Debug for S3Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Config")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("path_style", &self.path_style)
            .field("access_key_id", &self.access_key_id)
            .field("kms_key_id", &self.kms_key_id)
            .field("verify_encryption", &self.verify_encryption)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone)]
pub struct UploadConfig {
    pub s3: Option<S3Config>,
    /// `JOBS_UPLOAD_MAX_BYTES` (10 MiB).
    pub max_bytes: u64,
    /// `JOBS_UPLOAD_TYPES_CV`, `JOBS_UPLOAD_TYPES_COVER_LETTER`: allowed content types per purpose
    /// (all five known ones by default).
    pub cv_types: Vec<String>,
    pub cover_letter_types: Vec<String>,
    /// `JOBS_UPLOAD_PRESIGN_TTL_S`: how long a presigned form works (at most 15 minutes).
    pub presign_ttl: Duration,
    /// `JOBS_UPLOAD_UNCLAIMED_TTL` (`24h`; seconds, or with `s`, `m`, `h`, `d`): pending and
    /// rejected uploads, and public verified ones that nothing names, are deleted after it.
    pub unclaimed_ttl: Duration,
}

pub(super) fn from_settings(s: &Settings) -> Result<UploadConfig, ConfigError> {
    let types = |given: &Option<super::settings::List>| -> Vec<String> {
        match given.as_ref().filter(|l| !l.0.is_empty()) {
            Some(list) => list.0.clone(),
            None => KNOWN_TYPES.iter().map(|t| (*t).to_string()).collect(),
        }
    };
    let s3 = match given(&s.s3_bucket) {
        None => None,
        Some(bucket) => {
            let access_key_id = given(&s.aws_access_key_id).ok_or(ConfigError::new(
                "AWS_ACCESS_KEY_ID",
                "",
                "required when JOBS_S3_BUCKET is set",
            ))?;
            let secret_access_key = given(&s.aws_secret_access_key).ok_or(ConfigError::new(
                "AWS_SECRET_ACCESS_KEY",
                "",
                "required when JOBS_S3_BUCKET is set",
            ))?;
            let endpoint = given(&s.s3_endpoint);
            if let Some(e) = &endpoint {
                let ok = url::Url::parse(e)
                    .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
                if !ok {
                    return Err(ConfigError::new(
                        "JOBS_S3_ENDPOINT",
                        e.clone(),
                        "expected an http(s) URL",
                    ));
                }
            }
            Some(S3Config {
                bucket,
                // A custom endpoint (MinIO, s3s-fs, ...) is usually path-style.
                path_style: s.s3_path_style.or(endpoint.is_some()),
                endpoint,
                region: given(&s.s3_region)
                    .or_else(|| given(&s.aws_region))
                    .unwrap_or_else(|| "us-east-1".into()),
                access_key_id,
                secret_access_key,
                session_token: given(&s.aws_session_token),
                kms_key_id: given(&s.s3_kms_key_id),
                verify_encryption: s.s3_verify_encryption.on(),
            })
        }
    };
    Ok(UploadConfig {
        s3,
        max_bytes: s.upload_max_bytes,
        cv_types: types(&s.upload_types_cv),
        cover_letter_types: types(&s.upload_types_cover_letter),
        presign_ttl: Duration::from_secs(s.upload_presign_ttl_s),
        unclaimed_ttl: s.upload_unclaimed_ttl,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(vars: &[(&'static str, &str)]) -> Result<UploadConfig, ConfigError> {
        from_settings(&Settings::from_lookup(|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        })?)
    }

    #[test]
    fn without_a_bucket_uploads_are_off_and_defaults_hold() {
        let c = read(&[]).unwrap();
        assert!(c.s3.is_none());
        assert_eq!(c.max_bytes, 10 * 1024 * 1024);
        assert_eq!(c.presign_ttl, Duration::from_secs(900));
        assert_eq!(c.unclaimed_ttl, Duration::from_secs(86_400));
        assert_eq!(c.cv_types.len(), 5);
    }

    #[test]
    fn a_bucket_needs_credentials_and_the_secret_stays_hidden() {
        assert_eq!(
            read(&[("JOBS_S3_BUCKET", "cvs")]).unwrap_err().name,
            "AWS_ACCESS_KEY_ID"
        );
        let c = read(&[
            ("JOBS_S3_BUCKET", "cvs"),
            ("JOBS_S3_ENDPOINT", "http://127.0.0.1:9000"),
            ("AWS_ACCESS_KEY_ID", "AKID"),
            ("AWS_SECRET_ACCESS_KEY", "very-secret"),
        ])
        .unwrap();
        let s3 = c.s3.unwrap();
        assert!(s3.path_style);
        assert!(!format!("{s3:?}").contains("very-secret"));
        assert_eq!(
            read(&[("JOBS_UPLOAD_PRESIGN_TTL_S", "3600")])
                .unwrap_err()
                .name,
            "JOBS_UPLOAD_PRESIGN_TTL_S"
        );
        assert_eq!(
            read(&[("JOBS_UPLOAD_TYPES_CV", "image/png")])
                .unwrap_err()
                .name,
            "JOBS_UPLOAD_TYPES_CV"
        );
    }

    #[test]
    fn the_unclaimed_ttl_takes_units_and_bounds() {
        let ttl = |v: &str| read(&[("JOBS_UPLOAD_UNCLAIMED_TTL", v)]).map(|c| c.unclaimed_ttl);
        assert_eq!(ttl("90").unwrap(), Duration::from_secs(90));
        assert_eq!(ttl("90m").unwrap(), Duration::from_secs(5400));
        assert_eq!(ttl("24h").unwrap(), Duration::from_secs(86_400));
        assert_eq!(ttl("7d").unwrap(), Duration::from_secs(7 * 86_400));
        for bad in ["0", "31d", "1w", "h", "-5", "1.5h"] {
            assert_eq!(
                ttl(bad).unwrap_err().name,
                "JOBS_UPLOAD_UNCLAIMED_TTL",
                "{bad}"
            );
        }
    }
}

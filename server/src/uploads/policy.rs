//! S3 presigned POST (browser-based upload) with Signature Version 4: the policy document that
//! pins every form field, and its signature. The `object_store` crate signs URLs, not POST
//! policies; this is the small rest, written once.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// AWS credentials (the standard variables). The secret never reaches `Debug` output.
#[derive(Clone)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// Server-side encryption the upload must request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encryption {
    /// `AES256` (SSE-S3).
    S3Managed,
    /// `aws:kms` with this key.
    Kms(String),
}

impl Encryption {
    pub fn header_value(&self) -> &'static str {
        match self {
            Encryption::S3Managed => "AES256",
            Encryption::Kms(_) => "aws:kms",
        }
    }
}

/// What one presigned POST allows: exactly this key and content type, a size range, the
/// encryption, until `expires`.
#[derive(Debug, Clone)]
pub struct Upload<'a> {
    pub bucket: &'a str,
    pub key: &'a str,
    pub content_type: &'a str,
    pub min_bytes: u64,
    pub max_bytes: u64,
    pub encryption: &'a Encryption,
    pub region: &'a str,
    pub now: DateTime<Utc>,
    pub expires: DateTime<Utc>,
}

/// The form fields to send (before the file), the policy among them.
pub fn presign(upload: &Upload<'_>, credentials: &Credentials) -> BTreeMap<String, String> {
    let date = upload.now.format("%Y%m%d").to_string();
    let amz_date = upload.now.format("%Y%m%dT%H%M%SZ").to_string();
    let credential = format!(
        "{}/{date}/{}/s3/aws4_request",
        credentials.access_key_id, upload.region
    );
    // Every field of the form is an exact-match condition, plus the bucket and the size range.
    let mut fields: BTreeMap<String, String> = BTreeMap::new();
    fields.insert("key".into(), upload.key.into());
    fields.insert("Content-Type".into(), upload.content_type.into());
    fields.insert(
        "x-amz-server-side-encryption".into(),
        upload.encryption.header_value().into(),
    );
    if let Encryption::Kms(key_id) = upload.encryption {
        fields.insert(
            "x-amz-server-side-encryption-aws-kms-key-id".into(),
            key_id.clone(),
        );
    }
    fields.insert("x-amz-algorithm".into(), "AWS4-HMAC-SHA256".into());
    fields.insert("x-amz-credential".into(), credential);
    fields.insert("x-amz-date".into(), amz_date);
    if let Some(token) = &credentials.session_token {
        fields.insert("x-amz-security-token".into(), token.clone());
    }
    let mut conditions = vec![serde_json::json!({ "bucket": upload.bucket })];
    conditions.extend(
        fields
            .iter()
            .map(|(name, value)| serde_json::json!({ name.as_str(): value })),
    );
    conditions.push(serde_json::json!([
        "content-length-range",
        upload.min_bytes,
        upload.max_bytes
    ]));
    let policy = serde_json::json!({
        "expiration": upload.expires.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
        "conditions": conditions,
    });
    let encoded = STANDARD.encode(policy.to_string());
    let signature = sign(
        &credentials.secret_access_key,
        &date,
        upload.region,
        &encoded,
    );
    fields.insert("policy".into(), encoded);
    fields.insert("x-amz-signature".into(), signature);
    fields
}

/// The SigV4 signature of a POST policy (already base64): HMAC-SHA256 with the key derived
/// from the secret, the date, the region and the `s3` service, hex-encoded.
pub fn sign(secret: &str, date: &str, region: &str, policy_base64: &str) -> String {
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), date.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, b"s3");
    let k_signing = hmac(&k_service, b"aws4_request");
    crate::hex::encode(&hmac(&k_signing, policy_base64.as_bytes()))
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return Vec::new();
    };
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example of the AWS documentation ("Example: Browser-Based Upload using HTTP
    /// POST (Using AWS Signature Version 4)"): its policy, as base64 of the CRLF text, signs to
    /// the published signature.
    #[test]
    fn matches_the_aws_documentation_example() {
        let policy = "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9ucyI6IFsNCiAgICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXNlci91c2VyMS8iXSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3QiOiAiaHR0cDovL3NpZ3Y0ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMjM2NTEyNzQifSwNCiAgICB7IngtYW16LXNlcnZlci1zaWRlLWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aCIsICIkeC1hbXotbWV0YS10YWciLCAiIl0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZPRE5ON0VYQU1QTEUvMjAxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEyNTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAwWiIgfQ0KICBdDQp9";
        assert_eq!(
            sign(
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "20151229",
                "us-east-1",
                policy
            ),
            "8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e"
        );
    }

    #[test]
    fn every_form_field_is_pinned_by_a_condition() {
        let now: DateTime<Utc> = "2026-12-02T10:00:00Z".parse().unwrap();
        let fields = presign(
            &Upload {
                bucket: "cvs",
                key: "employers/e/uploads/u",
                content_type: "application/pdf",
                min_bytes: 1,
                max_bytes: 10,
                encryption: &Encryption::Kms("key-1".into()),
                region: "eu-west-1",
                now,
                expires: now + chrono::Duration::minutes(15),
            },
            &Credentials {
                access_key_id: "AKID".into(),
                secret_access_key: "secret".into(),
                session_token: Some("token".into()),
            },
        );
        let policy: serde_json::Value =
            serde_json::from_slice(&STANDARD.decode(&fields["policy"]).unwrap()).unwrap();
        assert_eq!(policy["expiration"], "2026-12-02T10:15:00.000Z");
        let conditions = policy["conditions"].as_array().unwrap();
        for (name, value) in &fields {
            if name == "policy" || name == "x-amz-signature" {
                continue;
            }
            assert!(
                conditions.contains(&serde_json::json!({ name.as_str(): value })),
                "{name} is not pinned"
            );
        }
        assert!(conditions.contains(&serde_json::json!(["content-length-range", 1, 10])));
        assert!(conditions.contains(&serde_json::json!({"bucket": "cvs"})));
        assert_eq!(
            fields["x-amz-credential"],
            "AKID/20261202/eu-west-1/s3/aws4_request"
        );
        assert_eq!(
            fields["x-amz-signature"],
            sign("secret", "20261202", "eu-west-1", &fields["policy"])
        );
    }
}

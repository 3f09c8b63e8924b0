//! Subscription secrets: `whsec_` + base64 of 32 random bytes, shown to the subscriber once,
//! kept encrypted at rest with AES-256-GCM under the operator's key
//! (`JOBS_WEBHOOK_SECRET_KEY`). The stored form is the 12-byte nonce followed by the
//! ciphertext and its tag; the secret's text never reaches a log or `Debug` output.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand_core::{OsRng, RngCore};

const PREFIX: &str = "whsec_";
const NONCE_LEN: usize = 12;

/// A webhook signing secret in its `whsec_…` form.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// The secret could not be used: malformed, or not decryptable with this key.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SecretError {
    #[error("not a whsec_ secret")]
    Malformed,
    #[error("the stored secret does not decrypt with this key")]
    Undecryptable,
}

impl Secret {
    /// A fresh secret of 32 random bytes.
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        Self(format!("{PREFIX}{}", STANDARD.encode(bytes)))
    }

    /// The form shown to the subscriber (once, at creation or rotation).
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// The HMAC key: the decoded bytes after the prefix.
    pub fn key(&self) -> Result<Vec<u8>, SecretError> {
        key_of(&self.0)
    }

    /// Encrypts for storage.
    pub fn seal(&self, key: &[u8; 32]) -> Vec<u8> {
        let cipher = Aes256Gcm::new(key.into());
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let mut out = nonce.to_vec();
        // Encrypting a short in-memory text with a valid key and nonce cannot fail.
        if let Ok(ciphertext) = cipher.encrypt(Nonce::from_slice(&nonce), self.0.as_bytes()) {
            out.extend_from_slice(&ciphertext);
        }
        out
    }

    /// Decrypts a stored secret.
    pub fn open(sealed: &[u8], key: &[u8; 32]) -> Result<Self, SecretError> {
        if sealed.len() <= NONCE_LEN {
            return Err(SecretError::Undecryptable);
        }
        let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
        let plain = Aes256Gcm::new(key.into())
            .decrypt(Nonce::from_slice(nonce), ciphertext)
            .map_err(|_| SecretError::Undecryptable)?;
        let text = String::from_utf8(plain).map_err(|_| SecretError::Undecryptable)?;
        key_of(&text)?;
        Ok(Self(text))
    }
}

/// The HMAC key of a `whsec_…` secret (Standard Webhooks: 24–64 decoded bytes).
pub fn key_of(secret: &str) -> Result<Vec<u8>, SecretError> {
    let encoded = secret.strip_prefix(PREFIX).ok_or(SecretError::Malformed)?;
    let bytes = STANDARD
        .decode(encoded)
        .map_err(|_| SecretError::Malformed)?;
    if !(24..=64).contains(&bytes.len()) {
        return Err(SecretError::Malformed);
    }
    Ok(bytes)
}

/// Development's sealing key: kept in a file beside the dev signing key (created on first
/// use, readable by the owner only), so secrets survive restarts without configuration.
pub fn dev_sealing_key(
    path: &std::path::Path,
) -> std::io::Result<crate::config::webhooks::SealingKey> {
    use std::io::Write;
    if let Ok(text) = std::fs::read_to_string(path) {
        let bytes = STANDARD
            .decode(text.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("{} is not base64 of 32 bytes", path.display()),
                )
            })?;
        return Ok(crate::config::webhooks::SealingKey(bytes));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(mut file) => {
            file.write_all(STANDARD.encode(bytes).as_bytes())?;
            Ok(crate::config::webhooks::SealingKey(bytes))
        }
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => dev_sealing_key(path),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_secrets_have_the_standard_form() {
        let a = Secret::generate();
        let b = Secret::generate();
        assert!(a.reveal().starts_with("whsec_"));
        assert_eq!(a.key().unwrap().len(), 32);
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), "Secret(…)", "never printed");
    }

    #[test]
    fn sealed_secrets_open_only_with_their_key() {
        let key = [7u8; 32];
        let secret = Secret::generate();
        let sealed = secret.seal(&key);
        assert!(
            !sealed.windows(6).any(|w| w == b"whsec_"),
            "encrypted at rest"
        );
        assert_eq!(Secret::open(&sealed, &key).unwrap(), secret);
        assert_eq!(
            Secret::open(&sealed, &[8u8; 32]),
            Err(SecretError::Undecryptable)
        );
        let mut tampered = sealed.clone();
        if let Some(last) = tampered.last_mut() {
            *last ^= 1;
        }
        assert_eq!(
            Secret::open(&tampered, &key),
            Err(SecretError::Undecryptable)
        );
        // Two seals of one secret differ (fresh nonces).
        assert_ne!(secret.seal(&key), sealed);
    }

    #[test]
    fn malformed_secrets_are_refused() {
        for bad in ["", "whsec_", "whsec_!!!", "sk_abc", "whsec_c2hvcnQ="] {
            assert_eq!(key_of(bad), Err(SecretError::Malformed), "{bad}");
        }
    }
}

//! The links in notification e-mails: signed (HMAC, the cursor codec's format under scopes of
//! their own), so following one needs no login and no lookup of a stored token, and no link can
//! be made for another address, employer or submission.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::cursor::CursorCodec;

const UNSUBSCRIBE: &str = "mail-unsubscribe";
const CONFIRM: &str = "mail-confirm";

/// How long a confirmation link works.
pub const CONFIRM_VALID_SECS: i64 = 7 * 86_400;

/// One-click unsubscribe: this address, from this kind of this employer's e-mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unsubscribe {
    #[serde(rename = "e")]
    pub employer_id: Uuid,
    #[serde(rename = "a")]
    pub address: String,
    #[serde(rename = "k")]
    pub kind: String,
}

/// Confirming the address of one submission, until `expires_at` (Unix seconds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirm {
    #[serde(rename = "e")]
    pub employer_id: Uuid,
    #[serde(rename = "s")]
    pub submission_id: Uuid,
    #[serde(rename = "a")]
    pub address: String,
    #[serde(rename = "x")]
    pub expires_at: i64,
}

#[derive(Clone, Debug)]
pub struct LinkSigner {
    codec: CursorCodec,
}

impl LinkSigner {
    /// From a secret of the deployment (a key derived from it, so the secret itself is used
    /// for nothing else here).
    pub fn derive(secret: &[u8]) -> Self {
        use hmac::{Hmac, Mac};
        use sha2::Sha256;
        let key = Hmac::<Sha256>::new_from_slice(secret)
            .map(|mut mac| {
                mac.update(b"jobs-api mail links v1");
                mac.finalize().into_bytes().to_vec()
            })
            .unwrap_or_else(|_| secret.to_vec());
        Self {
            codec: CursorCodec::new(&key),
        }
    }

    pub fn unsubscribe(&self, link: &Unsubscribe) -> String {
        self.codec.encode(UNSUBSCRIBE, link)
    }

    pub fn open_unsubscribe(&self, token: &str) -> Option<Unsubscribe> {
        self.codec.decode(UNSUBSCRIBE, token).ok()
    }

    pub fn confirm(&self, link: &Confirm) -> String {
        self.codec.encode(CONFIRM, link)
    }

    /// The confirmation a token carries, whatever its expiry (the caller tells an expired
    /// link from a forged one).
    pub fn open_confirm(&self, token: &str) -> Option<Confirm> {
        self.codec.decode(CONFIRM, token).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_opens_only_in_its_own_scope_and_key() {
        let signer = LinkSigner::derive(b"secret");
        let u = Unsubscribe {
            employer_id: Uuid::nil(),
            address: "a@example.com".into(),
            kind: "application.created".into(),
        };
        let token = signer.unsubscribe(&u);
        assert_eq!(signer.open_unsubscribe(&token), Some(u));
        assert_eq!(signer.open_confirm(&token), None);
        assert_eq!(LinkSigner::derive(b"other").open_unsubscribe(&token), None);
    }
}

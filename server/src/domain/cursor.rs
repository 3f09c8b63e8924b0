//! Opaque, tamper-evident pagination cursors.
//!
//! A cursor is base64url(payload ‖ tag): the payload is the JSON keyset position of the last
//! item served, the tag an HMAC-SHA256 (truncated to 128 bits) over a scope string and the
//! payload. The scope names the list and its filters, so a cursor replayed against another list
//! or other filters fails verification like a forged one.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::Sha256;

const TAG_LEN: usize = 16;
/// Cursors are short; anything longer is not one of ours (the contract allows 1024 chars).
const MAX_TOKEN_LEN: usize = 1024;

#[derive(Clone)]
pub struct CursorCodec {
    key: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid cursor")]
pub struct InvalidCursor;

impl std::fmt::Debug for CursorCodec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CursorCodec(..)")
    }
}

impl CursorCodec {
    pub fn new(key: &[u8]) -> Self {
        Self { key: key.to_vec() }
    }

    fn tag(&self, scope: &str, payload: &[u8]) -> [u8; TAG_LEN] {
        // HMAC accepts keys of any length.
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.key) {
            Ok(mac) => mac,
            Err(_) => return [0; TAG_LEN],
        };
        mac.update(scope.as_bytes());
        mac.update(&[0]);
        mac.update(payload);
        let full = mac.finalize().into_bytes();
        let mut tag = [0; TAG_LEN];
        tag.copy_from_slice(&full[..TAG_LEN]);
        tag
    }

    pub fn encode<P: Serialize>(&self, scope: &str, position: &P) -> String {
        let mut bytes = serde_json::to_vec(position).unwrap_or_default();
        let tag = self.tag(scope, &bytes);
        bytes.extend_from_slice(&tag);
        URL_SAFE_NO_PAD.encode(bytes)
    }

    pub fn decode<P: DeserializeOwned>(
        &self,
        scope: &str,
        token: &str,
    ) -> Result<P, InvalidCursor> {
        if token.is_empty() || token.len() > MAX_TOKEN_LEN {
            return Err(InvalidCursor);
        }
        let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| InvalidCursor)?;
        if bytes.len() <= TAG_LEN {
            return Err(InvalidCursor);
        }
        let (payload, tag) = bytes.split_at(bytes.len() - TAG_LEN);
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).map_err(|_| InvalidCursor)?;
        mac.update(scope.as_bytes());
        mac.update(&[0]);
        mac.update(payload);
        // Constant-time comparison of the truncated tag.
        mac.verify_truncated_left(tag).map_err(|_| InvalidCursor)?;
        serde_json::from_slice(payload).map_err(|_| InvalidCursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codec() -> CursorCodec {
        CursorCodec::new(b"test key of reasonable length!!")
    }

    #[test]
    fn round_trips_within_its_scope() {
        let c = codec();
        let token = c.encode("jobs|status=draft", &(1_700_000_000_123_456_i64, "abc"));
        assert!(
            token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        let back: (i64, String) = c.decode("jobs|status=draft", &token).unwrap();
        assert_eq!(back, (1_700_000_000_123_456, "abc".to_string()));
    }

    #[test]
    fn other_scopes_and_keys_reject_it() {
        let c = codec();
        let token = c.encode("jobs|status=draft", &(1_i64, "abc"));
        assert!(
            c.decode::<(i64, String)>("jobs|status=published", &token)
                .is_err()
        );
        let other = CursorCodec::new(b"another key");
        assert!(
            other
                .decode::<(i64, String)>("jobs|status=draft", &token)
                .is_err()
        );
    }

    #[test]
    fn garbage_is_rejected_not_a_panic() {
        let c = codec();
        for token in [
            "",
            "a",
            "!!!!",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            &"A".repeat(5000),
        ] {
            assert!(c.decode::<(i64, String)>("s", token).is_err(), "{token}");
        }
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;
        use crate::domain::search::SearchPosition;

        fn position() -> impl Strategy<Value = SearchPosition> {
            (
                proptest::option::of(0.0f32..1.0e6),
                -62_135_596_800_000_000i64..253_402_300_799_000_000,
                any::<u128>(),
                proptest::option::of(any::<[u64; 2]>()),
            )
                .prop_map(|(rank, at_micros, id, view)| SearchPosition {
                    rank,
                    at_micros,
                    id: uuid::Uuid::from_u128(id),
                    view,
                })
        }

        proptest! {
            #[test]
            fn every_position_round_trips(pos in position(), scope in ".{0,64}") {
                let c = codec();
                let token = c.encode(&scope, &pos);
                let back: SearchPosition = c.decode(&scope, &token).unwrap();
                prop_assert_eq!(back, pos);
                let slug_token = c.encode(&scope, &"human-resources");
                prop_assert_eq!(c.decode::<String>(&scope, &slug_token).unwrap(), "human-resources");
            }

            #[test]
            fn any_changed_character_is_rejected(
                pos in position(),
                index in any::<prop::sample::Index>(),
                replacement in prop::sample::select(
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect::<Vec<_>>()
                ),
            ) {
                let c = codec();
                let token = c.encode("scope", &pos);
                let i = index.index(token.len());
                let original = token.as_bytes()[i] as char;
                prop_assume!(original != replacement);
                let mut forged = token.clone();
                forged.replace_range(i..=i, &replacement.to_string());
                prop_assert!(c.decode::<SearchPosition>("scope", &forged).is_err());
            }

            #[test]
            fn truncated_or_extended_tokens_are_rejected(
                pos in position(),
                cut in 1usize..8,
                extra in "[A-Za-z0-9_-]{1,8}",
            ) {
                let c = codec();
                let token = c.encode("scope", &pos);
                let truncated = &token[..token.len().saturating_sub(cut)];
                prop_assert!(c.decode::<SearchPosition>("scope", truncated).is_err());
                let extended = format!("{token}{extra}");
                prop_assert!(c.decode::<SearchPosition>("scope", &extended).is_err());
            }

            #[test]
            fn arbitrary_input_never_panics(input in ".{0,2048}", bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
                let c = codec();
                prop_assert!(c.decode::<SearchPosition>("scope", &input).is_err());
                let encoded = URL_SAFE_NO_PAD.encode(&bytes);
                prop_assert!(c.decode::<SearchPosition>("scope", &encoded).is_err());
            }
        }
    }
}

//! Idempotent creates (IETF httpapi Idempotency-Key draft, as Stripe does it): inside the
//! create's own transaction, a retry with the same key and payload gets the stored first
//! response; a different payload is refused; a retry while the first request still runs is
//! told so. The stored response is written in the same transaction as the created rows, so a
//! crash can never leave one without the other.

use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::Failure;
use crate::db::{Database, StoredKey, TenantScope, TenantTx};

/// The caller's key for one create.
#[derive(Debug, Clone)]
pub struct Idempotency {
    /// Who the key belongs to within the employer: `sub:<subject>` or `job:<id>`.
    pub scope: String,
    pub key: String,
    /// SHA-256 of the operation and its canonical payload.
    pub fingerprint: [u8; 32],
}

/// A response as stored and replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// The result of an idempotent create.
#[derive(Debug)]
pub enum Created<T> {
    New(T),
    Replayed(StoredResponse),
}

/// The one skeleton of an idempotent create: in one tenant transaction, a stored response for
/// this key is replayed; otherwise `insert` creates the resource (returning its id and
/// record), `render` produces the response that retries will get, and both are committed
/// together.
pub async fn create<T>(
    db: &Database,
    scope: &TenantScope,
    idempotency: &Idempotency,
    insert: impl AsyncFnOnce(&mut TenantTx) -> Result<(Uuid, T), Failure>,
    render: impl FnOnce(&T) -> Result<StoredResponse, Failure>,
) -> Result<Created<T>, Failure> {
    let mut tx = db.begin(scope).await?;
    if let Some(replay) = idempotency.begin(&mut tx).await? {
        tx.commit().await?;
        return Ok(Created::Replayed(replay));
    }
    let (entity, created) = insert(&mut tx).await?;
    idempotency
        .finish(&mut tx, entity, &render(&created)?)
        .await?;
    tx.commit().await?;
    Ok(Created::New(created))
}

impl Idempotency {
    /// A 64-bit advisory lock id for this key in `employer`.
    fn lock_id(&self, employer: Uuid) -> i64 {
        let mut h = Sha256::new();
        h.update(employer.as_bytes());
        h.update([0]);
        h.update(self.scope.as_bytes());
        h.update([0]);
        h.update(self.key.as_bytes());
        let digest = h.finalize();
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        i64::from_be_bytes(first)
    }

    /// Claims the key for this transaction. `Some` when the key was used before with the same
    /// payload: the stored response to replay.
    pub async fn begin(&self, tx: &mut TenantTx) -> Result<Option<StoredResponse>, Failure> {
        if !tx
            .idempotency_try_lock(self.lock_id(tx.employer_id()))
            .await?
        {
            return Err(Failure::IdempotencyInFlight);
        }
        match tx.idempotency_get(&self.scope, &self.key).await? {
            None => Ok(None),
            Some(stored) if stored.fingerprint == self.fingerprint => {
                Ok(Some(StoredResponse::from_stored(stored)))
            }
            Some(_) => Err(Failure::IdempotencyMismatch),
        }
    }

    /// A look without claiming: the stored response when this key was used with the same
    /// payload. Lets a retry be answered before work that must not run twice for it (a
    /// CAPTCHA token can be verified only once).
    pub async fn peek(&self, tx: &mut TenantTx) -> Result<Option<StoredResponse>, Failure> {
        match tx.idempotency_get(&self.scope, &self.key).await? {
            None => Ok(None),
            Some(stored) if stored.fingerprint == self.fingerprint => {
                Ok(Some(StoredResponse::from_stored(stored)))
            }
            Some(_) => Err(Failure::IdempotencyMismatch),
        }
    }

    /// Stores the first response, in the create's transaction. `entity` is the resource it
    /// describes (erasing a person removes the responses about them).
    pub async fn finish(
        &self,
        tx: &mut TenantTx,
        entity: Uuid,
        response: &StoredResponse,
    ) -> Result<(), Failure> {
        let headers = serde_json::Value::Object(
            response
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect(),
        );
        tx.idempotency_put(
            &self.scope,
            &self.key,
            &StoredKey {
                fingerprint: self.fingerprint.to_vec(),
                response_status: i32::from(response.status),
                response_headers: headers,
                response_body: response.body.clone(),
            },
            Some(entity),
        )
        .await?;
        Ok(())
    }
}

impl StoredResponse {
    fn from_stored(stored: StoredKey) -> Self {
        let headers = match stored.response_headers {
            serde_json::Value::Object(map) => map
                .into_iter()
                .filter_map(|(k, v)| v.as_str().map(|v| (k, v.to_string())))
                .collect(),
            _ => Vec::new(),
        };
        Self {
            status: u16::try_from(stored.response_status).unwrap_or(200),
            headers,
            body: stored.response_body,
        }
    }
}

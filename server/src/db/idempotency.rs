//! Idempotency keys of the handle's employer.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::idempotency_keys;
use super::tenant::TenantTx;

/// A stored first response.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys, check_for_backend(diesel::pg::Pg))]
pub struct StoredKey {
    pub fingerprint: Vec<u8>,
    pub response_status: i32,
    pub response_headers: serde_json::Value,
    pub response_body: Vec<u8>,
}

#[derive(QueryableByName)]
struct Locked {
    #[diesel(sql_type = Bool)]
    locked: bool,
}

impl TenantTx {
    /// Takes the key's transaction-scoped advisory lock; `false` while another transaction
    /// (a concurrent request with the same key) holds it.
    pub async fn idempotency_try_lock(&mut self, lock_id: i64) -> Result<bool, DbError> {
        let row: Locked = diesel::sql_query("SELECT pg_try_advisory_xact_lock($1) AS locked")
            .bind::<BigInt, _>(lock_id)
            .get_result(self.conn()?)
            .await?;
        Ok(row.locked)
    }

    pub async fn idempotency_get(
        &mut self,
        scope: &str,
        key: &str,
    ) -> Result<Option<StoredKey>, DbError> {
        let employer_id = self.employer_id();
        Ok(idempotency_keys::table
            .filter(idempotency_keys::employer_id.eq(employer_id))
            .filter(idempotency_keys::scope.eq(scope))
            .filter(idempotency_keys::key.eq(key))
            .select(StoredKey::as_select())
            .first(self.conn()?)
            .await
            .optional()?)
    }

    pub async fn idempotency_put(
        &mut self,
        scope: &str,
        key: &str,
        stored: &StoredKey,
        entity_id: Option<Uuid>,
    ) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        diesel::insert_into(idempotency_keys::table)
            .values((
                idempotency_keys::employer_id.eq(employer_id),
                idempotency_keys::scope.eq(scope),
                idempotency_keys::key.eq(key),
                idempotency_keys::fingerprint.eq(&stored.fingerprint),
                idempotency_keys::response_status.eq(stored.response_status),
                idempotency_keys::response_headers.eq(&stored.response_headers),
                idempotency_keys::response_body.eq(&stored.response_body),
                idempotency_keys::entity_id.eq(entity_id),
            ))
            .execute(self.conn()?)
            .await?;
        Ok(())
    }
}

impl TenantTx {
    /// Forgets the stored responses about these resources (erasure: they may carry the
    /// person's data, and a replay would bring it back).
    pub async fn idempotency_forget(&mut self, entities: &[Uuid]) -> Result<u64, DbError> {
        let employer_id = self.employer_id();
        let deleted = diesel::delete(
            idempotency_keys::table
                .filter(idempotency_keys::employer_id.eq(employer_id))
                .filter(idempotency_keys::entity_id.eq_any(entities)),
        )
        .execute(self.conn()?)
        .await?;
        Ok(deleted as u64)
    }
}

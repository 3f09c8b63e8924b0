//! The employer's rejection reasons, once changed from the defaults.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::RunQueryDsl;

use super::DbError;
use super::schema::rejection_reason_lists;
use super::tenant::TenantTx;
use crate::domain::rejection::{self, Reason};

/// The employer's list: the defaults (version 0) until an admin replaces them.
#[derive(Debug, Clone)]
pub struct ReasonList {
    pub reasons: Vec<Reason>,
    pub required: bool,
    pub version: i64,
    pub updated_at: Option<DateTime<Utc>>,
}

impl TenantTx {
    pub async fn rejection_reasons(&mut self, lock: bool) -> Result<ReasonList, DbError> {
        let employer_id = self.employer_id();
        let query = rejection_reason_lists::table
            .filter(rejection_reason_lists::employer_id.eq(employer_id))
            .select((
                rejection_reason_lists::reasons,
                rejection_reason_lists::required,
                rejection_reason_lists::version,
                rejection_reason_lists::updated_at,
            ));
        let conn = self.conn()?;
        let found: Option<(serde_json::Value, bool, i64, DateTime<Utc>)> = if lock {
            query.for_update().first(conn).await.optional()?
        } else {
            query.first(conn).await.optional()?
        };
        Ok(match found {
            Some((reasons, required, version, updated_at)) => ReasonList {
                reasons: serde_json::from_value(reasons)
                    .map_err(|e| DbError::Other(format!("stored reasons do not parse: {e}")))?,
                required,
                version,
                updated_at: Some(updated_at),
            },
            None => ReasonList {
                reasons: rejection::defaults(),
                required: false,
                version: 0,
                updated_at: None,
            },
        })
    }

    pub async fn rejection_reasons_store(
        &mut self,
        reasons: &[Reason],
        required: bool,
    ) -> Result<ReasonList, DbError> {
        self.employer_ensure().await?;
        let employer_id = self.employer_id();
        let json = serde_json::to_value(reasons)
            .map_err(|e| DbError::Other(format!("reasons do not serialize: {e}")))?;
        let (version, updated_at): (i64, DateTime<Utc>) =
            diesel::insert_into(rejection_reason_lists::table)
                .values((
                    rejection_reason_lists::employer_id.eq(employer_id),
                    rejection_reason_lists::reasons.eq(&json),
                    rejection_reason_lists::required.eq(required),
                ))
                .on_conflict(rejection_reason_lists::employer_id)
                .do_update()
                .set((
                    rejection_reason_lists::reasons.eq(excluded(rejection_reason_lists::reasons)),
                    rejection_reason_lists::required.eq(excluded(rejection_reason_lists::required)),
                    rejection_reason_lists::version.eq(rejection_reason_lists::version + 1),
                    rejection_reason_lists::updated_at.eq(diesel::dsl::now),
                ))
                .returning((
                    rejection_reason_lists::version,
                    rejection_reason_lists::updated_at,
                ))
                .get_result(self.conn()?)
                .await?;
        Ok(ReasonList {
            reasons: reasons.to_vec(),
            required,
            version,
            updated_at: Some(updated_at),
        })
    }
}

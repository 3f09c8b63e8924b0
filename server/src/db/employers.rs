//! The handle's own employer row (created on first use).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::{employer_slugs, employers};
use super::tenant::TenantTx;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = employers, check_for_backend(diesel::pg::Pg))]
pub struct EmployerRecord {
    pub id: Uuid,
    pub name: String,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    pub brand_color: Option<String>,
    pub about: Option<String>,
    pub settings: serde_json::Value,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub slug: Option<String>,
    pub logo_upload_id: Option<Uuid>,
    pub logo_object_key: Option<String>,
    pub logo_content_type: Option<String>,
    pub careers_listed: bool,
}

/// New values for the employer's editable members (all of them, after merging a patch).
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = employers, treat_none_as_null = true)]
pub struct EmployerContent {
    pub name: String,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    pub brand_color: Option<String>,
    pub about: Option<String>,
    pub settings: serde_json::Value,
    pub slug: Option<String>,
    pub logo_upload_id: Option<Uuid>,
    pub logo_object_key: Option<String>,
    pub logo_content_type: Option<String>,
}

/// Name given to an employer the first time one of its tokens is seen.
pub const DEFAULT_EMPLOYER_NAME: &str = "Unnamed employer";

impl TenantTx {
    /// Creates the employer row if this is the employer's first write.
    pub async fn employer_ensure(&mut self) -> Result<(), DbError> {
        let id = self.employer_id();
        diesel::insert_into(employers::table)
            .values((
                employers::id.eq(id),
                employers::name.eq(DEFAULT_EMPLOYER_NAME),
            ))
            .on_conflict_do_nothing()
            .execute(self.conn()?)
            .await?;
        Ok(())
    }

    pub async fn employer_get(&mut self, for_update: bool) -> Result<EmployerRecord, DbError> {
        let id = self.employer_id();
        let query = employers::table
            .filter(employers::id.eq(id))
            .select(EmployerRecord::as_select());
        let conn = self.conn()?;
        Ok(if for_update {
            query.for_update().first(conn).await?
        } else {
            query.first(conn).await?
        })
    }

    pub async fn employer_update(
        &mut self,
        content: &EmployerContent,
    ) -> Result<EmployerRecord, DbError> {
        let id = self.employer_id();
        Ok(
            diesel::update(employers::table.filter(employers::id.eq(id)))
                .set((
                    content,
                    employers::version.eq(employers::version + 1),
                    employers::updated_at.eq(diesel::dsl::now),
                ))
                .returning(EmployerRecord::as_returning())
                .get_result(self.conn()?)
                .await?,
        )
    }

    /// Records `slug` as this employer's (it may be one it held before). `false` when another
    /// employer holds or held it: slugs are never handed on, so old links cannot be taken over.
    pub async fn employer_claim_slug(&mut self, slug: &str) -> Result<bool, DbError> {
        let id = self.employer_id();
        let conn = self.conn()?;
        diesel::insert_into(employer_slugs::table)
            .values((
                employer_slugs::slug.eq(slug),
                employer_slugs::employer_id.eq(id),
            ))
            .on_conflict_do_nothing()
            .execute(conn)
            .await?;
        // Row-level security shows this employer's slugs only.
        let own: i64 = employer_slugs::table
            .filter(employer_slugs::slug.eq(slug))
            .count()
            .get_result(conn)
            .await?;
        Ok(own == 1)
    }
}

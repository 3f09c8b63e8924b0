//! Shortlists of the handle's employer. Every change locks the job's `shortlists` row first, so
//! concurrent changes to one shortlist queue up instead of overwriting each other, and bumps
//! its version (the shortlist's ETag).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::applications::ApplicantSummary;
use super::schema::{applicants, jobs, shortlist_entries, shortlists};
use super::tenant::TenantTx;
use crate::domain::shortlist::EntryInput;

/// The shortlist's version and last change (`0` and `None` before its first entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShortlistHead {
    pub version: i64,
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub struct EntryRecord {
    pub applicant: ApplicantSummary,
    pub rank: Option<i32>,
    pub score: Option<i32>,
    pub notes: Option<String>,
    pub added_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = shortlist_entries, check_for_backend(diesel::pg::Pg))]
struct EntryRow {
    applicant_id: Uuid,
    rank: Option<i32>,
    score: Option<i32>,
    notes: Option<String>,
    added_by: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl EntryRow {
    fn into_record(self, name: Option<String>, email: Option<String>) -> EntryRecord {
        EntryRecord {
            applicant: ApplicantSummary {
                id: self.applicant_id,
                name,
                email,
            },
            rank: self.rank,
            score: self.score,
            notes: self.notes,
            added_by: self.added_by,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

impl TenantTx {
    /// Fails with `NotFound` unless the job is the employer's; key-share-locks it so that it
    /// cannot be deleted while its shortlist changes.
    pub async fn job_lock_for_shortlist(&mut self, job_id: Uuid) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        jobs::table
            .filter(jobs::employer_id.eq(employer_id))
            .filter(jobs::id.eq(job_id))
            .select(jobs::id)
            .for_key_share()
            .first::<Uuid>(self.conn()?)
            .await?;
        Ok(())
    }

    /// The shortlist's head without locking (for reads).
    pub async fn shortlist_head(&mut self, job_id: Uuid) -> Result<ShortlistHead, DbError> {
        let employer_id = self.employer_id();
        let head: Option<(i64, Option<DateTime<Utc>>)> = shortlists::table
            .filter(shortlists::employer_id.eq(employer_id))
            .filter(shortlists::job_id.eq(job_id))
            .select((shortlists::version, shortlists::updated_at))
            .first(self.conn()?)
            .await
            .optional()?;
        Ok(head.map_or(
            ShortlistHead {
                version: 0,
                updated_at: None,
            },
            |(version, updated_at)| ShortlistHead {
                version,
                updated_at,
            },
        ))
    }

    /// Creates the shortlist's row if needed and locks it until the transaction ends. Call
    /// [`TenantTx::job_lock_for_shortlist`] first.
    pub async fn shortlist_lock(&mut self, job_id: Uuid) -> Result<ShortlistHead, DbError> {
        let employer_id = self.employer_id();
        diesel::insert_into(shortlists::table)
            .values((
                shortlists::job_id.eq(job_id),
                shortlists::employer_id.eq(employer_id),
            ))
            .on_conflict_do_nothing()
            .execute(self.conn()?)
            .await?;
        let (version, updated_at) = shortlists::table
            .filter(shortlists::employer_id.eq(employer_id))
            .filter(shortlists::job_id.eq(job_id))
            .select((shortlists::version, shortlists::updated_at))
            .for_update()
            .first(self.conn()?)
            .await?;
        Ok(ShortlistHead {
            version,
            updated_at,
        })
    }

    /// Records a change of the (locked) shortlist.
    pub async fn shortlist_bump(&mut self, job_id: Uuid) -> Result<ShortlistHead, DbError> {
        let employer_id = self.employer_id();
        let (version, updated_at) = diesel::update(
            shortlists::table
                .filter(shortlists::employer_id.eq(employer_id))
                .filter(shortlists::job_id.eq(job_id)),
        )
        .set((
            shortlists::version.eq(shortlists::version + 1),
            shortlists::updated_at.eq(diesel::dsl::now
                .into_sql::<diesel::sql_types::Timestamptz>()
                .nullable()),
        ))
        .returning((shortlists::version, shortlists::updated_at))
        .get_result(self.conn()?)
        .await?;
        Ok(ShortlistHead {
            version,
            updated_at,
        })
    }

    /// Entries by rank (unranked last), then score (highest first), then age.
    pub async fn shortlist_entries(&mut self, job_id: Uuid) -> Result<Vec<EntryRecord>, DbError> {
        let employer_id = self.employer_id();
        let rows: Vec<(EntryRow, Option<String>, Option<String>)> = shortlist_entries::table
            .inner_join(applicants::table)
            .filter(shortlist_entries::employer_id.eq(employer_id))
            .filter(shortlist_entries::job_id.eq(job_id))
            .order((
                shortlist_entries::rank.asc().nulls_last(),
                shortlist_entries::score.desc().nulls_last(),
                shortlist_entries::created_at.asc(),
                shortlist_entries::applicant_id.asc(),
            ))
            .select((EntryRow::as_select(), applicants::name, applicants::email))
            .load(self.conn()?)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(row, name, email)| row.into_record(name, email))
            .collect())
    }

    pub async fn shortlist_len(&mut self, job_id: Uuid) -> Result<i64, DbError> {
        let employer_id = self.employer_id();
        Ok(shortlist_entries::table
            .filter(shortlist_entries::employer_id.eq(employer_id))
            .filter(shortlist_entries::job_id.eq(job_id))
            .count()
            .get_result(self.conn()?)
            .await?)
    }

    pub async fn shortlist_entry_exists(
        &mut self,
        job_id: Uuid,
        applicant_id: Uuid,
    ) -> Result<bool, DbError> {
        let employer_id = self.employer_id();
        let found: Option<Uuid> = shortlist_entries::table
            .filter(shortlist_entries::employer_id.eq(employer_id))
            .filter(shortlist_entries::job_id.eq(job_id))
            .filter(shortlist_entries::applicant_id.eq(applicant_id))
            .select(shortlist_entries::applicant_id)
            .first(self.conn()?)
            .await
            .optional()?;
        Ok(found.is_some())
    }

    /// Adds the entry, or changes the members `entry` sets (absent members keep their value).
    /// Returns the stored entry.
    pub async fn shortlist_upsert(
        &mut self,
        job_id: Uuid,
        entry: &EntryInput,
        added_by: &str,
    ) -> Result<EntryRecord, DbError> {
        let employer_id = self.employer_id();
        let conn = self.conn()?;
        diesel::insert_into(shortlist_entries::table)
            .values((
                shortlist_entries::job_id.eq(job_id),
                shortlist_entries::applicant_id.eq(entry.applicant_id),
                shortlist_entries::employer_id.eq(employer_id),
                shortlist_entries::rank.eq(entry.rank),
                shortlist_entries::score.eq(entry.score),
                shortlist_entries::notes.eq(entry.notes.as_deref()),
                shortlist_entries::added_by.eq(added_by),
            ))
            .on_conflict((shortlist_entries::job_id, shortlist_entries::applicant_id))
            .do_update()
            .set((
                shortlist_entries::rank.eq(diesel::dsl::sql::<
                    diesel::sql_types::Nullable<diesel::sql_types::Integer>,
                >(
                    "coalesce(excluded.rank, shortlist_entries.rank)"
                )),
                shortlist_entries::score.eq(diesel::dsl::sql::<
                    diesel::sql_types::Nullable<diesel::sql_types::Integer>,
                >(
                    "coalesce(excluded.score, shortlist_entries.score)"
                )),
                shortlist_entries::notes.eq(diesel::dsl::sql::<
                    diesel::sql_types::Nullable<diesel::sql_types::Text>,
                >(
                    "coalesce(excluded.notes, shortlist_entries.notes)"
                )),
                shortlist_entries::updated_at.eq(diesel::dsl::now),
            ))
            .execute(conn)
            .await?;
        let (row, name, email): (EntryRow, Option<String>, Option<String>) =
            shortlist_entries::table
                .inner_join(applicants::table)
                .filter(shortlist_entries::employer_id.eq(employer_id))
                .filter(shortlist_entries::job_id.eq(job_id))
                .filter(shortlist_entries::applicant_id.eq(entry.applicant_id))
                .select((EntryRow::as_select(), applicants::name, applicants::email))
                .first(self.conn()?)
                .await?;
        Ok(row.into_record(name, email))
    }

    /// Makes the entries exactly `entries`: entries of applicants still listed keep who added
    /// them and when; every member is replaced (absent = none).
    pub async fn shortlist_replace(
        &mut self,
        job_id: Uuid,
        entries: &[EntryInput],
        added_by: &str,
    ) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        let keep: Vec<Uuid> = entries.iter().map(|e| e.applicant_id).collect();
        diesel::delete(
            shortlist_entries::table
                .filter(shortlist_entries::employer_id.eq(employer_id))
                .filter(shortlist_entries::job_id.eq(job_id))
                .filter(diesel::dsl::not(
                    shortlist_entries::applicant_id.eq_any(&keep),
                )),
        )
        .execute(self.conn()?)
        .await?;
        if entries.is_empty() {
            return Ok(());
        }
        let rows: Vec<_> = entries
            .iter()
            .map(|e| {
                (
                    shortlist_entries::job_id.eq(job_id),
                    shortlist_entries::applicant_id.eq(e.applicant_id),
                    shortlist_entries::employer_id.eq(employer_id),
                    shortlist_entries::rank.eq(e.rank),
                    shortlist_entries::score.eq(e.score),
                    shortlist_entries::notes.eq(e.notes.as_deref()),
                    shortlist_entries::added_by.eq(added_by),
                )
            })
            .collect();
        diesel::insert_into(shortlist_entries::table)
            .values(rows)
            .on_conflict((shortlist_entries::job_id, shortlist_entries::applicant_id))
            .do_update()
            .set((
                shortlist_entries::rank.eq(excluded(shortlist_entries::rank)),
                shortlist_entries::score.eq(excluded(shortlist_entries::score)),
                shortlist_entries::notes.eq(excluded(shortlist_entries::notes)),
                shortlist_entries::updated_at.eq(diesel::dsl::now),
            ))
            .execute(self.conn()?)
            .await?;
        Ok(())
    }

    /// Removes the entry; `NotFound` when the applicant is not on the shortlist.
    pub async fn shortlist_delete_entry(
        &mut self,
        job_id: Uuid,
        applicant_id: Uuid,
    ) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        let deleted = diesel::delete(
            shortlist_entries::table
                .filter(shortlist_entries::employer_id.eq(employer_id))
                .filter(shortlist_entries::job_id.eq(job_id))
                .filter(shortlist_entries::applicant_id.eq(applicant_id)),
        )
        .execute(self.conn()?)
        .await?;
        if deleted == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }
}

//! Applicants of the handle's employer, and their erasure.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::{
    applicant_terms, applicants, application_notes, applications, shortlist_entries, shortlists,
};
use super::tenant::TenantTx;
use crate::domain::applicant::{ApplicantFields, Consent, TermKind};

/// The unique index that makes a normalized e-mail address one person per employer.
pub const EMAIL_TAKEN: &str = "applicants_employer_email_key";

/// An applicant as stored (never an erased one: those answer "not found").
#[derive(Debug, Clone)]
pub struct ApplicantRecord {
    pub id: Uuid,
    pub fields: ApplicantFields,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = applicants, check_for_backend(diesel::pg::Pg))]
struct ApplicantRow {
    id: Uuid,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    cv_upload_id: Option<Uuid>,
    cv_url: Option<String>,
    links: Vec<String>,
    skills: Vec<String>,
    languages: Vec<String>,
    consent_granted_at: Option<DateTime<Utc>>,
    consent_policy_version: Option<String>,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl ApplicantRow {
    fn into_record(self) -> Result<ApplicantRecord, DbError> {
        // Queries select live rows only; an erased one has no name and is not found.
        let (Some(name), Some(email)) = (self.name, self.email) else {
            return Err(DbError::NotFound);
        };
        let consent = match (self.consent_granted_at, self.consent_policy_version) {
            (Some(granted_at), Some(policy_version)) => Some(Consent {
                granted_at,
                policy_version,
            }),
            _ => None,
        };
        Ok(ApplicantRecord {
            id: self.id,
            fields: ApplicantFields {
                name,
                email,
                phone: self.phone,
                skills: self.skills,
                languages: self.languages,
                cv_upload_id: self.cv_upload_id,
                cv_url: self.cv_url,
                links: self.links,
                consent,
            },
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = applicants, treat_none_as_null = true)]
struct ApplicantContent<'a> {
    name: &'a str,
    email: &'a str,
    phone: Option<&'a str>,
    cv_upload_id: Option<Uuid>,
    cv_url: Option<&'a str>,
    links: &'a [String],
    skills: &'a [String],
    languages: &'a [String],
    consent_granted_at: Option<DateTime<Utc>>,
    consent_policy_version: Option<&'a str>,
}

impl<'a> ApplicantContent<'a> {
    fn of(f: &'a ApplicantFields) -> Self {
        Self {
            name: &f.name,
            email: &f.email,
            phone: f.phone.as_deref(),
            cv_upload_id: f.cv_upload_id,
            cv_url: f.cv_url.as_deref(),
            links: &f.links,
            skills: &f.skills,
            languages: &f.languages,
            consent_granted_at: f.consent.as_ref().map(|c| c.granted_at),
            consent_policy_version: f.consent.as_ref().map(|c| c.policy_version.as_str()),
        }
    }
}

/// Keyset position in the applicant list: `(created_at, id)` newest first, or
/// `(updated_at, id)` oldest change first with `updated_after`.
pub type ApplicantPosition = (DateTime<Utc>, Uuid);

/// Filters of the applicant list, already normalized to their terms (see
/// `ApplicantFields::terms`).
#[derive(Debug, Clone, Default)]
pub struct ApplicantFilter {
    /// Each must be the start of a word of the name or the skills.
    pub word_prefixes: Vec<String>,
    pub skill_key: Option<String>,
    pub language_key: Option<String>,
    /// Only applicants changed after this time, oldest change first (keyset `(updated_at, id)`
    /// ascending in place of `(created_at, id)` descending).
    pub updated_after: Option<DateTime<Utc>>,
}

/// The smallest string above every string that starts with `prefix`, in collation "C" (byte
/// order): the prefix followed by the highest code point.
fn prefix_end(prefix: &str) -> String {
    format!("{prefix}{}", char::MAX)
}

impl TenantTx {
    /// Inserts a new applicant; a taken e-mail address is `DbError::Unique(EMAIL_TAKEN)`.
    pub async fn applicant_insert(
        &mut self,
        id: Uuid,
        fields: &ApplicantFields,
        created_by: &str,
    ) -> Result<ApplicantRecord, DbError> {
        let employer_id = self.employer_id();
        let record = diesel::insert_into(applicants::table)
            .values((
                applicants::id.eq(id),
                applicants::employer_id.eq(employer_id),
                applicants::created_by.eq(created_by),
                ApplicantContent::of(fields),
            ))
            .returning(ApplicantRow::as_returning())
            .get_result(self.conn()?)
            .await?
            .into_record()?;
        self.applicant_write_terms(id, Some(fields)).await?;
        Ok(record)
    }

    /// Replaces the applicant's search terms (`None`: removes them).
    async fn applicant_write_terms(
        &mut self,
        id: Uuid,
        fields: Option<&ApplicantFields>,
    ) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        let theirs = applicant_terms::table
            .filter(applicant_terms::employer_id.eq(employer_id))
            .filter(applicant_terms::applicant_id.eq(id));
        let Some(fields) = fields else {
            diesel::delete(theirs).execute(self.conn()?).await?;
            return Ok(());
        };
        // The words of their CVs are the matching worker's (kind `cv`).
        diesel::delete(theirs.filter(applicant_terms::kind.ne("cv")))
            .execute(self.conn()?)
            .await?;
        let rows: Vec<_> = fields
            .terms()
            .into_iter()
            .map(|(kind, term)| {
                (
                    applicant_terms::employer_id.eq(employer_id),
                    applicant_terms::applicant_id.eq(id),
                    applicant_terms::kind.eq(kind.as_str()),
                    applicant_terms::term.eq(term),
                )
            })
            .collect();
        if !rows.is_empty() {
            diesel::insert_into(applicant_terms::table)
                .values(rows)
                .execute(self.conn()?)
                .await?;
        }
        Ok(())
    }

    /// Inserts the applicant unless one with the same e-mail exists (then `None`). Under
    /// concurrent inserts of one address, the others wait for the first to commit and then
    /// insert nothing, so one person stays one row.
    pub async fn applicant_insert_if_new(
        &mut self,
        id: Uuid,
        fields: &ApplicantFields,
        created_by: &str,
    ) -> Result<Option<ApplicantRecord>, DbError> {
        let employer_id = self.employer_id();
        let inserted = diesel::insert_into(applicants::table)
            .values((
                applicants::id.eq(id),
                applicants::employer_id.eq(employer_id),
                applicants::created_by.eq(created_by),
                ApplicantContent::of(fields),
            ))
            .on_conflict((applicants::employer_id, applicants::email))
            .do_nothing()
            .returning(ApplicantRow::as_returning())
            .get_result::<ApplicantRow>(self.conn()?)
            .await
            .optional()?;
        match inserted {
            Some(row) => {
                let record = row.into_record()?;
                self.applicant_write_terms(id, Some(fields)).await?;
                Ok(Some(record))
            }
            None => Ok(None),
        }
    }

    /// The live applicant with this (normalized) e-mail, locked until the transaction ends.
    pub async fn applicant_by_email_for_update(
        &mut self,
        email: &str,
    ) -> Result<ApplicantRecord, DbError> {
        let employer_id = self.employer_id();
        applicants::table
            .filter(applicants::employer_id.eq(employer_id))
            .filter(applicants::email.eq(email))
            .filter(applicants::erased_at.is_null())
            .select(ApplicantRow::as_select())
            .for_update()
            .first(self.conn()?)
            .await?
            .into_record()
    }

    pub async fn applicant_get(&mut self, id: Uuid) -> Result<ApplicantRecord, DbError> {
        let employer_id = self.employer_id();
        applicants::table
            .filter(applicants::employer_id.eq(employer_id))
            .filter(applicants::id.eq(id))
            .filter(applicants::erased_at.is_null())
            .select(ApplicantRow::as_select())
            .first(self.conn()?)
            .await?
            .into_record()
    }

    /// The live applicant, locked against concurrent changes until the transaction ends.
    pub async fn applicant_for_update(&mut self, id: Uuid) -> Result<ApplicantRecord, DbError> {
        let employer_id = self.employer_id();
        applicants::table
            .filter(applicants::employer_id.eq(employer_id))
            .filter(applicants::id.eq(id))
            .filter(applicants::erased_at.is_null())
            .select(ApplicantRow::as_select())
            .for_update()
            .first(self.conn()?)
            .await?
            .into_record()
    }

    /// How many of `ids` are live applicants of this employer (each locked against erasure
    /// until the transaction ends).
    pub async fn applicants_count_live(&mut self, ids: &[Uuid]) -> Result<usize, DbError> {
        let employer_id = self.employer_id();
        let found: Vec<Uuid> = applicants::table
            .filter(applicants::employer_id.eq(employer_id))
            .filter(applicants::id.eq_any(ids))
            .filter(applicants::erased_at.is_null())
            .select(applicants::id)
            .for_share()
            .load(self.conn()?)
            .await?;
        Ok(found.len())
    }

    /// Newest first (oldest change first with `updated_after`), after `after` (exclusive), at
    /// most `limit` rows.
    pub async fn applicants_list(
        &mut self,
        filter: &ApplicantFilter,
        after: Option<ApplicantPosition>,
        limit: i64,
    ) -> Result<Vec<ApplicantRecord>, DbError> {
        let employer_id = self.employer_id();
        let mut query = applicants::table
            .filter(applicants::employer_id.eq(employer_id))
            .filter(applicants::erased_at.is_null())
            .select(ApplicantRow::as_select())
            .limit(limit)
            .into_boxed();
        query = match filter.updated_after {
            Some(since) => query
                .filter(applicants::updated_at.gt(since))
                .order((applicants::updated_at.asc(), applicants::id.asc())),
            None => query.order((applicants::created_at.desc(), applicants::id.desc())),
        };
        // Each filter is a semi-join on the terms' btree (see the migration for why not GIN).
        let terms = |kind: TermKind| {
            applicant_terms::table
                .filter(applicant_terms::employer_id.eq(employer_id))
                .filter(applicant_terms::kind.eq(kind.as_str()))
        };
        if let Some(key) = &filter.skill_key {
            query = query.filter(
                applicants::id.eq_any(
                    terms(TermKind::Skill)
                        .filter(applicant_terms::term.eq(key.clone()))
                        .select(applicant_terms::applicant_id),
                ),
            );
        }
        if let Some(key) = &filter.language_key {
            query = query.filter(
                applicants::id.eq_any(
                    terms(TermKind::Language)
                        .filter(applicant_terms::term.eq(key.clone()))
                        .select(applicant_terms::applicant_id),
                ),
            );
        }
        for prefix in &filter.word_prefixes {
            query = query.filter(
                applicants::id.eq_any(
                    applicant_terms::table
                        .filter(applicant_terms::employer_id.eq(employer_id))
                        .filter(applicant_terms::kind.eq_any(["word", "cv"]))
                        .filter(applicant_terms::term.ge(prefix.clone()))
                        .filter(applicant_terms::term.lt(prefix_end(prefix)))
                        .select(applicant_terms::applicant_id),
                ),
            );
        }
        match (after, filter.updated_after) {
            (Some((updated_at, id)), Some(_)) => {
                query = query.filter(
                    applicants::updated_at
                        .gt(updated_at)
                        .or(applicants::updated_at
                            .eq(updated_at)
                            .and(applicants::id.gt(id))),
                );
            }
            (Some((created_at, id)), None) => {
                query = query.filter(
                    applicants::created_at
                        .lt(created_at)
                        .or(applicants::created_at
                            .eq(created_at)
                            .and(applicants::id.lt(id))),
                );
            }
            (None, _) => {}
        }
        let rows: Vec<ApplicantRow> = query.load(self.conn()?).await?;
        rows.into_iter().map(ApplicantRow::into_record).collect()
    }

    /// Stores new content and bumps the version; a taken e-mail address is
    /// `DbError::Unique(EMAIL_TAKEN)`.
    pub async fn applicant_update(
        &mut self,
        id: Uuid,
        fields: &ApplicantFields,
    ) -> Result<ApplicantRecord, DbError> {
        let employer_id = self.employer_id();
        let record = diesel::update(
            applicants::table
                .filter(applicants::employer_id.eq(employer_id))
                .filter(applicants::id.eq(id))
                .filter(applicants::erased_at.is_null()),
        )
        .set((
            ApplicantContent::of(fields),
            applicants::version.eq(applicants::version + 1),
            applicants::updated_at.eq(diesel::dsl::now),
        ))
        .returning(ApplicantRow::as_returning())
        .get_result(self.conn()?)
        .await?
        .into_record()?;
        self.applicant_write_terms(id, Some(fields)).await?;
        Ok(record)
    }

    /// Erases the person irreversibly: name, e-mail, phone, links and CV reference go; so do
    /// their cover letters, the personal members of what they submitted with applications, the
    /// link to their login (`applicant_sub`), the notes about them, their shortlist entries and
    /// the stored idempotent responses about them. The row stays as a tombstone (id, skills, languages, consent
    /// record, timestamps) so that the applications keep their job, status and dates.
    pub async fn applicant_erase(&mut self, id: Uuid) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        let conn = self.conn()?;
        let erased = diesel::update(
            applicants::table
                .filter(applicants::employer_id.eq(employer_id))
                .filter(applicants::id.eq(id))
                .filter(applicants::erased_at.is_null()),
        )
        .set((
            applicants::name.eq(None::<String>),
            applicants::email.eq(None::<String>),
            applicants::phone.eq(None::<String>),
            applicants::cv_upload_id.eq(None::<Uuid>),
            applicants::cv_url.eq(None::<String>),
            applicants::links.eq(Vec::<String>::new()),
            applicants::erased_at.eq(diesel::dsl::now
                .into_sql::<diesel::sql_types::Timestamptz>()
                .nullable()),
            applicants::version.eq(applicants::version + 1),
            applicants::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await?;
        if erased == 0 {
            return Err(DbError::NotFound);
        }
        // All matching read of them goes first: deleting their CV texts waits for a worker
        // that is writing their CV words, so the terms' delete below sees those words.
        self.matching_forget_applicant(id).await?;
        // The words of the name are personal data too.
        self.applicant_write_terms(id, None).await?;
        let conn = self.conn()?;
        let theirs = applications::table
            .filter(applications::employer_id.eq(employer_id))
            .filter(applications::applicant_id.eq(id));
        diesel::delete(
            application_notes::table
                .filter(application_notes::employer_id.eq(employer_id))
                .filter(application_notes::application_id.eq_any(theirs.select(applications::id))),
        )
        .execute(conn)
        .await?;
        let application_ids: Vec<Uuid> = diesel::update(theirs)
            .set((
                applications::cover_letter.eq(None::<String>),
                applications::applicant_sub.eq(None::<String>),
                applications::submission.eq(diesel::dsl::sql::<
                    diesel::sql_types::Nullable<diesel::sql_types::Jsonb>,
                >(
                    super::applications::ERASED_SUBMISSION
                )),
                applications::version.eq(applications::version + 1),
                applications::updated_at.eq(diesel::dsl::now),
            ))
            .returning(applications::id)
            .get_results(conn)
            .await?;
        let submission_ids = self.submissions_erase(&application_ids).await?;
        self.comments_delete_of(&application_ids).await?;
        // Stored first responses of the person's creates carry their data: replaying one
        // would bring it back.
        let mut described = application_ids;
        described.extend(submission_ids);
        described.push(id);
        self.idempotency_forget(&described).await?;
        let conn = self.conn()?;
        let shortlisted_for: Vec<Uuid> = diesel::delete(
            shortlist_entries::table
                .filter(shortlist_entries::employer_id.eq(employer_id))
                .filter(shortlist_entries::applicant_id.eq(id)),
        )
        .returning(shortlist_entries::job_id)
        .get_results(conn)
        .await?;
        // Those shortlists changed: their ETags must too.
        diesel::update(
            shortlists::table
                .filter(shortlists::employer_id.eq(employer_id))
                .filter(shortlists::job_id.eq_any(&shortlisted_for)),
        )
        .set((
            shortlists::version.eq(shortlists::version + 1),
            shortlists::updated_at.eq(diesel::dsl::now
                .into_sql::<diesel::sql_types::Timestamptz>()
                .nullable()),
        ))
        .execute(conn)
        .await?;
        Ok(())
    }
}

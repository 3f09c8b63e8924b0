//! Jobs of the handle's employer.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::jobs;
use super::stmt::Stmt;
use super::tenant::TenantTx;
use crate::domain::job::{
    DescriptionFormat, EmploymentType, JobFields, JobStatus, Salary, SalaryPeriod, WorkplaceType,
};
use crate::domain::taxonomy;
use crate::domain::translation::{self, Translation};
use diesel::sql_types::{Jsonb, Text, Uuid as SqlUuid};

/// A job as stored.
#[derive(Debug, Clone)]
pub struct JobRecord {
    pub id: Uuid,
    pub employer_id: Uuid,
    pub fields: JobFields,
    pub status: JobStatus,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
}

/// The editable content columns, shared by the employer's rows and public rows.
#[derive(Queryable, Selectable, QueryableByName)]
#[diesel(table_name = jobs, check_for_backend(diesel::pg::Pg))]
pub(super) struct ContentRow {
    title: String,
    description: String,
    description_format: String,
    department: Option<String>,
    languages: Vec<String>,
    location: Option<String>,
    workplace_type: Option<String>,
    employment_type: Option<String>,
    salary_min: Option<i64>,
    salary_max: Option<i64>,
    salary_currency: Option<String>,
    salary_period: Option<String>,
    vacancies: i32,
    reference_number: Option<String>,
    closing_date: Option<NaiveDate>,
    locale: String,
    translations: serde_json::Value,
}

/// The same columns as SQL text, for hand-written queries over `jobs j`.
pub(super) const CONTENT_COLUMNS: &str = "j.title, j.description, j.description_format, \
     j.department, j.languages, j.location, j.workplace_type, j.employment_type, j.salary_min, \
     j.salary_max, j.salary_currency, j.salary_period, j.vacancies, j.reference_number, \
     j.closing_date, j.locale, j.translations";

/// A stored value of a closed set (the table's CHECK constraints allow only these).
fn closed<T>(value: &str, parse: fn(&str) -> Option<T>) -> Result<T, DbError> {
    parse(value).ok_or_else(|| DbError::Other(format!("unknown stored value {value:?}")))
}

impl ContentRow {
    pub(super) fn into_fields(self) -> Result<JobFields, DbError> {
        let salary = match (self.salary_currency, self.salary_period) {
            (Some(currency), Some(period)) => Some(Salary {
                min: self.salary_min,
                max: self.salary_max,
                currency,
                period: closed(&period, SalaryPeriod::parse)?,
            }),
            _ => None,
        };
        Ok(JobFields {
            title: self.title,
            description: self.description,
            description_format: closed(&self.description_format, DescriptionFormat::parse)?,
            department: self.department,
            languages: self.languages,
            location: self.location,
            workplace_type: self
                .workplace_type
                .map(|v| closed(&v, WorkplaceType::parse))
                .transpose()?,
            employment_type: self
                .employment_type
                .map(|v| closed(&v, EmploymentType::parse))
                .transpose()?,
            salary,
            vacancies: self.vacancies,
            reference_number: self.reference_number,
            closing_date: self.closing_date,
            locale: self.locale,
            translations: translation::from_json(self.translations)
                .ok_or_else(|| DbError::Other("unreadable stored translations".into()))?,
            // The employer's rows read them (`JobRow`); public rows never do.
            skills: Default::default(),
        })
    }
}

#[derive(Queryable, Selectable, QueryableByName)]
#[diesel(table_name = jobs, check_for_backend(diesel::pg::Pg))]
pub(super) struct JobRow {
    id: Uuid,
    employer_id: Uuid,
    #[diesel(embed)]
    content: ContentRow,
    skills: serde_json::Value,
    status: String,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    published_at: Option<DateTime<Utc>>,
    closed_at: Option<DateTime<Utc>>,
}

/// Every column of [`JobRow`] as SQL text, for hand-written queries over `jobs j`.
pub(super) fn job_columns() -> String {
    format!(
        "j.id, j.employer_id, {CONTENT_COLUMNS}, j.skills, j.status, j.version, j.created_at, \
         j.updated_at, j.published_at, j.closed_at"
    )
}

impl JobRow {
    pub(super) fn into_record(self) -> Result<JobRecord, DbError> {
        let status = JobStatus::parse(&self.status)
            .ok_or_else(|| DbError::Other(format!("unknown job status {}", self.status)))?;
        let mut fields = self.content.into_fields()?;
        // Written by this code only; an unreadable value reads as no skills.
        fields.skills = serde_json::from_value(self.skills).unwrap_or_default();
        Ok(JobRecord {
            id: self.id,
            employer_id: self.employer_id,
            fields,
            status,
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
            published_at: self.published_at,
            closed_at: self.closed_at,
        })
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = jobs, treat_none_as_null = true)]
struct JobContent<'a> {
    title: &'a str,
    description: &'a str,
    description_format: &'a str,
    department: Option<&'a str>,
    languages: &'a [String],
    location: Option<&'a str>,
    workplace_type: Option<&'a str>,
    employment_type: Option<&'a str>,
    salary_min: Option<i64>,
    salary_max: Option<i64>,
    salary_currency: Option<&'a str>,
    salary_period: Option<&'a str>,
    vacancies: i32,
    reference_number: Option<&'a str>,
    closing_date: Option<NaiveDate>,
    locale: &'a str,
    skills: serde_json::Value,
    // Taxonomy slugs, derived from the labels on every write (see `domain::taxonomy`).
    department_slug: Option<String>,
    location_slug: Option<String>,
    language_slugs: Vec<String>,
    /// Descriptions reach the database sanitized (`JobFields::sanitized`, in the use cases):
    /// they were cleaned with this build's policy.
    description_policy: i16,
}

impl<'a> JobContent<'a> {
    fn of(f: &'a JobFields) -> Self {
        let slug_of = |label: &Option<String>| {
            label
                .as_deref()
                .filter(|l| !l.trim().is_empty())
                .map(taxonomy::slug)
        };
        Self {
            title: &f.title,
            description: &f.description,
            description_format: f.description_format.as_str(),
            department: f.department.as_deref(),
            languages: &f.languages,
            location: f.location.as_deref(),
            workplace_type: f.workplace_type.map(WorkplaceType::as_str),
            employment_type: f.employment_type.map(EmploymentType::as_str),
            salary_min: f.salary.as_ref().and_then(|s| s.min),
            salary_max: f.salary.as_ref().and_then(|s| s.max),
            salary_currency: f.salary.as_ref().map(|s| s.currency.as_str()),
            salary_period: f.salary.as_ref().map(|s| s.period.as_str()),
            vacancies: f.vacancies,
            reference_number: f.reference_number.as_deref(),
            closing_date: f.closing_date,
            locale: &f.locale,
            skills: serde_json::to_value(&f.skills).unwrap_or_default(),
            department_slug: slug_of(&f.department),
            location_slug: slug_of(&f.location),
            language_slugs: taxonomy::slugs(&f.languages),
            description_policy: crate::domain::html::POLICY_VERSION,
        }
    }
}

/// A job written as it is, status and history included: demo and benchmark data
/// (`jobs-server seed`), never a client's request.
#[derive(Debug, Clone)]
pub struct ImportedJob {
    pub id: Uuid,
    pub fields: JobFields,
    pub status: JobStatus,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
}

#[derive(Insertable)]
#[diesel(table_name = jobs)]
struct ImportRow<'a> {
    id: Uuid,
    employer_id: Uuid,
    #[diesel(embed)]
    content: JobContent<'a>,
    status: &'static str,
    created_by: &'a str,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    published_at: Option<DateTime<Utc>>,
    closed_at: Option<DateTime<Utc>>,
}

impl TenantTx {
    pub async fn job_insert(
        &mut self,
        id: Uuid,
        fields: &JobFields,
        created_by: &str,
    ) -> Result<JobRecord, DbError> {
        let employer_id = self.employer_id();
        let row = diesel::insert_into(jobs::table)
            .values((
                jobs::id.eq(id),
                jobs::employer_id.eq(employer_id),
                jobs::created_by.eq(created_by),
                JobContent::of(fields),
            ))
            .returning(JobRow::as_returning())
            .get_result(self.conn()?)
            .await?;
        row.into_record()
    }

    /// The job, locked against concurrent changes until the transaction ends.
    pub async fn job_for_update(&mut self, id: Uuid) -> Result<JobRecord, DbError> {
        let employer_id = self.employer_id();
        jobs::table
            .filter(jobs::employer_id.eq(employer_id))
            .filter(jobs::id.eq(id))
            .select(JobRow::as_select())
            .for_update()
            .first(self.conn()?)
            .await?
            .into_record()
    }

    pub async fn job_get(&mut self, id: Uuid) -> Result<JobRecord, DbError> {
        let employer_id = self.employer_id();
        jobs::table
            .filter(jobs::employer_id.eq(employer_id))
            .filter(jobs::id.eq(id))
            .select(JobRow::as_select())
            .first(self.conn()?)
            .await?
            .into_record()
    }

    /// Writes many jobs at once (one statement per chunk of rows).
    pub async fn jobs_import(&mut self, jobs: &[ImportedJob]) -> Result<usize, DbError> {
        let employer_id = self.employer_id();
        let mut written = 0;
        // PostgreSQL takes at most 65535 bind parameters per statement; a row has 26.
        for chunk in jobs.chunks(2000) {
            let rows: Vec<ImportRow<'_>> = chunk
                .iter()
                .map(|job| ImportRow {
                    id: job.id,
                    employer_id,
                    content: JobContent::of(&job.fields),
                    status: job.status.as_str(),
                    created_by: &job.created_by,
                    created_at: job.created_at,
                    updated_at: job.closed_at.or(job.published_at).unwrap_or(job.created_at),
                    published_at: job.published_at,
                    closed_at: job.closed_at,
                })
                .collect();
            written += diesel::insert_into(jobs::table)
                .values(&rows)
                .execute(self.conn()?)
                .await?;
        }
        Ok(written)
    }

    /// Stores new content and bumps the version.
    pub async fn job_update_content(
        &mut self,
        id: Uuid,
        fields: &JobFields,
    ) -> Result<JobRecord, DbError> {
        let employer_id = self.employer_id();
        diesel::update(
            jobs::table
                .filter(jobs::employer_id.eq(employer_id))
                .filter(jobs::id.eq(id)),
        )
        .set((
            JobContent::of(fields),
            jobs::version.eq(jobs::version + 1),
            jobs::updated_at.eq(diesel::dsl::now),
        ))
        .returning(JobRow::as_returning())
        .get_result(self.conn()?)
        .await?
        .into_record()
    }

    /// Moves the job to `status`, stamping when it was published or closed.
    pub async fn job_set_status(
        &mut self,
        id: Uuid,
        status: JobStatus,
    ) -> Result<JobRecord, DbError> {
        let employer_id = self.employer_id();
        let target = jobs::table
            .filter(jobs::employer_id.eq(employer_id))
            .filter(jobs::id.eq(id));
        let now = diesel::dsl::now;
        let common = (
            jobs::status.eq(status.as_str()),
            jobs::version.eq(jobs::version + 1),
            jobs::updated_at.eq(now),
        );
        let conn = self.conn()?;
        let row: JobRow = match status {
            JobStatus::Published => {
                diesel::update(target)
                    .set((
                        common,
                        jobs::published_at
                            .eq(now.into_sql::<diesel::sql_types::Timestamptz>().nullable()),
                    ))
                    .returning(JobRow::as_returning())
                    .get_result(conn)
                    .await?
            }
            JobStatus::Closed => {
                diesel::update(target)
                    .set((
                        common,
                        jobs::closed_at
                            .eq(now.into_sql::<diesel::sql_types::Timestamptz>().nullable()),
                    ))
                    .returning(JobRow::as_returning())
                    .get_result(conn)
                    .await?
            }
            JobStatus::Draft => {
                diesel::update(target)
                    .set(common)
                    .returning(JobRow::as_returning())
                    .get_result(conn)
                    .await?
            }
        };
        row.into_record()
    }

    /// Writes one translation (added, or replacing the one in its language) and bumps the
    /// job's version: the job's representation lists its languages.
    pub async fn job_translation_put(
        &mut self,
        id: Uuid,
        t: &Translation,
    ) -> Result<JobRecord, DbError> {
        let stored = serde_json::to_value(translation::Stored::of(t))
            .map_err(|e| DbError::Other(e.to_string()))?;
        let row: JobRow = Stmt::new(format!(
            "UPDATE jobs j SET translations = jsonb_set(j.translations, ARRAY[$1::text], $2), \
             version = j.version + 1, updated_at = now() \
             WHERE j.employer_id = $3 AND j.id = $4 RETURNING {}",
            job_columns()
        ))
        .with::<Text, _>(t.locale.clone())
        .with::<Jsonb, _>(stored)
        .with::<SqlUuid, _>(self.employer_id())
        .with::<SqlUuid, _>(id)
        .get_result(self.conn()?)
        .await?;
        row.into_record()
    }

    /// Removes the translation in `locale` and bumps the job's version.
    pub async fn job_translation_delete(
        &mut self,
        id: Uuid,
        locale: &str,
    ) -> Result<JobRecord, DbError> {
        let row: JobRow = Stmt::new(format!(
            "UPDATE jobs j SET translations = j.translations - $1::text, \
             version = j.version + 1, updated_at = now() \
             WHERE j.employer_id = $2 AND j.id = $3 RETURNING {}",
            job_columns()
        ))
        .with::<Text, _>(locale.to_string())
        .with::<SqlUuid, _>(self.employer_id())
        .with::<SqlUuid, _>(id)
        .get_result(self.conn()?)
        .await?;
        row.into_record()
    }

    pub async fn job_delete(&mut self, id: Uuid) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        let deleted = diesel::delete(
            jobs::table
                .filter(jobs::employer_id.eq(employer_id))
                .filter(jobs::id.eq(id)),
        )
        .execute(self.conn()?)
        .await?;
        if deleted == 0 {
            Err(DbError::NotFound)
        } else {
            Ok(())
        }
    }
}

//! An employer's public profile, found by its careers slug (current or former), read as the
//! `jobs_public` role: only employers with a slug and their careers page on are visible.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use uuid::Uuid;

use super::stmt::Stmt;
use super::{Database, DbError, tx};

/// The profile as stored; the caller renders `about` and links.
#[derive(Debug, Clone, QueryableByName)]
pub struct PublicEmployerRecord {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub slug: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub website: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub about: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub brand_color: Option<String>,
    /// The uploaded logo's stored object and type.
    #[diesel(sql_type = Nullable<Text>)]
    pub logo_object_key: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub logo_content_type: Option<String>,
    #[diesel(sql_type = Timestamptz)]
    pub updated_at: DateTime<Utc>,
    #[diesel(sql_type = BigInt)]
    pub published_jobs: i64,
}

/// What a slug names.
#[derive(Debug, Clone)]
pub enum SlugLookup {
    Profile(PublicEmployerRecord),
    /// A former slug of an employer whose page is up: its current slug.
    MovedTo(String),
    NotFound,
}

impl Database {
    /// The employer `slug` names, now or before (one statement on the public-reads pool);
    /// `published_jobs` is counted only when `count` (0 otherwise: a careers page has its own
    /// counts from the search index, and a count is a scan of the employer's jobs).
    pub async fn public_employer(&self, slug: &str, count: bool) -> Result<SlugLookup, DbError> {
        let stmt = Stmt::new(
            "SELECT e.id, e.slug, e.name, e.website, e.about, e.brand_color, \
                    e.logo_object_key, e.logo_content_type, e.updated_at, \
                    CASE WHEN $2 THEN (SELECT count(*) FROM jobs j \
                      WHERE j.employer_id = e.id AND j.status = 'published') ELSE 0 END \
                      AS published_jobs \
             FROM employer_slugs s JOIN employers e ON e.id = s.employer_id \
             WHERE s.slug = $1 AND e.slug IS NOT NULL AND e.careers_listed",
        )
        .with::<Text, _>(slug.to_string())
        .with::<diesel::sql_types::Bool, _>(count);
        let found = tx::read_configured::<PublicEmployerRecord>(&self.public_reads, &stmt)
            .await?
            .into_iter()
            .next();
        Ok(match found {
            Some(profile) if profile.slug == slug => SlugLookup::Profile(profile),
            Some(profile) => SlugLookup::MovedTo(profile.slug),
            None => SlugLookup::NotFound,
        })
    }
}

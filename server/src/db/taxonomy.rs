//! Taxonomy values with their counts of published jobs, read in the public context.

use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Text, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::public::PublicTx;

/// Which value of a job a taxonomy lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxonomyKind {
    Departments,
    Languages,
    Locations,
}

impl TaxonomyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TaxonomyKind::Departments => "departments",
            TaxonomyKind::Languages => "languages",
            TaxonomyKind::Locations => "locations",
        }
    }

    /// FROM (after `jobs j`) and the slug and label expressions.
    fn source(self) -> (&'static str, &'static str, &'static str) {
        match self {
            TaxonomyKind::Departments => ("", "j.department_slug", "j.department"),
            TaxonomyKind::Locations => ("", "j.location_slug", "j.location"),
            TaxonomyKind::Languages => (
                ", unnest(j.language_slugs, j.languages) AS u(slug, label)",
                "u.slug",
                "u.label",
            ),
        }
    }
}

#[derive(Debug, Clone, QueryableByName)]
pub struct TaxonomyRow {
    #[diesel(sql_type = Text)]
    pub slug: String,
    /// The most common spelling among the published jobs with this slug.
    #[diesel(sql_type = Text)]
    pub label: String,
    #[diesel(sql_type = BigInt)]
    pub job_count: i64,
}

impl PublicTx {
    /// Values in slug order after `after`, at most `limit`, each with its published jobs.
    pub async fn taxonomy(
        &mut self,
        kind: TaxonomyKind,
        employer_id: Option<Uuid>,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<TaxonomyRow>, DbError> {
        let (join, slug, label) = kind.source();
        let sql = format!(
            "SELECT {slug} AS slug, mode() WITHIN GROUP (ORDER BY {label}) AS label, \
             count(*) AS job_count FROM jobs j{join} \
             WHERE j.status = 'published' AND {slug} IS NOT NULL \
             AND ($1::uuid IS NULL OR j.employer_id = $1) AND ($2::text IS NULL OR {slug} > $2) \
             GROUP BY {slug} ORDER BY {slug} LIMIT $3"
        );
        Ok(diesel::sql_query(sql)
            .bind::<diesel::sql_types::Nullable<SqlUuid>, _>(employer_id)
            .bind::<diesel::sql_types::Nullable<Text>, _>(after)
            .bind::<BigInt, _>(limit)
            .load(self.conn()?)
            .await?)
    }
}

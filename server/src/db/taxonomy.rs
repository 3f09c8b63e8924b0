//! Taxonomy values with their counts of published jobs, read in the public context from the
//! published jobs' search documents (see the search migration).

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

    /// FROM (after `job_search_documents d`) and the slug and label expressions.
    fn source(self) -> (&'static str, &'static str, &'static str) {
        match self {
            TaxonomyKind::Departments => ("", "d.department_slug", "d.department"),
            TaxonomyKind::Locations => ("", "d.location_slug", "d.location"),
            TaxonomyKind::Languages => (
                ", unnest(d.language_slugs, d.languages) AS u(slug, label)",
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
        // Count per spelling first (an index-only scan for departments and locations), then
        // per slug, labelled with its most common spelling (ties: the first in byte order).
        // Byte order (`COLLATE "C"`) whatever the database's collation: the public index
        // (`crate::search`) pages the same values in the same order.
        let sql = format!(
            "SELECT slug, (array_agg(label ORDER BY n DESC, label COLLATE \"C\"))[1] AS label, \
             sum(n)::bigint AS job_count FROM ( \
               SELECT {slug} AS slug, {label} AS label, count(*) AS n \
               FROM job_search_documents d{join} \
               WHERE {slug} IS NOT NULL AND ($1::uuid IS NULL OR d.employer_id = $1) \
               AND ($2::text IS NULL OR {slug} > $2 COLLATE \"C\") GROUP BY 1, 2 \
             ) AS spellings GROUP BY slug ORDER BY slug COLLATE \"C\" LIMIT $3"
        );
        Ok(diesel::sql_query(sql)
            .bind::<diesel::sql_types::Nullable<SqlUuid>, _>(employer_id)
            .bind::<diesel::sql_types::Nullable<Text>, _>(after)
            .bind::<BigInt, _>(limit)
            .load(self.conn()?)
            .await?)
    }
}

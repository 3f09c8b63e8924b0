//! Comments on the handle's employer's applications. An edit keeps the text it replaces in the
//! comment's `history`; erasure and anonymization take an application's comments with its notes.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::application_comments;
use super::tenant::TenantTx;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = application_comments, check_for_backend(diesel::pg::Pg))]
pub struct CommentRecord {
    pub id: Uuid,
    pub application_id: Uuid,
    pub author_id: Uuid,
    pub body: String,
    pub body_format: String,
    pub body_html: String,
    pub mentions: Vec<Uuid>,
    /// `[{body, body_format, replaced_at}]`, newest first.
    pub history: serde_json::Value,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
}

/// A comment's text as it was before an edit.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Revision {
    pub body: String,
    pub body_format: String,
    pub replaced_at: DateTime<Utc>,
}

impl CommentRecord {
    pub fn revisions(&self) -> Vec<Revision> {
        serde_json::from_value(self.history.clone()).unwrap_or_default()
    }
}

/// A comment's text, rendered, and the members it mentions.
#[derive(Debug, Clone)]
pub struct CommentText<'a> {
    pub body: &'a str,
    pub body_format: &'a str,
    pub body_html: &'a str,
    pub mentions: &'a [Uuid],
}

/// Keyset position in an application's comments (oldest first).
pub type CommentPosition = (DateTime<Utc>, Uuid);

impl TenantTx {
    pub async fn comment_insert(
        &mut self,
        id: Uuid,
        application_id: Uuid,
        author_id: Uuid,
        text: &CommentText<'_>,
    ) -> Result<CommentRecord, DbError> {
        let employer_id = self.employer_id();
        Ok(diesel::insert_into(application_comments::table)
            .values((
                application_comments::id.eq(id),
                application_comments::employer_id.eq(employer_id),
                application_comments::application_id.eq(application_id),
                application_comments::author_id.eq(author_id),
                application_comments::body.eq(text.body),
                application_comments::body_format.eq(text.body_format),
                application_comments::body_html.eq(text.body_html),
                application_comments::mentions.eq(text.mentions),
            ))
            .returning(CommentRecord::as_returning())
            .get_result(self.conn()?)
            .await?)
    }

    pub async fn comments_list(
        &mut self,
        application_id: Uuid,
        after: Option<CommentPosition>,
        limit: i64,
    ) -> Result<Vec<CommentRecord>, DbError> {
        let employer_id = self.employer_id();
        let mut query = application_comments::table
            .filter(application_comments::employer_id.eq(employer_id))
            .filter(application_comments::application_id.eq(application_id))
            .select(CommentRecord::as_select())
            .order((
                application_comments::created_at.asc(),
                application_comments::id.asc(),
            ))
            .limit(limit)
            .into_boxed();
        if let Some((created_at, id)) = after {
            query = query.filter(
                application_comments::created_at.gt(created_at).or(
                    application_comments::created_at
                        .eq(created_at)
                        .and(application_comments::id.gt(id)),
                ),
            );
        }
        Ok(query.load(self.conn()?).await?)
    }

    /// The comment of this application (by the application's own id).
    pub async fn comment_get(
        &mut self,
        application_id: Uuid,
        id: Uuid,
    ) -> Result<CommentRecord, DbError> {
        let employer_id = self.employer_id();
        Ok(application_comments::table
            .filter(application_comments::employer_id.eq(employer_id))
            .filter(application_comments::application_id.eq(application_id))
            .filter(application_comments::id.eq(id))
            .select(CommentRecord::as_select())
            .first(self.conn()?)
            .await?)
    }

    /// The comment of this application, locked until the transaction ends.
    pub async fn comment_for_update(
        &mut self,
        application_id: Uuid,
        id: Uuid,
    ) -> Result<CommentRecord, DbError> {
        let employer_id = self.employer_id();
        Ok(application_comments::table
            .filter(application_comments::employer_id.eq(employer_id))
            .filter(application_comments::application_id.eq(application_id))
            .filter(application_comments::id.eq(id))
            .select(CommentRecord::as_select())
            .for_update()
            .first(self.conn()?)
            .await?)
    }

    /// Replaces the text, keeping the one it replaces in `history` (`history` is the new
    /// list, newest first).
    pub async fn comment_update(
        &mut self,
        id: Uuid,
        text: &CommentText<'_>,
        history: serde_json::Value,
    ) -> Result<CommentRecord, DbError> {
        let employer_id = self.employer_id();
        Ok(diesel::update(
            application_comments::table
                .filter(application_comments::employer_id.eq(employer_id))
                .filter(application_comments::id.eq(id)),
        )
        .set((
            application_comments::body.eq(text.body),
            application_comments::body_format.eq(text.body_format),
            application_comments::body_html.eq(text.body_html),
            application_comments::mentions.eq(text.mentions),
            application_comments::history.eq(history),
            application_comments::version.eq(application_comments::version + 1),
            application_comments::updated_at.eq(diesel::dsl::now),
            application_comments::edited_at.eq(diesel::dsl::now
                .into_sql::<diesel::sql_types::Timestamptz>()
                .nullable()),
        ))
        .returning(CommentRecord::as_returning())
        .get_result(self.conn()?)
        .await?)
    }

    pub async fn comment_delete(&mut self, id: Uuid) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        let deleted = diesel::delete(
            application_comments::table
                .filter(application_comments::employer_id.eq(employer_id))
                .filter(application_comments::id.eq(id)),
        )
        .execute(self.conn()?)
        .await?;
        if deleted == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }

    /// Every comment on these applications goes (erasure and anonymization: what the team
    /// wrote about a person leaves with the person).
    pub async fn comments_delete_of(&mut self, application_ids: &[Uuid]) -> Result<(), DbError> {
        if application_ids.is_empty() {
            return Ok(());
        }
        let employer_id = self.employer_id();
        diesel::delete(
            application_comments::table
                .filter(application_comments::employer_id.eq(employer_id))
                .filter(application_comments::application_id.eq_any(application_ids)),
        )
        .execute(self.conn()?)
        .await?;
        Ok(())
    }
}

//! Hand-written SQL that PostgreSQL prepares once per connection.
//!
//! `diesel::sql_query` marks its statement unsafe to cache, so every execution pays a Parse
//! round trip and a fresh plan (under row-level security planning costs more than running the
//! list query). A [`Stmt`] carries numbered placeholders (`$1`, `$2`, …) in its text and its
//! values in the same order; diesel-async caches it by text and bind types, and statements in
//! its cache can be pipelined (see `db::tx`).

use diesel::QueryResult;
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{HasSqlType, Untyped};

/// One bound value of a [`Stmt`].
trait Bind: Send + Sync {
    fn walk<'b>(&'b self, out: AstPass<'_, 'b, Pg>) -> QueryResult<()>;
}

struct Value<ST, V> {
    value: V,
    _type: std::marker::PhantomData<fn() -> ST>,
}

impl<ST, V> Bind for Value<ST, V>
where
    Pg: HasSqlType<ST>,
    V: ToSql<ST, Pg> + Send + Sync,
{
    fn walk<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_bind_param_value_only::<ST, V>(&self.value)
    }
}

/// SQL text with `$n` placeholders and their values, safe to cache as a prepared statement.
#[derive(Default)]
pub struct Stmt {
    text: String,
    binds: Vec<Box<dyn Bind>>,
}

impl Stmt {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            binds: Vec::new(),
        }
    }

    /// Appends SQL text.
    pub fn push(&mut self, sql: &str) -> &mut Self {
        self.text.push_str(sql);
        self
    }

    /// Adds a value and returns its placeholder (`$n`), to be written into the text.
    pub fn bind<ST, V>(&mut self, value: V) -> String
    where
        Pg: HasSqlType<ST>,
        V: ToSql<ST, Pg> + Send + Sync + 'static,
        ST: 'static,
    {
        self.binds.push(Box::new(Value::<ST, V> {
            value,
            _type: std::marker::PhantomData,
        }));
        format!("${}", self.binds.len())
    }

    /// Adds a value for the next placeholder (builder style, for fixed texts).
    pub fn with<ST, V>(mut self, value: V) -> Self
    where
        Pg: HasSqlType<ST>,
        V: ToSql<ST, Pg> + Send + Sync + 'static,
        ST: 'static,
    {
        self.bind::<ST, V>(value);
        self
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Replaces the text (placeholders keep their numbers), e.g. to wrap it in an outer query.
    pub fn set_text(&mut self, text: String) {
        self.text = text;
    }
}

impl QueryFragment<Pg> for Stmt {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql(&self.text);
        for bind in &self.binds {
            bind.walk(out.reborrow())?;
        }
        Ok(())
    }
}

impl QueryId for Stmt {
    type QueryId = ();
    // Cached by text and bind types rather than by Rust type.
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl Query for Stmt {
    type SqlType = Untyped;
}

//! The text index of published jobs (Tantivy, in memory or in `JOBS_SEARCH_INDEX_DIR`): what
//! public search with `q` reads.
//! Typo-tolerant (one edit for words of 5+ letters, two for 9+, never on the first letter),
//! the last word matched as a prefix, BM25 with field weights (title, then department and
//! location, then description), a bonus for the words side by side, recency breaking ties;
//! filters applied inside the index. Each reload is a point-in-time view; recent views are
//! held for a few minutes so that a cursor pages through the view that made it.
//!
//! Only the follower writes it (`search::follower`), from the public changes feed.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashSet, VecDeque};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::directory::MmapDirectory;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, TextAnalyzer, TokenStream,
};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, Searcher,
    SegmentReader, TantivyDocument, Term, doc,
};
use uuid::Uuid;

use super::facets::{rows_of_keys, value_keys};
use super::query::ParsedQuery;
use super::suggest::{SuggestIndex, Suggestion};
use super::words::{FiliFolding, WordTokenizer};
use crate::db::{FacetDoc, FacetRow};
use crate::domain::html;
use crate::domain::job::DescriptionFormat;
use crate::domain::search::JobFilters;

/// How long a view stays available to the cursors made from it.
const VIEW_TTL: Duration = Duration::from_secs(300);

/// The most views held at once (older ones go first).
const MAX_VIEWS: usize = 64;

/// The most index terms one word of a query expands to (typos, prefixes), the most frequent
/// first: a one-letter prefix must not become a query of thousands of terms.
const MAX_EXPANSIONS: usize = 48;

/// Field weights: a word in the title counts more than in the department or location, and
/// those more than in the description.
const WEIGHTS: [(TextField, f32); 4] = [
    (TextField::Title, 4.0),
    (TextField::Department, 2.0),
    (TextField::Location, 2.0),
    (TextField::Description, 1.0),
];

/// What a match through a typo or a prefix counts, relative to the exact word.
const ONE_TYPO: f32 = 0.45;
const TWO_TYPOS: f32 = 0.25;
const PREFIX: f32 = 0.7;

/// The index writer's memory budget (Tantivy's minimum per thread is 15 MB).
const WRITER_HEAP: usize = 32_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextField {
    Title,
    Department,
    Location,
    Description,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    id_hi: Field,
    id_lo: Field,
    published: Field,
    title: Field,
    department: Field,
    location: Field,
    description: Field,
    employer: Field,
    department_slug: Field,
    location_slug: Field,
    language: Field,
    employment_type: Field,
    /// What the index's other structures are rebuilt from when a persisted index is opened
    /// (JSON of [`Source`]).
    source: Field,
    /// The job's facet values (`facets::value_keys`), a column counted over a search's matches.
    facet_values: Field,
    /// The languages of the stored titles and descriptions, in their order (the job's own
    /// first): stored apart from `source`, so a hit's highlights read them without parsing it.
    locales: Field,
}

impl Fields {
    fn text(&self, field: TextField) -> Field {
        match field {
            TextField::Title => self.title,
            TextField::Department => self.department,
            TextField::Location => self.location,
            TextField::Description => self.description,
        }
    }
}

/// A job as the text index holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct TextDoc {
    pub job_id: Uuid,
    pub employer_id: Uuid,
    pub title: String,
    /// The description as plain text (markup removed, entities decoded).
    pub description: String,
    pub department: Option<String>,
    pub department_slug: Option<String>,
    pub location: Option<String>,
    pub location_slug: Option<String>,
    pub language_slugs: Vec<String>,
    /// The languages' labels, paired in order with their slugs (facet counts show them).
    pub languages: Vec<String>,
    pub employment_type: Option<String>,
    pub published_micros: i64,
    /// The language of `title` and `description`.
    pub locale: String,
    /// The job's translations, searched like its own text.
    pub translations: Vec<TextVersion>,
}

/// A job's title and description (plain text) in one of its translations.
#[derive(Debug, Clone, PartialEq)]
pub struct TextVersion {
    pub locale: String,
    pub title: String,
    pub description: String,
}

/// A job's values besides its text, stored with it: a persisted index rebuilds its facet
/// counts and completions from them instead of reading PostgreSQL again.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Source {
    job_id: Uuid,
    employer_id: Uuid,
    department: Option<String>,
    department_slug: Option<String>,
    location: Option<String>,
    location_slug: Option<String>,
    language_slugs: Vec<String>,
    languages: Vec<String>,
    employment_type: Option<String>,
    published_micros: i64,
}

/// Where in the changes feed a commit of the index stands: its position, and the job of the
/// change at that position (a persisted index resumes only against the feed it came from).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mark {
    pub position: i64,
    pub anchor: Option<Uuid>,
}

/// Bumped whenever the schema or the analysis changes: an index persisted by another format is
/// rebuilt.
const FORMAT: u32 = 4;

#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    format: u32,
    #[serde(flatten)]
    mark: Mark,
}

impl TextDoc {
    pub fn from_facet_doc(doc: &FacetDoc) -> Self {
        let description = match DescriptionFormat::parse(&doc.description_format) {
            Some(DescriptionFormat::Html) => html::text_of(&doc.description),
            _ => doc.description.clone(),
        };
        Self {
            job_id: doc.job_id,
            employer_id: doc.employer_id,
            title: doc.title.clone(),
            description,
            department: doc.department.clone(),
            department_slug: doc.department_slug.clone(),
            location: doc.location.clone(),
            location_slug: doc.location_slug.clone(),
            language_slugs: doc.language_slugs.clone(),
            languages: doc.languages.clone(),
            employment_type: doc.employment_type.clone(),
            published_micros: doc.published_at.timestamp_micros(),
            locale: doc.locale.clone(),
            translations: crate::domain::translation::from_json(doc.translations.clone())
                .unwrap_or_default()
                .into_iter()
                .map(|t| TextVersion {
                    description: t.text.plain_description(),
                    locale: t.locale,
                    title: t.text.title,
                })
                .collect(),
        }
    }

    /// The job's filterable values as the facet index takes them (its text left out).
    pub fn to_facet_doc(&self) -> FacetDoc {
        FacetDoc {
            job_id: self.job_id,
            employer_id: self.employer_id,
            department_slug: self.department_slug.clone(),
            department: self.department.clone(),
            location_slug: self.location_slug.clone(),
            location: self.location.clone(),
            employment_type: self.employment_type.clone(),
            language_slugs: self.language_slugs.clone(),
            languages: self.languages.clone(),
            title: self.title.clone(),
            description: String::new(),
            description_format: DescriptionFormat::Plain.as_str().to_string(),
            published_at: chrono::DateTime::from_timestamp_micros(self.published_micros)
                .unwrap_or_default(),
            locale: self.locale.clone(),
            translations: serde_json::Value::Object(serde_json::Map::new()),
        }
    }

    fn source(&self) -> Source {
        Source {
            job_id: self.job_id,
            employer_id: self.employer_id,
            department: self.department.clone(),
            department_slug: self.department_slug.clone(),
            location: self.location.clone(),
            location_slug: self.location_slug.clone(),
            language_slugs: self.language_slugs.clone(),
            languages: self.languages.clone(),
            employment_type: self.employment_type.clone(),
            published_micros: self.published_micros,
        }
    }
}

/// Identifies a point-in-time view: the process's index and its reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewId {
    pub instance: u64,
    pub generation: u64,
}

/// Where the last hit of a page sits: a hit's sort key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HitKey {
    pub score: f32,
    pub published_micros: i64,
    pub id: Uuid,
}

impl HitKey {
    /// Sort order: score, then recency, then id, each descending.
    fn cmp_desc(&self, other: &Self) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(other.published_micros.cmp(&self.published_micros))
            .then(other.id.cmp(&self.id))
    }
}

/// A hit and where its stored text is.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub key: HitKey,
    address: DocAddress,
}

/// A page of hits from one view, with that view's highlights.
pub struct TextPage {
    pub view: ViewId,
    pub hits: Vec<(HitKey, Highlights)>,
    /// Facet counts over every match (when asked for).
    pub facets: Option<Vec<FacetRow>>,
}

/// A hit's title and one description snippet, escaped HTML with the matched words in `<mark>`,
/// in the language whose text matched (`locale`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlights {
    pub title: String,
    pub description: String,
    pub locale: String,
}

/// The text index and its recent views.
pub struct TextIndex {
    fields: Fields,
    writer: Mutex<IndexWriter>,
    reader: IndexReader,
    stemmed: TextAnalyzer,
    plain: TextAnalyzer,
    instance: u64,
    views: Mutex<VecDeque<(Instant, Searcher)>>,
    suggestions: SuggestIndex,
}

/// The index failed (an internal error: callers fall back to SQL).
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct TextError(#[from] tantivy::TantivyError);

/// Words lower-cased and folded to ASCII where they have a form there, Thaana without its
/// fili; English stemmed when `stem` (the text index; completions and prefixes match unstemmed
/// words). The English stemmer leaves words of other scripts as they are: Dhivehi is indexed
/// whole. Latin-script languages other than English get the English stemmer too (it rarely
/// changes their words; typo tolerance covers most of their inflections).
pub(super) fn analyzer(stem: bool) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(FiliFolding);
    if stem {
        builder.filter(Stemmer::new(Language::English)).build()
    } else {
        builder.build()
    }
}

pub(super) fn tokens(analyzer: &TextAnalyzer, text: &str) -> Vec<(String, usize, usize)> {
    let mut analyzer = analyzer.clone();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push((token.text.clone(), token.offset_from, token.offset_to));
    }
    out
}

/// The index's schema and its fields.
fn schema() -> (Schema, Fields) {
    let mut schema = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("jobs")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: schema.add_text_field("id", STRING),
        id_hi: schema.add_u64_field("id_hi", FAST),
        id_lo: schema.add_u64_field("id_lo", FAST),
        published: schema.add_i64_field("published", FAST),
        title: schema.add_text_field("title", text.clone() | STORED),
        department: schema.add_text_field("department", text.clone()),
        location: schema.add_text_field("location", text.clone()),
        description: schema.add_text_field("description", text | STORED),
        employer: schema.add_text_field("employer", STRING),
        department_slug: schema.add_text_field("department_slug", STRING),
        location_slug: schema.add_text_field("location_slug", STRING),
        language: schema.add_text_field("language", STRING),
        employment_type: schema.add_text_field("employment_type", STRING),
        source: schema.add_bytes_field("source", STORED),
        facet_values: schema.add_text_field("facet_values", TextOptions::default().set_fast("raw")),
        locales: schema.add_text_field("locales", TextOptions::default().set_stored()),
    };
    (schema.build(), fields)
}

/// Small doc-store blocks: a page of hits reads up to 21 jobs scattered over the board, and each
/// read decompresses the block holding its job (Tantivy's default is 16 KB).
/// Every segment holds its jobs newest first: among equal scores the first one met wins on
/// recency, so the collector can let block-max WAND skip ties too (see `TopAfterSegment`).
fn settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_blocksize: 4096,
        sort_by_field: Some(tantivy::IndexSortByField {
            field: "published".to_string(),
            order: tantivy::Order::Desc,
        }),
        ..Default::default()
    }
}

/// What opening a persisted index found.
pub enum Opened {
    /// The index, where in the feed its last commit stood, and the jobs it holds (their
    /// values, for the facet counts).
    Resumable(Box<TextIndex>, Mark, Vec<TextDoc>),
    /// Nothing usable there (absent, another format, damaged): build anew.
    Rebuild,
}

impl TextIndex {
    /// An empty index in memory.
    pub fn new() -> Result<Self, TextError> {
        let (schema, fields) = schema();
        let index = Index::builder()
            .schema(schema)
            .settings(settings())
            .create_in_ram()?;
        Self::from_index(index, fields)
    }

    /// An empty index in `dir`, replacing an index there (a directory holding anything else
    /// is refused: it is not the server's to empty).
    pub fn create_in(dir: &Path) -> Result<Self, TextError> {
        empty_index_dir(dir)?;
        let (schema, fields) = schema();
        let directory = MmapDirectory::open(dir).map_err(tantivy::TantivyError::from)?;
        Self::from_index(Index::create(directory, schema, settings())?, fields)
    }

    /// The index persisted in `dir`, if there is one of this format, with its mark. Its
    /// completions are rebuilt from the stored values; the facet counts are the caller's to
    /// rebuild from the jobs returned.
    pub fn open_in(dir: &Path) -> Result<Opened, TextError> {
        if !dir.join("meta.json").exists() {
            return Ok(Opened::Rebuild);
        }
        let (schema, fields) = schema();
        let Ok(index) = Index::open_in_dir(dir) else {
            return Ok(Opened::Rebuild);
        };
        if index.schema() != schema || *index.settings() != settings() {
            return Ok(Opened::Rebuild);
        }
        let payload = index
            .load_metas()
            .ok()
            .and_then(|metas| metas.payload)
            .and_then(|p| serde_json::from_str::<Payload>(&p).ok());
        let Some(Payload {
            format: FORMAT,
            mark,
        }) = payload
        else {
            return Ok(Opened::Rebuild);
        };
        let opened = Self::from_index(index, fields)?;
        // Values that cannot be read back: the index is rebuilt (its lock goes with it).
        let Ok(docs) = opened.stored_docs() else {
            return Ok(Opened::Rebuild);
        };
        for doc in &docs {
            opened.suggestions.set(doc.job_id, Some(doc))?;
        }
        opened.suggestions.commit()?;
        Ok(Opened::Resumable(Box::new(opened), mark, docs))
    }

    fn from_index(index: Index, fields: Fields) -> Result<Self, TextError> {
        let stemmed = analyzer(true);
        index.tokenizers().register("jobs", stemmed.clone());
        // Takes the directory's lock: one process writes an index directory.
        let writer = index.writer_with_num_threads(1, WRITER_HEAP)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let mut instance = [0u8; 8];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut instance);
        let text = Self {
            fields,
            writer: Mutex::new(writer),
            reader,
            stemmed,
            plain: analyzer(false),
            instance: u64::from_le_bytes(instance),
            views: Mutex::new(VecDeque::new()),
            suggestions: SuggestIndex::new()?,
        };
        text.remember_view();
        Ok(text)
    }

    /// Every job the index holds, with its values (the description left empty).
    fn stored_docs(&self) -> Result<Vec<TextDoc>, TextError> {
        let f = self.fields;
        let searcher = self.reader.searcher();
        let mut docs = Vec::with_capacity(usize::try_from(searcher.num_docs()).unwrap_or(0));
        for segment in searcher.segment_readers() {
            let store = segment
                .get_store_reader(1)
                .map_err(tantivy::TantivyError::from)?;
            for stored in store.iter::<TantivyDocument>(segment.alive_bitset()) {
                let stored = stored?;
                let titles: Vec<&str> =
                    stored.get_all(f.title).filter_map(|v| v.as_str()).collect();
                let title = titles.first().copied();
                let locales: Vec<&str> = stored
                    .get_all(f.locales)
                    .filter_map(|v| v.as_str())
                    .collect();
                let source = stored
                    .get_first(f.source)
                    .and_then(|v| v.as_bytes())
                    .and_then(|b| serde_json::from_slice::<Source>(b).ok());
                let (Some(title), Some(source)) = (title, source) else {
                    return Err(tantivy::TantivyError::InvalidArgument(
                        "a stored job lacks its values".into(),
                    )
                    .into());
                };
                docs.push(TextDoc {
                    job_id: source.job_id,
                    employer_id: source.employer_id,
                    title: title.to_string(),
                    description: String::new(),
                    department: source.department,
                    department_slug: source.department_slug,
                    location: source.location,
                    location_slug: source.location_slug,
                    language_slugs: source.language_slugs,
                    languages: source.languages,
                    employment_type: source.employment_type,
                    published_micros: source.published_micros,
                    locale: locales
                        .first()
                        .map_or(crate::domain::locale::DEFAULT, |l| *l)
                        .to_string(),
                    // Titles only (completions are rebuilt from them), like the description.
                    translations: locales
                        .iter()
                        .zip(titles.iter())
                        .skip(1)
                        .map(|(locale, title)| TextVersion {
                            locale: (*locale).to_string(),
                            title: (*title).to_string(),
                            description: String::new(),
                        })
                        .collect(),
                });
            }
        }
        Ok(docs)
    }

    /// Applies changes (a job's text now, or `None`: not public now) and makes them visible.
    pub fn apply(
        &self,
        changes: impl IntoIterator<Item = (Uuid, Option<TextDoc>)>,
        mark: Mark,
    ) -> Result<(), TextError> {
        self.add(changes)?;
        self.commit(mark)
    }

    /// Applies a batch of the changes feed, recording its last position (a no-op when empty).
    pub fn apply_changes(&self, changes: &[crate::db::DocChange]) -> Result<(), TextError> {
        let Some(last) = changes.last() else {
            return Ok(());
        };
        let docs = changes
            .iter()
            .map(|c| (c.job_id, c.doc.as_ref().map(TextDoc::from_facet_doc)));
        let mark = Mark {
            position: last.position,
            anchor: Some(last.job_id),
        };
        self.apply(docs, mark)
    }

    /// Stages jobs the index does not hold yet (the initial load: no deletes to apply).
    pub fn add_new(&self, docs: impl IntoIterator<Item = TextDoc>) -> Result<(), TextError> {
        let writer = self
            .writer
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?;
        for d in docs {
            self.suggestions.set(d.job_id, Some(&d))?;
            writer.add_document(self.document(&d))?;
        }
        Ok(())
    }

    /// Stages changes; [`Self::commit`] makes them visible.
    pub fn add(
        &self,
        changes: impl IntoIterator<Item = (Uuid, Option<TextDoc>)>,
    ) -> Result<(), TextError> {
        let f = self.fields;
        let writer = self
            .writer
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?;
        for (job_id, doc) in changes {
            writer.delete_term(Term::from_field_text(f.id, &job_id.to_string()));
            self.suggestions.set(job_id, doc.as_ref())?;
            if let Some(d) = doc {
                writer.add_document(self.document(&d))?;
            }
        }
        Ok(())
    }

    /// Makes what was staged visible as a new view, recording `mark` with it (durably, when
    /// the index is in a directory).
    pub fn commit(&self, mark: Mark) -> Result<(), TextError> {
        let payload = serde_json::to_string(&Payload {
            format: FORMAT,
            mark,
        })
        .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?;
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        drop(writer);
        self.reader.reload()?;
        self.remember_view();
        self.suggestions.commit()
    }

    /// No background merges until [`Self::merge_all`] (the initial load: merging segments it
    /// is about to merge into one anyway would be wasted, and would race that merge).
    pub fn pause_merges(&self) -> Result<(), TextError> {
        self.writer
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?
            .set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        Ok(())
    }

    /// Merges every segment into one (after the initial load: a query then walks one term
    /// dictionary and one posting list per term, not one per segment), then lets background
    /// merges run again.
    pub fn merge_all(&self) -> Result<(), TextError> {
        let merged = self.merge_segments();
        self.writer
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?
            .set_merge_policy(Box::new(tantivy::indexer::LogMergePolicy::default()));
        merged
    }

    fn merge_segments(&self) -> Result<(), TextError> {
        let ids: Vec<_> = self
            .reader
            .searcher()
            .segment_readers()
            .iter()
            .map(SegmentReader::segment_id)
            .collect();
        if ids.len() < 2 {
            return Ok(());
        }
        let merging = self
            .writer
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?
            .merge(&ids);
        merging.wait()?;
        self.reader.reload()?;
        // The views from before hold the merged segments' memory; nobody paged through them
        // yet (the index is merged before it serves).
        if let Ok(mut views) = self.views.lock() {
            views.clear();
        }
        self.remember_view();
        Ok(())
    }

    /// Completions for a search box (see `search::suggest`).
    pub fn suggest(&self, query: &ParsedQuery, limit: usize) -> Result<Vec<Suggestion>, TextError> {
        self.suggestions.suggest(query, limit)
    }

    fn document(&self, d: &TextDoc) -> TantivyDocument {
        let f = self.fields;
        let (hi, lo) = d.job_id.as_u64_pair();
        let mut document = doc!(
            f.id => d.job_id.to_string(),
            f.id_hi => hi,
            f.id_lo => lo,
            f.published => d.published_micros,
            f.title => d.title.as_str(),
            f.description => d.description.as_str(),
            f.employer => d.employer_id.to_string(),
        );
        // Translations are more values of the same fields, after the job's own (the stored
        // values keep this order; `Source::locales` names their languages).
        document.add_text(f.locales, &d.locale);
        for t in &d.translations {
            document.add_text(f.title, &t.title);
            document.add_text(f.description, &t.description);
            document.add_text(f.locales, &t.locale);
        }
        let optional = [
            (f.department, &d.department),
            (f.location, &d.location),
            (f.department_slug, &d.department_slug),
            (f.location_slug, &d.location_slug),
            (f.employment_type, &d.employment_type),
        ];
        for (field, value) in optional {
            if let Some(value) = value {
                document.add_text(field, value);
            }
        }
        for language in &d.language_slugs {
            document.add_text(f.language, language);
        }
        for key in value_keys(
            (d.department_slug.as_deref(), d.department.as_deref()),
            (d.location_slug.as_deref(), d.location.as_deref()),
            (&d.language_slugs, &d.languages),
            d.employment_type.as_deref(),
        ) {
            document.add_text(f.facet_values, key);
        }
        if let Ok(source) = serde_json::to_vec(&d.source()) {
            document.add_bytes(f.source, &source);
        }
        document
    }

    fn remember_view(&self) {
        let searcher = self.reader.searcher();
        if let Ok(mut views) = self.views.lock() {
            let now = Instant::now();
            views.push_back((now, searcher));
            while views.len() > MAX_VIEWS
                || views
                    .front()
                    .is_some_and(|(at, _)| now.duration_since(*at) > VIEW_TTL)
            {
                views.pop_front();
            }
        }
    }

    fn view(&self, wanted: Option<ViewId>) -> (ViewId, Searcher) {
        if let Some(wanted) = wanted.filter(|w| w.instance == self.instance)
            && let Ok(views) = self.views.lock()
            && let Some((_, searcher)) = views
                .iter()
                .find(|(_, s)| s.generation().generation_id() == wanted.generation)
        {
            return (wanted, searcher.clone());
        }
        let searcher = self.reader.searcher();
        let id = ViewId {
            instance: self.instance,
            generation: searcher.generation().generation_id(),
        };
        (id, searcher)
    }

    /// Up to `limit` hits after `after` (in the view that made the cursor, when this process
    /// still holds it; otherwise the current one), with highlights.
    pub fn search(
        &self,
        query: &ParsedQuery,
        filters: &JobFilters,
        after: Option<(Option<ViewId>, HitKey)>,
        limit: usize,
        with_facets: bool,
        preferred: &[String],
    ) -> Result<TextPage, TextError> {
        let (view, searcher) = self.view(after.and_then(|(v, _)| v));
        let (built, matched) = self.build(&searcher, query, filters)?;
        let collector = TopAfter {
            limit,
            after: after.map(|(_, key)| key),
        };
        let (hits, facets) = if with_facets {
            let (hits, keys) = searcher.search(built.as_ref(), &(collector, FacetKeys))?;
            (hits, Some(rows_of_keys(keys)))
        } else {
            (top_after(&searcher, built.as_ref(), &collector)?, None)
        };
        let mut page = Vec::with_capacity(hits.len());
        for hit in hits {
            let stored: TantivyDocument = searcher.doc(hit.address)?;
            page.push((hit.key, self.highlights(&stored, &matched, preferred)));
        }
        Ok(TextPage {
            view,
            hits: page,
            facets,
        })
    }

    /// The highlights of a hit in the language whose text matched most words (the reader's
    /// preferred language first among equals, then the job's own).
    fn highlights(
        &self,
        stored: &TantivyDocument,
        matched: &HashSet<String>,
        preferred: &[String],
    ) -> Highlights {
        let texts =
            |field| -> Vec<&str> { stored.get_all(field).filter_map(|v| v.as_str()).collect() };
        let titles = texts(self.fields.title);
        let descriptions = texts(self.fields.description);
        let tags: Vec<&str> = stored
            .get_all(self.fields.locales)
            .filter_map(|v| v.as_str())
            .collect();
        // One text (most jobs): nothing to choose.
        let preferred_at = if titles.len() > 1 {
            let first = crate::domain::locale::negotiate(&tags, None, preferred);
            tags.iter().position(|t| *t == first).unwrap_or(0)
        } else {
            0
        };
        let mut best: Option<(usize, Highlights)> = None;
        for i in
            std::iter::once(preferred_at).chain((0..titles.len()).filter(|i| *i != preferred_at))
        {
            let (Some(title), Some(description)) = (titles.get(i), descriptions.get(i)) else {
                continue;
            };
            let title = mark(&self.plain, Some(&self.stemmed), title, matched, None);
            let description = mark(
                &self.plain,
                Some(&self.stemmed),
                description,
                matched,
                Some(SNIPPET_CHARS),
            );
            let marks = title.matches("<mark>").count() + description.matches("<mark>").count();
            if best.as_ref().is_none_or(|(most, _)| marks > *most) {
                let locale = tags.get(i).map_or_else(
                    || crate::domain::locale::DEFAULT.to_string(),
                    |t| (*t).to_string(),
                );
                best = Some((
                    marks,
                    Highlights {
                        title,
                        description,
                        locale,
                    },
                ));
            }
        }
        best.map(|(_, h)| h).unwrap_or_default()
    }

    /// The query and the index terms its hits may contain (for highlighting).
    fn build(
        &self,
        searcher: &Searcher,
        query: &ParsedQuery,
        filters: &JobFilters,
    ) -> Result<(Box<dyn Query>, HashSet<String>), TextError> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut matched = HashSet::new();
        // Words: each token must match somewhere (exactly, with typos or as a prefix).
        let mut word_tokens = Vec::new();
        for (i, word) in query.words.iter().enumerate() {
            let last_word = i + 1 == query.words.len();
            let analyzed = tokens(&self.stemmed, word);
            let plain = tokens(&self.plain, word);
            let n = analyzed.len();
            for (j, (token, _, _)) in analyzed.into_iter().enumerate() {
                let prefix = query.last_is_prefix && last_word && j + 1 == n;
                let letters = plain
                    .get(j)
                    .map_or(token.chars().count(), |(p, _, _)| p.chars().count());
                let plain_form = plain.get(j).map(|(p, _, _)| p.clone());
                let (clause, terms) = word_clause(
                    searcher,
                    &self.weighted(),
                    &token,
                    plain_form.as_deref(),
                    letters,
                    prefix,
                    Scoring::Bm25,
                )?;
                matched.extend(terms);
                clauses.push((Occur::Must, clause));
                if !prefix {
                    word_tokens.push(token);
                }
            }
        }
        // Words side by side, in order, count extra (in the title most).
        if word_tokens.len() >= 2 {
            for (field, weight) in [(f.title, 3.0), (f.description, 1.0)] {
                let terms = word_tokens
                    .iter()
                    .map(|t| Term::from_field_text(field, t))
                    .collect();
                let phrase = PhraseQuery::new_with_offset_and_slop(enumerate(terms), 0);
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(phrase), weight)),
                ));
            }
        }
        for phrase in &query.phrases {
            let analyzed: Vec<String> = tokens(&self.stemmed, phrase)
                .into_iter()
                .map(|t| t.0)
                .collect();
            if analyzed.is_empty() {
                continue;
            }
            matched.extend(analyzed.iter().cloned());
            clauses.push((Occur::Must, self.phrase_anywhere(&analyzed, true)));
        }
        for excluded in &query.excluded {
            let analyzed: Vec<String> = tokens(&self.stemmed, excluded)
                .into_iter()
                .map(|t| t.0)
                .collect();
            if analyzed.is_empty() {
                continue;
            }
            clauses.push((Occur::MustNot, self.phrase_anywhere(&analyzed, false)));
        }
        if query.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        // Filters select; they do not score.
        let mut filter = |field: Field, value: Option<String>| {
            if let Some(value) = value {
                let term = TermQuery::new(
                    Term::from_field_text(field, &value),
                    IndexRecordOption::Basic,
                );
                clauses.push((Occur::Must, Box::new(BoostQuery::new(Box::new(term), 0.0))));
            }
        };
        filter(f.employer, filters.employer_id.map(|id| id.to_string()));
        filter(f.department_slug, filters.department.clone());
        filter(f.location_slug, filters.location.clone());
        filter(f.language, filters.language.clone());
        filter(
            f.employment_type,
            filters.employment_type.map(|t| t.as_str().to_string()),
        );
        // One word alone is its union of terms, unwrapped: a union of term scorers is what
        // block-max WAND can prune (see `top_after`).
        if clauses.len() == 1
            && clauses[0].0 == Occur::Must
            && let Some((_, only)) = clauses.pop()
        {
            return Ok((only, matched));
        }
        Ok((Box::new(BooleanQuery::new(clauses)), matched))
    }

    fn weighted(&self) -> Vec<(Field, f32)> {
        WEIGHTS
            .iter()
            .map(|&(field, weight)| (self.fields.text(field), weight))
            .collect()
    }

    /// Tokens in this order in any text field (one token: the token anywhere).
    fn phrase_anywhere(&self, tokens: &[String], scored: bool) -> Box<dyn Query> {
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, weight) in WEIGHTS {
            let field = self.fields.text(field);
            let q: Box<dyn Query> = if tokens.len() == 1 {
                Box::new(TermQuery::new(
                    Term::from_field_text(field, &tokens[0]),
                    IndexRecordOption::WithFreqs,
                ))
            } else {
                let terms = tokens
                    .iter()
                    .map(|t| Term::from_field_text(field, t))
                    .collect();
                Box::new(PhraseQuery::new_with_offset_and_slop(enumerate(terms), 0))
            };
            let weight = if scored { weight } else { 0.0 };
            should.push((Occur::Should, Box::new(BoostQuery::new(q, weight))));
        }
        Box::new(BooleanQuery::new(should))
    }

    /// How many jobs the index holds.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One word of the query over every weighted field: the exact token (BM25), and the index
/// terms it reaches with typos or as a prefix, each weighed down.
pub(super) fn word_clause(
    searcher: &Searcher,
    fields: &[(Field, f32)],
    token: &str,
    plain: Option<&str>,
    letters: usize,
    prefix: bool,
    scoring: Scoring,
) -> Result<(Box<dyn Query>, HashSet<String>), TextError> {
    let scored = |term: Term, weight: f32| -> Box<dyn Query> {
        let q = Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
        match scoring {
            Scoring::Bm25 => Box::new(BoostQuery::new(q, weight)),
            Scoring::Constant => Box::new(ConstScoreQuery::new(q, weight)),
        }
    };
    let typos: u8 = match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    };
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut matched = HashSet::from([token.to_string()]);
    for &(field, weight) in fields {
        should.push((
            Occur::Should,
            scored(Term::from_field_text(field, token), weight),
        ));
        // term → factor: the best way each term is reached.
        let mut reached: BTreeMap<String, (f32, u32)> = BTreeMap::new();
        let mut expand = |form: &str, distance: u8, as_prefix: bool, factor: f32| {
            for (term, doc_freq) in expansions(searcher, field, form, distance, as_prefix)? {
                if term == token {
                    continue;
                }
                let entry = reached.entry(term).or_insert((0.0, doc_freq));
                entry.0 = entry.0.max(factor);
            }
            Ok::<(), TextError>(())
        };
        if typos >= 1 {
            expand(token, 1, false, ONE_TYPO)?;
        }
        if typos >= 2 {
            expand(token, 2, false, TWO_TYPOS)?;
        }
        if prefix {
            expand(token, 0, true, PREFIX)?;
            if let Some(plain) = plain.filter(|p| *p != token) {
                expand(plain, 0, true, PREFIX)?;
            }
            if typos >= 1 {
                expand(token, 1, true, ONE_TYPO * PREFIX)?;
            }
        }
        // The most frequent first, within the bound.
        let mut reached: Vec<(String, (f32, u32))> = reached.into_iter().collect();
        reached.sort_by(|a, b| b.1.1.cmp(&a.1.1).then_with(|| a.0.cmp(&b.0)));
        reached.truncate(MAX_EXPANSIONS);
        for (term, (factor, _)) in reached {
            should.push((
                Occur::Should,
                scored(Term::from_field_text(field, &term), weight * factor),
            ));
            matched.insert(term);
        }
    }
    Ok((Box::new(BooleanQuery::new(should)), matched))
}

/// `text` escaped, its words whose index form is in `matched` marked; with `window`, only
/// about that many characters around the first marked word. `plain` splits, lower-cases and
/// folds; `stem` (when the index forms are stemmed) is run only on words that could match —
/// those starting with a matched form's first letter, which stemming never changes — and the
/// text is read only as far as the snippet reaches: a hit's highlights cost a few stemmed words,
/// not its whole description.
pub(super) fn mark(
    plain: &TextAnalyzer,
    stem: Option<&TextAnalyzer>,
    text: &str,
    matched: &HashSet<String>,
    window: Option<usize>,
) -> String {
    let firsts: HashSet<char> = matched.iter().filter_map(|m| m.chars().next()).collect();
    let mut splitter = plain.clone();
    let mut stream = splitter.token_stream(text);
    let mut marks: Vec<(usize, usize)> = Vec::new();
    let mut bounds = None;
    while let Some(token) = stream.next() {
        if let Some((_, end)) = bounds
            && token.offset_from >= end
        {
            break;
        }
        if !token
            .text
            .chars()
            .next()
            .is_some_and(|c| firsts.contains(&c))
        {
            continue;
        }
        let hit = match stem {
            None => matched.contains(&token.text),
            Some(stem) => tokens(stem, &token.text)
                .first()
                .is_some_and(|(form, _, _)| matched.contains(form)),
        };
        if hit {
            marks.push((token.offset_from, token.offset_to));
            if let (Some(chars), None) = (window, bounds) {
                bounds = Some(snippet_bounds(text, Some(token.offset_from), chars));
            }
        }
    }
    let (start, end) = match window {
        None => (0, text.len()),
        Some(chars) => bounds.unwrap_or_else(|| snippet_bounds(text, None, chars)),
    };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for (from, to) in marks {
        if from < at || to > end {
            continue;
        }
        out.push_str(&html::escape(&text[at..from]));
        out.push_str("<mark>");
        out.push_str(&html::escape(&text[from..to]));
        out.push_str("</mark>");
        at = to;
    }
    out.push_str(&html::escape(&text[at..end]));
    if end < text.len() {
        out.push('…');
    }
    out
}

/// How a word's matches score: BM25 (search), or only by how the word was reached
/// (completions, which then rank by how many jobs carry them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scoring {
    Bm25,
    Constant,
}

/// About how long a description snippet is, in characters.
const SNIPPET_CHARS: usize = 180;

/// A snippet of about `chars` characters starting a little before `first` (a byte offset),
/// cut at spaces.
fn snippet_bounds(text: &str, first: Option<usize>, chars: usize) -> (usize, usize) {
    let lead = chars / 4;
    let first = first.unwrap_or(0);
    let mut start = text[..first]
        .char_indices()
        .rev()
        .nth(lead)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        // Start at the next word.
        start = text[start..first]
            .find(char::is_whitespace)
            .map_or(start, |i| start + i + 1)
            .min(first);
    }
    let mut end = text[start..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        end = text[..end]
            .rfind(char::is_whitespace)
            .filter(|&i| i > first)
            .unwrap_or(end);
    }
    (start, end)
}

fn enumerate(terms: Vec<Term>) -> Vec<(usize, Term)> {
    terms.into_iter().enumerate().collect()
}

/// The index terms of `field` within `distance` edits of `form` (or of a prefix of `form`
/// when `prefix`), sharing its first letter, with how many documents have each.
fn expansions(
    searcher: &Searcher,
    field: Field,
    form: &str,
    distance: u8,
    prefix: bool,
) -> Result<Vec<(String, u32)>, TextError> {
    let Some(first) = form.chars().next() else {
        return Ok(Vec::new());
    };
    let automaton = super::automata::automaton(form, distance, prefix)?;
    let mut low = [0u8; 4];
    let low = first.encode_utf8(&mut low).as_bytes().to_vec();
    let high = char::from_u32(first as u32 + 1).map(|c| {
        let mut b = [0u8; 4];
        c.encode_utf8(&mut b).as_bytes().to_vec()
    });
    let mut found = Vec::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut builder = inverted.terms().search(automaton.as_ref()).ge(&low);
        if let Some(high) = &high {
            builder = builder.lt(high);
        }
        let mut stream = builder.into_stream().map_err(tantivy::TantivyError::from)?;
        while stream.advance() {
            if let Ok(text) = std::str::from_utf8(stream.key()) {
                found.push((text.to_string(), stream.value().doc_freq));
            }
            if found.len() > MAX_EXPANSIONS * 8 {
                break;
            }
        }
    }
    Ok(found)
}

/// Makes `dir` an empty directory for a new index: creates it, or empties one that holds an
/// index (its `meta.json`); refuses one that holds anything else.
fn empty_index_dir(dir: &Path) -> Result<(), TextError> {
    let io =
        |e: std::io::Error| tantivy::TantivyError::SystemError(format!("{}: {e}", dir.display()));
    std::fs::create_dir_all(dir).map_err(io)?;
    let entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<_, _>>()
        .map_err(io)?;
    if entries.is_empty() {
        return Ok(());
    }
    if !dir.join("meta.json").exists() {
        return Err(tantivy::TantivyError::InvalidArgument(format!(
            "{} holds files that are not a search index; give JOBS_SEARCH_INDEX_DIR a directory of its own",
            dir.display()
        ))
        .into());
    }
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).map_err(io)?;
        } else {
            std::fs::remove_file(&path).map_err(io)?;
        }
    }
    Ok(())
}

/// The best `limit` hits strictly after `after` in (score, recency, id) descending order.
struct TopAfter {
    limit: usize,
    after: Option<HitKey>,
}

/// A heap entry: the worst of the kept hits on top.
struct Kept(Hit);

impl PartialEq for Kept {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Kept {}
impl PartialOrd for Kept {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Kept {
    /// Greater = later in the order (so the heap's top is the one to drop).
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.key.cmp_desc(&other.0.key)
    }
}

struct TopAfterSegment {
    limit: usize,
    after: Option<HitKey>,
    segment: u32,
    id_hi: Column<u64>,
    id_lo: Column<u64>,
    published: Column<i64>,
    kept: BinaryHeap<Kept>,
    /// The segment holds its jobs newest first (the index's sort).
    newest_first: bool,
    /// No document after the last one read here is more recent than this (newest first only).
    floor: i64,
}

impl Collector for TopAfter {
    type Fruit = Vec<Hit>;
    type Child = TopAfterSegment;

    fn for_segment(
        &self,
        segment: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<TopAfterSegment> {
        let fast = reader.fast_fields();
        Ok(TopAfterSegment {
            limit: self.limit,
            after: self.after,
            segment,
            id_hi: fast.u64("id_hi")?,
            id_lo: fast.u64("id_lo")?,
            published: fast.i64("published")?,
            kept: BinaryHeap::with_capacity(self.limit + 1),
            newest_first: false,
            floor: i64::MAX,
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Hit>>) -> tantivy::Result<Vec<Hit>> {
        let mut all: Vec<Hit> = fruits.into_iter().flatten().collect();
        all.sort_by(|a, b| a.key.cmp_desc(&b.key));
        all.truncate(self.limit);
        Ok(all)
    }
}

impl SegmentCollector for TopAfterSegment {
    type Fruit = Vec<Hit>;

    fn collect(&mut self, doc: DocId, score: Score) {
        // Most matches are decided by their score alone, before any fast field is read: below
        // the worst kept hit of a full page, or above the cursor (already served).
        if self.limit == 0
            || self
                .after
                .is_some_and(|after| score.total_cmp(&after.score) == Ordering::Greater)
        {
            return;
        }
        if self.kept.len() == self.limit
            && let Some(worst) = self.kept.peek()
            && score.total_cmp(&worst.0.key.score) == Ordering::Less
        {
            return;
        }
        let (Some(hi), Some(lo)) = (self.id_hi.first(doc), self.id_lo.first(doc)) else {
            return;
        };
        let key = HitKey {
            score,
            published_micros: self.published.first(doc).unwrap_or(0),
            id: Uuid::from_u64_pair(hi, lo),
        };
        if self
            .after
            .is_some_and(|after| key.cmp_desc(&after) != Ordering::Greater)
        {
            return;
        }
        if self.kept.len() == self.limit {
            match self.kept.peek() {
                Some(worst) if key.cmp_desc(&worst.0.key) == Ordering::Less => {
                    self.kept.pop();
                }
                _ => return,
            }
        }
        self.kept.push(Kept(Hit {
            key,
            address: DocAddress::new(self.segment, doc),
        }));
    }

    fn harvest(self) -> Vec<Hit> {
        self.kept.into_iter().map(|k| k.0).collect()
    }
}

impl TopAfterSegment {
    /// The score a match after `doc` must exceed to be worth collecting, once the page is full:
    /// the worst kept hit's when every later job is older than it (a segment newest first, past
    /// that hit's time), so a tie cannot win on recency; else just below it; else any score.
    fn threshold(&mut self, doc: DocId) -> Score {
        if self.limit == 0 {
            return Score::MAX;
        }
        let Some(worst) = self.kept.peek().filter(|_| self.kept.len() == self.limit) else {
            return Score::MIN;
        };
        let (score, published) = (worst.0.key.score, worst.0.key.published_micros);
        if self.newest_first {
            if published <= self.floor {
                self.floor = self.published.first(doc).unwrap_or(i64::MAX);
            }
            if published > self.floor {
                return score;
            }
        }
        score.next_down()
    }
}

/// Whether the index keeps each segment's jobs newest first (see `settings`).
fn newest_first(searcher: &Searcher) -> bool {
    searcher
        .index()
        .settings()
        .sort_by_field
        .as_ref()
        .is_some_and(|s| s.field == "published" && s.order == tantivy::Order::Desc)
}

/// [`TopAfter`] over every segment, telling the scorer the score a match must beat: a union of
/// term scorers (one word) then skips whole blocks of documents that cannot reach the page
/// (block-max WAND), so a word's cost follows the page, not the number of its matches. Equal
/// scores are skipped too once the jobs still ahead are older than the page's worst hit.
fn top_after(
    searcher: &Searcher,
    query: &dyn Query,
    collector: &TopAfter,
) -> Result<Vec<Hit>, TextError> {
    let weight = query.weight(tantivy::query::EnableScoring::enabled_from_searcher(
        searcher,
    ))?;
    let newest_first = newest_first(searcher);
    let mut fruits = Vec::new();
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        let mut segment = collector.for_segment(u32::try_from(ord).unwrap_or(u32::MAX), reader)?;
        segment.newest_first = newest_first;
        let alive = reader.alive_bitset();
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                segment.collect(doc, score);
            }
            segment.threshold(doc)
        })?;
        fruits.push(segment.harvest());
    }
    Ok(collector.merge_fruits(fruits)?)
}

/// How many matches carry each facet value key (one count per key and segment).
struct FacetKeys;

struct FacetKeysSegment {
    column: Option<tantivy::columnar::StrColumn>,
    counts: Vec<u64>,
}

impl Collector for FacetKeys {
    type Fruit = Vec<(String, u64)>;
    type Child = FacetKeysSegment;

    fn for_segment(&self, _: u32, reader: &SegmentReader) -> tantivy::Result<FacetKeysSegment> {
        let column = reader.fast_fields().str("facet_values")?;
        let terms = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(FacetKeysSegment {
            column,
            counts: vec![0; terms],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for FacetKeysSegment {
    type Fruit = Vec<(String, u64)>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(column) = &self.column {
            for ord in column.ords().values_for_doc(doc) {
                if let Some(n) = usize::try_from(ord)
                    .ok()
                    .and_then(|i| self.counts.get_mut(i))
                {
                    *n += 1;
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let Some(column) = self.column else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (ord, n) in self.counts.into_iter().enumerate() {
            let mut key = String::new();
            if n > 0 && column.ord_to_str(ord as u64, &mut key).unwrap_or(false) {
                out.push((key, n));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    fn doc(n: u128, title: &str, department: &str, description: &str) -> TextDoc {
        TextDoc {
            job_id: Uuid::from_u128(n),
            employer_id: Uuid::from_u128(99),
            title: title.into(),
            description: description.into(),
            department: Some(department.into()),
            department_slug: Some(department.to_lowercase()),
            location: None,
            location_slug: None,
            language_slugs: vec!["english".into()],
            languages: vec!["English".into()],
            employment_type: Some("full_time".into()),
            published_micros: i64::try_from(n).unwrap_or(0),
            locale: "en".into(),
            translations: Vec::new(),
        }
    }

    fn hits(index: &TextIndex, q: &str) -> Vec<u128> {
        let page = index
            .search(
                &parse(q).unwrap(),
                &JobFilters::default(),
                None,
                20,
                false,
                &[],
            )
            .unwrap();
        page.hits.iter().map(|(k, _)| k.id.as_u128()).collect()
    }

    #[test]
    fn typos_by_length_never_on_the_first_letter() {
        let index = TextIndex::new().unwrap();
        index
            .apply(
                [
                    (
                        Uuid::from_u128(1),
                        Some(doc(1, "Receptionist", "Front Office", "Desk.")),
                    ),
                    (
                        Uuid::from_u128(2),
                        Some(doc(2, "Chef de Partie", "Kitchen", "Cook.")),
                    ),
                ],
                Mark::default(),
            )
            .unwrap();
        assert_eq!(hits(&index, "recepsionist"), [1]);
        assert_eq!(hits(&index, "recpetionsit "), [1]);
        assert_eq!(hits(&index, "feceptionist"), Vec::<u128>::new());
        assert_eq!(hits(&index, "chaf "), Vec::<u128>::new());
        assert_eq!(hits(&index, "recep"), [1]);
        assert_eq!(hits(&index, "desk -chef"), [1]);
        assert_eq!(hits(&index, "\"de partie\""), [2]);
        // A change replaces the job; `None` removes it.
        index
            .apply(
                [(Uuid::from_u128(1), None), (Uuid::from_u128(2), None)],
                Mark::default(),
            )
            .unwrap();
        assert!(index.is_empty());
    }

    #[test]
    fn pruning_returns_what_scoring_every_match_returns() {
        let index = TextIndex::new().unwrap();
        // Many ties (same title) and scores spread by description length and field.
        let jobs = (1..=300u128).map(|n| {
            // Jobs published three at a time, alike: ties on score and recency, the id decides.
            let title = match (n / 3) % 4 {
                0 => "Waiter",
                1 => "Head Waiter",
                2 => "Barista",
                _ => "Runner",
            };
            let description = "serve waiter ".repeat(usize::try_from(n / 3 % 7).unwrap_or(0) + 1);
            let mut job = doc(n, title, "Restaurant", &description);
            job.published_micros = i64::try_from(n / 3).unwrap_or(0);
            (Uuid::from_u128(n), Some(job))
        });
        // In several segments, added out of time order, some edited (added again) later.
        // Within a batch the older id comes first, so the index's sort must not be taken for
        // an order of ids.
        let jobs: Vec<_> = jobs.collect();
        let edited: Vec<_> = jobs.iter().step_by(11).cloned().collect();
        for batch in jobs.chunks(120).rev() {
            index.apply(batch.iter().cloned(), Mark::default()).unwrap();
        }
        index.apply(edited, Mark::default()).unwrap();
        let searcher = index.reader.searcher();
        assert!(newest_first(&searcher));
        assert!(searcher.segment_readers().len() > 1);
        for q in ["waiter", "waiter ", "serve", "barista", "wait"] {
            let parsed = parse(q).unwrap();
            let (query, _) = index
                .build(&searcher, &parsed, &JobFilters::default())
                .unwrap();
            let mut after = None;
            for limit in [1, 7, 20, 500] {
                let collector = TopAfter { limit, after };
                let pruned = top_after(&searcher, query.as_ref(), &collector).unwrap();
                let every = searcher.search(query.as_ref(), &collector).unwrap();
                let keys = |hits: &[Hit]| hits.iter().map(|h| h.key).collect::<Vec<_>>();
                assert_eq!(
                    keys(&pruned),
                    keys(&every),
                    "{q} limit {limit} after {after:?}"
                );
                after = pruned.last().map(|h| h.key);
            }
        }
    }

    #[test]
    fn a_translation_is_found_highlighted_in_its_language_and_survives_a_reopen() {
        let dir = std::env::temp_dir().join(format!("jobs-text-{}", Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let index = TextIndex::create_in(&dir).unwrap();
        let mut job = doc(1, "Front Office Manager", "Front Office", "Lead the desk.");
        job.translations = vec![TextVersion {
            locale: "dv".into(),
            title: "ފްރަންޓް އޮފީސް މެނޭޖަރ".into(),
            description: String::new(),
        }];
        let mark = Mark {
            position: 1,
            anchor: Some(job.job_id),
        };
        index
            .apply([(job.job_id, Some(job.clone()))], mark)
            .unwrap();
        let search = |q: &str, preferred: &[String]| {
            let page = index
                .search(
                    &parse(q).unwrap(),
                    &JobFilters::default(),
                    None,
                    20,
                    false,
                    preferred,
                )
                .unwrap();
            page.hits.into_iter().map(|(_, h)| h).collect::<Vec<_>>()
        };
        // Without fili, as typed on a phone; the highlight is the Dhivehi title.
        let found = search("މނޖރ", &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].locale, "dv");
        assert!(
            found[0].title.contains("<mark>މެނޭޖަރ</mark>"),
            "{:?}",
            found[0]
        );
        // An English word highlights the English text, whatever the reader prefers.
        let found = search("manager", &["dv".to_string()]);
        assert_eq!(found[0].locale, "en");
        drop(index);
        let Opened::Resumable(_, resumed, docs) = TextIndex::open_in(&dir).unwrap() else {
            panic!("the index was not resumable");
        };
        assert_eq!(resumed, mark);
        assert_eq!(docs[0].locale, "en");
        assert_eq!(docs[0].translations.len(), 1);
        assert_eq!(docs[0].translations[0].title, job.translations[0].title);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn snippets_cut_at_words_around_the_first_match() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let (start, end) = snippet_bounds(text, text.find("eight"), 40);
        assert_eq!(&text[start..end], "six seven eight nine ten eleven twelve");
        let (start, end) = snippet_bounds(text, text.find("eight"), 20);
        assert_eq!(&text[start..end], "eight nine ten");
        assert_eq!(snippet_bounds("short", Some(0), 20), (0, 5));
    }
}

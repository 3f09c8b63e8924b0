//! Completions for a search box: the published jobs' distinct titles, departments and
//! locations, each with how many published jobs carry it, matched like search (every word;
//! typos by length, never in the first letter; the last word as a prefix). A small Tantivy
//! index of its own — one document per distinct value, rewritten when its count changes — kept
//! beside the text index and written with it.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Mutex;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term, doc};
use uuid::Uuid;

use super::query::ParsedQuery;
use super::text::{Scoring, TextDoc, TextError, analyzer, mark, tokens, word_clause};

/// What a completion is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Title,
    Department,
    Location,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Department => "department",
            Kind::Location => "location",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "title" => Some(Kind::Title),
            "department" => Some(Kind::Department),
            "location" => Some(Kind::Location),
            _ => None,
        }
    }
}

/// A completion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: Kind,
    pub text: String,
    /// `text` escaped, the matched words in `<mark>`.
    pub highlighted: String,
    pub count: u64,
}

/// A distinct value: its kind and its text folded (case and spaces), so that spellings that
/// differ only there are one completion.
type Key = (Kind, String);

fn key(kind: Kind, text: &str) -> Key {
    (
        kind,
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    )
}

fn key_text(key: &Key) -> String {
    format!("{}:{}", key.0.as_str(), key.1)
}

#[derive(Default)]
struct Counts {
    /// Each value's jobs, per spelling (the most common spelling is shown).
    values: HashMap<Key, HashMap<String, u64>>,
    /// Every (value, spelling) seen, and where each is in it: a job keeps small numbers, not
    /// strings (a board of 100,000 jobs has far fewer distinct titles).
    spellings: Vec<(Key, String)>,
    spelling_ids: HashMap<(Key, String), u32>,
    /// Each job's values, to take them back when it changes.
    jobs: HashMap<Uuid, Box<[u32]>>,
    /// Values whose document must be rewritten at the next commit.
    touched: BTreeSet<Key>,
}

impl Counts {
    fn spelling_id(&mut self, key: Key, spelling: String) -> u32 {
        let pair = (key, spelling);
        if let Some(id) = self.spelling_ids.get(&pair) {
            return *id;
        }
        let id = u32::try_from(self.spellings.len()).unwrap_or(u32::MAX);
        self.spellings.push(pair.clone());
        self.spelling_ids.insert(pair, id);
        id
    }

    fn set(&mut self, job: Uuid, doc: Option<&TextDoc>) {
        for id in self.jobs.remove(&job).unwrap_or_default() {
            let Some((key, spelling)) = self.spellings.get(id as usize) else {
                continue;
            };
            if let Some(spellings) = self.values.get_mut(key) {
                if let Some(n) = spellings.get_mut(spelling) {
                    *n = n.saturating_sub(1);
                }
                spellings.retain(|_, n| *n > 0);
                if spellings.is_empty() {
                    self.values.remove(key);
                }
            }
            self.touched.insert(key.clone());
        }
        let Some(doc) = doc else {
            return;
        };
        let mut own = Vec::new();
        // A translated title completes too: a reader types in their language.
        let values = [
            (Kind::Title, Some(&doc.title)),
            (Kind::Department, doc.department.as_ref()),
            (Kind::Location, doc.location.as_ref()),
        ]
        .into_iter()
        .chain(
            doc.translations
                .iter()
                .map(|t| (Kind::Title, Some(&t.title))),
        );
        for (kind, text) in values {
            let Some(text) = text.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            else {
                continue;
            };
            if text.is_empty() {
                continue;
            }
            let k = key(kind, &text);
            *self
                .values
                .entry(k.clone())
                .or_default()
                .entry(text.clone())
                .or_default() += 1;
            self.touched.insert(k.clone());
            own.push(self.spelling_id(k, text));
        }
        self.jobs.insert(job, own.into_boxed_slice());
    }

    /// The value's shown spelling (most jobs; ties: the first in byte order) and its count.
    fn shown(&self, key: &Key) -> Option<(String, u64)> {
        let spellings = self.values.get(key)?;
        let total = spellings.values().sum();
        let (spelling, _) = spellings
            .iter()
            .max_by(|(a, na), (b, nb)| na.cmp(nb).then_with(|| b.cmp(a)))?;
        Some((spelling.clone(), total))
    }
}

#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    kind: Field,
    text: Field,
    count: Field,
}

/// The completions' index.
pub struct SuggestIndex {
    fields: Fields,
    writer: Mutex<IndexWriter>,
    reader: IndexReader,
    plain: TextAnalyzer,
    counts: Mutex<Counts>,
}

/// Candidates read per completion asked for (the best are re-ranked by count).
const CANDIDATES_PER_ITEM: usize = 4;

impl SuggestIndex {
    pub fn new() -> Result<Self, TextError> {
        let mut schema = Schema::builder();
        let text = TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("plain")
                    .set_index_option(IndexRecordOption::WithFreqs),
            )
            .set_stored();
        let fields = Fields {
            key: schema.add_text_field("key", STRING),
            kind: schema.add_text_field("kind", STRING | STORED),
            text: schema.add_text_field("text", text),
            count: schema.add_u64_field("count", FAST | STORED),
        };
        let index = Index::create_in_ram(schema.build());
        let plain = analyzer(false);
        index.tokenizers().register("plain", plain.clone());
        // Tantivy's smallest budget: the values are few and short.
        let writer = index.writer_with_num_threads(1, 15_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Self {
            fields,
            writer: Mutex::new(writer),
            reader,
            plain,
            counts: Mutex::new(Counts::default()),
        })
    }

    /// Notes a job's values now (`None`: not public now).
    pub fn set(&self, job: Uuid, doc: Option<&TextDoc>) -> Result<(), TextError> {
        self.counts
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?
            .set(job, doc);
        Ok(())
    }

    /// Rewrites the values whose counts changed, and makes them visible.
    pub fn commit(&self) -> Result<(), TextError> {
        let f = self.fields;
        let mut counts = self
            .counts
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?;
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| tantivy::TantivyError::Poisoned)?;
        let touched = std::mem::take(&mut counts.touched);
        for k in &touched {
            writer.delete_term(Term::from_field_text(f.key, &key_text(k)));
            if let Some((text, count)) = counts.shown(k) {
                writer.add_document(doc!(
                    f.key => key_text(k),
                    f.kind => k.0.as_str(),
                    f.text => text,
                    f.count => count,
                ))?;
            }
        }
        drop(counts);
        if !touched.is_empty() {
            writer.commit()?;
            drop(writer);
            self.reader.reload()?;
        }
        Ok(())
    }

    /// Up to `limit` completions of `query`: the best matches, then the most jobs.
    pub fn suggest(&self, query: &ParsedQuery, limit: usize) -> Result<Vec<Suggestion>, TextError> {
        let searcher = self.reader.searcher();
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut matched = HashSet::new();
        let words: Vec<&String> = query.words.iter().chain(&query.phrases).collect();
        let prefix_word = query.last_is_prefix && query.phrases.is_empty();
        for (i, word) in words.iter().enumerate() {
            let analyzed = tokens(&self.plain, word);
            let n = analyzed.len();
            for (j, (token, _, _)) in analyzed.into_iter().enumerate() {
                let prefix = prefix_word && i + 1 == words.len() && j + 1 == n;
                let (clause, terms) = word_clause(
                    &searcher,
                    &[(f.text, 1.0)],
                    &token,
                    None,
                    token.chars().count(),
                    prefix,
                    Scoring::Constant,
                )?;
                matched.extend(terms);
                clauses.push((Occur::Must, clause));
            }
        }
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        // Best match first and, among equal ones, the most jobs: the count breaks ties in the
        // collector already, so that a short prefix over thousands of values keeps the best.
        let by_match_then_count = TopDocs::with_limit(
            limit.saturating_mul(CANDIDATES_PER_ITEM).max(1),
        )
        .tweak_score(|segment: &tantivy::SegmentReader| {
            let counts = segment.fast_fields().u64("count").ok();
            move |doc: tantivy::DocId, score: tantivy::Score| {
                let count = counts.as_ref().and_then(|c| c.first(doc)).unwrap_or(0);
                f64::from(score) * 1e9 + count.min(999_999_999) as f64
            }
        });
        let found = searcher.search(&BooleanQuery::new(clauses), &by_match_then_count)?;
        let mut out = Vec::with_capacity(found.len());
        for (key, address) in found {
            let stored: TantivyDocument = searcher.doc(address)?;
            let text = |field| {
                stored
                    .get_first(field)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let (Some(kind), Some(value)) =
                (text(f.kind).as_deref().and_then(Kind::parse), text(f.text))
            else {
                continue;
            };
            let count = stored
                .get_first(f.count)
                .and_then(|v| v.as_u64())
                .unwrap_or(0);
            out.push((
                key,
                Suggestion {
                    highlighted: mark(&self.plain, None, &value, &matched, None),
                    kind,
                    text: value,
                    count,
                },
            ));
        }
        // The key is the match (how the words were reached: exactly, as a prefix, with
        // typos), then the count; then the shorter completion.
        out.sort_by(|(ka, a), (kb, b)| {
            kb.total_cmp(ka)
                .then(a.text.len().cmp(&b.text.len()))
                .then(a.text.cmp(&b.text))
                .then(a.kind.cmp(&b.kind))
        });
        out.truncate(limit);
        Ok(out.into_iter().map(|(_, s)| s).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    fn job(title: &str, department: &str, location: &str) -> TextDoc {
        TextDoc {
            job_id: Uuid::nil(),
            employer_id: Uuid::nil(),
            title: title.into(),
            description: String::new(),
            department: Some(department.into()),
            department_slug: None,
            location: Some(location.into()),
            location_slug: None,
            language_slugs: Vec::new(),
            languages: Vec::new(),
            employment_type: None,
            published_micros: 0,
            locale: "en".into(),
            translations: Vec::new(),
        }
    }

    fn texts(index: &SuggestIndex, q: &str) -> Vec<(String, u64)> {
        index
            .suggest(&parse(q).unwrap(), 8)
            .unwrap()
            .into_iter()
            .map(|s| (format!("{}:{}", s.kind.as_str(), s.text), s.count))
            .collect()
    }

    #[test]
    fn completes_typed_words_with_counts_and_forgets_closed_jobs() {
        let index = SuggestIndex::new().unwrap();
        index
            .set(
                Uuid::from_u128(1),
                Some(&job("Receptionist", "Front Office", "Malé")),
            )
            .unwrap();
        index
            .set(
                Uuid::from_u128(2),
                Some(&job("receptionist ", "Front Office", "Addu")),
            )
            .unwrap();
        index
            .set(
                Uuid::from_u128(3),
                Some(&job("Night Receptionist", "Reception", "Malé")),
            )
            .unwrap();
        index
            .set(Uuid::from_u128(4), Some(&job("Chef", "Kitchen", "Malé")))
            .unwrap();
        index.commit().unwrap();
        assert_eq!(
            texts(&index, "rece"),
            [
                ("title:Receptionist".to_string(), 2),
                ("department:Reception".to_string(), 1),
                ("title:Night Receptionist".to_string(), 1),
            ]
        );
        // A typo (never the first letter), and every word must match.
        assert_eq!(
            texts(&index, "recepsionist")[0],
            ("title:Receptionist".to_string(), 2)
        );
        assert!(texts(&index, "feceptionist").is_empty());
        assert_eq!(
            texts(&index, "night rec"),
            [("title:Night Receptionist".to_string(), 1)]
        );
        assert_eq!(texts(&index, "mal"), [("location:Malé".to_string(), 3)]);
        let marked = index.suggest(&parse("night rec").unwrap(), 1).unwrap();
        assert_eq!(
            marked[0].highlighted,
            "<mark>Night</mark> <mark>Receptionist</mark>"
        );
        // Closing jobs takes their counts back; a value without jobs is gone.
        index.set(Uuid::from_u128(3), None).unwrap();
        index.set(Uuid::from_u128(2), None).unwrap();
        index.commit().unwrap();
        assert_eq!(
            texts(&index, "rece"),
            [("title:Receptionist".to_string(), 1)]
        );
    }
}

//! Facet counts and taxonomy values of the published jobs, kept in memory: every published
//! job's filterable values, and per value how many jobs carry each spelling of it (over all
//! employers and per employer). Applying a change moves one job's counts; a query reads counts
//! (unfiltered, or by employer) or walks the jobs (other filters). It answers exactly what the
//! SQL of `db::search` and `db::taxonomy` answers (a test compares them).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use uuid::Uuid;

use crate::db::{FacetDoc, FacetRow, TaxonomyKind, TaxonomyRow};
use crate::domain::search::JobFilters;

/// The facets, in the order public search lists them.
const FACETS: [Facet; 4] = [
    Facet::Department,
    Facet::Location,
    Facet::Language,
    Facet::EmploymentType,
];

/// The most values one facet lists (the contract's bound).
const MAX_VALUES: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Facet {
    Department,
    Location,
    Language,
    EmploymentType,
}

impl Facet {
    fn name(self) -> &'static str {
        match self {
            Facet::Department => "department",
            Facet::Location => "location",
            Facet::Language => "language",
            Facet::EmploymentType => "employment_type",
        }
    }
}

/// One (slug, label) a job carries for a facet.
type Value = (Arc<str>, Arc<str>);

/// A published job as the index keeps it: small numbers into the index's tables, so that a
/// board of 100,000 jobs takes a few megabytes.
#[derive(Debug, Clone)]
struct Doc {
    employer: u32,
    /// Each facet's values, as the SQL reads them (languages: slugs and labels paired in order,
    /// values without a slug left out), as indices into `FacetIndex::values`.
    values: Box<[(Facet, u32)]>,
}

/// Jobs per spelling of one slug.
#[derive(Debug, Clone, Default)]
struct Spellings {
    total: i64,
    by_label: HashMap<Arc<str>, i64>,
}

impl Spellings {
    /// The most common spelling (ties: the first in byte order), as the SQL picks it.
    fn label(&self) -> Option<&Arc<str>> {
        self.by_label
            .iter()
            .filter(|(_, n)| **n > 0)
            .max_by(|(la, na), (lb, nb)| na.cmp(nb).then_with(|| lb.cmp(la)))
            .map(|(label, _)| label)
    }
}

/// Counts per facet and slug.
#[derive(Debug, Clone, Default)]
struct Counts {
    by_facet: HashMap<Facet, BTreeMap<Arc<str>, Spellings>>,
}

impl Counts {
    fn add(&mut self, facet: Facet, value: &Value, delta: i64) {
        let slugs = self.by_facet.entry(facet).or_default();
        let spellings = slugs.entry(value.0.clone()).or_default();
        spellings.total += delta;
        *spellings.by_label.entry(value.1.clone()).or_default() += delta;
        spellings.by_label.retain(|_, n| *n != 0);
        if spellings.total == 0 {
            slugs.remove(&value.0);
        }
    }

    fn is_empty(&self) -> bool {
        self.by_facet.values().all(BTreeMap::is_empty)
    }
}

/// The published jobs' values and their counts, as of one position of the changes feed.
#[derive(Debug, Default)]
pub struct FacetIndex {
    docs: HashMap<Uuid, Doc>,
    all: Counts,
    by_employer: HashMap<Uuid, Counts>,
    /// Every (slug, label) seen, and where each is in it.
    values: Vec<Value>,
    value_ids: HashMap<Value, u32>,
    /// Every employer seen, and where each is in it.
    employers: Vec<Uuid>,
    employer_ids: HashMap<Uuid, u32>,
    /// One shared copy of each slug and label.
    strings: HashMap<String, Arc<str>>,
}

impl FacetIndex {
    pub fn new(docs: Vec<FacetDoc>) -> Self {
        let mut index = Self::default();
        index.extend(docs);
        index
    }

    /// Adds published jobs (the initial load, a chunk at a time).
    pub fn extend(&mut self, docs: Vec<FacetDoc>) {
        for doc in docs {
            self.apply(doc.job_id, Some(doc));
        }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Sets a job's values: `Some` as it is public now, `None` when it is not.
    pub fn apply(&mut self, job_id: Uuid, doc: Option<FacetDoc>) {
        self.remove(job_id);
        if let Some(doc) = doc {
            self.put(doc);
        }
    }

    fn intern(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.strings.get(text) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(text);
        self.strings.insert(text.to_string(), shared.clone());
        shared
    }

    fn value_id(&mut self, slug: &str, label: &str) -> u32 {
        let value = (self.intern(slug), self.intern(label));
        if let Some(id) = self.value_ids.get(&value) {
            return *id;
        }
        let id = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.values.push(value.clone());
        self.value_ids.insert(value, id);
        id
    }

    fn employer_id(&mut self, employer: Uuid) -> u32 {
        if let Some(id) = self.employer_ids.get(&employer) {
            return *id;
        }
        let id = u32::try_from(self.employers.len()).unwrap_or(u32::MAX);
        self.employers.push(employer);
        self.employer_ids.insert(employer, id);
        id
    }

    fn value(&self, id: u32) -> Option<&Value> {
        self.values.get(id as usize)
    }

    fn put(&mut self, doc: FacetDoc) {
        let pairs = pairs(
            (doc.department_slug.as_deref(), doc.department.as_deref()),
            (doc.location_slug.as_deref(), doc.location.as_deref()),
            (&doc.language_slugs, &doc.languages),
            doc.employment_type.as_deref(),
        );
        let values: Vec<(Facet, u32)> = pairs
            .into_iter()
            .map(|(facet, slug, label)| (facet, self.value_id(slug, label)))
            .collect();
        let employer = self.employer_id(doc.employer_id);
        let mut counts = self
            .by_employer
            .remove(&doc.employer_id)
            .unwrap_or_default();
        for (facet, id) in &values {
            if let Some(value) = self.values.get(*id as usize) {
                counts.add(*facet, value, 1);
                self.all.add(*facet, value, 1);
            }
        }
        self.by_employer.insert(doc.employer_id, counts);
        self.docs.insert(
            doc.job_id,
            Doc {
                employer,
                values: values.into_boxed_slice(),
            },
        );
    }

    fn remove(&mut self, job_id: Uuid) {
        let Some(doc) = self.docs.remove(&job_id) else {
            return;
        };
        let Some(employer) = self.employers.get(doc.employer as usize).copied() else {
            return;
        };
        if let Some(counts) = self.by_employer.get_mut(&employer) {
            for (facet, id) in doc.values.iter() {
                if let Some(value) = self.values.get(*id as usize) {
                    counts.add(*facet, value, -1);
                }
            }
            if counts.is_empty() {
                self.by_employer.remove(&employer);
            }
        }
        for (facet, id) in doc.values.iter() {
            if let Some(value) = self.values.get(*id as usize) {
                self.all.add(*facet, value, -1);
            }
        }
    }

    /// Facet counts of the published jobs matching `filters` (no text query: that is the
    /// database's), most frequent values first, as `db::search` returns them.
    pub fn facets(&self, filters: &JobFilters) -> Vec<FacetRow> {
        let narrowed = filters.department.is_some()
            || filters.location.is_some()
            || filters.employment_type.is_some()
            || filters.language.is_some();
        if narrowed {
            return rows(&self.walk(filters));
        }
        match filters.employer_id {
            Some(employer) => self
                .by_employer
                .get(&employer)
                .map(rows)
                .unwrap_or_default(),
            None => rows(&self.all),
        }
    }

    /// Counts over the jobs the filters admit, by walking them.
    fn walk(&self, filters: &JobFilters) -> Counts {
        let employment_type = filters.employment_type.map(|e| e.as_str());
        let wanted = |facet: Facet, want: Option<&str>, doc: &Doc| match want {
            None => true,
            Some(want) => doc.values.iter().any(|(f, id)| {
                *f == facet && self.value(*id).is_some_and(|(slug, _)| &**slug == want)
            }),
        };
        let employer = match filters.employer_id {
            Some(e) => match self.employer_ids.get(&e) {
                Some(id) => Some(*id),
                None => return Counts::default(),
            },
            None => None,
        };
        let mut counts = Counts::default();
        for doc in self.docs.values() {
            if employer.is_some_and(|e| e != doc.employer)
                || !wanted(Facet::Department, filters.department.as_deref(), doc)
                || !wanted(Facet::Location, filters.location.as_deref(), doc)
                || !wanted(Facet::Language, filters.language.as_deref(), doc)
                || !wanted(Facet::EmploymentType, employment_type, doc)
            {
                continue;
            }
            for (facet, id) in doc.values.iter() {
                if let Some(value) = self.value(*id) {
                    counts.add(*facet, value, 1);
                }
            }
        }
        counts
    }

    /// A taxonomy's values in slug order after `after`, at most `limit`, with their
    /// published jobs, as `db::taxonomy` returns them.
    pub fn taxonomy(
        &self,
        kind: TaxonomyKind,
        employer_id: Option<Uuid>,
        after: Option<&str>,
        limit: i64,
    ) -> Vec<TaxonomyRow> {
        let facet = match kind {
            TaxonomyKind::Departments => Facet::Department,
            TaxonomyKind::Languages => Facet::Language,
            TaxonomyKind::Locations => Facet::Location,
        };
        let counts = match employer_id {
            Some(employer) => self.by_employer.get(&employer),
            None => Some(&self.all),
        };
        let Some(slugs) = counts.and_then(|c| c.by_facet.get(&facet)) else {
            return Vec::new();
        };
        let range = match after {
            Some(after) => slugs
                .range::<str, _>((std::ops::Bound::Excluded(after), std::ops::Bound::Unbounded)),
            None => slugs.range::<str, _>(..),
        };
        range
            .filter_map(|(slug, spellings)| {
                Some(TaxonomyRow {
                    slug: slug.to_string(),
                    label: spellings.label()?.to_string(),
                    job_count: spellings.total,
                })
            })
            .take(usize::try_from(limit).unwrap_or(0))
            .collect()
    }
}

/// The (facet, slug, label) values a job counts under, as the SQL reads them: departments and
/// locations with both a slug and a label; languages as `unnest(language_slugs, languages)`
/// pairs them by position (a slug without a label would be NULL there — never the case: there
/// are no more slugs than labels); the employment type as its own label.
fn pairs<'a>(
    department: (Option<&'a str>, Option<&'a str>),
    location: (Option<&'a str>, Option<&'a str>),
    languages: (&'a [String], &'a [String]),
    employment_type: Option<&'a str>,
) -> Vec<(Facet, &'a str, &'a str)> {
    let mut out = Vec::new();
    for (facet, (slug, label)) in [(Facet::Department, department), (Facet::Location, location)] {
        if let (Some(slug), Some(label)) = (slug, label) {
            out.push((facet, slug, label));
        }
    }
    for (slug, label) in languages.0.iter().zip(languages.1) {
        out.push((Facet::Language, slug.as_str(), label.as_str()));
    }
    if let Some(kind) = employment_type {
        out.push((Facet::EmploymentType, kind, kind));
    }
    out
}

/// Separates a value key's parts (a control character: never in a facet name or a slug; a
/// label is the key's rest, whatever it holds).
const SEPARATOR: char = '\u{1f}';

/// A job's facet values as keys (`facet`, slug, label), for the text index to keep beside each
/// job and count over a search's matches ([`rows_of_keys`] turns the counts into rows).
pub fn value_keys(
    department: (Option<&str>, Option<&str>),
    location: (Option<&str>, Option<&str>),
    languages: (&[String], &[String]),
    employment_type: Option<&str>,
) -> Vec<String> {
    pairs(department, location, languages, employment_type)
        .into_iter()
        .map(|(facet, slug, label)| format!("{}{SEPARATOR}{slug}{SEPARATOR}{label}", facet.name()))
        .collect()
}

/// Facet rows from counts of value keys (a key may come more than once: one per segment).
pub fn rows_of_keys(counts: impl IntoIterator<Item = (String, u64)>) -> Vec<FacetRow> {
    let mut all = Counts::default();
    for (key, n) in counts {
        let mut parts = key.splitn(3, SEPARATOR);
        let (Some(facet), Some(slug), Some(label)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Some(facet) = FACETS.into_iter().find(|f| f.name() == facet) else {
            continue;
        };
        let value: Value = (Arc::from(slug), Arc::from(label));
        all.add(facet, &value, i64::try_from(n).unwrap_or(i64::MAX));
    }
    rows(&all)
}

/// Each facet's values, most frequent first (ties by slug), at most [`MAX_VALUES`].
fn rows(counts: &Counts) -> Vec<FacetRow> {
    let mut out = Vec::new();
    for facet in FACETS {
        let Some(slugs) = counts.by_facet.get(&facet) else {
            continue;
        };
        let mut values: Vec<(&Arc<str>, &Spellings)> = slugs.iter().collect();
        values.sort_by(|(sa, a), (sb, b)| b.total.cmp(&a.total).then_with(|| sa.cmp(sb)));
        for (slug, spellings) in values.into_iter().take(MAX_VALUES) {
            let Some(label) = spellings.label() else {
                continue;
            };
            out.push(FacetRow {
                facet: facet.name().to_string(),
                slug: slug.to_string(),
                label: label.to_string(),
                count: spellings.total,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: u128, employer: u128, department: &str, languages: &[&str]) -> FacetDoc {
        FacetDoc {
            job_id: Uuid::from_u128(id),
            employer_id: Uuid::from_u128(employer),
            department_slug: Some(department.to_lowercase()),
            department: Some(department.to_string()),
            location_slug: None,
            location: None,
            employment_type: Some("full_time".into()),
            language_slugs: languages.iter().map(|l| l.to_lowercase()).collect(),
            languages: languages.iter().map(|l| (*l).to_string()).collect(),
            title: String::new(),
            description: String::new(),
            description_format: "plain".into(),
            published_at: chrono::DateTime::UNIX_EPOCH,
            locale: "en".into(),
            translations: serde_json::json!({}),
        }
    }

    #[test]
    fn changes_move_the_counts_and_labels_follow_the_most_common_spelling() {
        let mut index = FacetIndex::new(vec![
            doc(1, 7, "Kitchen", &["English"]),
            doc(2, 7, "kitchen", &["English", "Dhivehi"]),
            doc(3, 8, "kitchen", &["Dhivehi"]),
        ]);
        let all = index.taxonomy(TaxonomyKind::Departments, None, None, 10);
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].label.as_str(), all[0].job_count), ("kitchen", 3));
        let of_7 = index.taxonomy(
            TaxonomyKind::Departments,
            Some(Uuid::from_u128(7)),
            None,
            10,
        );
        // A tie (one each): the first in byte order.
        assert_eq!(of_7[0].label, "Kitchen");
        // Job 3 leaves, job 2 changes: counts follow.
        index.apply(Uuid::from_u128(3), None);
        index.apply(Uuid::from_u128(2), Some(doc(2, 7, "Spa", &["English"])));
        let languages = index.taxonomy(TaxonomyKind::Languages, None, None, 10);
        assert_eq!(languages.len(), 1);
        assert_eq!(languages[0].job_count, 2);
        assert_eq!(
            index
                .taxonomy(TaxonomyKind::Departments, None, Some("kitchen"), 10)
                .len(),
            1
        );
        assert!(
            index
                .taxonomy(
                    TaxonomyKind::Departments,
                    Some(Uuid::from_u128(8)),
                    None,
                    10
                )
                .is_empty()
        );
        let facets = index.facets(&JobFilters {
            department: Some("spa".into()),
            ..JobFilters::default()
        });
        assert!(
            facets
                .iter()
                .any(|f| f.facet == "department" && f.slug == "spa" && f.count == 1)
        );
        assert!(!facets.iter().any(|f| f.slug == "kitchen"));
        // Removing everything leaves nothing behind.
        index.apply(Uuid::from_u128(1), None);
        index.apply(Uuid::from_u128(2), None);
        assert!(index.is_empty());
        assert!(index.all.is_empty());
        assert!(index.by_employer.is_empty());
    }
}

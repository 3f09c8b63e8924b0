//! The built-in match score: how well an application fits its job, 0–100, with the reasons.
//!
//! Advisory by design. The score reads only what the job asks for (skills, languages, place,
//! its words) and what the applicant offers for it (listed skills and languages, the CV's
//! text). Name, e-mail, phone, photo, age, gender and nationality are never features: the
//! [`Candidate`] has no member for them, and the CV's text is redacted before it is read
//! ([`redact`]: the person's name, e-mail and phone, any e-mail address or long number, and
//! lines that state a birth date, age, gender, nationality or the like).
//!
//! The score is a weighted mean of the components that apply to the job (a job that asks for
//! no language is not scored on languages): required skills 40, nice-to-have skills 10,
//! languages 15, relevance of the job's words in the CV (BM25 against the job's other CVs) 25,
//! place 10, and, when a sentence model is configured, the similarity of the job's and the
//! CV's embeddings 20.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::job::WorkplaceType;

/// BM25's term-frequency saturation and length normalization (the usual values).
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Job words the relevance component reads at most (the most frequent in the job's text).
const MAX_QUERY_TERMS: usize = 48;

/// Terms shown in an explanation.
const SHOWN_TERMS: usize = 10;

/// Component weights (points out of the applicable total).
const W_REQUIRED: f64 = 40.0;
const W_NICE: f64 = 10.0;
const W_LANGUAGES: f64 = 15.0;
const W_TEXT: f64 = 25.0;
const W_PLACE: f64 = 10.0;
const W_SEMANTIC: f64 = 20.0;

/// What a job asks for, as the scorer reads it.
#[derive(Debug, Clone, Default)]
pub struct JobAsk {
    pub title: String,
    /// Title, description (plain text) and translations, as one text.
    pub text: String,
    pub required_skills: Vec<String>,
    pub nice_to_have_skills: Vec<String>,
    pub languages: Vec<String>,
    pub location: Option<String>,
    pub workplace_type: Option<WorkplaceType>,
}

/// What an applicant offers, and nothing else: no name, contact, photo, age, gender or
/// nationality can reach the score because there is no place for them here.
#[derive(Debug, Clone, Default)]
pub struct Candidate {
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    /// The CV's redacted text, when one was read.
    pub cv_text: Option<String>,
    /// Why there is no CV text (`none`, `pending`, `rejected`, `failed`), or `extracted`.
    pub cv_status: CvStatus,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CvStatus {
    /// No CV was sent, or it was sent as a link only.
    #[default]
    None,
    /// The CV's text is being read.
    Pending,
    Extracted,
    /// The file was refused (a compression bomb, an encrypted PDF...).
    Rejected,
    /// Reading it failed.
    Failed,
}

impl CvStatus {
    pub fn parse(s: &str) -> Self {
        match s {
            "pending" => Self::Pending,
            "extracted" => Self::Extracted,
            "rejected" => Self::Rejected,
            "failed" => Self::Failed,
            _ => Self::None,
        }
    }
}

/// Document frequencies of words over the CVs scored together (a job's applications).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    docs: usize,
    total_len: usize,
    df: HashMap<String, usize>,
}

impl Corpus {
    pub fn of<'a>(docs: impl IntoIterator<Item = &'a [String]>) -> Self {
        let mut corpus = Corpus::default();
        for doc in docs {
            corpus.docs += 1;
            corpus.total_len += doc.len();
            let unique: HashSet<&String> = doc.iter().collect();
            for term in unique {
                *corpus.df.entry(term.clone()).or_default() += 1;
            }
        }
        corpus
    }

    fn avg_len(&self) -> f64 {
        if self.docs == 0 {
            1.0
        } else {
            (self.total_len as f64 / self.docs as f64).max(1.0)
        }
    }

    /// BM25's idf (never negative).
    fn idf(&self, term: &str) -> f64 {
        let n = self.docs as f64;
        let df = self.df.get(term).copied().unwrap_or(0) as f64;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }
}

/// A score and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scored {
    pub score: u8,
    pub explanation: Explanation,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// Always true: the score helps a person read applications; it decides nothing.
    pub advisory: bool,
    /// `lexical`, `lexical+semantic`, or `external` (an employer's own scorer).
    pub method: String,
    /// What the reader should know about how this score was made (for example that it is
    /// lexical because no sentence model is configured).
    pub notes: Vec<String>,
    pub skills: SkillsExplained,
    pub languages: LanguagesExplained,
    /// The job's words that counted most in the CV, with their BM25 contribution.
    pub terms: Vec<TermWeight>,
    pub location: LocationExplained,
    /// Each applicable component: its weight, how much of it was met, the points it gave.
    pub components: Vec<Component>,
    pub cv: CvStatus,
    /// Cosine similarity of the job's and the CV's sentence embeddings, when computed.
    pub semantic_similarity: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SkillsExplained {
    pub matched: Vec<SkillMatch>,
    pub missing: Vec<SkillMissing>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMatch {
    pub skill: String,
    pub required: bool,
    /// `profile` (the applicant's listed skills) and/or `cv` (found in the CV's text).
    pub found_in: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMissing {
    pub skill: String,
    pub required: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LanguagesExplained {
    pub matched: Vec<LanguageMatch>,
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageMatch {
    pub language: String,
    pub found_in: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermWeight {
    pub term: String,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationExplained {
    pub job_location: Option<String>,
    pub workplace_type: Option<String>,
    /// `remote` (anyone fits), `mentioned` (the CV names the place), `not_mentioned`, or
    /// `not_asked` (the job names no place).
    pub fit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    pub name: String,
    pub weight: f64,
    pub fraction: f64,
    pub points: f64,
}

/// Words of a text as the scorer compares them: lower-cased runs of letters and digits, with
/// `+`, `#` and inner dots kept (`c++`, `c#`, `node.js`).
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let keep = c.is_alphanumeric()
            || ((c == '+' || c == '#') && !current.is_empty())
            || (c == '.'
                && !current.is_empty()
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()));
        if keep {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Labels of lines that state what must never count (birth, age, gender, nationality...).
const PROTECTED_LABELS: &[&str] = &[
    "date of birth",
    "birth date",
    "birthdate",
    "born",
    "dob",
    "age",
    "gender",
    "sex",
    "nationality",
    "citizenship",
    "marital status",
    "religion",
    "photo",
    "place of birth",
];

/// The CV's text without what identifies the person or states a protected trait: the given
/// personal strings (name, e-mail, phone; case-insensitive), e-mail addresses, numbers of six
/// or more digits (phones, ids), and whole lines that start with a protected label.
pub fn redact(text: &str, personal: &[&str]) -> String {
    let mut kept = String::with_capacity(text.len());
    for line in text.lines() {
        let lower = line.trim_start().to_lowercase();
        let protected = PROTECTED_LABELS.iter().any(|label| {
            // `Gender: female`, `Age 34`, `Born in 1990`; not `Agency` or `Agile`.
            lower.strip_prefix(label).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with([':', '-', '–', '\u{2014}', '\t', ' '])
            })
        });
        if protected {
            continue;
        }
        kept.push_str(line);
        kept.push('\n');
    }
    let mut lower = kept.to_lowercase();
    // Each personal string as written, and each word of three or more letters of a name on its
    // own (`Ali, Aishath`, `A. Ali`).
    let mut name_words: HashSet<String> = HashSet::new();
    for p in personal {
        let p = p.trim().to_lowercase();
        if p.chars().count() >= 2 {
            lower = lower.replace(&p, " ");
        }
        if !p.contains('@') && !p.chars().any(|c| c.is_ascii_digit()) {
            name_words.extend(
                p.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                    .map(str::to_string),
            );
        }
    }
    let bare = |w: &str| -> String { w.chars().filter(|c| c.is_alphanumeric()).collect() };
    // Phone numbers are written in groups (`+960 777 1234`): a run of number-like words with
    // seven or more digits in all goes, as does any word with six or more.
    let words: Vec<&str> = lower.split_whitespace().collect();
    let numberish = |w: &str| {
        let w = w.trim_end_matches([',', ';', ':']);
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || "+-()./".contains(c))
    };
    let digits = |w: &str| w.chars().filter(char::is_ascii_digit).count();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if numberish(words[i]) {
            let run = words[i..].iter().take_while(|w| numberish(w)).count();
            let total: usize = words[i..i + run].iter().map(|w| digits(w)).sum();
            if total < 7 {
                kept.extend(words[i..i + run].iter().filter(|w| digits(w) < 6));
            }
            i += run;
            continue;
        }
        if !words[i].contains('@') && digits(words[i]) < 6 && !name_words.contains(&bare(words[i]))
        {
            kept.push(words[i]);
        }
        i += 1;
    }
    kept.join(" ")
}

/// Whether `phrase` (as tokens) occurs in `doc` (tokens) as consecutive words.
fn contains_phrase(doc: &[String], phrase: &[String]) -> bool {
    if phrase.is_empty() || phrase.len() > doc.len() {
        return false;
    }
    doc.windows(phrase.len()).any(|w| w == phrase)
}

fn key(label: &str) -> String {
    tokens(label).join(" ")
}

/// Common words that say nothing about a job.
const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "we", "will",
    "with", "you", "your", "who", "what", "all", "can", "not", "but", "they", "them", "us", "was",
    "were", "been", "into", "about", "more", "than", "also", "any", "each", "per",
];

/// The job's words the relevance component looks for: its title and skills first, then the
/// most frequent words of its text.
pub fn query_terms(job: &JobAsk) -> Vec<String> {
    let stop: HashSet<&str> = STOP.iter().copied().collect();
    let useful = |t: &String| t.chars().count() >= 2 && !stop.contains(t.as_str());
    let mut terms: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    let first = tokens(&job.title).into_iter().chain(
        job.required_skills
            .iter()
            .chain(&job.nice_to_have_skills)
            .flat_map(|s| tokens(s)),
    );
    for t in first {
        if useful(&t) && seen.insert(t.clone()) {
            terms.push(t);
        }
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for t in tokens(&job.text) {
        if useful(&t) && !seen.contains(&t) && !t.chars().all(|c| c.is_ascii_digit()) {
            *counts.entry(t).or_default() += 1;
        }
    }
    let mut by_count: Vec<(String, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (t, _) in by_count {
        if terms.len() >= MAX_QUERY_TERMS {
            break;
        }
        terms.push(t);
    }
    terms.truncate(MAX_QUERY_TERMS);
    terms
}

/// BM25 of `terms` in `doc`, with each term's contribution, and the best any document could
/// reach (every term present, saturated): the relevance component is their ratio.
fn bm25(terms: &[String], doc: &[String], corpus: &Corpus) -> (f64, f64, Vec<TermWeight>) {
    let mut tf: HashMap<&str, usize> = HashMap::new();
    for t in doc {
        *tf.entry(t.as_str()).or_default() += 1;
    }
    let len_norm = 1.0 - B + B * doc.len() as f64 / corpus.avg_len();
    let mut total = 0.0;
    let mut ideal = 0.0;
    let mut contributions = Vec::new();
    for term in terms {
        let idf = corpus.idf(term);
        ideal += idf * (K1 + 1.0);
        let f = tf.get(term.as_str()).copied().unwrap_or(0) as f64;
        if f > 0.0 {
            let w = idf * f * (K1 + 1.0) / (f + K1 * len_norm);
            total += w;
            contributions.push(TermWeight {
                term: term.clone(),
                weight: (w * 100.0).round() / 100.0,
            });
        }
    }
    contributions.sort_by(|a, b| {
        b.weight
            .partial_cmp(&a.weight)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.term.cmp(&b.term))
    });
    contributions.truncate(SHOWN_TERMS);
    (total, ideal, contributions)
}

/// A CV's words, ready for [`score`] and [`Corpus::of`].
pub fn cv_tokens(candidate: &Candidate) -> Vec<String> {
    candidate.cv_text.as_deref().map(tokens).unwrap_or_default()
}

/// Scores one application. `doc` is [`cv_tokens`] of the candidate; `semantic` the cosine
/// similarity of the job's and the CV's embeddings when a model computed them.
pub fn score(
    job: &JobAsk,
    candidate: &Candidate,
    doc: &[String],
    terms: &[String],
    corpus: &Corpus,
    semantic: Option<f64>,
) -> Scored {
    let profile_skills: HashSet<String> = candidate.skills.iter().map(|s| key(s)).collect();
    let mut skills = SkillsExplained::default();
    let mut required_met = 0usize;
    let mut nice_met = 0usize;
    let asked = job
        .required_skills
        .iter()
        .map(|s| (s, true))
        .chain(job.nice_to_have_skills.iter().map(|s| (s, false)));
    for (skill, required) in asked {
        let k = key(skill);
        let mut found_in = Vec::new();
        if profile_skills.contains(&k) {
            found_in.push("profile".to_string());
        }
        if contains_phrase(doc, &tokens(skill)) {
            found_in.push("cv".to_string());
        }
        if found_in.is_empty() {
            skills.missing.push(SkillMissing {
                skill: skill.clone(),
                required,
            });
        } else {
            if required {
                required_met += 1;
            } else {
                nice_met += 1;
            }
            skills.matched.push(SkillMatch {
                skill: skill.clone(),
                required,
                found_in,
            });
        }
    }

    let profile_languages: HashSet<String> = candidate.languages.iter().map(|l| key(l)).collect();
    let mut languages = LanguagesExplained::default();
    for language in &job.languages {
        let mut found_in = Vec::new();
        if profile_languages.contains(&key(language)) {
            found_in.push("profile".to_string());
        }
        if contains_phrase(doc, &tokens(language)) {
            found_in.push("cv".to_string());
        }
        if found_in.is_empty() {
            languages.missing.push(language.clone());
        } else {
            languages.matched.push(LanguageMatch {
                language: language.clone(),
                found_in,
            });
        }
    }

    let (relevance, ideal, terms_explained) = bm25(terms, doc, corpus);
    // Half of the ideal is already a CV that is about the job.
    let text_fraction = if ideal > 0.0 {
        (relevance / (0.5 * ideal)).min(1.0)
    } else {
        0.0
    };

    let place = place_fit(job, doc);

    let mut components = Vec::new();
    let mut add = |name: &str, weight: f64, fraction: f64| {
        components.push((name.to_string(), weight, fraction.clamp(0.0, 1.0)));
    };
    if !job.required_skills.is_empty() {
        add(
            "required_skills",
            W_REQUIRED,
            required_met as f64 / job.required_skills.len() as f64,
        );
    }
    if !job.nice_to_have_skills.is_empty() {
        add(
            "nice_to_have_skills",
            W_NICE,
            nice_met as f64 / job.nice_to_have_skills.len() as f64,
        );
    }
    if !job.languages.is_empty() {
        add(
            "languages",
            W_LANGUAGES,
            languages.matched.len() as f64 / job.languages.len() as f64,
        );
    }
    if !terms.is_empty() {
        add("text_relevance", W_TEXT, text_fraction);
    }
    if let Some(fraction) = place.1 {
        add("location", W_PLACE, fraction);
    }
    if let Some(similarity) = semantic {
        // Unrelated texts sit near 0.1 with MiniLM; a close fit is 0.6 and above.
        add("semantic", W_SEMANTIC, (similarity - 0.15) / 0.5);
    }
    let total_weight: f64 = components.iter().map(|c| c.1).sum();
    let components: Vec<Component> = components
        .into_iter()
        .map(|(name, weight, fraction)| Component {
            points: round2(100.0 * weight * fraction / total_weight.max(f64::EPSILON)),
            name,
            weight,
            fraction: round2(fraction),
        })
        .collect();
    let sum: f64 = components.iter().map(|c| c.points).sum();
    let score = sum.round().clamp(0.0, 100.0) as u8;

    let mut notes = Vec::new();
    match candidate.cv_status {
        CvStatus::Extracted => {}
        CvStatus::None => notes.push(
            "No CV file with this application: only the listed skills and languages count."
                .to_string(),
        ),
        CvStatus::Pending => {
            notes.push("The CV is still being read; the score is computed again after.".into())
        }
        CvStatus::Rejected | CvStatus::Failed => notes.push(
            "The CV's text could not be read: only the listed skills and languages count."
                .to_string(),
        ),
    }
    if semantic.is_none() {
        notes.push(
            "Lexical score: no sentence model is configured (JOBS_MATCH_MODEL_DIR), or the \
             embeddings are not computed yet."
                .to_string(),
        );
    }
    Scored {
        score,
        explanation: Explanation {
            advisory: true,
            method: if semantic.is_some() {
                "lexical+semantic".into()
            } else {
                "lexical".into()
            },
            notes,
            skills,
            languages,
            terms: terms_explained,
            location: LocationExplained {
                job_location: job.location.clone(),
                workplace_type: job.workplace_type.map(|w| w.as_str().to_string()),
                fit: place.0.to_string(),
            },
            components,
            cv: candidate.cv_status,
            semantic_similarity: semantic.map(round2),
        },
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// How the place fits: a remote job fits anyone; otherwise the CV naming the job's place (any
/// part of it: `Malé, Maldives`) fits, and a hybrid job half-fits without it.
fn place_fit(job: &JobAsk, doc: &[String]) -> (&'static str, Option<f64>) {
    if job.workplace_type == Some(WorkplaceType::Remote) {
        return ("remote", Some(1.0));
    }
    let Some(location) = job.location.as_deref().filter(|l| !l.trim().is_empty()) else {
        return ("not_asked", None);
    };
    let mentioned = location
        .split([',', '/', ';', '|'])
        .map(tokens)
        .any(|part| contains_phrase(doc, &part));
    match (mentioned, job.workplace_type) {
        (true, _) => ("mentioned", Some(1.0)),
        (false, Some(WorkplaceType::Hybrid)) => ("not_mentioned", Some(0.5)),
        (false, _) => ("not_mentioned", Some(0.0)),
    }
}

/// Normalized DCG of the first `k` of a ranking, given each item's graded relevance in the
/// ranked order (the ideal order sorts those grades descending).
pub fn ndcg_at(k: usize, ranked_relevance: &[f64]) -> f64 {
    let dcg = |grades: &[f64]| -> f64 {
        grades
            .iter()
            .take(k)
            .enumerate()
            .map(|(i, g)| (2f64.powf(*g) - 1.0) / ((i + 2) as f64).log2())
            .sum()
    };
    let mut ideal = ranked_relevance.to_vec();
    ideal.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let best = dcg(&ideal);
    if best == 0.0 {
        0.0
    } else {
        dcg(ranked_relevance) / best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job() -> JobAsk {
        JobAsk {
            title: "Backend engineer".into(),
            text: "Backend engineer. We build payment services in Rust on Kubernetes. \
                   PostgreSQL, observability and on-call."
                .into(),
            required_skills: vec!["Rust".into(), "PostgreSQL".into(), "Node.js".into()],
            nice_to_have_skills: vec!["Kubernetes".into()],
            languages: vec!["English".into(), "Dhivehi".into()],
            location: Some("Malé, Maldives".into()),
            workplace_type: Some(WorkplaceType::OnSite),
        }
    }

    fn candidate(cv: &str, skills: &[&str]) -> Candidate {
        Candidate {
            skills: skills.iter().map(|s| s.to_string()).collect(),
            languages: vec!["english".into()],
            cv_text: Some(redact(cv, &[])),
            cv_status: CvStatus::Extracted,
        }
    }

    fn run(job: &JobAsk, candidates: &[Candidate]) -> Vec<Scored> {
        let docs: Vec<Vec<String>> = candidates.iter().map(cv_tokens).collect();
        let corpus = Corpus::of(docs.iter().map(Vec::as_slice));
        let terms = query_terms(job);
        candidates
            .iter()
            .zip(&docs)
            .map(|(c, d)| score(job, c, d, &terms, &corpus, None))
            .collect()
    }

    #[test]
    fn tokens_keep_the_marks_of_technology_names() {
        assert_eq!(
            tokens("C++, C#, Node.js and .NET; Málaga."),
            ["c++", "c#", "node.js", "and", "net", "málaga"]
        );
    }

    #[test]
    fn skills_found_in_a_cv_count_and_are_explained() {
        let job = job();
        let strong = candidate(
            "Five years of Rust and PostgreSQL for payment services; Node.js tooling; \
             Kubernetes operators. Lives in Malé. Speaks Dhivehi.",
            &[],
        );
        let weak = candidate("Pastry chef in Paris. Croissants and bread.", &[]);
        let scored = run(&job, &[strong, weak]);
        let e = &scored[0].explanation;
        let matched: Vec<(&str, bool, &[String])> = e
            .skills
            .matched
            .iter()
            .map(|m| (m.skill.as_str(), m.required, m.found_in.as_slice()))
            .collect();
        assert!(matched.contains(&("Rust", true, &["cv".to_string()][..])));
        assert!(matched.contains(&("Node.js", true, &["cv".to_string()][..])));
        assert!(matched.contains(&("Kubernetes", false, &["cv".to_string()][..])));
        assert!(e.skills.missing.is_empty());
        assert_eq!(e.languages.matched.len(), 2, "{:?}", e.languages);
        assert_eq!(e.location.fit, "mentioned");
        assert!(e.terms.iter().any(|t| t.term == "payment"));
        assert!(scored[0].score > 70, "{}", scored[0].score);
        assert!(scored[1].score < 25, "{}", scored[1].score);
        assert_eq!(scored[1].explanation.skills.missing.len(), 4);
        assert_eq!(
            scored[1].explanation.languages.missing,
            ["Dhivehi".to_string()]
        );
        assert_eq!(e.method, "lexical");
        assert!(e.notes.iter().any(|n| n.contains("JOBS_MATCH_MODEL_DIR")));
    }

    #[test]
    fn listed_skills_count_without_a_cv() {
        let job = job();
        let c = Candidate {
            skills: vec!["rust".into(), "POSTGRESQL".into()],
            languages: vec![],
            cv_text: None,
            cv_status: CvStatus::None,
        };
        let scored = run(&job, &[c]);
        let e = &scored[0].explanation;
        assert_eq!(e.skills.matched.len(), 2);
        assert_eq!(e.skills.matched[0].found_in, ["profile"]);
        assert!(e.notes[0].contains("No CV"));
    }

    #[test]
    fn protected_facts_and_identity_are_redacted() {
        let a = redact(
            "Aminath Rasheed\naminath@example.com +960 7771234\nNationality: Maldivian\n\
             Date of birth: 1990-02-01\nGender - female\nRust engineer",
            &["Aminath Rasheed", "aminath@example.com", "+960 7771234"],
        );
        let b = redact(
            "John Smith\njohn.smith@example.org +44 20 7946 0958\nNationality: British\n\
             Date of birth: 1961-07-30\nGender - male\nRust engineer",
            &["John Smith", "john.smith@example.org", "+44 20 7946 0958"],
        );
        assert_eq!(a, "rust engineer");
        assert_eq!(a, b);
        // Labels followed by a space, and a name's words written another way.
        assert_eq!(
            redact(
                "Gender Female\nAge 34\nBorn in Malé\nRasheed, Aminath. Agile coach at Agency",
                &["Aminath Rasheed"]
            ),
            "agile coach at agency"
        );
        // Phones in groups, wherever they are; years and short numbers stay.
        assert_eq!(
            redact(
                "call +960 999 0000 or (020) 7946-0958; since 2019, 3 teams",
                &[]
            ),
            "call or since 2019, 3 teams"
        );
    }

    #[test]
    fn remote_jobs_fit_anywhere_and_hybrid_half() {
        let mut job = job();
        let c = candidate("Rust", &[]);
        job.workplace_type = Some(WorkplaceType::Remote);
        assert_eq!(
            run(&job, std::slice::from_ref(&c))[0]
                .explanation
                .location
                .fit,
            "remote"
        );
        job.workplace_type = Some(WorkplaceType::Hybrid);
        let scored = run(&job, &[c]);
        let place = scored[0]
            .explanation
            .components
            .iter()
            .find(|c| c.name == "location")
            .map(|c| c.fraction);
        assert_eq!(place, Some(0.5));
    }

    #[test]
    fn ndcg_prefers_the_ideal_order() {
        assert!((ndcg_at(10, &[3.0, 2.0, 1.0, 0.0]) - 1.0).abs() < 1e-9);
        assert!(ndcg_at(10, &[0.0, 1.0, 2.0, 3.0]) < 0.7);
    }
}

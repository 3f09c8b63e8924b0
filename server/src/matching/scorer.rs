//! Scoring a job's applications: the features (what the job asks, what each applicant offers,
//! redacted), then the employer's own scorer when one is configured, else — or when it fails —
//! the built-in one (`domain::matching`).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::db::{JobRecord, MatchInput, NewMatch};
use crate::domain::html;
use crate::domain::job::{DescriptionFormat, JobFields};
use crate::domain::matching::{self, Candidate, Corpus, CvStatus, JobAsk, Scored};
use crate::webhooks::client::Client;

/// An own scorer's answer is read up to this size.
const MAX_ANSWER_BYTES: usize = 4 * 1024 * 1024;

/// Failures in a row that open the breaker, and how long it stays open.
const BREAKER_THRESHOLD: u32 = 5;
const BREAKER_COOLDOWN: Duration = Duration::from_secs(60);

/// What the job asks, as the score reads it.
pub fn job_ask(fields: &JobFields) -> JobAsk {
    let plain = |text: &str, format: DescriptionFormat| match format {
        DescriptionFormat::Html => html::text_of(text),
        _ => text.to_string(),
    };
    let mut text = format!(
        "{}\n{}",
        fields.title,
        plain(&fields.description, fields.description_format)
    );
    for t in &fields.translations {
        text.push('\n');
        text.push_str(&t.text.title);
        text.push('\n');
        text.push_str(&plain(&t.text.description, t.text.description_format));
    }
    JobAsk {
        title: fields.title.clone(),
        text,
        required_skills: fields.skills.required.clone(),
        nice_to_have_skills: fields.skills.nice_to_have.clone(),
        languages: fields.languages.clone(),
        location: fields.location.clone(),
        workplace_type: fields.workplace_type,
    }
}

/// What an applicant offers: their listed skills and languages, and their CV's text with
/// their name, e-mail and phone (and whatever states a protected trait) taken out.
pub fn candidate(input: &MatchInput) -> Candidate {
    let personal: Vec<&str> = [&input.name, &input.email, &input.phone]
        .into_iter()
        .filter_map(|v| v.as_deref())
        .collect();
    let status = input
        .cv_status
        .as_deref()
        .map_or(CvStatus::None, CvStatus::parse);
    Candidate {
        skills: input.skills.clone(),
        languages: input.languages.clone(),
        cv_text: input
            .cv_text
            .as_deref()
            .filter(|_| status == CvStatus::Extracted)
            .map(|t| matching::redact(t, &personal)),
        cv_status: status,
    }
}

/// The built-in scores of a job's candidates; `semantic[i]`: the embedding similarity of the
/// i-th, when computed.
pub fn builtin(ask: &JobAsk, candidates: &[Candidate], semantic: &[Option<f64>]) -> Vec<Scored> {
    let docs: Vec<Vec<String>> = candidates.iter().map(matching::cv_tokens).collect();
    let corpus = Corpus::of(docs.iter().filter(|d| !d.is_empty()).map(Vec::as_slice));
    let terms = matching::query_terms(ask);
    candidates
        .iter()
        .zip(&docs)
        .enumerate()
        .map(|(i, (c, doc))| {
            matching::score(
                ask,
                c,
                doc,
                &terms,
                &corpus,
                semantic.get(i).copied().flatten(),
            )
        })
        .collect()
}

/// The matches to store.
pub fn to_matches(ids: &[Uuid], scored: Vec<Scored>, scorer: &str) -> Vec<NewMatch> {
    ids.iter()
        .zip(scored)
        .map(|(id, s)| NewMatch {
            application_id: *id,
            score: i16::from(s.score),
            explanation: serde_json::to_value(&s.explanation).unwrap_or_default(),
            scorer: scorer.to_string(),
        })
        .collect()
}

/// An employer's own scorer over HTTP, with a breaker: after five failures in a row it is
/// left alone for a minute (the built-in scorer answers meanwhile).
pub struct External {
    url: String,
    client: Client,
    breaker: Mutex<(u32, Option<Instant>)>,
}

#[derive(Deserialize)]
struct Answer {
    scores: Vec<AnswerScore>,
}

#[derive(Deserialize)]
struct AnswerScore {
    application_id: Uuid,
    score: f64,
    #[serde(default)]
    explanation: Option<serde_json::Value>,
}

impl External {
    pub fn new(url: String, client: Client) -> Self {
        Self {
            url,
            client,
            breaker: Mutex::new((0, None)),
        }
    }

    fn open(&self) -> bool {
        let guard = self.breaker.lock().unwrap_or_else(|p| p.into_inner());
        guard.1.is_some_and(|until| Instant::now() < until)
    }

    fn note(&self, ok: bool) {
        let mut guard = self.breaker.lock().unwrap_or_else(|p| p.into_inner());
        if ok {
            *guard = (0, None);
        } else {
            guard.0 += 1;
            if guard.0 >= BREAKER_THRESHOLD {
                guard.1 = Some(Instant::now() + BREAKER_COOLDOWN);
                guard.0 = 0;
            }
        }
    }

    /// The scorer's scores for these applications (the same features the built-in scorer
    /// reads; never a name, contact, photo, age, gender or nationality), or why not.
    pub async fn score(
        &self,
        job: &JobRecord,
        ask: &JobAsk,
        ids: &[Uuid],
        candidates: &[Candidate],
        builtin: &[Scored],
    ) -> Result<Vec<Scored>, String> {
        if self.open() {
            return Err("its breaker is open after repeated failures".into());
        }
        let body = json!({
            "job": {
                "id": job.id,
                "title": ask.title,
                "text": ask.text,
                "skills": {"required": ask.required_skills, "nice_to_have": ask.nice_to_have_skills},
                "languages": ask.languages,
                "location": ask.location,
                "workplace_type": ask.workplace_type.map(|w| w.as_str()),
            },
            "applications": ids.iter().zip(candidates).zip(builtin).map(|((id, c), b)| json!({
                "application_id": id,
                "skills": c.skills,
                "languages": c.languages,
                "cv_status": c.cv_status,
                "cv_text": c.cv_text,
                "builtin": {"score": b.score, "explanation": b.explanation},
            })).collect::<Vec<_>>(),
        });
        let result = self
            .client
            .exchange_json(&self.url, body.to_string(), MAX_ANSWER_BYTES)
            .await
            .and_then(|(status, bytes)| {
                if !(200..300).contains(&status) {
                    return Err(format!("it answered HTTP {status}"));
                }
                serde_json::from_slice::<Answer>(&bytes)
                    .map_err(|_| "its answer is not {\"scores\": [...]}".to_string())
            })
            .and_then(|answer| merge(answer, ids, builtin));
        self.note(result.is_ok());
        result
    }
}

/// The external scores in the order of `ids`, each with the built-in explanation beside the
/// scorer's own (so skills matched and missing are still shown).
fn merge(answer: Answer, ids: &[Uuid], builtin: &[Scored]) -> Result<Vec<Scored>, String> {
    let mut out = Vec::with_capacity(ids.len());
    for (id, b) in ids.iter().zip(builtin) {
        let Some(found) = answer.scores.iter().find(|s| s.application_id == *id) else {
            return Err(format!("its answer has no score for application {id}"));
        };
        if !(0.0..=100.0).contains(&found.score) || !found.score.is_finite() {
            return Err("it answered a score outside 0–100".into());
        }
        let mut explanation = b.explanation.clone();
        explanation.method = "external".into();
        explanation.notes.insert(
            0,
            "Scored by the employer's own scorer (JOBS_MATCH_SCORER_URL); the rest of this \
             explanation is the built-in scorer's reading."
                .into(),
        );
        if let Some(note) = found
            .explanation
            .as_ref()
            .and_then(|e| e.get("summary"))
            .and_then(|s| s.as_str())
        {
            explanation
                .notes
                .push(note.chars().take(500).collect::<String>());
        }
        out.push(Scored {
            score: found.score.round() as u8,
            explanation,
        });
    }
    Ok(out)
}

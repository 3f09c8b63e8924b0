//! The matching worker, a queue on the worker skeleton: it reads CV files (`cv_documents`
//! still pending) and scores the applications of jobs queued by the triggers (`match_queue`).
//! Embeddings are computed here, never on a request path.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use diesel_async::AsyncPgConnection;
use tokio::task::JoinHandle;
use uuid::Uuid;

use super::embed::{self, Embedder};
use super::extract::{Format, Limits as ExtractLimits};
use super::isolate::{self, Extractor, Reading};
use super::scorer::{self, External};
use crate::db::{
    CvOutcome, Database, DbError, FairShare, JobEmbedding, LeasedCv, LeasedScoring, MatchStore,
};
use crate::uploads::store::{Store, StoreError};
use crate::worker::{Limits, Queue};

/// How long a lease holds: past it, a stopped worker's piece of work is leased again.
const LEASE: Duration = Duration::from_secs(120);

/// The longest one file is read (below the lease).
pub const MAX_EXTRACT_TIME: Duration = Duration::from_secs(100);

/// A CV whose store did not answer is tried this often, a little later each time.
const MAX_ATTEMPTS: i32 = 5;

/// One piece of work.
#[derive(Debug)]
pub enum Task {
    Read(LeasedCv),
    Score(LeasedScoring),
}

/// What the worker needs.
pub struct Matcher {
    pub store: MatchStore,
    pub db: Database,
    pub uploads: Option<Store>,
    pub extractor: Extractor,
    pub extract_timeout: Duration,
    pub embedder: Option<Arc<Embedder>>,
    pub external: Option<External>,
}

impl Matcher {
    pub fn spawn(self) -> JoinHandle<()> {
        crate::worker::spawn(
            self,
            Limits {
                concurrency: 2,
                per_employer: 2,
            },
        )
    }

    /// Reads one CV file and records what it found.
    pub async fn read_cv(&self, cv: &LeasedCv) -> Result<(), DbError> {
        let started = Instant::now();
        let mut tx = self.store.begin_for(&self.db, cv.employer_id).await?;
        let source = if tx.matching_enabled().await? {
            tx.cv_source(cv.upload_id).await?
        } else {
            None
        };
        tx.commit().await?;
        let Some(source) = source.filter(|s| s.status == "pending") else {
            return Ok(());
        };
        let content_type = source.content_type.clone().unwrap_or_default();
        let format = Format::of_content_type(&content_type);
        let outcome = match (format, source.stored_key.as_deref(), &self.uploads) {
            _ if source.upload_status.is_none() => CvOutcome::Rejected {
                format: None,
                reason: "the CV is not a known upload".into(),
            },
            _ if source.upload_status.as_deref() != Some("verified") => CvOutcome::Rejected {
                format: format.map(|f| f.as_str().to_string()),
                reason: "the upload was not verified".into(),
            },
            (None, _, _) => CvOutcome::Rejected {
                format: None,
                reason: format!(
                    "only PDF, DOCX and ODT files are read; this one is {content_type}"
                ),
            },
            (Some(_), None, _) | (Some(_), _, None) => CvOutcome::Retry {
                reason: "the file's storage is not configured on this server".into(),
                retry_in: LEASE,
            },
            (Some(format), Some(key), Some(store)) => {
                self.extract(
                    store,
                    key,
                    source.size_bytes.unwrap_or(-1),
                    format,
                    cv.attempts,
                )
                .await
            }
        };
        let label = match &outcome {
            CvOutcome::Extracted { .. } => "extracted",
            CvOutcome::Rejected { .. } => "rejected",
            CvOutcome::Retry { .. } => "retry",
        };
        metrics::counter!("jobs_cv_reads_total", "outcome" => label).increment(1);
        metrics::histogram!("jobs_cv_read_seconds").record(started.elapsed().as_secs_f64());
        let mut tx = self.store.begin_for(&self.db, cv.employer_id).await?;
        // The CV's embedding is computed when its jobs are scored, from its redacted text.
        tx.cv_finish(cv.upload_id, &outcome, MAX_ATTEMPTS).await?;
        tx.commit().await?;
        if let CvOutcome::Rejected { reason, .. } = &outcome {
            tracing::info!(upload_id = %cv.upload_id, %reason, "a CV file was not read");
        }
        Ok(())
    }

    async fn extract(
        &self,
        store: &Store,
        key: &str,
        size: i64,
        format: Format,
        attempts: i32,
    ) -> CvOutcome {
        let limits = ExtractLimits::default();
        let fmt = Some(format.as_str().to_string());
        if size < 0 || size as u64 > limits.max_input_bytes as u64 {
            return CvOutcome::Rejected {
                format: fmt,
                reason: format!("the file is larger than {} bytes", limits.max_input_bytes),
            };
        }
        let bytes = match store.read_exact(key, size as u64).await {
            Ok(Some(bytes)) => bytes,
            Ok(None) | Err(StoreError::NotFound) => {
                return CvOutcome::Rejected {
                    format: fmt,
                    reason: "the stored file is gone or changed".into(),
                };
            }
            Err(e) => {
                tracing::warn!(error = %e, "reading a CV file from the store failed");
                return CvOutcome::Retry {
                    reason: "the object store did not answer".into(),
                    retry_in: Duration::from_secs(5 << attempts.clamp(0, 6)),
                };
            }
        };
        match isolate::read(&self.extractor, format, bytes, limits, self.extract_timeout).await {
            Reading::Text { text } => CvOutcome::Extracted {
                format: format.as_str().to_string(),
                text,
            },
            // The reader could not start (a binary replaced in a deployment, no processes
            // left): tried again, unlike a file that was refused.
            Reading::Rejected { rejected, reason } if rejected == "failed" => CvOutcome::Retry {
                reason,
                retry_in: Duration::from_secs(5 << attempts.clamp(0, 6)),
            },
            Reading::Rejected { reason, .. } => CvOutcome::Rejected {
                format: fmt,
                reason,
            },
        }
    }

    /// Scores every application of one job and stores the matches.
    pub async fn score_job(&self, job: &LeasedScoring) -> Result<(), DbError> {
        let mut tx = self.store.begin_for(&self.db, job.employer_id).await?;
        if !tx.matching_enabled().await? {
            tx.scoring_done(job.job_id, job.generation).await?;
            return tx.commit().await;
        }
        let record = match tx.job_get(job.job_id).await {
            Ok(record) => record,
            Err(DbError::NotFound) => return tx.commit().await,
            Err(e) => return Err(e),
        };
        let inputs = tx.match_inputs(job.job_id).await?;
        let stored_embedding = tx.job_embedding(job.job_id).await?;
        tx.commit().await?;

        let ask = scorer::job_ask(&record.fields);
        let candidates: Vec<_> = inputs.iter().map(scorer::candidate).collect();
        let ids: Vec<Uuid> = inputs.iter().map(|i| i.application_id).collect();

        // Embeddings: the job's (again when its text changed), and any CV's not computed yet.
        let mut semantic = vec![None; inputs.len()];
        let mut job_embedding = None;
        let mut new_cv_embeddings = Vec::new();
        if let Some(embedder) = &self.embedder {
            let hash = content_hash(&ask.text);
            job_embedding = match stored_embedding {
                Some(e) if e.content_hash == hash && e.model == embedder.model_id() => Some(e),
                _ => embed_blocking(embedder.clone(), ask.text.clone())
                    .await
                    .map(|(model, embedding)| JobEmbedding {
                        content_hash: hash,
                        model,
                        embedding,
                    }),
            };
            if let Some(job_vector) = &job_embedding {
                for (i, input) in inputs.iter().enumerate() {
                    // Embedded from the redacted text the score reads, never the raw CV.
                    let redacted = candidates[i].cv_text.as_ref();
                    let cv_vector = match (&input.cv_embedding, &input.cv_embedding_model) {
                        (Some(v), Some(m)) if m == embedder.model_id() => Some(v.clone()),
                        _ => match (redacted, input.cv_upload_id) {
                            (Some(text), Some(upload)) => {
                                let computed = embed_blocking(embedder.clone(), text.clone()).await;
                                computed.map(|(model, v)| {
                                    new_cv_embeddings.push((upload, model, v.clone()));
                                    v
                                })
                            }
                            _ => None,
                        },
                    };
                    semantic[i] =
                        cv_vector.map(|v| f64::from(embed::cosine(&job_vector.embedding, &v)));
                }
            }
        }

        let builtin = scorer::builtin(&ask, &candidates, &semantic);
        let (scored, scorer_name) = match &self.external {
            Some(external) => match external
                .score(&record, &ask, &ids, &candidates, &builtin)
                .await
            {
                Ok(scored) => (scored, "external"),
                Err(reason) => {
                    tracing::warn!(job_id = %job.job_id, %reason, "the own match scorer failed; the built-in scorer answers");
                    metrics::counter!("jobs_match_scorer_fallbacks_total").increment(1);
                    let mut fallback = builtin;
                    for s in &mut fallback {
                        s.explanation.notes.insert(
                            0,
                            format!("The employer's own scorer did not answer ({reason}): this is the built-in scorer's score."),
                        );
                    }
                    (fallback, "builtin")
                }
            },
            None => (builtin, "builtin"),
        };
        let matches = scorer::to_matches(&ids, scored, scorer_name);

        let mut tx = self.store.begin_for(&self.db, job.employer_id).await?;
        // Turned off while this scoring ran: nothing of it is kept.
        if !tx.matching_enabled_locked().await? {
            tx.scoring_done(job.job_id, job.generation).await?;
            return tx.commit().await;
        }
        if let Some(embedding) = &job_embedding {
            tx.job_embedding_put(job.job_id, embedding).await?;
        }
        for (upload, model, vector) in &new_cv_embeddings {
            tx.cv_set_embedding(*upload, model, vector).await?;
        }
        tx.matches_put(job.job_id, &matches).await?;
        tx.scoring_done(job.job_id, job.generation).await?;
        tx.commit().await?;
        metrics::counter!("jobs_match_scored_total").increment(matches.len() as u64);
        Ok(())
    }
}

/// A text's embedding on a blocking thread (the model's forward pass is CPU work).
async fn embed_blocking(embedder: Arc<Embedder>, text: String) -> Option<(String, Vec<f32>)> {
    let model = embedder.model_id().to_string();
    match tokio::task::spawn_blocking(move || embedder.embed(&text)).await {
        Ok(Ok(vector)) => Some((model, vector)),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "computing an embedding failed");
            None
        }
        Err(_) => None,
    }
}

fn content_hash(text: &str) -> String {
    use sha2::Digest;
    crate::hex::encode(&sha2::Sha256::digest(text.as_bytes()))
}

impl Queue for Matcher {
    type Job = Task;
    type Done = ();

    const NAME: &'static str = "matching";
    const IN_FLIGHT_GAUGE: &'static str = "jobs_matching_in_flight";

    fn employer(job: &Task) -> Uuid {
        match job {
            Task::Read(cv) => cv.employer_id,
            Task::Score(s) => s.employer_id,
        }
    }

    async fn lease(&self, limit: usize, fair: &FairShare<'_>) -> Result<Vec<Task>, DbError> {
        let mut tasks: Vec<Task> = self
            .store
            .lease_cvs(limit, fair.full, LEASE)
            .await?
            .into_iter()
            .map(Task::Read)
            .collect();
        let left = limit.saturating_sub(tasks.len());
        tasks.extend(
            self.store
                .lease_scorings(left, fair.full, LEASE)
                .await?
                .into_iter()
                .map(Task::Score),
        );
        Ok(tasks)
    }

    async fn perform(&self, task: Task) {
        let result = match &task {
            Task::Read(cv) => self.read_cv(cv).await,
            Task::Score(job) => self.score_job(job).await,
        };
        if let Err(e) = result {
            // The lease runs out and the work is leased again.
            tracing::warn!(error = %e, task = ?task, "matching work failed; it is tried again");
        }
    }

    async fn record(&self, _done: Vec<()>) {}

    async fn next_due(&self, full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        self.store.next_due(full).await
    }

    async fn listener(&self) -> Result<AsyncPgConnection, DbError> {
        self.store.listener().await
    }

    async fn sample(&self) {
        if let Ok((cvs, jobs)) = self.store.depth().await {
            metrics::gauge!("jobs_cv_read_queue_depth").set(cvs as f64);
            metrics::gauge!("jobs_match_queue_depth").set(jobs as f64);
        }
    }
}

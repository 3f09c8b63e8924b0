//! A search index kept in `JOBS_SEARCH_INDEX_DIR` (issue: public search that job seekers
//! expect): a follower restarted mid-stream resumes from its recorded feed position without a
//! rebuild and applies what changed while it was down; an index from another database's feed
//! is built anew; a directory that is not the index's own, or one another process holds, leaves
//! the index in memory and the server serving.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use jobs_server::domain::search::JobFilters;
use jobs_server::search::PublicIndex;
use jobs_server::search::query::parse;
use serde_json::json;
use tokio::task::JoinHandle;
use uuid::Uuid;

use crate::support::{TestApp, complete_job, job_action, publish_new_job};

const A: Uuid = Uuid::from_u128(0x9e25_0000_0000_4000_8000_0000_0000_000a);

struct Running {
    index: Arc<PublicIndex>,
    follower: JoinHandle<()>,
}

impl Running {
    async fn start(app: &TestApp, dir: &Path) -> Self {
        let index = PublicIndex::persistent(dir.to_path_buf());
        let follower = jobs_server::search::follower::spawn(app.state.db.clone(), &index);
        let started = std::time::Instant::now();
        while !index.has_loaded() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the index did not load"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        Self { index, follower }
    }

    /// Stops the follower and drops the index (its directory's lock with it).
    async fn stop(self) {
        drop(self.index);
        tokio::time::timeout(Duration::from_secs(10), self.follower)
            .await
            .expect("the follower stops with its index")
            .unwrap();
    }

    fn hits(&self, q: &str) -> Vec<Uuid> {
        let text = self.index.loaded_text().unwrap();
        let page = text
            .search(
                &parse(q).unwrap(),
                &JobFilters::default(),
                None,
                20,
                false,
                &[],
            )
            .unwrap();
        page.hits.iter().map(|(key, _)| key.id).collect()
    }

    fn suggestions(&self, q: &str) -> Vec<(String, u64)> {
        let text = self.index.loaded_text().unwrap();
        text.suggest(&parse(q).unwrap(), 8)
            .unwrap()
            .into_iter()
            .map(|s| (s.text, s.count))
            .collect()
    }

    fn departments(&self) -> Vec<(String, i64)> {
        let rows = self.index.facets(&JobFilters::default()).unwrap();
        rows.into_iter()
            .filter(|r| r.facet == "department")
            .map(|r| (r.label, r.count))
            .collect()
    }
}

fn job(title: &str, department: &str) -> serde_json::Value {
    let mut body = complete_job(title);
    body["department"] = json!(department);
    body
}

fn scratch_dir() -> PathBuf {
    std::env::temp_dir()
        .join("jobs-search-index-test")
        .join(Uuid::new_v4().simple().to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_restarted_follower_resumes_from_its_position_without_a_rebuild() {
    let app = TestApp::spawn().await;
    let dir = scratch_dir();
    let pastry = publish_new_job(&app, A, &job("Pastry Chef", "Kitchen")).await;
    let auditor = publish_new_job(&app, A, &job("Night Auditor", "Finance")).await;

    let first = Running::start(&app, &dir).await;
    assert_eq!(first.index.resumed_from(), None, "built from PostgreSQL");
    assert_eq!(first.hits("pastry"), [pastry]);
    let recorded = first.index.position().expect("current");
    first.stop().await;
    assert!(dir.join("meta.json").exists(), "the index is on disk");

    // While it is down: a job published, one closed, one edited.
    let sommelier = publish_new_job(&app, A, &job("Sommelier", "Restaurant")).await;
    job_action(&app, A, pastry, "close").await;
    app.call(reqwest::Method::PATCH, &format!("/v1/jobs/{auditor}"))
        .role(A, "recruiter")
        .if_match(Some("*"))
        .json(&json!({"title": "Night Manager"}))
        .send()
        .await
        .error_for_status()
        .unwrap();

    let second = Running::start(&app, &dir).await;
    assert_eq!(
        second.index.resumed_from(),
        Some(recorded),
        "reopened at the position it recorded, not rebuilt"
    );
    assert!(second.index.position().unwrap() > recorded);
    assert_eq!(second.hits("sommelier"), [sommelier]);
    assert!(second.hits("pastry").is_empty(), "a closed job is gone");
    assert_eq!(second.hits("manager"), [auditor]);
    assert!(second.hits("auditor").is_empty());
    assert_eq!(second.index.len(), 2);
    // Facet counts and completions are rebuilt from the stored values.
    assert_eq!(
        second.departments(),
        [("Finance".to_string(), 1), ("Restaurant".to_string(), 1)]
    );
    assert_eq!(second.suggestions("somm"), [("Sommelier".to_string(), 1)]);

    // Another process on the same directory keeps its index in memory; both serve.
    let other = Running::start(&app, &dir).await;
    assert_eq!(other.index.resumed_from(), None);
    assert_eq!(other.hits("sommelier"), [sommelier]);
    assert_eq!(second.hits("sommelier"), [sommelier]);
    other.stop().await;
    second.stop().await;

    // The same directory against another database's feed: built anew from that database.
    let elsewhere = TestApp::spawn().await;
    let third = Running::start(&elsewhere, &dir).await;
    assert_eq!(third.index.resumed_from(), None);
    assert!(third.hits("sommelier").is_empty());
    assert_eq!(third.index.len(), 0);
    third.stop().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_directory_holding_other_files_is_left_alone() {
    let app = TestApp::spawn().await;
    let chef = publish_new_job(&app, A, &job("Chef", "Kitchen")).await;
    let dir = scratch_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let running = Running::start(&app, &dir).await;
    assert_eq!(running.hits("chef"), [chef], "served from memory");
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "mine"
    );
    assert!(!dir.join("meta.json").exists());
    running.stop().await;
    let _ = std::fs::remove_dir_all(&dir);
}

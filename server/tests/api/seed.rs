//! `jobs-server seed`: the same seed gives the same data, and the data is searchable.

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use jobs_server::seed::{self, SeedOptions};

use crate::support::{TestApp, get_ok};

#[derive(diesel::QueryableByName)]
struct Digest {
    #[diesel(sql_type = diesel::sql_types::Text)]
    digest: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    published: i64,
}

async fn digest(app: &TestApp) -> Digest {
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    diesel::sql_query(
        "SELECT md5(string_agg(concat_ws('|', j.id, j.employer_id, e.name, j.title, j.description, \
           j.department, j.location, j.languages, j.status, j.created_at, j.published_at, \
           j.closed_at, j.salary_min), ',' ORDER BY j.id)) AS digest, \
           count(*) FILTER (WHERE j.status = 'published') AS published \
         FROM jobs j JOIN employers e ON e.id = j.employer_id",
    )
    .get_result(&mut conn)
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_seed_gives_the_same_searchable_data() {
    let (a, b) = (TestApp::spawn().await, TestApp::spawn().await);
    let options = SeedOptions {
        employers: 3,
        jobs: 120,
        seed: 9,
    };
    for app in [&a, &b] {
        let report = seed::run(&app.maintenance, options).await.unwrap();
        assert_eq!((report.employers, report.jobs), (3, 120));
        // The ids it reports are the employers it made, with their jobs.
        assert_eq!(report.employer_ids.len(), 3);
        assert_eq!(report.employer_ids.iter().map(|(_, n)| n).sum::<u64>(), 120);
        for (id, jobs) in &report.employer_ids {
            let n = crate::support::count(
                app,
                &format!("SELECT count(*) AS n FROM jobs WHERE employer_id = '{id}'"),
            )
            .await;
            assert_eq!(n as u64, *jobs);
        }
    }
    let (da, db) = (digest(&a).await, digest(&b).await);
    assert_eq!(da.digest, db.digest);
    assert!(da.published > 60, "most seeded jobs are published");

    // Seeding again with the same seed is refused rather than duplicated.
    assert!(seed::run(&a.maintenance, options).await.is_err());
    // Another seed gives other data.
    let c = TestApp::spawn().await;
    seed::run(
        &c.maintenance,
        SeedOptions {
            seed: 10,
            ..options
        },
    )
    .await
    .unwrap();
    assert_ne!(digest(&c).await.digest, da.digest);

    let found = get_ok(&a, "/v1/public/jobs?limit=100", None).await;
    assert_eq!(
        found["items"].as_array().unwrap().len() as i64,
        da.published.min(100)
    );
    let departments = get_ok(&a, "/v1/taxonomy/departments?limit=100", None).await;
    assert!(!departments["items"].as_array().unwrap().is_empty());
}

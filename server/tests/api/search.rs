//! Job search: the employer's list and public search share full-text relevance, filters and
//! signed keyset cursors; public reads see published jobs only, in a read-only context.

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, assert_problem, complete_job, create_job, get_ok, item_ids, job_action,
    publish_new_job,
};

const A: Uuid = Uuid::from_u128(0x5ea4_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0x5ea4_0000_0000_4000_8000_0000_0000_000b);

fn job(title: &str, description: &str) -> Value {
    let mut body = complete_job(title);
    body["description"] = json!(description);
    body
}

fn with(mut body: Value, key: &str, value: Value) -> Value {
    body[key] = value;
    body
}

#[tokio::test(flavor = "multi_thread")]
async fn a_title_match_ranks_above_a_description_match() {
    let app = TestApp::spawn().await;
    // Created first, so newest-first order would put it last.
    let title_match = publish_new_job(&app, A, &job("Pastry Chef", "Bake for the resort.")).await;
    let described = publish_new_job(
        &app,
        A,
        &job(
            "Kitchen Helper",
            "Assist the chef. Support the chef's team; the chef leads the chefs.",
        ),
    )
    .await;
    publish_new_job(&app, A, &job("Accountant", "Keep the books.")).await;

    let public = get_ok(&app, "/v1/public/jobs?q=chef", None).await;
    assert_eq!(item_ids(&public), [title_match, described]);
    // Stemming: the plural finds both; a draft appears in the employer's own search only.
    let draft = create_job(&app, A, &job("Chef de Partie", "Cook.")).await.0;
    let public = get_ok(&app, "/v1/public/jobs?q=chefs", None).await;
    assert_eq!(item_ids(&public), [title_match, described]);
    // Control characters are no part of a query (PostgreSQL refuses NUL in text).
    let public = get_ok(&app, "/v1/public/jobs?q=%00chef%0A", None).await;
    assert_eq!(item_ids(&public), [title_match, described]);
    let own = get_ok(&app, "/v1/jobs?q=chef", Some(&app.bearer(A, "viewer"))).await;
    let own = item_ids(&own);
    assert_eq!(own.len(), 3);
    assert!(own.iter().position(|id| *id == described) > own.iter().position(|id| *id == draft));

    // Diacritics are folded and "IT" is not dropped as a stop word.
    let it = publish_new_job(&app, A, &job("IT Manager", "Run the network in Malé.")).await;
    assert_eq!(
        item_ids(&get_ok(&app, "/v1/public/jobs?q=IT", None).await),
        [it]
    );
    assert_eq!(
        item_ids(&get_ok(&app, "/v1/public/jobs?q=male%20network", None).await),
        [it]
    );
    // Web search syntax: a phrase and an exclusion.
    assert_eq!(
        item_ids(&get_ok(&app, "/v1/public/jobs?q=%22pastry%20chef%22", None).await),
        [title_match]
    );
    assert_eq!(
        item_ids(&get_ok(&app, "/v1/public/jobs?q=chef%20-pastry", None).await),
        [described]
    );
    // Without a query: newest first.
    let all = item_ids(&get_ok(&app, "/v1/public/jobs", None).await);
    assert_eq!(all[0], it);
    assert_eq!(all[all.len() - 1], title_match);
}

#[tokio::test(flavor = "multi_thread")]
async fn each_filter_narrows_and_filters_combine() {
    let app = TestApp::spawn().await;
    let base = complete_job("Role");
    let hr_male = publish_new_job(
        &app,
        A,
        &with(
            with(base.clone(), "department", json!("Human Resources")),
            "languages",
            json!(["English"]),
        ),
    )
    .await;
    let hr_addu = publish_new_job(
        &app,
        A,
        &with(
            with(
                with(
                    with(base.clone(), "languages", json!(["Arabic"])),
                    "department",
                    json!(" human  resources "),
                ),
                "location",
                json!("Addu City"),
            ),
            "employment_type",
            json!("contract"),
        ),
    )
    .await;
    let it_male = publish_new_job(
        &app,
        B,
        &with(
            with(base.clone(), "department", json!("IT")),
            "languages",
            json!(["ދިވެހި"]),
        ),
    )
    .await;
    let draft_hr = create_job(
        &app,
        A,
        &with(base.clone(), "department", json!("Human Resources")),
    )
    .await
    .0;

    let sorted = |mut v: Vec<Uuid>| {
        v.sort();
        v
    };
    let ids = async |path: String| sorted(item_ids(&get_ok(&app, &path, None).await));
    let public = |query: &str| format!("/v1/public/jobs?{query}");
    assert_eq!(
        ids(public("department=human-resources")).await,
        sorted(vec![hr_male, hr_addu])
    );
    assert_eq!(
        ids(public("location=male")).await,
        sorted(vec![hr_male, it_male])
    );
    assert_eq!(ids(public("location=addu-city")).await, [hr_addu]);
    assert_eq!(ids(public("language=dhivehi")).await, [it_male]);
    assert_eq!(ids(public("language=english")).await, [hr_male]);
    assert_eq!(ids(public("employment_type=contract")).await, [hr_addu]);
    assert_eq!(
        ids(public("employment_type=full_time")).await,
        sorted(vec![hr_male, it_male])
    );
    assert_eq!(ids(public(&format!("employer_id={B}"))).await, [it_male]);
    assert_eq!(
        ids(public(
            "department=human-resources&location=male&employment_type=full_time"
        ))
        .await,
        [hr_male]
    );
    assert_eq!(
        ids(public("department=human-resources&language=dhivehi")).await,
        Vec::<Uuid>::new()
    );
    assert_eq!(
        ids(public("department=no-such-department")).await,
        Vec::<Uuid>::new()
    );
    assert_eq!(
        ids(public(&format!(
            "employer_id={B}&department=human-resources"
        )))
        .await,
        Vec::<Uuid>::new()
    );

    // The employer's own list: every status, own jobs only, status filter too.
    let viewer = app.bearer(A, "viewer");
    let own = async |path: &str| sorted(item_ids(&get_ok(&app, path, Some(&viewer)).await));
    assert_eq!(
        own("/v1/jobs?department=human-resources").await,
        sorted(vec![hr_male, hr_addu, draft_hr])
    );
    assert_eq!(
        own("/v1/jobs?department=human-resources&status=draft").await,
        [draft_hr]
    );
    assert_eq!(own("/v1/jobs?department=it").await, Vec::<Uuid>::new());
    assert_eq!(
        own("/v1/jobs?language=english&location=male").await,
        sorted(vec![hr_male, draft_hr])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn public_reads_see_published_jobs_only_and_no_internal_fields() {
    let app = TestApp::spawn().await;
    let published = publish_new_job(&app, A, &complete_job("Published")).await;
    let draft = create_job(&app, A, &complete_job("Draft")).await.0;
    let closed = publish_new_job(&app, A, &complete_job("Closed")).await;
    job_action(&app, A, closed, "close").await;
    let other = publish_new_job(&app, B, &complete_job("Other employer")).await;

    let mut all = item_ids(&get_ok(&app, "/v1/public/jobs?limit=100", None).await);
    all.sort();
    let mut expected = vec![published, other];
    expected.sort();
    assert_eq!(all, expected);
    for q in ["Draft", "Closed"] {
        let found = get_ok(&app, &format!("/v1/public/jobs?q={q}"), None).await;
        assert_eq!(found["items"], json!([]), "{q}");
    }

    let job = get_ok(&app, &format!("/v1/public/jobs/{published}"), None).await;
    assert_eq!(job["title"], "Published");
    assert_eq!(job["employer"]["id"], A.to_string());
    assert!(job["employer"]["name"].is_string());
    assert!(job["published_at"].is_string());
    for internal in [
        "status",
        "version",
        "created_by",
        "created_at",
        "updated_at",
        "employer_id",
        "closed_at",
    ] {
        assert!(job.get(internal).is_none(), "{internal} leaked: {job}");
    }
    for id in [draft, closed, Uuid::new_v4()] {
        let response = app.get(&format!("/v1/public/jobs/{id}")).await;
        assert_problem(response, 404).await;
    }

    // The employer's own search never shows another employer's jobs.
    let own = item_ids(&get_ok(&app, "/v1/jobs?q=employer", Some(&app.bearer(A, "viewer"))).await);
    assert_eq!(own, Vec::<Uuid>::new());
    let theirs = item_ids(&get_ok(&app, "/v1/jobs", Some(&app.bearer(B, "viewer"))).await);
    assert_eq!(theirs, [other]);
}

#[tokio::test(flavor = "multi_thread")]
async fn facets_count_the_current_results() {
    let app = TestApp::spawn().await;
    let base = complete_job("Chef");
    publish_new_job(&app, A, &base).await;
    publish_new_job(&app, A, &with(base.clone(), "location", json!("Male'"))).await;
    publish_new_job(
        &app,
        B,
        &with(
            with(base.clone(), "department", json!("Kitchen")),
            "employment_type",
            json!("part_time"),
        ),
    )
    .await;
    create_job(
        &app,
        A,
        &with(base.clone(), "department", json!("Drafts only")),
    )
    .await;

    let found = get_ok(&app, "/v1/public/jobs?facets=true", None).await;
    let facets = &found["facets"];
    assert_eq!(
        facets["departments"],
        json!([
            {"slug": "engineering", "label": "Engineering", "count": 2},
            {"slug": "kitchen", "label": "Kitchen", "count": 1}
        ])
    );
    // One location whatever the spelling, labelled with the most common one.
    assert_eq!(
        facets["locations"],
        json!([{"slug": "male", "label": "Malé", "count": 3}])
    );
    assert_eq!(
        facets["languages"],
        json!([
            {"slug": "dhivehi", "label": "Dhivehi", "count": 3},
            {"slug": "english", "label": "English", "count": 3}
        ])
    );
    assert_eq!(
        facets["employment_types"],
        json!([
            {"slug": "full_time", "label": "Full-time", "count": 2},
            {"slug": "part_time", "label": "Part-time", "count": 1}
        ])
    );
    // Facets follow the filters; without `facets=true` there are none.
    let filtered = get_ok(&app, "/v1/public/jobs?facets=true&department=kitchen", None).await;
    assert_eq!(
        filtered["facets"]["departments"],
        json!([{"slug": "kitchen", "label": "Kitchen", "count": 1}])
    );
    assert_eq!(
        filtered["facets"]["employment_types"][0]["slug"],
        "part_time"
    );
    let plain = get_ok(&app, "/v1/public/jobs", None).await;
    assert!(plain.get("facets").is_none());
}

/// Follows `next_cursor` from `first`, running `between` after the first page.
async fn walk(
    app: &TestApp,
    first: &str,
    auth: Option<&str>,
    between: impl AsyncFnOnce(),
) -> Vec<Uuid> {
    let mut seen = Vec::new();
    let mut path = first.to_string();
    let mut between = Some(between);
    loop {
        let page = get_ok(app, &path, auth).await;
        seen.extend(item_ids(&page));
        if let Some(f) = between.take() {
            f().await;
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("{first}&cursor={cursor}"),
            None => return seen,
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn cursors_stay_stable_while_jobs_are_inserted() {
    let app = TestApp::spawn().await;
    let mut original = Vec::new();
    for i in 0..7 {
        // Titles that tie and differ in rank, so the keyset needs every part of the key.
        let title = if i % 2 == 0 {
            "Sous Chef"
        } else {
            "Sous Chef Chef"
        };
        original.push(publish_new_job(&app, A, &job(title, "Kitchen work.")).await);
    }
    for (first, auth) in [
        ("/v1/public/jobs?limit=3".to_string(), None),
        ("/v1/public/jobs?limit=2&q=chef".to_string(), None),
        (
            "/v1/jobs?limit=3&q=sous".to_string(),
            Some(app.bearer(A, "viewer")),
        ),
    ] {
        let inserted = std::sync::Mutex::new(Vec::new());
        let seen = walk(&app, &first, auth.as_deref(), async || {
            for _ in 0..3 {
                let id =
                    publish_new_job(&app, A, &job("Sous Chef Chef Chef", "Kitchen work.")).await;
                inserted.lock().unwrap().push(id);
            }
        })
        .await;
        let inserted = inserted.into_inner().unwrap();
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), seen.len(), "{first}: a job was served twice");
        for id in &original {
            assert!(seen.contains(id), "{first}: {id} was skipped");
        }
        assert!(
            seen.iter()
                .all(|id| original.contains(id) || inserted.contains(id))
        );
        original.extend(inserted);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_foreign_and_mismatched_cursors_are_400() {
    let app = TestApp::spawn().await;
    for _ in 0..3 {
        publish_new_job(&app, A, &complete_job("Chef")).await;
    }
    let page = get_ok(&app, "/v1/public/jobs?limit=1&q=chef", None).await;
    let cursor = page["next_cursor"].as_str().unwrap().to_string();
    // The same filters (and a different page size, or facets) accept it.
    get_ok(
        &app,
        &format!("/v1/public/jobs?limit=2&q=chef&facets=true&cursor={cursor}"),
        None,
    )
    .await;

    let mut forged = cursor.clone().into_bytes();
    let last = forged.len() - 1;
    forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
    let forged = String::from_utf8(forged).unwrap();
    let viewer = app.bearer(A, "viewer");
    let own_page = get_ok(&app, "/v1/jobs?limit=1&q=chef", Some(&viewer)).await;
    let own_cursor = own_page["next_cursor"].as_str().unwrap().to_string();
    let cases = [
        (format!("/v1/public/jobs?q=chef&cursor={forged}"), None),
        (
            "/v1/public/jobs?q=chef&cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into(),
            None,
        ),
        (format!("/v1/public/jobs?q=cook&cursor={cursor}"), None),
        (format!("/v1/public/jobs?cursor={cursor}"), None),
        (
            format!("/v1/public/jobs?q=chef&department=engineering&cursor={cursor}"),
            None,
        ),
        (format!("/v1/public/jobs?q=chef&cursor={own_cursor}"), None),
        (
            format!("/v1/jobs?q=chef&cursor={cursor}"),
            Some(viewer.clone()),
        ),
        (
            format!("/v1/jobs?q=chef&cursor={own_cursor}"),
            Some(app.bearer(B, "viewer")),
        ),
        (format!("/v1/taxonomy/departments?cursor={cursor}"), None),
    ];
    for (path, auth) in cases {
        let mut request = app.client.get(app.url(&path));
        if let Some(auth) = auth {
            request = request.header("authorization", auth);
        }
        let body = assert_problem(request.send().await.unwrap(), 400).await;
        assert_eq!(
            body["type"], "urn:jobs-api:problem:invalid-cursor",
            "{path}"
        );
    }
    for limit in ["0", "101", "x"] {
        let response = app.get(&format!("/v1/public/jobs?limit={limit}")).await;
        assert_problem(response, 400).await;
    }
}

#[derive(diesel::QueryableByName, Debug)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[tokio::test(flavor = "multi_thread")]
async fn the_public_role_reads_published_rows_only_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let published = publish_new_job(&app, A, &complete_job("Published")).await;
    create_job(&app, A, &complete_job("Draft")).await;
    let closed = publish_new_job(&app, A, &complete_job("Closed")).await;
    job_action(&app, A, closed, "close").await;
    create_job(&app, B, &complete_job("B's draft")).await;

    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    let public = "BEGIN; SET LOCAL ROLE jobs_public";
    let count = async |conn: &mut AsyncPgConnection, sql: &str| -> i64 {
        diesel::sql_query(sql)
            .get_result::<Count>(conn)
            .await
            .unwrap()
            .n
    };
    conn.batch_execute(public).await.unwrap();
    assert_eq!(count(&mut conn, "SELECT count(*) AS n FROM jobs").await, 1);
    assert_eq!(
        count(
            &mut conn,
            &format!("SELECT count(*) AS n FROM jobs WHERE id = '{published}'")
        )
        .await,
        1
    );
    // Only employers with a published job; only published search documents.
    assert_eq!(
        count(&mut conn, "SELECT count(*) AS n FROM employers").await,
        1
    );
    assert_eq!(
        count(&mut conn, "SELECT count(*) AS n FROM job_search_documents").await,
        1
    );
    conn.batch_execute("ROLLBACK").await.unwrap();

    // Even with a tenant set by mistake, the public role sees no draft: tenant policies are
    // for the tenant role only.
    conn.batch_execute(public).await.unwrap();
    conn.batch_execute(&format!(
        "SELECT set_config('app.employer_id', '{A}', true)"
    ))
    .await
    .unwrap();
    assert_eq!(count(&mut conn, "SELECT count(*) AS n FROM jobs").await, 1);
    conn.batch_execute("ROLLBACK").await.unwrap();

    // Nothing can be written, nor read beyond the public columns.
    for sql in [
        "SELECT created_by FROM jobs".to_string(),
        "SELECT version FROM jobs".to_string(),
        "SELECT settings FROM employers".to_string(),
        "SELECT * FROM outbox_events".to_string(),
        format!(
            "INSERT INTO jobs (id, employer_id, title, created_by) VALUES ('{}', '{A}', 'x', 'x')",
            Uuid::new_v4()
        ),
        "UPDATE jobs SET title = 'x'".to_string(),
        "DELETE FROM jobs".to_string(),
        "UPDATE employers SET name = 'x'".to_string(),
        "DELETE FROM job_search_documents".to_string(),
        format!(
            "INSERT INTO job_search_documents VALUES ('{closed}', '{A}', now(), 'x', 'x', \
             NULL, NULL, NULL, '{{}}', '{{}}', 'x')"
        ),
    ] {
        conn.batch_execute(public).await.unwrap();
        let outcome = conn.batch_execute(&sql).await;
        conn.batch_execute("ROLLBACK").await.unwrap();
        assert!(outcome.is_err(), "the public role must not run: {sql}");
    }

    // Only the trigger writes search documents: a tenant cannot even read them.
    for sql in [
        "SELECT count(*) FROM job_search_documents".to_string(),
        format!(
            "INSERT INTO job_search_documents VALUES ('{closed}', '{A}', now(), 'x', 'x', NULL, NULL, NULL, '{{}}', '{{}}', 'x')"
        ),
        "DELETE FROM job_search_documents".to_string(),
    ] {
        conn.batch_execute(&format!(
            "BEGIN; SET LOCAL ROLE jobs_app; SELECT set_config('app.employer_id', '{A}', true)"
        ))
        .await
        .unwrap();
        let outcome = conn.batch_execute(&sql).await;
        conn.batch_execute("ROLLBACK").await.unwrap();
        assert!(outcome.is_err(), "the tenant role must not run: {sql}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn edits_to_published_jobs_are_searchable_at_once() {
    let app = TestApp::spawn().await;
    let id = publish_new_job(&app, A, &job("Night Auditor", "Balance the day.")).await;
    let response = app
        .client
        .patch(app.url(&format!("/v1/jobs/{id}")))
        .header("authorization", app.bearer(A, "recruiter"))
        .header("if-match", "*")
        .json(&json!({"title": "Front Desk Agent", "department": "Front Office", "languages": ["Russian"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let search = async |query: &str| {
        item_ids(&get_ok(&app, &format!("/v1/public/jobs?{query}"), None).await)
    };
    assert_eq!(search("q=auditor").await, Vec::<Uuid>::new());
    assert_eq!(search("q=desk").await, [id]);
    assert_eq!(search("department=engineering").await, Vec::<Uuid>::new());
    assert_eq!(
        search("department=front-office&language=russian").await,
        [id]
    );
    job_action(&app, A, id, "close").await;
    assert_eq!(search("q=desk").await, Vec::<Uuid>::new());
}

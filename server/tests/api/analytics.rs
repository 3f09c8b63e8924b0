//! Hiring analytics against the real server, PostgreSQL and Redis: views counted without a
//! write per view and folded once (in process and through Redis, including a fold a stopped
//! worker left behind), bots, HEAD and revalidations not counted; the funnel's counts,
//! conversions and times against a hand-computed scenario; folds that count nothing twice;
//! tenancy and roles; CSV read by Python's `csv`.

use jobs_server::analytics::{rollup, worker::fold_funnel};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply_ok, assert_problem, create_applicant, execute, published_job, run_python,
    submission,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x5d3c_0000_0000_4000_8000_0000_0000_0a01);
const OTHER: Uuid = Uuid::from_u128(0x5d3c_0000_0000_4000_8000_0000_0000_0a02);

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const CHROME: &str = "Mozilla/5.0 (Macintosh) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0";
const GOOGLEBOT: &str = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

async fn view(
    app: &TestApp,
    method: Method,
    job: Uuid,
    ip: &str,
    agent: &str,
) -> reqwest::Response {
    app.client
        .request(method, app.url(&format!("/v1/public/jobs/{job}")))
        .header("x-forwarded-for", ip)
        .header("user-agent", agent)
        .send()
        .await
        .unwrap()
}

async fn report(app: &TestApp, path: &str, employer: Uuid, role: &str) -> Value {
    let response = app
        .call(Method::GET, path)
        .role(employer, role)
        .send()
        .await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

/// Views from two clients (one of them twice), a bot, a HEAD and a 304 revalidation.
async fn visit(app: &TestApp, job: Uuid) {
    for (ip, agent) in [
        ("203.0.113.7", FIREFOX),
        ("203.0.113.7", FIREFOX),
        ("198.51.100.20", CHROME),
    ] {
        assert_eq!(view(app, Method::GET, job, ip, agent).await.status(), 200);
    }
    assert_eq!(
        view(app, Method::GET, job, "66.249.66.1", GOOGLEBOT)
            .await
            .status(),
        200
    );
    assert_eq!(
        view(app, Method::HEAD, job, "203.0.113.9", FIREFOX)
            .await
            .status(),
        200
    );
    let tag = view(app, Method::GET, job, "203.0.113.7", FIREFOX)
        .await
        .headers()["etag"]
        .to_str()
        .unwrap()
        .to_string();
    let revalidated = app
        .client
        .get(app.url(&format!("/v1/public/jobs/{job}")))
        .header("x-forwarded-for", "203.0.113.7")
        .header("user-agent", FIREFOX)
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn views_from_two_clients_are_counted_once_after_a_flush_and_bots_are_not() {
    let app = TestApp::spawn_with(&[("JOBS_TRUSTED_PROXIES", "127.0.0.1/32")]).await;
    let job = published_job(&app, EMPLOYER, "Dive Instructor").await;
    visit(&app, job).await;
    // Nothing reaches PostgreSQL before a flush: the views are only counted.
    let path = format!("/v1/jobs/{job}/analytics");
    let before = report(&app, &path, EMPLOYER, "recruiter").await;
    assert_eq!(before["totals"]["views"], 0);

    let flushed = rollup::flush(&app.state.views, &app.analytics)
        .await
        .unwrap();
    assert_eq!(
        flushed.views, 4,
        "three GETs and the one before the revalidation"
    );
    // A second flush finds nothing more: nothing is counted twice.
    rollup::flush(&app.state.views, &app.analytics)
        .await
        .unwrap();
    let after = report(&app, &path, EMPLOYER, "viewer").await;
    assert_eq!(after["totals"]["views"], 4, "{after}");
    assert_eq!(after["totals"]["unique_visitors"], 2, "{after}");
    let today = after["series"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(today["views"], 4);
    assert_eq!(today["unique_visitors"], 2);
    // Across all jobs the same, from the employer's own day rows.
    let all = report(&app, "/v1/analytics/funnel", EMPLOYER, "recruiter").await;
    assert_eq!(all["totals"]["views"], 4, "{all}");
    assert_eq!(all["totals"]["unique_visitors"], 2, "{all}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn views_go_through_redis_and_a_fold_left_by_a_stopped_worker_counts_once() {
    let prefix = format!("jobs:test:{}:", Uuid::new_v4().simple());
    let app = TestApp::spawn_with(&[
        ("JOBS_TRUSTED_PROXIES", "127.0.0.1/32"),
        ("JOBS_REDIS_URL", "redis://127.0.0.1:6379"),
        ("JOBS_ANALYTICS_PREFIX", &prefix),
    ])
    .await;
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    let redis = app.state.views.redis().expect("Redis is configured");

    // A worker takes the counters and stops before PostgreSQL has them…
    visit(&app, job).await;
    assert!(app.state.views.push().await, "Redis took the counts");
    let lost = redis.take_folds().await.unwrap();
    assert_eq!(lost.len(), 1);
    // …another took them, added them, and stopped before it could say so.
    visit(&app, job).await;
    assert!(app.state.views.push().await);
    let added = redis.take_folds().await.unwrap();
    let second = added.iter().find(|f| f.id != lost[0].id).unwrap();
    assert!(
        app.analytics
            .add_views(second.id, &second.counts)
            .await
            .unwrap()
    );

    let flushed = rollup::flush(&app.state.views, &app.analytics)
        .await
        .unwrap();
    assert!(flushed.through_redis);
    assert_eq!(flushed.views, 4, "only the fold PostgreSQL did not have");
    rollup::flush(&app.state.views, &app.analytics)
        .await
        .unwrap();
    let after = report(
        &app,
        &format!("/v1/jobs/{job}/analytics"),
        EMPLOYER,
        "recruiter",
    )
    .await;
    assert_eq!(after["totals"]["views"], 8, "{after}");
    // The same two visitors both times: the HyperLogLog counts them once.
    assert_eq!(after["totals"]["unique_visitors"], 2, "{after}");
    assert!(
        redis.take_folds().await.unwrap().is_empty(),
        "every fold is marked done"
    );

    // A batch Redis took but whose answer was lost is sent again under its id: added once.
    let mut batch = jobs_server::analytics::views::Pending::default();
    let hour = chrono::Utc::now()
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc();
    batch.views.insert((EMPLOYER, job, hour), 5);
    let id = Uuid::new_v4();
    redis.push(id, &batch).await.unwrap();
    redis.push(id, &batch).await.unwrap();
    let flushed = rollup::flush(&app.state.views, &app.analytics)
        .await
        .unwrap();
    assert_eq!(flushed.views, 5);
    let all = report(&app, "/v1/analytics/funnel", EMPLOYER, "recruiter").await;
    assert_eq!(all["totals"]["views"], 13, "{all}");
    assert_eq!(all["totals"]["unique_visitors"], 2, "{all}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn careers_pages_count_views_and_counting_can_be_switched_off() {
    let app = TestApp::spawn_with(&[("JOBS_TRUSTED_PROXIES", "127.0.0.1/32")]).await;
    let auth = app.bearer(EMPLOYER, "employer_admin");
    let current = app
        .call(Method::GET, "/v1/employer")
        .auth(Some(&auth))
        .send()
        .await;
    let etag = current.headers()["etag"].to_str().unwrap().to_string();
    let patched = app
        .call(Method::PATCH, "/v1/employer")
        .auth(Some(&auth))
        .if_match(Some(&etag))
        .json(&json!({"name": "Coral Bay", "slug": "coral-bay-analytics"}))
        .send()
        .await;
    assert_eq!(patched.status(), 200);
    let job = published_job(&app, EMPLOYER, "Front Office Manager").await;
    let page = app
        .client
        .get(app.url(&format!("/careers/coral-bay-analytics/jobs/{job}")))
        .header("user-agent", FIREFOX)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let flushed = rollup::flush(&app.state.views, &app.analytics)
        .await
        .unwrap();
    assert_eq!(flushed.views, 1);

    let off = TestApp::spawn_with(&[("JOBS_ANALYTICS_VIEWS", "off")]).await;
    let job = published_job(&off, EMPLOYER, "Gardener").await;
    assert_eq!(
        view(&off, Method::GET, job, "203.0.113.7", FIREFOX)
            .await
            .status(),
        200
    );
    let flushed = rollup::flush(&off.state.views, &off.analytics)
        .await
        .unwrap();
    assert_eq!(flushed.views, 0);
}

/// Moves an application to `status` (the clock is set afterwards, in the outbox).
async fn move_to(app: &TestApp, id: Uuid, status: &str) {
    let response = app
        .call(Method::PATCH, &format!("/v1/applications/{id}"))
        .role(EMPLOYER, "recruiter")
        .header("if-match", "*")
        .json(&json!({"status": status}))
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
}

/// The scenario: four applications made two days ago, moved at known hours after.
///   A careers_page (utm linkedin): screening +1h, interview +3h, offer +6h, hired +10h
///   B widget:                      screening +2h, interview +6h, rejected +7h
///   C public API:                  screening +4h, rejected +5h
///   D internal:                    stays new
async fn scenario(app: &TestApp) -> (Uuid, [Uuid; 4]) {
    let job = published_job(app, EMPLOYER, "Sous Chef").await;
    let mut a_body = submission("Aminath", "aminath@example.com");
    a_body["source"] = json!("careers_page");
    a_body["utm_source"] = json!("linkedin");
    let a = apply_ok(app, job, &a_body).await;
    let mut b_body = submission("Bilal", "bilal@example.com");
    b_body["source"] = json!("widget");
    let b = apply_ok(app, job, &b_body).await;
    let c = apply_ok(app, job, &submission("Chen", "chen@example.com")).await;
    let (applicant, _, _) = create_applicant(
        app,
        EMPLOYER,
        &json!({"name": "Dhon", "email": "dhon@example.com"}),
    )
    .await;
    let created = app
        .call(Method::POST, &format!("/v1/jobs/{job}/applications"))
        .role(EMPLOYER, "recruiter")
        .fresh_key()
        .json(&json!({"applicant_id": applicant}))
        .send()
        .await;
    assert_eq!(created.status(), 201, "{:?}", created.text().await);
    let d: Uuid = created.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    for (id, path) in [
        (a, &["screening", "interview", "offer", "hired"][..]),
        (b, &["screening", "interview", "rejected"][..]),
        (c, &["screening", "rejected"][..]),
    ] {
        for status in path {
            move_to(app, id, status).await;
        }
    }
    // The clock: creation at t0 (two days ago), each move at its hour.
    let t0 = "date_trunc('hour', now()) - interval '2 days'";
    execute(
        &app.db.url,
        &format!(
            "UPDATE outbox_events SET occurred_at = {t0} \
             WHERE event_type = 'application.created' AND entity_id IN ('{a}', '{b}', '{c}', '{d}')"
        ),
    )
    .await;
    let moves = [
        (a, "screening", 1),
        (a, "interview", 3),
        (a, "offer", 6),
        (a, "hired", 10),
        (b, "screening", 2),
        (b, "interview", 6),
        (b, "rejected", 7),
        (c, "screening", 4),
        (c, "rejected", 5),
    ];
    for (id, to, hours) in moves {
        execute(
            &app.db.url,
            &format!(
                "UPDATE outbox_events SET occurred_at = {t0} + interval '{hours} hours' \
                 WHERE event_type = 'application.status.changed' AND entity_id = '{id}' \
                   AND payload->>'to' = '{to}'"
            ),
        )
        .await;
    }
    (job, [a, b, c, d])
}

/// Folds the whole outbox: a fold reads only events below every open transaction (other
/// tests' included), and waits for a fold that holds the checkpoint to end.
async fn fold(app: &TestApp) {
    for _ in 0..500 {
        fold_funnel(&app.analytics).await.unwrap();
        if app.analytics.funnel_lag().await.unwrap() == 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("the fold did not catch up with the outbox");
}

fn seconds(hours: f64) -> f64 {
    hours * 3600.0
}

fn close(value: &Value, expected: f64) {
    let got = value.as_f64().unwrap_or(f64::NAN);
    assert!((got - expected).abs() < 1e-6, "{got} != {expected}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_funnel_matches_a_hand_computed_scenario_and_folds_count_nothing_twice() {
    let app = TestApp::spawn().await;
    let (job, _) = scenario(&app).await;

    // A fold stopped mid-way (its task aborted) leaves nothing half-done…
    let store = app.analytics.clone();
    let stopped = tokio::spawn(async move { fold_funnel(&store).await });
    tokio::task::yield_now().await;
    stopped.abort();
    let _ = stopped.await;
    // …and running it again (once its transaction is rolled back), and again, counts each
    // event once.
    fold(&app).await;
    assert_eq!(
        fold_funnel(&app.analytics).await.unwrap(),
        Some(0),
        "nothing is left"
    );

    for path in [
        format!("/v1/jobs/{job}/analytics"),
        "/v1/analytics/funnel".to_string(),
        "/v1/analytics/funnel?department=engineering&location=Mal%C3%A9&job_status=published"
            .to_string(),
    ] {
        let r = report(&app, &path, EMPLOYER, "recruiter").await;
        let t = &r["totals"];
        assert_eq!(
            [
                &t["applications"],
                &t["screening"],
                &t["interview"],
                &t["offer"],
                &t["hired"],
                &t["rejected"],
                &t["offers_accepted"]
            ],
            [
                &json!(4),
                &json!(3),
                &json!(2),
                &json!(1),
                &json!(1),
                &json!(2),
                &json!(1)
            ],
            "{path}: {r}"
        );
        close(&t["hire_ratio"], 0.25);
        close(&t["offer_acceptance_ratio"], 1.0);
        let rates: Vec<&Value> = r["conversions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| &c["rate"])
            .collect();
        assert_eq!(rates[0], &Value::Null, "no views: no rate");
        close(rates[1], 0.75);
        close(rates[2], 2.0 / 3.0);
        close(rates[3], 0.5);
        close(rates[4], 1.0);
        // new: A 1h, B 2h, C 4h (D has not left it); screening: A 2h, B 4h, C 1h;
        // interview: A 3h, B 1h; offer: A 4h. p90 interpolates (percentile_cont).
        let times = r["stage_times"].as_array().unwrap();
        let expect = [
            ("new", 3, 2.0, 3.6),
            ("screening", 3, 2.0, 3.6),
            ("interview", 2, 2.0, 2.8),
            ("offer", 1, 4.0, 4.0),
        ];
        for (got, (stage, count, median, p90)) in times.iter().zip(expect) {
            assert_eq!(got["stage"], stage);
            assert_eq!(got["count"], count, "{stage}");
            close(&got["median_seconds"], seconds(median));
            close(&got["p90_seconds"], seconds(p90));
        }
        assert_eq!(r["time_to_hire"]["count"], 1);
        close(&r["time_to_hire"]["median_seconds"], seconds(10.0));
        let sources: Vec<(String, Value, u64)> = r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["source"].as_str().unwrap().to_string(),
                    s["utm_source"].clone(),
                    s["applications"].as_u64().unwrap(),
                )
            })
            .collect();
        for expected in [
            ("careers_page", json!("linkedin")),
            ("widget", Value::Null),
            ("public_api", Value::Null),
            ("internal", Value::Null),
        ] {
            assert!(
                sources.contains(&(expected.0.to_string(), expected.1.clone(), 1)),
                "{expected:?} in {sources:?}"
            );
        }
        // The cohort: all four were made two days ago.
        let series = r["series"].as_array().unwrap();
        assert_eq!(series.len(), 30);
        assert_eq!(series[27]["applications"], 4, "{path}");
        assert_eq!(series[27]["hired"], 1);
    }

    // Across all jobs beyond 10,000 applications, times come from the employer's days'
    // histograms: the same within 1 %, and the same counts.
    let scope = jobs_server::usecases::analytics::scope(&Default::default(), None).unwrap();
    // A tenant transaction of the employer (the handle the mailer reads recipients with).
    let mut tx = app
        .mailbox
        .begin_for(&app.state.db, EMPLOYER)
        .await
        .unwrap();
    let exact = tx.analytics_report(&scope, false).await.unwrap();
    let binned = tx
        .analytics_report_exact_up_to(&scope, false, 0)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(binned.totals.counts.applications, 4);
    assert_eq!(binned.totals.offers_accepted, 1);
    assert_eq!(exact.totals.times.len(), binned.totals.times.len());
    for (e, b) in exact.totals.times.iter().zip(&binned.totals.times) {
        match (e, b) {
            (Some(e), Some(b)) => assert!((e - b).abs() <= e.abs() * 0.01 + 1e-9, "{e} vs {b}"),
            (None, None) => {}
            other => panic!("{other:?}"),
        }
    }

    // Filters that select no job, and a range before the applications: nothing.
    let none = report(
        &app,
        "/v1/analytics/funnel?department=Spa",
        EMPLOYER,
        "recruiter",
    )
    .await;
    assert_eq!(none["totals"]["applications"], 0);
    let past = report(
        &app,
        "/v1/analytics/funnel?from=2025-01-01&to=2025-03-31&interval=month",
        EMPLOYER,
        "recruiter",
    )
    .await;
    assert_eq!(past["totals"]["applications"], 0);
    assert_eq!(past["series"].as_array().unwrap().len(), 3);
    assert_eq!(past["totals"]["hire_ratio"], Value::Null);

    let sources = report(&app, "/v1/analytics/sources", EMPLOYER, "viewer").await;
    assert_eq!(sources["items"].as_array().unwrap().len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_are_the_employers_own_and_bad_ranges_say_how_to_fix_them() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    // Another employer's job is not found; an applicant may not read analytics.
    assert_problem(
        app.call(Method::GET, &format!("/v1/jobs/{job}/analytics"))
            .role(OTHER, "employer_admin")
            .send()
            .await,
        404,
    )
    .await;
    assert_problem(
        app.call(Method::GET, "/v1/analytics/funnel")
            .auth(Some(&format!(
                "Bearer {}",
                app.token(None, &["applicant"], "applicant-1")
            )))
            .send()
            .await,
        403,
    )
    .await;
    assert_problem(
        app.call(Method::GET, "/v1/analytics/sources").send().await,
        401,
    )
    .await;
    let swapped = assert_problem(
        app.call(
            Method::GET,
            "/v1/analytics/funnel?from=2026-12-01&to=2026-11-01",
        )
        .role(EMPLOYER, "recruiter")
        .send()
        .await,
        400,
    )
    .await;
    assert!(
        swapped.to_string().contains("on or before `to`"),
        "{swapped}"
    );
    let long = assert_problem(
        app.call(
            Method::GET,
            "/v1/analytics/funnel?from=2020-01-01&to=2026-11-01",
        )
        .role(EMPLOYER, "recruiter")
        .send()
        .await,
        400,
    )
    .await;
    assert!(long.to_string().contains("1,096 days"), "{long}");
    let ancient = assert_problem(
        app.call(Method::GET, "/v1/analytics/sources?from=1999-12-31")
            .role(EMPLOYER, "recruiter")
            .send()
            .await,
        400,
    )
    .await;
    assert!(
        ancient.to_string().contains("years 2000 to 9999"),
        "{ancient}"
    );
    assert_problem(
        app.call(Method::GET, "/v1/analytics/funnel?interval=year")
            .role(EMPLOYER, "recruiter")
            .send()
            .await,
        400,
    )
    .await;
    assert_problem(
        app.call(Method::GET, "/v1/analytics/funnel")
            .role(EMPLOYER, "recruiter")
            .header("accept", "image/png")
            .send()
            .await,
        406,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_answer_csv_that_pythons_csv_module_reads() {
    let app = TestApp::spawn().await;
    let (job, _) = scenario(&app).await;
    fold(&app).await;
    let read = |path: String| {
        let app = &app;
        async move {
            let response = app
                .call(Method::GET, &path)
                .role(EMPLOYER, "recruiter")
                .header("accept", "text/csv")
                .send()
                .await;
            assert_eq!(response.status(), 200, "{path}");
            let content_type = response.headers()["content-type"]
                .to_str()
                .unwrap()
                .to_string();
            assert!(content_type.starts_with("text/csv"), "{content_type}");
            assert!(
                response.headers()["vary"]
                    .to_str()
                    .unwrap()
                    .contains("Accept")
            );
            let body = response.bytes().await.unwrap();
            run_python(
                "import csv, io, json, sys\n\
                 rows = list(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline='')))\n\
                 print(json.dumps(rows))",
                &[],
                &body,
            )
        }
    };
    let rows = read(format!("/v1/jobs/{job}/analytics?interval=week")).await;
    let rows = rows.as_array().unwrap();
    let total: u64 = rows
        .iter()
        .map(|r| r["applications"].as_str().unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(total, 4);
    assert!(rows[0]["period_start"].as_str().unwrap().starts_with("20"));
    let sources = read("/v1/analytics/sources".to_string()).await;
    let linkedin = sources
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["utm_source"] == "linkedin")
        .unwrap();
    assert_eq!(linkedin["source"], "careers_page");
    assert_eq!(linkedin["hired"], "1");
    assert_eq!(linkedin["hire_ratio"], "1.0");
}

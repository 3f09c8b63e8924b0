//! The employer's public profile (slug, brand, about) and the hosted careers site, over HTTP
//! against a real server and database: pages render the employer's published jobs, search
//! and page, carry a strict CSP and revalidate; the apply form works without JavaScript.

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::*;

const EMPLOYER: Uuid = Uuid::from_u128(0x29_0001);
const OTHER: Uuid = Uuid::from_u128(0x29_0002);

/// PATCHes the employer as its admin; returns the answer.
async fn patch_employer(app: &TestApp, employer: Uuid, change: Value) -> reqwest::Response {
    let auth = app.bearer(employer, "employer_admin");
    let current = app
        .call(Method::GET, "/v1/employer")
        .auth(Some(&auth))
        .send()
        .await;
    let etag = current.headers()["etag"].to_str().unwrap().to_string();
    app.call(Method::PATCH, "/v1/employer")
        .auth(Some(&auth))
        .if_match(Some(&etag))
        .json(&change)
        .send()
        .await
}

async fn html(
    app: &TestApp,
    path: &str,
) -> (reqwest::StatusCode, reqwest::header::HeaderMap, String) {
    let response = app.get(path).await;
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

/// An attribute's value as a browser reads it (the templates escape `/` and `&`).
fn unescape(value: &str) -> String {
    value.replace("&#x2f;", "/").replace("&amp;", "&")
}

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slug_brand_and_about_make_a_public_profile_and_old_slugs_redirect() {
    let app = TestApp::spawn().await;
    let response = patch_employer(
        &app,
        EMPLOYER,
        json!({
            "name": "Lagoon Resorts", "slug": "lagoon-resorts", "brand_color": "#ffd700",
            "about": "Resorts <script>alert(1)</script> across the atolls.\n\nSecond paragraph.",
        }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let employer: Value = response.json().await.unwrap();
    assert_eq!(employer["slug"], "lagoon-resorts");
    assert!(
        employer["careers_url"]
            .as_str()
            .unwrap()
            .ends_with("/careers/lagoon-resorts")
    );
    // A light brand colour gets black text, with its contrast ratio.
    assert_eq!(employer["brand_text_color"], "#000000");
    assert!(employer["brand_contrast"].as_f64().unwrap() >= 4.5);
    let about = employer["about_html"].as_str().unwrap();
    assert!(!about.contains("<script"), "{about}");
    assert!(about.contains("&lt;script&gt;") && about.contains("<p>Second paragraph.</p>"));

    // Public, with no job published yet.
    let profile = get_ok(&app, "/v1/public/employers/lagoon-resorts", None).await;
    assert_eq!(profile["name"], "Lagoon Resorts");
    assert_eq!(profile["published_jobs"], 0);
    assert_eq!(profile["logo_url"], Value::Null);
    published_job(&app, EMPLOYER, "Chef de Partie").await;
    let profile = get_ok(&app, "/v1/public/employers/lagoon-resorts", None).await;
    assert_eq!(profile["published_jobs"], 1);

    // A bad slug says how to write one; a taken one is a conflict.
    let response = patch_employer(&app, OTHER, json!({"slug": "Lagoon Resorts"})).await;
    assert_problem(response, 422).await;
    let response = patch_employer(&app, OTHER, json!({"slug": "a--b"})).await;
    let problem = assert_problem(response, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "/slug");
    let response = patch_employer(&app, OTHER, json!({"slug": "lagoon-resorts"})).await;
    assert_problem(response, 409).await;

    // A new slug: the old one redirects, and stays this employer's.
    let response = patch_employer(&app, EMPLOYER, json!({"slug": "lagoon"})).await;
    assert_eq!(response.status(), 200);
    let client = no_redirects();
    let moved = client
        .get(app.url("/v1/public/employers/lagoon-resorts"))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), 308);
    assert!(
        moved.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("/v1/public/employers/lagoon")
    );
    let moved = client
        .get(app.url("/careers/lagoon-resorts?q=chef"))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), 308);
    assert_eq!(moved.headers()["location"], "/careers/lagoon?q=chef");
    let response = patch_employer(&app, OTHER, json!({"slug": "lagoon-resorts"})).await;
    assert_problem(response, 409).await;

    // The page switched off: 404 everywhere here.
    let response = patch_employer(
        &app,
        EMPLOYER,
        json!({"settings": {"careers_page_enabled": false}}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let employer: Value = response.json().await.unwrap();
    assert_eq!(employer["careers_url"], Value::Null);
    assert_problem(app.get("/v1/public/employers/lagoon").await, 404).await;
    assert_eq!(app.get("/careers/lagoon").await.status(), 404);
    assert_eq!(
        app.get("/v1/public/employers/lagoon-resorts")
            .await
            .status(),
        404
    );
    assert_problem(app.get("/v1/public/employers/nobody-here").await, 404).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_careers_page_lists_searches_and_pages_with_a_strict_policy() {
    let app = TestApp::spawn().await;
    let response = patch_employer(
        &app,
        EMPLOYER,
        json!({"name": "Atoll Hotels", "slug": "atoll-hotels", "brand_color": "#0a7ea4"}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let mut ids = Vec::new();
    for n in 0..23 {
        ids.push(published_job(&app, EMPLOYER, &format!("Receptionist {n}")).await);
    }
    let chef = published_job(&app, EMPLOYER, "Sous Chef").await;
    let foreign = published_job(&app, OTHER, "Foreign Chef").await;

    let (status, headers, page) = html(&app, "/careers/atoll-hotels").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    let csp = headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'nonce-"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap()
        .to_string();
    // Every script and style element carries this response's nonce, or is data (JSON-LD).
    for tag in ["<script", "<style"] {
        for part in page.split(tag).skip(1) {
            let head = part.split('>').next().unwrap();
            assert!(head.contains(&format!("nonce=\"{nonce}\"")), "{tag}{head}");
        }
    }
    // Nothing is loaded from another origin.
    for attr in ["src=\"http", "href=\"http", "src=\"//", "href=\"//"] {
        assert!(!page.contains(attr), "{attr}");
    }
    assert!(page.contains("--brand: #0a7ea4; --brand-text: #ffffff"));
    assert!(page.contains("Atoll Hotels") && page.contains("Sous Chef"));
    assert!(!page.contains("Foreign Chef"));
    // 24 jobs: a page of 20 and a link to the rest.
    assert_eq!(page.matches("<li>").count(), 20);
    let next = page
        .split("rel=\"next\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(unescape)
        .unwrap();
    let (_, _, second) = html(&app, &next).await;
    assert_eq!(second.matches("<li>").count(), 4);
    let listed = |page: &str| {
        ids.iter()
            .chain([&chef])
            .filter(|id| page.contains(&format!("/jobs/{id}\"")))
            .count()
    };
    assert_eq!(listed(&page) + listed(&second), 24);

    // Revalidation: the tag does not depend on the nonce.
    let etag = headers["etag"].to_str().unwrap();
    let again = app
        .client
        .get(app.url("/careers/atoll-hotels"))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    // Search finds the chef, marked (typos as in public search: "recepsionist" below). Under a
    // loaded test run the index may take longer than a request's patience (250 ms) to read the
    // 25 jobs, and the page then searches PostgreSQL (no marks): this is about the page, so it
    // waits for the index first.
    assert!(
        app.state
            .public_index
            .settled_position(std::time::Duration::from_secs(20))
            .await
            .is_some()
    );
    let (status, _, found) = html(&app, "/careers/atoll-hotels?q=chef").await;
    assert_eq!(status, 200);
    assert!(found.contains("<mark>Chef</mark>"), "{found}");
    assert!(!found.contains("Receptionist 1"));
    // A query past the bounds is a page saying so, not "not found".
    let long = "chef ".repeat(100);
    let (status, _, refused) = html(&app, &format!("/careers/atoll-hotels?q={long}")).await;
    assert_eq!(status, 400);
    assert!(refused.contains("cannot be run"), "{refused}");
    let (_, _, found) = html(&app, "/careers/atoll-hotels?q=recepsionist").await;
    assert!(found.contains("<mark>Receptionist</mark>"), "{found}");
    assert!(!found.contains("Sous Chef"));

    // The job page: JSON-LD for search engines and the form; another employer's job is not
    // found under this slug.
    let (status, _, job) = html(&app, &format!("/careers/atoll-hotels/jobs/{chef}")).await;
    assert_eq!(status, 200);
    assert!(job.contains("<script type=\"application/ld+json\">"));
    assert!(job.contains("\"@type\":\"JobPosting\""));
    assert!(job.contains(&format!(
        "action=\"/careers/atoll-hotels/jobs/{chef}/apply\""
    )));
    for field in [
        "name=\"name\"",
        "name=\"email\"",
        "name=\"phone\"",
        "name=\"consent\"",
        "name=\"cover_letter\"",
    ] {
        assert!(job.contains(field), "{field}");
    }
    let (status, _, _) = html(&app, &format!("/careers/atoll-hotels/jobs/{foreign}")).await;
    assert_eq!(status, 404);
    let (status, _, _) = html(&app, "/careers/atoll-hotels/jobs/not-a-uuid").await;
    assert_eq!(status, 404);
    let (status, headers, missing) = html(&app, "/careers/no-such-employer").await;
    assert_eq!(status, 404);
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert!(missing.contains("Page not found"));
    // The stylesheet is the API's own.
    let css = page
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(unescape)
        .unwrap();
    let response = app.get(&css).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/css; charset=utf-8"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_apply_form_works_without_javascript_once_and_says_what_to_fix() {
    let app = TestApp::spawn().await;
    let response = patch_employer(&app, EMPLOYER, json!({"slug": "reef-dive"})).await;
    assert_eq!(response.status(), 200);
    let job = publish_new_job(&app, EMPLOYER, &{
        let mut job = complete_job("Dive Instructor");
        job["description"] =
            json!("<p>Teach.</p><script>alert('x')</script><img src=x onerror=alert(1)>");
        job["description_format"] = json!("html");
        job
    })
    .await;
    let (_, _, page) = html(&app, &format!("/careers/reef-dive/jobs/{job}")).await;
    assert!(page.contains("<p>Teach.</p>"));
    assert!(
        !page.contains("alert('x')") && !page.contains("onerror"),
        "{page}"
    );

    // A link with a campaign: the form carries it to the application.
    let (_, _, linked) = html(
        &app,
        &format!("/careers/reef-dive/jobs/{job}?utm_source=dive-mag"),
    )
    .await;
    assert!(
        linked.contains("name=\"utm_source\" value=\"dive-mag\""),
        "{linked}"
    );
    let client = no_redirects();
    let url = app.url(&format!("/careers/reef-dive/jobs/{job}/apply"));
    let form = [
        ("name", "Mariyam Shifa"),
        ("email", "mariyam.shifa@example.com"),
        ("phone", "+960 777 0000"),
        ("cover_letter", "Ten years of teaching."),
        ("consent", "true"),
        ("utm_source", "dive-mag"),
    ];
    // Twice, as a double click would: one application, both answered with the thank-you page.
    for _ in 0..2 {
        let response = client.post(&url).form(&form).send().await.unwrap();
        assert_eq!(response.status(), 303);
        assert_eq!(
            response.headers()["location"],
            format!("/careers/reef-dive/jobs/{job}/applied").as_str()
        );
    }
    let (status, _, thanks) = html(&app, &format!("/careers/reef-dive/jobs/{job}/applied")).await;
    assert_eq!(status, 200);
    assert!(thanks.contains("Dive Instructor"));
    let list = get_ok(
        &app,
        &format!("/v1/jobs/{job}/applications"),
        Some(&app.bearer(EMPLOYER, "recruiter")),
    )
    .await;
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{list}");
    assert_eq!(items[0]["applicant"]["email"], "mariyam.shifa@example.com");
    assert_eq!(items[0]["submission_count"], 1);
    assert_eq!(items[0]["cover_letter"], "Ten years of teaching.");
    assert_eq!(items[0]["source"], "careers_page");
    assert_eq!(items[0]["utm_source"], "dive-mag");
    // The JSON operation records where it is sent from too (the widget says so).
    let id = apply_ok(
        &app,
        job,
        &json!({
            "name": "Ahmed Rasheed", "email": "ahmed.rasheed@example.com",
            "consent": {"granted": true, "policy_version": "2026-01"},
            "source": "widget", "utm_source": "partner-board",
        }),
    )
    .await;
    let application = get_ok(
        &app,
        &format!("/v1/applications/{id}"),
        Some(&app.bearer(EMPLOYER, "recruiter")),
    )
    .await;
    assert_eq!(application["source"], "widget");
    assert_eq!(application["utm_source"], "partner-board");

    // Without consent and with a bad address: the form again, 422, values kept, errors named.
    let response = client
        .post(&url)
        .form(&[("name", "Ali <b>Rasheed</b>"), ("email", "not-an-address")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let content_type = response.headers()["content-type"].clone();
    let again = response.text().await.unwrap();
    assert!(
        content_type.to_str().unwrap().starts_with("text/html"),
        "{again}"
    );
    assert!(again.contains("role=\"alert\""));
    assert!(
        again.contains("href=\"#consent\"") && again.contains("href=\"#email\""),
        "{again}"
    );
    assert!(
        again.contains("value=\"Ali &lt;b&gt;Rasheed&lt;&#x2f;b&gt;\"")
            || again.contains("value=\"Ali &lt;b&gt;Rasheed&lt;/b&gt;\""),
        "{again}"
    );
    let list = get_ok(
        &app,
        &format!("/v1/jobs/{job}/applications"),
        Some(&app.bearer(EMPLOYER, "recruiter")),
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 2);

    // A closed job says so on the form.
    job_action(&app, EMPLOYER, job, "close").await;
    let response = client.post(&url).form(&form).send().await.unwrap();
    assert_eq!(response.status(), 404);
}

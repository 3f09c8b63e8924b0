//! Job postings in more than one language (issue: translations, negotiated public reads, search
//! per language): a job in English with a Dhivehi translation answers each reader in their
//! language, its translations are found by search with and without fili, and they reach the
//! changes feed, the JSON-LD, the RSS feed and the careers site.

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, assert_problem, complete_job, create_job, get_ok, job_action, outbox, publish_new_job,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x7a11_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x7a11_0000_0000_4000_8000_0000_0000_0002);

/// "Front office manager", with its fili.
const DV_TITLE: &str = "ފްރަންޓް އޮފީސް މެނޭޖަރ";
const DV_DESCRIPTION: &str = "ރިސޯޓުގެ ފްރަންޓް އޮފީސް ޓީމު ހިންގުމަށް ތަޖުރިބާ ހުރި މީހަކު ބޭނުންވެއްޖެ";

async fn put_translation(
    app: &TestApp,
    job: Uuid,
    locale: &str,
    body: &Value,
    if_match: Option<&str>,
) -> reqwest::Response {
    app.call(
        Method::PUT,
        &format!("/v1/jobs/{job}/translations/{locale}"),
    )
    .role(EMPLOYER, "recruiter")
    .if_match(if_match)
    .json(body)
    .send()
    .await
}

fn dhivehi() -> Value {
    json!({
        "title": DV_TITLE,
        "description": format!("<p>{DV_DESCRIPTION}</p><script>alert(1)</script>"),
        "description_format": "html",
    })
}

async fn public(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut call = app.call(Method::GET, path);
    for (name, value) in headers {
        call = call.header(name, value);
    }
    call.send().await
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_reader_gets_the_posting_in_their_language() {
    let app = TestApp::spawn().await;
    let job = publish_new_job(&app, EMPLOYER, &complete_job("Front Office Manager")).await;

    // A new translation: 201, canonical tag, right to left, the script gone.
    let created = put_translation(&app, job, "DV", &dhivehi(), None).await;
    assert_eq!(created.status(), 201, "{:?}", created.text().await);
    let first_tag = header(&created, "etag");
    assert_eq!(
        header(&created, "location"),
        format!("/v1/jobs/{job}/translations/dv")
    );
    let t: Value = created.json().await.unwrap();
    assert_eq!(t["locale"], "dv");
    assert_eq!(t["direction"], "rtl");
    assert_eq!(t["detected_locale"], Value::Null);
    let description = t["description"].as_str().unwrap();
    assert!(
        !description.contains("script") && !description.contains("alert"),
        "{t}"
    );
    assert!(description.contains(DV_DESCRIPTION));

    // Accept-Language: dv → the Thaana title, Content-Language: dv.
    let path = format!("/v1/public/jobs/{job}");
    let dv = public(&app, &path, &[("accept-language", "dv")]).await;
    assert_eq!(dv.status(), 200);
    assert_eq!(header(&dv, "content-language"), "dv");
    assert!(header(&dv, "vary").contains("Accept-Language"));
    let link = header(&dv, "link");
    assert!(
        link.contains(&format!(
            "{path}?lang=en>; rel=\"alternate\"; hreflang=\"en\""
        )),
        "{link}"
    );
    let dv_tag = header(&dv, "etag");
    let body: Value = dv.json().await.unwrap();
    assert_eq!(body["title"], DV_TITLE);
    assert_eq!(body["locale"], "dv");
    assert_eq!(body["direction"], "rtl");
    assert_eq!(body["available_locales"], json!(["dv", "en"]));

    // French first, English second: English (the job has no French).
    let en = public(&app, &path, &[("accept-language", "fr, en;q=0.5")]).await;
    assert_eq!(header(&en, "content-language"), "en");
    assert_ne!(header(&en, "etag"), dv_tag);
    let body: Value = en.json().await.unwrap();
    assert_eq!(body["title"], "Front Office Manager");
    assert_eq!(body["direction"], "ltr");
    // A region of the language, and weights, choose it too.
    for accept in ["dv-MV", "en;q=0.3, dv;q=0.8"] {
        let r = public(&app, &path, &[("accept-language", accept)]).await;
        assert_eq!(header(&r, "content-language"), "dv", "{accept}");
    }
    // `lang` beats the header.
    let explicit = public(
        &app,
        &format!("{path}?lang=dv"),
        &[("accept-language", "en")],
    )
    .await;
    assert_eq!(header(&explicit, "content-language"), "dv");
    assert_eq!(explicit.json::<Value>().await.unwrap()["title"], DV_TITLE);
    // A revalidation in the same language is 304, with the language headers.
    let again = public(
        &app,
        &path,
        &[("accept-language", "dv"), ("if-none-match", &dv_tag)],
    )
    .await;
    assert_eq!(again.status(), 304);
    assert_eq!(header(&again, "content-language"), "dv");

    // JSON-LD says which language it is in.
    for (accept, language, title) in [("dv", "dv", DV_TITLE), ("en", "en", "Front Office Manager")]
    {
        let ld = public(
            &app,
            &path,
            &[
                ("accept", "application/ld+json"),
                ("accept-language", accept),
            ],
        )
        .await;
        assert_eq!(header(&ld, "content-language"), language);
        let ld: Value = ld.json().await.unwrap();
        assert_eq!(ld["inLanguage"], language);
        assert_eq!(ld["title"], title);
    }

    // Invalid tags: 422 problems that say how to write one.
    let bad = public(&app, &format!("{path}?lang=not_a_tag"), &[]).await;
    let problem = assert_problem(bad, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "#/query/lang");
    assert!(problem["detail"].as_str().unwrap().contains("BCP 47"));
    let bad = put_translation(&app, job, "english", &dhivehi(), None).await;
    let problem = assert_problem(bad, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "#/path/locale");
    let bad = app
        .call(Method::POST, "/v1/jobs")
        .role(EMPLOYER, "recruiter")
        .fresh_key()
        .json(&json!({"title": "Chef", "locale": "e"}))
        .send()
        .await;
    assert_eq!(
        assert_problem(bad, 422).await["errors"][0]["pointer"],
        "/locale"
    );

    // Replacing: a stale If-Match is 412 and changes nothing; the current one is 200.
    let mut edit = dhivehi();
    edit["title"] = json!("ފްރަންޓް އޮފީސް ސުޕަވައިޒަރ");
    for stale in ["\"7\"", "0"] {
        let refused = put_translation(&app, job, "dv", &edit, Some(stale)).await;
        assert_eq!(refused.status(), 412, "{stale}");
    }
    let replaced = put_translation(&app, job, "dv", &edit, Some(&first_tag)).await;
    assert_eq!(replaced.status(), 200);
    let second_tag = header(&replaced, "etag");
    assert_ne!(second_tag, first_tag);
    // The old tag no longer admits a change.
    let stale = put_translation(&app, job, "dv", &dhivehi(), Some(&first_tag)).await;
    assert_eq!(stale.status(), 412);
    // The job's own language is edited on the job; it cannot be a translation.
    let own = put_translation(&app, job, "en", &dhivehi(), None).await;
    assert_eq!(assert_problem(own, 409).await["status"], 409);

    // English text tagged French is kept, and flagged.
    let mixed = put_translation(
        &app,
        job,
        "fr",
        &json!({"title": "Front office manager",
                "description": "Lead the front office team of a resort and look after our guests every day."}),
        None,
    )
    .await;
    assert_eq!(mixed.status(), 201);
    let fr_tag = header(&mixed, "etag");
    assert_eq!(
        mixed.json::<Value>().await.unwrap()["detected_locale"],
        "en"
    );

    let manager = app.bearer(EMPLOYER, "recruiter");
    let listed = get_ok(
        &app,
        &format!("/v1/jobs/{job}/translations"),
        Some(&manager),
    )
    .await;
    assert_eq!(listed["locale"], "en");
    let tags: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["locale"].as_str().unwrap())
        .collect();
    assert_eq!(tags, ["dv", "fr"]);
    let own_job = get_ok(&app, &format!("/v1/jobs/{job}"), Some(&manager)).await;
    assert_eq!(own_job["locale"], "en");
    assert_eq!(own_job["available_locales"], json!(["dv", "en", "fr"]));

    // Deleting: the public read falls back; the events say what happened, with the locale.
    let deleted = app
        .call(Method::DELETE, &format!("/v1/jobs/{job}/translations/fr"))
        .role(EMPLOYER, "recruiter")
        .send()
        .await;
    assert_eq!(deleted.status(), 204);
    let fr = public(&app, &path, &[("accept-language", "fr")]).await;
    assert_eq!(header(&fr, "content-language"), "en");
    // Written again, it has a new tag: the deleted one's admits no change of it.
    let again = put_translation(&app, job, "fr", &json!({"title": "Chef"}), None).await;
    assert_eq!(again.status(), 201);
    assert_ne!(header(&again, "etag"), fr_tag);
    let stale = put_translation(&app, job, "fr", &json!({"title": "Cook"}), Some(&fr_tag)).await;
    assert_eq!(stale.status(), 412);
    let removed = app
        .call(Method::DELETE, &format!("/v1/jobs/{job}/translations/fr"))
        .role(EMPLOYER, "recruiter")
        .if_match(Some(&header(&again, "etag")))
        .send()
        .await;
    assert_eq!(removed.status(), 204);
    // English refused, anything else welcome: Dhivehi.
    let refused = public(&app, &path, &[("accept-language", "en;q=0, *")]).await;
    assert_eq!(header(&refused, "content-language"), "dv");
    let missing = app
        .call(Method::GET, &format!("/v1/jobs/{job}/translations/fr"))
        .role(EMPLOYER, "recruiter")
        .send()
        .await;
    assert_eq!(missing.status(), 404);
    let events = outbox(&app, job).await;
    let kinds: Vec<(&str, &str)> = events
        .iter()
        .filter(|(kind, _)| kind.starts_with("job.translation."))
        .map(|(kind, payload)| (kind.as_str(), payload["locale"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("job.translation.updated", "dv"),
            ("job.translation.updated", "dv"),
            ("job.translation.updated", "fr"),
            ("job.translation.deleted", "fr"),
            ("job.translation.updated", "fr"),
            ("job.translation.deleted", "fr"),
        ]
    );
    assert!(
        events
            .iter()
            .any(|(kind, payload)| kind == "job.created" && payload["locale"] == "en")
    );

    // The job cannot move into a language it has a translation in.
    let moved = app
        .call(Method::PATCH, &format!("/v1/jobs/{job}"))
        .role(EMPLOYER, "recruiter")
        .if_match(Some("*"))
        .json(&json!({"locale": "dv"}))
        .send()
        .await;
    assert_eq!(
        assert_problem(moved, 422).await["errors"][0]["pointer"],
        "/locale"
    );

    // At most 30 translations; a closed job is not edited.
    let tags = [
        "ar", "bn", "de", "es", "fa", "fi", "fr", "hi", "it", "ja", "ko", "ms", "ne", "nl", "pl",
        "pt", "ru", "si", "sv", "ta", "th", "tr", "uk", "ur", "vi", "zh", "el", "he", "hu",
    ];
    for tag in tags {
        let r = put_translation(&app, job, tag, &json!({"title": "Front office"}), None).await;
        assert_eq!(r.status(), 201, "{tag}");
    }
    let full = put_translation(&app, job, "cs", &json!({"title": "Front office"}), None).await;
    let problem = assert_problem(full, 409).await;
    assert!(
        problem["detail"].as_str().unwrap().contains("30"),
        "{problem}"
    );
    job_action(&app, EMPLOYER, job, "close").await;
    let closed = put_translation(&app, job, "ar", &json!({"title": "Other"}), None).await;
    assert_problem(closed, 409).await;

    // Another employer's job is not found.
    let foreign = app
        .call(Method::GET, &format!("/v1/jobs/{job}/translations"))
        .role(OTHER, "recruiter")
        .send()
        .await;
    assert_eq!(foreign.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_translation_of_a_published_job_is_searched_fed_and_syndicated() {
    let app = TestApp::spawn().await;
    let job = publish_new_job(&app, EMPLOYER, &complete_job("Front Office Manager")).await;
    let changes: Value = get_ok(&app, "/v1/public/jobs/changes?limit=100", None).await;
    let cursor = changes["next_cursor"].as_str().unwrap().to_string();

    let written = put_translation(&app, job, "dv", &dhivehi(), None).await;
    assert_eq!(written.status(), 201);
    let started = std::time::Instant::now();

    // The changes feed says the job changed, with its languages.
    let feed = get_ok(
        &app,
        &format!("/v1/public/jobs/changes?cursor={cursor}"),
        None,
    )
    .await;
    let change = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["job_id"] == job.to_string())
        .unwrap_or_else(|| panic!("no change of the job: {feed}"));
    assert_eq!(change["change"], "updated");
    assert_eq!(change["job"]["available_locales"], json!(["dv", "en"]));

    // Search finds it by the Thaana title, typed with and without fili, within the index's
    // freshness bound (the follower is woken at commit; nothing here nudges it).
    let with_fili = "މެނޭޖަރ";
    let without_fili: String = with_fili
        .chars()
        .filter(|c| !('\u{07A6}'..='\u{07B0}').contains(c))
        .collect();
    assert_ne!(with_fili, without_fili);
    let search = |q: String, accept: &'static str| {
        let app = &app;
        async move {
            let url = format!("/v1/public/jobs?q={}", urlencode(&q));
            let r = public(app, &url, &[("accept-language", accept)]).await;
            assert_eq!(r.status(), 200);
            let language = header(&r, "content-language");
            (r.json::<Value>().await.unwrap(), language)
        }
    };
    loop {
        let (found, _) = search(without_fili.clone(), "en").await;
        if found["items"].as_array().unwrap().len() == 1 {
            break;
        }
        assert!(
            started.elapsed() < jobs_server::search::FRESH_FOR,
            "not found within the freshness bound: {found}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for q in [with_fili.to_string(), without_fili.clone()] {
        let (found, language) = search(q.clone(), "dv").await;
        let item = &found["items"][0];
        assert_eq!(item["id"], job.to_string(), "{q}: {found}");
        assert_eq!(item["title"], DV_TITLE);
        assert_eq!(item["highlights"]["locale"], "dv");
        assert!(
            item["highlights"]["title"]
                .as_str()
                .unwrap()
                .contains("<mark>މެނޭޖަރ</mark>"),
            "{found}"
        );
        assert_eq!(language, "dv");
    }
    // A reader of English finds it by the Thaana word too, and reads it in English, with the
    // highlights in the language that matched.
    let (found, language) = search(without_fili.clone(), "en").await;
    assert_eq!(found["items"][0]["title"], "Front Office Manager");
    assert_eq!(found["items"][0]["highlights"]["locale"], "dv");
    // The page holds both: the job in English, its marked text in Dhivehi.
    assert_eq!(language, "en, dv");
    let (found, _) = search("manager".into(), "dv").await;
    assert_eq!(found["items"][0]["highlights"]["locale"], "en");
    assert_eq!(found["items"][0]["title"], DV_TITLE);

    // The translated title completes as it is typed, fili or not.
    let suggested = get_ok(
        &app,
        &format!("/v1/public/jobs/suggest?q={}", urlencode("ފރނޓ އފ")),
        None,
    )
    .await;
    assert!(
        suggested["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["kind"] == "title" && s["text"] == DV_TITLE),
        "{suggested}"
    );

    // RSS in Dhivehi, linking the feed in English.
    let rss = app
        .client
        .get(app.url(&format!(
            "/v1/public/jobs/feed?employer_id={EMPLOYER}&lang=dv"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(rss.contains("<language>dv</language>"), "{rss}");
    assert!(rss.contains(&format!("<title>{DV_TITLE}</title>")), "{rss}");
    assert!(rss.contains("hreflang=\"en\""), "{rss}");
    let rss = app
        .client
        .get(app.url(&format!("/v1/public/jobs/feed?employer_id={EMPLOYER}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(rss.contains("<language>en</language>") && rss.contains("hreflang=\"dv\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_careers_page_and_new_jobs_follow_the_language() {
    let app = TestApp::spawn().await;
    // The employer writes in Dhivehi: new jobs are `dv` unless they say otherwise.
    let admin = app.bearer(EMPLOYER, "employer_admin");
    let set = app
        .call(Method::PATCH, "/v1/employer")
        .auth(Some(&admin))
        .if_match(Some("*"))
        .json(&json!({"slug": "lagoon-dv", "settings": {"default_locale": "DV"}}))
        .send()
        .await;
    assert_eq!(set.status(), 200, "{:?}", set.text().await);
    assert_eq!(
        set.json::<Value>().await.unwrap()["settings"]["default_locale"],
        "dv"
    );
    let (draft, _, body) = create_job(&app, EMPLOYER, &json!({"title": DV_TITLE})).await;
    assert_eq!(body["locale"], "dv");
    let bad = app
        .call(Method::PATCH, "/v1/employer")
        .auth(Some(&admin))
        .if_match(Some("*"))
        .json(&json!({"settings": {"default_locale": "xx-!!"}}))
        .send()
        .await;
    assert_eq!(
        assert_problem(bad, 422).await["errors"][0]["pointer"],
        "/settings/default_locale"
    );
    // An English posting of the same employer, translated into Dhivehi.
    let mut english = complete_job("Front Office Manager");
    english["locale"] = json!("en");
    let (job, _, _) = create_job(&app, EMPLOYER, &english).await;
    assert_eq!(
        put_translation(&app, job, "dv", &dhivehi(), None)
            .await
            .status(),
        201
    );
    job_action(&app, EMPLOYER, job, "publish").await;
    let _ = draft;

    let page = |path: String, accept: &'static str| {
        let app = &app;
        async move {
            let r = public(app, &path, &[("accept-language", accept)]).await;
            assert_eq!(r.status(), 200);
            let language = header(&r, "content-language");
            (r.text().await.unwrap(), language)
        }
    };
    let path = format!("/careers/lagoon-dv/jobs/{job}");
    let (html, language) = page(path.clone(), "dv").await;
    assert_eq!(language, "dv");
    assert!(html.contains("<html lang=\"dv\" dir=\"rtl\">"), "{html}");
    assert!(html.contains(&format!("<h1>{DV_TITLE}</h1>")));
    let public = app
        .state
        .config
        .public_url
        .trim_end_matches('/')
        .to_string();
    assert!(html.contains(&format!("hreflang=\"en\" href=\"{public}{path}?lang=en\"")));
    // The switcher names each language in itself; the English words around are marked so.
    assert!(
        html.contains(">ދިވެހި</a>") && html.contains(">English</a>"),
        "{html}"
    );
    assert!(html.contains("<header class=\"site\" lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("name=\"locale\" value=\"dv\""));
    let (html, language) = page(format!("{path}?lang=en"), "dv").await;
    assert_eq!(language, "en");
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("<h1>Front Office Manager</h1>"));
    // The board lists the job in the reader's language, marked with it.
    let (html, _) = page("/careers/lagoon-dv".into(), "dv").await;
    assert!(html.contains("<h3 lang=\"dv\" dir=\"rtl\">"), "{html}");
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

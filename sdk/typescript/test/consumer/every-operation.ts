// A frontend developer's program, compiled with `tsc --strict` against the SDK installed as a
// package (test/consumer.test.mjs): one call of every operation of the contract, written as a
// consumer writes it. It does not run; it must compile. Kept complete by the type checker: the
// `calls` object must have one entry per operation of `paths` (an operation added to
// openapi.yaml fails the build until it is called here too).
import { JobsApiClient, verifyWebhook, type WebhookEventOf, type paths } from "@jobs-api/sdk";

type HttpMethod = "get" | "put" | "post" | "delete" | "patch";
/** "method path" of every operation of the contract. */
type EveryOperation = {
  [P in keyof paths]: {
    [M in HttpMethod]: paths[P] extends { [K in M]: infer O } ? ([O] extends [undefined] ? never : `${M} ${P & string}`) : never;
  }[HttpMethod];
}[keyof paths];

const client = new JobsApiClient({ baseUrl: "https://jobs.example", token: () => "a-token" });

export const calls: Record<EveryOperation, () => Promise<unknown>> = {
  "get /v1/jobs": () => client.call("get", "/v1/jobs"), // listJobs
  "post /v1/jobs": () => client.call("post", "/v1/jobs", { body: {"title": "Front Office Manager", "description": "Lead the front office team of a 120-room resort.", "department": "Front Office", "location": "Malé", "workplace_type": "on_site", "employment_type": "full_time", "languages": ["English", "Dhivehi"], "salary": {"min": 25000, "max": 32000, "currency": "MVR", "period": "month"}, "vacancies": 1, "closing_date": "2027-01-31"} }), // createJob
  "get /v1/jobs/{id}": () => client.call("get", "/v1/jobs/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getJob
  "patch /v1/jobs/{id}": () => client.call("patch", "/v1/jobs/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"title": "Front Office Manager (Resort)", "closing_date": "2027-02-15"} }), // updateJob
  "delete /v1/jobs/{id}": () => client.call("delete", "/v1/jobs/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // deleteJob
  "post /v1/jobs/{id}:publish": () => client.call("post", "/v1/jobs/{id}:publish", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // publishJob
  "post /v1/jobs/{id}:close": () => client.call("post", "/v1/jobs/{id}:close", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // closeJob
  "get /v1/jobs/{id}/translations": async () => {
    // listJobTranslations: the job's own language and each translation, typed.
    const { data } = await client.call("get", "/v1/jobs/{id}/translations", { path: { id: "00000000-0000-4000-8000-000000000000" } });
    const rtl: boolean = data.items.some((t) => t.direction === "rtl" && t.detected_locale === null);
    return [data.locale, rtl];
  },
  "get /v1/jobs/{id}/translations/{locale}": () => client.call("get", "/v1/jobs/{id}/translations/{locale}", { path: { id: "00000000-0000-4000-8000-000000000000", locale: "dv" } }), // getJobTranslation
  "put /v1/jobs/{id}/translations/{locale}": () => client.call("put", "/v1/jobs/{id}/translations/{locale}", { path: { id: "00000000-0000-4000-8000-000000000000", locale: "dv" }, body: { title: "ފްރަންޓް އޮފީސް މެނޭޖަރ", description_format: "plain" } }), // putJobTranslation
  "delete /v1/jobs/{id}/translations/{locale}": () => client.call("delete", "/v1/jobs/{id}/translations/{locale}", { path: { id: "00000000-0000-4000-8000-000000000000", locale: "dv" } }), // deleteJobTranslation
  "get /v1/public/jobs": () => client.call("get", "/v1/public/jobs"), // searchPublicJobs
  "get /v1/public/jobs/changes": () => client.call("get", "/v1/public/jobs/changes"), // listPublicJobChanges
  "get /v1/public/jobs/feed": () => client.call("get", "/v1/public/jobs/feed", { query: { lang: "dv" } }), // getPublicJobFeed
  "get /v1/public/jobs/suggest": async () => {
    // suggestPublicJobs: `q` is required; each completion is typed.
    const { data } = await client.call("get", "/v1/public/jobs/suggest", { query: { q: "rece", limit: 8 } });
    const first: { kind: "title" | "department" | "location"; highlighted: string; count: number } | undefined = data.items[0];
    return first;
  },
  "get /v1/public/employers/{slug}": async () => {
    // getPublicEmployer: the careers page's profile, its brand colour with a readable text colour.
    const { data } = await client.call("get", "/v1/public/employers/{slug}", { path: { slug: "lagoon-resorts" } });
    const brand: { color: string | null; text: string | null } = { color: data.brand_color, text: data.brand_text_color };
    return brand;
  },
  "get /v1/public/jobs/{id}": () => client.call("get", "/v1/public/jobs/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getPublicJob
  "post /v1/public/jobs/{id}/uploads:presign": () => client.call("post", "/v1/public/jobs/{id}/uploads:presign", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"purpose": "cv", "filename": "aishath-naseer-cv.pdf", "content_type": "application/pdf", "size_bytes": 184320} }), // presignPublicUpload
  "post /v1/public/jobs/{id}/apply": () => client.call("post", "/v1/public/jobs/{id}/apply", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"name": "Aishath Naseer", "email": "aishath.naseer@example.com", "phone": "+960 777 1234", "cover_letter": "I have led reception teams for six years.", "skills": ["Opera PMS", "Guest relations"], "languages": ["English", "Dhivehi"], "consent": {"granted": true, "policy_version": "2026-01"}} }), // applyToJob
  "get /v1/taxonomy/departments": () => client.call("get", "/v1/taxonomy/departments"), // listDepartments
  "get /v1/taxonomy/languages": () => client.call("get", "/v1/taxonomy/languages"), // listLanguages
  "get /v1/taxonomy/locations": () => client.call("get", "/v1/taxonomy/locations"), // listLocations
  "get /v1/applicants": () => client.call("get", "/v1/applicants"), // listApplicants
  "post /v1/applicants": () => client.call("post", "/v1/applicants", { body: {"name": "Ibrahim Rasheed", "email": "ibrahim.rasheed@example.com", "phone": "+960 765 4321", "skills": ["Pastry"], "languages": ["English"], "consent": {"granted": true, "policy_version": "2026-01"}} }), // createApplicant
  "get /v1/applicants/{id}": () => client.call("get", "/v1/applicants/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getApplicant
  "patch /v1/applicants/{id}": () => client.call("patch", "/v1/applicants/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"phone": "+960 765 0000", "skills": ["Pastry", "Bakery"]} }), // updateApplicant
  "delete /v1/applicants/{id}": () => client.call("delete", "/v1/applicants/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // deleteApplicant
  "get /v1/jobs/{id}/applications": () => client.call("get", "/v1/jobs/{id}/applications", { path: {"id": "00000000-0000-4000-8000-000000000000"}, query: {"sort": "match"} }), // listJobApplications
  "post /v1/jobs/{id}/applications": () => client.call("post", "/v1/jobs/{id}/applications", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"applicant_id": "0195f0a4-3b1c-7d2e-9f10-2a3b4c5d6e7f", "cover_letter": "Referred by the head chef."} }), // createJobApplication
  "get /v1/applications": () => client.call("get", "/v1/applications", { query: { status: "screening", updated_after: "2026-12-01T00:00:00Z" } }), // listApplications
  "get /v1/applications/{id}": () => client.call("get", "/v1/applications/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getApplication
  "get /v1/applications/{id}/match": () => client.call("get", "/v1/applications/{id}/match", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getApplicationMatch
  "get /v1/applicants/{id}/cv-texts": () => client.call("get", "/v1/applicants/{id}/cv-texts", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // listApplicantCvTexts
  "patch /v1/applications/{id}": () => client.call("patch", "/v1/applications/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"status": "interview", "note": "Strong references; invite for a tasting."} }), // updateApplication
  "post /v1/applications/{id}:merge": () => client.call("post", "/v1/applications/{id}:merge", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // mergeApplicationSubmission
  "get /v1/me/applications": () => client.call("get", "/v1/me/applications"), // listMyApplications
  "get /v1/members": () => client.call("get", "/v1/members", { query: { role: "recruiter", status: "active", q: "rit" } }), // listMembers
  "get /v1/members/{id}": () => client.call("get", "/v1/members/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getMember
  "patch /v1/members/{id}": () => client.call("patch", "/v1/members/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"status": "deactivated"} }), // updateMember
  "get /v1/applications/{id}/comments": () => client.call("get", "/v1/applications/{id}/comments", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // listApplicationComments
  "post /v1/applications/{id}/comments": async () => {
    // createApplicationComment: Markdown rendered to sanitized HTML, mentions as members.
    const { data } = await client.call("post", "/v1/applications/{id}/comments", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"body": "**Shortlist?**", "body_format": "markdown", "mentions": ["00000000-0000-4000-8000-000000000000"]} });
    const html: string = data.body_html;
    const mentioned: (string | null)[] = data.mentions.map((m) => m.display_name);
    return [html, ...mentioned];
  },
  "get /v1/applications/{id}/comments/{commentId}": () => client.call("get", "/v1/applications/{id}/comments/{commentId}", { path: {"id": "00000000-0000-4000-8000-000000000000", "commentId": "00000000-0000-4000-8000-000000000000"} }), // getApplicationComment
  "patch /v1/applications/{id}/comments/{commentId}": () => client.call("patch", "/v1/applications/{id}/comments/{commentId}", { path: {"id": "00000000-0000-4000-8000-000000000000", "commentId": "00000000-0000-4000-8000-000000000000"}, body: {"body": "Shortlisted."} }), // updateApplicationComment
  "delete /v1/applications/{id}/comments/{commentId}": () => client.call("delete", "/v1/applications/{id}/comments/{commentId}", { path: {"id": "00000000-0000-4000-8000-000000000000", "commentId": "00000000-0000-4000-8000-000000000000"} }), // deleteApplicationComment
  "get /v1/applications/{id}/activity": async () => {
    // listApplicationActivity: each item is an event with who acted.
    const { data } = await client.call("get", "/v1/applications/{id}/activity", { path: {"id": "00000000-0000-4000-8000-000000000000"}, query: { limit: 50 } });
    return data.items.map((a) => `${a.occurred_at} ${a.type} by ${a.actor_member?.display_name ?? a.actor}`);
  },
  "get /v1/jobs/{id}/team": () => client.call("get", "/v1/jobs/{id}/team", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getJobTeam
  "put /v1/jobs/{id}/team": () => client.call("put", "/v1/jobs/{id}/team", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"members": [{"member_id": "00000000-0000-4000-8000-000000000000", "role": "hiring_manager"}]} }), // replaceJobTeam
  "get /v1/rejection-reasons": () => client.call("get", "/v1/rejection-reasons"), // getRejectionReasons
  "put /v1/rejection-reasons": () => client.call("put", "/v1/rejection-reasons", { body: {"required": true, "reasons": [{"label": "Not enough experience"}]} }), // replaceRejectionReasons
  "get /v1/notification-templates": () => client.call("get", "/v1/notification-templates"), // listNotificationTemplates
  "put /v1/notification-templates/{event}": () => client.call("put", "/v1/notification-templates/{event}", { path: { event: "application.status.interview" }, query: { locale: "dv" }, body: { enabled: true, subject: "{{ job.title }}", text: "Hello {{ applicant.first_name }}" } }), // replaceNotificationTemplate
  "post /v1/notification-templates/{event}:preview": () => client.call("post", "/v1/notification-templates/{event}:preview", { path: { event: "application.created" } }), // previewNotificationTemplate
  "get /v1/me/notification-preferences": () => client.call("get", "/v1/me/notification-preferences"), // getNotificationPreferences
  "put /v1/me/notification-preferences": () => client.call("put", "/v1/me/notification-preferences", { body: { preferences: { "application.created": "daily_digest" }, time_zone: "Indian/Maldives", digest_hour: 9 } }), // replaceNotificationPreferences
  "get /v1/notifications/deliveries": () => client.call("get", "/v1/notifications/deliveries", { query: { status: "failed", limit: 50 } }), // listNotificationDeliveries
  "get /v1/jobs/{id}/analytics": () => client.call("get", "/v1/jobs/{id}/analytics", { path: {"id": "00000000-0000-4000-8000-000000000000"}, query: { from: "2026-11-01", to: "2026-11-30", interval: "week" } }), // getJobAnalytics
  "get /v1/analytics/funnel": () => client.call("get", "/v1/analytics/funnel", { query: { department: "Kitchen", job_status: "published", interval: "month" } }), // getAnalyticsFunnel
  "get /v1/analytics/sources": () => client.call("get", "/v1/analytics/sources", { query: { from: "2026-11-01" } }), // getAnalyticsSources
  "get /v1/public/unsubscribe": () => client.call("get", "/v1/public/unsubscribe", { query: { token: "from-the-e-mail" } }), // unsubscribePage
  "post /v1/public/unsubscribe": () => client.call("post", "/v1/public/unsubscribe", { query: { token: "from-the-e-mail" } }), // unsubscribeOneClick
  "get /v1/public/confirm-email": () => client.call("get", "/v1/public/confirm-email", { query: { token: "from-the-e-mail" } }), // confirmEmail
  "get /v1/jobs/{id}/shortlist": () => client.call("get", "/v1/jobs/{id}/shortlist", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getShortlist
  "put /v1/jobs/{id}/shortlist": () => client.call("put", "/v1/jobs/{id}/shortlist", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"entries": [{"applicant_id": "0195f0a4-3b1c-7d2e-9f10-2a3b4c5d6e7f", "rank": 1, "score": 90}, {"applicant_id": "0195f0a4-3b1c-7d2e-9f10-2a3b4c5d6e80", "rank": 2, "score": 75}]} }), // replaceShortlist
  "post /v1/jobs/{id}/shortlist/entries": () => client.call("post", "/v1/jobs/{id}/shortlist/entries", { path: {"id": "00000000-0000-4000-8000-000000000000"}, body: {"applicant_id": "0195f0a4-3b1c-7d2e-9f10-2a3b4c5d6e7f", "rank": 1, "score": 90, "notes": "Best tasting so far."} }), // upsertShortlistEntry
  "delete /v1/jobs/{id}/shortlist/entries/{applicantId}": () => client.call("delete", "/v1/jobs/{id}/shortlist/entries/{applicantId}", { path: {"id": "00000000-0000-4000-8000-000000000000", "applicantId": "00000000-0000-4000-8000-000000000000"} }), // deleteShortlistEntry
  "post /v1/uploads:presign": () => client.call("post", "/v1/uploads:presign", { body: {"purpose": "cv", "filename": "ibrahim-rasheed-cv.pdf", "content_type": "application/pdf", "size_bytes": 245760} }), // presignUpload
  "get /v1/uploads/{id}": () => client.call("get", "/v1/uploads/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getUpload
  "post /v1/uploads/{id}:complete": () => client.call("post", "/v1/uploads/{id}:complete", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // completeUpload
  "get /v1/webhooks/subscriptions": () => client.call("get", "/v1/webhooks/subscriptions"), // listWebhookSubscriptions
  "post /v1/webhooks/subscriptions": () => client.call("post", "/v1/webhooks/subscriptions", { body: {"url": "https://hooks.partner.example/jobs", "events": ["job.published", "application.created", "application.status.changed"], "description": "ATS sync"} }), // createWebhookSubscription
  "get /v1/webhooks/subscriptions/{id}": () => client.call("get", "/v1/webhooks/subscriptions/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // getWebhookSubscription
  "delete /v1/webhooks/subscriptions/{id}": () => client.call("delete", "/v1/webhooks/subscriptions/{id}", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // deleteWebhookSubscription
  "post /v1/webhooks/subscriptions/{id}:rotate-secret": () => client.call("post", "/v1/webhooks/subscriptions/{id}:rotate-secret", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // rotateWebhookSecret
  "get /v1/webhooks/subscriptions/{id}/deliveries": () => client.call("get", "/v1/webhooks/subscriptions/{id}/deliveries", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // listWebhookDeliveries
  "post /v1/webhooks/subscriptions/{id}:ping": () => client.call("post", "/v1/webhooks/subscriptions/{id}:ping", { path: {"id": "00000000-0000-4000-8000-000000000000"} }), // pingWebhookSubscription
  "get /v1/events": () => client.call("get", "/v1/events", { query: { type: "application.*", limit: 100 } }), // listEvents
  "post /v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}:redeliver": () => client.call("post", "/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}:redeliver", { path: {"id": "00000000-0000-4000-8000-000000000000", "deliveryId": "00000000-0000-4000-8000-000000000000"} }), // redeliverWebhookDelivery
  "get /v1/employer": () => client.call("get", "/v1/employer"), // getEmployer
  "patch /v1/employer": () => client.call("patch", "/v1/employer", { body: {"name": "Lagoon Resorts", "website": "https://lagoon.example", "brand_color": "#0a7ea4"} }), // updateEmployer
  "get /v1/audit-events": () => client.call("get", "/v1/audit-events"), // listAuditEvents
  "get /healthz": () => client.call("get", "/healthz"), // getHealth
  "get /readyz": () => client.call("get", "/readyz"), // getReadiness
  "get /livez": () => client.call("get", "/livez"), // getLiveness
  "get /.well-known/jwks.json": () => client.call("get", "/.well-known/jwks.json"), // getJwks
  "get /v1/openapi.yaml": () => client.call("get", "/v1/openapi.yaml"), // getOpenapiYaml
  "get /v1/openapi.json": () => client.call("get", "/v1/openapi.json"), // getOpenapiJson
};

// What a caller reads back is typed too.
export async function typedAnswers(): Promise<string[]> {
  const page = await client.call("get", "/v1/jobs", { query: { limit: 5, status: "published" } });
  const job = page.data.items[0];
  const titles: string[] = page.data.items.map((j) => j.title);
  if (job) {
    // An edit straight from a list: the item carries its ETag.
    const edited = await client.call("patch", "/v1/jobs/{id}", {
      path: { id: job.id },
      body: { title: `${job.title} (updated)` },
      ifMatch: job.etag,
    });
    titles.push(edited.data.title);
  }
  for await (const p of client.pages("/v1/public/jobs", { query: { facets: true } })) {
    titles.push(...p.data.items.map((j) => j.title));
    if (p.data.facets) titles.push(...p.data.facets.departments.map((d) => d.label));
    break;
  }
  return titles;
}

// Webhook receivers: a verified delivery is typed by the contract's event catalogue.
export async function onDelivery(headers: Headers, body: string): Promise<string> {
  const event = await verifyWebhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", headers, body);
  if (event.type === "application.status.changed") {
    const moved: WebhookEventOf<"application.status.changed"> = event;
    return `${moved.data.application_id}: ${moved.data.from} → ${moved.data.to}`;
  }
  return event.data.id;
}

//! Authorization: which roles may call each operation. Deny by default: an operation that is
//! not in this table is refused, and a test fails when an operation of openapi.yaml is missing.

use std::collections::HashMap;
use std::sync::OnceLock;

use http::Method;

use super::jwt::AuthError;
use super::principal::{Principal, Role};
use Role::{Applicant, EmployerAdmin, Recruiter, Viewer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No token needed; any token is ignored.
    Public,
    /// No token needed; a token, when sent, must be valid and hold one of these roles.
    Optional(&'static [Role]),
    /// A valid token holding one of these roles.
    Roles(&'static [Role]),
}

/// What a request presented.
#[derive(Debug, Clone)]
pub enum Credentials {
    /// No Authorization header, or a public operation (whose tokens are ignored).
    None,
    /// A header that is not a well-formed bearer token (`None`), or a token that failed
    /// verification (why).
    Invalid(Option<AuthError>),
    Valid(Principal),
}

/// The verdict on one request of one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead, as this principal (none on public operations and anonymous calls).
    Allow(Option<Principal>),
    /// 401: no token where one is needed (`None`), or one that is not valid (why: `None` in
    /// it when the header was not a bearer token at all).
    Unauthorized(Option<Option<AuthError>>),
    /// 403: a valid token without any of the operation's roles (those roles).
    Forbidden(&'static [Role]),
}

/// The one place that turns an operation's access rule and the request's credentials into a
/// verdict. Deny by default: only the combinations below allow.
pub fn decide(access: Access, credentials: Credentials) -> Decision {
    match (access, credentials) {
        (Access::Public, _) => Decision::Allow(None),
        (Access::Optional(_), Credentials::None) => Decision::Allow(None),
        (Access::Roles(_), Credentials::None) => Decision::Unauthorized(None),
        (_, Credentials::Invalid(reason)) => Decision::Unauthorized(Some(reason)),
        (Access::Optional(roles) | Access::Roles(roles), Credentials::Valid(principal)) => {
            if principal.has_any(roles) {
                Decision::Allow(Some(principal))
            } else {
                Decision::Forbidden(roles)
            }
        }
    }
}

#[derive(Debug)]
pub struct Operation {
    pub id: &'static str,
    pub method: Method,
    /// The path as `openapi.yaml` spells it.
    pub path: &'static str,
    pub access: Access,
}

/// The roles that act for an employer (and may open a tenant transaction).
pub const EMPLOYER_ROLES: &[Role] = &[EmployerAdmin, Recruiter, Viewer];
const READ: &[Role] = EMPLOYER_ROLES;
const MANAGE: &[Role] = &[EmployerAdmin, Recruiter];
const ADMIN: &[Role] = &[EmployerAdmin];
const APPLICANT: &[Role] = &[Applicant];
const UPLOADERS: &[Role] = &[EmployerAdmin, Recruiter, Applicant];
const UPLOAD_READERS: &[Role] = &[EmployerAdmin, Recruiter, Viewer, Applicant];

macro_rules! ops {
    ($($id:literal $method:ident $path:literal => $access:expr;)*) => {
        fn table() -> Vec<Operation> {
            vec![$(Operation { id: $id, method: Method::$method, path: $path, access: $access }),*]
        }
    };
}

ops! {
    "listJobs" GET "/v1/jobs" => Access::Roles(READ);
    "createJob" POST "/v1/jobs" => Access::Roles(MANAGE);
    "getJob" GET "/v1/jobs/{id}" => Access::Roles(READ);
    "updateJob" PATCH "/v1/jobs/{id}" => Access::Roles(MANAGE);
    "deleteJob" DELETE "/v1/jobs/{id}" => Access::Roles(ADMIN);
    "publishJob" POST "/v1/jobs/{id}:publish" => Access::Roles(MANAGE);
    "closeJob" POST "/v1/jobs/{id}:close" => Access::Roles(MANAGE);
    "listJobTranslations" GET "/v1/jobs/{id}/translations" => Access::Roles(READ);
    "getJobTranslation" GET "/v1/jobs/{id}/translations/{locale}" => Access::Roles(READ);
    "putJobTranslation" PUT "/v1/jobs/{id}/translations/{locale}" => Access::Roles(MANAGE);
    "deleteJobTranslation" DELETE "/v1/jobs/{id}/translations/{locale}" => Access::Roles(MANAGE);

    "searchPublicJobs" GET "/v1/public/jobs" => Access::Public;
    "getPublicJob" GET "/v1/public/jobs/{id}" => Access::Public;
    "listPublicJobChanges" GET "/v1/public/jobs/changes" => Access::Public;
    "getPublicJobFeed" GET "/v1/public/jobs/feed" => Access::Public;
    "suggestPublicJobs" GET "/v1/public/jobs/suggest" => Access::Public;
    "getPublicEmployer" GET "/v1/public/employers/{slug}" => Access::Public;
    "applyToJob" POST "/v1/public/jobs/{id}/apply" => Access::Optional(APPLICANT);
    "presignPublicUpload" POST "/v1/public/jobs/{id}/uploads:presign" => Access::Optional(APPLICANT);

    "listDepartments" GET "/v1/taxonomy/departments" => Access::Public;
    "listLanguages" GET "/v1/taxonomy/languages" => Access::Public;
    "listLocations" GET "/v1/taxonomy/locations" => Access::Public;

    "listApplicants" GET "/v1/applicants" => Access::Roles(READ);
    "createApplicant" POST "/v1/applicants" => Access::Roles(MANAGE);
    "getApplicant" GET "/v1/applicants/{id}" => Access::Roles(READ);
    "updateApplicant" PATCH "/v1/applicants/{id}" => Access::Roles(MANAGE);
    "deleteApplicant" DELETE "/v1/applicants/{id}" => Access::Roles(MANAGE);
    "listApplicantCvTexts" GET "/v1/applicants/{id}/cv-texts" => Access::Roles(READ);

    "listJobApplications" GET "/v1/jobs/{id}/applications" => Access::Roles(READ);
    "createJobApplication" POST "/v1/jobs/{id}/applications" => Access::Roles(MANAGE);
    "listApplications" GET "/v1/applications" => Access::Roles(READ);
    "mergeApplicationSubmission" POST "/v1/applications/{id}:merge" => Access::Roles(MANAGE);
    "getApplication" GET "/v1/applications/{id}" => Access::Roles(READ);
    "getApplicationMatch" GET "/v1/applications/{id}/match" => Access::Roles(READ);
    "updateApplication" PATCH "/v1/applications/{id}" => Access::Roles(MANAGE);
    "listMyApplications" GET "/v1/me/applications" => Access::Roles(APPLICANT);

    "getShortlist" GET "/v1/jobs/{id}/shortlist" => Access::Roles(READ);
    "replaceShortlist" PUT "/v1/jobs/{id}/shortlist" => Access::Roles(MANAGE);
    "upsertShortlistEntry" POST "/v1/jobs/{id}/shortlist/entries" => Access::Roles(MANAGE);
    "deleteShortlistEntry" DELETE "/v1/jobs/{id}/shortlist/entries/{applicantId}" => Access::Roles(MANAGE);

    "listMembers" GET "/v1/members" => Access::Roles(READ);
    "getMember" GET "/v1/members/{id}" => Access::Roles(READ);
    "updateMember" PATCH "/v1/members/{id}" => Access::Roles(ADMIN);

    "listApplicationComments" GET "/v1/applications/{id}/comments" => Access::Roles(READ);
    "createApplicationComment" POST "/v1/applications/{id}/comments" => Access::Roles(MANAGE);
    "getApplicationComment" GET "/v1/applications/{id}/comments/{commentId}" => Access::Roles(READ);
    "updateApplicationComment" PATCH "/v1/applications/{id}/comments/{commentId}" => Access::Roles(MANAGE);
    "deleteApplicationComment" DELETE "/v1/applications/{id}/comments/{commentId}" => Access::Roles(MANAGE);
    "listApplicationActivity" GET "/v1/applications/{id}/activity" => Access::Roles(READ);
    "getJobTeam" GET "/v1/jobs/{id}/team" => Access::Roles(READ);
    "replaceJobTeam" PUT "/v1/jobs/{id}/team" => Access::Roles(MANAGE);
    "getRejectionReasons" GET "/v1/rejection-reasons" => Access::Roles(READ);
    "replaceRejectionReasons" PUT "/v1/rejection-reasons" => Access::Roles(ADMIN);

    "listNotificationTemplates" GET "/v1/notification-templates" => Access::Roles(READ);
    "replaceNotificationTemplate" PUT "/v1/notification-templates/{event}" => Access::Roles(ADMIN);
    "previewNotificationTemplate" POST "/v1/notification-templates/{event}:preview" => Access::Roles(MANAGE);
    "getNotificationPreferences" GET "/v1/me/notification-preferences" => Access::Roles(READ);
    "replaceNotificationPreferences" PUT "/v1/me/notification-preferences" => Access::Roles(READ);
    "listNotificationDeliveries" GET "/v1/notifications/deliveries" => Access::Roles(ADMIN);
    "getJobAnalytics" GET "/v1/jobs/{id}/analytics" => Access::Roles(READ);
    "getAnalyticsFunnel" GET "/v1/analytics/funnel" => Access::Roles(READ);
    "getAnalyticsSources" GET "/v1/analytics/sources" => Access::Roles(READ);
    "unsubscribePage" GET "/v1/public/unsubscribe" => Access::Public;
    "unsubscribeOneClick" POST "/v1/public/unsubscribe" => Access::Public;
    "confirmEmail" GET "/v1/public/confirm-email" => Access::Public;

    "presignUpload" POST "/v1/uploads:presign" => Access::Roles(UPLOADERS);
    "getUpload" GET "/v1/uploads/{id}" => Access::Roles(UPLOAD_READERS);
    "completeUpload" POST "/v1/uploads/{id}:complete" => Access::Optional(UPLOADERS);

    "listWebhookSubscriptions" GET "/v1/webhooks/subscriptions" => Access::Roles(ADMIN);
    "createWebhookSubscription" POST "/v1/webhooks/subscriptions" => Access::Roles(ADMIN);
    "getWebhookSubscription" GET "/v1/webhooks/subscriptions/{id}" => Access::Roles(ADMIN);
    "deleteWebhookSubscription" DELETE "/v1/webhooks/subscriptions/{id}" => Access::Roles(ADMIN);
    "rotateWebhookSecret" POST "/v1/webhooks/subscriptions/{id}:rotate-secret" => Access::Roles(ADMIN);
    "listWebhookDeliveries" GET "/v1/webhooks/subscriptions/{id}/deliveries" => Access::Roles(ADMIN);
    "redeliverWebhookDelivery" POST "/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}:redeliver" => Access::Roles(ADMIN);
    "pingWebhookSubscription" POST "/v1/webhooks/subscriptions/{id}:ping" => Access::Roles(ADMIN);

    "listEvents" GET "/v1/events" => Access::Roles(READ);

    "getEmployer" GET "/v1/employer" => Access::Roles(READ);
    "updateEmployer" PATCH "/v1/employer" => Access::Roles(ADMIN);

    "listAuditEvents" GET "/v1/audit-events" => Access::Roles(ADMIN);

    "getHealth" GET "/healthz" => Access::Public;
    "getReadiness" GET "/readyz" => Access::Public;
    "getLiveness" GET "/livez" => Access::Public;
    "getJwks" GET "/.well-known/jwks.json" => Access::Public;
    "getOpenapiYaml" GET "/v1/openapi.yaml" => Access::Public;
    "getOpenapiJson" GET "/v1/openapi.json" => Access::Public;
}

/// Every operation, in table order.
pub fn operations() -> &'static [Operation] {
    static TABLE: OnceLock<Vec<Operation>> = OnceLock::new();
    TABLE.get_or_init(table)
}

/// Path parameter names differ between the contract (`{applicantId}`) and the router
/// (`{applicant_id}`); compare shapes only.
pub fn path_shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

/// The operation a routed request is for, by method and route template.
pub fn lookup(method: &Method, route: &str) -> Option<&'static Operation> {
    static INDEX: OnceLock<HashMap<(Method, String), usize>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        operations()
            .iter()
            .enumerate()
            .map(|(i, op)| ((op.method.clone(), path_shape(op.path)), i))
            .collect()
    });
    // HEAD is answered by GET routes.
    let method = if method == Method::HEAD {
        &Method::GET
    } else {
        method
    };
    index
        .get(&(method.clone(), path_shape(route)))
        .map(|&i| &operations()[i])
}

/// Whether any operation lives at this route template.
pub fn path_is_known(route: &str) -> bool {
    let shape = path_shape(route);
    operations().iter().any(|op| path_shape(op.path) == shape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_deny_unless_a_rule_allows() {
        let recruiter = Principal {
            sub: "r".into(),
            employer_id: Some(uuid::Uuid::nil()),
            roles: vec![Recruiter],
            profile: Default::default(),
        };
        assert_eq!(
            decide(Access::Roles(MANAGE), Credentials::None),
            Decision::Unauthorized(None)
        );
        assert_eq!(
            decide(
                Access::Optional(APPLICANT),
                Credentials::Invalid(Some(AuthError::Expired))
            ),
            Decision::Unauthorized(Some(Some(AuthError::Expired)))
        );
        assert_eq!(
            decide(Access::Roles(ADMIN), Credentials::Valid(recruiter.clone())),
            Decision::Forbidden(ADMIN)
        );
        assert_eq!(
            decide(Access::Roles(MANAGE), Credentials::Valid(recruiter.clone())),
            Decision::Allow(Some(recruiter.clone()))
        );
        assert_eq!(
            decide(Access::Public, Credentials::Valid(recruiter)),
            Decision::Allow(None),
            "tokens on public operations are ignored"
        );
        assert_eq!(
            decide(Access::Optional(APPLICANT), Credentials::None),
            Decision::Allow(None)
        );
    }

    #[test]
    fn shapes_ignore_parameter_names() {
        assert_eq!(
            path_shape("/v1/jobs/{id}/shortlist/entries/{applicantId}"),
            path_shape("/v1/jobs/{id}/shortlist/entries/{applicant_id}")
        );
        assert_eq!(path_shape("/v1/jobs/{id}:publish"), "/v1/jobs/{}:publish");
    }

    #[test]
    fn lookup_finds_colon_routes_and_refuses_unknown_ones() {
        let op = lookup(&Method::POST, "/v1/jobs/{id}:publish").unwrap();
        assert_eq!(op.id, "publishJob");
        assert!(lookup(&Method::POST, "/v1/jobs/{id}:frobnicate").is_none());
        assert!(lookup(&Method::PUT, "/v1/jobs").is_none());
    }

    #[test]
    fn operation_ids_are_unique() {
        let mut ids: Vec<_> = operations().iter().map(|o| o.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len());
    }
}

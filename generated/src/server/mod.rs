use std::collections::HashMap;

use axum::{
    body::Body,
    extract::*,
    response::{IntoResponse, Response},
    routing::*,
};
use axum_extra::{
    TypedHeader,
    extract::{CookieJar, Query as QueryExtra},
};
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header::CONTENT_TYPE};
use tracing::error;
use validator::{Validate, ValidationErrors};

#[allow(unused_imports)]
use crate::problem::{self, Claims, Problem, ProblemJson, ProblemPath, ProblemQuery};
#[allow(unused_imports)]
use crate::{apis, models};
use crate::{header, types::*};

/// Setup API Server.
///
/// Paths whose last segment contains `:` are registered in their internal form, see
/// [`crate::internal_route_path`]. Operations with a security requirement read their claims
/// (type `C`) from the request extensions: insert them in a layer before the router.
pub fn new<I, A, E, C>(api_impl: I) -> Router
where
    I: AsRef<A> + Clone + Send + Sync + 'static,
    A: apis::applicants::Applicants<E, Claims = C>
        + apis::applications::Applications<E, Claims = C>
        + apis::audit::Audit<E, Claims = C>
        + apis::collaboration::Collaboration<E, Claims = C>
        + apis::employer::Employer<E, Claims = C>
        + apis::events::Events<E, Claims = C>
        + apis::jobs::Jobs<E, Claims = C>
        + apis::members::Members<E, Claims = C>
        + apis::notifications::Notifications<E, Claims = C>
        + apis::operations::Operations<E>
        + apis::public::Public<E, Claims = C>
        + apis::shortlists::Shortlists<E, Claims = C>
        + apis::taxonomy::Taxonomy<E>
        + apis::uploads::Uploads<E, Claims = C>
        + apis::webhooks::Webhooks<E, Claims = C>
        + Send
        + Sync
        + 'static,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // build our application with a route
    Router::new()
        // Segments starting with `:` are literal in axum 0.8; allow them (colon routes).
        .without_v07_checks()
        .route(
            &crate::internal_route_path("/.well-known/jwks.json"),
            get(get_jwks::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/healthz"),
            get(get_health::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/livez"),
            get(get_liveness::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/readyz"),
            get(get_readiness::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/v1/applicants"),
            get(list_applicants::<I, A, E, C>).post(create_applicant::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/applicants/{id}"),
            delete(delete_applicant::<I, A, E, C>)
                .get(get_applicant::<I, A, E, C>)
                .patch(update_applicant::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/applications"),
            get(list_applications::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/applications/{id}"),
            get(get_application::<I, A, E, C>).patch(update_application::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/applications/{id}/activity"),
            get(list_application_activity::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/applications/{id}/comments"),
            get(list_application_comments::<I, A, E, C>)
                .post(create_application_comment::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/applications/{id}/comments/{comment_id}"),
            delete(delete_application_comment::<I, A, E, C>)
                .get(get_application_comment::<I, A, E, C>)
                .patch(update_application_comment::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/applications/{id}:merge"),
            post(merge_application_submission::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/audit-events"),
            get(list_audit_events::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/employer"),
            get(get_employer::<I, A, E, C>).patch(update_employer::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/events"),
            get(list_events::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs"),
            get(list_jobs::<I, A, E, C>).post(create_job::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}"),
            delete(delete_job::<I, A, E, C>)
                .get(get_job::<I, A, E, C>)
                .patch(update_job::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}/applications"),
            get(list_job_applications::<I, A, E, C>).post(create_job_application::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}/shortlist"),
            get(get_shortlist::<I, A, E, C>).put(replace_shortlist::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}/shortlist/entries"),
            post(upsert_shortlist_entry::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}/shortlist/entries/{applicant_id}"),
            delete(delete_shortlist_entry::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}/team"),
            get(get_job_team::<I, A, E, C>).put(replace_job_team::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}:close"),
            post(close_job::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/jobs/{id}:publish"),
            post(publish_job::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/me/applications"),
            get(list_my_applications::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/me/notification-preferences"),
            get(get_notification_preferences::<I, A, E, C>)
                .put(replace_notification_preferences::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/members"),
            get(list_members::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/members/{id}"),
            get(get_member::<I, A, E, C>).patch(update_member::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/notification-templates"),
            get(list_notification_templates::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/notification-templates/{event}"),
            put(replace_notification_template::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/notification-templates/{event}:preview"),
            post(preview_notification_template::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/notifications/deliveries"),
            get(list_notification_deliveries::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/openapi.json"),
            get(get_openapi_json::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/v1/openapi.yaml"),
            get(get_openapi_yaml::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/v1/public/confirm-email"),
            get(confirm_email::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/employers/{slug}"),
            get(get_public_employer::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/jobs"),
            get(search_public_jobs::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/jobs/changes"),
            get(list_public_job_changes::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/jobs/feed"),
            get(get_public_job_feed::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/jobs/suggest"),
            get(suggest_public_jobs::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/jobs/{id}"),
            get(get_public_job::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/jobs/{id}/apply"),
            post(apply_to_job::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/jobs/{id}/uploads:presign"),
            post(presign_public_upload::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/public/unsubscribe"),
            get(unsubscribe_page::<I, A, E, C>).post(unsubscribe_one_click::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/rejection-reasons"),
            get(get_rejection_reasons::<I, A, E, C>).put(replace_rejection_reasons::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/taxonomy/departments"),
            get(list_departments::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/v1/taxonomy/languages"),
            get(list_languages::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/v1/taxonomy/locations"),
            get(list_locations::<I, A, E>),
        )
        .route(
            &crate::internal_route_path("/v1/uploads/{id}"),
            get(get_upload::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/uploads/{id}:complete"),
            post(complete_upload::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/uploads:presign"),
            post(presign_upload::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/webhooks/subscriptions"),
            get(list_webhook_subscriptions::<I, A, E, C>)
                .post(create_webhook_subscription::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/webhooks/subscriptions/{id}"),
            delete(delete_webhook_subscription::<I, A, E, C>)
                .get(get_webhook_subscription::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/webhooks/subscriptions/{id}/deliveries"),
            get(list_webhook_deliveries::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path(
                "/v1/webhooks/subscriptions/{id}/deliveries/{delivery_id}:redeliver",
            ),
            post(redeliver_webhook_delivery::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/webhooks/subscriptions/{id}:ping"),
            post(ping_webhook_subscription::<I, A, E, C>),
        )
        .route(
            &crate::internal_route_path("/v1/webhooks/subscriptions/{id}:rotate-secret"),
            post(rotate_webhook_secret::<I, A, E, C>),
        )
        .with_state(api_impl)
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateApplicantBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ApplicantCreate,
}

#[tracing::instrument(skip_all)]
fn create_applicant_validation(
    header_params: models::CreateApplicantHeaderParams,
    body: models::ApplicantCreate,
) -> std::result::Result<(models::CreateApplicantHeaderParams, models::ApplicantCreate), Problem> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    let b = CreateApplicantBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, body))
}
/// CreateApplicant - POST /v1/applicants
#[tracing::instrument(skip_all)]
async fn create_applicant<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::ApplicantCreate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applicants::Applicants<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::CreateApplicantHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_applicant_validation(header_params, body);

    let Ok((header_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .create_applicant(&method, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::applicants::CreateApplicantResponse::Status201_Created {
                    body,
                    location,
                    e_tag,
                } => {
                    let mut response = Response::builder();
                    {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("location"), location);
                    }
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(201);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status409_Conflict(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(409);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status413_ContentTooLarge(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(413);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status415_UnsupportedMediaType(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(415);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status422_UnprocessableContent(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(422);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::CreateApplicantResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn delete_applicant_validation(
    path_params: models::DeleteApplicantPathParams,
) -> std::result::Result<(models::DeleteApplicantPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// DeleteApplicant - DELETE /v1/applicants/{id}
#[tracing::instrument(skip_all)]
async fn delete_applicant<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::DeleteApplicantPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applicants::Applicants<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = delete_applicant_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .delete_applicant(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::applicants::DeleteApplicantResponse::Status204_Erased => {
                let mut response = Response::builder();
                let mut response = response.status(204);
                response.body(Body::empty())
            }
            apis::applicants::DeleteApplicantResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::DeleteApplicantResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::DeleteApplicantResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::DeleteApplicantResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::DeleteApplicantResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::DeleteApplicantResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_applicant_validation(
    path_params: models::GetApplicantPathParams,
) -> std::result::Result<(models::GetApplicantPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetApplicant - GET /v1/applicants/{id}
#[tracing::instrument(skip_all)]
async fn get_applicant<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetApplicantPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applicants::Applicants<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_applicant_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_applicant(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::applicants::GetApplicantResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::GetApplicantResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::GetApplicantResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::GetApplicantResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::GetApplicantResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::GetApplicantResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::GetApplicantResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_applicants_validation(
    query_params: models::ListApplicantsQueryParams,
) -> std::result::Result<(models::ListApplicantsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("q", "q"),
                ("skill", "skill"),
                ("language", "language"),
                ("updated_after", "updated_after"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListApplicants - GET /v1/applicants
#[tracing::instrument(skip_all)]
async fn list_applicants<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListApplicantsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applicants::Applicants<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_applicants_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_applicants(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::applicants::ListApplicantsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::ListApplicantsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::ListApplicantsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::ListApplicantsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::ListApplicantsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applicants::ListApplicantsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateApplicantBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ApplicantUpdate,
}

#[tracing::instrument(skip_all)]
fn update_applicant_validation(
    header_params: models::UpdateApplicantHeaderParams,
    path_params: models::UpdateApplicantPathParams,
    body: models::ApplicantUpdate,
) -> std::result::Result<
    (
        models::UpdateApplicantHeaderParams,
        models::UpdateApplicantPathParams,
        models::ApplicantUpdate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = UpdateApplicantBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// UpdateApplicant - PATCH /v1/applicants/{id}
#[tracing::instrument(skip_all)]
async fn update_applicant<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::UpdateApplicantPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::ApplicantUpdate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applicants::Applicants<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::UpdateApplicantHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = update_applicant_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .update_applicant(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::applicants::UpdateApplicantResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status409_Conflict(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(409);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status412_PreconditionFailed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(412);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status428_PreconditionRequired(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(428);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status413_ContentTooLarge(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(413);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status415_UnsupportedMediaType(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(415);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status422_UnprocessableContent(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(422);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applicants::UpdateApplicantResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateJobApplicationBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ApplicationCreate,
}

#[tracing::instrument(skip_all)]
fn create_job_application_validation(
    header_params: models::CreateJobApplicationHeaderParams,
    path_params: models::CreateJobApplicationPathParams,
    body: models::ApplicationCreate,
) -> std::result::Result<
    (
        models::CreateJobApplicationHeaderParams,
        models::CreateJobApplicationPathParams,
        models::ApplicationCreate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = CreateJobApplicationBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// CreateJobApplication - POST /v1/jobs/{id}/applications
#[tracing::instrument(skip_all)]
async fn create_job_application<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::CreateJobApplicationPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::ApplicationCreate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applications::Applications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::CreateJobApplicationHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_job_application_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .create_job_application(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::applications::CreateJobApplicationResponse::Status201_Created {
                body,
                location,
                e_tag,
            } => {
                let mut response = Response::builder();
                {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("location"), location);
                }
                {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(201);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status415_UnsupportedMediaType(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status422_UnprocessableContent(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::CreateJobApplicationResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_application_validation(
    path_params: models::GetApplicationPathParams,
) -> std::result::Result<(models::GetApplicationPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetApplication - GET /v1/applications/{id}
#[tracing::instrument(skip_all)]
async fn get_application<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetApplicationPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applications::Applications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_application_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_application(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::applications::GetApplicationResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applications::GetApplicationResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applications::GetApplicationResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applications::GetApplicationResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applications::GetApplicationResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applications::GetApplicationResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::applications::GetApplicationResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_applications_validation(
    query_params: models::ListApplicationsQueryParams,
) -> std::result::Result<(models::ListApplicationsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("status", "status"),
                ("job_id", "job_id"),
                ("assignee", "assignee"),
                ("rejection_reason_id", "rejection_reason_id"),
                ("updated_after", "updated_after"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListApplications - GET /v1/applications
#[tracing::instrument(skip_all)]
async fn list_applications<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListApplicationsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applications::Applications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_applications_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_applications(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::applications::ListApplicationsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListApplicationsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListApplicationsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListApplicationsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListApplicationsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListApplicationsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_job_applications_validation(
    path_params: models::ListJobApplicationsPathParams,
    query_params: models::ListJobApplicationsQueryParams,
) -> std::result::Result<
    (
        models::ListJobApplicationsPathParams,
        models::ListJobApplicationsQueryParams,
    ),
    Problem,
> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("status", "status"),
                ("assignee", "assignee"),
                ("rejection_reason_id", "rejection_reason_id"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((path_params, query_params))
}
/// ListJobApplications - GET /v1/jobs/{id}/applications
#[tracing::instrument(skip_all)]
async fn list_job_applications<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::ListJobApplicationsPathParams>,
    ProblemQuery(query_params): ProblemQuery<models::ListJobApplicationsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applications::Applications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_job_applications_validation(path_params, query_params);

    let Ok((path_params, query_params)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_job_applications(&method, &cookies, &claims, &path_params, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::applications::ListJobApplicationsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListJobApplicationsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListJobApplicationsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListJobApplicationsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListJobApplicationsResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListJobApplicationsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListJobApplicationsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_my_applications_validation(
    query_params: models::ListMyApplicationsQueryParams,
) -> std::result::Result<(models::ListMyApplicationsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem("query", &e, &[("cursor", "cursor"), ("limit", "limit")])
    })?;

    Ok((query_params,))
}
/// ListMyApplications - GET /v1/me/applications
#[tracing::instrument(skip_all)]
async fn list_my_applications<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListMyApplicationsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applications::Applications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_my_applications_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_my_applications(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::applications::ListMyApplicationsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListMyApplicationsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListMyApplicationsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListMyApplicationsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListMyApplicationsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::ListMyApplicationsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn merge_application_submission_validation(
    path_params: models::MergeApplicationSubmissionPathParams,
    query_params: models::MergeApplicationSubmissionQueryParams,
) -> std::result::Result<
    (
        models::MergeApplicationSubmissionPathParams,
        models::MergeApplicationSubmissionQueryParams,
    ),
    Problem,
> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    query_params.validate().map_err(|e| {
        problem::params_validation_problem("query", &e, &[("submission_id", "submission_id")])
    })?;

    Ok((path_params, query_params))
}
/// MergeApplicationSubmission - POST /v1/applications/{id}:merge
#[tracing::instrument(skip_all)]
async fn merge_application_submission<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::MergeApplicationSubmissionPathParams>,
    ProblemQuery(query_params): ProblemQuery<models::MergeApplicationSubmissionQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applications::Applications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = merge_application_submission_validation(path_params, query_params);

    let Ok((path_params, query_params)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .merge_application_submission(&method, &cookies, &claims, &path_params, &query_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::applications::MergeApplicationSubmissionResponse::Status200_OK
                                                    {
                                                        body,
                                                        content_location,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let content_location = match header::IntoHeaderValue(content_location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling content_location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("content-location"),
                              content_location
                        );
                    }
                     {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::applications::MergeApplicationSubmissionResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::applications::MergeApplicationSubmissionResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::applications::MergeApplicationSubmissionResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::applications::MergeApplicationSubmissionResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::applications::MergeApplicationSubmissionResponse::Status409_Conflict
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::applications::MergeApplicationSubmissionResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::applications::MergeApplicationSubmissionResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateApplicationBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ApplicationUpdate,
}

#[tracing::instrument(skip_all)]
fn update_application_validation(
    header_params: models::UpdateApplicationHeaderParams,
    path_params: models::UpdateApplicationPathParams,
    body: models::ApplicationUpdate,
) -> std::result::Result<
    (
        models::UpdateApplicationHeaderParams,
        models::UpdateApplicationPathParams,
        models::ApplicationUpdate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = UpdateApplicationBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// UpdateApplication - PATCH /v1/applications/{id}
#[tracing::instrument(skip_all)]
async fn update_application<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::UpdateApplicationPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::ApplicationUpdate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::applications::Applications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::UpdateApplicationHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = update_application_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .update_application(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::applications::UpdateApplicationResponse::Status200_OK { body, e_tag } => {
                let mut response = Response::builder();
                {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status412_PreconditionFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status428_PreconditionRequired(body) => {
                let mut response = Response::builder();
                let mut response = response.status(428);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status415_UnsupportedMediaType(body) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::applications::UpdateApplicationResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_audit_events_validation(
    query_params: models::ListAuditEventsQueryParams,
) -> std::result::Result<(models::ListAuditEventsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("entity_type", "entity_type"),
                ("entity_id", "entity_id"),
                ("action", "action"),
                ("since", "since"),
                ("until", "until"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListAuditEvents - GET /v1/audit-events
#[tracing::instrument(skip_all)]
async fn list_audit_events<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListAuditEventsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::audit::Audit<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_audit_events_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_audit_events(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::audit::ListAuditEventsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::audit::ListAuditEventsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::audit::ListAuditEventsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::audit::ListAuditEventsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::audit::ListAuditEventsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::audit::ListAuditEventsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateApplicationCommentBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::CommentCreate,
}

#[tracing::instrument(skip_all)]
fn create_application_comment_validation(
    header_params: models::CreateApplicationCommentHeaderParams,
    path_params: models::CreateApplicationCommentPathParams,
    body: models::CommentCreate,
) -> std::result::Result<
    (
        models::CreateApplicationCommentHeaderParams,
        models::CreateApplicationCommentPathParams,
        models::CommentCreate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = CreateApplicationCommentBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// CreateApplicationComment - POST /v1/applications/{id}/comments
#[tracing::instrument(skip_all)]
async fn create_application_comment<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::CreateApplicationCommentPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::CommentCreate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::CreateApplicationCommentHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_application_comment_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .create_application_comment(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::collaboration::CreateApplicationCommentResponse::Status201_Created
                                                    {
                                                        body,
                                                        location,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                     {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status409_Conflict
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status413_ContentTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status415_UnsupportedMediaType
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status422_UnprocessableContent
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::CreateApplicationCommentResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn delete_application_comment_validation(
    path_params: models::DeleteApplicationCommentPathParams,
) -> std::result::Result<(models::DeleteApplicationCommentPathParams,), Problem> {
    path_params.validate().map_err(|e| {
        problem::params_validation_problem("path", &e, &[("id", "id"), ("comment_id", "commentId")])
    })?;

    Ok((path_params,))
}
/// DeleteApplicationComment - DELETE /v1/applications/{id}/comments/{commentId}
#[tracing::instrument(skip_all)]
async fn delete_application_comment<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::DeleteApplicationCommentPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = delete_application_comment_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .delete_application_comment(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::collaboration::DeleteApplicationCommentResponse::Status204_Deleted => {
                let mut response = Response::builder();
                let mut response = response.status(204);
                response.body(Body::empty())
            }
            apis::collaboration::DeleteApplicationCommentResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::DeleteApplicationCommentResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::DeleteApplicationCommentResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::DeleteApplicationCommentResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::DeleteApplicationCommentResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::DeleteApplicationCommentResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_application_comment_validation(
    path_params: models::GetApplicationCommentPathParams,
) -> std::result::Result<(models::GetApplicationCommentPathParams,), Problem> {
    path_params.validate().map_err(|e| {
        problem::params_validation_problem("path", &e, &[("id", "id"), ("comment_id", "commentId")])
    })?;

    Ok((path_params,))
}
/// GetApplicationComment - GET /v1/applications/{id}/comments/{commentId}
#[tracing::instrument(skip_all)]
async fn get_application_comment<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetApplicationCommentPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_application_comment_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_application_comment(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::collaboration::GetApplicationCommentResponse::Status200_OK { body, e_tag } => {
                let mut response = Response::builder();
                {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::GetApplicationCommentResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::GetApplicationCommentResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::GetApplicationCommentResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::GetApplicationCommentResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::GetApplicationCommentResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::GetApplicationCommentResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_job_team_validation(
    path_params: models::GetJobTeamPathParams,
) -> std::result::Result<(models::GetJobTeamPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetJobTeam - GET /v1/jobs/{id}/team
#[tracing::instrument(skip_all)]
async fn get_job_team<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetJobTeamPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_job_team_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_job_team(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::collaboration::GetJobTeamResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetJobTeamResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetJobTeamResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetJobTeamResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetJobTeamResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetJobTeamResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetJobTeamResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_rejection_reasons_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetRejectionReasons - GET /v1/rejection-reasons
#[tracing::instrument(skip_all)]
async fn get_rejection_reasons<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_rejection_reasons_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_rejection_reasons(&method, &cookies, &claims)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::collaboration::GetRejectionReasonsResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetRejectionReasonsResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetRejectionReasonsResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetRejectionReasonsResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetRejectionReasonsResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::collaboration::GetRejectionReasonsResponse::Status503_ServiceUnavailable(
                    body,
                ) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_application_activity_validation(
    path_params: models::ListApplicationActivityPathParams,
    query_params: models::ListApplicationActivityQueryParams,
) -> std::result::Result<
    (
        models::ListApplicationActivityPathParams,
        models::ListApplicationActivityQueryParams,
    ),
    Problem,
> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    query_params.validate().map_err(|e| {
        problem::params_validation_problem("query", &e, &[("cursor", "cursor"), ("limit", "limit")])
    })?;

    Ok((path_params, query_params))
}
/// ListApplicationActivity - GET /v1/applications/{id}/activity
#[tracing::instrument(skip_all)]
async fn list_application_activity<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::ListApplicationActivityPathParams>,
    ProblemQuery(query_params): ProblemQuery<models::ListApplicationActivityQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_application_activity_validation(path_params, query_params);

    let Ok((path_params, query_params)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_application_activity(&method, &cookies, &claims, &path_params, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::collaboration::ListApplicationActivityResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationActivityResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationActivityResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationActivityResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationActivityResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationActivityResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationActivityResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_application_comments_validation(
    path_params: models::ListApplicationCommentsPathParams,
    query_params: models::ListApplicationCommentsQueryParams,
) -> std::result::Result<
    (
        models::ListApplicationCommentsPathParams,
        models::ListApplicationCommentsQueryParams,
    ),
    Problem,
> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    query_params.validate().map_err(|e| {
        problem::params_validation_problem("query", &e, &[("cursor", "cursor"), ("limit", "limit")])
    })?;

    Ok((path_params, query_params))
}
/// ListApplicationComments - GET /v1/applications/{id}/comments
#[tracing::instrument(skip_all)]
async fn list_application_comments<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::ListApplicationCommentsPathParams>,
    ProblemQuery(query_params): ProblemQuery<models::ListApplicationCommentsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_application_comments_validation(path_params, query_params);

    let Ok((path_params, query_params)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_application_comments(&method, &cookies, &claims, &path_params, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::collaboration::ListApplicationCommentsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationCommentsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationCommentsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationCommentsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationCommentsResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationCommentsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ListApplicationCommentsResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ReplaceJobTeamBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::JobTeamReplace,
}

#[tracing::instrument(skip_all)]
fn replace_job_team_validation(
    header_params: models::ReplaceJobTeamHeaderParams,
    path_params: models::ReplaceJobTeamPathParams,
    body: models::JobTeamReplace,
) -> std::result::Result<
    (
        models::ReplaceJobTeamHeaderParams,
        models::ReplaceJobTeamPathParams,
        models::JobTeamReplace,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = ReplaceJobTeamBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// ReplaceJobTeam - PUT /v1/jobs/{id}/team
#[tracing::instrument(skip_all)]
async fn replace_job_team<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::ReplaceJobTeamPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::JobTeamReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::ReplaceJobTeamHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = replace_job_team_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .replace_job_team(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::collaboration::ReplaceJobTeamResponse::Status200_OK { body, e_tag } => {
                let mut response = Response::builder();
                {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status412_PreconditionFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status415_UnsupportedMediaType(body) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status428_PreconditionRequired(body) => {
                let mut response = Response::builder();
                let mut response = response.status(428);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::collaboration::ReplaceJobTeamResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ReplaceRejectionReasonsBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::RejectionReasonsReplace,
}

#[tracing::instrument(skip_all)]
fn replace_rejection_reasons_validation(
    header_params: models::ReplaceRejectionReasonsHeaderParams,
    body: models::RejectionReasonsReplace,
) -> std::result::Result<
    (
        models::ReplaceRejectionReasonsHeaderParams,
        models::RejectionReasonsReplace,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    let b = ReplaceRejectionReasonsBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, body))
}
/// ReplaceRejectionReasons - PUT /v1/rejection-reasons
#[tracing::instrument(skip_all)]
async fn replace_rejection_reasons<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::RejectionReasonsReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::ReplaceRejectionReasonsHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = replace_rejection_reasons_validation(header_params, body);

    let Ok((header_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .replace_rejection_reasons(&method, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status200_OK
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status412_PreconditionFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status413_ContentTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status415_UnsupportedMediaType
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status422_UnprocessableContent
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status428_PreconditionRequired
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(428);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::ReplaceRejectionReasonsResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateApplicationCommentBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::CommentUpdate,
}

#[tracing::instrument(skip_all)]
fn update_application_comment_validation(
    header_params: models::UpdateApplicationCommentHeaderParams,
    path_params: models::UpdateApplicationCommentPathParams,
    body: models::CommentUpdate,
) -> std::result::Result<
    (
        models::UpdateApplicationCommentHeaderParams,
        models::UpdateApplicationCommentPathParams,
        models::CommentUpdate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params.validate().map_err(|e| {
        problem::params_validation_problem("path", &e, &[("id", "id"), ("comment_id", "commentId")])
    })?;
    let b = UpdateApplicationCommentBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// UpdateApplicationComment - PATCH /v1/applications/{id}/comments/{commentId}
#[tracing::instrument(skip_all)]
async fn update_application_comment<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::UpdateApplicationCommentPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::CommentUpdate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::collaboration::Collaboration<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::UpdateApplicationCommentHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = update_application_comment_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .update_application_comment(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::collaboration::UpdateApplicationCommentResponse::Status200_OK
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status412_PreconditionFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status413_ContentTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status415_UnsupportedMediaType
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status422_UnprocessableContent
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status428_PreconditionRequired
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(428);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::collaboration::UpdateApplicationCommentResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_employer_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetEmployer - GET /v1/employer
#[tracing::instrument(skip_all)]
async fn get_employer<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::employer::Employer<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_employer_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_employer(&method, &cookies, &claims)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::employer::GetEmployerResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::GetEmployerResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::GetEmployerResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::GetEmployerResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::GetEmployerResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateEmployerBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::EmployerUpdate,
}

#[tracing::instrument(skip_all)]
fn update_employer_validation(
    header_params: models::UpdateEmployerHeaderParams,
    body: models::EmployerUpdate,
) -> std::result::Result<(models::UpdateEmployerHeaderParams, models::EmployerUpdate), Problem> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    let b = UpdateEmployerBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, body))
}
/// UpdateEmployer - PATCH /v1/employer
#[tracing::instrument(skip_all)]
async fn update_employer<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::EmployerUpdate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::employer::Employer<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::UpdateEmployerHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = update_employer_validation(header_params, body);

    let Ok((header_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .update_employer(&method, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::employer::UpdateEmployerResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status412_PreconditionFailed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(412);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status428_PreconditionRequired(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(428);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status413_ContentTooLarge(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(413);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status415_UnsupportedMediaType(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(415);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status422_UnprocessableContent(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(422);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::employer::UpdateEmployerResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_events_validation(
    query_params: models::ListEventsQueryParams,
) -> std::result::Result<(models::ListEventsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("r#type", "type"),
                ("since", "since"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListEvents - GET /v1/events
#[tracing::instrument(skip_all)]
async fn list_events<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListEventsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::events::Events<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_events_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_events(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::events::ListEventsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::events::ListEventsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::events::ListEventsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::events::ListEventsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::events::ListEventsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::events::ListEventsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn close_job_validation(
    path_params: models::CloseJobPathParams,
) -> std::result::Result<(models::CloseJobPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// CloseJob - POST /v1/jobs/{id}:close
#[tracing::instrument(skip_all)]
async fn close_job<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::CloseJobPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = close_job_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .close_job(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::jobs::CloseJobResponse::Status200_OK {
                    body,
                    content_location,
                    e_tag,
                } => {
                    let mut response = Response::builder();
                    {
                        let content_location = match header::IntoHeaderValue(content_location)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling content_location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("content-location"),
                            content_location,
                        );
                    }
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CloseJobResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CloseJobResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CloseJobResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CloseJobResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CloseJobResponse::Status409_Conflict(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(409);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CloseJobResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CloseJobResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateJobBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::JobCreate,
}

#[tracing::instrument(skip_all)]
fn create_job_validation(
    header_params: models::CreateJobHeaderParams,
    body: models::JobCreate,
) -> std::result::Result<(models::CreateJobHeaderParams, models::JobCreate), Problem> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    let b = CreateJobBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, body))
}
/// CreateJob - POST /v1/jobs
#[tracing::instrument(skip_all)]
async fn create_job<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::JobCreate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::CreateJobHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_job_validation(header_params, body);

    let Ok((header_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .create_job(&method, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::jobs::CreateJobResponse::Status201_Created {
                    body,
                    location,
                    e_tag,
                } => {
                    let mut response = Response::builder();
                    {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("location"), location);
                    }
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(201);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status409_Conflict(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(409);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status413_ContentTooLarge(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(413);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status415_UnsupportedMediaType(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(415);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status422_UnprocessableContent(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(422);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::CreateJobResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn delete_job_validation(
    path_params: models::DeleteJobPathParams,
) -> std::result::Result<(models::DeleteJobPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// DeleteJob - DELETE /v1/jobs/{id}
#[tracing::instrument(skip_all)]
async fn delete_job<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::DeleteJobPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = delete_job_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .delete_job(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::jobs::DeleteJobResponse::Status204_Deleted => {
                let mut response = Response::builder();
                let mut response = response.status(204);
                response.body(Body::empty())
            }
            apis::jobs::DeleteJobResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::DeleteJobResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::DeleteJobResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::DeleteJobResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::DeleteJobResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::DeleteJobResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::DeleteJobResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_job_validation(
    path_params: models::GetJobPathParams,
) -> std::result::Result<(models::GetJobPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetJob - GET /v1/jobs/{id}
#[tracing::instrument(skip_all)]
async fn get_job<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetJobPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_job_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_job(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::jobs::GetJobResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_jobs_validation(
    query_params: models::ListJobsQueryParams,
) -> std::result::Result<(models::ListJobsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("q", "q"),
                ("status", "status"),
                ("department", "department"),
                ("language", "language"),
                ("location", "location"),
                ("employment_type", "employment_type"),
                ("updated_after", "updated_after"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListJobs - GET /v1/jobs
#[tracing::instrument(skip_all)]
async fn list_jobs<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListJobsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_jobs_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_jobs(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::jobs::ListJobsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn publish_job_validation(
    path_params: models::PublishJobPathParams,
) -> std::result::Result<(models::PublishJobPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// PublishJob - POST /v1/jobs/{id}:publish
#[tracing::instrument(skip_all)]
async fn publish_job<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::PublishJobPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = publish_job_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .publish_job(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::jobs::PublishJobResponse::Status200_OK {
                    body,
                    content_location,
                    e_tag,
                } => {
                    let mut response = Response::builder();
                    {
                        let content_location = match header::IntoHeaderValue(content_location)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling content_location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("content-location"),
                            content_location,
                        );
                    }
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::PublishJobResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::PublishJobResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::PublishJobResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::PublishJobResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::PublishJobResponse::Status409_Conflict(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(409);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::PublishJobResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::PublishJobResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateJobBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::JobUpdate,
}

#[tracing::instrument(skip_all)]
fn update_job_validation(
    header_params: models::UpdateJobHeaderParams,
    path_params: models::UpdateJobPathParams,
    body: models::JobUpdate,
) -> std::result::Result<
    (
        models::UpdateJobHeaderParams,
        models::UpdateJobPathParams,
        models::JobUpdate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = UpdateJobBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// UpdateJob - PATCH /v1/jobs/{id}
#[tracing::instrument(skip_all)]
async fn update_job<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::UpdateJobPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::JobUpdate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::UpdateJobHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = update_job_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .update_job(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::jobs::UpdateJobResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status409_Conflict(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(409);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status412_PreconditionFailed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(412);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status428_PreconditionRequired(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(428);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status413_ContentTooLarge(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(413);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status415_UnsupportedMediaType(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(415);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status422_UnprocessableContent(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(422);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::UpdateJobResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_member_validation(
    path_params: models::GetMemberPathParams,
) -> std::result::Result<(models::GetMemberPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetMember - GET /v1/members/{id}
#[tracing::instrument(skip_all)]
async fn get_member<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetMemberPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::members::Members<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_member_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_member(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::members::GetMemberResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::GetMemberResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::GetMemberResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::GetMemberResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::GetMemberResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::GetMemberResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::GetMemberResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_members_validation(
    query_params: models::ListMembersQueryParams,
) -> std::result::Result<(models::ListMembersQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("role", "role"),
                ("status", "status"),
                ("q", "q"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListMembers - GET /v1/members
#[tracing::instrument(skip_all)]
async fn list_members<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListMembersQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::members::Members<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_members_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_members(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::members::ListMembersResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::members::ListMembersResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::members::ListMembersResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::members::ListMembersResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::members::ListMembersResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::members::ListMembersResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateMemberBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::MemberUpdate,
}

#[tracing::instrument(skip_all)]
fn update_member_validation(
    header_params: models::UpdateMemberHeaderParams,
    path_params: models::UpdateMemberPathParams,
    body: models::MemberUpdate,
) -> std::result::Result<
    (
        models::UpdateMemberHeaderParams,
        models::UpdateMemberPathParams,
        models::MemberUpdate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = UpdateMemberBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// UpdateMember - PATCH /v1/members/{id}
#[tracing::instrument(skip_all)]
async fn update_member<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::UpdateMemberPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::MemberUpdate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::members::Members<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::UpdateMemberHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = update_member_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .update_member(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::members::UpdateMemberResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status412_PreconditionFailed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(412);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status413_ContentTooLarge(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(413);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status415_UnsupportedMediaType(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(415);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status422_UnprocessableContent(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(422);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status428_PreconditionRequired(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(428);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::members::UpdateMemberResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn confirm_email_validation(
    query_params: models::ConfirmEmailQueryParams,
) -> std::result::Result<(models::ConfirmEmailQueryParams,), Problem> {
    query_params
        .validate()
        .map_err(|e| problem::params_validation_problem("query", &e, &[("token", "token")]))?;

    Ok((query_params,))
}
/// ConfirmEmail - GET /v1/public/confirm-email
#[tracing::instrument(skip_all)]
async fn confirm_email<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ConfirmEmailQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = confirm_email_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .confirm_email(&method, &cookies, &query_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::ConfirmEmailResponse::Status200_APageSayingTheAddressIsConfirmed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/html"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ConfirmEmailResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ConfirmEmailResponse::Status410_Gone
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(410);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ConfirmEmailResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ConfirmEmailResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_notification_preferences_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetNotificationPreferences - GET /v1/me/notification-preferences
#[tracing::instrument(skip_all)]
async fn get_notification_preferences<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_notification_preferences_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_notification_preferences(&method, &cookies, &claims)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::GetNotificationPreferencesResponse::Status200_OK
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::GetNotificationPreferencesResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::GetNotificationPreferencesResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::GetNotificationPreferencesResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::GetNotificationPreferencesResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::GetNotificationPreferencesResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_notification_deliveries_validation(
    query_params: models::ListNotificationDeliveriesQueryParams,
) -> std::result::Result<(models::ListNotificationDeliveriesQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("status", "status"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListNotificationDeliveries - GET /v1/notifications/deliveries
#[tracing::instrument(skip_all)]
async fn list_notification_deliveries<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListNotificationDeliveriesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_notification_deliveries_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_notification_deliveries(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::ListNotificationDeliveriesResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationDeliveriesResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationDeliveriesResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationDeliveriesResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationDeliveriesResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationDeliveriesResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_notification_templates_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// ListNotificationTemplates - GET /v1/notification-templates
#[tracing::instrument(skip_all)]
async fn list_notification_templates<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_notification_templates_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_notification_templates(&method, &cookies, &claims)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::ListNotificationTemplatesResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationTemplatesResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationTemplatesResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationTemplatesResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationTemplatesResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ListNotificationTemplatesResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct PreviewNotificationTemplateBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::NotificationPreviewRequest,
}

#[tracing::instrument(skip_all)]
fn preview_notification_template_validation(
    path_params: models::PreviewNotificationTemplatePathParams,
    body: Option<models::NotificationPreviewRequest>,
) -> std::result::Result<
    (
        models::PreviewNotificationTemplatePathParams,
        Option<models::NotificationPreviewRequest>,
    ),
    Problem,
> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("event", "event")]))?;
    if let Some(body) = &body {
        let b = PreviewNotificationTemplateBodyValidator { body };
        b.validate().map_err(|e| {
            problem::body_validation_problem(&e, serde_json::to_value(body).ok().as_ref())
        })?;
    }

    Ok((path_params, body))
}
/// PreviewNotificationTemplate - POST /v1/notification-templates/{event}:preview
#[tracing::instrument(skip_all)]
async fn preview_notification_template<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::PreviewNotificationTemplatePathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<Option<models::NotificationPreviewRequest>>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = preview_notification_template_validation(path_params, body);

    let Ok((path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .preview_notification_template(&method, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::PreviewNotificationTemplateResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status413_ContentTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status415_UnsupportedMediaType
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status422_UnprocessableContent
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::PreviewNotificationTemplateResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ReplaceNotificationPreferencesBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::NotificationPreferencesReplace,
}

#[tracing::instrument(skip_all)]
fn replace_notification_preferences_validation(
    header_params: models::ReplaceNotificationPreferencesHeaderParams,
    body: models::NotificationPreferencesReplace,
) -> std::result::Result<
    (
        models::ReplaceNotificationPreferencesHeaderParams,
        models::NotificationPreferencesReplace,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    let b = ReplaceNotificationPreferencesBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, body))
}
/// ReplaceNotificationPreferences - PUT /v1/me/notification-preferences
#[tracing::instrument(skip_all)]
async fn replace_notification_preferences<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::NotificationPreferencesReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::ReplaceNotificationPreferencesHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = replace_notification_preferences_validation(header_params, body);

    let Ok((header_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .replace_notification_preferences(&method, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status200_OK
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status412_PreconditionFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status413_ContentTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status415_UnsupportedMediaType
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status422_UnprocessableContent
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status428_PreconditionRequired
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(428);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationPreferencesResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ReplaceNotificationTemplateBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::NotificationTemplateReplace,
}

#[tracing::instrument(skip_all)]
fn replace_notification_template_validation(
    header_params: models::ReplaceNotificationTemplateHeaderParams,
    path_params: models::ReplaceNotificationTemplatePathParams,
    query_params: models::ReplaceNotificationTemplateQueryParams,
    body: models::NotificationTemplateReplace,
) -> std::result::Result<
    (
        models::ReplaceNotificationTemplateHeaderParams,
        models::ReplaceNotificationTemplatePathParams,
        models::ReplaceNotificationTemplateQueryParams,
        models::NotificationTemplateReplace,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("event", "event")]))?;
    query_params
        .validate()
        .map_err(|e| problem::params_validation_problem("query", &e, &[("locale", "locale")]))?;
    let b = ReplaceNotificationTemplateBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, query_params, body))
}
/// ReplaceNotificationTemplate - PUT /v1/notification-templates/{event}
#[tracing::instrument(skip_all)]
async fn replace_notification_template<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::ReplaceNotificationTemplatePathParams>,
    ProblemQuery(query_params): ProblemQuery<models::ReplaceNotificationTemplateQueryParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::NotificationTemplateReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::ReplaceNotificationTemplateHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation =
        replace_notification_template_validation(header_params, path_params, query_params, body);

    let Ok((header_params, path_params, query_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .replace_notification_template(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &query_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status200_OK
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status412_PreconditionFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status413_ContentTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status415_UnsupportedMediaType
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status422_UnprocessableContent
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status428_PreconditionRequired
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(428);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::ReplaceNotificationTemplateResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn unsubscribe_one_click_validation(
    query_params: models::UnsubscribeOneClickQueryParams,
) -> std::result::Result<(models::UnsubscribeOneClickQueryParams,), Problem> {
    query_params
        .validate()
        .map_err(|e| problem::params_validation_problem("query", &e, &[("token", "token")]))?;

    Ok((query_params,))
}
/// UnsubscribeOneClick - POST /v1/public/unsubscribe
#[tracing::instrument(skip_all)]
async fn unsubscribe_one_click<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::UnsubscribeOneClickQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = unsubscribe_one_click_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .unsubscribe_one_click(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::notifications::UnsubscribeOneClickResponse::Status200_Unsubscribed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::notifications::UnsubscribeOneClickResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::notifications::UnsubscribeOneClickResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::notifications::UnsubscribeOneClickResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn unsubscribe_page_validation(
    query_params: models::UnsubscribePageQueryParams,
) -> std::result::Result<(models::UnsubscribePageQueryParams,), Problem> {
    query_params
        .validate()
        .map_err(|e| problem::params_validation_problem("query", &e, &[("token", "token")]))?;

    Ok((query_params,))
}
/// UnsubscribePage - GET /v1/public/unsubscribe
#[tracing::instrument(skip_all)]
async fn unsubscribe_page<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::UnsubscribePageQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notifications::Notifications<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = unsubscribe_page_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .unsubscribe_page(&method, &cookies, &query_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::notifications::UnsubscribePageResponse::Status200_APageSayingWhatWasUnsubscribed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/html"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::UnsubscribePageResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::UnsubscribePageResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::notifications::UnsubscribePageResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_health_validation(
    query_params: models::GetHealthQueryParams,
) -> std::result::Result<(models::GetHealthQueryParams,), Problem> {
    query_params
        .validate()
        .map_err(|e| problem::params_validation_problem("query", &e, &[("verbose", "verbose")]))?;

    Ok((query_params,))
}
/// GetHealth - GET /healthz
#[tracing::instrument(skip_all)]
async fn get_health<I, A, E>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::GetHealthQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::operations::Operations<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = get_health_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_health(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::operations::GetHealthResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::operations::GetHealthResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::operations::GetHealthResponse::Status503_Unhealthy(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_jwks_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetJwks - GET /.well-known/jwks.json
#[tracing::instrument(skip_all)]
async fn get_jwks<I, A, E>(
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::operations::Operations<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = get_jwks_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl.as_ref().get_jwks(&method, &cookies).await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::operations::GetJwksResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::operations::GetJwksResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_liveness_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetLiveness - GET /livez
#[tracing::instrument(skip_all)]
async fn get_liveness<I, A, E>(
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::operations::Operations<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = get_liveness_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl.as_ref().get_liveness(&method, &cookies).await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::operations::GetLivenessResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_openapi_json_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetOpenapiJson - GET /v1/openapi.json
#[tracing::instrument(skip_all)]
async fn get_openapi_json<I, A, E>(
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::operations::Operations<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = get_openapi_json_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl.as_ref().get_openapi_json(&method, &cookies).await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::operations::GetOpenapiJsonResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_openapi_yaml_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetOpenapiYaml - GET /v1/openapi.yaml
#[tracing::instrument(skip_all)]
async fn get_openapi_yaml<I, A, E>(
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::operations::Operations<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = get_openapi_yaml_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl.as_ref().get_openapi_yaml(&method, &cookies).await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::operations::GetOpenapiYamlResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/yaml"));
                }

                let body_content = body;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_readiness_validation() -> std::result::Result<(), Problem> {
    Ok(())
}
/// GetReadiness - GET /readyz
#[tracing::instrument(skip_all)]
async fn get_readiness<I, A, E>(
    method: Method,
    cookies: CookieJar,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::operations::Operations<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = get_readiness_validation();

    let Ok(()) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl.as_ref().get_readiness(&method, &cookies).await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::operations::GetReadinessResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::operations::GetReadinessResponse::Status503_NotReady(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ApplyToJobBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ApplicationSubmission,
}

#[tracing::instrument(skip_all)]
fn apply_to_job_validation(
    header_params: models::ApplyToJobHeaderParams,
    path_params: models::ApplyToJobPathParams,
    body: models::ApplicationSubmission,
) -> std::result::Result<
    (
        models::ApplyToJobHeaderParams,
        models::ApplyToJobPathParams,
        models::ApplicationSubmission,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = ApplyToJobBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// ApplyToJob - POST /v1/public/jobs/{id}/apply
#[tracing::instrument(skip_all)]
async fn apply_to_job<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::ApplyToJobPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::ApplicationSubmission>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::ApplyToJobHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = apply_to_job_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .apply_to_job(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::ApplyToJobResponse::Status201_Created(body) => {
                let mut response = Response::builder();
                let mut response = response.status(201);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status415_UnsupportedMediaType(body) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ApplyToJobResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_public_employer_validation(
    path_params: models::GetPublicEmployerPathParams,
) -> std::result::Result<(models::GetPublicEmployerPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("slug", "slug")]))?;

    Ok((path_params,))
}
/// GetPublicEmployer - GET /v1/public/employers/{slug}
#[tracing::instrument(skip_all)]
async fn get_public_employer<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetPublicEmployerPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_public_employer_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_public_employer(&method, &cookies, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::GetPublicEmployerResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicEmployerResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::public::GetPublicEmployerResponse::Status308_PermanentRedirect { location } => {
                let mut response = Response::builder();
                {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("location"), location);
                }
                let mut response = response.status(308);
                response.body(Body::empty())
            }
            apis::public::GetPublicEmployerResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicEmployerResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicEmployerResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicEmployerResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_public_job_validation(
    path_params: models::GetPublicJobPathParams,
) -> std::result::Result<(models::GetPublicJobPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetPublicJob - GET /v1/public/jobs/{id}
#[tracing::instrument(skip_all)]
async fn get_public_job<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetPublicJobPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_public_job_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_public_job(&method, &cookies, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::GetPublicJobResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::public::GetPublicJobResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobResponse::Status406_NotAcceptable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(406);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_public_job_feed_validation(
    query_params: models::GetPublicJobFeedQueryParams,
) -> std::result::Result<(models::GetPublicJobFeedQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem("query", &e, &[("employer_id", "employer_id")])
    })?;

    Ok((query_params,))
}
/// GetPublicJobFeed - GET /v1/public/jobs/feed
#[tracing::instrument(skip_all)]
async fn get_public_job_feed<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::GetPublicJobFeedQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_public_job_feed_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_public_job_feed(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::GetPublicJobFeedResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/rss+xml"),
                    );
                }

                let body_content = body;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobFeedResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::public::GetPublicJobFeedResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobFeedResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::GetPublicJobFeedResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_public_job_changes_validation(
    query_params: models::ListPublicJobChangesQueryParams,
) -> std::result::Result<(models::ListPublicJobChangesQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("employer_id", "employer_id"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListPublicJobChanges - GET /v1/public/jobs/changes
#[tracing::instrument(skip_all)]
async fn list_public_job_changes<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListPublicJobChangesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_public_job_changes_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_public_job_changes(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::ListPublicJobChangesResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ListPublicJobChangesResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ListPublicJobChangesResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::ListPublicJobChangesResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct PresignPublicUploadBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::PublicUploadPresignRequest,
}

#[tracing::instrument(skip_all)]
fn presign_public_upload_validation(
    header_params: models::PresignPublicUploadHeaderParams,
    path_params: models::PresignPublicUploadPathParams,
    body: models::PublicUploadPresignRequest,
) -> std::result::Result<
    (
        models::PresignPublicUploadHeaderParams,
        models::PresignPublicUploadPathParams,
        models::PublicUploadPresignRequest,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = PresignPublicUploadBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// PresignPublicUpload - POST /v1/public/jobs/{id}/uploads:presign
#[tracing::instrument(skip_all)]
async fn presign_public_upload<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::PresignPublicUploadPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::PublicUploadPresignRequest>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::PresignPublicUploadHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = presign_public_upload_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .presign_public_upload(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::PresignPublicUploadResponse::Status201_Created { body, location } => {
                let mut response = Response::builder();
                {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("location"), location);
                }
                let mut response = response.status(201);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status415_UnsupportedMediaType(body) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::PresignPublicUploadResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn search_public_jobs_validation(
    query_params: models::SearchPublicJobsQueryParams,
) -> std::result::Result<(models::SearchPublicJobsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("q", "q"),
                ("employer_id", "employer_id"),
                ("department", "department"),
                ("language", "language"),
                ("location", "location"),
                ("employment_type", "employment_type"),
                ("facets", "facets"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// SearchPublicJobs - GET /v1/public/jobs
#[tracing::instrument(skip_all)]
async fn search_public_jobs<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::SearchPublicJobsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = search_public_jobs_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .search_public_jobs(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::SearchPublicJobsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SearchPublicJobsResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::public::SearchPublicJobsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SearchPublicJobsResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SearchPublicJobsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SearchPublicJobsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn suggest_public_jobs_validation(
    query_params: models::SuggestPublicJobsQueryParams,
) -> std::result::Result<(models::SuggestPublicJobsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem("query", &e, &[("q", "q"), ("limit", "limit")])
    })?;

    Ok((query_params,))
}
/// SuggestPublicJobs - GET /v1/public/jobs/suggest
#[tracing::instrument(skip_all)]
async fn suggest_public_jobs<I, A, E, C>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::SuggestPublicJobsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::public::Public<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = suggest_public_jobs_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .suggest_public_jobs(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::public::SuggestPublicJobsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SuggestPublicJobsResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::public::SuggestPublicJobsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SuggestPublicJobsResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SuggestPublicJobsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::public::SuggestPublicJobsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn delete_shortlist_entry_validation(
    path_params: models::DeleteShortlistEntryPathParams,
) -> std::result::Result<(models::DeleteShortlistEntryPathParams,), Problem> {
    path_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "path",
            &e,
            &[("id", "id"), ("applicant_id", "applicantId")],
        )
    })?;

    Ok((path_params,))
}
/// DeleteShortlistEntry - DELETE /v1/jobs/{id}/shortlist/entries/{applicantId}
#[tracing::instrument(skip_all)]
async fn delete_shortlist_entry<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::DeleteShortlistEntryPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::shortlists::Shortlists<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = delete_shortlist_entry_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .delete_shortlist_entry(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::shortlists::DeleteShortlistEntryResponse::Status204_Removed => {
                let mut response = Response::builder();
                let mut response = response.status(204);
                response.body(Body::empty())
            }
            apis::shortlists::DeleteShortlistEntryResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::DeleteShortlistEntryResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::DeleteShortlistEntryResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::DeleteShortlistEntryResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::DeleteShortlistEntryResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::DeleteShortlistEntryResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_shortlist_validation(
    path_params: models::GetShortlistPathParams,
) -> std::result::Result<(models::GetShortlistPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetShortlist - GET /v1/jobs/{id}/shortlist
#[tracing::instrument(skip_all)]
async fn get_shortlist<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetShortlistPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::shortlists::Shortlists<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_shortlist_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_shortlist(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::shortlists::GetShortlistResponse::Status200_OK { body, e_tag } => {
                    let mut response = Response::builder();
                    {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::shortlists::GetShortlistResponse::Status400_BadRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::shortlists::GetShortlistResponse::Status401_Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    let mut response = Response::builder();
                    {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::shortlists::GetShortlistResponse::Status403_Forbidden(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::shortlists::GetShortlistResponse::Status404_NotFound(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::shortlists::GetShortlistResponse::Status429_TooManyRequests {
                    body,
                    retry_after,
                    rate_limit_policy,
                    rate_limit,
                } => {
                    let mut response = Response::builder();
                    {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                            .try_into()
                        {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                    let mut response = response.status(429);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::shortlists::GetShortlistResponse::Status503_ServiceUnavailable(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(503);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = crate::json_body(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ReplaceShortlistBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ShortlistReplace,
}

#[tracing::instrument(skip_all)]
fn replace_shortlist_validation(
    header_params: models::ReplaceShortlistHeaderParams,
    path_params: models::ReplaceShortlistPathParams,
    body: models::ShortlistReplace,
) -> std::result::Result<
    (
        models::ReplaceShortlistHeaderParams,
        models::ReplaceShortlistPathParams,
        models::ShortlistReplace,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("if_match", "If-Match")])
    })?;
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = ReplaceShortlistBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, path_params, body))
}
/// ReplaceShortlist - PUT /v1/jobs/{id}/shortlist
#[tracing::instrument(skip_all)]
async fn replace_shortlist<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    ProblemPath(path_params): ProblemPath<models::ReplaceShortlistPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::ShortlistReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::shortlists::Shortlists<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("If-Match").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("If-Match").into_response());
            }
        };

        models::ReplaceShortlistHeaderParams {
            if_match: header_if_match,
        }
    };

    let validation = replace_shortlist_validation(header_params, path_params, body);

    let Ok((header_params, path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .replace_shortlist(
            &method,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::shortlists::ReplaceShortlistResponse::Status200_OK { body, e_tag } => {
                let mut response = Response::builder();
                {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status412_PreconditionFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status428_PreconditionRequired(body) => {
                let mut response = Response::builder();
                let mut response = response.status(428);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status415_UnsupportedMediaType(body) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::ReplaceShortlistResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpsertShortlistEntryBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ShortlistEntryInput,
}

#[tracing::instrument(skip_all)]
fn upsert_shortlist_entry_validation(
    path_params: models::UpsertShortlistEntryPathParams,
    body: models::ShortlistEntryInput,
) -> std::result::Result<
    (
        models::UpsertShortlistEntryPathParams,
        models::ShortlistEntryInput,
    ),
    Problem,
> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    let b = UpsertShortlistEntryBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((path_params, body))
}
/// UpsertShortlistEntry - POST /v1/jobs/{id}/shortlist/entries
#[tracing::instrument(skip_all)]
async fn upsert_shortlist_entry<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::UpsertShortlistEntryPathParams>,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::ShortlistEntryInput>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::shortlists::Shortlists<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = upsert_shortlist_entry_validation(path_params, body);

    let Ok((path_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .upsert_shortlist_entry(&method, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::shortlists::UpsertShortlistEntryResponse::Status200_Updated(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status201_Created(body) => {
                let mut response = Response::builder();
                let mut response = response.status(201);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status415_UnsupportedMediaType(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status422_UnprocessableContent(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::shortlists::UpsertShortlistEntryResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_departments_validation(
    query_params: models::ListDepartmentsQueryParams,
) -> std::result::Result<(models::ListDepartmentsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("employer_id", "employer_id"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListDepartments - GET /v1/taxonomy/departments
#[tracing::instrument(skip_all)]
async fn list_departments<I, A, E>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListDepartmentsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::taxonomy::Taxonomy<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = list_departments_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_departments(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::taxonomy::ListDepartmentsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListDepartmentsResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::taxonomy::ListDepartmentsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListDepartmentsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListDepartmentsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_languages_validation(
    query_params: models::ListLanguagesQueryParams,
) -> std::result::Result<(models::ListLanguagesQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("employer_id", "employer_id"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListLanguages - GET /v1/taxonomy/languages
#[tracing::instrument(skip_all)]
async fn list_languages<I, A, E>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListLanguagesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::taxonomy::Taxonomy<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = list_languages_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_languages(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::taxonomy::ListLanguagesResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListLanguagesResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::taxonomy::ListLanguagesResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListLanguagesResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListLanguagesResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_locations_validation(
    query_params: models::ListLocationsQueryParams,
) -> std::result::Result<(models::ListLocationsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("employer_id", "employer_id"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((query_params,))
}
/// ListLocations - GET /v1/taxonomy/locations
#[tracing::instrument(skip_all)]
async fn list_locations<I, A, E>(
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListLocationsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::taxonomy::Taxonomy<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let validation = list_locations_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_locations(&method, &cookies, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::taxonomy::ListLocationsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListLocationsResponse::Status304_NotModified => {
                let mut response = Response::builder();
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::taxonomy::ListLocationsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListLocationsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::taxonomy::ListLocationsResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn complete_upload_validation(
    path_params: models::CompleteUploadPathParams,
) -> std::result::Result<(models::CompleteUploadPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// CompleteUpload - POST /v1/uploads/{id}:complete
#[tracing::instrument(skip_all)]
async fn complete_upload<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::CompleteUploadPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::uploads::Uploads<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = complete_upload_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .complete_upload(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::uploads::CompleteUploadResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::CompleteUploadResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::CompleteUploadResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::CompleteUploadResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::CompleteUploadResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::CompleteUploadResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::CompleteUploadResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::CompleteUploadResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_upload_validation(
    path_params: models::GetUploadPathParams,
) -> std::result::Result<(models::GetUploadPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetUpload - GET /v1/uploads/{id}
#[tracing::instrument(skip_all)]
async fn get_upload<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetUploadPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::uploads::Uploads<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_upload_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_upload(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::uploads::GetUploadResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::GetUploadResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::GetUploadResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::GetUploadResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::GetUploadResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::GetUploadResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::GetUploadResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct PresignUploadBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::UploadPresignRequest,
}

#[tracing::instrument(skip_all)]
fn presign_upload_validation(
    header_params: models::PresignUploadHeaderParams,
    body: models::UploadPresignRequest,
) -> std::result::Result<
    (
        models::PresignUploadHeaderParams,
        models::UploadPresignRequest,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    let b = PresignUploadBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, body))
}
/// PresignUpload - POST /v1/uploads:presign
#[tracing::instrument(skip_all)]
async fn presign_upload<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::UploadPresignRequest>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::uploads::Uploads<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::PresignUploadHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = presign_upload_validation(header_params, body);

    let Ok((header_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .presign_upload(&method, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::uploads::PresignUploadResponse::Status201_Created { body, location } => {
                let mut response = Response::builder();
                {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("location"), location);
                }
                let mut response = response.status(201);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status415_UnsupportedMediaType(body) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status422_UnprocessableContent(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::uploads::PresignUploadResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateWebhookSubscriptionBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::WebhookSubscriptionCreate,
}

#[tracing::instrument(skip_all)]
fn create_webhook_subscription_validation(
    header_params: models::CreateWebhookSubscriptionHeaderParams,
    body: models::WebhookSubscriptionCreate,
) -> std::result::Result<
    (
        models::CreateWebhookSubscriptionHeaderParams,
        models::WebhookSubscriptionCreate,
    ),
    Problem,
> {
    header_params.validate().map_err(|e| {
        problem::params_validation_problem("header", &e, &[("idempotency_key", "Idempotency-Key")])
    })?;
    let b = CreateWebhookSubscriptionBodyValidator { body: &body };
    b.validate().map_err(|e| {
        problem::body_validation_problem(&e, serde_json::to_value(&body).ok().as_ref())
    })?;

    Ok((header_params, body))
}
/// CreateWebhookSubscription - POST /v1/webhooks/subscriptions
#[tracing::instrument(skip_all)]
async fn create_webhook_subscription<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    ProblemJson(body): ProblemJson<models::WebhookSubscriptionCreate>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => result.0,
                Err(_) => {
                    return Ok(problem::invalid_header("Idempotency-Key").into_response());
                }
            },
            None => {
                return Ok(problem::missing_header("Idempotency-Key").into_response());
            }
        };

        models::CreateWebhookSubscriptionHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_webhook_subscription_validation(header_params, body);

    let Ok((header_params, body)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .create_webhook_subscription(&method, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::CreateWebhookSubscriptionResponse::Status201_Created {
                body,
                location,
            } => {
                let mut response = Response::builder();
                {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("location"), location);
                }
                let mut response = response.status(201);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status413_ContentTooLarge(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status415_UnsupportedMediaType(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(415);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status422_UnprocessableContent(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookSubscriptionResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn delete_webhook_subscription_validation(
    path_params: models::DeleteWebhookSubscriptionPathParams,
) -> std::result::Result<(models::DeleteWebhookSubscriptionPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// DeleteWebhookSubscription - DELETE /v1/webhooks/subscriptions/{id}
#[tracing::instrument(skip_all)]
async fn delete_webhook_subscription<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::DeleteWebhookSubscriptionPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = delete_webhook_subscription_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .delete_webhook_subscription(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::DeleteWebhookSubscriptionResponse::Status204_Deleted => {
                let mut response = Response::builder();
                let mut response = response.status(204);
                response.body(Body::empty())
            }
            apis::webhooks::DeleteWebhookSubscriptionResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookSubscriptionResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookSubscriptionResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookSubscriptionResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookSubscriptionResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookSubscriptionResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn get_webhook_subscription_validation(
    path_params: models::GetWebhookSubscriptionPathParams,
) -> std::result::Result<(models::GetWebhookSubscriptionPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// GetWebhookSubscription - GET /v1/webhooks/subscriptions/{id}
#[tracing::instrument(skip_all)]
async fn get_webhook_subscription<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::GetWebhookSubscriptionPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = get_webhook_subscription_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .get_webhook_subscription(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::GetWebhookSubscriptionResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookSubscriptionResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookSubscriptionResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookSubscriptionResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookSubscriptionResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookSubscriptionResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookSubscriptionResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_webhook_deliveries_validation(
    path_params: models::ListWebhookDeliveriesPathParams,
    query_params: models::ListWebhookDeliveriesQueryParams,
) -> std::result::Result<
    (
        models::ListWebhookDeliveriesPathParams,
        models::ListWebhookDeliveriesQueryParams,
    ),
    Problem,
> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;
    query_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "query",
            &e,
            &[
                ("status", "status"),
                ("cursor", "cursor"),
                ("limit", "limit"),
            ],
        )
    })?;

    Ok((path_params, query_params))
}
/// ListWebhookDeliveries - GET /v1/webhooks/subscriptions/{id}/deliveries
#[tracing::instrument(skip_all)]
async fn list_webhook_deliveries<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::ListWebhookDeliveriesPathParams>,
    ProblemQuery(query_params): ProblemQuery<models::ListWebhookDeliveriesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_webhook_deliveries_validation(path_params, query_params);

    let Ok((path_params, query_params)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_webhook_deliveries(&method, &cookies, &claims, &path_params, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::ListWebhookDeliveriesResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookDeliveriesResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookDeliveriesResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookDeliveriesResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookDeliveriesResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookDeliveriesResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookDeliveriesResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn list_webhook_subscriptions_validation(
    query_params: models::ListWebhookSubscriptionsQueryParams,
) -> std::result::Result<(models::ListWebhookSubscriptionsQueryParams,), Problem> {
    query_params.validate().map_err(|e| {
        problem::params_validation_problem("query", &e, &[("cursor", "cursor"), ("limit", "limit")])
    })?;

    Ok((query_params,))
}
/// ListWebhookSubscriptions - GET /v1/webhooks/subscriptions
#[tracing::instrument(skip_all)]
async fn list_webhook_subscriptions<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemQuery(query_params): ProblemQuery<models::ListWebhookSubscriptionsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = list_webhook_subscriptions_validation(query_params);

    let Ok((query_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .list_webhook_subscriptions(&method, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::ListWebhookSubscriptionsResponse::Status200_OK(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookSubscriptionsResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookSubscriptionsResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookSubscriptionsResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookSubscriptionsResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhookSubscriptionsResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn ping_webhook_subscription_validation(
    path_params: models::PingWebhookSubscriptionPathParams,
) -> std::result::Result<(models::PingWebhookSubscriptionPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// PingWebhookSubscription - POST /v1/webhooks/subscriptions/{id}:ping
#[tracing::instrument(skip_all)]
async fn ping_webhook_subscription<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::PingWebhookSubscriptionPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = ping_webhook_subscription_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .ping_webhook_subscription(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::PingWebhookSubscriptionResponse::Status202_Accepted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(202);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::PingWebhookSubscriptionResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::PingWebhookSubscriptionResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::PingWebhookSubscriptionResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::PingWebhookSubscriptionResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::PingWebhookSubscriptionResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::PingWebhookSubscriptionResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::PingWebhookSubscriptionResponse::Status503_ServiceUnavailable(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn redeliver_webhook_delivery_validation(
    path_params: models::RedeliverWebhookDeliveryPathParams,
) -> std::result::Result<(models::RedeliverWebhookDeliveryPathParams,), Problem> {
    path_params.validate().map_err(|e| {
        problem::params_validation_problem(
            "path",
            &e,
            &[("id", "id"), ("delivery_id", "deliveryId")],
        )
    })?;

    Ok((path_params,))
}
/// RedeliverWebhookDelivery - POST /v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}:redeliver
#[tracing::instrument(skip_all)]
async fn redeliver_webhook_delivery<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::RedeliverWebhookDeliveryPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = redeliver_webhook_delivery_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .redeliver_webhook_delivery(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status202_Accepted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(202);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status400_BadRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status401_Unauthorized {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status403_Forbidden(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status404_NotFound(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status409_Conflict(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status429_TooManyRequests {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("retry-after"), retry_after);
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        HeaderName::from_static("ratelimit-policy"),
                        rate_limit_policy,
                    );
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                }
                let mut response = response.status(429);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::webhooks::RedeliverWebhookDeliveryResponse::Status503_ServiceUnavailable(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = crate::json_body(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl.as_ref().handle_error(&method, &cookies, why).await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[tracing::instrument(skip_all)]
fn rotate_webhook_secret_validation(
    path_params: models::RotateWebhookSecretPathParams,
) -> std::result::Result<(models::RotateWebhookSecretPathParams,), Problem> {
    path_params
        .validate()
        .map_err(|e| problem::params_validation_problem("path", &e, &[("id", "id")]))?;

    Ok((path_params,))
}
/// RotateWebhookSecret - POST /v1/webhooks/subscriptions/{id}:rotate-secret
#[tracing::instrument(skip_all)]
async fn rotate_webhook_secret<I, A, E, C>(
    // First extractor: no claims in the request extensions → 401 before anything else.
    Claims(claims): Claims<C>,
    method: Method,
    cookies: CookieJar,
    ProblemPath(path_params): ProblemPath<models::RotateWebhookSecretPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let validation = rotate_webhook_secret_validation(path_params);

    let Ok((path_params,)) = validation else {
        return Ok(validation.unwrap_err().into_response());
    };

    let result = api_impl
        .as_ref()
        .rotate_webhook_secret(&method, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::webhooks::RotateWebhookSecretResponse::Status200_TheSubscriptionWithItsNewSecret
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::RotateWebhookSecretResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::RotateWebhookSecretResponse::Status401_Unauthorized
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling www_authenticate header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("www-authenticate"),
                              www_authenticate
                        );
                    }
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::RotateWebhookSecretResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::RotateWebhookSecretResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::RotateWebhookSecretResponse::Status429_TooManyRequests
                                                    {
                                                        body,
                                                        retry_after,
                                                        rate_limit_policy,
                                                        rate_limit
                                                    }
                                                => {
                                                let mut response = Response::builder();
                     {
                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling retry_after header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("retry-after"),
                              retry_after
                        );
                    }
                    if let Some(rate_limit_policy) = rate_limit_policy {
                        let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit_policy header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit-policy"),
                              rate_limit_policy
                        );
                    }
                    if let Some(rate_limit) = rate_limit {
                        let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling rate_limit header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("ratelimit"),
                              rate_limit
                        );
                    }
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::RotateWebhookSecretResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      crate::json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[allow(dead_code)]
#[inline]
fn response_with_status_code_only(code: StatusCode) -> Result<Response, StatusCode> {
    Response::builder()
        .status(code)
        .body(Body::empty())
        .map_err(|_| code)
}

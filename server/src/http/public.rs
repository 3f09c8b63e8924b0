//! Public tag: search and read published jobs, and apply to one, without a token.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::public::{
    ApplyToJobResponse, GetPublicEmployerResponse, GetPublicJobFeedResponse, GetPublicJobResponse,
    ListPublicJobChangesResponse, PresignPublicUploadResponse, Public, SearchPublicJobsResponse,
    SuggestPublicJobsResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::applicants::consent;
use super::convert::{nullable, or_null, wire_enum};
use super::jobs::salary_model;
use super::languages::{self, Reader};
use super::{Api, ApiError, idempotency};
use crate::db::{PublicEmployerRecord, PublicJobRecord, SlugLookup};
use crate::domain::applicant::ApplicantFields;
use crate::domain::search::JobFilters;
use crate::http::middleware::identity::Caller;
use crate::usecases::Failure;
use crate::usecases::apply;
use crate::usecases::employer;
use crate::usecases::idempotency::Created;
use crate::usecases::search::{self, FacetValue, Facets};
use crate::usecases::syndication;

#[async_trait]
impl Public<ApiError> for Api {
    type Claims = Caller;

    async fn apply_to_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::ApplyToJobHeaderParams,
        path_params: &models::ApplyToJobPathParams,
        body: &models::ApplicationSubmission,
    ) -> Result<ApplyToJobResponse, ApiError> {
        // Keys belong to the caller: an applicant token's subject, else (anonymous) the job.
        // The job is part of the payload, so one key cannot apply to two jobs. The CAPTCHA
        // token is a credential of one attempt, not part of the payload: a retry may carry a
        // fresh one.
        let payload = models::ApplicationSubmission {
            captcha_token: None,
            ..body.clone()
        };
        let sub = claims.principal.as_ref().map(|p| p.sub.clone());
        let scope = match &sub {
            Some(sub) => format!("sub:{sub}"),
            None => format!("job:{}", path_params.id),
        };
        let key = idempotency::claim(
            scope,
            &header_params.idempotency_key,
            "applyToJob",
            &(path_params.id, &payload),
        )?;
        // Anonymous, or an applicant token (the authorization table admits nothing else).
        let who = apply::Applier {
            sub,
            request_id: claims.request_id.as_deref().map(str::to_string),
            remote_ip: claims.client_ip.map(|ip| ip.to_string()),
        };
        let receipt = apply::apply(
            &self.services.db,
            self.services.captcha.as_deref(),
            &who,
            path_params.id,
            submission(body),
            &key,
            |receipt| {
                let model = receipt_model(receipt).map_err(|e| Failure::Internal(e.to_string()))?;
                idempotency::stored(http::StatusCode::CREATED, &[], &model)
            },
        )
        .await?;
        match receipt {
            Created::New(receipt) => Ok(ApplyToJobResponse::Status201_Created(receipt_model(
                &receipt,
            )?)),
            Created::Replayed(stored) => Err(ApiError::Replay(stored)),
        }
    }

    async fn presign_public_upload(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::PresignPublicUploadHeaderParams,
        path_params: &models::PresignPublicUploadPathParams,
        body: &models::PublicUploadPresignRequest,
    ) -> Result<PresignPublicUploadResponse, ApiError> {
        // Keys as for applying: the token's subject, else the job (part of the payload too).
        let who = super::uploads::applicant_or_anonymous(claims);
        let scope = match who.sub_for_keys() {
            Some(sub) => format!("sub:{sub}"),
            None => format!("job:{}", path_params.id),
        };
        let key = idempotency::claim(
            scope,
            &header_params.idempotency_key,
            "presignPublicUpload",
            &(path_params.id, body),
        )?;
        let input = crate::usecases::uploads::PresignInput {
            purpose: body.purpose.to_string(),
            filename: body.filename.clone(),
            content_type: body.content_type.to_string(),
            size_bytes: i64::try_from(body.size_bytes).unwrap_or(i64::MAX),
            job_id: Some(path_params.id),
        };
        let presigned = super::uploads::presign(self, &who, input, &key).await?;
        Ok(PresignPublicUploadResponse::Status201_Created {
            location: format!("/v1/uploads/{}", presigned.record.id),
            body: super::uploads::presign_model(&presigned),
        })
    }

    /// Reached only when the job page's gate step (`http::syndication::job_page`) did not
    /// answer; it answers the same way.
    async fn get_public_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        header_params: &models::GetPublicJobHeaderParams,
        path_params: &models::GetPublicJobPathParams,
        query_params: &models::GetPublicJobQueryParams,
    ) -> Result<GetPublicJobResponse, ApiError> {
        let reader = Reader::new(
            query_params.lang.as_deref(),
            header_params.accept_language.as_deref(),
        )?;
        let job = search::public_job(&self.services.db, path_params.id).await?;
        let url = format!(
            "{}/v1/public/jobs/{}",
            self.services.public_url.trim_end_matches('/'),
            job.id
        );
        let body = public_job_model(job, &self.services.public_url, &reader)?;
        Ok(GetPublicJobResponse::Status200_OK {
            content_language: body.locale.clone(),
            link: languages::alternates(&url, &body.available_locales, &body.locale),
            body,
        })
    }

    async fn get_public_employer(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        path_params: &models::GetPublicEmployerPathParams,
    ) -> Result<GetPublicEmployerResponse, ApiError> {
        let public_url = &self.services.public_url;
        match employer::public_profile(&self.services.db, &path_params.slug, true).await? {
            SlugLookup::Profile(p) => Ok(GetPublicEmployerResponse::Status200_OK(
                public_employer_model(&p, public_url),
            )),
            SlugLookup::MovedTo(slug) => {
                Ok(GetPublicEmployerResponse::Status308_PermanentRedirect {
                    location: format!(
                        "{}/v1/public/employers/{slug}",
                        public_url.trim_end_matches('/')
                    ),
                })
            }
            SlugLookup::NotFound => Err(Failure::NotFound.into()),
        }
    }

    async fn list_public_job_changes(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::ListPublicJobChangesQueryParams,
    ) -> Result<ListPublicJobChangesResponse, ApiError> {
        let found = syndication::changes(
            &self.services.db,
            &self.services.cursors,
            query_params.employer_id,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = found
            .page
            .changes
            .into_iter()
            .map(|c| {
                Ok(models::PublicJobChange {
                    change: wire_enum(&c.change)?,
                    job_id: c.job_id,
                    employer_id: c.employer_id,
                    changed_at: c.changed_at,
                    job: match c.job {
                        Some(job) => Nullable::Present(public_job_model(
                            job,
                            &self.services.public_url,
                            &Reader::default(),
                        )?),
                        None => Nullable::Null,
                    },
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        Ok(ListPublicJobChangesResponse::Status200_OK(
            models::PublicJobChangeList::new(items, found.next_cursor, found.page.more),
        ))
    }

    async fn get_public_job_feed(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::GetPublicJobFeedQueryParams,
    ) -> Result<GetPublicJobFeedResponse, ApiError> {
        let reader = Reader::new(query_params.lang.as_deref(), None)?;
        let jobs = syndication::feed_jobs(&self.services.db, query_params.employer_id).await?;
        let employer_name = query_params
            .employer_id
            .and_then(|_| jobs.first().map(|j| j.employer.name.clone()));
        Ok(GetPublicJobFeedResponse::Status200_OK(
            super::syndication::rss::feed(
                jobs,
                &self.services.public_url,
                employer_name.as_deref(),
                query_params.employer_id,
                &reader,
            ),
        ))
    }

    async fn suggest_public_jobs(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::SuggestPublicJobsQueryParams,
    ) -> Result<SuggestPublicJobsResponse, ApiError> {
        self.suggestions(query_params).await
    }

    async fn search_public_jobs(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        header_params: &models::SearchPublicJobsHeaderParams,
        query_params: &models::SearchPublicJobsQueryParams,
    ) -> Result<SearchPublicJobsResponse, ApiError> {
        let reader = Reader::new(
            query_params.lang.as_deref(),
            header_params.accept_language.as_deref(),
        )?;
        let filters = JobFilters {
            q: query_params.q.clone(),
            employer_id: query_params.employer_id,
            department: query_params.department.clone(),
            language: query_params.language.clone(),
            location: query_params.location.clone(),
            employment_type: query_params.employment_type.map(Into::into),
            ..JobFilters::default()
        };
        let found = search::public_jobs(
            &self.services.db,
            &self.services.public_index,
            &self.services.cursors,
            filters,
            query_params.facets.unwrap_or(false),
            query_params.cursor.as_deref(),
            query_params.limit,
            &reader.preferred(),
        )
        .await?;
        let mut highlights = found.highlights;
        let items = found
            .page
            .items
            .into_iter()
            .map(|job| {
                let marked = highlights.remove(&job.id);
                let mut model = public_job_model(job, &self.services.public_url, &reader)?;
                model.highlights = marked.map(|h| models::SearchHighlights {
                    title: h.title,
                    description: h.description,
                    locale: h.locale,
                });
                Ok(model)
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        // The page's languages, each once, in the order the jobs first use them (their
        // highlights' too: those may be in the language that matched).
        let mut spoken: Vec<&str> = Vec::new();
        for item in &items {
            let marked = item.highlights.as_ref().map(|h| h.locale.as_str());
            for tag in std::iter::once(item.locale.as_str()).chain(marked) {
                if !spoken.contains(&tag) {
                    spoken.push(tag);
                }
            }
        }
        let content_language = (!spoken.is_empty()).then(|| spoken.join(", "));
        let mut list = models::PublicJobList::new(
            items,
            match found.page.next_cursor {
                Some(c) => Nullable::Present(c),
                None => Nullable::Null,
            },
        );
        list.facets = found.facets.as_ref().map(facets_model);
        Ok(SearchPublicJobsResponse::Status200_OK {
            body: list,
            content_language,
        })
    }
}

impl Api {
    pub(super) async fn suggestions(
        &self,
        query_params: &models::SuggestPublicJobsQueryParams,
    ) -> Result<SuggestPublicJobsResponse, ApiError> {
        let found = search::suggest(
            &self.services.public_index,
            &query_params.q,
            query_params.limit,
        )
        .await?;
        let items = found
            .into_iter()
            .map(|s| {
                models::Suggestion::new(s.kind.as_str().to_string(), s.text, s.highlighted, s.count)
            })
            .collect();
        Ok(SuggestPublicJobsResponse::Status200_OK(
            models::SuggestionList::new(items),
        ))
    }
}

/// The submission in domain terms. The honeypot (`website`) never gets here non-empty: the
/// contract bounds it to zero characters, so a filled one is refused with 422 before.
fn submission(body: &models::ApplicationSubmission) -> apply::Submission {
    apply::Submission {
        applicant: ApplicantFields {
            name: body.name.clone(),
            email: body.email.clone(),
            phone: body.phone.clone(),
            skills: body.skills.clone().unwrap_or_default(),
            languages: body.languages.clone().unwrap_or_default(),
            cv_upload_id: body.cv_upload_id,
            cv_url: body.cv_url.clone(),
            links: body.links.clone().unwrap_or_default(),
            consent: Some(consent(&body.consent)),
        },
        cover_letter: body.cover_letter.clone(),
        cover_letter_upload_id: body.cover_letter_upload_id,
        captcha_token: body.captcha_token.clone(),
        source: match body.source {
            Some(models::ApplySource::CareersPage) => "careers_page",
            Some(models::ApplySource::Widget) => "widget",
            Some(models::ApplySource::Public) | None => "public",
        },
        utm_source: body.utm_source.clone(),
        // The contract's pattern admits only tags; stored in their usual case, as templates are.
        locale: body
            .locale
            .as_deref()
            .and_then(crate::domain::locale::canonical),
    }
}

fn receipt_model(receipt: &apply::Receipt) -> Result<models::ApplicationReceipt, ApiError> {
    Ok(models::ApplicationReceipt {
        id: receipt.id,
        job_id: receipt.job_id,
        status: wire_enum(receipt.status.as_str())?,
        created_at: receipt.created_at,
    })
}

/// Takes the record: a page's strings move into the model instead of being copied.
/// The job in the reader's language (see `http::languages`).
pub(super) fn public_job_model(
    job: PublicJobRecord,
    public_url: &str,
    reader: &Reader,
) -> Result<models::PublicJob, ApiError> {
    let mut f = job.fields;
    let available_locales = crate::domain::translation::available(&f);
    reader.localize(&mut f);
    let logo = super::employer::employer_logo(&job.employer, public_url);
    let mut employer = models::EmployerSummary::new(job.employer.id, job.employer.name);
    employer.logo_url = nullable(logo);
    Ok(models::PublicJob {
        id: job.id,
        employer,
        title: f.title,
        description: f.description,
        description_format: f.description_format.into(),
        department: nullable(f.department),
        languages: f.languages,
        location: nullable(f.location),
        workplace_type: nullable(f.workplace_type.map(Into::into)),
        employment_type: nullable(f.employment_type.map(Into::into)),
        salary: nullable(f.salary.as_ref().map(salary_model)),
        vacancies: f.vacancies.max(1) as u32,
        reference_number: nullable(f.reference_number),
        closing_date: nullable(f.closing_date),
        published_at: job.published_at,
        highlights: None,
        direction: crate::domain::locale::direction(&f.locale)
            .as_str()
            .to_string(),
        locale: f.locale,
        available_locales,
    })
}

fn facet_counts(values: &[FacetValue]) -> Vec<models::FacetCount> {
    values
        .iter()
        .map(|v| models::FacetCount::new(v.slug.clone(), v.label.clone(), v.count.max(0) as u64))
        .collect()
}

fn facets_model(f: &Facets) -> models::SearchFacets {
    models::SearchFacets::new(
        facet_counts(&f.departments),
        facet_counts(&f.languages),
        facet_counts(&f.locations),
        facet_counts(&f.employment_types),
    )
}

/// An employer's public profile; its logo and page are served by this API (`/careers/...`).
pub(super) fn public_employer_model(
    p: &PublicEmployerRecord,
    public_url: &str,
) -> models::PublicEmployer {
    let page = super::employer::careers_url(public_url, &p.slug);
    let text = p
        .brand_color
        .as_deref()
        .and_then(crate::domain::brand::text_on);
    models::PublicEmployer {
        id: p.id,
        slug: p.slug.clone(),
        name: p.name.clone(),
        website: or_null(p.website.clone()),
        logo_url: or_null(
            p.logo_object_key
                .as_ref()
                .map(|_| super::employer::hosted_logo_url(public_url, &p.slug)),
        ),
        brand_color: or_null(p.brand_color.clone()),
        brand_text_color: or_null(text.map(|t| t.color.to_string())),
        about_html: or_null(employer::about_html(p.about.as_deref())),
        careers_url: page,
        published_jobs: u64::try_from(p.published_jobs).unwrap_or(0),
    }
}

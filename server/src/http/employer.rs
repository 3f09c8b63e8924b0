//! Employer tag: the caller's employer, branding and settings.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::employer::{Employer, GetEmployerResponse, UpdateEmployerResponse};
use jobs_api::models;

use super::convert::{employer_ctx, nullable, patch};
use super::{Api, ApiError};
use crate::db::EmployerRecord;
use crate::domain::{brand, etag};
use crate::http::middleware::identity::Caller;
use crate::usecases::employer::{self as uc, EmployerPatch};

#[async_trait]
impl Employer<ApiError> for Api {
    type Claims = Caller;

    async fn get_employer(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
    ) -> Result<GetEmployerResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let employer = uc::get(&self.services.db, &ctx).await?;
        Ok(GetEmployerResponse::Status200_OK {
            e_tag: etag::of_version(employer.version),
            body: employer_model(&employer, &self.services.public_url),
        })
    }

    async fn update_employer(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateEmployerHeaderParams,
        body: &models::EmployerUpdate,
    ) -> Result<UpdateEmployerResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let settings = match &body.settings {
            Some(s) => match serde_json::to_value(s) {
                Ok(serde_json::Value::Object(map)) => Some(map),
                _ => None,
            },
            None => None,
        };
        let change = EmployerPatch {
            name: body.name.clone(),
            website: patch(body.website.clone()),
            logo_url: patch(body.logo_url.clone()),
            brand_color: patch(body.brand_color.clone()),
            about: patch(body.about.clone()),
            slug: patch(body.slug.clone()),
            logo_upload_id: patch(body.logo_upload_id),
            settings,
        };
        let employer = uc::update(&self.services.db, &ctx, &header_params.if_match, change).await?;
        Ok(UpdateEmployerResponse::Status200_OK {
            e_tag: etag::of_version(employer.version),
            body: employer_model(&employer, &self.services.public_url),
        })
    }
}

fn employer_model(e: &EmployerRecord, public_url: &str) -> models::Employer {
    // Settings are stored as the contract's object; unknown or damaged content shows as empty.
    let settings: models::EmployerSettings = serde_json::from_value(e.settings.clone())
        .unwrap_or_else(|_| models::EmployerSettings::new());
    let text = e.brand_color.as_deref().and_then(brand::text_on);
    let careers_url = e
        .slug
        .as_ref()
        .filter(|_| e.careers_listed)
        .map(|slug| careers_url(public_url, slug));
    models::Employer {
        etag: etag::of_version(e.version),
        id: e.id,
        name: e.name.clone(),
        website: nullable(e.website.clone()),
        logo_url: nullable(e.logo_url.clone()),
        brand_color: nullable(e.brand_color.clone()),
        about: nullable(e.about.clone()),
        about_html: nullable(uc::about_html(e.about.as_deref())),
        slug: nullable(e.slug.clone()),
        careers_url: nullable(careers_url),
        logo_upload_id: nullable(e.logo_upload_id),
        brand_text_color: nullable(text.map(|t| t.color.to_string())),
        brand_contrast: nullable(text.map(|t| t.contrast)),
        settings,
        created_at: e.created_at,
        updated_at: e.updated_at,
    }
}

/// The hosted careers page of `slug`.
pub(super) fn careers_url(public_url: &str, slug: &str) -> String {
    format!("{}/careers/{slug}", public_url.trim_end_matches('/'))
}

/// Where this API serves the uploaded logo of the careers page `slug`.
pub(super) fn hosted_logo_url(public_url: &str, slug: &str) -> String {
    format!("{}/logo", careers_url(public_url, slug))
}

/// The logo a public job shows: the uploaded one, served by this API, else the employer's
/// `logo_url`.
pub(crate) fn employer_logo(e: &crate::db::EmployerSummary, public_url: &str) -> Option<String> {
    match &e.hosted_logo_slug {
        Some(slug) => Some(hosted_logo_url(public_url, slug)),
        None => e.logo_url.clone(),
    }
}

//! The caller's employer: branding and settings.

use super::{Ctx, Failure};
use crate::db::{Database, EmployerContent, EmployerRecord};
use crate::domain::etag;

/// Members to change; `Some(None)` clears a nullable one. Settings merge key by key.
#[derive(Debug, Default)]
pub struct EmployerPatch {
    pub name: Option<String>,
    pub website: Option<Option<String>>,
    pub logo_url: Option<Option<String>>,
    pub brand_color: Option<Option<String>>,
    pub about: Option<Option<String>>,
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

pub async fn get(db: &Database, ctx: &Ctx) -> Result<EmployerRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.employer_ensure().await?;
    let record = tx.employer_get(false).await?;
    tx.commit().await?;
    Ok(record)
}

pub async fn update(
    db: &Database,
    ctx: &Ctx,
    if_match: &str,
    patch: EmployerPatch,
) -> Result<EmployerRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.employer_ensure().await?;
    let current = tx.employer_get(true).await?;
    if !etag::if_match_admits(if_match, current.version) {
        return Err(Failure::PreconditionFailed);
    }
    let mut changed: Vec<&str> = Vec::new();
    let mut content = EmployerContent {
        name: current.name.clone(),
        website: current.website.clone(),
        logo_url: current.logo_url.clone(),
        brand_color: current.brand_color.clone(),
        about: current.about.clone(),
        settings: current.settings.clone(),
    };
    if let Some(name) = patch.name {
        if name.trim().is_empty() {
            return Err(Failure::Invalid(vec![crate::domain::FieldError {
                pointer: "/name",
                detail: "must not be blank",
            }]));
        }
        if name != content.name {
            content.name = name;
            changed.push("name");
        }
    }
    for (value, pointer) in [(&patch.website, "/website"), (&patch.logo_url, "/logo_url")] {
        if let Some(Some(url)) = value
            && !crate::domain::url::is_web_url(url)
        {
            return Err(Failure::Invalid(vec![crate::domain::FieldError {
                pointer,
                detail: "must be an http or https URL",
            }]));
        }
    }
    for (slot, value, name) in [
        (&mut content.website, patch.website, "website"),
        (&mut content.logo_url, patch.logo_url, "logo_url"),
        (&mut content.brand_color, patch.brand_color, "brand_color"),
        (&mut content.about, patch.about, "about"),
    ] {
        crate::domain::set_if_changed(slot, value, name, &mut changed);
    }
    if let Some(settings) = patch.settings {
        let mut merged = match content.settings.clone() {
            serde_json::Value::Object(map) => map,
            _ => serde_json::Map::new(),
        };
        for (key, value) in settings {
            merged.insert(key, value);
        }
        let merged = serde_json::Value::Object(merged);
        if merged != content.settings {
            content.settings = merged;
            changed.push("settings");
        }
    }
    if changed.is_empty() {
        tx.commit().await?;
        return Ok(current);
    }
    let record = tx.employer_update(&content).await?;
    tx.record_event(ctx.event(
        "employer.updated",
        "employer",
        record.id,
        serde_json::json!({ "changed_fields": changed, "version": record.version }),
    ))
    .await?;
    tx.commit().await?;
    Ok(record)
}

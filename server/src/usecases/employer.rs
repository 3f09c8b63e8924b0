//! The caller's employer: branding and settings.

use super::uploads::require_usable;
use super::{Ctx, Failure};
use crate::db::{Database, EmployerContent, EmployerRecord, SlugLookup};
use crate::domain::{brand, etag, html};

/// Members to change; `Some(None)` clears a nullable one. Settings merge key by key.
#[derive(Debug, Default)]
pub struct EmployerPatch {
    pub name: Option<String>,
    pub website: Option<Option<String>>,
    pub logo_url: Option<Option<String>>,
    pub brand_color: Option<Option<String>>,
    pub about: Option<Option<String>>,
    pub slug: Option<Option<String>>,
    pub logo_upload_id: Option<Option<uuid::Uuid>>,
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
        slug: current.slug.clone(),
        logo_upload_id: current.logo_upload_id,
        logo_object_key: current.logo_object_key.clone(),
        logo_content_type: current.logo_content_type.clone(),
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
    if let Some(slug) = patch.slug
        && slug != content.slug
    {
        if let Some(slug) = &slug {
            if !brand::is_slug(slug) {
                return Err(Failure::invalid(
                    "/slug",
                    "must be lower-case letters and digits joined by single hyphens, 1-50 \
                     characters (for example `lagoon-resorts`)",
                ));
            }
            if !tx.employer_claim_slug(slug).await? {
                return Err(Failure::Conflict(
                    "another employer holds or held this slug: choose another",
                ));
            }
        }
        content.slug = slug;
        changed.push("slug");
    }
    if let Some(logo) = patch.logo_upload_id
        && logo != content.logo_upload_id
    {
        match logo {
            Some(id) => {
                require_usable(&mut tx, &[(Some(id), "logo", "/logo_upload_id")]).await?;
                let upload = tx.upload_get(id, false).await?;
                content.logo_object_key = Some(upload.stored_key.unwrap_or(upload.object_key));
                content.logo_content_type = Some(upload.content_type);
            }
            None => {
                content.logo_object_key = None;
                content.logo_content_type = None;
            }
        }
        content.logo_upload_id = logo;
        changed.push("logo_upload_id");
    }
    if let Some(settings) = patch.settings {
        let mut merged = match content.settings.clone() {
            serde_json::Value::Object(map) => map,
            _ => serde_json::Map::new(),
        };
        for (key, mut value) in settings {
            // Stored canonical, so every job created later carries a canonical tag.
            if key == "default_locale" && !value.is_null() {
                let tag = value
                    .as_str()
                    .and_then(crate::domain::locale::canonical)
                    .ok_or(Failure::InvalidLocale {
                        pointer: "/settings/default_locale",
                    })?;
                value = serde_json::Value::String(tag);
            }
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

/// `about` as safe HTML: the text escaped, in paragraphs and lines (like a plain description;
/// no markup the employer typed reaches the page).
pub fn about_html(about: Option<&str>) -> Option<String> {
    about
        .filter(|a| !a.trim().is_empty())
        .map(|a| html::description_html(a, crate::domain::job::DescriptionFormat::Plain))
}

/// An employer's public profile by careers slug: the profile, a redirect for a former slug,
/// or `NotFound` (no such slug, or the page is off). `count`: with its published jobs counted
/// (the JSON profile); pages that list the jobs count them from the index instead.
pub async fn public_profile(db: &Database, slug: &str, count: bool) -> Result<SlugLookup, Failure> {
    if !brand::is_slug(slug) {
        return Ok(SlugLookup::NotFound);
    }
    Ok(db.public_employer(slug, count).await?)
}

/// An employer's uploaded logo: its type, its bytes and a tag that names that upload.
pub struct Logo {
    pub content_type: String,
    pub tag: String,
    pub bytes: Option<Vec<u8>>,
}

/// The logo of the careers page `slug` (`NotFound` without one); its bytes are read only when
/// the client does not already hold this version (`known_tag`).
pub async fn public_logo(
    db: &Database,
    uploads: &super::uploads::UploadSetup,
    slug: &str,
    known: impl FnOnce(&str) -> bool,
) -> Result<Logo, Failure> {
    let SlugLookup::Profile(profile) = public_profile(db, slug, false).await? else {
        return Err(Failure::NotFound);
    };
    let (Some(key), Some(content_type)) = (profile.logo_object_key, profile.logo_content_type)
    else {
        return Err(Failure::NotFound);
    };
    // The stored key names one verified upload, never rewritten: it is the version.
    let tag = format!("\"{:016x}\"", xxhash_rust::xxh3::xxh3_64(key.as_bytes()));
    if known(&tag) {
        return Ok(Logo {
            content_type,
            tag,
            bytes: None,
        });
    }
    let store = uploads.store()?;
    let stored = store.head(&key).await.map_err(|_| Failure::Unavailable)?;
    let bytes = store
        .read_exact(&key, stored.size)
        .await
        .map_err(|_| Failure::Unavailable)?
        .ok_or(Failure::Unavailable)?;
    Ok(Logo {
        content_type,
        tag,
        bytes: Some(bytes),
    })
}

//! Uploads: presign a browser's direct upload to object storage, verify what was stored, show
//! it. The store enforces the presigned policy; `complete` checks the result again (size,
//! type, encryption, the file's own signature) before anything may name the upload.

use std::time::Duration;

use chrono::Utc;
use uuid::Uuid;

use super::idempotency::{Created, Idempotency, StoredResponse};
use super::{Ctx, Failure};
use crate::config::uploads::UploadConfig;
use crate::db::{Database, NewEvent, NewUpload, Settlement, TenantScope, TenantTx, UploadRecord};
use crate::domain::FieldError;
use crate::domain::job::{self, JobAction};
use crate::uploads::sniff;
use crate::uploads::store::{PostForm, Store, StoreError, Written};

const NOT_CONFIGURED: &str = "Uploads are not configured on this server: the operator must set \
     JOBS_S3_BUCKET (and credentials).";

/// How long a download URL for a verified upload works.
const DOWNLOAD_TTL: Duration = Duration::from_secs(300);

/// The object store (`None`: not configured) and the upload rules.
#[derive(Clone)]
pub struct UploadSetup {
    pub store: Option<Store>,
    pub config: UploadConfig,
    /// Whether `:complete` requires the store to report the object's encryption.
    pub verify_encryption: bool,
}

impl UploadSetup {
    pub(super) fn store(&self) -> Result<&Store, Failure> {
        self.store
            .as_ref()
            .ok_or(Failure::NotConfigured(NOT_CONFIGURED))
    }
}

/// Who uploads or asks.
#[derive(Debug, Clone)]
pub enum Uploader {
    /// A user of the employer (the token's).
    Employer(Ctx),
    /// A person with an applicant token.
    Applicant {
        sub: String,
        request_id: Option<String>,
    },
    /// Someone applying without an account.
    Anonymous { request_id: Option<String> },
}

impl Uploader {
    fn actor(&self) -> &str {
        match self {
            Uploader::Employer(ctx) => &ctx.sub,
            Uploader::Applicant { sub, .. } => sub,
            Uploader::Anonymous { .. } => "anonymous",
        }
    }

    fn request_id(&self) -> Option<&str> {
        match self {
            Uploader::Employer(ctx) => ctx.request_id.as_deref(),
            Uploader::Applicant { request_id, .. } | Uploader::Anonymous { request_id } => {
                request_id.as_deref()
            }
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Uploader::Employer(_) => "employer",
            Uploader::Applicant { .. } => "applicant",
            Uploader::Anonymous { .. } => "anonymous",
        }
    }

    /// Whose idempotency keys these are: the token's subject (anonymous callers key by job).
    pub fn sub_for_keys(&self) -> Option<&str> {
        self.sub()
    }

    fn sub(&self) -> Option<&str> {
        match self {
            Uploader::Employer(ctx) => Some(&ctx.sub),
            Uploader::Applicant { sub, .. } => Some(sub),
            Uploader::Anonymous { .. } => None,
        }
    }
}

/// What the client wants to upload.
#[derive(Debug, Clone)]
pub struct PresignInput {
    pub purpose: String,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
    /// The job an applicant uploads for (public path: the job in the URL).
    pub job_id: Option<Uuid>,
}

/// A presigned upload: the record and the browser's form.
#[derive(Debug, Clone)]
pub struct Presigned {
    pub record: UploadRecord,
    pub form: PostForm,
}

/// Starts an upload, idempotently: a `pending` record and the presigned POST form for exactly
/// its key, type, size range and encryption.
pub async fn presign(
    db: &Database,
    setup: &UploadSetup,
    who: &Uploader,
    input: PresignInput,
    idempotency: &Idempotency,
    render: impl FnOnce(&Presigned) -> Result<StoredResponse, Failure>,
) -> Result<Created<Presigned>, Failure> {
    let store = setup.store()?.clone();
    if input.purpose == "logo" && !matches!(who, Uploader::Employer(_)) {
        return Err(Failure::invalid(
            "/purpose",
            "`logo` is the employer's: applicants upload a `cv` or a `cover_letter`",
        ));
    }
    validate(&setup.config, &input)?;
    let scope = match (who, input.job_id) {
        (Uploader::Employer(ctx), None) => ctx.scope,
        (Uploader::Employer(_), Some(_)) => {
            return Err(Failure::invalid(
                "/job_id",
                "is for applicants; employer users upload for their employer",
            ));
        }
        (_, None) => {
            return Err(Failure::invalid(
                "/job_id",
                "is required: the job you apply to",
            ));
        }
        (_, Some(job_id)) => job_scope(db, job_id).await?,
    };
    let id = Uuid::new_v4();
    let key = format!("employers/{}/uploads/{id}", scope.employer_id());
    let now = Utc::now();
    let expires = now
        + chrono::Duration::from_std(setup.config.presign_ttl)
            .unwrap_or(chrono::Duration::minutes(15));
    let size = u64::try_from(input.size_bytes).unwrap_or(1);
    let form = store.presign_post(&key, &input.content_type, size, now, expires);
    super::idempotency::create(
        db,
        &scope,
        idempotency,
        async |tx: &mut TenantTx| {
            if let Some(job_id) = input.job_id {
                let (status, listed) = tx.job_for_application(job_id).await?;
                if !listed {
                    return Err(Failure::NotFound);
                }
                job::transition(status, JobAction::Apply)?;
            } else {
                tx.employer_ensure().await?;
            }
            let record = tx
                .upload_insert(&NewUpload {
                    id,
                    purpose: &input.purpose,
                    filename: &input.filename,
                    content_type: &input.content_type,
                    size_bytes: input.size_bytes,
                    object_key: &key,
                    owner_kind: who.kind(),
                    owner_sub: who.sub(),
                    job_id: input.job_id,
                    expires_at: expires,
                })
                .await?;
            event(tx, who, "upload.created", &record).await?;
            Ok((id, Presigned { record, form }))
        },
        render,
    )
    .await
}

/// A logo's types: raster images only (an SVG can carry script).
static LOGO_TYPES: std::sync::LazyLock<[String; 3]> =
    std::sync::LazyLock::new(|| ["image/png", "image/jpeg", "image/webp"].map(String::from));

/// The largest logo.
pub const LOGO_MAX_BYTES: u64 = 1 << 20;

/// The rules the contract cannot state: the size limit and the purpose's types.
fn validate(config: &UploadConfig, input: &PresignInput) -> Result<(), Failure> {
    let mut errors = Vec::new();
    let logo = input.purpose == "logo";
    if input.size_bytes < 1 || input.size_bytes as u64 > config.max_bytes {
        errors.push(FieldError {
            pointer: "/size_bytes",
            detail: "is larger than this server accepts (see JOBS_UPLOAD_MAX_BYTES)",
        });
    } else if logo && input.size_bytes as u64 > LOGO_MAX_BYTES {
        errors.push(FieldError {
            pointer: "/size_bytes",
            detail: "is larger than a logo may be (1 MiB): scale the image down",
        });
    }
    let allowed = match input.purpose.as_str() {
        "cv" => config.cv_types.as_slice(),
        "logo" => LOGO_TYPES.as_slice(),
        _ => config.cover_letter_types.as_slice(),
    };
    if logo && !allowed.contains(&input.content_type) {
        errors.push(FieldError {
            pointer: "/content_type",
            detail: "must be image/png, image/jpeg or image/webp for a logo (no SVG: it can \
                     carry script)",
        });
    } else if !allowed.contains(&input.content_type) {
        errors.push(FieldError {
            pointer: "/content_type",
            detail: "is not allowed for this purpose",
        });
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::Invalid(errors))
    }
}

/// The employer of a job someone applies to (published, careers page on).
async fn job_scope(db: &Database, job_id: Uuid) -> Result<TenantScope, Failure> {
    let mut public = db.begin_public().await?;
    let (scope, status) = public.job_for_apply(job_id).await?;
    public.finish().await?;
    job::transition(status, JobAction::Apply)?;
    Ok(scope)
}

/// The upload as `who` may see it: an employer user any of the employer's, an applicant their
/// own, an anonymous caller an anonymous one (knowing its id is the capability).
async fn scoped(
    db: &Database,
    who: &Uploader,
    id: Uuid,
) -> Result<(TenantScope, UploadRecord), Failure> {
    let scope = match who {
        Uploader::Employer(ctx) => ctx.scope,
        _ => {
            let mut public = db.begin_public().await?;
            let scope = public.upload_scope(id).await?;
            public.finish().await?;
            scope
        }
    };
    let mut tx = db.begin(&scope).await?;
    let record = tx.upload_get(id, false).await?;
    tx.commit().await?;
    let visible = match who {
        Uploader::Employer(_) => true,
        Uploader::Applicant { sub, .. } => {
            record.owner_kind == "applicant" && record.owner_sub.as_deref() == Some(sub)
        }
        Uploader::Anonymous { .. } => record.owner_kind == "anonymous",
    };
    if !visible {
        return Err(Failure::NotFound);
    }
    Ok((scope, record))
}

/// The upload, and for employer users a short-lived download URL of the verified copy.
pub async fn get(
    db: &Database,
    setup: &UploadSetup,
    who: &Uploader,
    id: Uuid,
) -> Result<(UploadRecord, Option<String>), Failure> {
    let (_, record) = scoped(db, who, id).await?;
    let url = match (
        who,
        record.status.as_str(),
        record.stored_key.as_deref(),
        setup.store.as_ref(),
    ) {
        (Uploader::Employer(_), "verified", Some(key), Some(store)) => Some(
            store
                .download_url(key, DOWNLOAD_TTL)
                .await
                .map_err(unavailable)?,
        ),
        _ => None,
    };
    Ok((record, url))
}

/// Checks the stored object against what was presigned: `verified`, or `rejected`.
/// Completing a settled upload again answers its state.
///
/// The object is read once and exactly those bytes are checked, hashed and written to a key
/// of this completion's own, which no form can write; the incoming key is then deleted
/// whatever the verdict. Posting the form again later changes nothing anyone downloads.
pub async fn complete(
    db: &Database,
    setup: &UploadSetup,
    who: &Uploader,
    id: Uuid,
) -> Result<UploadRecord, Failure> {
    let store = setup.store()?;
    let (scope, record) = scoped(db, who, id).await?;
    if record.status != "pending" {
        return Ok(record);
    }
    let verdict = inspect(store, setup.verify_encryption, &record).await?;
    let kept = match verdict {
        Ok(bytes) => Ok(keep(store, &scope, &record, bytes).await?),
        Err(reason) => Err(reason),
    };
    let settled = settle(db, &scope, who, id, &kept).await;
    // A copy that is not the one recorded (the settling failed, or another completion settled
    // first) is nobody's.
    let recorded = matches!(&settled, Ok((upload, true)) if upload.status == "verified");
    if let (Ok(copy), false) = (&kept, recorded) {
        delete_objects(setup, std::slice::from_ref(&copy.key)).await;
    }
    let (settled, _) = settled?;
    // Settled and committed: the uploaded object has served its purpose. The form may post
    // again until it expires; the clean-up clears the key after that.
    if let Err(e) = store.delete(&record.object_key).await {
        tracing::warn!(upload_id = %id, error = %e, "deleting an upload's incoming object failed");
    }
    Ok(settled)
}

/// Records the verdict unless another completion settled the upload first; returns the upload
/// and whether this completion's verdict is the one recorded.
async fn settle(
    db: &Database,
    scope: &TenantScope,
    who: &Uploader,
    id: Uuid,
    kept: &Result<Copy, &'static str>,
) -> Result<(UploadRecord, bool), Failure> {
    let mut tx = db.begin(scope).await?;
    let current = tx.upload_get(id, true).await?;
    if current.status != "pending" {
        tx.commit().await?;
        return Ok((current, false));
    }
    let settlement = match kept {
        Ok(copy) => Settlement::Verified {
            stored_key: &copy.key,
            sha256: &copy.sha256,
            e_tag: copy.written.e_tag.as_deref(),
            version: copy.written.version.as_deref(),
        },
        Err(reason) => Settlement::Rejected(reason),
    };
    let settled = tx.upload_settle(id, &settlement).await?;
    event(
        &mut tx,
        who,
        &format!("upload.{}", settled.status),
        &settled,
    )
    .await?;
    tx.commit().await?;
    metrics::counter!("jobs_upload_verifications_total", "outcome" => settled.status.clone())
        .increment(1);
    Ok((settled, true))
}

/// A verified copy: where it is, its checksum, and what the store said of it.
struct Copy {
    key: String,
    sha256: String,
    written: Written,
}

/// Writes the verified bytes where no form can.
async fn keep(
    store: &Store,
    scope: &TenantScope,
    record: &UploadRecord,
    bytes: Vec<u8>,
) -> Result<Copy, Failure> {
    use sha2::Digest;
    let sha256 = crate::hex::encode(&sha2::Sha256::digest(&bytes));
    let key = format!(
        "employers/{}/files/{}/{}",
        scope.employer_id(),
        record.id,
        Uuid::new_v4()
    );
    let written = store
        .put(&key, bytes, &record.content_type)
        .await
        .map_err(unavailable)?;
    Ok(Copy {
        key,
        sha256,
        written,
    })
}

/// The checks: the object is there (else 409), its size, type and encryption are the
/// presigned ones, and its bytes, read once, are a file of the declared type. Returns those
/// bytes, or why the object is rejected.
async fn inspect(
    store: &Store,
    verify_encryption: bool,
    record: &UploadRecord,
) -> Result<Result<Vec<u8>, &'static str>, Failure> {
    let stored = match store.head(&record.object_key).await {
        Ok(stored) => stored,
        Err(StoreError::NotFound) => {
            return Err(Failure::Conflict(
                "Nothing was uploaded for this upload yet: POST the form first.",
            ));
        }
        Err(e) => return Err(unavailable(e)),
    };
    if stored.size != record.size_bytes as u64 {
        return Ok(Err("the stored size differs from the declared size"));
    }
    if stored.content_type.as_deref() != Some(record.content_type.as_str()) {
        return Ok(Err("the stored content type differs from the declared one"));
    }
    let expected = store.encryption.header_value();
    match stored.encryption.as_deref() {
        Some(reported) if reported != expected => {
            return Ok(Err("the object is not encrypted as required"));
        }
        None if verify_encryption => {
            return Ok(Err("the store does not report the object's encryption"));
        }
        _ => {}
    }
    if let (crate::uploads::policy::Encryption::Kms(key), Some(reported)) =
        (&store.encryption, stored.kms_key_id.as_deref())
        && !reported.ends_with(key.as_str())
    {
        return Ok(Err("the object is encrypted with another KMS key"));
    }
    let bytes = match store.read_exact(&record.object_key, stored.size).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(Err("the stored size differs from the declared size")),
        Err(StoreError::NotFound) => {
            return Err(Failure::Conflict(
                "The uploaded object went away while it was being checked: POST the form again.",
            ));
        }
        Err(e) => return Err(unavailable(e)),
    };
    let complete = bytes.len() <= sniff::SAMPLE_BYTES;
    let head = &bytes[..bytes.len().min(sniff::SAMPLE_BYTES)];
    Ok(sniff::matches(&record.content_type, head, complete).map(|()| bytes))
}

async fn event(
    tx: &mut TenantTx,
    who: &Uploader,
    event_type: &str,
    record: &UploadRecord,
) -> Result<(), Failure> {
    tx.record_event(NewEvent {
        event_type,
        entity_type: "upload",
        entity_id: record.id,
        actor: who.actor(),
        request_id: who.request_id(),
        payload: serde_json::json!({
            "upload_id": record.id,
            "purpose": record.purpose,
            "status": record.status,
        }),
    })
    .await?;
    Ok(())
}

fn unavailable(e: StoreError) -> Failure {
    tracing::warn!(error = %e, "object storage failed");
    Failure::Unavailable
}

/// Every named upload must be a verified upload of the transaction's employer with the given
/// purpose; otherwise 422 at the naming member.
pub async fn require_usable(
    tx: &mut TenantTx,
    named: &[(Option<Uuid>, &str, &'static str)],
) -> Result<(), Failure> {
    let mut errors = Vec::new();
    for (id, purpose, pointer) in named {
        if let Some(id) = id
            && !tx.upload_usable(*id, purpose).await?
        {
            errors.push(FieldError {
                pointer,
                detail: "must name a verified upload of this employer with the right purpose",
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::Invalid(errors))
    }
}

/// Deletes stored objects after their records were forgotten (erasure, clean-up). Failures
/// are logged: the records no longer name them.
pub async fn delete_objects(setup: &UploadSetup, keys: &[String]) {
    let Some(store) = setup.store.as_ref() else {
        return;
    };
    for key in keys {
        if let Err(e) = store.delete(key).await {
            tracing::warn!(error = %e, "deleting an upload's object failed");
        }
    }
}

/// Public uploads of this employer that nothing names, past the unclaimed TTL: deleted with
/// their objects. Returns how many objects went.
pub async fn expire_unclaimed(
    db: &Database,
    setup: &UploadSetup,
    scope: &TenantScope,
) -> Result<usize, Failure> {
    let mut tx = db.begin(scope).await?;
    let keys = tx
        .uploads_expire_unclaimed(setup.config.unclaimed_ttl)
        .await?;
    tx.commit().await?;
    delete_objects(setup, &keys).await;
    Ok(keys.len())
}

/// Deletes the incoming keys of settled uploads whose forms expired; returns the ids whose key
/// is gone (the others are tried again next time).
pub async fn clear_incoming(setup: &UploadSetup, incoming: Vec<(Uuid, String)>) -> Vec<Uuid> {
    let Some(store) = setup.store.as_ref() else {
        return incoming.into_iter().map(|(id, _)| id).collect();
    };
    let mut cleared = Vec::with_capacity(incoming.len());
    for (id, key) in incoming {
        match store.delete(&key).await {
            Ok(()) => cleared.push(id),
            Err(e) => {
                tracing::warn!(upload_id = %id, error = %e, "clearing an incoming key failed")
            }
        }
    }
    cleared
}

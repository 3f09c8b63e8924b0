-- Verified files live under stored_key and their incoming keys were deleted: after this
-- rollback, downloads of uploads verified meanwhile point at keys that no longer exist.
DROP TRIGGER application_submissions_unclaim ON application_submissions;
DROP FUNCTION application_submissions_unclaim();
DROP TRIGGER applicants_unclaim_cv ON applicants;
DROP FUNCTION applicants_unclaim_cv();
DROP FUNCTION uploads_unclaim(uuid[]);
DROP INDEX application_submissions_cover_letter_upload_idx;
DROP INDEX application_submissions_cv_upload_idx;
DROP INDEX applicants_cv_upload_idx;
DROP INDEX uploads_rejected_idx;
DROP INDEX uploads_unclaimed_idx;
DROP INDEX uploads_incoming_idx;
ALTER TABLE uploads
    DROP COLUMN claimed_at,
    DROP COLUMN incoming_cleared_at,
    DROP COLUMN store_version,
    DROP COLUMN store_etag,
    DROP COLUMN sha256,
    DROP COLUMN stored_key;

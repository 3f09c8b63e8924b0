-- Applicant matching (an employer's opt-in: `settings.applicant_matching_enabled`, default off).
-- A job says which skills it asks for; the text of CVs is extracted in the background; a
-- background scorer writes one advisory match per application. Nothing here is public.
ALTER TABLE jobs
    ADD COLUMN skills jsonb NOT NULL DEFAULT '{"required": [], "nice_to_have": []}'::jsonb
        CONSTRAINT jobs_skills_object CHECK (jsonb_typeof(skills) = 'object');

-- Words of an applicant's CVs are searchable with the list's `q`, beside their name and skills.
ALTER TABLE applicant_terms DROP CONSTRAINT applicant_terms_kind_check;
ALTER TABLE applicant_terms ADD CONSTRAINT applicant_terms_kind_check
    CHECK (kind IN ('skill', 'language', 'word', 'cv'));

CREATE FUNCTION matching_enabled(employer uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce((SELECT (settings ->> 'applicant_matching_enabled')::boolean
                    FROM employers WHERE id = employer), false) $$;

-- The text of one CV file (an upload with purpose `cv`) of one applicant. `pending` rows are
-- the extraction queue (leased with `leased_until`); `rejected` says why the file was not read
-- (`reason`: a compression bomb, an encrypted PDF...). The embedding is the CV's sentence
-- embedding under `embedding_model`, when a model is configured.
CREATE TABLE cv_documents (
    upload_id       uuid PRIMARY KEY,
    employer_id     uuid NOT NULL REFERENCES employers (id),
    applicant_id    uuid NOT NULL,
    status          text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'extracted', 'rejected', 'failed')),
    reason          text,
    format          text,
    text            text,
    attempts        integer NOT NULL DEFAULT 0,
    leased_until    timestamptz,
    embedding       real[],
    embedding_model text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    extracted_at    timestamptz,
    CONSTRAINT cv_documents_applicant_fkey FOREIGN KEY (applicant_id, employer_id)
        REFERENCES applicants (id, employer_id) ON DELETE CASCADE
);
CREATE INDEX cv_documents_pending_idx ON cv_documents (created_at) WHERE status = 'pending';
CREATE INDEX cv_documents_applicant_idx ON cv_documents (employer_id, applicant_id);

-- The advisory match of an application against its job, with its explanation.
CREATE TABLE application_matches (
    application_id uuid PRIMARY KEY,
    employer_id    uuid NOT NULL REFERENCES employers (id),
    job_id         uuid NOT NULL,
    score          smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
    explanation    jsonb NOT NULL,
    scorer         text NOT NULL,
    computed_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT application_matches_application_fkey FOREIGN KEY (application_id, employer_id)
        REFERENCES applications (id, employer_id) ON DELETE CASCADE
);
-- `sort=match` of a job's applications: best first, keyset (score, id).
CREATE INDEX application_matches_job_idx
    ON application_matches (employer_id, job_id, score DESC, application_id DESC);

-- A job's sentence embedding, for the text it had (`content_hash`).
CREATE TABLE job_embeddings (
    job_id       uuid PRIMARY KEY,
    employer_id  uuid NOT NULL REFERENCES employers (id),
    content_hash text NOT NULL,
    model        text NOT NULL,
    embedding    real[] NOT NULL,
    computed_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT job_embeddings_job_fkey FOREIGN KEY (job_id, employer_id)
        REFERENCES jobs (id, employer_id) ON DELETE CASCADE
);

-- Jobs whose applications are to be scored again (a CV was read, the job or an applicant
-- changed, an application arrived). One row per job: many changes fold into one scoring.
CREATE TABLE match_queue (
    job_id       uuid PRIMARY KEY,
    employer_id  uuid NOT NULL REFERENCES employers (id),
    due_at       timestamptz NOT NULL DEFAULT now(),
    leased_until timestamptz,
    -- Moves on with every enqueue: a scoring that leased an older generation leaves the row due.
    generation   bigint NOT NULL DEFAULT 1,
    attempts     integer NOT NULL DEFAULT 0,
    CONSTRAINT match_queue_job_fkey FOREIGN KEY (job_id, employer_id)
        REFERENCES jobs (id, employer_id) ON DELETE CASCADE
);
CREATE INDEX match_queue_due_idx ON match_queue (due_at);

ALTER TABLE cv_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE cv_documents FORCE ROW LEVEL SECURITY;
ALTER TABLE application_matches ENABLE ROW LEVEL SECURITY;
ALTER TABLE application_matches FORCE ROW LEVEL SECURITY;
ALTER TABLE job_embeddings ENABLE ROW LEVEL SECURITY;
ALTER TABLE job_embeddings FORCE ROW LEVEL SECURITY;
ALTER TABLE match_queue ENABLE ROW LEVEL SECURITY;
ALTER TABLE match_queue FORCE ROW LEVEL SECURITY;
CREATE POLICY cv_documents_of_tenant ON cv_documents TO jobs_app
    USING (employer_id = app_current_employer()) WITH CHECK (employer_id = app_current_employer());
CREATE POLICY application_matches_of_tenant ON application_matches TO jobs_app
    USING (employer_id = app_current_employer()) WITH CHECK (employer_id = app_current_employer());
CREATE POLICY job_embeddings_of_tenant ON job_embeddings TO jobs_app
    USING (employer_id = app_current_employer()) WITH CHECK (employer_id = app_current_employer());
CREATE POLICY match_queue_of_tenant ON match_queue TO jobs_app
    USING (employer_id = app_current_employer()) WITH CHECK (employer_id = app_current_employer());
GRANT SELECT, INSERT, UPDATE, DELETE ON cv_documents, application_matches, job_embeddings,
    match_queue TO jobs_app;
GRANT EXECUTE ON FUNCTION matching_enabled(uuid) TO jobs_app;
-- The matching worker leases across employers on the owner login in maintenance mode.
DO $$ BEGIN
  EXECUTE format('CREATE POLICY cv_documents_worker ON cv_documents TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY match_queue_worker ON match_queue TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
END $$;

-- What feeds the queues, only while the employer has matching on (so with it off nothing is
-- extracted or scored). A CV named by an applicant or sent with an application is read;
-- a job is scored again when an application arrives or what its score reads changes.
CREATE FUNCTION matching_enqueue_job(job uuid, employer uuid) RETURNS void
LANGUAGE sql AS
$$ INSERT INTO match_queue (job_id, employer_id) VALUES (job, employer)
   ON CONFLICT (job_id) DO UPDATE
       SET due_at = least(match_queue.due_at, now()), generation = match_queue.generation + 1;
   SELECT pg_notify('match_work', '') $$;

CREATE FUNCTION matching_enqueue_cv(upload uuid, employer uuid, applicant uuid) RETURNS void
LANGUAGE sql AS
$$ INSERT INTO cv_documents (upload_id, employer_id, applicant_id)
   VALUES (upload, employer, applicant) ON CONFLICT (upload_id) DO NOTHING;
   SELECT pg_notify('match_work', '') $$;

-- A CV file the applicant's record or submissions no longer name (replaced, or taken away by
-- retention's anonymization): its text goes, and the words of the CVs that remain are read
-- again (the worker writes the applicant's CV words from all of them).
CREATE FUNCTION matching_cv_released(upload uuid, applicant uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM applicants p WHERE p.id = applicant AND p.cv_upload_id = upload)
       OR EXISTS (SELECT 1 FROM application_submissions s
                  JOIN applications a ON a.id = s.application_id AND a.employer_id = s.employer_id
                  WHERE a.applicant_id = applicant
                    AND s.submission ->> 'cv_upload_id' = upload::text) THEN
        RETURN;
    END IF;
    DELETE FROM cv_documents WHERE upload_id = upload AND applicant_id = applicant;
    IF FOUND THEN
        DELETE FROM applicant_terms WHERE applicant_id = applicant AND kind = 'cv';
        UPDATE cv_documents SET status = 'pending', leased_until = NULL, attempts = 0
        WHERE applicant_id = applicant AND status = 'extracted';
        PERFORM matching_enqueue_job(a.job_id, a.employer_id)
        FROM applications a WHERE a.applicant_id = applicant;
        PERFORM pg_notify('match_work', '');
    END IF;
END $$;

CREATE FUNCTION matching_applicant_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT matching_enabled(NEW.employer_id) OR NEW.erased_at IS NOT NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.cv_upload_id IS NOT NULL
       AND OLD.cv_upload_id IS DISTINCT FROM NEW.cv_upload_id THEN
        PERFORM matching_cv_released(OLD.cv_upload_id, NEW.id);
    END IF;
    IF NEW.cv_upload_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.cv_upload_id IS DISTINCT FROM OLD.cv_upload_id) THEN
        PERFORM matching_enqueue_cv(NEW.cv_upload_id, NEW.employer_id, NEW.id);
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.skills IS DISTINCT FROM OLD.skills
                             OR NEW.languages IS DISTINCT FROM OLD.languages) THEN
        PERFORM matching_enqueue_job(a.job_id, a.employer_id)
        FROM applications a WHERE a.applicant_id = NEW.id AND a.employer_id = NEW.employer_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER applicants_matching AFTER INSERT OR UPDATE OF cv_upload_id, skills, languages
    ON applicants FOR EACH ROW EXECUTE FUNCTION matching_applicant_changed();

CREATE FUNCTION matching_submission_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.submission ->> 'cv_upload_id' IS NOT NULL AND matching_enabled(NEW.employer_id) THEN
        PERFORM matching_enqueue_cv((NEW.submission ->> 'cv_upload_id')::uuid, a.employer_id,
                                    a.applicant_id)
        FROM applications a WHERE a.id = NEW.application_id AND a.employer_id = NEW.employer_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER application_submissions_matching AFTER INSERT ON application_submissions
    FOR EACH ROW EXECUTE FUNCTION matching_submission_added();

CREATE FUNCTION matching_submission_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.submission ->> 'cv_upload_id' IS NOT NULL
       AND OLD.submission ->> 'cv_upload_id' IS DISTINCT FROM NEW.submission ->> 'cv_upload_id'
       AND matching_enabled(NEW.employer_id) THEN
        PERFORM matching_cv_released((OLD.submission ->> 'cv_upload_id')::uuid, a.applicant_id)
        FROM applications a WHERE a.id = NEW.application_id AND a.employer_id = NEW.employer_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER application_submissions_matching_changed AFTER UPDATE OF submission
    ON application_submissions FOR EACH ROW EXECUTE FUNCTION matching_submission_changed();

CREATE FUNCTION matching_application_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF matching_enabled(NEW.employer_id) THEN
        PERFORM matching_enqueue_job(NEW.job_id, NEW.employer_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER applications_matching AFTER INSERT ON applications
    FOR EACH ROW EXECUTE FUNCTION matching_application_added();

CREATE FUNCTION matching_job_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF matching_enabled(NEW.employer_id) THEN
        PERFORM matching_enqueue_job(NEW.id, NEW.employer_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER jobs_matching AFTER UPDATE OF title, description, skills, languages, location,
    workplace_type, translations ON jobs
    FOR EACH ROW WHEN ((OLD.title, OLD.description, OLD.skills, OLD.languages, OLD.location,
                        OLD.workplace_type, OLD.translations)
                       IS DISTINCT FROM (NEW.title, NEW.description, NEW.skills, NEW.languages,
                                         NEW.location, NEW.workplace_type, NEW.translations))
    EXECUTE FUNCTION matching_job_changed();

-- Turning matching on reads the CVs already there and scores every job with applications;
-- turning it off removes every CV text, embedding, score and queued piece of work.
CREATE FUNCTION matching_setting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was boolean := coalesce((OLD.settings ->> 'applicant_matching_enabled')::boolean, false);
    now_on boolean := coalesce((NEW.settings ->> 'applicant_matching_enabled')::boolean, false);
BEGIN
    IF was = now_on THEN
        RETURN NULL;
    END IF;
    IF now_on THEN
        PERFORM matching_enqueue_cv(p.cv_upload_id, p.employer_id, p.id)
        FROM applicants p
        WHERE p.employer_id = NEW.id AND p.erased_at IS NULL AND p.cv_upload_id IS NOT NULL;
        PERFORM matching_enqueue_cv((s.submission ->> 'cv_upload_id')::uuid, a.employer_id,
                                    a.applicant_id)
        FROM application_submissions s
        JOIN applications a ON a.id = s.application_id AND a.employer_id = s.employer_id
        JOIN applicants p ON p.id = a.applicant_id AND p.employer_id = a.employer_id
        WHERE s.employer_id = NEW.id AND s.submission ->> 'cv_upload_id' IS NOT NULL
          AND p.erased_at IS NULL;
        PERFORM matching_enqueue_job(j.id, j.employer_id)
        FROM jobs j WHERE j.employer_id = NEW.id
          AND EXISTS (SELECT 1 FROM applications a WHERE a.job_id = j.id AND a.employer_id = NEW.id);
    ELSE
        DELETE FROM match_queue WHERE employer_id = NEW.id;
        DELETE FROM application_matches WHERE employer_id = NEW.id;
        DELETE FROM job_embeddings WHERE employer_id = NEW.id;
        DELETE FROM cv_documents WHERE employer_id = NEW.id;
        DELETE FROM applicant_terms WHERE employer_id = NEW.id AND kind = 'cv';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER employers_matching AFTER UPDATE OF settings ON employers
    FOR EACH ROW EXECUTE FUNCTION matching_setting_changed();

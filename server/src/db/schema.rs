//! The diesel schema, private to `db/`. Kept by hand beside the migrations.

diesel::table! {
    employers (id) {
        id -> Uuid,
        name -> Text,
        website -> Nullable<Text>,
        logo_url -> Nullable<Text>,
        brand_color -> Nullable<Text>,
        about -> Nullable<Text>,
        settings -> Jsonb,
        version -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        slug -> Nullable<Text>,
        logo_upload_id -> Nullable<Uuid>,
        logo_object_key -> Nullable<Text>,
        logo_content_type -> Nullable<Text>,
        careers_listed -> Bool,
    }
}

diesel::table! {
    employer_slugs (slug) {
        slug -> Text,
        employer_id -> Uuid,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    jobs (id) {
        id -> Uuid,
        employer_id -> Uuid,
        title -> Text,
        description -> Text,
        description_format -> Text,
        department -> Nullable<Text>,
        languages -> Array<Text>,
        location -> Nullable<Text>,
        workplace_type -> Nullable<Text>,
        employment_type -> Nullable<Text>,
        salary_min -> Nullable<Int8>,
        salary_max -> Nullable<Int8>,
        salary_currency -> Nullable<Text>,
        salary_period -> Nullable<Text>,
        vacancies -> Int4,
        reference_number -> Nullable<Text>,
        closing_date -> Nullable<Date>,
        status -> Text,
        version -> Int8,
        created_by -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        published_at -> Nullable<Timestamptz>,
        closed_at -> Nullable<Timestamptz>,
        department_slug -> Nullable<Text>,
        location_slug -> Nullable<Text>,
        language_slugs -> Array<Text>,
        description_policy -> Int2,
        employer_listed -> Bool,
        locale -> Text,
        translations -> Jsonb,
        skills -> Jsonb,
    }
}

diesel::table! {
    outbox_events (id) {
        id -> Uuid,
        employer_id -> Uuid,
        event_type -> Text,
        entity_type -> Text,
        entity_id -> Uuid,
        actor -> Text,
        request_id -> Nullable<Text>,
        payload -> Jsonb,
        occurred_at -> Timestamptz,
        trace_parent -> Nullable<Text>,
    }
}

diesel::joinable!(jobs -> employers (employer_id));
diesel::allow_tables_to_appear_in_same_query!(employers, jobs, outbox_events);

diesel::table! {
    idempotency_keys (employer_id, scope, key) {
        employer_id -> Uuid,
        scope -> Text,
        key -> Text,
        fingerprint -> Bytea,
        response_status -> Int4,
        response_headers -> Jsonb,
        response_body -> Bytea,
        created_at -> Timestamptz,
        entity_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    applicants (id) {
        id -> Uuid,
        employer_id -> Uuid,
        name -> Nullable<Text>,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        cv_upload_id -> Nullable<Uuid>,
        cv_url -> Nullable<Text>,
        links -> Array<Text>,
        skills -> Array<Text>,
        languages -> Array<Text>,
        consent_granted_at -> Nullable<Timestamptz>,
        consent_policy_version -> Nullable<Text>,
        version -> Int8,
        created_by -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        erased_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    applicant_terms (applicant_id, kind, term) {
        employer_id -> Uuid,
        applicant_id -> Uuid,
        kind -> Text,
        term -> Text,
    }
}

diesel::table! {
    applications (id) {
        id -> Uuid,
        employer_id -> Uuid,
        job_id -> Uuid,
        applicant_id -> Uuid,
        status -> Text,
        source -> Text,
        cover_letter -> Nullable<Text>,
        applicant_sub -> Nullable<Text>,
        version -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        status_changed_at -> Nullable<Timestamptz>,
        submission -> Nullable<Jsonb>,
        anonymized_at -> Nullable<Timestamptz>,
        utm_source -> Nullable<Text>,
        locale -> Nullable<Text>,
        assignee_id -> Nullable<Uuid>,
        rejection_reason_id -> Nullable<Uuid>,
        rejection_reason_label -> Nullable<Text>,
    }
}

diesel::table! {
    members (id) {
        id -> Uuid,
        employer_id -> Uuid,
        sub -> Text,
        display_name -> Nullable<Text>,
        email -> Nullable<Text>,
        profile_edited -> Bool,
        roles -> Array<Text>,
        status -> Text,
        version -> Int8,
        first_seen_at -> Timestamptz,
        last_seen_at -> Timestamptz,
        updated_at -> Timestamptz,
        deactivated_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    application_comments (id) {
        id -> Uuid,
        employer_id -> Uuid,
        application_id -> Uuid,
        author_id -> Uuid,
        body -> Text,
        body_format -> Text,
        body_html -> Text,
        mentions -> Array<Uuid>,
        history -> Jsonb,
        version -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        edited_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    job_teams (job_id) {
        job_id -> Uuid,
        employer_id -> Uuid,
        version -> Int8,
        updated_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    job_team_members (job_id, member_id) {
        job_id -> Uuid,
        member_id -> Uuid,
        employer_id -> Uuid,
        team_role -> Text,
        added_at -> Timestamptz,
    }
}

diesel::table! {
    rejection_reason_lists (employer_id) {
        employer_id -> Uuid,
        reasons -> Jsonb,
        required -> Bool,
        version -> Int8,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    application_notes (id) {
        id -> Uuid,
        employer_id -> Uuid,
        application_id -> Uuid,
        author -> Text,
        body -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    shortlists (job_id) {
        job_id -> Uuid,
        employer_id -> Uuid,
        version -> Int8,
        updated_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    shortlist_entries (job_id, applicant_id) {
        job_id -> Uuid,
        applicant_id -> Uuid,
        employer_id -> Uuid,
        rank -> Nullable<Int4>,
        score -> Nullable<Int4>,
        notes -> Nullable<Text>,
        added_by -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    application_matches (application_id) {
        application_id -> Uuid,
        employer_id -> Uuid,
        job_id -> Uuid,
        score -> Int2,
        explanation -> Jsonb,
        scorer -> Text,
        computed_at -> Timestamptz,
    }
}

diesel::joinable!(applications -> applicants (applicant_id));
diesel::joinable!(application_matches -> applications (application_id));
diesel::joinable!(shortlist_entries -> applicants (applicant_id));
diesel::allow_tables_to_appear_in_same_query!(
    application_matches,
    applicants,
    applicant_terms,
    applications,
    application_notes,
    shortlists,
    shortlist_entries
);

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
    }
}

diesel::joinable!(jobs -> employers (employer_id));
diesel::allow_tables_to_appear_in_same_query!(employers, jobs, outbox_events);

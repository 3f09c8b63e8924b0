-- Where an application came from, for the hiring analytics: the hosted careers page, the
-- embeddable widget, and the `utm_source` of the link a person followed.
ALTER TABLE applications DROP CONSTRAINT applications_source_check;
ALTER TABLE applications ADD CONSTRAINT applications_source_check
    CHECK (source IN ('public', 'internal', 'careers_page', 'widget'));
ALTER TABLE applications ADD COLUMN utm_source text
    CHECK (char_length(utm_source) BETWEEN 1 AND 100);

ALTER TABLE applications DROP COLUMN utm_source;
UPDATE applications SET source = 'public' WHERE source IN ('careers_page', 'widget');
ALTER TABLE applications DROP CONSTRAINT applications_source_check;
ALTER TABLE applications ADD CONSTRAINT applications_source_check
    CHECK (source IN ('public', 'internal'));

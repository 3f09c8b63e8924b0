//! A job posting's text in another language than the one it is written in.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::html;
use super::job::{DescriptionFormat, JobFields, MAX_DESCRIPTION_CHARS};
use super::locale;

/// The most translations one job carries.
pub const MAX_TRANSLATIONS: usize = 30;

/// What an employer writes for a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationText {
    pub title: String,
    pub description: String,
    pub description_format: DescriptionFormat,
}

impl TranslationText {
    /// The text as it may be stored: HTML through the sanitizer, like a job's own description.
    pub fn sanitized(mut self) -> Self {
        if self.description_format == DescriptionFormat::Html {
            self.description = html::sanitize(&self.description);
        }
        self.title = self.title.trim().to_string();
        self
    }

    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.title.is_empty() {
            errors.push(FieldError {
                pointer: "/title",
                detail: "must not be blank",
            });
        }
        if self.description.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.push(FieldError {
                pointer: "/description",
                detail: "is longer than 12000 characters once sanitized",
            });
        }
        errors
    }

    /// The words a reader sees (markup removed), for language detection and search.
    pub fn plain_description(&self) -> String {
        match self.description_format {
            DescriptionFormat::Html => html::text_of(&self.description),
            _ => self.description.clone(),
        }
    }
}

/// A stored translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// A canonical BCP 47 tag, never the posting's own.
    pub locale: String,
    pub text: TranslationText,
    /// The language the text seems to be written in, when it is confidently not `locale`'s.
    pub detected_locale: Option<String>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

impl Translation {
    pub fn direction(&self) -> locale::Direction {
        locale::direction(&self.locale)
    }
}

/// A translation as the job's `translations` column holds it (keyed by its tag).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stored {
    pub title: String,
    pub description: String,
    pub description_format: String,
    #[serde(default)]
    pub detected_locale: Option<String>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

impl Stored {
    pub fn of(t: &Translation) -> Self {
        Self {
            title: t.text.title.clone(),
            description: t.text.description.clone(),
            description_format: t.text.description_format.as_str().to_string(),
            detected_locale: t.detected_locale.clone(),
            version: t.version,
            updated_at: t.updated_at,
        }
    }

    pub fn into_translation(self, locale: String) -> Option<Translation> {
        Some(Translation {
            locale,
            text: TranslationText {
                title: self.title,
                description: self.description,
                description_format: DescriptionFormat::parse(&self.description_format)?,
            },
            detected_locale: self.detected_locale,
            version: self.version,
            updated_at: self.updated_at,
        })
    }
}

/// The translations of a stored `translations` object, ordered by tag; `None` when a member
/// cannot be read.
pub fn from_json(value: serde_json::Value) -> Option<Vec<Translation>> {
    let serde_json::Value::Object(map) = value else {
        return None;
    };
    let mut out = Vec::with_capacity(map.len());
    for (tag, stored) in map {
        let stored: Stored = serde_json::from_value(stored).ok()?;
        out.push(stored.into_translation(tag)?);
    }
    out.sort_by(|a, b| a.locale.cmp(&b.locale));
    Some(out)
}

/// The translation written now, as version `version` (the job's version after the write: it
/// only grows, so a translation deleted and written again never reuses an `ETag`), with the
/// language its text seems to be in when that is not `locale`'s.
pub fn write(locale: &str, text: TranslationText, version: i64, now: DateTime<Utc>) -> Translation {
    let sample = format!("{}\n{}", text.title, text.plain_description());
    Translation {
        locale: locale.to_string(),
        detected_locale: locale::mismatch(locale, &sample),
        text,
        version,
        updated_at: now,
    }
}

/// The job's languages for negotiation: its own first, then its translations' (by tag).
pub fn tags(fields: &JobFields) -> Vec<&str> {
    std::iter::once(fields.locale.as_str())
        .chain(fields.translations.iter().map(|t| t.locale.as_str()))
        .collect()
}

/// Every language the job can be read in, ordered by tag (what `available_locales` lists).
pub fn available(fields: &JobFields) -> Vec<String> {
    let mut all: Vec<String> = tags(fields).into_iter().map(str::to_string).collect();
    all.sort();
    all
}

/// The job as read in `locale`: that translation's title and description in place of its own
/// (left as they are when it has none), `locale` set to what the text now is.
pub fn localize(fields: &mut JobFields, locale: &str) {
    if fields.locale == locale {
        return;
    }
    if let Some(t) = fields.translations.iter().find(|t| t.locale == locale) {
        fields.title = t.text.title.clone();
        fields.description = t.text.description.clone();
        fields.description_format = t.text.description_format;
        fields.locale = t.locale.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_translations_read_back_in_tag_order() {
        let now = Utc::now();
        let text = |title: &str| TranslationText {
            title: title.into(),
            description: "<p>x</p><script>alert(1)</script>".into(),
            description_format: DescriptionFormat::Html,
        };
        let dv = write("dv", text("ފްރަންޓް އޮފީސް މެނޭޖަރ").sanitized(), 1, now);
        assert!(!dv.text.description.contains("script"));
        let fr = write("fr", text("Chef de réception"), 2, now);
        assert_eq!(fr.version, 2);
        let json = serde_json::json!({
            "fr": Stored::of(&fr),
            "dv": Stored::of(&dv),
        });
        let back = from_json(json).unwrap();
        assert_eq!(back, vec![dv, fr]);
        assert_eq!(from_json(serde_json::json!([])), None);
    }
}

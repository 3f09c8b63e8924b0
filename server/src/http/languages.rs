//! The reader's language on public reads: `lang` (explicit, wins) and `Accept-Language`, the
//! job's text in the language they pick, and links to the job in its other languages.

use http::{HeaderMap, header};

use super::ApiError;
use crate::domain::job::JobFields;
use crate::domain::{locale, translation};
use crate::usecases::Failure;

/// What a reader asked for.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    /// `lang`, canonical.
    pub lang: Option<String>,
    /// `Accept-Language`'s ranges, most preferred first.
    pub accept: Vec<String>,
}

impl Reader {
    /// From the `lang` parameter (a tag that is not BCP 47 is `422`) and `Accept-Language`.
    pub fn new(lang: Option<&str>, accept_language: Option<&str>) -> Result<Self, ApiError> {
        let lang = lang
            .map(|raw| {
                locale::canonical(raw).ok_or(Failure::InvalidLocale {
                    pointer: "#/query/lang",
                })
            })
            .transpose()?;
        Ok(Self {
            lang,
            accept: locale::accept_language(&accept_language.into_iter().collect::<Vec<_>>()),
        })
    }

    /// From a request's query string and headers (the gate steps that answer themselves).
    pub fn of_request(query: Option<&str>, headers: &HeaderMap) -> Result<Self, ApiError> {
        let lang = query.and_then(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .find(|(k, _)| k == "lang")
                .map(|(_, v)| v.into_owned())
        });
        Self::with_headers(lang.as_deref(), headers)
    }

    /// From `lang` and every `Accept-Language` header of a request.
    pub fn with_headers(lang: Option<&str>, headers: &HeaderMap) -> Result<Self, ApiError> {
        let accept: Vec<&str> = headers
            .get_all(header::ACCEPT_LANGUAGE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let mut reader = Self::new(lang, None)?;
        reader.accept = locale::accept_language(&accept);
        Ok(reader)
    }

    /// The ranges in order: `lang`, then `Accept-Language`'s.
    pub fn preferred(&self) -> Vec<String> {
        self.lang
            .iter()
            .cloned()
            .chain(self.accept.iter().cloned())
            .collect()
    }

    /// The language this reader gets the job in.
    pub fn choose(&self, fields: &JobFields) -> String {
        let tags = translation::tags(fields);
        locale::negotiate(&tags, self.lang.as_deref(), &self.accept).to_string()
    }

    /// The job in the reader's language (see [`translation::localize`]).
    pub fn localize(&self, fields: &mut JobFields) {
        let chosen = self.choose(fields);
        translation::localize(fields, &chosen);
    }
}

/// `Link` alternates (RFC 8288) to `url` in each language but `current`:
/// `<url?lang=dv>; rel="alternate"; hreflang="dv"`.
pub fn alternates(url: &str, available: &[String], current: &str) -> Option<String> {
    let links: Vec<String> = available
        .iter()
        .filter(|tag| *tag != current)
        .map(|tag| format!("<{url}?lang={tag}>; rel=\"alternate\"; hreflang=\"{tag}\""))
        .collect();
    (!links.is_empty()).then(|| links.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_is_validated_and_alternates_skip_the_current_language() {
        assert!(Reader::new(Some("not a tag"), None).is_err());
        let reader = Reader::new(Some("DV"), Some("fr, en;q=0.5")).unwrap();
        assert_eq!(reader.lang.as_deref(), Some("dv"));
        assert_eq!(reader.preferred(), ["dv", "fr", "en"]);
        let all = vec!["dv".to_string(), "en".to_string()];
        assert_eq!(
            alternates("https://x/v1/public/jobs/1", &all, "en").as_deref(),
            Some("<https://x/v1/public/jobs/1?lang=dv>; rel=\"alternate\"; hreflang=\"dv\"")
        );
        assert_eq!(alternates("u", &all[..1], "dv"), None);
    }
}

//! Applicants: the person's data as an employer keeps it, its normalization (one person per
//! normalized e-mail address), the keys behind the case-insensitive filters, and how an
//! application from a known person adds to what the employer already has.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::FieldError;
use super::job::{normalize_label, normalize_labels};

/// The contract's bounds on the lists an applicant carries.
pub const MAX_SKILLS: usize = 50;
pub const MAX_LANGUAGES: usize = 20;
pub const MAX_LINKS: usize = 10;

/// Agreement to the processing of the person's data, under one version of the privacy policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub granted_at: DateTime<Utc>,
    pub policy_version: String,
}

/// What an employer knows about a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicantFields {
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub cv_upload_id: Option<Uuid>,
    pub cv_url: Option<String>,
    pub links: Vec<String>,
    pub consent: Option<Consent>,
}

impl ApplicantFields {
    /// Normalizes every member: the e-mail trimmed and lower-cased (the identity of the person
    /// for the employer), labels with single spaces, lists without (case-insensitive)
    /// duplicates.
    pub fn normalized(mut self) -> Self {
        self.name = normalize_label(self.name);
        self.email = normalize_email(&self.email);
        self.phone = self.phone.map(|p| p.trim().to_string());
        self.skills = normalize_labels(self.skills);
        self.languages = normalize_labels(self.languages);
        self.cv_url = self.cv_url.map(|u| u.trim().to_string());
        self.links = dedup_exact(self.links);
        self
    }

    /// What the list's filters find the applicant by: each skill lower-cased, each language as
    /// its slug, and the words of the name and the skills (see [`words`]).
    pub fn terms(&self) -> Vec<(TermKind, String)> {
        let mut terms: Vec<(TermKind, String)> = Vec::new();
        let mut push = |kind: TermKind, term: String| {
            if !term.is_empty() && !terms.iter().any(|(k, t)| *k == kind && *t == term) {
                terms.push((kind, term));
            }
        };
        for skill in &self.skills {
            push(TermKind::Skill, skill_key(skill));
        }
        for language in &self.languages {
            push(TermKind::Language, slug(language));
        }
        for text in std::iter::once(&self.name).chain(&self.skills) {
            for word in words(text) {
                push(TermKind::Word, word);
            }
        }
        terms
    }

    /// A known person applied again: keep what the employer recorded, fill what is missing,
    /// add new skills, languages and links (within the contract's bounds) and take the newest
    /// consent. Returns the names of the members that changed.
    pub fn absorb(&mut self, submitted: ApplicantFields) -> Vec<&'static str> {
        let mut changed = Vec::new();
        fn fill<T>(
            slot: &mut Option<T>,
            value: Option<T>,
            name: &'static str,
            changed: &mut Vec<&'static str>,
        ) {
            if slot.is_none() && value.is_some() {
                *slot = value;
                changed.push(name);
            }
        }
        fn union(
            slot: &mut Vec<String>,
            values: Vec<String>,
            max: usize,
            name: &'static str,
            changed: &mut Vec<&'static str>,
        ) {
            let before = slot.len();
            for value in values {
                if slot.len() >= max {
                    break;
                }
                if !slot.iter().any(|v| v.eq_ignore_ascii_case(&value)) {
                    slot.push(value);
                }
            }
            if slot.len() != before {
                changed.push(name);
            }
        }
        fill(&mut self.phone, submitted.phone, "phone", &mut changed);
        fill(
            &mut self.cv_upload_id,
            submitted.cv_upload_id,
            "cv_upload_id",
            &mut changed,
        );
        fill(&mut self.cv_url, submitted.cv_url, "cv_url", &mut changed);
        union(
            &mut self.skills,
            submitted.skills,
            MAX_SKILLS,
            "skills",
            &mut changed,
        );
        union(
            &mut self.languages,
            submitted.languages,
            MAX_LANGUAGES,
            "languages",
            &mut changed,
        );
        union(
            &mut self.links,
            submitted.links,
            MAX_LINKS,
            "links",
            &mut changed,
        );
        // Only a newer consent record replaces the one on file.
        if let Some(consent) = submitted.consent
            && self
                .consent
                .as_ref()
                .is_none_or(|c| c.granted_at < consent.granted_at)
        {
            self.consent = Some(consent);
            changed.push("consent");
        }
        changed
    }
}

/// The kinds of term the applicant list filters on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Skill,
    Language,
    Word,
}

impl TermKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TermKind::Skill => "skill",
            TermKind::Language => "language",
            TermKind::Word => "word",
        }
    }
}

/// The most words of a text query that are matched (the rest are ignored).
pub const MAX_QUERY_WORDS: usize = 8;

/// A text's words for search: lower case, split at anything but letters and digits
/// (`"Front-Office  Manager"` → `front`, `office`, `manager`).
pub fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
    {
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// A partial update: `None` leaves a member alone; `Some(None)` clears a nullable one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicantPatch {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<Option<String>>,
    pub skills: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
    pub cv_upload_id: Option<Option<Uuid>>,
    pub cv_url: Option<Option<String>>,
    pub links: Option<Vec<String>>,
    pub consent: Option<Consent>,
}

impl ApplicantPatch {
    /// Applies the patch (normalizing what it sets); returns the names of the members that
    /// changed.
    pub fn apply_to(self, applicant: &mut ApplicantFields) -> Vec<&'static str> {
        let mut changed = Vec::new();
        super::set_if_changed(
            &mut applicant.name,
            self.name.map(normalize_label),
            "name",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.email,
            self.email.as_deref().map(normalize_email),
            "email",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.phone,
            self.phone.map(|p| p.map(|p| p.trim().to_string())),
            "phone",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.skills,
            self.skills.map(normalize_labels),
            "skills",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.languages,
            self.languages.map(normalize_labels),
            "languages",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.cv_upload_id,
            self.cv_upload_id,
            "cv_upload_id",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.cv_url,
            self.cv_url.map(|u| u.map(|u| u.trim().to_string())),
            "cv_url",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.links,
            self.links.map(dedup_exact),
            "links",
            &mut changed,
        );
        super::set_if_changed(
            &mut applicant.consent,
            self.consent.map(Some),
            "consent",
            &mut changed,
        );
        changed
    }
}

/// What a person submitted with an application, as they wrote it (normalized). It stays with
/// the application; the employer's applicant record is only ever changed from it by a
/// recruiter's deliberate merge. `name` and `email` are `None` once the person was erased or
/// the application anonymized (and so are the other personal members).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub links: Vec<String>,
    pub cv_upload_id: Option<Uuid>,
    /// A verified cover-letter upload named by the application.
    pub cover_letter_upload_id: Option<Uuid>,
    pub cv_url: Option<String>,
    pub consent: Option<Consent>,
}

impl Submission {
    pub fn of(fields: &ApplicantFields) -> Self {
        Self {
            name: Some(fields.name.clone()),
            email: Some(fields.email.clone()),
            phone: fields.phone.clone(),
            skills: fields.skills.clone(),
            languages: fields.languages.clone(),
            links: fields.links.clone(),
            cv_upload_id: fields.cv_upload_id,
            cover_letter_upload_id: None,
            cv_url: fields.cv_url.clone(),
            consent: fields.consent.clone(),
        }
    }

    /// The person as submitted, unless their data was erased.
    pub fn fields(&self) -> Option<ApplicantFields> {
        Some(ApplicantFields {
            name: self.name.clone()?,
            email: self.email.clone()?,
            phone: self.phone.clone(),
            skills: self.skills.clone(),
            languages: self.languages.clone(),
            cv_upload_id: self.cv_upload_id,
            cv_url: self.cv_url.clone(),
            links: self.links.clone(),
            consent: self.consent.clone(),
        })
    }

    /// What erasure and anonymization keep, as for the applicant record: skills, languages
    /// and the consent record.
    pub fn erased(self) -> Self {
        Self {
            name: None,
            email: None,
            phone: None,
            links: Vec::new(),
            cv_upload_id: None,
            cover_letter_upload_id: None,
            cv_url: None,
            ..self
        }
    }
}

/// Rules the schema cannot state (it already bounds lengths and formats), and the URL rule
/// again: only `http(s)` links (see `domain::url`).
pub fn validate(applicant: &ApplicantFields) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if applicant.links.iter().any(|l| !super::url::is_web_url(l)) {
        errors.push(FieldError {
            pointer: "/links",
            detail: "must be http or https URLs",
        });
    }
    if applicant
        .cv_url
        .as_deref()
        .is_some_and(|u| !super::url::is_web_url(u))
    {
        errors.push(FieldError {
            pointer: "/cv_url",
            detail: "must be an http or https URL",
        });
    }
    if applicant.name.is_empty() {
        errors.push(FieldError {
            pointer: "/name",
            detail: "must not be blank",
        });
    }
    if applicant.email.is_empty() {
        errors.push(FieldError {
            pointer: "/email",
            detail: "must not be blank",
        });
    }
    errors
}

/// The person's identity for an employer: the address trimmed and lower-cased. (Local parts
/// are case-sensitive in theory; no real mailbox provider treats them so, and two rows for
/// `Ali@x.mv` and `ali@x.mv` would be the duplicate this rule exists to prevent.)
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The key of a skill for the case-insensitive filter.
pub fn skill_key(skill: &str) -> String {
    normalize_label(skill.to_string()).to_lowercase()
}

/// A label as a taxonomy slug: lower case, runs of anything but letters and digits as one
/// hyphen (`"Haitian Creole"` → `haitian-creole`).
pub fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn dedup_exact(values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for value in values.into_iter().map(|v| v.trim().to_string()) {
        if !value.is_empty() && !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person() -> ApplicantFields {
        ApplicantFields {
            name: "  Aminath   Shifa ".into(),
            email: "  Shifa@Example.MV ".into(),
            phone: Some(" +960 777 1234 ".into()),
            skills: vec![
                "Front Office".into(),
                "front office".into(),
                " Rust ".into(),
            ],
            languages: vec!["English".into(), "Haitian Creole".into()],
            cv_upload_id: None,
            cv_url: None,
            links: vec!["https://a.example".into(), "https://a.example".into()],
            consent: None,
        }
    }

    #[test]
    fn normalization_makes_one_person_of_one_address() {
        let p = person().normalized();
        assert_eq!(p.name, "Aminath Shifa");
        assert_eq!(p.email, "shifa@example.mv");
        assert_eq!(p.phone.as_deref(), Some("+960 777 1234"));
        assert_eq!(p.skills, ["Front Office", "Rust"]);
        assert_eq!(p.links, ["https://a.example"]);
        let terms: Vec<String> = p
            .terms()
            .iter()
            .map(|(kind, term)| format!("{}:{term}", kind.as_str()))
            .collect();
        assert_eq!(
            terms,
            [
                "skill:front office",
                "skill:rust",
                "language:english",
                "language:haitian-creole",
                "word:aminath",
                "word:shifa",
                "word:front",
                "word:office",
                "word:rust",
            ]
        );
        assert_eq!(
            words("Front-Office  MANAGER, front"),
            ["front", "office", "manager"]
        );
        assert_eq!(normalize_email("ALI@X.MV"), normalize_email(" ali@x.mv"));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("  Haitian  Creole "), "haitian-creole");
        assert_eq!(slug("C++"), "c");
        assert_eq!(slug("Español (Latinoamérica)"), "español-latinoamérica");
        assert_eq!(slug("--"), "");
    }

    #[test]
    fn a_known_person_applying_again_fills_gaps_and_keeps_records() {
        let mut known = person().normalized();
        known.phone = None;
        let mut again = person().normalized();
        again.name = "Someone Else".into();
        again.phone = Some("+960 999 0000".into());
        again.skills = vec!["rust".into(), "Python".into()];
        again.consent = Some(Consent {
            granted_at: Utc::now(),
            policy_version: "2026-02".into(),
        });
        let changed = known.absorb(again);
        assert_eq!(changed, ["phone", "skills", "consent"]);
        assert_eq!(known.name, "Aminath Shifa", "the employer's record wins");
        assert_eq!(known.phone.as_deref(), Some("+960 999 0000"));
        assert_eq!(known.skills, ["Front Office", "Rust", "Python"]);
        assert_eq!(known.consent.unwrap().policy_version, "2026-02");
    }

    #[test]
    fn absorbing_respects_the_contracts_bounds() {
        let mut known = person().normalized();
        known.skills = (0..MAX_SKILLS).map(|i| format!("s{i}")).collect();
        let mut again = person().normalized();
        again.skills = vec!["one more".into()];
        known.absorb(again);
        assert_eq!(known.skills.len(), MAX_SKILLS);
    }

    #[test]
    fn patches_normalize_and_report_what_changed() {
        let mut p = person().normalized();
        let patch = ApplicantPatch {
            email: Some(" SHIFA@example.mv".into()),
            phone: Some(None),
            skills: Some(vec!["Rust".into(), "RUST".into()]),
            ..ApplicantPatch::default()
        };
        assert_eq!(patch.apply_to(&mut p), ["phone", "skills"]);
        assert_eq!(p.email, "shifa@example.mv");
        assert_eq!(p.phone, None);
        assert_eq!(p.skills, ["Rust"]);
        let blank = ApplicantPatch {
            name: Some("   ".into()),
            ..ApplicantPatch::default()
        };
        blank.apply_to(&mut p);
        assert_eq!(validate(&p)[0].pointer, "/name");
    }
}

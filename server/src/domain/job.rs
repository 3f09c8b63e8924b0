//! Jobs: the publish workflow (draft → published → closed), editing rules and what a job needs
//! before it may be published.

use chrono::NaiveDate;

use super::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobStatus {
    Draft,
    Published,
    Closed,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Draft => "draft",
            JobStatus::Published => "published",
            JobStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "draft" => Some(JobStatus::Draft),
            "published" => Some(JobStatus::Published),
            "closed" => Some(JobStatus::Closed),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobAction {
    Publish,
    Close,
    Edit,
    Delete,
    /// Receive an application (public apply).
    Apply,
}

/// A transition or change the current status does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAllowed {
    pub current: JobStatus,
    pub action: JobAction,
}

/// The one place that says which action each status allows, and where it leads.
pub fn transition(current: JobStatus, action: JobAction) -> Result<JobStatus, NotAllowed> {
    use JobAction::*;
    use JobStatus::*;
    match (current, action) {
        (Draft, Publish) => Ok(Published),
        (Published, Close) => Ok(Closed),
        // Editing keeps the status; a closed job is history and stays as it was.
        (Draft | Published, Edit) => Ok(current),
        // A published job is visible to applicants: close it before deleting it.
        (Draft | Closed, Delete) => Ok(current),
        // Only a published job takes applications.
        (Published, Apply) => Ok(current),
        _ => Err(NotAllowed { current, action }),
    }
}

/// A closed set of values: a Rust enum with its wire and database spelling, so a typo cannot
/// compile and an unknown stored value is an error at the boundary, not a string downstream.
macro_rules! closed_set {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

closed_set! {
    /// How a description is written.
    DescriptionFormat { Plain => "plain", Markdown => "markdown", Html => "html" }
}

closed_set! {
    EmploymentType {
        FullTime => "full_time",
        PartTime => "part_time",
        Contract => "contract",
        Temporary => "temporary",
        Internship => "internship",
        Volunteer => "volunteer",
    }
}

closed_set! {
    WorkplaceType { OnSite => "on_site", Hybrid => "hybrid", Remote => "remote" }
}

closed_set! {
    SalaryPeriod { Hour => "hour", Day => "day", Week => "week", Month => "month", Year => "year" }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Salary {
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub currency: String,
    pub period: SalaryPeriod,
}

/// The editable content of a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobFields {
    pub title: String,
    pub description: String,
    pub description_format: DescriptionFormat,
    pub department: Option<String>,
    pub languages: Vec<String>,
    pub location: Option<String>,
    pub workplace_type: Option<WorkplaceType>,
    pub employment_type: Option<EmploymentType>,
    pub salary: Option<Salary>,
    pub vacancies: i32,
    pub reference_number: Option<String>,
    pub closing_date: Option<NaiveDate>,
    /// The language the title and description are written in (a canonical BCP 47 tag).
    pub locale: String,
    /// The same text in other languages, ordered by tag. Written by the translation
    /// operations only: a content write leaves the stored ones as they are.
    pub translations: Vec<super::translation::Translation>,
    /// The skills the job asks for (read by applicant matching).
    pub skills: JobSkills,
}

/// Skills a job asks for: those it requires and those that would be nice to have. Each list
/// is normalized like other labels (whitespace collapsed, one spelling per skill); a skill
/// listed as required is not also nice to have.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct JobSkills {
    #[serde(default)]
    pub required: Vec<String>,
    #[serde(default)]
    pub nice_to_have: Vec<String>,
}

impl JobSkills {
    pub fn normalized(self) -> Self {
        let required = normalize_labels(self.required);
        let taken: Vec<String> = required.iter().map(|s| super::taxonomy::slug(s)).collect();
        let nice_to_have = normalize_labels(self.nice_to_have)
            .into_iter()
            .filter(|s| !taken.contains(&super::taxonomy::slug(s)))
            .collect();
        Self {
            required,
            nice_to_have,
        }
    }
}

/// The contract's bound on a description, also once sanitized.
pub const MAX_DESCRIPTION_CHARS: usize = 12_000;

impl JobFields {
    /// The description as it may be stored and shown: HTML goes through the sanitizer
    /// (`domain::html`); plain text and Markdown are kept as written (clients show plain text
    /// escaped and render Markdown with raw HTML disabled).
    pub fn sanitized(mut self) -> Self {
        if self.description_format == DescriptionFormat::Html {
            self.description = super::html::sanitize(&self.description);
        }
        self
    }

    /// A new draft with only a title.
    pub fn draft(title: String) -> Self {
        Self {
            title,
            description: String::new(),
            description_format: DescriptionFormat::Plain,
            department: None,
            languages: Vec::new(),
            location: None,
            workplace_type: None,
            employment_type: None,
            salary: None,
            vacancies: 1,
            reference_number: None,
            closing_date: None,
            locale: super::locale::DEFAULT.to_string(),
            translations: Vec::new(),
            skills: JobSkills::default(),
        }
    }
}

/// A partial update: `None` leaves a member alone; `Some(None)` clears a nullable one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobPatch {
    pub title: Option<String>,
    pub description: Option<String>,
    pub description_format: Option<DescriptionFormat>,
    pub department: Option<Option<String>>,
    pub languages: Option<Vec<String>>,
    pub location: Option<Option<String>>,
    pub workplace_type: Option<Option<WorkplaceType>>,
    pub employment_type: Option<Option<EmploymentType>>,
    pub salary: Option<Option<Salary>>,
    pub vacancies: Option<i32>,
    pub reference_number: Option<Option<String>>,
    pub closing_date: Option<Option<NaiveDate>>,
    /// Already canonical (the handler refuses a tag that is not one).
    pub locale: Option<String>,
    pub skills: Option<JobSkills>,
}

impl JobPatch {
    /// Applies the patch; returns the names of the members that changed.
    pub fn apply_to(self, job: &mut JobFields) -> Vec<&'static str> {
        let mut changed = Vec::new();
        super::set_if_changed(&mut job.title, self.title, "title", &mut changed);
        super::set_if_changed(
            &mut job.description,
            self.description,
            "description",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.description_format,
            self.description_format,
            "description_format",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.department,
            self.department.map(|d| d.map(normalize_label)),
            "department",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.languages,
            self.languages.map(normalize_labels),
            "languages",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.location,
            self.location.map(|l| l.map(normalize_label)),
            "location",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.workplace_type,
            self.workplace_type,
            "workplace_type",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.employment_type,
            self.employment_type,
            "employment_type",
            &mut changed,
        );
        super::set_if_changed(&mut job.salary, self.salary, "salary", &mut changed);
        super::set_if_changed(
            &mut job.vacancies,
            self.vacancies,
            "vacancies",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.reference_number,
            self.reference_number,
            "reference_number",
            &mut changed,
        );
        super::set_if_changed(
            &mut job.closing_date,
            self.closing_date,
            "closing_date",
            &mut changed,
        );
        super::set_if_changed(&mut job.locale, self.locale, "locale", &mut changed);
        super::set_if_changed(
            &mut job.skills,
            self.skills.map(JobSkills::normalized),
            "skills",
            &mut changed,
        );
        changed
    }
}

/// Collapses runs of whitespace and trims, so " Human  Resources " and "Human Resources" are
/// one department.
pub fn normalize_label(value: String) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Normalizes each label and drops those naming a value already listed (same taxonomy slug:
/// "english", "ENGLISH"), keeping the first spelling. Labels and slugs then pair one to one.
pub fn normalize_labels(values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    let mut slugs: Vec<String> = Vec::with_capacity(values.len());
    for value in values.into_iter().map(normalize_label) {
        if value.is_empty() {
            continue;
        }
        let slug = super::taxonomy::slug(&value);
        if !slugs.contains(&slug) {
            slugs.push(slug);
            out.push(value);
        }
    }
    out
}

/// Rules across members that the schema cannot express.
pub fn validate(job: &JobFields) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if job.title.trim().is_empty() {
        errors.push(FieldError {
            pointer: "/title",
            detail: "must not be blank",
        });
    }
    if job.description.chars().count() > MAX_DESCRIPTION_CHARS {
        errors.push(FieldError {
            pointer: "/description",
            detail: "is longer than 12000 characters once sanitized",
        });
    }
    if job.translations.iter().any(|t| t.locale == job.locale) {
        errors.push(FieldError {
            pointer: "/locale",
            detail: "has a translation already: delete that translation first, or pick another locale",
        });
    }
    if let Some(salary) = &job.salary
        && let (Some(min), Some(max)) = (salary.min, salary.max)
        && min > max
    {
        errors.push(FieldError {
            pointer: "/salary/min",
            detail: "must not exceed salary.max",
        });
    }
    errors
}

/// What a draft still lacks before it may be published.
pub fn missing_for_publish(job: &JobFields, today: NaiveDate) -> Vec<FieldError> {
    let mut missing = Vec::new();
    if job.description.trim().is_empty() {
        missing.push(FieldError {
            pointer: "/description",
            detail: "is required to publish",
        });
    }
    if job.department.as_deref().is_none_or(str::is_empty) {
        missing.push(FieldError {
            pointer: "/department",
            detail: "is required to publish",
        });
    }
    if job.location.as_deref().is_none_or(str::is_empty) {
        missing.push(FieldError {
            pointer: "/location",
            detail: "is required to publish",
        });
    }
    if job.employment_type.is_none() {
        missing.push(FieldError {
            pointer: "/employment_type",
            detail: "is required to publish",
        });
    }
    if job.closing_date.is_some_and(|d| d < today) {
        missing.push(FieldError {
            pointer: "/closing_date",
            detail: "is in the past",
        });
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_sets_round_trip_their_spelling() {
        for v in EmploymentType::ALL {
            assert_eq!(EmploymentType::parse(v.as_str()), Some(*v));
        }
        for v in WorkplaceType::ALL {
            assert_eq!(WorkplaceType::parse(v.as_str()), Some(*v));
        }
        for v in DescriptionFormat::ALL {
            assert_eq!(DescriptionFormat::parse(v.as_str()), Some(*v));
        }
        for v in SalaryPeriod::ALL {
            assert_eq!(SalaryPeriod::parse(v.as_str()), Some(*v));
        }
        assert_eq!(EmploymentType::parse("fulltime"), None);
        assert_eq!(
            serde_json::to_string(&EmploymentType::PartTime).unwrap(),
            "\"part_time\""
        );
    }

    #[test]
    fn the_workflow_moves_forward_only() {
        use JobAction::*;
        use JobStatus::*;
        assert_eq!(transition(Draft, Publish), Ok(Published));
        assert_eq!(transition(Published, Close), Ok(Closed));
        for (from, action) in [
            (Published, Publish),
            (Closed, Publish),
            (Draft, Close),
            (Closed, Close),
            (Closed, Edit),
            (Published, Delete),
            (Draft, Apply),
            (Closed, Apply),
        ] {
            assert_eq!(
                transition(from, action),
                Err(NotAllowed {
                    current: from,
                    action
                })
            );
        }
        assert_eq!(transition(Published, Edit), Ok(Published));
        assert_eq!(transition(Closed, Delete), Ok(Closed));
        assert_eq!(transition(Published, Apply), Ok(Published));
    }

    #[test]
    fn publishing_needs_a_complete_job() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut job = JobFields::draft("Engineer".into());
        let pointers: Vec<_> = missing_for_publish(&job, today)
            .iter()
            .map(|e| e.pointer)
            .collect();
        assert_eq!(
            pointers,
            [
                "/description",
                "/department",
                "/location",
                "/employment_type"
            ]
        );
        job.description = "Build things".into();
        job.department = Some("Engineering".into());
        job.location = Some("Malé".into());
        job.employment_type = Some(EmploymentType::FullTime);
        assert!(missing_for_publish(&job, today).is_empty());
        job.closing_date = NaiveDate::from_ymd_opt(2026, 11, 23);
        assert_eq!(missing_for_publish(&job, today)[0].pointer, "/closing_date");
    }

    #[test]
    fn patches_report_what_changed() {
        let mut job = JobFields::draft("Engineer".into());
        let patch = JobPatch {
            title: Some("Engineer".into()),
            department: Some(Some("  Human   Resources ".into())),
            languages: Some(vec!["English".into(), "english".into(), " Dhivehi ".into()]),
            ..JobPatch::default()
        };
        assert_eq!(patch.apply_to(&mut job), ["department", "languages"]);
        assert_eq!(job.department.as_deref(), Some("Human Resources"));
        assert_eq!(job.languages, ["English", "Dhivehi"]);
        assert_eq!(
            normalize_labels(vec![
                "Dhivehi".into(),
                "ދިވެހި".into(),
                "Malé".into(),
                "Male".into()
            ]),
            ["Dhivehi", "Malé"]
        );
        let clear = JobPatch {
            department: Some(None),
            ..JobPatch::default()
        };
        assert_eq!(clear.apply_to(&mut job), ["department"]);
        assert_eq!(job.department, None);
    }

    #[test]
    fn salary_bounds_must_be_ordered() {
        let mut job = JobFields::draft("Engineer".into());
        job.salary = Some(Salary {
            min: Some(10),
            max: Some(5),
            currency: "MVR".into(),
            period: SalaryPeriod::Month,
        });
        assert_eq!(validate(&job)[0].pointer, "/salary/min");
    }
}

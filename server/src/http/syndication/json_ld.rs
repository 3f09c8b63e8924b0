//! A published job as schema.org `JobPosting` (JSON-LD), with the properties Google's job
//! posting structured data requires (title, description, datePosted, hiringOrganization,
//! jobLocation or jobLocationType) and recommends (validThrough, employmentType, baseSalary,
//! identifier, directApply, applicantLocationRequirements for remote work).

use serde_json::{Map, Value, json};

use crate::db::PublicJobRecord;
use crate::domain::html::description_html;
use crate::domain::job::{EmploymentType, SalaryPeriod, WorkplaceType};

/// Bumped when the mapping changes, so cached JSON-LD is revalidated (it is part of the tag).
pub const VERSION: &str = "jobposting-2";

/// The JSON text, safe to paste into an HTML `<script type="application/ld+json">` element:
/// `<`, `>` and `&` are written as JSON escapes (they only occur inside strings).
pub fn to_embeddable(ld: &Value) -> String {
    ld.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

pub fn job_posting(job: &PublicJobRecord, public_url: &str) -> Value {
    let f = &job.fields;
    let mut ld = Map::new();
    ld.insert("@context".into(), json!("https://schema.org/"));
    ld.insert("@type".into(), json!("JobPosting"));
    ld.insert("title".into(), json!(f.title));
    // The language this rendering is in (the reader's, negotiated; see `http::languages`).
    ld.insert("inLanguage".into(), json!(f.locale));
    ld.insert(
        "description".into(),
        json!(description_html(&f.description, f.description_format)),
    );
    ld.insert(
        "datePosted".into(),
        json!(job.published_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
    );
    if let Some(date) = f.closing_date {
        // Applications are taken through the closing date (the end of that day, UTC).
        ld.insert("validThrough".into(), json!(format!("{date}T23:59:59Z")));
    }
    if let Some(kind) = f.employment_type {
        ld.insert("employmentType".into(), json!([employment_type(kind)]));
    }
    let mut org = Map::new();
    org.insert("@type".into(), json!("Organization"));
    org.insert("name".into(), json!(job.employer.name));
    if let Some(site) = &job.employer.website {
        org.insert("sameAs".into(), json!(site));
    }
    if let Some(logo) = crate::http::employer_logo(&job.employer, public_url) {
        org.insert("logo".into(), json!(logo));
    }
    ld.insert("hiringOrganization".into(), Value::Object(org));

    let remote = f.workplace_type == Some(WorkplaceType::Remote);
    match (&f.location, remote) {
        (Some(place), true) => {
            ld.insert("jobLocationType".into(), json!("TELECOMMUTE"));
            ld.insert(
                "applicantLocationRequirements".into(),
                json!({"@type": "AdministrativeArea", "name": place}),
            );
        }
        (None, true) => {
            ld.insert("jobLocationType".into(), json!("TELECOMMUTE"));
        }
        (Some(place), false) => {
            ld.insert(
                "jobLocation".into(),
                json!({"@type": "Place",
                       "address": {"@type": "PostalAddress", "addressLocality": place}}),
            );
            if f.workplace_type == Some(WorkplaceType::Hybrid) {
                // Partly from home: Google reads TELECOMMUTE beside a physical location.
                ld.insert("jobLocationType".into(), json!("TELECOMMUTE"));
            }
        }
        (None, false) => {}
    }
    if let Some(salary) = &f.salary
        && (salary.min.is_some() || salary.max.is_some())
    {
        let mut value = Map::new();
        value.insert("@type".into(), json!("QuantitativeValue"));
        match (salary.min, salary.max) {
            (Some(min), Some(max)) if min == max => {
                value.insert("value".into(), json!(min));
            }
            (min, max) => {
                if let Some(min) = min {
                    value.insert("minValue".into(), json!(min));
                }
                if let Some(max) = max {
                    value.insert("maxValue".into(), json!(max));
                }
            }
        }
        value.insert("unitText".into(), json!(unit_text(salary.period)));
        ld.insert(
            "baseSalary".into(),
            json!({"@type": "MonetaryAmount", "currency": salary.currency, "value": value}),
        );
    }
    ld.insert(
        "identifier".into(),
        json!({"@type": "PropertyValue", "name": job.employer.name,
               "value": f.reference_number.clone().unwrap_or_else(|| job.id.to_string())}),
    );
    ld.insert("directApply".into(), json!(true));
    ld.insert(
        "url".into(),
        json!(format!("{public_url}/v1/public/jobs/{}", job.id)),
    );
    Value::Object(ld)
}

/// Google's employment types.
fn employment_type(kind: EmploymentType) -> &'static str {
    match kind {
        EmploymentType::FullTime => "FULL_TIME",
        EmploymentType::PartTime => "PART_TIME",
        EmploymentType::Contract => "CONTRACTOR",
        EmploymentType::Temporary => "TEMPORARY",
        EmploymentType::Internship => "INTERN",
        EmploymentType::Volunteer => "VOLUNTEER",
    }
}

fn unit_text(period: SalaryPeriod) -> &'static str {
    match period {
        SalaryPeriod::Hour => "HOUR",
        SalaryPeriod::Day => "DAY",
        SalaryPeriod::Week => "WEEK",
        SalaryPeriod::Month => "MONTH",
        SalaryPeriod::Year => "YEAR",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeddable_json_cannot_close_a_script_element() {
        let ld = json!({"title": "</script><script>alert(1)</script> & co"});
        let text = to_embeddable(&ld);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), ld);
    }
}

//! Notifications: the templates an employer can word, the kinds a member chooses how to
//! receive, and the rules that keep a message's headers its own (no variable can add one).

use serde::{Deserialize, Serialize};

/// A template the mailer renders: its key (the `{event}` of the templates' routes), who
/// receives it, and whether it is sent before the employer turns it on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateKind {
    pub key: &'static str,
    pub audience: Audience,
    pub enabled_by_default: bool,
    /// The member preference kind it belongs to (members' notifications only).
    pub preference: Option<&'static str>,
    /// What the template is for (shown in the list).
    pub description: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Member,
    Applicant,
}

/// The pipeline statuses an applicant may hear about.
pub const STATUS_TEMPLATES: [&str; 5] = ["screening", "interview", "offer", "hired", "rejected"];

pub const APPLICATION_CREATED: &str = "application.created";
pub const COMMENT_MENTIONED: &str = "application.comment.mentioned";
pub const APPLICATION_ASSIGNED: &str = "application.assigned";
pub const EMAIL_CONFIRMATION: &str = "application.email_confirmation";
pub const DAILY_DIGEST: &str = "digest.daily";

pub const TEMPLATES: [TemplateKind; 10] = [
    TemplateKind {
        key: APPLICATION_CREATED,
        audience: Audience::Member,
        enabled_by_default: true,
        preference: Some(APPLICATION_CREATED),
        description: "A new application, to the job's hiring team (else to the admins and recruiters who opted in).",
    },
    TemplateKind {
        key: COMMENT_MENTIONED,
        audience: Audience::Member,
        enabled_by_default: true,
        preference: Some(COMMENT_MENTIONED),
        description: "A comment mentions the member.",
    },
    TemplateKind {
        key: APPLICATION_ASSIGNED,
        audience: Audience::Member,
        enabled_by_default: true,
        preference: Some(APPLICATION_ASSIGNED),
        description: "An application was assigned to the member.",
    },
    TemplateKind {
        key: DAILY_DIGEST,
        audience: Audience::Member,
        enabled_by_default: true,
        preference: None,
        description: "Once a day, the notifications a member chose to receive as a digest.",
    },
    TemplateKind {
        key: EMAIL_CONFIRMATION,
        audience: Audience::Applicant,
        enabled_by_default: true,
        preference: None,
        description: "After an application without an applicant token: a link that confirms the address.",
    },
    TemplateKind {
        key: "application.status.screening",
        audience: Audience::Applicant,
        enabled_by_default: false,
        preference: None,
        description: "The application moved to screening.",
    },
    TemplateKind {
        key: "application.status.interview",
        audience: Audience::Applicant,
        enabled_by_default: false,
        preference: None,
        description: "The application moved to interview.",
    },
    TemplateKind {
        key: "application.status.offer",
        audience: Audience::Applicant,
        enabled_by_default: false,
        preference: None,
        description: "The application moved to offer.",
    },
    TemplateKind {
        key: "application.status.hired",
        audience: Audience::Applicant,
        enabled_by_default: false,
        preference: None,
        description: "The applicant was hired.",
    },
    TemplateKind {
        key: "application.status.rejected",
        audience: Audience::Applicant,
        enabled_by_default: false,
        preference: None,
        description: "The application was rejected.",
    },
];

pub fn template(key: &str) -> Option<&'static TemplateKind> {
    TEMPLATES.iter().find(|t| t.key == key)
}

/// The kinds a member chooses how to receive.
pub const PREFERENCE_KINDS: [&str; 3] =
    [APPLICATION_CREATED, COMMENT_MENTIONED, APPLICATION_ASSIGNED];

/// How a member receives one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    Immediate,
    DailyDigest,
    Off,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Immediate => "immediate",
            Delivery::DailyDigest => "daily_digest",
            Delivery::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "immediate" => Some(Delivery::Immediate),
            "daily_digest" => Some(Delivery::DailyDigest),
            "off" => Some(Delivery::Off),
            _ => None,
        }
    }
}

/// A header value made from text anyone may have typed (a name, a rendered subject): line
/// breaks and other control characters become spaces, so the text stays one header's value
/// and can never start another. Bounded in length.
pub fn header_text(raw: &str, max_chars: usize) -> String {
    let cleaned: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let collapsed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.chars().take(max_chars).collect()
}

/// An address as the delivery log shows it: the first character of the local part, the
/// domain. `jane.doe@example.com` → `j***@example.com`.
pub fn mask_address(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

/// The first word of a person's name, for a greeting.
pub fn first_name(name: &str) -> String {
    header_text(name, 200)
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_value_never_carries_a_line_break() {
        let v = header_text("Eve\r\nBcc: victim@example.com\u{0}", 200);
        assert_eq!(v, "Eve Bcc: victim@example.com");
        assert!(!v.contains('\r') && !v.contains('\n'));
        assert_eq!(header_text(&"x".repeat(500), 10).len(), 10);
    }

    #[test]
    fn addresses_are_masked() {
        assert_eq!(mask_address("jane.doe@example.com"), "j***@example.com");
        assert_eq!(mask_address("nobody"), "***");
    }

    #[test]
    fn every_preference_kind_has_a_template() {
        for kind in PREFERENCE_KINDS {
            assert_eq!(template(kind).and_then(|t| t.preference), Some(kind));
        }
        for status in STATUS_TEMPLATES {
            assert!(template(&format!("application.status.{status}")).is_some());
        }
    }
}

//! Rendering a notification from its template: minijinja, sandboxed (only the variables a
//! context documents exist; an unknown one is an error, so a typo is found when the template is
//! saved), bounded (fuel), with HTML auto-escaped and then sanitized, and a subject that stays
//! one header line whatever a variable holds.

use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::domain::html;
use crate::domain::notification::header_text;

/// Instructions a template may spend on one rendering: far above any sensible e-mail, far
/// below what a loop over `range(10**9)` would take.
const FUEL: u64 = 20_000;

/// What a template's tags may not contain. Fuel counts steps, not bytes: `"x" * 10**8`, or a
/// string or list doubled by `set` in a loop, would fill memory in a few steps. E-mails need
/// variables, conditions, loops and filters, not arithmetic or assignment.
const REFUSED_IN_TAGS: [(&str, &str); 8] = [
    (
        "*",
        "`*` (multiplication) is not available in notification templates",
    ),
    (
        "~",
        "`~` (concatenation) is not available: write the parts side by side",
    ),
    ("+", "`+` is not available in notification templates"),
    ("set ", "`set` is not available in notification templates"),
    (
        "macro",
        "macros are not available in notification templates",
    ),
    ("call", "`call` is not available in notification templates"),
    ("include", "templates cannot include others"),
    ("import", "templates cannot import others"),
];

/// Longest rendered part (characters); a template that produces more is refused.
const MAX_RENDERED: usize = 100_000;

/// A template's source: subject, text and an optional HTML part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// Why a template does not render: which part, where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// `subject`, `text` or `html`.
    pub part: &'static str,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{} line {l}, column {c}: {}", self.part, self.message),
            (Some(l), None) => write!(f, "{} line {l}: {}", self.part, self.message),
            _ => write!(f, "{}: {}", self.part, self.message),
        }
    }
}

fn environment(html: bool) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    env.set_debug(true);
    env.set_auto_escape_callback(move |_| {
        if html {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    env
}

/// Refuses what could make a rendering take unbounded memory (see [`REFUSED_IN_TAGS`]), at its
/// line and column.
fn check_tags(part: &'static str, source: &str) -> Result<(), TemplateError> {
    let mut rest = 0;
    while let Some(open) = source[rest..].find(['{']).map(|i| rest + i) {
        let tag_end = match source.get(open..open + 2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            _ => {
                rest = open + 1;
                continue;
            }
        };
        let body_start = open + 2;
        let close = source[body_start..]
            .find(tag_end)
            .map_or(source.len(), |i| body_start + i);
        let body = &source[body_start..close];
        for (needle, why) in REFUSED_IN_TAGS {
            if let Some(at) = body.find(needle) {
                let offset = body_start + at;
                let before = &source[..offset];
                let line = before.matches('\n').count() + 1;
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                return Err(TemplateError {
                    part,
                    line: Some(line),
                    column: Some(before[line_start..].chars().count() + 1),
                    message: why.to_string(),
                });
            }
        }
        rest = (close + 2).min(source.len());
        if close >= source.len() {
            break;
        }
    }
    Ok(())
}

fn render_part<C: Serialize>(
    part: &'static str,
    source: &str,
    html: bool,
    context: &C,
) -> Result<String, TemplateError> {
    check_tags(part, source)?;
    let env = environment(html);
    let out = env
        .render_str(source, context)
        .map_err(|e| error(part, source, &e))?;
    if out.chars().count() > MAX_RENDERED {
        return Err(TemplateError {
            part,
            line: None,
            column: None,
            message: format!("renders to more than {MAX_RENDERED} characters"),
        });
    }
    Ok(out)
}

fn error(part: &'static str, source: &str, e: &minijinja::Error) -> TemplateError {
    let line = e.line();
    let column = e.range().and_then(|r| {
        let before = source.get(..r.start)?;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Some(before[line_start..].chars().count() + 1)
    });
    let message = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    TemplateError {
        part,
        line,
        column,
        message,
    }
}

/// Renders a template with its context: the subject as one header value, the text as is,
/// the HTML auto-escaped and sanitized.
pub fn render<C: Serialize>(source: &Source, context: &C) -> Result<Rendered, TemplateError> {
    let subject = header_text(
        &render_part("subject", &source.subject, false, context)?,
        250,
    );
    if subject.is_empty() {
        return Err(TemplateError {
            part: "subject",
            line: None,
            column: None,
            message: "renders to an empty subject".into(),
        });
    }
    let text = render_part("text", &source.text, false, context)?;
    let html = match &source.html {
        Some(h) => Some(html::sanitize(&render_part("html", h, true, context)?)),
        None => None,
    };
    Ok(Rendered {
        subject,
        text,
        html,
    })
}

/// The built-in wording of each template (English), used until an employer words their own.
pub fn default_source(key: &str) -> Option<Source> {
    let (subject, text, html) = match key {
        "application.created" => (
            "New application for {{ job.title }}",
            "Hello {{ member.name }},\n\n{{ applicant.first_name }} applied for {{ job.title }} at {{ employer.name }}.\n\nOpen the application: {{ links.application }}\n\n--\nYou receive this because you are on the hiring team of this job. Unsubscribe: {{ links.unsubscribe }}\n",
            Some(
                "<p>Hello {{ member.name }},</p><p><strong>{{ applicant.first_name }}</strong> applied for <strong>{{ job.title }}</strong> at {{ employer.name }}.</p><p><a href=\"{{ links.application }}\">Open the application</a></p><p><small><a href=\"{{ links.unsubscribe }}\">Unsubscribe</a></small></p>",
            ),
        ),
        "application.comment.mentioned" => (
            "{{ comment.author }} mentioned you on {{ applicant.first_name }}'s application",
            "Hello {{ member.name }},\n\n{{ comment.author }} mentioned you in a comment on {{ applicant.first_name }}'s application for {{ job.title }}:\n\n{{ comment.excerpt }}\n\nOpen the application: {{ links.application }}\n\n--\nUnsubscribe: {{ links.unsubscribe }}\n",
            Some(
                "<p>Hello {{ member.name }},</p><p>{{ comment.author }} mentioned you in a comment on {{ applicant.first_name }}'s application for <strong>{{ job.title }}</strong>:</p><blockquote>{{ comment.excerpt }}</blockquote><p><a href=\"{{ links.application }}\">Open the application</a></p><p><small><a href=\"{{ links.unsubscribe }}\">Unsubscribe</a></small></p>",
            ),
        ),
        "application.assigned" => (
            "{{ applicant.first_name }}'s application for {{ job.title }} is yours",
            "Hello {{ member.name }},\n\n{{ applicant.first_name }}'s application for {{ job.title }} was assigned to you.\n\nOpen the application: {{ links.application }}\n\n--\nUnsubscribe: {{ links.unsubscribe }}\n",
            None,
        ),
        "digest.daily" => (
            "{{ items | length }} update{% if items | length != 1 %}s{% endif %} at {{ employer.name }}",
            "Hello {{ member.name }},\n\nSince your last digest:\n{% for item in items %}\n- {{ item.subject }}{% endfor %}\n\n--\nUnsubscribe: {{ links.unsubscribe }}\n",
            Some(
                "<p>Hello {{ member.name }},</p><p>Since your last digest:</p><ul>{% for item in items %}<li>{{ item.subject }}</li>{% endfor %}</ul><p><small><a href=\"{{ links.unsubscribe }}\">Unsubscribe</a></small></p>",
            ),
        ),
        "application.email_confirmation" => (
            "Confirm your application to {{ employer.name }}",
            "Hello {{ applicant.first_name }},\n\nWe received an application for {{ job.title }} at {{ employer.name }} with this address. If it was you, confirm it here:\n\n{{ links.confirm }}\n\nIf it was not you, ignore this message: nothing else will be sent about it.\n",
            Some(
                "<p>Hello {{ applicant.first_name }},</p><p>We received an application for <strong>{{ job.title }}</strong> at {{ employer.name }} with this address. If it was you, confirm it:</p><p><a href=\"{{ links.confirm }}\">Confirm my application</a></p><p>If it was not you, ignore this message.</p>",
            ),
        ),
        status if status.starts_with("application.status.") => (
            "Your application for {{ job.title }}",
            "Hello {{ applicant.first_name }},\n\nYour application for {{ job.title }} at {{ employer.name }} is now at the {{ status }} stage.\n\n--\nUnsubscribe: {{ links.unsubscribe }}\n",
            Some(
                "<p>Hello {{ applicant.first_name }},</p><p>Your application for <strong>{{ job.title }}</strong> at {{ employer.name }} is now at the <strong>{{ status }}</strong> stage.</p><p><small><a href=\"{{ links.unsubscribe }}\">Unsubscribe</a></small></p>",
            ),
        ),
        _ => return None,
    };
    Some(Source {
        subject: subject.to_string(),
        text: text.to_string(),
        html: html.map(str::to_string),
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn ctx() -> serde_json::Value {
        json!({"job": {"title": "Chef"}, "employer": {"name": "Reef"}, "member": {"name": "Ana"},
               "applicant": {"first_name": "Eve\r\nBcc: x@example.com"},
               "links": {"application": "https://x/a", "unsubscribe": "https://x/u"}})
    }

    #[test]
    fn a_variable_cannot_add_a_header() {
        let r = render(&default_source("application.created").unwrap(), &ctx()).unwrap();
        assert!(
            !r.subject.contains('\n') && !r.subject.contains('\r'),
            "{}",
            r.subject
        );
    }

    #[test]
    fn a_syntax_error_has_its_line_and_column() {
        let source = Source {
            subject: "ok".into(),
            text: "line one\n  {{ job.title ".into(),
            html: None,
        };
        let e = render(&source, &ctx()).unwrap_err();
        assert_eq!(e.part, "text");
        assert_eq!(e.line, Some(2));
        assert!(e.column.is_some(), "{e:?}");
    }

    #[test]
    fn an_unknown_variable_is_an_error() {
        let source = Source {
            subject: "{{ job.salary }}".into(),
            text: "x".into(),
            html: None,
        };
        assert!(render(&source, &ctx()).is_err());
    }

    #[test]
    fn html_is_escaped_and_sanitized_and_loops_are_bounded() {
        let mut c = ctx();
        c["job"]["title"] = json!("<script>alert(1)</script>");
        let source = Source {
            subject: "s".into(),
            text: "t".into(),
            html: Some("<p>{{ job.title }}</p><script>bad()</script>".into()),
        };
        let html = render(&source, &c).unwrap().html.unwrap();
        assert!(!html.contains("<script"), "{html}");
        let spin = Source {
            subject: "s".into(),
            text:
                "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"
                    .into(),
            html: None,
        };
        assert!(render(&spin, &c).is_err());
    }
}

//! Business rules: state machines, validation, versions and cursors. No HTTP, no SQL.

pub mod analytics;
pub mod applicant;
pub mod application;
pub mod brand;
pub mod comment;
pub mod cursor;
pub mod etag;
pub mod events;
pub mod html;
pub mod job;
pub mod locale;
pub mod mail_link;
pub mod matching;
pub mod member;
pub mod notification;
pub mod rejection;
pub mod search;
pub mod shortlist;
pub mod taxonomy;
pub mod translation;
pub mod url;

/// A rule broken by one member of the input; `pointer` is a JSON Pointer into the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub pointer: &'static str,
    pub detail: &'static str,
}

/// Sets `slot` to `value` when one is given and differs, noting `name` in `changed`: the
/// building block of merge-patch application.
pub fn set_if_changed<T: PartialEq>(
    slot: &mut T,
    value: Option<T>,
    name: &'static str,
    changed: &mut Vec<&'static str>,
) {
    if let Some(value) = value
        && *slot != value
    {
        *slot = value;
        changed.push(name);
    }
}

//! Taxonomy values (departments, languages, locations): how a free-text label becomes the slug
//! that identifies it in filters and taxonomy lists.
//!
//! Normalization, decided once here:
//! - the label itself keeps its spelling, with whitespace collapsed (`job::normalize_label`);
//! - the slug folds case, diacritics and script: the label is transliterated to ASCII
//!   (`deunicode`: "Malé" → "Male", "ދިވެހި" → "dhivehi"), lowercased, and every run of
//!   characters other than `a-z0-9` becomes one hyphen, trimmed at both ends. So
//!   "Human Resources", " human  resources " and "HUMAN-RESOURCES" are one department;
//! - a label with nothing transliterable (only symbols) gets `x-` and a hash of the label, so
//!   it is still one stable value rather than lost;
//! - slugs longer than the contract's 100 characters keep a prefix and a hash of the whole.
//!
//! The slug is computed here, stored beside each value (`department_slug`, `location_slug`,
//! `language_slugs`) on every write, and indexed; the taxonomy label of a slug is the most
//! common spelling among the published jobs carrying it.

use sha2::{Digest, Sha256};

/// The contract's `Slug.maxLength`.
pub const MAX_SLUG_LEN: usize = 100;
const HASH_HEX_LEN: usize = 16;

/// The slug of a label; see the module documentation for the rules.
pub fn slug(label: &str) -> String {
    let ascii = deunicode::deunicode(label);
    let mut out = String::with_capacity(ascii.len());
    let mut pending_hyphen = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_hyphen = true;
        }
    }
    if out.is_empty() {
        let folded = label.split_whitespace().collect::<Vec<_>>().join(" ");
        return format!("x-{}", hash_hex(&folded.to_lowercase()));
    }
    if out.len() > MAX_SLUG_LEN {
        // Keep a readable prefix and make it unique with a hash of the full slug.
        let hash = hash_hex(&out);
        let mut prefix: String = out[..MAX_SLUG_LEN - HASH_HEX_LEN - 1].to_string();
        while prefix.ends_with('-') {
            prefix.pop();
        }
        return format!("{prefix}-{hash}");
    }
    out
}

/// The slugs of several labels, without duplicates, in the labels' order.
pub fn slugs(labels: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(labels.len());
    for label in labels {
        let s = slug(label);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The display label of an employment type (its facet label in public search).
pub fn employment_type_label(value: &str) -> &str {
    match value {
        "full_time" => "Full-time",
        "part_time" => "Part-time",
        "contract" => "Contract",
        "temporary" => "Temporary",
        "internship" => "Internship",
        "volunteer" => "Volunteer",
        other => other,
    }
}

fn hash_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest[..HASH_HEX_LEN / 2]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `s` has the contract's slug shape (`^[a-z0-9]+(-[a-z0-9]+)*$`, at most 100 chars).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SLUG_LEN
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_value_share_a_slug() {
        for label in [
            "Human Resources",
            " human  resources ",
            "HUMAN-RESOURCES",
            "Human_Resources",
            "human\tresources",
        ] {
            assert_eq!(slug(label), "human-resources", "{label:?}");
        }
        assert_eq!(slug("Food & Beverage"), "food-beverage");
        assert_eq!(slug("F&B"), "f-b");
    }

    #[test]
    fn diacritics_and_scripts_are_transliterated() {
        assert_eq!(slug("Malé"), "male");
        assert_eq!(slug("Male'"), "male");
        assert_eq!(slug("Hulhumalé"), "hulhumale");
        assert_eq!(slug("Addu City"), "addu-city");
        assert_eq!(slug("ދިވެހި"), "dhivehi");
        assert_eq!(slug("Dhivehi"), "dhivehi");
        assert_eq!(slug("Français"), "francais");
    }

    #[test]
    fn labels_without_letters_still_get_a_stable_slug() {
        let a = slug("★★★");
        assert!(a.starts_with("x-") && is_slug(&a), "{a}");
        assert_eq!(a, slug(" ★★★ "));
        assert_ne!(a, slug("★★"));
    }

    #[test]
    fn long_labels_are_bounded_and_stay_distinct() {
        let a = slug(&"very long department name ".repeat(10));
        let b = slug(&format!("{} x", "very long department name ".repeat(10)));
        assert!(a.len() <= MAX_SLUG_LEN && is_slug(&a), "{a}");
        assert!(b.len() <= MAX_SLUG_LEN && is_slug(&b), "{b}");
        assert_ne!(a, b);
    }

    #[test]
    fn slug_lists_drop_duplicates() {
        let labels = ["English".to_string(), "ENGLISH".into(), "Dhivehi".into()];
        assert_eq!(slugs(&labels), ["english", "dhivehi"]);
    }

    #[test]
    fn every_slug_has_the_contract_shape() {
        for label in [
            "a",
            "-a-",
            "1",
            "Ünïcödé",
            "日本語",
            "Русский",
            "🙂",
            "",
            "  ",
        ] {
            let s = slug(label);
            assert!(is_slug(&s), "{label:?} → {s:?}");
        }
    }
}

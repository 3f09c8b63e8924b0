//! Entity tags for lost-update protection: a resource's version, quoted (RFC 9110 §8.8.3).

/// The strong ETag of a resource version.
pub fn of_version(version: i64) -> String {
    format!("\"{version}\"")
}

/// Whether an `If-Match` value admits the current version: `*`, or a list of tags one of which
/// is the current one. Weak tags never match (RFC 9110 §13.1.1 uses strong comparison).
pub fn if_match_admits(if_match: &str, version: i64) -> bool {
    let current = of_version(version);
    if_match
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag == current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_current_version_only() {
        assert_eq!(of_version(3), "\"3\"");
        assert!(if_match_admits("\"3\"", 3));
        assert!(if_match_admits("\"1\", \"3\"", 3));
        assert!(if_match_admits("*", 7));
        assert!(!if_match_admits("\"2\"", 3));
        assert!(!if_match_admits("W/\"3\"", 3));
        assert!(!if_match_admits("3", 3));
        assert!(!if_match_admits("", 3));
    }
}

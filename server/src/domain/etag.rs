//! Entity tags for lost-update protection: a resource's version, quoted (RFC 9110 §8.8.3).

/// The strong ETag of a resource version.
pub fn of_version(version: i64) -> String {
    format!("\"{version}\"")
}

/// One entity tag of an `If-Match` / `If-None-Match` list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityTag<'a> {
    pub weak: bool,
    /// The tag with its quotes, as the server sent it (`"3"`).
    pub quoted: &'a str,
}

/// The tags of a header value: `None` for `*`, or when the value is not a comma-separated list
/// of entity tags (RFC 9110 §8.8.3: `[W/]"<etagc>*"`, where etagc includes the comma, so the
/// list is scanned, not split).
pub fn parse_list(value: &str) -> Option<Vec<EntityTag<'_>>> {
    let bytes = value.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    let skip_space = |mut i: usize| {
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
            i += 1;
        }
        i
    };
    loop {
        i = skip_space(i);
        let weak = bytes[i..].starts_with(b"W/");
        if weak {
            i += 2;
        }
        if bytes.get(i) != Some(&b'"') {
            return None;
        }
        let start = i;
        i += 1;
        while i < bytes.len() && bytes[i] != b'"' {
            // etagc = %x21 / %x23-7E / obs-text
            if bytes[i] < 0x21 || bytes[i] == 0x7F {
                return None;
            }
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        i += 1;
        tags.push(EntityTag {
            weak,
            quoted: &value[start..i],
        });
        i = skip_space(i);
        if i == bytes.len() {
            return Some(tags);
        }
        if bytes[i] != b',' {
            return None;
        }
        i += 1;
    }
}

/// Whether a header value is `*` or a valid list of entity tags.
pub fn is_valid_condition(value: &str) -> bool {
    value.trim() == "*" || parse_list(value).is_some()
}

/// Whether an `If-Match` value admits the current version: `*`, or a list of tags one of which
/// is the current one. Weak tags never match (RFC 9110 §13.1.1 uses strong comparison).
pub fn if_match_admits(if_match: &str, version: i64) -> bool {
    if if_match.trim() == "*" {
        return true;
    }
    let current = of_version(version);
    parse_list(if_match).is_some_and(|tags| tags.iter().any(|t| !t.weak && t.quoted == current))
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

    #[test]
    fn a_comma_inside_a_tag_is_part_of_the_tag() {
        let tags = parse_list("W/\"m$\"  ,  \",s;\" ,W/\",OC\"").unwrap();
        let quoted: Vec<&str> = tags.iter().map(|t| t.quoted).collect();
        assert_eq!(quoted, ["\"m$\"", "\",s;\"", "\",OC\""]);
        assert_eq!(
            tags.iter().map(|t| t.weak).collect::<Vec<_>>(),
            [true, false, true]
        );
        assert!(if_match_admits("\"a,\", \"3\"", 3));
        assert!(!if_match_admits("\"3,\"", 3));
        for bad in [
            "",
            "3",
            "\"3",
            "\"3\" \"4\"",
            "\"3\",",
            "\"a b\"",
            "*, \"3\"",
        ] {
            assert!(parse_list(bad).is_none(), "{bad}");
        }
    }
}

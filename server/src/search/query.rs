//! A public search query as job seekers type it, read the way `websearch_to_tsquery` reads it:
//! words, "quoted phrases" and `-exclusions` (of a word or a quoted phrase). The last word is
//! a prefix while the person is still typing it (no space after it). Bounded, so that no text
//! makes the index work without limit.

/// The most words (of words, phrases and exclusions together) a query may have.
pub const MAX_TERMS: usize = 16;

/// A parsed query: texts still to be analyzed (lower-cased, stemmed) by the index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// Words every hit must contain (each may match with typos, the last one as a prefix).
    pub words: Vec<String>,
    /// Quoted phrases every hit must contain, word for word.
    pub phrases: Vec<String>,
    /// Words or phrases no hit may contain.
    pub excluded: Vec<String>,
    /// Whether the last of `words` is still being typed (matched as a prefix).
    pub last_is_prefix: bool,
}

impl ParsedQuery {
    /// Whether nothing positive is asked for (only exclusions, or nothing at all).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }
}

/// The query has more words than [`MAX_TERMS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyTerms(pub usize);

/// Reads `q`. An unclosed quote runs to the end; `-` alone, or inside a word, is text.
pub fn parse(q: &str) -> Result<ParsedQuery, TooManyTerms> {
    let mut parsed = ParsedQuery::default();
    let mut rest = q.trim_start();
    let mut terms = 0;
    let mut last_word_open = false;
    while !rest.is_empty() {
        let negated = rest.starts_with('-') && rest.len() > 1 && !rest[1..].starts_with(' ');
        let body = if negated { &rest[1..] } else { rest };
        let (text, quoted, after) = if let Some(inner) = body.strip_prefix('"') {
            match inner.find('"') {
                Some(end) => (&inner[..end], true, &inner[end + 1..]),
                None => (inner, true, ""),
            }
        } else {
            let end = body.find(char::is_whitespace).unwrap_or(body.len());
            (&body[..end], false, &body[end..])
        };
        let words = text.split_whitespace().count();
        terms += words.max(1);
        if terms > MAX_TERMS {
            return Err(TooManyTerms(terms));
        }
        let text = text.trim();
        if !text.is_empty() {
            if negated {
                parsed.excluded.push(text.to_string());
                last_word_open = false;
            } else if quoted && words > 1 {
                parsed.phrases.push(text.to_string());
                last_word_open = false;
            } else {
                parsed.words.push(text.to_string());
                last_word_open = !quoted && after.is_empty();
            }
        }
        rest = after.trim_start();
    }
    parsed.last_is_prefix = last_word_open;
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(q: &str) -> ParsedQuery {
        parse(q).unwrap()
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let q = p("sous chef \"fine dining\" -night -\"split shift\" rece");
        assert_eq!(q.words, ["sous", "chef", "rece"]);
        assert_eq!(q.phrases, ["fine dining"]);
        assert_eq!(q.excluded, ["night", "split shift"]);
        assert!(q.last_is_prefix);
    }

    #[test]
    fn a_finished_word_is_no_prefix() {
        assert!(!p("chef ").last_is_prefix);
        assert!(!p("\"chef\"").last_is_prefix);
        assert!(!p("chef -night").last_is_prefix);
        assert!(p("chef").last_is_prefix);
        assert_eq!(p("\"chef\"").words, ["chef"]);
    }

    #[test]
    fn a_lone_dash_and_an_open_quote_are_text() {
        assert_eq!(p("front-end - dev").words, ["front-end", "-", "dev"]);
        assert_eq!(p("\"pastry chef").phrases, ["pastry chef"]);
        assert!(p("-night").is_empty());
        assert!(p("  ").is_empty());
    }

    #[test]
    fn bounded_in_words() {
        let many = vec!["w"; MAX_TERMS].join(" ");
        assert!(parse(&many).is_ok());
        assert_eq!(
            parse(&format!("{many} x")),
            Err(TooManyTerms(MAX_TERMS + 1))
        );
        let phrase = format!("\"{}\"", vec!["w"; MAX_TERMS + 1].join(" "));
        assert!(parse(&phrase).is_err());
    }
}

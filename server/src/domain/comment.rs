//! Comments on applications: how a body is shown. Markdown is rendered (CommonMark with tables
//! and strikethrough) with raw HTML escaped, then sanitized like every stored HTML.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::html;

/// How a comment's body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentFormat {
    Plain,
    Markdown,
}

impl CommentFormat {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "plain" => Some(Self::Plain),
            "markdown" => Some(Self::Markdown),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plain => "plain",
            Self::Markdown => "markdown",
        }
    }
}

/// The most edits a comment keeps the history of (the contract's bound on `history`).
pub const MAX_HISTORY: usize = 100;

/// The contract's bound on `body_html`.
pub const MAX_HTML_BYTES: usize = 100_000;

/// The body as sanitized HTML, safe to show as it is.
pub fn render(body: &str, format: CommentFormat) -> String {
    match format {
        CommentFormat::Plain => {
            html::description_html(body, crate::domain::job::DescriptionFormat::Plain)
        }
        CommentFormat::Markdown => {
            let parser =
                Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH)
                    // Raw HTML is text here: a comment never carries markup of its own.
                    .map(|event| match event {
                        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
                        // Strikethrough as `<s>`, which the sanitizer keeps (it drops `<del>`):
                        // a struck-out "~~Hire~~" must not read as "Hire".
                        Event::Start(Tag::Strikethrough) => Event::InlineHtml("<s>".into()),
                        Event::End(TagEnd::Strikethrough) => Event::InlineHtml("</s>".into()),
                        other => other,
                    });
            let mut out = String::with_capacity(body.len() * 3 / 2);
            pulldown_cmark::html::push_html(&mut out, parser);
            html::sanitize(&out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_rendered_and_raw_html_is_escaped() {
        let out = render(
            "**Strong** hire, see [notes](https://example.com)\n\n<script>alert(1)</script>",
            CommentFormat::Markdown,
        );
        assert!(out.contains("<strong>Strong</strong>"), "{out}");
        assert!(
            out.contains("rel=\"noopener noreferrer nofollow\""),
            "{out}"
        );
        assert!(!out.contains("<script"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
    }

    #[test]
    fn struck_out_text_stays_struck_out() {
        let out = render("~~Hire~~ No hire.", CommentFormat::Markdown);
        assert_eq!(out, "<p><s>Hire</s> No hire.</p>\n");
    }

    #[test]
    fn dangerous_links_do_not_survive() {
        let out = render("[x](javascript:alert(1))", CommentFormat::Markdown);
        assert!(!out.contains("javascript:"), "{out}");
    }

    #[test]
    fn plain_text_is_escaped_into_paragraphs() {
        let out = render("a < b\n\n**not bold**", CommentFormat::Plain);
        assert_eq!(out, "<p>a &lt; b</p><p>**not bold**</p>");
    }
}

//! Sanitizing HTML job descriptions: what a career page may render without running anyone's
//! script. An allow-list of formatting tags and attributes; links only to `http(s)` and
//! `mailto`, always with `rel="noopener noreferrer nofollow"`; no scripts, styles, event
//! handlers, frames, forms or embedded objects (their tags go, and script and style contents
//! with them).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::domain::job::DescriptionFormat;

/// The version of the policy below. Descriptions sanitized with an older one are cleaned again
/// at start-up (see `db::startup`): raise it whenever the policy changes.
pub const POLICY_VERSION: i16 = 1;

const TAGS: &[&str] = &[
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
];

fn cleaner() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut builder = ammonia::Builder::empty();
        builder
            .tags(TAGS.iter().copied().collect::<HashSet<_>>())
            .tag_attributes(HashMap::from([
                ("a", HashSet::from(["href", "title"])),
                ("td", HashSet::from(["colspan", "rowspan"])),
                ("th", HashSet::from(["colspan", "rowspan", "scope"])),
                ("ol", HashSet::from(["start"])),
            ]))
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            // Relative URLs would resolve against whichever page shows the job.
            .url_relative(ammonia::UrlRelative::Deny)
            .link_rel(Some("noopener noreferrer nofollow"))
            .clean_content_tags(HashSet::from([
                "script", "style", "template", "iframe", "object", "embed", "noscript", "svg",
                "math", "textarea", "select", "title", "xmp", "noembed", "noframes",
            ]))
            .strip_comments(true);
        builder
    })
}

/// The description as it may be shown: only allowed markup survives.
pub fn sanitize(html: &str) -> String {
    cleaner().clean(html).to_string()
}

/// A stored description as HTML for feeds and structured data: HTML is stored sanitized (by
/// the current policy, see [`POLICY_VERSION`]) and returned as it is; plain text and Markdown
/// are escaped and kept in paragraphs and lines (Markdown is not rendered).
pub fn description_html(text: &str, format: DescriptionFormat) -> String {
    if format == DescriptionFormat::Html {
        return text.to_string();
    }
    text.replace("\r\n", "\n")
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", escape(p.trim()).replace('\n', "<br>")))
        .collect()
}

/// The text of sanitized HTML: tags become spaces, character references are decoded, runs of
/// whitespace are one space (what search indexes and highlights quote).
pub fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let end = rest.find('>');
            let name: String = rest[1..end.unwrap_or(rest.len())]
                .trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase();
            // Inline markup sits inside words ("<b>chef</b>'s"); blocks and breaks part them.
            if !INLINE.contains(&name.as_str()) {
                text.push(' ');
            }
            rest = end.map_or("", |end| &rest[end + 1..]);
        } else {
            let reference = rest[1..]
                .find(';')
                .filter(|&end| end <= 10)
                .map(|end| &rest[1..=end]);
            match reference.and_then(decode_reference) {
                Some(c) => {
                    text.push(c);
                    rest = &rest[reference.map_or(1, |r| r.len() + 2)..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    text.push_str(rest);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Elements that do not part words.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "code", "em", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "u",
];

/// `amp`, `#39`, `#x27`… (what a sanitizer writes) as the character.
fn decode_reference(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// Escapes text for HTML and XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // XML 1.0 has no representation for most control characters, nor for the
            // noncharacters U+FFFE and U+FFFF (a feed containing one does not parse).
            c if !xml_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether `c` may appear in an XML 1.0 document (its `Char` production), C1 controls and DEL
/// excluded as well (XML 1.0 discourages them and nothing a job posting says needs them).
fn xml_char(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{FFFE}' | '\u{FFFF}' => false,
        c => !c.is_control(),
    }
}

#[cfg(test)]
mod tests {
    use super::{DescriptionFormat, description_html, sanitize, text_of};

    #[test]
    fn text_of_html_drops_tags_and_decodes_references() {
        assert_eq!(
            text_of("<p>Tom &amp; Jerry&#39;s <b>caf&eacute;</b></p>\n<ul><li>a&lt;b</li></ul>"),
            "Tom & Jerry's caf&eacute; a<b"
        );
        assert_eq!(text_of("a &#x1F600; b & c"), "a \u{1F600} b & c");
    }

    /// Vectors from the OWASP XSS Filter Evasion Cheat Sheet (and friends): each must lose
    /// every way to run script.
    const VECTORS: &[&str] = &[
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;\">x</a>",
        "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29\">x</a>",
        "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert('XSS');\">x</a>",
        "<a href=\" &#14;  javascript:alert('XSS');\">x</a>",
        "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=//xss.example/.j>",
        "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
        "<iframe src=http://xss.example/scriptlet.html <",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<svg/onload=alert('XSS')>",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">",
        "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<a href=\"vbscript:msgbox('XSS')\">x</a>",
        "<p style=\"color:red\" class=\"x\" id=\"y\">styled</p>",
        "<base href=\"javascript:alert('XSS');//\">",
        "<details open ontoggle=alert(1)>",
        "<img src=x onerror=alert(document.domain)><script>alert(1)</script><p>Cook</p>",
    ];

    #[test]
    fn no_vector_survives() {
        for vector in VECTORS {
            let clean = sanitize(vector).to_ascii_lowercase();
            for needle in [
                "<script",
                "javascript:",
                "vbscript:",
                "data:",
                " on",
                "<img",
                "<iframe",
                "<svg",
                "<style",
                "style=",
                "<form",
                "<object",
                "<embed",
                "<meta",
                "<link",
                "<base",
                "<input",
                "<body",
                "class=",
                "expression(",
            ] {
                assert!(
                    !clean.contains(needle),
                    "{vector:?} kept {needle:?}: {clean:?}"
                );
            }
        }
    }

    #[test]
    fn formatting_and_safe_links_survive() {
        assert_eq!(
            sanitize(
                "<p>Cook <strong>fish</strong> &amp; <em>rice</em></p><ul><li>Shifts</li></ul>"
            ),
            "<p>Cook <strong>fish</strong> &amp; <em>rice</em></p><ul><li>Shifts</li></ul>"
        );
        assert_eq!(
            sanitize("<a href=\"https://jobs.example/apply\" target=\"_blank\">Apply</a>"),
            "<a href=\"https://jobs.example/apply\" rel=\"noopener noreferrer nofollow\">Apply</a>"
        );
        assert_eq!(
            sanitize("<a href=\"mailto:hr@example.mv\">Mail</a>"),
            "<a href=\"mailto:hr@example.mv\" rel=\"noopener noreferrer nofollow\">Mail</a>"
        );
        // Relative links and other schemes lose their href, not their text.
        assert_eq!(
            sanitize("<a href=\"/x\">x</a><a href=\"ftp://a/b\">y</a>"),
            "<a rel=\"noopener noreferrer nofollow\">x</a><a rel=\"noopener noreferrer nofollow\">y</a>"
        );
        assert_eq!(
            sanitize("<p>Cook</p><script>alert(1)</script>"),
            "<p>Cook</p>"
        );
    }

    #[test]
    fn sanitizing_twice_changes_nothing() {
        for vector in VECTORS {
            let once = sanitize(vector);
            assert_eq!(sanitize(&once), once, "{vector:?}");
        }
    }

    #[test]
    fn plain_descriptions_become_escaped_paragraphs() {
        assert_eq!(
            description_html("C++ & <Rust>\nline\n\nnext", DescriptionFormat::Plain),
            "<p>C++ &amp; &lt;Rust&gt;<br>line</p><p>next</p>"
        );
    }
}

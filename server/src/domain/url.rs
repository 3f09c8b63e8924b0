//! URLs that people and pages follow: `http` and `https` only, with a host. `javascript:`,
//! `data:` and the like would run in whoever clicks them.

/// `true` for an absolute `http(s)` URL with a host.
pub fn is_web_url(value: &str) -> bool {
    url::Url::parse(value.trim()).is_ok_and(|u| {
        matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::is_web_url;

    #[test]
    fn only_http_and_https_with_a_host() {
        for ok in [
            "https://example.mv/cv.pdf",
            "HTTP://EXAMPLE.MV",
            "https://[2001:db8::1]/x",
        ] {
            assert!(is_web_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "ftp://example.mv/x",
            "mailto:a@example.mv",
            "https://",
            "/relative",
            "",
            " javascript:alert(1)",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }
}

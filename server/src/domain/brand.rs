//! An employer's public face: its careers slug and the text colour that reads on its brand
//! colour.

/// The longest slug (the contract's bound).
pub const SLUG_MAX: usize = 50;

/// Whether `slug` is a careers slug: lower-case ASCII letters and digits, single hyphens
/// between them, 1–50 characters. Links and paths carry it as is.
pub fn is_slug(slug: &str) -> bool {
    let bytes = slug.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= SLUG_MAX
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes.first() != Some(&b'-')
        && bytes.last() != Some(&b'-')
        && !slug.contains("--")
}

/// Text on a brand-coloured surface: white or black, whichever contrasts more, and the ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextOnBrand {
    pub color: &'static str,
    pub contrast: f64,
}

/// The WCAG 2.1 contrast ratio needed for normal text (AA).
pub const AA_NORMAL_TEXT: f64 = 4.5;

/// The text colour for `#rrggbb` (`None` for anything else). One of white and black always
/// reaches 4.5:1 on any colour (the worst case is about 4.58), so no brand colour is refused:
/// the page picks the one that reads.
pub fn text_on(color: &str) -> Option<TextOnBrand> {
    let hex = color.strip_prefix('#').filter(|h| h.len() == 6)?;
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let on_white = contrast(1.0, luminance);
    let on_black = contrast(luminance, 0.0);
    Some(if on_white >= on_black {
        TextOnBrand {
            color: "#ffffff",
            contrast: round2(on_white),
        }
    } else {
        TextOnBrand {
            color: "#000000",
            contrast: round2(on_black),
        }
    })
}

/// sRGB channel to linear light (WCAG 2.1 relative luminance).
fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn contrast(lighter: f64, darker: f64) -> f64 {
    (lighter + 0.05) / (darker + 0.05)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).floor() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_words_joined_by_single_hyphens() {
        for ok in ["a", "lagoon-resorts", "x1", "a-b-c", &"a".repeat(50)] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "Lagoon",
            "a_b",
            "a b",
            "é",
            &"a".repeat(51),
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn the_text_colour_that_contrasts_more_and_always_reads() {
        // Dark brand: white text; light brand: black text (WCAG's reference values).
        assert_eq!(
            text_on("#000000").map(|t| (t.color, t.contrast)),
            Some(("#ffffff", 21.0))
        );
        assert_eq!(
            text_on("#ffffff").map(|t| (t.color, t.contrast)),
            Some(("#000000", 21.0))
        );
        assert_eq!(text_on("#0a7ea4").map(|t| t.color), Some("#ffffff"));
        assert_eq!(text_on("#ffd700").map(|t| t.color), Some("#000000"));
        // Every grey reaches AA with one of the two.
        for v in 0..=255u8 {
            let c = format!("#{v:02x}{v:02x}{v:02x}");
            assert!(
                text_on(&c).is_some_and(|t| t.contrast >= AA_NORMAL_TEXT),
                "{c}"
            );
        }
        assert_eq!(text_on("red"), None);
        assert_eq!(text_on("#12345"), None);
    }
}

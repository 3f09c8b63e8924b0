//! Languages of job postings: BCP 47 tags (RFC 5646) validated against the IANA registry and
//! canonicalized, the writing direction of a tag, HTTP language negotiation (RFC 9110
//! `Accept-Language`, RFC 4647 lookup), and a guard that notices text written in another
//! language than its tag says.

use language_tags::LanguageTag;

/// The language a posting is written in when neither the request nor the employer says.
pub const DEFAULT: &str = "en";

/// A BCP 47 tag in its canonical form (`EN-us` → `en-US`, `iw` → `he`, `zh-yue` → `yue`), or
/// `None` when it is not a well-formed tag made of registered subtags. Private-use and
/// grandfathered-only tags are refused: a posting's language must be a language.
pub fn canonical(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    let tag = LanguageTag::parse(raw).ok()?.canonicalize().ok()?;
    tag.validate().ok()?;
    let primary = tag.primary_language();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    Some(tag.into_string())
}

/// Scripts written right to left (ISO 15924).
const RTL_SCRIPTS: [&str; 9] = [
    "Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa",
];

/// Languages whose usual script is written right to left (when the tag names no script).
const RTL_LANGUAGES: [&str; 14] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "nqo", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// How text in a language runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The direction of a (canonical) tag: its script's when it names one, else its language's.
pub fn direction(tag: &str) -> Direction {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    let script = parts.find(|p| p.len() == 4 && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rtl = match script {
        Some(script) => RTL_SCRIPTS.contains(&script),
        None => RTL_LANGUAGES.contains(&language),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

/// The primary language subtag (`pt-BR` → `pt`).
pub fn language_of(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The ranges of an `Accept-Language` header, most preferred first (equal weights keep their
/// order), lower-cased; ranges weighted 0 come last as `-range` (refused: `*` skips them).
/// Malformed members are skipped: a header is advice, never an error.
pub fn accept_language(values: &[&str]) -> Vec<String> {
    let mut ranges: Vec<(String, f32, usize)> = Vec::new();
    for member in values.iter().flat_map(|v| v.split(',')) {
        let mut parts = member.split(';');
        let range = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let well_formed = range == "*"
            || (!range.is_empty()
                && range.len() <= 64
                && range.split('-').all(|p| {
                    (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
                }));
        if !well_formed {
            continue;
        }
        let q = parts
            .filter_map(|p| {
                p.trim()
                    .to_ascii_lowercase()
                    .strip_prefix("q=")
                    .map(str::to_string)
            })
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if !(0.0..=1.0).contains(&q) {
            continue;
        }
        let at = ranges.len();
        let range = if q == 0.0 { format!("-{range}") } else { range };
        ranges.push((range, q, at));
    }
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
    ranges.into_iter().map(|(r, _, _)| r).collect()
}

/// The available tag one range picks: RFC 4647 lookup (the range, then the range with its
/// last subtag cut off, and so on), then the first available tag the range is a prefix of
/// (`en` finds `en-GB`). `*` picks the first available tag (the posting's own).
fn pick<'a>(range: &str, available: &[&'a str], refused: &[&str]) -> Option<&'a str> {
    if range.starts_with('-') {
        return None;
    }
    if range == "*" {
        let is_refused = |tag: &str| {
            let tag = tag.to_ascii_lowercase();
            refused
                .iter()
                .any(|r| tag == *r || tag.starts_with(&format!("{r}-")))
        };
        return available.iter().find(|tag| !is_refused(tag)).copied();
    }
    let mut candidate = range.to_ascii_lowercase();
    loop {
        if let Some(found) = available
            .iter()
            .find(|tag| tag.eq_ignore_ascii_case(&candidate))
        {
            return Some(found);
        }
        match candidate.rfind('-') {
            Some(cut) => {
                candidate.truncate(cut);
                // A single-letter subtag left at the end is not a tag of its own (RFC 4647 §3.4).
                if candidate.len() >= 2 && candidate.as_bytes()[candidate.len() - 2] == b'-' {
                    candidate.truncate(candidate.len() - 2);
                }
            }
            None => break,
        }
    }
    let prefix = format!("{}-", range.to_ascii_lowercase());
    available
        .iter()
        .find(|tag| tag.to_ascii_lowercase().starts_with(&prefix))
        .copied()
}

/// The tag to answer in: the explicit `lang` when one of `available` serves it, else the first
/// range of `accept` (see [`accept_language`]) that one serves, else the posting's own tag (the
/// first of `available`).
pub fn negotiate<'a>(available: &[&'a str], lang: Option<&str>, accept: &[String]) -> &'a str {
    requested(available, lang, accept)
        .or_else(|| available.first().copied())
        .unwrap_or(DEFAULT)
}

/// The tag `lang` or `accept` picks among `available`, if any does.
pub fn requested<'a>(
    available: &[&'a str],
    lang: Option<&str>,
    accept: &[String],
) -> Option<&'a str> {
    let refused: Vec<&str> = accept.iter().filter_map(|r| r.strip_prefix('-')).collect();
    lang.into_iter()
        .chain(accept.iter().map(String::as_str))
        .find_map(|range| pick(range, available, &refused))
}

/// A language's name in itself, for a language switcher (the tag when it is not listed).
pub fn autonym(tag: &str) -> String {
    let name = match language_of(tag) {
        "ar" => "العربية",
        "bn" => "বাংলা",
        "de" => "Deutsch",
        "dv" => "ދިވެހި",
        "en" => "English",
        "es" => "Español",
        "fr" => "Français",
        "hi" => "हिन्दी",
        "it" => "Italiano",
        "ja" => "日本語",
        "ko" => "한국어",
        "ms" => "Bahasa Melayu",
        "ne" => "नेपाली",
        "pt" => "Português",
        "ru" => "Русский",
        "si" => "සිංහල",
        "ta" => "தமிழ்",
        "tr" => "Türkçe",
        "ur" => "اردو",
        "zh" => "中文",
        _ => return tag.to_string(),
    };
    if tag.contains('-') {
        format!("{name} ({tag})")
    } else {
        name.to_string()
    }
}

/// Letters of the Thaana script (Dhivehi), vowel signs (fili) included.
fn is_thaana(c: char) -> bool {
    ('\u{0780}'..='\u{07BF}').contains(&c)
}

/// The language `text` is confidently written in, as a tag's primary language, if it can
/// tell: Thaana script is Dhivehi; otherwise `whatlang`'s guess when it deems it reliable.
/// Short texts (under 24 letters) tell nothing.
pub fn detect(text: &str) -> Option<&'static str> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 24 {
        return None;
    }
    let thaana = text.chars().filter(|c| is_thaana(*c)).count();
    if thaana * 2 > letters {
        return Some("dv");
    }
    let info = whatlang::detect(text)?;
    if !info.is_reliable() {
        return None;
    }
    iso639_1(info.lang())
}

/// A detected language different from `tag`'s, which an employer should look at.
pub fn mismatch(tag: &str, text: &str) -> Option<String> {
    let detected = detect(text)?;
    let language = language_of(tag);
    // Norwegian Bokmål is detected as `nb`; a posting tagged `no` is not a mix-up.
    let same = detected == language || (detected == "nb" && language == "no");
    (!same).then(|| detected.to_string())
}

/// The two-letter code of a language `whatlang` detects (those without one are not reported).
fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_validated_and_canonical() {
        assert_eq!(canonical("EN-us").as_deref(), Some("en-US"));
        assert_eq!(canonical("dv").as_deref(), Some("dv"));
        assert_eq!(canonical("DV-mv").as_deref(), Some("dv-MV"));
        assert_eq!(canonical("iw").as_deref(), Some("he"));
        assert_eq!(canonical("zh-hant-tw").as_deref(), Some("zh-Hant-TW"));
        // Also what e-mail templates and applications are stored under.
        assert_eq!(canonical("pt-br").as_deref(), Some("pt-BR"));
        for bad in [
            "",
            "e",
            "en--US",
            "english",
            "x-private",
            "qqq-zz-zz",
            "en_US",
            "12",
        ] {
            assert_eq!(canonical(bad), None, "{bad}");
        }
    }

    #[test]
    fn thaana_and_arabic_run_right_to_left() {
        assert_eq!(direction("dv"), Direction::Rtl);
        assert_eq!(direction("dv-MV"), Direction::Rtl);
        assert_eq!(direction("ar"), Direction::Rtl);
        assert_eq!(direction("en"), Direction::Ltr);
        assert_eq!(direction("az-Arab"), Direction::Rtl);
        assert_eq!(direction("ku-Latn"), Direction::Ltr);
    }

    #[test]
    fn negotiation_follows_weights_lookup_and_the_explicit_choice() {
        let available = ["en", "dv", "pt-BR"];
        let pick = |lang: Option<&str>, header: &str| {
            negotiate(&available, lang, &accept_language(&[header]))
        };
        assert_eq!(pick(None, "dv"), "dv");
        assert_eq!(pick(None, "fr, en;q=0.5"), "en");
        assert_eq!(pick(None, "fr"), "en");
        assert_eq!(pick(None, "en;q=0.4, dv;q=0.9"), "dv");
        assert_eq!(pick(None, "dv-MV"), "dv");
        assert_eq!(pick(None, "pt"), "pt-BR");
        assert_eq!(pick(None, "dv;q=0, *"), "en");
        assert_eq!(pick(None, "en;q=0, *"), "dv");
        assert_eq!(pick(None, "EN;q=0, *;q=0.5"), "dv");
        assert_eq!(pick(Some("dv"), "en"), "dv");
        assert_eq!(pick(Some("fr"), "dv"), "dv");
        assert_eq!(pick(None, "garbage;;, ,;q=x"), "en");
        assert_eq!(pick(None, "zh-Hant-x-a"), "en");
    }

    #[test]
    fn text_in_another_language_than_its_tag_is_noticed() {
        let english = "We are looking for a front office manager to lead the reception team \
                       of our resort and to look after our guests.";
        let thaana = "ރިސޯޓުގެ ފްރަންޓް އޮފީހުގެ ޓީމު ހިންގުމަށް މެނޭޖަރަކު ބޭނުންވެއްޖެ";
        assert_eq!(mismatch("en", english), None);
        assert_eq!(mismatch("en-GB", english), None);
        assert_eq!(mismatch("dv", english).as_deref(), Some("en"));
        assert_eq!(mismatch("dv", thaana), None);
        assert_eq!(mismatch("en", thaana).as_deref(), Some("dv"));
        assert_eq!(mismatch("dv", "Chef"), None);
    }
}

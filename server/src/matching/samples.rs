//! Synthetic CV documents (DOCX, ODT, PDF, compression bombs, CV-like text) for tests and the
//! extraction benchmark, like `seed` for jobs. A failure to build one is a bug of the generator.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::{Cursor, Write};

use flate2::{Compress, Compression, Crc, FlushCompress};
use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, StringFormat, dictionary};
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

pub const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub const ODT_MIME: &str = "application/vnd.oasis.opendocument.text";

const DOCX_CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const DOCX_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCX_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;
const DOCX_TAIL: &str =
    r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#;

const ODT_MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

/// XML-escapes text content.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Deflated)
}

/// A zip archive from `(name, stored?, bytes)` entries, in order.
pub fn zip_of(entries: &[(&str, bool, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, stored, data) in entries {
        let options = if *stored {
            SimpleFileOptions::default().compression_method(CompressionMethod::Stored)
        } else {
            deflated()
        };
        zip.start_file(*name, options).expect("start zip entry");
        zip.write_all(data).expect("write zip entry");
    }
    zip.finish().expect("finish zip").into_inner()
}

/// `word/document.xml` for the paragraphs (one run each; a "\t" becomes `w:tab`).
pub fn docx_document_xml(paragraphs: &[&str]) -> String {
    let mut xml = String::from(DOCX_HEAD);
    for p in paragraphs {
        xml.push_str("<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:r>");
        for (i, part) in p.split('\t').enumerate() {
            if i > 0 {
                xml.push_str("<w:tab/>");
            }
            xml.push_str("<w:t xml:space=\"preserve\">");
            xml.push_str(&xml_escape(part));
            xml.push_str("</w:t>");
        }
        xml.push_str("</w:r></w:p>");
    }
    xml.push_str(DOCX_TAIL);
    xml
}

/// A DOCX around a ready `word/document.xml`.
pub fn docx_with_document_xml(document_xml: &str) -> Vec<u8> {
    zip_of(&[
        ("[Content_Types].xml", false, DOCX_CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", false, DOCX_RELS.as_bytes()),
        ("word/document.xml", false, document_xml.as_bytes()),
    ])
}

/// A minimal valid DOCX, one paragraph per string.
pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
    docx_with_document_xml(&docx_document_xml(paragraphs))
}

/// `content.xml` for the paragraphs; the first becomes a heading, and runs of
/// two or more spaces become `text:s` the way LibreOffice writes them.
pub fn odt_content_xml(paragraphs: &[&str]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2"><office:automatic-styles><style:style style:name="P1" style:family="paragraph"/></office:automatic-styles><office:body><office:text>"#,
    );
    for (i, p) in paragraphs.iter().enumerate() {
        let (open, close) = if i == 0 {
            ("<text:h text:outline-level=\"1\">", "</text:h>")
        } else {
            ("<text:p text:style-name=\"P1\">", "</text:p>")
        };
        xml.push_str(open);
        let mut spaces = 0usize;
        let flush = |xml: &mut String, spaces: &mut usize| {
            match *spaces {
                0 => {}
                1 => xml.push(' '),
                n => xml.push_str(&format!(" <text:s text:c=\"{}\"/>", n - 1)),
            }
            *spaces = 0;
        };
        for c in p.chars() {
            match c {
                ' ' => spaces += 1,
                '\t' => {
                    flush(&mut xml, &mut spaces);
                    xml.push_str("<text:tab/>");
                }
                '\n' => {
                    flush(&mut xml, &mut spaces);
                    xml.push_str("<text:line-break/>");
                }
                _ => {
                    flush(&mut xml, &mut spaces);
                    xml.push_str(&xml_escape(&c.to_string()));
                }
            }
        }
        flush(&mut xml, &mut spaces);
        xml.push_str(close);
    }
    xml.push_str("</office:text></office:body></office:document-content>");
    xml
}

/// An ODT around a ready `content.xml`.
pub fn odt_with_content_xml(content_xml: &str) -> Vec<u8> {
    // `mimetype` first and stored, so its value sits at byte 38 (after the
    // 30-byte local header and the 8-byte name), as type sniffers expect.
    zip_of(&[
        ("mimetype", true, ODT_MIME.as_bytes()),
        ("content.xml", false, content_xml.as_bytes()),
        ("META-INF/manifest.xml", false, ODT_MANIFEST.as_bytes()),
    ])
}

/// A minimal valid ODT, one paragraph per string (the first as a heading).
pub fn odt(paragraphs: &[&str]) -> Vec<u8> {
    odt_with_content_xml(&odt_content_xml(paragraphs))
}

/// UTF-8 to WinAnsiEncoding bytes ('?' for what it cannot show).
fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '€' => 0x80,
            '‚' => 0x82,
            '„' => 0x84,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            c if (' '..='~').contains(&c) || ('\u{a0}'..='\u{ff}').contains(&c) => c as u32 as u8,
            _ => b'?',
        })
        .collect()
}

/// Greedy word wrap at `width` chars.
pub fn wrap(paragraph: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A valid A4 PDF, one page per string: Helvetica 10 pt (WinAnsiEncoding),
/// paragraphs split on "\n", lines wrapped at 90 chars, each line placed with
/// `Td` the way most producers do, FlateDecode content streams.
pub fn pdf(pages: &[&str]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids = Vec::new();
    for page in pages {
        let mut ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 10.into()]),
            Operation::new("Td", vec![56.into(), 790.into()]),
        ];
        let mut first = true;
        for paragraph in page.split('\n') {
            // A blank gap between paragraphs, like a real layout.
            let mut gap = if first { 0 } else { -6 };
            for line in wrap(paragraph, 90) {
                if !first {
                    ops.push(Operation::new("Td", vec![0.into(), (gap - 12).into()]));
                }
                first = false;
                gap = 0;
                ops.push(Operation::new(
                    "Tj",
                    vec![Object::String(win_ansi(&line), StringFormat::Literal)],
                ));
            }
        }
        ops.push(Operation::new("ET", vec![]));
        let content = Content { operations: ops }
            .encode()
            .expect("encode content");
        let mut stream = Stream::new(dictionary! {}, content);
        stream.compress().expect("compress content");
        let content_id = doc.add_object(stream);
        kids.push(Object::from(doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
        })));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save pdf");
    out
}

/// Raw deflate of `data` with a fresh window, sync-flushed so that the blocks
/// are byte-aligned, not final, and can be concatenated with other such runs.
fn deflate_run(data: &[u8], finish: bool) -> Vec<u8> {
    let mut c = Compress::new(Compression::best(), false);
    let mut out = Vec::with_capacity(data.len() / 2 + 1024);
    let flush = if finish {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    c.compress_vec(data, &mut out, flush).expect("deflate");
    assert_eq!(
        c.total_in() as usize,
        data.len(),
        "deflate consumed all input"
    );
    out
}

/// A one-entry-per-part zip written by hand, so that sizes can be declared at
/// will: `(name, deflated data, crc32, declared uncompressed size)`.
fn raw_deflated_zip(entries: &[(&str, Vec<u8>, u32, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, crc, size) in entries {
        let offset = out.len() as u32;
        let compressed = u32::try_from(data.len()).expect("entry under 4 GiB");
        for (buf, central_header) in [(&mut out, false), (&mut central, true)] {
            buf.extend_from_slice(if central_header {
                &[0x50, 0x4b, 0x01, 0x02, 20, 0]
            } else {
                &[0x50, 0x4b, 0x03, 0x04]
            });
            buf.extend_from_slice(&20u16.to_le_bytes()); // version needed
            buf.extend_from_slice(&0u16.to_le_bytes()); // flags
            buf.extend_from_slice(&8u16.to_le_bytes()); // deflate
            buf.extend_from_slice(&0u16.to_le_bytes()); // time
            buf.extend_from_slice(&0x21u16.to_le_bytes()); // date 1980-01-01
            buf.extend_from_slice(&crc.to_le_bytes());
            buf.extend_from_slice(&compressed.to_le_bytes());
            buf.extend_from_slice(&size.to_le_bytes());
            buf.extend_from_slice(&(name.len() as u16).to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // extra length
            if central_header {
                buf.extend_from_slice(&[0; 6]); // comment len, disk, internal attrs
                buf.extend_from_slice(&0u32.to_le_bytes()); // external attrs
                buf.extend_from_slice(&offset.to_le_bytes());
            }
            buf.extend_from_slice(name.as_bytes());
        }
        out.extend_from_slice(data);
    }
    let cd_offset = out.len() as u32;
    let n = entries.len() as u16;
    out.extend_from_slice(&central);
    out.extend_from_slice(&[0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// `word/document.xml` deflated: `<w:document><w:body><w:p><w:r><w:t>` then
/// 'a's up to `expanded_bytes` in total, then the closing tags. Built from one
/// deflated 1 MiB block repeated (back-references never leave a block), so a
/// 1 GiB bomb takes milliseconds. Returns (raw deflate data, crc32, exact
/// expanded size).
pub fn docx_bomb_stream(expanded_bytes: u64) -> (Vec<u8>, u32, u64) {
    const CHUNK: usize = 1 << 20;
    let head = format!("{DOCX_HEAD}<w:p><w:r><w:t>");
    let tail = format!("</w:t></w:r></w:p>{DOCX_TAIL}");
    let fixed = (head.len() + tail.len()) as u64;
    let body = expanded_bytes.saturating_sub(fixed).max(1);
    let chunks = body / CHUNK as u64;
    let rest = (body % CHUNK as u64) as usize;

    let chunk = vec![b'a'; CHUNK];
    let chunk_deflated = deflate_run(&chunk, false);
    let mut chunk_crc = Crc::new();
    chunk_crc.update(&chunk);

    let mut crc = Crc::new();
    crc.update(head.as_bytes());
    let mut data = deflate_run(head.as_bytes(), false);
    data.reserve(chunk_deflated.len() * chunks as usize + 4096);
    for _ in 0..chunks {
        data.extend_from_slice(&chunk_deflated);
        crc.combine(&chunk_crc);
    }
    let mut last = vec![b'a'; rest];
    last.extend_from_slice(tail.as_bytes());
    crc.update(&last);
    data.extend_from_slice(&deflate_run(&last, true));
    (data, crc.sum(), fixed + body)
}

/// A DOCX whose `word/document.xml` expands to about `expanded_bytes` of
/// valid-looking XML (one enormous `w:t`), with honest zip headers
/// (sizes over 4 GiB are declared as 0xFFFF_FFFF).
pub fn docx_bomb(expanded_bytes: u64) -> Vec<u8> {
    let (data, crc, size) = docx_bomb_stream(expanded_bytes);
    let declared = u32::try_from(size).unwrap_or(u32::MAX);
    bomb_zip(data, crc, declared)
}

/// Like [`docx_bomb`], but the zip headers declare `word/document.xml` as
/// 1 KiB: a reader that trusts declared sizes is fooled.
pub fn docx_bomb_lying(expanded_bytes: u64) -> Vec<u8> {
    let (data, crc, _) = docx_bomb_stream(expanded_bytes);
    bomb_zip(data, crc, 1024)
}

fn bomb_zip(document: Vec<u8>, crc: u32, declared: u32) -> Vec<u8> {
    let part = |s: &str| {
        let mut c = Crc::new();
        c.update(s.as_bytes());
        (deflate_run(s.as_bytes(), true), c.sum(), s.len() as u32)
    };
    let (types, types_crc, types_len) = part(DOCX_CONTENT_TYPES);
    let (rels, rels_crc, rels_len) = part(DOCX_RELS);
    raw_deflated_zip(&[
        ("[Content_Types].xml", types, types_crc, types_len),
        ("_rels/.rels", rels, rels_crc, rels_len),
        ("word/document.xml", document, crc, declared),
    ])
}

/// Tiny deterministic generator (64-bit LCG, high bits out).
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u32(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u32() as usize) % n.max(1)
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "María", "José", "Anna", "Lukas", "Chloé", "Sven", "Inès", "Jürgen", "Aoife", "Tomás",
];
const LAST: &[&str] = &[
    "García",
    "Müller",
    "Okafor",
    "Novak",
    "Lindqvist",
    "Moreau",
    "Şahin",
    "Rossi",
    "Ó Briain",
    "Kowalski",
];
const CITIES: &[&str] = &[
    "Málaga",
    "München",
    "Lyon",
    "Kraków",
    "Göteborg",
    "Porto",
    "Zürich",
    "Dublin",
];
const COMPANIES: &[&str] = &[
    "Nordlicht Logistics",
    "Acme Payments",
    "Bluefin Health",
    "Orbital Retail",
    "Kestrel Analytics",
    "Tidewater Energy",
];
const ROLES: &[&str] = &[
    "Senior Software Engineer",
    "Backend Developer",
    "Platform Engineer",
    "Data Engineer",
    "Site Reliability Engineer",
    "Tech Lead",
];
const SYSTEMS: &[&str] = &[
    "the billing platform",
    "the order pipeline",
    "the customer portal",
    "an internal analytics service",
    "the mobile API",
    "the search backend",
];
const VERBS: &[&str] = &[
    "Designed",
    "Built",
    "Led",
    "Maintained",
    "Migrated",
    "Re-architected",
    "Automated",
    "Scaled",
];
const FILLER: &[&str] = &[
    "Worked closely with product managers, designers and QA to ship features on a two-week cadence.",
    "Mentored junior developers through code reviews, pairing sessions and internal workshops.",
    "Introduced structured logging and dashboards that shortened incident response considerably.",
    "Wrote technical documentation and runbooks used by the on-call rotation.",
    "Collaborated with stakeholders in three countries to define requirements and priorities.",
    "Reduced infrastructure costs by consolidating services and right-sizing environments.",
    "Participated in hiring, interviewing more than forty candidates for engineering roles.",
    "Improved test coverage and introduced contract tests between teams.",
];

fn skill_sentence(rng: &mut Lcg, skill: &str) -> String {
    let n = 10 + rng.below(80);
    match rng.below(5) {
        0 => format!(
            "{} {} using {skill}, reducing latency by {n}% for users across Europe.",
            rng.pick(VERBS),
            rng.pick(SYSTEMS)
        ),
        1 => format!(
            "Used {skill} daily to deliver {} with a team of {} engineers.",
            rng.pick(SYSTEMS),
            3 + rng.below(9)
        ),
        2 => format!(
            "{} a migration of {} to {skill}, completed {n} days ahead of schedule.",
            rng.pick(VERBS),
            rng.pick(SYSTEMS)
        ),
        3 => format!(
            "Hands-on experience with {skill} in production, including monitoring, upgrades and incident handling."
        ),
        _ => format!(
            "Trained {n} colleagues in {skill} best practices and reviewed designs that relied on it."
        ),
    }
}

/// Realistic-looking CV text, one string per page (paragraphs separated by
/// "\n", about 350 words per page), mentioning every skill in sentences.
/// Deterministic in `seed`.
pub fn cv_text(seed: u64, skills: &[&str], pages: usize) -> Vec<String> {
    const WORDS_PER_PAGE: usize = 350;
    let mut rng = Lcg::new(seed);
    let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    let city = rng.pick(CITIES);
    let mut next_skill = 0usize;
    let mut take_skill = |rng: &mut Lcg| -> Option<String> {
        if skills.is_empty() {
            return None;
        }
        // Every skill once in order, then at random.
        let s = if next_skill < skills.len() {
            skills[next_skill]
        } else {
            skills[rng.below(skills.len())]
        };
        next_skill += 1;
        Some(s.to_string())
    };
    let mut year = 2024 - rng.below(3) as i32;
    let mut out = Vec::with_capacity(pages);
    for page in 0..pages {
        let mut paragraphs: Vec<String> = Vec::new();
        let words = |paragraphs: &[String]| {
            paragraphs
                .iter()
                .map(|p| p.split_whitespace().count())
                .sum::<usize>()
        };
        let push = |paragraphs: &mut Vec<String>, p: String| paragraphs.push(p);
        if page == 0 {
            push(&mut paragraphs, name.clone());
            push(
                &mut paragraphs,
                format!(
                    "{city} • {}.{}@example.com • +34 600 {:03} {:03}",
                    name.split(' ').next().unwrap_or("cv").to_lowercase(),
                    name.rsplit(' ').next().unwrap_or("cv").to_lowercase(),
                    rng.below(1000),
                    rng.below(1000)
                ),
            );
            push(&mut paragraphs, "Profile".into());
            push(
                &mut paragraphs,
                format!(
                    "{} with {} years of experience building reliable distributed systems. \
                     Comfortable owning services end to end, from design to operations, \
                     and enjoys working in small cross-functional teams based in {city}.",
                    rng.pick(ROLES),
                    4 + rng.below(12)
                ),
            );
            push(&mut paragraphs, "Experience".into());
        }
        while words(&paragraphs) < WORDS_PER_PAGE {
            let start = year - 1 - rng.below(3) as i32;
            push(
                &mut paragraphs,
                format!(
                    "{} – {}, {start}–{year}",
                    rng.pick(ROLES),
                    rng.pick(COMPANIES)
                ),
            );
            year = start;
            let mut body = Vec::new();
            for _ in 0..3 + rng.below(3) {
                match take_skill(&mut rng) {
                    Some(skill) if rng.below(3) > 0 => body.push(skill_sentence(&mut rng, &skill)),
                    _ => body.push(rng.pick(FILLER).to_string()),
                }
            }
            push(&mut paragraphs, body.join(" "));
        }
        if page + 1 == pages {
            let listed: Vec<&str> = skills.to_vec();
            paragraphs.push("Skills".into());
            paragraphs.push(listed.join(", "));
            paragraphs.push("Education".into());
            paragraphs.push(format!(
                "MSc Computer Science, Universidad de {city}, {}",
                year - 2
            ));
            paragraphs.push("Languages: Spanish (native), English (C1), German (B2)".into());
        }
        out.push(paragraphs.join("\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odt_mimetype_is_at_offset_30() {
        let odt = odt(&["x"]);
        assert_eq!(&odt[30..38], b"mimetype");
        assert_eq!(&odt[38..38 + ODT_MIME.len()], ODT_MIME.as_bytes());
    }

    #[test]
    fn cv_text_is_deterministic_and_long_enough() {
        let a = cv_text(7, &["Kubernetes", "Rust"], 2);
        assert_eq!(a, cv_text(7, &["Kubernetes", "Rust"], 2));
        assert_eq!(a.len(), 2);
        for page in &a {
            assert!(page.split_whitespace().count() >= 350);
        }
        assert!(a.concat().contains("Kubernetes"));
    }

    #[test]
    fn bomb_is_a_valid_zip_with_declared_size() {
        let bomb = docx_bomb(8 << 20);
        let mut archive = zip::ZipArchive::new(Cursor::new(bomb)).expect("zip");
        let mut f = archive.by_name("word/document.xml").expect("entry");
        let declared = f.size();
        let mut n = 0u64;
        let mut buf = vec![0; 1 << 16];
        loop {
            let k = std::io::Read::read(&mut f, &mut buf).expect("inflate with good crc");
            if k == 0 {
                break;
            }
            n += k as u64;
        }
        assert_eq!(n, declared);
        assert_eq!(n, 8 << 20);
    }
}

//! Plain text from CVs uploaded as PDF, DOCX or ODT.
//!
//! Uploads are untrusted, and a few kilobytes of zip or PDF can inflate to
//! gigabytes, so every extraction is bounded (see [`Limits`]):
//! - the input size, checked before anything is parsed;
//! - the bytes decompressed: DOCX/ODT parts are inflated as a stream through a
//!   counting reader that fails once the total passes `max_expanded_bytes`
//!   (declared zip sizes are only used to fail early, never trusted); PDF
//!   page and form content streams share one budget of the same size, and
//!   each stream lopdf decodes while loading is capped at that size;
//! - the zip entry count, the PDF pages read and the text kept; XML is read
//!   one event at a time (quick-xml expands no DTD entities), so DOCX/ODT
//!   peak memory stays around `max_expanded_bytes` at worst;
//! - panics inside dependencies become [`Rejection::Malformed`].
//!
//! Not bounded here: CPU time, and what lopdf builds while loading a PDF
//! (it parses the whole file into objects up front, and decodes every object
//! stream, each capped but not their sum). The caller runs extraction in a
//! child process with a memory rlimit and a timeout for that.

use std::collections::HashMap;
use std::fmt;
use std::io::{self, BufReader, Cursor, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};

use lopdf::content::Content;
use lopdf::{DecompressError, Dictionary, Document, Encoding, LoadOptions, Object, ObjectId};
use quick_xml::events::Event;

const MIB: u64 = 1024 * 1024;

/// Bounds every extraction obeys.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Larger inputs are rejected before parsing.
    pub max_input_bytes: usize,
    /// Total bytes decompressed from any container or stream.
    pub max_expanded_bytes: u64,
    /// Text kept; longer text is truncated, not rejected.
    pub max_text_chars: usize,
    /// PDF pages read; later pages are ignored, not rejected.
    pub max_pages: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 10 * MIB as usize,
            max_expanded_bytes: 32 * MIB,
            max_text_chars: 200_000,
            max_pages: 50,
        }
    }
}

/// Zip archives with more entries than this are rejected: no DOCX or ODT CV
/// comes close, and each entry costs memory in the central directory.
const MAX_ZIP_ENTRIES: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Docx,
    Odt,
}

impl Format {
    /// From a MIME type (parameters such as `; charset=` are ignored).
    pub fn of_content_type(ct: &str) -> Option<Format> {
        let essence = ct.split(';').next().unwrap_or("").trim();
        if essence.eq_ignore_ascii_case("application/pdf") {
            Some(Format::Pdf)
        } else if essence.eq_ignore_ascii_case(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ) {
            Some(Format::Docx)
        } else if essence.eq_ignore_ascii_case("application/vnd.oasis.opendocument.text") {
            Some(Format::Odt)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
        }
    }

    /// Inverse of [`Format::as_str`].
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "odt" => Some(Format::Odt),
            _ => None,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "DOCX",
            Format::Odt => "ODT",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a file's text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    TooLarge,
    ExpandsTooMuch,
    Encrypted,
    /// Carries a short user-facing fragment, e.g. "the file is not a valid DOCX".
    Malformed(String),
    NoText,
}

impl Rejection {
    pub fn code(&self) -> &'static str {
        match self {
            Rejection::TooLarge => "too_large",
            Rejection::ExpandsTooMuch => "expands_too_much",
            Rejection::Encrypted => "encrypted",
            Rejection::Malformed(_) => "malformed",
            Rejection::NoText => "no_text",
        }
    }

    /// A short user-facing sentence fragment. Sizes quoted are those of
    /// `Limits::default()`; use [`Rejection::reason_for`] with other limits.
    pub fn reason(&self) -> String {
        self.reason_for(&Limits::default())
    }

    pub fn reason_for(&self, limits: &Limits) -> String {
        match self {
            Rejection::TooLarge => format!(
                "the file is larger than {}",
                human_size(limits.max_input_bytes as u64)
            ),
            Rejection::ExpandsTooMuch => format!(
                "the document expands beyond {} (a compression bomb?)",
                human_size(limits.max_expanded_bytes)
            ),
            Rejection::Encrypted => "the document is encrypted or password-protected".into(),
            Rejection::Malformed(reason) => reason.clone(),
            Rejection::NoText => "the document contains no text (is it a scanned image?)".into(),
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason())
    }
}

impl std::error::Error for Rejection {}

fn human_size(bytes: u64) -> String {
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

fn malformed(format: Format, detail: Option<&str>) -> Rejection {
    match detail {
        Some(d) => {
            Rejection::Malformed(format!("the file is not a valid {} ({d})", format.label()))
        }
        None => Rejection::Malformed(format!("the file is not a valid {}", format.label())),
    }
}

/// Synchronous and CPU-bound: run it on a blocking thread or in a child
/// process with a time limit. Returns normalized text: one paragraph (PDF: one
/// line) per "\n", no empty lines, runs of whitespace collapsed to one space,
/// control characters removed, at most `max_text_chars` chars.
pub fn extract(format: Format, bytes: &[u8], limits: &Limits) -> Result<String, Rejection> {
    if bytes.len() > limits.max_input_bytes {
        return Err(Rejection::TooLarge);
    }
    let mut sink = TextSink::new(limits.max_text_chars);
    // Parsers of hostile input can panic; a panic must not take the worker down.
    let outcome = catch_unwind(AssertUnwindSafe(|| match format {
        Format::Docx => docx::extract(bytes, limits, &mut sink),
        Format::Odt => odt::extract(bytes, limits, &mut sink),
        Format::Pdf => pdf::extract(bytes, limits, &mut sink),
    }));
    match outcome {
        Ok(Ok(())) => sink.finish(),
        Ok(Err(rejection)) => Err(rejection),
        Err(_) => Err(malformed(format, Some("it could not be parsed"))),
    }
}

/// Accumulates normalized text within the char limit, so no buffer of text
/// grows past `max_text_chars` whatever the document holds.
struct TextSink {
    out: String,
    chars: usize,
    max_chars: usize,
    pending: Pending,
    full: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    None,
    Space,
    Newline,
}

impl TextSink {
    fn new(max_chars: usize) -> Self {
        TextSink {
            out: String::new(),
            chars: 0,
            max_chars,
            pending: Pending::None,
            full: max_chars == 0,
        }
    }

    fn is_full(&self) -> bool {
        self.full
    }

    fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    fn space(&mut self) {
        if self.pending == Pending::None && !self.out.is_empty() {
            self.pending = Pending::Space;
        }
    }

    fn newline(&mut self) {
        if !self.out.is_empty() {
            self.pending = Pending::Newline;
        }
    }

    /// Text from inside a paragraph: line breaks in it are just whitespace.
    fn push_inline(&mut self, s: &str) {
        for c in s.chars() {
            if self.full {
                return;
            }
            match c {
                '\n' | '\r' => self.space(),
                c => self.push_char(c),
            }
        }
    }

    fn push_char(&mut self, c: char) {
        match c {
            '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                self.newline()
            }
            c if c.is_whitespace() => self.space(),
            c if c.is_control() => {}
            // Invisible format characters; private-use code points are icon glyphs.
            '\u{ad}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'
            | '\u{feff}'
            | '\u{e000}'..='\u{f8ff}' => {}
            // Typographic ligatures (PDF fonts): "ﬁle" must match "file".
            '\u{fb00}'..='\u{fb06}' => {
                let expansion = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];
                let i = c as usize - 0xfb00;
                expansion[i].chars().for_each(|c| self.emit(c));
            }
            c => self.emit(c),
        }
    }

    fn emit(&mut self, c: char) {
        let separator = match self.pending {
            Pending::None => None,
            Pending::Space => Some(' '),
            Pending::Newline => Some('\n'),
        };
        let needed = 1 + usize::from(separator.is_some());
        if self.chars + needed > self.max_chars {
            self.full = true;
            return;
        }
        if let Some(sep) = separator {
            self.out.push(sep);
        }
        self.out.push(c);
        self.chars += needed;
        self.pending = Pending::None;
    }

    fn finish(self) -> Result<String, Rejection> {
        if self.out.is_empty() {
            Err(Rejection::NoText)
        } else {
            Ok(self.out)
        }
    }
}

/// Reading a zip part as a bounded stream, shared by DOCX and ODT.
mod zipped {
    use super::*;
    use zip::ZipArchive;
    use zip::read::ZipFile;
    use zip::result::ZipError;

    pub(super) type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

    /// Counts decompressed bytes and fails once they pass the budget; the
    /// zip headers' declared sizes may lie.
    pub(super) struct Bounded<R> {
        inner: R,
        remaining: u64,
        pub(super) exceeded: bool,
    }

    impl<R> Bounded<R> {
        pub(super) fn new(inner: R, budget: u64) -> Self {
            Bounded {
                inner,
                remaining: budget,
                exceeded: false,
            }
        }
    }

    impl<R: Read> Read for Bounded<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            // Ask for at most one byte past the budget: enough to notice.
            let cap = usize::try_from(self.remaining.saturating_add(1)).unwrap_or(usize::MAX);
            let len = buf.len().min(cap);
            let n = self.inner.read(&mut buf[..len])?;
            if n as u64 > self.remaining {
                self.exceeded = true;
                return Err(io::Error::other("decompressed size over the limit"));
            }
            self.remaining -= n as u64;
            Ok(n)
        }
    }

    pub(super) fn open(bytes: &[u8], format: Format) -> Result<Archive<'_>, Rejection> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) => Rejection::Encrypted,
            _ => malformed(format, None),
        })?;
        if archive.len() > MAX_ZIP_ENTRIES {
            return Err(malformed(format, Some("it has too many parts")));
        }
        Ok(archive)
    }

    /// A part, ready to stream with at most `budget` bytes decompressed.
    pub(super) fn part<'z, 'b>(
        archive: &'z mut Archive<'b>,
        name: &str,
        budget: u64,
        format: Format,
    ) -> Result<Bounded<ZipFile<'z, Cursor<&'b [u8]>>>, Rejection> {
        let file = archive.by_name(name).map_err(|e| match e {
            ZipError::FileNotFound => malformed(format, Some(&format!("{name} is missing"))),
            ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED)
            | ZipError::InvalidPassword => Rejection::Encrypted,
            _ => malformed(format, None),
        })?;
        if file.encrypted() {
            return Err(Rejection::Encrypted);
        }
        // An honest header fails early. A lying one is stopped by zip itself
        // (it reads no further than the declared size) and, regardless of
        // that, by `Bounded`.
        if file.size() > budget {
            return Err(Rejection::ExpandsTooMuch);
        }
        Ok(Bounded::new(file, budget))
    }

    /// Streams the part's XML events to `on_event`; buffers stay within the
    /// decompression budget by construction (one event at a time).
    pub(super) fn for_each_event<R: Read>(
        source: Bounded<R>,
        format: Format,
        mut on_event: impl FnMut(Event<'_>) -> Result<(), Rejection>,
    ) -> Result<(), Rejection> {
        let mut reader =
            quick_xml::Reader::from_reader(BufReader::with_capacity(64 * 1024, source));
        let mut buf = Vec::with_capacity(64 * 1024);
        loop {
            let event = match reader.read_event_into(&mut buf) {
                Ok(Event::Eof) => return Ok(()),
                Ok(event) => event,
                Err(_) if reader.get_ref().get_ref().exceeded => {
                    return Err(Rejection::ExpandsTooMuch);
                }
                Err(_) => return Err(malformed(format, None)),
            };
            on_event(event)?;
            buf.clear();
        }
    }

    /// Appends text or a character/entity reference.
    pub(super) fn push_text(sink: &mut TextSink, event: &Event<'_>) {
        match event {
            Event::Text(t) => {
                if let Ok(s) = t.decode() {
                    sink.push_inline(&s);
                }
            }
            Event::CData(t) => {
                if let Ok(s) = t.decode() {
                    sink.push_inline(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    sink.push_inline(c.encode_utf8(&mut [0; 4]));
                } else if let Ok(name) = r.decode()
                    && let Some(s) = quick_xml::escape::resolve_predefined_entity(&name)
                {
                    sink.push_inline(s);
                }
            }
            _ => {}
        }
    }
}

mod docx {
    use super::zipped::{self, push_text};
    use super::*;

    /// The password-protected DOCX container is an OLE compound file, not a zip.
    fn is_ole_encrypted(bytes: &[u8]) -> Option<bool> {
        const OLE_MAGIC: &[u8] = &[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
        if !bytes.starts_with(OLE_MAGIC) {
            return None;
        }
        let needle: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        Some(bytes.windows(needle.len()).any(|w| w == needle.as_slice()))
    }

    pub(super) fn extract(
        bytes: &[u8],
        limits: &Limits,
        sink: &mut TextSink,
    ) -> Result<(), Rejection> {
        match is_ole_encrypted(bytes) {
            Some(true) => return Err(Rejection::Encrypted),
            Some(false) => {
                return Err(malformed(
                    Format::Docx,
                    Some("it looks like an old Word .doc file"),
                ));
            }
            None => {}
        }
        let mut archive = zipped::open(bytes, Format::Docx)?;
        let part = zipped::part(
            &mut archive,
            "word/document.xml",
            limits.max_expanded_bytes,
            Format::Docx,
        )?;
        // Depths of the elements that change what text means.
        let (mut in_t, mut in_tabs, mut in_fallback) = (0u32, 0u32, 0u32);
        zipped::for_each_event(part, Format::Docx, |event| {
            match &event {
                Event::Start(e) => match e.local_name().as_ref() {
                    b"t" => in_t += 1,
                    b"tabs" => in_tabs += 1,
                    // Text boxes are written twice: as DrawingML and as a VML fallback.
                    b"Fallback" => in_fallback += 1,
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    b"t" => in_t = in_t.saturating_sub(1),
                    b"tabs" => in_tabs = in_tabs.saturating_sub(1),
                    b"Fallback" => in_fallback = in_fallback.saturating_sub(1),
                    b"p" if in_fallback == 0 => sink.newline(),
                    _ => {}
                },
                Event::Empty(e) if in_fallback == 0 => match e.local_name().as_ref() {
                    // `w:tab` inside `w:tabs` is a tab stop definition, not a tab.
                    b"tab" if in_tabs == 0 => sink.space(),
                    b"br" | b"cr" | b"p" => sink.newline(),
                    b"noBreakHyphen" => sink.push_char('-'),
                    _ => {}
                },
                Event::Text(_) | Event::CData(_) | Event::GeneralRef(_)
                    if in_t > 0 && in_fallback == 0 =>
                {
                    push_text(sink, &event);
                }
                _ => {}
            }
            Ok(())
        })
    }
}

mod odt {
    use super::zipped::{self, push_text};
    use super::*;

    pub(super) fn extract(
        bytes: &[u8],
        limits: &Limits,
        sink: &mut TextSink,
    ) -> Result<(), Rejection> {
        let mut archive = zipped::open(bytes, Format::Odt)?;
        let result = text_of_content(&mut archive, limits, sink);
        if matches!(result, Err(Rejection::Malformed(_))) && is_encrypted(&mut archive) {
            // Encrypted ODT parts are ciphertext, so they fail to parse.
            return Err(Rejection::Encrypted);
        }
        result
    }

    fn text_of_content(
        archive: &mut zipped::Archive<'_>,
        limits: &Limits,
        sink: &mut TextSink,
    ) -> Result<(), Rejection> {
        let part = zipped::part(
            archive,
            "content.xml",
            limits.max_expanded_bytes,
            Format::Odt,
        )?;
        let (mut in_para, mut skip) = (0u32, 0u32);
        zipped::for_each_event(part, Format::Odt, |event| {
            match &event {
                Event::Start(e) => match e.local_name().as_ref() {
                    b"p" | b"h" => in_para += 1,
                    // Deleted revisions and comments are not the document's text.
                    b"tracked-changes" | b"annotation" => skip += 1,
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    b"p" | b"h" => {
                        in_para = in_para.saturating_sub(1);
                        if skip == 0 {
                            sink.newline();
                        }
                    }
                    b"tracked-changes" | b"annotation" => skip = skip.saturating_sub(1),
                    _ => {}
                },
                Event::Empty(e) if skip == 0 => match e.local_name().as_ref() {
                    // `text:s text:c="N"` is N spaces; normalization keeps one anyway.
                    b"s" | b"tab" if in_para > 0 => sink.space(),
                    b"line-break" | b"p" | b"h" => sink.newline(),
                    _ => {}
                },
                Event::Text(_) | Event::CData(_) | Event::GeneralRef(_)
                    if in_para > 0 && skip == 0 =>
                {
                    push_text(sink, &event);
                }
                _ => {}
            }
            Ok(())
        })
    }

    fn is_encrypted(archive: &mut zipped::Archive<'_>) -> bool {
        let Ok(manifest) = zipped::part(archive, "META-INF/manifest.xml", MIB, Format::Odt) else {
            return false;
        };
        let mut encrypted = false;
        let _ = zipped::for_each_event(manifest, Format::Odt, |event| {
            if let Event::Start(e) | Event::Empty(e) = &event
                && e.local_name().as_ref() == b"encryption-data"
            {
                encrypted = true;
            }
            Ok(())
        });
        encrypted
    }
}

mod pdf {
    //! Text from page content streams, on top of lopdf's parser and font
    //! encodings. lopdf's own `extract_text` ignores text positioning, so
    //! words on separately placed lines run together; here positions are
    //! tracked (with font widths) to put spaces and line breaks back.

    use super::*;

    /// Form XObjects nest; deeper is either a loop or hostile.
    const MAX_FORM_DEPTH: u32 = 8;
    /// Form XObject invocations per document (each also charges the budget).
    const MAX_FORMS: u32 = 2_000;
    /// `q` nesting kept; deeper saves are ignored.
    const MAX_STATE_DEPTH: usize = 64;
    /// Entries read from a font's width arrays.
    const MAX_WIDTHS: usize = 65_536;

    pub(super) fn extract(
        bytes: &[u8],
        limits: &Limits,
        sink: &mut TextSink,
    ) -> Result<(), Rejection> {
        let budget = usize::try_from(limits.max_expanded_bytes).unwrap_or(usize::MAX);
        let options = LoadOptions {
            max_decompressed_size: Some(budget),
            ..LoadOptions::default()
        };
        let doc = match Document::load_mem_with_options(bytes, options) {
            Ok(doc) => doc,
            Err(e) if is_over_limit(&e) => return Err(Rejection::ExpandsTooMuch),
            Err(_) if contains(bytes, b"/Encrypt") => return Err(Rejection::Encrypted),
            Err(_) => return Err(malformed(Format::Pdf, None)),
        };
        // lopdf decrypts documents whose user password is empty (owner-only
        // "protection", which every viewer opens silently); others need a password.
        if doc.trailer.has(b"Encrypt") && !doc.was_encrypted() {
            return Err(Rejection::Encrypted);
        }
        let mut walker = Walker {
            doc: &doc,
            budget,
            fonts: HashMap::new(),
            forms: 0,
            state: GState::default(),
            saved: Vec::new(),
            unsaved: 0,
            text: TextState::default(),
            last: None,
            out_of_budget: false,
            sink,
        };
        let mut pages = 0usize;
        for page_id in doc.page_iter().take(limits.max_pages) {
            if walker.sink.is_full() || walker.out_of_budget {
                break;
            }
            walker.page(page_id)?;
            pages += 1;
        }
        if pages == 0 {
            return Err(malformed(Format::Pdf, Some("it has no pages")));
        }
        Ok(())
    }

    fn is_over_limit(e: &lopdf::Error) -> bool {
        matches!(
            e,
            lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })
        )
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// Affine matrix [a b c d e f], PDF row-vector convention.
    #[derive(Clone, Copy)]
    struct Matrix([f32; 6]);

    impl Matrix {
        const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

        fn translate(tx: f32, ty: f32) -> Matrix {
            Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
        }

        /// `self` then `then`.
        fn then(self, then: Matrix) -> Matrix {
            let [a, b, c, d, e, f] = self.0;
            let [a2, b2, c2, d2, e2, f2] = then.0;
            Matrix([
                a * a2 + b * c2,
                a * b2 + b * d2,
                c * a2 + d * c2,
                c * b2 + d * d2,
                e * a2 + f * c2 + e2,
                e * b2 + f * d2 + f2,
            ])
        }

        fn from_operands(ops: &[Object]) -> Option<Matrix> {
            let mut m = [0.0f32; 6];
            if ops.len() < 6 {
                return None;
            }
            for (slot, op) in m.iter_mut().zip(ops) {
                *slot = op.as_float().ok()?;
            }
            Some(Matrix(m))
        }
    }

    impl Default for Matrix {
        fn default() -> Self {
            Matrix::IDENTITY
        }
    }

    /// What a font needs for decoding and advancing.
    struct Font<'d> {
        /// None when the text cannot be mapped to Unicode (e.g. a CID font
        /// without ToUnicode): its strings are skipped rather than garbled.
        encoding: Option<Encoding<'d>>,
        /// Type0 fonts: 2-byte codes (Identity-H, by far the most common).
        two_byte: bool,
        /// Simple fonts: widths from FirstChar.
        first_char: u32,
        widths: Vec<f32>,
        /// Type0: (first code, last code, width), sorted by first code.
        cid_widths: Vec<(u32, u32, f32)>,
        default_width: f32,
        /// Glyph space to text space (1/1000 except Type3).
        scale: f32,
    }

    impl Font<'_> {
        fn width(&self, code: u32) -> f32 {
            if self.two_byte {
                let i = self
                    .cid_widths
                    .partition_point(|&(first, _, _)| first <= code);
                match i.checked_sub(1).map(|i| self.cid_widths[i]) {
                    Some((_, last, w)) if code <= last => w,
                    _ => self.default_width,
                }
            } else {
                code.checked_sub(self.first_char)
                    .and_then(|i| self.widths.get(i as usize).copied())
                    .unwrap_or(self.default_width)
            }
        }
    }

    #[derive(Clone, Copy)]
    struct GState {
        ctm: Matrix,
        /// Font cache key (see `Walker::fonts`) and size.
        font: Option<usize>,
        size: f32,
        char_spacing: f32,
        word_spacing: f32,
        h_scale: f32,
        leading: f32,
    }

    impl Default for GState {
        fn default() -> Self {
            GState {
                ctm: Matrix::IDENTITY,
                font: None,
                size: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                h_scale: 1.0,
                leading: 0.0,
            }
        }
    }

    #[derive(Default, Clone, Copy)]
    struct TextState {
        tm: Matrix,
        tlm: Matrix,
    }

    /// Where the previous glyph run ended, in device space.
    #[derive(Clone, Copy)]
    struct Pen {
        x: f32,
        y: f32,
        /// Unit vector along the baseline.
        dx: f32,
        dy: f32,
        size: f32,
    }

    struct Walker<'d, 's> {
        doc: &'d Document,
        /// Bytes of content left to decompress.
        budget: usize,
        /// Keyed by the font dictionary's address: stable while `doc` lives,
        /// and shared by every page that uses the font.
        fonts: HashMap<usize, Font<'d>>,
        forms: u32,
        state: GState,
        saved: Vec<GState>,
        /// `q`s past `MAX_STATE_DEPTH`, not saved.
        unsaved: u32,
        text: TextState,
        last: Option<Pen>,
        /// Set once content would pass the decompression budget after some
        /// text was read: later content is skipped, like pages past `max_pages`.
        out_of_budget: bool,
        sink: &'s mut TextSink,
    }

    impl<'d> Walker<'d, '_> {
        /// Content past the budget: a bomb if nothing was read yet, else the
        /// end of what is read (heavy vector pages add up in long PDFs).
        fn over_budget(&mut self) -> Result<(), Rejection> {
            if self.sink.is_empty() {
                return Err(Rejection::ExpandsTooMuch);
            }
            self.out_of_budget = true;
            Ok(())
        }

        fn page(&mut self, page_id: ObjectId) -> Result<(), Rejection> {
            let content = match self.doc.get_page_content_with_limit(page_id, self.budget) {
                Ok(content) => content,
                Err(e) if is_over_limit(&e) => return self.over_budget(),
                Err(_) => return Ok(()),
            };
            self.budget = self.budget.saturating_sub(content.len());
            let resources = self.page_resources(page_id);
            self.state = GState::default();
            self.saved.clear();
            self.unsaved = 0;
            self.last = None;
            self.sink.newline();
            self.run(&content, &resources, 0)
        }

        fn page_resources(&self, page_id: ObjectId) -> Vec<&'d Dictionary> {
            let Ok((direct, ids)) = self.doc.get_page_resources(page_id) else {
                return Vec::new();
            };
            direct
                .into_iter()
                .chain(
                    ids.into_iter()
                        .filter_map(|id| self.doc.get_dictionary(id).ok()),
                )
                .collect()
        }

        /// `/category /name` from the first resource dictionary that has it.
        fn resource(
            &self,
            resources: &[&'d Dictionary],
            category: &[u8],
            name: &[u8],
        ) -> Option<&'d Object> {
            resources.iter().find_map(|res| {
                let dict = self.deref(res.get(category).ok()?)?.as_dict().ok()?;
                self.deref(dict.get(name).ok()?)
            })
        }

        fn deref(&self, object: &'d Object) -> Option<&'d Object> {
            self.doc.dereference(object).ok().map(|(_, o)| o)
        }

        fn run(
            &mut self,
            content: &[u8],
            resources: &[&'d Dictionary],
            depth: u32,
        ) -> Result<(), Rejection> {
            for op in Content::decode_iter(content) {
                if self.sink.is_full() || self.out_of_budget {
                    return Ok(());
                }
                // Keep the text read so far from a damaged stream.
                let Ok(op) = op else { return Ok(()) };
                let args = op.operands.as_slice();
                let num = |i: usize| args.get(i).and_then(|o| o.as_float().ok());
                match op.operator.as_str() {
                    "q" if self.saved.len() < MAX_STATE_DEPTH => self.saved.push(self.state),
                    // Too deep: count it, so that its `Q` does not pop an outer state.
                    "q" => self.unsaved += 1,
                    "Q" if self.unsaved > 0 => self.unsaved -= 1,
                    "Q" => {
                        if let Some(state) = self.saved.pop() {
                            self.state = state;
                        }
                    }
                    "cm" => {
                        if let Some(m) = Matrix::from_operands(args) {
                            self.state.ctm = m.then(self.state.ctm);
                        }
                    }
                    "BT" => self.text = TextState::default(),
                    "Tm" => {
                        if let Some(m) = Matrix::from_operands(args) {
                            self.text = TextState { tm: m, tlm: m };
                        }
                    }
                    "Td" | "TD" => {
                        if let (Some(tx), Some(ty)) = (num(0), num(1)) {
                            if op.operator == "TD" {
                                self.state.leading = -ty;
                            }
                            self.next_line(tx, ty);
                        }
                    }
                    "T*" => self.next_line(0.0, -self.state.leading),
                    "TL" => self.state.leading = num(0).unwrap_or(0.0),
                    "Tc" => self.state.char_spacing = num(0).unwrap_or(0.0),
                    "Tw" => self.state.word_spacing = num(0).unwrap_or(0.0),
                    "Tz" => self.state.h_scale = num(0).unwrap_or(100.0) / 100.0,
                    "Tf" => {
                        self.state.size = num(1).unwrap_or(0.0);
                        self.state.font = args
                            .first()
                            .and_then(|o| o.as_name().ok())
                            .and_then(|name| self.resource(resources, b"Font", name))
                            .and_then(|o| o.as_dict().ok())
                            .map(|dict| self.load_font(dict))
                            .transpose()?;
                    }
                    "Tj" => {
                        if let Some(Object::String(s, _)) = args.first() {
                            self.show(s);
                        }
                    }
                    "'" | "\"" => {
                        if op.operator == "\"" {
                            self.state.word_spacing = num(0).unwrap_or(0.0);
                            self.state.char_spacing = num(1).unwrap_or(0.0);
                        }
                        self.next_line(0.0, -self.state.leading);
                        if let Some(Object::String(s, _)) = args.last() {
                            self.show(s);
                        }
                    }
                    "TJ" => {
                        for item in args
                            .first()
                            .and_then(|a| a.as_array().ok())
                            .into_iter()
                            .flatten()
                        {
                            match item {
                                Object::String(s, _) => self.show(s),
                                other => {
                                    if let Ok(n) = other.as_float() {
                                        let tx = -n / 1000.0 * self.state.size * self.state.h_scale;
                                        self.text.tm =
                                            Matrix::translate(tx, 0.0).then(self.text.tm);
                                    }
                                }
                            }
                        }
                    }
                    "Do" => {
                        if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                            self.form(resources, name, depth)?;
                        }
                    }
                    _ => {}
                }
            }
            Ok(())
        }

        fn next_line(&mut self, tx: f32, ty: f32) {
            self.text.tlm = Matrix::translate(tx, ty).then(self.text.tlm);
            self.text.tm = self.text.tlm;
        }

        /// Runs a form XObject's content in place (text in templates and
        /// imported pages often lives there).
        fn form(
            &mut self,
            resources: &[&'d Dictionary],
            name: &[u8],
            depth: u32,
        ) -> Result<(), Rejection> {
            if depth >= MAX_FORM_DEPTH || self.forms >= MAX_FORMS {
                return Ok(());
            }
            let Some(Ok(stream)) = self
                .resource(resources, b"XObject", name)
                .map(Object::as_stream)
            else {
                return Ok(());
            };
            if stream.dict.get(b"Subtype").and_then(Object::as_name).ok()
                != Some(b"Form".as_slice())
            {
                return Ok(());
            }
            self.forms += 1;
            let content = match stream.decompressed_content_with_limit(self.budget) {
                Ok(content) => content,
                Err(e) if is_over_limit(&e) => return self.over_budget(),
                Err(_) => return Ok(()),
            };
            self.budget = self.budget.saturating_sub(content.len());
            let own: Vec<&'d Dictionary> = stream
                .dict
                .get(b"Resources")
                .ok()
                .and_then(|o| self.deref(o))
                .and_then(|o| o.as_dict().ok())
                .into_iter()
                .collect();
            let saved = (self.state, self.text, self.saved.len(), self.unsaved);
            if let Some(m) = stream
                .dict
                .get(b"Matrix")
                .ok()
                .and_then(|o| o.as_array().ok())
                .and_then(|m| Matrix::from_operands(m))
            {
                self.state.ctm = m.then(self.state.ctm);
            }
            let result = self.run(
                &content,
                if own.is_empty() { resources } else { &own },
                depth + 1,
            );
            (self.state, self.text) = (saved.0, saved.1);
            self.saved.truncate(saved.2);
            self.unsaved = saved.3;
            result
        }

        fn load_font(&mut self, dict: &'d Dictionary) -> Result<usize, Rejection> {
            let key = std::ptr::from_ref(dict).addr();
            if self.fonts.contains_key(&key) {
                return Ok(key);
            }
            let doc = self.doc;
            let name = |d: &Dictionary, k: &[u8]| {
                d.get(k).and_then(Object::as_name).ok().map(<[u8]>::to_vec)
            };
            let subtype = name(dict, b"Subtype").unwrap_or_default();
            let two_byte = subtype == b"Type0";
            let encoding = if two_byte && !dict.has(b"ToUnicode") {
                None
            } else {
                match dict.get_font_encoding_with_limit(doc, self.budget) {
                    Ok(encoding) => Some(encoding),
                    Err(e) if is_over_limit(&e) => {
                        self.over_budget()?;
                        None
                    }
                    Err(_) => None,
                }
            };
            let array = |d: &'d Dictionary, k: &[u8]| -> Option<&'d Vec<Object>> {
                self.deref(d.get(k).ok()?)?.as_array().ok()
            };
            let number = |o: &Object| self.deref(o).and_then(|o| o.as_float().ok());
            let mut font = Font {
                encoding,
                two_byte,
                first_char: 0,
                widths: Vec::new(),
                cid_widths: Vec::new(),
                default_width: 500.0,
                scale: 0.001,
            };
            if two_byte {
                let descendant = array(dict, b"DescendantFonts")
                    .and_then(|a| a.first())
                    .and_then(|o| self.deref(o))
                    .and_then(|o| o.as_dict().ok());
                if let Some(cid) = descendant {
                    font.default_width = cid.get(b"DW").ok().and_then(number).unwrap_or(1000.0);
                    font.cid_widths =
                        cid_widths(array(cid, b"W").map(Vec::as_slice).unwrap_or(&[]), &number);
                }
            } else {
                font.first_char = dict
                    .get(b"FirstChar")
                    .ok()
                    .and_then(number)
                    .map_or(0, |n| n.max(0.0) as u32);
                font.widths = array(dict, b"Widths")
                    .map(|a| {
                        a.iter()
                            .take(MAX_WIDTHS)
                            .map(|o| number(o).unwrap_or(0.0))
                            .collect()
                    })
                    .unwrap_or_default();
                let base = name(dict, b"BaseFont").unwrap_or_default();
                let missing = dict
                    .get(b"FontDescriptor")
                    .ok()
                    .and_then(|o| self.deref(o))
                    .and_then(|o| o.as_dict().ok())
                    .and_then(|d| d.get(b"MissingWidth").ok())
                    .and_then(number);
                // Standard fonts come without widths: Courier is monospaced,
                // half an em is a fair average for the rest.
                font.default_width = match missing {
                    Some(w) if w > 0.0 => w,
                    _ if contains(&base, b"Courier") => 600.0,
                    _ => 500.0,
                };
                if subtype == b"Type3" {
                    font.scale = array(dict, b"FontMatrix")
                        .and_then(|m| m.first())
                        .and_then(number)
                        .unwrap_or(0.001);
                }
            }
            self.fonts.insert(key, font);
            Ok(key)
        }

        /// Shows a string: separates it from the previous run by a space or a
        /// line break depending on where it starts, then advances the pen.
        fn show(&mut self, bytes: &[u8]) {
            let Some(font) = self.state.font.and_then(|key| self.fonts.get(&key)) else {
                return;
            };
            let Some(encoding) = &font.encoding else {
                return;
            };
            let mut decoded = String::new();
            if encoding.write_to_string(bytes, &mut decoded).is_err() {
                return;
            }
            let st = self.state;
            let trm = self.text.tm.then(st.ctm);
            let [a, b, c, d, x, y] = trm.0;
            let scale = (a * d - b * c).abs().sqrt().max(f32::MIN_POSITIVE);
            let size = (st.size.abs() * scale).max(0.01);
            let along = (a * a + b * b).sqrt().max(f32::MIN_POSITIVE);
            let (dx, dy) = (a / along, b / along);
            if let Some(last) = self.last {
                let (vx, vy) = (x - last.x, y - last.y);
                let ahead = vx * last.dx + vy * last.dy;
                let across = -vx * last.dy + vy * last.dx;
                let em = size.max(last.size);
                if across.abs() > 0.5 * em {
                    self.sink.newline();
                } else if ahead > 0.15 * em || ahead < -em {
                    self.sink.space();
                }
            }
            self.sink.push_inline(&decoded);

            // Advance by the glyph widths (PDF 32000-1, 9.4.4).
            let mut advance = 0.0f32;
            let mut add = |code: u32| {
                let w = font.width(code) * font.scale * st.size + st.char_spacing;
                let spacing = if !font.two_byte && code == 32 {
                    st.word_spacing
                } else {
                    0.0
                };
                advance += (w + spacing) * st.h_scale;
            };
            if font.two_byte {
                bytes
                    .chunks(2)
                    .for_each(|c| add(c.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b))));
            } else {
                bytes.iter().for_each(|&b| add(u32::from(b)));
            }
            self.text.tm = Matrix::translate(advance, 0.0).then(self.text.tm);
            let end = self.text.tm.then(st.ctm).0;
            self.last = Some(Pen {
                x: end[4],
                y: end[5],
                dx,
                dy,
                size,
            });
        }
    }

    /// A CID font's `/W`: `c [w1 w2 ...]` or `c_first c_last w`.
    fn cid_widths(w: &[Object], number: &dyn Fn(&Object) -> Option<f32>) -> Vec<(u32, u32, f32)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < w.len() && out.len() < MAX_WIDTHS {
            let Some(first) = number(&w[i]).map(|n| n.max(0.0) as u32) else {
                break;
            };
            match w.get(i + 1) {
                Some(Object::Array(list)) => {
                    for (k, width) in list.iter().take(MAX_WIDTHS).enumerate() {
                        let code = first.saturating_add(k as u32);
                        out.push((code, code, number(width).unwrap_or(0.0)));
                    }
                    i += 2;
                }
                Some(last) => {
                    let (Some(last), Some(width)) = (number(last), w.get(i + 2).and_then(number))
                    else {
                        break;
                    };
                    out.push((first, last.max(0.0) as u32, width));
                    i += 3;
                }
                None => break,
            }
        }
        out.sort_by_key(|&(first, _, _)| first);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::samples as fixtures;
    use std::time::{Duration, Instant};

    const SENTENCE: &str = "Deployed Kubernetes clusters for a logistics company in Málaga.";

    fn limits() -> Limits {
        Limits::default()
    }

    #[test]
    fn format_round_trips() {
        for f in [Format::Pdf, Format::Docx, Format::Odt] {
            assert_eq!(Format::parse(f.as_str()), Some(f));
        }
        assert_eq!(
            Format::of_content_type("application/pdf"),
            Some(Format::Pdf)
        );
        assert_eq!(
            Format::of_content_type(fixtures::DOCX_MIME),
            Some(Format::Docx)
        );
        assert_eq!(
            Format::of_content_type(fixtures::ODT_MIME),
            Some(Format::Odt)
        );
        assert_eq!(Format::of_content_type("text/plain"), None);
        assert_eq!(Format::parse("PDF"), None);
    }

    #[test]
    fn docx_round_trip() {
        let doc = fixtures::docx(&["Ana García", SENTENCE, "Skills:\tRust, Go  & SQL <3"]);
        let text = extract(Format::Docx, &doc, &limits()).expect("text");
        assert_eq!(
            text,
            format!("Ana García\n{SENTENCE}\nSkills: Rust, Go & SQL <3")
        );
    }

    #[test]
    fn docx_structure() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
              <w:r><w:t>Senior</w:t></w:r><w:r><w:t xml:space="preserve"> Engi</w:t></w:r><w:r><w:t>neer</w:t></w:r>
              <w:r><w:tab/><w:t>2019&#8211;2024</w:t><w:br/><w:t>Berlin</w:t></w:r>
              <w:r><w:instrText>HYPERLINK "x"</w:instrText><w:delText>gone</w:delText></w:r></w:p>
            <w:p/>
            <w:p><mc:AlternateContent><mc:Choice><w:p><w:r><w:t>In a box</w:t></w:r></w:p></mc:Choice>
              <mc:Fallback><w:p><w:r><w:t>In a box</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:p>
            </w:body></w:document>"#;
        let doc = fixtures::docx_with_document_xml(xml);
        let text = extract(Format::Docx, &doc, &limits()).expect("text");
        assert_eq!(text, "Senior Engineer 2019–2024\nBerlin\nIn a box");
    }

    #[test]
    fn odt_round_trip() {
        let doc = fixtures::odt(&[
            "Ana García",
            SENTENCE,
            "Skills:\tRust,   Go & SQL",
            "line\nbreak",
        ]);
        let text = extract(Format::Odt, &doc, &limits()).expect("text");
        assert_eq!(
            text,
            format!("Ana García\n{SENTENCE}\nSkills: Rust, Go & SQL\nline\nbreak")
        );
    }

    #[test]
    fn odt_spans_links_and_tracked_changes() {
        let xml = r#"<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:xlink="x"><office:body><office:text>
            <text:tracked-changes><text:changed-region><text:deletion><text:p>deleted</text:p></text:deletion></text:changed-region></text:tracked-changes>
            <text:p>Built <text:span>Kube</text:span><text:span>rnetes</text:span> tools, see <text:a xlink:href="https://x">my site</text:a>.<text:s text:c="9999999"/>End</text:p>
            </office:text></office:body></office:document-content>"#;
        let doc = fixtures::odt_with_content_xml(xml);
        let text = extract(Format::Odt, &doc, &limits()).expect("text");
        assert_eq!(text, "Built Kubernetes tools, see my site. End");
    }

    #[test]
    fn pdf_round_trip() {
        let long = "word ".repeat(40);
        let doc = fixtures::pdf(&[
            &format!("Ana García\n{SENTENCE}\n{long}"),
            "Second page: Rust",
        ]);
        let text = extract(Format::Pdf, &doc, &limits()).expect("text");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Ana García");
        assert_eq!(lines[1], SENTENCE);
        // The long paragraph was wrapped: lines break where the PDF breaks them.
        assert!(lines[2].starts_with("word word"), "{text}");
        assert_eq!(text.matches("word").count(), 40);
        assert_eq!(lines.last(), Some(&"Second page: Rust"));
    }

    #[test]
    fn pdf_cv_keeps_every_word() {
        let pages = fixtures::cv_text(3, &["Kubernetes", "PostgreSQL", "Rust"], 2);
        let refs: Vec<&str> = pages.iter().map(String::as_str).collect();
        let text = extract(Format::Pdf, &fixtures::pdf(&refs), &limits()).expect("text");
        let want: Vec<&str> = refs.iter().flat_map(|p| p.split_whitespace()).collect();
        let got: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(got, want);
    }

    #[test]
    fn pdf_positions_become_spaces_and_lines() {
        // Words placed one by one, with kerning, TJ word gaps and a form XObject.
        let content = b"BT /F1 10 Tf 1 0 0 1 50 700 Tm (Hello) Tj 30 0 Td (world) Tj \
              [-250 (Ku) 20 (ber) -15 (netes)] TJ 1 0 0 1 50 680 Tm [(next) -300 (line)] TJ ET \
              q 2 0 0 2 0 0 cm /X1 Do Q";
        let form = b"BT /F1 10 Tf 25 300 Td (in form) Tj ET";
        let doc = pdf_with_content(content, Some(form));
        let text = extract(Format::Pdf, &doc, &limits()).expect("text");
        assert_eq!(text, "Hello world Kubernetes\nnext line\nin form");
    }

    /// A one-page PDF with raw content (Helvetica as /F1, optional form /X1).
    fn pdf_with_content(content: &[u8], form: Option<&[u8]>) -> Vec<u8> {
        use lopdf::{Stream, dictionary};
        let mut doc = Document::with_version("1.5");
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        });
        let mut resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        if let Some(form) = form {
            let form = doc.add_object(Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Form",
                    "BBox" => vec![0.into(), 0.into(), 600.into(), 800.into()],
                    "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
                },
                form.to_vec(),
            ));
            resources.set("XObject", dictionary! { "X1" => form });
        }
        let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => contents, "Resources" => resources,
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("save");
        out
    }

    #[test]
    fn pdf_page_limit() {
        let pages: Vec<String> = (1..=5).map(|i| format!("Page number {i}")).collect();
        let refs: Vec<&str> = pages.iter().map(String::as_str).collect();
        let doc = fixtures::pdf(&refs);
        let small = Limits {
            max_pages: 2,
            ..limits()
        };
        assert_eq!(
            extract(Format::Pdf, &doc, &small).expect("text"),
            "Page number 1\nPage number 2"
        );
    }

    #[test]
    fn truncates_to_max_text_chars() {
        let para = "Kubernetes ".repeat(100);
        let small = Limits {
            max_text_chars: 25,
            ..limits()
        };
        for (format, doc) in [
            (Format::Docx, fixtures::docx(&[&para])),
            (Format::Odt, fixtures::odt(&[&para])),
            (Format::Pdf, fixtures::pdf(&[&para])),
        ] {
            let text = extract(format, &doc, &small).expect("text");
            assert_eq!(text, "Kubernetes Kubernetes Kub", "{format}");
        }
        let multibyte = fixtures::docx(&["ééééé"]);
        let tiny = Limits {
            max_text_chars: 3,
            ..limits()
        };
        assert_eq!(
            extract(Format::Docx, &multibyte, &tiny).expect("text"),
            "ééé"
        );
    }

    #[test]
    fn normalizes_whitespace_and_controls() {
        let mut sink = TextSink::new(100);
        sink.push_char('\n');
        for s in [
            "  a\u{7}\u{a0}\t b \u{feff}",
            "\n",
            "\n\n  c  ",
            "\u{fb01}le",
        ] {
            for c in s.chars() {
                sink.push_char(c);
            }
        }
        assert_eq!(sink.finish(), Ok("a b\nc file".to_string()));
    }

    #[test]
    fn docx_bomb_is_rejected_fast() {
        let bomb = fixtures::docx_bomb(1 << 30);
        assert!(bomb.len() < limits().max_input_bytes, "{}", bomb.len());
        // Declared size alone is enough.
        let started = Instant::now();
        assert_eq!(
            extract(Format::Docx, &bomb, &limits()),
            Err(Rejection::ExpandsTooMuch)
        );
        println!("honest 1 GiB DOCX bomb rejected in {:?}", started.elapsed());
        assert!(
            started.elapsed() < Duration::from_millis(50),
            "{:?}",
            started.elapsed()
        );

        // Headers that lie: the stream is inflated and counted up to the limit.
        let bomb = fixtures::docx_bomb_lying(1 << 30);
        let started = Instant::now();
        let result = extract(Format::Docx, &bomb, &limits());
        let elapsed = started.elapsed();
        println!("lying 1 GiB DOCX bomb rejected in {elapsed:?}: {result:?}");
        assert!(
            matches!(
                result,
                Err(Rejection::ExpandsTooMuch | Rejection::Malformed(_))
            ),
            "{result:?}"
        );
        assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
    }

    #[test]
    fn bounded_reader_stops_a_1_gib_stream_at_the_limit() {
        // zip itself stops at the declared size, so feed the bomb's raw
        // deflate stream straight to the bounded XML reader.
        let (deflated, _, size) = fixtures::docx_bomb_stream(1 << 30);
        assert!(size >= 1 << 30);
        let started = Instant::now();
        let source = zipped::Bounded::new(
            flate2::read::DeflateDecoder::new(&deflated[..]),
            limits().max_expanded_bytes,
        );
        let result = zipped::for_each_event(source, Format::Docx, |_| Ok(()));
        let elapsed = started.elapsed();
        println!("1 GiB deflate stream stopped at 32 MiB in {elapsed:?}");
        assert_eq!(result, Err(Rejection::ExpandsTooMuch));
        assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
    }

    #[test]
    fn worst_case_docx_within_limits_is_fast() {
        // A document just under the limit is read in full, text truncated.
        let doc = fixtures::docx_bomb(limits().max_expanded_bytes);
        let started = Instant::now();
        let text = extract(Format::Docx, &doc, &limits()).expect("text");
        let elapsed = started.elapsed();
        println!("32 MiB document.xml read in {elapsed:?}");
        assert_eq!(text.len(), limits().max_text_chars);
        assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
    }

    #[test]
    fn expanded_limit_counts_real_bytes() {
        // Honest header under the limit but the stream itself over it.
        let bomb = fixtures::docx_bomb(4 << 20);
        let small = Limits {
            max_expanded_bytes: 4 << 20,
            ..limits()
        };
        let lying = fixtures::docx_bomb_lying(8 << 20);
        assert!(matches!(
            extract(Format::Docx, &lying, &small),
            Err(Rejection::ExpandsTooMuch | Rejection::Malformed(_))
        ));
        let smaller = Limits {
            max_expanded_bytes: (4 << 20) - 1,
            ..limits()
        };
        assert_eq!(
            extract(Format::Docx, &bomb, &smaller),
            Err(Rejection::ExpandsTooMuch)
        );
        // Exactly at the limit passes (the text is truncated, not rejected).
        let exact = fixtures::docx_bomb(4 << 20);
        let text = extract(Format::Docx, &exact, &small).expect("text");
        assert_eq!(text.len(), small.max_text_chars);
    }

    #[test]
    fn pdf_content_bomb_is_rejected() {
        let content = vec![b' '; 40 << 20];
        let doc = pdf_with_content(&content, None);
        let mut parsed = Document::load_mem(&doc).expect("load");
        for (_, object) in parsed.objects.iter_mut() {
            if let Object::Stream(s) = object {
                s.compress().expect("compress");
            }
        }
        let mut doc = Vec::new();
        parsed.save_to(&mut doc).expect("save");
        assert!(doc.len() < 1 << 20);
        let started = Instant::now();
        assert_eq!(
            extract(Format::Pdf, &doc, &limits()),
            Err(Rejection::ExpandsTooMuch)
        );
        // Quick, not a benchmark: a debug build on cores shared with other tests.
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn pdf_budget_ends_reading_after_some_text() {
        let mut doc =
            Document::load_mem(&fixtures::pdf(&["First page", "Second page"])).expect("load");
        let second = doc.page_iter().nth(1).expect("page 2");
        let content_id = doc.get_page_contents(second)[0];
        let mut bomb = lopdf::Stream::new(lopdf::dictionary! {}, vec![b' '; 33 << 20]);
        bomb.compress().expect("compress");
        doc.objects.insert(content_id, Object::Stream(bomb));
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("save");
        assert_eq!(
            extract(Format::Pdf, &bytes, &limits()),
            Ok("First page".to_string())
        );
    }

    #[test]
    fn too_large_input() {
        let small = Limits {
            max_input_bytes: 10,
            ..limits()
        };
        assert_eq!(
            extract(Format::Pdf, &[0; 11], &small),
            Err(Rejection::TooLarge)
        );
    }

    #[test]
    fn garbage_is_rejected_without_panicking() {
        let docx = fixtures::docx(&[SENTENCE]);
        let odt = fixtures::odt(&[SENTENCE]);
        let pdf = fixtures::pdf(&[SENTENCE]);
        let mut seed = 1u64;
        let mut random = |n: usize| -> Vec<u8> {
            (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    (seed >> 56) as u8
                })
                .collect()
        };
        // (format, bytes, whether some text may still come out)
        let mut inputs: Vec<(Format, Vec<u8>, bool)> = Vec::new();
        for format in [Format::Pdf, Format::Docx, Format::Odt] {
            inputs.push((format, Vec::new(), false));
            inputs.push((format, random(4096), false));
            inputs.push((format, b"%PDF-1.7\n".to_vec(), false));
            inputs.push((format, b"PK\x03\x04garbage".to_vec(), false));
        }
        for (format, good) in [
            (Format::Docx, &docx),
            (Format::Odt, &odt),
            (Format::Pdf, &pdf),
        ] {
            // Cut zips lose their central directory; lopdf repairs cut PDFs.
            for cut in [good.len() / 3, good.len() / 2, good.len() - 30] {
                inputs.push((format, good[..cut].to_vec(), format == Format::Pdf));
            }
            for start in (0..good.len() - 16).step_by(good.len() / 16) {
                let mut flipped = good.clone();
                for b in &mut flipped[start..start + 16] {
                    *b ^= 0x5a;
                }
                inputs.push((format, flipped, true));
            }
        }
        inputs.push((Format::Docx, odt.clone(), false));
        inputs.push((Format::Odt, docx.clone(), false));
        inputs.push((Format::Pdf, docx.clone(), false));
        for (i, (format, bytes, may_succeed)) in inputs.iter().enumerate() {
            match extract(*format, bytes, &limits()) {
                Err(r) => {
                    assert!(!r.reason().is_empty());
                    // Flipped bytes can turn a declared size absurd.
                    assert!(*may_succeed || r != Rejection::ExpandsTooMuch, "input {i}");
                }
                Ok(text) => assert!(*may_succeed && !text.is_empty(), "input {i}: {text}"),
            }
        }
        let err = extract(Format::Docx, b"PK\x05\x06", &limits()).expect_err("invalid");
        assert_eq!(err.code(), "malformed");
        assert_eq!(err.reason(), "the file is not a valid DOCX");
    }

    #[test]
    fn no_text() {
        assert_eq!(
            extract(Format::Docx, &fixtures::docx(&[" ", "\t"]), &limits()),
            Err(Rejection::NoText)
        );
        assert_eq!(
            extract(Format::Odt, &fixtures::odt(&[""]), &limits()),
            Err(Rejection::NoText)
        );
        assert_eq!(
            extract(Format::Pdf, &fixtures::pdf(&["   "]), &limits()),
            Err(Rejection::NoText)
        );
    }

    #[test]
    fn encrypted_inputs() {
        let mut ole = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            extract(Format::Docx, &ole, &limits()),
            Err(Rejection::Encrypted)
        );

        let mut doc = Document::load_mem(&fixtures::pdf(&[SENTENCE])).expect("load");
        let id = Object::String(
            b"0123456789abcdef".to_vec(),
            lopdf::StringFormat::Hexadecimal,
        );
        doc.trailer.set("ID", vec![id.clone(), id]);
        let version = lopdf::EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner",
            user_password: "user",
            key_length: 128,
            permissions: lopdf::Permissions::all(),
        };
        let state = lopdf::EncryptionState::try_from(version).expect("encryption state");
        doc.encrypt(&state).expect("encrypt");
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("save");
        assert_eq!(
            extract(Format::Pdf, &bytes, &limits()),
            Err(Rejection::Encrypted)
        );
        assert_eq!(Rejection::Encrypted.code(), "encrypted");
    }

    #[test]
    fn pdf_with_owner_password_only_is_read() {
        // Empty user password: viewers open it without asking, so do we.
        let mut doc = Document::load_mem(&fixtures::pdf(&[SENTENCE])).expect("load");
        let id = Object::String(
            b"0123456789abcdef".to_vec(),
            lopdf::StringFormat::Hexadecimal,
        );
        doc.trailer.set("ID", vec![id.clone(), id]);
        let version = lopdf::EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner",
            user_password: "",
            key_length: 128,
            permissions: lopdf::Permissions::empty(),
        };
        let state = lopdf::EncryptionState::try_from(version).expect("encryption state");
        doc.encrypt(&state).expect("encrypt");
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("save");
        assert_eq!(
            extract(Format::Pdf, &bytes, &limits()),
            Ok(SENTENCE.to_string())
        );
    }

    #[test]
    fn reasons() {
        assert_eq!(
            Rejection::ExpandsTooMuch.reason(),
            "the document expands beyond 32 MiB (a compression bomb?)"
        );
        assert_eq!(
            Rejection::TooLarge.reason(),
            "the file is larger than 10 MiB"
        );
        assert_eq!(Rejection::NoText.code(), "no_text");
    }

    /// `cargo test --release -- --ignored --nocapture throughput`
    #[test]
    #[ignore]
    fn throughput() {
        let skills = [
            "Kubernetes",
            "PostgreSQL",
            "Rust",
            "Terraform",
            "Kafka",
            "React",
        ];
        let cvs: Vec<Vec<String>> = (0..20)
            .map(|seed| fixtures::cv_text(seed, &skills, 2))
            .collect();
        for format in [Format::Pdf, Format::Docx, Format::Odt] {
            let docs: Vec<Vec<u8>> = cvs
                .iter()
                .map(|pages| {
                    let refs: Vec<&str> = pages.iter().map(String::as_str).collect();
                    match format {
                        Format::Pdf => fixtures::pdf(&refs),
                        Format::Docx => {
                            fixtures::docx(&refs.join("\n").split('\n').collect::<Vec<_>>())
                        }
                        Format::Odt => {
                            fixtures::odt(&refs.join("\n").split('\n').collect::<Vec<_>>())
                        }
                    }
                })
                .collect();
            let mut n = 0u32;
            let mut chars = 0usize;
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(3) {
                for doc in &docs {
                    chars += extract(format, doc, &limits()).expect("text").len();
                    n += 1;
                }
            }
            let secs = started.elapsed().as_secs_f64();
            let size = docs.iter().map(Vec::len).sum::<usize>() / docs.len();
            println!(
                "{format}: {:.0} CVs/s single-threaded ({:.2} ms each, {size} bytes, {} chars of text)",
                f64::from(n) / secs,
                secs * 1000.0 / f64::from(n),
                chars / n as usize
            );
        }
    }
}

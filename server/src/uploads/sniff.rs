//! The file's own signature against its declared type: a CV declared as PDF must start like a
//! PDF. Only the first bytes are read (a ranged GET), so this is a check of the container, not
//! a parser.

/// How many leading bytes the check needs.
pub const SAMPLE_BYTES: usize = 8192;

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const ODT_MIMETYPE: &[u8] = b"mimetypeapplication/vnd.oasis.opendocument.text";

/// Whether `head` (the object's first bytes; all of them when it is shorter) is a `declared`
/// file; `Err` says why not.
pub fn matches(declared: &str, head: &[u8], complete: bool) -> Result<(), &'static str> {
    let ok = match declared {
        "application/pdf" => head.starts_with(b"%PDF-"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
            head.starts_with(ZIP)
        }
        // ODF puts an uncompressed `mimetype` entry first (its name at offset 30).
        "application/vnd.oasis.opendocument.text" => {
            head.starts_with(ZIP) && head.get(30..30 + ODT_MIMETYPE.len()) == Some(ODT_MIMETYPE)
        }
        "application/msword" => head.starts_with(OLE),
        "image/png" => head.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => head.starts_with(&[0xFF, 0xD8, 0xFF]),
        "image/webp" => head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP"),
        "text/plain" => return text(head, complete),
        _ => return Err("the declared type is not an allowed type"),
    };
    if ok {
        Ok(())
    } else {
        Err("the file's contents do not match its declared type")
    }
}

/// UTF-8 without NUL. A sample cut mid-character is fine: only its last, incomplete sequence
/// may fail to decode.
fn text(head: &[u8], complete: bool) -> Result<(), &'static str> {
    if head.contains(&0) {
        return Err("the text file contains NUL bytes");
    }
    match std::str::from_utf8(head) {
        Ok(_) => Ok(()),
        Err(e) if !complete && e.error_len().is_none() => Ok(()),
        Err(_) => Err("the text file is not UTF-8"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const ODT: &str = "application/vnd.oasis.opendocument.text";

    #[test]
    fn each_type_is_known_by_its_signature() {
        assert!(matches("application/pdf", b"%PDF-1.7\n...", true).is_ok());
        assert!(matches("application/pdf", b"PK\x03\x04rest", true).is_err());
        assert!(matches(DOCX, b"PK\x03\x04\x14\x00", true).is_ok());
        assert!(matches(DOCX, b"%PDF-1.4", true).is_err());
        let mut odt = b"PK\x03\x04".to_vec();
        odt.resize(30, 0);
        odt.extend_from_slice(ODT_MIMETYPE);
        assert!(matches(ODT, &odt, true).is_ok());
        assert!(matches(ODT, b"PK\x03\x04\x14\x00\x00\x00", true).is_err());
        assert!(matches("application/msword", OLE, true).is_ok());
        assert!(matches("application/msword", b"{\\rtf1", true).is_err());
    }

    #[test]
    fn images_are_known_by_their_signature() {
        assert!(matches("image/png", b"\x89PNG\r\n\x1a\n\0\0", true).is_ok());
        assert!(matches("image/png", b"<svg xmlns=", true).is_err());
        assert!(matches("image/jpeg", &[0xFF, 0xD8, 0xFF, 0xE0], true).is_ok());
        assert!(matches("image/jpeg", b"GIF89a", true).is_err());
        assert!(matches("image/webp", b"RIFF\x10\0\0\0WEBPVP8 ", true).is_ok());
        assert!(matches("image/webp", b"RIFF\x10\0\0\0WAVEfmt ", true).is_err());
        assert!(matches("image/svg+xml", b"<svg", true).is_err());
    }

    #[test]
    fn text_is_utf8_without_nul() {
        assert!(matches("text/plain", "Dear team, ünïcödé".as_bytes(), true).is_ok());
        assert!(matches("text/plain", b"a\0b", true).is_err());
        assert!(matches("text/plain", b"\xff\xfe", true).is_err());
        // A sample cut inside a two-byte character is still text.
        let cut = &"é".as_bytes()[..1];
        assert!(matches("text/plain", cut, false).is_ok());
        assert!(matches("text/plain", cut, true).is_err());
    }
}

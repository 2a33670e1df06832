//! Bytes to text: the encodings people's files are actually in, and files that are not text.
//!
//! A byte-order mark decides (UTF-8, UTF-16 little or big endian). Without one, bytes that are
//! valid UTF-8 are UTF-8: a file is never guessed into another encoding when UTF-8 reads it.
//! Otherwise `chardetng` (Firefox's detector) guesses the legacy encoding, in practice
//! Windows-1252 for the Latin-1 files of Western European text (which Windows-1252 reads the
//! same, curly quotes in 0x91 to 0x94 included), and `encoding_rs` decodes it. A saved web page
//! first says its own encoding (`<meta charset>`), which a browser follows, and so do we.
//!
//! Text files hold no NUL bytes and almost no control characters; binary files (images,
//! programs, archives) hold many. So a file with a NUL (once UTF-16 is ruled out) or with more
//! than one control character in a hundred (and one) is refused as "not text" rather than turned into
//! a page of symbols.

use encoding_rs::{Encoding, UTF_8};

/// Why bytes are not text, for a message after the file's name.
pub const NOT_TEXT: &str =
    "does not hold text (it looks like binary data, such as an image or a program); save the article as a .txt file";

/// The text of a plain-text file, whatever its encoding (see the module documentation), or why
/// it is not text.
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if let Some(text) = decode_with_bom(bytes) {
        return checked(text);
    }
    if let Some(text) = utf16_without_bom(bytes) {
        return checked(text);
    }
    if bytes.contains(&0) {
        return Err(NOT_TEXT.to_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => checked(text.to_owned()),
        Err(_) if mostly_utf8(bytes) => checked(String::from_utf8_lossy(bytes).into_owned()),
        Err(_) => checked(decode_as(bytes, guess(bytes))),
    }
}

/// UTF-8 with a few bad bytes (a file edited with two encodings, a truncated last character):
/// at least four times as many valid multi-byte characters as bad sequences. Text in a legacy
/// encoding has almost no valid multi-byte sequences, so it is never taken for this.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut bad) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        let (valid, after) = match std::str::from_utf8(rest) {
            Ok(s) => (s, &rest[rest.len()..]),
            Err(e) => {
                bad += 1;
                let valid = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default();
                (valid, &rest[e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to())..])
            }
        };
        multibyte += valid.chars().filter(|c| c.len_utf8() > 1).count();
        if after.is_empty() {
            break;
        }
        rest = after;
    }
    multibyte >= 4 * bad
}

/// The text of a saved web page: its byte-order mark, else the encoding its `<meta charset>`
/// names, else UTF-8 when the bytes are UTF-8, else a guess, as a browser does.
pub fn decode_html(bytes: &[u8]) -> Result<String, String> {
    if let Some(text) = decode_with_bom(bytes) {
        return checked(text);
    }
    if let Some(text) = utf16_without_bom(bytes) {
        return checked(text);
    }
    if bytes.contains(&0) {
        return Err(NOT_TEXT.to_owned());
    }
    // A page that says it is UTF-16 but has no byte-order mark is read as UTF-8 (the HTML
    // standard's rule: the declaration was written by something that re-encoded the page).
    let declared =
        meta_charset(bytes).map(|e| if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE { UTF_8 } else { e });
    match declared {
        Some(encoding) => checked(decode_as(bytes, encoding)),
        None => match std::str::from_utf8(bytes) {
            Ok(text) => checked(text.to_owned()),
            Err(_) => checked(decode_as(bytes, guess(bytes))),
        },
    }
}

/// Text decoded by its byte-order mark (the mark itself dropped), when it has one.
fn decode_with_bom(bytes: &[u8]) -> Option<String> {
    let (encoding, bom) = Encoding::for_bom(bytes)?;
    Some(encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned())
}

/// UTF-16 written without a byte-order mark: text in a Latin script has a NUL in every other
/// byte, on the same side.
fn utf16_without_bom(bytes: &[u8]) -> Option<String> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let pairs = bytes.len() / 2;
    let zero_even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let zero_odd = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let mostly = |n: usize| n * 10 >= pairs * 9;
    let encoding = if mostly(zero_odd) && zero_even == 0 {
        encoding_rs::UTF_16LE
    } else if mostly(zero_even) && zero_odd == 0 {
        encoding_rs::UTF_16BE
    } else {
        return None;
    };
    Some(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, true)
}

fn decode_as(bytes: &[u8], encoding: &'static Encoding) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// `text`, unless it is mostly control characters or replacement characters (binary data).
fn checked(text: String) -> Result<String, String> {
    let mut chars = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        chars += 1;
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}');
        if control || c == '\u{FFFD}' || c == '\0' {
            odd += 1;
        }
    }
    if text.contains('\0') || odd > 1 + chars / 100 {
        return Err(NOT_TEXT.to_owned());
    }
    Ok(text)
}

/// The encoding a page names in a `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` within its first 1024 bytes (where the HTML standard looks).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta").map(|i| i + from) {
        let end = lower[at..].iter().position(|&b| b == b'>').map_or(lower.len(), |i| at + i);
        let tag = &lower[at..end];
        if let Some(cs) = find(tag, b"charset") {
            let rest = &tag[cs + b"charset".len()..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(e) = Encoding::for_label(&rest[..label_end]) {
                    return Some(e);
                }
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_a_byte_order_mark() {
        assert_eq!(decode_text("Café “news”".as_bytes()).unwrap(), "Café “news”");
        assert_eq!(decode_text(b"\xEF\xBB\xBFCaf\xC3\xA9").unwrap(), "Café");
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_text_not_binary() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Café “news”".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Café “news”".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode_text(&le).unwrap(), "Café “news”");
        assert_eq!(decode_text(&be).unwrap(), "Café “news”");
        let no_bom: Vec<u8> = "Plain words here".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode_text(&no_bom).unwrap(), "Plain words here");
    }

    #[test]
    fn windows_1252_is_detected_with_its_curly_quotes_and_accents() {
        let bytes = b"The caf\xe9 owner said \x93we will stay open\x94 and it\x92s true, M\xfcller added.";
        assert_eq!(decode_text(bytes).unwrap(), "The café owner said “we will stay open” and it’s true, Müller added.");
    }

    #[test]
    fn binary_data_is_not_text() {
        assert_eq!(decode_text(b"GIF89a\x01\x00\x01\x00\x00\xff").unwrap_err(), NOT_TEXT);
        let noise: Vec<u8> = (0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 1).collect();
        assert_eq!(decode_text(&noise).unwrap_err(), NOT_TEXT);
        assert!(decode_text(b"one stray \x1a control in a long enough line of ordinary text, which is fine").is_ok());
    }

    #[test]
    fn utf8_with_a_stray_bad_byte_stays_utf8() {
        let mixed = "“Café” – déjà vu, naïve, Zoë, Müller\n".repeat(3) + "one Latin-1 caf\u{e9}";
        let mut bytes = mixed.into_bytes();
        let last = bytes.len() - 2;
        bytes.splice(last.., [0xE9]);
        let text = decode_text(&bytes).unwrap();
        assert!(text.starts_with("“Café” – déjà vu") && text.ends_with("caf\u{FFFD}"), "{text}");
    }

    #[test]
    fn a_page_says_its_own_encoding() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>\x93Hi\x94 \xc3\xa9</body></html>";
        assert!(decode_html(page).unwrap().contains("“Hi” Ã©"), "the declaration wins, as in a browser");
        let utf8 = "<meta charset='utf-8'><p>“Hi” é</p>".as_bytes();
        assert!(decode_html(utf8).unwrap().contains("“Hi” é"));
        assert!(decode_html(b"<p>caf\xe9</p>").unwrap().contains("café"), "no declaration: guessed");
    }
}

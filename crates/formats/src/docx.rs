//! Word documents (`.docx`): a zip archive of XML parts. The text is in `word/document.xml`:
//! paragraphs (`<w:p>`) of runs (`<w:r>`) of text (`<w:t>`); a paragraph's style
//! (`<w:pStyle w:val="Heading1"/>`) is named in `word/styles.xml` ("heading 1", "Title"; the
//! names of Word's built-in styles are English in every language, their ids are not).
//!
//! - The first paragraph in the "Title" style, or else in "heading 1", is the title; other
//!   headings are headings; a paragraph in a list (`<w:numPr>`, or a "List …" style) is a
//!   bullet item; the others are paragraphs. A line break (`<w:br/>`) ends a block, as in a
//!   `.txt` file; a tab is a space.
//! - Deleted text of tracked changes (`<w:delText>`), field codes (`<w:instrText>`) and the
//!   fallback copy of a text box (`<mc:Fallback>`) are not read: a reader does not see them.
//! - Only the three parts named above are read, each inflated up to [`MAX_PART_BYTES`], from an
//!   archive of at most [`MAX_ENTRIES`] entries, so a zip bomb costs nothing but its own bytes.
//!   The XML parser (`quick-xml`) expands no entities but the five predefined ones and character
//!   references: no "billion laughs".

use std::collections::HashMap;
use std::io::{Cursor, Read};

use engine::ingest::{Article, BlockKind, Hints, IngestError};
use quick_xml::events::Event;
use quick_xml::Reader;

use crate::layout::Layout;

/// The most a part of a Word document may unpack to (the text of a very long book is a tenth).
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// The most entries an archive may list (a document with a few hundred images has a few hundred).
pub const MAX_ENTRIES: usize = 10_000;

/// The article in a Word document's bytes, or why there is none, naming `name`.
pub fn article_from_docx(name: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    let fail = |reason: String| IngestError { file: name.to_owned(), reason };
    let not_word = || {
        fail("is not a Word document (it is named .docx but is not one inside); open it in Word and save it again as .docx, or save it as .txt".to_owned())
    };
    if !bytes.starts_with(b"PK") {
        return Err(not_word());
    }
    let too_many = |n: usize| {
        let n = if n >= 0xFFFF { "65535 or more".to_owned() } else { n.to_string() };
        fail(format!("holds {n} parts, more than the {MAX_ENTRIES} a Word document may have here; it was not read"))
    };
    // The count the archive states, checked before the zip reader makes room for that many.
    match stated_entries(bytes) {
        None => return Err(not_word()),
        Some(n) if n > MAX_ENTRIES => return Err(too_many(n)),
        Some(_) => {}
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| not_word())?;
    if zip.len() > MAX_ENTRIES {
        return Err(too_many(zip.len()));
    }
    let document = part(&mut zip, "word/document.xml").map_err(|e| fail(e.unwrap_or_else(|| not_word().reason)))?;
    // Styles are optional: without them, style ids ("Heading1", "Title") are read as names.
    let styles = part(&mut zip, "word/styles.xml").ok().map(|xml| style_names(&xml)).unwrap_or_default();
    let layout = read_document(&document, &styles)
        .map_err(|why| fail(format!("is a damaged Word document ({why}); open it in Word and save it again")))?;
    if !layout.has_words() {
        return Err(fail("the Word document has no text in it".to_owned()));
    }
    Ok(layout.into_article(name.to_owned(), false, Hints::default()))
}

/// How many entries a zip archive's end record states (the last one in the file, where readers
/// look); a Zip64 archive's marker (`0xFFFF`) is more than any Word document has. `None` without an end record.
fn stated_entries(bytes: &[u8]) -> Option<usize> {
    const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    let from = bytes.len().saturating_sub(22 + 0xFFFF);
    let at = bytes[from..].windows(4).rposition(|w| w == END)? + from;
    let count = bytes.get(at + 10..at + 12)?;
    let count = u16::from_le_bytes([count[0], count[1]]);
    Some(usize::from(count))
}

/// The text of one part of the archive, inflated up to [`MAX_PART_BYTES`]. `Err(None)` when the
/// archive has no such part, `Err(Some(reason))` when it cannot be read.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, path: &str) -> Result<String, Option<String>> {
    let file = match zip.by_name(path) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Err(None),
        Err(e) => return Err(Some(format!("is a damaged Word document ({e}); open it in Word and save it again"))),
    };
    let too_big = || {
        Some(format!(
            "unpacks to more than {} MB, more than any article needs; it was not read",
            MAX_PART_BYTES / (1024 * 1024)
        ))
    };
    if file.size() > MAX_PART_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    // The size the archive states is not trusted: read one byte past the limit to know.
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Some(format!("is a damaged Word document ({e}); open it in Word and save it again")))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(too_big());
    }
    String::from_utf8(bytes).map_err(|_| {
        Some("is a damaged Word document (its text is not UTF-8); open it in Word and save it again".to_owned())
    })
}

/// Style id → style name, lower case ("Heading1" → "heading 1").
fn style_names(xml: &str) -> HashMap<String, String> {
    let mut names = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                b"style" => current = attr(&e, b"styleId"),
                b"name" => {
                    if let (Some(id), Some(name)) = (current.clone(), attr(&e, b"val")) {
                        names.insert(id, name.to_lowercase());
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => current = None,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    names
}

/// The value of the attribute with this local name (`w:val` → `val`).
fn attr(e: &quick_xml::events::BytesStart, local: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.unescape_value().ok())
        .map(|v| v.into_owned())
}

/// A paragraph being read.
#[derive(Default)]
struct Paragraph {
    style: Option<String>,
    listed: bool,
    outline: bool,
    text: String,
}

fn read_document(xml: &str, styles: &HashMap<String, String>) -> Result<Layout, String> {
    let mut reader = Reader::from_str(xml);
    let mut layout = Layout::default();
    // Paragraphs can nest (a text box's paragraphs inside a run of another).
    let mut open: Vec<Paragraph> = Vec::new();
    let mut in_text = false;
    // Inside something whose text is not read, and how deep.
    let mut skipping = 0usize;
    let mut title_found = false;
    let mut emit = |p: &Paragraph, text: &str, layout: &mut Layout| {
        let style = p.style.as_ref().map(|id| styles.get(id).cloned().unwrap_or_else(|| id.to_lowercase()));
        let style = style.as_deref().unwrap_or("");
        let heading = style == "title" || style.starts_with("heading") || p.outline;
        let kind = if heading && !title_found && (style == "title" || style == "heading 1" || style == "heading1") {
            title_found = true;
            BlockKind::Title
        } else if heading {
            BlockKind::Heading
        } else if p.listed || style.starts_with("list") {
            BlockKind::Bullet
        } else {
            BlockKind::Paragraph
        };
        layout.push(kind, None, text);
    };
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if skipping > 0 || matches!(name, b"delText" | b"instrText" | b"Fallback" | b"del") {
                    skipping += 1;
                    continue;
                }
                match name {
                    b"p" => open.push(Paragraph::default()),
                    b"t" => in_text = true,
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skipping > 0 {
                    continue;
                }
                let Some(p) = open.last_mut() else { continue };
                match e.local_name().as_ref() {
                    b"pStyle" => p.style = attr(&e, b"val"),
                    b"numPr" => p.listed = true,
                    b"outlineLvl" => p.outline = attr(&e, b"val").is_some_and(|v| v.trim() != "9"),
                    b"tab" | b"ptab" => p.text.push(' '),
                    b"noBreakHyphen" => p.text.push('-'),
                    b"br" | b"cr" => {
                        // A line break ends a block; the paragraph goes on after it.
                        let text = std::mem::take(&mut p.text);
                        let p = open.last().expect("checked above");
                        emit(p, &text, &mut layout);
                    }
                    b"p" => {}
                    _ => {}
                }
            }
            Event::End(e) => {
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    b"t" => in_text = false,
                    b"p" => {
                        if let Some(p) = open.pop() {
                            emit(&p, &p.text, &mut layout);
                        }
                    }
                    b"numPr" => {
                        if let Some(p) = open.last_mut() {
                            p.listed = true;
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skipping == 0 => {
                if let Some(p) = open.last_mut() {
                    p.text.push_str(&t.unescape().map_err(|e| e.to_string())?);
                }
            }
            Event::CData(t) if in_text && skipping == 0 => {
                if let Some(p) = open.last_mut() {
                    p.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(layout)
}

//! Articles in every form a teacher has them: plain text in the encodings people's files are in,
//! saved web pages, Word documents, Markdown and pasted text, each made into the engine's
//! [`Article`]. Used by the build step and the command-line tool (natively, with the feature
//! `native-html`) and by the page (compiled to wasm, without it).
//!
//! # Design
//!
//! **The engine stays small; the readers live here.** The engine is compiled into the page's
//! size-budgeted first module; a zip reader, an XML parser, a Markdown parser, an HTML parser,
//! encoding tables and a JSON parser would weigh more than it. So this crate depends on the
//! engine, never the other way, and hands it one small type: [`Article`], a name, a text and
//! [`Hints`].
//!
//! **Converted to the engine's text, not ingested as a structure.** Every reader writes the
//! article out in the plain-text convention the engine already reads (`layout.rs`): one block
//! to a line, a blank line between blocks, `• ` before a bullet item, the title first. With it
//! go the marks of its blocks ([`BlockMark`](engine::ingest::BlockMark): a span of that text, a
//! kind, a boilerplate reason) and what the file states beyond its text (title, author, date,
//! outlet). The text is what gets stored and what every offset counts in: the reader's spans
//! ([`engine::Block::source`]), the quotations, names, shared passages and search hits all point
//! into it exactly as they point into a `.txt` file, and everything downstream (quotations,
//! names, dates, profiles, the reader, the command line's character offsets) works unchanged.
//! The other way, a list of structured blocks that ingestion would take directly, would have
//! needed a text for those offsets anyway, and a second path through ingestion. It also keeps
//! the text readable on its own: read as a `.txt` file, it gives the same blocks.
//!
//! **One extraction of a web page, over a small trait.** The page parses HTML with the
//! browser's `DOMParser` (no bytes to ship); the native tools parse it with html5ever. The
//! extraction (`html.rs`) is written once over [`html::Node`] (an element's name, an attribute,
//! the children, a text node's text), which both implement, so both make the same article of the
//! same file. Only the native parser is behind a feature; everything else compiles for wasm32.
//!
//! **Boilerplate is marked, not deleted,** as for `.txt` files: a saved page's navigation,
//! cookie notice, sidebars and footer become blocks marked with the reason, so a class still
//! sees what the page was like. Nothing of a page is kept as markup and nothing in it is run:
//! scripts, styles, frames and the like are never read (see `html.rs`).
//!
//! **Bad input is refused with a reason, never a panic**, and one bad file costs only itself:
//! every error is an [`IngestError`] naming the file. Files over [`MAX_FILE_BYTES`] are refused
//! before they are read; a Word document's parts are inflated up to a limit from an archive of
//! limited entries (`docx.rs`); bytes that are not text are recognised (`text.rs`); a page or
//! document with no words says so; file names are made plain text ([`clean_name`]).
//!
//! # Entry points
//!
//! - [`read_file`] (native) and [`read_file_with`] (any HTML parser, e.g. [`dom::BrowserHtml`]
//!   in the page): one file's name and bytes → an [`Article`].
//! - [`pasted`]: the page's "Paste an article" form.
//! - [`Overrides::apply`]: title, author, date and outlet corrected from outside.
//! - [`read_seed_dir`] (native): the build's and the command line's one reader of a seed folder.
//! - [`fingerprint`]: the same article added twice.
//! - [`lesson`]: a lesson in one file (articles, sheet, title, instructions), read and written.

pub mod docx;
pub mod html;
mod layout;
pub mod lesson;
pub mod markdown;
pub mod text;

#[cfg(feature = "dom")]
pub mod dom;
#[cfg(feature = "native-html")]
pub mod native;

pub use engine::ingest::{Article, Hints, IngestError};
use engine::ingest::{BlockKind, BlockMark, Date};
use engine::Span;

/// The largest file read, in bytes (20 MB). An article's text is rarely 200 KB; a saved page
/// with its scripts inlined, or a Word document with photographs, can be a few megabytes.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The longest file name kept, in characters (longer ones are cut in the middle of the name,
/// keeping the extension).
pub const MAX_NAME_CHARS: usize = 80;

/// The kinds of file Crosscheck reads, as a message says them.
pub const READABLE: &str = ".txt, .html, .htm, .docx and .md";

/// What a file is, by its name and its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Docx,
    Markdown,
    /// A PDF: not read (see [`read_file`] for the message).
    Pdf,
    /// An old binary Word document (or another old Office file).
    OldWord,
    /// A document of another word processor (`.rtf`, `.odt`, `.pages`, …).
    OtherDocument,
    /// A web page saved as a single file archive (`.mht`, `.webarchive`).
    WebArchive,
    /// Not an article (an image, a spreadsheet, an unknown extension).
    Other,
}

impl Format {
    /// What the file is, from its extension, or from its first bytes when it has none (or its
    /// bytes say it is a PDF or an old Word document whatever its name).
    pub fn of(name: &str, bytes: &[u8]) -> Format {
        if bytes.starts_with(b"%PDF-") {
            return Format::Pdf;
        }
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return Format::OldWord;
        }
        match Format::of_name(name) {
            Some(format) => format,
            None => {
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).trim_start().to_ascii_lowercase();
                if head.starts_with("<!doctype html") || head.starts_with("<html") {
                    Format::Html
                } else {
                    Format::Text
                }
            }
        }
    }

    /// What a file is from its extension alone; `None` when it has none.
    pub fn of_name(name: &str) -> Option<Format> {
        let (_, ext) = name.rsplit_once('.').filter(|(stem, _)| !stem.is_empty())?;
        Some(match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "docx" | "docm" | "dotx" => Format::Docx,
            "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
            "pdf" => Format::Pdf,
            "doc" | "dot" => Format::OldWord,
            "rtf" | "odt" | "pages" | "wpd" | "wps" => Format::OtherDocument,
            "mht" | "mhtml" | "webarchive" => Format::WebArchive,
            _ => Format::Other,
        })
    }
}

/// Why a file of `bytes` bytes is refused for its size.
pub fn too_big(bytes: u64) -> String {
    format!(
        "is {}, more than the {} MB Crosscheck reads; save only the article (its text as .txt, or the page as “Web Page, HTML Only”)",
        megabytes(bytes),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// Something that makes an article of a web page's text: the native parser ([`NativeHtml`]) or
/// the browser's ([`dom::BrowserHtml`]). Both call [`html::article_from_node`].
pub trait HtmlParser {
    fn article(&self, name: &str, html: &str) -> Result<Article, IngestError>;
}

/// html5ever, through `scraper` (feature `native-html`).
#[cfg(feature = "native-html")]
pub struct NativeHtml;

#[cfg(feature = "native-html")]
impl HtmlParser for NativeHtml {
    fn article(&self, name: &str, html: &str) -> Result<Article, IngestError> {
        native::article_from_html(name, html)
    }
}

/// [`read_file_with`] the native HTML parser: what the build step and the command-line tool call.
#[cfg(feature = "native-html")]
pub fn read_file(name: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    read_file_with(name, bytes, &NativeHtml)
}

/// The article in one file, from its name and bytes, whatever its format ([`Format`]); web pages
/// parsed by `html`. The article's name is [`clean_name`] of `name`. Fails with the file's
/// (clean) name and the reason: too big, not a format Crosscheck reads (with how to save it so
/// that it is), not text, damaged, or holding no words.
pub fn read_file_with(name: &str, bytes: &[u8], html: &impl HtmlParser) -> Result<Article, IngestError> {
    let name = clean_name(name);
    let fail = |reason: &str| IngestError { file: name.clone(), reason: reason.to_owned() };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(&too_big(bytes.len() as u64)));
    }
    let article = match Format::of(&name, bytes) {
        Format::Text => {
            if bytes.starts_with(b"PK\x03\x04") {
                return Err(fail("is a zip archive (perhaps a Word document), not text; if it is a Word document, name it .docx"));
            }
            let text = text::decode_text(bytes).map_err(|why| fail(&why))?;
            Article::plain(name.as_str(), text)
        }
        Format::Html => {
            let page = text::decode_html(bytes).map_err(|why| fail(&why))?;
            html.article(&name, &page)?
        }
        Format::Docx => docx::article_from_docx(&name, bytes)?,
        Format::Markdown => {
            let text = text::decode_text(bytes).map_err(|why| fail(&why))?;
            markdown::article_from_markdown(&name, &text)?
        }
        Format::Pdf => return Err(fail("is a PDF, which Crosscheck does not read: open it, select the article’s text, copy it and paste it into “Paste an article” (in the page) or into a .txt file")),
        Format::OldWord => return Err(fail("is an old Word document (.doc), which Crosscheck does not read: open it in Word and save it as “Word Document (.docx)” or “Plain Text (.txt)”")),
        Format::OtherDocument => return Err(fail("is a word processor document Crosscheck does not read: save it as a Word document (.docx) or as plain text (.txt)")),
        Format::WebArchive => return Err(fail("is a web archive, which Crosscheck does not read: save the page again as “Web Page, Complete” or “Web Page, HTML Only” (.html)")),
        Format::Other => return Err(fail(&format!("is not an article: Crosscheck reads {READABLE} files"))),
    };
    // An article with no words is refused now, with the engine's reason, not later.
    engine::ingest::ingest_article(&article)?;
    Ok(article)
}

/// What the page's "Paste an article" form gives: a title and the text, and what the person
/// knows of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pasted {
    pub title: String,
    pub text: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    /// As typed: "2024-03-05", "March 5, 2024", "5 March 2024".
    pub date: Option<String>,
}

/// A pasted article: the title as the title block, the text after it read by the plain-text
/// rules (text copied from a web page brings its navigation along, which they find), and what
/// was given as stated. Named after its title (`Title words.txt`). Fails when the title or the
/// text is empty, or the date is not one.
pub fn pasted(form: &Pasted) -> Result<Article, IngestError> {
    let title: String = form.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = clean_name(&format!(
        "{}.txt",
        title.chars().filter(|c| !matches!(c, '/' | '\\' | '.')).take(60).collect::<String>().trim()
    ));
    let fail = |reason: &str| IngestError { file: name.clone(), reason: reason.to_owned() };
    if title.is_empty() {
        return Err(fail("the article has no title: give it one"));
    }
    if form.text.trim().is_empty() {
        return Err(fail("the article has no text: paste it into the box"));
    }
    let mut text = title.clone();
    text.push_str("\n\n");
    let offset = text.len();
    text.push_str(&form.text);
    let mut blocks = vec![BlockMark { source: Span::new(0, title.len()), kind: BlockKind::Title, boilerplate: None }];
    blocks.extend(engine::ingest::plain_blocks(&form.text).into_iter().map(|m| BlockMark {
        source: Span::new(m.source.start as usize + offset, m.source.end as usize + offset),
        ..m
    }));
    let mut article = Article { name, text, hints: Hints { blocks, ..Hints::default() } };
    Overrides { title: None, author: form.author.clone(), date: form.date.clone(), outlet: form.outlet.clone() }
        .apply(&mut article)?;
    engine::ingest::ingest_article(&article)?;
    Ok(article)
}

/// Title, author, date and outlet given from outside (the page's edit form), over what the file
/// states. `None` leaves a field as it is; a blank author or outlet states it as not known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    pub title: Option<String>,
    pub author: Option<String>,
    /// As typed; see [`parse_date`].
    pub date: Option<String>,
    pub outlet: Option<String>,
}

impl Overrides {
    /// Puts these over `article`'s hints. Fails (naming the article) when the date is not one.
    pub fn apply(&self, article: &mut Article) -> Result<(), IngestError> {
        let date = match self.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(typed) => Some(parse_date(typed).ok_or_else(|| IngestError {
                file: article.name.clone(),
                reason: format!("“{}” is not a date: write it as 2024-03-05 or March 5, 2024", clean_text(typed, 40)),
            })?),
            None => None,
        };
        let h = &mut article.hints;
        if let Some(title) = self.title.as_deref().filter(|t| !t.trim().is_empty()) {
            h.title = Some(clean_text(title, 300));
        }
        if let Some(author) = &self.author {
            h.author = Some(clean_text(author, 200));
        }
        if let Some(outlet) = &self.outlet {
            h.outlet = Some(clean_text(outlet, 200));
        }
        if date.is_some() {
            h.date = date;
        }
        Ok(())
    }
}

/// A date as a person types it or a page states it: "2024-03-05" (also with a time after it),
/// "March 5, 2024", "5 March 2024".
pub fn parse_date(typed: &str) -> Option<Date> {
    html::date_of(typed)
}

/// A fingerprint of the article's own words (its text that is not boilerplate, folded): the
/// same for the same article in two files, whatever their names or formats. `None` for an
/// article with no words. See [`engine::Document::fingerprint`].
pub fn fingerprint(article: &Article) -> Option<u64> {
    engine::ingest::ingest_article(article).ok().map(|d| d.fingerprint())
}

/// A file name as plain text, for messages and to be stored: the last part of a path, without
/// control characters, bidirectional overrides (which can disguise an extension) or zero-width
/// characters, white space collapsed, and at most [`MAX_NAME_CHARS`] characters (cut in the
/// middle with "…", the extension kept). Markup in a name stays as the characters it is: it is
/// never read as markup anywhere.
pub fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let clean = clean_text(last, usize::MAX);
    let clean = if clean.is_empty() || clean.chars().all(|c| c == '.') { "untitled".to_owned() } else { clean };
    let n = clean.chars().count();
    if n <= MAX_NAME_CHARS {
        return clean;
    }
    let ext = clean
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| !e.is_empty() && e.chars().count() <= 10)
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    let keep = MAX_NAME_CHARS - 1 - ext.chars().count();
    let head: String = clean.chars().take(keep).collect();
    format!("{}…{ext}", head.trim_end())
}

/// `s` without control, format (bidirectional, zero-width) or replacement characters, white
/// space collapsed, at most `max` characters.
fn clean_text(s: &str, max: usize) -> String {
    let kept: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| !c.is_control() && !is_format_char(c) && c != '\u{FFFD}')
        .collect();
    kept.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").chars().take(max).collect()
}

/// Unicode's invisible format characters that matter in a name: bidirectional marks, embeddings,
/// overrides and isolates, zero-width characters, the byte-order mark.
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

/// The seed folder's formats: every [`Format`] this crate reads is an article; PDFs, old Word
/// and other documents are articles that cannot be read (they stop the build with what to do);
/// a saved page's folder of images and scripts (`NAME_files`) and `README.md` are companions;
/// other files are skipped with a warning.
#[cfg(feature = "native-html")]
pub struct AllFormats;

#[cfg(feature = "native-html")]
impl engine::source::SeedFormats for AllFormats {
    fn take(&self, name: &str, is_folder: bool) -> engine::source::Take {
        use engine::source::Take;
        if is_folder {
            return if name.ends_with("_files") || name.ends_with("-Dateien") || name.ends_with("_fichiers") {
                Take::Companion
            } else {
                Take::Skip("a folder (articles in folders inside are not read)".to_owned())
            };
        }
        if engine::source::is_known_companion(name) {
            return Take::Companion;
        }
        match Format::of_name(name) {
            Some(Format::Other) | None => Take::Skip(format!("not an article: Crosscheck reads {READABLE} files")),
            Some(_) => Take::Article,
        }
    }

    fn read(&self, name: &str, bytes: Vec<u8>) -> Result<Article, IngestError> {
        read_file(name, &bytes)
    }

    fn max_bytes(&self) -> u64 {
        MAX_FILE_BYTES
    }

    fn too_big(&self, bytes: u64) -> String {
        too_big(bytes)
    }

    fn none_found(&self) -> String {
        format!("holds no articles ({READABLE} files)")
    }
}

/// Reads a seed folder as the build does: every article in any format this crate reads, in
/// name order, and `exercises.toml`. Fails on the first file that cannot be made an article,
/// naming it as a path with the reason.
#[cfg(feature = "native-html")]
pub fn read_seed_dir(dir: &std::path::Path) -> Result<engine::source::SeedDir, IngestError> {
    engine::source::read_seed_dir_with(dir, &AllFormats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_plain_text_and_cut_sensibly() {
        assert_eq!(clean_name("C:\\Users\\me\\My  article.txt"), "My article.txt");
        assert_eq!(clean_name("evil\u{202E}txt.exe"), "eviltxt.exe");
        assert_eq!(clean_name("a\u{1b}[31mred.txt"), "a[31mred.txt");
        assert_eq!(
            clean_name("<img src=x onerror=alert(1)>.html"),
            "<img src=x onerror=alert(1)>.html",
            "markup stays as characters"
        );
        let long = format!("{}.html", "word ".repeat(60));
        let cut = clean_name(&long);
        assert_eq!(cut.chars().count(), MAX_NAME_CHARS);
        assert!(cut.ends_with("….html"), "{cut}");
        assert_eq!(clean_name(""), "untitled");
        assert_eq!(clean_name("../.."), "untitled");
    }

    #[test]
    fn formats_by_name_and_by_first_bytes() {
        assert_eq!(Format::of("a.TXT", b"x"), Format::Text);
        assert_eq!(Format::of("a.txt", b"%PDF-1.7"), Format::Pdf);
        assert_eq!(Format::of("a.docx", &[0xD0, 0xCF, 0x11, 0xE0]), Format::OldWord);
        assert_eq!(Format::of("article", b"  <!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(Format::of("article", b"Plain words"), Format::Text);
        assert_eq!(Format::of("photo.jpg", b"\xff\xd8"), Format::Other);
        assert_eq!(Format::of(".md", b"x"), Format::Text, "a hidden name has no extension");
    }

    #[test]
    fn a_pasted_article_keeps_its_short_title_and_what_was_given() {
        let form = Pasted {
            title: "Ferry  ends".into(),
            text: "Menu\n\nThe island's last ferry left on Tuesday, and the harbour master said “we will miss it” before he locked the gate.\n".into(),
            outlet: Some("Island Post".into()),
            author: Some("Ana Ruiz".into()),
            date: Some("May 2, 2024".into()),
        };
        let a = pasted(&form).expect("an article");
        assert_eq!(a.name, "Ferry ends.txt");
        let d = engine::ingest::ingest_article(&a).unwrap();
        assert_eq!(
            (d.title.as_str(), d.byline.as_deref(), d.outlet.as_deref()),
            ("Ferry ends", Some("Ana Ruiz"), Some("Island Post"))
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-05-02"));
        assert_eq!(d.blocks[0].kind, BlockKind::Title);
        assert_eq!(
            d.blocks[1].boilerplate,
            Some(engine::ingest::Boilerplate::Navigation),
            "the page's chrome pasted along is found"
        );
        assert_eq!(
            pasted(&Pasted { date: Some("next week".into()), ..form.clone() }).unwrap_err().reason,
            "“next week” is not a date: write it as 2024-03-05 or March 5, 2024"
        );
        assert_eq!(
            pasted(&Pasted { text: " \n".into(), ..form.clone() }).unwrap_err().reason,
            "the article has no text: paste it into the box"
        );
        assert_eq!(
            pasted(&Pasted { title: " ".into(), ..form }).unwrap_err().reason,
            "the article has no title: give it one"
        );
    }

    #[test]
    fn overrides_put_a_teachers_corrections_over_what_the_file_states() {
        let mut a = Article::plain("a.txt", "A headline of some length\n\nBy Dan Martin\n\nText of the article, long enough to be a paragraph of prose here.");
        Overrides {
            title: Some("Better title".into()),
            author: Some(String::new()),
            date: Some("2020-01-02".into()),
            outlet: Some("Harbor Ledger".into()),
        }
        .apply(&mut a)
        .unwrap();
        let d = engine::ingest::ingest_article(&a).unwrap();
        assert_eq!((d.title.as_str(), d.byline, d.outlet.as_deref()), ("Better title", None, Some("Harbor Ledger")));
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2020-01-02"));
    }
}

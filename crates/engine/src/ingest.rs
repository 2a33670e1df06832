//! Ingestion: one article's text becomes a [`Document`].
//!
//! Articles arrive as plain text copied from web pages, so they carry what the page carried:
//! navigation links before the headline, the headline printed twice, share buttons and tag lists
//! after the byline, photo credits, a "Read More" list of unrelated headlines at the end. A lesson
//! about sourcing needs that chrome *seen* (it is part of what makes a page low quality) but not
//! *counted* as the article's words. So ingestion marks boilerplate with the reason it was found
//! ([`Boilerplate`]) and never deletes it; only exact repeats of the headline are dropped.
//!
//! The rules are general, not fitted to any one site:
//!
//! - A block is a line, or several lines when a line clearly continues the previous one (it starts
//!   in lower case after a line with no sentence end), so hard-wrapped text reads as paragraphs.
//! - The title is the first line of four words or more within the first lines; shorter lines
//!   before it are site navigation. Repeats of the title right after it are dropped, including a
//!   URL-style copy joined with `+`.
//! - A byline is a short line starting with "By"; a date in it ("December 10, 2019") becomes the
//!   document date. Short lines after the byline (share buttons, tag lists) are navigation.
//! - Between the title and the first real paragraph, short lines are navigation or credits.
//! - A whole line such as "Read More", "Latest" or "Related Stories" after the body starts a
//!   related-links tail: it and everything after it is boilerplate. Short trailing lines after the
//!   last paragraph that look like links or credits ("Read the full report here.", a section name)
//!   are navigation too.
//! - A block that repeats an earlier block word for word is marked as a repeat; a photo credit
//!   line is marked as a caption.

use serde::{Deserialize, Serialize};

use crate::lexicon::{month_of as month_of_folded, MONTHS};
use crate::normalize::{count_words_to, fold};
use crate::span::Span;

/// One article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// A stable identifier: the file name without `.txt`. Used in links.
    pub slug: String,
    /// The file name as found in the seed folder.
    pub file_name: String,
    pub title: String,
    /// The author part of the byline ("Dan Desai Martin"), when the text states one.
    pub byline: Option<String>,
    /// The article's date, when the text states one.
    pub date: Option<Date>,
    /// The outlet that published it, when the file states it (a saved page's metadata) or whoever
    /// added the article gave it ([`Hints::outlet`]). `None` leaves [`crate::outlet::outlet`] to
    /// guess it from the text.
    pub outlet: Option<String>,
    /// Every block of the article in reading order, the title block first. Written with each
    /// block's place in the file relative to the previous block's (`compact::block_sources`).
    #[serde(with = "crate::compact::block_sources")]
    pub blocks: Vec<Block>,
    /// Added by a reader in the page (or by a teacher to a lesson), not one of the collection as
    /// built: wherever the article is named it is marked so ([`crate::Corpus::label`]). Set by
    /// [`crate::library::Library::build_with_articles`].
    #[serde(default)]
    pub own: bool,
}

impl Document {
    /// Where a range of the file as read (`source`, byte offsets) lies in the document's blocks:
    /// one piece per block it overlaps, in block coordinates. Text outside every block (blank
    /// lines, dropped title repeats) has no piece.
    pub fn locate(&self, source: Span) -> Vec<crate::span::Hit> {
        let first = self.blocks.partition_point(|b| b.source.end <= source.start);
        self.blocks[first..]
            .iter()
            .enumerate()
            .take_while(|(_, b)| b.source.start < source.end.max(source.start + 1))
            .filter_map(|(k, b)| {
                let start = source.start.max(b.source.start);
                let end = source.end.min(b.source.end);
                (start <= end && (start < end || source.is_empty())).then(|| crate::span::Hit {
                    block: first + k,
                    span: Span::new((start - b.source.start) as usize, (end - b.source.start) as usize),
                })
            })
            .collect()
    }
}

/// A paragraph-like unit of text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Why this block is not part of the article's own text, if it is not.
    pub boilerplate: Option<Boilerplate>,
    /// Where the block's text lies in the file as read (byte offsets).
    pub source: Span,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Title,
    Byline,
    Heading,
    Paragraph,
    Bullet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Boilerplate {
    /// Site navigation, share buttons, tag lists, section names, link texts.
    Navigation,
    /// A list of other stories after the article ("Read More", "Latest").
    RelatedLinks,
    /// A word-for-word repeat of an earlier block.
    Repeat,
    /// A photo caption or credit.
    Caption,
    /// A cookie notice, a sign-up or search form, an advertisement: a saved page's own markup says so.
    Notice,
    /// A box beside the article (a saved page's `<aside>`): fact boxes, lists of links, pull quotes.
    Sidebar,
}

impl Boilerplate {
    pub fn label(self) -> &'static str {
        match self {
            Boilerplate::Navigation => "site navigation",
            Boilerplate::RelatedLinks => "links to other stories",
            Boilerplate::Repeat => "repeated text",
            Boilerplate::Caption => "photo caption or credit",
            Boilerplate::Notice => "notice, form or advertisement",
            Boilerplate::Sidebar => "box beside the article",
        }
    }
}

/// A calendar date as stated in an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// "10 December 2019".
    pub fn long(&self) -> String {
        let month = MONTHS[self.month as usize - 1];
        format!("{} {}{} {}", self.day, month[..1].to_uppercase(), &month[1..], self.year)
    }
}

/// Why a seed file could not become a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestError {
    pub file: String,
    pub reason: String,
}

impl std::fmt::Display for IngestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

impl std::error::Error for IngestError {}

/// An article as it is handed to the engine: its file name, its text in the plain-text
/// convention ingestion reads (blocks on lines of their own, blank lines between paragraphs,
/// bullet items after `•`), and what is known about it beyond the text ([`Hints`]).
///
/// A `.txt` file is an article with no hints ([`Article::plain`]). The readers of other formats
/// (`crates/formats`: saved web pages, Word documents, Markdown, pasted text) write the text and
/// fill in the hints; the text is what gets stored, and every block's [`Block::source`] is a span
/// of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The file name (or the name the article was given).
    pub name: String,
    pub text: String,
    #[serde(default)]
    pub hints: Hints,
}

impl Article {
    /// An article that is only text, read by ingestion's plain-text rules.
    pub fn plain(name: impl Into<String>, text: impl Into<String>) -> Article {
        Article { name: name.into(), text: text.into(), hints: Hints::default() }
    }
}

/// What is known about an article beyond its text: what the file states (a saved page's
/// metadata, a Word document's styles) and what whoever added it gave or corrected (the page's
/// forms). Each field left `None` (or empty) is found from the text as for a `.txt` file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Hints {
    /// The title to show, in place of the title block's text. Blank: not used.
    pub title: Option<String>,
    /// The author. Blank: stated as not known (no byline is taken from the text).
    pub author: Option<String>,
    pub date: Option<Date>,
    /// The outlet that published the article. Blank: stated as not known.
    pub outlet: Option<String>,
    /// The blocks as the file laid them out, in order, each a span of the text with its kind
    /// (the title, headings, bullets) and, when [`Hints::structure_stated`], why it is
    /// boilerplate. Empty: the plain-text rules find the blocks. Marks that do not fit the text
    /// (overlapping, out of order, off a char boundary, empty) are not used.
    pub blocks: Vec<BlockMark>,
    /// The file's markup states its structure: which blocks are boilerplate (a saved page's
    /// `<nav>`, `<footer>`, cookie notice) and which are headings. The marks are then taken as
    /// they are. Otherwise (a Word document, Markdown, pasted text: the title, headings and
    /// bullets are known, site chrome pasted in is not) the plain-text rules still find site
    /// navigation around the title and after the text, and headings among the paragraphs.
    pub structure_stated: bool,
    /// The article's id in links, when it has one of its own: an article a reader adds is named
    /// after its content ([`content_slug`]), and an article in a lesson file keeps the id it had
    /// where the lesson was made, so every link to it opens it wherever the same article is.
    /// `None`: named after its file ([`slug_of`] of the [`file_stem`]).
    pub slug: Option<String>,
}

/// One block of an article as its file laid it out: where it is in the text, its kind, and
/// whether (and why) it is boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockMark {
    pub source: Span,
    pub kind: BlockKind,
    pub boilerplate: Option<Boilerplate>,
}

/// Turns the text of one file into a document. Fails only when the text has no words at all.
pub fn ingest(file_name: &str, text: &str) -> Result<Document, IngestError> {
    ingest_with(file_name, text, &Hints::default())
}

/// [`ingest_with`] of an article's name, text and hints.
pub fn ingest_article(article: &Article) -> Result<Document, IngestError> {
    ingest_with(&article.name, &article.text, &article.hints)
}

/// Turns an article's text into a document, taking what `hints` states in preference to what
/// the plain-text rules would find (see [`Hints`]). Fails only when the text has no words at all.
pub fn ingest_with(file_name: &str, text: &str, hints: &Hints) -> Result<Document, IngestError> {
    let fail = |reason: &str| IngestError { file: file_name.to_owned(), reason: reason.to_owned() };
    if text.trim().is_empty() {
        return Err(fail(if text.is_empty() { "the file is empty" } else { "the file holds only white space" }));
    }
    // The file's own blocks when it stated them (and they fit the text), else the plain rules'.
    let laid_out = marked_blocks(text, &hints.blocks);
    let marked = laid_out.is_some() && hints.structure_stated;
    let mut raw = laid_out.unwrap_or_else(|| raw_blocks(text));
    if raw.iter().all(|b| count_words_to(&text[b.span.range()], 1) == 0) {
        return Err(fail("the file has no words in it"));
    }

    let title_idx = raw.iter().position(|b| b.kind == BlockKind::Title).unwrap_or_else(|| {
        let words = |b: &RawBlock| {
            if marked && b.boilerplate.is_some() {
                0
            } else {
                count_words_to(&text[b.span.range()], 4)
            }
        };
        raw.iter()
            .take(8)
            .position(|b| words(b) >= 4)
            .unwrap_or_else(|| raw.iter().position(|b| words(b) > 0).unwrap_or(0))
    });
    let title_text = text[raw[title_idx].span.range()].trim().to_owned();
    let title_key = fold(&title_text.replace('+', " "));

    // Drop repeats of the title right after it.
    let mut i = title_idx + 1;
    while i < raw.len() && i <= title_idx + 3 {
        if fold(&text[raw[i].span.range()].replace('+', " ")) == title_key {
            raw.remove(i);
        } else {
            i += 1;
        }
    }

    let mut blocks: Vec<Block> = raw
        .iter()
        .map(|b| Block {
            // One title: a second one the file marked is a heading.
            kind: if b.kind == BlockKind::Title { BlockKind::Heading } else { b.kind },
            boilerplate: b.boilerplate,
            source: b.span,
            text: text[b.span.range()].to_owned(),
        })
        .collect();

    if !marked {
        for b in &mut blocks[..title_idx] {
            b.boilerplate = Some(Boilerplate::Navigation);
        }
    }
    blocks[title_idx].kind = BlockKind::Title;
    blocks[title_idx].boilerplate = None;

    // The first real paragraph ends the header. A short text with no paragraph of running prose
    // at all has no header to find: its short lines are its text.
    let first_prose = (title_idx + 1..blocks.len()).find(|&i| is_prose(&blocks[i])).unwrap_or(title_idx + 1);

    // The byline: a short "By ..." line among the first blocks after the title.
    let mut byline = None;
    let mut date = None;
    let header_end = (first_prose + 4).min(blocks.len());
    let is_byline =
        |b: &Block| b.boilerplate.is_none() && b.kind != BlockKind::Heading && parse_byline(&b.text).is_some();
    if let Some(bi) = (title_idx + 1..header_end).find(|&i| is_byline(&blocks[i])) {
        let (name, d) = parse_byline(&blocks[bi].text).unwrap_or_default();
        blocks[bi].kind = BlockKind::Byline;
        byline = (!name.is_empty()).then_some(name);
        date = d;
        // Share buttons and tag lists right after the byline.
        let mut j = bi + 1;
        while !marked && j < blocks.len() && is_short_label(&blocks[j]) {
            blocks[j].boilerplate = Some(Boilerplate::Navigation);
            j += 1;
        }
    }
    for b in &mut blocks[title_idx + 1..first_prose] {
        if b.kind != BlockKind::Byline && b.boilerplate.is_none() {
            if date.is_none() {
                date = parse_date(&b.text);
            }
            // A heading the file marked as one is the article's structure, not navigation.
            if !marked && b.kind != BlockKind::Heading && count_words_to(&b.text, 8) < 8 {
                b.boilerplate = Some(Boilerplate::Navigation);
            }
        }
    }

    // The tail: a related-links marker, and link-like short lines after the last paragraph.
    let tail_start = (first_prose..blocks.len())
        .find(|&i| (!marked || blocks[i].boilerplate.is_none()) && is_related_marker(&blocks[i].text))
        .unwrap_or(blocks.len());
    for b in &mut blocks[tail_start..] {
        if !marked || b.boilerplate.is_none() {
            b.boilerplate = Some(Boilerplate::RelatedLinks);
        }
    }
    let mut k = tail_start;
    while !marked && k > first_prose && is_trailing_link(&blocks[k - 1]) {
        k -= 1;
        blocks[k].boilerplate = Some(Boilerplate::Navigation);
    }

    // Repeats, captions and headings.
    let mut seen = std::collections::HashSet::new();
    for b in blocks.iter_mut().skip(title_idx + 1) {
        let key = fold(b.text.trim());
        if b.boilerplate.is_none() {
            if count_words_to(&b.text, 3) >= 3 && !seen.insert(key) {
                b.boilerplate = Some(Boilerplate::Repeat);
            } else if is_caption(&b.text) {
                b.boilerplate = Some(Boilerplate::Caption);
            }
        }
        if !marked && b.kind == BlockKind::Paragraph && b.boilerplate.is_none() && is_heading(&b.text) {
            b.kind = BlockKind::Heading;
        }
    }

    let stated = |given: &Option<String>| given.as_deref().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
    Ok(Document {
        slug: hints
            .slug
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map_or_else(|| slug_of(file_stem(file_name)), slug_of),
        file_name: file_name.to_owned(),
        title: stated(&hints.title)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| title_text.split_whitespace().collect::<Vec<_>>().join(" ")),
        byline: match stated(&hints.author) {
            Some(author) => (!author.is_empty()).then_some(author),
            None => byline,
        },
        date: hints.date.or(date),
        outlet: stated(&hints.outlet).filter(|o| !o.is_empty()),
        blocks,
        own: false,
    })
}

impl Document {
    /// A fingerprint of the article's own words: its blocks that are not boilerplate, folded
    /// (case, quotation marks, dashes, spacing, diacritics). Two files holding the same article
    /// (the same text added twice, under two names, or saved once as `.txt` and once as `.docx`)
    /// have the same fingerprint; the file name, the hints and the boilerplate around the text do
    /// not count. The same on every platform (64-bit FNV-1a), so the build and the page agree.
    pub fn fingerprint(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        };
        for b in self.blocks.iter().filter(|b| b.boilerplate.is_none()) {
            for word in fold(&b.text).split_whitespace() {
                eat(word.as_bytes());
                eat(b" ");
            }
            eat(b"\n");
        }
        h
    }
}

/// The id of an article a reader adds: the first words of its title, in ASCII, and eight hex
/// digits of its [`Document::fingerprint`] (`night-closures-approved-for-3f2a9c1d`). Made from
/// the article itself, it is the same in every browser the same article is added to (a link to
/// it works there) and never depends on what else was added; the title words make a link
/// readable, the digits tell apart two articles whose titles start alike.
pub fn content_slug(doc: &Document) -> String {
    let words = crate::normalize::ascii_name(&doc.title, 40);
    let words: Vec<&str> = words.split('-').filter(|w| !w.is_empty()).take(4).collect();
    let digits = format!("{:08x}", doc.fingerprint() & 0xffff_ffff);
    if words.is_empty() {
        format!("article-{digits}")
    } else {
        format!("{}-{digits}", words.join("-"))
    }
}

/// The blocks `marks` lay out, when they fit `text`: in order, not overlapping, inside it, on
/// char boundaries, none empty. `None` when there are none or one does not fit.
fn marked_blocks(text: &str, marks: &[BlockMark]) -> Option<Vec<RawBlock>> {
    if marks.is_empty() {
        return None;
    }
    let mut end = 0;
    for m in marks {
        let r = m.source.range();
        if r.start < end
            || r.start >= r.end
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            return None;
        }
        end = r.end;
    }
    Some(marks.iter().map(|m| RawBlock { kind: m.kind, span: m.source, boilerplate: m.boilerplate }).collect())
}

/// The extensions of the files articles are read from, without the dot, in lower case.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "xhtml", "docx", "md", "markdown"];

/// A file name without its extension when that is an article's ("lavrov.txt", "lavrov.html" →
/// "lavrov"); other names whole.
pub fn file_stem(file_name: &str) -> &str {
    match file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ARTICLE_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e)) => stem,
        _ => file_name,
    }
}

/// The blocks the plain-text rules find in `text` (paragraphs and bullet items, not yet told
/// apart from the title, headings or boilerplate), as marks: for a reader that knows some blocks
/// of an article (a pasted article's title) and leaves the rest of its text to these rules.
pub fn plain_blocks(text: &str) -> Vec<BlockMark> {
    raw_blocks(text).into_iter().map(|b| BlockMark { source: b.span, kind: b.kind, boilerplate: None }).collect()
}

/// A URL-safe identifier for a file stem: letters, digits, `-` and `_` kept, the rest as `-`.
pub fn slug_of(file_stem: &str) -> String {
    let slug: String =
        file_stem.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    if slug.is_empty() {
        "article".to_owned()
    } else {
        slug
    }
}

struct RawBlock {
    kind: BlockKind,
    span: Span,
    boilerplate: Option<Boilerplate>,
}

/// Splits text into lines (`\n`, `\r\n` or a lone `\r`), each with its trimmed span.
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            out.push(trim_span(text, Span::new(start, i)));
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start_matches(is_blank_char).len();
    let trimmed = s.trim_matches(is_blank_char);
    Span::new(span.start as usize + lead, span.start as usize + lead + trimmed.len())
}

const BULLETS: &[char] = &['•', '◦', '▪', '‣', '●', '∙'];

fn raw_blocks(text: &str) -> Vec<RawBlock> {
    let mut out: Vec<RawBlock> = Vec::new();
    let mut prev_blank = true;
    for line in lines(text) {
        let s = &text[line.range()];
        if s.is_empty() {
            prev_blank = true;
            continue;
        }
        let (kind, span) = match bullet_body(s) {
            Some(skip) => {
                (BlockKind::Bullet, trim_span(text, Span::new(line.start as usize + skip, line.end as usize)))
            }
            None => (BlockKind::Paragraph, line),
        };
        let continues = !prev_blank
            && kind == BlockKind::Paragraph
            && out.last().is_some_and(|last| {
                let prev = &text[last.span.range()];
                !ends_sentence(prev) && s.chars().next().is_some_and(char::is_lowercase)
            });
        if continues {
            let last = out.last_mut().expect("checked above");
            last.span = Span::new(last.span.start as usize, span.end as usize);
        } else if !span.is_empty() {
            out.push(RawBlock { kind, span, boilerplate: None });
        }
        prev_blank = false;
    }
    out
}

/// If `line` is a bullet item, the byte length of its marker.
fn bullet_body(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    if BULLETS.contains(&first) {
        return Some(first.len_utf8());
    }
    for marker in ["* ", "- ", "– "] {
        if line.starts_with(marker) && line.len() > marker.len() {
            return Some(marker.len());
        }
    }
    None
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'', ')', '…'])
}

/// A block of running text: long enough and ending like a sentence.
fn is_prose(b: &Block) -> bool {
    ends_sentence(&b.text) && count_words_to(&b.text, 12) >= 12
}

fn is_short_label(b: &Block) -> bool {
    count_words_to(&b.text, 8) < 8 && !ends_sentence(&b.text) && b.kind != BlockKind::Bullet
}

fn is_heading(text: &str) -> bool {
    !text.trim_end().ends_with(['.', ',', ';', '"', '”', '’', '\'']) && (1..10).contains(&count_words_to(text, 10))
}

const RELATED_MARKERS: &[&str] = &[
    "read more",
    "latest",
    "latest news",
    "latest stories",
    "related",
    "related stories",
    "related articles",
    "related content",
    "more stories",
    "more news",
    "more from",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "trending",
    "trending now",
    "most popular",
    "most read",
    "read next",
    "up next",
    "also read",
    "see also",
    "top stories",
    "popular",
    "more on this story",
];

fn is_related_marker(text: &str) -> bool {
    let key = fold(text);
    let key = key.trim().trim_end_matches([':', '.', '»', '>', ' ']).trim();
    RELATED_MARKERS.contains(&key)
}

const LINK_PHRASES: &[&str] = &[
    "read the full",
    "read more",
    "click here",
    "read it here",
    "watch here",
    "listen here",
    "subscribe",
    "sign up",
    "follow us",
    "share this",
    "published with permission",
    "republished",
    "copyright",
    "©",
    "all rights reserved",
    "originally appeared",
    "originally published",
    "this article first",
];

fn is_trailing_link(b: &Block) -> bool {
    if b.kind == BlockKind::Bullet || count_words_to(&b.text, 15) >= 15 {
        return false;
    }
    let key = fold(&b.text);
    !ends_sentence(&b.text) || LINK_PHRASES.iter().any(|p| key.contains(p))
}

fn is_caption(text: &str) -> bool {
    let key = fold(text);
    ["credit:", "photo credit", "(ap photo", "ap photo/", "getty images", "photo by ", "image:", "photo:"]
        .iter()
        .any(|p| key.contains(p))
}

/// "By Dan Desai Martin - December 10, 2019" → ("Dan Desai Martin", Some(date)).
fn parse_byline(text: &str) -> Option<(String, Option<Date>)> {
    let t = text.trim();
    let rest = t.strip_prefix("By ").or_else(|| t.strip_prefix("by "))?;
    if count_words_to(rest, 15) > 14 {
        return None;
    }
    let date = parse_date(rest);
    let name = rest
        .split_whitespace()
        .take_while(|w| {
            !matches!(*w, "-" | "–" | "—" | "|" | "•")
                && !MONTHS.contains(&w.trim_end_matches('.').to_lowercase().as_str())
        })
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(',')
        .to_owned();
    Some((name, date))
}

/// Finds the first date written "Month D, YYYY", "D Month YYYY" or "YYYY-MM-DD" in `text`.
pub fn parse_date(text: &str) -> Option<Date> {
    let toks: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(|t| t.trim_end_matches(['.', ')']))
        .collect();
    let month_of = |t: &str| month_of_folded(&t.to_lowercase()).map(|m| m as usize - 1);
    let day_of = |t: &str| {
        let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        t.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
    };
    let year_of = |t: &str| t.parse::<u16>().ok().filter(|y| (1000..=2999).contains(y));
    for w in 0..toks.len() {
        if let Some(m) = month_of(toks[w]) {
            if let (Some(d), Some(y)) =
                (toks.get(w + 1).and_then(|t| day_of(t)), toks.get(w + 2).and_then(|t| year_of(t)))
            {
                return Some(Date { year: y, month: m as u8 + 1, day: d });
            }
            if w > 0 {
                if let (Some(d), Some(y)) = (day_of(toks[w - 1]), toks.get(w + 1).and_then(|t| year_of(t))) {
                    return Some(Date { year: y, month: m as u8 + 1, day: d });
                }
            }
        }
        let parts: Vec<&str> = toks[w].split('-').collect();
        if let [y, m, d] = parts[..] {
            if let (Some(y), Ok(m), Ok(d)) = (year_of(y), m.parse::<u8>(), d.parse::<u8>()) {
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return Some(Date { year: y, month: m, day: d });
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        ingest("test.txt", text).expect("ingests")
    }

    fn kinds(d: &Document) -> Vec<(BlockKind, Option<Boilerplate>, &str)> {
        d.blocks.iter().map(|b| (b.kind, b.boilerplate, b.text.as_str())).collect()
    }

    const PARA: &str = "This is a long enough paragraph of running text that ends like a sentence does.";

    #[test]
    fn empty_and_blank_files_are_errors_naming_the_reason() {
        assert_eq!(ingest("a.txt", "").unwrap_err().to_string(), "a.txt: the file is empty");
        assert_eq!(ingest("b.txt", " \n\u{a0}\n").unwrap_err().to_string(), "b.txt: the file holds only white space");
        assert_eq!(ingest("c.txt", "— … —").unwrap_err().reason, "the file has no words in it");
    }

    #[test]
    fn title_is_first_long_line_and_its_repeats_are_dropped() {
        let d = doc(&format!(
            "search\nSections\n\nRecent U.S. and Russian Relations\n\nRecent+U.S.+and+Russian+Relations\n\n{PARA}"
        ));
        assert_eq!(d.title, "Recent U.S. and Russian Relations");
        assert_eq!(
            kinds(&d),
            vec![
                (BlockKind::Paragraph, Some(Boilerplate::Navigation), "search"),
                (BlockKind::Paragraph, Some(Boilerplate::Navigation), "Sections"),
                (BlockKind::Title, None, "Recent U.S. and Russian Relations"),
                (BlockKind::Paragraph, None, PARA),
            ]
        );
    }

    #[test]
    fn byline_gives_author_and_date_and_share_links_after_it_are_navigation() {
        let d = doc(&format!("A headline of some length\n\nBy Dan Desai Martin - December 10, 2019\nShare\nDonald Trump,Sergey Lavrov\n\n{PARA}"));
        assert_eq!(d.byline.as_deref(), Some("Dan Desai Martin"));
        assert_eq!(d.date, Some(Date { year: 2019, month: 12, day: 10 }));
        assert_eq!(d.blocks[1].kind, BlockKind::Byline);
        assert_eq!(d.blocks[2].boilerplate, Some(Boilerplate::Navigation));
        assert_eq!(d.blocks[3].boilerplate, Some(Boilerplate::Navigation));
        assert_eq!(d.blocks[4].boilerplate, None);
    }

    #[test]
    fn related_links_tail_and_trailing_link_text_are_boilerplate() {
        let d = doc(&format!("A headline of some length\n\n{PARA}\n\nRead the full report here.\n\nWorld News\n\nRead More\nOther story headline here\n\n{PARA}"));
        let marks: Vec<_> = d.blocks.iter().map(|b| b.boilerplate).collect();
        assert_eq!(
            marks,
            vec![
                None,
                None,
                Some(Boilerplate::Navigation),
                Some(Boilerplate::Navigation),
                Some(Boilerplate::RelatedLinks),
                Some(Boilerplate::RelatedLinks),
                Some(Boilerplate::RelatedLinks)
            ]
        );
    }

    #[test]
    fn a_short_text_with_no_long_paragraph_is_all_text() {
        let d = doc("Tiny article number one\n\nThe word appears here.\n\nAnd here.");
        assert!(d.blocks.iter().all(|b| b.boilerplate.is_none()), "{:?}", kinds(&d));
    }

    #[test]
    fn short_sentence_at_the_end_is_not_navigation() {
        let d = doc(&format!("A headline of some length\n\n{PARA}\n\nHe declined to comment."));
        assert_eq!(d.blocks.last().unwrap().boilerplate, None);
    }

    #[test]
    fn bullets_repeats_captions_and_headings() {
        let cap = "Two men shake hands. CREDIT: AP Photo/Someone";
        let d = doc(&format!("A headline of some length\n\n{PARA}\n\n  • A bullet item with words.\n\n{cap}\n{cap}\n\nA short heading\n\n{PARA}"));
        assert_eq!(d.blocks[2].kind, BlockKind::Bullet);
        assert_eq!(d.blocks[2].text, "A bullet item with words.");
        assert_eq!(d.blocks[3].boilerplate, Some(Boilerplate::Caption));
        assert_eq!(d.blocks[4].boilerplate, Some(Boilerplate::Repeat));
        assert_eq!(d.blocks[5].kind, BlockKind::Heading);
        assert_eq!(d.blocks[6].boilerplate, Some(Boilerplate::Repeat));
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_block_with_exact_source_span() {
        let text = "A headline of some length\r\n\r\nThe first line of a paragraph that\r\ncontinues here.\r\n";
        let d = doc(text);
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(&text[d.blocks[1].source.range()], d.blocks[1].text);
        assert!(d.blocks[1].text.ends_with("continues here."));
    }

    #[test]
    fn dates_in_several_forms() {
        assert_eq!(parse_date("on 7 July 2017 in"), Some(Date { year: 2017, month: 7, day: 7 }));
        assert_eq!(parse_date("Feb. 13, 2017"), Some(Date { year: 2017, month: 2, day: 13 }));
        assert_eq!(parse_date("2019-12-10"), Some(Date { year: 2019, month: 12, day: 10 }));
        assert_eq!(parse_date("May we go"), None);
    }

    /// A text laid out block by block, as a reader of a structured format writes it: each block
    /// on its own line, a blank line between them, with its mark.
    fn laid_out(blocks: &[(BlockKind, Option<Boilerplate>, &str)], structure_stated: bool) -> (String, Hints) {
        let mut text = String::new();
        let mut marks = Vec::new();
        for (kind, boilerplate, t) in blocks {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(t);
            marks.push(BlockMark { source: Span::new(start, text.len()), kind: *kind, boilerplate: *boilerplate });
        }
        (text, Hints { blocks: marks, structure_stated, ..Hints::default() })
    }

    #[test]
    fn a_stated_structure_is_taken_as_it_is() {
        use BlockKind::*;
        let nav = Some(Boilerplate::Navigation);
        let (text, hints) = laid_out(
            &[
                (Paragraph, nav, "Home"),
                (Paragraph, nav, "World"),
                (Title, None, "Bridge closes"),
                (Heading, None, "What happened"),
                (Paragraph, None, PARA),
                (Paragraph, Some(Boilerplate::Notice), "We use cookies"),
            ],
            true,
        );
        let d = ingest_with("page.html", &text, &hints).expect("ingests");
        assert_eq!(d.title, "Bridge closes", "a title of two words, as the page marked it");
        assert_eq!(d.slug, "page");
        assert_eq!(
            kinds(&d),
            vec![
                (Paragraph, nav, "Home"),
                (Paragraph, nav, "World"),
                (Title, None, "Bridge closes"),
                (Heading, None, "What happened"),
                (Paragraph, None, PARA),
                (Paragraph, Some(Boilerplate::Notice), "We use cookies"),
            ]
        );
        for b in &d.blocks {
            assert_eq!(&text[b.source.range()], b.text, "every block keeps its exact span");
        }
    }

    #[test]
    fn known_kinds_without_a_stated_structure_still_get_the_plain_rules() {
        use BlockKind::*;
        let (text, hints) = laid_out(
            &[
                (Paragraph, None, "Menu"),
                (Title, None, "Bridge closes"),
                (Heading, None, "What happened"),
                (Paragraph, None, "Share"),
                (Paragraph, None, PARA),
                (Paragraph, None, "Key facts"),
                (Paragraph, None, PARA),
            ],
            false,
        );
        let d = ingest_with("doc.docx", &text, &hints).expect("ingests");
        assert_eq!(
            kinds(&d),
            vec![
                (Paragraph, Some(Boilerplate::Navigation), "Menu"),
                (Title, None, "Bridge closes"),
                (Heading, None, "What happened"),
                (Paragraph, Some(Boilerplate::Navigation), "Share"),
                (Paragraph, None, PARA),
                (Heading, None, "Key facts"),
                (Paragraph, Some(Boilerplate::Repeat), PARA),
            ]
        );
    }

    #[test]
    fn hints_state_title_author_date_and_outlet_over_the_text() {
        let text = format!("A headline of some length\n\nBy Dan Desai Martin - December 10, 2019\n\n{PARA}");
        let hints = Hints {
            title: Some(" A  better\ntitle ".into()),
            author: Some("Ana Ruiz".into()),
            date: Some(Date { year: 2020, month: 1, day: 2 }),
            outlet: Some("Harbor Ledger".into()),
            ..Hints::default()
        };
        let d = ingest_with("a.txt", &text, &hints).unwrap();
        assert_eq!(
            (d.title.as_str(), d.byline.as_deref(), d.date, d.outlet.as_deref()),
            ("A better title", Some("Ana Ruiz"), Some(Date { year: 2020, month: 1, day: 2 }), Some("Harbor Ledger"))
        );
        assert_eq!(d.blocks[0].text, "A headline of some length", "the text itself is as read");
        let o = crate::outlet::outlet(&d).expect("stated");
        assert_eq!((o.name.as_str(), o.clue), ("Harbor Ledger", crate::outlet::OutletClue::Stated));

        let blank = Hints {
            title: Some(" ".into()),
            author: Some(String::new()),
            outlet: Some(" ".into()),
            ..Hints::default()
        };
        let d = ingest_with("a.txt", &text, &blank).unwrap();
        assert_eq!(
            (d.title.as_str(), d.byline, d.outlet),
            ("A headline of some length", None, None),
            "a blank author is stated as not known"
        );
        assert_eq!(d.date, Some(Date { year: 2019, month: 12, day: 10 }));
    }

    #[test]
    fn marks_that_do_not_fit_the_text_are_not_used() {
        let text = format!("A headline of some length\n\n{PARA}");
        for source in [Span::new(0, text.len() + 1), Span::new(1, 1), Span::new(0, 3), Span::new(5, 2_000)] {
            let overlapping = vec![
                BlockMark { source: Span::new(0, 10), kind: BlockKind::Title, boilerplate: None },
                BlockMark { source, kind: BlockKind::Paragraph, boilerplate: None },
            ];
            let d =
                ingest_with("a.txt", &text, &Hints { blocks: overlapping, structure_stated: true, ..Hints::default() })
                    .unwrap();
            assert_eq!(d, ingest("a.txt", &text).unwrap(), "{source:?}");
        }
        let multibyte = "Caf\u{e9} society news today\n\nText.";
        let off_boundary = vec![BlockMark { source: Span::new(0, 4), kind: BlockKind::Title, boilerplate: None }];
        assert_eq!(
            ingest_with("m.txt", multibyte, &Hints { blocks: off_boundary, ..Hints::default() }).unwrap(),
            ingest("m.txt", multibyte).unwrap()
        );
    }

    #[test]
    fn the_same_article_has_the_same_fingerprint_whatever_its_name_and_chrome() {
        let a =
            ingest("a.txt", &format!("Home\nWorld\n\nA headline of some length\n\n{PARA}\n\nRead More\nOther story"))
                .unwrap();
        let b = ingest("copy of a.html", &format!("A  headline of SOME length\n\n{PARA}")).unwrap();
        let c = ingest("c.txt", &format!("A headline of some length\n\n{PARA} More.")).unwrap();
        assert_eq!(a.fingerprint(), b.fingerprint());
        assert_ne!(a.fingerprint(), c.fingerprint());
    }

    #[test]
    fn article_extensions_are_left_out_of_slugs() {
        assert_eq!(ingest("lavrov.html", "A headline of some length").unwrap().slug, "lavrov");
        assert_eq!(file_stem("notes.Markdown"), "notes");
        assert_eq!(file_stem("archive.tar"), "archive.tar");
        assert_eq!(file_stem(".txt"), ".txt");
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug_of("my article (1)"), "my-article--1-");
    }
}

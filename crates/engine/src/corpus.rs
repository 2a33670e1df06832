//! [`Corpus`]: the documents and their index, built once and shipped as bytes.

use serde::{Deserialize, Serialize};

use crate::crossdoc::{
    dated_mentions, find_entities, quote_variants, shared_passages, DatedMention, Entity, QuoteVariantGroup,
    SharedOptions, SharedPassage,
};
use crate::exercises::{ExerciseError, ExerciseSheet};
use crate::index::Index;
use crate::ingest::{ingest_with, Article, Document, Hints, IngestError};
use crate::profile::{sourcing_profiles, SourcingProfile};
use crate::quotebook::QuoteBook;
use crate::source::SeedDir;
use crate::words::{shared_phrases, Phrase};

/// Everything the app needs, in one value that serialises with postcard.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub docs: Vec<Document>,
    pub index: Index,
    pub quotes: QuoteBook,
    /// People, organisations and places named, merged across documents.
    pub entities: Vec<Entity>,
    /// Passages copied or shared between documents (quotation variants are in `variants`).
    pub shared: Vec<SharedPassage>,
    /// The same quotation reported by several documents.
    pub variants: Vec<QuoteVariantGroup>,
    /// For each document, the dates its text mentions.
    pub events: Vec<Vec<DatedMention>>,
    /// For each document, how it is sourced (quotations, speakers, unnamed sources, documents,
    /// hedges, loaded words, dates), each number with its passages.
    pub profiles: Vec<SourcingProfile>,
    /// The teacher's exercise sheet (`exercises.toml`), its views resolved to slugs and indices.
    pub exercises: Option<ExerciseSheet>,
    /// The phrases of two to four words that two or more articles share, most frequent first
    /// ([`crate::words::shared_phrases`]; the only part of the word views found at build time).
    pub phrases: Vec<Phrase>,
}

/// Bumped whenever the serialised layout changes, so stale bytes fail loudly instead of decoding
/// into nonsense.
const FORMAT: &[u8; 8] = b"XCHECK11";

#[derive(Debug)]
pub enum CorpusError {
    /// The bytes are not a corpus of this version.
    WrongFormat,
    Decode(postcard::Error),
    /// The bytes decode, but not into a corpus that holds together (the reason).
    Inconsistent(String),
}

impl std::fmt::Display for CorpusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CorpusError::WrongFormat => write!(f, "the embedded corpus was built by another version of Crosscheck"),
            CorpusError::Decode(e) => write!(f, "the embedded corpus could not be read: {e}"),
            CorpusError::Inconsistent(why) => write!(f, "the embedded corpus does not hold together: {why}"),
        }
    }
}

impl std::error::Error for CorpusError {}

/// Why a seed folder could not be built: an article that cannot be read as one, or a mistake in
/// the exercise sheet. Displays as `NAME.txt: reason` or `exercises.toml, line N: reason`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BuildError {
    Article(IngestError),
    Exercises(ExerciseError),
}

impl BuildError {
    /// The file at fault, as named in the folder.
    pub fn file(&self) -> &str {
        match self {
            BuildError::Article(e) => &e.file,
            BuildError::Exercises(e) => &e.file,
        }
    }

    /// The message with the file given as a path in `dir`: `/…/seeds/exercises.toml, line 14: …`.
    pub fn in_folder(&self, dir: &std::path::Path) -> String {
        let path = dir.join(self.file()).display().to_string();
        match self {
            BuildError::Article(e) => format!("{path}: {}", e.reason),
            BuildError::Exercises(e) => format!("{path}, line {}: {}", e.line, e.reason),
        }
    }
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Article(e) => e.fmt(f),
            BuildError::Exercises(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for BuildError {}

impl Corpus {
    /// Ingests `(file name, text)` pairs, in the order given, indexes them and finds their
    /// quotations, names, shared passages, quotation variants, dates and sourcing profiles.
    pub fn from_texts<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Corpus, IngestError> {
        let plain = Hints::default();
        Corpus::build(files.into_iter().map(|(name, text)| (name, text, &plain)).collect())
    }

    /// [`Corpus::from_texts`] of articles with what is known of them beyond their text (the hints
    /// of a saved page, a Word document, a pasted article: [`Article`]).
    pub fn from_articles<'a>(articles: impl IntoIterator<Item = &'a Article>) -> Result<Corpus, IngestError> {
        Corpus::build(articles.into_iter().map(|a| (a.name.as_str(), a.text.as_str(), &a.hints)).collect())
    }

    fn build(files: Vec<(&str, &str, &Hints)>) -> Result<Corpus, IngestError> {
        let mut docs =
            files.iter().map(|(name, text, hints)| ingest_with(name, text, hints)).collect::<Result<Vec<_>, _>>()?;
        dedup_slugs(&mut docs);
        let mut index = Index::build(&docs);
        let texts: Vec<&str> = files.iter().map(|(_, t, _)| *t).collect();
        let quotes = QuoteBook::build(&docs, &texts);
        let entities = find_entities(&docs, &texts);
        // The names spelled in several ways go into the index, so a search (the first screen's
        // too, which decodes the documents and the index only) finds every spelling.
        index.keep_spellings(entities.iter().map(|e| e.variants.as_slice()));
        let shared = shared_passages(&docs, &texts, &SharedOptions::default());
        let variants = quote_variants(&quotes, &docs);
        let events: Vec<Vec<DatedMention>> = docs.iter().zip(&texts).map(|(d, t)| dated_mentions(d, t)).collect();
        let profiles = sourcing_profiles(&docs, &quotes, &events);
        let phrases = shared_phrases(&docs, &index);
        Ok(Corpus { docs, index, quotes, entities, shared, variants, events, profiles, exercises: None, phrases })
    }

    /// What the build does with a seed folder: the articles as by [`Corpus::from_texts`], and the
    /// exercise sheet, when the folder has one, resolved against them. The sheet's model answers
    /// (`answer = "…"`) are left out: a corpus is what the class gets.
    pub fn from_seed_dir(seeds: &SeedDir) -> Result<Corpus, BuildError> {
        let mut corpus = Corpus::from_articles(&seeds.files).map_err(BuildError::Article)?;
        if let Some(sheet) = &seeds.exercises {
            let mut sheet =
                ExerciseSheet::from_toml(&sheet.name, &sheet.text, &corpus).map_err(BuildError::Exercises)?;
            for q in &mut sheet.questions {
                q.model_answer = None;
            }
            corpus.exercises = Some(sheet);
        }
        Ok(corpus)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = FORMAT.to_vec();
        out.extend(postcard::to_allocvec(self).expect("a corpus always serialises"));
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Corpus, CorpusError> {
        let body = bytes.strip_prefix(FORMAT.as_slice()).ok_or(CorpusError::WrongFormat)?;
        postcard::from_bytes(body).map_err(CorpusError::Decode)
    }

    /// The corpus whose bytes `reader` gives, read a window at a time: the same as
    /// [`Corpus::from_bytes`] of all of them, without ever holding them all (`stream.rs`).
    pub fn from_reader<'a>(reader: impl std::io::Read + 'a) -> Result<Corpus, CorpusError> {
        decode_stream(reader)
    }

    /// The index of the document with this slug.
    pub fn doc_by_slug(&self, slug: &str) -> Option<usize> {
        self.docs.iter().position(|d| d.slug == slug)
    }
}

/// A `T` from corpus bytes read a window at a time: the format tag, then postcard (`stream.rs`).
fn decode_stream<'a, T: serde::de::DeserializeOwned>(mut reader: impl std::io::Read + 'a) -> Result<T, CorpusError> {
    let mut tag = [0u8; FORMAT.len()];
    if reader.read_exact(&mut tag).is_err() || &tag != FORMAT {
        return Err(CorpusError::WrongFormat);
    }
    let mut de = postcard::Deserializer::from_flavor(crate::stream::Windowed::new(reader));
    T::deserialize(&mut de).map_err(CorpusError::Decode)
}

/// Makes slugs unique by appending `-2`, `-3`, … to repeats.
fn dedup_slugs(docs: &mut [Document]) {
    let unique = unique_slugs(docs.iter().map(|d| d.slug.clone()));
    for (d, slug) in docs.iter_mut().zip(unique) {
        d.slug = slug;
    }
}

/// The slugs a corpus gives articles with these slugs, in order: repeats get `-2`, `-3`, ….
pub fn unique_slugs(slugs: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    slugs
        .into_iter()
        .map(|base| {
            let mut slug = base.clone();
            let mut n = 1;
            while !seen.insert(slug.clone()) {
                n += 1;
                slug = format!("{base}-{n}");
            }
            slug
        })
        .collect()
}

/// How many words of a document are its own text, and how many are boilerplate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordCounts {
    pub body: usize,
    pub boilerplate: usize,
}

impl Corpus {
    pub fn word_counts(&self, doc: usize) -> WordCounts {
        let first = self.index.doc_first_block[doc] as usize;
        let n = self.docs[doc].blocks.len();
        let mut counts = WordCounts::default();
        for b in &self.index.blocks[first..first + n] {
            if b.boilerplate {
                counts.boilerplate += b.len as usize;
            } else {
                counts.body += b.len as usize;
            }
        }
        counts
    }
}

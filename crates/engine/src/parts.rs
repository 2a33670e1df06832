//! The corpus as the page downloads it: two files, the *search part* first.
//!
//! A class can search as soon as the page has the articles' text: the index is derived from it
//! (the same [`IndexBuilder`] the build runs, so the same index), and everything the build found
//! besides (quotations, names, shared passages, variants, dates, profiles, the exercise sheet,
//! shared phrases) is in the *rest*, fetched after it. The index is not shipped: its postings
//! compress badly (about twice the brotli size of the text itself at 1,000 articles), while
//! deriving it costs a fraction of a second, spread over the page's idle moments.
//!
//! - The search part: [`SEARCH_FORMAT`], the number of documents, each document in turn, then the
//!   names spelled in several ways ([`crate::index::Spellings`], found at build time from the
//!   names across articles). [`SearchReader`] reads it a document at a time, indexing each as it
//!   comes, so the caller can give the page's thread back between documents.
//! - The rest: [`REST_FORMAT`], the number of documents it belongs to, then each of its parts in
//!   turn; [`RestReader`] reads one part a step.
//!
//! The whole corpus in one value ([`Corpus::to_bytes`]) stays what the page's worker hands back
//! when a reader adds articles, and what tests compare.

use std::io::Read;

use serde::Deserialize;

use crate::corpus::{Corpus, CorpusError};
use crate::index::IndexBuilder;
use crate::ingest::Document;
use crate::stream::Windowed;

/// The search part's format tag: bumped whenever its layout changes.
pub const SEARCH_FORMAT: &[u8; 8] = b"XCSRCH01";
/// The rest's format tag.
pub const REST_FORMAT: &[u8; 8] = b"XCREST01";

impl Corpus {
    /// The search part: the documents and the names spelled in several ways.
    pub fn search_part(&self) -> Vec<u8> {
        let mut out = SEARCH_FORMAT.to_vec();
        out = postcard::to_extend(&(self.docs.len() as u64), out).expect("a length serialises");
        for doc in &self.docs {
            out = postcard::to_extend(doc, out).expect("a document serialises");
        }
        postcard::to_extend(&self.index.spellings.groups, out).expect("spellings serialise")
    }

    /// The rest: everything the build found besides the documents and their index.
    pub fn rest_part(&self) -> Vec<u8> {
        let mut out = REST_FORMAT.to_vec();
        out = postcard::to_extend(&(self.docs.len() as u64), out).expect("a length serialises");
        out = postcard::to_extend(&self.quotes, out).expect("serialises");
        out = postcard::to_extend(&self.entities, out).expect("serialises");
        out = postcard::to_extend(&self.shared, out).expect("serialises");
        out = postcard::to_extend(&self.variants, out).expect("serialises");
        out = postcard::to_extend(&self.events, out).expect("serialises");
        out = postcard::to_extend(&self.profiles, out).expect("serialises");
        out = postcard::to_extend(&self.exercises, out).expect("serialises");
        postcard::to_extend(&self.phrases, out).expect("serialises")
    }

    /// The corpus from its two parts, read at once (the page reads them a step at a time:
    /// [`SearchReader`], [`RestReader`]).
    pub fn from_parts(search: impl Read, rest: impl Read) -> Result<Corpus, CorpusError> {
        let mut reader = SearchReader::new(search)?;
        while reader.step()? {}
        let mut corpus = reader.finish()?;
        let mut rest = RestReader::new(rest, &corpus)?;
        while rest.step(&mut corpus)? {}
        Ok(corpus)
    }
}

/// Reads a search part a document at a time, indexing each ([`SearchReader::step`]); then
/// [`SearchReader::finish`] gives the searchable corpus: documents and index, the rest empty.
pub struct SearchReader<'a, R: Read + 'a> {
    de: postcard::Deserializer<'a, Windowed<R>>,
    total: usize,
    docs: Vec<Document>,
    builder: IndexBuilder,
}

impl<'a, R: Read + 'a> SearchReader<'a, R> {
    pub fn new(mut reader: R) -> Result<Self, CorpusError> {
        check_tag(&mut reader, SEARCH_FORMAT)?;
        let mut de = postcard::Deserializer::from_flavor(Windowed::new(reader));
        let total = read_count(&mut de)?;
        Ok(SearchReader { de, total, docs: Vec::with_capacity(total), builder: IndexBuilder::new() })
    }

    /// How many documents the part holds.
    pub fn total(&self) -> usize {
        self.total
    }

    /// How many have been read and indexed.
    pub fn done(&self) -> usize {
        self.docs.len()
    }

    /// Reads and indexes the next document, or once every one has been, does a bounded piece of
    /// finishing the index; `false` once that is done too.
    pub fn step(&mut self) -> Result<bool, CorpusError> {
        if self.docs.len() == self.total {
            return Ok(self.builder.finish_step());
        }
        let doc = Document::deserialize(&mut self.de).map_err(CorpusError::Decode)?;
        self.builder.add(&doc);
        self.docs.push(doc);
        Ok(true)
    }

    /// The documents and their index (the rest of the corpus empty), once every document has been
    /// read.
    pub fn finish(mut self) -> Result<Corpus, CorpusError> {
        while self.step()? {}
        let groups = Vec::<Vec<(u32, String)>>::deserialize(&mut self.de).map_err(CorpusError::Decode)?;
        let mut index = self.builder.into_index();
        index.set_spellings(groups).map_err(CorpusError::Inconsistent)?;
        Ok(Corpus { docs: self.docs, index, ..Corpus::default() })
    }
}

/// Reads the rest of a corpus into a searchable one, a part a step ([`RestReader::step`]).
pub struct RestReader<'a, R: Read + 'a> {
    de: postcard::Deserializer<'a, Windowed<R>>,
    next: usize,
}

impl<'a, R: Read + 'a> RestReader<'a, R> {
    /// The reader of `reader`'s rest, checked to belong to a corpus of `corpus`'s documents.
    pub fn new(mut reader: R, corpus: &Corpus) -> Result<Self, CorpusError> {
        check_tag(&mut reader, REST_FORMAT)?;
        let mut de = postcard::Deserializer::from_flavor(Windowed::new(reader));
        if read_count(&mut de)? != corpus.docs.len() {
            return Err(CorpusError::Inconsistent("the two files of the corpus are of different builds".into()));
        }
        Ok(RestReader { de, next: 0 })
    }

    /// Reads the next part into `corpus`; `false` once every part has been read.
    pub fn step(&mut self, corpus: &mut Corpus) -> Result<bool, CorpusError> {
        fn read<'a, T: Deserialize<'a>, R: Read + 'a>(
            de: &mut postcard::Deserializer<'a, Windowed<R>>,
            into: &mut T,
        ) -> Result<(), CorpusError> {
            *into = T::deserialize(de).map_err(CorpusError::Decode)?;
            Ok(())
        }
        let de = &mut self.de;
        match self.next {
            0 => read(de, &mut corpus.quotes)?,
            1 => read(de, &mut corpus.entities)?,
            2 => read(de, &mut corpus.shared)?,
            3 => read(de, &mut corpus.variants)?,
            4 => read(de, &mut corpus.events)?,
            5 => read(de, &mut corpus.profiles)?,
            6 => read(de, &mut corpus.exercises)?,
            7 => read(de, &mut corpus.phrases)?,
            _ => return Ok(false),
        }
        self.next += 1;
        Ok(true)
    }
}

fn check_tag(reader: &mut impl Read, format: &[u8; 8]) -> Result<(), CorpusError> {
    let mut tag = [0u8; 8];
    if reader.read_exact(&mut tag).is_err() || &tag != format {
        return Err(CorpusError::WrongFormat);
    }
    Ok(())
}

fn read_count<'a, R: Read + 'a>(de: &mut postcard::Deserializer<'a, Windowed<R>>) -> Result<usize, CorpusError> {
    let n = u64::deserialize(de).map_err(CorpusError::Decode)?;
    usize::try_from(n).ok().filter(|&n| n <= 1 << 24).ok_or(CorpusError::Inconsistent("too many documents".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_parts_make_the_whole_corpus_again() {
        let seeds = crate::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds"))
            .expect("the seeds read");
        let corpus = Corpus::from_seed_dir(&seeds).expect("the seeds build");
        let (search, rest) = (corpus.search_part(), corpus.rest_part());
        assert_eq!(Corpus::from_parts(&search[..], &rest[..]).expect("decodes"), corpus);
        // The search part alone: the documents and the same index, names spelled apart included.
        let mut reader = SearchReader::new(&search[..]).expect("a search part");
        assert_eq!((reader.total(), reader.done()), (corpus.docs.len(), 0));
        assert!(reader.step().expect("a document"));
        assert_eq!(reader.done(), 1);
        let searchable = reader.finish().expect("decodes");
        assert_eq!((&searchable.docs, &searchable.index), (&corpus.docs, &corpus.index));
        assert!(!corpus.index.spellings.groups.is_empty(), "the seeds spell a name two ways");
        assert!(searchable.quotes.quotes.is_empty());
    }

    #[test]
    fn bad_parts_are_refused_with_a_reason() {
        let corpus = Corpus::from_texts([("a.txt", "A title\n\nSome text, said Ann Lee."), ("b.txt", "B\n\nMore.")])
            .expect("builds");
        let (search, rest) = (corpus.search_part(), corpus.rest_part());
        assert!(matches!(Corpus::from_parts(&rest[..], &search[..]), Err(CorpusError::WrongFormat)));
        assert!(matches!(Corpus::from_parts(&search[..search.len() - 3], &rest[..]), Err(CorpusError::Decode(_))));
        let other = Corpus::from_texts([("a.txt", "A title\n\nSome text.")]).expect("builds");
        let err = Corpus::from_parts(&search[..], &other.rest_part()[..]).unwrap_err();
        assert!(err.to_string().contains("different builds"), "{err}");
    }
}

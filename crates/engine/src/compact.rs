//! The index as written in the corpus file ([`IndexFile`]) and the checks that turn it back into
//! an [`Index`]; a document's blocks as the file writes them ([`block_sources`]).
//!
//! The postings and the word spans are written as they are kept in memory (varint steps, packed
//! spans), the blocks as a flag and a word count (their positions follow from the counts); what
//! is derived (each list's head and skip entries, the block table) is rebuilt as the file is
//! checked. Every long vector is read into an allocation of its exact size: a WebAssembly memory
//! never shrinks, so a vector that grows by doubling while it is read would leave its peak in the
//! page for good.
//!
//! Bytes that do not make a consistent index (a position past the end, a list out of order, a
//! block whose spans run out) fail to decode with a message instead of making a search panic.

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::index::{read_varint, unpack_span, BlockWords, Index, ListHead, SKIP};

#[derive(Serialize, Deserialize)]
pub(crate) struct IndexFile {
    pub(crate) words: Vec<String>,
    /// The words that are abbreviations, ascending ([`Index::acronyms`]).
    pub(crate) acronyms: Vec<u32>,
    pub(crate) word_stem: Vec<u32>,
    pub(crate) stems: Vec<String>,
    pub(crate) stem_words: Vec<Vec<u32>>,
    /// How many times each word occurs.
    #[serde(with = "exact")]
    pub(crate) counts: Vec<u32>,
    /// Each word's positions in turn, as in memory ([`Index::post_bytes`]).
    #[serde(with = "exact")]
    pub(crate) post_bytes: Vec<u8>,
    /// Each block: boilerplate or not, and how many words.
    #[serde(with = "exact")]
    pub(crate) blocks: Vec<(bool, u32)>,
    pub(crate) doc_first_block: Vec<u32>,
    #[serde(with = "exact")]
    pub(crate) spans: Vec<u8>,
    /// The names spelled in more than one way: groups of stems, each with the word as written
    /// ([`crate::index::Spellings`]).
    pub(crate) spellings: Vec<Vec<(u32, String)>>,
}

impl From<Index> for IndexFile {
    fn from(ix: Index) -> IndexFile {
        let counts: Vec<u32> = ix.lists.iter().map(|l| l.count).collect();
        IndexFile {
            blocks: ix.blocks.iter().map(|b| (b.boilerplate, b.len)).collect(),
            words: ix.words,
            acronyms: ix.acronyms,
            word_stem: ix.word_stem,
            stems: ix.stems,
            stem_words: ix.stem_words,
            counts,
            post_bytes: ix.post_bytes,
            doc_first_block: ix.doc_first_block,
            spans: ix.spans,
            spellings: ix.spellings.groups,
        }
    }
}

impl TryFrom<IndexFile> for Index {
    type Error = String;

    fn try_from(f: IndexFile) -> Result<Index, String> {
        let n_words = f.words.len();
        if f.word_stem.len() != n_words || f.counts.len() != n_words || f.stem_words.len() != f.stems.len() {
            return Err("index tables of different lengths".into());
        }
        if f.word_stem.iter().any(|&s| s as usize >= f.stems.len())
            || f.stem_words.iter().flatten().any(|&w| w as usize >= n_words)
        {
            return Err("a word or stem number out of range".into());
        }
        if f.acronyms.windows(2).any(|w| w[0] >= w[1]) || f.acronyms.last().is_some_and(|&w| w as usize >= n_words) {
            return Err("abbreviations out of order".into());
        }
        // Words ascending, a form at most twice: the ordinary word, then the abbreviation.
        let acronym = |w: usize| f.acronyms.binary_search(&(w as u32)).is_ok();
        if (1..n_words)
            .any(|i| f.words[i - 1] > f.words[i] || (f.words[i - 1] == f.words[i] && (acronym(i - 1) || !acronym(i))))
        {
            return Err("words out of order".into());
        }
        if f.spellings.iter().flatten().any(|&(s, _)| s as usize >= f.stems.len()) {
            return Err("a spelling's stem out of range".into());
        }
        if f.doc_first_block.windows(2).any(|w| w[0] > w[1])
            || f.doc_first_block.last().is_some_and(|&b| b as usize > f.blocks.len())
        {
            return Err("document blocks out of order".into());
        }

        // Blocks: positions from the word counts, spans located by reading them.
        let mut blocks = Vec::with_capacity(f.blocks.len());
        let (mut next, mut at, mut doc) = (0u32, 0usize, 0usize);
        for (i, &(boilerplate, len)) in f.blocks.iter().enumerate() {
            while doc + 1 < f.doc_first_block.len() && f.doc_first_block[doc + 1] as usize <= i {
                doc += 1;
            }
            let spans_at = at as u32;
            for _ in 0..len {
                let (_, _, used) = unpack_span(f.spans.get(at..).unwrap_or(&[])).ok_or("word spans cut off")?;
                at += used;
            }
            blocks.push(BlockWords { doc: doc as u32, boilerplate, start: next, len, spans_at });
            next = next.checked_add(len).and_then(|n| n.checked_add(1)).ok_or("too many words")?;
        }
        if at != f.spans.len() {
            return Err("word spans left over".into());
        }

        // Postings: each list read through once, to check it and to place its skip entries.
        let n_skips =
            f.counts.iter().try_fold(0u32, |n, &c| n.checked_add(c.div_ceil(SKIP))).ok_or("too many postings")?;
        let mut lists = Vec::with_capacity(n_words);
        let mut skips = Vec::with_capacity(n_skips as usize);
        let mut at = 0usize;
        for &count in &f.counts {
            lists.push(ListHead { count, at: at as u32, skips: skips.len() as u32 });
            let mut prev: Option<u32> = None;
            for i in 0..count {
                let step = read_varint(&f.post_bytes, &mut at).ok_or("postings cut off")?;
                let pos = match prev {
                    None => step,
                    Some(q) if step > 0 => q.checked_add(step).ok_or("a position out of range")?,
                    Some(_) => return Err("postings out of order".into()),
                };
                if pos >= next {
                    return Err("a position out of range".into());
                }
                if i % SKIP == 0 {
                    skips.push((pos, at as u32));
                }
                prev = Some(pos);
            }
        }
        if at != f.post_bytes.len() {
            return Err("postings left over".into());
        }

        let mut index = Index {
            words: f.words,
            acronyms: f.acronyms,
            word_stem: f.word_stem,
            stems: f.stems,
            stem_words: f.stem_words,
            lists,
            post_bytes: f.post_bytes,
            skips,
            blocks,
            doc_first_block: f.doc_first_block,
            spans: f.spans,
            chunk_block: Vec::new(),
            runs: Default::default(),
            spellings: Default::default(),
        }
        .with_derived_tables();
        index.spellings = crate::index::Spellings::new(f.spellings, &index);
        Ok(index)
    }
}

/// A document's blocks with where each lies in the file as read ([`Block::source`]) written
/// relative to the block before: the gap from its end and how much longer the source is than the
/// block's text, nearly always the same few small numbers, where the offsets themselves were four
/// bytes a block that compression could do little with (a tenth of the documents' compressed
/// size). Offsets that do not fit, or go backwards into the previous block, fail to decode.
pub(crate) mod block_sources {
    use super::*;
    use crate::ingest::{Block, BlockKind, Boilerplate};
    use crate::span::Span;

    #[derive(Serialize, Deserialize)]
    struct Written<T> {
        kind: BlockKind,
        boilerplate: Option<Boilerplate>,
        /// `source.start` less the previous block's `source.end` (0 for the first block).
        gap: i64,
        /// `source.len()` less the text's length.
        longer: i64,
        text: T,
    }

    pub fn serialize<S: Serializer>(blocks: &[Block], s: S) -> Result<S::Ok, S::Error> {
        let mut prev_end = 0i64;
        s.collect_seq(blocks.iter().map(|b| {
            let written = Written {
                kind: b.kind,
                boilerplate: b.boilerplate,
                gap: i64::from(b.source.start) - prev_end,
                longer: b.source.len() as i64 - b.text.len() as i64,
                text: b.text.as_str(),
            };
            prev_end = i64::from(b.source.end);
            written
        }))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Block>, D::Error> {
        let written: Vec<Written<String>> = Vec::deserialize(d)?;
        let mut prev_end = 0i64;
        written
            .into_iter()
            .map(|w| {
                let start = prev_end.checked_add(w.gap).filter(|&s| s >= 0);
                let end = start.and_then(|s| s.checked_add(w.text.len() as i64)?.checked_add(w.longer));
                let (Some(start), Some(end)) = (start, end) else {
                    return Err(serde::de::Error::custom("a block's place in its file out of range"));
                };
                let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
                    return Err(serde::de::Error::custom("a block's place in its file out of range"));
                };
                if end < start {
                    return Err(serde::de::Error::custom("a block's place in its file out of range"));
                }
                prev_end = i64::from(end);
                Ok(Block {
                    kind: w.kind,
                    boilerplate: w.boilerplate,
                    source: Span::new(start as usize, end as usize),
                    text: w.text,
                })
            })
            .collect()
    }
}

/// A vector read into an allocation of exactly its length (as the length prefix gives it, up to
/// a sanity limit), instead of serde's default of growing it as it is read.
mod exact {
    use super::*;

    /// Longer lists than this are not trusted to be as long as they say before they are read.
    const LIMIT: usize = 1 << 24;

    pub fn serialize<S: Serializer, T: Serialize>(v: &[T], s: S) -> Result<S::Ok, S::Error> {
        v.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(LIMIT));
                while let Some(x) = seq.next_element()? {
                    out.push(x);
                }
                Ok(out)
            }
        }
        d.deserialize_seq(V(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        let docs = [crate::ingest::ingest(
            "a.txt",
            "Alpha beta\n\nGamma delta alpha beta, ALPHA and Zelenskyy or Zelenskiy.\n",
        )
        .unwrap()];
        let mut index = Index::build(&docs);
        index.keep_spellings([&["Zelenskyy".to_owned(), "Zelenskiy".to_owned()][..]]);
        assert!(!index.acronyms.is_empty() && !index.spellings.groups.is_empty());
        index
    }

    #[test]
    fn the_index_round_trips() {
        let ix = index();
        let bytes = postcard::to_allocvec(&ix).unwrap();
        assert_eq!(postcard::from_bytes::<Index>(&bytes).unwrap(), ix);
    }

    #[test]
    fn inconsistent_files_are_refused() {
        let ix = index();
        type Breakage = (&'static str, fn(&mut IndexFile));
        let breakages: [Breakage; 12] = [
            ("abbreviations out of order", |f| f.acronyms.push(0)),
            ("abbreviation out of range", |f| *f.acronyms.last_mut().unwrap() = 10_000),
            ("words out of order", |f| {
                let last = f.words.len() - 1;
                f.words.swap(0, last)
            }),
            ("spelling's stem", |f| f.spellings[0][0].0 = 10_000),
            ("position past the end", |f| *f.post_bytes.last_mut().unwrap() = 100),
            ("out of order", |f| {
                // The first list of two postings or more: its second step made 0 (each step is one
                // byte in this small index).
                let i = f.counts.iter().position(|&c| c > 1).unwrap();
                let at: u32 = f.counts[..i].iter().sum();
                f.post_bytes[at as usize + 1] = 0;
            }),
            ("postings cut off", |f| {
                f.post_bytes.pop();
            }),
            ("postings left over", |f| f.post_bytes.push(0)),
            ("spans cut off", |f| {
                f.spans.pop();
            }),
            ("spans left over", |f| f.spans.push(1)),
            ("counts", |f| f.counts[0] += 1),
            ("stem number", |f| f.word_stem[0] = 10_000),
        ];
        for (what, breakage) in breakages {
            let mut f = IndexFile::from(ix.clone());
            breakage(&mut f);
            let bytes = postcard::to_allocvec(&f).unwrap();
            assert!(postcard::from_bytes::<Index>(&bytes).is_err(), "{what}");
        }
    }
}

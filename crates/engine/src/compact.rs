//! The index as written in the corpus file ([`IndexFile`]) and the checks that turn it back into
//! an [`Index`].
//!
//! The postings are sorted runs of positions, so each word's list is written as steps (the first
//! position, then the differences), which postcard's variable-length integers store in one or two
//! bytes; the blocks as a flag and a word count (their positions follow from the counts); the
//! word spans packed as they are in memory. Decoding turns the steps back into positions in
//! place, in a vector allocated once at its exact size: a WebAssembly memory never shrinks, so a
//! vector that grows by doubling while it is read would leave its peak in the page for good.
//!
//! Bytes that do not make a consistent index (a position past the end, a list out of order, a
//! block whose spans run out) fail to decode with a message instead of making a search panic.

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::index::{unpack_span, BlockWords, Index};

#[derive(Serialize, Deserialize)]
pub struct IndexFile {
    words: Vec<String>,
    word_stem: Vec<u32>,
    stems: Vec<String>,
    stem_words: Vec<Vec<u32>>,
    /// How many times each word occurs.
    #[serde(with = "exact")]
    counts: Vec<u32>,
    /// Each word's positions in turn, as steps.
    #[serde(with = "exact")]
    steps: Vec<u32>,
    /// Each block: boilerplate or not, and how many words.
    #[serde(with = "exact")]
    blocks: Vec<(bool, u32)>,
    doc_first_block: Vec<u32>,
    #[serde(with = "exact")]
    spans: Vec<u8>,
}

impl From<Index> for IndexFile {
    fn from(ix: Index) -> IndexFile {
        let counts: Vec<u32> = ix.posting_start.windows(2).map(|w| w[1] - w[0]).collect();
        let mut steps = Vec::with_capacity(ix.positions.len());
        for w in 0..counts.len() {
            let mut prev = 0u32;
            for &p in ix.postings(w as u32) {
                steps.push(p.wrapping_sub(prev));
                prev = p;
            }
        }
        IndexFile {
            blocks: ix.blocks.iter().map(|b| (b.boilerplate, b.len)).collect(),
            words: ix.words,
            word_stem: ix.word_stem,
            stems: ix.stems,
            stem_words: ix.stem_words,
            counts,
            steps,
            doc_first_block: ix.doc_first_block,
            spans: ix.spans,
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
        if f.word_stem.iter().any(|&s| s as usize >= f.stems.len()) || f.stem_words.iter().flatten().any(|&w| w as usize >= n_words) {
            return Err("a word or stem number out of range".into());
        }
        if f.doc_first_block.windows(2).any(|w| w[0] > w[1]) || f.doc_first_block.last().is_some_and(|&b| b as usize > f.blocks.len()) {
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

        // Postings: counts to starts, steps to positions, in place.
        let mut posting_start = f.counts;
        posting_start.push(0);
        let mut total = 0u32;
        for c in posting_start.iter_mut() {
            let n = *c;
            *c = total;
            total = total.checked_add(n).ok_or("too many postings")?;
        }
        let mut positions = f.steps;
        if positions.len() != total as usize {
            return Err("postings of the wrong length".into());
        }
        for w in posting_start.windows(2) {
            let mut prev: Option<u32> = None;
            for p in &mut positions[w[0] as usize..w[1] as usize] {
                let pos = match prev {
                    None => *p,
                    Some(q) if *p > 0 => q.checked_add(*p).ok_or("a position out of range")?,
                    Some(_) => return Err("postings out of order".into()),
                };
                if pos >= next {
                    return Err("a position out of range".into());
                }
                *p = pos;
                prev = Some(pos);
            }
        }

        let mut index = Index {
            words: f.words,
            word_stem: f.word_stem,
            stems: f.stems,
            stem_words: f.stem_words,
            posting_start,
            positions,
            blocks,
            doc_first_block: f.doc_first_block,
            spans: f.spans,
            chunk_block: Vec::new(),
        };
        index.chunk_block = index.chunk_table();
        Ok(index)
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
        let docs = [crate::ingest::ingest("a.txt", "Alpha beta\n\nGamma delta alpha beta.\n").unwrap()];
        Index::build(&docs)
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
        let mut breakages: Vec<(&str, Box<dyn Fn(&mut IndexFile)>)> = vec![
            ("position past the end", Box::new(|f| *f.steps.last_mut().unwrap() += 1000)),
            ("out of order", Box::new(|f| {
                let i = f.counts.iter().position(|&c| c > 1).unwrap();
                let at: u32 = f.counts[..i].iter().sum();
                f.steps[at as usize + 1] = 0;
            })),
            ("spans cut off", Box::new(|f| {
                f.spans.pop();
            })),
            ("spans left over", Box::new(|f| f.spans.push(1))),
            ("counts", Box::new(|f| f.counts[0] += 1)),
            ("stem number", Box::new(|f| f.word_stem[0] = 10_000)),
        ];
        for (what, breakage) in breakages.drain(..) {
            let mut f = IndexFile::from(ix.clone());
            breakage(&mut f);
            let bytes = postcard::to_allocvec(&f).unwrap();
            assert!(postcard::from_bytes::<Index>(&bytes).is_err(), "{what}");
        }
    }
}

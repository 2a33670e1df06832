//! The inverted index over every block of every document.
//!
//! Words are kept twice over: as folded surface forms (`words`, sorted, for prefix search by
//! binary search) and as stems (`stems`, for word-form-insensitive search). Postings are kept
//! per surface word, so a stem query is the union of its words' postings and a prefix query the
//! union over a contiguous range of `words`. Every block's token list is kept too, which is what
//! phrase matching and highlighting walk. All of it is built once, at build time, and serialised.

use serde::{Deserialize, Serialize};

use crate::ingest::Document;
use crate::normalize::{fold_word, stem, words};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// Folded surface forms, sorted and unique.
    pub words: Vec<String>,
    /// The stem of each word, as an index into `stems`.
    pub word_stem: Vec<u32>,
    /// Stems, sorted and unique.
    pub stems: Vec<String>,
    /// For each stem, the words that have it.
    pub stem_words: Vec<Vec<u32>>,
    /// For each word, where it occurs, sorted.
    #[serde(with = "crate::compact::postings")]
    pub postings: Vec<Vec<Posting>>,
    /// Every block of every document, in document order.
    pub blocks: Vec<BlockTokens>,
    /// For each document, the index of its first block in `blocks`.
    pub doc_first_block: Vec<u32>,
}

/// An occurrence of a word: block (index into [`Index::blocks`]) and token position in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Posting {
    pub block: u32,
    pub pos: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockTokens {
    pub doc: u32,
    /// Whether the block is boilerplate (copied from the document for fast filtering).
    pub boilerplate: bool,
    #[serde(with = "crate::compact::tokens")]
    pub tokens: Vec<Tok>,
}

/// One word of a block: its byte range in the block text and its word id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tok {
    pub start: u32,
    pub end: u32,
    pub word: u32,
}

impl Index {
    /// Builds the index of `docs`.
    pub fn build(docs: &[Document]) -> Index {
        use std::collections::BTreeMap;
        // Pass 1: the dictionary.
        let mut dict: BTreeMap<String, ()> = BTreeMap::new();
        for d in docs {
            for b in &d.blocks {
                for (_, w) in words(&b.text) {
                    dict.insert(fold_word(w), ());
                }
            }
        }
        let words_sorted: Vec<String> = dict.into_keys().collect();
        let word_stems: Vec<String> = words_sorted.iter().map(|w| stem(w)).collect();
        let mut stems: Vec<String> = word_stems.clone();
        stems.sort_unstable();
        stems.dedup();
        let word_stem: Vec<u32> =
            word_stems.iter().map(|s| stems.binary_search(s).expect("stem present") as u32).collect();
        let mut stem_words = vec![Vec::new(); stems.len()];
        for (w, &s) in word_stem.iter().enumerate() {
            stem_words[s as usize].push(w as u32);
        }

        // Pass 2: tokens and postings.
        let mut postings = vec![Vec::new(); words_sorted.len()];
        let mut blocks = Vec::new();
        let mut doc_first_block = Vec::with_capacity(docs.len());
        for (di, d) in docs.iter().enumerate() {
            doc_first_block.push(blocks.len() as u32);
            for b in &d.blocks {
                let block_id = blocks.len() as u32;
                let tokens: Vec<Tok> = words(&b.text)
                    .enumerate()
                    .map(|(pos, (span, w))| {
                        let word = words_sorted.binary_search(&fold_word(w)).expect("word present") as u32;
                        postings[word as usize].push(Posting { block: block_id, pos: pos as u32 });
                        Tok { start: span.start, end: span.end, word }
                    })
                    .collect();
                blocks.push(BlockTokens { doc: di as u32, boilerplate: b.boilerplate.is_some(), tokens });
            }
        }
        Index { words: words_sorted, word_stem, stems, stem_words, postings, blocks, doc_first_block }
    }

    /// The words whose stem is `stem`.
    pub fn words_with_stem(&self, stem: &str) -> &[u32] {
        match self.stems.binary_search_by(|s| s.as_str().cmp(stem)) {
            Ok(i) => &self.stem_words[i],
            Err(_) => &[],
        }
    }

    /// The ids of the words that start with `prefix` (a contiguous range, as `words` is sorted).
    pub fn words_with_prefix(&self, prefix: &str) -> std::ops::Range<u32> {
        let lo = self.words.partition_point(|w| w.as_str() < prefix);
        let hi = lo + self.words[lo..].partition_point(|w| w.starts_with(prefix));
        lo as u32..hi as u32
    }

    /// The index of block `block` of document `doc` in [`Index::blocks`].
    pub fn global_block(&self, doc: usize, block: usize) -> usize {
        self.doc_first_block[doc] as usize + block
    }
}

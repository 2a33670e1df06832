//! Building an [`Index`]: a document at a time ([`IndexBuilder::add`]), then [`IndexBuilder::finish`].
//!
//! The build reads each word of the corpus once. A word as written (`Trump`, `TRUMP`, `U.S.`) is
//! looked up in a table of the forms seen so far; what is computed of a form (its search key,
//! whether it is written as an abbreviation, its key's stem) is computed the first time it is
//! seen, so the work per word is one segmentation step and one hash lookup, and the work per form
//! is spread over the documents that bring new ones. Whether capitals in a shouted block are an
//! abbreviation depends on the whole corpus (the same letters written as one in a block that is
//! not shouted), so each form's postings are kept apart by whether its block was shouted and the
//! words are settled in [`IndexBuilder::finish`].
//!
//! Adding one document at a time is what lets the page derive the index from the articles' text
//! without holding its thread for long (`crates/first-screen`, `src/corpus.rs`): the build and the
//! page run this same code, so the index a search reads is the same either way.

use crate::ingest::Document;
use crate::lexicon::FnvMap;
use crate::normalize::{dotted, in_capitals, search_key, stem, words};

use super::{pack_span, push_varint, Index};

/// A word as written, seen somewhere in the corpus.
struct Form {
    /// Its search key, as a number into [`IndexBuilder::keys`].
    key: u32,
    dotted: bool,
    capitals: bool,
    /// Two letters or more.
    long: bool,
}

/// The index of documents added one at a time.
#[derive(Default)]
pub struct IndexBuilder {
    /// Every form seen, with its number.
    forms: FnvMap<Box<str>, u32>,
    form: Vec<Form>,
    /// Every search key seen, with its number; each key's stem and whether some block that is not
    /// shouted writes it as an abbreviation.
    keys: FnvMap<Box<str>, u32>,
    key: Vec<(Box<str>, Box<str>, bool)>,
    /// The positions of each form, apart in blocks not shouted (`2 × form`) and shouted (`2 × form + 1`).
    lists: Vec<Vec<u32>>,
    blocks: Vec<(bool, u32)>,
    spans: Vec<u8>,
    doc_first_block: Vec<u32>,
    /// The next free position.
    next: u32,
}

impl IndexBuilder {
    pub fn new() -> IndexBuilder {
        IndexBuilder::default()
    }

    /// Documents added so far.
    pub fn documents(&self) -> usize {
        self.doc_first_block.len()
    }

    /// Adds the next document's blocks.
    pub fn add(&mut self, doc: &Document) {
        self.doc_first_block.push(self.blocks.len() as u32);
        let mut block_words: Vec<(u32, crate::span::Span)> = Vec::new();
        for block in &doc.blocks {
            block_words.clear();
            block_words.extend(words(&block.text).map(|(span, w)| (self.form_of(w), span)));
            // A block is shouted when it has at least two words of two letters or more, most of
            // them in capitals (`BREAKING NEWS`): its capitals do not mark abbreviations.
            let long = block_words.iter().filter(|(f, _)| self.form[*f as usize].long).count();
            let capitals = block_words
                .iter()
                .filter(|(f, _)| self.form[*f as usize].long && self.form[*f as usize].capitals)
                .count();
            let shouted = long >= 2 && capitals * 2 > long;
            let (start, mut prev_end) = (self.next, 0u32);
            for &(f, span) in &block_words {
                let form = &self.form[f as usize];
                if !shouted && (form.dotted || form.capitals) {
                    self.key[form.key as usize].2 = true;
                }
                self.lists[2 * f as usize + usize::from(shouted)].push(self.next);
                pack_span(&mut self.spans, span.start - prev_end, span.len() as u32);
                prev_end = span.end;
                self.next += 1;
            }
            self.blocks.push((block.boilerplate.is_some(), self.next - start));
            self.next += 1;
        }
    }

    /// The number of the form `w`, seen before or now.
    fn form_of(&mut self, w: &str) -> u32 {
        if let Some(&f) = self.forms.get(w) {
            return f;
        }
        let key = search_key(w);
        let k = match self.keys.get(key.as_str()) {
            Some(&k) => k,
            None => {
                let k = self.key.len() as u32;
                let stem = stem(&key).into_boxed_str();
                self.keys.insert(key.clone().into_boxed_str(), k);
                self.key.push((key.into_boxed_str(), stem, false));
                k
            }
        };
        let f = self.form.len() as u32;
        let long = w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        self.form.push(Form { key: k, dotted: dotted(w), capitals: in_capitals(w), long });
        self.forms.insert(w.into(), f);
        self.lists.extend([Vec::new(), Vec::new()]);
        f
    }

    /// The index of every document added. A form is an abbreviation when written with dots, or
    /// in capitals outside a shouted block, or inside one when its key is an abbreviation in a
    /// block that is not.
    pub fn finish(self) -> Index {
        let IndexBuilder { form, key, lists, blocks, spans, doc_first_block, .. } = self;
        // Each list that has positions, with the word it belongs to: (key, abbreviation).
        let mut entries: Vec<(&str, bool, usize)> = Vec::new();
        for (i, _) in lists.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
            let f = &form[i / 2];
            let (k, _, key_is_acronym) = &key[f.key as usize];
            let acronym = f.dotted || (f.capitals && (i % 2 == 0 || *key_is_acronym));
            entries.push((k, acronym, i));
        }
        entries.sort_unstable();
        let mut words: Vec<String> = Vec::new();
        let mut word_stems: Vec<&str> = Vec::new();
        let mut acronyms = Vec::new();
        let mut counts = Vec::new();
        let mut post_bytes = Vec::new();
        let mut merged = Vec::new();
        for group in entries.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let (k, acronym, first) = group[0];
            if acronym {
                acronyms.push(words.len() as u32);
            }
            words.push(k.to_owned());
            word_stems.push(&key[form[first / 2].key as usize].1);
            merged.clear();
            for &(_, _, i) in group {
                merged.extend_from_slice(&lists[i]);
            }
            if group.len() > 1 {
                merged.sort_unstable();
            }
            counts.push(merged.len() as u32);
            let mut prev = 0u32;
            for &p in &merged {
                push_varint(&mut post_bytes, p - prev);
                prev = p;
            }
        }
        let mut stems: Vec<String> = word_stems.iter().map(|s| s.to_string()).collect();
        stems.sort_unstable();
        stems.dedup();
        let word_stem: Vec<u32> = word_stems
            .iter()
            .map(|s| stems.binary_search_by(|t| t.as_str().cmp(s)).expect("stem present") as u32)
            .collect();
        let mut stem_words = vec![Vec::new(); stems.len()];
        for (w, &s) in word_stem.iter().enumerate() {
            stem_words[s as usize].push(w as u32);
        }
        // What is derived from these (list heads, skip entries, block positions, the block table)
        // is derived in one place, `compact.rs`, for a built index as for a decoded one.
        let file = crate::compact::IndexFile {
            words,
            acronyms,
            word_stem,
            stems,
            stem_words,
            counts,
            post_bytes,
            blocks,
            doc_first_block,
            spans,
            spellings: Vec::new(),
        };
        Index::try_from(file).expect("a built index is consistent")
    }
}

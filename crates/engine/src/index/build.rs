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

use super::{pack_span, push_varint, BlockWords, Index, ListHead, SKIP};

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
    blocks: Vec<BlockWords>,
    spans: Vec<u8>,
    doc_first_block: Vec<u32>,
    /// The next free position.
    next: u32,
    /// What [`IndexBuilder::finish_step`] has made so far.
    finishing: Option<Finishing>,
}

/// The index being finished, in stages: the lists with positions gathered (up to list `listed`)
/// and sorted into `order` (grouped by word); the tables written, up to group `at`; the words
/// ordered by stem (`by_stem`) and the stems' tables made from it, up to `stemmed`.
#[derive(Default)]
struct Finishing {
    listed: usize,
    /// (first eight bytes of the key, key, abbreviation, list) for the lists gathered so far.
    unsorted: Vec<(u64, u32, bool, u32)>,
    /// (key, abbreviation, list) for every list with positions, sorted.
    order: Vec<(u32, bool, u32)>,
    at: usize,
    words: Vec<String>,
    /// Each word's key, for its stem.
    word_keys: Vec<u32>,
    acronyms: Vec<u32>,
    heads: Vec<ListHead>,
    post_bytes: Vec<u8>,
    skips: Vec<(u32, u32)>,
    merged: Vec<u32>,
    by_stem: Option<Vec<u32>>,
    stemmed: usize,
    stems: Vec<String>,
    word_stem: Vec<u32>,
    stem_words: Vec<Vec<u32>>,
}

/// How many words one step of [`IndexBuilder::finish_step`] writes (and four times as many it
/// gives their stems).
const WORDS_A_STEP: usize = 2_000;
/// How many forms' lists one step gathers for sorting.
const LISTS_A_STEP: usize = 20_000;

/// A string's first eight bytes as a number that sorts as the string does (shorter strings padded
/// with zeros, which no key contains): most comparisons of a sort settle on it.
fn prefix(s: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = s.len().min(8);
    bytes[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
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
        let doc_number = self.doc_first_block.len() as u32;
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
            let (start, spans_at, mut prev_end) = (self.next, self.spans.len() as u32, 0u32);
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
            self.blocks.push(BlockWords {
                doc: doc_number,
                boilerplate: block.boilerplate.is_some(),
                start,
                len: self.next - start,
                spans_at,
            });
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

    /// The index of every document added ([`IndexBuilder::finish_step`] until it is done).
    pub fn finish(mut self) -> Index {
        while self.finish_step() {}
        self.into_index()
    }

    /// Does a bounded piece of the work of finishing the index (sorting the words, writing a few
    /// thousand words' postings, the stems); `false` once it is all done and
    /// [`IndexBuilder::into_index`] is quick. A form is an abbreviation when written with dots, or
    /// in capitals outside a shouted block, or inside one when its key is an abbreviation in a
    /// block that is not.
    pub fn finish_step(&mut self) -> bool {
        let f = self.finishing.get_or_insert_with(|| {
            // The forms' table is not needed any more: let it go now rather than with the rest.
            self.forms = FnvMap::default();
            Finishing::default()
        });
        let (form, key) = (&self.form, &self.key);
        // Every step is bounded (a few milliseconds natively at 1,000 articles): the page's tasks
        // are these steps. Sorting by the strings themselves, and each list in one step, were steps
        // of 40 ms natively (39,000 words), long tasks in the page.
        if f.listed < self.lists.len() {
            // Each list with positions, under its key's first eight bytes (most comparisons of the
            // sort settle on them, the strings compared only where they are the same).
            let end = (f.listed + LISTS_A_STEP).min(self.lists.len());
            for i in f.listed..end {
                if self.lists[i].is_empty() {
                    continue;
                }
                let of = &form[i / 2];
                let acronym = of.dotted || (of.capitals && (i % 2 == 0 || key[of.key as usize].2));
                f.unsorted.push((prefix(&key[of.key as usize].0), of.key, acronym, i as u32));
            }
            f.listed = end;
            return true;
        }
        if !f.unsorted.is_empty() {
            let mut order = std::mem::take(&mut f.unsorted);
            order.sort_unstable_by(|a, b| {
                a.0.cmp(&b.0).then_with(|| key[a.1 as usize].0.cmp(&key[b.1 as usize].0)).then(a.2.cmp(&b.2))
            });
            f.order = order.into_iter().map(|(_, k, acronym, list)| (k, acronym, list)).collect();
            return true;
        }
        if f.at < f.order.len() {
            let mut groups = 0;
            while f.at < f.order.len() && groups < WORDS_A_STEP {
                let (k, acronym, _) = f.order[f.at];
                let end = f.at + f.order[f.at..].iter().take_while(|e| (e.0, e.1) == (k, acronym)).count();
                if acronym {
                    f.acronyms.push(f.words.len() as u32);
                }
                f.words.push(self.key[k as usize].0.to_string());
                f.word_keys.push(k);
                f.merged.clear();
                for &(_, _, list) in &f.order[f.at..end] {
                    f.merged.extend_from_slice(&std::mem::take(&mut self.lists[list as usize]));
                }
                if end - f.at > 1 {
                    f.merged.sort_unstable();
                }
                f.heads.push(ListHead {
                    count: f.merged.len() as u32,
                    at: f.post_bytes.len() as u32,
                    skips: f.skips.len() as u32,
                });
                let mut prev = 0u32;
                for (i, &p) in f.merged.iter().enumerate() {
                    push_varint(&mut f.post_bytes, p - prev);
                    if i as u32 % SKIP == 0 {
                        f.skips.push((p, f.post_bytes.len() as u32));
                    }
                    prev = p;
                }
                f.at = end;
                groups += 1;
            }
            return true;
        }
        let stem_of = |w: u32| &*key[f.word_keys[w as usize] as usize].1;
        if f.by_stem.is_none() {
            // The words in the order of their stems (by the stems' first eight bytes, as above),
            // each stem's words in word order: the stems, sorted and distinct, come out of a walk.
            let mut by_stem: Vec<(u64, u32)> = (0..f.word_keys.len() as u32).map(|w| (prefix(stem_of(w)), w)).collect();
            by_stem.sort_unstable_by(|a, b| {
                a.0.cmp(&b.0).then_with(|| stem_of(a.1).cmp(stem_of(b.1))).then(a.1.cmp(&b.1))
            });
            f.by_stem = Some(by_stem.into_iter().map(|(_, w)| w).collect());
            f.word_stem = vec![0; f.word_keys.len()];
            return true;
        }
        let by_stem = f.by_stem.as_deref().unwrap_or_default();
        if f.stemmed < by_stem.len() {
            let end = (f.stemmed + WORDS_A_STEP * 4).min(by_stem.len());
            for &w in &by_stem[f.stemmed..end] {
                if f.stems.last().map(String::as_str) != Some(stem_of(w)) {
                    f.stems.push(stem_of(w).to_owned());
                    f.stem_words.push(Vec::new());
                }
                f.word_stem[w as usize] = f.stems.len() as u32 - 1;
                if let Some(words) = f.stem_words.last_mut() {
                    words.push(w);
                }
            }
            f.stemmed = end;
            return true;
        }
        false
    }

    /// The index, once [`IndexBuilder::finish_step`] has said it is done. What is derived from
    /// the tables (the block table, the runs) is derived here, as for a decoded index
    /// (`compact.rs`).
    pub fn into_index(mut self) -> Index {
        while self.finish_step() {}
        let f = self.finishing.take().expect("finished");
        Index {
            words: f.words,
            acronyms: f.acronyms,
            word_stem: f.word_stem,
            stems: f.stems,
            stem_words: f.stem_words,
            lists: f.heads,
            post_bytes: f.post_bytes,
            skips: f.skips,
            blocks: self.blocks,
            doc_first_block: self.doc_first_block,
            spans: self.spans,
            chunk_block: Vec::new(),
            runs: Default::default(),
            spellings: Default::default(),
        }
        .with_derived_tables()
    }
}

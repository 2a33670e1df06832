//! The inverted index over every block of every document.
//!
//! Words are kept twice over: as folded surface forms (`words`, sorted, for prefix search by
//! binary search) and as stems (`stems`, for word-form-insensitive search). Postings are kept
//! per surface word, so a stem query is the union of its words' postings and a prefix query the
//! union over a contiguous range of `words`.
//!
//! A surface form is a word's [`search_key`]: folded, an abbreviation's dots dropped (`U.S` and
//! `US` are `us`). Where the articles write a word as an abbreviation (in capitals or with dots:
//! `US`, `U.S.`, `F.B.I.`) it is a word apart from the same letters written as an ordinary word
//! (`us`): the same form twice in `words`, the ordinary one first, the abbreviation listed in
//! `acronyms`, both under one stem. So a search can tell `US` from `us` ([`crate::search`]) while
//! prefix search and word forms treat them as one. Capitals in a block mostly written in capitals
//! (a shouted headline) are not abbreviations, unless the same letters are one elsewhere.
//!
//! The index also keeps the names the articles spell in more than one way (`Zelenskyy`,
//! `Zelenskiy`: [`Spellings`]), taken from the names merged across articles at build time, so that
//! a search for one spelling finds the others.
//!
//! Every word of the corpus has a *position*: its number in the corpus's word sequence, blocks
//! one after another with one unused position between two blocks, so that a phrase never runs on
//! from one block into the next. A posting is one position, kept as the step from the previous
//! one (about 1.3 bytes; [`Postings`]); the block it lies in is found through a small table
//! ([`Index::block_of`]). Where a word lies in its block's text is
//! kept packed, about a byte a word ([`Index::spans`]), and read back for the blocks whose hits
//! are drawn. There is no per-word token list in memory: phrases are matched on the postings
//! ([`crate::search`]). All of it is built once, at build time, and serialised (`compact.rs`).

use serde::{Deserialize, Serialize};

mod build;
pub use build::IndexBuilder;

use crate::ingest::Document;
use crate::normalize::{search_key, spelling_skeleton, spelling_variants, stem, words};
use crate::span::Span;

/// How many positions one entry of the block table covers (a power of two).
const CHUNK_BITS: u32 = 5;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "crate::compact::IndexFile", into = "crate::compact::IndexFile")]
pub struct Index {
    /// Surface forms ([`search_key`]), sorted; a form is there twice when the articles write it
    /// both as an ordinary word and as an abbreviation (the ordinary word first).
    pub words: Vec<String>,
    /// The words that are abbreviations (`US`, `U.S.`), ascending.
    pub(crate) acronyms: Vec<u32>,
    /// The stem of each word, as an index into `stems`.
    pub word_stem: Vec<u32>,
    /// Stems, sorted and unique.
    pub stems: Vec<String>,
    /// For each stem, the words that have it.
    pub stem_words: Vec<Vec<u32>>,
    /// Where each word's postings are: see [`Postings`].
    pub(crate) lists: Vec<ListHead>,
    /// Every word's positions in turn, ascending, each list as LEB128 varints: the first position,
    /// then the steps between positions (one byte for a frequent word, two or three for a rare
    /// one: about 1.3 bytes a posting instead of 4).
    pub(crate) post_bytes: Vec<u8>,
    /// Every [`SKIP`]th posting of each list: its position and where the varint after it starts,
    /// so that the postings in a range of positions are found without reading a list from its
    /// start.
    pub(crate) skips: Vec<(u32, u32)>,
    /// Every block of every document, in document order.
    pub blocks: Vec<BlockWords>,
    /// For each document, the index of its first block in `blocks`.
    pub doc_first_block: Vec<u32>,
    /// Each block's words as byte ranges of its text, packed (see [`pack_span`]); block `b`'s
    /// start at `blocks[b].spans_at`.
    pub(crate) spans: Vec<u8>,
    /// `chunk_block[c]`: the block that position `c << CHUNK_BITS` lies in (or the last block
    /// before it); derived, not serialised.
    pub(crate) chunk_block: Vec<u32>,
    /// The document of every position and whether it is boilerplate, as runs; derived, not
    /// serialised.
    pub(crate) runs: Runs,
    /// Names spelled in more than one way.
    pub(crate) spellings: Spellings,
}

/// The names the articles spell in more than one way (`Zelenskyy`, `Zelenskiy`), as groups of
/// stems: what the Names view merged as spellings of one name (`crate::crossdoc`), found again
/// with the same rule ([`spelling_variants`]) among the words of each merged name. Only names that
/// really have several spellings are kept: on the seeds, one group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spellings {
    /// Each group's stems, each with the word as an article writes it (`Zelenskiy`), in order.
    pub(crate) groups: Vec<Vec<(u32, String)>>,
    /// Every word of a group's stems, with the group: sorted (derived, not serialised).
    pub(crate) words: Vec<(u32, u32)>,
    /// Each group's [`spelling_skeleton`], with the group: sorted (derived, not serialised).
    pub(crate) skeletons: Vec<(String, u32)>,
}

impl Spellings {
    /// The groups with their derived tables, for `index`'s stems (checked by the caller).
    pub(crate) fn new(groups: Vec<Vec<(u32, String)>>, index: &Index) -> Spellings {
        let mut words = Vec::new();
        let mut skeletons = Vec::new();
        for (g, group) in groups.iter().enumerate() {
            for &(s, _) in group {
                words.extend(index.stem_words[s as usize].iter().map(|&w| (w, g as u32)));
            }
            if let Some((_, shown)) = group.first() {
                skeletons.push((spelling_skeleton(&search_key(shown)), g as u32));
            }
        }
        words.sort_unstable();
        skeletons.sort_unstable();
        Spellings { groups, words, skeletons }
    }

    /// The groups of the words in `words` (a range of word ids), with each word: what a prefix
    /// touches, found by two binary searches.
    pub(crate) fn in_range(&self, words: std::ops::Range<u32>) -> &[(u32, u32)] {
        let lo = self.words.partition_point(|&(w, _)| w < words.start);
        let hi = lo + self.words[lo..].partition_point(|&(w, _)| w < words.end);
        &self.words[lo..hi]
    }

    /// The group of word `word`, if it has one.
    pub(crate) fn group_of(&self, word: u32) -> Option<u32> {
        let i = self.words.partition_point(|&(w, _)| w < word);
        self.words.get(i).filter(|&&(w, _)| w == word).map(|&(_, g)| g)
    }

    /// The group a word missing from the articles is a spelling of (`zelensky` for `Zelenskyy`),
    /// if any: the groups with its skeleton, checked with [`spelling_variants`].
    pub(crate) fn spelled_like(&self, folded: &str) -> Option<u32> {
        if folded.chars().count() < 6 {
            return None;
        }
        let skeleton = spelling_skeleton(folded);
        let lo = self.skeletons.partition_point(|(s, _)| s.as_str() < skeleton.as_str());
        self.skeletons[lo..]
            .iter()
            .take_while(|(s, _)| *s == skeleton)
            .map(|&(_, g)| g)
            .find(|&g| self.groups[g as usize].iter().any(|(_, shown)| spelling_variants(folded, &search_key(shown))))
    }

    /// The groups: each its stems, with the word as written.
    pub fn groups(&self) -> &[Vec<(u32, String)>] {
        &self.groups
    }
}

/// The positions of the corpus as runs that lie in one document and are all boilerplate or all
/// not (a few runs a document): what counting hits per document needs to know of a position. A
/// posting's document is found here rather than through its block ([`Index::block_of`]): the
/// table is small enough to stay in the processor's cache at any corpus size (at 5,000 articles
/// some 10,000 runs against 100,000 blocks and a block table of 900 KB), and the postings of a
/// word, ascending, are looked up moving forward ([`RunCursor`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Runs {
    /// The first position of each run, ascending.
    starts: Vec<u32>,
    /// Its document, with [`Runs::BOILERPLATE`] set when its blocks are boilerplate.
    docs: Vec<u32>,
}

impl Runs {
    const BOILERPLATE: u32 = 1 << 31;

    fn of(blocks: &[BlockWords]) -> Runs {
        let mut runs = Runs::default();
        for b in blocks {
            let doc = b.doc | if b.boilerplate { Self::BOILERPLATE } else { 0 };
            if runs.docs.last() != Some(&doc) {
                runs.starts.push(b.start);
                runs.docs.push(doc);
            }
        }
        runs
    }
}

/// Finds the documents of positions in a [`Runs`] table, fastest for ascending positions: it
/// gallops forward from the run found last, and starts again from the first run when a position
/// lies before it.
pub(crate) struct RunCursor<'a> {
    runs: &'a Runs,
    at: usize,
}

impl<'a> RunCursor<'a> {
    pub(crate) fn new(index: &'a Index) -> Self {
        RunCursor { runs: &index.runs, at: 0 }
    }

    /// The document position `p` lies in and whether it is boilerplate (`None` before the first
    /// block, that is when there are none).
    pub(crate) fn doc_of(&mut self, p: u32) -> Option<(usize, bool)> {
        let starts = &self.runs.starts;
        if starts.get(self.at).is_none_or(|&s| p < s) {
            self.at = 0;
            if starts.first().is_none_or(|&s| p < s) {
                return None;
            }
        }
        let (mut lo, mut step) = (self.at, 1);
        while lo + step < starts.len() && starts[lo + step] <= p {
            lo += step;
            step *= 2;
        }
        let hi = (lo + step).min(starts.len());
        // `starts[lo] <= p`, so the run is at `lo` or after it.
        self.at = lo + starts[lo..hi].partition_point(|&s| s <= p) - 1;
        let doc = self.runs.docs[self.at];
        Some(((doc & !Runs::BOILERPLATE) as usize, doc & Runs::BOILERPLATE != 0))
    }
}

/// Every how many postings a skip entry is kept.
pub(crate) const SKIP: u32 = 64;

/// Where one word's postings are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ListHead {
    /// How many there are.
    pub(crate) count: u32,
    /// Where their bytes start in [`Index::post_bytes`].
    pub(crate) at: u32,
    /// Where their skip entries start in [`Index::skips`].
    pub(crate) skips: u32,
}

/// One block of a document, as the index sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockWords {
    pub doc: u32,
    /// Whether the block is boilerplate (copied from the document for fast filtering).
    pub boilerplate: bool,
    /// The position of its first word.
    pub start: u32,
    /// How many words it has.
    pub len: u32,
    /// Where its packed word spans begin in [`Index::spans`].
    pub(crate) spans_at: u32,
}

impl BlockWords {
    /// The positions of its words.
    pub fn positions(&self) -> std::ops::Range<u32> {
        self.start..self.start + self.len
    }
}

impl Index {
    /// Builds the index of `docs` ([`IndexBuilder`]).
    pub fn build(docs: &[Document]) -> Index {
        let mut builder = IndexBuilder::new();
        for doc in docs {
            builder.add(doc);
        }
        builder.finish()
    }

    /// Sets the names spelled in several ways as groups of this index's stems, each with the word
    /// as written (what [`Index::keep_spellings`] found at build time, as the corpus's search part
    /// carries it: `crate::parts`).
    pub(crate) fn set_spellings(&mut self, groups: Vec<Vec<(u32, String)>>) -> Result<(), String> {
        if groups.iter().flatten().any(|&(s, _)| s as usize >= self.stems.len()) {
            return Err("a spelling's stem out of range".into());
        }
        self.spellings = Spellings::new(groups, self);
        Ok(())
    }

    /// Keeps the names written in more than one way, from the names merged across the articles
    /// (each name's forms: `["Volodymyr Zelenskiy", "Zelenskyy", …]`): within one name, the words
    /// that are spellings of each other ([`spelling_variants`]: `Zelenskiy`, `Zelenskyy`) make a
    /// group, merged with any group that shares a stem.
    pub fn keep_spellings<'a>(&mut self, names: impl IntoIterator<Item = &'a [String]>) {
        // Union-find over stems.
        let mut parent: Vec<u32> = (0..self.stems.len() as u32).collect();
        fn find(parent: &mut [u32], mut x: u32) -> u32 {
            while parent[x as usize] != x {
                parent[x as usize] = parent[parent[x as usize] as usize];
                x = parent[x as usize];
            }
            x
        }
        let mut shown: std::collections::BTreeMap<u32, String> = std::collections::BTreeMap::new();
        let mut in_group = std::collections::BTreeSet::new();
        for forms in names {
            // The name's words: key, stem and the word as written.
            let mut ws: Vec<(String, u32, &str)> = Vec::new();
            for form in forms {
                for (_, w) in words(form) {
                    let key = search_key(w);
                    if let Ok(s) = self.stems.binary_search(&stem(&key)) {
                        if !ws.iter().any(|(k, _, _)| *k == key) {
                            ws.push((key, s as u32, w));
                        }
                    }
                }
            }
            for i in 0..ws.len() {
                for j in i + 1..ws.len() {
                    if ws[i].1 != ws[j].1 && spelling_variants(&ws[i].0, &ws[j].0) {
                        let (a, b) = (find(&mut parent, ws[i].1), find(&mut parent, ws[j].1));
                        parent[a.max(b) as usize] = a.min(b);
                        for k in [i, j] {
                            in_group.insert(ws[k].1);
                            shown.entry(ws[k].1).or_insert_with(|| ws[k].2.to_owned());
                        }
                    }
                }
            }
        }
        let mut groups: std::collections::BTreeMap<u32, Vec<(u32, String)>> = std::collections::BTreeMap::new();
        for s in in_group {
            let root = find(&mut parent, s);
            groups.entry(root).or_default().push((s, shown.remove(&s).unwrap_or_default()));
        }
        self.spellings = Spellings::new(groups.into_values().collect(), self);
    }

    /// Whether word `word` is an abbreviation (`US`, `U.S.`; not `us`).
    pub fn is_acronym(&self, word: u32) -> bool {
        self.acronyms.binary_search(&word).is_ok()
    }

    /// The abbreviations among the words of `words` (a range of word ids), ascending.
    pub fn acronyms_in(&self, words: std::ops::Range<u32>) -> &[u32] {
        let lo = self.acronyms.partition_point(|&w| w < words.start);
        let hi = lo + self.acronyms[lo..].partition_point(|&w| w < words.end);
        &self.acronyms[lo..hi]
    }

    /// The names spelled in more than one way.
    pub fn spellings(&self) -> &Spellings {
        &self.spellings
    }

    /// The index with what is derived from its tables (the block table, the runs) filled in:
    /// one place for a built index (`build.rs`) and a decoded one (`compact.rs`).
    pub(crate) fn with_derived_tables(mut self) -> Index {
        self.chunk_block = self.chunk_table();
        self.runs = self.run_table();
        self
    }

    /// The table behind [`Index::block_of`].
    pub(crate) fn chunk_table(&self) -> Vec<u32> {
        let mut table = Vec::with_capacity((self.n_positions() >> CHUNK_BITS) as usize + 1);
        let mut b = 0usize;
        for c in 0..=(self.n_positions() >> CHUNK_BITS) {
            let p = c << CHUNK_BITS;
            while b + 1 < self.blocks.len() && self.blocks[b + 1].start <= p {
                b += 1;
            }
            table.push(b as u32);
        }
        table
    }

    /// The table behind [`RunCursor`].
    pub(crate) fn run_table(&self) -> Runs {
        Runs::of(&self.blocks)
    }

    /// The runs of positions of one document that are all boilerplate or all not, in order:
    /// (positions, document, boilerplate). Together they cover `0..n_positions()`.
    pub(crate) fn runs(&self) -> impl Iterator<Item = (std::ops::Range<u32>, usize, bool)> + '_ {
        let Runs { starts, docs } = &self.runs;
        let end = self.n_positions();
        starts.iter().zip(docs).enumerate().map(move |(i, (&start, &doc))| {
            let next = starts.get(i + 1).copied().unwrap_or(end);
            (start..next, (doc & !Runs::BOILERPLATE) as usize, doc & Runs::BOILERPLATE != 0)
        })
    }

    /// How many times word `word` occurs.
    pub fn occurrences(&self, word: u32) -> u32 {
        self.lists[word as usize].count
    }

    /// One more than the last position (the positions of the corpus are `0..n_positions()`).
    pub fn n_positions(&self) -> u32 {
        self.blocks.last().map_or(0, |b| b.start + b.len + 1)
    }

    /// Where word `word` occurs: positions, ascending.
    pub fn postings(&self, word: u32) -> Postings<'_> {
        let head = self.lists[word as usize];
        Postings { bytes: &self.post_bytes, at: head.at as usize, left: head.count, prev: 0, end: u32::MAX }
    }

    /// The occurrences of `word` in `range` (of positions), ascending: read from the last skip
    /// entry before the range.
    pub fn postings_in(&self, word: u32, range: &std::ops::Range<u32>) -> Postings<'_> {
        let head = self.lists[word as usize];
        let skips = &self.skips[head.skips as usize..(head.skips + head.count.div_ceil(SKIP)) as usize];
        let k = skips.partition_point(|&(p, _)| p < range.start);
        let mut from = match k.checked_sub(1) {
            // Resume after the skip entry's posting: its position is the step base.
            Some(k) => Postings {
                bytes: &self.post_bytes,
                at: skips[k].1 as usize,
                left: head.count - k as u32 * SKIP - 1,
                prev: skips[k].0,
                end: range.end,
            },
            None => Postings { end: range.end, ..self.postings(word) },
        };
        // Read up to the range's first posting, and resume just before it.
        loop {
            let before = from.clone();
            match from.next() {
                Some(p) if p < range.start => {}
                Some(_) => return before,
                None => return from,
            }
        }
    }

    /// The block (index into `blocks`) that position `pos` lies in; for the unused position after
    /// a block, that block.
    pub fn block_of(&self, pos: u32) -> usize {
        let mut b = self
            .chunk_block
            .get((pos >> CHUNK_BITS) as usize)
            .map_or(self.blocks.len().saturating_sub(1), |&b| b as usize);
        while b + 1 < self.blocks.len() && self.blocks[b + 1].start <= pos {
            b += 1;
        }
        b
    }

    /// The positions of document `doc`'s words (its blocks' and the unused ones between them).
    pub fn doc_positions(&self, doc: usize) -> std::ops::Range<u32> {
        let first = self.doc_first_block[doc] as usize;
        let end = self.doc_first_block.get(doc + 1).map_or(self.blocks.len(), |&b| b as usize);
        match (self.blocks.get(first), end.checked_sub(1).and_then(|l| self.blocks.get(l))) {
            (Some(a), Some(z)) if first < end => a.start..z.start + z.len,
            _ => 0..0,
        }
    }

    /// Where block `block`'s words lie in its text, in order.
    pub fn block_spans(&self, block: usize) -> BlockSpans<'_> {
        let b = self.blocks[block];
        BlockSpans { bytes: &self.spans, at: b.spans_at as usize, left: b.len, prev_end: 0 }
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
}

/// A block's word spans, read from their packed form.
#[derive(Clone, Debug)]
pub struct BlockSpans<'a> {
    bytes: &'a [u8],
    at: usize,
    left: u32,
    prev_end: u32,
}

impl Iterator for BlockSpans<'_> {
    type Item = Span;

    #[inline(always)]
    fn next(&mut self) -> Option<Span> {
        self.left = self.left.checked_sub(1)?;
        let (gap, len, used) = unpack_span(self.bytes.get(self.at..)?)?;
        self.at += used;
        let start = self.prev_end.checked_add(gap)?;
        self.prev_end = start.checked_add(len)?;
        Some(Span { start, end: self.prev_end })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left as usize))
    }
}

/// A word's postings, read one varint at a time, up to a position (excluded).
#[derive(Clone, Debug)]
pub struct Postings<'a> {
    bytes: &'a [u8],
    at: usize,
    left: u32,
    prev: u32,
    end: u32,
}

impl Iterator for Postings<'_> {
    type Item = u32;

    #[inline(always)]
    fn next(&mut self) -> Option<u32> {
        self.left = self.left.checked_sub(1)?;
        let step = read_varint(self.bytes, &mut self.at)?;
        self.prev = self.prev.wrapping_add(step);
        if self.prev >= self.end {
            self.left = 0;
            return None;
        }
        Some(self.prev)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left as usize))
    }
}

pub(crate) fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The LEB128 varint at `bytes[*at..]`, moving `at` past it; `None` when the bytes end first or
/// it is longer than five bytes.
#[inline(always)]
pub(crate) fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let first = *bytes.get(*at)?;
    *at += 1;
    if first < 0x80 {
        return Some(u32::from(first));
    }
    let (mut v, mut shift) = (u32::from(first & 0x7F), 7);
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u32::from(b & 0x7F).checked_shl(shift)?;
        if b < 0x80 {
            return Some(v);
        }
        shift += 7;
        if shift >= 35 {
            return None;
        }
    }
}

/// Appends one word's place in its block: `gap` bytes after the previous word's end (or the
/// block's start), `len` bytes long. One byte when `gap < 4` and `len < 63` (nearly every word of
/// English prose); otherwise a marker byte (low six bits all set) and both as LEB128 varints.
pub(crate) fn pack_span(out: &mut Vec<u8>, gap: u32, len: u32) {
    if gap < 4 && len < 63 {
        out.push((gap << 6 | len) as u8);
    } else {
        out.push(0x3F);
        push_varint(out, gap);
        push_varint(out, len);
    }
}

/// Reads what [`pack_span`] wrote at the start of `bytes`: gap, length and bytes used; `None` for
/// bytes that end too soon or a varint too long.
#[inline(always)]
pub(crate) fn unpack_span(bytes: &[u8]) -> Option<(u32, u32, usize)> {
    let first = *bytes.first()?;
    if first & 0x3F != 0x3F {
        return Some((u32::from(first >> 6), u32::from(first & 0x3F), 1));
    }
    let mut at = 1;
    let gap = read_varint(bytes, &mut at)?;
    let len = read_varint(bytes, &mut at)?;
    Some((gap, len, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_spans_round_trip() {
        let cases = [(0, 1), (1, 5), (3, 62), (3, 63), (4, 1), (0, 0), (1, 300), (70_000, 2), (u32::MAX, u32::MAX)];
        let mut bytes = Vec::new();
        for (g, l) in cases {
            pack_span(&mut bytes, g, l);
        }
        let mut at = 0;
        for (g, l) in cases {
            let (g2, l2, used) = unpack_span(&bytes[at..]).expect("reads");
            assert_eq!((g2, l2), (g, l));
            at += used;
        }
        assert_eq!(at, bytes.len());
        assert_eq!(bytes[..3], [1, 64 | 5, 0xFE], "short forms take one byte");
        assert_eq!(unpack_span(&[0x3F, 0x80]), None, "a varint cut off");
        assert_eq!(unpack_span(&[0x3F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 1, 1]), None, "a varint too long");
    }

    #[test]
    fn postings_in_a_range_are_found_through_the_skips() {
        // "word" 400 times in paragraphs of varying length: lists long enough for several skip
        // entries, and ranges that start before, on, between and after them.
        let text: String = (0..40).map(|i| format!("{}\n\n", vec!["word other"; 1 + i % 7].join(" "))).collect();
        let index = Index::build(&[crate::ingest::ingest("a.txt", &format!("Title\n\n{text}")).unwrap()]);
        let word = index.words.binary_search(&"word".to_owned()).unwrap() as u32;
        let all: Vec<u32> = index.postings(word).collect();
        assert!(all.len() > 2 * SKIP as usize && all.windows(2).all(|w| w[0] < w[1]));
        for start in (0..index.n_positions() + 2).step_by(3) {
            for len in [0, 1, 2, 64, 130, 1000] {
                let range = start..start + len;
                let want: Vec<u32> = all.iter().copied().filter(|p| range.contains(p)).collect();
                assert_eq!(index.postings_in(word, &range).collect::<Vec<_>>(), want, "{range:?}");
            }
        }
    }

    #[test]
    fn positions_blocks_and_spans() {
        let doc = |name: &str, text: &str| crate::ingest::ingest(name, text).expect("ingests");
        let docs = [doc("a.txt", "Alpha beta\n\nGamma “delta” alpha.\n"), doc("b.txt", "Beta\n\nÉcole alpha\n")];
        let index = Index::build(&docs);
        let alpha = index.words.binary_search(&"alpha".to_owned()).unwrap() as u32;
        // Blocks: "Alpha beta" (0, 1), gap 2, "Gamma delta alpha" (3..6), gap 6, "Beta" (7), gap 8,
        // "École alpha" (9, 10).
        assert_eq!(index.blocks.iter().map(|b| b.positions()).collect::<Vec<_>>(), [0..2, 3..6, 7..8, 9..11]);
        assert_eq!(index.postings(alpha).collect::<Vec<_>>(), [0, 5, 10]);
        assert_eq!(index.postings_in(alpha, &index.doc_positions(1)).collect::<Vec<_>>(), [10]);
        assert_eq!((0..12).map(|p| index.block_of(p)).collect::<Vec<_>>(), [0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3]);
        let text = &docs[1].blocks[1].text;
        let spans: Vec<&str> = index.block_spans(3).map(|s| s.of(text)).collect();
        assert_eq!(spans, ["École", "alpha"]);
        assert_eq!(index.doc_positions(0), 0..6);
        assert_eq!(index.n_positions(), 12, "one unused position after each block");
    }

    #[test]
    fn an_abbreviation_is_a_word_apart_from_the_same_letters_in_lower_case() {
        let doc = |name: &str, text: &str| crate::ingest::ingest(name, text).expect("ingests");
        let docs =
            [doc("a.txt", "The US and us\n\nThe U.S. and the F.B.I. and the FBI.\n\nSHOUTED WORDS ABOUT THE US\n")];
        let index = Index::build(&docs);
        let forms: Vec<(&str, bool)> =
            (0..index.words.len() as u32).map(|w| (index.words[w as usize].as_str(), index.is_acronym(w))).collect();
        assert_eq!(
            forms,
            [
                ("about", false),
                ("and", false),
                ("fbi", true),
                ("shouted", false),
                ("the", false),
                ("us", false),
                ("us", true),
                ("words", false)
            ]
        );
        let us = |w: u32| index.postings(w).count();
        assert_eq!((us(5), us(6)), (1, 3), "us once; US, U.S. and the shouted US (an abbreviation elsewhere)");
        assert_eq!(index.words_with_stem("us"), [5, 6], "one stem");
        assert_eq!(index.acronyms_in(index.words_with_prefix("u")), [6]);
    }

    #[test]
    fn spellings_are_kept_from_the_names_words_that_spell_each_other() {
        let doc = |name: &str, text: &str| crate::ingest::ingest(name, text).expect("ingests");
        let docs = [doc("a.txt", "Zelenskyy and Zelenskiy\n\nVolodymyr met Mueller and Muller.\n")];
        let mut index = Index::build(&docs);
        let names: Vec<Vec<String>> = vec![
            vec!["Volodymyr Zelenskiy".into(), "Zelenskyy".into()],
            vec!["Robert Mueller".into()],
            vec!["Muller".into()],
        ];
        index.keep_spellings(names.iter().map(|n| n.as_slice()));
        let groups: Vec<Vec<&str>> =
            index.spellings().groups().iter().map(|g| g.iter().map(|(_, w)| w.as_str()).collect()).collect();
        assert_eq!(groups, [["Zelenskiy", "Zelenskyy"]], "only spellings within one name");
        let zelenskyy = index.words.binary_search(&"zelenskyy".to_owned()).unwrap() as u32;
        assert_eq!(index.spellings().group_of(zelenskyy), Some(0));
        assert_eq!(index.spellings().spelled_like("zelensky"), Some(0));
        assert_eq!(index.spellings().spelled_like("zelinsky"), None);
        let bytes = postcard::to_allocvec(&index).unwrap();
        assert_eq!(postcard::from_bytes::<Index>(&bytes).unwrap(), index, "kept in the file");
    }

    #[test]
    fn runs_give_every_position_its_document_and_boilerplate_in_any_order() {
        let doc = |name: &str, text: &str| crate::ingest::ingest(name, text).expect("ingests");
        let docs = [
            doc("a.txt", "Alpha beta\n\nGamma delta\n\nMore\n"),
            doc("b.txt", "Beta\n\nÉcole alpha\n"),
            doc("c.txt", "One\n"),
        ];
        let mut index = Index::build(&docs);
        // Boilerplate in the middle of a's blocks and at the start of b's: runs split there.
        index.blocks[1].boilerplate = true;
        index.blocks[3].boilerplate = true;
        index.runs = index.run_table();
        let expected = |p: u32| {
            let b = index.blocks[index.block_of(p)];
            Some((b.doc as usize, b.boilerplate))
        };
        let runs: Vec<_> = index.runs().collect();
        assert!(runs.len() > docs.len(), "boilerplate splits a document's runs: {runs:?}");
        assert!(
            runs.windows(2).all(|w| (w[0].1, w[0].2) != (w[1].1, w[1].2)),
            "runs are as long as they can be: {runs:?}"
        );
        assert_eq!(runs.first().map(|r| r.0.start), Some(0));
        assert_eq!(runs.last().map(|r| r.0.end), Some(index.n_positions()));
        assert!(runs.windows(2).all(|w| w[0].0.end == w[1].0.start));
        let mut cursor = RunCursor::new(&index);
        let all: Vec<u32> = (0..index.n_positions()).collect();
        for &p in &all {
            assert_eq!(cursor.doc_of(p), expected(p), "ascending, at {p}");
        }
        // Backwards and jumping about: the cursor starts again where it must.
        for &p in all.iter().rev().chain([3, 11, 0, 7, 2, 9].iter()) {
            assert_eq!(cursor.doc_of(p), expected(p), "at {p}");
        }
        let empty = Index::build(&[]);
        assert_eq!(RunCursor::new(&empty).doc_of(0), None);
    }
}

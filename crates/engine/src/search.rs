//! Evaluating a [`Query`] over a [`Corpus`]: ranked documents, hits and snippets.
//!
//! Ranking is BM25 at the document level (k1 = 1.2, b = 0.75), each atom scored as a term with
//! its document frequency, so rare names weigh more than common words. Boilerplate blocks are left
//! out of matching, counts and document lengths unless [`SearchOptions::include_boilerplate`] is set.

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use std::ops::Range;

use crate::index::{BlockWords, Index, RunCursor};
use crate::query::{Atom, Note, Query, QueryWord};
pub use crate::span::Hit;
use crate::span::Span;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchOptions {
    /// The documents to search (indices into `Corpus::docs`); `None` for all.
    pub docs: Option<Vec<usize>>,
    pub include_boilerplate: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// Matching documents, best first. With an empty query: every document, in corpus order.
    pub docs: Vec<DocHits>,
    /// Hits per document over the whole corpus, ignoring [`SearchOptions::docs`], so a filter list
    /// can show what each article would add.
    pub counts: Vec<usize>,
    /// What the parser did with odd input, and what the search looked for besides what was typed
    /// (other spellings of a name, an abbreviation): each for the person searching.
    pub notes: Vec<Note>,
    /// Whether the query had nothing to search for nor to leave out (nothing typed, or only a
    /// lone `"`, `-` or `OR`): every article is listed, none matched anything.
    pub empty_query: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DocHits {
    pub doc: usize,
    pub score: f32,
    /// How many hits the document has: the length of what [`hits`] gives for it.
    pub n_hits: usize,
}

/// Searches the corpus: which documents match, ranked, and how many hits each has. Where the hits
/// are is computed for one document at a time, by [`hits`], for the results on screen.
pub fn search(corpus: &Corpus, query: &Query, opts: &SearchOptions) -> SearchResults {
    let index = &corpus.index;
    let n_docs = corpus.docs.len();
    // The document position `p` lies in, when its block is searched.
    let doc_of = |cursor: &mut RunCursor, p: u32| -> Option<usize> {
        cursor.doc_of(p).and_then(|(doc, boilerplate)| (opts.include_boilerplate || !boilerplate).then_some(doc))
    };

    let mut doc_len = vec![0usize; n_docs];
    for b in index.blocks.iter().filter(|b| opts.include_boilerplate || !b.boilerplate) {
        doc_len[b.doc as usize] += b.len as usize;
    }
    let avg_len = (doc_len.iter().sum::<usize>() as f32 / n_docs.max(1) as f32).max(1.0);

    // Occurrences per document of each atom, counted straight from the postings: no sorting and
    // no spans, which is what makes a one-letter prefix (a tenth of all postings) cheap.
    // (Only the groups' atoms make hits; an excluded phrase is counted like any atom.)
    let phrases = query.groups.iter().flatten().any(|a| a.words.len() > 1);
    let all = 0..index.n_positions();
    // Where each phrase of the groups starts, found once: the hit counts below use it again.
    let group_starts: Vec<Vec<Vec<u32>>> = query
        .groups
        .iter()
        .map(|g| g.iter().map(|a| if a.words.len() > 1 { matches(index, a, &all) } else { Vec::new() }).collect())
        .collect();
    let tf_of = |atom: &Atom, starts: Option<&[u32]>| -> Vec<u32> {
        let mut tf = vec![0u32; n_docs];
        let mut cursor = RunCursor::new(index);
        let mut count = |p: u32| {
            if let Some(d) = doc_of(&mut cursor, p) {
                tf[d] += 1;
            }
        };
        if atom.words.len() == 1 {
            let words = word_ids(index, &atom.words[0]);
            if let Some(bits) = dense_bits(index, &words) {
                return per_doc(index, &bits, opts.include_boilerplate);
            }
            for w in words {
                index.postings(w).for_each(&mut count);
            }
        } else if let Some(starts) = starts {
            starts.iter().for_each(|&p| count(p));
        } else {
            matches(index, atom, &all).into_iter().for_each(count);
        }
        tf
    };
    let group_tfs: Vec<Vec<Vec<u32>>> = query
        .groups
        .iter()
        .zip(&group_starts)
        .map(|(g, st)| g.iter().zip(st).map(|(a, s)| tf_of(a, Some(s))).collect())
        .collect();

    let mut score = vec![0f32; n_docs];
    let mut qualifies = vec![true; n_docs];
    for group in &group_tfs {
        let mut in_group = vec![false; n_docs];
        for tf in group {
            let df = tf.iter().filter(|&&t| t > 0).count() as f32;
            let idf = (1.0 + (n_docs as f32 - df + 0.5) / (df + 0.5)).ln();
            for d in 0..n_docs {
                if tf[d] > 0 {
                    in_group[d] = true;
                    let tf = tf[d] as f32;
                    let norm = 1.2 * (1.0 - 0.75 + 0.75 * doc_len[d] as f32 / avg_len);
                    score[d] += idf * tf * 2.2 / (tf + norm);
                }
            }
        }
        for d in 0..n_docs {
            qualifies[d] &= in_group[d];
        }
    }
    for atom in &query.excluded {
        for (d, t) in tf_of(atom, None).into_iter().enumerate() {
            if t > 0 {
                qualifies[d] = false;
            }
        }
    }

    // Hits per document. One atom: its occurrences. Several one-word atoms: the occurrences of
    // any of their words (a word two atoms share is one hit, as highlighting shows it). With a
    // phrase, hits can overlap and merge: those queries count what `hits` would merge.
    let mut counts = vec![0usize; n_docs];
    let atoms: Vec<&Atom> = query.groups.iter().flatten().collect();
    if atoms.len() == 1 && !phrases {
        for (d, &t) in group_tfs[0][0].iter().enumerate() {
            counts[d] = t as usize;
        }
    } else if !phrases {
        let mut words: Vec<u32> = atoms.iter().flat_map(|a| word_ids(index, &a.words[0])).collect();
        words.sort_unstable();
        words.dedup();
        if let Some(bits) = dense_bits(index, &words) {
            for (d, t) in per_doc(index, &bits, opts.include_boilerplate).into_iter().enumerate() {
                counts[d] = t as usize;
            }
        } else {
            let mut cursor = RunCursor::new(index);
            for w in words {
                for p in index.postings(w) {
                    if let Some(d) = doc_of(&mut cursor, p) {
                        counts[d] += 1;
                    }
                }
            }
        }
    } else {
        // Every atom's occurrences at once, merged where they share a word, as `hits` merges
        // them in one document (words are disjoint, so runs that share a word are hits that
        // overlap). Only the documents that qualify keep their count, below.
        let mut runs: Vec<(u32, u32)> = Vec::new();
        for (atom, starts) in atoms.iter().zip(group_starts.iter().flatten()) {
            let last = atom.words.len() as u32 - 1;
            if last > 0 {
                runs.extend(starts.iter().map(|&p| (p, p + last)));
            } else {
                runs.extend(matches(index, atom, &all).into_iter().map(|p| (p, p)));
            }
        }
        runs.sort_unstable();
        let mut cursor = RunCursor::new(index);
        let mut end: Option<u32> = None;
        for (first, last) in runs {
            let Some(d) = doc_of(&mut cursor, first) else {
                continue;
            };
            if end.is_some_and(|e| first <= e) {
                end = end.max(Some(last));
                continue;
            }
            counts[d] += 1;
            end = Some(last);
        }
    }
    for d in 0..n_docs {
        if !qualifies[d] {
            counts[d] = 0;
        }
    }

    let wanted = |d: usize| opts.docs.as_ref().is_none_or(|ds| ds.contains(&d));
    let mut docs: Vec<DocHits> = (0..n_docs)
        .filter(|&d| qualifies[d] && wanted(d))
        .map(|d| DocHits { doc: d, score: score[d], n_hits: counts[d] })
        .collect();
    docs.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
    let mut notes = query.notes.clone();
    for w in query.words() {
        lookup(index, w, Some(&mut notes));
    }
    SearchResults { docs, counts, notes, empty_query: query.is_empty() }
}

/// Where `query` matches in document `doc`, sorted by block and position, overlapping hits
/// merged; empty when the document does not match the query as a whole (a group with no match in
/// it, or an excluded word in it). Boilerplate blocks count only with `include_boilerplate`.
pub fn hits(corpus: &Corpus, query: &Query, doc: usize, include_boilerplate: bool) -> Vec<Hit> {
    merge_hits(located(&corpus.index, occurrences_in(corpus, query, doc, include_boilerplate)))
}

/// The hits [`hits`] gives, each as the positions of its first and last word instead of its place
/// in the text (ascending, overlapping ones merged as `hits` merges them): what counting them and
/// plotting where they are needs, without reading any block's word spans.
pub fn hit_positions(corpus: &Corpus, query: &Query, doc: usize, include_boilerplate: bool) -> Vec<(u32, u32)> {
    merge_runs(occurrences_in(corpus, query, doc, include_boilerplate))
}

/// Runs of positions sorted and merged where they share a position. Words are one position each
/// and phrases never cross blocks: runs that share a position are hits that overlap in the text,
/// which [`hits`] merges.
fn merge_runs(mut found: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    found.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(found.len());
    for (first, last) in found {
        match out.last_mut() {
            Some(prev) if first <= prev.1 => prev.1 = prev.1.max(last),
            _ => out.push((first, last)),
        }
    }
    out
}

/// The hits of every article the search finds under `opts` ([`hit_positions`] of each, in article
/// order, one after another), found over the whole corpus at once: each atom matched once, not
/// once an article, which is what a prefix of one letter (a few hundred words) needs at a
/// thousand articles.
pub fn all_hit_positions(corpus: &Corpus, query: &Query, opts: &SearchOptions) -> Vec<(u32, u32)> {
    let index = &corpus.index;
    let mut found_in = vec![false; corpus.docs.len()];
    for d in search(corpus, query, opts).docs.iter().filter(|d| d.n_hits > 0) {
        found_in[d.doc] = true;
    }
    let all = 0..index.n_positions();
    let mut found: Vec<(u32, u32)> = Vec::new();
    for atom in query.groups.iter().flatten() {
        let last = atom.words.len() as u32 - 1;
        let mut cursor = RunCursor::new(index);
        for p in matches(index, atom, &all) {
            if cursor
                .doc_of(p)
                .is_some_and(|(doc, boilerplate)| found_in[doc] && (opts.include_boilerplate || !boilerplate))
            {
                found.push((p, p + last));
            }
        }
    }
    merge_runs(found)
}

/// The occurrences (first and last position) of the query's atoms in document `doc`, unsorted;
/// none when the document does not match the query as a whole.
fn occurrences_in(corpus: &Corpus, query: &Query, doc: usize, include_boilerplate: bool) -> Vec<(u32, u32)> {
    let index = &corpus.index;
    if doc >= index.doc_first_block.len() {
        return Vec::new();
    }
    let range = index.doc_positions(doc);
    let allowed = |&p: &u32| include_boilerplate || !index.blocks[index.block_of(p)].boilerplate;
    let in_doc = |atom: &Atom| -> Vec<(u32, u32)> {
        let last = atom.words.len() as u32 - 1;
        matches(index, atom, &range).into_iter().filter(allowed).map(|p| (p, p + last)).collect()
    };
    if query.excluded.iter().any(|a| !in_doc(a).is_empty()) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for group in &query.groups {
        let in_group: Vec<(u32, u32)> = group.iter().flat_map(in_doc).collect();
        if in_group.is_empty() {
            return Vec::new();
        }
        found.extend(in_group);
    }
    found
}

/// Occurrences (first and last position) as hits: block in its document and byte range, each
/// block's word spans read once. Occurrences whose words cannot be placed are left out.
fn located(index: &Index, mut found: Vec<(u32, u32)>) -> Vec<Hit> {
    found.sort_unstable();
    let mut out = Vec::with_capacity(found.len());
    let mut spans: Vec<Span> = Vec::new();
    let mut current = usize::MAX;
    for (first, last) in found {
        let b = index.block_of(first);
        if b != current {
            spans = index.block_spans(b).collect();
            current = b;
        }
        let block = &index.blocks[b];
        let local = b - index.doc_first_block[block.doc as usize] as usize;
        let word = |p: u32| p.checked_sub(block.start).and_then(|i| spans.get(i as usize));
        if let (Some(s), Some(e)) = (word(first), word(last)) {
            out.push(Hit { block: local, span: Span { start: s.start, end: e.end } });
        }
    }
    out
}

/// Above how many occurrences for each position of the corpus a set of words is counted as a
/// bit set ([`dense_bits`]) rather than looking up every occurrence's document: one in 128.
const DENSE: u64 = 128;

/// Where `words` occur, as a bit for each position of the corpus, when they occur often enough
/// for that to pay (a prefix such as `a` or `c`: a tenth of all occurrences); `None` for fewer.
/// The documents' counts are then read from the bits run by run ([`per_doc`]), instead of
/// finding each occurrence's document (at 5,000 articles: 20 ns an occurrence, a million of them).
/// Positions are one word each, so words never share a bit.
fn dense_bits(index: &Index, words: &[u32]) -> Option<Vec<u64>> {
    let n = index.n_positions();
    let total: u64 = words.iter().map(|&w| u64::from(index.occurrences(w))).sum();
    if total * DENSE <= u64::from(n) {
        return None;
    }
    let mut bits = vec![0u64; n.div_ceil(64) as usize];
    for &w in words {
        for p in index.postings(w) {
            bits[p as usize / 64] |= 1 << (p % 64);
        }
    }
    Some(bits)
}

/// How many of the set bits lie in each document, boilerplate counted only with `boilerplate`.
fn per_doc(index: &Index, bits: &[u64], boilerplate: bool) -> Vec<u32> {
    let mut tf = vec![0u32; index.doc_first_block.len()];
    for (positions, doc, is_boilerplate) in index.runs() {
        if boilerplate || !is_boilerplate {
            tf[doc] += count_ones(bits, positions);
        }
    }
    tf
}

/// How many bits of `bits` are set in `range`.
fn count_ones(bits: &[u64], range: Range<u32>) -> u32 {
    let (lo, hi) = (range.start, range.end.min(bits.len() as u32 * 64));
    if lo >= hi {
        return 0;
    }
    let (first, last) = ((lo / 64) as usize, ((hi - 1) / 64) as usize);
    let (head, tail) = (!0u64 << (lo % 64), !0u64 >> (63 - (hi - 1) % 64));
    if first == last {
        return (bits[first] & head & tail).count_ones();
    }
    (bits[first] & head).count_ones()
        + bits[first + 1..last].iter().map(|w| w.count_ones()).sum::<u32>()
        + (bits[last] & tail).count_ones()
}

/// The words a query word finds, ascending: see [`lookup`].
fn word_ids(index: &Index, w: &QueryWord) -> Vec<u32> {
    lookup(index, w, None)
}

/// The words a query word finds, ascending, and (into `notes`, when given, each note once) what
/// the person searching should be told about them:
///
/// - the words of its stem, and while it is typed those starting with it;
/// - typed as an abbreviation (`US`, `u.s.`), only the abbreviations among them, when there are
///   any (`US`, `U.S.`, not `us`; a note when an ordinary word of the stem was left out); typed in
///   lower case, all of them (a note when the stem is both an ordinary word and an abbreviation);
/// - every spelling of a name among them (`Zelenskiy` for `Zelenskyy`), or, when the word is in
///   no article, of the name it is a spelling of (`Zelensky`), with a note naming the spellings
///   added.
///
/// Everything here is binary searches in the dictionary and its small tables, and the words
/// found: nothing grows with the corpus beyond what reading their postings costs anyway.
fn lookup(index: &Index, w: &QueryWord, mut notes: Option<&mut Vec<Note>>) -> Vec<u32> {
    let mut note = |n: Note| {
        if let Some(notes) = notes.as_deref_mut() {
            if !notes.contains(&n) {
                notes.push(n);
            }
        }
    };
    let exact = index.words_with_stem(&w.stem);
    let range = if w.prefix { index.words_with_prefix(&w.folded) } else { 0..0 };
    let mut ids: Vec<u32> = exact.to_vec();
    if !range.is_empty() {
        ids.extend(range.clone());
        ids.sort_unstable();
        ids.dedup();
    }
    // Abbreviations.
    // The abbreviation of the stem as the notes name it: its shortest form (`us`, not `us's`).
    let exact_acronym =
        exact.iter().copied().filter(|&i| index.is_acronym(i)).min_by_key(|&i| index.words[i as usize].len());
    let exact_ordinary = exact.iter().any(|&i| !index.is_acronym(i));
    let letters = |i: u32| index.words[i as usize].clone();
    let mut restricted = false;
    if w.acronym {
        let mut only: Vec<u32> = exact
            .iter()
            .copied()
            .filter(|&i| index.is_acronym(i))
            .chain(index.acronyms_in(range.clone()).iter().copied())
            .collect();
        if !only.is_empty() {
            only.sort_unstable();
            only.dedup();
            if let (Some(a), true) = (exact_acronym, exact_ordinary) {
                note(Note::AbbreviationOnly(letters(a)));
            }
            ids = only;
            restricted = true;
        }
    } else if let (Some(a), true) = (exact_acronym, exact_ordinary) {
        note(Note::AlsoAbbreviation(letters(a)));
    }
    // Spellings of a name.
    let spellings = index.spellings();
    if spellings.groups.is_empty() {
        return ids;
    }
    let mut groups: Vec<u32> = if restricted {
        ids.iter().filter_map(|&i| spellings.group_of(i)).collect()
    } else {
        exact
            .iter()
            .filter_map(|&i| spellings.group_of(i))
            .chain(spellings.in_range(range).iter().map(|&(_, g)| g))
            .collect()
    };
    if ids.is_empty() {
        groups.extend(spellings.spelled_like(&w.folded));
    }
    if groups.is_empty() {
        return ids;
    }
    groups.sort_unstable();
    groups.dedup();
    let mut added: Vec<u32> = Vec::new();
    let mut shown: Vec<String> = Vec::new();
    for &g in &groups {
        for (stem, written) in &spellings.groups[g as usize] {
            let words = &index.stem_words[*stem as usize];
            if words.iter().all(|i| ids.binary_search(i).is_err()) {
                shown.push(written.clone());
            }
            added.extend(words.iter().copied().filter(|i| ids.binary_search(i).is_err()));
        }
    }
    if !shown.is_empty() {
        note(Note::Spellings(shown));
    }
    if !added.is_empty() {
        ids.extend(added);
        ids.sort_unstable();
        ids.dedup();
    }
    ids
}

/// Where `atom` starts in `range` (of positions) with all its words inside it, ascending.
fn matches(index: &Index, atom: &Atom, range: &Range<u32>) -> Vec<u32> {
    let sets: Vec<Vec<u32>> = atom.words.iter().map(|w| word_ids(index, w)).collect();
    if let [only] = sets.as_slice() {
        if let [w] = only.as_slice() {
            return index.postings_in(*w, range).collect();
        }
    }
    let bits = starts(index, &sets, range);
    ones(&bits, 0..range.len() as u32).map(|i| range.start + i).collect()
}

/// A bit for each position of `range`: set where a run of words from `sets` (one word from each,
/// in order) starts and ends inside `range`. The postings of each set shifted back by its place
/// in the run, and-ed together: a phrase without looking up any word's neighbours, and a union of
/// many words' postings (a prefix) without sorting them.
fn starts(index: &Index, sets: &[Vec<u32>], range: &Range<u32>) -> Vec<u64> {
    let n = range.len();
    let mut acc = vec![0u64; n.div_ceil(64)];
    let mut bits = if sets.len() > 1 { vec![0u64; acc.len()] } else { Vec::new() };
    for (k, set) in sets.iter().enumerate() {
        let target = if k == 0 { &mut acc } else { &mut bits };
        for &w in set {
            for p in index.postings_in(w, range) {
                if let Some(i) = (p - range.start).checked_sub(k as u32) {
                    target[i as usize / 64] |= 1 << (i % 64);
                }
            }
        }
        if k > 0 {
            for (a, b) in acc.iter_mut().zip(bits.iter_mut()) {
                *a &= *b;
                *b = 0;
            }
        }
    }
    acc
}

/// The set bits of `bits` in `within`, ascending.
fn ones(bits: &[u64], within: Range<u32>) -> impl Iterator<Item = u32> + '_ {
    let (lo, hi) = (within.start, within.end.min(bits.len() as u32 * 64));
    let words = (lo / 64) as usize..hi.div_ceil(64) as usize;
    words.flat_map(move |w| {
        let mut word = bits[w];
        std::iter::from_fn(move || {
            while word != 0 {
                let i = w as u32 * 64 + word.trailing_zeros();
                word &= word - 1;
                if i >= lo && i < hi {
                    return Some(i);
                }
            }
            None
        })
    })
}

/// Sorts hits by block and position and merges those of a block that overlap, in one pass. Hits
/// that only touch stay apart, so one-word hits are never merged and can be counted unsorted.
fn merge_hits(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_unstable();
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        match out.last_mut() {
            Some(last) if last.block == h.block && h.span.start < last.span.end => {
                last.span.end = last.span.end.max(h.span.end);
            }
            _ => out.push(h),
        }
    }
    out
}

/// A piece of a block around one or more hits, for a results list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// Index of the block in the document.
    pub block: usize,
    /// Index of the first hit shown, in the document's hit list (to open the reader there).
    pub first_hit: usize,
    /// The text shown.
    pub text: String,
    /// Hits within `text`, sorted and non-overlapping.
    pub spans: Vec<Span>,
    /// Whether text was cut before or after.
    pub cut_start: bool,
    pub cut_end: bool,
}

/// Keyword-in-context snippets for a document's hits: about `radius` bytes of context each side,
/// cut at white space; hits close together share a snippet.
pub fn snippets(corpus: &Corpus, doc: usize, hits: &[Hit], radius: usize) -> Vec<Snippet> {
    let blocks = &corpus.docs[doc].blocks;
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let h = hits[i];
        let text = &blocks[h.block].text;
        let mut start = floor_boundary(text, (h.span.start as usize).saturating_sub(radius));
        if start > 0 {
            start = text[start..h.span.start as usize].find(char::is_whitespace).map_or(h.span.start as usize, |k| {
                start + k + text[start + k..].chars().next().map_or(0, char::len_utf8)
            });
        }
        let mut end = ceil_boundary(text, (h.span.end as usize + radius).min(text.len()));
        if end < text.len() {
            end = text[h.span.end as usize..end]
                .rfind(char::is_whitespace)
                .map_or(h.span.end as usize, |k| h.span.end as usize + k);
        }
        let mut spans = Vec::new();
        let first_hit = i;
        while i < hits.len() && hits[i].block == h.block && (hits[i].span.end as usize) <= end.max(h.span.end as usize)
        {
            spans.push(Span::new(hits[i].span.start as usize - start, hits[i].span.end as usize - start));
            i += 1;
        }
        let end = end.max(h.span.end as usize);
        out.push(Snippet {
            block: h.block,
            first_hit,
            text: text[start..end].to_owned(),
            spans,
            cut_start: start > 0,
            cut_end: end < text.len(),
        });
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Splits `text` into pieces at the edges of `spans` (sorted, non-overlapping): each piece with the
/// index of the span it belongs to, or `None` for text between spans. What a highlighter renders.
pub fn segments(text: &str, spans: &[Span]) -> Vec<(Span, Option<usize>)> {
    let mut out = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for (k, s) in spans.iter().enumerate() {
        let (start, end) = (s.start as usize, (s.end as usize).min(text.len()));
        if start < at || start > end {
            continue;
        }
        if start > at {
            out.push((Span::new(at, start), None));
        }
        out.push((Span::new(start, end), Some(k)));
        at = end;
    }
    if at < text.len() {
        out.push((Span::new(at, text.len()), None));
    }
    out
}

/// Which of `ranges` (a document and a range of its file text, like a quotation's words) match
/// `query` inside the range itself: every group has a match there and no excluded atom does. For
/// each range, `Some(hits)` with its hits (sorted, merged) when it matches, `None` when not. With an
/// empty query every range matches with no hits.
pub fn within(corpus: &Corpus, query: &Query, ranges: &[(usize, Span)]) -> Vec<Option<Vec<Hit>>> {
    let index = &corpus.index;
    // Where each atom starts, anywhere: a bit per position of the corpus (at 500 articles about
    // 100 KB an atom, built from its postings in one pass, whatever their number).
    let all = 0..index.n_positions();
    let find = |atom: &Atom| -> (Vec<u64>, u32) {
        let sets: Vec<Vec<u32>> = atom.words.iter().map(|w| word_ids(index, w)).collect();
        (starts(index, &sets, &all), sets.len() as u32)
    };
    let groups: Vec<Vec<(Vec<u64>, u32)>> = query.groups.iter().map(|g| g.iter().map(find).collect()).collect();
    let excluded: Vec<(Vec<u64>, u32)> = query.excluded.iter().map(find).collect();
    // The spans of the block read last: quotations come in order, several to a paragraph.
    let mut read: (usize, Vec<Span>) = (usize::MAX, Vec::new());
    ranges
        .iter()
        .map(|&(doc, r)| {
            // The range's words, block by block: their positions and spans, read only for the
            // blocks where an atom starts at all.
            let lit = |b: &BlockWords| {
                groups.iter().flatten().chain(&excluded).any(|(bits, _)| ones(bits, b.positions()).next().is_some())
            };
            let pieces: Vec<(usize, Range<u32>, Vec<Span>)> = words_inside(corpus, doc, r, lit, &mut read);
            let inside = |(bits, len): &(Vec<u64>, u32)| -> Vec<Hit> {
                let mut out = Vec::new();
                for (local, run, spans) in &pieces {
                    let last_start = run.end.saturating_sub(len - 1);
                    for p in ones(bits, run.start..last_start.max(run.start)) {
                        let i = (p - run.start) as usize;
                        if let (Some(s), Some(e)) = (spans.get(i), spans.get(i + *len as usize - 1)) {
                            out.push(Hit { block: *local, span: Span { start: s.start, end: e.end } });
                        }
                    }
                }
                out
            };
            let mut hits = Vec::new();
            for group in &groups {
                let found: Vec<Hit> = group.iter().flat_map(inside).collect();
                if found.is_empty() {
                    return None;
                }
                hits.extend(found);
            }
            if excluded.iter().any(|f| !inside(f).is_empty()) {
                return None;
            }
            Some(merge_hits(hits))
        })
        .collect()
}

/// The words of document `doc` that lie inside `r` (a range of its file text), for each block
/// it overlaps that is `wanted`: the block's index in the document, their positions and their
/// spans in the block. `read` keeps the spans of the block read last.
fn words_inside(
    corpus: &Corpus,
    doc: usize,
    r: Span,
    wanted: impl Fn(&BlockWords) -> bool,
    read: &mut (usize, Vec<Span>),
) -> Vec<(usize, Range<u32>, Vec<Span>)> {
    let index = &corpus.index;
    let Some(d) = corpus.docs.get(doc) else {
        return Vec::new();
    };
    let first = index.doc_first_block[doc] as usize;
    let from = d.blocks.partition_point(|b| b.source.end <= r.start);
    let mut out = Vec::new();
    for (local, block) in d.blocks.iter().enumerate().skip(from).take_while(|(_, b)| b.source.start < r.end) {
        if !wanted(&index.blocks[first + local]) {
            continue;
        }
        let base = block.source.start;
        if read.0 != first + local {
            *read = (first + local, index.block_spans(first + local).collect());
        }
        let spans = &read.1;
        let lo = spans.partition_point(|s| base + s.start < r.start);
        let hi = lo + spans[lo..].partition_point(|s| base + s.end <= r.end);
        let start = index.blocks[first + local].start;
        out.push((local, start + lo as u32..start + hi as u32, spans[lo..hi].to_vec()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `typed` marks in a corpus of `texts` (each a file: a title, then paragraphs), in
    /// order, with the notes.
    #[track_caller]
    fn marks(texts: &[&str], typed: &str) -> (Vec<String>, Vec<Note>) {
        let files: Vec<(String, &str)> = texts.iter().enumerate().map(|(i, t)| (format!("{i}.txt"), *t)).collect();
        let corpus = Corpus::from_texts(files.iter().map(|(n, t)| (n.as_str(), *t))).expect("ingests");
        let query = Query::parse(typed);
        let r = search(&corpus, &query, &SearchOptions::default());
        let mut by_doc: Vec<&DocHits> = r.docs.iter().collect();
        by_doc.sort_by_key(|d| d.doc);
        let mut out = Vec::new();
        for d in by_doc {
            let found = hits(&corpus, &query, d.doc, false);
            assert_eq!(found.len(), d.n_hits, "{typed}");
            out.extend(found.iter().map(|h| h.span.of(&corpus.docs[d.doc].blocks[h.block].text).to_owned()));
        }
        (out, r.notes)
    }

    const IT: &str = "Office news for the whole staff this week\n\nThe IT department said it would fix it. The WHO asked who was ill.\n";

    #[test]
    fn capitals_find_the_abbreviation_and_lower_case_finds_any_case() {
        assert_eq!(marks(&[IT], "IT ").0, ["IT"]);
        assert_eq!(marks(&[IT], "WHO ").0, ["WHO"]);
        assert_eq!(marks(&[IT], "it ").0, ["IT", "it", "it"]);
        assert_eq!(marks(&[IT], "who ").1, [Note::AlsoAbbreviation("who".into())]);
        assert_eq!(marks(&[IT], "IT ").1, [Note::AbbreviationOnly("it".into())]);
        // Capitals where the articles have no abbreviation: an ordinary word.
        assert_eq!(marks(&[IT], "STAFF ").0, ["staff"]);
    }

    #[test]
    fn a_shouted_headline_is_not_a_row_of_abbreviations() {
        let texts = ["Town news of the week for everyone here\n\nBREAKING NEWS FROM THE FBI TOWER\n\nThe news came from the FBI and the tower.\n"];
        assert_eq!(marks(&texts, "NEWS ").0, ["news", "NEWS", "news"], "NEWS is shouted, not an abbreviation");
        assert_eq!(marks(&texts, "TOWER ").0, ["TOWER", "tower"]);
        assert_eq!(marks(&texts, "FBI ").0, ["FBI", "FBI"], "FBI is one elsewhere, so in the headline too");
    }

    #[test]
    fn dots_make_an_abbreviation_in_any_case() {
        let texts =
            ["A meeting in the morning for the club\n\nWe met at 9 a.m. and I am here. The U.K. and the UK agree.\n"];
        assert_eq!(marks(&texts, "a.m. ").0, ["a.m"]);
        assert_eq!(marks(&texts, "AM ").0, ["a.m"]);
        assert_eq!(marks(&texts, "am ").0, ["a.m", "am"]);
        assert_eq!(marks(&texts, "uk ").0, ["U.K", "UK"]);
        assert_eq!(marks(&texts, "U.K").0, ["U.K", "UK"], "while typed");
    }

    #[test]
    fn spellings_merged_by_names_are_searched_together_and_others_are_not() {
        let texts = [
            "A visit to the capital by the president\n\nPresident Volodymyr Zelenskyy met the mayor on Monday. Later, Zelenskyy spoke.\n",
            "Talks in the capital between the leaders\n\nPresident Volodymyr Zelenskiy met the mayor on Tuesday, and Robert Mueller spoke.\n",
            "A report on the river by the county office\n\nStephen Miller wrote about the river.\n",
        ];
        let (found, notes) = marks(&texts, "zelenskyy ");
        assert_eq!(found, ["Zelenskyy", "Zelenskyy", "Zelenskiy"]);
        assert_eq!(notes, [Note::Spellings(vec!["Zelenskiy".into()])]);
        assert_eq!(marks(&texts, "\"volodymyr zelenskiy\" ").0, ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy"]);
        assert_eq!(marks(&texts, "Zelensky ").0, ["Zelenskyy", "Zelenskyy", "Zelenskiy"], "a spelling in no article");
        assert_eq!(marks(&texts, "miller ").0, ["Miller"], "Miller is not Mueller");
        assert_eq!(
            marks(&texts, "muller ").0,
            Vec::<String>::new(),
            "Mueller has one spelling here: nothing to merge with"
        );
        assert_eq!(marks(&texts, "-zelenskyy mayor ").0, Vec::<String>::new(), "left out in every spelling");
    }

    #[test]
    fn count_ones_counts_the_bits_of_any_range() {
        let bits = [0xF0F0_0000_0000_0001u64, !0, 0x8000_0000_0000_0003];
        let naive = |lo: u32, hi: u32| (lo..hi).filter(|&i| bits[i as usize / 64] >> (i % 64) & 1 == 1).count() as u32;
        for lo in 0..192 {
            for hi in lo..=200 {
                assert_eq!(count_ones(&bits, lo..hi), naive(lo, hi.min(192)), "{lo}..{hi}");
            }
        }
    }
}

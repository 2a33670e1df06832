//! Evaluating a [`Query`] over a [`Corpus`]: ranked documents, hits and snippets.
//!
//! Ranking is BM25 at the document level (k1 = 1.2, b = 0.75), each atom scored as a term with
//! its document frequency, so rare names weigh more than common words. Boilerplate blocks are left
//! out of matching, counts and document lengths unless [`SearchOptions::include_boilerplate`] is set.

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::index::{Index, Posting};
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
    pub notes: Vec<Note>,
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
    let allowed = |block: u32| opts.include_boilerplate || !index.blocks[block as usize].boilerplate;
    let doc_of = |block: u32| index.blocks[block as usize].doc as usize;

    let mut doc_len = vec![0usize; n_docs];
    for b in index.blocks.iter().filter(|b| opts.include_boilerplate || !b.boilerplate) {
        doc_len[b.doc as usize] += b.tokens.len();
    }
    let avg_len = (doc_len.iter().sum::<usize>() as f32 / n_docs.max(1) as f32).max(1.0);

    // Occurrences per document of each atom, counted straight from the postings: no sorting and
    // no spans, which is what makes a one-letter prefix (a tenth of all postings) cheap.
    // (Only the groups' atoms make hits; an excluded phrase is counted like any atom.)
    let phrases = query.groups.iter().flatten().any(|a| a.words.len() > 1);
    let tf_of = |atom: &Atom| -> Vec<u32> {
        let mut tf = vec![0u32; n_docs];
        if atom.words.len() == 1 {
            for w in word_ids(index, &atom.words[0]) {
                for p in &index.postings[w as usize] {
                    if allowed(p.block) {
                        tf[doc_of(p.block)] += 1;
                    }
                }
            }
        } else {
            for m in matches(index, atom, 0..index.blocks.len() as u32, |p| allowed(p.block)) {
                tf[doc_of(m.at.block)] += 1;
            }
        }
        tf
    };
    let group_tfs: Vec<Vec<Vec<u32>>> = query.groups.iter().map(|g| g.iter().map(tf_of).collect()).collect();

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
        for (d, t) in tf_of(atom).into_iter().enumerate() {
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
        for w in words {
            for p in &index.postings[w as usize] {
                if allowed(p.block) {
                    counts[doc_of(p.block)] += 1;
                }
            }
        }
    } else {
        for d in (0..n_docs).filter(|&d| qualifies[d]) {
            counts[d] = hits(corpus, query, d, opts.include_boilerplate).len();
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
    SearchResults { docs, counts, notes: query.notes.clone() }
}

/// Where `query` matches in document `doc`, sorted by block and position, overlapping hits
/// merged; empty when the document does not match the query as a whole (a group with no match in
/// it, or an excluded word in it). Boilerplate blocks count only with `include_boilerplate`.
pub fn hits(corpus: &Corpus, query: &Query, doc: usize, include_boilerplate: bool) -> Vec<Hit> {
    let index = &corpus.index;
    let Some(&first) = index.doc_first_block.get(doc) else { return Vec::new() };
    let blocks = first..first + corpus.docs[doc].blocks.len() as u32;
    let allowed = |p: &Posting| include_boilerplate || !index.blocks[p.block as usize].boilerplate;
    let in_doc = |atom: &Atom| matches(index, atom, blocks.clone(), allowed);
    if query.excluded.iter().any(|a| !in_doc(a).is_empty()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for group in &query.groups {
        let found: Vec<Match> = group.iter().flat_map(in_doc).collect();
        if found.is_empty() {
            return Vec::new();
        }
        out.extend(found.into_iter().map(|m| {
            let b = &index.blocks[m.at.block as usize];
            Hit { block: (m.at.block - first) as usize, span: Span::new(b.tokens[m.at.pos as usize].start as usize, b.tokens[m.last as usize].end as usize) }
        }));
    }
    merge_hits(out)
}

/// One occurrence of an atom: where its first word is, and the position of its last word.
#[derive(Clone, Copy, Debug)]
struct Match {
    at: Posting,
    last: u32,
}

fn word_ids(index: &Index, w: &QueryWord) -> Vec<u32> {
    let mut ids: Vec<u32> = index.words_with_stem(&w.stem).to_vec();
    if w.prefix {
        ids.extend(index.words_with_prefix(&w.folded));
        ids.sort_unstable();
        ids.dedup();
    }
    ids
}

/// Every occurrence of `atom` in `blocks` (a range of [`Index::blocks`]) in a block that `keep`
/// accepts, sorted by block and position.
fn matches(index: &Index, atom: &Atom, blocks: std::ops::Range<u32>, keep: impl Fn(&Posting) -> bool) -> Vec<Match> {
    let sets: Vec<Vec<u32>> = atom.words.iter().map(|w| word_ids(index, w)).collect();
    // A stem or prefix is the union of several words' postings: sorted as one number each, block
    // then position, which measured about twice as fast as sorting the pairs by key.
    let mut keys: Vec<u64> = Vec::new();
    for &w in &sets[0] {
        let postings = &index.postings[w as usize];
        let from = postings.partition_point(|p| p.block < blocks.start);
        let to = from + postings[from..].partition_point(|p| p.block < blocks.end);
        for p in &postings[from..to] {
            let toks = &index.blocks[p.block as usize].tokens;
            let phrase = sets[1..].iter().enumerate().all(|(k, set)| {
                toks.get(p.pos as usize + k + 1).is_some_and(|t| set.binary_search(&t.word).is_ok())
            });
            if phrase && keep(p) {
                keys.push((p.block as u64) << 32 | p.pos as u64);
            }
        }
    }
    if sets[0].len() > 1 {
        keys.sort_unstable();
    }
    let last = sets.len() as u32 - 1;
    keys.into_iter().map(|k| Match { at: Posting { block: (k >> 32) as u32, pos: k as u32 }, last: k as u32 + last }).collect()
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
            end = text[h.span.end as usize..end].rfind(char::is_whitespace).map_or(h.span.end as usize, |k| h.span.end as usize + k);
        }
        let mut spans = Vec::new();
        let first_hit = i;
        while i < hits.len() && hits[i].block == h.block && (hits[i].span.end as usize) <= end.max(h.span.end as usize) {
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
    // Two ways to find an atom inside the ranges, whichever reads less: its occurrences in the
    // whole corpus, located and looked up by range (a rare name: a few dozen), or the words inside
    // the ranges, each looked up in a set of the atom's words (a first letter typed in the Quotes
    // view at 500 articles: 104,000 occurrences against the quotations' words).
    let range_words: usize = ranges.iter().map(|(_, r)| r.len() / 6).sum();
    let find = |atom: &Atom| -> Finder {
        let sets: Vec<Vec<u32>> = atom.words.iter().map(|w| word_ids(index, w)).collect();
        let occurrences: usize = sets[0].iter().map(|&w| index.postings[w as usize].len()).sum();
        // Locating an occurrence (a sort, its span) costs several times a word's set lookup.
        if occurrences * 8 <= range_words {
            let mut located: Vec<(usize, u32, u32, Hit)> = matches(index, atom, 0..index.blocks.len() as u32, |_| true)
                .into_iter()
                .map(|m| {
                    let b = &index.blocks[m.at.block as usize];
                    let d = b.doc as usize;
                    let local = m.at.block as usize - index.doc_first_block[d] as usize;
                    let base = corpus.docs[d].blocks[local].source.start;
                    let (s, e) = (b.tokens[m.at.pos as usize].start, b.tokens[m.last as usize].end);
                    (d, base + s, base + e, Hit { block: local, span: Span::new(s as usize, e as usize) })
                })
                .collect();
            located.sort_unstable_by_key(|x| (x.0, x.1));
            Finder::Located(located)
        } else {
            let bits = sets
                .iter()
                .map(|ids| {
                    let mut set = vec![0u64; index.words.len().div_ceil(64)];
                    for &id in ids {
                        set[id as usize / 64] |= 1 << (id % 64);
                    }
                    set
                })
                .collect();
            Finder::Scan(bits)
        }
    };
    let has = |set: &[u64], word: u32| set[word as usize / 64] >> (word % 64) & 1 == 1;
    // The occurrences of an atom whose words all lie inside `r` (a range of the document's file).
    let inside = |finder: &Finder, doc: usize, r: Span| -> Vec<Hit> {
        match finder {
            Finder::Located(ms) => {
                let from = ms.partition_point(|x| (x.0, x.1) < (doc, r.start));
                ms[from..].iter().take_while(|x| x.0 == doc && x.1 < r.end).filter(|x| x.2 <= r.end).map(|x| x.3).collect()
            }
            Finder::Scan(atom) => {
                let first = index.doc_first_block[doc] as usize;
                let blocks = &corpus.docs[doc].blocks;
                let from = blocks.partition_point(|b| b.source.end <= r.start);
                let mut out = Vec::new();
                for (local, block) in blocks.iter().enumerate().skip(from).take_while(|(_, b)| b.source.start < r.end) {
                    let base = block.source.start;
                    let toks = &index.blocks[first + local].tokens;
                    let from = toks.partition_point(|t| base + t.start < r.start);
                    for i in from..toks.len() {
                        let Some(last) = toks.get(i + atom.len() - 1) else { break };
                        if base + last.end > r.end {
                            break;
                        }
                        if atom.iter().enumerate().all(|(k, set)| has(set, toks[i + k].word)) {
                            out.push(Hit { block: local, span: Span::new(toks[i].start as usize, last.end as usize) });
                        }
                    }
                }
                out
            }
        }
    };
    let groups: Vec<Vec<Finder>> = query.groups.iter().map(|g| g.iter().map(find).collect()).collect();
    let excluded: Vec<Finder> = query.excluded.iter().map(find).collect();
    ranges
        .iter()
        .map(|&(doc, r)| {
            let mut hits = Vec::new();
            for group in &groups {
                let found: Vec<Hit> = group.iter().flat_map(|f| inside(f, doc, r)).collect();
                if found.is_empty() {
                    return None;
                }
                hits.extend(found);
            }
            if excluded.iter().any(|f| !inside(f, doc, r).is_empty()) {
                return None;
            }
            Some(merge_hits(hits))
        })
        .collect()
}

/// How [`within`] finds one atom: its occurrences located (document, start and end in the file,
/// hit), sorted; or a set of word ids per word of the atom, a bit per word of the dictionary.
enum Finder {
    Located(Vec<(usize, u32, u32, Hit)>),
    Scan(Vec<Vec<u64>>),
}

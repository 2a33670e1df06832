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
    /// Sorted by block, then position; non-overlapping.
    pub hits: Vec<Hit>,
}


/// Searches the corpus. See the module documentation.
pub fn search(corpus: &Corpus, query: &Query, opts: &SearchOptions) -> SearchResults {
    let index = &corpus.index;
    let n_docs = corpus.docs.len();
    let allowed = |p: &Posting| opts.include_boilerplate || !index.blocks[p.block as usize].boilerplate;

    let match_all = |atom: &Atom| -> Vec<Match> { matches(index, atom, allowed) };
    let groups: Vec<Vec<Vec<Match>>> = query.groups.iter().map(|g| g.iter().map(match_all).collect()).collect();
    let excluded: Vec<Vec<Match>> = query.excluded.iter().map(match_all).collect();

    let mut doc_len = vec![0usize; n_docs];
    for b in index.blocks.iter().filter(|b| opts.include_boilerplate || !b.boilerplate) {
        doc_len[b.doc as usize] += b.tokens.len();
    }
    let avg_len = (doc_len.iter().sum::<usize>() as f32 / n_docs.max(1) as f32).max(1.0);

    let tf_of = |ms: &[Match]| {
        let mut tf = vec![0usize; n_docs];
        for m in ms {
            tf[index.blocks[m.at.block as usize].doc as usize] += 1;
        }
        tf
    };
    let mut score = vec![0f32; n_docs];
    let mut qualifies = vec![true; n_docs];
    for group in &groups {
        let mut in_group = vec![false; n_docs];
        for ms in group {
            let tf = tf_of(ms);
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
    for ms in &excluded {
        for (d, t) in tf_of(ms).into_iter().enumerate() {
            if t > 0 {
                qualifies[d] = false;
            }
        }
    }

    let mut hits: Vec<Vec<Hit>> = vec![Vec::new(); n_docs];
    for ms in groups.iter().flatten() {
        for m in ms {
            let b = &index.blocks[m.at.block as usize];
            let d = b.doc as usize;
            if qualifies[d] {
                let span = Span::new(b.tokens[m.at.pos as usize].start as usize, b.tokens[m.last as usize].end as usize);
                hits[d].push(Hit { block: m.at.block as usize - index.doc_first_block[d] as usize, span });
            }
        }
    }
    let mut hits: Vec<Vec<Hit>> = hits.into_iter().map(merge_hits).collect();
    let counts: Vec<usize> = hits.iter().map(Vec::len).collect();

    let wanted = |d: usize| opts.docs.as_ref().map_or(true, |ds| ds.contains(&d));
    let mut docs: Vec<DocHits> = (0..n_docs)
        .filter(|&d| qualifies[d] && wanted(d))
        .map(|d| DocHits { doc: d, score: score[d], hits: std::mem::take(&mut hits[d]) })
        .collect();
    docs.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
    SearchResults { docs, counts, notes: query.notes.clone() }
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

/// Every occurrence of `atom` in a block that `keep` accepts, sorted by block and position.
fn matches(index: &Index, atom: &Atom, keep: impl Fn(&Posting) -> bool) -> Vec<Match> {
    let sets: Vec<Vec<u32>> = atom.words.iter().map(|w| word_ids(index, w)).collect();
    // A stem or prefix is the union of several words' postings (183 words and 104,000 postings
    // for a first keystroke "a" at 500 articles): sorted as one number each, block then position,
    // which measured about twice as fast as sorting the pairs by key.
    let mut keys: Vec<u64> = Vec::with_capacity(sets[0].iter().map(|&w| index.postings[w as usize].len()).sum());
    for &w in &sets[0] {
        for p in &index.postings[w as usize] {
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

/// Sorts hits by block and position and merges those of a block that overlap or touch (as
/// [`crate::span::merge_spans`] does for one block), in one pass.
fn merge_hits(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_unstable();
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        match out.last_mut() {
            Some(last) if last.block == h.block && h.span.start <= last.span.end => {
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
    // Every match of an atom as (doc, source start, source end, hit), sorted by doc and start.
    let locate = |atom: &Atom| -> Vec<(usize, u32, u32, Hit)> {
        let mut out: Vec<(usize, u32, u32, Hit)> = matches(index, atom, |_| true)
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
        out.sort_unstable_by_key(|x| (x.0, x.1));
        out
    };
    let inside = |ms: &[(usize, u32, u32, Hit)], doc: usize, r: Span| -> Vec<Hit> {
        let from = ms.partition_point(|x| (x.0, x.1) < (doc, r.start));
        ms[from..].iter().take_while(|x| x.0 == doc && x.1 < r.end).filter(|x| x.2 <= r.end).map(|x| x.3).collect()
    };
    let groups: Vec<Vec<Vec<(usize, u32, u32, Hit)>>> = query.groups.iter().map(|g| g.iter().map(locate).collect()).collect();
    let excluded: Vec<Vec<(usize, u32, u32, Hit)>> = query.excluded.iter().map(locate).collect();
    ranges
        .iter()
        .map(|&(doc, r)| {
            let mut hits = Vec::new();
            for group in &groups {
                let found: Vec<Hit> = group.iter().flat_map(|ms| inside(ms, doc, r)).collect();
                if found.is_empty() {
                    return None;
                }
                hits.extend(found);
            }
            if excluded.iter().any(|ms| !inside(ms, doc, r).is_empty()) {
                return None;
            }
            Some(merge_hits(hits))
        })
        .collect()
}

//! Shared passages: runs of words that two or more articles have in common, verbatim or nearly.
//! Wire copy reprinted by several outlets, a press release pasted into a story, a paragraph
//! lifted from another article with a word or two changed: a class should see where one
//! article's words come from another's.
//!
//! # Method
//!
//! Comparing every pair of articles word by word costs the square of the corpus. Instead, each
//! article is reduced to a few *fingerprints* and only articles that share a fingerprint are
//! compared, where they share it (Schleimer, Wilkerson and Aiken, *Winnowing: local algorithms
//! for document fingerprinting*, SIGMOD 2003):
//!
//! 1. **Words.** The article's own blocks (boilerplate and bylines left out unless
//!    [`SharedOptions::include_boilerplate`]) are split into words by
//!    [`crate::normalize::words`] and each word is folded ([`crate::normalize::fold_word`]), so
//!    case, apostrophes, quotation marks, dashes, spacing and diacritics do not matter, and
//!    punctuation is not a word. Consecutive blocks form one stream; a skipped block breaks it, so
//!    no passage runs across boilerplate.
//! 2. **k-grams.** Every run of `k` consecutive words is hashed (a fixed 64-bit hash, so results
//!    do not depend on a random seed).
//! 3. **Winnowing.** In every window of `window` consecutive k-gram hashes the smallest is kept
//!    (the rightmost on ties), once. Two texts that share a run of at least `window + k - 1`
//!    words share at least one kept hash, whatever surrounds the run, and a text keeps about
//!    `2 / (window + 1)` of its k-grams.
//! 4. **Index.** Kept hashes are sorted with their positions, so that each hash's positions form
//!    one run (a hash map from hash to positions does the same job, but at the size of a large
//!    corpus the sorted flat array stays in cache and measured almost twice as fast; see
//!    `CROSSDOC-FIGURES.md`). A hash found in two articles is a *seed*: the two positions hold the
//!    same `k` words. A hash found at more than eight positions (a stock phrase, or one passage
//!    reprinted many times) is not expanded into all pairs: its positions are grouped by the `k`
//!    words after them and, separately, by the `k` words before them, and each group is linked as
//!    a star to its first member, so the number of comparisons stays proportional to the number
//!    of positions.
//! 5. **Extension.** From a seed the match is extended word by word in both directions. At a
//!    mismatch it may step over an edit (up to two words replaced, inserted or removed on either
//!    side) if the next three words agree again, at most one edit plus one per six matched
//!    words: that is what finds a copy with a word or two changed. A seed inside a stretch
//!    already aligned for the same two articles is skipped, so each shared stretch is walked once
//!    per pair.
//! 6. **Passages.** An alignment with at least `min_words` matching words is kept. Alignments are
//!    grouped into passages when they share an occurrence: one side of each, in the same article,
//!    overlapping by at least half of the shorter. A passage lists each article's occurrence once
//!    (overlapping ranges merged); it is [`SharedKind::Exact`] if every alignment in it was
//!    verbatim (after folding), [`SharedKind::NearCopy`] otherwise.
//!
//! Hashing and winnowing are linear in the number of words, the index is a sort of the kept
//! hashes, and seeding and extension are linear in the number of kept hashes plus the length of
//! what is shared; text genuinely shared among many articles costs in proportion to the output.
//! Measured: `benches/crossdoc.rs`, figures in `CROSSDOC-FIGURES.md`.
//!
//! # Defaults
//!
//! `min_words = 8`: eight words in the same order are rarely a coincidence in news prose, while
//! stock phrases (`the U.S. intelligence community`, `in the 2016 presidential election`) are
//! shorter. `k = 4`, `window = 3`: any verbatim run of 6 words is seeded, so every exact copy of
//! `min_words` is found, and a near-copy is found when one unedited run of six words survives
//! (a copy of 16 words with two words changed nearly always has one); four-word k-grams are
//! already rare enough that seeds are few, and half the k-grams are kept. Quotations shorter
//! than any useful `k` (`“great pressure”` in one article, a cut of a longer quotation in
//! another) are linked by [`crate::crossdoc::variants`] instead, through the quotation book.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{article_blocks, folded_hash, is_byline, mix, slice, uf_find, uf_new, uf_union};
use crate::ingest::Document;
use crate::normalize::words;
use crate::span::Span;

/// How shared passages are found.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SharedOptions {
    /// Fewest matching words a passage must have (default 8).
    pub min_words: usize,
    /// Words per hashed k-gram (default 4).
    pub k: usize,
    /// Winnowing window, in k-grams (default 3). Every shared run of `window + k - 1` words is
    /// guaranteed a seed; keep that at most `min_words`.
    pub window: usize,
    /// Look in boilerplate blocks too (default false).
    pub include_boilerplate: bool,
}

impl Default for SharedOptions {
    fn default() -> Self {
        SharedOptions { min_words: 8, k: 4, window: 3, include_boilerplate: false }
    }
}

/// Why texts are grouped as shared.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SharedKind {
    /// The same words in the same order (after folding case, marks and spacing).
    Exact,
    /// The same words with a few replaced, added or removed.
    NearCopy,
    /// Quotations of the same words, perhaps cut differently (see [`crate::crossdoc::variants`]).
    QuoteVariant,
}

impl SharedKind {
    /// `"exact"`, `"near_copy"` or `"quote_variant"`.
    pub fn as_str(self) -> &'static str {
        match self {
            SharedKind::Exact => "exact",
            SharedKind::NearCopy => "near_copy",
            SharedKind::QuoteVariant => "quote_variant",
        }
    }
}

/// Where a shared passage occurs.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Occurrence {
    pub doc: u32,
    /// In the file text (bytes), from the first shared word to the last.
    pub source: Span,
    /// The file text of `source`, as written.
    pub text: String,
}

/// Text found in two or more articles.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SharedPassage {
    pub kind: SharedKind,
    /// Sorted by document and position; at least two documents.
    pub occurrences: Vec<Occurrence>,
}

/// The passages shared by two or more of `docs`; `texts[i]` is the file text `docs[i]` came from.
/// Sorted by their first occurrence.
pub fn shared_passages(docs: &[Document], texts: &[&str], opts: &SharedOptions) -> Vec<SharedPassage> {
    let k = opts.k.max(1);
    let window = opts.window.max(1);
    let streams: Vec<Stream> = docs.iter().zip(texts).map(|(d, t)| stream(d, t, opts.include_boilerplate)).collect();

    // Fingerprints, in document and position order.
    let mut prints: Vec<(u64, u32, u32)> = Vec::new(); // (hash, doc, position)
    let grams: Vec<Vec<u64>> = streams.iter().map(|s| kgrams(s, k)).collect();
    for (d, (s, g)) in streams.iter().zip(&grams).enumerate() {
        for p in winnow(s, g, k, window) {
            prints.push((g[p], d as u32, p as u32));
        }
    }
    // The index: fingerprints sorted by hash (then document and position), so that each hash's
    // positions are one run of the array. Sorting a flat array is deterministic and, at the
    // sizes of a large corpus, faster than a hash map of lists (it stays in cache).
    let mut order: Vec<u32> = (0..prints.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (prints[i as usize].0, i));

    let mut done: HashMap<(u32, u32), Vec<Align>> = HashMap::new();
    let mut kept: Vec<Align> = Vec::new();
    let mut seed = |a: (u32, u32), b: (u32, u32), done: &mut HashMap<(u32, u32), Vec<Align>>| {
        let (a, b) = if a.0 < b.0 { (a, b) } else { (b, a) };
        if a.0 == b.0 {
            return;
        }
        let (sa, sb) = (&streams[a.0 as usize], &streams[b.0 as usize]);
        let (pa, pb) = (a.1 as usize, b.1 as usize);
        if sa.words[pa..pa + k] != sb.words[pb..pb + k] {
            return; // a hash collision
        }
        let seen = done.entry((a.0, b.0)).or_default();
        if seen.iter().any(|x| x.a.0 <= pa && pa < x.a.1 && x.b.0 <= pb && pb < x.b.1) {
            return;
        }
        let al = extend(sa, sb, pa, pb, k, (a.0, b.0));
        seen.push(al);
        if al.matched as usize >= opts.min_words {
            kept.push(al);
        }
    };
    for list in order.chunk_by(|&x, &y| prints[x as usize].0 == prints[y as usize].0) {
        if list.len() < 2 {
            continue;
        }
        if list.len() <= 8 {
            for (x, &u) in list.iter().enumerate() {
                for &v in &list[x + 1..] {
                    let (pu, pv) = (prints[u as usize], prints[v as usize]);
                    seed((pu.1, pu.2), (pv.1, pv.2), &mut done);
                }
            }
            continue;
        }
        // Many positions: group by the k words after, then by the k words before.
        for side in [1i64, -1] {
            let mut keyed: Vec<(u64, u32)> = list
                .iter()
                .filter_map(|&f| {
                    let (_, d, p) = prints[f as usize];
                    let g = &grams[d as usize];
                    let s = &streams[d as usize];
                    let q = p as i64 + side * k as i64;
                    (q >= 0 && (q as usize) < g.len() && s.seg[q as usize] == s.seg[p as usize] && g[q as usize] != 0)
                        .then(|| (g[q as usize], f))
                })
                .collect();
            keyed.sort_unstable();
            for group in keyed.chunk_by(|x, y| x.0 == y.0) {
                let first = prints[group[0].1 as usize];
                for &(_, f) in &group[1..] {
                    let other = prints[f as usize];
                    seed((first.1, first.2), (other.1, other.2), &mut done);
                }
            }
        }
    }
    passages(kept, &streams, texts)
}

/// A document's words as one stream per run of consecutive blocks.
struct Stream {
    /// Folded word hashes.
    words: Vec<u64>,
    /// Each word's place in the file text.
    spans: Vec<Span>,
    /// Segment (run of consecutive blocks) of each word.
    seg: Vec<u32>,
    /// Each segment's word range.
    bounds: Vec<(usize, usize)>,
}

fn stream(doc: &Document, text: &str, include_boilerplate: bool) -> Stream {
    let mut s = Stream { words: Vec::new(), spans: Vec::new(), seg: Vec::new(), bounds: Vec::new() };
    let mut seg = 0u32;
    let mut prev_block: Option<usize> = None;
    for (i, b, bt) in article_blocks(doc, text, include_boilerplate) {
        if is_byline(b) {
            continue;
        }
        if prev_block.is_some_and(|p| p + 1 != i) {
            seg += 1;
        }
        prev_block = Some(i);
        let base = b.source.start as usize;
        for (sp, w) in words(bt) {
            s.words.push(folded_hash(w));
            s.spans.push(sp.shifted(base));
            s.seg.push(seg);
        }
    }
    for (i, &g) in s.seg.iter().enumerate() {
        if s.bounds.len() <= g as usize {
            s.bounds.resize(g as usize + 1, (i, i));
        }
        s.bounds[g as usize].1 = i + 1;
    }
    s
}

/// The hash of the k-gram starting at each position (0 where fewer than `k` words of the same
/// segment follow).
fn kgrams(s: &Stream, k: usize) -> Vec<u64> {
    let n = s.words.len();
    let mut out = vec![0u64; n];
    for (p, slot) in out.iter_mut().enumerate() {
        if p + k > n || s.seg[p + k - 1] != s.seg[p] {
            continue;
        }
        let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
        for &w in &s.words[p..p + k] {
            h = (h ^ w).wrapping_mul(0x0100_0000_01b3).rotate_left(17);
        }
        *slot = mix(h) | 1; // never 0, which marks "no k-gram"
    }
    out
}

/// Positions selected by winnowing, per segment, in order.
fn winnow(s: &Stream, g: &[u64], k: usize, window: usize) -> Vec<usize> {
    let n = s.words.len();
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start;
        while end < n && s.seg[end] == s.seg[start] {
            end += 1;
        }
        // k-grams of this segment: start..end-k+1.
        if end - start >= k {
            let m = end - start - k + 1;
            let w = window.min(m);
            let mut last: Option<usize> = None;
            for i in 0..=m - w {
                let mut best = start + i;
                for j in start + i..start + i + w {
                    if g[j] <= g[best] {
                        best = j;
                    }
                }
                if last != Some(best) {
                    out.push(best);
                    last = Some(best);
                }
            }
        }
        start = end;
    }
    out
}

/// Two aligned stretches of two documents.
#[derive(Clone, Copy, Debug)]
struct Align {
    docs: (u32, u32),
    /// Word ranges (start, end) in each document's stream.
    a: (usize, usize),
    b: (usize, usize),
    matched: u32,
    edits: u32,
}

/// After a mismatch, the skips (words in a, words in b) tried, cheapest first.
const GAPS: [(usize, usize); 8] = [(1, 1), (0, 1), (1, 0), (1, 2), (2, 1), (2, 2), (0, 2), (2, 0)];
/// Words that must agree after an edit.
const ANCHOR: usize = 3;
/// Matched words needed per edit beyond the first.
const WORDS_PER_EDIT: u32 = 6;

fn extend(sa: &Stream, sb: &Stream, pa: usize, pb: usize, k: usize, docs: (u32, u32)) -> Align {
    let (a, b) = (&sa.words, &sb.words);
    let bounds = |s: &Stream, p: usize| s.bounds[s.seg[p] as usize];
    let (alo, ahi) = bounds(sa, pa);
    let (blo, bhi) = bounds(sb, pb);
    let mut matched = k as u32;
    let mut edits = 0u32;
    let may_edit = |matched: u32, edits: u32| edits < 1 + matched / WORDS_PER_EDIT;

    // Right.
    let (mut i, mut j) = (pa + k, pb + k);
    loop {
        while i < ahi && j < bhi && a[i] == b[j] {
            i += 1;
            j += 1;
            matched += 1;
        }
        if i >= ahi || j >= bhi || !may_edit(matched, edits) {
            break;
        }
        let skip = GAPS.iter().find(|&&(da, db)| {
            i + da + ANCHOR <= ahi && j + db + ANCHOR <= bhi && (0..ANCHOR).all(|x| a[i + da + x] == b[j + db + x])
        });
        match skip {
            Some(&(da, db)) => {
                i += da;
                j += db;
                edits += 1;
            }
            None => break,
        }
    }
    let (end_a, end_b) = (i, j);

    // Left: a[i-1] against b[j-1].
    let (mut i, mut j) = (pa, pb);
    loop {
        while i > alo && j > blo && a[i - 1] == b[j - 1] {
            i -= 1;
            j -= 1;
            matched += 1;
        }
        if i == alo || j == blo || !may_edit(matched, edits) {
            break;
        }
        let skip = GAPS.iter().find(|&&(da, db)| {
            i >= alo + da + ANCHOR && j >= blo + db + ANCHOR && (1..=ANCHOR).all(|x| a[i - da - x] == b[j - db - x])
        });
        match skip {
            Some(&(da, db)) => {
                i -= da;
                j -= db;
                edits += 1;
            }
            None => break,
        }
    }
    Align { docs, a: (i, end_a), b: (j, end_b), matched, edits }
}

/// Groups alignments into passages.
fn passages(aligns: Vec<Align>, streams: &[Stream], texts: &[&str]) -> Vec<SharedPassage> {
    // Nodes: one side of an alignment. 2i is the a side of alignment i, 2i+1 the b side.
    let node = |n: usize| {
        let al = &aligns[n / 2];
        if n % 2 == 0 {
            (al.docs.0, al.a)
        } else {
            (al.docs.1, al.b)
        }
    };
    let mut parent = uf_new(aligns.len() * 2);
    for i in 0..aligns.len() {
        uf_union(&mut parent, 2 * i, 2 * i + 1);
    }
    let mut order: Vec<usize> = (0..aligns.len() * 2).collect();
    order.sort_by_key(|&n| {
        let (d, r) = node(n);
        (d, r.0, r.1, n)
    });
    // Overlap by at least half the shorter, within one document.
    for (x, &n) in order.iter().enumerate() {
        let (d, r) = node(n);
        for &m in order[..x].iter().rev().take(64) {
            let (dm, rm) = node(m);
            if dm != d {
                break;
            }
            let overlap = r.1.min(rm.1).saturating_sub(r.0.max(rm.0));
            let shorter = (r.1 - r.0).min(rm.1 - rm.0);
            if overlap * 2 >= shorter && overlap > 0 {
                uf_union(&mut parent, n, m);
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for n in 0..aligns.len() * 2 {
        let r = uf_find(&mut parent, n);
        groups.entry(r).or_default().push(n);
    }
    let mut out = Vec::with_capacity(groups.len());
    let mut roots: Vec<usize> = groups.keys().copied().collect();
    roots.sort_unstable();
    for root in roots {
        let members = &groups[&root];
        let exact = members.iter().all(|&n| aligns[n / 2].edits == 0);
        let mut ranges: Vec<(u32, usize, usize)> = members
            .iter()
            .map(|&n| {
                let (d, r) = node(n);
                (d, r.0, r.1)
            })
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(u32, usize, usize)> = Vec::new();
        for (d, s, e) in ranges {
            match merged.last_mut() {
                Some(last) if last.0 == d && s < last.2 => last.2 = last.2.max(e),
                _ => merged.push((d, s, e)),
            }
        }
        let occurrences = merged
            .into_iter()
            .map(|(d, s, e)| {
                let st = &streams[d as usize];
                let span = Span::new(st.spans[s].start as usize, st.spans[e - 1].end as usize);
                Occurrence { doc: d, source: span, text: slice(texts[d as usize], span) }
            })
            .collect();
        out.push(SharedPassage { kind: if exact { SharedKind::Exact } else { SharedKind::NearCopy }, occurrences });
    }
    out.sort_by(|a, b| {
        let key = |p: &SharedPassage| (p.occurrences[0].doc, p.occurrences[0].source, p.occurrences.len());
        key(a).cmp(&key(b))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    const FILL_A: &str = "Mayors across the region gathered on a grey morning to discuss the budget.";
    const FILL_B: &str = "Farmers in the valley said the harvest was late but larger than feared.";

    fn run(texts: &[&str], opts: &SharedOptions) -> Vec<SharedPassage> {
        let docs: Vec<Document> =
            texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t).expect("ingests")).collect();
        shared_passages(&docs, texts, opts)
    }

    /// `texts` and the passages expected: kind and, per occurrence, (doc, text).
    #[track_caller]
    fn check(texts: &[&str], expect: &[(SharedKind, &[(u32, &str)])]) {
        let got = run(texts, &SharedOptions::default());
        let got: Vec<(SharedKind, Vec<(u32, String)>)> =
            got.into_iter().map(|p| (p.kind, p.occurrences.into_iter().map(|o| (o.doc, o.text)).collect())).collect();
        let expect: Vec<(SharedKind, Vec<(u32, String)>)> =
            expect.iter().map(|(k, os)| (*k, os.iter().map(|(d, t)| (*d, t.to_string())).collect())).collect();
        assert_eq!(got, expect);
    }

    const SHARED: &str = "the committee voted to release the full report to the public next week";

    #[test]
    fn an_exact_copy_is_found_whatever_the_case_and_marks() {
        let a =
            format!("A first headline for the test article\n\n{FILL_A} Officials said {SHARED}, after a long debate.");
        let b = format!("Another headline for another article here\n\n{FILL_B} “The Committee voted to release the full report — to the public next week,” one said.");
        check(
            &[&a, &b],
            &[(
                SharedKind::Exact,
                &[(0, SHARED), (1, "The Committee voted to release the full report — to the public next week")],
            )],
        );
    }

    #[test]
    fn a_copy_with_two_words_changed_is_a_near_copy() {
        let a = format!("A first headline for the test article\n\n{FILL_A} Officials said {SHARED}, after a long and bitter debate in the hall.");
        let b = format!("Another headline for another article here\n\n{FILL_B} Officials said the council voted to release the whole report to the public next week, after a long and bitter debate in the hall.");
        let got = run(&[&a, &b], &SharedOptions::default());
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].kind, SharedKind::NearCopy);
        assert!(got[0].occurrences[1].text.starts_with("Officials said the council"), "{got:#?}");
        assert!(got[0].occurrences[1].text.ends_with("debate in the hall"), "{got:#?}");
    }

    #[test]
    fn an_inserted_and_a_deleted_word_are_stepped_over() {
        let a = format!("A first headline for the test article\n\n{FILL_A} Officials said {SHARED}, after a long and bitter debate in the hall.");
        let b = format!("Another headline for another article here\n\n{FILL_B} Officials said the committee finally voted to release the full report to the public week, after a long and bitter debate in the hall.");
        let got = run(&[&a, &b], &SharedOptions::default());
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            got[0].occurrences[0].text,
            format!("Officials said {SHARED}, after a long and bitter debate in the hall")
        );
    }

    #[test]
    fn short_common_phrases_are_not_passages() {
        let a = format!(
            "A first headline for the test article\n\n{FILL_A} It was about the 2016 presidential election in the end."
        );
        let b = format!("Another headline for another article here\n\n{FILL_B} Nobody doubted the 2016 presidential election in the state mattered.");
        check(&[&a, &b], &[]);
        let opts = SharedOptions { min_words: 6, ..Default::default() };
        assert_eq!(run(&[&a, &b], &opts).len(), 1, "with a lower minimum the 6 shared words count");
    }

    #[test]
    fn one_passage_in_three_articles_is_one_group() {
        let a = format!("A first headline for the test article\n\n{FILL_A} Officials said {SHARED}.");
        let b = format!("Another headline for another article here\n\n{FILL_B} Aides confirmed {SHARED}.");
        let c = format!("A third headline for the third article\n\nWe hear {SHARED}. {FILL_A}");
        let got = run(&[&a, &b, &c], &SharedOptions::default());
        assert_eq!(got.len(), 2, "the shared sentence, and FILL_A in a and c: {got:#?}");
        let docs: Vec<Vec<u32>> = got.iter().map(|p| p.occurrences.iter().map(|o| o.doc).collect()).collect();
        assert_eq!(docs, [vec![0, 2], vec![0, 1, 2]]);
    }

    #[test]
    fn boilerplate_is_left_out_unless_asked_for() {
        let tail = "Read More\nSubscribe to our newsletter for the latest updates on everything that matters to you";
        let a = format!("A first headline for the test article\n\n{FILL_A} One more sentence ends here.\n\n{tail}");
        let b =
            format!("Another headline for another article here\n\n{FILL_B} Something else entirely ends it.\n\n{tail}");
        assert!(run(&[&a, &b], &SharedOptions::default()).is_empty());
        let with = SharedOptions { include_boilerplate: true, ..Default::default() };
        assert_eq!(run(&[&a, &b], &with).len(), 1);
    }

    #[test]
    fn many_copies_are_found_without_pairing_all() {
        let texts: Vec<String> = (0..30)
            .map(|i| {
                format!("Headline x{i}a x{i}b x{i}c x{i}d\n\nX{i}e x{i}f x{i}g: {SHARED}. X{i}h x{i}i x{i}j x{i}k.")
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let got = run(&refs, &SharedOptions::default());
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].kind, SharedKind::Exact);
        assert_eq!(got[0].occurrences.len(), 30);
        assert!(got[0].occurrences.iter().all(|o| o.text == SHARED), "{got:#?}");
    }

    #[test]
    fn winnowing_keeps_a_hash_in_every_window() {
        let text = "one two three four five six seven eight nine ten eleven twelve thirteen";
        let doc = ingest("a.txt", text).expect("ingests");
        let s = stream(&doc, text, false);
        let g = kgrams(&s, 4);
        let picked = winnow(&s, &g, 4, 3);
        let m = s.words.len() - 4 + 1;
        for start in 0..=m - 3 {
            assert!(picked.iter().any(|&p| p >= start && p < start + 3), "window {start} has a fingerprint");
        }
        assert!(picked.windows(2).all(|w| w[0] < w[1]));
    }
}

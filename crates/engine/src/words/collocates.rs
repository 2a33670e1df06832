//! Collocates: the words that occur near a query's hits more often than chance would put them
//! there.

use crate::corpus::Corpus;
use crate::query::Query;
use crate::search::SearchOptions;

use super::concordance::{bit, clamp_window, window_bits, DEFAULT_WINDOW};
use super::counts::WordCounts;
use super::keyness::g2;
use super::units::{occurrences, selected, Target, WordAt};

/// Reading a word from the text (its block's spans, then the word folded and looked up) costs
/// about as much as reading this many postings and testing them against the windows (measured:
/// some 700 ns against 5 ns): with fewer positions in the windows than the corpus's positions
/// over this, the words there are read from the text.
const TEXT_READ_COST: u64 = 128;

/// What a collocation table counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CollocateOptions {
    /// Words on each side of a hit (1 to 10; 5 by default).
    pub window: usize,
    /// The fewest times a word must occur in the windows to be listed (2 by default).
    pub min_count: u32,
}

impl Default for CollocateOptions {
    fn default() -> Self {
        CollocateOptions { window: DEFAULT_WINDOW, min_count: 2 }
    }
}

/// One collocate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Collocate {
    pub unit: u32,
    /// Its occurrences within the window of a hit (each counted once, however many hits it is
    /// near): the lines of its concordance near the query.
    pub count: u32,
    /// Its occurrences in the articles counted, anywhere.
    pub total: u32,
    /// How many occurrences the windows would hold by chance: the windows' share of the words
    /// times the word's occurrences (outside the hits themselves).
    pub expected: f64,
    /// Log-likelihood G² of the windows against the rest of the text, positive when the word is
    /// nearer the query than chance would put it, negative when it keeps away.
    pub log_likelihood: f64,
    /// Mutual information: the binary log of `count / expected` (1: twice as often as chance).
    pub mi: f64,
    pub stop: bool,
}

/// A query's collocates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collocates {
    /// Strongest attraction first (log-likelihood), then the words that keep away.
    pub rows: Vec<Collocate>,
    /// The query's hits.
    pub hits: usize,
    /// Words within the windows (each position once, the hits' own words left out).
    pub window_words: u64,
    /// Words counted (the articles' text, boilerplate as the counts have it).
    pub words: u64,
    /// The window used, words on each side.
    pub window: usize,
}

/// The words that occur within `opts.window` words of a hit of `query`, in the articles `docs`
/// (all for `None`), in the same block (never across a paragraph's end), the hits' own words left
/// out; each with its count there, its total, and how unlikely the count is by chance. The units
/// and the boilerplate switch are the counts'. Linear in the corpus's words.
///
/// The window is a small corpus of its own, compared with the rest of the text: a word's count in
/// the windows against its count elsewhere, given the sizes of both, makes a 2×2 table like a
/// keyness table's ([`g2`]). MI is the log of the observed count over the expected.
pub fn collocates(
    corpus: &Corpus,
    counts: &WordCounts,
    query: &Query,
    docs: Option<&[usize]>,
    opts: &CollocateOptions,
) -> Collocates {
    collocates_reading(corpus, counts, query, docs, opts, Reading::Either)
}

/// How [`collocates`] finds the words in the windows (the two ways give the same table; the tests
/// hold them together).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// From the text when the windows are small, else from the postings.
    Either,
    Text,
    #[cfg(test)]
    Postings,
}

pub(crate) fn collocates_reading(
    corpus: &Corpus,
    counts: &WordCounts,
    query: &Query,
    docs: Option<&[usize]>,
    opts: &CollocateOptions,
    reading: Reading,
) -> Collocates {
    let index = &corpus.index;
    let window = clamp_window(opts.window);
    let scope = SearchOptions { docs: docs.map(<[usize]>::to_vec), include_boilerplate: counts.include_boilerplate() };
    let nodes = occurrences(corpus, &Target::Query(query.clone()), &scope);
    let (near, inside) = window_bits(index, &nodes, window);
    let window_words: u64 = near.iter().map(|w| u64::from(w.count_ones())).sum();
    let node_words: u64 = inside.iter().map(|w| u64::from(w.count_ones())).sum();
    let (totals, words) = counts.dense_counts(&selected(corpus, docs));

    // Each unit's occurrences in the windows and inside the hits. Few positions: the words there,
    // read from the text. Many (a common word, a prefix of one letter): every word's postings in
    // the span the windows cover, tested against the bits, which costs the same however many.
    let units = counts.units();
    let mut in_window = vec![0u32; units.len()];
    let mut in_hits = vec![0u32; units.len()];
    let few = (window_words + node_words) * TEXT_READ_COST <= index.n_positions() as u64;
    if reading == Reading::Text || (reading == Reading::Either && few) {
        let mut words = WordAt::new(corpus);
        for (bits, tally) in [(&near, &mut in_window), (&inside, &mut in_hits)] {
            for p in ones(bits) {
                if let Some(w) = words.word(index.block_of(p), p) {
                    tally[units.of_word(w) as usize] += 1;
                }
            }
        }
    } else if let (Some(first), Some(last)) = (nodes.first(), nodes.iter().map(|o| o.last).max()) {
        let range = first.first.saturating_sub(window as u32)..last + window as u32 + 1;
        for w in 0..index.words.len() as u32 {
            let u = units.of_word(w) as usize;
            for p in index.postings_in(w, &range) {
                if bit(&near, p) {
                    in_window[u] += 1;
                } else if bit(&inside, p) {
                    in_hits[u] += 1;
                }
            }
        }
    }

    // The text outside the hits: what a position near them is drawn from.
    let rest = words.saturating_sub(node_words) as f64;
    let w = window_words as f64;
    let mut rows: Vec<Collocate> = (0..units.len())
        .filter(|&u| in_window[u] >= opts.min_count.max(1))
        .map(|u| {
            let o = f64::from(in_window[u]);
            let f = f64::from(totals[u].saturating_sub(in_hits[u]));
            let expected = if rest > 0.0 { w * f / rest } else { 0.0 };
            let strength = g2(o, w - o, f - o, rest - w - f + o);
            Collocate {
                unit: u as u32,
                count: in_window[u],
                total: totals[u],
                expected,
                log_likelihood: if o >= expected { strength } else { -strength },
                mi: if expected > 0.0 { (o / expected).log2() } else { 0.0 },
                stop: counts.is_stop(u as u32),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.log_likelihood.total_cmp(&a.log_likelihood).then(b.count.cmp(&a.count)).then(a.unit.cmp(&b.unit))
    });
    Collocates { rows, hits: nodes.len(), window_words, words, window }
}

/// The set bits of `bits`, ascending.
fn ones(bits: &[u64]) -> impl Iterator<Item = u32> + '_ {
    bits.iter().enumerate().flat_map(|(i, &w)| {
        let mut word = w;
        std::iter::from_fn(move || {
            (word != 0).then(|| {
                let b = word.trailing_zeros();
                word &= word - 1;
                i as u32 * 64 + b
            })
        })
    })
}

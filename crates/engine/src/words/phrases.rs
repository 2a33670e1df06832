//! Phrases shared across articles: the most frequent runs of two to four words that at least two
//! articles use, found at build time (the one part of the word views that is: see the module
//! essay) and kept as a short list in the corpus.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::index::Index;
use crate::ingest::Document;
use crate::normalize::{dotted, search_key, words};
use crate::query::Query;
use crate::search::{hits, search, Hit, SearchOptions};
use crate::span::Span;

use super::units::{Grouping, Units};

/// How many phrases the corpus keeps, most frequent first.
pub const PHRASES_KEPT: usize = 200;
/// The longest phrase, in words.
pub const LONGEST: usize = 4;

/// A phrase two or more articles use.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    /// As the articles write it most often ("election interference", "Robert Mueller’s").
    pub text: String,
    /// The search that finds exactly its occurrences (its words in quotation marks, as keyed:
    /// `"election interference"`): the lines of its concordance.
    pub query: String,
    /// How many words it has (2 to 4).
    pub words: u8,
    /// How many times it occurs in the articles' own text (as the search counts hits).
    pub count: u32,
    /// In how many articles.
    pub articles: u32,
}

/// One occurrence of a phrase: its article, where the reader highlights it, and where it is in
/// the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseHit {
    pub doc: usize,
    /// The block and the span in its text, as the reader highlights hits.
    pub hit: Hit,
    /// The same words in the article's file (bytes).
    pub source: Span,
}

impl Phrase {
    /// Where the phrase occurs: the hits of its query, article by article (boilerplate left out,
    /// as when it was counted). As many as [`Phrase::count`].
    pub fn occurrences(&self, corpus: &Corpus) -> Vec<PhraseHit> {
        let query = Query::parse(&self.query);
        let mut docs: Vec<usize> = search(corpus, &query, &SearchOptions::default())
            .docs
            .iter()
            .filter(|d| d.n_hits > 0)
            .map(|d| d.doc)
            .collect();
        docs.sort_unstable();
        docs.into_iter()
            .flat_map(|d| {
                hits(corpus, &query, d, false).into_iter().map(move |hit| {
                    let base = corpus.docs[d].blocks[hit.block].source.start as usize;
                    PhraseHit { doc: d, hit, source: hit.span.shifted(base) }
                })
            })
            .collect()
    }
}

/// The phrases of 2 to [`LONGEST`] words that occur at least twice, in at least two articles,
/// in the articles' own text (boilerplate left out); neither first nor last word a stop word (so
/// none is made only of them, and "interference in the" gives way to "interference"); written
/// mostly with nothing but space between the words (not "election interference, Trump"); a phrase
/// left out when a longer one kept holds it as often (every "Robert Mueller" is in "special
/// counsel Robert Mueller"); the [`PHRASES_KEPT`] most frequent, then in most articles, then the
/// longest, then alphabetically.
///
/// Words are compared as the search compares them (a stem with the spellings of its name), and
/// an occurrence that overlaps the one before of the same phrase is not counted again, as the
/// search merges such hits: so a phrase's count is the number of hits its query finds.
pub fn shared_phrases(docs: &[Document], index: &Index) -> Vec<Phrase> {
    let units = Units::new(index, Grouping::Stems);
    let n = index.n_positions() as usize;
    // The unit at every position of the articles' own text; NONE between blocks and in
    // boilerplate, so no phrase runs across either.
    const NONE: u32 = u32::MAX;
    let mut at = vec![NONE; n];
    for w in 0..index.words.len() as u32 {
        let u = units.of_word(w);
        for p in index.postings(w) {
            at[p as usize] = u;
        }
    }
    for b in index.blocks.iter().filter(|b| b.boilerplate) {
        at[b.positions().start as usize..b.positions().end as usize].fill(NONE);
    }
    let stop = units.stop_flags(index);
    let mut doc_at = vec![0u32; n];
    // Whether the word at each position and the next are written with nothing but space between
    // them (or a hyphen, or an abbreviation's full stop): a phrase, not two pieces of a sentence
    // ("election interference, Trump").
    let mut glued = vec![false; n];
    for (b, block) in index.blocks.iter().enumerate() {
        let positions = block.positions();
        doc_at[positions.start as usize..positions.end as usize].fill(block.doc);
        if block.boilerplate || block.len < 2 {
            continue;
        }
        let text = &docs[block.doc as usize].blocks[b - index.doc_first_block[block.doc as usize] as usize].text;
        let spans: Vec<Span> = index.block_spans(b).collect();
        for (i, pair) in spans.windows(2).enumerate() {
            glued[positions.start as usize + i] =
                joined(pair[0].of(text), &text[pair[0].end as usize..pair[1].start as usize]);
        }
    }

    // Counts, shortest first: a phrase is counted only where the phrase one word shorter at its
    // start and the one at its end are both in two articles (a longer phrase cannot be in more
    // articles than its parts).
    let mut table: HashMap<Gram, Tally, Fast> = HashMap::default();
    let mut frequent: HashSet<Gram, Fast> = HashSet::default();
    for len in 2..=LONGEST {
        for p in 0..n.saturating_sub(len - 1) {
            let units = &at[p..p + len];
            if units.contains(&NONE) {
                continue;
            }
            let gram = Gram::of(units);
            if len > 2
                && !(frequent.contains(&Gram::of(&units[..len - 1])) && frequent.contains(&Gram::of(&units[1..])))
            {
                continue;
            }
            let clean = glued[p..p + len - 1].iter().all(|&g| g);
            table.entry(gram).or_default().add(p as u32, len as u32, doc_at[p], clean);
        }
        frequent =
            table.iter().filter(|(g, t)| g.len() == len && t.docs >= 2 && t.count >= 2).map(|(g, _)| *g).collect();
    }

    // Candidates: frequent, no stop word at either end, mostly written as one phrase; longest
    // first, so that a shorter phrase can be checked against the longer ones kept.
    let mut candidates: Vec<(Gram, Tally)> = table
        .into_iter()
        .filter(|(g, t)| {
            t.docs >= 2
                && t.count >= 2
                && t.clean * 2 > t.count
                && !stop[g.units()[0] as usize]
                && !stop[*g.units().last().expect("two words at least") as usize]
        })
        .collect();
    candidates.sort_by(|(g, t), (h, s)| h.len().cmp(&g.len()).then(s.count.cmp(&t.count)).then(g.cmp(h)));
    let mut covered: HashSet<(Gram, u32), Fast> = HashSet::default();
    let mut kept: Vec<(Gram, Tally)> = Vec::new();
    for (g, t) in candidates {
        if covered.contains(&(g, t.count)) {
            continue;
        }
        let u = g.units();
        for len in 2..u.len() {
            for start in 0..=u.len() - len {
                covered.insert((Gram::of(&u[start..start + len]), t.count));
            }
        }
        kept.push((g, t));
    }
    kept.sort_by(|(g, t), (h, s)| {
        s.count.cmp(&t.count).then(s.docs.cmp(&t.docs)).then(h.len().cmp(&g.len())).then(g.cmp(h))
    });
    kept.truncate(PHRASES_KEPT);

    // Each phrase as written most often, read at its occurrences.
    let wanted: HashMap<Gram, usize, Fast> = kept.iter().enumerate().map(|(i, (g, _))| (*g, i)).collect();
    let mut written: Vec<Vec<(String, u32)>> = vec![Vec::new(); kept.len()];
    let mut last_end: Vec<Option<u32>> = vec![None; kept.len()];
    for (b, block) in index.blocks.iter().enumerate().filter(|(_, b)| !b.boilerplate && b.len >= 2) {
        let start = block.start as usize;
        let len = block.len as usize;
        let text = &docs[block.doc as usize].blocks[b - index.doc_first_block[block.doc as usize] as usize].text;
        let mut spans: Option<Vec<Span>> = None;
        for i in 0..len {
            for l in 2..=LONGEST.min(len - i) {
                let Some(&k) = wanted.get(&Gram::of(&at[start + i..start + i + l])) else {
                    continue;
                };
                let p = (start + i) as u32;
                if last_end[k].is_some_and(|e| p <= e) {
                    continue;
                }
                last_end[k] = Some(p + l as u32 - 1);
                let spans = spans.get_or_insert_with(|| index.block_spans(b).collect());
                let piece = text[spans[i].start as usize..spans[i + l - 1].end as usize]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                match written[k].iter_mut().find(|(t, _)| *t == piece) {
                    Some((_, c)) => *c += 1,
                    None => written[k].push((piece, 1)),
                }
            }
        }
    }
    kept.iter()
        .zip(written)
        .map(|((g, t), forms)| {
            let text = forms
                .iter()
                .fold(None::<&(String, u32)>, |best, f| if best.is_none_or(|b| f.1 > b.1) { Some(f) } else { best })
                .map(|(t, _)| t.clone())
                .unwrap_or_default();
            let keys: Vec<String> = words(&text).map(|(_, w)| search_key(w)).collect();
            Phrase {
                query: format!("\"{}\"", keys.join(" ")),
                text,
                words: g.len() as u8,
                count: t.count,
                articles: t.docs,
            }
        })
        .collect()
}

/// Whether `gap`, the text between the word `before` and the next word of its block, joins them
/// into a phrase: white space only, a hyphen or a dash, or the full stop of an abbreviation
/// ("U.S. officials").
fn joined(before: &str, gap: &str) -> bool {
    match gap.trim() {
        "" | "-" | "‐" | "–" => true,
        "." => dotted(before),
        _ => false,
    }
}

/// A run of 2 to 4 units (the rest `u32::MAX`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Gram([u32; LONGEST]);

/// Two units to a word of the hasher (derived, an array is hashed a byte at a time: sixteen
/// rounds of [`FxHasher`] for each of the millions of grams counted).
impl std::hash::Hash for Gram {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for pair in self.0.chunks(2) {
            state.write_u64(pair.iter().fold(0, |h, &u| h << 32 | u64::from(u)));
        }
    }
}

impl Gram {
    fn of(units: &[u32]) -> Gram {
        let mut g = [u32::MAX; LONGEST];
        g[..units.len()].copy_from_slice(units);
        Gram(g)
    }

    fn len(&self) -> usize {
        self.0.iter().take_while(|&&u| u != u32::MAX).count()
    }

    fn units(&self) -> &[u32] {
        &self.0[..self.len()]
    }
}

/// A phrase's occurrences (those not overlapping the one before, as the search counts hits) and
/// articles, counted in position order.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    count: u32,
    /// Of those, the ones written with nothing but space between the words.
    clean: u32,
    docs: u32,
    last_doc: Option<u32>,
    /// The last position of the last occurrence counted (or merged into it).
    end: Option<u32>,
}

impl Tally {
    fn add(&mut self, p: u32, len: u32, doc: u32, clean: bool) {
        let last = p + len - 1;
        match self.end {
            Some(e) if p <= e => self.end = Some(e.max(last)),
            _ => {
                self.count += 1;
                self.clean += u32::from(clean);
                self.end = Some(last);
            }
        }
        if self.last_doc != Some(doc) {
            self.docs += 1;
            self.last_doc = Some(doc);
        }
    }
}

/// A fast hash for small keys of numbers (FxHash's multiply and rotate): the table holds a few
/// hundred thousand grams at a thousand articles, built once, where SipHash's protection against
/// chosen keys buys nothing.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type Fast = BuildHasherDefault<FxHasher>;

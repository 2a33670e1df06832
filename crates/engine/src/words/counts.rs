//! [`WordCounts`]: how often each unit occurs in each article, read from the postings once; and
//! the frequency list of any set of articles ([`WordCounts::frequencies`]).

use crate::corpus::Corpus;

use super::units::{form_ref, selected, stem_ref, written_form, Grouping, Units, WordRef};

/// Each unit's count in each article (the article's own text, and its boilerplate when
/// `include_boilerplate`), kept as a sparse table: for each article, the units it uses with their
/// counts. Built in one pass over the postings, linear in the corpus's words; every frequency
/// list, keyness table and collocation table is then a pass over the rows it needs.
#[derive(Clone, Debug, PartialEq)]
pub struct WordCounts {
    units: Units,
    include_boilerplate: bool,
    /// Article `d`'s units are `entries[row_starts[d]..row_starts[d + 1]]`, by unit.
    row_starts: Vec<u32>,
    /// (unit, count).
    entries: Vec<(u32, u32)>,
    /// How many words each article has that are counted.
    doc_words: Vec<u32>,
    /// Each unit's count in the whole collection.
    totals: Vec<u32>,
    /// Each unit's most frequent word (in the whole collection; the first on a tie): what a row
    /// shows and links to.
    head: Vec<u32>,
    /// Whether each unit is a stop word (see [`Units`]).
    stop: Vec<bool>,
}

/// A table entry for every 2^5 positions, to find the run of a position.
const RUN_CHUNK: u32 = 5;

/// One row of a frequency list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrequencyRow {
    /// The unit (see [`Units`]); [`WordCounts::shown`] writes it, [`WordCounts::word_ref`] opens
    /// its lines.
    pub unit: u32,
    /// Its occurrences in the articles counted.
    pub count: u32,
    /// Per 1,000 words of those articles.
    pub per_1000: f64,
    /// In how many of them it occurs.
    pub articles: u32,
    /// Whether it is a stop word (the lexicon's list), which the view can hide.
    pub stop: bool,
}

/// The frequency list of a set of articles: every unit they use, most frequent first (then in unit
/// order, which for forms is alphabetical).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frequencies {
    pub rows: Vec<FrequencyRow>,
    /// The words counted: the articles' own text, with boilerplate when it is included.
    pub words: u64,
    /// How many articles were counted.
    pub articles: usize,
}

impl WordCounts {
    /// Counts every unit of `grouping` in every article, boilerplate included or not.
    pub fn new(corpus: &Corpus, include_boilerplate: bool, grouping: Grouping) -> WordCounts {
        let index = &corpus.index;
        let n_docs = corpus.docs.len();
        let units = Units::new(index, grouping);

        // Each word's (article, count), in article order, straight from its postings. A position's
        // article comes from the index's runs (a few an article): where a word's positions leave
        // a run, the run is found through a table of the run at every 32nd position.
        let runs: Vec<(u32, u32, bool)> =
            index.runs().map(|(r, doc, boilerplate)| (r.start, doc as u32, boilerplate)).collect();
        let run_end = |r: usize| runs.get(r + 1).map_or(u32::MAX, |x| x.0);
        let mut run_at: Vec<u32> = Vec::with_capacity((index.n_positions() >> RUN_CHUNK) as usize + 1);
        let mut r = 0usize;
        for c in 0..=index.n_positions() >> RUN_CHUNK {
            while r + 1 < runs.len() && runs[r + 1].0 <= c << RUN_CHUNK {
                r += 1;
            }
            run_at.push(r as u32);
        }
        let run_of = |p: u32| {
            let mut r = run_at.get((p >> RUN_CHUNK) as usize).map_or(0, |&r| r as usize);
            while r + 1 < runs.len() && runs[r + 1].0 <= p {
                r += 1;
            }
            r
        };
        let mut word_at: Vec<u32> = Vec::with_capacity(index.words.len() + 1);
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut word_totals = vec![0u32; index.words.len()];
        for w in 0..index.words.len() as u32 {
            word_at.push(pairs.len() as u32);
            let from = pairs.len();
            // The run of the last position read: where it ends and whether its words count; the
            // article being counted and its count so far.
            let (mut end, mut counted) = (0u32, 0u32);
            let (mut doc, mut n) = (u32::MAX, 0u32);
            for p in index.postings(w) {
                if p >= end {
                    let r = run_of(p);
                    let (_, run_doc, boilerplate) = runs[r];
                    end = run_end(r);
                    counted = u32::from(include_boilerplate || !boilerplate);
                    if counted == 1 && run_doc != doc {
                        if n > 0 {
                            pairs.push((doc, n));
                        }
                        (doc, n) = (run_doc, 0);
                    }
                }
                n += counted;
            }
            if n > 0 {
                pairs.push((doc, n));
            }
            word_totals[w as usize] = pairs[from..].iter().map(|&(_, n)| n).sum();
        }
        word_at.push(pairs.len() as u32);

        // Rows: the pairs sorted by article (counting sort), units in order within each, a
        // unit's forms added together.
        let mut row_starts = vec![0u32; n_docs + 1];
        for &(d, _) in &pairs {
            row_starts[d as usize + 1] += 1;
        }
        for d in 0..n_docs {
            row_starts[d + 1] += row_starts[d];
        }
        let mut fill = row_starts.clone();
        let mut entries = vec![(0u32, 0u32); pairs.len()];
        for unit in 0..units.len() as u32 {
            for &w in units.words(unit) {
                for &(d, n) in &pairs[word_at[w as usize] as usize..word_at[w as usize + 1] as usize] {
                    let at = fill[d as usize] as usize;
                    if at > row_starts[d as usize] as usize && entries[at - 1].0 == unit {
                        entries[at - 1].1 += n;
                    } else {
                        entries[at] = (unit, n);
                        fill[d as usize] += 1;
                    }
                }
            }
        }
        // Forms of one unit in one article made one entry: close the gaps, in place (a row only
        // moves towards the start), so that the pairs and the rows are the most held at once.
        drop(pairs);
        let mut starts = Vec::with_capacity(n_docs + 1);
        let mut at = 0usize;
        for d in 0..n_docs {
            starts.push(at as u32);
            let row = row_starts[d] as usize..fill[d] as usize;
            let len = row.len();
            entries.copy_within(row, at);
            at += len;
        }
        starts.push(at as u32);
        entries.truncate(at);
        entries.shrink_to_fit();
        let compact = entries;

        let mut totals = vec![0u32; units.len()];
        for &(u, n) in &compact {
            totals[u as usize] += n;
        }
        let mut doc_words = vec![0u32; n_docs];
        for b in index.blocks.iter().filter(|b| include_boilerplate || !b.boilerplate) {
            doc_words[b.doc as usize] += b.len;
        }
        let head: Vec<u32> = (0..units.len() as u32)
            .map(|u| {
                units
                    .words(u)
                    .iter()
                    .copied()
                    .fold(None::<u32>, |best, w| {
                        if best.is_none_or(|b| word_totals[w as usize] > word_totals[b as usize]) {
                            Some(w)
                        } else {
                            best
                        }
                    })
                    .unwrap_or(0)
            })
            .collect();
        let stop = units.stop_flags(index);
        WordCounts { units, include_boilerplate, row_starts: starts, entries: compact, doc_words, totals, head, stop }
    }

    pub fn units(&self) -> &Units {
        &self.units
    }

    pub fn grouping(&self) -> Grouping {
        self.units.grouping()
    }

    pub fn include_boilerplate(&self) -> bool {
        self.include_boilerplate
    }

    /// How many words of article `doc` are counted.
    pub fn doc_words(&self, doc: usize) -> u32 {
        self.doc_words.get(doc).copied().unwrap_or(0)
    }

    /// The units article `doc` uses, with their counts, by unit.
    pub fn row(&self, doc: usize) -> &[(u32, u32)] {
        match (self.row_starts.get(doc), self.row_starts.get(doc + 1)) {
            (Some(&a), Some(&b)) => &self.entries[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Unit `unit`'s count in the whole collection.
    pub fn total(&self, unit: u32) -> u32 {
        self.totals[unit as usize]
    }

    /// Whether unit `unit` is a stop word.
    pub fn is_stop(&self, unit: u32) -> bool {
        self.stop[unit as usize]
    }

    /// Unit `unit`'s most frequent word (an index into `Index::words`).
    pub fn head(&self, unit: u32) -> u32 {
        self.head[unit as usize]
    }

    /// Unit `unit` as a row shows it: its most frequent word as the articles write it most often
    /// ("Trump", "interference", "U.S."). Reads a few of the word's occurrences: call it for the
    /// rows on screen.
    pub fn shown(&self, corpus: &Corpus, unit: u32) -> String {
        written_form(corpus, self.head(unit))
    }

    /// What opens unit `unit`'s lines, the ones its counts count: its form (forms), or its most
    /// frequent form in quotation marks as a search (stems).
    pub fn word_ref(&self, corpus: &Corpus, unit: u32) -> WordRef {
        match self.grouping() {
            Grouping::Forms => form_ref(&corpus.index, self.head(unit)),
            Grouping::Stems => stem_ref(&corpus.index, self.head(unit)),
        }
    }

    /// The unit a word form belongs to (`interference`, `US`), if the articles write it.
    pub fn unit_of_form(&self, corpus: &Corpus, form: &str) -> Option<u32> {
        match super::units::Target::form(corpus, form) {
            super::units::Target::Words(ws) => ws.first().map(|&w| self.units.of_word(w)),
            super::units::Target::Query(_) => None,
        }
    }

    /// Each unit's count and number of articles in `docs` (all articles for `None`), and how many
    /// words they have.
    pub(crate) fn dense(&self, docs: &[bool]) -> (Vec<u32>, Vec<u32>, u64) {
        self.dense_rows(docs, true)
    }

    /// Each unit's count in `docs` and how many words they have: the collection's totals, kept,
    /// when `docs` is every article.
    pub(crate) fn dense_counts(&self, docs: &[bool]) -> (Vec<u32>, u64) {
        if docs.iter().all(|&on| on) {
            return (self.totals.clone(), self.doc_words.iter().map(|&w| u64::from(w)).sum());
        }
        let (counts, _, words) = self.dense_rows(docs, false);
        (counts, words)
    }

    fn dense_rows(&self, docs: &[bool], with_articles: bool) -> (Vec<u32>, Vec<u32>, u64) {
        let mut counts = vec![0u32; self.units.len()];
        let mut articles = vec![0u32; if with_articles { self.units.len() } else { 0 }];
        let mut words = 0u64;
        for (d, _) in docs.iter().enumerate().filter(|(_, &on)| on) {
            words += u64::from(self.doc_words(d));
            for &(u, n) in self.row(d) {
                counts[u as usize] += n;
                if with_articles {
                    articles[u as usize] += 1;
                }
            }
        }
        (counts, articles, words)
    }

    /// The frequency list of the articles `docs` (all for `None`): every unit they use, with its
    /// count, its rate per 1,000 of their words and the number of them it occurs in; most
    /// frequent first.
    pub fn frequencies(&self, corpus: &Corpus, docs: Option<&[usize]>) -> Frequencies {
        let on = selected(corpus, docs);
        let (counts, articles, words) = self.dense(&on);
        let mut rows: Vec<FrequencyRow> = counts
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(u, &n)| FrequencyRow {
                unit: u as u32,
                count: n,
                per_1000: per_1000(n, words),
                articles: articles[u],
                stop: self.stop[u],
            })
            .collect();
        rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.unit.cmp(&b.unit)));
        Frequencies { rows, words, articles: on.iter().filter(|&&x| x).count() }
    }
}

/// `count` per 1,000 of `words` (0 when there are none).
pub fn per_1000(count: u32, words: u64) -> f64 {
    if words == 0 {
        0.0
    } else {
        f64::from(count) * 1000.0 / words as f64
    }
}

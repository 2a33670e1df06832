//! What two articles have in common: what Compare shows a class asking "how did these two outlets
//! report the same thing?". Everything here reads what the build computed ([`Corpus::shared`],
//! [`Corpus::variants`], [`Corpus::entities`], [`Corpus::events`]); nothing is searched again.
//!
//! - **The same quotation** in both, as each reports it: its words, who it credits and with which
//!   verb ("bragged" against "told"), and the words the two versions share (the rest is where
//!   they differ).
//! - **The same people and organisations** named in both, with how often each names them.
//! - **The same dates** given in both.
//! - **The same passages** of text, word for word or nearly.
//!
//! [`Corpus::best_pair`] picks the two articles with most in common, for a Compare view opened
//! without a pair.

use std::collections::HashMap;

use crate::compare::shared_words;
use crate::corpus::Corpus;
use crate::crossdoc::PartialDate;
use crate::span::Span;

/// One quotation both articles report.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedQuote {
    /// The quotation in each article (indices into the corpus's quotations).
    pub quotes: [usize; 2],
    /// The words the two versions share, in each version's text.
    pub common: [Vec<Span>; 2],
}

/// A name both articles give.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedName {
    /// Index into the corpus's entities.
    pub entity: usize,
    /// How many times each article names it.
    pub mentions: [usize; 2],
}

/// A date both articles give.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedDate {
    pub date: PartialDate,
    /// Where each article gives it (indices into `corpus.events[doc]`).
    pub mentions: [Vec<usize>; 2],
}

/// A passage both articles have.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedText {
    /// Index into the corpus's shared passages.
    pub passage: usize,
    /// The passage's occurrence in each article (indices into its occurrences).
    pub occurrences: [usize; 2],
}

/// What articles `docs[0]` and `docs[1]` share.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PairReport {
    pub quotes: Vec<SharedQuote>,
    pub names: Vec<SharedName>,
    pub dates: Vec<SharedDate>,
    pub passages: Vec<SharedText>,
}

impl PairReport {
    /// Whether the two share nothing at all.
    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty() && self.names.is_empty() && self.dates.is_empty() && self.passages.is_empty()
    }
}

impl Corpus {
    /// What articles `a` and `b` share: the quotations both report (pairs of reports with words in
    /// common), the names both give (most named first), the dates both give (in date order, known
    /// to the month at least) and the passages both have.
    pub fn pair_report(&self, a: usize, b: usize) -> PairReport {
        let mut report = PairReport::default();
        if a == b || a >= self.docs.len() || b >= self.docs.len() {
            return report;
        }
        for (p, passage) in self.shared.iter().enumerate() {
            let at = |d: usize| passage.occurrences.iter().position(|o| o.doc as usize == d);
            if let (Some(x), Some(y)) = (at(a), at(b)) {
                report.passages.push(SharedText { passage: p, occurrences: [x, y] });
            }
        }
        for g in &self.variants {
            for ma in g.members.iter().filter(|m| m.doc as usize == a) {
                for mb in g.members.iter().filter(|m| m.doc as usize == b) {
                    let (qa, qb) = (ma.quote as usize, mb.quote as usize);
                    let (ca, cb) = shared_words(&self.quotes.quotes[qa].text, &self.quotes.quotes[qb].text);
                    if !ca.is_empty() {
                        report.quotes.push(SharedQuote { quotes: [qa, qb], common: [ca, cb] });
                    }
                }
            }
        }
        for (e, ent) in self.entities.iter().enumerate() {
            let count = |d: usize| ent.mentions.iter().filter(|m| m.doc as usize == d).count();
            let (na, nb) = (count(a), count(b));
            if na > 0 && nb > 0 {
                report.names.push(SharedName { entity: e, mentions: [na, nb] });
            }
        }
        report.names.sort_by_key(|n| (std::cmp::Reverse(n.mentions[0] + n.mentions[1]), n.entity));
        let dates = |d: usize| -> HashMap<PartialDate, Vec<usize>> {
            let mut by: HashMap<PartialDate, Vec<usize>> = HashMap::new();
            for (k, m) in self.events.get(d).into_iter().flatten().enumerate() {
                if let Some(date) = m.date.filter(|p| p.year.is_some() && p.month.is_some()) {
                    by.entry(date).or_default().push(k);
                }
            }
            by
        };
        let (da, mut db) = (dates(a), dates(b));
        for (date, ka) in da {
            if let Some(kb) = db.remove(&date) {
                report.dates.push(SharedDate { date, mentions: [ka, kb] });
            }
        }
        report.dates.sort_by_key(|d| d.date);
        report
    }

    /// The pair of articles with the most in common, compared when the address names none: two
    /// points for each passage they share, one for each quotation both report (a pair of its
    /// reports with words in common); the first such pair in article order on a tie, and the
    /// first two articles when no two share anything. Counted from the shared passages and the
    /// quotation variants themselves (comparing every pair of articles was 125,000 comparisons at
    /// 500 articles), checking whether two reports share words only for the pairs that could
    /// still win, best first.
    pub fn best_pair(&self) -> (usize, usize) {
        let mut candidates: Vec<((usize, usize), PairCounts)> = self.pair_counts().into_iter().collect();
        candidates.sort_by(|(p, a), (q, b)| b.upper().cmp(&a.upper()).then(p.cmp(q)));
        let mut best: Option<((usize, usize), usize)> = None;
        for (pair, counts) in candidates {
            if best.is_some_and(|(_, score)| counts.upper() < score) {
                break;
            }
            let score = counts.score(self);
            if score > 0 && best.is_none_or(|(p, s)| score > s || (score == s && pair < p)) {
                best = Some((pair, score));
            }
        }
        best.map_or((0, 1.min(self.docs.len().saturating_sub(1))), |(pair, _)| pair)
    }

    /// [`PairCounts`] of every pair of articles (first, second) with anything in common.
    fn pair_counts(&self) -> HashMap<(usize, usize), PairCounts> {
        let mut counts: HashMap<(usize, usize), PairCounts> = HashMap::new();
        for p in &self.shared {
            let mut docs: Vec<usize> = p.occurrences.iter().map(|o| o.doc as usize).collect();
            docs.sort_unstable();
            docs.dedup();
            for (i, &x) in docs.iter().enumerate() {
                for &y in &docs[i + 1..] {
                    counts.entry((x, y)).or_default().passages += 1;
                }
            }
        }
        for g in &self.variants {
            for (i, ma) in g.members.iter().enumerate() {
                for mb in &g.members[i + 1..] {
                    let (x, y) = (ma.doc as usize, mb.doc as usize);
                    if x != y {
                        counts.entry((x.min(y), x.max(y))).or_default().reports.push((ma.quote, mb.quote));
                    }
                }
            }
        }
        counts
    }
}

/// What two articles have in common for [`Corpus::best_pair`]: two points for each passage they
/// share, and the pairs of reports of one quotation (one in each), which count when they have
/// words in common.
#[derive(Default)]
struct PairCounts {
    passages: usize,
    reports: Vec<(u32, u32)>,
}

impl PairCounts {
    /// The most the pair can score.
    fn upper(&self) -> usize {
        self.passages * 2 + self.reports.len()
    }

    fn score(&self, corpus: &Corpus) -> usize {
        let shared = |&&(a, b): &&(u32, u32)| {
            !shared_words(&corpus.quotes.quotes[a as usize].text, &corpus.quotes.quotes[b as usize].text).0.is_empty()
        };
        self.passages * 2 + self.reports.iter().filter(shared).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair's score as comparing the two in full counts it.
    fn every_pair(corpus: &Corpus) -> ((usize, usize), HashMap<(usize, usize), usize>) {
        let n = corpus.docs.len();
        let mut best = (0, 1.min(n.saturating_sub(1)), 0usize);
        let mut scores = HashMap::new();
        for x in 0..n {
            for y in x + 1..n {
                let r = corpus.pair_report(x, y);
                let score = r.passages.len() * 2 + r.quotes.len();
                if score > 0 {
                    scores.insert((x, y), score);
                }
                if score > best.2 {
                    best = (x, y, score);
                }
            }
        }
        ((best.0, best.1), scores)
    }

    #[test]
    fn the_default_pair_is_the_one_with_most_in_common_as_comparing_every_pair_finds() {
        // Forty generated articles, with passages and quotations planted in several of them.
        let files = corpusgen::generate(&corpusgen::repo_seeds(), 40, 7).files;
        let c = Corpus::from_texts(files.iter().map(|(f, t)| (f.as_str(), t.as_str()))).expect("builds");
        assert!(!c.shared.is_empty() && !c.variants.is_empty());
        let (pair, scores) = every_pair(&c);
        assert_eq!(c.best_pair(), pair);
        let counted: HashMap<(usize, usize), usize> =
            c.pair_counts().into_iter().map(|(p, k)| (p, k.score(&c))).filter(|&(_, s)| s > 0).collect();
        assert_eq!(counted, scores);
    }
}

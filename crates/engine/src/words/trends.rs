//! Trends: how often one or more words are used in each article, relative to its length, in
//! article order or by date.

use crate::corpus::Corpus;
use crate::ingest::Date;
use crate::query::{Atom, Query};
use crate::search::{search, SearchOptions};

use super::counts::per_1000;
use super::units::selected;

/// One line of the chart: one group of the query (a word, a phrase, or words joined by OR).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Its name in a legend: the words as the search keys them (`putin`, `"great pressure"`,
    /// `comey OR lavrov`, `zelensk*`).
    pub label: String,
    /// The search that finds its hits alone, as text for an address (the concordance of one
    /// point: this text, in that article).
    pub query: String,
}

/// One article: its words and each series' hits in it.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub doc: usize,
    pub date: Option<Date>,
    /// Words counted: the article's own text, with its boilerplate when included.
    pub words: u32,
    /// Each series' hits, in series order.
    pub hits: Vec<u32>,
    /// Each series' hits per 1,000 words.
    pub per_1000: Vec<f64>,
}

/// The order of the articles along the chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TrendOrder {
    /// Article order (their numbers).
    #[default]
    Article,
    /// By date, oldest first; articles with no date after them, in article order.
    Date,
}

impl TrendOrder {
    /// As an address writes it: empty, or `date`.
    pub fn key(self) -> &'static str {
        match self {
            TrendOrder::Article => "",
            TrendOrder::Date => "date",
        }
    }

    pub fn from_key(key: &str) -> TrendOrder {
        if key == "date" {
            TrendOrder::Date
        } else {
            TrendOrder::Article
        }
    }
}

/// A chart's data: its series and a point for every article in the scope, hits or none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trends {
    pub series: Vec<Series>,
    pub points: Vec<TrendPoint>,
}

impl Trends {
    /// The points in `order`, as indices into `points`.
    pub fn order(&self, order: TrendOrder) -> Vec<usize> {
        let mut out: Vec<usize> = (0..self.points.len()).collect();
        if order == TrendOrder::Date {
            out.sort_by_key(|&i| (self.points[i].date.is_none(), self.points[i].date, self.points[i].doc));
        }
        out
    }

    /// The largest rate of any series at any point (the chart's scale).
    pub fn max_per_1000(&self) -> f64 {
        self.points.iter().flat_map(|p| p.per_1000.iter().copied()).fold(0.0, f64::max)
    }
}

/// Each group of `query` as a series (what a space separates: `putin trump` is two series;
/// `comey OR lavrov` one), with its hits per 1,000 words in every article of the scope, counted
/// as the search counts the group alone. Excluded words play no part.
pub fn trends(corpus: &Corpus, query: &Query, scope: &SearchOptions) -> Trends {
    let on = selected(corpus, scope.docs.as_deref());
    let docs: Vec<usize> = (0..corpus.docs.len()).filter(|&d| on[d]).collect();
    let words: Vec<u32> = docs
        .iter()
        .map(|&d| {
            let c = corpus.word_counts(d);
            (c.body + if scope.include_boilerplate { c.boilerplate } else { 0 }) as u32
        })
        .collect();
    let mut series = Vec::new();
    let mut counts: Vec<Vec<usize>> = Vec::new();
    for group in &query.groups {
        let alone = Query { groups: vec![group.clone()], excluded: Vec::new(), notes: Vec::new() };
        let opts = SearchOptions { docs: None, include_boilerplate: scope.include_boilerplate };
        counts.push(search(corpus, &alone, &opts).counts);
        series.push(Series { label: label(corpus, group), query: group_text(group) });
    }
    let points = docs
        .iter()
        .zip(&words)
        .map(|(&d, &w)| {
            let hits: Vec<u32> = counts.iter().map(|c| c[d] as u32).collect();
            TrendPoint {
                doc: d,
                date: corpus.docs[d].date,
                words: w,
                per_1000: hits.iter().map(|&h| per_1000(h, u64::from(w))).collect(),
                hits,
            }
        })
        .collect();
    Trends { series, points }
}

/// A group of a query as the search box reads it alone: each atom in quotation marks (so a word
/// is not read as the start of one, nor `or` as an operator), a word that is a prefix with `*`
/// after it, an abbreviation in capitals, a phrase whose last word is being typed with its
/// quotation mark left open, atoms joined by `OR`.
pub fn group_text(group: &[Atom]) -> String {
    let atom = |a: &Atom| -> String {
        let word = |w: &crate::query::QueryWord| {
            if w.acronym {
                w.folded.to_uppercase()
            } else {
                w.folded.clone()
            }
        };
        let last_prefix = a.words.last().is_some_and(|w| w.prefix);
        match a.words.as_slice() {
            [w] if w.prefix => format!("{}*", word(w)),
            ws => {
                let body = ws.iter().map(word).collect::<Vec<_>>().join(" ");
                if last_prefix {
                    format!("\"{body}")
                } else {
                    format!("\"{body}\"")
                }
            }
        }
    };
    // A phrase left open must come last: it takes the rest of the text.
    let mut atoms: Vec<&Atom> = group.iter().collect();
    atoms.sort_by_key(|a| a.words.len() > 1 && a.words.last().is_some_and(|w| w.prefix));
    atoms.into_iter().map(atom).collect::<Vec<_>>().join(" OR ")
}

/// A group's name in a legend: each atom's words as keyed, a phrase in quotation marks, a prefix
/// that is no word of the articles with `*`.
fn label(corpus: &Corpus, group: &[Atom]) -> String {
    let is_word = |w: &str| corpus.index.words.binary_search_by(|x| x.as_str().cmp(w)).is_ok();
    group
        .iter()
        .map(|a| {
            let ws: Vec<String> = a
                .words
                .iter()
                .map(|w| if w.prefix && !is_word(&w.folded) { format!("{}*", w.folded) } else { w.folded.clone() })
                .collect();
            if ws.len() > 1 {
                format!("\"{}\"", ws.join(" "))
            } else {
                ws.concat()
            }
        })
        .collect::<Vec<_>>()
        .join(" OR ")
}

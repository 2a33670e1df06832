//! Keyness: the words a set of articles uses more (or less) than another, by Dunning's
//! log-likelihood with Hardie's log ratio as the effect size, each explained in a sentence.

use crate::corpus::Corpus;
use crate::listing::plural;
use crate::normalize::fold;
use crate::outlet::outlet;

use super::counts::{per_1000, WordCounts};
use super::units::selected;

/// G² at or above which a difference is called significant at p < 0.05 (one degree of freedom).
pub const P05: f64 = 3.84;
/// G² for p < 0.01.
pub const P01: f64 = 6.63;
/// G² for p < 0.001: what the explanation calls "far more often than chance would explain".
pub const P001: f64 = 10.83;

/// Dunning's log-likelihood G² of a 2×2 table of counts `[[a, b], [c, d]]`:
/// `2 Σ O ln(O / E)`, each expected count `E` the product of its row's and its column's totals
/// over the grand total; cells with nothing observed add nothing. Always ≥ 0.
pub fn g2(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let n = a + b + c + d;
    if n <= 0.0 {
        return 0.0;
    }
    let (r1, r2, c1, c2) = (a + b, c + d, a + c, b + d);
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    let sum = term(a, r1 * c1 / n) + term(b, r1 * c2 / n) + term(c, r2 * c1 / n) + term(d, r2 * c2 / n);
    (2.0 * sum).max(0.0)
}

/// The log-likelihood of a word used `a` times in `words_a` words and `b` times in `words_b`:
/// [`g2`] of the table `[[a, words_a − a], [b, words_b − b]]`.
pub fn log_likelihood(a: u32, words_a: u64, b: u32, words_b: u64) -> f64 {
    let (a, b) = (f64::from(a), f64::from(b));
    g2(a, (words_a as f64 - a).max(0.0), b, (words_b as f64 - b).max(0.0))
}

/// Hardie's log ratio (2014): the binary log of the ratio of the two relative frequencies, a
/// count of zero taken as 0.5 so that the ratio is finite. 1 means twice as frequent in the first,
/// −1 half as frequent; 0 when either side has no words at all.
pub fn log_ratio(a: u32, words_a: u64, b: u32, words_b: u64) -> f64 {
    if words_a == 0 || words_b == 0 {
        return 0.0;
    }
    let adjusted = |n: u32| if n == 0 { 0.5 } else { f64::from(n) };
    ((adjusted(a) / words_a as f64) / (adjusted(b) / words_b as f64)).log2()
}

/// Two sets of articles to compare, and how a sentence names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The articles whose words are looked for (indices, ascending).
    pub target: Vec<usize>,
    /// The articles they are compared with.
    pub reference: Vec<usize>,
    /// How a sentence names the target ("this article", "article 1", "this outlet's 3 articles").
    pub target_label: String,
    /// How it names the reference ("the other 4 articles", "article 2").
    pub reference_label: String,
    /// Where the target is, after "more often" ("here", "in article 1").
    pub here: String,
}

impl Comparison {
    /// Article `doc` against every other article of the collection.
    pub fn article(corpus: &Corpus, doc: usize) -> Comparison {
        Comparison::set(corpus, vec![doc], "this article".to_owned())
    }

    /// Articles `docs` against the rest of the collection ("these 3 articles").
    pub fn articles(corpus: &Corpus, docs: &[usize]) -> Comparison {
        let label = if docs.len() == 1 { "this article".to_owned() } else { format!("these {} articles", docs.len()) };
        Comparison::set(corpus, docs.to_vec(), label)
    }

    /// An outlet's articles against the rest of the collection ("this outlet's 3 articles").
    pub fn outlet(corpus: &Corpus, group: &OutletGroup) -> Comparison {
        let label = if group.docs.len() == 1 {
            "this outlet's article".to_owned()
        } else {
            format!("this outlet's {} articles", group.docs.len())
        };
        Comparison::set(corpus, group.docs.clone(), label)
    }

    /// Article `a` against article `b`: what Compare shows ("words one article uses and the other
    /// does not").
    pub fn pair(corpus: &Corpus, a: usize, b: usize) -> Comparison {
        Comparison {
            target: vec![a],
            reference: if a == b { Vec::new() } else { vec![b] },
            target_label: format!("article {}", corpus.number(a)),
            reference_label: format!("article {}", corpus.number(b)),
            here: format!("in article {}", corpus.number(a)),
        }
    }

    fn set(corpus: &Corpus, mut target: Vec<usize>, target_label: String) -> Comparison {
        target.retain(|&d| d < corpus.docs.len());
        target.sort_unstable();
        target.dedup();
        let reference: Vec<usize> = (0..corpus.docs.len()).filter(|d| target.binary_search(d).is_err()).collect();
        let reference_label = match reference.len() {
            1 => "the other article".to_owned(),
            n => format!("the other {n} articles"),
        };
        Comparison { target, reference, target_label, reference_label, here: "here".to_owned() }
    }
}

/// What a keyness table keeps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeynessOptions {
    /// The fewest times a word must be used where it is used more (in the target for a word used
    /// more there, in the reference for one used less).
    pub min_count: u32,
    /// The smallest G² kept; [`P05`] by default (0 keeps every word).
    pub min_g2: f64,
}

impl Default for KeynessOptions {
    fn default() -> Self {
        KeynessOptions { min_count: 2, min_g2: P05 }
    }
}

/// One word of a keyness table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyRow {
    pub unit: u32,
    /// Its count in the target and in the reference.
    pub target: u32,
    pub reference: u32,
    /// Per 1,000 words of each.
    pub target_per_1000: f64,
    pub reference_per_1000: f64,
    /// Log-likelihood G², positive when the word is used more in the target, negative when less.
    pub g2: f64,
    /// Log ratio (Hardie 2014), the effect size: +1 twice as often in the target, −1 half as often.
    pub log_ratio: f64,
    /// Used in the target and never in the reference.
    pub only_in_target: bool,
    pub stop: bool,
}

/// The words that tell a target from a reference.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyness {
    pub comparison: Comparison,
    /// Words used more in the target, strongest first (G², then the larger effect).
    pub over: Vec<KeyRow>,
    /// Words used less in the target, strongest first.
    pub under: Vec<KeyRow>,
    /// Words counted in the target and in the reference.
    pub target_words: u64,
    pub reference_words: u64,
}

impl WordCounts {
    /// The keyness of every unit of the target against the reference: its counts, rates,
    /// log-likelihood and log ratio, kept when it clears `opts`.
    pub fn keyness(&self, corpus: &Corpus, comparison: &Comparison, opts: &KeynessOptions) -> Keyness {
        let in_target = selected(corpus, Some(&comparison.target));
        let in_reference = selected(corpus, Some(&comparison.reference));
        let (a, target_words) = self.dense_counts(&in_target);
        // Against the rest of the collection (an article, an outlet): the collection's totals less
        // the target's, without reading the other articles' rows.
        let rest = in_target.iter().zip(&in_reference).all(|(&t, &r)| t != r);
        let (b, reference_words) = if rest && !in_target.iter().all(|&t| t) {
            let (all, words) = self.dense_counts(&vec![true; in_target.len()]);
            (all.iter().zip(&a).map(|(&n, &m)| n - m).collect(), words - target_words)
        } else {
            self.dense_counts(&in_reference)
        };
        let (mut over, mut under) = (Vec::new(), Vec::new());
        for u in 0..self.units().len() {
            let (x, y) = (a[u], b[u]);
            if x == 0 && y == 0 {
                continue;
            }
            let (px, py) = (per_1000(x, target_words), per_1000(y, reference_words));
            let more = px > py;
            let strength = log_likelihood(x, target_words, y, reference_words);
            if strength < opts.min_g2 || (if more { x } else { y }) < opts.min_count || px == py {
                continue;
            }
            let row = KeyRow {
                unit: u as u32,
                target: x,
                reference: y,
                target_per_1000: px,
                reference_per_1000: py,
                g2: if more { strength } else { -strength },
                log_ratio: log_ratio(x, target_words, y, reference_words),
                only_in_target: y == 0,
                stop: self.is_stop(u as u32),
            };
            if more {
                over.push(row);
            } else {
                under.push(row);
            }
        }
        let strongest = |p: &KeyRow, q: &KeyRow| {
            q.g2.abs()
                .total_cmp(&p.g2.abs())
                .then(q.log_ratio.abs().total_cmp(&p.log_ratio.abs()))
                .then(p.unit.cmp(&q.unit))
        };
        over.sort_by(strongest);
        under.sort_by(strongest);
        Keyness { comparison: comparison.clone(), over, under, target_words, reference_words }
    }
}

/// A sentence that explains a number, starting with the word it is about (which a view may set
/// in italics): `word` then `rest`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub word: String,
    pub rest: String,
}

impl std::fmt::Display for Sentence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.word, self.rest)
    }
}

impl Keyness {
    /// One sentence a student can read, about `row`, the word written `word`: "collusion is used
    /// 12 times in this article (3.1 per 1,000 words) and 2 times in the other 4 articles (0.2 per
    /// 1,000): far more often here than chance would explain."
    pub fn explain(&self, row: &KeyRow, word: &str) -> Sentence {
        let c = &self.comparison;
        let times = |n: u32| plural_number(n, "time");
        // The first rate named says what it is per; the second, "per 1,000".
        let side = |n: u32, label: &str, rate: f64, first: bool| {
            if n == 0 {
                format!("never in {label}")
            } else {
                format!(
                    "{} in {label} ({} per 1,000{})",
                    times(n),
                    per_1000_text(rate),
                    if first { " words" } else { "" }
                )
            }
        };
        // What the word is used in comes first: the target, or the reference when the target
        // never uses it.
        let counts = if row.target == 0 {
            format!(
                "{} and {}",
                side(row.reference, &c.reference_label, row.reference_per_1000, true),
                side(0, &c.target_label, 0.0, false)
            )
        } else {
            format!(
                "{} and {}",
                side(row.target, &c.target_label, row.target_per_1000, true),
                side(row.reference, &c.reference_label, row.reference_per_1000, false)
            )
        };
        let more = row.g2 >= 0.0;
        let which = if more { "more" } else { "less" };
        let verdict = match row.g2.abs() {
            s if s >= P001 => format!("far {which} often {} than chance would explain", c.here),
            s if s >= P05 => format!("{which} often {} than chance would easily explain", c.here),
            _ => format!("{which} often {}, but chance could explain a difference this small", c.here),
        };
        Sentence { word: word.to_owned(), rest: format!(" is used {counts}: {verdict}.") }
    }
}

/// `n` with its noun, thousands separated ("1 time", "1,204 times").
pub fn plural_number(n: u32, noun: &str) -> String {
    let p = plural(n as usize, noun);
    match p.split_once(' ') {
        Some((_, rest)) => format!("{} {rest}", thousands(u64::from(n))),
        None => p,
    }
}

/// A number with commas between thousands ("12,345").
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A rate per 1,000 words as the views write it: one decimal ("3.1", "12.0"), two below 0.1
/// ("0.04"), "under 0.01" below that, "0" for none.
pub fn per_1000_text(rate: f64) -> String {
    if rate <= 0.0 {
        "0".to_owned()
    } else if rate < 0.01 {
        "under 0.01".to_owned()
    } else if rate < 0.095 {
        format!("{rate:.2}")
    } else {
        format!("{rate:.1}")
    }
}

/// The articles of one outlet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutletGroup {
    /// The outlet's name as its first article gives it; `None` for the articles whose outlet is
    /// not stated (a group, though not an outlet).
    pub name: Option<String>,
    /// Its articles, ascending.
    pub docs: Vec<usize>,
}

impl Corpus {
    /// The articles grouped by outlet ([`crate::outlet::outlet`], names compared folded), in the
    /// order of their first article; the articles with no outlet stated last, together.
    pub fn outlets(&self) -> Vec<OutletGroup> {
        let mut groups: Vec<(String, OutletGroup)> = Vec::new();
        let mut unstated = OutletGroup { name: None, docs: Vec::new() };
        for (d, doc) in self.docs.iter().enumerate() {
            match outlet(doc) {
                Some(o) => {
                    let key = fold(o.name.trim());
                    match groups.iter_mut().find(|(k, _)| *k == key) {
                        Some((_, g)) => g.docs.push(d),
                        None => groups.push((key, OutletGroup { name: Some(o.name.trim().to_owned()), docs: vec![d] })),
                    }
                }
                None => unstated.docs.push(d),
            }
        }
        let mut out: Vec<OutletGroup> = groups.into_iter().map(|(_, g)| g).collect();
        if !unstated.docs.is_empty() {
            out.push(unstated);
        }
        out
    }
}

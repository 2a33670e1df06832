//! What the sourcing profiles show, decided apart from how: the table's sort (from the URL's `sort`),
//! numbers as a reader reads them ("3,921", "no direct quotations"), and the passages behind each
//! number, grouped as the reader steps through them (a quotation split over two paragraphs is one
//! passage). Pure functions of the corpus, tested natively.

use engine::profile::{Measure, SourcingProfile};
use engine::search::Hit;
use engine::Corpus;

/// The profile table's order: by a measure, lowest or highest first, or the corpus order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableSort {
    pub by: Option<Measure>,
    pub descending: bool,
}

impl TableSort {
    /// Reads the URL's `sort` (`Measure::key`, `-` in front for highest first). Anything else is
    /// the corpus order.
    pub fn parse(param: &str) -> TableSort {
        let (descending, key) = match param.strip_prefix('-') {
            Some(key) => (true, key),
            None => (false, param),
        };
        match Measure::from_key(key) {
            Some(m) => TableSort { by: Some(m), descending },
            None => TableSort::default(),
        }
    }

    /// The URL's `sort` for this order.
    pub fn param(self) -> String {
        match self.by {
            Some(m) if self.descending => format!("-{}", m.key()),
            Some(m) => m.key().to_owned(),
            None => String::new(),
        }
    }

    /// The order after a click on `m`'s column: lowest first, then highest first, then lowest again.
    pub fn clicked(self, m: Measure) -> TableSort {
        let descending = self.by == Some(m) && !self.descending;
        TableSort { by: Some(m), descending }
    }

    /// The `aria-sort` of `m`'s column heading.
    pub fn aria_sort(self, m: Measure) -> &'static str {
        match self.by {
            Some(b) if b == m && self.descending => "descending",
            Some(b) if b == m => "ascending",
            _ => "none",
        }
    }

    /// `docs` in this order; equal values keep the corpus order.
    pub fn order(self, corpus: &Corpus, docs: &[usize]) -> Vec<usize> {
        let mut out = docs.to_vec();
        if let Some(m) = self.by {
            let value = |d: usize| corpus.profiles.get(d).map_or(0.0, |p| m.value(p));
            out.sort_by(|&a, &b| {
                let by_value = value(a).total_cmp(&value(b));
                (if self.descending { by_value.reverse() } else { by_value }).then(a.cmp(&b))
            });
        }
        out
    }

    /// Says how the table is sorted, for its caption.
    pub fn describe(self) -> String {
        match self.by {
            Some(m) => format!(
                "sorted by {}, {} first",
                m.label().to_lowercase(),
                if self.descending { "highest" } else { "lowest" }
            ),
            None => "in the collection's order".to_owned(),
        }
    }
}

/// A whole number with a comma between thousands: 3921 → "3,921" (the engine's, one definition).
pub use engine::words::thousands;

/// The value of `m` as the table and cards show it: "3,921", "57%", "25.1", "6".
pub fn shown(m: Measure, p: &SourcingProfile) -> String {
    match m {
        Measure::BoilerplateShare | Measure::QuotesPerThousandWords => m.format(p),
        _ => thousands(m.evidence(p).count.into()),
    }
}

/// What `m` counts, as a noun in the singular and the plural.
fn noun(m: Measure) -> (&'static str, &'static str) {
    match m {
        Measure::BodyWords => ("word of article text", "words of article text"),
        Measure::BoilerplateShare => ("word of navigation and boilerplate", "words of navigation and boilerplate"),
        Measure::Quotations | Measure::QuotesPerThousandWords => ("direct quotation", "direct quotations"),
        Measure::NamedSpeakers => ("named speaker", "named speakers"),
        Measure::UnnamedSources => ("unnamed source", "unnamed sources"),
        Measure::Documents => ("document cited", "documents cited"),
        Measure::ScareQuotes => ("scare quote", "scare quotes"),
        Measure::Hedges => ("hedging word", "hedging words"),
        Measure::Loaded => ("loaded word", "loaded words"),
        Measure::Dates => ("date", "dates"),
    }
}

/// `n` of `m`'s things in words: "no unnamed sources", "1 unnamed source", "1,179 words of …".
pub fn counted(m: Measure, n: u32) -> String {
    let (one, many) = noun(m);
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{} {many}", thousands(n.into())),
    }
}

/// The value of `m` for an article, as a sentence part: "3 unnamed sources", "57% of the page is
/// navigation and other boilerplate (1,179 words)", "25.1 direct quotations per 1,000 words".
pub fn phrase(m: Measure, p: &SourcingProfile) -> String {
    match m {
        Measure::BoilerplateShare => format!(
            "{} of the page is navigation and other boilerplate ({})",
            m.format(p),
            counted(Measure::BodyWords, p.boilerplate_words.count).replace(" of article text", "")
        ),
        Measure::QuotesPerThousandWords => {
            format!("{} direct quotations per 1,000 words of text", m.format(p))
        }
        _ => counted(m, m.evidence(p).count),
    }
}

/// The one line that sums an article's sourcing up: "No direct quotations in 3,921 words",
/// "22 direct quotations in 877 words".
pub fn headline(p: &SourcingProfile) -> String {
    let text = format!(
        "{} in {}",
        counted(Measure::Quotations, p.quotations.count),
        counted(Measure::BodyWords, p.body_words.count).replace(" of article text", "")
    );
    capitalised(&text)
}

/// `text` with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// How long a bar for `value` is, in hundredths of the longest (`max`); 0 for no value.
pub fn bar_length(value: f64, max: f64) -> u32 {
    if max <= 0.0 || value <= 0.0 {
        0
    } else {
        ((value / max * 100.0).round() as u32).clamp(1, 100)
    }
}

/// The passages behind `m`'s number for document `doc`, in reading order, each as its pieces in
/// the document's blocks: one per counted quotation, date, phrase or block. For named speakers,
/// the passages are their quotations.
pub fn passages(corpus: &Corpus, doc: usize, m: Measure) -> Vec<Vec<Hit>> {
    let (Some(p), Some(d)) = (corpus.profiles.get(doc), corpus.docs.get(doc)) else {
        return Vec::new();
    };
    let quotations = |items: &mut dyn Iterator<Item = u32>| -> Vec<Vec<Hit>> {
        items
            .filter_map(|k| corpus.quotes.quotes.get(k as usize))
            .map(|q| q.pieces(d))
            .filter(|ps| !ps.is_empty())
            .collect()
    };
    let mut out = match m {
        Measure::Quotations | Measure::QuotesPerThousandWords | Measure::ScareQuotes => {
            quotations(&mut m.evidence(p).items.iter().copied())
        }
        Measure::NamedSpeakers => quotations(&mut p.speakers.iter().flat_map(|s| s.quotes.iter().copied())),
        Measure::Dates => {
            let events = corpus.events.get(doc).map_or(&[][..], Vec::as_slice);
            p.dates
                .items
                .iter()
                .filter_map(|&k| events.get(k as usize))
                .map(|e| d.locate(e.source))
                .filter(|ps| !ps.is_empty())
                .collect()
        }
        _ => m.evidence(p).hits.iter().map(|h| vec![*h]).collect(),
    };
    out.sort_by_key(|ps| ps.first().map(|h| (h.block, h.span.start)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> &'static Corpus {
        crate::corpus::test_corpus()
    }

    /// The file-number prefixes of the seeds ("000") in the table's order for `sort`.
    fn table(sort: &str) -> Vec<&'static str> {
        let c = corpus();
        let all: Vec<usize> = (0..c.docs.len()).collect();
        TableSort::parse(sort).order(c, &all).into_iter().map(|d| &c.docs[d].file_name[..3]).collect()
    }

    #[test]
    fn the_sort_parameter_reads_a_measure_and_a_direction_and_ignores_anything_else() {
        assert_eq!(
            TableSort::parse("quotes_per_1000_words"),
            TableSort { by: Some(Measure::QuotesPerThousandWords), descending: false }
        );
        assert_eq!(TableSort::parse("-hedges"), TableSort { by: Some(Measure::Hedges), descending: true });
        assert_eq!(TableSort::parse("nonsense"), TableSort::default());
        assert_eq!(TableSort::parse("--hedges"), TableSort::default());
        assert_eq!(TableSort::parse(""), TableSort::default());
        for key in ["dates", "-dates", ""] {
            assert_eq!(TableSort::parse(key).param(), key);
        }
    }

    #[test]
    fn clicking_a_column_sorts_lowest_first_then_highest_first() {
        let s = TableSort::default().clicked(Measure::Hedges);
        assert_eq!(
            (s.param().as_str(), s.aria_sort(Measure::Hedges), s.aria_sort(Measure::Dates)),
            ("hedges", "ascending", "none")
        );
        let s = s.clicked(Measure::Hedges);
        assert_eq!((s.param().as_str(), s.aria_sort(Measure::Hedges)), ("-hedges", "descending"));
        assert_eq!(s.clicked(Measure::Hedges).param(), "hedges");
        assert_eq!(s.clicked(Measure::Dates).param(), "dates", "another column starts lowest first");
    }

    #[test]
    fn the_seo_page_comes_first_by_quotes_per_thousand_words_and_last_the_other_way() {
        assert_eq!(table(""), ["000", "001", "002", "003", "004"]);
        assert_eq!(table("quotes_per_1000_words"), ["000", "002", "004", "003", "001"]);
        assert_eq!(table("-quotes_per_1000_words"), ["001", "003", "004", "002", "000"]);
        assert_eq!(table("-boilerplate_share")[0], "003", "the page that is mostly navigation");
        // Equal values keep the collection's order in both directions.
        let c = corpus();
        let one_unnamed: Vec<&str> = table("-unnamed_sources")
            .into_iter()
            .filter(|s| {
                c.docs.iter().any(|d| {
                    d.file_name.starts_with(s) && c.profiles[c.doc_by_slug(&d.slug).unwrap()].unnamed_sources.count == 1
                })
            })
            .collect();
        assert!(one_unnamed.windows(2).all(|w| w[0] < w[1]), "{one_unnamed:?}");
    }

    #[test]
    fn numbers_read_as_a_person_writes_them() {
        assert_eq!(
            [thousands(0), thousands(999), thousands(3921), thousands(1_234_567)],
            ["0", "999", "3,921", "1,234,567"]
        );
        assert_eq!(counted(Measure::UnnamedSources, 0), "no unnamed sources");
        assert_eq!(counted(Measure::UnnamedSources, 1), "1 unnamed source");
        assert_eq!(counted(Measure::Documents, 5), "5 documents cited");
        let c = corpus();
        let seo = &c.profiles[0];
        assert_eq!(headline(seo), "No direct quotations in 3,921 words");
        assert_eq!(shown(Measure::BodyWords, seo), "3,921");
        assert_eq!(shown(Measure::QuotesPerThousandWords, seo), "0.0");
        assert_eq!(
            phrase(Measure::BoilerplateShare, &c.profiles[3]),
            "57% of the page is navigation and other boilerplate (1,179 words)"
        );
        // 22 quotation-mark pairs, the headline's 'election security' an echo of the body's words,
        // counted once.
        assert_eq!(headline(&c.profiles[3]), "21 direct quotations in 877 words");
    }

    #[test]
    fn bars_are_drawn_to_the_longest_in_the_column() {
        assert_eq!(
            [
                bar_length(0.0, 10.0),
                bar_length(5.0, 10.0),
                bar_length(10.0, 10.0),
                bar_length(0.01, 10.0),
                bar_length(3.0, 0.0)
            ],
            [0, 50, 100, 1, 0]
        );
    }

    #[test]
    fn every_counted_thing_is_one_passage() {
        let c = corpus();
        for (d, p) in c.profiles.iter().enumerate() {
            for m in Measure::ALL {
                let ps = passages(c, d, m);
                let expect = match m {
                    Measure::BodyWords | Measure::BoilerplateShare => m.evidence(p).hits.len(),
                    Measure::NamedSpeakers => p.speakers.iter().map(|s| s.quotes.len()).sum(),
                    _ => m.evidence(p).count as usize,
                };
                assert_eq!(ps.len(), expect, "{} of {}", m.key(), c.docs[d].file_name);
                assert!(ps.iter().all(|pieces| !pieces.is_empty()));
                assert!(
                    ps.windows(2).all(|w| (w[0][0].block, w[0][0].span.start) <= (w[1][0].block, w[1][0].span.start)),
                    "in reading order"
                );
            }
        }
        // The unnamed official who read the memo to the Times, in 004.
        let texts: Vec<&str> = passages(c, 4, Measure::UnnamedSources)
            .iter()
            .map(|ps| ps[0].span.of(&c.docs[4].blocks[ps[0].block].text))
            .collect();
        assert!(texts.contains(&"an unnamed American official"), "{texts:?}");
    }
}

//! Words: what teachers know from Voyant Tools and AntConc, over the same collection and the same
//! definition of a word as the search. A concordance (every hit in its context), frequency lists,
//! keyness (the words that tell an article, an outlet or one article of a pair from the rest),
//! trends (a word's rate article by article), collocates (the words near a query) and the phrases
//! articles share. The views call these; every function is pure and every number comes with the
//! lines it counts.
//!
//! # Every number opens the lines it counts
//!
//! A class checks a figure by opening it. So each count here is defined as the lines some
//! concordance lists, and the tests hold the two together:
//!
//! - A concordance of a query ([`Concordance::new`] with [`Target::Query`]) is the search's hits,
//!   article by article ([`crate::search::hits`] for each article [`crate::search::search`]
//!   finds): as many lines as the search summary says hits, boilerplate and the article filter
//!   as the search has them, and a line's number in its article is the reader's hit.
//! - A frequency list counts *units* ([`Units`]): word forms (each word of the index: `us` and the
//!   abbreviation `US` apart) or stems ([`Grouping::Stems`]: a stem's forms with the spellings of
//!   its name, `Zelenskyy` and `Zelenskiy`, exactly what a word typed in lower case finds). A
//!   stem's row opens the search for its form in quotation marks (`"interference"`, no prefix);
//!   a form's row opens the concordance of that form alone ([`Target::Words`]), which no search
//!   expresses. [`WordRef`] is what an address carries for either.
//! - A keyness row's counts are the lines of its unit in the target articles and in the
//!   reference articles; a collocate's count is the lines of its unit within the window of the
//!   query ([`Near`]); a trend point is the lines of its series' query in its article; a shared
//!   phrase's count is the hits of its query ([`Phrase::query`]).
//!
//! # Counting from the postings
//!
//! The index keeps, for each word, its positions in the corpus; no list of the corpus's words in
//! order (it was two thirds of the page's memory, see [`crate::index`]). Everything here reads
//! the postings, or the text of the few blocks it shows:
//!
//! - [`WordCounts`] reads every posting once (a position's article and whether it is boilerplate
//!   come from the index's runs, a few an article) into a sparse table of each article's units
//!   and counts; a frequency list or a keyness table is then a pass over the rows it needs.
//! - A concordance is its hits as positions ([`Kwic`], from
//!   [`crate::search::all_hit_positions`]: the search's hits, each atom matched once over the
//!   corpus), which is all its count, its plot and its article order need. A line's text,
//!   context and quotation are read from its block when it is shown ([`Kwic::lines`], a page at a
//!   time), and the words a sort compares the first time the lines are sorted by them (a word read
//!   from the text and looked up in the index's sorted words, whose order is the alphabetical
//!   one). [`Concordance`] reads every line and every sort's words at once, for views that hold
//!   the lines themselves.
//! - A collocation window is a bit for each position of the corpus, set around the query's hits;
//!   the words there are read from the text when the windows are small, else each word's
//!   postings in the span they cover are tested against the bits (the same table either way).
//!
//! All of it is linear in the corpus's words (sorting a concordance: n log n in its lines).
//!
//! # Computed when a view opens, or at build time
//!
//! Frequencies, keyness, collocates, trends and concordances are computed when asked, from the
//! index the page already has: their input is in the postings, which are the compact form of it
//! (a table of each article's counts at build time would add its bytes to the download, for a
//! pass the page makes in milliseconds; BENCHMARKS.md, "Words", has the figures at 1,000
//! articles). Shared phrases are different: finding them means counting every run of two to four
//! words, which needs the words in order (a list the page does not keep) and a table of some
//! hundreds of thousands of runs at a thousand articles. So the build finds them
//! ([`shared_phrases`], in [`crate::Corpus::phrases`]) and keeps the [`PHRASES_KEPT`] most frequent,
//! each its text, its query, its length and two counts: a few kilobytes at any size, where the
//! occurrences are found when a phrase is opened, by its query.
//!
//! # The statistics, and why these
//!
//! - Keyness: Dunning's log-likelihood G² ([`log_likelihood`], the 2×2 table of the word's count
//!   and the other words in target and reference), signed by direction, with Hardie's log ratio
//!   ([`log_ratio`], binary log of the ratio of relative frequencies, a zero taken as 0.5) as the
//!   effect size beside it. G² says whether a difference is larger than chance would give (3.84:
//!   p < 0.05; 10.83: p < 0.001), not how large; the log ratio says how large (1: twice as
//!   often). Tables rank by G², as AntConc and Voyant do, and show both. The sentence under each
//!   word ([`Keyness::explain`]) says the counts, the rates and what G² means in words.
//! - Collocates: the window around the hits is compared with the rest of the text as keyness
//!   compares a target with a reference ([`collocates`]): G², and mutual information (the binary
//!   log of observed over expected). **Views should rank by log-likelihood**: MI rewards rarity
//!   (a word used once, next to the query, has the highest MI there is), which in a collection
//!   of a few articles puts one-off neighbours on top; G² rewards evidence, and shows MI as the
//!   strength. A minimum count (2) keeps single co-occurrences out of the table.
//! - Rates are per 1,000 words of the articles' own text, as the article list counts words
//!   (boilerplate only when included).

mod collocates;
mod concordance;
mod counts;
mod keyness;
mod phrases;
mod trends;
mod units;

pub use collocates::{collocates, Collocate, CollocateOptions, Collocates};
pub use concordance::{
    clamp_window, Concordance, ConcordanceOptions, Kwic, Line, Near, Sort, CONTEXT_CHARS, DEFAULT_WINDOW, MAX_WINDOW,
};
pub use counts::{per_1000, Frequencies, FrequencyRow, WordCounts};
pub use keyness::{
    g2, log_likelihood, log_ratio, per_1000_text, plural_number, thousands, Comparison, KeyRow, Keyness,
    KeynessOptions, OutletGroup, Sentence, P001, P01, P05,
};
pub use phrases::{shared_phrases, Phrase, PhraseHit, LONGEST, PHRASES_KEPT};
pub use trends::{group_text, trends, Series, TrendOrder, TrendPoint, Trends};
pub use units::{written_form, Grouping, Target, Units, WordRef};

#[cfg(test)]
mod tests;

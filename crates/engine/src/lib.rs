//! The Crosscheck engine: everything that turns a folder of `.txt` news articles into something a
//! class can search, and answers the questions the app asks of it.
//!
//! # Design
//!
//! The engine is pure: it does no I/O beyond [`source::read_seed_dir`] (used by the build script and
//! the command-line tool, never by the page) and knows nothing of the web. The same code runs at
//! build time, natively, to ingest and index the corpus, and in the browser, compiled to wasm, to
//! answer queries over the embedded result. That is what lets the page start without indexing.
//!
//! Data flows one way:
//!
//! 1. [`ingest`] turns one file's text into a [`Document`]: title, byline, date and blocks
//!    (paragraphs, bullets, headings), each block marked as body text or boilerplate.
//! 2. [`normalize`] is the one definition of a word: the tokenizer and folding (case, quote marks,
//!    dashes, spaces, diacritics) and stemming. The indexer, the query parser and the highlighter
//!    all call it, so they agree on what a word is.
//! 3. [`index`] builds the inverted index over all blocks; [`Corpus`] bundles the documents and
//!    the index and is what gets serialised (postcard) and embedded.
//! 4. [`query`] parses what a person typed into a [`Query`]. Parsing never fails: odd input becomes
//!    notes that the app shows.
//! 5. [`search`] evaluates a query over the corpus: ranked documents (BM25), hits as [`Span`]s,
//!    snippets in keyword-in-context form.
//! 6. [`profile`] sums up how each article is sourced (quotations, named and unnamed sources,
//!    documents, hedges, loaded words, dates), every number with the passages behind it.
//! 7. [`outlet`] guesses the publisher from the byline, a copyright line or the masthead, for
//!    citations.
//! 8. [`words`] counts words for the concordance, frequency, keyness, trend, collocation and
//!    shared-phrase views, every number with the lines it counts.
//! 9. [`exercises`] reads a teacher's `exercises.toml` and resolves each question's view against
//!    the corpus at build time ([`Corpus::from_seed_dir`]).
//!
//! Offsets are byte offsets into the text they refer to and always lie on char boundaries; [`Span`]
//! checks its invariant on construction.

pub mod address;
mod compact;
pub mod compare;
pub mod corpus;
pub mod crossdoc;
pub mod exercises;
pub mod export;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod library;
pub mod listing;
pub mod normalize;
pub mod outlet;
pub mod pair;
pub mod parts;
pub mod profile;
pub mod query;
pub mod quotebook;
pub mod quotes;
pub mod search;
pub mod source;
pub mod span;
mod stream;
pub mod view;
pub mod words;

pub use corpus::{BuildError, Corpus, CorpusError};
pub use ingest::{Block, BlockKind, Document, IngestError};
pub use query::Query;
pub use search::{hits, search, SearchOptions, SearchResults};
pub use span::Span;

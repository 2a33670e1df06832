//! Sourcing profiles: for each article, the numbers a media-literacy lesson asks about (how much of
//! the page is the article, how many people it quotes and by name, how often it leans on unnamed
//! sources, documents, hedges and loaded words, how many dates it gives), each with the passages
//! behind it, so that a number in the app is always one click away from the words it counts.
//!
//! # Design
//!
//! - **Every number carries its evidence.** An [`Evidence`] is a count and the [`Hit`]s (block
//!   index and byte range in that block's text, as the reader highlights) of what was counted;
//!   where the counted things are corpus items (quotations, speakers, dates), their indices too.
//!   Nothing is counted that cannot be pointed at.
//! - **Boilerplate is not the article.** Blocks marked as navigation, related links, repeats or
//!   captions ([`crate::ingest::Boilerplate`]) count only towards the boilerplate words; every
//!   other measure reads the article's own blocks (title included).
//! - **Quotations are the quotation finder's** ([`crate::quotebook`]): a *direct quotation* is a
//!   full or partial one (someone's words); a *scare quote* (quotation marks around a term credited
//!   to nobody, an SEO keyword) is counted apart, so a page with one pair of quotation marks around
//!   its own keyword shows no quotation at all. A *named speaker* is one the finder credited with a
//!   direct quotation whose name is a proper name (a person, an organisation, an outlet), not a
//!   group ("officials"), a document ("the report") or a description ("the whistleblower").
//! - **Phrases by rules over folded words.** Words come from [`crate::normalize::words`] and are
//!   compared folded ([`crate::normalize::fold_word`]: case, curly apostrophes, diacritics), so
//!   "Officials said" and "officials said" are one phrase. Unnamed sources and cited documents are
//!   found by general patterns (an anonymity word before a source noun, a group of people followed
//!   by a verb of saying, "according to" a source noun, a document noun with a determiner or a name
//!   before it); no pattern names a person, an outlet or a seed article. The words of a pattern
//!   must follow each other within a clause: a comma, a full stop or a bracket breaks a match.
//! - **Hedges and loaded words are the writer's.** They are counted outside quotation marks only:
//!   "nut job" in a quotation is the speaker's word, "bragged" in the text is the writer's choice.
//!   Hedges are matched as written (an `-ly` adverb is not its noun: "allegedly" is a hedge,
//!   "allegation" is not); loaded words by stem, so "brag", "bragged" and "bragging" are one.
//!   The word lists are the engine's lexicon ([`crate::lexicon`]), with the reason for each.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::crossdoc::DatedMention;
use crate::ingest::Document;
use crate::lexicon as lx;
use crate::normalize::{folded_words, stem, words, FoldedWord as Word};
use crate::quotebook::QuoteBook;
use crate::quotes::{QuoteKind, SpeakerKind};
use crate::span::{merge_spans, Hit, Span};

/// A number of a profile and what it counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub count: u32,
    /// The passages behind the count, sorted: where each counted word, phrase or quotation is in
    /// the document's blocks (for word counts, the whole blocks counted).
    pub hits: Vec<Hit>,
    /// The counted corpus items, where they are items: quotations (indices into
    /// `corpus.quotes.quotes`), speakers (into `corpus.quotes.speakers`), dates (into
    /// `corpus.events[doc]`). Empty for words and phrases.
    pub items: Vec<u32>,
}

/// A named speaker of one article and the quotations credited to them there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerQuotes {
    /// Index into `corpus.quotes.speakers` (whose `canonical` is the name to show).
    pub speaker: u32,
    /// Indices into `corpus.quotes.quotes`, in reading order.
    pub quotes: Vec<u32>,
}

/// How one article is sourced. See the module documentation for what each measure counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourcingProfile {
    /// Index of the document.
    pub doc: u32,
    /// Words of the article's own text; hits are its blocks.
    pub body_words: Evidence,
    /// Words of navigation, related-story lists, captions and repeats; hits are those blocks.
    pub boilerplate_words: Evidence,
    /// Direct quotations (full or partial) in the article's text.
    pub quotations: Evidence,
    /// Quotation marks around words credited to nobody.
    pub scare_quotes: Evidence,
    /// Distinct named speakers of the direct quotations (items: speakers); hits are their
    /// quotations.
    pub named_speakers: Evidence,
    /// The named speakers with their quotations, most quoted first.
    pub speakers: Vec<SpeakerQuotes>,
    /// Unnamed or vague sources: "an unnamed official", "officials said", "a person familiar with".
    pub unnamed_sources: Evidence,
    /// Documents and reports cited: "the report", "a memo", "the Mueller report", "court filings".
    pub documents: Evidence,
    /// Hedging words in the writer's own words: "allegedly", "reportedly", "claimed", "appears to".
    pub hedges: Evidence,
    /// Loaded words in the writer's own words: "bragged", "peddle", "slammed", "witch hunt".
    pub loaded: Evidence,
    /// Dates the text states (items: indices into `corpus.events[doc]`).
    pub dates: Evidence,
}

impl SourcingProfile {
    /// The share of the page's words that are boilerplate, from 0 to 1 (0 for a page with no words).
    pub fn boilerplate_share(&self) -> f64 {
        let total = self.body_words.count + self.boilerplate_words.count;
        if total == 0 {
            0.0
        } else {
            self.boilerplate_words.count as f64 / total as f64
        }
    }

    /// Direct quotations per 1,000 words of the article's own text (0 for an article with no words).
    pub fn quotes_per_thousand_words(&self) -> f64 {
        if self.body_words.count == 0 {
            0.0
        } else {
            self.quotations.count as f64 * 1000.0 / self.body_words.count as f64
        }
    }

    /// The indices of the boilerplate blocks.
    pub fn boilerplate_blocks(&self) -> Vec<usize> {
        self.boilerplate_words.hits.iter().map(|h| h.block).collect()
    }
}

/// The columns of a side-by-side table of profiles: one definition of each measure's name,
/// value and evidence, for the app's table and cards and the command line alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Measure {
    BodyWords,
    BoilerplateShare,
    Quotations,
    QuotesPerThousandWords,
    NamedSpeakers,
    UnnamedSources,
    Documents,
    ScareQuotes,
    Hedges,
    Loaded,
    Dates,
}

impl Measure {
    /// Every measure, in the order a table shows them.
    pub const ALL: [Measure; 11] = [
        Measure::BodyWords,
        Measure::BoilerplateShare,
        Measure::Quotations,
        Measure::QuotesPerThousandWords,
        Measure::NamedSpeakers,
        Measure::UnnamedSources,
        Measure::Documents,
        Measure::ScareQuotes,
        Measure::Hedges,
        Measure::Loaded,
        Measure::Dates,
    ];

    /// A stable identifier (JSON keys, URL sort keys).
    pub fn key(self) -> &'static str {
        match self {
            Measure::BodyWords => "body_words",
            Measure::BoilerplateShare => "boilerplate_share",
            Measure::Quotations => "quotations",
            Measure::QuotesPerThousandWords => "quotes_per_1000_words",
            Measure::NamedSpeakers => "named_speakers",
            Measure::UnnamedSources => "unnamed_sources",
            Measure::Documents => "documents",
            Measure::ScareQuotes => "scare_quotes",
            Measure::Hedges => "hedges",
            Measure::Loaded => "loaded_words",
            Measure::Dates => "dates",
        }
    }

    /// The measure for `key`.
    pub fn from_key(key: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.key() == key)
    }

    /// A short column heading.
    pub fn label(self) -> &'static str {
        match self {
            Measure::BodyWords => "Words of text",
            Measure::BoilerplateShare => "Navigation share",
            Measure::Quotations => "Quotations",
            Measure::QuotesPerThousandWords => "Quotes per 1,000 words",
            Measure::NamedSpeakers => "Named speakers",
            Measure::UnnamedSources => "Unnamed sources",
            Measure::Documents => "Documents cited",
            Measure::ScareQuotes => "Scare quotes",
            Measure::Hedges => "Hedging words",
            Measure::Loaded => "Loaded words",
            Measure::Dates => "Dates",
        }
    }

    /// One sentence on what is counted (a tooltip, a legend).
    pub fn explanation(self) -> &'static str {
        match self {
            Measure::BodyWords => "Words of the article's own text, without site navigation, related-story lists, captions and repeats.",
            Measure::BoilerplateShare => "The share of the page's words that are site navigation, unrelated headlines, captions or repeats.",
            Measure::Quotations => "Direct quotations: someone's words in quotation marks, whole sentences or fragments.",
            Measure::QuotesPerThousandWords => "Direct quotations for every 1,000 words of the article's own text.",
            Measure::NamedSpeakers => "Different people or organisations quoted by name.",
            Measure::UnnamedSources => "Sources without a name: \"an unnamed official\", \"officials said\", \"a person familiar with\".",
            Measure::Documents => "Documents and reports referred to: \"the report\", \"a memo\", \"court filings\", \"the transcript\".",
            Measure::ScareQuotes => "Words in quotation marks that nobody is credited with.",
            Measure::Hedges => "Words that keep a claim at a distance, in the writer's own words: \"allegedly\", \"reportedly\", \"claimed\".",
            Measure::Loaded => "Words that judge while they describe, in the writer's own words: \"bragged\", \"peddle\", \"slammed\".",
            Measure::Dates => "Dates the text gives for events (\"June 14, 2016\", \"on Tuesday\").",
        }
    }

    /// The measure's value for a profile.
    pub fn value(self, p: &SourcingProfile) -> f64 {
        match self {
            Measure::BoilerplateShare => p.boilerplate_share(),
            Measure::QuotesPerThousandWords => p.quotes_per_thousand_words(),
            _ => self.evidence(p).count as f64,
        }
    }

    /// The value as a table shows it: a whole number, a percentage, or one decimal.
    pub fn format(self, p: &SourcingProfile) -> String {
        match self {
            Measure::BoilerplateShare => format!("{:.0}%", p.boilerplate_share() * 100.0),
            Measure::QuotesPerThousandWords => format!("{:.1}", p.quotes_per_thousand_words()),
            _ => self.evidence(p).count.to_string(),
        }
    }

    /// The passages behind the value (for a share, the boilerplate; for a rate, the quotations).
    pub fn evidence(self, p: &SourcingProfile) -> &Evidence {
        match self {
            Measure::BodyWords => &p.body_words,
            Measure::BoilerplateShare => &p.boilerplate_words,
            Measure::Quotations | Measure::QuotesPerThousandWords => &p.quotations,
            Measure::NamedSpeakers => &p.named_speakers,
            Measure::UnnamedSources => &p.unnamed_sources,
            Measure::Documents => &p.documents,
            Measure::ScareQuotes => &p.scare_quotes,
            Measure::Hedges => &p.hedges,
            Measure::Loaded => &p.loaded,
            Measure::Dates => &p.dates,
        }
    }
}

/// The profile of every document; `events[d]` are document `d`'s dated mentions.
pub fn sourcing_profiles(docs: &[Document], book: &QuoteBook, events: &[Vec<DatedMention>]) -> Vec<SourcingProfile> {
    docs.iter()
        .enumerate()
        .map(|(d, doc)| sourcing_profile(d, doc, book, events.get(d).map_or(&[][..], Vec::as_slice)))
        .collect()
}

/// The profile of document `d`.
pub fn sourcing_profile(d: usize, doc: &Document, book: &QuoteBook, events: &[DatedMention]) -> SourcingProfile {
    let mut p = SourcingProfile { doc: d as u32, ..SourcingProfile::default() };
    // The words of the article's own blocks, read once: counted here, matched against the phrases
    // below.
    let mut block_words: Vec<Vec<Word>> = Vec::with_capacity(doc.blocks.len());
    for (i, b) in doc.blocks.iter().enumerate() {
        let toks = if b.boilerplate.is_none() { folded_words(&b.text) } else { Vec::new() };
        let n = if b.boilerplate.is_none() { toks.len() } else { words(&b.text).count() } as u32;
        block_words.push(toks);
        let whole = Hit { block: i, span: Span::new(0, b.text.len()) };
        let target = if b.boilerplate.is_some() { &mut p.boilerplate_words } else { &mut p.body_words };
        target.count += n;
        target.hits.push(whole);
    }

    // Quotations, and for each block the ranges inside quotation marks (of any kind).
    let mut quoted: Vec<Vec<Span>> = vec![Vec::new(); doc.blocks.len()];
    let mut by_speaker: Vec<SpeakerQuotes> = Vec::new();
    for (k, q) in book.quotes.iter().enumerate().filter(|(_, q)| q.doc as usize == d) {
        let pieces = q.pieces(doc);
        for h in &pieces {
            quoted[h.block].push(h.span);
        }
        // Boilerplate is not the article; an echo (a headline repeating a quotation of the body)
        // is not a quotation of its own.
        if q.boilerplate || q.echo_of.is_some() {
            continue;
        }
        let target = if q.kind == QuoteKind::Term { &mut p.scare_quotes } else { &mut p.quotations };
        target.items.push(k as u32);
        target.hits.extend(&pieces);
        if q.kind == QuoteKind::Term {
            continue;
        }
        let Some(s) = q.speaker.filter(|&s| book.speakers.get(s as usize).is_some_and(is_named)) else {
            continue;
        };
        match by_speaker.iter_mut().find(|e| e.speaker == s) {
            Some(e) => e.quotes.push(k as u32),
            None => by_speaker.push(SpeakerQuotes { speaker: s, quotes: vec![k as u32] }),
        }
        p.named_speakers.hits.extend(&pieces);
    }
    by_speaker.sort_by_key(|e| std::cmp::Reverse(e.quotes.len()));
    p.named_speakers.items = by_speaker.iter().map(|e| e.speaker).collect();
    p.speakers = by_speaker;
    let quoted: Vec<Vec<Span>> = quoted.into_iter().map(merge_spans).collect();

    // Phrases in the article's own blocks.
    let Lists { hedges, loaded, .. } = lists();
    for (i, _) in doc.blocks.iter().enumerate().filter(|(_, b)| b.boilerplate.is_none()) {
        let toks = &block_words[i];
        let add = |target: &mut Evidence, found: Vec<(usize, usize)>, writers_only: bool| {
            for (s, e) in found {
                let span = Span::new(toks[s].span.start as usize, toks[e].span.end as usize);
                let inside = quoted[i].iter().any(|q| q.start <= span.start && span.end <= q.end);
                if !(writers_only && inside) {
                    target.hits.push(Hit { block: i, span });
                }
            }
        };
        add(&mut p.unnamed_sources, unnamed_sources(toks), false);
        add(&mut p.documents, documents_cited(toks), false);
        add(&mut p.hedges, hedges.find(toks), true);
        add(&mut p.loaded, loaded.find(toks), true);
    }

    for (k, m) in events.iter().enumerate() {
        p.dates.items.push(k as u32);
        p.dates.hits.extend(doc.locate(m.source));
    }

    for e in [&mut p.quotations, &mut p.scare_quotes, &mut p.named_speakers, &mut p.dates] {
        e.count = e.items.len() as u32;
    }
    for e in [&mut p.unnamed_sources, &mut p.documents, &mut p.hedges, &mut p.loaded] {
        e.count = e.hits.len() as u32;
    }
    for e in [
        &mut p.quotations,
        &mut p.scare_quotes,
        &mut p.named_speakers,
        &mut p.unnamed_sources,
        &mut p.documents,
        &mut p.hedges,
        &mut p.loaded,
        &mut p.dates,
    ] {
        e.hits.sort_unstable();
    }
    p
}

/// Whether a speaker is named: a person, an organisation or an unclassified name (an outlet),
/// written as a proper name. Groups ("officials"), documents ("the report") and descriptions
/// ("whistleblower", "a reporter") are not.
pub fn is_named(s: &crate::quotes::Speaker) -> bool {
    matches!(s.kind, SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Unknown)
        && s.canonical.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
}

/// Whether the words `j - 1` and `j` are in one clause: nothing but spaces and hyphens between
/// them, or a full stop that does not end the sentence (an abbreviation's: "U.S. officials").
fn in_clause(toks: &[Word], j: usize) -> bool {
    if j == 0 || j >= toks.len() {
        return false;
    }
    let gap = toks[j].gap;
    let gap = match gap.strip_prefix('.') {
        Some(rest) if !lx::period_ends_sentence(toks[j - 1].raw, Some(toks[j].raw)) => rest,
        _ => gap,
    };
    gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
}

/// Whether the words `j - 1` and `j` are written as one term: only spaces or a hyphen between.
fn joined(toks: &[Word], j: usize) -> bool {
    j > 0
        && j < toks.len()
        && toks[j].gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
}

/// The first word after `i`, at most `skip` words further on and within the clause, for which
/// `want` holds.
fn ahead(toks: &[Word], i: usize, skip: usize, want: impl Fn(&str) -> bool) -> Option<usize> {
    (i + 1..=i + 1 + skip).take_while(|&j| in_clause(toks, j)).find(|&j| want(&toks[j].folded))
}

fn one_of(list: &'static [&'static str]) -> impl Fn(&str) -> bool {
    move |w| list.contains(&w)
}

/// A verb of saying that attributes on its own (not "held", "found", "called"), or of believing
/// ("officials said", "critics argue", "experts fear").
fn saying(w: &str) -> bool {
    lx::cue_lemma(w).is_some_and(|l| !lx::is_that_only(l) && !lx::is_woven_only(l)) || lx::belief_lemma(w).is_some()
}

/// A determiner that points at particular things: an article, a possessive, a number, "some",
/// "several", "multiple" ("a memo", "his transcript", "two reports"; not "any report").
fn specific_determiner(w: &str) -> bool {
    lx::has(lx::ARTICLES, w)
        || lx::has(lx::POSSESSIVES, w)
        || lx::is_number_word(w)
        || matches!(w, "some" | "several" | "multiple")
}

/// The phrase lists a profile matches, made ready once: stemming every loaded word again for each
/// article was a fifth of a 1,000-article build, and making the anonymity phrases and document
/// nouns ready again for each block a third of the profiles' time.
struct Lists {
    hedges: Phrases,
    loaded: Phrases,
    anonymity: Phrases,
    documents: Phrases,
}

fn lists() -> &'static Lists {
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| Lists {
        hedges: Phrases::new(lx::HEDGES.iter().copied(), false),
        loaded: Phrases::new(lx::LOADED.iter().copied(), true),
        anonymity: Phrases::new(lx::ANONYMITY_PHRASES.iter().copied(), false),
        documents: Phrases::new(lx::REPORT_NOUNS.iter().chain(lx::DOCUMENT_PHRASES).copied(), false),
    })
}

/// A word list made ready for matching: each entry split into words, stemmed when matched by stem.
struct Phrases {
    entries: Vec<Vec<String>>,
    /// The entries by their first word (a word is compared with the few entries it can start).
    /// This table and the next are asked about every word of every article and never walked:
    /// hashed with Fnv.
    by_first: lx::FnvMap<String, Vec<usize>>,
    /// For stemmed lists: each entry word without its last letter, by length (see `keys`).
    starts: std::collections::HashSet<String, std::hash::BuildHasherDefault<lx::Fnv>>,
    start_lengths: Vec<usize>,
    stems: bool,
}

impl Phrases {
    fn new<'a>(list: impl IntoIterator<Item = &'a str>, stems: bool) -> Phrases {
        let entries: Vec<Vec<String>> = list
            .into_iter()
            .map(|p| p.split(' ').map(|w| if stems { stem(w) } else { w.to_owned() }).collect())
            .collect();
        let mut by_first: lx::FnvMap<String, Vec<usize>> = lx::FnvMap::default();
        for (k, e) in entries.iter().enumerate() {
            by_first.entry(e[0].clone()).or_default().push(k);
        }
        let starts: std::collections::HashSet<String, std::hash::BuildHasherDefault<lx::Fnv>> =
            entries.iter().flatten().map(|s| s[..s.char_indices().last().map_or(0, |(i, _)| i)].to_owned()).collect();
        let mut start_lengths: Vec<usize> = starts.iter().map(String::len).collect();
        start_lengths.sort_unstable();
        start_lengths.dedup();
        Phrases { entries, by_first, starts, start_lengths, stems }
    }

    /// The keys of `toks` these phrases are compared with: folded words (borrowed, not copied), or
    /// their stems. Stemming is slow, so only words that could have a listed stem are stemmed: a
    /// stem is the word's start, give or take its last letter ("crazy" → "crazi"); any other word
    /// keeps its folded form, which cannot equal a listed stem. (A word's starts of the listed
    /// lengths are looked up: linear in the words.)
    fn keys<'w>(&self, toks: &'w [Word]) -> Vec<Cow<'w, str>> {
        if !self.stems {
            return toks.iter().map(|w| Cow::Borrowed(w.folded.as_str())).collect();
        }
        toks.iter()
            .map(|w| {
                let f = w.folded.as_str();
                let listed = self
                    .start_lengths
                    .iter()
                    .any(|&n| f.is_char_boundary(n.min(f.len())) && n <= f.len() && self.starts.contains(&f[..n]));
                if listed {
                    Cow::Owned(stem(f))
                } else {
                    Cow::Borrowed(f)
                }
            })
            .collect()
    }

    /// The last word of the longest entry that starts at word `i`, its words written as one term
    /// (only spaces or hyphens between them).
    fn longest_at(&self, toks: &[Word], keys: &[Cow<str>], i: usize) -> Option<usize> {
        self.by_first
            .get(keys[i].as_ref())?
            .iter()
            .map(|&k| &self.entries[k])
            .filter(|e| {
                e.iter()
                    .enumerate()
                    .all(|(n, w)| keys.get(i + n).is_some_and(|k| k == w) && (n == 0 || joined(toks, i + n)))
            })
            .map(|e| i + e.len() - 1)
            .max()
    }

    /// Every occurrence, longest first at each word, not overlapping, as word ranges.
    fn find(&self, toks: &[Word]) -> Vec<(usize, usize)> {
        let keys = self.keys(toks);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.longest_at(toks, &keys, i) {
                Some(end) => {
                    out.push((i, end));
                    i = end + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Unnamed or vague sources, as word ranges (first, last), not overlapping.
fn unnamed_sources(toks: &[Word]) -> Vec<(usize, usize)> {
    use lx::{ANONYMOUS, FAMILIAR, VAGUE_PRONOUNS};
    let mut found = lists().anonymity.find(toks);
    let is_source = lx::is_source_noun;
    for i in 0..toks.len() {
        let key = toks[i].folded.as_str();
        // With the determiner before, if there is one: "an unnamed official", "a person familiar".
        let from = |i: usize| {
            if i > 0 && in_clause(toks, i) && specific_determiner(&toks[i - 1].folded) {
                i - 1
            } else {
                i
            }
        };
        // "an unnamed American official", "anonymous sources".
        if lx::has(ANONYMOUS, key) {
            if let Some(j) = ahead(toks, i, 3, is_source) {
                found.push((from(i), j));
            }
        }
        // "a person familiar with", "people close to", "sources with knowledge of".
        if is_source(key) {
            if let Some(j) = ahead(toks, i, 0, one_of(FAMILIAR)) {
                let end = if ahead(toks, j, 0, one_of(&["with", "to", "on", "of"])).is_some() { j + 1 } else { j };
                found.push((from(i), end));
            }
        }
        // "officials said", "critics say", "experts worry", "officials have long argued".
        if lx::is_source_noun_plural(key) || lx::has(VAGUE_PRONOUNS, key) {
            let skip = if lx::has(VAGUE_PRONOUNS, key) { 0 } else { 2 };
            // A capitalised word is a name ("officials from the State Department"), not a verb.
            if let Some(j) = ahead(toks, i, skip, saying).filter(|&j| !toks[j].raw.starts_with(char::is_uppercase)) {
                found.push((i, j));
            }
        }
        // "a senior administration official said", "one source privately told": the verb right
        // after the noun or after one adverb or auxiliary ("an official statement said" is a
        // document speaking).
        if matches!(key, "a" | "an" | "one" | "another") {
            if let Some(n) = ahead(toks, i, 3, |w| lx::is_source_noun(w) && !lx::is_source_noun_plural(w)) {
                let filler = |w: &str| w.ends_with("ly") || lx::is_pre_verb_filler(w) || lx::is_be(w);
                let verb = ahead(toks, n, 0, saying)
                    .or_else(|| ahead(toks, n, 0, filler).and_then(|f| ahead(toks, f, 0, saying)));
                if let Some(j) = verb {
                    found.push((i, j));
                }
            }
        }
        // "according to people", "according to U.S. officials".
        if key == "according" && ahead(toks, i, 0, |w| w == "to").is_some() {
            if let Some(j) = ahead(toks, i + 1, 3, is_source) {
                found.push((i, j));
            }
        }
    }
    merge_ranges(found)
}

/// Documents and reports cited, as word ranges: a document noun (or phrase) that a determiner, a
/// possessive or a number makes a particular document ("the report", "a memo", "his transcript",
/// "two articles of impeachment"), or a name right before it ("Times report", "Mueller report");
/// adjectives may stand between ("the full report"). "according to" before it is included. A bare
/// plural ("government reports") is talk about documents in general, not a citation; a Title Case
/// heading ("Examine Primary Documents") is not a name.
fn documents_cited(toks: &[Word]) -> Vec<(usize, usize)> {
    let nouns = &lists().documents;
    let keys = nouns.keys(toks);
    let mut found = Vec::new();
    for i in 0..toks.len() {
        let Some(end) = nouns.longest_at(toks, &keys, i) else {
            continue;
        };
        let title_case = toks[i].raw.starts_with(char::is_uppercase);
        let mut start = None;
        let mut named = !title_case;
        let mut j = i;
        while j > 0 && i - j < 5 && in_clause(toks, j) {
            j -= 1;
            let w = &toks[j];
            if specific_determiner(&w.folded) || w.folded.ends_with("'s") {
                start = Some(j);
                break;
            }
            if phrase_break(&w.folded) {
                // A preposition or a conjunction: the noun phrase began after it ("the release of
                // documents" cites none).
                break;
            }
            let sentence_start = j == 0 || w.gap.contains(['.', '!', '?', ':', '\n']);
            let name = (w.raw.starts_with(char::is_uppercase) && !sentence_start)
                || w.folded.chars().all(|c| c.is_ascii_digit());
            if named && name {
                start = Some(j);
            } else {
                named = false;
            }
        }
        let Some(mut s) = start else { continue };
        if s >= 2
            && toks[s - 1].folded == "to"
            && toks[s - 2].folded == "according"
            && in_clause(toks, s)
            && in_clause(toks, s - 1)
        {
            s -= 2;
        }
        found.push((s, end));
    }
    merge_ranges(found)
}

/// Prepositions, conjunctions, relative words, auxiliaries and negations: a noun phrase does not
/// reach back over them ("the release of documents" is about a release).
fn phrase_break(w: &str) -> bool {
    lx::is_preposition(w)
        || lx::is_conjunction(w)
        || lx::is_wh_word(w)
        || lx::is_auxiliary(w)
        || matches!(w, "not" | "never")
}

/// Sorts word ranges and joins those that overlap.
fn merge_ranges(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrases `find` picks out of `text`, as written.
    fn phrases(text: &str, find: fn(&[Word]) -> Vec<(usize, usize)>) -> Vec<&str> {
        let toks = folded_words(text);
        find(&toks).into_iter().map(|(s, e)| &text[toks[s].span.start as usize..toks[e].span.end as usize]).collect()
    }

    #[track_caller]
    fn check_vague(text: &str, expect: &[&str]) {
        assert_eq!(phrases(text, unnamed_sources), expect, "in {text:?}");
    }

    fn hedges(toks: &[Word]) -> Vec<(usize, usize)> {
        Phrases::new(lx::HEDGES.iter().copied(), false).find(toks)
    }

    fn loaded(toks: &[Word]) -> Vec<(usize, usize)> {
        Phrases::new(lx::LOADED.iter().copied(), true).find(toks)
    }

    fn documents(toks: &[Word]) -> Vec<(usize, usize)> {
        documents_cited(toks)
    }

    #[test]
    fn vague_sources_with_an_anonymity_word() {
        check_vague(
            "The memo was read to reporters by an unnamed American official.",
            &["an unnamed American official"],
        );
        check_vague("Anonymous sources inside the agency disagreed.", &["Anonymous sources"]);
        check_vague("He spoke on condition of anonymity.", &["condition of anonymity"]);
        check_vague("She asked not to be named.", &["not to be named"]);
    }

    #[test]
    fn vague_sources_as_groups_that_speak() {
        check_vague("Officials said the talks failed.", &["Officials said"]);
        check_vague("Sources say the deal is off.", &["Sources say"]);
        check_vague("Critics say the plan is too slow.", &["Critics say"]);
        check_vague("U.S. government officials reported saying the network was breached.", &["officials reported"]);
        check_vague(
            "Many Republicans and White House officials tried to say it was a joke.",
            &["officials tried to say"],
        );
        check_vague("Some say the vote was rigged.", &["Some say"]);
        check_vague("Press freedom experts worry about it.", &["experts worry"]);
    }

    #[test]
    fn vague_sources_familiar_with_and_according_to() {
        check_vague("A person familiar with the matter confirmed it.", &["A person familiar with"]);
        check_vague("People close to the president were alarmed.", &["People close to"]);
        check_vague("The plan was dropped, according to people who saw it.", &["according to people"]);
        check_vague("The plan was dropped, according to U.S. officials.", &["according to U.S. officials"]);
        check_vague(
            "A senior administration official said the plan was dropped.",
            &["A senior administration official said"],
        );
    }

    #[test]
    fn named_sources_and_ordinary_words_are_not_vague_sources() {
        for text in [
            "Lavrov said the talks went well.",
            "Foreign Minister Sergey Lavrov told reporters the talks went well.",
            "He filed an official complaint with the inspector general.",
            "Officials from the State Department attended the meeting.",
            "The law prohibits a person from soliciting donations.",
            "The people of Ohio voted on Tuesday.",
            "Some Republicans continue to promote the theory.",
            "According to Politico, the meeting ran late.",
            "According to a 2019 report from Just Security, the pattern is clear.",
            "The officials, who said nothing, left.",
            "Many voters stayed at home.",
        ] {
            check_vague(text, &[]);
        }
    }

    #[test]
    fn hedges_are_matched_as_written() {
        assert_eq!(phrases("He reportedly sought to reverse the sanctions.", hedges), ["reportedly"]);
        assert_eq!(
            phrases("The alleged hacking, so-called by some, apparently worked.", hedges),
            ["alleged", "so-called", "apparently"]
        );
        assert_eq!(
            phrases("Lavrov claimed there were no facts. He appeared to indicate it.", hedges),
            ["claimed", "appeared to"]
        );
        assert_eq!(phrases("The Purportedly secret plan", hedges), ["Purportedly"]);
    }

    #[test]
    fn hedges_do_not_match_other_words_of_the_family() {
        for text in [
            "The allegations were denied.",
            "He appeared on television on Monday.",
            "Reporters asked about the report.",
            "The claimant was heard.",
            "It is apparent to everyone.",
            "The seam of the coat.",
        ] {
            assert_eq!(phrases(text, hedges), Vec::<&str>::new(), "in {text:?}");
        }
    }

    #[test]
    fn loaded_words_in_every_form_and_across_hyphens() {
        assert_eq!(
            phrases("Trump bragged and peddled a far-right witch hunt.", loaded),
            ["bragged", "peddled", "far-right", "witch hunt"]
        );
        assert_eq!(phrases("It's a witch-hunt, he bragged", loaded), ["witch-hunt", "bragged"]);
        assert_eq!(phrases("The far, right side of the room; the hunt for a witch.", loaded), Vec::<&str>::new());
    }

    #[test]
    fn documents_need_a_determiner_a_name_or_a_number() {
        assert_eq!(
            phrases("The Times report was based on a document summarizing the meeting.", documents),
            ["The Times report", "a document"]
        );
        assert_eq!(
            phrases("While the Mueller report did not establish it, two articles of impeachment did.", documents),
            ["the Mueller report", "two articles of impeachment"]
        );
        assert_eq!(
            phrases("Consult primary source documents, such as government reports and legal filings.", documents),
            Vec::<&str>::new()
        );
        assert_eq!(phrases("He is on record saying so.", documents), Vec::<&str>::new());
        assert_eq!(phrases("Reports of his death were exaggerated.", documents), Vec::<&str>::new());
        assert_eq!(phrases("Tip 4: Examine Primary Documents and Official Statements", documents), Vec::<&str>::new());
        assert_eq!(phrases("Trump dismissed reports about the killings.", documents), Vec::<&str>::new());
        assert_eq!(phrases("It calls for the release of relevant documents.", documents), Vec::<&str>::new());
        assert_eq!(phrases("The White House released the call record of the talk.", documents), ["the call record"]);
        assert_eq!(
            phrases("According to a 2019 report from Just Security, it was clear.", documents),
            ["According to a 2019 report"]
        );
    }
}

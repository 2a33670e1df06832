//! The engine's word lists, in one place: every list of English words a rule consults, each once,
//! with the reason it exists; and the one rule for where a sentence ends (`sentences`).
//!
//! # Why one lexicon
//!
//! The quotation finder (`crate::quotes`), the name finder (`crate::crossdoc::entities`), the
//! timeline (`crate::crossdoc::dates`) and the sourcing profile (`crate::profile`) all read
//! English the same way: a title before a name makes it a person's, "Inc." keeps its full stop, a
//! nationality adjective names nobody, "said" is a verb of saying. When each kept its own lists
//! they drifted (three lists of abbreviations of 81, 48 and 19 entries; a demonym test that could
//! never match "German"; the verbs of saying twice). Here each list exists once and the rules ask
//! for the unions they need through named predicates (`outside_noun_phrase`, `never_a_name`,
//! `is_title_word`, `is_org_word`), whose comments say why each pipeline wants that union.
//!
//! # Conventions
//!
//! - Every entry is lower case with `'` for any apostrophe, as `crate::normalize::fold_word`
//!   makes it; lookups take words in that form. Title and suffix lookups also accept one final full
//!   stop ("sen." and "sen").
//! - Lists that are sets are sorted slices, looked up by binary search (`has`); a test checks
//!   that each is sorted and has no repeats. Tables whose order means something (the months) are
//!   arrays in that order.
//! - Lists are grouped in families (`function_words`, `people`, `things`, ...). Within a
//!   family a word is in one list; a word may have a role in several families ("president" is a
//!   title and a noun for a person; "report" a verb of saying and a document).
//! - Only general English news usage: no list names a particular person, outlet, place or event,
//!   and none was written to fit an article.
//!
//! # Two pipelines that find people
//!
//! `quotes::speakers` reads one noun phrase at a time, the subject of a verb of saying, and must
//! say what kind of speaker it is (a person, a group, an organisation, a document) and which name
//! a pronoun or a description stands for; `crossdoc::entities` reads every capitalised run of a
//! corpus and decides from the evidence of all its mentions. They share this lexicon and the rule
//! for given names (`given_names_compatible`); ARCHITECTURE.md says how their results relate.

mod calendar;
mod function_words;
mod people;
mod sentences;
mod sourcing;
mod speech;
mod things;

pub(crate) use calendar::*;
pub(crate) use function_words::*;
pub(crate) use people::*;
pub(crate) use sentences::*;
pub use sourcing::*;
pub(crate) use speech::*;
pub(crate) use things::*;

/// Whether the sorted list holds `w`. The lists of [`registry`] are answered from one index of
/// every listed word with a bit per list it is in, built once: a rule asks a dozen lists about the
/// same word, and the last word asked is remembered, so a word costs one hash, not a dozen binary
/// searches (a 6 MB article has a million and a half words). Other lists are searched.
pub(crate) fn has(list: &[&str], w: &str) -> bool {
    match bit_of(list) {
        Some(bit) => roles(w) & bit != 0,
        None => list.binary_search(&w).is_ok(),
    }
}

/// Every set list of the lexicon, with its family (lists of one family share no word).
pub(crate) fn registry() -> [(&'static str, &'static str, &'static [&'static str]); 75] {
    [
        ("ARTICLES", "function", ARTICLES),
        ("POSSESSIVES", "function", POSSESSIVES),
        ("QUANTIFIERS", "function", QUANTIFIERS),
        ("NUMBER_WORDS", "function", NUMBER_WORDS),
        ("ORDINALS", "function", ORDINALS),
        ("SUBJECT_PRONOUNS", "function", SUBJECT_PRONOUNS),
        ("OBJECT_PRONOUNS", "function", OBJECT_PRONOUNS),
        ("REFLEXIVES", "function", REFLEXIVES),
        ("PLACE_PREPOSITIONS", "function", PLACE_PREPOSITIONS),
        ("PREPOSITIONS", "function", PREPOSITIONS),
        ("CONJUNCTIONS", "function", CONJUNCTIONS),
        ("WH_WORDS", "function", WH_WORDS),
        ("BE", "function", BE),
        ("HAVE_DO", "function", HAVE_DO),
        ("MODALS", "function", MODALS),
        ("NEGATIONS", "function", NEGATIONS),
        ("TIME_ADVERBS", "function", TIME_ADVERBS),
        ("SENTENCE_ADVERBS", "function", SENTENCE_ADVERBS),
        ("ADVERBS", "function", ADVERBS),
        ("CONTRACTIONS", "function", CONTRACTIONS),
        ("ELISIONS", "elisions", ELISIONS),
        ("CATENATIVES", "verbs", CATENATIVES),
        ("FREQUENT_VERBS", "verbs", FREQUENT_VERBS),
        ("TITLE_ABBREVIATIONS", "abbreviations", TITLE_ABBREVIATIONS),
        ("ABBREVIATIONS", "abbreviations", ABBREVIATIONS),
        ("HONORIFICS", "titles", HONORIFICS),
        ("TITLE_NOUNS", "titles", TITLE_NOUNS),
        ("TITLE_MODIFIERS", "titles", TITLE_MODIFIERS),
        ("TITLE_BODIES", "titles", TITLE_BODIES),
        ("TITLE_ORG_WORDS", "titles", TITLE_ORG_WORDS),
        ("OFFICES", "offices", OFFICES),
        ("NAME_PARTICLES", "names", NAME_PARTICLES),
        ("NAME_SUFFIXES", "names", NAME_SUFFIXES),
        ("POST_NOMINALS", "names", POST_NOMINALS),
        ("DEMONYMS", "nationality", DEMONYMS),
        ("PARTY_WORDS", "nationality", PARTY_WORDS),
        ("PERSON_NOUNS", "people", PERSON_NOUNS),
        ("PERSON_NOUNS_PLURAL", "people", PERSON_NOUNS_PLURAL),
        ("SOURCE_NOUNS", "people", SOURCE_NOUNS),
        ("SOURCE_NOUNS_PLURAL", "people", SOURCE_NOUNS_PLURAL),
        ("REPRESENTATIVES", "representatives", REPRESENTATIVES),
        ("FEMININE", "gender", FEMININE),
        ("MASCULINE", "gender", MASCULINE),
        ("ORG_NOUNS", "organisations", ORG_NOUNS),
        ("ORG_DESCRIPTIONS", "organisations", ORG_DESCRIPTIONS),
        ("ORG_NAME_WORDS", "organisations", ORG_NAME_WORDS),
        ("CORPORATE_SUFFIXES", "organisations", CORPORATE_SUFFIXES),
        ("ORG_ADJECTIVES", "organisations", ORG_ADJECTIVES),
        ("GOVERNMENT_UNITS", "places", GOVERNMENT_UNITS),
        ("GEOGRAPHIC_HEADS", "places", GEOGRAPHIC_HEADS),
        ("PLACE_PREFIXES", "place prefixes", PLACE_PREFIXES),
        ("BUILDING_HEADS", "buildings", BUILDING_HEADS),
        ("PLACE_NOUNS", "places", PLACE_NOUNS),
        ("PLACE_NAMES", "places", PLACE_NAMES),
        ("OTHER_HEADS", "other names", OTHER_HEADS),
        ("INSTITUTIONS", "institutions", INSTITUTIONS),
        ("REPORT_NOUNS", "documents", REPORT_NOUNS),
        ("DOCUMENT_PHRASES", "documents", DOCUMENT_PHRASES),
        ("TEXT_NOUNS", "documents", TEXT_NOUNS),
        ("PAGE_LABELS", "page", PAGE_LABELS),
        ("TIME_UNITS", "page", TIME_UNITS),
        ("COMMON_WORDS", "common", COMMON_WORDS),
        ("THAT_ONLY_VERBS", "saying", THAT_ONLY_VERBS),
        ("WOVEN_ONLY_VERBS", "saying", WOVEN_ONLY_VERBS),
        ("UTTERANCE_VERBS", "utterance", UTTERANCE_VERBS),
        ("NOUN_LIKE_CUES", "cue forms", NOUN_LIKE_CUES),
        ("SPEECH_NOUNS", "speech nouns", SPEECH_NOUNS),
        ("NAMING_NOUNS", "naming nouns", NAMING_NOUNS),
        ("ANONYMOUS", "sourcing", ANONYMOUS),
        ("ANONYMITY_PHRASES", "sourcing", ANONYMITY_PHRASES),
        ("FAMILIAR", "sourcing", FAMILIAR),
        ("VAGUE_PRONOUNS", "sourcing", VAGUE_PRONOUNS),
        ("HEDGES", "hedges", HEDGES),
        ("LOADED", "loaded", LOADED),
        ("WEEKDAY_ABBREVIATIONS", "abbreviations", sentences::WEEKDAY_ABBREVIATIONS),
    ]
}

/// The bits of the lists of `family` in [`registry`], for a rule that asks a whole family about
/// every word ([`roles`] `& bits`, one look-up for a dozen lists).
fn family_bits(family: &str) -> u128 {
    registry().iter().enumerate().filter(|(_, (_, f, _))| *f == family).fold(0, |bits, (i, _)| bits | 1 << i)
}

/// A 64-bit FNV-1a hasher: fixed, small, fast for short words (the standard hasher is built to
/// resist attacks no word list faces).
#[derive(Default)]
pub(crate) struct Fnv(u64);

/// Hash maps keyed by words, hashed with [`Fnv`].
pub(crate) type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Index = std::collections::HashMap<&'static str, u128, std::hash::BuildHasherDefault<ByWords>>;

/// The hasher of the lexicon's index: a word eight bytes at a time (FxHash's multiply and rotate;
/// [`Fnv`], a byte at a time, was a good part of each look-up the rules make). The index is only
/// looked up, never walked, so no order depends on its hash.
#[derive(Default)]
struct ByWords(u64);

impl std::hash::Hasher for ByWords {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
}

impl ByWords {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Every listed word with a bit for each list of [`registry`] it is in; and the lists' addresses
/// with their bits (the lists are statics, so a list has one address), sorted, and in a small
/// table by a hash of the address, which answers all but the few lists whose slot another took.
struct Lists {
    words: Index,
    sorted: Vec<(usize, u128)>,
    slots: Vec<(usize, u128)>,
}

/// The slots of [`Lists::slots`], for 75 lists: few share one.
const SLOTS: usize = 256;

fn slot(at: usize) -> usize {
    ((at as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize % SLOTS
}

fn index() -> &'static Lists {
    static INDEX: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words = Index::default();
        let mut sorted = Vec::new();
        let mut slots = vec![(0, 0); SLOTS];
        for (i, (_, _, list)) in registry().iter().enumerate() {
            let bit = 1u128 << i;
            let at = list.as_ptr() as usize;
            sorted.push((at, bit));
            if slots[slot(at)].0 == 0 {
                slots[slot(at)] = (at, bit);
            }
            for w in list.iter() {
                *words.entry(w).or_insert(0) |= bit;
            }
        }
        sorted.sort_unstable();
        Lists { words, sorted, slots }
    })
}

/// The bit of a list of [`registry`]: a rule asks a dozen lists about each word, so the list is
/// found by one look at its slot where it can be (a binary search each time was a tenth of the
/// quotation finder's time).
fn bit_of(list: &[&str]) -> Option<u128> {
    let lists = index();
    let at = list.as_ptr() as usize;
    match lists.slots[slot(at)] {
        (p, bit) if p == at => Some(bit),
        _ => lists.sorted.binary_search_by_key(&at, |&(p, _)| p).ok().map(|i| lists.sorted[i].1),
    }
}

thread_local! {
    /// The last word asked about and its bits (a word of at most 32 bytes).
    static LAST: std::cell::Cell<([u8; 32], u8, u128)> = const { std::cell::Cell::new(([0; 32], 0, 0)) };
}

/// The bits of the lists that hold `w`.
fn roles(w: &str) -> u128 {
    let b = w.as_bytes();
    if b.len() <= 32 {
        let (key, len, bits) = LAST.with(std::cell::Cell::get);
        // Compared a byte at a time: words are short, and a call to `memcmp` for each of the
        // build's millions of questions cost more than the comparison.
        if len as usize == b.len() && key.iter().zip(b).all(|(k, c)| k == c) {
            return bits;
        }
        let bits = index().words.get(w).copied().unwrap_or(0);
        let mut k = [0u8; 32];
        k[..b.len()].copy_from_slice(b);
        LAST.with(|c| c.set((k, b.len() as u8, bits)));
        bits
    } else {
        index().words.get(w).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests;

//! The engine's word lists, in one place: every list of English words a rule consults, each once,
//! with the reason it exists; and the one rule for where a sentence ends ([`sentences`]).
//!
//! # Why one lexicon
//!
//! The quotation finder ([`crate::quotes`]), the name finder ([`crate::crossdoc::entities`]), the
//! timeline ([`crate::crossdoc::dates`]) and the sourcing profile ([`crate::profile`]) all read
//! English the same way: a title before a name makes it a person's, "Inc." keeps its full stop, a
//! nationality adjective names nobody, "said" is a verb of saying. When each kept its own lists
//! they drifted (three lists of abbreviations of 81, 48 and 19 entries; a demonym test that could
//! never match "German"; the verbs of saying twice). Here each list exists once and the rules ask
//! for the unions they need through named predicates ([`outside_noun_phrase`], [`never_a_name`],
//! [`is_title_word`], [`is_org_word`]), whose comments say why each pipeline wants that union.
//!
//! # Conventions
//!
//! - Every entry is lower case with `'` for any apostrophe, as [`crate::normalize::fold_word`]
//!   makes it; lookups take words in that form. Title and suffix lookups also accept one final full
//!   stop ("sen." and "sen").
//! - Lists that are sets are sorted slices, looked up by binary search ([`has`]); a test checks
//!   that each is sorted and has no repeats. Tables whose order means something (the months) are
//!   arrays in that order.
//! - Lists are grouped in families ([`function_words`], [`people`], [`things`], ...). Within a
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
//! for given names ([`given_names_compatible`]); ARCHITECTURE.md says how their results relate.

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

/// Whether the sorted list holds `w`.
pub(crate) fn has(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests;

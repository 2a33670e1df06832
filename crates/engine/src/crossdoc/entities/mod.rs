//! Named entities: the people, organisations and places an article names, merged across the
//! corpus so that a class can see who appears where.
//!
//! # Finding names
//!
//! English marks names with capitals, and news style is consistent about it, so a name is first
//! a *capitalised run*: capitalised words joined by spaces, by an initial's or a short form's dot
//! (`Joseph R. Biden`, `Mrs. Clinton`, `U.S. Secretary`), by a hyphen or `&` between capitalised
//! parts (`Ocasio-Cortez`, `Kessler & Wynn`), or by lower-case connectors that continue a name:
//! `of` after a noun that takes one (`Department of Homeland Security`, `Secretary of State`,
//! `Bay of Pigs`), `for` and `on` after an organisation noun (`Centers for …`), name particles
//! (`bin`, `van`, `de`), and `and` inside an organisation name that opens with its noun and a
//! connector (`Department of Health and Human Services`; elsewhere `and` joins two names). A
//! possessive ends a run and is not part of the name (`Lavrov’s` is `Lavrov`); month and weekday
//! names are never part of a name. Each run is then read:
//!
//! 1. Function words are stripped from its start (`The`, `During`, `If`, `However`; see
//!    `lexicon::never_a_name`), and so is an ordinary word that is capitalised only because it opens the
//!    sentence (`Examine Primary Documents`, `Federal law`). But a word capitalised in mid-sentence
//!    that is no determiner or preposition opens an organisation's name when the run ends in an
//!    organisation's noun (`a report from Just Security`), and such a noun does not split a run
//!    (`USA Today`). The plural of a short form is a common noun (`These FAQs`, `CEOs`).
//! 2. Titles are separated from the name they stand before: `Russian Foreign Minister Sergey
//!    Lavrov` is a mention of `Sergey Lavrov`, who is thereby a person; `FBI Director James Comey`
//!    is `FBI` and `James Comey`; `Secretary of State` and `Director of National Intelligence`
//!    are titles whole, and a title word right after an office (`Homeland Security`) belongs to
//!    the office. A title is only split off when what follows looks like a personal name (no
//!    organisation noun, no function word), so `Justice Department` and `Foreign Ministry` stay
//!    organisations. A run that ends in a title names the office's home (`Department of Homeland
//!    Security Secretary` → `Department of Homeland Security`); a run of titles alone (`Inspector
//!    General`) names nobody. Nationality and party adjectives before a title go (`Russian`,
//!    `Republican`), and so do a company's legal form (`Boeing Co.` is `Boeing`) and a party and
//!    state after a name (`D-N.Y.`).
//! 3. In headlines capitals do not mark names: the title, headings, short lines with no sentence
//!    end, and *title-case stretches* (a sentence, or the part of one between colons, whose longer
//!    words are capitalised but for at most one in ten; outside the title, two of them must be
//!    ordinary words, so that a sentence listing names is not taken for a headline) only
//!    contribute mentions of names the running text establishes.
//! 4. A single capitalised word at the start of a sentence (or of a quotation) is a name only if
//!    the corpus also capitalises it somewhere mid-sentence (`Comey had been…` counts because
//!    `Director James Comey` occurs; `Multiple impeachment witnesses…` does not), or if it is a
//!    place with a nationality adjective in the lexicon (`Qatar’s`). A single *ordinary word* is
//!    not a name unless a title says so: a frequent English word (`lexicon::COMMON_WORDS`), or one the
//!    corpus writes in lower case at least as often as capitalised mid-sentence (one stray
//!    lower-case "trump" does not make the name a word). A run made only of ordinary words
//!    (`Nuclear Arms Control`) is not a name either, unless it ends in an organisation, place or
//!    document noun (`White House`, `INF Treaty`); a one-word institution after `the` is (`the
//!    Senate`). Nationality adjectives (`Russian`, and any the corpus pairs with a name:
//!    `Freedonia`/`Freedonian`) are not names.
//! 5. A dateline (`WASHINGTON (AP) —`, `NEW YORK —`) is a place, written in ordinary case.
//!
//! # Kinds
//!
//! A person is named after a title (`President`, `Ambassador`, `Sen.`, also in lower case:
//! `special counsel Robert Mueller`), before an appositive (`Fiona Hill, a Russia expert who…`),
//! after a title and a comma (`Russian Ambassador, Sergey Kislyak`), or, for runs of two to four
//! words with no other clue, by default (most such runs in news copy are personal names; a run
//! whose first word is an ordinary word is one too when its last word is someone's surname:
//! `Bill Clinton`). An organisation, place or other thing is recognised by its last noun
//! (`Commission`, `Office`, `Times`; `County`, `River`; `Act`, `Treaty`, `Summit`) or the noun
//! before its `of` (`Department of …`, `Bay of …`), an organisation also by an all-capital short
//! form or a legal form (`Inc.`). A place is also what follows `in`, `across`, `near`… (`in
//! Poland`, `in Hamburg, Germany`), what follows `of` after a name (`Mitch Ames of Kentucky`), and
//! a word with a nationality adjective (`Russia` for `Russian`, `Ukraine` for `Ukrainian`); a
//! name after a point of the compass, `New`, `San` or `Fort` (`North Korea`, `Las Vegas`; not
//! after a name particle such as `Le`); a name right before an office held for a place (`an
//! Alabama senator`, `the Ohio governor`); and a name set off after a noun for a country or a town
//! (`from a country, Norway,`). A building or a room that also names the body housed there (`Oval
//! Office`, `White House`; `lexicon::BUILDING_HEADS`) is a place when the corpus places things in
//! it at least as often as it names it otherwise (`inside the Oval Office`), the body when it
//! acts (`the White House said`). Evidence is counted over all the mentions of an entity.
//!
//! # Merging mentions
//!
//! - Full personal names are grouped by surname, and within a surname by compatible given names
//!   (equal, an initial, a prefix, or a common short form: `Joe`/`Joseph`), so `Hillary Clinton`
//!   and `Bill Clinton` stay apart. Middle names and initials are ignored; `Jr.` is kept apart.
//! - A surname alone (`Lavrov`, `Mrs. Clinton`, `Trump’s`, `President Trump`) joins the one full
//!   name with that surname; if several full names share it, the one named in the same article
//!   (the nearest before it); if none is, the surname stays an entity of its own. A family (`the
//!   Bidens`) is named by the surname.
//! - Spellings of one name across outlets (`Zelenskyy`/`Zelenskiy`) merge when they differ only
//!   in vowels, `y`, `j`, `h`, `w` or a doubled letter, by at most one such edit (two for names of
//!   nine letters or more), start with the same letter, have six letters or more, never both occur
//!   in one article (an outlet keeps one spelling: two spellings in one article are two people),
//!   and are not both carried by full names with incompatible given names. Candidates are found by
//!   bucketing names on their first letter and consonant skeleton, so the check is linear.
//! - An all-capital short form joins the one multi-word name whose initials it spells (`DNC`,
//!   `Democratic National Committee`; `U.S.`, `United States`); the same short form with or
//!   without dots is one name (`F.B.I.`, `FBI`).
//!
//! The canonical name of a person is their most frequent full name (ties: the fuller, then the
//! alphabetically first); of anything else, its most frequent form. `variants` lists every form
//! written (titles and possessives stripped).
//!
//! # Scope and limits
//!
//! Only the article's own text is read: boilerplate blocks (navigation, related-story lists,
//! captions, repeats) and bylines are skipped, so they neither create entities nor count as
//! mentions. A related-headline list names many people an article is not about.
//!
//! Capitals are the only signal, so a name that is also an ordinary word and appears only at a
//! sentence start is missed, a one-word name with no clue is `Other` (`Politico`, `Reagan` with
//! no full name in the corpus), and a two-word capitalised phrase with no clue defaults to a
//! person. Names in all-lowercase text are not found at all.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{article_blocks, is_byline, uf_find, uf_new, uf_union};
use crate::ingest::{BlockKind, Document};
use crate::lexicon as lx;
use crate::lexicon::FnvMap;
use crate::normalize::{fold_word, words};
use crate::span::Span;

/// What kind of thing an entity is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
    Other,
}

impl EntityKind {
    /// `"person"`, `"organisation"`, `"place"` or `"other"`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// One place where an entity is named.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mention {
    /// Index of the document.
    pub doc: u32,
    /// The name as written, in the file text (bytes): without title or possessive.
    pub source: Span,
}

/// A person, organisation, place or other named thing, with every mention in the corpus.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Entity {
    /// The canonical name ("Donald Trump" for "Trump", "President Trump", "Trump’s").
    pub name: String,
    pub kind: EntityKind,
    /// Every form written, titles and possessives stripped, sorted.
    pub variants: Vec<String>,
    /// Sorted by document and position.
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// The documents that mention this entity, sorted.
    pub fn docs(&self) -> Vec<u32> {
        let mut d: Vec<u32> = self.mentions.iter().map(|m| m.doc).collect();
        d.dedup();
        d
    }
}

/// The named entities of a corpus; `texts[i]` is the file text `docs[i]` was ingested from.
/// Sorted by number of mentions (most first), then name.
pub fn find_entities(docs: &[Document], texts: &[&str]) -> Vec<Entity> {
    let mut blocks = scan(docs, texts);
    let mut case: FnvMap<String, (u32, u32)> = FnvMap::default();
    for t in blocks.iter().flat_map(|b| b.toks.iter()) {
        let lower = t.raw.chars().next().is_some_and(char::is_lowercase);
        if !lower && (!t.cap || t.initial) {
            continue;
        }
        let e = match case.get_mut(t.key.as_str()) {
            Some(e) => e,
            None => case.entry(t.key.clone()).or_default(),
        };
        if lower {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    let ctx = Ctx { case };
    for b in &mut blocks {
        mark_headlines(b, &ctx);
    }
    let mut cands: Vec<Cand> = Vec::new();
    for b in &blocks {
        read_block(b, &ctx, &mut cands);
    }
    let cands = accept(cands, &blocks, &ctx);
    merge(cands)
}

pub(super) struct Ctx {
    /// For each word, how often the corpus writes it in lower case, and capitalised other than at
    /// a sentence start (looked up for every word and never walked, so hashed the fast way).
    pub(super) case: FnvMap<String, (u32, u32)>,
}

impl Ctx {
    /// An ordinary word: in the lexicon, or written in lower case at least as often as
    /// capitalised mid-sentence (one stray "trump" does not make the name a word).
    pub(super) fn common(&self, key: &str) -> bool {
        lx::is_common(key) || self.case.get(key).is_some_and(|&(lower, cap)| lower > 0 && lower >= cap)
    }
}

mod accept;
mod candidates;
mod merge;
mod tokens;

use accept::accept;
use candidates::{read_block, Cand};
use merge::merge;
use tokens::{mark_headlines, scan};

#[cfg(test)]
mod tests;

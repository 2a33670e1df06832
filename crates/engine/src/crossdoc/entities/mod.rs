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
//!    `lexicon::STOP`), and so is an ordinary word that is capitalised only because it opens the
//!    sentence (`Examine Primary Documents`, `Federal law`).
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
//!    not a name unless a title says so: a frequent English word (`lexicon::COMMON`), or one the
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
//! a word with a nationality adjective (`Russia` for `Russian`, `Ukraine` for `Ukrainian`).
//! Evidence is counted over all the mentions of an entity.
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
//! sentence start is missed, a one-word name with no clue is `Other` (`Norway` after a comma,
//! `Politico`), and a two-word capitalised phrase with no clue defaults to a person. Names in
//! all-lowercase text are not found at all.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::lexicon as lx;
use super::{article_blocks, is_byline, uf_find, uf_new, uf_union};
use crate::ingest::{BlockKind, Document};
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
    let mut case: HashMap<String, (u32, u32)> = HashMap::new();
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

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug)]
struct Tok<'t> {
    /// The word in the file text (bytes).
    start: usize,
    end: usize,
    /// End of the word without a possessive `’s`.
    name_end: usize,
    raw: &'t str,
    /// Folded, possessive and dots removed ("u.s" → "us").
    key: String,
    cap: bool,
    /// All letters capitals, two or more (`FBI`, `U.S`).
    acronym: bool,
    possessive: bool,
    /// First word of a sentence, a quotation or a list item.
    initial: bool,
    /// Text between the previous word and this one.
    gap: &'t str,
    /// A dot after this word does not end the sentence (`Mr.`, `R.`, `U.S.`).
    abbrev: bool,
    /// In a headline, a heading or a title-case phrase: capitals do not mark names here.
    known_only: bool,
    /// Part of a dateline (`WASHINGTON (AP) —`): a place, in capitals.
    dateline: bool,
}

struct BlockToks<'t> {
    doc: u32,
    toks: Vec<Tok<'t>>,
    /// A heading, or a short line with no sentence end (a list item standing as a heading).
    heading: bool,
    /// The article's title.
    title: bool,
}

fn scan<'t>(docs: &'t [Document], texts: &[&'t str]) -> Vec<BlockToks<'t>> {
    let mut out = Vec::new();
    for (d, (doc, text)) in docs.iter().zip(texts).enumerate() {
        for (_, b, bt) in article_blocks(doc, text, false) {
            if is_byline(b) {
                continue;
            }
            let toks = tokens(bt, b.source.start as usize);
            let short = toks.len() <= 8 && !bt.trim_end().ends_with(['.', '!', '?', '”', '"', ',', ';']);
            let heading = b.kind == BlockKind::Heading || (short && b.kind != BlockKind::Title);
            out.push(BlockToks { doc: d as u32, toks, heading, title: b.kind == BlockKind::Title });
        }
    }
    out
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '«' | '„' | '(' | '[')
}

fn tokens(text: &str, base: usize) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::new();
    let mut prev_end = 0;
    for (span, w) in words(text) {
        let (s, e) = (span.start as usize, span.end as usize);
        let gap = &text[prev_end..s];
        let folded = fold_word(w);
        let (stem, possessive, name_len) = match folded.strip_suffix("'s") {
            Some(st) if !st.is_empty() => {
                // The raw word ends in an apostrophe (any of them) and `s`: drop those two chars.
                let cut = w.char_indices().rev().nth(1).map_or(w.len(), |(i, _)| i);
                (st.to_owned(), true, cut)
            }
            _ => (folded.clone(), false, w.len()),
        };
        let key: String = stem.chars().filter(|&c| c != '.').collect();
        let mut letters = w[..name_len].chars().filter(|c| c.is_alphabetic());
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let acronym = letters.clone().nth(1).is_some() && letters.all(char::is_uppercase);
        let initial = match out.last() {
            None => true,
            Some(prev) => starts_sentence(prev, gap),
        };
        out.push(Tok {
            start: base + s,
            end: base + e,
            name_end: base + s + name_len,
            raw: w,
            key,
            cap,
            acronym,
            possessive,
            initial,
            gap,
            abbrev: false,
            known_only: false,
            dateline: false,
        });
        prev_end = e;
    }
    // Plural possessives (`the Clintons’ house`) and abbreviation dots are seen from what follows.
    for i in 0..out.len() {
        let after = if i + 1 < out.len() { out[i + 1].gap } else { &text[(out[i].end - base).min(text.len())..] };
        let t = &out[i];
        let plural_possessive = after.starts_with(['’', '\''])
            && after[after.chars().next().map_or(0, char::len_utf8)..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let single_initial = t.raw.chars().count() == 1 && t.cap;
        let abbrev = after.starts_with('.') && (lx::is_abbreviation(&t.key) || single_initial || t.raw.contains('.'));
        out[i].possessive |= plural_possessive;
        out[i].abbrev = abbrev;
    }
    // A dateline: words in capitals opening the block, then (after an agency's name in brackets
    // or a state's short form) a dash: `WASHINGTON (AP) —`, `NEW YORK —`, `PHOENIX, Ariz. —`.
    let caps = out.iter().enumerate().take_while(|(k, t)| t.acronym && (*k == 0 || t.gap.trim().is_empty())).count();
    if caps > 0 && out[..caps].iter().map(|t| t.raw.len()).sum::<usize>() >= 3 {
        let dash = (caps..(caps + 3).min(out.len())).find(|&m| out[m].gap.contains(['—', '–']) || out[m].gap.contains(" - "));
        let plain = (caps..dash.unwrap_or(caps)).all(|m| out[m].gap.contains(['(', ',', '.']) || out[m].gap.trim().is_empty());
        if let (Some(m), true) = (dash, plain) {
            for t in &mut out[..caps] {
                t.dateline = true;
            }
            out[m].initial = true;
        }
    }
    out
}

/// Whether the word after `gap` starts a sentence, a quotation or a list item.
fn starts_sentence(prev: &Tok, gap: &str) -> bool {
    let g = gap.trim_end();
    let Some(last) = g.chars().last() else { return false };
    if is_open_quote(last) {
        // An opening mark: at the gap's start or after a space.
        let before = g[..g.len() - last.len_utf8()].chars().last();
        return before.is_none_or(|c| c.is_whitespace() || matches!(c, '—' | '–' | '(' | ':'));
    }
    let first = g.trim_start().chars().next().unwrap_or(' ');
    if first == '.' && (lx::is_abbreviation(&prev.key) || prev.raw.contains('.')) {
        // `U.S. The …` is ambiguous; a capitalised function word after it starts a sentence.
        return false;
    }
    matches!(first, '.' | '!' | '?' | ':' | ';' | '…' | '•' | '·')
}

/// Marks the words of headlines: a heading block, or a title-case stretch (a sentence, or the
/// part of one between colons) with at least three longer words capitalised and at most one in
/// ten longer words in lower case (function words aside). Outside the title, two of the
/// capitalised words must also be ordinary words, so that a sentence listing names (`Attending
/// were Sen. Ann Lee, Gov. Bo Park and Rep. Cy Dunn.`) is not taken for a headline.
fn mark_headlines(b: &mut BlockToks, ctx: &Ctx) {
    if b.heading {
        for t in &mut b.toks {
            t.known_only = true;
        }
        return;
    }
    let mut start = 0;
    while start < b.toks.len() {
        let mut end = start + 1;
        while end < b.toks.len() && !b.toks[end].initial {
            end += 1;
        }
        let seg = &b.toks[start..end];
        let content: Vec<&Tok> =
            seg.iter().filter(|t| t.raw.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !lx::is_stop(&t.key)).collect();
        let caps = content.iter().filter(|t| t.cap).count();
        let common = content.iter().filter(|t| t.cap && ctx.common(&t.key)).count();
        if caps >= 3 && (b.title || common >= 2) && (content.len() - caps) * 10 <= content.len() {
            for t in &mut b.toks[start..end] {
                t.known_only = true;
            }
        }
        start = end;
    }
}

// ---------------------------------------------------------------------------------------------
// Candidates

struct Ctx {
    /// For each word, how often the corpus writes it in lower case, and capitalised other than at
    /// a sentence start.
    case: HashMap<String, (u32, u32)>,
}

impl Ctx {
    /// An ordinary word: in the lexicon, or written in lower case at least as often as
    /// capitalised mid-sentence (one stray "trump" does not make the name a word).
    fn common(&self, key: &str) -> bool {
        lx::is_common(key) || self.case.get(key).is_some_and(|&(lower, cap)| lower > 0 && lower >= cap)
    }
}

/// The shape a run of words has on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Person,
    Org,
    Place,
    Other,
    /// One word: decided with the rest of the corpus.
    Single,
}

#[derive(Debug)]
struct Cand {
    doc: u32,
    /// The words of the name: (start, end) in the file and the key.
    words: Vec<(usize, usize, String)>,
    written: String,
    shape: Shape,
    person: u32,
    place: u32,
    initial: bool,
    acronym: bool,
    from_heading: bool,
    /// Right after `the` (`the Senate`).
    after_the: bool,
    /// Organisation evidence (a legal form such as `Inc.` after the name).
    org: u32,
}

impl Cand {
    fn span(&self) -> Span {
        Span::new(self.words[0].0, self.words[self.words.len() - 1].1)
    }
    fn key(&self) -> String {
        self.words.iter().map(|w| w.2.as_str()).collect::<Vec<_>>().join(" ")
    }
}

fn name_tok(t: &Tok) -> bool {
    t.cap && !lx::is_calendar_word(&t.key) && t.raw.chars().any(char::is_alphabetic)
}

/// Whether two neighbouring words can belong to one name.
fn joinable(a: &Tok, b: &Tok) -> bool {
    let g = b.gap;
    if g.is_empty() {
        return false;
    }
    if g.chars().all(char::is_whitespace) {
        return g.chars().filter(|&c| c == '\n').count() <= 1;
    }
    if a.abbrev && g.starts_with('.') && g.len() > 1 && g[1..].chars().all(char::is_whitespace) {
        return !lx::is_stop(&b.key) || lx::is_connector(&b.key);
    }
    (matches!(g, "-" | "\u{2010}" | "\u{2011}") || g.trim() == "&") && a.cap && b.cap
}

/// Capitalised runs of a block, as token ranges.
fn runs(toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !name_tok(&toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < toks.len() && !toks[end - 1].possessive {
            let j = end;
            if name_tok(&toks[j]) && joinable(&toks[j - 1], &toks[j]) {
                end = j + 1;
                continue;
            }
            // Up to two lower-case connectors, then a capitalised word: `of` after a noun that
            // takes one (`Department of`, `Secretary of`, `Gulf of`), `for` and `on` after an
            // organisation noun (`Center for`, `Council on`), name particles (`van`, `de`).
            let mut c = j;
            let before = toks[j - 1].key.as_str();
            let opens = match toks[j].key.as_str() {
                "of" => lx::is_of_head(before),
                "for" | "on" => lx::is_org_head(before),
                "and" => !toks[j].cap,
                "the" | "&" | "y" => false,
                _ => true,
            };
            if opens && toks[j].key == "and" {
                c = j + 1;
            }
            while opens && toks[j].key != "and" && c < toks.len() && c - j < 2 && !toks[c].cap && lx::is_connector(&toks[c].key) && joinable(&toks[c - 1], &toks[c]) {
                c += 1;
            }
            if c > j && c < toks.len() && name_tok(&toks[c]) && joinable(&toks[c - 1], &toks[c]) {
                end = c + 1;
                continue;
            }
            break;
        }
        // `and` stays inside an organisation name that opens with its noun and a connector
        // (`Centers for Disease Control and Prevention`, `Department of Health and Human
        // Services`); elsewhere it joins two names (`Trump and Putin`, `Republicans and White
        // House officials`, `Alaska Airlines and United Airlines`).
        let mut next = end;
        if let Some(m) = (start + 1..end).find(|&m| toks[m].key == "and" && !toks[m].cap) {
            let head = (start..m).find(|&k| !lx::is_stop(&toks[k].key));
            let headed = head.is_some_and(|h| {
                lx::is_org_head(&toks[h].key) && (h + 1..m).any(|k| matches!(toks[k].key.as_str(), "of" | "for" | "on") && !toks[k].cap)
            });
            if !headed || lx::is_org_head(&toks[m - 1].key) {
                end = m;
                next = m + 1;
            }
        }
        // A capitalised function word inside a run (title case, `… And …`) splits it.
        let mut s = start;
        for (k, t) in toks.iter().enumerate().take(end).skip(start + 1) {
            if t.cap && lx::is_stop(&t.key) && !lx::is_connector(&t.key) {
                out.push(s..k);
                s = k;
            }
        }
        out.push(s..end);
        i = next;
    }
    out
}

/// Words a personal name can be made of, after a title.
fn personal(toks: &[&Tok]) -> bool {
    !toks.is_empty()
        && toks.len() <= 5
        && toks[0].cap
        && toks.iter().all(|t| {
            !lx::is_org_head(&t.key) && !lx::is_other_head(&t.key) && !lx::is_stop(&t.key) && !lx::is_title(&t.key)
                && !lx::is_demonym(&t.key)
        })
        && !lx::is_name_suffix(&toks[0].key)
        && !(toks.len() == 1 && toks[0].acronym)
}

fn read_block(b: &BlockToks, ctx: &Ctx, out: &mut Vec<Cand>) {
    let toks = &b.toks;
    let mut after_title: Option<usize> = None; // token index just after a run that ended in a title
    for r in runs(toks) {
        if toks[r.start].known_only {
            continue;
        }
        if toks[r.start].dateline {
            let ws: Vec<usize> = r.clone().filter(|&i| toks[i].dateline).collect();
            let mut c = make_cand(b, &ws, if ws.len() == 1 { Shape::Single } else { Shape::Place }, 0, 2, false, false);
            c.acronym = false;
            c.written = c.written.split(' ').map(title_word).collect::<Vec<_>>().join(" ");
            out.push(c);
            continue;
        }
        let mut w: Vec<usize> = r.clone().collect();
        let mut initial = toks[r.start].initial;
        // 1. Function words and connectors at the start.
        while let Some(&f) = w.first() {
            if !toks[f].acronym && lx::is_stop(&toks[f].key) || lx::is_connector(&toks[f].key) && !toks[f].cap {
                w.remove(0);
                initial = false;
            } else {
                break;
            }
        }
        let title_comma = after_title.is_some_and(|k| k == r.start && toks[r.start].gap.trim() == ",");
        after_title = None;
        // An ordinary word opening a sentence is capitalised for that reason (`Examine Primary
        // Documents`, `Federal law`), unless it is a title or a nationality.
        if initial && w.len() >= 2 {
            let f = &toks[w[0]];
            if ctx.common(&f.key) && !lx::is_title(&f.key) && !lx::is_demonym(&f.key) && !f.acronym && !lx::is_org_head(&f.key) {
                w.remove(0);
            }
        }
        if w.is_empty() {
            continue;
        }
        // 2. Titles.
        let tref: Vec<&Tok> = w.iter().map(|&i| &toks[i]).collect();
        // A title word right after an office word belongs to the office (`Homeland Security`).
        let title_at = |x: usize| lx::is_title(&tref[x].key) && !(x > 0 && lx::is_office(&tref[x - 1].key));
        let first_title = (0..tref.len()).find(|&x| title_at(x));
        let mut pieces: Vec<(Vec<usize>, u32)> = Vec::new(); // (words, person evidence)
        // The end of the titles that start at `ft`, and whether one of them is a person's.
        let titles_from = |ft: usize| {
            let (mut k, mut person_title) = (ft, false);
            while k < w.len() {
                let key = &toks[w[k]].key;
                if lx::is_title(key) {
                    person_title |= lx::is_person_title(key);
                    k += 1;
                } else if key == "of" && k + 1 < w.len() && (lx::is_office(&toks[w[k + 1]].key) || lx::is_title(&toks[w[k + 1]].key)) {
                    k += 2;
                    while k < w.len() && (lx::is_office(&toks[w[k]].key) || lx::is_title(&toks[w[k]].key)) {
                        k += 1;
                    }
                } else {
                    break;
                }
            }
            (k, person_title)
        };
        // The first title block followed by a personal name splits the run.
        let split = (0..w.len()).filter(|&x| title_at(x)).find_map(|ft| {
            let (k, person_title) = titles_from(ft);
            let rest: Vec<&Tok> = w[k..].iter().map(|&i| &toks[i]).collect();
            (personal(&rest) && (person_title || rest.len() >= 2)).then_some((ft, k, person_title))
        });
        match (first_title, split) {
            (_, Some((ft, k, person_title))) => {
                // Before the titles: an organisation or place (`FBI`, `U.S.`, `White House`),
                // without nationality or party adjectives at either end.
                let mut pre = &w[..ft];
                while pre.first().is_some_and(|&i| lx::is_demonym(&toks[i].key)) {
                    pre = &pre[1..];
                }
                while pre.last().is_some_and(|&i| lx::is_demonym(&toks[i].key)) {
                    pre = &pre[..pre.len() - 1];
                }
                if !pre.is_empty() {
                    pieces.push((pre.to_vec(), 0));
                }
                pieces.push((w[k..].to_vec(), if person_title { 3 } else { 1 }));
                initial = false;
            }
            (Some(ft), None) => {
                let (k, _) = titles_from(ft);
                if ft == 0 && k == w.len() {
                    // Titles alone (`Inspector General`) name nobody.
                    after_title = Some(r.end);
                } else if lx::is_person_title(&toks[w[w.len() - 1]].key) {
                    // The run ends in titles (`Department of Homeland Security Secretary`): what
                    // stands before them names the office's home.
                    let mut t0 = w.len();
                    while t0 > 0 && title_at(t0 - 1) {
                        t0 -= 1;
                    }
                    if t0 > 0 {
                        pieces.push((w[..t0].to_vec(), 0));
                    }
                    after_title = Some(r.end);
                } else if ft == 0 && k < w.len() && lx::is_connector(&toks[w[k]].key) {
                    // `President of the United States`: the title and its connectors go.
                    let mut s = k;
                    while s < w.len() && lx::is_connector(&toks[w[s]].key) {
                        s += 1;
                    }
                    if s < w.len() {
                        pieces.push((w[s..].to_vec(), 0));
                    }
                } else {
                    pieces.push((w.clone(), 0));
                }
            }
            (None, None) => pieces.push((w.clone(), 0)),
        }
        for (ws, person) in pieces {
            if let Some(c) = candidate(b, &ws, person, initial, title_comma, ctx) {
                out.push(c);
            }
        }
    }
}

const PLACE_PREPS: &[&str] = &["in", "into", "across", "throughout", "near", "inside", "outside", "within", "around", "toward", "towards", "visited", "visiting", "visit"];

/// Place evidence before token `i`: `in X`, `in the X`, `in Y, X`.
fn place_context(toks: &[Tok], i: usize) -> bool {
    let prep = |k: usize| PLACE_PREPS.contains(&toks[k].key.as_str()) && !toks[k].cap;
    if i == 0 {
        return false;
    }
    let g = toks[i].gap.trim();
    if g.is_empty() {
        // `Mitch Ames of Kentucky`: `of` after a name that does not take it (see `runs`).
        let of_after_name = toks[i - 1].key == "of" && i >= 2 && toks[i - 2].cap && toks[i - 1].gap.trim().is_empty();
        return prep(i - 1) || of_after_name || (i >= 2 && toks[i - 1].key == "the" && toks[i - 1].gap.trim().is_empty() && prep(i - 2));
    }
    if g == "," {
        // `in Hamburg, Germany`: walk back over the capitalised words before the comma.
        let mut k = i - 1;
        while k > 0 && toks[k].cap && toks[k].gap.trim().is_empty() {
            k -= 1;
        }
        return !toks[k].cap && k + 1 < i && prep(k);
    }
    false
}

/// Person evidence after the name ending at token `last`: `, a Russia expert who`, `, who`,
/// `, an investment adviser`.
fn appositive(toks: &[Tok], last: usize) -> bool {
    let Some(next) = toks.get(last + 1) else { return false };
    if next.gap.trim() != "," {
        return false;
    }
    if next.key == "who" {
        return true;
    }
    if !matches!(next.key.as_str(), "a" | "an" | "the") {
        return false;
    }
    for t in toks.iter().skip(last + 2).take(6) {
        if t.gap.contains([',', '.', ';', ':', '(', '“', '"']) {
            return false;
        }
        if t.key == "who" || !t.cap && lx::is_person_title(&t.key) || matches!(t.key.as_str(), "expert" | "official" | "lawyer" | "aide" | "scholar" | "professor" | "historian" | "journalist" | "activist" | "author" | "researcher" | "veteran" | "resident" | "member" | "student" | "businessman" | "businesswoman" | "founder" | "son" | "daughter" | "wife" | "husband" | "brother" | "sister" | "mother" | "father" | "friend" | "consultant" | "strategist" | "lobbyist" | "donor" | "diplomat" | "dissident") {
            return true;
        }
    }
    false
}

fn candidate(b: &BlockToks, ws: &[usize], person_title: u32, initial: bool, title_comma: bool, ctx: &Ctx) -> Option<Cand> {
    let toks = &b.toks;
    // Connectors never end a name.
    let mut ws = ws.to_vec();
    while ws.last().is_some_and(|&i| !toks[i].cap) {
        ws.pop();
    }
    // A company's legal form (`Boeing Co.`, `Acme Inc.`) is not part of its name.
    let mut org = 0;
    if ws.len() >= 2 && lx::is_corporate_suffix(&toks[ws[ws.len() - 1]].key) {
        ws.pop();
        org = 2;
    }
    let first = *ws.first()?;
    let last = *ws.last()?;
    // A party and state after a name (`D-N.Y.`, `R-La.`) is not a name.
    if ws.len() >= 2 && toks[first].raw.chars().count() == 1 && toks[ws[1]].gap == "-" {
        return None;
    }
    let mut person = person_title;
    if title_comma {
        person += 3;
    }
    // A lower-case title right before: `special counsel Robert Mueller`.
    if first > 0 && !toks[first - 1].cap && lx::is_person_title(&toks[first - 1].key) && toks[first].gap.trim().is_empty() {
        person += 2;
    }
    if appositive(toks, last) {
        person += 2;
    }
    let place = u32::from(place_context(toks, first) && !toks[last].possessive);
    let keys: Vec<&str> = ws.iter().map(|&i| toks[i].key.as_str()).collect();
    let caps: Vec<&str> = ws.iter().filter(|&&i| toks[i].cap).map(|&i| toks[i].key.as_str()).collect();
    let shape = if ws.len() == 1 {
        Shape::Single
    } else {
        let last_key = keys[keys.len() - 1];
        let head_before_of = |head: fn(&str) -> bool| keys.windows(2).any(|p| matches!(p[1], "of" | "for" | "on") && head(p[0]));
        let compound = ws.windows(2).all(|p| !toks[p[1]].gap.chars().any(char::is_whitespace));
        let common_all = caps.iter().all(|k| ctx.common(k) || lx::is_demonym(k));
        let acronym = ws.iter().copied().find(|&i| toks[i].acronym);
        let tref: Vec<&Tok> = ws.iter().map(|&i| &toks[i]).collect();
        if person >= 2 && personal(&tref) {
            Shape::Person
        } else if lx::is_org_head(last_key) || head_before_of(lx::is_org_head) {
            Shape::Org
        } else if lx::is_other_head(last_key) || head_before_of(lx::is_other_head) {
            Shape::Other
        } else if (lx::is_place_head(last_key) || head_before_of(lx::is_place_head)) && person == 0 {
            Shape::Place
        } else if let (true, Some(a)) = (common_all, acronym) {
            // `US Elections`: only the short form is a name.
            ws = vec![a];
            Shape::Single
        } else if place > 0 {
            Shape::Place
        } else if common_all {
            return None;
        } else if ctx.common(keys[0])
            || lx::is_demonym(keys[0])
            || tref.iter().any(|t| t.acronym || t.raw.chars().any(|c| c.is_ascii_digit()))
        {
            Shape::Other
        } else if ws.len() <= 4 && !compound {
            Shape::Person
        } else {
            Shape::Other
        }
    };
    let mut c = make_cand(b, &ws, shape, person, place, initial, false);
    c.org = org;
    Some(c)
}

fn make_cand(b: &BlockToks, ws: &[usize], shape: Shape, person: u32, place: u32, initial: bool, from_heading: bool) -> Cand {
    let toks = &b.toks;
    let n = ws.len();
    let words: Vec<(usize, usize, String)> = ws
        .iter()
        .enumerate()
        .map(|(k, &i)| (toks[i].start, if k + 1 == n { toks[i].name_end } else { toks[i].end }, toks[i].key.clone()))
        .collect();
    let acronym = n == 1 && toks[ws[0]].acronym;
    let after_the = ws[0] > 0 && toks[ws[0] - 1].key == "the" && toks[ws[0]].gap.trim().is_empty();
    Cand { doc: b.doc, written: written_form(toks, ws), words, shape, person, place, initial, acronym, from_heading, after_the, org: 0 }
}

/// `WASHINGTON` → `Washington`.
fn title_word(w: &str) -> String {
    let mut cs = w.chars();
    cs.next().map_or_else(String::new, |f| f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect())
}

/// The name as written, with single spaces, without a possessive.
fn written_form(toks: &[Tok], ws: &[usize]) -> String {
    let mut s = String::new();
    for (n, &i) in ws.iter().enumerate() {
        let t = &toks[i];
        if n > 0 {
            let g = t.gap;
            if g.starts_with('.') {
                s.push('.');
            }
            if !g.chars().any(char::is_whitespace) && g.contains(['-', '\u{2010}', '\u{2011}']) {
                s.push('-');
            } else if g.trim() == "&" {
                s.push_str(" & ");
            } else {
                s.push(' ');
            }
        }
        let end = if n + 1 == ws.len() { t.name_end } else { t.end };
        s.push_str(&t.raw[..(end - t.start).min(t.raw.len())]);
        if n + 1 == ws.len() && t.abbrev && !t.possessive {
            s.push('.');
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Acceptance

/// Filters candidates with corpus-wide evidence and adds the headline mentions of known names.
fn accept(mut cands: Vec<Cand>, blocks: &[BlockToks], ctx: &Ctx) -> Vec<Cand> {
    // A name whose first word is also an ordinary word (`Bill`, `Will`) is still a person's when
    // its last word is someone's surname in the corpus.
    let surnames: HashSet<String> = cands
        .iter()
        .filter(|c| c.shape == Shape::Person && c.words.len() >= 2 || c.shape == Shape::Single && c.person >= 2)
        .map(|c| surname(&c.words).to_owned())
        .collect();
    for c in &mut cands {
        let n = c.words.len();
        if c.shape == Shape::Other
            && (2..=3).contains(&n)
            && surnames.contains(surname(&c.words))
            && !lx::is_demonym(&c.words[0].2)
            && !lx::is_other_head(surname(&c.words))
            && !lx::is_org_head(surname(&c.words))
            && c.words.iter().all(|w| w.2.chars().all(char::is_alphabetic))
        {
            c.shape = Shape::Person;
        }
    }
    // Keys seen mid-sentence: single words and the surnames of multi-word names.
    let mut mid: HashSet<String> = HashSet::new();
    for c in &cands {
        if c.words.len() >= 2 && c.shape == Shape::Person {
            mid.insert(surname(&c.words).to_owned());
        } else if c.shape == Shape::Single && !c.initial {
            mid.insert(c.words[0].2.clone());
        }
    }
    // Nationality adjectives the corpus pairs with a name (`Freedonia`, `Freedonian`): the
    // adjective is not a name, and the name is a place.
    let singles: HashSet<String> = cands.iter().filter(|c| c.shape == Shape::Single).map(|c| c.words[0].2.clone()).collect();
    let mut demonyms: HashSet<String> = HashSet::new();
    let mut places: HashSet<String> = HashSet::new();
    for k in &singles {
        for f in demonym_forms(k, false) {
            if f != *k && singles.contains(&f) {
                demonyms.insert(f);
                places.insert(k.clone());
            }
        }
    }
    for c in &mut cands {
        if c.shape == Shape::Single && places.contains(&c.words[0].2) {
            c.place += 2;
        }
    }
    let mut out: Vec<Cand> = Vec::new();
    for c in cands {
        if c.shape != Shape::Single {
            out.push(c);
            continue;
        }
        let k = c.words[0].2.as_str();
        let plural_demonym = k.strip_suffix('s').is_some_and(lx::is_demonym);
        if c.acronym && (!lx::is_stop(k) || k.len() <= 2) {
            out.push(c);
            continue;
        }
        if lx::is_stop(k) || lx::is_calendar_word(k) || lx::is_demonym(k) || plural_demonym || lx::is_title(k) || k.chars().count() < 2 || demonyms.contains(k) {
            continue;
        }
        if !c.acronym && ctx.common(k) && c.person == 0 && !(c.after_the && lx::is_institution(k)) {
            continue;
        }
        if c.initial && c.person == 0 && !mid.contains(k) && !has_demonym(k) {
            continue;
        }
        out.push(c);
    }
    // Headlines and headings: known names only.
    let known_multi: HashSet<String> = out.iter().filter(|c| c.words.len() >= 2).map(Cand::key).collect();
    let known_single: HashSet<String> = out
        .iter()
        .flat_map(|c| {
            if c.words.len() == 1 {
                vec![c.words[0].2.clone()]
            } else if c.shape == Shape::Person {
                vec![surname(&c.words).to_owned()]
            } else {
                vec![]
            }
        })
        .collect();
    for b in blocks {
        let toks = &b.toks;
        for r in runs(toks).into_iter().filter(|r| toks[r.start].known_only) {
            let mut i = r.start;
            while i < r.end {
                // Longest known multi-word name starting here (up to five words), else a known word.
                let mut matched = 0;
                for len in (2..=5.min(r.end - i)).rev() {
                    let key: Vec<&str> = toks[i..i + len].iter().map(|t| t.key.as_str()).collect();
                    if known_multi.contains(&key.join(" ")) {
                        matched = len;
                        break;
                    }
                }
                if matched == 0 && known_single.contains(&toks[i].key) && toks[i].cap {
                    matched = 1;
                }
                if matched > 0 {
                    let idx: Vec<usize> = (i..i + matched).collect();
                    let shape = if matched == 1 { Shape::Single } else { Shape::Other };
                    out.push(make_cand(b, &idx, shape, 0, 0, false, true));
                    i += matched;
                } else {
                    i += 1;
                }
            }
        }
    }
    out.sort_by_key(|c| (c.doc, c.words[0].0));
    out
}

fn surname(words: &[(usize, usize, String)]) -> &str {
    let n = words.len();
    if n >= 2 && lx::is_name_suffix(&words[n - 1].2) {
        &words[n - 2].2
    } else {
        &words[n - 1].2
    }
}

fn given(words: &[(usize, usize, String)]) -> &str {
    &words[0].2
}

fn suffix(words: &[(usize, usize, String)]) -> Option<&str> {
    words.last().filter(|w| words.len() >= 3 && lx::is_name_suffix(&w.2)).map(|w| w.2.as_str())
}

/// Given names that can be one person's: equal, a common short form, an initial, a prefix.
fn given_compatible(a: &str, b: &str) -> bool {
    if a == b || lx::given_name_root(a) == lx::given_name_root(b) {
        return true;
    }
    let (s, l) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    if s.chars().count() == 1 {
        return l.starts_with(s);
    }
    s.chars().count() >= 3 && l.starts_with(s)
}

// ---------------------------------------------------------------------------------------------
// Spelling variants

fn soft(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'j' | 'h' | 'w')
}

/// The first letter and the consonants after it, doubled letters collapsed: what spelling
/// variants of one name share.
fn skeleton(w: &str) -> String {
    let mut out = String::new();
    let mut prev = None;
    for (i, c) in w.chars().enumerate() {
        if (i == 0 || !soft(c)) && prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// Edit distance counting only edits a transliteration makes: substituting one soft letter for
/// another, inserting or deleting a soft letter or a doubled letter. `None` when another edit is
/// needed or the distance exceeds `max`.
fn soft_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    const INF: usize = usize::MAX / 4;
    let droppable = |s: &[char], i: usize| soft(s[i]) || (i > 0 && s[i - 1] == s[i]) || (i + 1 < s.len() && s[i + 1] == s[i]);
    let mut dp = vec![vec![INF; b.len() + 1]; a.len() + 1];
    dp[0][0] = 0;
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            let cur = dp[i][j];
            if cur >= INF {
                continue;
            }
            if i < a.len() && j < b.len() {
                let cost = if a[i] == b[j] { 0 } else if soft(a[i]) && soft(b[j]) { 1 } else { INF };
                dp[i + 1][j + 1] = dp[i + 1][j + 1].min(cur + cost);
            }
            if i < a.len() && droppable(&a, i) {
                dp[i + 1][j] = dp[i + 1][j].min(cur + 1);
            }
            if j < b.len() && droppable(&b, j) {
                dp[i][j + 1] = dp[i][j + 1].min(cur + 1);
            }
        }
    }
    let d = dp[a.len()][b.len()];
    (d <= max).then_some(d)
}

/// Whether two name words are spellings of one name (see the module essay).
fn spelling_variants(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if a == b || la < 6 || lb < 6 || a.chars().next() != b.chars().next() || skeleton(a) != skeleton(b) {
        return false;
    }
    let max = if la.min(lb) >= 9 { 2 } else { 1 };
    soft_distance(a, b, max).is_some_and(|d| d >= 1)
}

// ---------------------------------------------------------------------------------------------
// Merging

fn merge(cands: Vec<Cand>) -> Vec<Entity> {
    // Name words that can carry spelling variants: surnames of full names, single words.
    let mut name_keys: Vec<String> = cands
        .iter()
        .filter(|c| !c.acronym)
        .filter_map(|c| match (c.shape, c.words.len()) {
            (Shape::Single, 1) => Some(c.words[0].2.clone()),
            (Shape::Person, n) if n >= 2 => Some(surname(&c.words).to_owned()),
            _ => None,
        })
        .collect();
    name_keys.sort();
    name_keys.dedup();
    let key_index: HashMap<&str, usize> = name_keys.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    // Documents per name key; given names per surname key.
    let mut docs_of: Vec<Vec<u32>> = vec![Vec::new(); name_keys.len()];
    let mut givens_of: Vec<Vec<String>> = vec![Vec::new(); name_keys.len()];
    for c in &cands {
        let k = match (c.shape, c.words.len()) {
            (Shape::Single, 1) if !c.acronym => c.words[0].2.as_str(),
            (Shape::Person, n) if n >= 2 => surname(&c.words),
            _ => continue,
        };
        let i = key_index[k];
        docs_of[i].push(c.doc);
        if c.shape == Shape::Person {
            givens_of[i].push(given(&c.words).to_owned());
        }
    }
    for d in &mut docs_of {
        d.sort_unstable();
        d.dedup();
    }
    // Spelling classes: bucket by skeleton, check pairs inside a bucket.
    let mut spell = uf_new(name_keys.len());
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, k) in name_keys.iter().enumerate() {
        if k.chars().count() >= 6 {
            buckets.entry(skeleton(k)).or_default().push(i);
        }
    }
    let mut bucket_list: Vec<&Vec<usize>> = buckets.values().collect();
    bucket_list.sort();
    for members in bucket_list {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let same_doc = docs_of[i].iter().any(|d| docs_of[j].binary_search(d).is_ok());
                let givens_clash = !givens_of[i].is_empty()
                    && !givens_of[j].is_empty()
                    && !givens_of[i].iter().any(|g| givens_of[j].iter().any(|h| given_compatible(g, h)));
                if !same_doc && !givens_clash && spelling_variants(&name_keys[i], &name_keys[j]) {
                    uf_union(&mut spell, i, j);
                }
            }
        }
    }
    let class_of = |spell: &mut Vec<u32>, k: &str| key_index.get(k).map(|&i| uf_find(spell, i));

    // Person clusters: full names by surname class, then compatible given names.
    let mut persons: Vec<(usize, String, Option<String>, usize)> = Vec::new(); // (class, given, suffix, cand)
    for (ci, c) in cands.iter().enumerate() {
        if c.shape == Shape::Person && c.words.len() >= 2 {
            let cls = class_of(&mut spell, surname(&c.words)).unwrap_or(usize::MAX);
            persons.push((cls, given(&c.words).to_owned(), suffix(&c.words).map(str::to_owned), ci));
        }
    }
    // Full given names before initials, so an initial joins an existing cluster.
    persons.sort_by(|a, b| (a.0, a.2.clone(), a.1.chars().count() == 1, &a.1, a.3).cmp(&(b.0, b.2.clone(), b.1.chars().count() == 1, &b.1, b.3)));
    let mut clusters: Vec<(usize, Option<String>, Vec<String>)> = Vec::new(); // (class, suffix, givens)
    let mut same_name: HashMap<(usize, Option<String>), Vec<usize>> = HashMap::new();
    let mut cluster_of_cand: HashMap<usize, usize> = HashMap::new();
    for (cls, g, suf, ci) in &persons {
        let ks = same_name.entry((*cls, suf.clone())).or_default();
        let found = ks.iter().copied().find(|&k| clusters[k].2.iter().any(|h| given_compatible(g, h)));
        let k = match found {
            Some(k) => k,
            None => {
                clusters.push((*cls, suf.clone(), Vec::new()));
                ks.push(clusters.len() - 1);
                clusters.len() - 1
            }
        };
        if !clusters[k].2.contains(g) {
            clusters[k].2.push(g.clone());
        }
        cluster_of_cand.insert(*ci, k);
    }
    // Clusters per surname class (suffix-less first: a bare surname means the father, not Jr.).
    let mut by_class: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, (cls, suf, _)) in clusters.iter().enumerate() {
        if suf.is_none() {
            by_class.entry(*cls).or_default().push(k);
        }
    }
    // Full-name mentions per (doc, cluster), with positions, for doc-local resolution.
    let mut full_in_doc: HashMap<(u32, usize), Vec<usize>> = HashMap::new();
    for (&ci, &k) in &cluster_of_cand {
        full_in_doc.entry((cands[ci].doc, k)).or_default().push(cands[ci].words[0].0);
    }
    for v in full_in_doc.values_mut() {
        v.sort_unstable();
    }

    // Multi-word names that are not persons, and short forms.
    let mut entity_of_cand: Vec<EntityKey> = Vec::with_capacity(cands.len());
    let multi_keys: HashSet<String> =
        cands.iter().filter(|c| c.words.len() >= 2 && c.shape != Shape::Person).map(Cand::key).collect();
    let mut initials: HashMap<String, Vec<String>> = HashMap::new();
    for k in &multi_keys {
        let ini: String = k
            .split(' ')
            .filter(|w| !lx::is_connector(w))
            .filter_map(|w| w.chars().next())
            .collect();
        if ini.chars().count() >= 2 {
            initials.entry(ini).or_default().push(k.clone());
        }
    }
    for v in initials.values_mut() {
        v.sort();
    }
    for (ci, c) in cands.iter().enumerate() {
        let key = if let Some(&k) = cluster_of_cand.get(&ci) {
            EntityKey::Person(k)
        } else if c.words.len() >= 2 {
            EntityKey::Name(c.key())
        } else if c.acronym {
            match initials.get(&c.words[0].2) {
                Some(longs) if longs.len() == 1 => EntityKey::Name(longs[0].clone()),
                _ => EntityKey::Name(c.words[0].2.clone()),
            }
        } else {
            let k0 = c.words[0].2.as_str();
            // A family (`the Bidens`) is named by the surname.
            let is_surname = |spell: &mut Vec<u32>, w: &str| class_of(spell, w).is_some_and(|cl| by_class.contains_key(&cl));
            let k = match k0.strip_suffix('s') {
                Some(s) if !is_surname(&mut spell, k0) && is_surname(&mut spell, s) => s,
                _ => k0,
            };
            let cls = class_of(&mut spell, k);
            match cls.and_then(|cl| by_class.get(&cl)) {
                Some(ks) if ks.len() == 1 => EntityKey::Person(ks[0]),
                Some(ks) => {
                    // Several people share the surname: the one named in this article, nearest before.
                    let pos = c.words[0].0;
                    let mut best: Option<(bool, usize, usize)> = None; // (before, distance, cluster)
                    for &k in ks {
                        if let Some(ps) = full_in_doc.get(&(c.doc, k)) {
                            for &p in ps {
                                let cand = (p <= pos, pos.abs_diff(p), k);
                                best = Some(match best {
                                    None => cand,
                                    Some(b) if (cand.0, std::cmp::Reverse(cand.1)) > (b.0, std::cmp::Reverse(b.1)) => cand,
                                    Some(b) => b,
                                });
                            }
                        }
                    }
                    match best {
                        Some((_, _, k)) => EntityKey::Person(k),
                        None => EntityKey::Word(cls.unwrap_or(usize::MAX), k.to_owned()),
                    }
                }
                None => match cls {
                    Some(cl) => EntityKey::Word(cl, String::new()),
                    None => EntityKey::Word(usize::MAX, k.to_owned()),
                },
            }
        };
        entity_of_cand.push(key);
    }

    // Collect.
    let mut groups: HashMap<EntityKey, Vec<usize>> = HashMap::new();
    for (ci, k) in entity_of_cand.iter().enumerate() {
        groups.entry(k.clone()).or_default().push(ci);
    }
    let mut out: Vec<Entity> = Vec::with_capacity(groups.len());
    let mut keys: Vec<&EntityKey> = groups.keys().collect();
    keys.sort();
    for key in keys {
        let members = &groups[key];
        let person_cluster = matches!(key, EntityKey::Person(_));
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new(); // written → (count, words)
        for &ci in members {
            let c = &cands[ci];
            let e = counts.entry(c.written.as_str()).or_insert((0, c.words.len()));
            e.0 += 1;
        }
        let mut forms: Vec<(&str, usize, usize)> = counts.iter().map(|(w, (n, k))| (*w, *n, *k)).collect();
        forms.sort_by(|a, b| {
            let full = |f: &(&str, usize, usize)| !person_cluster || f.2 >= 2;
            (full(b), b.1, b.2, b.0.chars().count()).cmp(&(full(a), a.1, a.2, a.0.chars().count())).then(a.0.cmp(b.0))
        });
        let name = forms.first().map(|f| f.0.to_owned()).unwrap_or_default();
        let mut variants: Vec<String> = forms.iter().map(|f| f.0.to_owned()).collect();
        variants.sort();
        variants.dedup();
        let kind = if person_cluster { EntityKind::Person } else { kind_of(members.iter().map(|&ci| &cands[ci]), &name) };
        let mut mentions: Vec<Mention> = members.iter().map(|&ci| Mention { doc: cands[ci].doc, source: cands[ci].span() }).collect();
        mentions.sort();
        mentions.dedup();
        // An entity seen only in headlines and headings is one the text itself does not name.
        if members.iter().all(|&ci| cands[ci].from_heading) {
            continue;
        }
        out.push(Entity { name, kind, variants, mentions });
    }
    out.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.name.cmp(&b.name)).then_with(|| a.kind.cmp(&b.kind)));
    out
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum EntityKey {
    Person(usize),
    Name(String),
    /// A single word: its spelling class (and the word, when the class is ambiguous).
    Word(usize, String),
}

/// The kind of an entity that is not a full personal name, from the evidence of its mentions.
fn kind_of<'a>(members: impl Iterator<Item = &'a Cand>, name: &str) -> EntityKind {
    let (mut person, mut place, mut org, mut other, mut acronym, mut multi_person) = (0, 0, 0, 0, false, false);
    let mut single_key = None;
    for c in members {
        person += c.person;
        place += c.place;
        org += c.org;
        match c.shape {
            Shape::Org => org += 1,
            Shape::Other => other += 1,
            Shape::Place => place += 2,
            Shape::Person => multi_person = true,
            Shape::Single => {}
        }
        acronym |= c.acronym;
        if c.words.len() == 1 {
            single_key = Some(c.words[0].2.clone());
        }
    }
    if org > 0 && org >= other {
        return EntityKind::Organisation;
    }
    if other > 0 {
        return EntityKind::Other;
    }
    if multi_person || person >= 2 && place == 0 {
        return EntityKind::Person;
    }
    if let Some(k) = single_key.as_deref() {
        if lx::is_org_head(k) {
            return EntityKind::Organisation;
        }
        if has_demonym(k) {
            return EntityKind::Place;
        }
    }
    if place > 0 {
        return EntityKind::Place;
    }
    if acronym {
        // Dotted two-letter short forms name countries (`U.K.`); the rest organisations.
        let dotted = name.contains('.') && name.chars().filter(|c| c.is_alphabetic()).count() == 2;
        return if dotted { EntityKind::Place } else { EntityKind::Organisation };
    }
    if person > 0 {
        return EntityKind::Person;
    }
    EntityKind::Other
}

/// The nationality adjectives a place name may have (`russia` → `russian`, `china` → `chinese`).
/// `bare` adds the shortened form (`germany` → `german`), which is only safe against the
/// lexicon: between two corpus words it cannot tell the place from the adjective.
fn demonym_forms(k: &str, bare: bool) -> Vec<String> {
    let mut cut = k.chars();
    cut.next_back();
    let stem = cut.as_str();
    let mut v = vec![
        format!("{k}n"),
        format!("{k}an"),
        format!("{k}ian"),
        format!("{k}ese"),
        format!("{k}i"),
        format!("{stem}ian"),
        format!("{stem}an"),
        format!("{stem}ese"),
        format!("{stem}ean"),
    ];
    if bare {
        v.push(stem.to_owned());
    }
    v.retain(|d| d.chars().count() > 3);
    v
}

/// Whether a place name has a nationality adjective in the lexicon.
fn has_demonym(k: &str) -> bool {
    demonym_forms(k, true).iter().any(|d| lx::is_demonym(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    fn entities(texts: &[&str]) -> Vec<Entity> {
        let docs: Vec<Document> =
            texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t).expect("ingests")).collect();
        find_entities(&docs, texts)
    }

    /// `expect`: (canonical name, kind, documents) for each entity expected; other entities may
    /// exist unless named in `absent`.
    #[track_caller]
    fn check(texts: &[&str], expect: &[(&str, EntityKind, &[u32])], absent: &[&str]) {
        let got = entities(texts);
        let show = || got.iter().map(|e| format!("{} ({:?}) {:?} {:?}", e.name, e.kind, e.docs(), e.variants)).collect::<Vec<_>>().join("\n");
        for (name, kind, docs) in expect {
            let e = got.iter().find(|e| e.name == *name).unwrap_or_else(|| panic!("no entity {name:?} in\n{}", show()));
            assert_eq!((e.kind, e.docs()), (*kind, docs.to_vec()), "{name}\n{}", show());
        }
        for a in absent {
            assert!(
                !got.iter().any(|e| e.name == *a || e.variants.iter().any(|v| v == a)),
                "unexpected entity or variant {a:?} in\n{}",
                show()
            );
        }
    }

    use EntityKind::*;

    const HEAD: &str = "An ordinary headline about events in the world\n\n";

    #[test]
    fn titles_are_stripped_and_make_persons() {
        let t = format!("{HEAD}Russian Foreign Minister Ada Korvell met reporters on Friday. Korvell said little.");
        check(&[&t], &[("Ada Korvell", Person, &[0])], &["Russian", "Foreign Minister", "Friday", "Russian Foreign Minister Ada Korvell"]);
    }

    #[test]
    fn a_title_phrase_with_of_is_one_title() {
        let t = format!("{HEAD}The talks included Secretary of State Rob Dantley and others.");
        check(&[&t], &[("Rob Dantley", Person, &[0])], &["State Rob Dantley", "Secretary of State"]);
    }

    #[test]
    fn office_before_a_title_is_an_organisation() {
        let t = format!("{HEAD}The Department of Homeland Security Secretary, Ian Morrow, spoke.");
        check(&[&t], &[("Department of Homeland Security", Organisation, &[0]), ("Ian Morrow", Person, &[0])], &[]);
    }

    #[test]
    fn surnames_and_possessives_join_the_full_name() {
        let a = format!("{HEAD}President Dana Whitlock spoke on Monday. Whitlock’s aides agreed.");
        let b = format!("{HEAD}Critics said Whitlock's plan was late. President Whitlock did not reply.");
        check(&[&a, &b], &[("Dana Whitlock", Person, &[0, 1])], &["Whitlock’s", "Whitlock's"]);
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let t = format!("{HEAD}During the meeting nothing happened. The talks ended. Multiple sources confirmed it. However, Boris Tal left.");
        check(&[&t], &[("Boris Tal", Person, &[0])], &["During", "The", "Multiple", "However"]);
    }

    #[test]
    fn a_sentence_start_counts_if_the_word_is_capitalised_elsewhere() {
        let t = format!("{HEAD}Officials met Gerd Hallam in the morning. Hallam said nothing. Reporters waited outside.");
        check(&[&t], &[("Gerd Hallam", Person, &[0])], &["Reporters", "Officials"]);
    }

    #[test]
    fn spelling_variants_across_outlets_merge() {
        let a = format!("{HEAD}The call with President Oleksiy Berenskyy was short. Berenskyy agreed.");
        let b = format!("{HEAD}The call with President Oleksiy Berenskiy was short. Berenskiy agreed.");
        check(&[&a, &b], &[("Oleksiy Berenskiy", Person, &[0, 1])], &[]);
    }

    #[test]
    fn different_given_names_are_different_people() {
        let a = format!("{HEAD}The senator Hannah Corbel spoke first, then Martin Corbel replied.");
        let got = entities(&[&a]);
        assert!(got.iter().any(|e| e.name == "Hannah Corbel") && got.iter().any(|e| e.name == "Martin Corbel"));
    }

    #[test]
    fn an_ambiguous_surname_goes_to_the_person_named_in_the_article() {
        let a = format!("{HEAD}The writer Hannah Corbel spoke about books. Later Corbel left the room.");
        let b = format!("{HEAD}The writer Martin Corbel spoke about books. Later Corbel left the room.");
        let got = entities(&[&a, &b]);
        let h = got.iter().find(|e| e.name == "Hannah Corbel").expect("Hannah");
        let m = got.iter().find(|e| e.name == "Martin Corbel").expect("Martin");
        assert_eq!((h.mentions.len(), h.docs()), (2, vec![0]));
        assert_eq!((m.mentions.len(), m.docs()), (2, vec![1]));
    }

    #[test]
    fn spelling_guard_keeps_similar_names_apart() {
        assert!(spelling_variants("zelenskyy", "zelenskiy"));
        assert!(spelling_variants("mueller", "muller"));
        assert!(!spelling_variants("brandon", "branson"), "a consonant changes");
        assert!(!spelling_variants("hill", "hall"), "too short");
        assert!(!spelling_variants("miller", "mueller"), "two edits in a short name");
        assert_eq!(skeleton("zelenskyy"), skeleton("zelensky"));
    }

    #[test]
    fn two_spellings_in_one_article_are_two_names() {
        let a = format!("{HEAD}Officers named Kovalenko and Kavalenko as suspects in the case.");
        let got = entities(&[&a]);
        assert!(!got.iter().any(|e| e.variants.len() > 1), "{got:?}");
    }

    #[test]
    fn short_forms_join_their_long_names() {
        let a = format!("{HEAD}The Civic Rights League sued. The CRL said the court erred. Officials in the United States and the U.S. agreed.");
        check(&[&a], &[("Civic Rights League", Organisation, &[0]), ("United States", Place, &[0])], &[]);
        let got = entities(&[&a]);
        assert!(!got.iter().any(|e| e.name == "CRL" || e.name == "U.S."), "{got:?}");
        let us = got.iter().find(|e| e.name == "United States").expect("found");
        assert_eq!(us.variants, ["U.S.", "United States"]);
    }

    #[test]
    fn kinds_from_head_nouns_prepositions_and_nationalities() {
        let a = format!("{HEAD}A Freedonian envoy flew in from Freedonia to the Oval Office, then on to Mistral Bay and later stayed in Castelmar for the Clean Oceans Treaty talks.");
        check(
            &[&a],
            &[("Freedonia", Place, &[0]), ("Oval Office", Organisation, &[0]), ("Mistral Bay", Place, &[0]), ("Castelmar", Place, &[0]), ("Clean Oceans Treaty", Other, &[0])],
            &["Freedonian"],
        );
    }

    #[test]
    fn nationality_lexicon_makes_places() {
        let a = format!("{HEAD}Trade between Germany and Ukraine grew, officials from Ukraine said.");
        check(&[&a], &[("Germany", Place, &[0]), ("Ukraine", Place, &[0])], &[]);
    }

    #[test]
    fn appositives_make_persons() {
        let a = format!("{HEAD}Oak Meadow, a policy expert who studies farms, disagreed.");
        check(&[&a], &[("Oak Meadow", Person, &[0])], &[]);
    }

    #[test]
    fn title_then_comma_then_name() {
        let a = format!("{HEAD}They met the Freedonian Ambassador, Piet Lanar, twice.");
        check(&[&a], &[("Piet Lanar", Person, &[0])], &["Ambassador"]);
    }

    #[test]
    fn headlines_only_mention_known_names() {
        let a = "Why Tall Ships Sail: A Story Of Patience And Grace\n\nThe captain, Lise Varga, said the ships were old. Varga laughed.";
        check(&[a], &[("Lise Varga", Person, &[0])], &["Tall Ships Sail", "Story", "Patience", "Grace"]);
    }

    #[test]
    fn boilerplate_is_not_read() {
        let a = "A long enough headline for this article here\n\nThe mayor, Ines Ferraz, opened the bridge on a sunny afternoon in the old town today.\n\nRead More\nQuentin Albarn wins award for cooking";
        check(&[a], &[("Ines Ferraz", Person, &[0])], &["Quentin Albarn"]);
    }

    #[test]
    fn common_word_runs_are_not_names() {
        let a = format!("{HEAD}They said they discussed Trade, Nuclear Arms Control, and Election Meddling with members of the Grand Council at length.");
        check(&[&a], &[("Grand Council", Organisation, &[0])], &["Trade", "Nuclear Arms Control", "Election Meddling"]);
    }

    #[test]
    fn nicknames_and_initials_merge_full_names() {
        let a = format!("{HEAD}Former Vice President Joseph R. Kettering spoke. Joe Kettering later left.");
        check(&[&a], &[("Joseph R. Kettering", Person, &[0])], &[]);
        let got = entities(&[&a]);
        assert_eq!(got.iter().filter(|e| e.name.contains("Kettering")).count(), 1);
    }

    #[test]
    fn datelines_are_places_and_their_agency_an_organisation() {
        let a = "Harbour reopens after the long winter storms\n\nPORT ELLIS (AP) — Officials reopened the harbour on a calm morning after weeks of storms.";
        check(&[a], &[("Port Ellis", Place, &[0]), ("AP", Organisation, &[0])], &["Officials", "PORT ELLIS"]);
    }

    #[test]
    fn party_and_state_tags_are_not_names() {
        let a = format!("{HEAD}Senator Dana Brill, D-Ore., and Rep. Ola Finch, R-Tenn., voted against the bill.");
        check(&[&a], &[("Dana Brill", Person, &[0]), ("Ola Finch", Person, &[0])], &["D-Ore.", "R-Tenn", "D-Ore", "R-Tenn."]);
    }

    #[test]
    fn and_stays_inside_organisation_names_only() {
        let a = format!("{HEAD}The Bureau of Roads and Bridges and the Office for Parks and Recreation met; Ann Vole and Ben Kray attended.");
        check(
            &[&a],
            &[("Bureau of Roads and Bridges", Organisation, &[0]), ("Office for Parks and Recreation", Organisation, &[0]), ("Ann Vole", Person, &[0]), ("Ben Kray", Person, &[0])],
            &["Ann Vole and Ben Kray"],
        );
    }

    #[test]
    fn of_after_a_name_introduces_a_place() {
        let a = format!("{HEAD}Senator Mara Toll of Westmark said the plan would pass easily.");
        check(&[&a], &[("Mara Toll", Person, &[0]), ("Westmark", Place, &[0])], &["Mara Toll of Westmark"]);
    }

    #[test]
    fn one_word_institutions_after_the() {
        let a = format!("{HEAD}The bill passed the Senate on a close vote, and the House will take it up next.");
        check(&[&a], &[("Senate", Organisation, &[0]), ("House", Organisation, &[0])], &[]);
    }

    #[test]
    fn a_sentence_listing_names_is_not_a_headline() {
        let a = format!("{HEAD}Attending were Sen. Ann Lee, Gov. Bo Park and Rep. Cy Dunn.");
        check(&[&a], &[("Ann Lee", Person, &[0]), ("Bo Park", Person, &[0]), ("Cy Dunn", Person, &[0])], &[]);
    }

    #[test]
    fn initials_inside_names_and_mentions_exclude_possessive() {
        let text = format!("{HEAD}Critics of Mara Quint’s plan spoke.");
        let got = entities(&[&text]);
        let e = got.iter().find(|e| e.name == "Mara Quint").expect("found");
        assert_eq!(e.mentions[0].source.of(&text), "Mara Quint");
    }
}

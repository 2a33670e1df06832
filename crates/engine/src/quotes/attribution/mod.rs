//! Attribution and classification: finds the speech events of the writer's text (a cue verb and
//! its subject, "according to X", "X’s declaration that", "NAME: “…”"), resolves pronouns and
//! descriptions to names, then gives each quotation its speaker, cue and kind. The phases are
//! one file each: noun phrases (`phrases.rs`), speech events (`events.rs`), resolution of
//! pronouns and descriptions (`resolution.rs`), assignment to quotations (`assignment.rs`).

mod assignment;
mod descriptions;
mod events;
mod introduced;
mod kinds;
mod phrases;
mod resolution;

use std::collections::HashMap;

use super::marks::{Para, RawQuote};
use super::names::{analyse, strip_article, surname_key, Mentions, NameInfo};
use super::text::{tokenize, Tok, TK};
use super::{Attribution, Basis, Quote, QuoteKind, SpeakerKind};
use crate::lexicon as lx;
use crate::span::Span;

/// How many earlier speakers or mentions a pronoun or description may look back over: antecedents
/// are near, and the bound keeps adversarial input linear.
const WINDOW: usize = 400;

/// The speakers of `hist` (sorted by position) before token `at`, nearest first, within the window.
fn hist_before(hist: &[(usize, Spk)], at: usize) -> impl Iterator<Item = &(usize, Spk)> {
    hist[..hist.partition_point(|(p, _)| *p < at)].iter().rev().take(WINDOW)
}

/// A resolved speaker.
#[derive(Clone, Debug)]
struct Spk {
    written: String,
    span: Span,
    /// The name this speaker resolves to in the document (None for an unresolved pronoun).
    name: Option<String>,
    kind: SpeakerKind,
    named: bool,
    /// Not named at the quotation: resolved, or carried from elsewhere.
    inferred: bool,
    /// A pronoun or a description resolved to a name or a referent (set once, by `resolve`).
    resolved: bool,
    /// Found by a guess (see `Event::weak`).
    guessed: bool,
    /// A person for sure (titled or described as one), not a guess from the shape of the name.
    sure: bool,
    /// The head noun, for unnamed speakers ("people" in "people familiar with the matter").
    head: Option<String>,
}

impl Spk {
    /// A pronoun or a description resolved to `name` (or to nobody, `None`): inferred, not a
    /// guess; named when it found a name.
    fn resolved(
        written: String,
        span: Span,
        name: Option<String>,
        kind: SpeakerKind,
        sure: bool,
        head: Option<String>,
    ) -> Spk {
        let named = name.is_some();
        Spk { written, span, name, kind, named, inferred: true, resolved: true, guessed: false, sure, head }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EvKind {
    /// A reporting verb; `participial` for "saying", "to say".
    Verb {
        lemma: &'static str,
        participial: bool,
    },
    AccordingTo,
    /// "…, quoting X", "citing X": the source is the phrase after.
    Quoting,
    /// "X’s declaration that “…”"
    SpeechNoun,
    /// "NAME: “…”" (headline style)
    Colon,
}

#[derive(Clone, Debug)]
struct Event {
    kind: EvKind,
    /// Token range of the cue phrase.
    cue: (usize, usize),
    /// Token range of the subject.
    subj: (usize, usize),
    spk: Option<Spk>,
    /// The subject is a guess: a participle whose own noun phrase could not speak ("a message
    /// stating") credited to its clause's subject.
    weak: bool,
}

struct Doc<'a> {
    text: &'a str,
    paras: &'a [Para],
    raw: &'a [RawQuote],
    toks: Vec<Tok>,
    /// Token index of each quotation.
    qtok: Vec<usize>,
    /// First token of each sentence.
    sent_start: Vec<usize>,
    mentions: Mentions,
    /// What the article says of each person's sex, by surname: (as a woman, as a man). See
    /// `gender_evidence`.
    genders: HashMap<String, (u32, u32)>,
}

/// What attribution found for one quotation.
#[derive(Clone, Debug)]
struct Found {
    spk: Option<Spk>,
    cue: Option<(String, Span)>,
    how: Attribution,
}

impl Found {
    fn none() -> Found {
        Found { spk: None, cue: None, how: Attribution::None }
    }
    fn cued(&self) -> bool {
        matches!(
            self.how,
            Attribution::CueAfter
                | Attribution::CueBefore
                | Attribution::AccordingTo
                | Attribution::SpeechNoun
                | Attribution::Colon
                | Attribution::Asked
                | Attribution::ClauseSubject
        )
    }
}

pub(crate) fn attribute(text: &str, paras: &[Para], raw: &[RawQuote]) -> Vec<Quote> {
    let toks = tokenize(text, paras, raw);
    let mut qtok = vec![usize::MAX; raw.len()];
    let mut sent_start = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if let TK::Quote(q) = t.kind {
            qtok[q] = i;
        }
        if sent_start.len() <= t.sent {
            sent_start.resize(t.sent + 1, i);
        }
    }
    let all = tokenize(text, paras, &[]);
    let mentions = Mentions::build(text, &all);
    let mut doc = Doc { text, paras, raw, toks, qtok, sent_start, mentions, genders: HashMap::new() };
    doc.genders = doc.gender_evidence();
    let events = doc.find_events();
    let events = doc.resolve_events(events);
    doc.attribute_quotes(&events)
}

/// For pronouns heading quotations nested in others ("He looked me in the eye and said, ‘…’"),
/// which have no antecedent inside the words that hold them: each ask is (byte where the holder
/// starts, feminine, the holder's speaker), and the answer the nearest person the writer's text
/// names before the holder, not the holder's speaker, of no other sex. Builds the document's
/// mentions once (linear), each ask looks back a bounded way.
pub(crate) fn outer_antecedents(
    text: &str,
    paras: &[Para],
    raw: &[RawQuote],
    asks: &[(usize, bool, Option<String>)],
) -> Vec<Option<String>> {
    if asks.is_empty() {
        return Vec::new();
    }
    let toks = tokenize(text, paras, raw);
    let mut sent_start = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if sent_start.len() <= t.sent {
            sent_start.resize(t.sent + 1, i);
        }
    }
    let all = tokenize(text, paras, &[]);
    let mentions = Mentions::build(text, &all);
    let qtok = vec![usize::MAX; raw.len()];
    let mut doc = Doc { text, paras, raw, toks, qtok, sent_start, mentions, genders: HashMap::new() };
    doc.genders = doc.gender_evidence();
    asks.iter()
        .map(|(pos, feminine, not)| {
            let not_key = not.as_deref().and_then(|n| doc.sex_key(n));
            let m = doc.mentions.before(*pos).take(WINDOW).find(|m| {
                let person = m.info.kind == SpeakerKind::Person || doc.mentions.expand_person(&m.info.name).is_some();
                let key = doc.sex_key(&m.info.name);
                let other_sex =
                    key.as_ref()
                        .and_then(|k| doc.genders.get(k))
                        .is_some_and(|&(f, mm)| if *feminine { mm > f } else { f > mm });
                m.info.named && person && key != not_key && !other_sex && doc.in_writers_text(m.span.start as usize)
            })?;
            Some(doc.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone()))
        })
        .collect()
}

/// A figure, with any thousands separators ("8", "1,100").
fn is_figure(low: &str) -> bool {
    low.starts_with(|c: char| c.is_ascii_digit()) && low.chars().all(|c| c.is_ascii_digit() || c == ',')
}

fn is_dash_tok(t: &Tok) -> bool {
    matches!(t.kind, TK::Punct('—' | '–' | '―'))
}

/// A lowercase word that looks like a verb form rather than part of a noun phrase.
fn looks_verbal(low: &str) -> bool {
    if lx::is_document_noun(low) || lx::is_org_noun(low) || lx::person_noun(low).is_some() {
        return false;
    }
    (low.len() > 3 && low.ends_with("ed"))
        || (low.len() > 4 && low.ends_with("ing"))
        || (lx::cue_lemma(low).is_some() && !lx::is_noun_like_cue(low))
}

fn np_word(t: &Tok) -> bool {
    t.is_word() && (t.cap || !(lx::outside_noun_phrase(&t.low) || looks_verbal(&t.low)))
}

fn content_words(s: &str) -> usize {
    s.split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// "be" or "get" before a participle: a passive ("was asked", "got told") is no speech event.
fn passive_aux(w: &str) -> bool {
    lx::is_be(w) || matches!(w, "'s" | "get" | "got" | "gets")
}

fn ends_comma(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '’' | '\'' | ')' | ']'));
    t.ends_with([',', '—', '–', ';', ':']) || t.ends_with("--")
}

impl<'a> Doc<'a> {
    fn sent_range(&self, s: usize) -> (usize, usize) {
        let lo = self.sent_start[s];
        let hi = self.sent_start.get(s + 1).copied().unwrap_or(self.toks.len());
        (lo, hi)
    }

    /// The paragraph holding byte `pos`.
    fn para_at(&self, pos: usize) -> usize {
        self.paras.partition_point(|p| p.line_start <= pos).saturating_sub(1)
    }

    fn span_of(&self, r: (usize, usize)) -> Span {
        Span::new(self.toks[r.0].start, self.toks[r.1 - 1].end)
    }

    fn str_of(&self, r: (usize, usize)) -> &str {
        let s = self.span_of(r);
        &self.text[s.range()]
    }

    /// The head noun of a description as written ("the report" → "report").
    fn info_of_written(&self, w: &str) -> Option<String> {
        let ws: Vec<&str> = w.split_whitespace().collect();
        if ws.len() < 2 || !matches!(ws[0].to_lowercase().as_str(), "the" | "this" | "that") {
            return None;
        }
        Some(ws[ws.len() - 1].to_lowercase())
    }

    fn info(&self, r: (usize, usize)) -> Option<NameInfo> {
        analyse(self.text, &self.toks[r.0..r.1], Some(&self.mentions))
    }
}

impl Found {
    /// The speaker of an earlier sentence goes on: the quotation has no word of saying of its own,
    /// so no cue (the earlier sentence's verb is not this quotation's).
    fn continued(mut self, how: Attribution) -> Found {
        if let Some(s) = &mut self.spk {
            s.inferred = true;
        }
        self.cue = None;
        self.how = how;
        self
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Person,
    Org,
    Group,
}

impl Want {
    fn accepts(self, k: SpeakerKind) -> bool {
        match self {
            Want::Person => k == SpeakerKind::Person,
            Want::Org => matches!(k, SpeakerKind::Organisation | SpeakerKind::Document | SpeakerKind::Unknown),
            Want::Group => matches!(k, SpeakerKind::Group | SpeakerKind::Organisation),
        }
    }
}

fn hist_of(events: &[Event]) -> Vec<(usize, Spk)> {
    let mut h: Vec<(usize, Spk)> = events.iter().filter_map(|e| e.spk.clone().map(|s| (e.subj.0, s))).collect();
    h.sort_by_key(|(p, _)| *p);
    h
}

/// Lowercased words of a quotation, for comparing two quotations.
fn norm(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

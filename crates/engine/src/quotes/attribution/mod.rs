//! Attribution and classification: finds the speech events of the writer's text (a cue verb and
//! its subject, "according to X", "X’s declaration that", "NAME: “…”"), resolves pronouns and
//! descriptions to names, then gives each quotation its speaker, cue and kind.

use super::lexicon::{self as lx};
use super::marks::{Para, RawQuote};
use super::speakers::{analyse, strip_article, Mentions, NameInfo};
use super::text::{tokenize, Tok, TK};
use super::{Attribution, Quote, QuoteKind, SpeakerKind};
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
    inferred: bool,
    /// A person for sure (titled or described as one), not a guess from the shape of the name.
    sure: bool,
    /// The head noun, for unnamed speakers ("people" in "people familiar with the matter").
    head: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EvKind {
    /// A reporting verb; `participial` for "saying", "to say".
    Verb {
        lemma: &'static str,
        participial: bool,
    },
    AccordingTo,
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
    let doc = Doc { text, paras, raw, toks, qtok, sent_start, mentions };
    let events = doc.find_events();
    let events = doc.resolve_events(events);
    doc.attribute_quotes(&events)
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
    t.is_word() && (t.cap || !(lx::is_stop(&t.low) || looks_verbal(&t.low)))
}

fn content_words(s: &str) -> usize {
    s.split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The quotation's words end with sentence punctuation (ignoring closing brackets and nested marks).
fn ends_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '’' | '\'' | ')' | ']' | '"' | '”'));
    t.ends_with(['.', '!', '?', '…'])
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

    // ----- noun phrases -------------------------------------------------------------------

    /// The maximal noun-phrase run of words ending just before token `j`, not reaching below `lo`.
    fn np_run(&self, lo: usize, j: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut k = j;
        while k > lo {
            let w = &t[k - 1];
            if !w.is_word() {
                break;
            }
            let low = w.low.as_str();
            if matches!(low, "and" | "&" | "of" | "for") {
                let before = &t[k.saturating_sub(2)];
                let for_ok = low != "for"
                    || t[k].cap
                    || before.cap
                    || lx::person_noun(&before.low).is_some()
                    || lx::is_org_noun(&before.low);
                if k == j || k - 1 == lo || !(np_word(before) || before.is_possessive()) || !for_ok {
                    break;
                }
                k -= 1;
                continue;
            }
            if lx::is_determiner(low) {
                if k == j {
                    break;
                }
                k -= 1;
                if k > lo && (t[k - 1].is("of") || t[k - 1].is("for")) {
                    continue;
                }
                break;
            }
            if w.is_possessive() || np_word(w) {
                k -= 1;
                continue;
            }
            // "One of them"
            if k == j
                && matches!(low, "them" | "those" | "these")
                && k >= lo + 3
                && t[k - 2].is("of")
                && matches!(
                    t[k - 3].low.as_str(),
                    "one" | "some" | "two" | "several" | "many" | "all" | "each" | "none" | "most"
                )
            {
                return Some((k - 3, j));
            }
            break;
        }
        while k < j
            && (t[k].is("and")
                || t[k].is("of")
                || t[k].is("for")
                || (t[k].cap && lx::is_intro_word(&t[k].low) && !lx::is_determiner(&t[k].low)))
        {
            k += 1;
        }
        (k < j).then_some((k, j))
    }

    /// Drops words before a name that are not part of it: "that Vance" → "Vance", "The first time
    /// Vance" → "Vance" (titles stay: "Foreign Minister Ivan Petrov").
    fn trim_np(&self, r: (usize, usize)) -> (usize, usize) {
        let t = &self.toks;
        let last = &t[r.1 - 1];
        if !(last.is_word() && last.cap) || r.1 - r.0 < 2 {
            return r;
        }
        // The proper run at the end, with the titles and name words before it.
        let mut k = r.1;
        while k > r.0
            && t[k - 1].is_word()
            && (t[k - 1].cap
                || lx::is_title_word(&t[k - 1].low)
                || lx::is_name_particle(&t[k - 1].low)
                || matches!(t[k - 1].low.as_str(), "of" | "the"))
            && !t[k - 1].is_possessive()
        {
            k -= 1;
        }
        // Keep the phrase whole when the words before are a possessive or adjectives of a title
        // ("Kaya’s deputy" is not a name anyway), or an organisation's article.
        if k == r.0 || t[k - 1].is_possessive() {
            return r;
        }
        let demonstrative = matches!(t[k - 1].low.as_str(), "that" | "this" | "these" | "those");
        let common_before = lx::is_determiner(&t[r.0].low)
            && (r.0 + 1..k).any(|m| t[m].is_word() && !t[m].cap && !lx::is_title_word(&t[m].low));
        if demonstrative || common_before {
            while k < r.1 && t[k].is_word() && matches!(t[k].low.as_str(), "of" | "the") {
                k += 1;
            }
            return (k, r.1);
        }
        r
    }

    /// Whether the phrase names no person itself: a role or title ("Her opponent", "Mrs. Lee’s
    /// Chief Foreign Policy Adviser").
    fn is_role_np(&self, r: (usize, usize)) -> bool {
        match self.info(r) {
            Some(i) => !i.named || i.kind != SpeakerKind::Person,
            None => true,
        }
    }

    /// A name in apposition: "Jane Doe", "state Sen. Ann Cole".
    fn is_proper_seg(&self, r: (usize, usize)) -> bool {
        r.1 > r.0
            && r.1 - r.0 <= 8
            && self.toks[r.0..r.1]
                .iter()
                .all(|t| t.is_word() && (t.cap || lx::is_name_particle(&t.low) || lx::is_title_word(&t.low)))
            && self.toks[r.1 - 1].cap
            && self.info(r).is_some_and(|i| i.named && i.kind != SpeakerKind::Organisation)
    }

    /// The subject of a verb at token `j`: the noun phrase right before it, past adverbs,
    /// auxiliaries, parentheticals and appositives ("Dana Reyes, an economist who ..., declared").
    fn np_before(&self, lo: usize, j: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut k = j;
        loop {
            while k > lo
                && t[k - 1].is_word()
                && lx::is_pre_verb_filler(&t[k - 1].low)
                && !(t[k - 1].cap && k - 1 == lo)
            {
                k -= 1;
            }
            if k > lo && t[k - 1].is_punct(')') {
                if let Some(m) = (lo..k - 1).rev().find(|&m| t[m].is_punct('(')) {
                    k = m;
                    continue;
                }
            }
            if k > lo && is_dash_tok(&t[k - 1]) {
                if let Some(m) = (lo..k - 1).rev().find(|&m| is_dash_tok(&t[m])) {
                    if m > lo {
                        k = m;
                        continue;
                    }
                }
            }
            if k > lo + 1 && t[k - 1].is_punct(',') {
                let m = (lo..k - 1).rev().find(|&m| {
                    t[m].is_punct(',') || t[m].quote().is_some() || t[m].is_punct(';') || t[m].is_punct(':')
                });
                if let Some(m) = m.filter(|&m| t[m].is_punct(',')) {
                    let seg = (m + 1, k - 1);
                    if seg.1 > seg.0 {
                        let before = self.np_run(lo, m);
                        if let Some(b) = before {
                            if self.is_proper_seg(seg) && self.is_role_np(b) {
                                return Some(seg);
                            }
                        }
                        let f = &t[seg.0];
                        let descriptive = f.is_word()
                            && (!f.cap || lx::is_determiner(&f.low))
                            && !(seg.1 - seg.0 == 1
                                && !lx::is_pre_verb_filler(&f.low)
                                && !f.low.ends_with("ly")
                                && !matches!(
                                    f.low.as_str(),
                                    "meanwhile" | "however" | "too" | "though" | "instead" | "separately"
                                ));
                        let tag = seg.1 - seg.0 == 1 && f.cap && f.low.contains('-');
                        let number = f.low.chars().all(|c| c.is_ascii_digit());
                        if before.is_some() && (descriptive || tag || number || (!f.cap && seg.1 - seg.0 == 1)) {
                            k = m;
                            continue;
                        }
                    }
                }
            }
            break;
        }
        if k > lo && t[k - 1].is_word() && lx::is_pronoun_subject(&t[k - 1].low) {
            return Some((k - 1, k));
        }
        if k > lo && t[k - 1].is_word() && matches!(t[k - 1].low.as_str(), "who" | "which") {
            let mut m = k - 1;
            if m > lo && t[m - 1].is_punct(',') {
                m -= 1;
            }
            return self.np_run(lo, m);
        }
        let r = self.np_run(lo, k)?;
        // An object of a preposition is no subject: look past a relative clause ("Fans who stayed
        // to the end chanted").
        if r.0 > lo && t[r.0 - 1].is_word() && lx::is_preposition(&t[r.0 - 1].low) {
            let w = (r.0.saturating_sub(10).max(lo)..r.0)
                .rev()
                .take_while(|&m| t[m].is_word())
                .find(|&m| matches!(t[m].low.as_str(), "who" | "that" | "which"));
            if let Some(w) = w {
                if let Some(s) = self.np_run(lo, w) {
                    return Some(s);
                }
            }
            // "State media in the south reported": the phrase before the modifier.
            if let Some(s) = self.np_run(lo, r.0 - 1) {
                if self.info(s).is_some_and(|n| n.named || n.kind != SpeakerKind::Unknown) {
                    return Some(s);
                }
            }
        }
        Some(r)
    }

    /// The first noun phrase in `lo..hi` that can be a clause subject: a speaker-like phrase, not
    /// after a preposition, followed by a verb-like word (past appositives).
    fn first_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        self.first_np(lo, hi, true)
    }

    /// The first speaker-like noun phrase of `lo..hi` not after a preposition; with `need_verb`,
    /// only one followed by a verb-like word.
    fn first_np(&self, lo: usize, hi: usize, need_verb: bool) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut i = lo;
        while i < hi {
            if !t[i].is_word() || t[i].is_possessive() && !np_word(&t[i]) {
                i += 1;
                continue;
            }
            if lx::is_pronoun_subject(&t[i].low) {
                return Some((i, i + 1));
            }
            if !(np_word(&t[i]) || lx::is_determiner(&t[i].low) || t[i].is_possessive())
                || (t[i].cap && lx::is_intro_word(&t[i].low) && !lx::is_determiner(&t[i].low))
            {
                i += 1;
                continue;
            }
            // The maximal run forward.
            let mut j = i;
            while j < hi {
                let w = &t[j];
                if !w.is_word() {
                    break;
                }
                if matches!(w.low.as_str(), "of" | "and" | "&") {
                    if j + 1 < hi && j > i && np_word(&t[j + 1]) {
                        j += 1;
                        continue;
                    }
                    break;
                }
                if lx::is_determiner(&w.low) && j > i && !t[j - 1].is("of") {
                    break;
                }
                if np_word(w)
                    || w.is_possessive()
                    || (j == i && lx::is_determiner(&w.low))
                    || (j > i && t[j - 1].is("of") && lx::is_determiner(&w.low))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if j == i {
                i += 1;
                continue;
            }
            let after_prep = i > lo
                && t[i - 1].is_word()
                && (lx::is_preposition(&t[i - 1].low)
                    || lx::cue_lemma(&t[i - 1].low).is_some()
                    || looks_verbal(&t[i - 1].low));
            let r = (i, j);
            let speakerish = self.info(r).is_some_and(|n| n.named || n.kind != SpeakerKind::Unknown);
            if !after_prep && speakerish {
                // What follows: an appositive name, a descriptive appositive, then a verb.
                let mut k = j;
                let mut chosen = r;
                if k < hi && t[k].is_punct(',') {
                    if let Some(m) = (k + 1..hi).find(|&m| t[m].is_punct(',')) {
                        let seg = (k + 1, m);
                        if self.is_proper_seg(seg) && self.is_role_np(r) {
                            chosen = seg;
                            k = m + 1;
                        } else if t[k + 1].is_word() && (!t[k + 1].cap || lx::is_determiner(&t[k + 1].low)) {
                            k = m + 1;
                        }
                    }
                }
                if k < hi && t[k].is_punct('(') {
                    if let Some(m) = (k + 1..hi).find(|&m| t[m].is_punct(')')) {
                        k = m + 1;
                    }
                }
                // Adverbs and a short time phrase may sit before the verb: "A judge on Monday
                // blocked", "The senator also said".
                loop {
                    if k < hi && t[k].is_word() && lx::is_pre_verb_filler(&t[k].low) && !lx::is_preposition(&t[k].low) {
                        k += 1;
                        continue;
                    }
                    if k + 1 < hi
                        && t[k].is_word()
                        && matches!(
                            t[k].low.as_str(),
                            "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "late" | "early"
                        )
                    {
                        let mut m = k + 1;
                        while m < hi
                            && m < k + 4
                            && t[m].is_word()
                            && (lx::is_time_word(&t[m].low)
                                || t[m].low.chars().all(|c| c.is_ascii_digit())
                                || matches!(
                                    t[m].low.as_str(),
                                    "morning"
                                        | "afternoon"
                                        | "evening"
                                        | "night"
                                        | "week"
                                        | "month"
                                        | "year"
                                        | "day"
                                        | "the"
                                        | "a"
                                ))
                        {
                            m += 1;
                        }
                        if m > k + 1 && !t[m - 1].is("the") && !t[m - 1].is("a") {
                            k = m;
                            continue;
                        }
                    }
                    break;
                }
                let verbish = k < hi
                    && t[k].is_word()
                    && !np_word(&t[k])
                    && !lx::is_preposition(&t[k].low)
                    && !matches!(t[k].low.as_str(), "and" | "or" | "but" | "that" | "who" | "which");
                let verbish = verbish
                    || (k < hi && t[k].is_word() && (lx::cue_lemma(&t[k].low).is_some() || looks_verbal(&t[k].low)));
                if verbish || !need_verb {
                    return Some(chosen);
                }
            }
            i = j.max(i + 1);
        }
        None
    }

    /// The noun phrase after token `i` (for "said Smith", "according to X", "asked by X").
    fn np_after(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut j = i;
        while j < hi && t[j].is_word() {
            let w = &t[j];
            if j > i
                && (matches!(
                    w.low.as_str(),
                    "who"
                        | "which"
                        | "that"
                        | "if"
                        | "whether"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "about"
                        | "via"
                        | "while"
                        | "when"
                ) || lx::cue_lemma(&w.low).is_some_and(|_| !w.cap && !lx::is_noun_like_cue(&w.low)))
            {
                break;
            }
            // "people familiar with the matter"
            let familiar_with = w.is("with") && j > i && t[j - 1].is("familiar");
            if !(np_word(w)
                || lx::is_determiner(&w.low)
                || w.is_possessive()
                || familiar_with
                || matches!(w.low.as_str(), "of" | "from" | "by" | "and" | "the"))
            {
                break;
            }
            j += 1;
        }
        while j > i && matches!(t[j - 1].low.as_str(), "of" | "from" | "by" | "and" | "the") {
            j -= 1;
        }
        (j > i).then_some((i, j))
    }

    // ----- speech events -------------------------------------------------------------------

    fn find_events(&self) -> Vec<Event> {
        let t = &self.toks;
        let mut out = Vec::new();
        for i in 0..t.len() {
            let w = &t[i];
            if !w.is_word() {
                if w.is_punct(':') && t.get(i + 1).is_some_and(|n| n.quote().is_some() && n.para == w.para) {
                    let (slo, _) = self.sent_range(w.sent);
                    if let Some(r) = self.np_run(slo, i) {
                        if r.0 == slo && r.1 - r.0 <= 8 && self.toks[r.0..r.1].iter().any(|x| x.cap) {
                            out.push(Event { kind: EvKind::Colon, cue: (i, i + 1), subj: r, spk: None });
                        }
                    }
                }
                continue;
            }
            let (slo, shi) = self.sent_range(w.sent);
            if w.low == "according" && t.get(i + 1).is_some_and(|n| n.is("to")) {
                if let Some(r) = self.according_np(i + 2, shi) {
                    out.push(Event { kind: EvKind::AccordingTo, cue: (i, i + 2), subj: r, spk: None });
                }
                continue;
            }
            if lx::is_speech_noun(&w.low) && i > slo && t[i - 1].is_possessive() {
                // "called Revik’s remarks “a fabrication”": the object of a verb, not a cue.
                let mut b = i - 1;
                while b > slo && t[b - 1].is_word() && t[b - 1].cap && !t[b - 1].is_possessive() {
                    b -= 1;
                }
                if b > slo
                    && t[b - 1].is_word()
                    && (lx::cue_lemma(&t[b - 1].low).is_some() || looks_verbal(&t[b - 1].low))
                {
                    continue;
                }
                let follows = t
                    .get(i + 1)
                    .is_some_and(|n| n.quote().is_some() || n.is("that") || n.is_punct(':') || n.is_punct(','));
                if follows {
                    // The possessor: its capitalised run ("Vance’s", "Gov. Ann Lee’s"), else the
                    // noun phrase ("the governor’s").
                    let r = if t[i - 1].cap {
                        let mut k = i - 1;
                        while k > slo
                            && t[k - 1].is_word()
                            && (t[k - 1].cap || lx::is_title_word(&t[k - 1].low))
                            && !t[k - 1].is_possessive()
                        {
                            k -= 1;
                        }
                        Some((k, i))
                    } else {
                        self.np_run(slo, i)
                    };
                    if let Some(r) = r {
                        out.push(Event { kind: EvKind::SpeechNoun, cue: (i, i + 1), subj: r, spk: None });
                    }
                }
                continue;
            }
            let Some(lemma) = lx::cue_lemma(&w.low) else { continue };
            if lx::is_that_only(lemma)
                && !t
                    .get(i + 1)
                    .is_some_and(|n| n.sent == w.sent && (n.is("that") || n.is_punct(':') || n.quote().is_some()))
            {
                continue;
            }
            if w.cap && i > slo {
                continue;
            }
            let prev = (i > slo).then(|| &t[i - 1]);
            let next = t.get(i + 1).filter(|n| n.sent == w.sent);
            if lx::is_noun_like_cue(&w.low) {
                // A determiner within the few words before makes it a noun: "a 2019 report".
                let mut after_det = false;
                let mut k = i;
                // Right after a noun that can speak, it is that noun's verb: "the statement read".
                let after_noun = prev.is_some_and(|p| {
                    p.is_word()
                        && !p.cap
                        && (lx::is_document_noun(&p.low)
                            || lx::is_org_noun(&p.low)
                            || lx::person_noun(&p.low).is_some())
                });
                while k > slo && i - k < 3 && !after_noun {
                    let p = &t[k - 1];
                    if !p.is_word() {
                        break;
                    }
                    if lx::is_determiner(&p.low) || p.is_possessive() {
                        after_det = true;
                        break;
                    }
                    if !(np_word(p)
                        && (p.cap || p.low.chars().all(|c| c.is_ascii_digit()) || k == i && !looks_verbal(&p.low)))
                    {
                        break;
                    }
                    k -= 1;
                }
                let before_punct =
                    next.is_none_or(|n| matches!(n.kind, TK::Punct(',' | '.' | ';' | ')' | '?' | '!')) || n.is("of"));
                if after_det || before_punct && !w.low.ends_with("ed") {
                    continue;
                }
            }
            // Passive: "was asked", "is said to".
            let mut p = i;
            while p > slo
                && t[p - 1].is_word()
                && (t[p - 1].low.ends_with("ly") || matches!(t[p - 1].low.as_str(), "not" | "also" | "never" | "later"))
            {
                p -= 1;
            }
            if p > slo && t[p - 1].is_word() && lx::is_be_aux(&t[p - 1].low) && !w.low.ends_with("ing") {
                continue;
            }
            // "Asked whether ...": the quotation belongs to the question (see `asked_clause`).
            if lemma == "ask"
                && (i == slo
                    || prev.is_some_and(|p| {
                        matches!(p.low.as_str(), "when" | "if" | "as" | "once" | "after") || p.is_punct(',')
                    }))
            {
                continue;
            }
            // An adjective use: "the said document", "a promised report".
            if prev.is_some_and(|p| lx::is_determiner(&p.low)) {
                continue;
            }
            let infinitive = prev.is_some_and(|p| p.is("to")) && !w.low.ends_with("ed");
            let participial = lx::is_gerund(&w.low) || infinitive;
            let subj = if participial {
                // "X …, saying": the subject of the clause; "reported saying" uses the finite verb's.
                let fin = prev
                    .filter(|p| p.is_word() && lx::cue_lemma(&p.low).is_some() && !lx::is_gerund(&p.low))
                    .map(|_| i - 1);
                match fin {
                    Some(f) => self.np_before(slo, f).or_else(|| self.first_subject(slo, i)),
                    None => self.first_subject(slo, i).or_else(|| self.np_before(slo, i)),
                }
            } else {
                self.np_before(slo, i).or_else(|| self.first_subject(slo, i))
            };
            let Some(subj) = subj else { continue };
            if self.info(subj).is_none_or(|n| {
                !(n.named
                    || n.pronoun.is_some()
                    || n.kind != SpeakerKind::Unknown
                    || lx::is_determiner(&self.toks[subj.0].low))
            }) {
                continue;
            }
            out.push(Event { kind: EvKind::Verb { lemma, participial }, cue: (i, i + 1), subj, spk: None });
        }
        // A verb inside the phrase of "according to ..." is part of that phrase.
        let according: Vec<(usize, usize)> =
            out.iter().filter(|e| e.kind == EvKind::AccordingTo).map(|e| (e.cue.0, e.subj.1)).collect();
        out.retain(|e| {
            !matches!(e.kind, EvKind::Verb { .. }) || !according.iter().any(|&(a, b)| e.cue.0 > a && e.cue.0 < b)
        });
        out
    }

    /// The source in "according to X": the first proper name of the phrase ("a 2021 report from
    /// the Open Data Institute" → "Open Data Institute"), else the phrase.
    fn according_np(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let r = self.np_after(i, hi)?;
        let t = &self.toks;
        let src = (r.0..r.1)
            .position(|k| t[k].is_word() && matches!(t[k].low.as_str(), "from" | "by" | "of"))
            .map(|p| r.0 + p);
        if let Some(s) = src {
            if s + 1 < r.1 && (lx::is_document_noun(&t[s - 1].low) || lx::is_speech_noun(&t[s - 1].low)) {
                return Some((s + 1, r.1));
            }
            return Some((r.0, s));
        }
        // "according to remarks X made": the proper name inside.
        let first_cap = (r.0..r.1).find(|&k| t[k].cap && !lx::is_determiner(&t[k].low));
        if let Some(fc) = first_cap {
            if fc > r.0
                && !lx::is_determiner(&t[fc - 1].low)
                && (lx::is_speech_noun(&t[r.0].low) || lx::is_document_noun(&t[r.0].low))
            {
                return Some((fc, r.1));
            }
        }
        Some(r)
    }

    // ----- resolution ----------------------------------------------------------------------

    fn resolve_events(&self, mut events: Vec<Event>) -> Vec<Event> {
        let mut hist: Vec<(usize, Spk)> = Vec::new();
        for e in &mut events {
            let spk = self.resolve(e.subj, &hist);
            if let Some(s) = &spk {
                let at = hist.partition_point(|(p, _)| *p <= e.subj.0);
                hist.insert(at, (e.subj.0, s.clone()));
            }
            e.spk = spk;
        }
        events
    }

    /// Resolves the phrase at token range `r` to a speaker, given the speakers met so far.
    fn resolve(&self, r: (usize, usize), hist: &[(usize, Spk)]) -> Option<Spk> {
        let r = self.trim_np(r);
        // "One of them", "some of those": a part of the group the pronoun names.
        if r.1 - r.0 == 3
            && self.toks[r.0 + 1].is("of")
            && matches!(self.toks[r.0 + 2].low.as_str(), "them" | "those" | "these")
        {
            let found = self.antecedent(r.0, Want::Group, hist);
            let span = self.span_of(r);
            let written = self.str_of(r).to_string();
            let (name, kind) = match found {
                Some((name, kind)) => (Some(name), kind),
                None => (None, SpeakerKind::Group),
            };
            return Some(Spk { written, span, name, kind, named: false, inferred: true, sure: false, head: None });
        }
        let info = self.info(r)?;
        let mut span = self.span_of(r);
        let mut written = self.str_of(r).to_string();
        // "Vance’s declaration": the speaker as written is the name, not its possessive.
        for suf in ["’s", "'s"] {
            if written.len() > suf.len() && written.ends_with(suf) {
                written.truncate(written.len() - suf.len());
                span = Span::new(span.start as usize, span.end as usize - suf.len());
                break;
            }
        }
        let at = r.0;
        if let Some(p) = &info.pronoun {
            let want = match p.as_str() {
                "he" | "she" => Want::Person,
                "it" => Want::Org,
                "they" => Want::Group,
                _ => {
                    return Some(Spk {
                        written,
                        span,
                        name: None,
                        kind: SpeakerKind::Person,
                        named: false,
                        inferred: true,
                        sure: false,
                        head: None,
                    })
                }
            };
            let found = self.antecedent(at, want, hist);
            return Some(match found {
                Some((name, kind)) => {
                    Spk { written, span, name: Some(name), kind, named: true, inferred: true, sure: true, head: None }
                }
                None => Spk {
                    written,
                    span,
                    name: None,
                    kind: info.kind,
                    named: false,
                    inferred: true,
                    sure: false,
                    head: None,
                },
            });
        }
        if info.named {
            let mut name = info.name.clone();
            let mut kind = info.kind;
            if kind != SpeakerKind::Organisation && kind != SpeakerKind::Document {
                if let Some(full) = self.mentions.expand_person(&name) {
                    name = full;
                    kind = SpeakerKind::Person;
                } else if let Some(full) = self.mentions.expand_org(&name) {
                    name = full;
                    kind = SpeakerKind::Organisation;
                }
            } else if let Some(full) = self.mentions.expand_org(&name) {
                name = full;
            }
            // A short form of a longer name the document gives: "Pinecrest" for "Pinecrest Foods".
            if kind != SpeakerKind::Person || !self.mentions.is_titled(&name) {
                if let Some((full, k)) = self.mentions.expand_prefix(&name) {
                    name = full;
                    if kind == SpeakerKind::Unknown || kind == SpeakerKind::Person {
                        kind = k;
                    }
                }
            }
            let sure = kind == SpeakerKind::Person
                && (!info.titles.is_empty() || self.mentions.is_titled(&name) || self.mentions.is_titled(&info.name));
            return Some(Spk {
                written,
                span,
                name: Some(strip_article(&name).to_string()),
                kind,
                named: true,
                inferred: false,
                sure,
                head: None,
            });
        }
        // A description: "the report", "the company", "Minister".
        if let Some(author) = &info.author {
            let name = self
                .mentions
                .expand_org(author)
                .or_else(|| self.mentions.expand_person(author))
                .unwrap_or_else(|| author.clone());
            return Some(Spk {
                written,
                span,
                name: Some(strip_article(&name).to_string()),
                kind: SpeakerKind::Organisation,
                named: true,
                inferred: true,
                sure: false,
                head: None,
            });
        }
        let titled = info.kind == SpeakerKind::Person && info.head.as_deref().is_some_and(lx::is_title_word);
        if info.definite || titled {
            if let Some((name, kind)) = self.describe(&info, span.start as usize, hist) {
                return Some(Spk {
                    written,
                    span,
                    name: Some(name),
                    kind,
                    named: true,
                    inferred: true,
                    sure: kind == SpeakerKind::Person,
                    head: info.head.clone(),
                });
            }
        }
        Some(Spk {
            written,
            span,
            name: Some(info.name.clone()),
            kind: info.kind,
            named: false,
            inferred: false,
            sure: false,
            head: info.head.clone(),
        })
    }

    /// The antecedent of a pronoun at token `at`.
    fn antecedent(&self, at: usize, want: Want, hist: &[(usize, Spk)]) -> Option<(String, SpeakerKind)> {
        let t = &self.toks[at];
        let ok = |s: &Spk| (s.named || want == Want::Group) && s.name.is_some() && want.accepts(s.kind);
        // Near at hand, "it" may also be a name that only looks personal ("Brightwater Foods").
        let ok_near = |s: &Spk| {
            ok(s) || want == Want::Org && s.named && s.name.is_some() && s.kind == SpeakerKind::Person && !s.sure
        };
        // As the previous sentence's subject, "it" may also be an unnamed organisation ("The
        // ministry rejected that. It said ...").
        let ok_subject = |s: &Spk| {
            ok_near(s)
                || want == Want::Org
                    && s.name.is_some()
                    && matches!(s.kind, SpeakerKind::Organisation | SpeakerKind::Document)
        };
        // An earlier speaker in the same sentence.
        if let Some((_, s)) = hist_before(hist, at).find(|(p, s)| self.toks[*p].sent == t.sent && ok_near(s)) {
            return Some((s.name.clone()?, s.kind));
        }
        // The subject of the previous sentence of the paragraph.
        if t.sent > 0 {
            let (plo, phi) = self.sent_range(t.sent - 1);
            if self.toks[plo].para == t.para {
                if let Some(r) = self.first_subject(plo, phi) {
                    let i = hist.partition_point(|(p, _)| *p < r.0);
                    if let Some((_, s)) = hist.get(i).filter(|(p, _)| *p == r.0) {
                        if ok_subject(s) {
                            return Some((s.name.clone()?, s.kind));
                        }
                    } else if let Some(s) = self.resolve(r, hist) {
                        if ok_subject(&s) && (!s.inferred || s.named) {
                            return Some((s.name?, s.kind));
                        }
                    }
                }
            }
        }
        // The nearest earlier speaker.
        if let Some((_, s)) = hist_before(hist, at).find(|(_, s)| ok(s)) {
            return Some((s.name.clone()?, s.kind));
        }
        // The nearest earlier mention.
        let pos = t.start;
        let m = self.mentions.before(pos).take(WINDOW).find(|m| {
            (m.span.start as usize) < pos && want.accepts(m.info.kind) && (m.info.named || want == Want::Person)
        })?;
        let name = if m.info.named {
            self.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone())
        } else {
            m.info.name.clone()
        };
        Some((strip_article(&name).to_string(), m.info.kind))
    }

    /// What a description ("the report", "the company", "Minister") refers to.
    fn describe(&self, info: &NameInfo, pos: usize, hist: &[(usize, Spk)]) -> Option<(String, SpeakerKind)> {
        let head = info.head.as_deref()?;
        if info.kind == SpeakerKind::Person {
            // "the minister": the nearest person mention with that title, before, else after.
            // "A federal judge" introduces someone named later; "the judge" refers back.
            let has = |m: &&super::speakers::Mention| {
                m.info.named && m.info.kind == SpeakerKind::Person && m.info.titles.iter().any(|t| t == head)
            };
            let before = || self.mentions.before(pos).take(WINDOW).find(|m| (m.span.start as usize) < pos && has(m));
            let after = || {
                self.mentions.list[self.mentions.list.partition_point(|m| (m.span.start as usize) <= pos)..]
                    .iter()
                    .take(WINDOW)
                    .find(has)
            };
            let m = if info.definite { before().or_else(after) } else { after().or_else(before) }?;
            let name = self.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone());
            return Some((name, SpeakerKind::Person));
        }
        // The same description used before for a speaker: the same referent.
        let at = self.toks.partition_point(|t| t.start < pos);
        if let Some((_, s)) = hist_before(hist, at).find(|(_, s)| {
            s.inferred && s.name.is_some() && self.info_of_written(&s.written).is_some_and(|h| h == head)
        }) {
            return Some((s.name.clone()?, s.kind));
        }
        // An earlier group of speakers with the same head noun: "the people" after "according to
        // people familiar with the matter".
        if info.kind == SpeakerKind::Group {
            if let Some((_, s)) = hist_before(hist, at).find(|(_, s)| {
                s.head.as_deref() == Some(head) && s.name.as_deref().is_some_and(|n| n.split_whitespace().count() > 1)
            }) {
                return Some((s.name.clone()?, s.kind));
            }
        }
        // A document: the author of the nearest earlier one with the same head noun.
        if info.kind == SpeakerKind::Document {
            if let Some(a) = self.document_author(head, pos) {
                return Some(a);
            }
        }
        // A named organisation whose name ends in the head noun: "the institute" → "Fiscal Policy Institute".
        let singular = head.trim_end_matches('s');
        if let Some(m) = self.mentions.before(pos).take(WINDOW).find(|m| {
            (m.span.start as usize) < pos && m.info.named && m.info.name.split_whitespace().count() >= 2 && {
                let last = m.info.name.split_whitespace().last().unwrap_or("").to_lowercase();
                last == head || last == singular
            }
        }) {
            return Some((strip_article(&m.info.name).to_string(), SpeakerKind::Organisation));
        }
        // The nearest earlier organisation (or document) speaker, then mention, if near: a
        // description does not reach back across the article (a speaker, being salient, reaches
        // further than a passing mention).
        let here = self.para_at(pos);
        let near = |p: usize, reach: usize| self.para_at(p) + reach > here;
        if let Some((_, s)) = hist_before(hist, at)
            .take_while(|(p, _)| near(self.toks[*p].start, 8))
            .find(|(_, s)| s.named && matches!(s.kind, SpeakerKind::Organisation | SpeakerKind::Document))
        {
            return Some((s.name.clone()?, s.kind));
        }
        if info.kind == SpeakerKind::Organisation {
            let m = self
                .mentions
                .before(pos)
                .take(WINDOW)
                .filter(|m| (m.span.start as usize) < pos)
                .take_while(|m| near(m.span.start as usize, 3))
                .find(|m| m.info.named && m.info.kind == SpeakerKind::Organisation)?;
            return Some((strip_article(&m.info.name).to_string(), SpeakerKind::Organisation));
        }
        None
    }

    /// "a 2021 report from the Data Trust", "A 2023 report by the Office of ...", "the Tribune report":
    /// the author of the nearest earlier document named by `head`.
    fn document_author(&self, head: &str, pos: usize) -> Option<(String, SpeakerKind)> {
        // The writer's text only: a document named inside a quotation is rarely the one meant.
        let all = &self.toks;
        let end = all.partition_point(|t| t.start < pos);
        let k = (end.saturating_sub(WINDOW * 10)..end).rev().find(|&k| all[k].is_word() && all[k].low == head)?;
        // "report from/by/of X"
        if let Some(p) = all.get(k + 1).filter(|p| matches!(p.low.as_str(), "from" | "by" | "of")) {
            let mut a = k + 2;
            while a < all.len() && all[a].is_word() && lx::is_determiner(&all[a].low) {
                a += 1;
            }
            let mut b = a;
            while b < all.len() && all[b].is_word() && all[b].sent == p.sent {
                if all[b].cap {
                    b += 1;
                    continue;
                }
                // "Office of the State Auditor"
                let mut c = b;
                while c < all.len() && all[c].is_word() && matches!(all[c].low.as_str(), "of" | "the" | "for" | "and") {
                    c += 1;
                }
                if c > b && b > a && all.get(c).is_some_and(|n| n.is_word() && n.cap) {
                    b = c;
                    continue;
                }
                break;
            }
            if b > a {
                let info = analyse(self.text, &all[a..b], Some(&self.mentions))?;
                let name = self.mentions.expand_org(&info.name).unwrap_or(info.name);
                return Some((
                    strip_article(&name).to_string(),
                    if info.kind == SpeakerKind::Person { SpeakerKind::Person } else { SpeakerKind::Organisation },
                ));
            }
        }
        // "the Tribune report"
        let mut a = k;
        while a > 0
            && all[a - 1].is_word()
            && all[a - 1].cap
            && !lx::is_determiner(&all[a - 1].low)
            && all[a - 1].sent == all[k].sent
        {
            a -= 1;
        }
        if a < k {
            let info = analyse(self.text, &all[a..k], Some(&self.mentions))?;
            let name = self.mentions.expand_org(&info.name).unwrap_or(info.name);
            return Some((strip_article(&name).to_string(), SpeakerKind::Organisation));
        }
        None
    }

    // ----- quotations ----------------------------------------------------------------------

    fn attribute_quotes(&self, events: &[Event]) -> Vec<Quote> {
        let n = self.raw.len();
        let hist = hist_of(events);
        let mut found: Vec<Found> = vec![Found::none(); n];
        let mut kinds: Vec<QuoteKind> = vec![QuoteKind::Term; n];
        // Speakers of the quotations so far, for continuation: (quote index, found).
        for qi in 0..n {
            let qt = self.qtok[qi];
            if qt == usize::MAX {
                continue;
            }
            let set_off = self.set_off(qt);
            let f = self.attribute_one(qi, qt, events, &hist, &found, set_off);
            let content = &self.text[self.raw[qi].content.range()];
            let words = content_words(content);
            let sentence_like = {
                let first = content.chars().find(|c| c.is_alphanumeric());
                first.is_some_and(char::is_uppercase) || words >= 5
            };
            let after_comma = qt > 0 && self.toks[qt - 1].is_punct(',') && self.toks[qt - 1].para == self.toks[qt].para;
            // A short name set off by a comma ("the group, “Fancy Bear”, said") is no sentence.
            let short_name = after_comma && words <= 3 && !ends_terminal(content) && !ends_comma(content);
            let full = set_off && sentence_like && !short_name;
            // Woven words are someone's when a cue governs them, or when a turn goes on over three
            // words or more; a shorter uncued phrase is a scare quote.
            let governed = f.cued() || f.how == Attribution::SameSentence || f.how == Attribution::DocumentSubject;
            let continued = f.spk.is_some() && words >= 3 && f.how != Attribution::Echo;
            let (f, kind) = if full {
                (f, QuoteKind::Full)
            } else if governed || continued {
                (f, QuoteKind::Partial)
            } else {
                (Found::none(), QuoteKind::Term)
            };
            kinds[qi] = kind;
            found[qi] = f;
        }
        // A quotation nobody is credited with, repeated elsewhere with a speaker (a headline
        // echoing the body): the same speaker.
        let named: Vec<(usize, String)> = (0..n)
            .filter(|&o| self.qtok[o] != usize::MAX && found[o].spk.as_ref().is_some_and(|s| s.named))
            .map(|o| (o, norm(&self.text[self.raw[o].content.range()])))
            .collect();
        let mut budget: usize = 200_000;
        for qi in 0..n {
            if self.qtok[qi] == usize::MAX || found[qi].spk.as_ref().is_some_and(|s| s.named) {
                continue;
            }
            let me = norm(&self.text[self.raw[qi].content.range()]);
            if me.split(' ').filter(|w| !lx::is_stop(w) && !lx::is_determiner(w)).count() < 2 {
                continue;
            }
            if budget < named.len() {
                break;
            }
            budget -= named.len();
            let other = named
                .iter()
                .find(|(o, them)| {
                    *o != qi && (them.contains(&me) || me.contains(them.as_str()) && them.split(' ').count() >= 2)
                })
                .map(|(o, _)| *o);
            if let Some(o) = other {
                let mut s = found[o].spk.clone().expect("checked");
                s.inferred = true;
                found[qi] = Found { spk: Some(s), cue: None, how: Attribution::Echo };
                if kinds[qi] == QuoteKind::Term {
                    kinds[qi] = QuoteKind::Partial;
                }
            }
        }
        (0..n)
            .filter(|&qi| self.qtok[qi] != usize::MAX)
            .map(|qi| {
                let r = &self.raw[qi];
                let f = &found[qi];
                let paragraphs = (r.last_para - r.first_para + 1) as u32;
                Quote {
                    start: r.content.start,
                    end: r.content.end,
                    open_mark: r.open,
                    close_mark: r.close,
                    kind: kinds[qi],
                    speaker: f.spk.as_ref().map(|s| s.written.clone()),
                    speaker_span: f.spk.as_ref().map(|s| s.span),
                    speaker_name: f.spk.as_ref().and_then(|s| s.name.clone()),
                    speaker_kind: f.spk.as_ref().map_or(SpeakerKind::Unknown, |s| s.kind),
                    cue: f.cue.as_ref().map(|c| c.0.clone()),
                    cue_span: f.cue.as_ref().map(|c| c.1),
                    attribution: f.how,
                    inferred: f.spk.as_ref().is_some_and(|s| s.inferred)
                        || matches!(
                            f.how,
                            Attribution::Continuation
                                | Attribution::SameSentence
                                | Attribution::PreviousSentence
                                | Attribution::Echo
                                | Attribution::DocumentSubject
                        ),
                    paragraphs,
                    unclosed: r.close.is_none(),
                }
            })
            .collect()
    }

    /// The quotation is set off from the writer's words: at a paragraph or sentence start, or after
    /// a colon, a comma, a dash or an opening bracket.
    fn set_off(&self, qt: usize) -> bool {
        if qt == 0 {
            return true;
        }
        let p = &self.toks[qt - 1];
        if p.para != self.toks[qt].para || p.sent != self.toks[qt].sent {
            return true;
        }
        match p.kind {
            TK::Punct(c) => matches!(c, ':' | ',' | ';' | '—' | '–' | '(' | '.' | '!' | '?' | '…' | '-' | '[' | '|'),
            TK::Quote(o) => ends_terminal(&self.text[self.raw[o].content.range()]),
            TK::Word => false,
        }
    }

    fn cue_of(&self, e: &Event) -> (String, Span) {
        let s = Span::new(self.toks[e.cue.0].start, self.toks[e.cue.1 - 1].end);
        (self.text[s.range()].to_string(), s)
    }

    fn found_from(&self, e: &Event, how: Attribution) -> Found {
        let how = match e.kind {
            EvKind::AccordingTo => Attribution::AccordingTo,
            EvKind::SpeechNoun => Attribution::SpeechNoun,
            EvKind::Colon => Attribution::Colon,
            _ => how,
        };
        let cue = if e.kind == EvKind::Colon { None } else { Some(self.cue_of(e)) };
        Found { spk: e.spk.clone(), cue, how }
    }

    fn attribute_one(
        &self,
        qi: usize,
        qt: usize,
        events: &[Event],
        hist: &[(usize, Spk)],
        found: &[Found],
        set_off: bool,
    ) -> Found {
        let t = &self.toks;
        let q = &t[qt];
        let content = &self.text[self.raw[qi].content.range()];
        let (slo, _shi) = self.sent_range(q.sent);
        // 0. Inside "Asked (by X) if/whether ... “…”," the words belong to the question.
        if let Some(f) = self.asked_clause(qt, slo) {
            return f;
        }
        // 1. A closing attribution: “…,” X said / said X / according to X.
        if let Some(f) = self.after(qi, qt, events, hist, content) {
            return f;
        }
        // 2. A cue before the quotation in its sentence, after any earlier quotation.
        let prev_q = (slo..qt).rev().find(|&k| t[k].quote().is_some());
        let lo = prev_q.map_or(slo, |p| p + 1);
        let from = events.partition_point(|e| e.cue.0 < lo);
        let to = events.partition_point(|e| e.cue.0 < qt);
        let ev = events[from..to]
            .iter()
            .filter(|e| e.cue.1 <= qt && e.spk.is_some())
            .filter(|e| !matches!(e.kind, EvKind::Verb { .. }) || !self.in_relative_clause(e, qt))
            .max_by_key(|e| (e.kind != EvKind::Colon, e.cue.0));
        if let Some(e) = ev {
            return self.found_from(e, Attribution::CueBefore);
        }
        // A new clause subject right before the quotation (", China “didn’t …”"): the
        // quotation is the predicate of a clause nobody in it speaks.
        let fresh_subject = qt > lo && {
            let k = qt - 1;
            t[k].is_word() && t[k].cap && self.np_run(lo, qt).is_some_and(|r| r.0 == lo || t[r.0 - 1].is_punct(','))
        };
        // Same sentence as an earlier quotation: its speaker goes on.
        if let Some(p) = prev_q {
            let pq = t[p].quote().expect("quote token");
            if !fresh_subject {
                if let Some(s) = &found[pq].spk {
                    let mut s = s.clone();
                    s.inferred = true;
                    return Found { spk: Some(s), cue: found[pq].cue.clone(), how: Attribution::SameSentence };
                }
            }
        }
        // A document as the sentence's subject: "The Tribune report, which was based on “…”".
        if let Some(r) = self.first_np(slo, qt, false) {
            if let Some(info) = self.info(r) {
                if info.kind == SpeakerKind::Document && (!info.definite || info.author.is_some()) {
                    if let Some(s) = self.resolve(r, hist) {
                        return Found {
                            spk: Some(Spk { inferred: true, ..s }),
                            cue: None,
                            how: Attribution::DocumentSubject,
                        };
                    }
                }
            }
        }
        // 3. Continuation: the nearest earlier speaker of the paragraph (an earlier quotation or a
        // speech event in an earlier sentence), then of the previous paragraph.
        let para = q.para;
        if !fresh_subject {
            let prev_quote = (0..qi)
                .rev()
                .filter(|&o| self.qtok[o] != usize::MAX)
                .take_while(|&o| self.raw[o].last_para >= para)
                .find(|&o| self.raw[o].last_para == para);
            let upto = events.partition_point(|e| e.cue.0 < qt);
            let prev_event = events[..upto]
                .iter()
                .rev()
                .take_while(|e| t[e.cue.0].para == para)
                .find(|e| e.spk.as_ref().is_some_and(|s| s.name.is_some()));
            let pq_tok = prev_quote.map(|o| self.qtok[o]);
            match (pq_tok, prev_event) {
                (Some(pt), Some(e)) if e.cue.0 > pt => {
                    return self.found_from(e, Attribution::PreviousSentence).continued(Attribution::PreviousSentence)
                }
                (Some(_), _) => {
                    let o = prev_quote.expect("some");
                    if let Some(s) = &found[o].spk {
                        let mut s = s.clone();
                        s.inferred = true;
                        return Found { spk: Some(s), cue: found[o].cue.clone(), how: Attribution::Continuation };
                    }
                    if let Some(e) = prev_event {
                        return self
                            .found_from(e, Attribution::PreviousSentence)
                            .continued(Attribution::PreviousSentence);
                    }
                }
                (None, Some(e)) => {
                    return self.found_from(e, Attribution::PreviousSentence).continued(Attribution::PreviousSentence)
                }
                (None, None) => {}
            }
        }
        // The previous paragraph (for a bulleted list: the previous item with a quotation).
        let first_para = self.raw[qi].first_para;
        if first_para == 0 {
            return Found::none();
        }
        let bullet = self.paras[first_para].bullet;
        // Only a quotation set off from the writer's words continues a turn across paragraphs
        // (woven ones only in a list); a subhead (a paragraph of quotation alone, with no closing
        // punctuation) continues nothing.
        if !set_off && !bullet {
            return Found::none();
        }
        let alone =
            (qt == 0 || t[qt - 1].para != q.para) && t.get(qt + 1).is_none_or(|n| n.para != self.raw[qi].last_para);
        if alone && !ends_terminal(content) && !ends_comma(content) {
            return Found::none();
        }
        let earlier = |pp: usize| {
            (0..qi)
                .rev()
                .filter(|&o| self.qtok[o] != usize::MAX)
                .take_while(|&o| self.raw[o].last_para >= pp)
                .find(|&o| self.raw[o].last_para == pp && found[o].spk.is_some())
        };
        let cand = if bullet {
            (first_para.saturating_sub(4)..first_para)
                .rev()
                .filter(|&pp| self.paras[pp].bullet)
                .find_map(earlier)
                .or_else(|| earlier(first_para - 1))
        } else {
            earlier(first_para - 1)
        };
        if let Some(o) = cand {
            let mut s = found[o].spk.clone().expect("has speaker");
            s.inferred = true;
            return Found { spk: Some(s), cue: found[o].cue.clone(), how: Attribution::Continuation };
        }
        let upto = events.partition_point(|e| t[e.cue.0].para < first_para);
        let pe = events[..upto]
            .iter()
            .rev()
            .take_while(|e| t[e.cue.0].para + 1 >= first_para)
            .find(|e| t[e.cue.0].para == first_para - 1 && e.spk.as_ref().is_some_and(|s| s.named));
        if let Some(e) = pe {
            return self.found_from(e, Attribution::PreviousSentence).continued(Attribution::PreviousSentence);
        }
        Found::none()
    }

    /// A verb event inside a relative clause ("who said he ...") that closes before the quotation
    /// does not govern it.
    fn in_relative_clause(&self, e: &Event, qt: usize) -> bool {
        let t = &self.toks;
        let s = e.subj.0;
        if !(t[s].is("who") || t[s].is("which")) {
            return false;
        }
        (e.cue.1..qt).any(|k| t[k].is_punct(','))
    }

    /// "Asked (by X) if/whether/about … “…”," — the quotation sits in the question.
    fn asked_clause(&self, qt: usize, slo: usize) -> Option<Found> {
        let t = &self.toks;
        let mut a = slo;
        if a < qt && t[a].is_word() && matches!(t[a].low.as_str(), "when" | "if" | "after" | "once") {
            a += 1;
        }
        if !(a < qt && t[a].is("asked")) {
            return None;
        }
        // The clause runs to the first comma after "asked".
        let clause_ended = (a + 1..qt).any(|k| {
            t[k].is_punct(',') || t[k].quote().is_some_and(|o| ends_comma(&self.text[self.raw[o].content.range()]))
        });
        if clause_ended {
            return None;
        }
        let spk = if t.get(a + 1).is_some_and(|b| b.is("by")) {
            let hi = (a + 2..qt)
                .find(|&k| {
                    !t[k].is_word()
                        || matches!(
                            t[k].low.as_str(),
                            "if" | "whether" | "about" | "to" | "what" | "why" | "how" | "when"
                        )
                })
                .unwrap_or(qt);
            self.np_after(a + 2, hi).and_then(|r| self.resolve(r, &[]))
        } else {
            None
        };
        let cue = Span::new(t[a].start, t[a].end);
        Some(Found { spk, cue: Some((self.text[cue.range()].to_string(), cue)), how: Attribution::Asked })
    }

    /// A closing attribution right after the quotation.
    fn after(&self, qi: usize, qt: usize, events: &[Event], hist: &[(usize, Spk)], content: &str) -> Option<Found> {
        let t = &self.toks;
        let close_para = self.raw[qi].last_para;
        let mut j = qt + 1;
        let comma_after =
            j < t.len() && t[j].para == close_para && matches!(t[j].kind, TK::Punct(',' | '—' | '–' | '-'));
        while j < t.len() && t[j].para == close_para && matches!(t[j].kind, TK::Punct(',' | '—' | '–' | '-')) {
            j += 1;
        }
        if j >= t.len() || t[j].para != close_para || !t[j].is_word() {
            return None;
        }
        let open_ended = ends_comma(content) || comma_after;
        let asks = content.trim_end().ends_with(['?', '!']) && !t[j].cap;
        let hi = (j..t.len())
            .find(|&k| {
                t[k].para != close_para
                    || t[k].quote().is_some()
                    || matches!(t[k].kind, TK::Punct('.' | '!' | '?' | ';'))
            })
            .unwrap_or(t.len());
        // "said X", "according to X"
        let w = &t[j];
        if w.low == "according" && t.get(j + 1).is_some_and(|n| n.is("to")) {
            let from = events.partition_point(|e| e.cue.0 < j);
            let e = events[from..].iter().take_while(|e| e.cue.0 == j).find(|e| e.kind == EvKind::AccordingTo)?;
            return Some(self.found_from(e, Attribution::AccordingTo));
        }
        if let Some(lemma) = lx::cue_lemma(&w.low) {
            if !lx::is_woven_only(lemma) && !lx::is_gerund(&w.low) {
                let r = self.np_after(j + 1, hi)?;
                if !(open_ended || asks || self.closing_ok(r.1, hi)) {
                    return None;
                }
                let spk = self.resolve(r, hist)?;
                let cue = Span::new(w.start, w.end);
                return Some(Found {
                    spk: Some(spk),
                    cue: Some((self.text[cue.range()].to_string(), cue)),
                    how: Attribution::CueAfter,
                });
            }
        }
        // "X said": an event whose subject starts right here.
        let from = events.partition_point(|e| e.cue.0 < j);
        let e = events[from..].iter().take_while(|e| e.cue.0 < hi.min(j + 18)).find(|e| {
            e.subj.0 >= j
                && (e.subj.0 == j
                    || (j..e.subj.0).all(|m| t[m].is_word() || t[m].is_punct(',')) && t[e.subj.0 - 1].is_punct(','))
                && matches!(e.kind, EvKind::Verb { participial: false, lemma } if !lx::is_woven_only(lemma))
        })?;
        if !(open_ended || asks || self.closing_ok(e.cue.1, hi)) {
            return None;
        }
        e.spk.as_ref()?;
        Some(self.found_from(e, Attribution::CueAfter))
    }

    /// After a closing attribution that follows a quotation ending its sentence ("“…” Lopez said
    /// Tuesday."), only adverbials may follow: not a new clause ("Lopez said the plan …").
    fn closing_ok(&self, from: usize, hi: usize) -> bool {
        let t = &self.toks;
        let mut k = from;
        // "told reporters", "told CNN": one short object.
        if k < hi
            && t[k].is_word()
            && (t[k].cap
                || matches!(
                    t[k].low.as_str(),
                    "reporters" | "journalists" | "lawmakers" | "supporters" | "him" | "her" | "them" | "me" | "us"
                ))
            && k > 0
            && t[k - 1].is("told")
        {
            k += 1;
        }
        if k >= hi {
            return true;
        }
        if (k..hi).any(|m| t[m].is("that")) {
            return false;
        }
        // "“…” He added, “…”": the cue introduces the next quotation.
        if hi < t.len() && t[hi].quote().is_some() && t[hi].para == t[from - 1].para && (k..hi).all(|m| !t[m].is_word())
        {
            return false;
        }
        let w = &t[k];
        matches!(w.kind, TK::Punct(',' | ')'))
            || w.is_word()
                && (lx::is_preposition(&w.low) || lx::is_time_word(&w.low) || w.low.ends_with("ly") || w.low == "in")
    }
}

impl Found {
    fn continued(mut self, how: Attribution) -> Found {
        if let Some(s) = &mut self.spk {
            s.inferred = true;
        }
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

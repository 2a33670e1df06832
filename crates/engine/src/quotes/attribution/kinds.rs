//! Kinds: whether a quotation is set off, introduced right by a verb of saying or woven into the
//! writer's sentence, whether it is a name (a term) rather than someone's words, and whether a
//! paragraph is a headline (for echoes).

use super::*;

impl Doc<'_> {
    /// The quotation is set off from the writer's words: at a paragraph or sentence start, or after
    /// a colon, a comma, a dash or an opening bracket.
    pub(super) fn set_off(&self, qt: usize) -> bool {
        if qt == 0 {
            return true;
        }
        let p = &self.toks[qt - 1];
        if p.para != self.toks[qt].para || p.sent != self.toks[qt].sent {
            return true;
        }
        match p.kind {
            TK::Punct(c) => matches!(c, ':' | ',' | ';' | '—' | '–' | '(' | '.' | '!' | '?' | '…' | '-' | '[' | '|'),
            TK::Quote(o) => lx::ends_with_terminal(&self.text[self.raw[o].content.range()]),
            TK::Word => false,
        }
    }

    /// What the words around a quotation say of its kind, beyond being set off: `Some(true)` for
    /// a sentence introduced right by a verb of saying, with or without "that" and without a
    /// comma ("Tusk wrote “Let's all pray …”", "said “it is reasonable to assume … .”");
    /// `Some(false)` for words woven into the writer's clause although a comma stands before them:
    /// lower case after a comma that follows no verb of saying ("a statement released by his
    /// office, “neutralizing the threat …” is an aim"), or after a preposition ("convicted of,
    /// “Treason, Bribery …”"), or lower case after "that" ("reported that, “many stores …”").
    pub(super) fn woven_or_direct(&self, qt: usize, content: &str) -> Option<bool> {
        let t = &self.toks;
        if qt < 2 || t[qt - 1].para != t[qt].para {
            return None;
        }
        let upper = content.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
        let verb = |x: &Tok| x.is_word() && !x.cap && lx::cue_lemma(&x.low).is_some() && !lx::is_noun_like_cue(&x.low);
        let p = &t[qt - 1];
        // The second part of a split quotation ("“A,” wrote Trump, “and therefore …”") is as set
        // off as the first. (Looking back to the previous quotation only: linear.)
        let (slo, _) = self.sent_range(t[qt].sent);
        if (slo..qt).rev().any(|k| t[k].quote().is_some()) {
            return None;
        }
        let that = p.is("that") || p.is_punct(',') && t[qt - 2].is("that");
        if that {
            let k = if p.is("that") { qt - 1 } else { qt - 2 };
            return (k >= 1 && verb(&t[k - 1])).then_some(upper);
        }
        if verb(p) && !t[qt - 2].is("to") {
            let words = content_words(content);
            let sentence = words >= 3 || lx::ends_with_terminal(content);
            let long = words >= 8 && lx::ends_with_terminal(content);
            return (upper && sentence || long).then_some(true);
        }
        // Lower case inside a clause of reported speech: "reported that with the restriction in
        // place, “many stores are still selling out …”".
        if !upper && (slo + 1..qt).any(|k| t[k].is("that") && verb(&t[k - 1])) {
            return Some(false);
        }
        if p.is_punct(',') && t[qt - 2].is_word() && t[qt - 2].sent == t[qt].sent {
            let before = &t[qt - 2];
            if lx::is_preposition(&before.low) && !before.cap {
                return Some(false);
            }
            // The writer's sentence goes on after the words: "…, “neutralizing the threat …” is an
            // aim".
            let goes_on =
                t.get(qt + 1).is_some_and(|n| n.is_word() && n.sent == t[qt].sent && lx::cue_lemma(&n.low).is_none());
            if !upper && goes_on && lx::cue_lemma(&before.low).is_none() {
                return Some(false);
            }
        }
        None
    }

    /// Whether a paragraph is a headline or a subhead: the first line, or a short line with no
    /// sentence punctuation at its end.
    pub(super) fn is_heading(&self, para: usize) -> bool {
        let Some(p) = self.paras.get(para) else {
            return false;
        };
        if para == 0 {
            return true;
        }
        let line = &self.text[p.start..p.end];
        // Thirteen words at most (counted only as far as needed: a paragraph may be long).
        line.split_whitespace().nth(12).is_none()
            && !line.trim_end_matches(['”', '’', '"', '\'']).ends_with(['.', '!', '?', ':', ','])
    }

    /// A naming verb right before the quotation, after a noun that is not its subject: "a user
    /// labelled “…”", "a print called “…”", "an operation dubbed “…”".
    pub(super) fn naming_verb_before(&self, qt: usize) -> bool {
        let t = &self.toks;
        if qt < 2 || !t[qt - 1].is_word() || t[qt - 2].para != t[qt].para {
            return false;
        }
        let v = &t[qt - 1];
        let naming = lx::cue_lemma(&v.low).is_some_and(|l| matches!(l, "call" | "dub" | "label" | "term"))
            || matches!(v.low.as_str(), "named" | "titled" | "entitled" | "nicknamed");
        let p = &t[qt - 2];
        // People or groups right before the verb are its subject, not what it names: "a move
        // critics called “…”", "what riders’ groups called “…”" (a plural cannot be named by "a
        // … called").
        let plural_speakers = super::phrases::plural_speakers(&p.low);
        naming
            && (v.low.ends_with("ed") || v.low == "called")
            && p.is_word()
            && !p.cap
            && !lx::is_pronoun_subject(&p.low)
            && !lx::is_object_pronoun(&p.low)
            && !plural_speakers
    }

    /// Whether a short quotation is a word in quotation marks, not someone's words, even under a
    /// cue before it (a closing attribution, `“…” said Roe`, makes it spoken): one or two words after a determiner that name something inside the noun phrase
    /// ("its “Falcon” drone") or head it before its verb ("a “polar vortex” could settle"; an
    /// adjective before a noun, "a “mild” sprain", stays someone's), or a short phrase a noun for a
    /// word introduces ("the term “X”", "a phrase we use, “transfer trauma”, and …").
    pub(super) fn word_as_such(&self, qi: usize, qt: usize, content: &str) -> bool {
        let t = &self.toks;
        if qt == 0 {
            return false;
        }
        let words = content_words(content);
        let capital = content.chars().next().is_some_and(char::is_uppercase);
        let p = &t[qt - 1];
        let in_phrase = words <= 2
            && !content.contains([',', '.', ';', ':', '!', '?'])
            && p.is_word()
            && !p.cap
            && lx::is_determiner(&p.low)
            && !lx::is_number_word(&p.low)
            && t.get(qt + 1).is_some_and(|n| {
                n.is_word()
                    && n.sent == t[qt].sent
                    && n.start > self.raw[qi].content.end as usize
                    && (lx::is_auxiliary(&n.low)
                        || capital
                            && !lx::is_preposition(&n.low)
                            && !lx::is_conjunction(&n.low)
                            && !lx::is_function_word(&n.low))
            });
        let named_phrase = words <= 3
            && !capital
            && !content.contains(['.', ';', '!', '?'])
            && (p.is_word() && lx::is_naming_noun(&p.low)
                || p.is_punct(',')
                    && (qt.saturating_sub(5)..qt - 1)
                        .any(|k| t[k].is_word() && t[k].sent == t[qt].sent && lx::is_naming_noun(&t[k].low)));
        in_phrase || named_phrase
    }

    /// Whether a verb of speech governs the quotation: a cue after it, or one of saying,
    /// telling, writing or chanting before it (a title case slogan can be said).
    pub(super) fn spoken(&self, f: &Found) -> bool {
        f.how == Attribution::CueAfter
            || f.cue.as_ref().and_then(|c| lx::cue_lemma(&c.0.to_lowercase())).is_some_and(lx::is_utterance_verb)
    }
}

/// Words shaped like a name or a title, not a sentence: every word capitalised but for short
/// function words ("Cowboys and Indians", "Storm Area 51, They Can't Stop All of Us"), at most
/// twelve words, two or more; or one code-like token with a figure or an inner capital
/// ("COVID-19", "2019-nCoV").
pub(super) fn name_shaped(content: &str) -> bool {
    let words: Vec<&str> = content
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';' | '!' | '?' | '“' | '”' | '"'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.is_empty() || words.len() > 12 || content.trim_end().ends_with(['?', '!']) {
        return false;
    }
    if words.len() == 1 {
        let w = words[0];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let inner_cap = w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase);
        return letters >= 1 && (w.chars().any(|c| c.is_ascii_digit()) || inner_cap);
    }
    let small = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "and" | "the" | "a" | "an" | "for" | "in" | "on" | "to" | "at" | "by" | "or" | "vs" | "&"
        )
    };
    words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || small(w))
        && words.first().is_some_and(|w| !small(w) || w.starts_with(char::is_uppercase))
}

//! Speech events: a verb of saying with its subject, "according to X", "X’s declaration that",
//! and the headline form `NAME: “…”`.

use super::*;

impl Doc<'_> {
    pub(super) fn find_events(&self) -> Vec<Event> {
        let t = &self.toks;
        let mut out = Vec::new();
        for i in 0..t.len() {
            let w = &t[i];
            if !w.is_word() {
                if w.is_punct(':') && t.get(i + 1).is_some_and(|n| n.quote().is_some() && n.para == w.para) {
                    let (slo, _) = self.sent_range(w.sent);
                    if let Some(r) = self.np_run(slo, i) {
                        if r.0 == slo
                            && r.1 - r.0 <= 8
                            && self.toks[r.0..r.1].iter().any(|x| x.cap)
                            && self.info(r).is_some_and(|n| n.named || n.kind == SpeakerKind::Person)
                        {
                            out.push(Event { kind: EvKind::Colon, cue: (i, i + 1), subj: r, spk: None, weak: false });
                        }
                    }
                }
                continue;
            }
            let (slo, shi) = self.sent_range(w.sent);
            if w.low == "according" && t.get(i + 1).is_some_and(|n| n.is("to")) {
                if let Some(r) = self.according_np(i + 2, shi) {
                    out.push(Event { kind: EvKind::AccordingTo, cue: (i, i + 2), subj: r, spk: None, weak: false });
                }
                continue;
            }
            if lx::is_speech_noun(&w.low) && i > slo && t[i - 1].is_possessive() {
                // "called Revik’s remarks “a fabrication”": the object of a verb, not a cue.
                let mut b = i - 1;
                while b > slo && t[b - 1].is_word() && t[b - 1].cap && !t[b - 1].is_possessive() {
                    b -= 1;
                }
                // "called the board’s statement “insulting”": over the possessor's determiner.
                if b > slo + 1 && t[b - 1].is_word() && !t[b - 1].cap && lx::is_determiner(&t[b - 1].low) {
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
                        out.push(Event { kind: EvKind::SpeechNoun, cue: (i, i + 1), subj: r, spk: None, weak: false });
                    }
                }
                continue;
            }
            // "…, quoting KCNA": the source is the phrase after ("According to Yonhap, quoting KCNA").
            if matches!(w.low.as_str(), "quoting" | "citing") && !w.cap {
                if let Some(r) = self.np_after(i + 1, shi) {
                    if self.info(r).is_some_and(|n| n.named || n.kind != SpeakerKind::Unknown) {
                        out.push(Event { kind: EvKind::Quoting, cue: (i, i + 1), subj: r, spk: None, weak: false });
                        continue;
                    }
                }
            }
            let lemma = match lx::cue_lemma(&w.low) {
                Some(l) => l,
                None => match self.statement_verb(i, shi) {
                    Some(l) => l,
                    None => continue,
                },
            };
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
                    if !(np_word(p) && (p.cap || is_figure(&p.low) || k == i && !looks_verbal(&p.low))) {
                        break;
                    }
                    k -= 1;
                }
                // After a preposition (and one modifier) it is a noun: "pressed her on nursing
                // notes that …", "in a report" ("of" ends a subject: "One article of impeachment
                // notes that").
                let after_prep = (1..=2).any(|d| {
                    i >= slo + d
                        && t[i - d].is_word()
                        && !t[i - d].cap
                        && lx::is_preposition(&t[i - d].low)
                        && !t[i - d].is("of")
                        && (d == 1 || t[i - 1].is_word() && !t[i - 1].cap)
                });
                if after_prep && !w.low.ends_with("ed") {
                    continue;
                }
                let before_punct =
                    next.is_none_or(|n| matches!(n.kind, TK::Punct(',' | '.' | ';' | ')' | '?' | '!')) || n.is("of"));
                // Right after a noun that can speak it is a verb even at the clause's end: "“…,” the
                // filing states."
                if after_det || before_punct && !w.low.ends_with("ed") && !after_noun {
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
            if p > slo && t[p - 1].is_word() && passive_aux(&t[p - 1].low) && !w.low.ends_with("ing") {
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
            // "“…,” said X": a verb right after a quotation, its subject after it.
            // "it" after the verb is its object, or opens the clause it governs ("known as
            // “Skyward Lattice,” insisted it remained …"): then the subject is before.
            let it_after = next.is_some_and(|n| n.is("it"));
            if !participial && self.right_after_quote(i) && !it_after {
                if let Some(r) = self.np_after(i + 1, shi) {
                    if self.info(r).is_some_and(|n| n.named || n.pronoun.is_some() || n.kind != SpeakerKind::Unknown) {
                        out.push(Event {
                            kind: EvKind::Verb { lemma, participial },
                            cue: (i, i + 1),
                            subj: r,
                            spk: None,
                            weak: false,
                        });
                    }
                }
                continue;
            }
            // A gerund after a preposition is an adverbial ("by pleading guilty"), not a report.
            if lx::is_gerund(&w.low) && prev.is_some_and(|p| p.is_word() && lx::is_preposition(&p.low)) {
                continue;
            }
            let mut weak = false;
            let subj = if participial {
                // "X …, saying": the subject of the clause; "reported saying" uses the finite verb's;
                // a participle right after a noun phrase is that phrase's ("an order by the
                // commandant directing", "with Boswell stating", "the government recommending").
                let fin = prev
                    .filter(|p| p.is_word() && lx::cue_lemma(&p.low).is_some() && !lx::is_gerund(&p.low))
                    .map(|_| i - 1);
                let next_to = (lx::is_gerund(&w.low) && prev.is_some_and(|p| p.is_word()))
                    .then(|| self.np_run(slo, i))
                    .flatten()
                    .filter(|&r| r.1 == i);
                let adjacent = next_to.filter(|&r| {
                    // Not a document ("released a statement saying", "on record saying"): the
                    // one who wrote it speaks.
                    r.1 == i
                        && self.info(r).is_some_and(|n| {
                            n.kind != SpeakerKind::Document
                                && !lx::is_document_noun(&n.head.clone().unwrap_or_default())
                                && (n.named || n.kind != SpeakerKind::Unknown)
                        })
                });
                match (fin, adjacent) {
                    (Some(f), _) => self.np_before(slo, f).or_else(|| self.first_subject(slo, i)),
                    (None, Some(r)) => Some(r),
                    (None, None) => {
                        // After a verb of saying in the sentence, the participle goes on with its
                        // subject ("Ridership rose, the authority wrote in its report, calling
                        // …"). Otherwise, when a noun phrase that cannot speak stands right
                        // before, the clause's subject is only a guess ("they get a message
                        // stating").
                        let reporting = out
                            .iter()
                            .rev()
                            .take_while(|e| e.cue.0 >= slo)
                            .take(16)
                            .find(|e| matches!(e.kind, EvKind::Verb { participial: false, .. }) && e.subj.0 > slo)
                            .map(|e| e.subj);
                        weak = next_to.is_some() && reporting.is_none();
                        reporting.or_else(|| self.first_subject(slo, i)).or_else(|| self.np_before(slo, i))
                    }
                }
            } else if prev.is_some_and(|p| p.is("and") || p.is("but")) {
                // A second verb of the same subject: "Ochoa acknowledged that … but said the
                // committee had been “kept in the dark”".
                out.iter()
                    .rev()
                    .take_while(|e| e.cue.0 >= slo)
                    .take(16)
                    .find(|e| matches!(e.kind, EvKind::Verb { participial: false, .. }))
                    // Not past another verb ("states that the man refused to leave and told"):
                    // the conjunction joins that verb's predicate.
                    .filter(|e| {
                        !t[e.cue.1..i - 1]
                            .iter()
                            .any(|x| x.is_word() && !x.cap && x.low.len() > 3 && x.low.ends_with("ed"))
                    })
                    .map(|e| e.subj)
                    .or_else(|| self.np_before(slo, i))
                    .or_else(|| self.first_subject(slo, i))
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
            // Who cites or quotes passes on someone else's words: a guess at best ("The Guardian
            // cited examples, including: “…”").
            let weak = weak || matches!(lemma, "cite" | "quote");
            out.push(Event { kind: EvKind::Verb { lemma, participial }, cue: (i, i + 1), subj, spk: None, weak });
        }
        // A verb inside the phrase of "according to ..." is part of that phrase.
        // (Phrases in order, with the furthest end reached so far: one binary search per verb.)
        let mut according: Vec<(usize, usize)> =
            out.iter().filter(|e| e.kind == EvKind::AccordingTo).map(|e| (e.cue.0, e.subj.1)).collect();
        let mut reach = 0;
        for p in &mut according {
            reach = reach.max(p.1);
            p.1 = reach;
        }
        out.retain(|e| {
            let before = according.partition_point(|&(a, _)| a < e.cue.0);
            !matches!(e.kind, EvKind::Verb { .. }) || before == 0 || according[before - 1].1 <= e.cue.0
        });
        out
    }

    /// Whether token `i` comes right after a quotation of its sentence, past a comma or a dash
    /// ("“…,” said X").
    pub(super) fn right_after_quote(&self, i: usize) -> bool {
        let t = &self.toks;
        let mut k = i;
        while k > 0 && t[k - 1].para == t[i].para && matches!(t[k - 1].kind, TK::Punct(',' | '—' | '–' | '-')) {
            k -= 1;
        }
        k > 0 && t[k - 1].para == t[i].para && t[k - 1].quote().is_some()
    }

    /// "issued a statement", "released a letter", "gave an interview": a verb that reports speech
    /// with a noun of speech or writing as its object (within three words).
    pub(super) fn statement_verb(&self, i: usize, hi: usize) -> Option<&'static str> {
        let t = &self.toks;
        let lemma = lx::statement_verb_lemma(&t[i].low)?;
        let object = (i + 1..hi.min(i + 5)).take_while(|&k| t[k].is_word()).find(|&k| {
            let w = t[k].low.as_str();
            lx::is_speech_noun(w)
                || lx::is_document_noun(w)
                || matches!(w, "interview" | "speech" | "address" | "remarks")
        })?;
        (i + 1..object)
            .all(|k| !t[k].cap && (lx::is_determiner(&t[k].low) || !lx::outside_noun_phrase(&t[k].low)))
            .then_some(lemma)
    }

    /// The source in "according to X": the first proper name of the phrase ("a 2021 report from
    /// the Open Data Institute" → "Open Data Institute"), else the phrase.
    pub(super) fn according_np(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let r = self.np_after(i, hi)?;
        let t = &self.toks;
        let src = (r.0..r.1)
            .position(|k| t[k].is_word() && matches!(t[k].low.as_str(), "from" | "by" | "of"))
            .map(|p| r.0 + p);
        if let Some(s) = src {
            // "a report from X", "a statement released by X": the author.
            let doc_before = (r.0..s).any(|k| lx::is_document_noun(&t[k].low) || lx::is_speech_noun(&t[k].low));
            let participle = t[s - 1].low.ends_with("ed") || lx::statement_verb_lemma(&t[s - 1].low).is_some();
            if s + 1 < r.1
                && (lx::is_document_noun(&t[s - 1].low)
                    || lx::is_speech_noun(&t[s - 1].low)
                    || doc_before && participle)
            {
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
}

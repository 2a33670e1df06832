//! Assignment: each quotation's speaker, cue and kind, from the speech events around it.

use super::*;

impl Doc<'_> {
    pub(super) fn attribute_quotes(&self, events: &[Event]) -> Vec<Quote> {
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
            let content = &self.text[self.raw[qi].content.range()];
            let f = self.attribute_one(qi, qt, events, &hist, &found, set_off);
            let f = self.not_self_named(f, content, &hist);
            let words = content_words(content);
            let sentence_like = {
                let first = content.chars().find(|c| c.is_alphanumeric());
                first.is_some_and(char::is_uppercase) || words >= 5
            };
            let after_comma = qt > 0 && self.toks[qt - 1].is_punct(',') && self.toks[qt - 1].para == self.toks[qt].para;
            // A short name set off by a comma ("the group, “Fancy Bear”, said") is no sentence.
            let short_name = after_comma && words <= 3 && !lx::ends_with_terminal(content) && !ends_comma(content);
            let full = match self.woven_or_direct(qt, content) {
                Some(direct) => direct,
                None => set_off && sentence_like && !short_name,
            };
            // Woven words are someone's when a cue governs them, or when a turn goes on over three
            // words or more; a shorter uncued phrase is a scare quote.
            let governed = f.cued() || f.how == Attribution::SameSentence || f.how == Attribution::DocumentSubject;
            let continued = f.spk.is_some() && words >= 3 && f.how != Attribution::Echo;
            // A name or a title in quotation marks is a term, not someone's words: what a naming
            // verb right before it gives ("a user labelled “Anonymous”", "a print called “Cowboys
            // and Indians”"), or words shaped like a name ("The Internet Explorer 6 Countdown",
            // "COVID-19") that no verb of speech governs.
            // In apposition ("his event, “Storm Area 51”, was posted") or after a preposition
            // ("says on “The Internet Explorer 6 Countdown”") such words are a name whatever verb
            // stands before.
            let shaped = super::kinds::name_shaped(content);
            let apposed = qt >= 2
                && (self.toks[qt - 1].is_punct(',')
                    && (ends_comma(content) || self.toks.get(qt + 1).is_some_and(|n| n.is_punct(',')))
                    && self.toks[qt - 2].is_word()
                    || self.toks[qt - 1].is_word() && lx::is_preposition(&self.toks[qt - 1].low));
            let named_thing = self.naming_verb_before(qt)
                || (f.how != Attribution::CueAfter && self.word_as_such(qi, qt, content))
                || shaped && (apposed || !self.spoken(&f));
            let (f, kind) = if named_thing {
                (Found::none(), QuoteKind::Term)
            } else if full {
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
        // echoing the body): the same speaker. A headline or a subhead that repeats a quotation
        // of the body is an echo of it even when it has a speaker of its own, so that it is not
        // counted twice. Found through the word pairs of the credited quotations: linear.
        // (Each quotation's words normalised once and borrowed, not copied a word at a time.)
        let normed = |o: usize| norm(&self.text[self.raw[o].content.range()]);
        let named: Vec<usize> =
            (0..n).filter(|&o| self.qtok[o] != usize::MAX && found[o].spk.as_ref().is_some_and(|s| s.named)).collect();
        let named_texts: Vec<String> = named.iter().map(|&o| normed(o)).collect();
        let named_words: Vec<Vec<&str>> = named_texts.iter().map(|t| t.split(' ').collect()).collect();
        let mut pairs: crate::lexicon::FnvMap<(&str, &str), Vec<(usize, usize)>> = Default::default();
        for (x, ws) in named_words.iter().enumerate() {
            for p in 0..ws.len().saturating_sub(1) {
                pairs.entry((ws[p], ws[p + 1])).or_default().push((x, p));
            }
        }
        let mut echo_of: Vec<Option<usize>> = vec![None; n];
        for qi in 0..n {
            if self.qtok[qi] == usize::MAX {
                continue;
            }
            let has_speaker = found[qi].spk.as_ref().is_some_and(|s| s.named);
            let heading = self.is_heading(self.raw[qi].first_para);
            if has_speaker && !heading {
                continue;
            }
            let me_text = normed(qi);
            let me: Vec<&str> = me_text.split(' ').collect();
            // A headline may repeat a short quotation whole ("‘a disgrace’, say parents").
            let short = me.iter().filter(|w| !lx::outside_noun_phrase(w) && !lx::is_determiner(w)).count() < 2;
            if me.len() < 2 || short && !heading {
                continue;
            }
            let Some(places) = pairs.get(&(me[0], me[1])) else {
                continue;
            };
            let other = places
                .iter()
                .take(64)
                .find(|&&(x, p)| {
                    let o = named[x];
                    o != qi
                        && !self.is_heading(self.raw[o].first_para)
                        && named_words[x][p..].starts_with(&me)
                        && (!short || p == 0 && named_words[x].len() == me.len())
                })
                .map(|&(x, _)| named[x]);
            if let Some(o) = other {
                echo_of[qi] = Some(o);
                if !has_speaker {
                    let mut s = found[o].spk.clone().expect("checked");
                    s.inferred = true;
                    // A verb of its own ("‘…,’ former nurse tells jury") stays its cue.
                    let cue = if found[qi].cued() { found[qi].cue.clone() } else { None };
                    found[qi] = Found { spk: Some(s), cue, how: Attribution::Echo };
                    if kinds[qi] == QuoteKind::Term {
                        kinds[qi] = QuoteKind::Partial;
                    }
                }
            }
        }
        // Output positions of the quotations (those with a token).
        let mut out_index = vec![u32::MAX; n];
        let mut next = 0u32;
        for qi in 0..n {
            if self.qtok[qi] != usize::MAX {
                out_index[qi] = next;
                next += 1;
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
                    basis: self.basis_of(f, r.first_para),
                    echo_of: echo_of[qi].map(|o| out_index[o]),
                    paragraphs,
                    unclosed: r.close.is_none(),
                }
            })
            .collect()
    }

    /// How a quotation's speaker was found (see [`Basis`]).
    pub(super) fn basis_of(&self, f: &Found, first_para: usize) -> Basis {
        let Some(s) = &f.spk else { return Basis::None };
        if s.guessed {
            return Basis::Guessed;
        }
        // Named, unless what the sentence gives is a description or a surname the article never
        // gives in full ("a spokesman", "the father", "Ms Bauchtman").
        let described = !s.named
            || s.kind == SpeakerKind::Person
                && s.name.as_deref().is_some_and(|n| !n.contains(' ') && !self.mentions.is_full_name_known(n));
        let named_or_resolved = if s.resolved {
            Basis::Resolved
        } else if described {
            Basis::Described
        } else {
            Basis::Named
        };
        let carried = if described { Basis::Described } else { Basis::Carried };
        match f.how {
            Attribution::None => Basis::None,
            Attribution::CueAfter
            | Attribution::CueBefore
            | Attribution::AccordingTo
            | Attribution::SpeechNoun
            | Attribution::Colon
            | Attribution::Asked
            | Attribution::SameSentence => named_or_resolved,
            Attribution::PreviousSentence | Attribution::Continuation | Attribution::Holder => {
                if self.para_at(s.span.start as usize) < first_para {
                    Basis::CarriedOver
                } else {
                    carried
                }
            }
            Attribution::DocumentSubject | Attribution::ClauseSubject | Attribution::Echo | Attribution::Introduced => {
                Basis::Guessed
            }
        }
    }

    pub(super) fn cue_of(&self, e: &Event) -> (String, Span) {
        let s = Span::new(self.toks[e.cue.0].start, self.toks[e.cue.1 - 1].end);
        (self.text[s.range()].to_string(), s)
    }

    pub(super) fn found_from(&self, e: &Event, how: Attribution) -> Found {
        let how = match e.kind {
            EvKind::AccordingTo => Attribution::AccordingTo,
            EvKind::SpeechNoun => Attribution::SpeechNoun,
            EvKind::Colon => Attribution::Colon,
            _ => how,
        };
        // A noun of speech ("Trump’s declaration that “…”") is no word of saying: no cue.
        let cue = if matches!(e.kind, EvKind::Colon | EvKind::SpeechNoun) { None } else { Some(self.cue_of(e)) };
        Found { spk: e.spk.clone(), cue, how }
    }

    pub(super) fn attribute_one(
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
        // The nearest cue before the quotation in its sentence, after any earlier quotation, not
        // inside a clause that closes before it ("— which the BBC noted —").
        let prev_q = (slo..qt).rev().find(|&k| t[k].quote().is_some());
        let lo = prev_q.map_or(slo, |p| p + 1);
        let from = events.partition_point(|e| e.cue.0 < lo);
        let to = events.partition_point(|e| e.cue.0 < qt);
        let ev = events[from..to]
            .iter()
            .filter(|e| e.cue.1 <= qt && e.spk.is_some())
            .filter(|e| !self.in_closed_clause(e, lo, qt))
            .max_by_key(|e| (e.kind != EvKind::Colon, e.cue.0));
        // 1. A closing attribution: “…,” X said / said X / according to X. A verb of saying
        // before the quotation in its clause is the speaker's, and a closing "according to" then
        // names who reported it ("Pelosi called it a “breach …,” according to NBC").
        if let Some(f) = self.after(qi, qt, events, hist, content) {
            let verb_before = ev.filter(|e| matches!(e.kind, EvKind::Verb { participial: false, .. }));
            match verb_before {
                Some(e) if f.how == Attribution::AccordingTo => return self.found_from(e, Attribution::CueBefore),
                _ => return f,
            }
        }
        // 2. A cue before the quotation in its sentence. After "X bragged …, saying" the verb that
        // frames the quotation is "bragged": "saying" only carries it on (a participle with a
        // meaning of its own, "writing", "stating", "adding", is the cue).
        if let Some(e) = ev {
            let mut f = self.found_from(e, Attribution::CueBefore);
            if matches!(e.kind, EvKind::Verb { participial: true, lemma: "say" }) {
                let name = e.spk.as_ref().and_then(|s| s.name.clone());
                let frame = events[from..to].iter().rev().filter(|x| x.cue.0 < e.cue.0).find(|x| {
                    matches!(x.kind, EvKind::Verb { participial: false, .. })
                        && x.spk.as_ref().and_then(|s| s.name.clone()) == name
                        && name.is_some()
                });
                if let Some(x) = frame {
                    f.cue = Some(self.cue_of(x));
                }
            }
            return f;
        }
        // 2a. "according to X" closing the sentence, after a comma, credits everything the
        // sentence says: "Prices stayed “stubbornly high” through March, according to the survey."
        {
            // Up to the next quotation of the sentence (each stretch is looked at once: linear).
            let (_, shi) = self.sent_range(q.sent);
            let next_q = (qt + 1..shi).find(|&k| t[k].quote().is_some()).unwrap_or(shi);
            let from = events.partition_point(|e| e.cue.0 <= qt);
            let to = events.partition_point(|e| e.cue.0 < next_q);
            let closing =
                events[from..to].iter().find(|e| e.kind == EvKind::AccordingTo && t[e.cue.0 - 1].is_punct(','));
            if let Some(e) = closing.filter(|e| e.spk.is_some()) {
                return self.found_from(e, Attribution::AccordingTo);
            }
        }
        // 2b. A quotation set off after the clause whose subject it completes: "Trump, also on
        // Twitter, defended his decision, “…”", "Bolton gave a different account, speaking via
        // Twitter: “…”".
        if set_off && qt > lo && matches!(t[qt - 1].kind, TK::Punct(':' | ',')) {
            if let Some(f) = self.clause_subject(lo, qt, hist) {
                return f;
            }
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
            // An event of an earlier sentence (one of this sentence that does not govern the
            // quotation, inside a relative clause, does not either).
            let prev_event = events[..upto]
                .iter()
                .rev()
                .take_while(|e| t[e.cue.0].para == para)
                .filter(|e| t[e.cue.0].sent < q.sent)
                .find(|e| e.spk.as_ref().is_some_and(|s| s.name.is_some()));
            let pq_tok = prev_quote.map(|o| self.qtok[o]);
            // A sentence of action right before, whose subject is a person named ("Reyes shook
            // his head. “…”"): the beat hands the turn to that person (a guess).
            if pq_tok.is_some() && set_off {
                if let Some(f) = self.beat_subject(qt, events) {
                    return f;
                }
            }
            match (pq_tok, prev_event) {
                (Some(pt), Some(e)) if e.cue.0 > pt => {
                    return self.found_from(e, Attribution::PreviousSentence).continued(Attribution::PreviousSentence)
                }
                (Some(_), _) => {
                    let o = prev_quote.expect("some");
                    if let Some(s) = &found[o].spk {
                        let mut s = s.clone();
                        s.inferred = true;
                        return Found { spk: Some(s), cue: None, how: Attribution::Continuation };
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
        // The one person the paragraph names before the quotation, when nobody in it speaks: news
        // introduces a speaker, then quotes them ("… leaving Ingram unimpressed. “One of them was
        // questionable.”"); a guess, before the previous paragraph's speaker.
        if set_off && !fresh_subject {
            if let Some(f) = self.introduced(qt) {
                return f;
            }
        }
        // A person named right after the quotation's closing comma, with a verb the lexicon lacks
        // ("“…,” Ray Dunn whispered"): a guess, before the previous paragraph's speaker.
        if let Some(f) = self.named_after(qt).filter(|_| ends_comma(content)) {
            return f;
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
        if alone && !lx::ends_with_terminal(content) && !ends_comma(content) {
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
            return Found { spk: Some(s), cue: None, how: Attribution::Continuation };
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

    /// Whether an event sits in a clause that closes before the quotation: a relative clause
    /// ("who said he …, “…”", ", which the BBC noted as unusual, “…”"), a parenthesis or a pair of
    /// dashes.
    pub(super) fn in_closed_clause(&self, e: &Event, lo: usize, qt: usize) -> bool {
        let t = &self.toks;
        let s = e.subj.0.min(e.cue.0);
        let closes = |c: &dyn Fn(&Tok) -> bool| (e.cue.1.max(e.subj.1)..qt).any(|k| c(&t[k]));
        if t[s].is("who") || t[s].is("which") {
            return closes(&|x: &Tok| x.is_punct(','));
        }
        let Some(b) = (lo..s).rev().find(|&k| matches!(t[k].kind, TK::Punct(',' | '(' | '—' | '–'))) else {
            return false;
        };
        match t[b].kind {
            TK::Punct('(') => closes(&|x: &Tok| x.is_punct(')')),
            TK::Punct('—' | '–') => closes(&is_dash_tok),
            _ => {
                t.get(b + 1).is_some_and(|n| matches!(n.low.as_str(), "who" | "which" | "whom" | "whose"))
                    && closes(&|x: &Tok| x.is_punct(',') || is_dash_tok(x))
            }
        }
    }

    /// The subject of the clause before a set-off quotation, when it can speak (see step 2b of
    /// `attribute_one`), with the clause's verb as the cue.
    pub(super) fn clause_subject(&self, lo: usize, qt: usize, hist: &[(usize, Spk)]) -> Option<Found> {
        let t = &self.toks;
        let r = self.first_subject(lo, qt)?;
        let info = self.info(r)?;
        let speaks = info.pronoun.is_some()
            || info.named && info.kind != SpeakerKind::Document
            || matches!(info.kind, SpeakerKind::Person | SpeakerKind::Group | SpeakerKind::Organisation);
        if !speaks {
            return None;
        }
        let spk = self.resolve(r, hist)?;
        // The cue: the nearest verb of saying of the clause ("speaking"), else its first verb.
        let words = (r.1..qt).filter(|&k| t[k].is_word() && !t[k].cap);
        let cue = (r.1..qt).rev().find(|&k| t[k].is_word() && !t[k].cap && lx::cue_lemma(&t[k].low).is_some()).or_else(
            || {
                words.into_iter().find(|&k| {
                    let w = t[k].low.as_str();
                    !lx::is_pre_verb_filler(w) && !lx::is_preposition(w) && !lx::is_determiner(w) && looks_verbal(w)
                })
            },
        );
        let cue = cue.map(|k| (self.text[t[k].start..t[k].end].to_string(), Span::new(t[k].start, t[k].end)));
        Some(Found { spk: Some(Spk { inferred: true, ..spk }), cue, how: Attribution::ClauseSubject })
    }

    /// "Asked (by X) if/whether/about … “…”," — the quotation sits in the question.
    pub(super) fn asked_clause(&self, qt: usize, slo: usize) -> Option<Found> {
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
    pub(super) fn after(
        &self,
        qi: usize,
        qt: usize,
        events: &[Event],
        hist: &[(usize, Spk)],
        content: &str,
    ) -> Option<Found> {
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
        // "“…” last week, according to X": a time phrase may come first.
        let mut a = j;
        while a < hi
            && a < j + 4
            && t[a].is_word()
            && (lx::is_time_word(&t[a].low)
                || matches!(t[a].low.as_str(), "week" | "month" | "year" | "night" | "morning" | "on" | "in"))
        {
            a += 1;
        }
        while a < hi && t[a].is_punct(',') {
            a += 1;
        }
        if a > j && a + 1 < hi && t[a].is("according") && t[a + 1].is("to") {
            let from = events.partition_point(|e| e.cue.0 < a);
            if let Some(e) = events[from..].iter().take_while(|e| e.cue.0 == a).find(|e| e.kind == EvKind::AccordingTo)
            {
                return Some(self.found_from(e, Attribution::AccordingTo));
            }
        }
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
                    || (j..e.subj.0).all(|m| {
                        t[m].is_punct(',')
                            || t[m].is_word() && !lx::is_conjunction(&t[m].low) && !lx::is_wh_word(&t[m].low)
                    }) && t[e.subj.0 - 1].is_punct(','))
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
    pub(super) fn closing_ok(&self, from: usize, hi: usize) -> bool {
        let t = &self.toks;
        let mut k = from;
        // "told reporters", "told CNN": one short object.
        if k < hi
            && t[k].is_word()
            && (t[k].cap || lx::is_object_pronoun(&t[k].low) || lx::person_noun(&t[k].low) == Some(true))
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
        matches!(w.kind, TK::Punct(',' | ')' | '('))
            || w.is_word()
                && (lx::is_preposition(&w.low) || lx::is_time_word(&w.low) || w.low.ends_with("ly") || w.low == "in")
    }
}

//! Resolution: what a speaker's phrase stands for in the document (a name, the antecedent of a
//! pronoun, the referent of a description, the author of a document).

use super::*;

impl Doc<'_> {
    pub(super) fn resolve_events(&self, mut events: Vec<Event>) -> Vec<Event> {
        let mut hist: Vec<(usize, Spk)> = Vec::new();
        for e in &mut events {
            let mut spk = self.resolve(e.subj, &hist);
            if let Some(s) = spk.as_mut() {
                s.guessed |= e.weak;
            }
            if let Some(s) = &spk {
                let at = hist.partition_point(|(p, _)| *p <= e.subj.0);
                hist.insert(at, (e.subj.0, s.clone()));
            }
            e.spk = spk;
        }
        // A document's verb inside what someone says of it ("the institute said the results
        // showed that …", "Grant said the audit found …"): the quoted words are the one who
        // reports the finding, so the document's event gives way to the verb of saying around it.
        let mut drop = vec![false; events.len()];
        for i in 1..events.len() {
            let e = &events[i];
            let o = &events[i - 1];
            let t = &self.toks;
            if !matches!(e.kind, EvKind::Verb { .. }) || !matches!(o.kind, EvKind::Verb { participial: false, .. }) {
                continue;
            }
            let s0 = e.subj.0;
            let right_after = o.cue.1 == s0
                || o.cue.1 + 1 == s0 && t[o.cue.1].is("that")
                || o.cue.1 + 2 == s0 && t[o.cue.1].is("that");
            let adjoining = right_after && s0 < t.len() && t[s0].sent == t[o.cue.0].sent;
            // A thing that cannot speak for itself: a document, or what a study yields ("the
            // results", "the data"); not a person, a group, an organisation or a pronoun.
            let document = adjoining
                && self.info(self.trim_np(e.subj)).is_some_and(|n| {
                    matches!(n.kind, SpeakerKind::Document | SpeakerKind::Unknown) && !n.named && n.pronoun.is_none()
                });
            let outer = o.spk.as_ref().is_some_and(|s| s.kind != SpeakerKind::Document && s.name.is_some());
            if document && outer {
                drop[i] = true;
            }
        }
        let mut i = 0;
        events.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
        events
    }

    /// Resolves the phrase at token range `r` to a speaker, given the speakers met so far.
    pub(super) fn resolve(&self, r: (usize, usize), hist: &[(usize, Spk)]) -> Option<Spk> {
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
            return Some(Spk {
                written,
                span,
                name,
                kind,
                named: false,
                inferred: true,
                resolved: true,
                guessed: false,
                sure: false,
                head: None,
            });
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
                "i" if written == "I" && self.interviewee(at).is_some() => {
                    let name = self.interviewee(at)?;
                    return Some(Spk::resolved(written, span, Some(name), SpeakerKind::Person, true, None));
                }
                _ => return Some(Spk::resolved(written, span, None, SpeakerKind::Person, false, None)),
            };
            let found = self.antecedent(at, want, hist);
            return Some(match found {
                Some((name, kind)) => Spk::resolved(written, span, Some(name), kind, true, None),
                None => Spk::resolved(written, span, None, info.kind, false, None),
            });
        }
        if info.named {
            let mut name = info.name.clone();
            let mut kind = info.kind;
            if let Some(full) = self.mentions.expand_acronym(&name) {
                name = full;
                kind = SpeakerKind::Organisation;
            }
            if kind != SpeakerKind::Organisation && kind != SpeakerKind::Document {
                if let Some(full) = self.mentions.expand_person(&name) {
                    name = full;
                    kind = SpeakerKind::Person;
                } else if let Some(full) = self.mentions.expand_org(&name).filter(|_| !name.contains(' ')) {
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
            // A name the article also calls by its first word alone, with no title and nothing
            // said of its sex, is an organisation's: "Callister Foods said …" ¶ "Callister
            // reported …" (news calls a person by the surname, a company by its first word).
            if kind == SpeakerKind::Person
                && info.titles.is_empty()
                && !self.mentions.is_titled(&name)
                && self.mentions.called_by_first_word(&name)
                && self.sex_key(&name).and_then(|k| self.genders.get(&k)).is_none()
            {
                kind = SpeakerKind::Organisation;
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
                resolved: false,
                guessed: false,
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
            return Some(Spk::resolved(
                written,
                span,
                Some(strip_article(&name).to_string()),
                SpeakerKind::Organisation,
                false,
                None,
            ));
        }
        // A document whose own phrase says who made it, definite or not: "A report released last
        // year by the state auditor general", "A 2024 analysis by the Rocky Mountain Education
        // Policy Center". Both are shown: "A report (state auditor general)".
        if info.kind == SpeakerKind::Document {
            let own =
                (r.0..r.1).rev().find(|&k| self.toks[k].is_word() && info.head.as_deref() == Some(&self.toks[k].low));
            if let Some((name, kind, _)) = own.and_then(|k| self.document_author_at(k, hist)) {
                return Some(Spk::resolved(written, span, Some(name), kind, false, info.head.clone()));
            }
        }
        // A document or people described by an organisation the article names: "the district’s
        // facilities report" (the district's), "council officers" (the council's), "Police said"
        // (the one police force named). Both are shown: "Police (Akron Police Department)".
        if let Some(org) = self.owning_org(r, &info, hist) {
            return Some(Spk::resolved(written, span, Some(org), SpeakerKind::Organisation, false, info.head.clone()));
        }
        // "A shopper who gave her name only as Ana": the name the article gives.
        if info.kind == SpeakerKind::Person && !info.named {
            if let Some(name) = self.given_name_after(r) {
                return Some(Spk::resolved(written, span, Some(name), SpeakerKind::Person, false, info.head.clone()));
            }
        }
        // "My coach", "her lawyer": the one person the article names in that role ("Kovač’s
        // coach, Ivo Barić").
        if info.kind == SpeakerKind::Person && !info.named {
            if let Some(name) = self.role_named(&info, span.start as usize) {
                return Some(Spk::resolved(written, span, Some(name), SpeakerKind::Person, false, info.head.clone()));
            }
        }
        let titled = info.kind == SpeakerKind::Person && info.head.as_deref().is_some_and(lx::is_title_word);
        if info.definite || titled {
            if let Some((name, kind)) = self.describe(&info, span.start as usize, hist) {
                let mut s =
                    Spk::resolved(written, span, Some(name), kind, kind == SpeakerKind::Person, info.head.clone());
                // A document joined to the one who issued an earlier one of its kind ("X said in
                // a statement …" ¶ "“…,” the statement said"): inferred from context, to check.
                s.guessed = info.kind == SpeakerKind::Document
                    && self
                        .document_author(info.head.as_deref().unwrap_or(""), span.start as usize, hist)
                        .is_some_and(|a| a.2);
                return Some(s);
            }
        }
        Some(Spk {
            written,
            span,
            name: Some(info.name.clone()),
            kind: info.kind,
            named: false,
            inferred: false,
            resolved: false,
            guessed: false,
            sure: false,
            head: info.head.clone(),
        })
    }

    /// What the article says of people's sex, by surname: an honorific or a noun for a woman or a
    /// man in a title or an appositive ("Ms. Carver", "Priya Natarajan, a spokeswoman"), and the
    /// pronouns of a sentence that names one person only, or that open the next sentence
    /// ("Prosecutors say Carver diverted … She faces 14 counts"). Only "he", "she", "his",
    /// "hers" and the reflexives count: "her" and "him" may be someone else, an object.
    pub(super) fn gender_evidence(&self) -> HashMap<String, (u32, u32)> {
        let t = &self.toks;
        let mut g: HashMap<String, (u32, u32)> = HashMap::new();
        let mut add = |key: &str, feminine: bool| {
            let e = g.entry(key.to_string()).or_default();
            if feminine {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        };
        let pronoun = |x: &Tok| x.is_word() && lx::is_function_word(&x.low) && lx::gender_of(&x.low).is_some();
        // The people each sentence of the writer's text names, in order.
        let mut by_sent: Vec<(usize, String)> = Vec::new();
        for m in &self.mentions.list {
            if m.info.kind != SpeakerKind::Person || !m.info.named {
                continue;
            }
            let Some(key) = self.sex_key(&m.info.name) else {
                continue;
            };
            for title in &m.info.titles {
                if let Some(f) = lx::gender_of(title) {
                    add(&key, f);
                }
            }
            // In the writer's text (a name inside a quotation has no token of its own).
            if !self.in_writers_text(m.span.start as usize) {
                continue;
            }
            let k = t.partition_point(|x| x.start < m.span.start as usize);
            // An appositive: ", a spokeswoman for the firm", ", her husband".
            let e = t.partition_point(|x| x.start < m.span.end as usize);
            if e < t.len() && t[e].is_punct(',') && t[e].sent == t[k].sent {
                for x in t[e + 1..].iter().take(5).take_while(|x| x.is_word()) {
                    if let Some(f) = lx::gender_of(&x.low).filter(|_| !pronoun(x)) {
                        add(&key, f);
                        break;
                    }
                }
            }
            // An appositive before: "A Larkspur spokesman, Grant Feeney,", "Her mother, Andrea
            // Bishop,".
            if k >= 2 && t[k - 1].is_punct(',') && t[k - 2].sent == t[k].sent {
                let noun = &t[k - 2];
                if let Some(f) = lx::gender_of(&noun.low).filter(|_| noun.is_word() && !pronoun(noun)) {
                    add(&key, f);
                }
            }
            if by_sent.last().is_none_or(|(s, kk)| *s != t[k].sent || *kk != key) {
                by_sent.push((t[k].sent, key));
            }
        }
        let mut i = 0;
        while i < by_sent.len() {
            let s = by_sent[i].0;
            let mut j = i;
            while j < by_sent.len() && by_sent[j].0 == s {
                j += 1;
            }
            let one = by_sent[i..j].iter().all(|(_, k)| *k == by_sent[i].1);
            if one {
                let (lo, hi) = self.sent_range(s);
                let mut seen = (false, false);
                for x in t[lo..hi].iter().filter(|x| pronoun(x)) {
                    if lx::gender_of(&x.low) == Some(true) {
                        seen.0 = true;
                    } else {
                        seen.1 = true;
                    }
                }
                if hi < t.len() && t[hi].para == t[lo].para && pronoun(&t[hi]) && lx::is_pronoun_subject(&t[hi].low) {
                    if lx::gender_of(&t[hi].low) == Some(true) {
                        seen.0 = true;
                    } else {
                        seen.1 = true;
                    }
                }
                if seen.0 != seen.1 {
                    add(&by_sent[i].1, seen.0);
                }
            }
            i = j;
        }
        g
    }

    /// Whom what the article says of a person's sex is kept under: the full name a surname stands
    /// for, so that two people who share a surname ("Rosa Lind", her father "Tomás
    /// Lind") are told apart; else the surname.
    pub(super) fn sex_key(&self, name: &str) -> Option<String> {
        if name.split_whitespace().count() >= 2 {
            return Some(name.to_lowercase());
        }
        match self.mentions.expand_person(name) {
            Some(full) => Some(full.to_lowercase()),
            None => surname_key(name),
        }
    }

    /// Whether byte `pos` starts a word of the writer's text (not inside a quotation).
    pub(super) fn in_writers_text(&self, pos: usize) -> bool {
        let k = self.toks.partition_point(|x| x.start < pos);
        k < self.toks.len() && self.toks[k].start == pos && self.toks[k].is_word()
    }

    /// Whether what the article says of the person named `name` rules out the pronoun at `at`
    /// ("she" for a man, "he" for a woman).
    fn other_sex(&self, at: usize, name: &str) -> bool {
        let Some(feminine) = lx::gender_of(&self.toks[at].low).filter(|_| lx::is_pronoun_subject(&self.toks[at].low))
        else {
            return false;
        };
        let Some(&(f, m)) = self.sex_key(name).and_then(|k| self.genders.get(&k)) else {
            return false;
        };
        if feminine {
            m > f
        } else {
            f > m
        }
    }

    /// The antecedent of a pronoun at token `at`.
    pub(super) fn antecedent(&self, at: usize, want: Want, hist: &[(usize, Spk)]) -> Option<(String, SpeakerKind)> {
        self.antecedent_not(at, want, hist, None)
    }

    /// "He said, “Andy Warhol was …”": someone quoted speaking of a person by full name is not
    /// that person, so a pronoun's antecedent named in the quotation gives way to the next one.
    pub(super) fn not_self_named(&self, mut f: Found, content: &str, hist: &[(usize, Spk)]) -> Found {
        let Some(s) = f.spk.as_mut() else { return f };
        let personal =
            lx::is_pronoun_subject(&s.written.to_lowercase()) && lx::gender_of(&s.written.to_lowercase()).is_some();
        let Some(name) = s.name.clone().filter(|n| personal && s.resolved && n.split_whitespace().count() >= 2) else {
            return f;
        };
        if !content.contains(name.as_str()) {
            return f;
        }
        let k = self.toks.partition_point(|x| x.start < s.span.start as usize);
        if let Some((other, kind)) = self.antecedent_not(k, Want::Person, hist, Some(&name)) {
            s.name = Some(other);
            s.kind = kind;
        }
        f
    }

    /// [`Doc::antecedent`], passing over the person `not`.
    fn antecedent_not(
        &self,
        at: usize,
        want: Want,
        hist: &[(usize, Spk)],
        not: Option<&str>,
    ) -> Option<(String, SpeakerKind)> {
        let t = &self.toks[at];
        let not_key = not.and_then(surname_key);
        let other = |n: &str| not_key.is_none() || surname_key(n) != not_key;
        let sex_ok = |s: &Spk| {
            s.kind != SpeakerKind::Person || s.name.as_deref().is_none_or(|n| !self.other_sex(at, n) && other(n))
        };
        let ok = |s: &Spk| (s.named || want == Want::Group) && s.name.is_some() && want.accepts(s.kind) && sex_ok(s);
        // Near at hand, "it" may also be a name that only looks personal ("Brightwater Foods").
        let ok_near = |s: &Spk| {
            ok(s) || want == Want::Org && s.named && s.name.is_some() && s.kind == SpeakerKind::Person && !s.sure
        };
        // As the previous sentence's subject, "it" may also be an unnamed organisation ("The
        // ministry rejected that. It said ...").
        // As the previous sentence's subject, "it" may also be an unnamed organisation ("The
        // ministry rejected that. It said ..."), and "she" or "he" a person the text describes
        // without a name ("One of the victims decided to … She said …").
        let ok_subject = |s: &Spk| {
            ok_near(s)
                || want == Want::Org
                    && s.name.is_some()
                    && matches!(s.kind, SpeakerKind::Organisation | SpeakerKind::Document)
                || want == Want::Person && s.name.is_some() && s.kind == SpeakerKind::Person && sex_ok(s)
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
        // The nearest earlier speaker of this paragraph or the one before.
        if let Some((_, s)) =
            hist_before(hist, at).take_while(|(p, _)| self.toks[*p].para + 1 >= t.para).find(|(_, s)| ok(s))
        {
            return Some((s.name.clone()?, s.kind));
        }
        // A paragraph that opens with "he" or "she" goes on about the person the previous
        // paragraph ends on, its last sentence's subject ("Daniel Ortiz, a cellist, brought
        // her a cello." ¶ "“…,” he says."), before a speaker further back.
        if want == Want::Person && t.sent > 0 {
            let (plo, phi) = self.sent_range(t.sent - 1);
            if self.toks[plo].para + 1 == t.para {
                // A name only (a pronoun there is resolved by the rules below, not recursively).
                let subject = self.first_subject(plo, phi).filter(|r| !lx::is_pronoun_subject(&self.toks[r.0].low));
                if let Some(s) = subject.and_then(|r| self.resolve(r, hist)) {
                    if s.named
                        && !s.inferred
                        && s.kind == SpeakerKind::Person
                        && sex_ok(&s)
                        && s.name.as_deref().is_some_and(other)
                    {
                        return Some((s.name?, s.kind));
                    }
                }
                // A paragraph that names one person only and goes on with pronouns ("Medina has
                // put her name on waiting lists. … she plans to stay with her son." ¶ "“…,” she
                // said.") is about that person.
                let one = self.one_person_of(t.para - 1);
                if let Some(name) = one.filter(|n| other(n)) {
                    if !self.other_sex(at, &name) {
                        return Some((strip_article(&name).to_string(), SpeakerKind::Person));
                    }
                }
            }
        }
        // A person the previous sentence names ("For Kevin Allton, a USI instructor, Warhol was
        // also a legend. He said, “Andy Warhol was …”"), before a speaker further back.
        let pos = t.start;
        if want == Want::Person && t.sent > 0 {
            let (plo, _) = self.sent_range(t.sent - 1);
            if self.toks[plo].para == t.para {
                let from = self.toks[plo].start;
                let m =
                    self.mentions.before(pos).take(WINDOW).take_while(|m| m.span.start as usize >= from).find(|m| {
                        m.info.named
                            && m.info.kind == SpeakerKind::Person
                            && !self.other_sex(at, &m.info.name)
                            && other(&m.info.name)
                            && self.in_writers_text(m.span.start as usize)
                    });
                if let Some(m) = m {
                    let name = self.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone());
                    return Some((strip_article(&name).to_string(), SpeakerKind::Person));
                }
            }
        }
        // The nearest earlier speaker.
        if let Some((_, s)) = hist_before(hist, at).find(|(_, s)| ok(s)) {
            return Some((s.name.clone()?, s.kind));
        }
        // The nearest earlier mention.
        let m = self.mentions.before(pos).take(WINDOW).find(|m| {
            (m.span.start as usize) < pos
                && want.accepts(m.info.kind)
                && (m.info.named || want == Want::Person)
                && !(m.info.kind == SpeakerKind::Person && (self.other_sex(at, &m.info.name) || !other(&m.info.name)))
        })?;
        let name = if m.info.named {
            self.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone())
        } else {
            m.info.name.clone()
        };
        Some((strip_article(&name).to_string(), m.info.kind))
    }

    /// What a description ("the report", "the company", "Minister") refers to.
    pub(super) fn describe(&self, info: &NameInfo, pos: usize, hist: &[(usize, Spk)]) -> Option<(String, SpeakerKind)> {
        let head = info.head.as_deref()?;
        if info.kind == SpeakerKind::Person {
            // "the minister": the nearest person mention with that title, before, else after.
            // "A federal judge" introduces someone named later; "the judge" refers back.
            let has = |m: &&crate::quotes::names::Mention| {
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
            if let Some((name, kind, _)) = self.document_author(head, pos, hist) {
                return Some((name, kind));
            }
        }
        // An organisation named in an appositive after the description: "the union that
        // represents nurses, the Missouri Nurses Alliance, warned".
        if info.kind == SpeakerKind::Organisation {
            if let Some(org) = self.appositive_org(pos) {
                return Some((org, SpeakerKind::Organisation));
            }
        }
        // A named organisation whose name ends in the head noun: "the institute" → "Fiscal Policy
        // Institute"; or whose head comes before "of" or "for" ("Nordvik Institute for Ageing
        // Research", "University of Leeds").
        let singular = head.trim_end_matches('s');
        if let Some(m) = self.mentions.before(pos).take(WINDOW).find(|m| {
            (m.span.start as usize) < pos && m.info.named && m.info.name.split_whitespace().count() >= 2 && {
                let ws: Vec<&str> = m.info.name.split_whitespace().collect();
                let of = ws.iter().position(|w| matches!(*w, "of" | "for")).filter(|&i| i >= 1);
                let is_head = |w: &str| {
                    let w = w.to_lowercase();
                    w == head || w == singular
                };
                is_head(ws[ws.len() - 1])
                    || of.is_some_and(|i| is_head(ws[i - 1]) && m.info.kind == SpeakerKind::Organisation)
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
            // Not a name inside quotation marks: "a program the company calls “Project
            // Keystone”" names a thing, not a body that speaks.
            let m = self
                .mentions
                .before(pos)
                .take(WINDOW)
                .filter(|m| (m.span.start as usize) < pos && self.in_writers_text(m.span.start as usize))
                .take_while(|m| near(m.span.start as usize, 3))
                .find(|m| m.info.named && m.info.kind == SpeakerKind::Organisation)?;
            return Some((strip_article(&m.info.name).to_string(), SpeakerKind::Organisation));
        }
        None
    }

    /// "a 2021 report from the Data Trust", "A 2023 report by the Office of ...", "the Tribune report":
    /// the author of the nearest earlier document named by `head`.
    /// The flag is true when the author is the speaker of an earlier clause the document's phrase
    /// modifies ("X said in a statement"): a join made from context.
    pub(super) fn document_author(
        &self,
        head: &str,
        pos: usize,
        hist: &[(usize, Spk)],
    ) -> Option<(String, SpeakerKind, bool)> {
        // The writer's text only: a document named inside a quotation is rarely the one meant.
        let all = &self.toks;
        let end = all.partition_point(|t| t.start < pos);
        // The description's own document first, when it says who made it ("The report, issued
        // by X, said"), then the nearest earlier one.
        let own = (end..(end + 4).min(all.len())).take_while(|&k| all[k].is_word()).find(|&k| all[k].low == head);
        if let Some(a) = own.and_then(|k| self.document_author_at(k, hist)) {
            return Some(a);
        }
        let k = (end.saturating_sub(WINDOW * 10)..end).rev().find(|&k| all[k].is_word() && all[k].low == head)?;
        self.document_author_at(k, hist)
    }

    /// The author of the document named by word `k`.
    fn document_author_at(&self, k: usize, hist: &[(usize, Spk)]) -> Option<(String, SpeakerKind, bool)> {
        let all = &self.toks;
        // "report from/by/of X", or "by" after a participle ("a report released last month by X").
        // The participle may follow a comma: "The complaint, filed Monday by X,".
        let pp = if all.get(k + 1).is_some_and(|w| w.is_punct(',')) { k + 2 } else { k + 1 };
        let participle = all.get(pp).is_some_and(|w| {
            w.is_word() && (w.low.ends_with("ed") || matches!(w.low.as_str(), "written" | "drawn" | "made"))
        });
        let by = if participle {
            (pp + 1..(pp + 6).min(all.len())).take_while(|&b| all[b].is_word()).find(|&b| all[b].is("by"))
        } else {
            None
        };
        let pk =
            by.or_else(|| all.get(k + 1).filter(|p| matches!(p.low.as_str(), "from" | "by" | "of")).map(|_| k + 1));
        if let Some(pk) = pk {
            let (p, k) = (&all[pk], pk - 1);
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
            // A possessor is not the author: "by the Pentagon’s inspector general".
            let possessor = b > a && all[b - 1].is_possessive() && all.get(b).is_some_and(|w| w.is_word() && !w.cap);
            if b > a && !possessor {
                let info = analyse(self.text, &all[a..b], Some(&self.mentions))?;
                let name = self.mentions.expand_org(&info.name).unwrap_or(info.name);
                return Some((
                    strip_article(&name).to_string(),
                    if info.kind == SpeakerKind::Person { SpeakerKind::Person } else { SpeakerKind::Organisation },
                    false,
                ));
            }
            // A definite description: "a report released last year by the state auditor general
            // found", "a report by the Pentagon’s inspector general", when it names someone who can
            // write one (a person, a body). An indefinite one ("by an unknown author") names
            // nobody the reader can find.
            if (a > k + 2 && all[a - 1].is("the") || possessor) && p.is("by") {
                let mut b = if possessor { b } else { a };
                while b < all.len()
                    && b < a + 5
                    && all[b].is_word()
                    && all[b].sent == p.sent
                    && !all[b].cap
                    && np_word(&all[b])
                    && !lx::is_preposition(&all[b].low)
                    && lx::cue_lemma(&all[b].low).is_none_or(|l| l == all[b].low)
                {
                    b += 1;
                }
                if b > a {
                    // An office is a person: "the state auditor general".
                    let office =
                        all[a..b].iter().any(|w| lx::is_title_word(&w.low) || lx::person_noun(&w.low).is_some());
                    let name = self.text[all[a].start..all[b - 1].end].to_string();
                    match analyse(self.text, &all[a..b], Some(&self.mentions)).map(|i| i.kind) {
                        Some(kind @ (SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Group)) => {
                            return Some((name, kind, false))
                        }
                        _ if office => return Some((name, SpeakerKind::Person, false)),
                        _ => {}
                    }
                }
            }
        }
        // "X said in a statement …", "the company said Tuesday in a filing": whoever the verb of
        // saying the document's phrase modifies has as subject (a join made from context).
        let det = |w: &Tok| w.is_word() && (lx::is_determiner(&w.low) || lx::is_possessive_determiner(&w.low));
        if k >= 3 && all[k - 2].is("in") && det(&all[k - 1]) || k >= 4 && all[k - 3].is("in") && det(&all[k - 2]) {
            let i = if all[k - 2].is("in") { k - 2 } else { k - 3 };
            let (lo, _) = self.sent_range(all[k].sent);
            // Past a dated word between the verb and "in": "said Tuesday in a statement".
            let v = if i >= 2 && all[i - 1].is_word() && all[i - 1].cap && lx::cue_lemma(&all[i - 2].low).is_some() {
                i - 2
            } else {
                i - 1
            };
            if v > lo && all[v].is_word() && lx::cue_lemma(&all[v].low).is_some() {
                if let Some(s) = self.np_before(lo, v).and_then(|r| self.resolve(r, hist)) {
                    if let Some(name) = s.name.filter(|_| s.named) {
                        return Some((name, s.kind, true));
                    }
                }
            }
        }
        // "In a court filing last month, Grant wrote that …": the subject of the clause the
        // document's phrase opens.
        let opens_in =
            (1..=3).any(|d| k >= d && all[k - d].is("in") && all[k - d + 1..k].iter().all(|w| w.is_word() && !w.cap));
        if opens_in {
            let (_, hi) = self.sent_range(all[k].sent);
            if let Some(c) = (k + 1..hi.min(k + 8)).find(|&c| all[c].is_punct(',')) {
                let subject = self.first_subject(c + 1, hi);
                if let Some(info) =
                    subject.and_then(|r| analyse(self.text, &all[r.0..r.1], Some(&self.mentions))).filter(|n| n.named)
                {
                    let name = self.mentions.expand_person(&info.name).unwrap_or(info.name);
                    return Some((strip_article(&name).to_string(), info.kind, false));
                }
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
            return Some((strip_article(&name).to_string(), SpeakerKind::Organisation, false));
        }
        None
    }
}

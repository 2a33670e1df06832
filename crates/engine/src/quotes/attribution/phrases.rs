//! Noun phrases of the writer's text: the subject before a verb, the first subject of a clause,
//! the phrase after "said" or "according to", and what a phrase names.

use super::*;

impl Doc<'_> {
    /// The maximal noun-phrase run of words ending just before token `j`, not reaching below `lo`.
    pub(super) fn np_run(&self, lo: usize, j: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut k = j;
        while k > lo {
            let w = &t[k - 1];
            if !w.is_word() {
                break;
            }
            let low = w.low.as_str();
            // "Analysts at Northbridge Securities", "officials from the ministry": people and
            // where they work.
            let affiliation =
                matches!(low, "at" | "from") && k >= 2 && lx::person_noun(strip_s(&t[k - 2].low)).is_some();
            if matches!(low, "and" | "&" | "of" | "for") || affiliation {
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
                && (lx::is_quantifier(&t[k - 3].low) || lx::is_number_word(&t[k - 3].low) || t[k - 3].is("none"))
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
        // A singular determiner cannot open a phrase that ends in a plural noun for people: "a
        // move critics called", "that riders’ groups called" hold two phrases, and the speakers
        // are the second.
        if k + 1 < j && plural_speakers(&t[j - 1].low) && lx::is_singular_determiner(&t[k].low) {
            // A demonstrative goes alone ("that riders’ groups"); an article with its noun ("a move").
            k += if matches!(t[k].low.as_str(), "that" | "this") || k + 2 >= j { 1 } else { 2 };
        }
        (k < j).then_some((k, j))
    }

    /// Drops words before a name that are not part of it: "that Vance" → "Vance", "The first time
    /// Vance" → "Vance" (titles stay: "Foreign Minister Ivan Petrov").
    pub(super) fn trim_np(&self, r: (usize, usize)) -> (usize, usize) {
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
        // Nor when the name is a preposition's object: "A Western diplomat in Nairobi", "the U.S.
        // Attorney’s Office for the Southern District of New York".
        if k == r.0
            || t[k - 1].is_possessive()
            || matches!(t[k - 1].low.as_str(), "in" | "at" | "from" | "with" | "for")
        {
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
    pub(super) fn is_role_np(&self, r: (usize, usize)) -> bool {
        match self.info(r) {
            Some(i) => !i.named || i.kind != SpeakerKind::Person,
            None => true,
        }
    }

    /// A name in apposition: "Jane Doe", "state Sen. Ann Cole".
    pub(super) fn is_proper_seg(&self, r: (usize, usize)) -> bool {
        r.1 > r.0
            && r.1 - r.0 <= 8
            && self.toks[r.0..r.1]
                .iter()
                .all(|t| t.is_word() && (t.cap || lx::is_name_particle(&t.low) || lx::is_title_word(&t.low)))
            && self.toks[r.1 - 1].cap
            && self.info(r).is_some_and(|i| i.named && i.kind != SpeakerKind::Organisation)
    }

    /// An appositive that describes rather than names: it has a title or a noun for a person
    /// ("associate professor of art history", "Director General of the institute"), or opens with
    /// a party or a nationality ("Republican from Texas", "a Democrat").
    pub(super) fn describes(&self, seg: (usize, usize)) -> bool {
        let t = &self.toks;
        let f = &t[seg.0];
        (f.is_word() && (lx::is_party_word(&f.low) || lx::is_demonym(&f.low)))
            || t[seg.0..seg.1].iter().any(|w| {
                w.is_word()
                    && (lx::is_person_title(&w.low) || lx::person_noun(&w.low) == Some(false))
                    && !w.is_possessive()
            })
    }

    /// An organisation's name in apposition to a description of one ("One of these groups, the
    /// Syrian Democratic Forces (SDF), said"): the name, without its article and short form.
    pub(super) fn org_apposition(&self, r: (usize, usize), seg: (usize, usize)) -> Option<(usize, usize)> {
        let t = &self.toks;
        let desc = self.info(r)?;
        if desc.named || !matches!(desc.kind, SpeakerKind::Organisation | SpeakerKind::Group | SpeakerKind::Unknown) {
            return None;
        }
        let mut a = seg.0;
        if a < seg.1 && t[a].is("the") {
            a += 1;
        }
        let mut b = seg.1;
        if b >= a + 3 && t[b - 1].is_punct(')') && t[b - 3].is_punct('(') {
            b -= 3;
        }
        let ok = b > a
            && b - a <= 8
            && t[a..b].iter().all(|w| w.is_word() && (w.cap || lx::is_connector(&w.low)))
            && t[b - 1].cap;
        let n = self.info((a, b)).filter(|n| n.named && n.kind == SpeakerKind::Organisation);
        (ok && n.is_some()).then_some((a, b))
    }

    /// The subject of a verb at token `j`: the noun phrase right before it, past adverbs,
    /// auxiliaries, parentheticals and appositives ("Dana Reyes, an economist who ..., declared").
    pub(super) fn np_before(&self, lo: usize, j: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut k = j;
        // A name set off in quotation marks with the comma inside them closes an appositive as a
        // comma does: "Rhee, who oversees the program, known as “Skyward Lattice,” insisted".
        let comma_at = |k: usize| {
            t[k].is_punct(',') || t[k].quote().is_some_and(|q| self.text[self.raw[q].content.range()].ends_with(','))
        };
        // Where the chain of appositives was entered, if it cannot be followed to its end.
        let mut chain_from: Option<usize> = None;
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
            if k > lo + 1 && comma_at(k - 1) {
                let m = (lo..k - 1).rev().find(|&m| {
                    t[m].is_punct(',') || t[m].quote().is_some() || t[m].is_punct(';') || t[m].is_punct(':')
                });
                if let Some(m) = m.filter(|&m| t[m].is_punct(',')) {
                    let seg = (m + 1, k - 1);
                    if seg.1 > seg.0 {
                        // The phrase before the appositive, past a parenthesis ("the RMT union
                        // (National Union of Rail, Maritime and Transport Workers), Mick Cash,").
                        let before = match (m > lo).then(|| &t[m - 1]).filter(|x| x.is_punct(')')) {
                            Some(_) => (lo..m - 1).rev().find(|&o| t[o].is_punct('(')).and_then(|o| self.np_run(lo, o)),
                            None => self.np_run(lo, m),
                        };
                        // A place after the name of an organisation: "the University of Arkansas,
                        // Fayetteville, said".
                        let place = seg.1 - seg.0 == 1
                            && t[seg.0].cap
                            && before.is_some_and(|b| {
                                t[b.1 - 1].cap && self.info(b).is_some_and(|n| n.named && n.kind != SpeakerKind::Person)
                            });
                        if place {
                            // The organisation and the description it ends: "curator and director
                            // of exhibits at the University of Arkansas".
                            k = m;
                            let p = (lo..m).rev().find(|&p| t[p].is_punct(',') || t[p].quote().is_some());
                            if let Some(p) = p.filter(|&p| t[p].is_punct(',') && p > lo) {
                                let describes = t[p + 1..m].iter().any(|w| {
                                    w.is_word()
                                        && (lx::is_person_title(&w.low) || lx::person_noun(&w.low) == Some(false))
                                });
                                if describes {
                                    k = p;
                                }
                            }
                            continue;
                        }
                        if let Some(b) = before {
                            if self.is_proper_seg(seg) && self.is_role_np(b) {
                                return Some(seg);
                            }
                        }
                        // An appositive that describes: "Jane Doe, associate professor of art
                        // history, said", "X, Director General of the institute that ran the
                        // trial, said".
                        let describes = seg.1 - seg.0 >= 2 && self.describes(seg);
                        if before.is_some() && describes && !self.is_proper_seg(seg) {
                            k = m;
                            continue;
                        }
                        let f = &t[seg.0];
                        let descriptive = f.is_word()
                            && (!f.cap || lx::is_determiner(&f.low))
                            && !(seg.1 - seg.0 == 1
                                && !lx::is_pre_verb_filler(&f.low)
                                && !f.low.ends_with("ly")
                                && !lx::is_adverb(&f.low)
                                && !f.is("though"));
                        // A party and state ("D-N.M."), its closing period a token of its own.
                        let tag = (seg.1 - seg.0 == 1 || seg.1 - seg.0 == 2 && t[seg.0 + 1].is_punct('.'))
                            && f.cap
                            && f.low.contains('-');
                        let number = is_figure(&f.low);
                        if before.is_some() && (descriptive || tag || number || (!f.cap && seg.1 - seg.0 == 1)) {
                            k = m;
                            // A relative clause may close on the description of a name set off
                            // before it: "Ana Petit, a partner at Northgate Capital, which
                            // led the round, said" is Petit's saying.
                            if let Some(b) = before.filter(|_| matches!(f.low.as_str(), "who" | "which" | "that")) {
                                let named = (b.0 > lo + 1 && t[b.0 - 1].is_punct(','))
                                    .then(|| self.np_run(lo, b.0 - 1))
                                    .flatten()
                                    .filter(|&n| n.1 == b.0 - 1 && self.is_proper_seg(n));
                                if named.is_some() && self.describes(b) && !self.is_proper_seg(b) {
                                    k = b.0 - 1;
                                }
                            }
                            // Appositives in a row go back to the name: a relative clause, an age
                            // or a party tag before this one can never be the subject ("Lily, 8,
                            // clutching a stuffed rabbit, said"; "Rhee, who oversees the program,
                            // known as …, insisted").
                            if k == m && m > lo + 1 {
                                let m2 = (lo..m).rev().find(|&x| {
                                    t[x].is_punct(',')
                                        || t[x].quote().is_some()
                                        || t[x].is_punct(';')
                                        || t[x].is_punct(':')
                                });
                                let left = m2.filter(|&x| t[x].is_punct(',') && x + 1 < m);
                                let never_subject = left.is_some_and(|x| {
                                    let w = &t[x + 1];
                                    let one = m - x - 1 == 1 || m - x - 1 == 2 && t[x + 2].is_punct('.');
                                    matches!(w.low.as_str(), "who" | "which" | "whose")
                                        || no_relation(t, x + 1, m)
                                        || one && (is_figure(&w.low) || w.cap && w.low.contains('-'))
                                });
                                if never_subject {
                                    chain_from = Some(m);
                                    k = m + 1;
                                }
                            }
                            continue;
                        }
                    }
                }
            }
            // A stray comma between subject and verb ("The firm Secunia.com, has said").
            if k > lo + 1
                && t[k - 1].is_punct(',')
                && t[k - 2].is_word()
                && t[k - 2].cap
                && !(lo..k - 1).any(|m| t[m].is_punct(','))
            {
                k -= 1;
            }
            break;
        }
        if let Some(c) = chain_from.filter(|_| k > lo && t[k - 1].is_punct(',')) {
            k = c;
        }
        if k > lo && t[k - 1].is_word() && lx::is_pronoun_subject(&t[k - 1].low) {
            return Some((k - 1, k));
        }
        if k > lo && t[k - 1].is_word() && matches!(t[k - 1].low.as_str(), "who" | "which") {
            let mut m = k - 1;
            if m > lo && t[m - 1].is_punct(',') {
                m -= 1;
            }
            // An age before the relative clause: "Thomas Gray, 24, who".
            if m > lo + 1 && is_figure(&t[m - 1].low) && !t[m - 1].low.is_empty() && t[m - 2].is_punct(',') {
                m -= 2;
            }
            // "no relation" says only that two people sharing a surname are not kin: "Helen
            // Ashworth, no relation, who leads the group, said".
            if m > lo + 3 && no_relation(t, m - 2, m) && t[m - 3].is_punct(',') {
                m -= 3;
            }
            // A place closing a description cannot say anything: "Vireo Therapeutics, a
            // biotechnology company based in Cambridge, Massachusetts, which said" is Vireo's.
            let r = self.np_run(lo, m)?;
            return Some(self.before_place(lo, r).unwrap_or(r));
        }
        let r = self.np_run(lo, k)?;
        // A title with its organisation: "Former US Ambassador to the United Nations Nikki Haley".
        if r.0 > lo + 1 && t[r.0 - 1].is_word() && lx::ties_title_to_office(&t[r.0 - 1].low) {
            if let Some(b) = self.np_run(lo, r.0 - 1) {
                if lx::is_title_word(&t[b.1 - 1].low) && t[r.1 - 1].cap {
                    return Some((b.0, r.1));
                }
            }
        }
        // The agent of a participle is no subject: "A leaked letter seen by Sky News says" is the
        // letter's saying.
        if r.0 > lo + 1
            && t[r.0 - 1].is("by")
            && t[r.0 - 2].is_word()
            && !t[r.0 - 2].cap
            && (t[r.0 - 2].low.ends_with("ed")
                || matches!(t[r.0 - 2].low.as_str(), "seen" | "written" | "given" | "made" | "sent" | "held"))
        {
            if let Some(s) = self.np_run(lo, r.0 - 2) {
                return Some(s);
            }
        }
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
            // "State media in the south reported": the phrase before the modifier; a person
            // described without a name keeps it, as part of the description ("One person familiar
            // with the matter", "A Western diplomat in Nairobi").
            if let Some(s) = self.np_run(lo, r.0 - 1) {
                if let Some(n) = self.info(s).filter(|n| n.named || n.kind != SpeakerKind::Unknown) {
                    let described =
                        !n.named && n.pronoun.is_none() && matches!(n.kind, SpeakerKind::Person | SpeakerKind::Group);
                    return Some(if described && r.1 - s.0 <= 10 { (s.0, r.1) } else { s });
                }
            }
        }
        Some(r)
    }

    /// The name a description ends on a place belongs to: for `r` = "Massachusetts" in "Vireo
    /// Therapeutics, a biotechnology company based in Cambridge, Massachusetts", Vireo
    /// Therapeutics (the place is the second part of "in Cambridge, Massachusetts", and a
    /// description set off after a name opens before "in"). Looks back a few words only.
    pub(super) fn before_place(&self, lo: usize, r: (usize, usize)) -> Option<(usize, usize)> {
        let t = &self.toks;
        if r.0 < lo + 3 || !t[r.0 - 1].is_punct(',') || !t[r.0..r.1].iter().all(|w| w.cap) {
            return None;
        }
        let p = r.0 - 1;
        let j = (p.saturating_sub(5).max(lo)..p).rev().find(|&j| t[j].is("in"))?;
        if j + 1 >= p || !t[j + 1..p].iter().all(|w| w.is_word() && w.cap) {
            return None;
        }
        let c = (j.saturating_sub(12).max(lo)..j)
            .rev()
            .find(|&c| t[c].is_punct(',') || t[c].quote().is_some())
            .filter(|&c| c > lo && t[c].is_punct(','))?;
        if !t[c + 1].is_word() || !lx::is_singular_determiner(&t[c + 1].low) {
            return None;
        }
        let n = self.np_run(lo, c)?;
        self.info(n).is_some_and(|i| i.named && i.kind != SpeakerKind::Person).then_some(n)
    }

    /// A person's name right after quotation token `qt` in its sentence, followed by a lower-case
    /// word (`“…,” Ray Dunn whispered`): the shape of a closing attribution.
    pub(super) fn named_after(&self, qt: usize) -> Option<Found> {
        let t = &self.toks;
        let first = t.get(qt + 1).filter(|w| w.is_word() && w.cap && w.sent == t[qt].sent)?;
        let m =
            self.mentions.list.get(self.mentions.list.partition_point(|m| (m.span.start as usize) < first.start))?;
        if m.span.start as usize != first.start || !m.info.named {
            return None;
        }
        let person = m.info.kind == SpeakerKind::Person || self.mentions.expand_person(&m.info.name).is_some();
        let e = t.partition_point(|x| x.start < m.span.end as usize);
        let verbish =
            t.get(e).is_some_and(|x| x.is_word() && !x.cap && x.sent == first.sent && !lx::is_function_word(&x.low));
        if !person || !verbish {
            return None;
        }
        Some(self.guessed_person(m))
    }

    /// The first noun phrase in `lo..hi` that can be a clause subject: a speaker-like phrase, not
    /// after a preposition, followed by a verb-like word (past appositives).
    pub(super) fn first_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        self.first_np(lo, hi, true)
    }

    /// The first speaker-like noun phrase of `lo..hi` not after a preposition; with `need_verb`,
    /// only one followed by a verb-like word.
    pub(super) fn first_np(&self, lo: usize, hi: usize, need_verb: bool) -> Option<(usize, usize)> {
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
                // "A spokeswoman for Halvorsen": "for" after a noun for a person or a body.
                let for_ok = w.low != "for"
                    || j > i && (lx::person_noun(&t[j - 1].low).is_some() || lx::is_org_noun(&t[j - 1].low));
                let affiliation =
                    matches!(w.low.as_str(), "at" | "from") && j > i && lx::person_noun(&t[j - 1].low).is_some();
                if matches!(w.low.as_str(), "of" | "and" | "&" | "for") && for_ok || affiliation {
                    if j + 1 < hi && j > i && np_word(&t[j + 1]) {
                        j += 1;
                        continue;
                    }
                    break;
                }
                if lx::is_determiner(&w.low) && j > i && !t[j - 1].is("of") {
                    break;
                }
                // A person's name ends before a lower-case word, which is its verb: "Commissioner
                // Raymond Kessler cast the only vote", "Eleanor Whitford-Sato bought one".
                if j > i && !w.cap && !role_word(&w.low) && self.person_name_run(i, j) {
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
                        } else if let Some(n) = self.org_apposition(r, seg) {
                            chosen = n;
                            k = m + 1;
                        } else if t[k + 1].is_word()
                            && (!t[k + 1].cap || lx::is_determiner(&t[k + 1].low) || self.describes(seg))
                        {
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
                                || is_figure(&t[m].low)
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
                // After an auxiliary ("Boeing did not release"), the next word is the verb.
                let after_aux = (j..k).any(|m| lx::is_auxiliary(&t[m].low));
                // A word after the phrase that can be its verb: no preposition or conjunction.
                let open = k < hi
                    && t[k].is_word()
                    && !lx::is_preposition(&t[k].low)
                    && !matches!(t[k].low.as_str(), "and" | "or" | "but" | "that" | "who" | "which");
                let verbish = open && (after_aux || !np_word(&t[k]))
                    || (k < hi && t[k].is_word() && (lx::cue_lemma(&t[k].low).is_some() || looks_verbal(&t[k].low)))
                    // After a person's name, any lower-case word that opens no noun phrase.
                    || (open
                        && !t[k].cap
                        && !lx::is_determiner(&t[k].low)
                        && !lx::outside_noun_phrase(&t[k].low)
                        && !role_word(&t[k].low)
                        && self.person_name_run(r.0, r.1));
                if verbish || !need_verb {
                    return Some(chosen);
                }
            }
            i = j.max(i + 1);
        }
        None
    }

    /// Whether tokens `i..j` are a person's name in capitals (titles included), not opening with
    /// a determiner.
    pub(super) fn person_name_run(&self, i: usize, j: usize) -> bool {
        let t = &self.toks;
        t[i..j].iter().all(|x| x.is_word() && x.cap && !x.is_possessive())
            && !lx::is_determiner(&t[i].low)
            && self.info((i, j)).is_some_and(|n| n.named && n.kind == SpeakerKind::Person)
    }

    /// The name a description goes by, after token `j`: "a protester named / called / identified as
    /// / using the pseudonym Katya".
    pub(super) fn named_as(&self, j: usize, hi: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let w = |k: usize, s: &str| k < hi && t[k].is(s);
        let start = if w(j, "named") || w(j, "called") || w(j, "nicknamed") {
            j + 1
        } else if w(j, "identified") && w(j + 1, "as") {
            j + 2
        } else if (w(j, "using") || w(j, "under"))
            && w(j + 1, "the")
            && k_is(t, j + 2, hi, &["pseudonym", "name", "alias"])
        {
            j + 3
        } else {
            return None;
        };
        let mut e = start;
        while e < hi && t[e].is_word() && t[e].cap {
            e += 1;
        }
        (e > start).then_some((start, e))
    }

    /// The noun phrase after token `i` (for "said Smith", "according to X", "asked by X").
    pub(super) fn np_after(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut j = i;
        while j < hi && t[j].is_word() {
            let w = &t[j];
            // A relative clause, a subordinate clause or a preposition other than those inside a
            // name or a description ("lawyers for the state") ends the phrase.
            let low = w.low.as_str();
            if j > i
                && (matches!(low, "who" | "which" | "that")
                    || lx::is_conjunction(low) && !matches!(low, "and" | "or" | "nor")
                    || lx::is_preposition(low) && !lx::continues_noun_phrase(low)
                    || lx::cue_lemma(&w.low).is_some_and(|_| !w.cap && !lx::is_noun_like_cue(&w.low)))
            {
                break;
            }
            // "a statement released by X", "a letter signed by X": the participle and its agent.
            if j > i && !w.cap && w.low.ends_with("ed") && t.get(j + 1).is_some_and(|n| n.is("by")) && j + 1 < hi {
                j += 2;
                continue;
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
        if j > i && !t[i..j].iter().any(|w| w.cap) {
            if let Some(n) = self.named_as(j, hi) {
                return Some(n);
            }
        }
        (j > i).then_some((i, j))
    }
}

/// A word that makes a capitalised word before it a modifier, not a name ("Peaks coach Bethany
/// Nguyen", "Apple spokesman"): a title, a noun for people, an organisation's noun.
fn role_word(w: &str) -> bool {
    lx::is_title_word(w) || lx::person_noun(w).is_some() || lx::is_org_noun(w) || lx::is_document_noun(w)
}

/// Whether token `k` (below `hi`) is one of the words `ws`.
fn k_is(t: &[Tok], k: usize, hi: usize, ws: &[&str]) -> bool {
    k < hi && t[k].is_word() && ws.contains(&t[k].low.as_str())
}

/// A plural noun for people, sources or organisations ("critics", "officials", "groups").
pub(super) fn plural_speakers(w: &str) -> bool {
    lx::person_noun(w) == Some(true)
        || lx::is_source_noun_plural(w)
        || lx::is_org_noun(w) && w.ends_with('s') && !w.ends_with("ss")
}

/// A word without a possessive ending ("analysts’" → "analysts").
fn strip_s(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
}

/// Whether words `a..b` are "no relation", the appositive that tells two people sharing a surname
/// apart ("Helen Ashworth, no relation,"): never a speaker.
fn no_relation(t: &[Tok], a: usize, b: usize) -> bool {
    b == a + 2 && t[a].is("no") && t[a + 1].is("relation")
}

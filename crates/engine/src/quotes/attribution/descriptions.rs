//! Descriptions that the article makes clear: the organisation a description belongs to
//! ("Police", "council officers", "the district’s own report"), the name a relative clause gives a
//! described person, and the person answering in a question-and-answer transcript.

use super::*;
use crate::quotes::names::strip_possessive;

impl Doc<'_> {
    /// The organisation a description belongs to, when the article names exactly one that fits
    /// near enough: a document possessed by a description ("the district’s own facilities report"
    /// → the organisation whose name ends in "District"), people named by an organisation's noun
    /// ("council officers" → the one "… Council"), or "police" (the one "… Police …" the article
    /// names).
    pub(super) fn owning_org(&self, r: (usize, usize), info: &NameInfo, hist: &[(usize, Spk)]) -> Option<String> {
        if info.named || info.author.is_some() {
            return None;
        }
        let t = &self.toks;
        let words: Vec<&Tok> = t[r.0..r.1].iter().filter(|w| w.is_word()).collect();
        let head = info.head.as_deref()?;
        let key: String = match info.kind {
            SpeakerKind::Document => {
                // The possessor before the phrase, past "own": "the district’s own report".
                let mut p = r.0;
                while p > 0 && t[p - 1].is("own") {
                    p -= 1;
                }
                let (p, the) = match words.iter().position(|w| w.is_possessive()) {
                    Some(i) => (i + r.0, words[0].low == "the" && i >= 1),
                    None => (p.checked_sub(1)?, p >= 2 && t[p - 2].is("the")),
                };
                let owner = crate::quotes::names::strip_possessive(&t[p].low).to_string();
                (the && t[p].is_possessive() && !t[p].cap && lx::is_org_noun(&owner)).then_some(owner)?
            }
            SpeakerKind::Group if head == "police" && words.len() == 1 => head.to_string(),
            SpeakerKind::Group => {
                let n = words.len();
                let opens = r.0 == 0 || t[r.0 - 1].sent != t[r.0].sent;
                (n == 2 && lx::is_org_noun(&words[0].low) && (!words[0].cap || opens)).then(|| words[0].low.clone())?
            }
            _ => return None,
        };
        let pos = t[r.0].start;
        let here = self.para_at(pos);
        let mut found: Option<String> = None;
        for m in self.mentions.before(pos).take(WINDOW) {
            if self.para_at(m.span.start as usize) + 12 < here {
                break;
            }
            let name = strip_article(&m.info.name);
            let fits = m.info.named
                && m.info.kind == SpeakerKind::Organisation
                && name.split_whitespace().count() >= 2
                && if key == "police" {
                    name.split_whitespace().any(|w| w.eq_ignore_ascii_case("police"))
                } else {
                    name.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(&key))
                };
            if fits {
                match &found {
                    Some(f) if f != name => return None,
                    _ => found = Some(name.to_string()),
                }
            }
        }
        if found.is_none() && info.kind == SpeakerKind::Document {
            // Else what "the <owner>" refers to ("the ministry’s report": the ministry the article
            // has been quoting).
            let owner = NameInfo {
                kind: SpeakerKind::Organisation,
                name: format!("the {key}"),
                named: false,
                pronoun: None,
                head: Some(key),
                definite: true,
                author: None,
                titles: Vec::new(),
            };
            return self.describe(&owner, pos, hist).filter(|(_, k)| *k == SpeakerKind::Organisation).map(|(n, _)| n);
        }
        found
    }

    /// The name a relative clause gives a described person: "A shopper who gave her name only as
    /// Ana", "a woman who gave her first name as Ana".
    pub(super) fn given_name_after(&self, r: (usize, usize)) -> Option<String> {
        let t = &self.toks;
        let w = |k: usize| t.get(k).filter(|x| x.is_word() && x.sent == t[r.0].sent);
        let mut k = r.1;
        if !w(k)?.is("who") || !w(k + 1)?.is("gave") || !matches!(w(k + 2)?.low.as_str(), "his" | "her" | "their") {
            return None;
        }
        k += 3;
        while w(k).is_some_and(|x| matches!(x.low.as_str(), "first" | "last" | "full" | "only")) {
            k += 1;
        }
        if !w(k)?.is("name") {
            return None;
        }
        k += 1;
        while w(k).is_some_and(|x| x.is("only")) {
            k += 1;
        }
        if !w(k)?.is("as") {
            return None;
        }
        let first = w(k + 1).filter(|x| x.cap)?;
        let mut e = k + 1;
        while w(e + 1).is_some_and(|x| x.cap) && e < k + 3 {
            e += 1;
        }
        Some(self.text[first.start..t[e].end].to_string())
    }

    /// In a question-and-answer transcript, the person answering: "I" in a paragraph that opens
    /// with "A:" is the one the article introduces the exchange with ("An edited excerpt of a
    /// interview with Lind:", "an interview with X"), looked for a bounded way back.
    pub(super) fn interviewee(&self, at: usize) -> Option<String> {
        let t = &self.toks;
        let start = self.paras.get(t[at].para)?.start;
        let first = t.partition_point(|x| x.start < start);
        // An answer labelled with the person's name ("Carvalho: …") is theirs.
        if let Some(c) = (first + 1..(first + 4).min(t.len())).find(|&c| t[c].is_punct(':')) {
            if t[first..c].iter().all(|x| x.is_word() && x.cap) && !t[first].is("a") {
                let label = &self.text[t[first].start..t[c - 1].end];
                if let Some(name) = self.mentions.expand_person(label) {
                    return Some(name);
                }
            }
        }
        if !(t.get(first)?.is("a") && t.get(first + 1).is_some_and(|x| x.is_punct(':'))) {
            return None;
        }
        let k = (first.saturating_sub(2000)..first).rev().find(|&k| {
            t[k].is("with")
                && k > 0
                && matches!(t[k - 1].low.as_str(), "interview" | "conversation" | "q&a" | "exchange" | "chat")
                && t.get(k + 1).is_some_and(|n| n.is_word() && n.cap)
        })?;
        let mut e = k + 1;
        while e + 1 < first && t[e + 1].is_word() && t[e + 1].cap && t[e + 1].sent == t[k].sent {
            e += 1;
        }
        let info = analyse(self.text, &t[k + 1..=e], Some(&self.mentions)).filter(|n| n.named)?;
        Some(self.mentions.expand_person(&info.name).unwrap_or(info.name))
    }

    /// The organisation an organisation's description names in an appositive set off after it,
    /// in its own sentence before any quotation or verb of saying ("the union that represents
    /// about 600 nurses, the Missouri Nurses Alliance, warned"). Bounded.
    pub(super) fn appositive_org(&self, pos: usize) -> Option<String> {
        let t = &self.toks;
        let at = t.partition_point(|x| x.start < pos);
        let sent = t.get(at)?.sent;
        for j in at + 1..(at + 20).min(t.len()) {
            let w = &t[j];
            if w.sent != sent || w.quote().is_some() || lx::cue_lemma(&w.low).is_some() {
                return None;
            }
            if !w.is_punct(',') {
                continue;
            }
            let mut n = j + 1;
            if t.get(n).is_some_and(|x| x.is("the")) {
                n += 1;
            }
            let start = t.get(n)?.start;
            let list = &self.mentions.list;
            let i = list.partition_point(|m| (m.span.start as usize) < start);
            if let Some(m) = list
                .get(i)
                .filter(|m| m.span.start as usize == start && m.info.named && m.info.kind == SpeakerKind::Organisation)
            {
                return Some(strip_article(&m.info.name).to_string());
            }
        }
        None
    }

    /// The one person the article names in the role a possessive description gives ("my coach",
    /// "her lawyer", "Kovač’s coach"): a name right after that noun, or after it and a comma
    /// ("Kovač’s coach, Ivo Barić", "coach Ivo Barić"), looked for a bounded way around `pos`.
    pub(super) fn role_named(&self, info: &NameInfo, pos: usize) -> Option<String> {
        let head = info.head.as_deref()?;
        let first = info.name.split_whitespace().next()?.to_lowercase();
        let n = info.name.split_whitespace().count();
        let possessed = lx::is_possessive_determiner(&first)
            || info.name.split_whitespace().any(|w| w.ends_with("'s") || w.ends_with("’s"));
        // "my coach", "Harbor City’s coach", "the hospital’s chief executive", "the executive".
        if !(possessed || info.definite) || !(1..=5).contains(&n) {
            return None;
        }
        let possessor = info
            .name
            .split_whitespace()
            .find(|w| w.ends_with("'s") || w.ends_with("’s"))
            .map(|w| strip_possessive(&w.to_lowercase()).replace('’', "'"));
        let t = &self.toks;
        let list = &self.mentions.list;
        let at = list.partition_point(|m| (m.span.start as usize) < pos);
        let mut found: Option<String> = None;
        for m in list[at.saturating_sub(WINDOW)..(at + WINDOW).min(list.len())].iter() {
            if !(m.info.named && m.info.kind == SpeakerKind::Person) {
                continue;
            }
            let k = t.partition_point(|x| x.start < m.span.start as usize);
            // Titles written before the name are passed over ("the executive, Dr. Camille Foster").
            let (mut k, k0) = (k, k);
            while k >= 1 && k0 - k < 4 {
                let w = &t[k - 1];
                let title = w.is_word() && w.cap && lx::is_title_word(w.low.trim_end_matches('.'));
                let stop =
                    w.is_punct('.') && k >= 2 && t[k - 2].is_word() && t[k - 2].cap && lx::is_title_word(&t[k - 2].low);
                if !(title || stop) {
                    break;
                }
                k -= 1;
            }
            // The role's possessor, if the description names one, is the same: "Harbor City’s
            // coach" is not "Redwood’s head coach".
            let role_at = |j: usize| {
                t.get(j).is_some_and(|x| x.is_word() && x.low == head)
                    && possessor.as_ref().is_none_or(|p| {
                        (j.saturating_sub(3)..j)
                            .filter(|&q| t[q].is_possessive())
                            .all(|q| strip_possessive(&t[q].low) == p.as_str())
                    })
            };
            // Or the role closes the appositive after the name: "Dana Whitcomb, the county's
            // emergency services commissioner,", "Chinedu Okafor, a licensed clearing agent at
            // Tin Can Island,".
            let e = t.partition_point(|x| x.start < m.span.end as usize);
            let after = t.get(e).is_some_and(|x| x.is_punct(','))
                && (e + 1..(e + 9).min(t.len())).take_while(|&j| t[j].is_word() && t[j].sent == t[e].sent).any(|j| {
                    role_at(j)
                        && t.get(j + 1).is_some_and(|x| x.is_punct(',') || x.is_word() && lx::is_preposition(&x.low))
                });
            let fits = k >= 1 && role_at(k - 1) || k >= 2 && t[k - 1].is_punct(',') && role_at(k - 2) || after;
            if fits {
                let name = self.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone());
                match &found {
                    Some(f) if *f != name => return None,
                    _ => found = Some(name),
                }
            }
        }
        found
    }

    /// The one person the writer's words of paragraph `para` name, if they name exactly one
    /// (places and organisations named there do not count: "her son in Thornton"). Bounded.
    pub(super) fn one_person_of(&self, para: usize) -> Option<String> {
        let (from, to) = (self.paras[para].start, self.paras[para].end);
        let mut one: Option<String> = None;
        for m in self.mentions.before(to).take(WINDOW).take_while(|m| m.span.start as usize >= from) {
            if !(m.info.named && self.in_writers_text(m.span.start as usize)) {
                continue;
            }
            if m.info.kind != SpeakerKind::Person && self.mentions.expand_person(&m.info.name).is_none() {
                continue;
            }
            let name = self.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone());
            match &one {
                Some(o) if *o != name => return None,
                _ => one = Some(name),
            }
        }
        one
    }
}

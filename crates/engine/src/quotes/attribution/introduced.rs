//! The person a paragraph introduces: named in the writer's words before a quotation nobody is
//! credited with in its sentence (a guess, `Attribution::Introduced`).

use super::*;

impl Doc<'_> {
    /// The guess that the person of mention `m` (by the fullest name the article gives them) says
    /// a quotation: named, inferred, marked as a guess (basis "guessed").
    pub(super) fn guessed_person(&self, m: &crate::quotes::mentions::Mention) -> Found {
        let name = self.mentions.expand_person(&m.info.name).unwrap_or_else(|| m.info.name.clone());
        let spk = Spk {
            written: self.text[m.span.range()].to_string(),
            span: m.span,
            name: Some(strip_article(&name).to_string()),
            kind: SpeakerKind::Person,
            named: true,
            inferred: true,
            resolved: false,
            guessed: true,
            sure: false,
            head: None,
        };
        Found { spk: Some(spk), cue: None, how: Attribution::Introduced }
    }

    /// The person named as the subject of the sentence right before the quotation, when that
    /// sentence has no quotation and no word of saying: in `Ortiz said. Reyes shook his head.
    /// “…”` the turn is Reyes's. Bounded by the sentence before.
    pub(super) fn beat_subject(&self, qt: usize, events: &[Event]) -> Option<Found> {
        let t = &self.toks;
        if qt == 0 || t[qt - 1].para != t[qt].para || t[qt - 1].sent + 1 != t[qt].sent {
            return None;
        }
        let (plo, _) = self.sent_range(t[qt - 1].sent);
        if qt - plo > 40 || (plo..qt).any(|k| t[k].quote().is_some()) {
            return None;
        }
        let from = events.partition_point(|e| e.cue.0 < plo);
        if events.get(from).is_some_and(|e| e.cue.0 < qt) {
            return None;
        }
        let m = self
            .mentions
            .before(t[qt - 1].end)
            .take_while(|m| m.span.start as usize >= t[plo].start)
            .last()
            .filter(|m| m.span.start as usize == t[plo].start && m.info.named)?;
        let person = m.info.kind == SpeakerKind::Person || self.mentions.expand_person(&m.info.name).is_some();
        // Its verb right after the name: the name is the subject, not a fronted phrase.
        let e = t.partition_point(|x| x.start < m.span.end as usize);
        let verb = t.get(e).is_some_and(|x| x.is_word() && !x.cap && !lx::is_function_word(&x.low));
        if !person || !verb {
            return None;
        }
        Some(self.guessed_person(m))
    }

    /// The one person named in the writer's words of the paragraph before token `qt`, when no
    /// quotation comes before it in the paragraph (see `attribute_one`).
    pub(super) fn introduced(&self, qt: usize) -> Option<Found> {
        let t = &self.toks;
        let para = t[qt].para;
        let mut k = qt;
        while k > 0 && t[k - 1].para == para && qt - k < 200 {
            if t[k - 1].quote().is_some() {
                return None;
            }
            k -= 1;
        }
        if k == qt || k > 0 && t[k - 1].para == para {
            return None;
        }
        let (from, to) = (t[k].start, t[qt].start);
        let mut who: Option<&crate::quotes::names::Mention> = None;
        for m in self.mentions.before(to).take_while(|m| m.span.start as usize >= from) {
            let person = m.info.kind == SpeakerKind::Person
                || m.info.kind == SpeakerKind::Unknown && self.mentions.expand_person(&m.info.name).is_some();
            if !(m.info.named && person) {
                continue;
            }
            match who {
                Some(w) if surname_key(&w.info.name) != surname_key(&m.info.name) => return None,
                _ => who = Some(m),
            }
        }
        let m = who?;
        Some(self.guessed_person(m))
    }
}

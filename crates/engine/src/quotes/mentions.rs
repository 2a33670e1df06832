//! The names a document mentions, in order, indexed by last word, first word, surname and short
//! form: what expands "Lavrov" to "Sergey Lavrov", "Pinecrest" to "Pinecrest Foods", "KCNA" to the
//! name the text defines, and what the pronoun rules look back over. Also the rules for when two
//! personal names are one (`compatible`) and which full name stands for a surname.
use std::collections::HashMap;

use super::names::{analyse, date_word, dateline_word, is_acronym, proper_word, NameInfo};
use super::text::Tok;
use super::SpeakerKind;
use crate::lexicon as lx;
use crate::span::Span;

/// A name mentioned in a document.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub span: Span,
    pub info: NameInfo,
}

/// The names a document mentions, in order, with indexes by last word.
#[derive(Clone, Debug, Default)]
pub(crate) struct Mentions {
    pub list: Vec<Mention>,
    /// Full personal names (two words or more) by lowercased surname, in order of appearance.
    persons_by_last: HashMap<String, Vec<String>>,
    /// Organisation names of two words or more by lowercased last word.
    orgs_by_last: HashMap<String, Vec<String>>,
    kinds: HashMap<String, SpeakerKind>,
    /// Named mentions of two words or more, by lowercased first word (for short forms).
    by_first: HashMap<String, Vec<(String, SpeakerKind)>>,
    /// Names (lowercased) given a personal title or a personal appositive somewhere.
    titled: std::collections::HashSet<String>,
    /// Short forms the document defines: "Korean Central News Agency (KCNA)" (upper case).
    acronyms: HashMap<String, String>,
    /// Names of organisations of two words or more (for short forms spelt by their initials).
    org_names: Vec<String>,
    /// One-word names the document uses (lowercased): "Callister" after "Callister Foods".
    singles: std::collections::HashSet<String>,
}

pub(crate) fn surname_key(name: &str) -> Option<String> {
    let ws: Vec<&str> = name.split_whitespace().collect();
    let w = ws.iter().rev().find(|w| !lx::is_name_suffix(&w.to_lowercase()))?;
    Some(w.to_lowercase())
}

impl Mentions {
    /// Builds the index from the tokens of the whole text (quotations included).
    pub(crate) fn build(text: &str, all: &[Tok]) -> Mentions {
        let mut m = Mentions::default();
        let mut i = 0;
        while i < all.len() {
            if !proper_word(&all[i])
                || lx::is_name_suffix(&all[i].low)
                || date_word(all, i)
                || dateline_word(text, all, i)
            {
                i += 1;
                continue;
            }
            let lo = i;
            let mut j = i + 1;
            let mut nick: Option<(usize, usize)> = None;
            while j < all.len() && all[j].sent == all[lo].sent {
                let w = &all[j];
                if proper_word(w) && !all[j - 1].is_possessive() && !date_word(all, j) {
                    j += 1;
                    continue;
                }
                // A nickname in quotation marks inside a personal name: `Leon “Tank” Harper`
                // (left out of the name; the quotation stays a term).
                if let Some(after) = nickname_at(all, j) {
                    nick = Some((j, after));
                    j = after;
                    continue;
                }
                // Connectors inside a name: "Department of Homeland Security", "Office of the
                // State Auditor", "Centers for Disease Control and Prevention" ("and" only after
                // "of" or "for").
                let mut c = j;
                while c < all.len()
                    && all[c].sent == all[lo].sent
                    && all[c].is_word()
                    && (matches!(all[c].low.as_str(), "of" | "the" | "for" | "and" | "&")
                        || lx::is_name_particle(&all[c].low))
                    && !all[c].cap
                {
                    c += 1;
                }
                // A sentence's first word before "of" is an ordinary noun unless it takes one
                // ("Shares of Halvorsen fell"; "Department of Justice").
                let opens_sentence = lo == 0 || all[lo - 1].sent != all[lo].sent;
                if j == lo + 1 && opens_sentence && all[j].low == "of" && !lx::takes_of(&all[lo].low) {
                    break;
                }
                let has_and = all[j..c].iter().any(|t| t.low == "and");
                let structured = all[lo..j].iter().any(|t| matches!(t.low.as_str(), "of" | "for"))
                    || all[j..c].iter().any(|t| matches!(t.low.as_str(), "of" | "for"));
                // "the Sewerage and Water Board": one word after "the", "and", an organisation.
                let coordinated = has_and && c - j == 1 && {
                    let the_before = lo > 0 && all[lo - 1].low == "the" || all[lo].low == "the";
                    let one_word = j == lo + 1 || j == lo + 2 && all[lo].low == "the";
                    the_before && one_word && !lx::is_org_head(&all[j - 1].low) && {
                        let mut e = c;
                        while e < all.len() && all[e].sent == all[lo].sent && proper_word(&all[e]) {
                            e += 1;
                        }
                        lx::is_org_head(&all[e - 1].low)
                    }
                };
                if c > j
                    && c < all.len()
                    && proper_word(&all[c])
                    && !all[j - 1].is_possessive()
                    && (!has_and || structured && all[j..c].len() == 1 || coordinated)
                {
                    j = c;
                    continue;
                }
                break;
            }
            // Lowercase titles before the run ("former", "then-candidate") count as titles.
            let mut s = lo;
            while s > 0 && all[s - 1].is_word() && all[s - 1].sent == all[lo].sent && lx::is_title_word(&all[s - 1].low)
            {
                s -= 1;
            }
            // A plural noun for people before names joined by "and" labels them, and is no part
            // of the first ("Neighbors Sam Ortiz and Bill Reyes"; "Kids Safe Kitchens said" is a
            // name).
            let label = s == lo
                && j - lo >= 3
                && lx::person_noun(&all[lo].low) == Some(true)
                && all.get(j).is_some_and(|a| a.low == "and" && a.sent == all[lo].sent)
                && all.get(j + 1).is_some_and(proper_word);
            let (lo, s) = if label { (lo + 1, lo + 1) } else { (lo, s) };
            // A lone function word capitalised at a sentence start ("In", "However") is no name.
            let function_word = j - lo == 1
                && (lx::outside_noun_phrase(&all[lo].low)
                    || lx::is_intro_word(&all[lo].low)
                    || lx::is_determiner(&all[lo].low)
                    || lx::is_pronoun_subject(&all[lo].low));
            if function_word {
                i = j;
                continue;
            }
            let without_nick: Vec<Tok>;
            let phrase: &[Tok] = match nick {
                Some((a, b)) if b <= j => {
                    without_nick = all[s..a].iter().chain(&all[b..j]).cloned().collect();
                    &without_nick
                }
                _ => &all[s..j],
            };
            if let Some(mut info) = analyse(text, phrase, None) {
                if info.named && !is_calendar(&info.name) {
                    if let Some(k) = appositive_kind(all, j) {
                        if info.kind != SpeakerKind::Person || info.titles.is_empty() {
                            info.kind = k;
                        }
                        if k == SpeakerKind::Person {
                            m.titled.insert(info.name.to_lowercase());
                        }
                    }
                    if info.kind == SpeakerKind::Person && !info.titles.is_empty() {
                        m.titled.insert(info.name.to_lowercase());
                    }
                    let span = Span::new(all[lo].start, all[j - 1].end);
                    // "Korean Central News Agency (KCNA)": the short form the text defines.
                    if info.kind == SpeakerKind::Organisation && info.name.split_whitespace().count() >= 2 {
                        if let (Some(o), Some(a), Some(c)) = (all.get(j), all.get(j + 1), all.get(j + 2)) {
                            if o.is_punct('(') && c.is_punct(')') && a.is_word() && is_acronym(&text[a.start..a.end]) {
                                m.acronyms.insert(
                                    text[a.start..a.end].replace('.', ""),
                                    strip_article(&info.name).to_string(),
                                );
                            }
                        }
                        m.org_names.push(strip_article(&info.name).to_string());
                    }
                    // The organisation of an affiliation is a name of its own: "Ray Dunn of
                    // the Akron Police Department", "Mike Ryan of the World Health Organization".
                    let affiliation = (info.kind == SpeakerKind::Person)
                        .then(|| {
                            (lo..j).find(|&o| {
                                matches!(all[o].low.as_str(), "of" | "for" | "from")
                                    && all[o].start >= span.start as usize
                            })
                        })
                        .flatten()
                        .filter(|&o| !text[all[o].start..all[j - 1].end].contains(info.name.as_str()));
                    m.add(info, span);
                    if let Some(o) = affiliation {
                        let mut a = o + 1;
                        while a < j && all[a].is("the") {
                            a += 1;
                        }
                        if let Some(org) = (a < j).then(|| analyse(text, &all[a..j], None)).flatten() {
                            if org.named && org.kind == SpeakerKind::Organisation {
                                m.add(org, Span::new(all[a].start, all[j - 1].end));
                            }
                        }
                    }
                }
            }
            i = j;
        }
        // Definite person descriptions: "the whistleblower".
        for (k, t) in all.iter().enumerate() {
            if t.is("the") {
                for d in 1..=3 {
                    let Some(w) = all.get(k + d) else { break };
                    if !w.is_word() || w.sent != t.sent {
                        break;
                    }
                    if lx::person_noun(&w.low) == Some(false) {
                        let nxt = all.get(k + d + 1);
                        if nxt.is_some_and(|n| n.is_word() && (n.cap || lx::person_noun(&n.low).is_some())) {
                            break;
                        }
                        let info = NameInfo {
                            kind: SpeakerKind::Person,
                            name: text[all[k].start..w.end].to_string(),
                            named: false,
                            pronoun: None,
                            head: Some(w.low.clone()),
                            definite: true,
                            author: None,
                            titles: Vec::new(),
                        };
                        m.list.push(Mention { span: Span::new(all[k].start, w.end), info });
                        break;
                    }
                    if w.cap || lx::outside_noun_phrase(&w.low) {
                        break;
                    }
                }
            }
        }
        m.list.sort_by_key(|x| x.span.start);
        m
    }

    fn add(&mut self, info: NameInfo, span: Span) {
        let words = info.name.split_whitespace().count();
        if let Some(key) = surname_key(&info.name) {
            match info.kind {
                SpeakerKind::Person if words >= 2 => {
                    let v = self.persons_by_last.entry(key).or_default();
                    if !v.contains(&info.name) {
                        v.push(info.name.clone());
                    }
                }
                SpeakerKind::Organisation | SpeakerKind::Document if words >= 2 => {
                    let v = self.orgs_by_last.entry(key).or_default();
                    if !v.contains(&info.name) {
                        v.push(info.name.clone());
                    }
                }
                _ => {}
            }
        }
        // A surname in capitals, as a transcript labels a speaker ("KOVAČ: Not anymore."), is
        // the person named before, not an acronym's organisation.
        let capitals_of_person = words == 1
            && info.name.chars().all(|c| !c.is_lowercase())
            && self.persons_by_last.contains_key(&info.name.to_lowercase());
        if info.kind != SpeakerKind::Unknown && !capitals_of_person {
            let e = self.kinds.entry(info.name.to_lowercase()).or_insert(info.kind);
            if *e == SpeakerKind::Unknown {
                *e = info.kind;
            }
        }
        if info.named && words == 1 {
            self.singles.insert(info.name.to_lowercase());
        }
        if info.named && words >= 2 {
            if let Some(first) = info.name.split_whitespace().next() {
                let v = self.by_first.entry(first.to_lowercase()).or_default();
                match v.iter_mut().find(|(n, _)| *n == info.name) {
                    Some(e) if e.1 == SpeakerKind::Unknown => e.1 = info.kind,
                    Some(_) => {}
                    None => v.push((info.name.clone(), info.kind)),
                }
            }
        }
        self.list.push(Mention { span, info });
    }

    /// Whether the document calls a name of two words or more by its first word alone, as news
    /// calls a company ("Callister Foods" … "Callister reported"), and never by its last word, as
    /// it calls a person (by the surname: "Rosa Villanueva" … "Rosa" … "Villanueva says").
    pub(crate) fn called_by_first_word(&self, name: &str) -> bool {
        let ws: Vec<&str> = name.split_whitespace().collect();
        let [first, .., last] = ws.as_slice() else { return false };
        let (first, last) = (first.to_lowercase(), last.to_lowercase());
        self.singles.contains(&first) && !self.singles.contains(&last) && !self.persons_by_last.contains_key(&first)
    }

    /// The kind the document gives a name, if any.
    pub(crate) fn kind_of(&self, name: &str) -> Option<SpeakerKind> {
        if let Some(k) = self.kinds.get(&name.to_lowercase()) {
            return Some(*k);
        }
        let ws: Vec<&str> = name.split_whitespace().collect();
        if ws.len() == 1 {
            let key = ws[0].to_lowercase();
            if self.persons_by_last.contains_key(&key) {
                return Some(SpeakerKind::Person);
            }
            if self.orgs_by_last.contains_key(&key) {
                return Some(SpeakerKind::Organisation);
            }
        }
        None
    }

    /// The mentions starting before byte `pos`, nearest first.
    pub(crate) fn before(&self, pos: usize) -> impl Iterator<Item = &Mention> {
        self.list[..self.list.partition_point(|m| (m.span.start as usize) < pos)].iter().rev()
    }

    /// The one longer name of the document that starts with this short one ("Pinecrest" for
    /// "Pinecrest Foods", "Harvest Lane" for "Harvest Lane Markets"), if there is exactly one and
    /// it is not a person's.
    pub(crate) fn expand_prefix(&self, name: &str) -> Option<(String, SpeakerKind)> {
        let words: Vec<&str> = name.split_whitespace().collect();
        // A complete organisation name ("Federal Reserve") is not the short form of a longer one.
        if words.is_empty() || words.len() > 2 || words.iter().any(|w| lx::is_org_word(&w.to_lowercase())) {
            return None;
        }
        let mut found: Option<(String, SpeakerKind)> = None;
        let cands = self.by_first.get(&words[0].to_lowercase())?;
        for (name, kind) in cands {
            let mw: Vec<&str> = name.split_whitespace().collect();
            if mw.len() > words.len() && mw.iter().zip(&words).all(|(a, b)| a.eq_ignore_ascii_case(b)) {
                match &found {
                    Some((f, _)) if f != name => return None,
                    _ => found = Some((name.clone(), *kind)),
                }
            }
        }
        let (full, kind) = found?;
        if kind == SpeakerKind::Person && self.is_titled(&full) {
            return None;
        }
        Some((
            strip_article(&full).to_string(),
            if kind == SpeakerKind::Person { SpeakerKind::Organisation } else { kind },
        ))
    }

    /// Whether a one-word name is the surname (or short name) of a full name the document gives.
    pub(crate) fn is_full_name_known(&self, name: &str) -> bool {
        let key = name.to_lowercase();
        self.persons_by_last.contains_key(&key)
            || self.orgs_by_last.contains_key(&key)
            || self.by_first.contains_key(&key)
    }

    /// Whether the document gives this name a personal title or describes it as a person.
    pub(crate) fn is_titled(&self, name: &str) -> bool {
        self.titled.contains(&name.to_lowercase())
    }

    /// The full personal name a surname stands for in this document, when it is unambiguous.
    pub(crate) fn expand_person(&self, name: &str) -> Option<String> {
        if name.split_whitespace().count() != 1 {
            return None;
        }
        let cands = self.persons_by_last.get(&name.to_lowercase())?;
        pick_full_name(cands)
    }

    /// The full organisation name a one-word name stands for ("Tribune" for "Harbor City Tribune").
    /// The full name of an organisation's short form: the one the text defines ("Korean Central
    /// News Agency (KCNA)"), else the one organisation whose capitalised words' initials spell it.
    pub(crate) fn expand_acronym(&self, name: &str) -> Option<String> {
        if !is_acronym(name) {
            return None;
        }
        let key = name.replace('.', "");
        if let Some(full) = self.acronyms.get(&key) {
            return Some(full.clone());
        }
        let mut found: Option<&String> = None;
        for n in &self.org_names {
            let initials: String = n
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_uppercase))
                .filter_map(|w| w.chars().next())
                .collect();
            if initials == key && found.is_none_or(|f| f == n) {
                found = Some(n);
            } else if initials == key {
                return None;
            }
        }
        found.cloned()
    }

    /// The full organisation name a shorter one stands for: a one-word name the last word of one
    /// organisation's name ("Tribune" for "Harbor City Tribune"), or a longer name's ending ("Home
    /// Office" for "United Kingdom Home Office"), when only one name of the document fits.
    pub(crate) fn expand_org(&self, name: &str) -> Option<String> {
        let words = name.split_whitespace().count();
        let last = name.split_whitespace().last()?.to_lowercase();
        let cands = self.orgs_by_last.get(&last)?;
        let low = name.to_lowercase();
        let mut distinct: Vec<&str> = Vec::new();
        // A bounded look: a name that ends many organisation names is ambiguous anyway.
        for c in cands.iter().take(64) {
            let stripped = strip_article(c);
            let fits = words == 1 || {
                let cl = stripped.to_lowercase();
                cl.len() > low.len() && cl.ends_with(&low) && cl[..cl.len() - low.len()].ends_with(' ')
            };
            if fits && !distinct.contains(&stripped) {
                distinct.push(stripped);
            }
        }
        (distinct.len() == 1).then(|| distinct[0].to_string())
    }
}

/// Where a nickname in quotation marks that starts at token `j` ends (the index after its closing
/// mark), when it stands between two capitalised words of a name: one or two capitalised words in
/// marks (`Leon “Tank” Harper`, `Earvin "Magic" Johnson`).
fn nickname_at(all: &[Tok], j: usize) -> Option<usize> {
    let mark = |t: &Tok| matches!(t.kind, super::text::TK::Punct(c) if super::marks::is_double_mark(c));
    let prev = all.get(j.checked_sub(1)?)?;
    if !mark(all.get(j)?) || !prev.cap || lx::is_determiner(&prev.low) {
        return None;
    }
    let sent = prev.sent;
    let mut k = j + 1;
    while k < all.len() && k <= j + 2 && all[k].is_word() && all[k].cap && all[k].sent == sent {
        k += 1;
    }
    let (close, next) = (all.get(k)?, all.get(k + 1)?);
    let ok = k > j + 1
        && mark(close)
        && close.sent == sent
        && next.is_word()
        && next.cap
        && next.sent == sent
        && next.start > close.end
        && all[j + 1].start == all[j].end
        && all[k - 1].end == close.start;
    ok.then_some(k + 1)
}

fn is_calendar(name: &str) -> bool {
    let ws: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase()).collect();
    ws.iter().all(|w| lx::is_calendar_word(w) || w.chars().all(|c| c.is_ascii_digit() || c == ','))
}

/// The kind an appositive right after a name gives it: "Brightline Robotics, a warehouse startup,".
fn appositive_kind(all: &[Tok], j: usize) -> Option<SpeakerKind> {
    if !all.get(j)?.is_punct(',') {
        return None;
    }
    let det = all.get(j + 1)?;
    if !matches!(det.low.as_str(), "a" | "an" | "the") {
        return None;
    }
    let mut head: Option<&Tok> = None;
    for t in &all[j + 2..all.len().min(j + 10)] {
        if !t.is_word()
            || lx::is_wh_word(&t.low)
            || lx::is_preposition(&t.low)
            || matches!(t.low.as_str(), "that" | "based")
        {
            break;
        }
        head = Some(t);
    }
    let h = head?;
    if let Some(pl) = lx::person_noun(&h.low) {
        return Some(if pl { SpeakerKind::Group } else { SpeakerKind::Person });
    }
    if lx::is_org_noun(&h.low) {
        return Some(SpeakerKind::Organisation);
    }
    None
}

pub(crate) fn strip_article(s: &str) -> &str {
    for a in ["the ", "The ", "THE "] {
        if let Some(r) = s.strip_prefix(a) {
            return r;
        }
    }
    s
}

/// Among full names sharing a surname, the one a bare surname stands for: names whose words are
/// contained in a longer one merge into it ("Maria Lopez" into "Maria T. Lopez"); of what remains,
/// the single name without a generational suffix, else the one introduced first. News style
/// calls the article's main person by the bare surname and a relative by the full or first
/// name ("Rosa Lind … the daughter of Tomás Lind … Lind said").
fn pick_full_name(cands: &[String]) -> Option<String> {
    let mut groups: Vec<String> = Vec::new();
    for c in cands {
        if let Some(g) = groups.iter_mut().find(|g| compatible(g, c)) {
            if c.split_whitespace().count() > g.split_whitespace().count()
                || (c.split_whitespace().count() == g.split_whitespace().count() && c.len() > g.len())
            {
                *g = c.clone();
            }
        } else {
            groups.push(c.clone());
        }
    }
    if groups.len() == 1 {
        return groups.pop();
    }
    let plain: Vec<&String> =
        groups.iter().filter(|g| !g.split_whitespace().any(|w| lx::is_name_suffix(&w.to_lowercase()))).collect();
    if plain.len() == 1 {
        return Some(plain[0].clone());
    }
    groups.into_iter().next()
}

fn name_words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.trim_end_matches('.').to_lowercase()).filter(|w| !w.is_empty()).collect()
}

/// Two full names of one person: given names that can be one person's (equal, a short form, an
/// initial: the rule the name finder uses too), and the other words of one contained in the other
/// (middle names and initials aside).
pub(crate) fn compatible(a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(a), name_words(b));
    let (Some(ga), Some(gb)) = (wa.first(), wb.first()) else {
        return false;
    };
    if !lx::given_names_compatible(ga, gb)
        || lx::is_name_suffix(wa.last().map_or("", |s| s)) != lx::is_name_suffix(wb.last().map_or("", |s| s))
    {
        return false;
    }
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    short[1..].iter().all(|w| long[1..].contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_merge_by_containment() {
        assert!(compatible("Maria Lopez", "Maria T. Lopez"));
        assert!(!compatible("Ann Cole", "Ben Cole"));
        assert!(!compatible("Ben Cole", "Ben Cole Jr."));
        assert_eq!(pick_full_name(&["Ben Cole".into(), "Ben Cole Jr.".into()]), Some("Ben Cole".into()));
        assert_eq!(pick_full_name(&["Ann Cole".into(), "Ben Cole".into()]), Some("Ann Cole".into()));
    }
}

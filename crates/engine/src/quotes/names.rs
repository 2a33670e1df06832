//! Names in one document: what kind of speaker a noun phrase names (person, group, organisation,
//! document), the name inside it with titles stripped, and the index of names the document mentions
//! (to expand a surname to the full name the document gives). The corpus-wide merging of speakers
//! is `speakers.rs`.
use std::collections::HashMap;

use crate::lexicon as lx;
use super::text::Tok;
use super::SpeakerKind;
use crate::span::Span;

/// What a noun phrase says about its speaker.
#[derive(Clone, Debug)]
pub(crate) struct NameInfo {
    pub kind: SpeakerKind,
    /// The name: a personal name without titles, an organisation without its article, or the
    /// phrase without its determiner for unnamed speakers.
    pub name: String,
    /// A proper name (as opposed to a pronoun or a description such as "the report").
    pub named: bool,
    /// `he`, `she`, `it`, `they`, ... when the phrase is a pronoun.
    pub pronoun: Option<String>,
    /// The head noun of a common noun phrase ("report" in "the Tribune report").
    pub head: Option<String>,
    /// A definite description ("the company", "the report") that may name an earlier speaker.
    pub definite: bool,
    /// For documents: the proper name inside the phrase ("Tribune" in "the Tribune report").
    pub author: Option<String>,
    /// Lowercased title words before a personal name ("foreign", "minister").
    pub titles: Vec<String>,
}

fn strip_possessive(w: &str) -> &str {
    for suf in ["’s", "'s", "’", "'"] {
        if let Some(s) = w.strip_suffix(suf) {
            if !s.is_empty() {
                return s;
            }
        }
    }
    w
}

pub(crate) fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && w.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '&' || c == '-')
}

fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// Whether a word can be part of a proper name.
fn proper_word(t: &Tok) -> bool {
    t.is_word() && (t.cap || is_initial(&t.low.to_uppercase()) || lx::is_name_suffix(&t.low))
}

/// Whether word `i` of `toks` is part of a date, never of a name: a weekday ("On Friday Ford Motor
/// Company announced"), or a month before a figure or after a preposition of time ("in March",
/// "March 3"; "April Ryan" is a name).
fn date_word(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_word() {
        return false;
    }
    if lx::weekday_of(&t.low).is_some() {
        return true;
    }
    if lx::month_of(&t.low).is_none() {
        return false;
    }
    let figure_after = toks.get(i + 1).is_some_and(|n| n.is_word() && n.low.starts_with(|c: char| c.is_ascii_digit()));
    let time_before = i > 0
        && toks[i - 1].is_word()
        && matches!(toks[i - 1].low.as_str(), "in" | "on" | "since" | "by" | "until" | "till" | "during" | "last" | "next" | "early" | "late" | "mid" | "this");
    figure_after || time_before
}

/// Analyses the words `toks` (a noun phrase as written). `hints` gives kinds known from the
/// document's mentions.
pub(crate) fn analyse(text: &str, toks: &[Tok], hints: Option<&Mentions>) -> Option<NameInfo> {
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    let first = words.first()?;
    if words.len() == 1 && lx::is_pronoun_subject(&first.low) {
        let kind = match first.low.as_str() {
            "he" | "she" => SpeakerKind::Person,
            "they" => SpeakerKind::Group,
            "it" => SpeakerKind::Unknown,
            _ => SpeakerKind::Person,
        };
        return Some(NameInfo {
            kind,
            name: text[first.start..first.end].to_string(),
            named: false,
            pronoun: Some(first.low.clone()),
            head: None,
            definite: false,
            author: None,
            titles: Vec::new(),
        });
    }
    let last = words.last()?;
    // One capitalised word that is a common noun for documents or an organisation is that noun,
    // capitalised to open a sentence ("Reports on the implement vary", "Police said"; a singular
    // document noun is more often a label: "Opinion:").
    let common_capital = words.len() == 1
        && last.cap
        && !is_acronym(&text[last.start..last.end])
        && (lx::is_document_noun(&last.low) && last.low.ends_with('s') || lx::is_org_noun(&last.low) && !lx::is_institution(&last.low));
    let ends_proper = proper_word(last) && !common_capital;
    if ends_proper && !(last.cap && lx::is_determiner(&last.low)) {
        // The trailing run of proper words.
        let mut k = words.len();
        while k > 0 {
            let w = words[k - 1];
            if proper_word(w) {
                k -= 1;
                continue;
            }
            // Connectors inside a name: "Office of the State Auditor", "Ludwig van Beethoven".
            let connector = |t: &Tok| {
                matches!(t.low.as_str(), "of" | "the" | "for" | "&" | "de" | "and") || lx::is_name_particle(&t.low)
            };
            let mut c = k;
            while c > 0 && connector(words[c - 1]) && !(words[c - 1].cap && lx::is_determiner(&words[c - 1].low)) {
                c -= 1;
            }
            // "and" only inside a structured name ("Centers for Disease Control and Prevention").
            let and_ok = !words[c..k].iter().any(|w| w.low == "and")
                || words[..c].iter().any(|w| matches!(w.low.as_str(), "of" | "for"));
            if c < k && c > 0 && k < words.len() && proper_word(words[c - 1]) && and_ok {
                k = c;
                continue;
            }
            break;
        }
        // A title in lower case with its organisation or place: "director of Amnesty International
        // Man-kei Tam", "ambassador to the United Nations Nikki Haley".
        let mut from = k;
        while from >= 1 && words[from - 1].low == "the" {
            from -= 1;
        }
        if from >= 2 && lx::ties_title_to_office(&words[from - 1].low) && lx::is_title_word(&words[from - 2].low) {
            k = from - 2;
        }
        let mut run: Vec<&Tok> = words[k..].to_vec();
        while run.len() > 1
            && (lx::is_droppable_front(&run[0].low)
                || lx::is_intro_word(&run[0].low) && run[0].low != "in"
                || lx::weekday_of(&run[0].low).is_some())
        {
            run.remove(0);
        }
        if run.len() > 1 && run[0].low == "in" {
            run.remove(0);
        }
        let titles_before: Vec<String> =
            words[..k].iter().filter(|w| lx::is_title_word(&w.low)).map(|w| w.low.clone()).collect();
        return Some(proper(text, &run, titles_before, hints));
    }
    // A common noun phrase. A part of a group keeps its quantifier: "One of the victims" is one
    // person, "some of the residents" people.
    let partitive = words.len() >= 3 && words[1].low == "of" && (lx::is_quantifier(&first.low) || lx::is_number_word(&first.low));
    let mut lo = 0;
    while !partitive && lo + 1 < words.len() && lx::is_droppable_front(&words[lo].low) {
        lo += 1;
    }
    let definite = matches!(first.low.as_str(), "the" | "this" | "that");
    // The head comes before a post-modifier: "article of impeachment", "lawyers for the state",
    // "people familiar with the matter", "an analyst at the bank".
    let of_at = words
        .iter()
        .position(|w| lx::is_preposition(&w.low) || matches!(w.low.as_str(), "familiar" | "close"))
        .filter(|&i| i > lo && !(partitive && i == 1));
    let head_tok = match of_at {
        Some(i) => words[i - 1],
        None => *last,
    };
    let head = strip_possessive(&head_tok.low).to_string();
    let possessed = words[..words.len() - 1].iter().any(|w| w.is_possessive());
    let kind = if let Some(plural) = lx::person_noun(&head) {
        if plural && !(partitive && matches!(first.low.as_str(), "one" | "each")) {
            SpeakerKind::Group
        } else {
            SpeakerKind::Person
        }
    } else if lx::is_org_noun(&head) {
        SpeakerKind::Organisation
    } else if lx::is_document_noun(&head) {
        SpeakerKind::Document
    } else if head_tok.cap && head.ends_with('s') {
        SpeakerKind::Group
    } else {
        SpeakerKind::Unknown
    };
    let author = if kind == SpeakerKind::Document || kind == SpeakerKind::Organisation && definite {
        // A proper modifier names the author: "the Tribune report", "a Justice Department memo".
        let caps: Vec<&Tok> = words[lo..]
            .iter()
            .copied()
            .take_while(|w| w.start < head_tok.start)
            .filter(|w| w.cap && !lx::is_determiner(&w.low))
            .collect();
        if caps.is_empty() {
            None
        } else {
            Some(strip_possessive(&text[caps[0].start..caps[caps.len() - 1].end]).to_string())
        }
    } else {
        None
    };
    let name = strip_possessive(&text[words[lo].start..last.end]).to_string();
    Some(NameInfo {
        kind,
        name,
        named: false,
        pronoun: None,
        head: Some(head),
        definite: definite && !possessed,
        author,
        titles: Vec::new(),
    })
}

/// Words that describe a person before the name without being a title of office: an occupation
/// written as a false title ("broadcaster Piers Morgan", "curator Elaine Gustafon") or an age
/// ("Fourteen-year-old Zoe").
fn descriptor(low: &str) -> bool {
    lx::person_noun(low) == Some(false) || lx::is_org_description(low) || low.contains("year-old")
}

/// Reads a capitalised run as a name: what a speaker's name keeps is the name itself, without
/// titles, false titles, ages, nationality adjectives, post-nominals ("QC", "MP") or an
/// affiliation after it ("Mike Ryan of the World Health Organization"); a title of office with
/// its place or organisation ("Governor of Washington Chris Gregoire", "director of Amnesty
/// International Man-kei Tam") is a title too.
fn proper(text: &str, run: &[&Tok], mut titles: Vec<String>, hints: Option<&Mentions>) -> NameInfo {
    let joined = |ws: &[&Tok]| -> String {
        if ws.is_empty() {
            return String::new();
        }
        strip_possessive(&text[ws[0].start..ws[ws.len() - 1].end]).to_string()
    };
    let mut run: &[&Tok] = run;
    // Post-nominals after the name.
    while run.len() > 1 && lx::is_post_nominal(strip_possessive(&run[run.len() - 1].low)) {
        run = &run[..run.len() - 1];
    }
    // Nationality and party adjectives before a personal name ("Russian Sergey Lavrov"), but not
    // inside the name of a place or an organisation ("Northern Ireland", "Korean Central News
    // Agency").
    while run.len() > 2
        && (lx::is_demonym(&run[0].low) || lx::is_party_word(&run[0].low))
        && !run[1..].iter().any(|w| lx::is_org_word(strip_possessive(&w.low)) || lx::is_connector(&w.low))
    {
        run = &run[1..];
    }
    // An affiliation after a personal name: "Mike Ryan of the World Health Organization", "Doug
    // Collins of Georgia", "Lydia Buchtmann for Food Standards Australia".
    if let Some(s) = run.iter().position(|w| matches!(w.low.as_str(), "of" | "from" | "for")) {
        let before = &run[..s];
        let personal_name = before.len() >= 2
            && before.len() <= 4
            && before.iter().all(|w| {
                w.cap
                    && !lx::is_title_word(&w.low)
                    && !lx::is_org_word(&w.low)
                    && !descriptor(&w.low)
                    && !is_acronym(&text[w.start..w.end])
                    && !lx::is_determiner(&w.low)
            });
        if personal_name && s + 1 < run.len() {
            run = before;
        }
    }
    let lows: Vec<&str> = run.iter().map(|w| w.low.as_str()).collect();
    let last_low = strip_possessive(lows.last().copied().unwrap_or("")).to_string();
    let org_like = lows.iter().any(|w| lx::is_org_word(strip_possessive(w)))
        || run.iter().any(|w| is_acronym(strip_possessive(&text[w.start..w.end])));
    // A personal name after the last title word ("Canadian Foreign Minister Ivan Petrov"), or
    // after a false title or an age that stands before another word.
    let last = lows.len().saturating_sub(1);
    let t = lows.iter().enumerate().rposition(|(k, w)| lx::is_title_word(w) || k < last && descriptor(w));
    let mut name_part: &[&Tok] = match t {
        Some(t) => &run[t + 1..],
        None => run,
    };
    // The title's place or organisation: "of Washington", "of Amnesty International", "to the
    // United Nations".
    if t.is_some() && name_part.first().is_some_and(|w| lx::ties_title_to_office(&w.low)) {
        let mut k = 1;
        while k < name_part.len() && name_part[k].low == "the" {
            k += 1;
        }
        let rest = &name_part[k..];
        let skip = match rest.iter().rposition(|w| lx::is_org_word(strip_possessive(&w.low))) {
            Some(o) => o + 1,
            None if rest.len() >= 3 && lx::is_place_prefix(&rest[0].low) => 2,
            None => 1,
        };
        let name = &rest[skip.min(rest.len())..];
        titles.extend(name_part[..name_part.len() - name.len()].iter().map(|w| w.low.clone()));
        name_part = if name.iter().any(|w| w.cap) { name } else { &[] };
    }
    let starts_org = lows.first().is_some_and(|w| lx::is_org_word(w) && !lx::is_title_word(w));
    let part_has_org =
        name_part.iter().any(|w| lx::is_org_word(strip_possessive(&w.low)) || is_acronym(&text[w.start..w.end]));
    if let Some(t) = t {
        titles.extend(lows[..=t].iter().filter(|w| lx::is_title_word(w) || descriptor(w)).map(|w| w.to_string()));
    }
    let org_led = starts_org && t.is_none();
    let only_suffix = name_part.len() == 1 && lx::is_name_suffix(&name_part[0].low);
    let personal = !name_part.is_empty() && name_part.iter().any(|w| w.cap) && !only_suffix;
    if personal && !part_has_org && !org_led {
        let name = joined(name_part);
        let single = name_part.len() == 1;
        let mut kind = if single && t.is_none() { SpeakerKind::Unknown } else { SpeakerKind::Person };
        if let Some(h) = hints.and_then(|m| m.kind_of(&name)) {
            kind = h;
        } else if single
            && name_part[0].low.ends_with('s')
            && name_part[0].cap
            && lx::person_noun(&name_part[0].low).is_some()
        {
            kind = SpeakerKind::Group;
        }
        return NameInfo { kind, name, named: true, pronoun: None, head: None, definite: false, author: None, titles };
    }
    let name = joined(run);
    if org_like {
        let kind = if lx::is_document_noun(&last_low) { SpeakerKind::Document } else { SpeakerKind::Organisation };
        return NameInfo {
            kind,
            name,
            named: true,
            pronoun: None,
            head: None,
            definite: false,
            author: None,
            titles: Vec::new(),
        };
    }
    if name_part.is_empty() {
        // Titles only ("Minister", "the President"): a description of a person.
        let head = last_low.clone();
        return NameInfo {
            kind: SpeakerKind::Person,
            name,
            named: false,
            pronoun: None,
            head: Some(head),
            definite: true,
            author: None,
            titles,
        };
    }
    let kind = hints.and_then(|m| m.kind_of(&name)).unwrap_or(SpeakerKind::Unknown);
    NameInfo { kind, name, named: true, pronoun: None, head: None, definite: false, author: None, titles }
}

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
            if !proper_word(&all[i]) || lx::is_name_suffix(&all[i].low) || date_word(all, i) {
                i += 1;
                continue;
            }
            let lo = i;
            let mut j = i + 1;
            while j < all.len() && all[j].sent == all[lo].sent {
                let w = &all[j];
                if proper_word(w) && !all[j - 1].is_possessive() && !date_word(all, j) {
                    j += 1;
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
                let has_and = all[j..c].iter().any(|t| t.low == "and");
                let structured = all[lo..j].iter().any(|t| matches!(t.low.as_str(), "of" | "for"))
                    || all[j..c].iter().any(|t| matches!(t.low.as_str(), "of" | "for"));
                if c > j
                    && c < all.len()
                    && proper_word(&all[c])
                    && !all[j - 1].is_possessive()
                    && (!has_and || structured && all[j..c].len() == 1)
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
            if let Some(mut info) = analyse(text, &all[s..j], None) {
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
                                m.acronyms.insert(text[a.start..a.end].replace('.', ""), strip_article(&info.name).to_string());
                            }
                        }
                        m.org_names.push(strip_article(&info.name).to_string());
                    }
                    m.add(info, span);
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
        if info.kind != SpeakerKind::Unknown {
            let e = self.kinds.entry(info.name.to_lowercase()).or_insert(info.kind);
            if *e == SpeakerKind::Unknown {
                *e = info.kind;
            }
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
        self.persons_by_last.contains_key(&key) || self.orgs_by_last.contains_key(&key) || self.by_first.contains_key(&key)
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
            let initials: String =
                n.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).filter_map(|w| w.chars().next()).collect();
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
/// contained in a longer one merge into it ("Maria Lopez" into "Maria T. Lopez"); what remains
/// must be a single name, or a single name without a generational suffix.
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
    (plain.len() == 1).then(|| plain[0].clone())
}

fn name_words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.trim_end_matches('.').to_lowercase()).filter(|w| !w.is_empty()).collect()
}

/// Two full names of one person: given names that can be one person's (equal, a short form, an
/// initial: the rule the name finder uses too), and the other words of one contained in the other
/// (middle names and initials aside).
pub(crate) fn compatible(a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(a), name_words(b));
    let (Some(ga), Some(gb)) = (wa.first(), wb.first()) else { return false };
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
        assert_eq!(pick_full_name(&["Ann Cole".into(), "Ben Cole".into()]), None);
    }
}

//! Names in one document: what kind of speaker a noun phrase names (person, group, organisation,
//! document) and the name inside it with titles stripped. The index of the names a document
//! mentions (to expand a surname to the full name the document gives) is `mentions.rs`; the
//! corpus-wide merging of speakers is `speakers.rs`.

use super::text::{Tok, TK};
use super::SpeakerKind;
use crate::lexicon as lx;

pub(crate) use super::mentions::{compatible, strip_article, surname_key, Mention, Mentions};

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

pub(super) fn strip_possessive(w: &str) -> &str {
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

pub(super) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// Whether a word can be part of a proper name.
pub(super) fn proper_word(t: &Tok) -> bool {
    // Only a word with a full stop can be an initial: the others are not upper-cased to see (a
    // copy of every lower-case word of a collection).
    t.is_word() && (t.cap || t.low.ends_with('.') && is_initial(&t.low.to_uppercase()) || lx::is_name_suffix(&t.low))
}

/// Whether word `i` of `toks` is part of a date, never of a name: a weekday ("On Friday Ford Motor
/// Company announced"), or a month before a figure or after a preposition of time ("in March",
/// "March 3"; "April Ryan" is a name).
pub(super) fn date_word(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_word() {
        return false;
    }
    if lx::weekday_of(&t.low).is_some() {
        return true;
    }
    // A time zone after a clock time ("4:15 p.m. ET").
    if lx::is_time_zone(&t.low) && i > 0 && toks[i - 1].is_word() && {
        let p = toks[i - 1].low.trim_end_matches('.');
        matches!(p, "a.m" | "p.m" | "am" | "pm" | "noon" | "midnight") || p.starts_with(|c: char| c.is_ascii_digit())
    } {
        return true;
    }
    if lx::month_of(&t.low).is_none() {
        return false;
    }
    let figure_after = toks.get(i + 1).is_some_and(|n| n.is_word() && n.low.starts_with(|c: char| c.is_ascii_digit()));
    let time_before = i > 0
        && toks[i - 1].is_word()
        && matches!(
            toks[i - 1].low.as_str(),
            "in" | "on"
                | "since"
                | "by"
                | "until"
                | "till"
                | "during"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "this"
        );
    figure_after || time_before
}

/// Whether word `i` is part of a dateline: words in capitals opening a paragraph, before a comma,
/// a bracket or a dash (`WILMINGTON, Del. —`): a place, never a speaker. Bounded.
pub(super) fn dateline_word(text: &str, toks: &[Tok], i: usize) -> bool {
    let caps = |t: &Tok| {
        t.is_word()
            && t.end - t.start >= 2
            && text[t.start..t.end].chars().all(|c| !c.is_lowercase())
            && text[t.start..t.end].chars().any(|c| c.is_alphabetic())
    };
    if !caps(&toks[i]) {
        return false;
    }
    let p = toks[i].para;
    let mut k = i;
    while k > 0 && i - k < 4 && toks[k - 1].para == p && caps(&toks[k - 1]) {
        k -= 1;
    }
    if k > 0 && toks[k - 1].para == p {
        return false;
    }
    let mut e = i + 1;
    while e < toks.len() && e - i < 4 && toks[e].para == p && caps(&toks[e]) {
        e += 1;
    }
    toks.get(e).is_some_and(|n| n.para == p && matches!(n.kind, TK::Punct(',' | '(' | '—' | '–' | '-')))
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
        && (lx::is_document_noun(&last.low) && last.low.ends_with('s')
            || lx::is_org_noun(&last.low) && !lx::is_institution(&last.low)
            || lx::person_noun(&last.low) == Some(true));
    // People described by where they work are a description, not the place's name: "Analysts at
    // Northbridge Securities", "a spokeswoman for Halvorsen" (a capitalised title before "for" is
    // part of a name: "Secretary for Health Jane Doe").
    let affiliated =
        words.iter().rposition(|w| matches!(w.low.as_str(), "at" | "for" | "from" | "in")).is_some_and(|m| {
            m >= 1
                && m + 1 < words.len()
                && words[m + 1..].iter().all(|w| proper_word(w) || matches!(w.low.as_str(), "of" | "the" | "and" | "&"))
                && lx::person_noun(&words[m - 1].low).is_some_and(|plural| !words[m - 1].cap || plural && m == 1)
        });
    let ends_proper = proper_word(last) && !common_capital && !affiliated;
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
            // "and" only inside a structured name ("Centers for Disease Control and Prevention"),
            // or between one word after "the" and an organisation's name ("the Sewerage and Water
            // Board", "the Food and Drug Administration").
            let coordinated = c >= 1
                && k - c == 1
                && (c == 1 || words[c - 2].low == "the")
                && lx::is_org_head(&last.low)
                && !lx::is_org_head(&words[c - 1].low);
            let and_ok = !words[c..k].iter().any(|w| w.low == "and")
                || words[..c].iter().any(|w| matches!(w.low.as_str(), "of" | "for"))
                || coordinated;
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
                || lx::is_wh_word(&run[0].low)
                || lx::weekday_of(&run[0].low).is_some())
        {
            run.remove(0);
        }
        if run.len() > 1 && run[0].low == "in" {
            run.remove(0);
        }
        // A place's possessive before an organisation's name is not part of it: "Nigeria's
        // Ministry of Ports and Waterways", "Britain's Labour Party" (one or two words before
        // the mark; the rest two words or more with a word of organisation, not only a company
        // suffix: "McDonald's Corp." stays whole).
        if let Some(p) = run.iter().take(2).position(|w| w.is_possessive()) {
            let rest = &run[p + 1..];
            if rest.len() >= 2
                && run[..=p].iter().all(|w| w.cap)
                && !lx::is_title_word(strip_possessive(&run[p].low))
                && lx::person_noun(strip_possessive(&run[p].low)).is_none()
                && rest.iter().all(|w| proper_word(w) || lx::is_connector(&w.low) || w.low == "and")
                && rest.iter().any(|w| lx::is_org_word(&w.low) && !lx::is_corporate_suffix(&w.low))
            {
                run.drain(..=p);
            }
        }
        let titles_before: Vec<String> =
            words[..k].iter().filter(|w| lx::is_title_word(&w.low)).map(|w| w.low.clone()).collect();
        return Some(proper(text, &run, titles_before, hints));
    }
    // A common noun phrase. A part of a group keeps its quantifier: "One of the victims" is one
    // person, "some of the residents" people.
    let partitive =
        words.len() >= 3 && words[1].low == "of" && (lx::is_quantifier(&first.low) || lx::is_number_word(&first.low));
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
    // A named person before a post-modifier that ends in a common noun is that person: "Det. Sgt.
    // Ray Dunn of the Akron Police Department’s traffic unit", "Jane Doe of the city’s
    // planning office".
    if let Some(i) =
        of_at.filter(|&i| proper_word(words[i - 1]) && matches!(words[i].low.as_str(), "of" | "from" | "at"))
    {
        let end = toks.partition_point(|t| t.start < words[i - 1].end);
        if let Some(info) = analyse(text, &toks[..end], hints).filter(|n| n.named && n.kind == SpeakerKind::Person) {
            return Some(info);
        }
    }
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

/// The text of consecutive words as written, except that a nickname in quotation marks between
/// them is left out: `Leon “Tank” Harper` is Leon Harper.
fn words_text(text: &str, ws: &[&Tok]) -> String {
    let mut out = String::new();
    for (k, w) in ws.iter().enumerate() {
        if k > 0 {
            let gap = &text[ws[k - 1].end..w.start];
            out.push_str(if gap.chars().any(super::marks::is_quote_char) { " " } else { gap });
        }
        out.push_str(&text[w.start..w.end]);
    }
    out
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
        strip_possessive(&words_text(text, ws)).to_string()
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
    // The titles before the name do not make it a title's office: "Sen. Maria Feld of Oregon"
    // is Maria Feld ("Secretary of State", "Duke of York" have no personal name before "of").
    if let Some(s) = run.iter().position(|w| matches!(w.low.as_str(), "of" | "from" | "for")) {
        let titled = run[..s].iter().rposition(|w| lx::is_title_word(&w.low)).map_or(0, |t| t + 1);
        let before = &run[titled..s];
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
            run = &run[..s];
        }
    }
    let lows: Vec<&str> = run.iter().map(|w| w.low.as_str()).collect();
    let last_low = strip_possessive(lows.last().copied().unwrap_or("")).to_string();
    let org_like = lows.iter().any(|w| lx::is_org_word(strip_possessive(w)))
        || run.iter().any(|w| is_acronym(strip_possessive(&text[w.start..w.end])));
    // A personal name after the last title word ("Canadian Foreign Minister Ivan Petrov"), or
    // after a false title or an age that stands before another word.
    let last = lows.len().saturating_sub(1);
    // A word of an office after an organisation's word is part of its name, not a title: "the U.S.
    // Attorney’s Office for the Southern District of New York".
    let org_at = lows.iter().position(|w| lx::is_org_word(strip_possessive(w)) && !lx::is_title_word(w));
    // A title word last, after a word that is no title, is a surname ("Andrea Bishop", "Brian
    // Judge"; "Attorney General" is a title); so is a title word alone that the document gives as
    // a person's surname ("Bishop said" after "Andrea Bishop").
    let surname_at_end = |k: usize| {
        k == last
            && if k == 0 {
                hints.is_some_and(|h| h.expand_person(&text[run[0].start..run[0].end]).is_some())
            } else {
                !lx::is_title_word(lows[k - 1])
                    && !descriptor(lows[k - 1])
                    && run[k - 1].cap
                    && !lx::is_determiner(lows[k - 1])
                    && !lx::is_org_word(lows[k - 1])
            }
    };
    let t = lows.iter().enumerate().rposition(|(k, w)| {
        lx::is_title_word(w) && !(lx::is_title_body(w) && org_at.is_some_and(|o| o < k)) && !surname_at_end(k)
            || k < last && descriptor(w)
    });
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

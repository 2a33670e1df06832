//! Candidates: capitalised runs read into names of a shape (person, organisation, place, other)
//! with the evidence of their context (titles, appositives, prepositions of place).

use super::tokens::{BlockToks, Tok};
use super::*;

/// The shape a run of words has on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    Person,
    Org,
    Place,
    Other,
    /// One word: decided with the rest of the corpus.
    Single,
}

#[derive(Debug)]
pub(super) struct Cand {
    pub(super) doc: u32,
    /// The words of the name: (start, end) in the file and the key.
    pub(super) words: Vec<(usize, usize, String)>,
    pub(super) written: String,
    pub(super) shape: Shape,
    pub(super) person: u32,
    pub(super) place: u32,
    pub(super) initial: bool,
    pub(super) acronym: bool,
    pub(super) from_heading: bool,
    /// Right after `the` (`the Senate`).
    pub(super) after_the: bool,
    /// Organisation evidence (a legal form such as `Inc.` after the name).
    pub(super) org: u32,
    /// A short form used as a common noun's: after a number (`15 IQ points`), with a number
    /// joined by a hyphen (`COVID-19`), or spelling the lower-case words it follows in brackets
    /// (`Ebola virus disease (EVD)`).
    pub(super) plain_short: bool,
    /// The subject of a verb of saying, before or after it (`Kessler said`, `said Kessler`,
    /// `TVN24 reported`).
    pub(super) says: bool,
}

impl Cand {
    /// A part of another candidate's words, with no evidence of its own yet.
    pub(super) fn part(doc: u32, words: Vec<(usize, usize, String)>, written: String, shape: Shape) -> Cand {
        Cand {
            doc,
            words,
            written,
            shape,
            person: 0,
            place: 0,
            initial: false,
            acronym: false,
            from_heading: false,
            after_the: false,
            org: 0,
            plain_short: false,
            says: false,
        }
    }

    pub(super) fn span(&self) -> Span {
        Span::new(self.words[0].0, self.words[self.words.len() - 1].1)
    }
    pub(super) fn key(&self) -> String {
        self.words.iter().map(|w| w.2.as_str()).collect::<Vec<_>>().join(" ")
    }
}

/// Adjectives that stand before a title or a name and are not names themselves: nationalities,
/// parties, adjectives of public bodies ("Russian", "Republican", "Federal") and "State".
pub(super) fn adjective(k: &str) -> bool {
    lx::is_demonym(k) || lx::is_party_word(k) || lx::is_org_adjective(k) || k == "state"
}

pub(super) fn name_tok(t: &Tok) -> bool {
    t.cap && !lx::is_calendar_word(&t.key) && t.raw.chars().any(char::is_alphabetic)
}

/// Whether two neighbouring words can belong to one name.
pub(super) fn joinable(a: &Tok, b: &Tok) -> bool {
    let g = b.gap;
    if g.is_empty() {
        return false;
    }
    if g.chars().all(char::is_whitespace) {
        return g.chars().filter(|&c| c == '\n').count() <= 1;
    }
    if a.abbrev && g.starts_with('.') && g.len() > 1 && g[1..].chars().all(char::is_whitespace) {
        return !lx::never_a_name(&b.key) || lx::is_connector(&b.key);
    }
    (matches!(g, "-" | "\u{2010}" | "\u{2011}") || g.trim() == "&") && a.cap && b.cap
}

/// Capitalised runs of a block, as token ranges.
pub(super) fn runs(toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !name_tok(&toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < toks.len() && !toks[end - 1].possessive {
            let j = end;
            if name_tok(&toks[j]) && joinable(&toks[j - 1], &toks[j]) {
                end = j + 1;
                continue;
            }
            // Up to two lower-case connectors, then a capitalised word: `of` after a noun that
            // takes one (`Department of`, `Secretary of`, `Gulf of`), `for` and `on` after an
            // organisation noun (`Center for`, `Council on`), name particles (`van`, `de`).
            let mut c = j;
            let before = toks[j - 1].key.as_str();
            let opens = match toks[j].key.as_str() {
                "of" => lx::takes_of(before),
                "for" | "on" => lx::is_org_head(before),
                "and" => !toks[j].cap,
                "the" | "&" | "y" => false,
                _ => true,
            };
            if opens && toks[j].key == "and" {
                c = j + 1;
            }
            while opens
                && toks[j].key != "and"
                && c < toks.len()
                && c - j < 2
                && !toks[c].cap
                && lx::is_connector(&toks[c].key)
                && joinable(&toks[c - 1], &toks[c])
            {
                c += 1;
            }
            if c > j && c < toks.len() && name_tok(&toks[c]) && joinable(&toks[c - 1], &toks[c]) {
                end = c + 1;
                continue;
            }
            break;
        }
        // `and` stays inside an organisation name that opens with its noun and a connector
        // (`Centers for Disease Control and Prevention`, `Department of Health and Human
        // Services`); elsewhere it joins two names (`Trump and Putin`, `Republicans and White
        // House officials`, `Alaska Airlines and United Airlines`).
        let mut next = end;
        if let Some(m) = (start + 1..end).find(|&m| toks[m].key == "and" && !toks[m].cap) {
            let head = (start..m).find(|&k| !lx::never_a_name(&toks[k].key));
            let headed = head.is_some_and(|h| {
                lx::is_org_head(&toks[h].key)
                    && (h + 1..m).any(|k| matches!(toks[k].key.as_str(), "of" | "for" | "on") && !toks[k].cap)
            });
            if !headed || lx::is_org_head(&toks[m - 1].key) {
                end = m;
                next = m + 1;
            }
        }
        // A capitalised function word inside a run (title case, `… And …`) splits it, unless
        // it ends an organisation's name (`USA Today`).
        let mut s = start;
        for (k, t) in toks.iter().enumerate().take(end).skip(start + 1) {
            if t.cap && lx::never_a_name(&t.key) && !lx::is_connector(&t.key) && !lx::is_org_head(&t.key) {
                out.push(s..k);
                s = k;
            }
        }
        out.push(s..end);
        i = next;
    }
    out
}

/// Words a personal name can be made of, after a title.
pub(super) fn personal(toks: &[&Tok]) -> bool {
    !toks.is_empty()
        && toks.len() <= 5
        && toks[0].cap
        && toks.iter().all(|t| {
            !lx::is_org_head(&t.key)
                && !lx::is_other_head(&t.key)
                && !lx::never_a_name(&t.key)
                && !lx::is_title(&t.key)
                && !adjective(&t.key)
        })
        && !lx::is_name_suffix(&toks[0].key)
        && !lx::is_post_nominal(&toks[0].key)
        && !(toks.len() == 1 && toks[0].acronym)
}

pub(super) fn read_block(b: &BlockToks, ctx: &Ctx, out: &mut Vec<Cand>) {
    let toks = &b.toks;
    let mut after_title: Option<usize> = None; // token index just after a run that ended in a title
    for r in runs(toks) {
        if toks[r.start].known_only {
            continue;
        }
        if toks[r.start].dateline {
            let ws: Vec<usize> = r.clone().filter(|&i| toks[i].dateline).collect();
            let mut c = make_cand(b, &ws, if ws.len() == 1 { Shape::Single } else { Shape::Place }, 0, 2, false, false);
            c.acronym = false;
            c.written = c.written.split(' ').map(title_word).collect::<Vec<_>>().join(" ");
            out.push(c);
            continue;
        }
        let mut w: Vec<usize> = r.clone().collect();
        let mut initial = toks[r.start].initial;
        // 1. Function words and connectors at the start; but a word capitalised mid-sentence
        // that is no determiner or preposition opens an organisation's name when the run ends
        // in one's noun (`Just Security`).
        let org_named = w.len() >= 2 && lx::is_org_head(&toks[w[w.len() - 1]].key);
        while let Some(&f) = w.first() {
            let key = toks[f].key.as_str();
            let kept = org_named
                && toks[f].cap
                && !initial
                && !lx::is_determiner(key)
                && !lx::is_preposition(key)
                && f + 1 < r.end;
            if !kept && (!toks[f].acronym && lx::never_a_name(key) || lx::is_connector(key) && !toks[f].cap) {
                w.remove(0);
                initial = false;
            } else {
                break;
            }
        }
        // The plural of a short form is a common noun (`These FAQs`, `CEOs`, `MPs`).
        while w.last().is_some_and(|&i| plural_short_form(toks[i].raw)) {
            w.pop();
        }
        let title_comma = after_title.is_some_and(|k| k == r.start && toks[r.start].gap.trim() == ",");
        after_title = None;
        // An ordinary word opening a sentence is capitalised for that reason (`Examine Primary
        // Documents`, `Federal law`), unless it is a title or a nationality.
        if initial && w.len() >= 2 {
            let f = &toks[w[0]];
            if ctx.common(&f.key)
                && !lx::is_title(&f.key)
                && !adjective(&f.key)
                && !f.acronym
                && !lx::is_org_head(&f.key)
            {
                w.remove(0);
            }
        }
        if w.is_empty() {
            continue;
        }
        // 2. Titles.
        let tref: Vec<&Tok> = w.iter().map(|&i| &toks[i]).collect();
        // A title word right after an office word belongs to the office (`Homeland Security`).
        let title_at = |x: usize| lx::is_title(&tref[x].key) && !(x > 0 && lx::is_office(&tref[x - 1].key));
        let first_title = (0..tref.len()).find(|&x| title_at(x));
        let mut pieces: Vec<(Vec<usize>, u32)> = Vec::new(); // (words, person evidence)
                                                             // The end of the titles that start at `ft`, and whether one of them is a person's.
        let titles_from = |ft: usize| {
            let (mut k, mut person_title) = (ft, false);
            while k < w.len() {
                let key = &toks[w[k]].key;
                if lx::is_title(key) {
                    person_title |= lx::is_person_title(key);
                    k += 1;
                } else if key == "of"
                    && k + 1 < w.len()
                    && (lx::is_office(&toks[w[k + 1]].key) || lx::is_title(&toks[w[k + 1]].key))
                {
                    k += 2;
                    while k < w.len() && (lx::is_office(&toks[w[k]].key) || lx::is_title(&toks[w[k]].key)) {
                        k += 1;
                    }
                } else {
                    break;
                }
            }
            (k, person_title)
        };
        // The first title block followed by a personal name splits the run.
        let split = (0..w.len()).filter(|&x| title_at(x)).find_map(|ft| {
            let (k, person_title) = titles_from(ft);
            let rest: Vec<&Tok> = w[k..].iter().map(|&i| &toks[i]).collect();
            (personal(&rest) && (person_title || rest.len() >= 2)).then_some((ft, k, person_title))
        });
        match (first_title, split) {
            (_, Some((ft, k, person_title))) => {
                // Before the titles: an organisation or place (`FBI`, `U.S.`, `White House`),
                // without nationality or party adjectives at either end.
                let mut pre = &w[..ft];
                while pre.first().is_some_and(|&i| adjective(&toks[i].key)) {
                    pre = &pre[1..];
                }
                while pre.last().is_some_and(|&i| adjective(&toks[i].key)) {
                    pre = &pre[..pre.len() - 1];
                }
                if !pre.is_empty() {
                    pieces.push((pre.to_vec(), 0));
                }
                pieces.push((w[k..].to_vec(), if person_title { 3 } else { 1 }));
                initial = false;
            }
            (Some(ft), None) => {
                let (k, _) = titles_from(ft);
                if ft == 0 && k == w.len() {
                    // Titles alone (`Inspector General`) name nobody.
                    after_title = Some(r.end);
                } else if lx::is_person_title(&toks[w[w.len() - 1]].key) {
                    // The run ends in titles (`Department of Homeland Security Secretary`): what
                    // stands before them names the office's home.
                    let mut t0 = w.len();
                    while t0 > 0 && title_at(t0 - 1) {
                        t0 -= 1;
                    }
                    if t0 > 0 {
                        pieces.push((w[..t0].to_vec(), 0));
                    }
                    after_title = Some(r.end);
                } else if ft == 0 && k < w.len() && lx::is_connector(&toks[w[k]].key) {
                    // `President of the United States`: the title and its connectors go.
                    let mut s = k;
                    while s < w.len() && lx::is_connector(&toks[w[s]].key) {
                        s += 1;
                    }
                    if s < w.len() {
                        pieces.push((w[s..].to_vec(), 0));
                    }
                } else {
                    pieces.push((w.clone(), 0));
                }
            }
            (None, None) => pieces.push((w.clone(), 0)),
        }
        for (ws, person) in pieces {
            if let Some(c) = candidate(b, &ws, person, initial, title_comma, ctx) {
                out.push(c);
            }
        }
    }
}

/// Whether the name from token `first` to `last` is the subject of a verb of saying, after it
/// (`Kessler said`, `TVN24 reported`) or right before it (`said Kessler`).
pub(super) fn says(toks: &[Tok], first: usize, last: usize) -> bool {
    let cue = |t: &Tok| !t.cap && t.gap.trim().is_empty() && lx::cue_lemma(&t.key).is_some();
    let after = !toks[last].possessive && toks.get(last + 1).is_some_and(cue);
    let before = first > 0 && toks[first].gap.trim().is_empty() && cue(&toks[first - 1]) && !toks[first - 1].cap;
    after || before
}

/// A short form at token `i` used as a common noun's, not an organisation's: after a number (`15
/// IQ points`), with a number joined by a hyphen (`COVID-19`), or in brackets after the words it
/// spells when one of them is in lower case (`Ebola virus disease (EVD)`; `Syrian Democratic
/// Forces (SDF)` is a name).
pub(super) fn plain_short(toks: &[Tok], i: usize) -> bool {
    let number = |t: &Tok| t.raw.chars().next().is_some_and(|c| c.is_ascii_digit());
    if i > 0 && toks[i].gap.trim().is_empty() && number(&toks[i - 1]) {
        return true;
    }
    if toks.get(i + 1).is_some_and(|t| t.gap == "-" && number(t)) {
        return true;
    }
    let n = toks[i].key.chars().count();
    if i < n || !toks[i].gap.trim_end().ends_with('(') {
        return false;
    }
    let before = &toks[i - n..i];
    let spelt: String = before.iter().filter_map(|t| t.key.chars().next()).collect();
    spelt == toks[i].key && before.iter().any(|t| !t.cap) && before.iter().skip(1).all(|t| t.gap.trim().is_empty())
}

/// `FAQs`, `CEOs`: capitals and a plural `s`.
pub(super) fn plural_short_form(raw: &str) -> bool {
    raw.strip_suffix('s').is_some_and(|r| {
        r.chars().filter(|c| c.is_alphabetic()).count() >= 2 && r.chars().all(|c| c.is_uppercase() || c == '.')
    })
}

/// Place evidence before token `i`: `in X`, `in the X`, `in Y, X`.
pub(super) fn place_context(toks: &[Tok], i: usize) -> bool {
    let prep = |k: usize| {
        !toks[k].cap
            && (lx::is_place_preposition(&toks[k].key)
                || matches!(toks[k].key.as_str(), "visited" | "visiting" | "visit"))
    };
    if i == 0 {
        return false;
    }
    let g = toks[i].gap.trim();
    if g.is_empty() {
        // `Mitch Ames of Kentucky`: `of` after a name that does not take it (see `runs`).
        let of_after_name = toks[i - 1].key == "of" && i >= 2 && toks[i - 2].cap && toks[i - 1].gap.trim().is_empty();
        return prep(i - 1)
            || of_after_name
            || (i >= 2 && toks[i - 1].key == "the" && toks[i - 1].gap.trim().is_empty() && prep(i - 2));
    }
    if g == "," {
        // `in Hamburg, Germany`: walk back over the capitalised words before the comma.
        let mut k = i - 1;
        while k > 0 && toks[k].cap && toks[k].gap.trim().is_empty() {
            k -= 1;
        }
        return !toks[k].cap && k + 1 < i && prep(k);
    }
    false
}

/// Whether the name from token `first` to `last` follows, in a list (`,`, `and`, `or`), a name
/// with place evidence before it (`in X, Y and Z`), or a dateline and a comma (`BLANTYRE,
/// Malawi`). A name after a comma is in a list only if the list goes on after it (`In Gdańsk,
/// Jan Nowak said` is no list).
pub(super) fn listed_place(toks: &[Tok], first: usize, last: usize) -> bool {
    let goes_on = toks.get(last + 1).is_some_and(|t| {
        t.gap.trim() == "," || t.gap.trim().is_empty() && !t.cap && matches!(t.key.as_str(), "and" | "or")
    });
    let mut k = first;
    for _ in 0..8 {
        if k == 0 {
            return false;
        }
        let g = toks[k].gap.trim();
        let joiner = !toks[k - 1].cap && matches!(toks[k - 1].key.as_str(), "and" | "or") && g.is_empty();
        let comma = g == "," && toks[k - 1].cap;
        if !joiner && !comma {
            return false;
        }
        // The name before: back over its capitalised words.
        let mut j = if joiner { k - 1 } else { k };
        if j == 0 || !toks[j - 1].cap || toks[j].gap.trim() != (if joiner { "" } else { "," }) {
            return false;
        }
        j -= 1;
        while j > 0 && toks[j - 1].cap && toks[j].gap.trim().is_empty() {
            j -= 1;
        }
        if toks[j].dateline && comma && k == first {
            return true;
        }
        // Placed by a preposition of place (`in`, `near`; not `of`, which also follows titles:
        // `Archbishop of Gdańsk, Jan Nowak`), and not an organisation's name.
        let prep = |i: usize| !toks[i].cap && lx::is_place_preposition(&toks[i].key);
        let placed = j > 0
            && toks[j].gap.trim().is_empty()
            && (prep(j - 1) || j > 1 && toks[j - 1].key == "the" && prep(j - 2))
            && !lx::is_org_head(&toks[k - 1 - usize::from(joiner)].key);
        if placed && (joiner || goes_on) {
            return true;
        }
        k = j;
    }
    false
}

/// Person evidence after the name ending at token `last`: `, a Russia expert who`, `, who`,
/// `, an investment adviser`.
pub(super) fn appositive(toks: &[Tok], last: usize) -> bool {
    let Some(next) = toks.get(last + 1) else {
        return false;
    };
    if next.gap.trim() != "," {
        return false;
    }
    if next.key == "who" {
        return true;
    }
    if !matches!(next.key.as_str(), "a" | "an" | "the") {
        return false;
    }
    for t in toks.iter().skip(last + 2).take(6) {
        if t.gap.contains([',', '.', ';', ':', '(', '“', '"']) {
            return false;
        }
        if t.key == "who" || !t.cap && lx::is_person_title(&t.key) || lx::person_noun(&t.key) == Some(false) {
            return true;
        }
    }
    false
}

pub(super) fn candidate(
    b: &BlockToks,
    ws: &[usize],
    person_title: u32,
    initial: bool,
    title_comma: bool,
    ctx: &Ctx,
) -> Option<Cand> {
    let toks = &b.toks;
    // Connectors never end a name.
    let mut ws = ws.to_vec();
    while ws.last().is_some_and(|&i| !toks[i].cap) {
        ws.pop();
    }
    // A company's legal form (`Boeing Co.`, `Acme Inc.`) is not part of its name.
    let mut org = 0;
    if ws.len() >= 2 && lx::is_corporate_suffix(&toks[ws[ws.len() - 1]].key) {
        ws.pop();
        org = 2;
    }
    let first = *ws.first()?;
    let last = *ws.last()?;
    // A party and state after a name (`D-N.Y.`, `R-La.`) is not a name.
    if ws.len() >= 2 && toks[first].raw.chars().count() == 1 && toks[ws[1]].gap == "-" {
        return None;
    }
    let mut person = person_title;
    if title_comma {
        person += 3;
    }
    // A lower-case title right before: `special counsel Robert Mueller`.
    if first > 0
        && !toks[first - 1].cap
        && lx::is_person_title(&toks[first - 1].key)
        && toks[first].gap.trim().is_empty()
    {
        person += 2;
    }
    if appositive(toks, last) {
        person += 2;
    }
    let mut place = u32::from(place_context(toks, first) && !toks[last].possessive);
    // `Sacramento-based`: a place.
    if toks.get(last + 1).is_some_and(|t| t.gap == "-" && t.key == "based") {
        place = 2;
    }
    // A name in a list whose first name is placed (`in Kansas and Pennsylvania`, `in Askrigg,
    // Bainbridge and Aysgarth`), or after a dateline and a comma (`BLANTYRE, Malawi`).
    if place == 0
        && !toks[last].possessive
        && !ws.iter().all(|&i| ctx.common(&toks[i].key))
        && listed_place(toks, first, last)
    {
        place = 1;
    }
    // `an Alabama senator`: a name right before an office held for a place is that place.
    let next = toks.get(last + 1);
    if next.is_some_and(|t| !t.cap && t.gap.trim().is_empty() && lx::is_representative(&t.key))
        && !toks[last].acronym
        && !toks[last].possessive
    {
        place = 2;
    }
    // `a country, Norway,`: a name set off after a noun for a country or a town.
    if first > 0
        && toks[first].gap.trim() == ","
        && !toks[first - 1].cap
        && lx::is_place_noun(&toks[first - 1].key)
        && next.is_some_and(|t| t.gap.trim_start().starts_with(','))
    {
        place = 2;
    }
    let keys: Vec<&str> = ws.iter().map(|&i| toks[i].key.as_str()).collect();
    let caps: Vec<&str> = ws.iter().filter(|&&i| toks[i].cap).map(|&i| toks[i].key.as_str()).collect();
    let shape = if ws.len() == 1 {
        Shape::Single
    } else {
        let last_key = keys[keys.len() - 1];
        let head_before_of =
            |head: fn(&str) -> bool| keys.windows(2).any(|p| matches!(p[1], "of" | "for" | "on") && head(p[0]));
        let compound = ws.windows(2).all(|p| !toks[p[1]].gap.chars().any(char::is_whitespace));
        let common_all = caps.iter().all(|k| ctx.common(k) || adjective(k));
        let acronym = ws.iter().copied().find(|&i| toks[i].acronym);
        let tref: Vec<&Tok> = ws.iter().map(|&i| &toks[i]).collect();
        if person >= 2 && personal(&tref) {
            Shape::Person
        } else if lx::is_building_head(last_key) && place > 0 {
            // `inside the Oval Office`: a building or a room where something happens.
            Shape::Place
        } else if lx::is_org_head(last_key) || lx::is_org_adjective(last_key) || head_before_of(lx::is_org_head) {
            // `Acme Holdings`; an organisation's adjective last (`Amnesty International`).
            Shape::Org
        } else if lx::is_other_head(last_key) || head_before_of(lx::is_other_head) {
            Shape::Other
        } else if (lx::is_place_head(last_key) || head_before_of(lx::is_place_head)) && person == 0 {
            Shape::Place
        } else if let (true, Some(a)) = (common_all, acronym) {
            // `US Elections`: only the short form is a name.
            ws = vec![a];
            Shape::Single
        } else if place > 0
            || lx::is_place_prefix(keys[0])
                && !lx::is_name_particle(keys[0])
                && person == 0
                && ws.len() <= 3
                && !common_all
                && !adjective(last_key)
                && !ctx.common(last_key)
        {
            // A place, or a place's name after a point of the compass or `New`, `San`, `Fort`
            // (`North Korea`, `San Diego`, `New Hampshire`).
            Shape::Place
        } else if common_all {
            return None;
        } else if ctx.common(keys[0])
            || adjective(keys[0])
            || tref.iter().any(|t| t.acronym || t.raw.chars().any(|c| c.is_ascii_digit()))
        {
            Shape::Other
        } else if ws.len() <= 4 && !compound {
            Shape::Person
        } else {
            Shape::Other
        }
    };
    let mut c = make_cand(b, &ws, shape, person, place, initial, false);
    c.org = org;
    c.plain_short = c.acronym && plain_short(toks, first);
    c.says = says(toks, first, last);
    Some(c)
}

pub(super) fn make_cand(
    b: &BlockToks,
    ws: &[usize],
    shape: Shape,
    person: u32,
    place: u32,
    initial: bool,
    from_heading: bool,
) -> Cand {
    let toks = &b.toks;
    let n = ws.len();
    let words: Vec<(usize, usize, String)> = ws
        .iter()
        .enumerate()
        .map(|(k, &i)| (toks[i].start, if k + 1 == n { toks[i].name_end } else { toks[i].end }, toks[i].key.clone()))
        .collect();
    let acronym = n == 1 && toks[ws[0]].acronym;
    let after_the = ws[0] > 0 && toks[ws[0] - 1].key == "the" && toks[ws[0]].gap.trim().is_empty();
    let mut c = Cand::part(b.doc, words, written_form(toks, ws), shape);
    (c.person, c.place, c.initial, c.acronym, c.from_heading, c.after_the) =
        (person, place, initial, acronym, from_heading, after_the);
    c
}

/// `WASHINGTON` → `Washington`.
pub(super) fn title_word(w: &str) -> String {
    let mut cs = w.chars();
    cs.next().map_or_else(String::new, |f| f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect())
}

/// The name as written, with single spaces, without a possessive.
pub(super) fn written_form(toks: &[Tok], ws: &[usize]) -> String {
    let mut s = String::new();
    for (n, &i) in ws.iter().enumerate() {
        let t = &toks[i];
        if n > 0 {
            let g = t.gap;
            if g.starts_with('.') {
                s.push('.');
            }
            if !g.chars().any(char::is_whitespace) && g.contains(['-', '\u{2010}', '\u{2011}']) {
                s.push('-');
            } else if g.trim() == "&" {
                s.push_str(" & ");
            } else {
                s.push(' ');
            }
        }
        let end = if n + 1 == ws.len() { t.name_end } else { t.end };
        s.push_str(&t.raw[..(end - t.start).min(t.raw.len())]);
        if n + 1 == ws.len() && t.abbrev && !t.possessive {
            s.push('.');
        }
    }
    s
}

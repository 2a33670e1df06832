//! Acceptance: candidates filtered with the evidence of the whole corpus, and the mentions of known
//! names in headlines.

use super::candidates::{adjective, make_cand, runs, Cand, Shape};
use super::tokens::BlockToks;
use super::*;

/// Filters candidates with corpus-wide evidence and adds the headline mentions of known names.
pub(super) fn accept(mut cands: Vec<Cand>, blocks: &[BlockToks], ctx: &Ctx) -> Vec<Cand> {
    personal_shape(&mut cands, ctx);
    // A name whose first word is also an ordinary word (`Bill`, `Will`) is still a person's when
    // its last word is someone's surname in the corpus.
    let surnames: HashSet<String> = cands
        .iter()
        .filter(|c| c.shape == Shape::Person && c.words.len() >= 2 || c.shape == Shape::Single && c.person >= 2)
        .map(|c| surname(&c.words).to_owned())
        .collect();
    for c in &mut cands {
        let n = c.words.len();
        if c.shape == Shape::Other
            && (2..=3).contains(&n)
            && surnames.contains(surname(&c.words))
            && !adjective(&c.words[0].2)
            && !lx::is_other_head(surname(&c.words))
            && !lx::is_org_head(surname(&c.words))
            && c.words.iter().all(|w| w.2.chars().all(char::is_alphabetic))
        {
            c.shape = Shape::Person;
        }
    }
    // Keys seen mid-sentence: single words and the surnames of multi-word names.
    let mut mid: HashSet<String> = HashSet::new();
    for c in &cands {
        if c.words.len() >= 2 && c.shape == Shape::Person {
            mid.insert(surname(&c.words).to_owned());
        } else if c.shape == Shape::Single && !c.initial {
            mid.insert(c.words[0].2.clone());
        }
    }
    // Nationality adjectives the corpus pairs with a name (`Freedonia`, `Freedonian`): the
    // adjective is not a name, and the name is a place.
    let singles: HashSet<String> =
        cands.iter().filter(|c| c.shape == Shape::Single).map(|c| c.words[0].2.clone()).collect();
    let mut demonyms: HashSet<String> = HashSet::new();
    let mut places: HashSet<String> = HashSet::new();
    for k in &singles {
        for f in demonym_forms(k, false) {
            if f != *k && singles.contains(&f) {
                demonyms.insert(f);
                places.insert(k.clone());
            }
        }
    }
    for c in &mut cands {
        if c.shape == Shape::Single && places.contains(&c.words[0].2) {
            c.place += 2;
        }
    }
    let mut out: Vec<Cand> = Vec::new();
    for c in cands {
        if c.shape != Shape::Single {
            out.push(c);
            continue;
        }
        let k = c.words[0].2.as_str();
        let plural_demonym = k.strip_suffix('s').is_some_and(adjective);
        if c.acronym && (!lx::never_a_name(k) || k.len() <= 2) {
            out.push(c);
            continue;
        }
        if lx::never_a_name(k)
            || lx::is_calendar_word(k)
            || adjective(k)
            || plural_demonym
            || lx::is_title(k)
            || k.chars().count() < 2
            || demonyms.contains(k)
        {
            continue;
        }
        if !c.acronym && ctx.common(k) && c.person == 0 && !(c.after_the && lx::is_institution(k)) {
            continue;
        }
        if c.initial && c.person == 0 && !mid.contains(k) && !has_demonym(k) {
            continue;
        }
        out.push(c);
    }
    // Headlines and headings: known names only.
    let known_multi: HashSet<String> = out.iter().filter(|c| c.words.len() >= 2).map(Cand::key).collect();
    let known_single: HashSet<String> = out
        .iter()
        .flat_map(|c| {
            if c.words.len() == 1 {
                vec![c.words[0].2.clone()]
            } else if c.shape == Shape::Person {
                vec![surname(&c.words).to_owned()]
            } else {
                vec![]
            }
        })
        .collect();
    for b in blocks {
        let toks = &b.toks;
        for r in runs(toks).into_iter().filter(|r| toks[r.start].known_only) {
            let mut i = r.start;
            while i < r.end {
                // Longest known multi-word name starting here (up to five words), else a known word.
                let mut matched = 0;
                for len in (2..=5.min(r.end - i)).rev() {
                    let key: Vec<&str> = toks[i..i + len].iter().map(|t| t.key.as_str()).collect();
                    if known_multi.contains(&key.join(" ")) {
                        matched = len;
                        break;
                    }
                }
                if matched == 0 && known_single.contains(&toks[i].key) && toks[i].cap {
                    matched = 1;
                }
                if matched > 0 {
                    let idx: Vec<usize> = (i..i + matched).collect();
                    let shape = if matched == 1 { Shape::Single } else { Shape::Other };
                    out.push(make_cand(b, &idx, shape, 0, 0, false, true));
                    i += matched;
                } else {
                    i += 1;
                }
            }
        }
    }
    out.sort_by_key(|c| (c.doc, c.words[0].0));
    out
}

/// A run of two to four capitalised words with no clue is a person's name by default; but not
/// when something says it is a thing's (`Warhol Polaroid`, `Campbell Soup`, `Tucson
/// Sidewinders`) and nothing says it is a person's. Personal evidence, over the whole corpus: a
/// title or an appositive at any mention of the name, the name as the subject of a verb of
/// saying, or its surname used alone in the same article (`Kessler said`; not when the first word
/// is another person's surname, as `Warhol` in `Warhol Polaroid`). Thing evidence: the
/// last word is an ordinary word (`Soup`, `Corner`), or the first word is the name of a place or
/// the surname of another person (a modifier: `Tucson Sidewinders`, `Warhol Polaroid`). Such a
/// run is then a thing's name (`Other`, or the kind its last word says).
fn personal_shape(cands: &mut [Cand], ctx: &Ctx) {
    let mut evidenced: HashSet<String> = HashSet::new();
    let mut alone: HashSet<(u32, String)> = HashSet::new();
    let mut places: HashSet<String> = HashSet::new();
    let mut surnames: HashMap<String, HashSet<String>> = HashMap::new(); // surname -> full names
    for c in cands.iter() {
        let n = c.words.len();
        if n >= 2 && c.shape == Shape::Person {
            if c.person > 0 || c.says {
                evidenced.insert(c.key());
            }
            surnames.entry(surname(&c.words).to_owned()).or_default().insert(c.key());
        }
        if n == 1 {
            let k = c.words[0].2.clone();
            if c.place > 0 || has_demonym(&k) {
                places.insert(k.clone());
            }
            if c.person > 0 || c.says || !c.after_the && !c.initial && !c.acronym {
                alone.insert((c.doc, k));
            }
        } else if c.shape == Shape::Place {
            places.insert(c.words[0].2.clone());
        }
    }
    for c in cands.iter_mut() {
        let n = c.words.len();
        if c.shape != Shape::Person || n < 2 || c.person > 0 || c.says {
            continue;
        }
        let key = c.key();
        let (first, last) = (c.words[0].2.as_str(), surname(&c.words));
        if evidenced.contains(&key) {
            continue;
        }
        // Another person's surname before a word is a modifier even when that word is also
        // written alone (`Warhol Polaroid`, `Polaroids`).
        let other_surname = surnames.get(first).is_some_and(|names| names.iter().any(|k| *k != key));
        if !other_surname && alone.contains(&(c.doc, last.to_owned())) {
            continue;
        }
        if ctx.common(last) || places.contains(first) || other_surname {
            c.shape = if lx::is_org_head(last) { Shape::Org } else { Shape::Other };
        }
    }
}

pub(super) fn surname(words: &[(usize, usize, String)]) -> &str {
    let n = words.len();
    if n >= 2 && (lx::is_name_suffix(&words[n - 1].2) || lx::is_post_nominal(&words[n - 1].2)) {
        &words[n - 2].2
    } else {
        &words[n - 1].2
    }
}

pub(super) fn given(words: &[(usize, usize, String)]) -> &str {
    &words[0].2
}

pub(super) fn suffix(words: &[(usize, usize, String)]) -> Option<&str> {
    words.last().filter(|w| words.len() >= 3 && lx::is_name_suffix(&w.2)).map(|w| w.2.as_str())
}

/// The nationality adjectives a place name may have (`russia` → `russian`, `china` → `chinese`).
/// `bare` adds the shortened form (`germany` → `german`), which is only safe against the
/// lexicon: between two corpus words it cannot tell the place from the adjective.
pub(super) fn demonym_forms(k: &str, bare: bool) -> Vec<String> {
    let mut cut = k.chars();
    cut.next_back();
    let stem = cut.as_str();
    let mut v = vec![
        format!("{k}n"),
        format!("{k}an"),
        format!("{k}ian"),
        format!("{k}ese"),
        format!("{k}i"),
        format!("{stem}ian"),
        format!("{stem}an"),
        format!("{stem}ese"),
        format!("{stem}ean"),
    ];
    if bare {
        v.push(stem.to_owned());
    }
    v.retain(|d| d.chars().count() > 3);
    v
}

/// Whether a place name has a nationality adjective in the lexicon.
pub(super) fn has_demonym(k: &str) -> bool {
    demonym_forms(k, true).iter().any(|d| lx::is_demonym(d))
}

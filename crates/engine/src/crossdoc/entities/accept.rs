//! Acceptance: candidates filtered with the evidence of the whole corpus, and the mentions of known
//! names in headlines.

use super::candidates::{adjective, make_cand, runs, Cand, Shape};
use super::tokens::BlockToks;
use super::*;

/// Filters candidates with corpus-wide evidence and adds the headline mentions of known names.
pub(super) fn accept(cands: Vec<Cand>, blocks: &[BlockToks], ctx: &Ctx) -> Vec<Cand> {
    let mut cands = split_descriptors(cands, ctx);
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

/// A word or a name before a person's full name is not part of it: `Scientologist Tom Cruise`
/// is `Tom Cruise` when the corpus names `Tom Cruise` alone, and `London Sadiq Khan` (after
/// `Mayor of`) is `London` and `Sadiq Khan` when `London` is named elsewhere as a place or an
/// organisation and the last two words look like a personal name (no ordinary word, no noun that
/// ends a thing's name) that something marks as a person's (a title, a verb of saying, the
/// surname alone in the article). What
/// stands before is kept as a mention only when the corpus names it elsewhere (`London`), so a
/// descriptor (`Scientologist`, `Broadcaster`) is dropped.
fn split_descriptors(cands: Vec<Cand>, ctx: &Ctx) -> Vec<Cand> {
    let persons: HashSet<String> =
        cands.iter().filter(|c| c.shape == Shape::Person && (2..=3).contains(&c.words.len())).map(Cand::key).collect();
    // Names of places and organisations, and surnames used alone, in each article.
    let mut known: HashMap<String, Shape> = HashMap::new();
    let mut alone: HashSet<(u32, String)> = HashSet::new();
    for c in &cands {
        if matches!(c.shape, Shape::Place | Shape::Org) || c.place > 0 || c.org > 0 || c.acronym {
            known.entry(c.key()).or_insert(c.shape);
        }
        if c.words.len() == 1 && !c.after_the {
            alone.insert((c.doc, c.words[0].2.clone()));
        }
    }
    let plain = |k: &str| {
        !ctx.common(k) && !lx::is_org_head(k) && !lx::is_place_head(k) && !lx::is_other_head(k) && !adjective(k)
    };
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let n = c.words.len();
        let parts: Vec<&str> = c.written.split(' ').collect();
        let cut = (n >= 3 && c.shape != Shape::Org && parts.len() == n && !c.from_heading)
            .then(|| {
                (1..=n - 2).find(|&k| {
                    let tail: Vec<&str> = c.words[k..].iter().map(|w| w.2.as_str()).collect();
                    let prefix: Vec<&str> = c.words[..k].iter().map(|w| w.2.as_str()).collect();
                    let evidence = c.person > 0 || c.says || alone.contains(&(c.doc, tail[tail.len() - 1].to_owned()));
                    tail.len() <= 3
                        && tail[0].chars().count() >= 2
                        && (persons.contains(&tail.join(" "))
                            || known.contains_key(&prefix.join(" "))
                                && tail.len() == 2
                                && tail.iter().all(|w| plain(w))
                                && evidence)
                })
            })
            .flatten();
        let Some(k) = cut else {
            out.push(c);
            continue;
        };
        let prefix_key = c.words[..k].iter().map(|w| w.2.as_str()).collect::<Vec<_>>().join(" ");
        if let Some(&shape) = known.get(&prefix_key) {
            let mut head = Cand::part(
                c.doc,
                c.words[..k].to_vec(),
                parts[..k].join(" "),
                if k == 1 { Shape::Single } else { shape },
            );
            (head.place, head.initial, head.after_the) = (c.place, c.initial, c.after_the);
            out.push(head);
        }
        let mut name = Cand::part(c.doc, c.words[k..].to_vec(), parts[k..].join(" "), Shape::Person);
        (name.person, name.says) = (c.person, c.says);
        out.push(name);
    }
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

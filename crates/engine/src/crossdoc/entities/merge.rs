//! Merging: spelling variants, people by surname and given name, short forms and their long names,
//! and the kind of each entity from the evidence of its mentions.

use super::accept::{given, has_demonym, suffix, surname};
use super::candidates::{Cand, Shape};
use super::*;

/// One spelling rule for names, used by the search's spellings too ([`crate::normalize`]).
use crate::normalize::{spelling_skeleton as skeleton, spelling_variants};

// ---------------------------------------------------------------------------------------------
// Merging

pub(super) fn merge(cands: Vec<Cand>) -> Vec<Entity> {
    let mut spell = SpellingClasses::new(&cands);
    let people = People::new(&cands, &mut spell);
    let keys = entity_keys(&cands, &mut spell, &people);
    collect(&cands, &keys)
}

/// The word of a candidate that can carry spelling variants: a single word, or a full name's surname.
fn key_of(c: &Cand) -> Option<&str> {
    match (c.shape, c.words.len()) {
        (Shape::Single, 1) if !c.acronym => Some(c.words[0].2.as_str()),
        (Shape::Person, n) if n >= 2 && !c.acronym => Some(surname(&c.words)),
        _ => None,
    }
}

/// Name words that can carry spelling variants (surnames of full names, single words), grouped
/// into classes of spellings of one name.
struct SpellingClasses {
    index: HashMap<String, usize>,
    parent: Vec<u32>,
}

impl SpellingClasses {
    fn new(cands: &[Cand]) -> SpellingClasses {
        let mut keys: Vec<String> = cands.iter().filter_map(key_of).map(str::to_owned).collect();
        keys.sort();
        keys.dedup();
        let index: HashMap<String, usize> = keys.iter().enumerate().map(|(i, k)| (k.clone(), i)).collect();
        // Documents per name key; given names per surname key.
        let mut docs_of: Vec<Vec<u32>> = vec![Vec::new(); keys.len()];
        let mut givens_of: Vec<Vec<String>> = vec![Vec::new(); keys.len()];
        for c in cands {
            let Some(k) = key_of(c) else { continue };
            let i = index[k];
            docs_of[i].push(c.doc);
            if c.shape == Shape::Person {
                givens_of[i].push(given(&c.words).to_owned());
            }
        }
        for d in &mut docs_of {
            d.sort_unstable();
            d.dedup();
        }
        for g in &mut givens_of {
            g.sort_unstable();
            g.dedup();
        }
        // Bucket by skeleton, check pairs inside a bucket.
        let mut parent = uf_new(keys.len());
        let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            if k.chars().count() >= 6 {
                buckets.entry(skeleton(k)).or_default().push(i);
            }
        }
        let mut bucket_list: Vec<&Vec<usize>> = buckets.values().collect();
        bucket_list.sort();
        for members in bucket_list {
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    let same_doc = docs_of[i].iter().any(|d| docs_of[j].binary_search(d).is_ok());
                    let givens_clash = !givens_of[i].is_empty()
                        && !givens_of[j].is_empty()
                        && !givens_of[i].iter().any(|g| givens_of[j].iter().any(|h| lx::given_names_compatible(g, h)));
                    if !same_doc && !givens_clash && spelling_variants(&keys[i], &keys[j]) {
                        uf_union(&mut parent, i, j);
                    }
                }
            }
        }
        SpellingClasses { index, parent }
    }

    /// The spelling class of a name word, if it is one.
    fn class_of(&mut self, k: &str) -> Option<usize> {
        self.index.get(k).map(|&i| uf_find(&mut self.parent, i))
    }
}

/// People: full names clustered by surname class and compatible given names.
struct People {
    /// The cluster of each full-name candidate.
    cluster_of_cand: HashMap<usize, usize>,
    /// Clusters without a generational suffix, per surname class (a bare surname means the father,
    /// not Jr.).
    by_class: HashMap<usize, Vec<usize>>,
    /// Positions of the full-name mentions of each cluster in each document, sorted.
    full_in_doc: HashMap<(u32, usize), Vec<usize>>,
}

impl People {
    fn new(cands: &[Cand], spell: &mut SpellingClasses) -> People {
        let mut persons: Vec<(usize, String, Option<String>, usize)> = Vec::new(); // (class, given, suffix, cand)
        for (ci, c) in cands.iter().enumerate() {
            if c.shape == Shape::Person && c.words.len() >= 2 {
                let cls = spell.class_of(surname(&c.words)).unwrap_or(usize::MAX);
                persons.push((cls, given(&c.words).to_owned(), suffix(&c.words).map(str::to_owned), ci));
            }
        }
        // Full given names before initials, so an initial joins an existing cluster.
        persons.sort_by(|a, b| {
            (a.0, a.2.clone(), a.1.chars().count() == 1, &a.1, a.3).cmp(&(
                b.0,
                b.2.clone(),
                b.1.chars().count() == 1,
                &b.1,
                b.3,
            ))
        });
        let mut clusters: Vec<(usize, Option<String>, Vec<String>)> = Vec::new(); // (class, suffix, givens)
        let mut same_name: HashMap<(usize, Option<String>), Vec<usize>> = HashMap::new();
        let mut cluster_of_cand: HashMap<usize, usize> = HashMap::new();
        for (cls, g, suf, ci) in &persons {
            let ks = same_name.entry((*cls, suf.clone())).or_default();
            let found = ks.iter().copied().find(|&k| clusters[k].2.iter().any(|h| lx::given_names_compatible(g, h)));
            let k = match found {
                Some(k) => k,
                None => {
                    clusters.push((*cls, suf.clone(), Vec::new()));
                    ks.push(clusters.len() - 1);
                    clusters.len() - 1
                }
            };
            if !clusters[k].2.contains(g) {
                clusters[k].2.push(g.clone());
            }
            cluster_of_cand.insert(*ci, k);
        }
        let mut by_class: HashMap<usize, Vec<usize>> = HashMap::new();
        for (k, (cls, suf, _)) in clusters.iter().enumerate() {
            if suf.is_none() {
                by_class.entry(*cls).or_default().push(k);
            }
        }
        let mut full_in_doc: HashMap<(u32, usize), Vec<usize>> = HashMap::new();
        for (&ci, &k) in &cluster_of_cand {
            full_in_doc.entry((cands[ci].doc, k)).or_default().push(cands[ci].words[0].0);
        }
        for v in full_in_doc.values_mut() {
            v.sort_unstable();
        }
        People { cluster_of_cand, by_class, full_in_doc }
    }

    /// Among the clusters `ks` that share a surname, the one whose full name is nearest to `pos`
    /// in document `doc`, preferring one before it (binary search: logarithmic per mention).
    fn nearest(&self, ks: &[usize], doc: u32, pos: usize) -> Option<usize> {
        let mut best: Option<(bool, std::cmp::Reverse<usize>, usize)> = None; // (before, -distance, cluster)
        for &k in ks {
            let Some(ps) = self.full_in_doc.get(&(doc, k)) else {
                continue;
            };
            let at = ps.partition_point(|&p| p <= pos);
            let near = [at.checked_sub(1).map(|i| ps[i]), ps.get(at).copied()];
            for p in near.into_iter().flatten() {
                let cand = (p <= pos, std::cmp::Reverse(pos.abs_diff(p)), k);
                if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                    best = Some(cand);
                }
            }
        }
        best.map(|b| b.2)
    }
}

/// The entity each candidate belongs to.
fn entity_keys(cands: &[Cand], spell: &mut SpellingClasses, people: &People) -> Vec<EntityKey> {
    // Short forms: the initials of multi-word names that are not persons.
    let multi_keys: HashSet<String> =
        cands.iter().filter(|c| c.words.len() >= 2 && c.shape != Shape::Person).map(Cand::key).collect();
    let mut initials: HashMap<String, Vec<String>> = HashMap::new();
    for k in &multi_keys {
        let ini: String = k.split(' ').filter(|w| !lx::is_connector(w)).filter_map(|w| w.chars().next()).collect();
        if ini.chars().count() >= 2 {
            initials.entry(ini).or_default().push(k.clone());
        }
    }
    for v in initials.values_mut() {
        v.sort();
    }
    let mut out = Vec::with_capacity(cands.len());
    for (ci, c) in cands.iter().enumerate() {
        let key = if let Some(&k) = people.cluster_of_cand.get(&ci) {
            EntityKey::Person(k)
        } else if c.words.len() >= 2 {
            EntityKey::Name(c.key())
        } else if c.acronym {
            match initials.get(&c.words[0].2) {
                Some(longs) if longs.len() == 1 => EntityKey::Name(longs[0].clone()),
                _ => EntityKey::Name(c.words[0].2.clone()),
            }
        } else {
            let k0 = c.words[0].2.as_str();
            // A family (`the Bidens`) is named by the surname.
            let mut is_surname = |w: &str| spell.class_of(w).is_some_and(|cl| people.by_class.contains_key(&cl));
            let k = match k0.strip_suffix('s') {
                Some(s) if !is_surname(k0) && is_surname(s) => s,
                _ => k0,
            };
            let cls = spell.class_of(k);
            match cls.and_then(|cl| people.by_class.get(&cl)) {
                Some(ks) if ks.len() == 1 => EntityKey::Person(ks[0]),
                // Several people share the surname: the one named in this article, nearest before.
                Some(ks) => match people.nearest(ks, c.doc, c.words[0].0) {
                    Some(k) => EntityKey::Person(k),
                    None => EntityKey::Word(cls.unwrap_or(usize::MAX), k.to_owned()),
                },
                None => match cls {
                    Some(cl) => EntityKey::Word(cl, String::new()),
                    None => EntityKey::Word(usize::MAX, k.to_owned()),
                },
            }
        };
        out.push(key);
    }
    out
}

/// The entities: candidates grouped by key, named by their most frequent full form.
fn collect(cands: &[Cand], keys: &[EntityKey]) -> Vec<Entity> {
    let mut groups: HashMap<&EntityKey, Vec<usize>> = HashMap::new();
    for (ci, k) in keys.iter().enumerate() {
        groups.entry(k).or_default().push(ci);
    }
    let mut out: Vec<Entity> = Vec::with_capacity(groups.len());
    let mut sorted: Vec<&EntityKey> = groups.keys().copied().collect();
    sorted.sort();
    for key in sorted {
        let members = &groups[key];
        // An entity seen only in headlines and headings is one the text itself does not name.
        if members.iter().all(|&ci| cands[ci].from_heading) {
            continue;
        }
        let person_cluster = matches!(key, EntityKey::Person(_));
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new(); // written → (count, words)
        for &ci in members {
            let c = &cands[ci];
            counts.entry(c.written.as_str()).or_insert((0, c.words.len())).0 += 1;
        }
        let mut forms: Vec<(&str, usize, usize)> = counts.iter().map(|(w, (n, k))| (*w, *n, *k)).collect();
        forms.sort_by(|a, b| {
            let full = |f: &(&str, usize, usize)| !person_cluster || f.2 >= 2;
            (full(b), b.1, b.2, b.0.chars().count()).cmp(&(full(a), a.1, a.2, a.0.chars().count())).then(a.0.cmp(b.0))
        });
        let name = forms.first().map(|f| f.0.to_owned()).unwrap_or_default();
        let mut variants: Vec<String> = forms.iter().map(|f| f.0.to_owned()).collect();
        variants.sort();
        variants.dedup();
        let kind =
            if person_cluster { EntityKind::Person } else { kind_of(members.iter().map(|&ci| &cands[ci]), &name) };
        let mut mentions: Vec<Mention> =
            members.iter().map(|&ci| Mention { doc: cands[ci].doc, source: cands[ci].span() }).collect();
        mentions.sort();
        mentions.dedup();
        out.push(Entity { name, kind, variants, mentions });
    }
    out.sort_by(|a, b| {
        b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.name.cmp(&b.name)).then_with(|| a.kind.cmp(&b.kind))
    });
    out
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum EntityKey {
    Person(usize),
    Name(String),
    /// A single word: its spelling class (and the word, when the class is ambiguous).
    Word(usize, String),
}

/// The kind of an entity that is not a full personal name, from the evidence of its mentions.
pub(super) fn kind_of<'a>(members: impl Iterator<Item = &'a Cand>, name: &str) -> EntityKind {
    let (mut person, mut place, mut org, mut other, mut acronym, mut multi_person) = (0, 0, 0, 0, false, false);
    let mut single_key = None;
    let (mut building, mut located, mut org_named) = (false, 0, 0);
    let (mut plain_short, mut says) = (false, false);
    for c in members {
        plain_short |= c.plain_short;
        says |= c.says;
        person += c.person;
        place += c.place;
        org += c.org;
        match c.shape {
            Shape::Org => {
                org += 1;
                org_named += 1;
            }
            Shape::Other => other += 1,
            Shape::Place => {
                place += 2;
                located += 1;
            }
            Shape::Person => multi_person = true,
            Shape::Single => {}
        }
        acronym |= c.acronym;
        building |= c.words.len() >= 2 && lx::is_building_head(&c.words[c.words.len() - 1].2);
        if c.words.len() == 1 {
            single_key = Some(c.words[0].2.clone());
        }
    }
    // A building or room the corpus places things in at least as often as it names it otherwise
    // is a place (`inside the Oval Office`); one that acts is the body housed there (`the White
    // House said`).
    if building && located >= org_named && located > 0 {
        return EntityKind::Place;
    }
    if org > 0 && org >= other {
        return EntityKind::Organisation;
    }
    if other > 0 {
        return EntityKind::Other;
    }
    if multi_person || person >= 2 && place == 0 {
        return EntityKind::Person;
    }
    if let Some(k) = single_key.as_deref() {
        if lx::is_org_head(k) {
            return EntityKind::Organisation;
        }
        if has_demonym(k) {
            return EntityKind::Place;
        }
        // A well-known place named bare ("Texas lawmakers", "London's mayor"), unless a mention
        // reads as a person's.
        if person == 0 && lx::is_place_name(k) {
            return EntityKind::Place;
        }
    }
    if place > 0 {
        return EntityKind::Place;
    }
    if acronym {
        // A short form with a digit (`H1N1`, `IE6`), a Roman numeral (`XVII`), or one used as a
        // common noun's (`15 IQ points`, `COVID-19`, `Ebola virus disease (EVD)`) names no
        // organisation, unless it speaks (`TVN24 reported`).
        let roman = name.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        if (plain_short || roman || name.chars().any(|c| c.is_ascii_digit())) && !says {
            return EntityKind::Other;
        }
        // Dotted two-letter short forms name countries (`U.K.`); the rest organisations.
        let dotted = name.contains('.') && name.chars().filter(|c| c.is_alphabetic()).count() == 2;
        return if dotted { EntityKind::Place } else { EntityKind::Organisation };
    }
    if person > 0 {
        return EntityKind::Person;
    }
    EntityKind::Other
}

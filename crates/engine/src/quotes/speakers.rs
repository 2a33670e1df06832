//! Speakers merged across the documents of a corpus: [`canonical_speakers`] and the
//! [`SpeakerTable`] it builds.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::names::{compatible, strip_article, surname_key};
use super::{Quote, SpeakerKind};
use crate::lexicon as lx;

/// One speaker of the corpus: a canonical name and every way the corpus writes it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The canonical name: the longest full personal name seen, titles stripped; an organisation
    /// without its article; an unnamed speaker's noun phrase without its determiner.
    pub canonical: String,
    pub kind: SpeakerKind,
    /// The mentions (as written, and as resolved in each document) merged into this speaker,
    /// sorted; pronouns are not listed.
    pub variants: Vec<String>,
    /// How many quotations are attributed to this speaker.
    pub quotes: u32,
}

/// Speakers merged across a corpus.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct SpeakerTable {
    pub speakers: Vec<Speaker>,
    /// For each document, for each of its quotations, the index of its speaker in `speakers`.
    pub assignments: Vec<Vec<Option<u32>>>,
}

impl SpeakerTable {
    /// The speaker of quotation `quote` of document `doc`.
    pub fn speaker_of(&self, doc: usize, quote: usize) -> Option<&Speaker> {
        let i = (*self.assignments.get(doc)?.get(quote)?)?;
        self.speakers.get(i as usize)
    }

    /// The canonical name of quotation `quote` of document `doc`.
    pub fn canonical_of(&self, doc: usize, quote: usize) -> Option<&str> {
        self.speaker_of(doc, quote).map(|s| s.canonical.as_str())
    }

    /// The speaker one of whose variants is `mention` (compared without case).
    pub fn lookup(&self, mention: &str) -> Option<&Speaker> {
        let m = mention.trim().to_lowercase();
        self.speakers
            .iter()
            .find(|s| s.canonical.to_lowercase() == m || s.variants.iter().any(|v| v.to_lowercase() == m))
    }
}

/// A proper name rather than a description: every word capitalised, bar particles and initials.
fn looks_named(name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    !ws.is_empty()
        && ws
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || lx::is_name_particle(&w.to_lowercase()))
}

/// Normalises a non-personal speaker name into a grouping key.
fn plain_key(name: &str) -> String {
    let mut ws: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase().replace('’', "'")).collect();
    while ws.len() > 1 && lx::is_droppable_front(&ws[0]) {
        ws.remove(0);
    }
    ws.join(" ")
}

fn drop_front(name: &str) -> String {
    let ws: Vec<&str> = name.split_whitespace().collect();
    let mut lo = 0;
    while lo + 1 < ws.len() && lx::is_droppable_front(&ws[lo].to_lowercase()) {
        lo += 1;
    }
    ws[lo..].join(" ")
}

/// Merges the speakers of a corpus. Personal names are grouped by surname: full names of one person
/// merge ("Ivan Petrov", "Foreign Minister Ivan Petrov" once resolved), and a surname alone
/// ("Petrov", "President Petrov" → "Petrov") joins the single full name with that surname when there
/// is exactly one; the canonical name is the longest full name. Other speakers are grouped by their
/// name without article or determiner.
pub fn canonical_speakers(docs: &[&[Quote]]) -> SpeakerTable {
    // Full personal names across the corpus, by surname.
    let mut full_by_last: HashMap<String, Vec<String>> = HashMap::new();
    for q in docs.iter().flat_map(|d| d.iter()) {
        if let (Some(n), SpeakerKind::Person) = (&q.speaker_name, q.speaker_kind) {
            if looks_named(n) && n.split_whitespace().count() >= 2 {
                if let Some(k) = surname_key(n) {
                    let v = full_by_last.entry(k).or_default();
                    if !v.contains(n) {
                        v.push(n.clone());
                    }
                }
            }
        }
    }
    // Clusters per surname.
    let mut clusters: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for (k, names) in &full_by_last {
        let mut cs: Vec<Vec<String>> = Vec::new();
        for n in names {
            if let Some(c) = cs.iter_mut().find(|c| c.iter().any(|m| compatible(m, n))) {
                c.push(n.clone());
            } else {
                cs.push(vec![n.clone()]);
            }
        }
        clusters.insert(k.clone(), cs);
    }
    let mut table = SpeakerTable::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    for d in docs {
        let mut row = Vec::with_capacity(d.len());
        for q in d.iter() {
            let Some(name) = q.speaker_name.as_deref() else {
                row.push(None);
                continue;
            };
            let named = looks_named(name);
            let (key, canonical, kind) = if q.speaker_kind == SpeakerKind::Person && named
                || (named
                    && q.speaker_kind == SpeakerKind::Unknown
                    && name.split_whitespace().count() == 1
                    && full_by_last.contains_key(&name.to_lowercase()))
            {
                let sk = surname_key(name).unwrap_or_default();
                let words = name.split_whitespace().count();
                let cluster = clusters.get(&sk).and_then(|cs| {
                    if words >= 2 {
                        cs.iter().position(|c| c.iter().any(|m| m == name || compatible(m, name)))
                    } else if cs.len() == 1 {
                        Some(0)
                    } else {
                        None
                    }
                });
                match cluster {
                    Some(ci) => {
                        let c = &clusters[&sk][ci];
                        let best = c
                            .iter()
                            .max_by_key(|n| (n.split_whitespace().count(), n.len()))
                            .cloned()
                            .unwrap_or_default();
                        (format!("p:{sk}:{ci}"), best, SpeakerKind::Person)
                    }
                    None => (format!("p:{}", name.to_lowercase()), name.to_string(), SpeakerKind::Person),
                }
            } else {
                let key = plain_key(name);
                (format!("o:{key}"), drop_front(strip_article(name)), q.speaker_kind)
            };
            let si = *index.entry(key).or_insert_with(|| {
                table.speakers.push(Speaker { canonical, kind, variants: Vec::new(), quotes: 0 });
                table.speakers.len() - 1
            });
            let sp = &mut table.speakers[si];
            sp.quotes += 1;
            for v in [q.speaker.as_deref(), Some(name)].into_iter().flatten() {
                let is_pronoun = lx::is_pronoun_subject(&v.to_lowercase());
                if !is_pronoun && !sp.variants.iter().any(|x| x == v) {
                    sp.variants.push(v.to_string());
                }
            }
            row.push(Some(si as u32));
        }
        table.assignments.push(row);
    }
    for s in &mut table.speakers {
        s.variants.sort();
    }
    table
}

//! Quotation variants: one quotation as several articles report it. One outlet quotes two words
//! ("great pressure"), another the whole remark ("I faced great pressure because of Russia.
//! That’s taken off."); one says the speaker *said* it, another that he *bragged*. Seeing the
//! versions side by side, with what each left out, is a lesson in how quotation shapes a story.
//!
//! # Which quotations are variants
//!
//! Two quotations from different articles (boilerplate left out) are linked when
//!
//! - the folded words of the shorter are a contiguous run of the longer's: for four words or more
//!   if at least one is a content word (not a function word); for two or three words only if at
//!   least two are content words, the quotation is credited to someone or used as a fragment of
//!   speech (not an uncredited scare quote, [`QuoteKind::Term`]), and the two are not credited to
//!   different speakers. `“great pressure”` joins `“… I faced great pressure because of Russia.
//!   That’s taken off.”`; a two-word phrase two people happen to use does not;
//! - or both have four words or more and share at least three *word pairs* (two consecutive
//!   folded words), at least half of the shorter's pairs: the same remark cut and rejoined with
//!   an ellipsis, transcribed with a word or two different, or quoted with a bracketed
//!   insertion. Shared content words are not enough: articles on one topic quote different
//!   people using the same words (`Russia`, `interfered`, `election`) in different remarks, while
//!   versions of one remark keep its word order.
//!
//! The speaker is a guard, not a reason: that two quotations are credited to the same person
//! does not make them one remark (a person says many things), so the same speaker alone links
//! nothing, while different speakers block only the short, two- or three-word links. Quotations
//! credited differently by two outlets still link when their words agree, and the group shows
//! both speakers, which is itself worth a lesson.
//!
//! Links are found through an inverted index from word pairs to quotations with *prefix
//! filtering*: each quotation looks up only its rarest pairs, as many as needed to be sure to meet
//! any quotation it could link with (a link needs half the shorter's pairs, so the rarest half
//! plus one suffices; a contained quotation shares all its pairs), so the work follows the number
//! of quotations, not its square. Each list is in order of document, so that a quotation passes
//! over those of its own document at once (two of one document are never compared), and copies
//! of one quotation in one document (the same words, speaker and kind) are looked up through the
//! first of them and join it: they link to the same quotations, and a page that repeats one
//! quotation thousands of times costs as many lookups as the distinct quotations. Linked
//! quotations are grouped transitively.
//!
//! # The diff
//!
//! Each member has a word-level diff against the group's longest version (most words; the
//! earliest on ties), computed when asked ([`QuoteVariantGroup::diff`]) rather than stored in the
//! corpus, where its many small strings took more memory than the groups themselves: [`DiffKind::Same`] words in both, [`DiffKind::Removed`] words of the longest
//! version this member leaves out, [`DiffKind::Added`] words only this member has. Words are
//! compared folded; each operation's text is the member's (or, for removals, the longest
//! version's) own text from its first to its last word, punctuation inside included. The diff is
//! the engine's one word diff, [`crate::compare::word_diff`]: a longest common subsequence over
//! words, exact for quotations, cut at words that occur once on each side for long texts, so it
//! stays O(n log n) whatever the length (a few lines written here rather than a dependency: the
//! `similar` crate would do, but it would add to the page's wasm).

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use serde::{Deserialize, Serialize};

use super::shared::{Occurrence, SharedKind, SharedPassage};
use super::{mix, slice, uf_find, uf_new, uf_union, word_hash};
use crate::compare::{word_diff, Step};
use crate::ingest::Document;
use crate::lexicon::{never_a_name, Fnv, FnvMap};
use crate::normalize::{fold_word, words};
use crate::quotebook::QuoteBook;
use crate::quotes::QuoteKind;
use crate::span::Span;

/// One operation of a word diff.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DiffKind {
    /// In this version and the longest.
    Same,
    /// Only in this version.
    Added,
    /// In the longest version, left out of this one.
    Removed,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DiffOp {
    pub kind: DiffKind,
    pub text: String,
}

/// A quotation in a variant group.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct QuoteVariantMember {
    /// Index into [`QuoteBook::quotes`].
    pub quote: u32,
    pub doc: u32,
    /// The quoted words in the file text (bytes).
    pub source: Span,
    /// The quoted words.
    pub text: String,
    /// Index into [`QuoteBook::speakers`].
    pub speaker: Option<u32>,
    /// The cue as written ("said", "bragged", "according to").
    pub cue: Option<String>,
}

/// Quotations of one remark across articles.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct QuoteVariantGroup {
    /// Sorted by document and position; from two documents or more.
    pub members: Vec<QuoteVariantMember>,
    /// Index into `members` of the longest version, which the diffs compare against.
    pub longest: u32,
}

impl QuoteVariantGroup {
    /// Member `m`'s word diff against the group's longest version (see the module essay).
    pub fn diff(&self, m: usize) -> Vec<DiffOp> {
        let split = |t: &str| -> (Vec<String>, Vec<Span>) {
            let (spans, keys) = words(t).map(|(s, w)| (s, fold_word(w))).unzip();
            (keys, spans)
        };
        let (mt, lt) = (&self.members[m].text, &self.members[self.longest as usize].text);
        let ((mk, ms), (lk, ls)) = (split(mt), split(lt));
        diff((&mk, &ms, mt), (&lk, &ls, lt))
    }
}

struct Q {
    quote: usize,
    doc: u32,
    /// Folded words of the quotation's text.
    keys: Vec<String>,
    /// Hashes of the pairs of consecutive words, sorted, distinct.
    pairs: Vec<u64>,
    speaker: Option<u32>,
    kind: QuoteKind,
}

/// The quotation variant groups of a corpus, sorted by their first member.
pub fn quote_variants(book: &QuoteBook, docs: &[Document]) -> Vec<QuoteVariantGroup> {
    let qs: Vec<Q> = book
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.boilerplate && (r.doc as usize) < docs.len())
        .filter_map(|(i, r)| {
            let keys: Vec<String> = words(&r.text).map(|(_, w)| fold_word(w)).collect();
            if keys.len() < 2 {
                return None;
            }
            let hashes: Vec<u64> = keys.iter().map(|k| word_hash(k)).collect();
            let mut pairs: Vec<u64> = hashes.windows(2).map(|p| mix(p[0].rotate_left(21) ^ p[1])).collect();
            pairs.sort_unstable();
            pairs.dedup();
            Some(Q { quote: i, doc: r.doc, keys, pairs, speaker: r.speaker, kind: r.kind })
        })
        .collect();

    // Copies of one quotation in one document (the same words, speaker and kind) are compared
    // through the first of them only, and join it: a page repeating a quotation a thousand times
    // costs one comparison, not a million. Identical copies link to the same quotations, so the
    // groups are the same.
    let mut parent = uf_new(qs.len());
    let mut first_copy: FnvMap<(u32, &[String], Option<u32>, QuoteKind), usize> = FnvMap::default();
    let mut reps: Vec<usize> = Vec::new();
    for (i, q) in qs.iter().enumerate() {
        match first_copy.entry((q.doc, q.keys.as_slice(), q.speaker, q.kind)) {
            std::collections::hash_map::Entry::Occupied(e) => uf_union(&mut parent, *e.get(), i),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
                reps.push(i);
            }
        }
    }
    // Prefix filtering over the rarest word pairs (from both quotations of a pair: the shorter
    // one's probe is what finds a quotation inside a longer one); each list in order of document,
    // so that a quotation passes over those of its own document at once (two of one document are
    // never compared).
    let mut postings: FnvMap<u64, Vec<u32>> = FnvMap::default();
    for &i in &reps {
        for &p in &qs[i].pairs {
            postings.entry(p).or_default().push(i as u32);
        }
    }
    for list in postings.values_mut() {
        list.sort_by_key(|&j| (qs[j as usize].doc, j));
    }
    let mut pair_list: Vec<(u32, u32)> = Vec::new();
    let mut seen: HashSet<(u32, u32), BuildHasherDefault<Fnv>> = HashSet::default();
    for &i in &reps {
        let q = &qs[i];
        // Each pair's list looked up once, not at every comparison of the sort.
        let mut rare: Vec<(usize, u64, &Vec<u32>)> =
            q.pairs.iter().map(|p| (postings[p].len(), *p, &postings[p])).collect();
        rare.sort_unstable_by_key(|&(len, p, _)| (len, p));
        let n = rare.len();
        let probe = n - n.div_ceil(2) + 1;
        for &(_, _, list) in rare.iter().take(probe) {
            let own = list.partition_point(|&j| qs[j as usize].doc < q.doc)
                ..list.partition_point(|&j| qs[j as usize].doc <= q.doc);
            for &j in list[..own.start].iter().chain(&list[own.end..]) {
                let key = ((i as u32).min(j), (i as u32).max(j));
                if seen.insert(key) {
                    pair_list.push(key);
                }
            }
        }
    }
    pair_list.sort_unstable();
    for &(a, b) in &pair_list {
        if linked(&qs[a as usize], &qs[b as usize]) {
            uf_union(&mut parent, a as usize, b as usize);
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..qs.len() {
        let r = uf_find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut roots: Vec<usize> = groups.keys().copied().filter(|r| groups[r].len() > 1).collect();
    roots.sort_unstable();
    let mut out = Vec::new();
    for r in roots {
        let mut members = groups[&r].clone();
        members.sort_by_key(|&i| (qs[i].doc, book.quotes[qs[i].quote].source.start));
        let first_doc = qs[members[0]].doc;
        if members.iter().all(|&i| qs[i].doc == first_doc) {
            continue;
        }
        let longest =
            (0..members.len()).max_by_key(|&m| (qs[members[m]].keys.len(), std::cmp::Reverse(m))).unwrap_or(0);
        let ms = members
            .iter()
            .map(|&i| {
                let q = &qs[i];
                let rec = &book.quotes[q.quote];
                QuoteVariantMember {
                    quote: q.quote as u32,
                    doc: q.doc,
                    source: rec.source,
                    text: rec.text.clone(),
                    speaker: rec.speaker,
                    cue: rec.cue.clone(),
                }
            })
            .collect();
        out.push(QuoteVariantGroup { members: ms, longest: longest as u32 });
    }
    out
}

/// Whether two quotations (from different articles) are versions of one remark.
fn linked(x: &Q, y: &Q) -> bool {
    let (s, l) = if x.keys.len() <= y.keys.len() { (x, y) } else { (y, x) };
    if contains(&l.keys, &s.keys) {
        let content = s.keys.iter().filter(|k| !never_a_name(k)).count();
        if s.keys.len() >= 4 {
            return content >= 1;
        }
        let conflict = matches!((s.speaker, l.speaker), (Some(a), Some(b)) if a != b);
        let credited = s.speaker.is_some() || s.kind != QuoteKind::Term;
        return content >= 2 && credited && !conflict;
    }
    if s.keys.len() >= 4 && l.keys.len() >= 4 {
        let shared = s.pairs.iter().filter(|p| l.pairs.binary_search(p).is_ok()).count();
        return shared >= 3 && shared * 2 >= s.pairs.len();
    }
    false
}

/// Whether `needle` is a contiguous run of `hay`.
fn contains(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

type Words<'a> = (&'a [String], &'a [Span], &'a str);

/// Word diff of `m` against `l` (see the module essay).
fn diff(m: Words, l: Words) -> Vec<DiffOp> {
    let steps: Vec<(DiffKind, usize)> = word_diff(m.0, l.0)
        .into_iter()
        .map(|s| match s {
            Step::Same(i, _) => (DiffKind::Same, i),
            Step::Removed(j) => (DiffKind::Removed, j),
            Step::Added(i) => (DiffKind::Added, i),
        })
        .collect();
    // Runs of one kind become one operation, with the text from its first word to its last.
    let mut out: Vec<DiffOp> = Vec::new();
    let mut x = 0;
    while x < steps.len() {
        let kind = steps[x].0;
        let mut y = x;
        while y + 1 < steps.len() && steps[y + 1].0 == kind {
            y += 1;
        }
        let (spans, text) = if kind == DiffKind::Removed { (l.1, l.2) } else { (m.1, m.2) };
        let span = Span::new(spans[steps[x].1].start as usize, spans[steps[y].1].end as usize);
        out.push(DiffOp { kind, text: slice(text, span) });
        x = y + 1;
    }
    out
}

/// Quotation variant groups as shared passages of kind [`SharedKind::QuoteVariant`], for lists
/// that show both (`crosscheck shared`). `texts[i]` is document `i`'s file text; an occurrence's
/// text is the file's, or the member's when the texts are not given.
pub fn variant_passages(groups: &[QuoteVariantGroup], texts: &[&str]) -> Vec<SharedPassage> {
    groups
        .iter()
        .map(|g| SharedPassage {
            kind: SharedKind::QuoteVariant,
            occurrences: g
                .members
                .iter()
                .map(|m| Occurrence {
                    doc: m.doc,
                    source: m.source,
                    text: texts
                        .get(m.doc as usize)
                        .and_then(|t| t.get(m.source.range()))
                        .map_or_else(|| m.text.clone(), str::to_owned),
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    fn groups(texts: &[&str]) -> (QuoteBook, Vec<QuoteVariantGroup>) {
        let docs: Vec<Document> =
            texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t).expect("ingests")).collect();
        let book = QuoteBook::build(&docs, texts);
        let g = quote_variants(&book, &docs);
        (book, g)
    }

    /// Each group as the members' texts.
    #[track_caller]
    fn check(texts: &[&str], expect: &[&[&str]]) {
        let (_, got) = groups(texts);
        let got: Vec<Vec<String>> = got.iter().map(|g| g.members.iter().map(|m| m.text.clone()).collect()).collect();
        assert_eq!(got, expect);
    }

    const H1: &str = "A plain headline for the first story\n\n";
    const H2: &str = "A plain headline for the second story\n\n";

    #[test]
    fn a_short_cut_of_a_longer_quotation_links() {
        let a = format!("{H1}The mayor bragged that the deal had relieved “great pressure” on him.");
        let b = format!(
            "{H2}The mayor told reporters, “I was tired. I faced great pressure because of the port. That’s gone.”"
        );
        check(
            &[&a, &b],
            &[&["great pressure", "I was tired. I faced great pressure because of the port. That’s gone."]],
        );
    }

    #[test]
    fn a_short_phrase_by_different_speakers_does_not_link() {
        let a = format!("{H1}Ann Lee said the plan was “great pressure” on staff.");
        let b = format!("{H2}Bo Chan said, “We face great pressure at the port every winter.”");
        check(&[&a, &b], &[]);
    }

    #[test]
    fn an_uncredited_scare_quote_does_not_link_but_a_long_run_does() {
        let a = format!("{H1}The so-called “border tax” is back.");
        let b = format!("{H2}Bo Chan said, “The border tax will hurt every farmer in the state.”");
        check(&[&a, &b], &[]);
        let c = format!("{H1}Critics called it “will hurt every farmer” in a letter.");
        check(&[&c, &b], &[&["will hurt every farmer", "The border tax will hurt every farmer in the state."]]);
    }

    #[test]
    fn overlapping_word_pairs_link_cuts_but_not_paraphrases() {
        let a = format!("{H1}Bo Chan said, “The border tax will hurt every farmer in the state.”");
        let a2 =
            format!("{H1}Bo Chan said, “The border tax will hurt every farmer in the state, and we will fight it.”");
        let b = format!("{H2}Chan warned the plan would “hurt every farmer in the state.”");
        let c = format!("{H2}Chan said, “The border tax will hurt every farmer … and we will fight it.”");
        check(
            &[&a, &b],
            &[&["The border tax will hurt every farmer in the state.", "hurt every farmer in the state."]],
        );
        check(
            &[&a2, &c],
            &[&[
                "The border tax will hurt every farmer in the state, and we will fight it.",
                "The border tax will hurt every farmer … and we will fight it.",
            ]],
        );
        let d = format!("{H2}Chan said, “Farmers in the state will be hurt by the border tax, every one.”");
        check(&[&a, &d], &[]);
    }

    #[test]
    fn the_same_speaker_alone_does_not_make_variants() {
        let a = format!("{H1}Bo Chan said, “The harbour will reopen in spring.”");
        let b = format!("{H2}Bo Chan said, “Taxes are too high for our farmers.”");
        check(&[&a, &b], &[]);
    }

    #[test]
    fn quotations_in_one_article_are_not_variants_of_each_other() {
        let a = format!("{H1}Bo Chan said, “The harbour will reopen in spring.” Later he repeated: “The harbour will reopen in spring.”");
        check(&[&a], &[]);
    }

    #[test]
    fn diff_marks_what_each_version_leaves_out() {
        let a = format!("{H1}The mayor bragged that the deal had relieved “great pressure” on him.");
        let b = format!(
            "{H2}The mayor told reporters, “I was tired. I faced great pressure because of the port. That’s gone.”"
        );
        let (_, g) = groups(&[&a, &b]);
        let diff = g[0].diff(0);
        let ops: Vec<(DiffKind, &str)> = diff.iter().map(|o| (o.kind, o.text.as_str())).collect();
        assert_eq!(
            ops,
            [
                (DiffKind::Removed, "I was tired. I faced"),
                (DiffKind::Same, "great pressure"),
                (DiffKind::Removed, "because of the port. That’s gone"),
            ]
        );
        assert_eq!(g[0].longest, 1);
        assert_eq!(g[0].diff(1).len(), 1);
        assert_eq!(g[0].members[0].cue.as_deref(), Some("bragged"));
    }

    #[test]
    fn diff_shows_replaced_words_as_removed_then_added() {
        let keys = |t: &str| words(t).map(|(s, w)| (s, fold_word(w))).unzip::<Span, String, Vec<Span>, Vec<String>>();
        let (ms, mk) = keys("we will win big");
        let (ls, lk) = keys("we will surely win it");
        let m = "we will win big";
        let l = "we will surely win it";
        let ops: Vec<(DiffKind, String)> =
            diff((&mk, &ms, m), (&lk, &ls, l)).into_iter().map(|o| (o.kind, o.text)).collect();
        assert_eq!(
            ops,
            [
                (DiffKind::Same, "we will".to_owned()),
                (DiffKind::Removed, "surely".to_owned()),
                (DiffKind::Same, "win".to_owned()),
                (DiffKind::Removed, "it".to_owned()),
                (DiffKind::Added, "big".to_owned()),
            ]
        );
    }

    #[test]
    fn variant_passages_carry_file_text() {
        let a = format!("{H1}The mayor bragged that the deal had relieved “great pressure” on him.");
        let b = format!(
            "{H2}The mayor told reporters, “I was tired. I faced great pressure because of the port. That’s gone.”"
        );
        let (_, g) = groups(&[&a, &b]);
        let p = variant_passages(&g, &[&a, &b]);
        assert_eq!(p[0].kind, SharedKind::QuoteVariant);
        assert_eq!(p[0].occurrences[0].source.of(&a), "great pressure");
    }
}

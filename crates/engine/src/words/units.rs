//! What a row of a word list counts ([`Units`]), what opens its lines ([`WordRef`], [`Target`]),
//! and how an occurrence is found from positions or from hits ([`Occurrence`]).

use crate::corpus::Corpus;
use crate::index::{Index, RunCursor};
use crate::lexicon::is_stop_word;
use crate::normalize::{dotted, search_key};
use crate::query::Query;
use crate::search::{all_hit_positions, SearchOptions};
use crate::span::Span;

/// How the word lists count: each word form apart, or the forms of one stem together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// Each form apart: `interference` and `interfered` are two rows; so are `us` and the
    /// abbreviation `US`, which the index keeps apart.
    #[default]
    Forms,
    /// The forms of one stem together (`interfere`, `interfered`, `interference`), and the stems
    /// of one name's spellings (`Zelenskyy`, `Zelenskiy`): exactly what a word typed in lower case
    /// in the search box finds, so a row's count is its search's hit count.
    Stems,
}

impl Grouping {
    /// As an address writes it: `forms` or `stems`.
    pub fn key(self) -> &'static str {
        match self {
            Grouping::Forms => "forms",
            Grouping::Stems => "stems",
        }
    }

    /// The grouping an address names; forms for anything else.
    pub fn from_key(key: &str) -> Grouping {
        if key == "stems" {
            Grouping::Stems
        } else {
            Grouping::Forms
        }
    }
}

/// The units of one [`Grouping`]: every word of the index (`Index::words`) belongs to one unit,
/// numbered from 0. Forms: a unit is a word, numbered as the index numbers it (so in alphabetical
/// order). Stems: a unit is a stem with the stems spelled like it (`Index::spellings`), numbered
/// in the order of their first stem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Units {
    grouping: Grouping,
    of_word: Vec<u32>,
    /// Unit `u`'s words are `members[starts[u]..starts[u + 1]]`, ascending.
    starts: Vec<u32>,
    members: Vec<u32>,
}

impl Units {
    pub fn new(index: &Index, grouping: Grouping) -> Units {
        let n_words = index.words.len();
        let of_word: Vec<u32> = match grouping {
            Grouping::Forms => (0..n_words as u32).collect(),
            Grouping::Stems => {
                // A stem's class: the first stem of its spelling group (the groups are disjoint).
                let mut class: Vec<u32> = (0..index.stems.len() as u32).collect();
                for group in index.spellings().groups() {
                    if let Some(root) = group.iter().map(|&(s, _)| s).min() {
                        for &(s, _) in group {
                            class[s as usize] = root;
                        }
                    }
                }
                // Numbered densely, in stem order: a root comes before the other stems of its group.
                let mut dense = vec![u32::MAX; class.len()];
                let mut next = 0;
                for &root in &class {
                    let root = root as usize;
                    if dense[root] == u32::MAX {
                        dense[root] = next;
                        next += 1;
                    }
                }
                index.word_stem.iter().map(|&s| dense[class[s as usize] as usize]).collect()
            }
        };
        let n_units = of_word.iter().map(|&u| u as usize + 1).max().unwrap_or(0);
        let mut starts = vec![0u32; n_units + 1];
        for &u in &of_word {
            starts[u as usize + 1] += 1;
        }
        for u in 0..n_units {
            starts[u + 1] += starts[u];
        }
        let mut fill = starts.clone();
        let mut members = vec![0u32; n_words];
        for (w, &u) in of_word.iter().enumerate() {
            members[fill[u as usize] as usize] = w as u32;
            fill[u as usize] += 1;
        }
        Units { grouping, of_word, starts, members }
    }

    pub fn grouping(&self) -> Grouping {
        self.grouping
    }

    /// How many units there are.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The unit of word `word` (an index into `Index::words`).
    pub fn of_word(&self, word: u32) -> u32 {
        self.of_word[word as usize]
    }

    /// The words of unit `unit`, ascending.
    pub fn words(&self, unit: u32) -> &[u32] {
        let u = unit as usize;
        &self.members[self.starts[u] as usize..self.starts[u + 1] as usize]
    }

    /// Whether each unit is a stop word: its most frequent form in the collection is one (a
    /// stem's rarer forms do not change what it mostly is: `he` with `he's`; the stem of `us`
    /// and `US` is what the articles mostly write).
    pub(crate) fn stop_flags(&self, index: &Index) -> Vec<bool> {
        (0..self.len() as u32)
            .map(|u| {
                let head = self.words(u).iter().copied().fold(None::<u32>, |best, w| {
                    if best.is_none_or(|b| index.occurrences(w) > index.occurrences(b)) {
                        Some(w)
                    } else {
                        best
                    }
                });
                head.is_some_and(|w| is_stop_form(index, w))
            })
            .collect()
    }
}

/// Whether word `word` of the index is a stop word (the lexicon's list): a word, not an
/// abbreviation (`US` is not the pronoun `us`).
pub(crate) fn is_stop_form(index: &Index, word: u32) -> bool {
    !index.is_acronym(word) && is_stop_word(&index.words[word as usize])
}

/// What opens the lines a number counts, as an address can carry it: text the search box reads
/// (`"interference"` in quotation marks finds the forms of its stem, exactly what a row of the
/// stems list counts), or one word form (`interference`; `US` in capitals for the abbreviation),
/// which no search finds alone.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum WordRef {
    Query(String),
    Form(String),
}

impl WordRef {
    /// The text: the query, or the form.
    pub fn text(&self) -> &str {
        match self {
            WordRef::Query(t) | WordRef::Form(t) => t,
        }
    }

    /// What the concordance shows for it.
    pub fn target(&self, corpus: &Corpus) -> Target {
        match self {
            WordRef::Query(t) => Target::Query(Query::parse(t)),
            WordRef::Form(t) => Target::form(corpus, t),
        }
    }
}

/// What a concordance lists: the hits of a query, exactly as the search finds them, or every
/// occurrence of some words of the index.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Query(Query),
    /// Words of the index (`Index::words`), any number.
    Words(Vec<u32>),
}

impl Target {
    /// The word form `text`, as [`WordRef::Form`] writes it: the word with that form; in capitals
    /// (`US`), the abbreviation, else the ordinary word (or the abbreviation, when the articles
    /// write the letters only as one). No word when the articles never write it.
    pub fn form(corpus: &Corpus, text: &str) -> Target {
        let index = &corpus.index;
        let key = search_key(text.trim());
        let lo = index.words.partition_point(|w| *w < key);
        let hi = lo + index.words[lo..].partition_point(|w| *w == key);
        let found: Vec<u32> = (lo as u32..hi as u32).collect();
        let capitals = text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase);
        let pick = match found.as_slice() {
            [] => None,
            [one] => Some(*one),
            // The ordinary word first, the abbreviation second.
            [ordinary, abbreviation, ..] => Some(if capitals { *abbreviation } else { *ordinary }),
        };
        Target::Words(pick.into_iter().collect())
    }
}

/// The [`WordRef`] of a word of the index in the forms list: its form, in capitals for an
/// abbreviation.
pub(crate) fn form_ref(index: &Index, word: u32) -> WordRef {
    let key = &index.words[word as usize];
    WordRef::Form(if index.is_acronym(word) { key.to_uppercase() } else { key.clone() })
}

/// The [`WordRef`] of a stem class through one of its words: the word's form in quotation marks,
/// which the search reads as the forms of its stem and its name's spellings, with no prefix.
pub(crate) fn stem_ref(index: &Index, word: u32) -> WordRef {
    WordRef::Query(format!("\"{}\"", index.words[word as usize]))
}

/// One occurrence a view counts, as positions: its article, its block and its first and last
/// word. Where it lies in the text is read from the block's word spans when it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Occurrence {
    pub doc: u32,
    /// Its block, as an index into `Index::blocks`.
    pub block: u32,
    pub first: u32,
    pub last: u32,
}

/// Every occurrence of `target` in the scope (articles and boilerplate as in a search), in article
/// and position order: for a query, the hits [`crate::search::hits`] gives for each article the
/// search finds ([`all_hit_positions`]: the same hits, as positions).
pub(crate) fn occurrences(corpus: &Corpus, target: &Target, scope: &SearchOptions) -> Vec<Occurrence> {
    let index = &corpus.index;
    let runs: Vec<(u32, u32)> = match target {
        Target::Query(q) => all_hit_positions(corpus, q, scope),
        Target::Words(ws) => {
            let wanted = selected(corpus, scope.docs.as_deref());
            let mut positions: Vec<u32> = Vec::new();
            for &w in ws.iter().filter(|&&w| (w as usize) < index.words.len()) {
                let mut cursor = RunCursor::new(index);
                positions.extend(index.postings(w).filter(|&p| {
                    cursor
                        .doc_of(p)
                        .is_some_and(|(doc, boilerplate)| wanted[doc] && (scope.include_boilerplate || !boilerplate))
                }));
            }
            positions.sort_unstable();
            positions.dedup();
            positions.into_iter().map(|p| (p, p)).collect()
        }
    };
    runs.into_iter()
        .map(|(first, last)| {
            let block = index.block_of(first);
            Occurrence { doc: index.blocks[block].doc, block: block as u32, first, last }
        })
        .collect()
}

/// Reads the words at positions from the text, a block's word spans at a time: the word of the
/// index there (its key, folded as the index folds it, and where the articles write the letters
/// both as a word and as an abbreviation, the one whose postings hold the position).
pub(crate) struct WordAt<'c> {
    corpus: &'c Corpus,
    spans: BlockSpans,
    /// The key of the word read last.
    key: String,
}

impl<'c> WordAt<'c> {
    pub(crate) fn new(corpus: &'c Corpus) -> Self {
        WordAt { corpus, spans: BlockSpans::default(), key: String::new() }
    }

    /// The key of the word at position `p` of block `block` (an index into `Index::blocks`), as
    /// the rank of its first entry in `Index::words` (the index's words are sorted, so ranks sort
    /// as the keys do); `None` outside the block.
    pub(crate) fn rank(&mut self, block: usize, p: u32) -> Option<u32> {
        let index = &self.corpus.index;
        let b = index.blocks[block];
        if !b.positions().contains(&p) {
            return None;
        }
        let span = *self.spans.of(index, block).get((p - b.start) as usize)?;
        let local = block - index.doc_first_block[b.doc as usize] as usize;
        let word = span.of(&self.corpus.docs[b.doc as usize].blocks[local].text);
        // Most words are ASCII letters and digits, whose key is the word in lower case.
        if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            self.key.clear();
            self.key.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            self.key = search_key(word);
        }
        Some(index.words.partition_point(|w| *w < self.key) as u32)
    }

    /// The word at position `p` of block `block`.
    pub(crate) fn word(&mut self, block: usize, p: u32) -> Option<u32> {
        let index = &self.corpus.index;
        let first = self.rank(block, p)?;
        let twin = first + 1;
        let is_twin = index.words.get(twin as usize).is_some_and(|w| *w == index.words[first as usize]);
        Some(if is_twin && index.postings_in(twin, &(p..p + 1)).next().is_some() { twin } else { first })
    }
}

/// Which articles `docs` selects, as a flag for each (all of them for `None`).
pub(crate) fn selected(corpus: &Corpus, docs: Option<&[usize]>) -> Vec<bool> {
    let n = corpus.docs.len();
    match docs {
        None => vec![true; n],
        Some(ds) => {
            let mut flags = vec![false; n];
            for &d in ds.iter().filter(|&&d| d < n) {
                flags[d] = true;
            }
            flags
        }
    }
}

/// The word spans of the block read last, read again only for another block.
#[derive(Default)]
pub(crate) struct BlockSpans {
    block: Option<usize>,
    spans: Vec<Span>,
}

impl BlockSpans {
    pub(crate) fn of(&mut self, index: &Index, block: usize) -> &[Span] {
        if self.block != Some(block) {
            self.spans.clear();
            self.spans.extend(index.block_spans(block));
            self.block = Some(block);
        }
        &self.spans
    }
}

/// How many of the first occurrences of a word [`written_form`] reads.
const FORMS_READ: usize = 24;

/// Word `word` of the index as the articles write it most often among its first occurrences
/// ("Trump", "U.S.", "interference"); the first so written on a tie. An abbreviation written with
/// dots keeps its last one ("U.S.", which the word's own span leaves out).
pub fn written_form(corpus: &Corpus, word: u32) -> String {
    let index = &corpus.index;
    let mut seen: Vec<(&str, u32)> = Vec::new();
    for p in index.postings(word).take(FORMS_READ) {
        let b = index.block_of(p);
        let block = index.blocks[b];
        let Some(span) = index.block_spans(b).nth((p - block.start) as usize) else {
            continue;
        };
        let local = b - index.doc_first_block[block.doc as usize] as usize;
        let text = span.of(&corpus.docs[block.doc as usize].blocks[local].text);
        match seen.iter_mut().find(|(t, _)| *t == text) {
            Some((_, n)) => *n += 1,
            None => seen.push((text, 1)),
        }
    }
    let best = seen.iter().fold(
        None::<(&str, u32)>,
        |best, &(t, n)| {
            if best.is_none_or(|(_, m)| n > m) {
                Some((t, n))
            } else {
                best
            }
        },
    );
    match best {
        Some((t, _)) if dotted(t) => format!("{t}."),
        Some((t, _)) => t.to_owned(),
        None => index.words.get(word as usize).cloned().unwrap_or_default(),
    }
}

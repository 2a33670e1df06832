//! Cross-document links: what several articles of a corpus have in common. A class reading five
//! reports of one event wants to see, across them, *who* is named ([`entities`]), *which words*
//! were copied or shared ([`shared`]), *which quotation* is the same quotation cut differently
//! ([`variants`]) and *when* things happened ([`dates`]).
//!
//! # Design
//!
//! Every analysis here is a pure function over the ingested [`Document`]s and the file texts they
//! came from (`texts[i]` is the text `docs[i]` was ingested from; [`Block::source`] offsets point
//! into it), plus the [`QuoteBook`] for quotation variants. Nothing is stored in a corpus here:
//! the caller decides what to keep and serialise. All positions in results are byte [`Span`]s into
//! the file text, on char boundaries, like [`QuoteRecord::source`]; [`Document::locate`] turns
//! them into block ranges for the reader, and the command line turns them into characters.
//!
//! The same choices run through all four modules:
//!
//! - **Rules, not models.** Like quotation attribution (see [`crate::quotes`]), each link can be
//!   explained by pointing at text: the shared words, the title before a name, the article date a
//!   "Tuesday" was counted from. The word lists (titles, organisation nouns, nationality
//!   adjectives, months) are general English news usage; no rule names a particular person,
//!   outlet or place.
//! - **One definition of a word.** Words come from [`crate::normalize::words`] and are compared
//!   folded ([`crate::normalize::fold_word`]), so case, curly or straight apostrophes, quotation
//!   marks, dashes, spacing and diacritics never make two copies of a text look different.
//! - **Boilerplate is not the article.** Navigation, "Read More" lists, captions and repeated
//!   blocks ([`Block::boilerplate`]) are left out of entities, shared passages, quotation variants
//!   and dates by default: two pages from one site share their chrome, and a related-headline list
//!   names people the article is not about. Byline blocks are left out of entities and dates (an
//!   author is not a subject; a publication date is [`Document::date`]).
//! - **Linear in the corpus.** Shared passages are found by fingerprinting (winnowing), names are
//!   merged through hash buckets, quotation variants through an inverted index with prefix
//!   filtering: the work grows with the amount of text, not with the number of article pairs.
//! - **Deterministic.** Hash maps are only looked up, never iterated into results; every output is
//!   sorted.
//!
//! [`QuoteRecord::source`]: crate::quotebook::QuoteRecord::source

pub mod dates;
pub mod entities;

pub mod shared;
pub mod variants;

pub use dates::{dated_mentions, DatedMention, PartialDate};
pub use entities::{find_entities, Entity, EntityKind, Mention};
pub use shared::{shared_passages, Occurrence, SharedKind, SharedOptions, SharedPassage};
pub use variants::{quote_variants, variant_passages, DiffKind, DiffOp, QuoteVariantGroup, QuoteVariantMember};

use crate::ingest::{Block, BlockKind, Document};
use crate::quotebook::QuoteBook;
use crate::span::Span;

/// Text passages shared by two or more articles ([`shared_passages`]) followed by quotation
/// variants as passages ([`variant_passages`]): what `crosscheck shared` prints. The two kinds are
/// kept apart on purpose: a shared passage says *the words were copied*, a quotation variant says
/// *the same person's words were reported*, perhaps cut or edited; a quotation copied verbatim
/// with its surrounding text is both, and is listed as both.
pub fn all_shared(docs: &[Document], texts: &[&str], book: &QuoteBook, opts: &SharedOptions) -> Vec<SharedPassage> {
    let mut out = shared_passages(docs, texts, opts);
    out.extend(variant_passages(&quote_variants(book, docs), texts));
    out
}

/// The blocks of a document that count as its own text, with the text each covers in the file.
/// Blocks whose source span does not fit the text are skipped (a document paired with the wrong
/// text cannot make us panic).
pub(crate) fn article_blocks<'a>(
    doc: &'a Document,
    text: &'a str,
    include_boilerplate: bool,
) -> impl Iterator<Item = (usize, &'a Block, &'a str)> + 'a {
    doc.blocks.iter().enumerate().filter_map(move |(i, b)| {
        if (b.boilerplate.is_some() && !include_boilerplate) || text.len() > u32::MAX as usize {
            return None;
        }
        text.get(b.source.range()).map(|t| (i, b, t))
    })
}

/// Whether a block is a byline (left out of names and dates).
pub(crate) fn is_byline(b: &Block) -> bool {
    b.kind == BlockKind::Byline
}

/// `span` of `text`, as an owned string (empty if it does not fit).
pub(crate) fn slice(text: &str, span: Span) -> String {
    span.of(text).to_owned()
}

/// Union-find over `0..n` as a parent vector: the smallest index of a set is its root, so roots do
/// not depend on the order of unions.
pub(crate) fn uf_new(n: usize) -> Vec<u32> {
    (0..n as u32).collect()
}

pub(crate) fn uf_find(parent: &mut [u32], x: usize) -> usize {
    let mut r = x;
    while parent[r] as usize != r {
        r = parent[r] as usize;
    }
    let mut y = x;
    while parent[y] as usize != r {
        let next = parent[y] as usize;
        parent[y] = r as u32;
        y = next;
    }
    r
}

pub(crate) fn uf_union(parent: &mut [u32], a: usize, b: usize) {
    let (ra, rb) = (uf_find(parent, a), uf_find(parent, b));
    if ra != rb {
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo as u32;
    }
}

/// A 64-bit hash of a folded word (FNV-1a, finished with a SplitMix64 step). Fixed, so results
/// and benchmarks do not depend on a random seed.
pub(crate) fn word_hash(word: &str) -> u64 {
    bytes_hash(word.bytes())
}

fn bytes_hash(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h)
}

/// `word_hash(&fold_word(word))`, without allocating for ASCII words (most of English text),
/// whose folding is lower case with apostrophes trimmed at either end.
pub(crate) fn folded_hash(word: &str) -> u64 {
    if word.is_ascii() {
        bytes_hash(word.trim_matches('\'').bytes().map(|b| b.to_ascii_lowercase()))
    } else {
        word_hash(&crate::normalize::fold_word(word))
    }
}

/// SplitMix64's finaliser: spreads bits so that minima over windows are well distributed.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_find_roots_are_smallest_members() {
        let mut p = uf_new(6);
        uf_union(&mut p, 4, 5);
        uf_union(&mut p, 5, 2);
        uf_union(&mut p, 0, 1);
        let roots: Vec<usize> = (0..6).map(|i| uf_find(&mut p, i)).collect();
        assert_eq!(roots, [0, 0, 2, 3, 2, 2]);
    }

    #[test]
    fn folded_hash_is_the_hash_of_the_folded_word() {
        for w in ["Trump", "Trump's", "'quoted'", "U.S", "30,000", "Zelénskyy", "Trump’s", "didn’t", "ÉCOLE", "x"]
        {
            assert_eq!(folded_hash(w), word_hash(&crate::normalize::fold_word(w)), "{w}");
        }
    }

    #[test]
    fn word_hash_is_fixed_and_spreads() {
        assert_eq!(word_hash("trump"), word_hash("trump"));
        assert_ne!(word_hash("trump"), word_hash("trumps"));
    }
}

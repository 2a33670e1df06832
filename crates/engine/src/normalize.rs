//! The one definition of a word.
//!
//! The indexer, the query parser and the highlighter all go through [`words`] and [`term`], so a
//! word in an article and a word typed in the search box are the same word exactly when these
//! functions say so. Folding makes the differences a reader does not care about disappear:
//!
//! - case (`Kislyak` = `kislyak`),
//! - apostrophes and quotation marks (`Trump’s` = `Trump's`, `“` = `"`),
//! - dashes (`‐ ‑ – — −` = `-`), non-breaking and other spaces (= ` `),
//! - diacritics (`Zelenskyy` = `Zelénskyy`), via canonical decomposition and dropping
//!   combining marks,
//! - zero-width characters, which are dropped.
//!
//! Words are found with the Unicode word-boundary rules (UAX #29, `unicode-segmentation`), so that
//! `U.S.`, `30,000` and `didn’t` are single words in any language's text. A word's *term* is its
//! folded form stemmed with the Snowball English stemmer (`rust-stemmers`), so that `interfere`,
//! `interfered`, `interference` and `interfering` are one term.
//!
//! Search keys a word one step further ([`search_key`]): an abbreviation's dots go, so `U.S.` and
//! `US`, `F.B.I.` and `FBI` are one key; whether a word is *written* as an abbreviation (in
//! capitals or with dots, [`written_as_acronym`]) is kept beside it by the index. And two name
//! words can be spellings of one name ([`spelling_variants`]: `Zelenskyy`, `Zelenskiy`), by the
//! rule the Names view merges them with.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::span::Span;

/// The words of `text` with their spans, in order. A word is a UAX #29 word segment that contains
/// at least one letter or digit.
pub fn words(text: &str) -> impl Iterator<Item = (Span, &str)> + '_ {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| (Span::new(i, i + w.len()), w))
}

/// A word of a text with its folded form and what stands between it and the previous word: what
/// rules that read words in context (dates, sourcing phrases) walk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoldedWord<'t> {
    pub span: Span,
    /// The word as written.
    pub raw: &'t str,
    /// [`fold_word`] of it.
    pub folded: String,
    /// The text between the previous word (or the start) and this one.
    pub gap: &'t str,
}

/// The words of `text` with their folded forms and the gaps between them, in order.
pub fn folded_words(text: &str) -> Vec<FoldedWord<'_>> {
    let mut prev = 0;
    words(text)
        .map(|(span, raw)| {
            let gap = &text[prev..span.start as usize];
            prev = span.end as usize;
            FoldedWord { span, raw, folded: fold_word(raw), gap }
        })
        .collect()
}

/// Folds text for comparison: lower case, no diacritics, one kind of apostrophe, quotation mark,
/// dash and space, no zero-width characters.
pub fn fold(text: &str) -> String {
    // ASCII folds to its lower case (see `fold_char_into`), a byte at a time.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// A name made for a file or a link from any text: folded ([`fold`]: "Chloé" is "chloe"), ASCII
/// letters and digits kept, every other run of characters one `-`, at most `max` bytes (cut at
/// a `-`): `Week 3: who says so?` is `week-3-who-says-so`. Empty when nothing is left.
pub fn ascii_name(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_end_matches('-').to_owned();
    if out.len() > max {
        out.truncate(out[..max].rfind('-').unwrap_or(max));
    }
    out
}

/// The table of characters that fold otherwise than by lower-casing alone (written by build.rs
/// from `unicode-normalization`).
mod folds {
    include!(concat!(env!("OUT_DIR"), "/folds.rs"));
}

/// Hangul syllables: decomposed arithmetically (Unicode, section 3.12).
const HANGUL_FIRST: u32 = 0xAC00;
const HANGUL_COUNT: u32 = 11172;

fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    // Decompose canonically, lower-case, and drop combining marks, so that folding twice gives
    // what folding once gave: what unicode-normalization's decomposition does, through the table
    // build.rs made with it (the tests compare the two for every character).
    let cp = u32::from(c);
    if let Some(s) = cp.checked_sub(HANGUL_FIRST).filter(|&s| s < HANGUL_COUNT) {
        let (l, v, t) = (0x1100 + s / 588, 0x1161 + (s % 588) / 28, s % 28);
        for jamo in [l, v].into_iter().chain((t > 0).then_some(0x11A7 + t)) {
            push_folded(char::from_u32(jamo).unwrap_or(c), out);
        }
        return;
    }
    let found = folds::FOLDS.binary_search_by(|&(start, len, _)| {
        if start + u32::from(len) <= cp {
            std::cmp::Ordering::Less
        } else if start > cp {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    match found {
        // A combining mark folds to nothing; a few characters to several.
        Ok(i) => match folds::FOLDS[i].2 {
            0 => {}
            f if f >= folds::MULTI_BASE => {
                folds::MULTI[(f - folds::MULTI_BASE) as usize].chars().for_each(|f| push_folded(f, out))
            }
            f => push_folded(char::from_u32(f).unwrap_or(c), out),
        },
        Err(_) => {
            for l in c.to_lowercase() {
                push_folded(l, out);
            }
        }
    }
}

fn push_folded(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{00B4}' | '\u{FF07}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' | '\u{FF02}' => {
            out.push('"')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
        c if c.is_whitespace() => out.push(' '),
        c => out.push(c),
    }
}

/// The index term of one word: folded, stripped of apostrophes at either end, stemmed.
pub fn term(word: &str) -> String {
    stem(&fold_word(word))
}

/// A word folded for the dictionary (what prefix search compares against).
pub fn fold_word(word: &str) -> String {
    let folded = fold(word);
    // Most words have no apostrophe at either end: they keep the string folded (a copy for each
    // of a build's millions of words was time spent for nothing).
    match folded.trim_matches('\'') {
        trimmed if trimmed.len() == folded.len() => folded,
        trimmed => trimmed.to_owned(),
    }
}

/// A word as the search index and the query parser key it: [`fold_word`], and an abbreviation's
/// dots dropped (`U.S` → `us`, `F.B.I` → `fbi`, `a.m` → `am`), so that an abbreviation is one
/// word with or without its dots. Dots between longer parts (`google.com`) or digits (`3.5`) stay.
pub fn search_key(word: &str) -> String {
    let folded = fold_word(word);
    if dotted(&folded) {
        folded.replace('.', "")
    } else {
        folded
    }
}

/// Whether a word is written as an abbreviation: in capitals, two letters or more (`US`, `FBI’s`,
/// `CEOs`), or as letters with dots between them (`U.S`, `a.m`, `Ph.D`). Whether the corpus reads
/// it as one is the index's business (a shouted headline is not a row of abbreviations).
pub fn written_as_acronym(word: &str) -> bool {
    dotted(word) || in_capitals(word)
}

/// Whether `word` is in capitals: at least two letters, all upper case but for a possessive `’s`
/// or a plural `s` at the end.
pub fn in_capitals(word: &str) -> bool {
    let base = ["'s", "’s", "'S", "’S"].iter().find_map(|p| word.strip_suffix(p)).unwrap_or(word);
    let base = match base.strip_suffix('s') {
        Some(b) if b.chars().filter(|c| c.is_alphabetic()).count() >= 2 => b,
        _ => base,
    };
    let mut letters = 0;
    for c in base.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether `word` is letters with a dot between each part of one or two of them: `u.s`, `f.b.i`,
/// `ph.d` (an abbreviation whatever its case).
pub fn dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

/// Whether two folded name words are spellings of one name, as transliterations into English
/// make them (`zelenskyy`, `zelenskiy`): six letters or more, the same first letter and the same
/// consonants in the same order ([`spelling_skeleton`]), differing only in vowels, `y`, `j`, `h`,
/// `w` or a doubled letter, by one such edit (two for names of nine letters or more).
pub fn spelling_variants(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if a == b || la < 6 || lb < 6 || spelling_skeleton(a) != spelling_skeleton(b) {
        return false;
    }
    let max = if la.min(lb) >= 9 { 2 } else { 1 };
    soft_distance(a, b, max).is_some_and(|d| d >= 1)
}

/// What spelling variants of a name share: its first letter and the consonants after it, doubled
/// letters collapsed (`zelenskyy` → `zlnsk`).
pub fn spelling_skeleton(w: &str) -> String {
    let mut out = String::new();
    let mut prev = None;
    for (i, c) in w.chars().enumerate() {
        if (i == 0 || !soft(c)) && prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// The letters a transliteration changes freely.
fn soft(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'j' | 'h' | 'w')
}

/// Edit distance counting only edits a transliteration makes: substituting one soft letter for
/// another, inserting or deleting a soft letter or a doubled letter. `None` when another edit is
/// needed or the distance exceeds `max`.
fn soft_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    const INF: usize = usize::MAX / 4;
    let droppable =
        |s: &[char], i: usize| soft(s[i]) || (i > 0 && s[i - 1] == s[i]) || (i + 1 < s.len() && s[i + 1] == s[i]);
    let mut dp = vec![vec![INF; b.len() + 1]; a.len() + 1];
    dp[0][0] = 0;
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            let cur = dp[i][j];
            if cur >= INF {
                continue;
            }
            if i < a.len() && j < b.len() {
                let cost = if a[i] == b[j] {
                    0
                } else if soft(a[i]) && soft(b[j]) {
                    1
                } else {
                    INF
                };
                dp[i + 1][j + 1] = dp[i + 1][j + 1].min(cur + cost);
            }
            if i < a.len() && droppable(&a, i) {
                dp[i + 1][j] = dp[i + 1][j].min(cur + 1);
            }
            if j < b.len() && droppable(&b, j) {
                dp[i][j + 1] = dp[i][j + 1].min(cur + 1);
            }
        }
    }
    let d = dp[a.len()][b.len()];
    (d <= max).then_some(d)
}

/// Stems an already folded word.
///
/// The Snowball English stemmer is applied twice: once is not stable across word forms
/// (`interfere` → `interfer` but `interfered` → `interf`), twice is (both → `interf`). The cost is
/// a little extra conflation, which suits search in a small corpus.
pub fn stem(folded: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    let stemmer = STEMMER.get_or_init(|| Stemmer::create(Algorithm::English));
    let once = stemmer.stem(folded);
    stemmer.stem(&once).into_owned()
}

/// Number of words in `text`.
pub fn count_words(text: &str) -> usize {
    words(text).count()
}

/// Number of words in `text`, counted up to `most`: for a rule that only asks whether a block has
/// so many words (finding words is a build's most repeated work; a paragraph need not be read to
/// its end to know it has more than ten).
pub fn count_words_to(text: &str, most: usize) -> usize {
    words(text).take(most).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_names_for_files_and_links() {
        assert_eq!(ascii_name("Week 3: who says so?", 60), "week-3-who-says-so");
        assert_eq!(ascii_name("  Chloé & Jürgen — «Ça va»  ", 60), "chloe-jurgen-ca-va");
        assert_eq!(ascii_name("<script>alert(1)</script>", 60), "script-alert-1-script");
        assert_eq!(ascii_name("Владимир", 60), "", "nothing of it is ASCII");
        assert_eq!(ascii_name("one two three four", 9), "one-two");
    }

    #[track_caller]
    fn check_words(text: &str, expect: &[&str]) {
        let got: Vec<&str> = words(text).map(|(_, w)| w).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn words_keep_abbreviations_numbers_and_contractions_whole() {
        check_words("The U.S. paid 30,000 — didn’t it?", &["The", "U.S", "paid", "30,000", "didn’t", "it"]);
    }

    #[test]
    fn words_split_brackets_and_hyphens() {
        check_words("expect[ing] then-candidate", &["expect", "ing", "then", "candidate"]);
    }

    #[test]
    fn folded_words_keep_the_gaps_between_words() {
        let got: Vec<(&str, String, &str)> =
            folded_words("“Trump’s” aides, U.S. officials").into_iter().map(|w| (w.raw, w.folded, w.gap)).collect();
        assert_eq!(
            got,
            [
                ("Trump’s", "trump's".to_owned(), "“"),
                ("aides", "aides".to_owned(), "” "),
                ("U.S", "u.s".to_owned(), ", "),
                ("officials", "officials".to_owned(), ". ")
            ]
        );
    }

    #[test]
    fn fold_unifies_quotes_dashes_spaces_and_case() {
        assert_eq!(fold("Trump’s “Deal” – A\u{a0}B"), "trump's \"deal\" - a b");
    }

    #[test]
    fn fold_does_what_canonical_decomposition_does_for_every_character() {
        // The definition build.rs's table stands for, with unicode-normalization itself.
        let by_the_crate = |c: char| {
            let mut out = String::new();
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
                return out;
            }
            unicode_normalization::char::decompose_canonical(c, |d| {
                for l in d.to_lowercase() {
                    if !unicode_normalization::char::is_combining_mark(l) {
                        push_folded(l, &mut out);
                    }
                }
            });
            out
        };
        let mut differ = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut ours = String::new();
            fold_char_into(c, &mut ours);
            if ours != by_the_crate(c) {
                differ.push(format!("U+{:04X}: {ours:?} instead of {:?}", u32::from(c), by_the_crate(c)));
            }
        }
        assert!(
            differ.is_empty(),
            "{} characters fold differently, e.g. {:?}",
            differ.len(),
            &differ[..differ.len().min(10)]
        );
        assert_eq!(fold("Ångström naïve Ǖ \u{0301}"), "angstrom naive u ");
        assert_eq!(fold("한").chars().count(), 3, "a Hangul syllable is its three jamo");
    }

    #[test]
    fn fold_drops_diacritics_and_zero_width() {
        assert_eq!(fold("Zelénskyy\u{200b}"), "zelenskyy");
    }

    #[test]
    fn terms_share_a_stem_across_word_forms() {
        for family in [
            &["interfere", "interfered", "interference", "interfering", "interferes"][..],
            &["elect", "elected", "election", "elections"],
            &["solicit", "soliciting", "solicited", "solicitation"],
            &["investigate", "investigated", "investigation", "investigating"],
        ] {
            let stems: Vec<String> = family.iter().map(|w| term(w)).collect();
            assert!(stems.iter().all(|s| s == &stems[0]), "{stems:?}");
        }
    }

    #[test]
    fn abbreviations_are_one_word_with_or_without_dots() {
        for (word, key) in
            [("U.S", "us"), ("US", "us"), ("F.B.I", "fbi"), ("a.m", "am"), ("Ph.D", "phd"), ("FBI’s", "fbi's")]
        {
            assert_eq!(search_key(word), key, "{word}");
        }
        for kept in ["google.com", "3.5", "St.Louis", "30,000"] {
            assert_eq!(search_key(kept), fold_word(kept), "{kept}");
        }
    }

    #[test]
    fn abbreviations_are_written_in_capitals_or_with_dots() {
        for yes in ["US", "U.S", "FBI", "FBI’s", "AG's", "CEOs", "a.m", "WHO", "COVID"] {
            assert!(written_as_acronym(yes), "{yes}");
        }
        for no in ["us", "Us", "I", "A", "I’ve", "Kislyak", "G20", "3.5", "google.com", "iPhone"] {
            assert!(!written_as_acronym(no), "{no}");
        }
    }

    #[test]
    fn spellings_of_one_name_differ_only_in_soft_letters() {
        assert!(spelling_variants("zelenskyy", "zelenskiy"));
        assert!(spelling_variants("zelensky", "zelenskyy"));
        assert!(spelling_variants("mueller", "muller"));
        assert!(!spelling_variants("brandon", "branson"), "a consonant changes");
        assert!(!spelling_variants("hill", "hall"), "too short");
        assert!(!spelling_variants("miller", "mueller"), "two edits in a short name");
        assert!(!spelling_variants("zelensky", "zelensky"), "the same word");
        assert_eq!(spelling_skeleton("zelenskyy"), "zlnsk");
    }

    #[test]
    fn possessive_and_curly_apostrophe_fold_to_the_name() {
        assert_eq!(term("Trump’s"), term("trump"));
        assert_eq!(term("Trump's"), term("TRUMP"));
    }
}

//! Where a sentence ends: the one rule the quotation finder, the name finder, the sourcing profile
//! and the timeline share.
//!
//! A full stop, a question mark, an exclamation mark or an ellipsis ends a sentence when what
//! follows opens one: a capital letter, a figure, an opening quotation mark or bracket. A full
//! stop that belongs to an abbreviation is different: after a title ("Sen.", "Dr.", "St.", "No.")
//! or an initial ("R.") it never ends the sentence, since a name follows; after another
//! abbreviation ("Inc.", "U.S.", "Jan.") it ends the sentence only when the next word is one that
//! usually opens a sentence ("… the U.S. The plan …"), not a name ("U.S. Army").

use super::{has, is_sentence_starter, month_of, MONTHS};

/// Abbreviations of titles and of words that stand before a name or a number: their full stop
/// never ends a sentence ("Sen. Lopez", "St. Paul", "No. 3", "Smith vs. Jones"). AP style.
#[rustfmt::skip]
pub(crate) static TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "atty", "capt", "cllr", "cmdr", "col", "cpl", "det", "dr", "fr", "ft", "gen", "gens", "gov",
    "govs", "hon", "insp", "lt", "maj", "mr", "mrs", "ms", "msgr", "mt", "mx", "no", "pres", "prof",
    "pte", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "sra", "st", "supt", "vs",
];

/// Other abbreviations that keep their full stop, which may also end a sentence ("Acme Inc.",
/// "Lopez Jr."). Month and weekday short forms are read from the calendar (see
/// [`is_abbreviation`]).
#[rustfmt::skip]
pub(crate) static ABBREVIATIONS: &[&str] = &[
    "approx", "ave", "blvd", "co", "corp", "dept", "est", "etc", "fig", "inc", "jr", "llc", "ltd",
    "nos", "rd", "sr", "vol",
];

/// Weekday short forms that are not English words ("Wed.", "Sat.", "Sun." are not taken for
/// abbreviations: "He sat." ends a sentence).
pub(crate) static WEEKDAY_ABBREVIATIONS: &[&str] = &["fri", "mon", "thu", "thur", "thurs", "tue", "tues"];

/// Whether a lower-case word (without its full stop) is an abbreviation that keeps its full stop.
pub(crate) fn is_abbreviation(w: &str) -> bool {
    has(TITLE_ABBREVIATIONS, w)
        || has(ABBREVIATIONS, w)
        || has(WEEKDAY_ABBREVIATIONS, w)
        || (month_of(w).is_some() && !MONTHS.contains(&w))
}

/// Whether the full stop right after `word` (as written, without the stop) belongs to it: a listed
/// abbreviation, a short form with inner full stops ("U.S", "e.g", "a.m"), or an initial ("R").
pub(crate) fn keeps_period(word: &str) -> bool {
    let mut cs = word.chars();
    let single_capital = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
    let dotted = word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
    single_capital || dotted || is_abbreviation(&word.to_lowercase())
}

/// Whether `text` starts as a sentence does: a capital letter, a figure, an opening quotation mark
/// or bracket.
pub(crate) fn opens_sentence(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '(' | '[' | '“' | '"' | '‘' | '\'' | '«' | '„')
    })
}

/// Whether a full stop after `word` (as written, without the stop) ends the sentence, `next` being
/// the text that follows it (white space trimmed), `None` at the end of the text.
pub(crate) fn period_ends_sentence(word: &str, next: Option<&str>) -> bool {
    let Some(next) = next.filter(|n| !n.is_empty()) else {
        return true;
    };
    if !keeps_period(word) {
        return opens_sentence(next);
    }
    let low = word.to_lowercase();
    if has(TITLE_ABBREVIATIONS, &low) || word.chars().count() == 1 {
        return false;
    }
    let first: String = next.chars().take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’').collect();
    first.chars().next().is_some_and(char::is_uppercase) && is_sentence_starter(&first.to_lowercase())
}

/// Whether the text between two words ends a sentence: `gap` is what stands between `before` and
/// `after` (as written). Closing quotation marks and brackets may follow the punctuation (`.”`,
/// `?)`); anything else before it (a comma, a dash) means no sentence ends here.
pub(crate) fn gap_ends_sentence(before: &str, gap: &str, after: &str) -> bool {
    for c in gap.chars() {
        match c {
            '.' => return period_ends_sentence(before, Some(after)),
            '!' | '?' | '…' => return opens_sentence(after),
            c if c.is_whitespace() || matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»') => continue,
            _ => return false,
        }
    }
    false
}

/// The words end with sentence punctuation, closing brackets and quotation marks aside (a
/// quotation that ends its own sentence: `“We will win.”`).
pub(crate) fn ends_with_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '’' | '\'' | ')' | ']' | '"' | '”'));
    t.ends_with(['.', '!', '?', '…'])
}

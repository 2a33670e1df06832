//! Word-level comparison of two short texts (two reports of one quotation): which words they
//! share, in order, so a side-by-side view can mark the same words in both.

use crate::normalize::{fold_word, words};
use crate::span::{merge_spans, Span};

/// The words `a` and `b` have in common, as the longest common subsequence of their folded words:
/// spans in `a` and spans in `b` (sorted, merged where words are adjacent in the text). Quadratic
/// in the number of words, so meant for quotations and sentences, not whole articles; inputs
/// longer than 400 words are cut there.
pub fn shared_words(a: &str, b: &str) -> (Vec<Span>, Vec<Span>) {
    const MAX_WORDS: usize = 400;
    let wa: Vec<(Span, String)> = words(a).take(MAX_WORDS).map(|(s, w)| (s, fold_word(w))).collect();
    let wb: Vec<(Span, String)> = words(b).take(MAX_WORDS).map(|(s, w)| (s, fold_word(w))).collect();
    let (n, m) = (wa.len(), wb.len());
    // lcs[i][j]: length of the LCS of wa[i..] and wb[j..].
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if wa[i].1 == wb[j].1 { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut sa, mut sb) = (Vec::new(), Vec::new());
    while i < n && j < m {
        if wa[i].1 == wb[j].1 {
            sa.push(wa[i].0);
            sb.push(wb[j].0);
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    (join_adjacent(a, sa), join_adjacent(b, sb))
}

/// Merges spans separated only by white space or punctuation into one.
fn join_adjacent(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for s in merge_spans(spans) {
        match out.last_mut() {
            Some(last) if text[last.end as usize..s.start as usize].chars().all(|c| !c.is_alphanumeric()) => last.end = s.end,
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(a: &str, b: &str, expect_a: &[&str], expect_b: &[&str]) {
        let (sa, sb) = shared_words(a, b);
        assert_eq!(sa.iter().map(|s| s.of(a)).collect::<Vec<_>>(), expect_a);
        assert_eq!(sb.iter().map(|s| s.of(b)).collect::<Vec<_>>(), expect_b);
    }

    #[test]
    fn a_cut_quotation_is_found_inside_the_longer_one() {
        check(
            "great pressure",
            "I faced great pressure because of Russia. That’s taken off.",
            &["great pressure"],
            &["great pressure"],
        );
    }

    #[test]
    fn edited_words_are_left_out_and_case_and_marks_do_not_matter() {
        check("We will meet on Tuesday’s call", "we met on tuesday's call", &["We", "on Tuesday’s call"], &["we", "on tuesday's call"]);
    }

    #[test]
    fn nothing_shared() {
        check("alpha beta", "gamma", &[], &[]);
        check("", "gamma", &[], &[]);
    }
}

//! Word-level comparison: the one word diff of the engine ([`word_diff`]), used by the Compare
//! view's shared words ([`shared_words`]) and by the diff of quotation variants
//! ([`crate::crossdoc::QuoteVariantGroup::diff`]).
//!
//! # The diff
//!
//! Two sequences of (folded) words are aligned as a longest common subsequence: the words both
//! keep, in order, and what each adds. An exact LCS table costs the product of the lengths, which
//! is nothing for two quotations and far too much for two long texts (a 6 MB article against
//! itself would need 10¹² cells). So the table is only filled where it is small: when the product
//! of the two lengths is at most `CELLS_PER_WORD` times their sum (any pair where one side has
//! fewer than about a hundred words: every quotation). Larger pairs are cut first, the way patience
//! diff does: common prefix and suffix are taken off, then the words that occur exactly once on
//! each side are anchors, the longest run of anchors in the same order on both sides is kept
//! (longest increasing subsequence, n log n), and the pieces between anchors are diffed the same
//! way. Pieces that are still too large, or a recursion past `MAX_DEPTH`, are given as removed
//! and added. Every step is linear or n log n in the words, so the whole diff is O(n log n).

use std::collections::HashMap;
use std::hash::Hash;

use crate::normalize::{fold_word, words};
use crate::span::{merge_spans, Span};

/// A cell budget per word for the exact table: a pair of lengths `a`, `b` is diffed exactly when
/// `a × b ≤ CELLS_PER_WORD × (a + b)`.
const CELLS_PER_WORD: usize = 64;

/// How deep the anchored cutting may recurse before the rest is given as replaced.
const MAX_DEPTH: usize = 12;

/// One step of a word alignment of `a` against `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// `a[i]` and `b[j]` are the same word.
    Same(usize, usize),
    /// `b[j]` is only in `b`.
    Removed(usize),
    /// `a[i]` is only in `a`.
    Added(usize),
}

/// Aligns `a` against `b` (see the module essay): every index of `a` appears once, as `Same` or
/// `Added`, every index of `b` once, as `Same` or `Removed`, in order. Where both sides differ, the
/// words of `b` come before those of `a` (removed, then added).
pub fn word_diff<T: Eq + Hash>(a: &[T], b: &[T]) -> Vec<Step> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    diff_range(a, b, 0, a.len(), 0, b.len(), 0, &mut out);
    out
}

#[allow(clippy::too_many_arguments)]
fn diff_range<T: Eq + Hash>(
    a: &[T],
    b: &[T],
    mut a0: usize,
    mut a1: usize,
    mut b0: usize,
    mut b1: usize,
    depth: usize,
    out: &mut Vec<Step>,
) {
    // Common prefix and suffix.
    while a0 < a1 && b0 < b1 && a[a0] == b[b0] {
        out.push(Step::Same(a0, b0));
        a0 += 1;
        b0 += 1;
    }
    let mut suffix = 0;
    while a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - suffix - 1] == b[b1 - suffix - 1] {
        suffix += 1;
    }
    a1 -= suffix;
    b1 -= suffix;
    let (n, m) = (a1 - a0, b1 - b0);
    if n == 0 || m == 0 || n.saturating_mul(m) <= CELLS_PER_WORD * (n + m) {
        exact(a, b, a0, a1, b0, b1, out);
    } else if depth < MAX_DEPTH {
        anchored(a, b, a0, a1, b0, b1, depth, out);
    } else {
        out.extend((b0..b1).map(Step::Removed));
        out.extend((a0..a1).map(Step::Added));
    }
    out.extend((0..suffix).map(|k| Step::Same(a1 + k, b1 + k)));
}

/// The exact LCS alignment of `a[a0..a1]` against `b[b0..b1]` by its table.
fn exact<T: Eq>(a: &[T], b: &[T], a0: usize, a1: usize, b0: usize, b1: usize, out: &mut Vec<Step>) {
    let (n, k) = (a1 - a0, b1 - b0);
    let w = k + 1;
    // lcs[i][j]: LCS length of a[a0 + i..a1] and b[b0 + j..b1].
    let mut lcs = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..k).rev() {
            lcs[i * w + j] = if a[a0 + i] == b[b0 + j] {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < k {
        if i < n && j < k && a[a0 + i] == b[b0 + j] {
            out.push(Step::Same(a0 + i, b0 + j));
            i += 1;
            j += 1;
        } else if j < k && (i == n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
            out.push(Step::Removed(b0 + j));
            j += 1;
        } else {
            out.push(Step::Added(a0 + i));
            i += 1;
        }
    }
}

/// Patience-style cutting at the words that occur once on each side, kept in the longest run in
/// the same order on both.
#[allow(clippy::too_many_arguments)]
fn anchored<T: Eq + Hash>(
    a: &[T],
    b: &[T],
    a0: usize,
    a1: usize,
    b0: usize,
    b1: usize,
    depth: usize,
    out: &mut Vec<Step>,
) {
    // Counts on each side and the position in `b` of each word.
    let mut seen: HashMap<&T, (u32, u32, usize)> = HashMap::new();
    for x in &a[a0..a1] {
        seen.entry(x).or_insert((0, 0, 0)).0 += 1;
    }
    for (j, x) in b[b0..b1].iter().enumerate() {
        if let Some(e) = seen.get_mut(x) {
            e.1 += 1;
            e.2 = b0 + j;
        }
    }
    // Unique common words in the order of `a`, with their position in `b`.
    let pairs: Vec<(usize, usize)> =
        (a0..a1).filter_map(|i| seen.get(&a[i]).filter(|e| e.0 == 1 && e.1 == 1).map(|e| (i, e.2))).collect();
    let anchors = longest_increasing(&pairs);
    if anchors.is_empty() {
        out.extend((b0..b1).map(Step::Removed));
        out.extend((a0..a1).map(Step::Added));
        return;
    }
    let (mut pa, mut pb) = (a0, b0);
    for (i, j) in anchors {
        diff_range(a, b, pa, i, pb, j, depth + 1, out);
        out.push(Step::Same(i, j));
        pa = i + 1;
        pb = j + 1;
    }
    diff_range(a, b, pa, a1, pb, b1, depth + 1, out);
}

/// The longest subsequence of `pairs` (sorted by their first member) whose second members
/// increase: patience sorting, n log n.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of the smallest tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < j);
        if pos > 0 {
            prev[k] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        out.push(pairs[k]);
        cur = prev[k];
    }
    out.reverse();
    out
}

/// The words `a` and `b` have in common, in order (a longest common subsequence of their folded
/// words, [`word_diff`]): spans in `a` and spans in `b` (sorted, merged where words are adjacent in
/// the text). O(n log n) in the number of words, so whole articles can be compared too.
pub fn shared_words(a: &str, b: &str) -> (Vec<Span>, Vec<Span>) {
    let (sa, ka): (Vec<Span>, Vec<String>) = words(a).map(|(s, w)| (s, fold_word(w))).unzip();
    let (sb, kb): (Vec<Span>, Vec<String>) = words(b).map(|(s, w)| (s, fold_word(w))).unzip();
    let (mut ra, mut rb) = (Vec::new(), Vec::new());
    for step in word_diff(&ka, &kb) {
        if let Step::Same(i, j) = step {
            ra.push(sa[i]);
            rb.push(sb[j]);
        }
    }
    (join_adjacent(a, ra), join_adjacent(b, rb))
}

/// Merges spans separated only by white space or punctuation into one.
fn join_adjacent(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for s in merge_spans(spans) {
        match out.last_mut() {
            Some(last) if text[last.end as usize..s.start as usize].chars().all(|c| !c.is_alphanumeric()) => {
                last.end = s.end
            }
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
        check(
            "We will meet on Tuesday’s call",
            "we met on tuesday's call",
            &["We", "on Tuesday’s call"],
            &["we", "on tuesday's call"],
        );
    }

    #[test]
    fn nothing_shared() {
        check("alpha beta", "gamma", &[], &[]);
        check("", "gamma", &[], &[]);
    }

    /// Every index once, in order, and `Same` only on equal words.
    #[track_caller]
    fn valid<T: Eq + Hash + std::fmt::Debug>(a: &[T], b: &[T], steps: &[Step]) {
        let (mut i, mut j) = (0, 0);
        for s in steps {
            match *s {
                Step::Same(x, y) => {
                    assert_eq!((x, y), (i, j));
                    assert_eq!(a[x], b[y]);
                    i += 1;
                    j += 1;
                }
                Step::Added(x) => {
                    assert_eq!(x, i);
                    i += 1;
                }
                Step::Removed(y) => {
                    assert_eq!(y, j);
                    j += 1;
                }
            }
        }
        assert_eq!((i, j), (a.len(), b.len()));
    }

    fn same(steps: &[Step]) -> usize {
        steps.iter().filter(|s| matches!(s, Step::Same(..))).count()
    }

    #[test]
    fn small_pairs_get_the_exact_longest_common_subsequence() {
        let a: Vec<u32> = vec![1, 2, 3, 4, 5, 6, 7];
        let b: Vec<u32> = vec![2, 9, 4, 6, 7, 1];
        let d = word_diff(&a, &b);
        valid(&a, &b, &d);
        assert_eq!(same(&d), 4);
    }

    #[test]
    fn large_pairs_are_cut_at_unique_words_and_stay_exact_where_texts_agree() {
        // Two long texts: the same 20,000 distinct words, a few replaced and one block moved.
        let a: Vec<u32> = (0..20_000).collect();
        let mut b: Vec<u32> = (0..20_000).map(|x| if x % 997 == 0 { 1_000_000 + x } else { x }).collect();
        b.drain(5_000..5_100);
        let d = word_diff(&a, &b);
        valid(&a, &b, &d);
        assert_eq!(same(&d), 20_000 - 100 - 21, "all but the replaced and removed words");
    }

    #[test]
    fn repeated_words_on_both_sides_stay_linear() {
        // No word is unique: the diff gives up on the middle rather than fill a table of 10^10 cells.
        let a: Vec<u32> = (0..100_000).map(|x| x % 3).collect();
        let b: Vec<u32> = (0..100_000).map(|x| (x + 1) % 3).collect();
        let d = word_diff(&a, &b);
        valid(&a, &b, &d);
    }

    #[test]
    fn longest_increasing_run() {
        let p = [(0, 5), (1, 1), (2, 2), (3, 9), (4, 3), (5, 4)];
        assert_eq!(longest_increasing(&p), vec![(1, 1), (2, 2), (4, 3), (5, 4)]);
    }
}

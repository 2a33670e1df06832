//! Tokens: an article's blocks as words with what the name rules need (capitals, possessives,
//! abbreviations, sentence starts, headline and dateline marks).

use super::*;

#[derive(Debug)]
pub(super) struct Tok<'t> {
    /// The word in the file text (bytes).
    pub(super) start: usize,
    pub(super) end: usize,
    /// End of the word without a possessive `’s`.
    pub(super) name_end: usize,
    pub(super) raw: &'t str,
    /// Folded, possessive and dots removed ("u.s" → "us").
    pub(super) key: String,
    pub(super) cap: bool,
    /// All letters capitals, two or more (`FBI`, `U.S`).
    pub(super) acronym: bool,
    pub(super) possessive: bool,
    /// First word of a sentence, a quotation or a list item.
    pub(super) initial: bool,
    /// Text between the previous word and this one.
    pub(super) gap: &'t str,
    /// A dot after this word does not end the sentence (`Mr.`, `R.`, `U.S.`).
    pub(super) abbrev: bool,
    /// In a headline, a heading or a title-case phrase: capitals do not mark names here.
    pub(super) known_only: bool,
    /// Part of a dateline (`WASHINGTON (AP) —`): a place, in capitals.
    pub(super) dateline: bool,
}

pub(super) struct BlockToks<'t> {
    pub(super) doc: u32,
    pub(super) toks: Vec<Tok<'t>>,
    /// A heading, or a short line with no sentence end (a list item standing as a heading).
    pub(super) heading: bool,
    /// The article's title.
    pub(super) title: bool,
}

pub(super) fn scan<'t>(docs: &'t [Document], texts: &[&'t str]) -> Vec<BlockToks<'t>> {
    let mut out = Vec::new();
    for (d, (doc, text)) in docs.iter().zip(texts).enumerate() {
        for (_, b, bt) in article_blocks(doc, text, false) {
            if is_byline(b) {
                continue;
            }
            let toks = tokens(bt, b.source.start as usize);
            let short = toks.len() <= 8 && !bt.trim_end().ends_with(['.', '!', '?', '”', '"', ',', ';']);
            let heading = b.kind == BlockKind::Heading || (short && b.kind != BlockKind::Title);
            out.push(BlockToks { doc: d as u32, toks, heading, title: b.kind == BlockKind::Title });
        }
    }
    out
}

pub(super) fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '«' | '„' | '(' | '[')
}

pub(super) fn tokens(text: &str, base: usize) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::new();
    let mut prev_end = 0;
    for (span, w) in words(text) {
        let (s, e) = (span.start as usize, span.end as usize);
        let gap = &text[prev_end..s];
        // The folded word becomes the key in place (no copies: this runs for every word of a
        // collection).
        let mut stem = fold_word(w);
        let (possessive, name_len) = match stem.strip_suffix("'s").map(str::len) {
            Some(n) if n > 0 => {
                stem.truncate(n);
                // The raw word ends in an apostrophe (any of them) and `s`: drop those two chars.
                (true, w.char_indices().rev().nth(1).map_or(w.len(), |(i, _)| i))
            }
            _ => (false, w.len()),
        };
        let key = if stem.contains('.') { stem.chars().filter(|&c| c != '.').collect() } else { stem };
        let mut letters = w[..name_len].chars().filter(|c| c.is_alphabetic());
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let acronym = letters.clone().nth(1).is_some() && letters.all(char::is_uppercase);
        let initial = match out.last() {
            None => true,
            Some(prev) => starts_sentence(prev, gap, w),
        };
        out.push(Tok {
            start: base + s,
            end: base + e,
            name_end: base + s + name_len,
            raw: w,
            key,
            cap,
            acronym,
            possessive,
            initial,
            gap,
            abbrev: false,
            known_only: false,
            dateline: false,
        });
        prev_end = e;
    }
    // Plural possessives (`the Clintons’ house`) and abbreviation dots are seen from what follows.
    for i in 0..out.len() {
        let after = if i + 1 < out.len() { out[i + 1].gap } else { &text[(out[i].end - base).min(text.len())..] };
        let t = &out[i];
        let plural_possessive = after.starts_with(['’', '\''])
            && after[after.chars().next().map_or(0, char::len_utf8)..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        let abbrev = after.starts_with('.') && lx::keeps_period(t.raw);
        out[i].possessive |= plural_possessive;
        out[i].abbrev = abbrev;
    }
    // A dateline: words in capitals opening the block, then (after an agency's name in brackets
    // or a state's short form) a dash: `WASHINGTON (AP) —`, `NEW YORK —`, `PHOENIX, Ariz. —`.
    let caps = out.iter().enumerate().take_while(|(k, t)| t.acronym && (*k == 0 || t.gap.trim().is_empty())).count();
    if caps > 0 && out[..caps].iter().map(|t| t.raw.len()).sum::<usize>() >= 3 {
        let dash =
            (caps..(caps + 3).min(out.len())).find(|&m| out[m].gap.contains(['—', '–']) || out[m].gap.contains(" - "));
        let plain =
            (caps..dash.unwrap_or(caps)).all(|m| out[m].gap.contains(['(', ',', '.']) || out[m].gap.trim().is_empty());
        if let (Some(m), true) = (dash, plain) {
            for t in &mut out[..caps] {
                t.dateline = true;
            }
            out[m].initial = true;
        }
    }
    out
}

/// Whether the word `word` after `gap` starts a sentence (the lexicon's rule), a quotation, a
/// clause after a colon or semicolon, or a list item: where a capital may be the sentence's, not a
/// name's.
pub(super) fn starts_sentence(prev: &Tok, gap: &str, word: &str) -> bool {
    let g = gap.trim_end();
    let Some(last) = g.chars().last() else {
        return false;
    };
    if is_open_quote(last) {
        // An opening mark: at the gap's start or after a space.
        let before = g[..g.len() - last.len_utf8()].chars().last();
        return before.is_none_or(|c| c.is_whitespace() || matches!(c, '—' | '–' | '(' | ':'));
    }
    let first = g.trim_start().chars().next().unwrap_or(' ');
    if matches!(first, '.' | '!' | '?' | '…') {
        return lx::gap_ends_sentence(prev.raw, gap, word);
    }
    matches!(first, ':' | ';' | '•' | '·')
}

/// Marks the words of headlines: a heading block, or a title-case stretch (a sentence, or the
/// part of one between colons) with at least three longer words capitalised and at most one in
/// ten longer words in lower case (function words aside). Outside the title, two of the
/// capitalised words must also be ordinary words, so that a sentence listing names (`Attending
/// were Sen. Ann Lee, Gov. Bo Park and Rep. Cy Dunn.`) is not taken for a headline.
pub(super) fn mark_headlines(b: &mut BlockToks, ctx: &Ctx) {
    if b.heading {
        for t in &mut b.toks {
            t.known_only = true;
        }
        return;
    }
    let mut start = 0;
    while start < b.toks.len() {
        let mut end = start + 1;
        while end < b.toks.len() && !b.toks[end].initial {
            end += 1;
        }
        let seg = &b.toks[start..end];
        let content: Vec<&Tok> = seg
            .iter()
            .filter(|t| t.raw.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !lx::never_a_name(&t.key))
            .collect();
        let caps = content.iter().filter(|t| t.cap).count();
        let common = content.iter().filter(|t| t.cap && ctx.common(&t.key)).count();
        if caps >= 3 && (b.title || common >= 2) && (content.len() - caps) * 10 <= content.len() {
            for t in &mut b.toks[start..end] {
                t.known_only = true;
            }
        }
        start = end;
    }
}

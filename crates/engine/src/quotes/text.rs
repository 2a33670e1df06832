//! A small tokenizer for the writer's text around quotations: words (with abbreviations, initials,
//! hyphens and apostrophes kept inside), single punctuation characters, and each quotation as one
//! opaque token. Tokens carry their paragraph and sentence.

use super::marks::{is_quote_char, is_space, Para, RawQuote};
use crate::lexicon;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TK {
    Word,
    Punct(char),
    /// A whole quotation (marks included); the index is into the quotation list.
    Quote(usize),
}

#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TK,
    pub para: usize,
    pub sent: usize,
    /// Lowercased word, apostrophes folded to `'`; empty for non-words.
    pub low: String,
    /// The word starts with an uppercase letter.
    pub cap: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TK::Word
    }
    pub fn is(&self, w: &str) -> bool {
        self.kind == TK::Word && self.low == w
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TK::Punct(c)
    }
    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            TK::Quote(q) => Some(q),
            _ => None,
        }
    }
    /// A word ending in `'s` or `s'` (after folding).
    pub fn is_possessive(&self) -> bool {
        self.kind == TK::Word && (self.low.ends_with("'s") || (self.low.ends_with("s'")))
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_alphanumeric() {
        return true;
    }
    if c.is_ascii() || is_space(c) || is_quote_char(c) {
        return false;
    }
    // General punctuation, CJK punctuation, fullwidth ASCII punctuation, bullets, dashes.
    !matches!(c as u32, 0x2000..=0x206F | 0x2190..=0x21FF | 0x2500..=0x25FF | 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20)
        && !matches!(c, '«' | '»' | '¿' | '¡' | '·' | '§' | '¶' | '©' | '®' | '°' | '×' | '÷' | '±')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑' | '.' | '&' | '_' | '@')
}

/// Tokenizes `text` paragraph by paragraph. With `quotes`, each quotation region becomes one
/// `TK::Quote` token and its words are not tokenized; with an empty slice everything is.
pub(crate) fn tokenize(text: &str, paras: &[Para], quotes: &[RawQuote]) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut qi = 0;
    let mut resume = 0usize;
    for (pi, p) in paras.iter().enumerate() {
        if resume >= p.end {
            continue;
        }
        let mut pos = resume.max(p.start);
        while pos < p.end {
            while qi < quotes.len() && (quotes[qi].open.start as usize) < pos {
                qi += 1;
            }
            if qi < quotes.len() && quotes[qi].open.start as usize == pos {
                let q = &quotes[qi];
                let r = q.region();
                toks.push(Tok {
                    start: r.start as usize,
                    end: r.end as usize,
                    kind: TK::Quote(qi),
                    para: pi,
                    sent: 0,
                    low: String::new(),
                    cap: false,
                });
                pos = r.end as usize;
                qi += 1;
                if pos > p.end {
                    break;
                }
                continue;
            }
            let next_quote = quotes.get(qi).map_or(usize::MAX, |q| q.open.start as usize);
            let c = text[pos..].chars().next().expect("pos < end");
            if is_space(c) {
                pos += c.len_utf8();
                continue;
            }
            if is_word_char(c) {
                let end = word_end(text, pos, p.end.min(next_quote));
                let w = &text[pos..end];
                // Nearly every word is ASCII: lower-cased in one copy of the right size (collected a
                // character at a time, the string grew by reallocating, for every word of a build).
                let low: String = if w.is_ascii() {
                    w.to_ascii_lowercase()
                } else {
                    let mut low = String::with_capacity(w.len());
                    low.extend(w.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }));
                    low
                };
                let cap = w.chars().next().is_some_and(char::is_uppercase);
                toks.push(Tok { start: pos, end, kind: TK::Word, para: pi, sent: 0, low, cap });
                pos = end;
            } else {
                toks.push(Tok {
                    start: pos,
                    end: pos + c.len_utf8(),
                    kind: TK::Punct(c),
                    para: pi,
                    sent: 0,
                    low: String::new(),
                    cap: false,
                });
                pos += c.len_utf8();
            }
        }
        resume = pos;
    }
    assign_sentences(text, quotes, &mut toks);
    toks
}

fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let s = &text[start..limit];
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            end = i + c.len_utf8();
            continue;
        }
        // A thousands separator: "1,100 teachers" is one word.
        if c == ',' && end == i && s[..i].ends_with(|d: char| d.is_ascii_digit()) {
            if let Some(&(_, n)) = chars.peek() {
                if n.is_ascii_digit() {
                    end = i + 1;
                    continue;
                }
            }
        }
        if is_joiner(c) && end == i {
            if let Some(&(_, n)) = chars.peek() {
                if is_word_char(n) {
                    end = i + c.len_utf8();
                    continue;
                }
            }
        }
        break;
    }
    let word = &s[..end];
    let rest = &s[end..];
    // A period that belongs to the word: U.S., F.B.I., initials (R.), abbreviations (Sen.).
    if rest.starts_with('.') && !word.is_empty() && lexicon::keeps_period(word) {
        return start + end + 1;
    }
    // A possessive plural: Rollins’ record, farmers' unions.
    if (word.ends_with('s') || word.ends_with('S')) && (rest.starts_with('’') || rest.starts_with('\'')) {
        let after = rest[rest.chars().next().map_or(0, char::len_utf8)..].chars().next();
        if after.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')')) {
            return start + end + rest.chars().next().map_or(0, char::len_utf8);
        }
    }
    start + end
}

fn assign_sentences(text: &str, quotes: &[RawQuote], toks: &mut [Tok]) {
    let mut sent = 0;
    for i in 0..toks.len() {
        if i > 0 {
            let (prev, cur) = (&toks[i - 1], &toks[i]);
            let new_para = prev.para != cur.para || last_para(prev, quotes) != cur.para;
            if new_para || boundary(text, quotes, prev, cur) {
                sent += 1;
            }
        }
        toks[i].sent = sent;
    }
}

fn last_para(t: &Tok, quotes: &[RawQuote]) -> usize {
    match t.kind {
        TK::Quote(q) => quotes[q].last_para,
        _ => t.para,
    }
}

/// Whether a sentence ends between `prev` and `cur`: the one rule of [`lexicon::period_ends_sentence`]
/// (a full stop kept by an abbreviation ends a sentence only before a typical sentence opener), and
/// a quotation that ends with its own sentence punctuation before a capital or another quotation.
fn boundary(text: &str, quotes: &[RawQuote], prev: &Tok, cur: &Tok) -> bool {
    let next = &text[cur.start..];
    match prev.kind {
        TK::Punct('.' | '!' | '?' | '…') => lexicon::opens_sentence(next),
        TK::Word if prev.low.ends_with('.') => {
            let word = &text[prev.start..prev.end - 1];
            cur.is_word() && lexicon::period_ends_sentence(word, Some(next))
        }
        TK::Quote(q) => {
            let content = &text[quotes[q].content.range()];
            lexicon::ends_with_terminal(content) && (cur.quote().is_some() || (cur.is_word() && cur.cap))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::marks::paragraphs;
    use super::*;

    fn words(t: &str) -> Vec<(String, usize)> {
        let ps = paragraphs(t);
        tokenize(t, &ps, &[]).into_iter().map(|k| (t[k.start..k.end].to_string(), k.sent)).collect()
    }

    #[test]
    fn abbreviations_initials_and_possessives() {
        let got = words("Sen. Maria T. Lopez of the U.S. spoke. Farmers’ unions didn’t.");
        let w: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            w,
            ["Sen.", "Maria", "T.", "Lopez", "of", "the", "U.S.", "spoke", ".", "Farmers’", "unions", "didn’t", "."]
        );
        assert_eq!(got[9].1, 1);
    }
}

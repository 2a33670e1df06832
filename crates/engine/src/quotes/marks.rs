//! Paragraphs and quotation marks: which marks open, which close, how they pair, and how a text
//! with unbalanced marks is recovered. Nothing here knows about speakers.

use crate::span::Span;

use super::{IssueKind, QuoteIssue};
use crate::lexicon;

/// One paragraph: a non-blank line, trimmed. `start..end` is its content after any bullet.
#[derive(Clone, Debug)]
pub(crate) struct Para {
    /// First non-blank byte of the line (before a bullet, if any).
    pub line_start: usize,
    /// Content start (after a bullet and its spaces).
    pub start: usize,
    /// End of the content, trailing whitespace excluded.
    pub end: usize,
    pub bullet: bool,
}

/// A quotation as delimited by its marks, before any attribution.
#[derive(Clone, Debug)]
pub(crate) struct RawQuote {
    pub open: Span,
    pub close: Option<Span>,
    /// The quoted words without the marks.
    pub content: Span,
    pub first_para: usize,
    pub last_para: usize,
}

impl RawQuote {
    /// The whole region the quotation occupies, marks included.
    pub fn region(&self) -> Span {
        Span::new(self.open.start as usize, self.close.map_or(self.content.end, |c| c.end) as usize)
    }
}

/// Splits a text into paragraphs: lines separated by `\n`, `\r\n`, `\r`, U+2028 or U+2029; blank
/// lines are dropped.
pub(crate) fn paragraphs(text: &str) -> Vec<Para> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = text.char_indices().peekable();
    loop {
        let (line_end, next_start) = loop {
            match iter.next() {
                None => break (text.len(), None),
                Some((i, '\r')) => {
                    if let Some(&(_, '\n')) = iter.peek() {
                        iter.next();
                        break (i, Some(i + 2));
                    }
                    break (i, Some(i + 1));
                }
                Some((i, c @ ('\n' | '\u{2028}' | '\u{2029}'))) => break (i, Some(i + c.len_utf8())),
                Some(_) => {}
            }
        };
        if let Some(p) = make_para(text, line_start, line_end) {
            out.push(p);
        }
        match next_start {
            Some(n) => line_start = n,
            None => break,
        }
    }
    out
}

/// Thin and hair spaces, set between marks in careful typography (`’ ”`).
fn is_thin_space(c: char) -> bool {
    matches!(c, '\u{2009}' | '\u{200a}' | '\u{202f}')
}

/// Whitespace, and the invisible characters that behave like it (byte-order mark, zero-width
/// spaces and joiners).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}')
}

fn make_para(text: &str, a: usize, b: usize) -> Option<Para> {
    let line = &text[a..b];
    let lead = line.len() - line.trim_start_matches(is_space).len();
    let trimmed = line.trim_matches(is_space);
    if trimmed.is_empty() {
        return None;
    }
    let start = a + lead;
    let end = start + trimmed.len();
    let (content, bullet) = strip_bullet(text, start, end);
    Some(Para { line_start: start, start: content, end, bullet })
}

fn strip_bullet(text: &str, start: usize, end: usize) -> (usize, bool) {
    let s = &text[start..end];
    let mut chars = s.char_indices();
    let Some((_, c)) = chars.next() else {
        return (start, false);
    };
    let after_marker =
        if matches!(c, '•' | '◦' | '▪' | '‣' | '·' | '●' | '○' | '■' | '□' | '–' | '-' | '*' | '—' | '➢' | '►' | '✓')
        {
            Some(c.len_utf8())
        } else if c.is_ascii_digit() {
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            match s.as_bytes().get(digits) {
                Some(b'.') | Some(b')') if digits <= 3 => Some(digits + 1),
                _ => None,
            }
        } else {
            None
        };
    if let Some(n) = after_marker {
        let rest = &s[n..];
        let ws = rest.len() - rest.trim_start_matches(is_space).len();
        if ws > 0 && ws < rest.len() {
            return (start + n + ws, true);
        }
    }
    (start, false)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dir {
    Open,
    Close,
    Either,
}

pub(crate) fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '＂')
}

pub(crate) fn is_single_mark(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‛')
}

pub(crate) fn is_quote_char(c: char) -> bool {
    is_double_mark(c) || is_single_mark(c)
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―')
}

fn is_open_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '/' | '<') || is_dash(c)
}

/// Punctuation that may follow a closing mark.
fn is_after_close(c: char) -> bool {
    is_space(c) || is_quote_char(c) || (!c.is_alphanumeric() && !is_word_symbol(c))
}

/// Non-alphanumeric characters that still belong to words for the purpose of flanking (combining
/// marks and the like): anything that is not ASCII punctuation nor general punctuation.
fn is_word_symbol(c: char) -> bool {
    !c.is_ascii()
        && !matches!(c as u32, 0x2000..=0x206F | 0x3000..=0x303F | 0xFF00..=0xFF0F)
        && !is_space(c)
        && !matches!(c, '«' | '»' | '¿' | '¡' | '…' | '•' | '·')
}

fn can_open(prev: Option<char>, next: Option<char>) -> bool {
    let Some(n) = next else { return false };
    if is_space(n) {
        return false;
    }
    match prev {
        None => true,
        Some(p) => {
            is_space(p) && !is_thin_space(p) || is_open_punct(p) || is_quote_char(p) || matches!(p, ':' | ';' | ',')
        }
    }
}

fn can_close(prev: Option<char>, next: Option<char>) -> bool {
    let Some(p) = prev else { return false };
    // A thin space is typography, not a gap: `’ ”` (U+2009 between a nested closing mark and the
    // closing one) closes.
    if is_space(p) && !is_thin_space(p) {
        return false;
    }
    match next {
        None => true,
        Some(n) => is_after_close(n),
    }
}

fn double_dir(c: char, prev: Option<char>, next: Option<char>) -> Dir {
    let (o, cl) = (can_open(prev, next), can_close(prev, next));
    match c {
        '“' | '„' | '‟' | '«' => {
            if cl && !o {
                Dir::Close
            } else {
                Dir::Open
            }
        }
        '”' | '»' => {
            if o && !cl {
                Dir::Open
            } else {
                Dir::Close
            }
        }
        _ => match (o, cl) {
            (true, false) => Dir::Open,
            (false, true) => Dir::Close,
            _ => Dir::Either,
        },
    }
}

struct Frame {
    mark: Span,
    /// Pairs closed directly inside this frame: (open mark, close mark).
    children: Vec<(Span, Span)>,
    first_para: usize,
    /// Continued from an earlier paragraph (multi-paragraph quotation).
    carried: bool,
}

fn char_span(i: usize, c: char) -> Span {
    Span::new(i, i + c.len_utf8())
}

/// Pairs the double marks of the whole text. Returns the top-level quotations (sorted) and the
/// issues met (unclosed openings, stray closings).
pub(crate) fn pair_double(text: &str, paras: &[Para]) -> (Vec<RawQuote>, Vec<QuoteIssue>) {
    let mut quotes = Vec::new();
    let mut issues = Vec::new();
    let mut carry: Option<Frame> = None;
    for (pi, p) in paras.iter().enumerate() {
        let mut stack: Vec<Frame> = Vec::new();
        // A quotation running over paragraphs repeats its opening mark at the start of each
        // paragraph: that mark continues the quotation instead of opening a new one.
        let mut skip_first = false;
        if let Some(f) = carry.take() {
            skip_first = true;
            stack.push(f);
        }
        let body = &text[p.line_start..p.end];
        let mut prev: Option<char> = None;
        let mut it = body.char_indices().peekable();
        while let Some((off, c)) = it.next() {
            let i = p.line_start + off;
            let next = it.peek().map(|&(_, n)| n);
            if is_double_mark(c) {
                if skip_first && off == 0 {
                    skip_first = false;
                    prev = Some(c);
                    continue;
                }
                // Marks before the bullet's content start still count (a bullet glyph is not text).
                let p_ctx = if i == p.start || i == p.line_start { None } else { prev };
                let dir = double_dir(c, p_ctx, next);
                let close = match dir {
                    Dir::Open => false,
                    // A straight mark with nothing open, after a comma or colon and before a space
                    // and a word (`said," [Warhol] liked`), opens a quotation typed with a stray
                    // space.
                    Dir::Close
                        if stack.is_empty()
                            && c == '"'
                            && matches!(p_ctx, Some(',' | ':'))
                            && stray_space_before_word(body, off + 1) =>
                    {
                        false
                    }
                    Dir::Close => true,
                    Dir::Either => !stack.is_empty(),
                };
                if !close {
                    stack.push(Frame { mark: char_span(i, c), children: Vec::new(), first_para: pi, carried: false });
                } else if let Some(f) = stack.pop() {
                    let cm = char_span(i, c);
                    match stack.last_mut() {
                        Some(parent) => parent.children.push((f.mark, cm)),
                        None => quotes.push(RawQuote {
                            open: f.mark,
                            close: Some(cm),
                            content: Span::new(f.mark.end as usize, cm.start as usize),
                            first_para: f.first_para,
                            last_para: pi,
                        }),
                    }
                } else {
                    issues.push(QuoteIssue { at: char_span(i, c), kind: IssueKind::StrayClose });
                }
            }
            skip_first = false;
            prev = Some(c);
        }
        if stack.is_empty() {
            continue;
        }
        // Unclosed at the paragraph end: a quotation running over paragraphs repeats its opening
        // mark at the start of the next one.
        if let Some(np) = paras.get(pi + 1) {
            // Only a quotation set off from the writer's words (not a fragment woven into a
            // sentence) runs over paragraphs.
            let bottom = &stack[0];
            let set_off = bottom.carried || {
                let before = text[p.line_start..bottom.mark.start as usize].trim_end_matches(is_space);
                before.is_empty() || before.ends_with([':', ',', '.', '?', '!', '—', '–', ';', '(', '…'])
            };
            if set_off && next_para_opens(text, np) {
                let mut frames = stack.into_iter();
                let mut bottom = frames.next().expect("non-empty stack");
                for f in frames {
                    issues.push(QuoteIssue { at: f.mark, kind: IssueKind::Unclosed });
                }
                bottom.carried = true;
                carry = Some(bottom);
                continue;
            }
        }
        recover(text, p, pi, stack, &mut quotes, &mut issues);
    }
    quotes.sort_by_key(|q| q.open.start);
    (quotes, issues)
}

/// Whether `s[from..]` is one space and then a word (a letter, a figure or a bracket).
fn stray_space_before_word(s: &str, from: usize) -> bool {
    let mut cs = s[from.min(s.len())..].chars();
    matches!(cs.next(), Some(' ')) && cs.next().is_some_and(|c| c.is_alphanumeric() || c == '[')
}

fn next_para_opens(text: &str, np: &Para) -> bool {
    let s = &text[np.line_start..np.end];
    let mut cs = s.chars();
    match cs.next() {
        Some(c @ ('“' | '„' | '«' | '"' | '‟' | '＂' | '″')) => {
            let n = cs.next();
            !matches!(double_dir(c, None, n), Dir::Close)
        }
        _ => false,
    }
}

/// Recovers the frames left open at the end of paragraph `p`: each unclosed quotation ends where
/// the next quotation inside it starts, or at the paragraph end; pairs that were taken for nested
/// quotations become top-level ones.
fn recover(
    text: &str,
    p: &Para,
    pi: usize,
    stack: Vec<Frame>,
    quotes: &mut Vec<RawQuote>,
    issues: &mut Vec<QuoteIssue>,
) {
    let n = stack.len();
    let opens: Vec<u32> = stack.iter().map(|f| f.mark.start).collect();
    for (k, f) in stack.into_iter().enumerate() {
        issues.push(QuoteIssue { at: f.mark, kind: IssueKind::Unclosed });
        let mut end = p.end as u32;
        if k + 1 < n {
            end = end.min(opens[k + 1]);
        }
        if !f.carried {
            if let Some((o, _)) = f.children.first() {
                end = end.min(o.start);
            }
            // Frames that were not carried over live in this paragraph.
            for (o, c) in &f.children {
                quotes.push(RawQuote {
                    open: *o,
                    close: Some(*c),
                    content: Span::new(o.end as usize, c.start as usize),
                    first_para: pi,
                    last_para: pi,
                });
            }
        }
        let start = f.mark.end as usize;
        let end = (end as usize).max(start);
        let trimmed = start + text[start..end].trim_end_matches(is_space).len();
        quotes.push(RawQuote {
            open: f.mark,
            close: None,
            content: Span::new(start, trimmed),
            first_para: f.first_para,
            last_para: pi,
        });
    }
}

/// Finds top-level quotations in single marks (headline style: 'safe streets', ‘a
/// disaster’) in the parts of the paragraphs not covered by double quotations. Apostrophes never pair:
/// an opening single mark must follow a space or an opening punctuation and precede a letter that
/// does not start an elision ('em, ’90s); a closing one must follow a word and precede no letter.
pub(crate) fn pair_single(text: &str, paras: &[Para], doubles: &[RawQuote]) -> Vec<RawQuote> {
    let mut regions: Vec<(usize, usize)> =
        doubles.iter().map(|q| (q.open.start as usize, q.region().end as usize)).collect();
    regions.sort_unstable();
    let mut out = Vec::new();
    let mut ri = 0;
    // A quotation left open at the end of a paragraph that ends a sentence, when the next paragraph
    // opens with a single mark: that mark continues it (British style, a statement over several
    // paragraphs). (open position, mark, first paragraph).
    let mut pending: Option<(usize, char, usize)> = None;
    for (pi, p) in paras.iter().enumerate() {
        let carried = pending.take();
        // Candidates in this paragraph, outside double regions.
        let mut opens: Vec<(usize, char)> = Vec::new();
        let mut closes: Vec<(usize, char)> = Vec::new();
        let mut region_bounds: Vec<(usize, usize)> = Vec::new();
        while ri < regions.len() && regions[ri].1 <= p.start {
            ri += 1;
        }
        let mut rj = ri;
        while rj < regions.len() && regions[rj].0 < p.end {
            region_bounds.push(regions[rj]);
            rj += 1;
        }
        let body = &text[p.start..p.end];
        let mut prev: Option<char> = None;
        let mut it = body.char_indices().peekable();
        let mut rb = 0;
        while let Some((off, c)) = it.next() {
            let i = p.start + off;
            let next = it.peek().map(|&(_, n)| n);
            while rb < region_bounds.len() && region_bounds[rb].1 <= i {
                rb += 1;
            }
            let inside = rb < region_bounds.len() && region_bounds[rb].0 <= i && i < region_bounds[rb].1;
            if !inside && matches!(c, '\'' | '‘' | '’' | '‚' | '‛') {
                if c != '’' && single_can_open(prev, &body[off + c.len_utf8()..]) {
                    opens.push((i, c));
                } else if matches!(c, '\'' | '’') && single_can_close(prev, next) {
                    closes.push((i, c));
                }
            }
            prev = Some(c);
        }
        let mut ci = 0;
        let mut last_end = 0usize;
        for (k, &(o, oc)) in opens.iter().enumerate() {
            if o < last_end {
                continue;
            }
            while ci < closes.len() && closes[ci].0 <= o {
                ci += 1;
            }
            let next_open = opens.get(k + 1).map_or(usize::MAX, |x| x.0);
            let mut pick = None;
            let mut cj = ci;
            while cj < closes.len() {
                let (cpos, _) = closes[cj];
                // No double quotation may sit between the marks, unless the single marks set off a
                // sentence that holds it whole (British style, single marks outside: ‘There’s a
                // phrase we use, “transfer trauma”, and it is real,’ she said).
                let holds = |a: usize, b: usize| {
                    b <= cpos && text[..cpos].ends_with([',', '.', '?', '!']) && text[a..b].ends_with(['”', '"'])
                };
                if region_bounds.iter().any(|&(a, b)| a > o && a < cpos && !holds(a, b)) {
                    break;
                }
                let possessive = text[..cpos].ends_with('s')
                    && text[cpos..].chars().nth(1).is_some_and(|c| c == ' ')
                    && text[cpos..].chars().nth(2).is_some_and(|c| c.is_lowercase());
                let later = closes.get(cj + 1).is_some_and(|&(c2, _)| c2 < next_open);
                if possessive && later {
                    cj += 1;
                    continue;
                }
                pick = Some(cj);
                break;
            }
            // The continuation of a quotation left open: from the first paragraph's opening.
            let (o0, oc0, first) = match carried {
                Some((co, cm, cp)) if k == 0 && o == p.start => (co, cm, cp),
                _ => (o, oc, pi),
            };
            let Some(cj) = pick else {
                let sentence_end = body.trim_end().ends_with(['.', '!', '?']);
                let last_open = k + 1 == opens.len() && closes.iter().all(|&(c, _)| c < o);
                let set_off = o == p.start || text[..o].trim_end().ends_with(':');
                let next_opens = paras.get(pi + 1).is_some_and(|np| {
                    regions.binary_search_by_key(&np.start, |r| r.0).is_err()
                        && text[np.start..np.end]
                            .strip_prefix(['‘', '\''])
                            .is_some_and(|rest| single_can_open(None, rest))
                });
                if sentence_end && last_open && set_off && next_opens {
                    pending = Some((o0, oc0, first));
                }
                continue;
            };
            let (cpos, cc) = closes[cj];
            let cstart = o0 + oc0.len_utf8();
            if !text[o + oc.len_utf8()..cpos].chars().any(char::is_alphanumeric) {
                continue;
            }
            out.push(RawQuote {
                open: char_span(o0, oc0),
                close: Some(char_span(cpos, cc)),
                content: Span::new(cstart, cpos),
                first_para: first,
                last_para: pi,
            });
            last_end = cpos + cc.len_utf8();
            ci = cj + 1;
        }
    }
    out
}

fn single_can_open(prev: Option<char>, rest: &str) -> bool {
    let ok_prev = match prev {
        None => true,
        Some(p) => is_space(p) || is_open_punct(p) || is_double_mark(p) || p == ':',
    };
    if !ok_prev {
        return false;
    }
    let Some(n) = rest.chars().next() else {
        return false;
    };
    if !(n.is_alphanumeric() || matches!(n, '…' | '[' | '(')) {
        return false;
    }
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    if lexicon::is_elision(&word) {
        return false;
    }
    // ’90s, '16: year abbreviations.
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let digits = word.chars().take_while(char::is_ascii_digit).count();
        if digits == 2 && (word.len() == 2 || word[2..].starts_with('s')) {
            return false;
        }
    }
    true
}

fn single_can_close(prev: Option<char>, next: Option<char>) -> bool {
    let Some(p) = prev else { return false };
    if is_space(p) {
        return false;
    }
    match next {
        None => true,
        Some(n) => !n.is_alphanumeric() && !is_word_symbol(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doubles(t: &str) -> Vec<String> {
        let ps = paragraphs(t);
        pair_double(t, &ps).0.iter().map(|q| t[q.content.range()].to_string()).collect()
    }

    #[test]
    fn paragraphs_split_on_all_line_breaks() {
        let t = "a\r\n\r\nb\rc\u{2029}  • d  \n\n";
        let ps = paragraphs(t);
        let got: Vec<&str> = ps.iter().map(|p| &t[p.start..p.end]).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
        assert!(ps[3].bullet);
    }

    #[test]
    fn pairs_curly_and_straight() {
        assert_eq!(doubles("He said “yes” and \"no\"."), ["yes", "no"]);
    }

    #[test]
    fn nested_doubles_stay_inside() {
        assert_eq!(doubles("“He said “no” to me,” she said."), ["He said “no” to me,"]);
    }

    #[test]
    fn missing_close_recovers_before_next_quote() {
        assert_eq!(doubles("“Hello, he said. “Goodbye,” she said."), ["Hello, he said.", "Goodbye,"]);
    }

    #[test]
    fn multi_paragraph() {
        let t = "“One.\n\n“Two.\n\n“Three,” she said.";
        assert_eq!(doubles(t), ["One.\n\n“Two.\n\n“Three,"]);
    }

    #[test]
    fn singles_skip_apostrophes() {
        let t = "Vance’s ‘why’ and the ’90s and rock 'n' roll and players’ union and 'em and ‘16 and ‘what’";
        let ps = paragraphs(t);
        let got: Vec<&str> = pair_single(t, &ps, &[]).iter().map(|q| &t[q.content.range()]).collect();
        assert_eq!(got, ["why", "what"]);
    }
}

//! What a person typed, parsed once into a [`Query`]. Parsing never fails.
//!
//! The language is the one people know from web search:
//!
//! - `kislyak lavrov`: every word must occur (in any form: `interfere` finds `interference`);
//! - `"great pressure"` or `“great pressure”`: the words in this order;
//! - `comey OR lavrov`: either (also `|`);
//! - `-flynn`: articles with this word are left out (also `-"a phrase"`);
//! - `inter*`: words starting with `inter`.
//!
//! While someone types, the last word is matched as a prefix too, so results appear before the
//! word is finished. Input that does not fit the language still gives the sensible search, and a
//! [`Note`] says what was done with it: an unclosed quotation mark makes the rest a phrase, a lone
//! `-` or a dangling `OR` is ignored, punctuation with no words is ignored.

use serde::{Deserialize, Serialize};

use crate::normalize::{fold_word, stem, words};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Query {
    /// Every group must match; a group matches when any of its atoms does.
    pub groups: Vec<Vec<Atom>>,
    /// Documents where any of these match are left out.
    pub excluded: Vec<Atom>,
    pub notes: Vec<Note>,
}

/// A searchable unit: one or more words in a row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Atom {
    pub words: Vec<QueryWord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueryWord {
    /// The word folded (lower case, no diacritics, plain apostrophe).
    pub folded: String,
    /// Its stem.
    pub stem: String,
    /// Whether words that merely start with `folded` match too.
    pub prefix: bool,
}

/// Something the parser did with input that did not fit the query language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    /// An opening quotation mark with no closing one: the rest was searched as a phrase.
    UnclosedQuote,
    /// A `-` with no word after it was ignored.
    LoneMinus,
    /// An `OR` with nothing on one side was ignored.
    DanglingOr,
    /// An `OR` next to an excluded word was ignored (exclusions always apply).
    OrWithExclusion,
    /// Text with no letters or digits in it was ignored.
    NoWords(String),
    /// A `*` with no word before it was ignored.
    LoneStar,
}

impl Note {
    /// The note as shown to the person searching.
    pub fn message(&self) -> String {
        match self {
            Note::UnclosedQuote => "No closing quotation mark: searched for the rest as a phrase.".into(),
            Note::LoneMinus => "A “-” needs a word right after it (like -flynn): ignored it.".into(),
            Note::DanglingOr => "“OR” needs a word on both sides (like comey OR lavrov): ignored it.".into(),
            Note::OrWithExclusion => "“OR” next to an excluded word was ignored: exclusions always apply.".into(),
            Note::NoWords(s) => format!("“{s}” has no letters or digits: ignored it."),
            Note::LoneStar => "A “*” goes right after the start of a word (like inter*): ignored it.".into(),
        }
    }
}

impl Query {
    /// Parses a query. Never fails; see the module documentation.
    pub fn parse(input: &str) -> Query {
        let mut q = Query::default();
        let items = lex(input, &mut q.notes);
        let mut pending_or = false;
        let mut last_positive = false;
        for item in items {
            match item {
                Item::Or => {
                    if last_positive {
                        pending_or = true;
                    } else {
                        q.notes.push(Note::DanglingOr);
                    }
                }
                Item::Atom { atom, negated: true } => {
                    if pending_or {
                        q.notes.push(Note::OrWithExclusion);
                        pending_or = false;
                    }
                    q.excluded.push(atom);
                    last_positive = false;
                }
                Item::Atom { atom, negated: false } => {
                    if pending_or {
                        q.groups.last_mut().expect("an OR follows a positive atom").push(atom);
                    } else {
                        q.groups.push(vec![atom]);
                    }
                    pending_or = false;
                    last_positive = true;
                }
            }
        }
        if pending_or {
            q.notes.push(Note::DanglingOr);
        }
        q.notes.dedup();
        q
    }

    /// Whether there is nothing to search for (and nothing to leave out).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.excluded.is_empty()
    }
}

enum Item {
    Atom { atom: Atom, negated: bool },
    Or,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '＂')
}

fn lex(input: &str, notes: &mut Vec<Note>) -> Vec<Item> {
    let mut items = Vec::new();
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let ends_open = input.chars().last().is_some_and(|c| !c.is_whitespace());
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let negated = c == '-' || c == '−';
        if negated {
            i += 1;
            if i >= chars.len() || chars[i].1.is_whitespace() {
                notes.push(Note::LoneMinus);
                continue;
            }
        }
        let start = chars[i].0;
        if is_quote(chars[i].1) {
            // A phrase, up to the next quotation mark or the end.
            let body_start = start + chars[i].1.len_utf8();
            let mut j = i + 1;
            while j < chars.len() && !is_quote(chars[j].1) {
                j += 1;
            }
            let closed = j < chars.len();
            let body_end = if closed { chars[j].0 } else { input.len() };
            if !closed {
                notes.push(Note::UnclosedQuote);
            }
            let body = &input[body_start..body_end];
            let prefix_last = !closed && !negated && ends_open;
            match atom_of(body, prefix_last, notes) {
                Some(atom) => items.push(Item::Atom { atom, negated }),
                None if body.trim().is_empty() => {}
                None => {}
            }
            i = if closed { j + 1 } else { j };
            continue;
        }
        // A bare chunk up to white space or a quotation mark.
        let mut j = i;
        while j < chars.len() && !chars[j].1.is_whitespace() && !is_quote(chars[j].1) {
            j += 1;
        }
        let end = if j < chars.len() { chars[j].0 } else { input.len() };
        let chunk = &input[start..end];
        i = j;
        if !negated && (chunk == "OR" || chunk == "|") {
            items.push(Item::Or);
            continue;
        }
        let starred = chunk.ends_with('*');
        let body = chunk.trim_end_matches('*');
        if starred && body.is_empty() {
            notes.push(Note::LoneStar);
            continue;
        }
        let at_end = end == input.len() && ends_open;
        if let Some(atom) = atom_of(body, starred || (at_end && !negated), notes) {
            items.push(Item::Atom { atom, negated });
        }
    }
    items
}

/// The atom for a piece of text: its words in order, the last one a prefix if `prefix_last`.
fn atom_of(text: &str, prefix_last: bool, notes: &mut Vec<Note>) -> Option<Atom> {
    let mut ws: Vec<QueryWord> = words(text)
        .map(|(_, w)| {
            let folded = fold_word(w);
            QueryWord { stem: stem(&folded), folded, prefix: false }
        })
        .filter(|w| !w.folded.is_empty())
        .collect();
    if ws.is_empty() {
        if !text.trim().is_empty() {
            notes.push(Note::NoWords(text.trim().chars().take(40).collect()));
        }
        return None;
    }
    if prefix_last {
        ws.last_mut().expect("not empty").prefix = true;
    }
    Some(Atom { words: ws })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders a query compactly: groups joined by ` & `, atoms in a group by ` | `, phrase words by
    /// `_`, prefixes with `*`, exclusions after `-`, notes in brackets.
    fn show(q: &Query) -> String {
        let atom = |a: &Atom| {
            a.words.iter().map(|w| format!("{}{}", w.folded, if w.prefix { "*" } else { "" })).collect::<Vec<_>>().join("_")
        };
        let mut parts: Vec<String> = q.groups.iter().map(|g| g.iter().map(atom).collect::<Vec<_>>().join(" | ")).collect();
        parts.extend(q.excluded.iter().map(|a| format!("-{}", atom(a))));
        let mut s = parts.join(" & ");
        for n in &q.notes {
            s.push_str(&format!(" [{n:?}]"));
        }
        s
    }

    #[track_caller]
    fn check(input: &str, expect: &str) {
        assert_eq!(show(&Query::parse(input)), expect, "query: {input:?}");
    }

    #[test]
    fn words_are_all_required_and_the_last_is_a_prefix_while_typing() {
        check("Kislyak Lavrov", "kislyak & lavrov*");
        check("Kislyak Lavrov ", "kislyak & lavrov");
    }

    #[test]
    fn phrases_in_straight_and_curly_quotes() {
        check("\"great pressure\" trump ", "great_pressure & trump");
        check("“great pressure” ", "great_pressure");
        check("„great pressure“ ", "great_pressure");
    }

    #[test]
    fn or_joins_neighbours_into_a_group() {
        check("comey OR lavrov kislyak ", "comey | lavrov & kislyak");
        check("comey | lavrov ", "comey | lavrov");
        check("comey or lavrov ", "comey & or & lavrov");
    }

    #[test]
    fn exclusions_and_prefixes() {
        check("kislyak -flynn", "kislyak & -flynn");
        check("inter* ", "inter*");
        check("-\"great pressure\" ", "-great_pressure");
    }

    #[test]
    fn odd_input_gives_sensible_search_and_a_note() {
        check("\"", " [UnclosedQuote]");
        check("-", " [LoneMinus]");
        check("kislyak - ", "kislyak [LoneMinus]");
        check("\"great press", "great_press* [UnclosedQuote]");
        check("OR comey ", "comey [DanglingOr]");
        check("comey OR ", "comey [DanglingOr]");
        check("?!? comey ", "comey [NoWords(\"?!?\")]");
        check("* ", " [LoneStar]");
        check("comey OR -trump ", "comey & -trump [OrWithExclusion]");
    }

    #[test]
    fn hyphenated_chunks_become_phrases() {
        check("then-candidate ", "then_candidate");
    }
}

//! What a person typed, parsed once into a [`Query`]. Parsing never fails.
//!
//! The language is the one people know from web search:
//!
//! - `kislyak lavrov`: every word must occur (in any form: `interfere` finds `interference`);
//!   `kislyak AND lavrov` says the same;
//! - `"great pressure"` or `“great pressure”`: the words in this order;
//! - `comey OR lavrov`: either (also `|`);
//! - `-flynn` or `NOT flynn`: articles with this word are left out (also `-"a phrase"`);
//! - `inter*`: words starting with `inter`.
//!
//! Between two words, `or`, `and` and `not` in lower case are read as `OR`, `AND` and `NOT`, with
//! a note saying so and how to search for the word itself (in quotation marks): someone who types
//! `kislyak or gidley` means either, and `comey and lavrov` does not ask for the word "and". The
//! first word of a search is always a word (`not guilty`), and one at the end is left for the word
//! being typed after it.
//!
//! A word typed in capitals (`US`, `FBI`) or with dots (`u.s.`) is an abbreviation: where the
//! articles write those letters as one, it finds the abbreviation only (`US` and `U.S.`, not the
//! pronoun `us`); where they do not, it is an ordinary word. A word in lower case finds the word
//! in any case, with or without dots (`fbi` finds `FBI` and `F.B.I.`; `us` finds `us`, `US` and
//! `U.S.`). That is decided when the query meets the corpus ([`crate::search`]), which also adds
//! the other spellings of a name (`Zelenskiy` for `Zelenskyy`) and says so in a note.
//!
//! While someone types, the last word is matched as a prefix too, so results appear before the
//! word is finished. Input that does not fit the language still gives the sensible search, and a
//! [`Note`] says what was done with it: an unclosed quotation mark makes the rest a phrase, a lone
//! `-` or a dangling `OR` is ignored, punctuation with no words is ignored.

use serde::{Deserialize, Serialize};

use crate::normalize::{search_key, stem, words, written_as_acronym};

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
    /// The word as the index keys it ([`search_key`]: lower case, no diacritics, plain
    /// apostrophe, an abbreviation's dots dropped).
    pub folded: String,
    /// Its stem.
    pub stem: String,
    /// Whether words that merely start with `folded` match too.
    pub prefix: bool,
    /// Whether it was typed as an abbreviation (in capitals, `US`, or with dots, `u.s.`): it then
    /// finds the abbreviation only, where the articles have it.
    pub acronym: bool,
}

impl QueryWord {
    /// The query word for a word as typed.
    pub fn new(typed: &str, prefix: bool) -> QueryWord {
        let folded = search_key(typed);
        QueryWord { stem: stem(&folded), folded, prefix, acronym: written_as_acronym(typed) }
    }
}

/// An operator of the query language, written in capitals (`OR`, `AND`, `NOT`) or, between two
/// words, in lower case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Operator {
    And,
    Or,
    Not,
}

impl Operator {
    fn upper(self) -> &'static str {
        match self {
            Operator::And => "AND",
            Operator::Or => "OR",
            Operator::Not => "NOT",
        }
    }

    fn lower(self) -> &'static str {
        match self {
            Operator::And => "and",
            Operator::Or => "or",
            Operator::Not => "not",
        }
    }
}

/// Something the parser or the search did with input that did not fit the query language, or
/// searched for besides what was typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    /// An opening quotation mark with no closing one: the rest was searched as a phrase.
    UnclosedQuote,
    /// Quotation marks with no word after or between them.
    EmptyQuote,
    /// A `-` with no word after it was ignored.
    LoneMinus,
    /// An operator with nothing on one side (`OR`, `AND`) or after it (`NOT`) was ignored.
    Dangling(Operator),
    /// An `OR` next to an excluded word was ignored (exclusions always apply).
    OrWithExclusion,
    /// `or`, `and` or `not` in lower case between two words was read as the operator.
    LowercaseOperator(Operator),
    /// Text with no letters or digits in it was ignored.
    NoWords(String),
    /// A `*` with no word before it was ignored.
    LoneStar,
    /// Other spellings of a name were searched too (`Zelenskiy`, `Zelenskyy`), as written.
    Spellings(Vec<String>),
    /// A word typed in capitals found only the abbreviation, not the ordinary word: its letters,
    /// folded (`us`).
    AbbreviationOnly(String),
    /// A word typed in lower case found the ordinary word and the abbreviation: its letters.
    AlsoAbbreviation(String),
}

impl Note {
    /// The note as shown to the person searching.
    pub fn message(&self) -> String {
        match self {
            Note::UnclosedQuote => "No closing quotation mark: searched for the rest as a phrase.".into(),
            Note::EmptyQuote => "A quotation mark with no words after it: put the words to find together between quotation marks (like \"great pressure\").".into(),
            Note::LoneMinus => "A “-” needs a word right after it (like -flynn): ignored it.".into(),
            Note::Dangling(Operator::Not) => "“NOT” needs a word right after it (like NOT flynn): ignored it.".into(),
            Note::Dangling(op) => format!("“{0}” needs a word on both sides (like comey {0} lavrov): ignored it.", op.upper()),
            Note::OrWithExclusion => "“OR” next to an excluded word was ignored: exclusions always apply.".into(),
            Note::LowercaseOperator(op) => {
                let meaning = match op {
                    Operator::Or => "articles with either word",
                    Operator::And => "articles with both words, as a space already means",
                    Operator::Not => "left out the articles with the word after it",
                };
                format!("Read “{0}” as {1}: {meaning}. To search for the word “{0}” itself, put it in quotation marks: \"{0}\".", op.lower(), op.upper())
            }
            Note::NoWords(s) => format!("“{s}” has no letters or digits: ignored it."),
            Note::LoneStar => "A “*” goes right after the start of a word (like inter*): ignored it.".into(),
            Note::Spellings(shown) => format!("Also searching {}: the same name, spelled another way in some of the articles.", list(shown)),
            Note::AbbreviationOnly(letters) => {
                format!("“{0}” in capitals: searched for the abbreviation only ({0} or {1}), not the word “{2}”. Type it in lower case to find both.", letters.to_uppercase(), with_dots(letters), letters)
            }
            Note::AlsoAbbreviation(letters) => {
                format!("“{0}” also finds the abbreviation {1} ({2}). Type {1} in capitals to find the abbreviation only.", letters, letters.to_uppercase(), with_dots(letters))
            }
        }
    }
}

/// `a`, `a and b`, `a, b and c`.
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// An abbreviation's letters with dots: `us` → `U.S.`.
fn with_dots(letters: &str) -> String {
    letters.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_uppercase().chain(std::iter::once('.'))).collect()
}

impl Query {
    /// Parses a query. Never fails; see the module documentation.
    pub fn parse(input: &str) -> Query {
        let mut q = Query::default();
        let items = lex(input, &mut q.notes);
        let n = items.len();
        let mut pending_or = false;
        let mut pending_and = false;
        let mut pending_not = false;
        let mut last_positive = false;
        let mut after_atom = false;
        let mut seen_atom = false;
        for (k, item) in items.into_iter().enumerate() {
            let item = match item {
                // `or`, `and`, `not` in lower case: a word first, an operator after a word (`trump
                // and not putin`), and at the end left for the word being typed after it.
                Item::Op { word: Some(atom), .. } if !seen_atom => Item::Atom { atom, negated: false, typing: false },
                Item::Op { word: Some(_), .. } if k + 1 == n => continue,
                Item::Op { op, word: Some(_) } => {
                    q.notes.push(Note::LowercaseOperator(op));
                    Item::Op { op, word: None }
                }
                item => item,
            };
            match item {
                Item::Op { op: Operator::Or, .. } => {
                    if last_positive && !pending_not {
                        pending_or = true;
                    } else {
                        q.notes.push(Note::Dangling(Operator::Or));
                    }
                    after_atom = false;
                }
                Item::Op { op: Operator::And, .. } => {
                    if !after_atom {
                        q.notes.push(Note::Dangling(Operator::And));
                    } else {
                        pending_and = true;
                    }
                    if std::mem::take(&mut pending_or) {
                        q.notes.push(Note::Dangling(Operator::Or));
                    }
                    after_atom = false;
                }
                Item::Op { op: Operator::Not, .. } => {
                    pending_not = true;
                    after_atom = false;
                }
                Item::Atom { mut atom, negated, typing } => {
                    // After NOT, as after `-`, a word being typed is not a prefix: `trump not p`
                    // must not leave out every article with a word starting with p.
                    let negated = negated || std::mem::take(&mut pending_not);
                    if negated && typing {
                        atom.words.last_mut().expect("an atom has words").prefix = false;
                    }
                    pending_and = false;
                    if negated {
                        if pending_or {
                            q.notes.push(Note::OrWithExclusion);
                            pending_or = false;
                        }
                        q.excluded.push(atom);
                        last_positive = false;
                    } else {
                        if pending_or {
                            q.groups.last_mut().expect("an OR follows a positive atom").push(atom);
                        } else {
                            q.groups.push(vec![atom]);
                        }
                        pending_or = false;
                        last_positive = true;
                    }
                    after_atom = true;
                    seen_atom = true;
                }
            }
        }
        for (pending, op) in [(pending_or, Operator::Or), (pending_and, Operator::And), (pending_not, Operator::Not)] {
            if pending {
                q.notes.push(Note::Dangling(op));
            }
        }
        let mut seen = Vec::new();
        q.notes.retain(|n| {
            let new = !seen.contains(n);
            if new {
                seen.push(n.clone());
            }
            new
        });
        q
    }

    /// Whether there is nothing to search for (and nothing to leave out).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.excluded.is_empty()
    }

    /// Every word of the query, in the groups and the exclusions.
    pub fn words(&self) -> impl Iterator<Item = &QueryWord> {
        self.groups.iter().flatten().chain(&self.excluded).flat_map(|a| &a.words)
    }
}

enum Item {
    /// `typing`: its last word is a prefix only because it is being typed.
    Atom { atom: Atom, negated: bool, typing: bool },
    /// An operator; in lower case, with the word it is when it stands first.
    Op { op: Operator, word: Option<Atom> },
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
            let body = &input[body_start..body_end];
            if body.trim().is_empty() {
                notes.push(Note::EmptyQuote);
            } else if !closed {
                notes.push(Note::UnclosedQuote);
            }
            let prefix_last = !closed && !negated && ends_open;
            if let Some(atom) = atom_of(body, prefix_last, notes) {
                items.push(Item::Atom { atom, negated, typing: prefix_last });
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
        let at_end = end == input.len() && ends_open;
        if !negated {
            let op = match chunk {
                "OR" | "|" | "or" => Some(Operator::Or),
                "AND" | "&" | "&&" | "and" => Some(Operator::And),
                "NOT" | "not" => Some(Operator::Not),
                _ => None,
            };
            if let Some(op) = op {
                let lowercase = chunk.chars().all(|c| c.is_ascii_lowercase());
                let word = if lowercase { atom_of(chunk, at_end, notes) } else { None };
                items.push(Item::Op { op, word });
                continue;
            }
        }
        let starred = chunk.ends_with('*');
        let body = chunk.trim_end_matches('*');
        if starred && body.is_empty() {
            notes.push(Note::LoneStar);
            continue;
        }
        if let Some(atom) = atom_of(body, starred || (at_end && !negated), notes) {
            items.push(Item::Atom { atom, negated, typing: !starred && at_end });
        }
    }
    items
}

/// The atom for a piece of text: its words in order, the last one a prefix if `prefix_last`.
fn atom_of(text: &str, prefix_last: bool, notes: &mut Vec<Note>) -> Option<Atom> {
    let mut ws: Vec<QueryWord> =
        words(text).map(|(_, w)| QueryWord::new(w, false)).filter(|w| !w.folded.is_empty()).collect();
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
    /// `_`, abbreviations with `^`, prefixes with `*`, exclusions after `-`, notes in brackets.
    fn show(q: &Query) -> String {
        let atom = |a: &Atom| {
            a.words
                .iter()
                .map(|w| format!("{}{}{}", w.folded, if w.acronym { "^" } else { "" }, if w.prefix { "*" } else { "" }))
                .collect::<Vec<_>>()
                .join("_")
        };
        let mut parts: Vec<String> =
            q.groups.iter().map(|g| g.iter().map(atom).collect::<Vec<_>>().join(" | ")).collect();
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
    }

    #[test]
    fn and_is_the_default_and_never_a_word() {
        check("comey AND lavrov ", "comey & lavrov");
        check("comey & lavrov ", "comey & lavrov");
        check("AND comey ", "comey [Dangling(And)]");
        check("comey AND ", "comey [Dangling(And)]");
    }

    #[test]
    fn not_in_capitals_leaves_out_the_word_after_it() {
        check("kislyak NOT flynn ", "kislyak & -flynn");
        check("NOT flynn kislyak ", "kislyak & -flynn");
        check("kislyak NOT ", "kislyak [Dangling(Not)]");
        check("kislyak NOT \"great pressure\" ", "kislyak & -great_pressure");
        // While the word after it is typed, it is not a prefix (as after -), unless starred.
        check("kislyak NOT f", "kislyak & -f");
        check("kislyak not f", "kislyak & -f [LowercaseOperator(Not)]");
        check("kislyak NOT fl* ", "kislyak & -fl*");
    }

    #[test]
    fn lowercase_operators_between_words_are_operators_with_a_note() {
        check("kislyak or gidley ", "kislyak | gidley [LowercaseOperator(Or)]");
        check("comey and lavrov ", "comey & lavrov [LowercaseOperator(And)]");
        check("trump not putin ", "trump & -putin [LowercaseOperator(Not)]");
        check("trump and not putin ", "trump & -putin [LowercaseOperator(And)] [LowercaseOperator(Not)]");
        // Quoted, they are words.
        check("kislyak \"or\" gidley ", "kislyak & or & gidley");
    }

    #[test]
    fn lowercase_operators_first_are_words_and_last_wait_for_the_next_word() {
        check("not guilty ", "not & guilty");
        check("or", "or*");
        check("and ", "and");
        // While `kislyak or gidley` is typed: no note, no word "or" searched.
        check("kislyak or", "kislyak");
        check("kislyak or ", "kislyak");
        check("kislyak or g", "kislyak | g* [LowercaseOperator(Or)]");
        // Title case is a word.
        check("Not guilty ", "not & guilty");
    }

    #[test]
    fn abbreviations_are_typed_in_capitals_or_with_dots() {
        check("US FBI F.B.I. u.s. us Us ", "us^ & fbi^ & fbi^ & us^ & us & us");
        check("U.S", "us^*");
        check("TRUMP'S ", "trump's^");
        check("I A ", "i & a");
    }

    #[test]
    fn exclusions_and_prefixes() {
        check("kislyak -flynn", "kislyak & -flynn");
        check("inter* ", "inter*");
        check("-\"great pressure\" ", "-great_pressure");
    }

    #[test]
    fn odd_input_gives_sensible_search_and_a_note() {
        check("\"", " [EmptyQuote]");
        check("\"\" ", " [EmptyQuote]");
        check("\"  ", " [EmptyQuote]");
        check("-", " [LoneMinus]");
        check("kislyak - ", "kislyak [LoneMinus]");
        check("\"great press", "great_press* [UnclosedQuote]");
        check("OR comey ", "comey [Dangling(Or)]");
        check("comey OR ", "comey [Dangling(Or)]");
        check("?!? comey ", "comey [NoWords(\"?!?\")]");
        check("* ", " [LoneStar]");
        check("comey OR -trump ", "comey & -trump [OrWithExclusion]");
    }

    #[test]
    fn hyphenated_chunks_become_phrases() {
        check("then-candidate ", "then_candidate");
    }
}

//! The outlet that published an article, when the text says so: a guess from the page's own words,
//! for a citation line ("Title. Byline. Outlet, date.").
//!
//! # Design
//!
//! A saved web page rarely states its publisher in a form made for machines, but three clues are
//! common and fairly safe, tried in this order:
//!
//! 1. **The byline** names it after the author: "By Erik Gunn, Wisconsin Examiner - April 24, 2024".
//! 2. **A copyright line**: "© 2024 The Texas Tribune. All rights reserved.", "Copyright 2019
//!    Daily Herald".
//! 3. **The masthead**: a short line of site navigation before the title that is a proper name
//!    ("American Journal News").
//!
//! An outlet stated with the article (a saved page's metadata, or given by whoever added it:
//! [`Document::outlet`]) comes before all three.
//!
//! A clue counts only when the name it gives reads like a publication: words written as a proper
//! name (capitalised, with "of", "the", "and" or "&" between) of which one is a word mastheads use
//! ("News", "Journal", "Times", "Post", "Mirror", "Examiner", …, [`MASTHEAD_WORDS`]). That leaves
//! out a second author in a byline ("By Jane Doe, John Smith"), a role ("Staff Writer"), a section
//! heading ("Sections List") and anything else that merely looks like a name. The guess is
//! conservative on purpose: "outlet not stated" is honest, a wrong outlet in a citation is not.
//! Nothing here names a particular outlet.

use serde::{Deserialize, Serialize};

use crate::ingest::{BlockKind, Boilerplate, Document};
use crate::normalize::fold;

/// A guessed outlet and the clue it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    /// The name as the page writes it ("American Journal News").
    pub name: String,
    pub clue: OutletClue,
}

/// Where in the page the outlet's name was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutletClue {
    /// After the author in the byline.
    Byline,
    /// In a copyright line.
    Copyright,
    /// In the site navigation before the title.
    Masthead,
    /// Stated with the article: a saved page's metadata (`og:site_name`, a JSON-LD publisher),
    /// or given by whoever added it ([`crate::ingest::Hints::outlet`]).
    Stated,
}

impl OutletClue {
    /// Where the name was found, for a reader ("named in the byline").
    pub fn describe(self) -> &'static str {
        match self {
            OutletClue::Byline => "named in the byline",
            OutletClue::Copyright => "named in the copyright line",
            OutletClue::Masthead => "named in the site navigation above the title",
            OutletClue::Stated => "stated with the article",
        }
    }
}

/// Words that publications put in their names. Compared folded; one of them must be in a name.
pub const MASTHEAD_WORDS: &[&str] = &[
    "news",
    "newsroom",
    "journal",
    "times",
    "post",
    "herald",
    "tribune",
    "gazette",
    "mirror",
    "examiner",
    "reporter",
    "review",
    "daily",
    "weekly",
    "press",
    "observer",
    "chronicle",
    "standard",
    "bulletin",
    "courier",
    "telegraph",
    "guardian",
    "independent",
    "monitor",
    "recorder",
    "advance",
    "today",
    "magazine",
    "dispatch",
    "sun",
    "star",
    "register",
    "inquirer",
    "sentinel",
    "record",
    "beacon",
    "ledger",
    "globe",
    "express",
    "mail",
    "wire",
    "insider",
    "mercury",
    "reflector",
    "matters",
    "progress",
    "network",
    "media",
    "radio",
    "voice",
    "citizen",
    "enterprise",
    "leader",
    "messenger",
    "statesman",
    "republic",
    "argus",
    "eagle",
    "current",
    "report",
    "digest",
    "outlook",
    "nation",
    "week",
    "atlantic",
    "economist",
    "politico",
    "axios",
    "vox",
    "salon",
    "slate",
];

/// Words that may stand between the capitalised words of a name.
const CONNECTORS: &[&str] = &["of", "the", "and", "&", "for", "on", "de", "la", "-", "–"];

/// The article's outlet: the one stated with it ([`Document::outlet`]) or else the one its text
/// names (see the module documentation).
pub fn outlet(doc: &Document) -> Option<Outlet> {
    if let Some(name) = &doc.outlet {
        return Some(Outlet { name: name.clone(), clue: OutletClue::Stated });
    }
    let own = |kind: BlockKind| doc.blocks.iter().filter(move |b| b.kind == kind);
    let from_byline = own(BlockKind::Byline).find_map(|b| byline_outlet(&b.text));
    let from_copyright = || doc.blocks.iter().find_map(|b| copyright_outlet(&b.text));
    let from_masthead = || {
        doc.blocks
            .iter()
            .take_while(|b| b.kind != BlockKind::Title)
            .filter(|b| b.boilerplate == Some(Boilerplate::Navigation))
            .find_map(|b| publication_name(b.text.trim()))
    };
    from_byline
        .map(|name| Outlet { name, clue: OutletClue::Byline })
        .or_else(|| from_copyright().map(|name| Outlet { name, clue: OutletClue::Copyright }))
        .or_else(|| from_masthead().map(|name| Outlet { name, clue: OutletClue::Masthead }))
}

/// The author part of a byline without the outlet named after it: "Erik Gunn, Wisconsin Examiner"
/// with outlet "Wisconsin Examiner" → "Erik Gunn".
pub fn author_without_outlet<'a>(byline: &'a str, outlet: Option<&Outlet>) -> &'a str {
    match outlet.filter(|o| matches!(o.clue, OutletClue::Byline | OutletClue::Stated)) {
        Some(o) => {
            byline.strip_suffix(o.name.as_str()).map_or(byline, |rest| rest.trim_end().trim_end_matches(',').trim_end())
        }
        None => byline,
    }
}

/// "By Erik Gunn, Wisconsin Examiner - April 24, 2024" → "Wisconsin Examiner".
fn byline_outlet(text: &str) -> Option<String> {
    let t = text.trim();
    let rest = t.strip_prefix("By ").or_else(|| t.strip_prefix("by ")).unwrap_or(t);
    // The date and anything after a dash or a bar are not the name.
    let rest = rest
        .split([' ', '\u{a0}'])
        .take_while(|w| !matches!(*w, "-" | "–" | "—" | "|" | "•"))
        .collect::<Vec<_>>()
        .join(" ");
    let (_, after) = rest.rsplit_once(',')?;
    publication_name(after.trim())
}

/// "© 2024 The Texas Tribune. All rights reserved." → "The Texas Tribune".
fn copyright_outlet(text: &str) -> Option<String> {
    let t = text.trim();
    // Searched as bytes (every block of an article is read; a match of ASCII letters starts and
    // ends on a character boundary).
    let word = t.as_bytes().windows(9).position(|w| w.eq_ignore_ascii_case(b"copyright")).map(|i| i + 9);
    let start = word.or_else(|| t.find('©').map(|i| i + '©'.len_utf8()))?;
    // Skip the symbol, "(c)", the years and punctuation before the name.
    let mut rest = t[start..].trim_start();
    loop {
        let next = rest.strip_prefix("(c)").or_else(|| rest.strip_prefix("(C)")).unwrap_or(rest).trim_start_matches(
            |c: char| c.is_whitespace() || c.is_ascii_digit() || matches!(c, '©' | '-' | '–' | ',' | ':'),
        );
        if next.len() == rest.len() {
            break;
        }
        rest = next;
    }
    let name = rest.split(['.', '|', ',', ';']).next()?.trim();
    let name = name.split(" All rights").next()?.trim();
    publication_name(name)
}

/// `text` when it reads like a publication's name: one to six words written as a proper name, one
/// of them a masthead word.
fn publication_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let names = words.iter().filter(|w| !CONNECTORS.contains(&fold(w).as_str())).count();
    let proper = |w: &&str| {
        CONNECTORS.contains(&fold(w).as_str()) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    let masthead =
        words.iter().any(|w| MASTHEAD_WORDS.contains(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())).as_str()));
    let first_is_name = words.first().is_some_and(|w| w.starts_with(char::is_uppercase));
    (names >= 1 && words.len() <= 6 && first_is_name && words.iter().all(proper) && masthead).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    #[track_caller]
    fn check(text: &str, expect: Option<(&str, OutletClue)>) {
        let doc = ingest("t.txt", text).expect("ingests");
        let got = outlet(&doc);
        assert_eq!(got.as_ref().map(|o| (o.name.as_str(), o.clue)), expect, "in {text:?}");
    }

    const BODY: &str = "The council met on Tuesday to discuss the budget for next year, and members argued for hours about the parks.\n\nNo decision was taken, and the vote was moved to the next meeting of the council in March.";

    #[test]
    fn a_byline_names_the_outlet_after_the_author() {
        check(
            &format!(
                "City council delays the budget vote\n\nBy Erik Gunn, Wisconsin Examiner - April 24, 2024\n\n{BODY}"
            ),
            Some(("Wisconsin Examiner", OutletClue::Byline)),
        );
        check(
            &format!("City council delays the budget vote\n\nBy Ann Lee, The Daily Herald\n\n{BODY}"),
            Some(("The Daily Herald", OutletClue::Byline)),
        );
    }

    #[test]
    fn a_second_author_or_a_role_is_not_an_outlet() {
        check(&format!("City council delays the budget vote\n\nBy Jane Doe, John Smith - May 2, 2023\n\n{BODY}"), None);
        check(&format!("City council delays the budget vote\n\nBy Jane Doe, Staff Writer\n\n{BODY}"), None);
        check(&format!("City council delays the budget vote\n\nBy Jane Doe and John Smith\n\n{BODY}"), None);
    }

    #[test]
    fn a_copyright_line_names_the_outlet() {
        check(
            &format!("City council delays the budget vote\n\n{BODY}\n\n© 2024 The Texas Tribune. All rights reserved."),
            Some(("The Texas Tribune", OutletClue::Copyright)),
        );
        check(
            &format!("City council delays the budget vote\n\n{BODY}\n\nCopyright 2019 Daily Herald"),
            Some(("Daily Herald", OutletClue::Copyright)),
        );
        check(
            &format!("City council delays the budget vote\n\n{BODY}\n\nCopyright © 2001-2024 Springfield Gazette, LLC"),
            Some(("Springfield Gazette", OutletClue::Copyright)),
        );
        check(&format!("City council delays the budget vote\n\n{BODY}\n\nCopyright law protects the photos."), None);
    }

    #[test]
    fn a_masthead_line_before_the_title_names_the_outlet() {
        check(
            &format!("search\nMenu\nRiverside Tribune\n\nCity council delays the budget vote\n\n{BODY}"),
            Some(("Riverside Tribune", OutletClue::Masthead)),
        );
        check(&format!("search\nSections List\n\nCity council delays the budget vote\n\n{BODY}"), None);
    }

    #[test]
    fn a_news_section_after_the_text_is_not_a_masthead() {
        check(&format!("City council delays the budget vote\n\n{BODY}\n\nU.S. & Global News"), None);
    }

    #[test]
    fn the_author_is_cited_without_the_outlet_the_byline_names() {
        let o = Outlet { name: "Wisconsin Examiner".into(), clue: OutletClue::Byline };
        assert_eq!(author_without_outlet("Erik Gunn, Wisconsin Examiner", Some(&o)), "Erik Gunn");
        let m = Outlet { name: "Wisconsin Examiner".into(), clue: OutletClue::Masthead };
        assert_eq!(author_without_outlet("Erik Gunn, Wisconsin Examiner", Some(&m)), "Erik Gunn, Wisconsin Examiner");
        assert_eq!(author_without_outlet("Erik Gunn", None), "Erik Gunn");
    }
}

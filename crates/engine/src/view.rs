//! What a view's parameters ([`ViewParams`]) select in a corpus: the articles of the filter, the
//! quotation or name an address names, the quotations the Quotes view lists. Pure, so the page's
//! screens and the native tests agree on it.

use crate::address::{Address, QuoteRef, Screen, ViewParams};
use crate::corpus::Corpus;
use crate::search::{Hit, SearchOptions};

impl Corpus {
    /// The articles the filter selects (indices, sorted), or `None` for all. Unknown slugs are
    /// ignored; `-` selects none.
    pub fn selected_docs(&self, params: &ViewParams) -> Option<Vec<usize>> {
        if params.docs.is_empty() {
            return None;
        }
        let mut ds: Vec<usize> = params.docs.split(',').filter_map(|s| self.doc_by_slug(s.trim())).collect();
        ds.sort_unstable();
        ds.dedup();
        Some(ds)
    }

    /// How a search runs under these parameters: the filter's articles and the boilerplate switch.
    pub fn search_options(&self, params: &ViewParams) -> SearchOptions {
        SearchOptions { docs: self.selected_docs(params), include_boilerplate: params.include_boilerplate() }
    }

    /// `params` with article `doc` switched on or off in the filter (and no selected hit or
    /// quotation, which may not be in the new selection).
    pub fn toggled_doc(&self, params: &ViewParams, doc: usize) -> ViewParams {
        let mut selected = self.selected_docs(params).unwrap_or_else(|| (0..self.docs.len()).collect());
        match selected.iter().position(|&d| d == doc) {
            Some(i) => {
                selected.remove(i);
            }
            None => selected.push(doc),
        }
        selected.sort_unstable();
        let docs = if selected.len() == self.docs.len() {
            String::new()
        } else if selected.is_empty() {
            // Nothing selected would search nothing; keep a marker that selects no article.
            "-".to_owned()
        } else {
            selected.iter().map(|&d| self.docs[d].slug.as_str()).collect::<Vec<_>>().join(",")
        };
        ViewParams { docs, hit: None, quote: None, ..params.clone() }
    }

    /// The stable name of quotation `i`, as an address writes it.
    pub fn quote_ref(&self, i: usize) -> QuoteRef {
        let q = &self.quotes.quotes[i];
        QuoteRef { article: self.docs[q.doc as usize].slug.clone(), start: q.chars.start }
    }

    /// The quotation an address names, if the corpus has it.
    pub fn quote_by_ref(&self, r: &QuoteRef) -> Option<usize> {
        let doc = self.doc_by_slug(&r.article)? as u32;
        let qs = &self.quotes.quotes;
        // Sorted by document, then position.
        let i = qs.partition_point(|q| (q.doc, q.chars.start) < (doc, r.start));
        qs.get(i).filter(|q| q.doc == doc && q.chars.start == r.start).map(|_| i)
    }

    /// The quotation the parameters select, if any and if the corpus has it.
    pub fn selected_quote(&self, params: &ViewParams) -> Option<usize> {
        params.quote.as_ref().and_then(|r| self.quote_by_ref(r))
    }

    /// The name (entity) with this canonical name.
    pub fn entity_by_name(&self, name: &str) -> Option<usize> {
        if name.is_empty() {
            return None;
        }
        self.entities.iter().position(|e| e.name == name)
    }

    /// The name the parameters select, if any and if the corpus has it.
    pub fn selected_entity(&self, params: &ViewParams) -> Option<usize> {
        self.entity_by_name(&params.ent)
    }

    /// The quotations the Quotes view lists: in the selected articles, of the selected speaker and
    /// kind (and only those to check, with `check`), boilerplate only when included, and matching
    /// the search (`matched[i]` is `Some` when
    /// quotation `i` matches the query, as from [`crate::search::within`]).
    pub fn visible_quotes(
        &self,
        params: &ViewParams,
        matched: &[Option<Vec<Hit>>],
        ignore_speaker: bool,
    ) -> Vec<usize> {
        let docs = self.selected_docs(params);
        let speaker = if ignore_speaker || params.speaker.is_empty() {
            None
        } else if params.speaker == "-" {
            Some(None)
        } else {
            Some(self.quotes.speaker_by_name(&params.speaker).map(|s| s as u32).or(Some(u32::MAX)))
        };
        self.quotes
            .quotes
            .iter()
            .enumerate()
            .filter(|(i, q)| {
                matched.get(*i).is_some_and(Option::is_some)
                    && (params.include_boilerplate() || !q.boilerplate)
                    && docs.as_ref().is_none_or(|ds| ds.contains(&(q.doc as usize)))
                    && (params.kind.is_empty() || q.kind.as_str() == params.kind)
                    && (!params.check || q.uncertain())
                    && speaker.is_none_or(|s| q.speaker == s)
            })
            .map(|(i, _)| i)
            .collect()
    }
}

impl Corpus {
    /// What a view shows, in a few words: `Compare 4 · … and 5 · …`, `Quotations, by Sergey
    /// Lavrov, in 4 · …` (an exercise's link, a hand-in), articles named by [`Corpus::label`].
    pub fn describe(&self, view: &Address) -> String {
        let title = |slug: &str| self.doc_by_slug(slug).map_or_else(|| slug.to_owned(), |d| self.label(d));
        let p = &view.params;
        let screen = match &view.screen {
            Screen::Search => "Search".to_owned(),
            Screen::Article { slug } => format!("Article {}", title(slug)),
            Screen::Quotes => "Quotations".to_owned(),
            Screen::Compare => format!("Compare {} and {}", title(&p.a), title(&p.b)),
            Screen::Profiles => "Sourcing profiles".to_owned(),
            other => other.label().to_owned(),
        };
        let mut parts: Vec<String> = Vec::new();
        if !p.speaker.is_empty() {
            parts.push(format!("by {}", p.speaker));
        }
        if !p.kind.is_empty() {
            parts.push(format!("{} quotations only", p.kind));
        }
        if p.quote.is_some() {
            parts.push("a quotation highlighted".to_owned());
        }
        if !p.ent.is_empty() {
            parts.push(format!("{} highlighted", p.ent));
        }
        if !p.q.is_empty() {
            parts.push(format!("search “{}”", p.q));
        }
        if !p.docs.is_empty() {
            parts.push(format!("in {}", p.docs.split(',').map(title).collect::<Vec<_>>().join(", ")));
        }
        if view.screen == Screen::Profiles && !p.article.is_empty() {
            parts.push(format!("the card of {}", title(&p.article)));
        }
        if let Some(m) = crate::profile::Measure::from_key(p.sort.trim_start_matches('-')) {
            parts.push(format!("sorted by {}", m.label().to_lowercase()));
        }
        if parts.is_empty() {
            screen
        } else {
            format!("{screen}, {}", parts.join(", "))
        }
    }
}

impl Corpus {
    /// The quotation marks quotation `i` is written with in its article, for showing it apart:
    /// single (‘…’) or double (“…”), always curly.
    pub fn quote_marks(&self, i: usize) -> (&'static str, &'static str) {
        let q = &self.quotes.quotes[i];
        let doc = &self.docs[q.doc as usize];
        let at = q.source.start as usize;
        let opening = doc
            .blocks
            .iter()
            .find(|b| (b.source.start as usize) < at && at <= b.source.end as usize)
            .and_then(|b| b.text.get(..at - b.source.start as usize))
            .and_then(|before| before.chars().next_back());
        match opening {
            Some('\'' | '‘' | '’' | '‚' | '‹' | '›') => ("‘", "’"),
            _ => ("“", "”"),
        }
    }
}

/// The words of every name and of its other spellings, folded as typed words are
/// ([`Corpus::name_words`]): made once per collection, so that listing the names that match what
/// is typed does not split and fold every name again on every key (twenty thousand names at 1,000
/// articles: a long task a key).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameWords(Vec<Vec<String>>);

impl Corpus {
    /// The folded words of each name (by its number) and of its spellings.
    pub fn name_words(&self) -> NameWords {
        let fold_all =
            |name: &str| crate::normalize::words(name).map(|(_, w)| crate::normalize::fold_word(w)).collect::<Vec<_>>();
        NameWords(
            self.entities
                .iter()
                .map(|e| std::iter::once(&e.name).chain(&e.variants).flat_map(|n| fold_all(n)).collect())
                .collect(),
        )
    }

    /// The names the Names view lists: those mentioned in the articles the filter selects, and,
    /// when something is typed in the search box, those with a word starting with a typed word
    /// ("lav" lists Sergey Lavrov), any of their spellings counted; `words` is this corpus's
    /// [`Corpus::name_words`].
    pub fn visible_entities(&self, params: &ViewParams, words: &NameWords) -> Vec<usize> {
        let docs = self.selected_docs(params);
        let typed: Vec<String> = crate::normalize::words(&params.q)
            .map(|(_, w)| crate::normalize::fold_word(w))
            .filter(|w| !matches!(w.as_str(), "or" | "and" | "not"))
            .collect();
        (0..self.entities.len())
            .filter(|&e| {
                let ent = &self.entities[e];
                let in_docs = docs
                    .as_ref()
                    .is_none_or(|ds| ent.mentions.iter().any(|m| ds.binary_search(&(m.doc as usize)).is_ok()));
                in_docs
                    && (typed.is_empty()
                        || words
                            .0
                            .get(e)
                            .is_some_and(|ws| ws.iter().any(|w| typed.iter().any(|t| w.starts_with(t.as_str())))))
            })
            .collect()
    }
}

/// How the machine found a quotation's speaker, in a student's words: a short label, the words
/// that led to it, and whether it is one to check ([`crate::quotes::Basis::uncertain`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttributionNote {
    pub label: &'static str,
    pub explanation: String,
    pub check: bool,
}

impl Corpus {
    /// The speaker of quotation `i` as a list shows it: the name, and for a description the
    /// article resolved, both ("the company (Acme Corp)"); `None` when nobody is credited.
    pub fn speaker_shown(&self, i: usize) -> Option<String> {
        let name = self.quotes.speaker_name(i)?;
        let q = &self.quotes.quotes[i];
        let described = q.as_written.as_deref().filter(|w| {
            let w = w.trim();
            let lower = w.chars().next().is_some_and(char::is_lowercase);
            let low = w.to_lowercase();
            let pronoun = crate::lexicon::is_pronoun_subject(&low) || crate::lexicon::is_object_pronoun(&low);
            lower && !pronoun && !name.eq_ignore_ascii_case(w) && !name.to_lowercase().ends_with(&w.to_lowercase())
        });
        Some(match described {
            Some(w) if name.chars().next().is_some_and(char::is_uppercase) => {
                format!("{w} ({name})")
            }
            _ => name.to_owned(),
        })
    }

    /// How quotation `i`'s speaker was found; `None` when nobody is credited.
    pub fn attribution_note(&self, i: usize) -> Option<AttributionNote> {
        use crate::quotes::Basis;
        let q = &self.quotes.quotes[i];
        q.speaker?;
        let written = q.as_written.as_deref().unwrap_or("the speaker");
        let cue = q.cue.as_deref().map(|c| format!(" and “{c}”")).unwrap_or_default();
        let (label, explanation) = match q.basis {
            Basis::None | Basis::Named => ("named", format!("Named in the quotation’s sentence: “{written}”{cue}.")),
            Basis::Resolved => ("resolved", format!("The sentence says “{written}”{cue}; the machine took it to mean the person or organisation named before.")),
            Basis::Carried => ("carried", format!("Carried from an earlier sentence of the paragraph, where “{written}”{cue} speaks.")),
            Basis::Described => ("described", format!("The article does not name who this is: it says “{written}”{cue}.")),
            Basis::CarriedOver => ("carried over", format!("Nobody is named in this paragraph: the machine carried “{written}” over from the paragraph before.")),
            Basis::Guessed => ("guessed", format!("No word of saying: the machine guessed “{written}” from what is around the quotation.")),
        };
        Some(AttributionNote { label, explanation, check: q.uncertain() })
    }
}

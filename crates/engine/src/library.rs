//! [`Library`]: the collection's own texts, packed for the page.
//!
//! The page never needs the articles' files to explore them: the [`Corpus`] carries everything.
//! But when a reader adds their own articles in the browser, the corpus has to be built again
//! from every text (names, shared passages and quotation variants are found across articles), so
//! the build step also writes the texts it read, in this form, as a second file that the page
//! fetches only then.
//!
//! It carries each article as the build read it ([`Article`]: the text and the hints its reader
//! found, such as a saved page's outlet and boilerplate marks), so that the corpus the worker
//! builds from it equals the one the build made.

use serde::{Deserialize, Serialize};

use crate::corpus::{unique_slugs, BuildError, Corpus, CorpusError};
use crate::exercises::ExerciseSheet;
use crate::ingest::{ingest_article, Article};
use crate::source::{SeedDir, SeedFile};

/// The articles a corpus was built from, in build order, and the teacher's `exercises.toml`
/// (file name, text) when there was one, or the sheet of the lesson file it was built from
/// (resolved already: its views are addresses).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Library {
    pub files: Vec<Article>,
    pub exercises: Option<(String, String)>,
    pub sheet: Option<ExerciseSheet>,
}

const FORMAT: &[u8; 8] = b"XCLIB003";

impl Library {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = FORMAT.to_vec();
        out.extend(postcard::to_allocvec(self).expect("a library always serialises"));
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Library, CorpusError> {
        let body = bytes.strip_prefix(FORMAT.as_slice()).ok_or(CorpusError::WrongFormat)?;
        postcard::from_bytes(body).map_err(CorpusError::Decode)
    }

    /// What the build step read from a seed folder.
    pub fn of(dir: &SeedDir) -> Library {
        Library {
            files: dir.files.clone(),
            exercises: dir.exercises.as_ref().map(|f| (f.name.clone(), f.text.clone())),
            sheet: None,
        }
    }

    /// The slugs the build gives these articles, in order (their own id when they have one, else
    /// their file's; repeats numbered), without building the corpus.
    pub fn slugs(&self) -> Vec<String> {
        unique_slugs(self.files.iter().map(|a| ingest_article(a).map(|d| d.slug).unwrap_or_default()))
    }

    /// The corpus of these articles followed by `more` (plain text: file name and text), with the
    /// exercises, as the build makes it.
    pub fn build_with(&self, more: &[(String, String)]) -> Result<Corpus, BuildError> {
        let more: Vec<Article> = more.iter().map(|(name, text)| Article::plain(name.as_str(), text.as_str())).collect();
        self.build_with_articles(&more)
    }

    /// The corpus of these articles followed by `more`, with the exercises, as the build makes it;
    /// the articles of `more` are marked as added ([`crate::Document::own`]).
    pub fn build_with_articles(&self, more: &[Article]) -> Result<Corpus, BuildError> {
        let toml = |(name, text): &(String, String)| SeedFile { name: name.clone(), text: text.clone() };
        let dir = SeedDir {
            files: self.files.iter().chain(more).cloned().collect(),
            exercises: self.exercises.as_ref().map(toml),
            skipped: Vec::new(),
        };
        let mut corpus = Corpus::from_seed_dir(&dir)?;
        if corpus.exercises.is_none() {
            corpus.exercises = self.sheet.clone();
        }
        for d in &mut corpus.docs[self.files.len()..] {
            d.own = true;
        }
        Ok(corpus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_round_trips_and_builds_with_more_articles() {
        let lib = Library {
            exercises: None,
            sheet: None,
            files: vec![Article::plain(
                "a.txt",
                "The first article has a long headline\n\nIt said \u{201C}hello there\u{201D}, Maria Lopez said.\n",
            )],
        };
        let back = Library::from_bytes(&lib.to_bytes()).expect("decodes");
        assert_eq!(back, lib);
        let more = vec![("a.txt".into(), "Another article with the same file name\n\nText.\n".into())];
        let corpus = back.build_with(&more).expect("builds");
        assert_eq!(corpus.docs.len(), 2);
        assert_ne!(corpus.docs[0].slug, corpus.docs[1].slug, "slugs stay unique");
        assert_eq!(corpus.docs.iter().map(|d| d.own).collect::<Vec<_>>(), [false, true], "what was added is marked so");
        assert_eq!(back.slugs(), [corpus.docs[0].slug.clone()]);
        assert!(Library::from_bytes(b"XCHECK04").is_err());
    }
}

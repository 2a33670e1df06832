//! [`Library`]: the collection's own texts, packed for the page.
//!
//! The page never needs the articles' files to explore them: the [`Corpus`] carries everything.
//! But when a reader adds their own articles in the browser, the corpus has to be built again
//! from every text (names, shared passages and quotation variants are found across articles), so
//! the build step also writes the texts it read, in this form, as a second file that the page
//! fetches only then.

use serde::{Deserialize, Serialize};

use crate::corpus::{BuildError, Corpus, CorpusError};
use crate::source::{SeedDir, SeedFile};

/// The texts a corpus was built from, as (file name, text) pairs in build order, and the
/// teacher's `exercises.toml` when there was one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub files: Vec<(String, String)>,
    pub exercises: Option<(String, String)>,
}

const FORMAT: &[u8; 8] = b"XCLIB001";

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
            files: dir.files.iter().map(|f| (f.name.clone(), f.text.clone())).collect(),
            exercises: dir.exercises.as_ref().map(|f| (f.name.clone(), f.text.clone())),
        }
    }

    /// The corpus of these texts followed by `more`, with the exercises, as the build makes it.
    pub fn build_with(&self, more: &[(String, String)]) -> Result<Corpus, BuildError> {
        let file = |(name, text): &(String, String)| SeedFile { name: name.clone(), text: text.clone() };
        let dir = SeedDir { files: self.files.iter().chain(more).map(file).collect(), exercises: self.exercises.as_ref().map(file), skipped: Vec::new() };
        Corpus::from_seed_dir(&dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_round_trips_and_builds_with_more_articles() {
        let lib = Library { exercises: None, files: vec![("a.txt".into(), "The first article has a long headline\n\nIt said \u{201C}hello there\u{201D}, Maria Lopez said.\n".into())] };
        let back = Library::from_bytes(&lib.to_bytes()).expect("decodes");
        assert_eq!(back, lib);
        let more = vec![("a.txt".into(), "Another article with the same file name\n\nText.\n".into())];
        let corpus = back.build_with(&more).expect("builds");
        assert_eq!(corpus.docs.len(), 2);
        assert_ne!(corpus.docs[0].slug, corpus.docs[1].slug, "slugs stay unique");
        assert!(Library::from_bytes(b"XCHECK04").is_err());
    }
}

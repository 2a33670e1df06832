//! `crosscheck`: the command-line face of the Crosscheck engine.
//!
//! `crosscheck quotes FILE...` prints one JSON object per line for each direct quotation in the
//! files; `crosscheck speakers FILE...` prints the speakers merged across the files;
//! `crosscheck entities FILE...` the people, organisations and places named, merged across the
//! files; `crosscheck shared FILE...` the passages and quotations the files share;
//! `crosscheck profile FILE...` each file's sourcing profile; `crosscheck exercises FOLDER` checks
//! a teacher's `exercises.toml` as the build does. Files are read in every form the build reads
//! (`formats`); offsets are in Unicode characters into each article's text as read. See
//! `crosscheck --help`.
//!
//! Glue only: the files are read here, everything else is the engine's, as the page does it (the
//! quotations of a file are the corpus's `QuoteBook`, links are `engine::address`), and each line is
//! a value written by `serde_json`.

mod lessons;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use engine::crossdoc::{all_shared, find_entities, SharedOptions};
use engine::ingest::{ingest_article, Article, Document};
use engine::profile::Measure;
use engine::quotebook::QuoteBook;
use engine::quotes::SpeakerKind;
use engine::span::{CharIndex, Span};
use serde::ser::SerializeMap;
use serde::Serialize;

const USAGE: &str = "\
crosscheck: how news articles are sourced

USAGE:
    crosscheck quotes FILE...      the direct quotations of the files, one JSON object a line
    crosscheck speakers FILE...    the speakers quoted in the files, merged, one JSON object a line
    crosscheck entities FILE...    the people, organisations and places named, merged across files
    crosscheck shared FILE...      text and quotations two or more of the files share
    crosscheck profile FILE...     how each file is sourced, one JSON object a line
    crosscheck exercises FOLDER    check FOLDER/exercises.toml against the articles beside it
    crosscheck convert FILE        the article a file becomes (.txt in any encoding, .html, .docx,
                                   .md), as one JSON object {\"name\", \"text\", \"hints\"}: what the
                                   page keeps of an article added there
    crosscheck lesson FOLDER [-o FILE] [--title TITLE]
                                   the folder's articles and exercises.toml as one lesson file
                                   (FILE, else stdout), to open in the page or build a site from
    crosscheck unpack LESSON -o FOLDER
                                   a lesson file back into a folder: each article as ID.txt, and
                                   exercises.toml (title, instructions, questions with their hints,
                                   model answers and views)
    crosscheck --help              this text

quotes prints, for each quotation in each file (in order):
    {\"file\", \"start\", \"end\", \"quote\", \"kind\", \"speaker\", \"cue\"}
  file     the path as given
  start    offset of the first quoted character, in Unicode characters (not bytes) into the
           article's text as read; the quotation marks are not included
  end      offset just past the last quoted character
  quote    the quoted words (the text from start to end)
  kind     \"full\" (a sentence or more of someone's words), \"partial\" (a fragment woven into
           the writer's sentence) or \"term\" (a scare quote or name credited to nobody)
  speaker  the canonical name of who is quoted, merged across all the files given
           (\"Maria Lopez\" for \"Lopez\", \"Gov. Lopez\", \"she\"), or null
  cue      the cue as written (\"said\", \"according to\", \"tweeted\"), or null

speakers prints {\"speaker\", \"kind\", \"quotes\", \"variants\"} for each speaker.

entities prints, for each person, organisation, place or other named thing (most mentioned
first): {\"name\", \"kind\", \"variants\", \"mentions\": [{\"file\", \"start\", \"end\"}]}
  name      the canonical name (\"Maria Lopez\" for \"Lopez\", \"Gov. Lopez\", \"Lopez’s\")
  kind      \"person\", \"organisation\", \"place\" or \"other\"
  variants  every form written, titles and possessives stripped
  mentions  where the name is written (without title or possessive), in the article's own text
            (site navigation, related-story lists, captions and bylines are not read)

shared prints, for each passage of eight words or more found in two files or more, and for
each quotation reported by two files or more (whole, cut or edited):
    {\"kind\", \"occurrences\": [{\"file\", \"start\", \"end\", \"text\"}]}
  kind      \"exact\" (the same words, ignoring case, quotation marks, dashes and spacing),
            \"near_copy\" (a few words replaced, added or removed) or \"quote_variant\" (one
            quotation as different articles give it)
  text      the file's text from start to end

profile prints, for each file, its sourcing profile (site navigation and other boilerplate are
not counted as the article's text):
    {\"file\", \"title\", \"body_words\", \"boilerplate_words\", \"boilerplate_share\", \"quotations\",
     \"quotes_per_1000_words\", \"named_speakers\", \"unnamed_sources\", \"documents\",
     \"scare_quotes\", \"hedges\", \"loaded_words\", \"dates\", \"speakers\", \"passages\"}
  quotations        direct quotations (whole sentences or fragments of someone's words)
  named_speakers    different people or organisations quoted by name
  unnamed_sources   phrases such as \"an unnamed official\", \"officials said\", \"sources say\"
  documents         documents and reports referred to (\"the report\", \"a memo\", \"court filings\")
  scare_quotes      words in quotation marks credited to nobody
  hedges            \"allegedly\", \"reportedly\", \"claimed\"... outside quotation marks
  loaded_words      \"bragged\", \"peddle\", \"slammed\"... outside quotation marks
  dates             dates given for events
  speakers          [{\"name\", \"quotes\"}], most quoted first
  passages          for each of unnamed_sources, documents, scare_quotes, hedges, loaded_words,
                    quotations and dates: [{\"start\", \"end\", \"text\"}], in characters

exercises reads the folder as the build does and prints, for each question of exercises.toml,
    {\"id\", \"prompt\", \"link\"}
  link      where the question's view opens in the app (\"#/compare?a=…&b=…\"), or null
A mistake in the sheet is reported as \"FOLDER/exercises.toml, line N: reason\" (exit code 1).

Files are read as the build reads them: plain text in any common encoding (.txt, one paragraph a
line), saved web pages (.html, .htm), Word documents (.docx) and Markdown (.md). Offsets count the
characters of the article's text as read (for a page or a Word document, the text Crosscheck takes
from it). A file that cannot be read or holds no article is reported on stderr with the reason and
the exit code is 1; a usage error exits with 2.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        "quotes" | "speakers" | "entities" | "shared" | "profile" => {
            let files = &args[1..];
            if files.is_empty() {
                eprintln!("crosscheck: {cmd}: no file given\n\n{USAGE}");
                return ExitCode::from(2);
            }
            if let Some(flag) = files.iter().find(|f| f.starts_with('-') && f.len() > 1 && f.as_str() != "--") {
                if flag == "-h" || flag == "--help" {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                eprintln!("crosscheck: unknown option {flag}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            let files: Vec<&String> = files.iter().filter(|f| f.as_str() != "--").collect();
            run(cmd, &files)
        }
        "exercises" => match &args[1..] {
            [folder] if !folder.starts_with('-') => check_exercises(std::path::Path::new(folder)),
            _ => {
                eprintln!("crosscheck: exercises: give one folder\n\n{USAGE}");
                ExitCode::from(2)
            }
        },
        other => lessons::run(other, &args[1..]).unwrap_or_else(|| {
            eprintln!("crosscheck: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }),
    }
}

/// Builds the folder as the build does and lists the exercise sheet's questions with their links.
fn check_exercises(dir: &std::path::Path) -> ExitCode {
    let built = formats::read_seed_dir(dir)
        .map_err(|e| e.to_string())
        .and_then(|seeds| engine::Corpus::from_seed_dir(&seeds).map_err(|e| e.in_folder(dir)));
    let corpus = match built {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("crosscheck: {msg}");
            return ExitCode::from(1);
        }
    };
    let Some(sheet) = &corpus.exercises else {
        eprintln!("crosscheck: {} has no {}", dir.display(), engine::exercises::FILE_NAME);
        return ExitCode::from(1);
    };
    #[derive(Serialize)]
    struct QuestionLine<'a> {
        id: &'a str,
        prompt: &'a str,
        link: Option<String>,
        view: Option<String>,
    }
    let lines = sheet.questions.iter().map(|q| QuestionLine {
        id: &q.id,
        prompt: &q.prompt,
        link: q.view.as_ref().map(|v| v.href()),
        view: q.view.as_ref().map(|v| corpus.describe(v)),
    });
    finish(write_lines(&mut BufWriter::new(io::stdout().lock()), lines))
}

/// Reads a file as an article in any form Crosscheck reads (`formats::read_file`: text in any
/// common encoding, a saved web page, a Word document, Markdown), or says why it cannot. A file
/// with nothing in it is an article with no text (it names and shares nothing).
fn read(path: &str) -> Result<Article, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            io::ErrorKind::NotFound => "no such file".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            io::ErrorKind::IsADirectory => "is a directory, not a file".to_string(),
            _ => format!("cannot be read: {e}"),
        };
        format!("{path}: {why}")
    })?;
    let name = file_name(path);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Article::plain(name, String::from_utf8_lossy(&bytes)));
    }
    formats::read_file(&name, &bytes).map_err(|e| format!("{path}: {}", e.reason))
}

fn run(cmd: &str, files: &[&String]) -> ExitCode {
    let mut articles = Vec::with_capacity(files.len());
    let mut failed = false;
    for f in files {
        match read(f) {
            Ok(a) => articles.push(a),
            Err(msg) => {
                eprintln!("crosscheck: {msg}");
                failed = true;
            }
        }
    }
    if failed {
        return ExitCode::from(1);
    }
    let mut out = BufWriter::new(io::stdout().lock());
    let refs: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let places = Places::new(files, &refs);
    let written = match cmd {
        "profile" => {
            let names: Vec<String> = articles.iter().map(|a| a.name.clone()).collect();
            match engine::Corpus::from_articles(&articles) {
                Ok(corpus) => write_lines(&mut out, profile_lines(&places, &corpus)),
                Err(e) => {
                    let path = names.iter().position(|n| *n == e.file).map_or(e.file.clone(), |i| files[i].to_string());
                    eprintln!("crosscheck: {path}: {}", e.reason);
                    return ExitCode::from(1);
                }
            }
        }
        _ => {
            let docs = documents(&articles);
            match cmd {
                "entities" => write_lines(
                    &mut out,
                    find_entities(&docs, &refs).iter().map(|e| EntityLine {
                        name: &e.name,
                        kind: e.kind.as_str(),
                        variants: &e.variants,
                        mentions: e.mentions.iter().map(|m| places.place(m.doc, m.source, false)).collect(),
                    }),
                ),
                "shared" => {
                    let book = QuoteBook::build(&docs, &refs);
                    write_lines(
                        &mut out,
                        all_shared(&docs, &refs, &book, &SharedOptions::default()).iter().map(|p| SharedLine {
                            kind: p.kind.as_str(),
                            occurrences: p.occurrences.iter().map(|o| places.place(o.doc, o.source, true)).collect(),
                        }),
                    )
                }
                "quotes" => {
                    let book = QuoteBook::build(&docs, &refs);
                    write_lines(
                        &mut out,
                        book.quotes.iter().enumerate().map(|(i, q)| QuoteLine {
                            place: places.place(q.doc, q.source, false),
                            quote: q.source.of(refs[q.doc as usize]),
                            kind: q.kind.as_str(),
                            speaker: book.speaker_name(i),
                            cue: q.cue.as_deref(),
                        }),
                    )
                }
                _ => {
                    let book = QuoteBook::build(&docs, &refs);
                    let mut order: Vec<usize> = (0..book.speakers.len()).collect();
                    order.sort_by_key(|&i| {
                        (std::cmp::Reverse(book.speakers[i].quotes), book.speakers[i].canonical.clone())
                    });
                    write_lines(
                        &mut out,
                        order.into_iter().map(|i| {
                            let s = &book.speakers[i];
                            SpeakerLine {
                                speaker: &s.canonical,
                                kind: kind_name(s.kind),
                                quotes: s.quotes,
                                variants: &s.variants,
                            }
                        }),
                    )
                }
            }
        }
    };
    finish(written)
}

/// The exit code for how writing went.
fn finish(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`| head`): not an error of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crosscheck: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Each value as one line of JSON.
fn write_lines<T: Serialize>(out: &mut impl Write, lines: impl IntoIterator<Item = T>) -> io::Result<()> {
    for line in lines {
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// The articles as documents. A file with no words (which ingestion refuses) becomes a document
/// with no blocks: it names nothing and shares nothing, and is not an error.
fn documents(articles: &[Article]) -> Vec<Document> {
    articles
        .iter()
        .map(|a| {
            ingest_article(a).unwrap_or_else(|_| Document {
                slug: a.name.clone(),
                file_name: a.name.clone(),
                title: String::new(),
                byline: None,
                date: None,
                outlet: None,
                blocks: Vec::new(),
                own: false,
            })
        })
        .collect()
}

/// The file name part of a path as given.
fn file_name(path: &str) -> String {
    std::path::Path::new(path).file_name().map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Where things are in the files: a byte span of a document as the file, start and end in
/// characters (and its text).
struct Places<'a> {
    files: &'a [&'a String],
    texts: &'a [&'a str],
    chars: Vec<CharIndex<'a>>,
}

impl<'a> Places<'a> {
    fn new(files: &'a [&'a String], texts: &'a [&'a str]) -> Places<'a> {
        Places { files, texts, chars: texts.iter().map(|t| CharIndex::new(t)).collect() }
    }

    fn place(&self, doc: u32, span: Span, with_text: bool) -> Place<'a> {
        let d = doc as usize;
        let chars = self.chars[d].chars_of(span);
        Place {
            file: self.files[d].as_str(),
            start: chars.start,
            end: chars.end,
            text: with_text.then(|| span.of(self.texts[d])),
        }
    }
}

#[derive(Serialize)]
struct Place<'a> {
    file: &'a str,
    start: u32,
    end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

#[derive(Serialize)]
struct QuoteLine<'a> {
    #[serde(flatten)]
    place: Place<'a>,
    quote: &'a str,
    kind: &'static str,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
}

#[derive(Serialize)]
struct SpeakerLine<'a> {
    speaker: &'a str,
    kind: &'static str,
    quotes: u32,
    variants: &'a [String],
}

#[derive(Serialize)]
struct EntityLine<'a> {
    name: &'a str,
    kind: &'static str,
    variants: &'a [String],
    mentions: Vec<Place<'a>>,
}

#[derive(Serialize)]
struct SharedLine<'a> {
    kind: &'static str,
    occurrences: Vec<Place<'a>>,
}

/// One file's profile: every [`Measure`] under its key, in the measures' order, the named
/// speakers, and the passages behind the counts.
struct ProfileLine<'a> {
    file: &'a str,
    title: &'a str,
    measures: Vec<(&'static str, serde_json::Value)>,
    speakers: Vec<SpeakerCount<'a>>,
    passages: Vec<(&'static str, Vec<Place<'a>>)>,
}

#[derive(Serialize)]
struct SpeakerCount<'a> {
    name: &'a str,
    quotes: usize,
}

impl Serialize for ProfileLine<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("file", self.file)?;
        m.serialize_entry("title", self.title)?;
        for (k, v) in &self.measures {
            m.serialize_entry(k, v)?;
        }
        m.serialize_entry("speakers", &self.speakers)?;
        let passages: serde_json::Map<String, serde_json::Value> =
            self.passages.iter().map(|(k, v)| (k.to_string(), serde_json::to_value(v).unwrap_or_default())).collect();
        m.serialize_entry("passages", &passages)?;
        m.end()
    }
}

/// The profile of each file of `corpus` (built from the files in order).
fn profile_lines<'a>(places: &'a Places<'a>, corpus: &'a engine::Corpus) -> impl Iterator<Item = ProfileLine<'a>> + 'a {
    corpus.profiles.iter().enumerate().map(move |(d, p)| {
        let doc = &corpus.docs[d];
        let mut measures = Vec::new();
        for m in Measure::ALL {
            let v = m.value(p);
            let v = if matches!(m, Measure::BoilerplateShare | Measure::QuotesPerThousandWords) {
                serde_json::json!((v * 1000.0).round() / 1000.0)
            } else {
                serde_json::json!(v as u64)
            };
            measures.push((m.key(), v));
            if m == Measure::BodyWords {
                measures.push(("boilerplate_words", serde_json::json!(p.boilerplate_words.count)));
            }
        }
        let speakers = p
            .speakers
            .iter()
            .map(|s| SpeakerCount {
                name: &corpus.quotes.speakers[s.speaker as usize].canonical,
                quotes: s.quotes.len(),
            })
            .collect();
        let passages = [
            Measure::UnnamedSources,
            Measure::Documents,
            Measure::ScareQuotes,
            Measure::Hedges,
            Measure::Loaded,
            Measure::Quotations,
            Measure::Dates,
        ]
        .iter()
        .map(|m| {
            let hits = m.evidence(p).hits.iter().map(|h| {
                let at = doc.blocks[h.block].source.start as usize;
                places.place(d as u32, Span::new(at + h.span.start as usize, at + h.span.end as usize), true)
            });
            (m.key(), hits.collect())
        })
        .collect();
        ProfileLine { file: places.files[d].as_str(), title: &doc.title, measures, speakers, passages }
    })
}

fn kind_name(k: SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Person => "person",
        SpeakerKind::Group => "group",
        SpeakerKind::Organisation => "organisation",
        SpeakerKind::Document => "document",
        SpeakerKind::Unknown => "unknown",
    }
}

//! `crosscheck`: the command-line face of the Crosscheck engine.
//!
//! `crosscheck quotes FILE...` prints one JSON object per line for each direct quotation in the
//! files; `crosscheck speakers FILE...` prints the speakers merged across the files;
//! `crosscheck entities FILE...` the people, organisations and places named, merged across the
//! files; `crosscheck shared FILE...` the passages and quotations the files share;
//! `crosscheck profile FILE...` each file's sourcing profile; `crosscheck exercises FOLDER` checks
//! a teacher's `exercises.toml` as the build does. Offsets are in Unicode characters into each
//! file's text as read. See `crosscheck --help`.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use engine::crossdoc::{all_shared, find_entities, SharedOptions};
use engine::ingest::{ingest, Document};
use engine::profile::Measure;
use engine::quotebook::QuoteBook;
use engine::quotes::{canonical_speakers, extract_quotes, Quote, SpeakerKind, SpeakerTable};

const USAGE: &str = "\
crosscheck: how news articles are sourced

USAGE:
    crosscheck quotes FILE...      the direct quotations of the files, one JSON object a line
    crosscheck speakers FILE...    the speakers quoted in the files, merged, one JSON object a line
    crosscheck entities FILE...    the people, organisations and places named, merged across files
    crosscheck shared FILE...      text and quotations two or more of the files share
    crosscheck profile FILE...     how each file is sourced, one JSON object a line
    crosscheck exercises FOLDER    check FOLDER/exercises.toml against the articles beside it
    crosscheck --help              this text

quotes prints, for each quotation in each file (in order):
    {\"file\", \"start\", \"end\", \"quote\", \"kind\", \"speaker\", \"cue\"}
  file     the path as given
  start    offset of the first quoted character, in Unicode characters (not bytes) into the
           file's text as read; the quotation marks are not included
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

Files are UTF-8 text, one paragraph a line. A file that cannot be read or is not UTF-8 is
reported on stderr and the exit code is 1; a usage error exits with 2.";

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
        other => {
            eprintln!("crosscheck: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Builds the folder as the build does and lists the exercise sheet's questions with their links.
fn check_exercises(dir: &std::path::Path) -> ExitCode {
    let built = engine::source::read_seed_dir(dir)
        .map_err(|e| e.to_string())
        .and_then(|seeds| engine::Corpus::from_seed_dir(&seeds).map_err(|e| e.in_folder(dir)));
    let corpus = match built {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("crosscheck: {msg}");
            return ExitCode::from(1);
        }
    };
    let Some(sheet) = corpus.exercises else {
        eprintln!("crosscheck: {} has no {}", dir.display(), engine::exercises::FILE_NAME);
        return ExitCode::from(1);
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for q in &sheet.questions {
        let link = q.view.as_ref().map(|v| {
            let query: Vec<String> = v.query_pairs().iter().map(|(k, val)| format!("{k}={}", url_encode(val))).collect();
            let sep = if query.is_empty() { "" } else { "?" };
            format!("#{}{sep}{}", v.path(), query.join("&"))
        });
        if writeln!(out, "{{\"id\":{},\"prompt\":{},\"link\":{}}}", json(&q.id), json(&q.prompt), json_opt(link.as_deref())).is_err() {
            break;
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

/// Percent-encodes a query value (unreserved characters and `,` are kept).
fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Reads a file as UTF-8 text, or says why it cannot.
fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            io::ErrorKind::NotFound => "no such file".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            io::ErrorKind::IsADirectory => "is a directory, not a file".to_string(),
            _ => format!("cannot be read: {e}"),
        };
        format!("{path}: {why}")
    })?;
    String::from_utf8(bytes)
        .map_err(|e| format!("{path}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

fn run(cmd: &str, files: &[&String]) -> ExitCode {
    let mut texts = Vec::with_capacity(files.len());
    let mut failed = false;
    for f in files {
        match read(f) {
            Ok(t) => texts.push(t),
            Err(msg) => {
                eprintln!("crosscheck: {msg}");
                failed = true;
            }
        }
    }
    if failed {
        return ExitCode::from(1);
    }
    let out = io::stdout().lock();
    let mut out = BufWriter::new(out);
    let written = match cmd {
        "profile" => {
            let names: Vec<String> = files.iter().map(|f| file_name(f)).collect();
            match engine::Corpus::from_texts(names.iter().map(String::as_str).zip(texts.iter().map(String::as_str))) {
                Ok(corpus) => write_profiles(&mut out, files, &texts, &corpus),
                Err(e) => {
                    let path = names.iter().position(|n| *n == e.file).map_or(e.file.clone(), |i| files[i].to_string());
                    eprintln!("crosscheck: {path}: {}", e.reason);
                    return ExitCode::from(1);
                }
            }
        }
        "entities" | "shared" => {
            let docs = documents(files, &texts);
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            if cmd == "entities" {
                write_entities(&mut out, files, &refs, &docs)
            } else {
                write_shared(&mut out, files, &refs, &docs)
            }
        }
        _ => {
            let quotes: Vec<Vec<Quote>> = texts.iter().map(|t| extract_quotes(t)).collect();
            let refs: Vec<&[Quote]> = quotes.iter().map(Vec::as_slice).collect();
            let table = canonical_speakers(&refs);
            if cmd == "quotes" {
                write_quotes(&mut out, files, &texts, &quotes, &table)
            } else {
                write_speakers(&mut out, &table)
            }
        }
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`| head`): not an error of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crosscheck: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

fn json(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

fn json_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_string(), json)
}

/// Character offsets of the given byte offsets (sorted or not) into `text`.
fn char_offsets(text: &str, bytes: &[u32]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut out = vec![0u32; bytes.len()];
    let mut chars = 0u32;
    let mut iter = text.char_indices().peekable();
    for i in order {
        let b = bytes[i] as usize;
        while let Some(&(pos, _)) = iter.peek() {
            if pos >= b {
                break;
            }
            iter.next();
            chars += 1;
        }
        out[i] = chars;
    }
    out
}

fn write_quotes(
    out: &mut impl Write,
    files: &[&String],
    texts: &[String],
    quotes: &[Vec<Quote>],
    table: &SpeakerTable,
) -> io::Result<()> {
    for (d, qs) in quotes.iter().enumerate() {
        let text = &texts[d];
        let bytes: Vec<u32> = qs.iter().flat_map(|q| [q.start, q.end]).collect();
        let chars = char_offsets(text, &bytes);
        let file = json(files[d]);
        for (i, q) in qs.iter().enumerate() {
            writeln!(
                out,
                "{{\"file\":{file},\"start\":{},\"end\":{},\"quote\":{},\"kind\":\"{}\",\"speaker\":{},\"cue\":{}}}",
                chars[2 * i],
                chars[2 * i + 1],
                json(q.text(text)),
                q.kind.as_str(),
                json_opt(table.canonical_of(d, i)),
                json_opt(q.cue.as_deref()),
            )?;
        }
    }
    Ok(())
}

/// The files as documents. A file with no words (which ingestion refuses) becomes a document
/// with no blocks: it names nothing and shares nothing, and is not an error.
fn documents(files: &[&String], texts: &[String]) -> Vec<Document> {
    files
        .iter()
        .zip(texts)
        .map(|(path, text)| {
            let name = file_name(path);
            ingest(&name, text).unwrap_or_else(|_| Document {
                slug: name.clone(),
                file_name: name,
                title: String::new(),
                byline: None,
                date: None,
                outlet: None,
                blocks: Vec::new(),
            })
        })
        .collect()
}

/// The file name part of a path as given.
fn file_name(path: &str) -> String {
    std::path::Path::new(path).file_name().map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// One JSON line per file: every [`Measure`] under its key, the named speakers, and the passages
/// behind the counts, placed in the file in characters.
fn write_profiles(out: &mut impl Write, files: &[&String], texts: &[String], corpus: &engine::Corpus) -> io::Result<()> {
    for (d, p) in corpus.profiles.iter().enumerate() {
        let doc = &corpus.docs[d];
        let index = char_index(&texts[d]);
        let mut fields = vec![format!("\"file\":{}", json(files[d])), format!("\"title\":{}", json(&doc.title))];
        for m in Measure::ALL {
            let v = m.value(p);
            let v = if matches!(m, Measure::BoilerplateShare | Measure::QuotesPerThousandWords) { format!("{:.3}", v) } else { format!("{v}") };
            fields.push(format!("{}:{v}", json(m.key())));
            if m == Measure::BodyWords {
                fields.push(format!("\"boilerplate_words\":{}", p.boilerplate_words.count));
            }
        }
        let speakers: Vec<String> = p
            .speakers
            .iter()
            .map(|s| format!("{{\"name\":{},\"quotes\":{}}}", json(&corpus.quotes.speakers[s.speaker as usize].canonical), s.quotes.len()))
            .collect();
        fields.push(format!("\"speakers\":[{}]", speakers.join(",")));
        let passages: Vec<String> = [Measure::UnnamedSources, Measure::Documents, Measure::ScareQuotes, Measure::Hedges, Measure::Loaded, Measure::Quotations, Measure::Dates]
            .iter()
            .map(|m| {
                let places: Vec<String> = m
                    .evidence(p)
                    .hits
                    .iter()
                    .map(|h| {
                        let block = &doc.blocks[h.block];
                        let (start, end) = (block.source.start as usize + h.span.start as usize, block.source.start as usize + h.span.end as usize);
                        format!("{{\"start\":{},\"end\":{},\"text\":{}}}", index[start], index[end], json(h.span.of(&block.text)))
                    })
                    .collect();
                format!("{}:[{}]", json(m.key()), places.join(","))
            })
            .collect();
        fields.push(format!("\"passages\":{{{}}}", passages.join(",")));
        writeln!(out, "{{{}}}", fields.join(","))?;
    }
    Ok(())
}

/// For each byte offset of `text` that starts a char (and `text.len()`), the number of chars
/// before it.
fn char_index(text: &str) -> Vec<u32> {
    let mut v = vec![0u32; text.len() + 1];
    let mut n = 0u32;
    for (i, c) in text.char_indices() {
        v[i..i + c.len_utf8()].fill(n);
        n += 1;
    }
    v[text.len()] = n;
    v
}

fn write_entities(out: &mut impl Write, files: &[&String], texts: &[&str], docs: &[Document]) -> io::Result<()> {
    let index: Vec<Vec<u32>> = texts.iter().map(|t| char_index(t)).collect();
    for e in find_entities(docs, texts) {
        let variants: Vec<String> = e.variants.iter().map(|v| json(v)).collect();
        let mentions: Vec<String> = e
            .mentions
            .iter()
            .map(|m| place_json(files, &index, m.doc, m.source, None))
            .collect();
        writeln!(
            out,
            "{{\"name\":{},\"kind\":\"{}\",\"variants\":[{}],\"mentions\":[{}]}}",
            json(&e.name),
            e.kind.as_str(),
            variants.join(","),
            mentions.join(",")
        )?;
    }
    Ok(())
}

fn write_shared(out: &mut impl Write, files: &[&String], texts: &[&str], docs: &[Document]) -> io::Result<()> {
    let index: Vec<Vec<u32>> = texts.iter().map(|t| char_index(t)).collect();
    let book = QuoteBook::build(docs, texts);
    for p in all_shared(docs, texts, &book, &SharedOptions::default()) {
        let occ: Vec<String> = p
            .occurrences
            .iter()
            .map(|o| place_json(files, &index, o.doc, o.source, Some(&o.text)))
            .collect();
        writeln!(out, "{{\"kind\":\"{}\",\"occurrences\":[{}]}}", p.kind.as_str(), occ.join(","))?;
    }
    Ok(())
}

/// `{"file", "start", "end"}` (and `"text"` when given) for a byte span of document `doc`, with
/// offsets in characters through that document's `char_index`.
fn place_json(files: &[&String], index: &[Vec<u32>], doc: u32, span: engine::Span, text: Option<&str>) -> String {
    let ix = &index[doc as usize];
    let text = text.map(|t| format!(",\"text\":{}", json(t))).unwrap_or_default();
    format!(
        "{{\"file\":{},\"start\":{},\"end\":{}{text}}}",
        json(files[doc as usize]),
        ix[span.start as usize],
        ix[span.end as usize]
    )
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

fn write_speakers(out: &mut impl Write, table: &SpeakerTable) -> io::Result<()> {
    let mut order: Vec<usize> = (0..table.speakers.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(table.speakers[i].quotes), table.speakers[i].canonical.clone()));
    for i in order {
        let s = &table.speakers[i];
        let variants: Vec<String> = s.variants.iter().map(|v| json(v)).collect();
        writeln!(
            out,
            "{{\"speaker\":{},\"kind\":\"{}\",\"quotes\":{},\"variants\":[{}]}}",
            json(&s.canonical),
            kind_name(s.kind),
            s.quotes,
            variants.join(",")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_characters_at_every_boundary() {
        let t = "é“ab”";
        let ix = char_index(t);
        assert_eq!((ix[0], ix[2], ix[5], ix[7], ix[10]), (0, 1, 2, 4, 5));
    }

    #[test]
    fn char_offsets_count_characters() {
        let t = "é“ab”";
        // bytes: é=0..2, “=2..5, a=5, b=6, ”=7..10
        assert_eq!(char_offsets(t, &[5, 7, 0, 10]), vec![2, 4, 0, 5]);
    }
}

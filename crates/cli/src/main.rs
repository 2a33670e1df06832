//! `crosscheck`: the command-line face of the Crosscheck engine.
//!
//! `crosscheck quotes FILE...` prints one JSON object per line for each direct quotation in the
//! files; `crosscheck speakers FILE...` prints the speakers merged across the files. Offsets are in
//! Unicode characters into each file's text as read. See `crosscheck --help`.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use engine::quotes::{canonical_speakers, extract_quotes, Quote, SpeakerKind, SpeakerTable};

const USAGE: &str = "\
crosscheck: how news articles are sourced

USAGE:
    crosscheck quotes FILE...      the direct quotations of the files, one JSON object a line
    crosscheck speakers FILE...    the speakers quoted in the files, merged, one JSON object a line
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
        "quotes" | "speakers" => {
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
            run(cmd == "quotes", &files)
        }
        other => {
            eprintln!("crosscheck: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
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

fn run(quotes_cmd: bool, files: &[&String]) -> ExitCode {
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
    let quotes: Vec<Vec<Quote>> = texts.iter().map(|t| extract_quotes(t)).collect();
    let refs: Vec<&[Quote]> = quotes.iter().map(Vec::as_slice).collect();
    let table = canonical_speakers(&refs);
    let out = io::stdout().lock();
    let mut out = BufWriter::new(out);
    let written = if quotes_cmd {
        write_quotes(&mut out, files, &texts, &quotes, &table)
    } else {
        write_speakers(&mut out, &table)
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
    fn char_offsets_count_characters() {
        let t = "é“ab”";
        // bytes: é=0..2, “=2..5, a=5, b=6, ”=7..10
        assert_eq!(char_offsets(t, &[5, 7, 0, 10]), vec![2, 4, 0, 5]);
    }
}

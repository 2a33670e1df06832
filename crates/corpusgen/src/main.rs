//! `corpusgen --articles N --out DIR [--seed S] [--seeds DIR] [--shape seeds|news] [--learn DIR]...`:
//! writes a corpus of N articles (the seeds, then generated ones) as `DIR/*.txt`, and what was
//! planted in it as `DIR/truth.json`. See the library documentation for what the articles look
//! like: `--shape seeds` (the default) learns from the seeds only, `--shape news` gives articles
//! of realistic shape learned from real news text (`--learn DIR`, repeatable; by default the
//! repository's quotation fixtures and quotes-dev next to the repository).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: corpusgen --articles N --out DIR [--seed S] [--seeds DIR (default: seeds)] \
                     [--shape seeds|news (default: seeds)] [--learn DIR (news shape; repeatable)]";

struct Args {
    articles: usize,
    out: PathBuf,
    seed: u64,
    seeds: PathBuf,
    news: bool,
    learn: Vec<PathBuf>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut articles, mut out, mut seed, mut seeds) = (None, None, 1, PathBuf::from("seeds"));
    let (mut news, mut learn) = (false, Vec::new());
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--articles" => articles = Some(value()?.parse().map_err(|e| format!("--articles: {e}"))?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--seeds" => seeds = PathBuf::from(value()?),
            "--shape" => {
                news = match value()?.as_str() {
                    "seeds" => false,
                    "news" => true,
                    other => return Err(format!("--shape: {other:?} is neither seeds nor news")),
                }
            }
            "--learn" => learn.push(PathBuf::from(value()?)),
            "-h" | "--help" => return Err(USAGE.into()),
            _ => return Err(format!("unknown argument {flag:?}")),
        }
    }
    if !learn.is_empty() && !news {
        return Err("--learn is for --shape news".into());
    }
    Ok(Args {
        articles: articles.ok_or("--articles is required")?,
        out: out.ok_or("--out is required")?,
        seed,
        seeds,
        news,
        learn,
    })
}

/// Makes `dir` ready for a corpus: created if missing; `.txt` files left there by an earlier run
/// (a folder with a `truth.json`) removed. `.txt` files in any other folder are not ours to delete.
fn prepare(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let ours = dir.join("truth.json").exists();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            if !ours {
                return Err(format!(
                    "{} holds .txt files that corpusgen did not write; choose an empty folder",
                    dir.display()
                ));
            }
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// The news shape's corpus, learned from `--learn` folders or the default ones.
fn news(args: &Args, seeds: &[(String, String)]) -> Result<corpusgen::Generated, String> {
    let dirs = if args.learn.is_empty() {
        let (found, missing) = corpusgen::news::default_learn_dirs();
        for m in &missing {
            eprintln!(
                "corpusgen: {} is missing; learning from the other folders only (the corpus differs from one learned with it)",
                m.display()
            );
        }
        found
    } else {
        args.learn.clone()
    };
    let learn = corpusgen::news::read_learn_dirs(&dirs).map_err(|e| format!("{}: {}", e.file, e.reason))?;
    if learn.is_empty() {
        return Err("no .txt article to learn from".into());
    }
    let model = corpusgen::news::NewsModel::learn(seeds, &learn);
    let mut corpus = model.generate(args.articles, args.seed);
    let bytes: usize = learn.iter().map(|(_, t)| t.len()).sum();
    eprintln!(
        "corpusgen: learned from {} articles ({bytes} bytes) in {} folders; {:.2} quotation pairs per KB, {:.0}% of paragraphs with a quotation",
        learn.len(),
        dirs.len(),
        model.density.0,
        model.density.1 * 100.0
    );
    // Folder names only, not where they are on this machine.
    corpus.truth.learned_from =
        dirs.iter().map(|d| d.file_name().map_or(d.display().to_string(), |n| n.to_string_lossy().into())).collect();
    Ok(corpus)
}

fn run(args: Args) -> Result<(), String> {
    let seeds = corpusgen::read_seeds(&args.seeds).map_err(|e| format!("{}: {}", e.file, e.reason))?;
    if seeds.is_empty() {
        return Err(format!("{} holds no .txt article", args.seeds.display()));
    }
    let corpus = if args.news { news(&args, &seeds)? } else { corpusgen::generate(&seeds, args.articles, args.seed) };
    prepare(&args.out)?;
    let write =
        |name: &str, bytes: &[u8]| std::fs::write(args.out.join(name), bytes).map_err(|e| format!("{name}: {e}"));
    for (name, text) in &corpus.files {
        write(name, text.as_bytes())?;
    }
    let json = serde_json::to_string_pretty(&corpus.truth).map_err(|e| e.to_string())?;
    write("truth.json", json.as_bytes())?;
    let bytes: usize = corpus.files.iter().map(|(_, t)| t.len()).sum();
    eprintln!(
        "corpusgen: {} articles ({bytes} bytes) in {}; planted {} quotations and {} shared passages",
        corpus.files.len(),
        args.out.display(),
        corpus.truth.quotations.len(),
        corpus.truth.passages.len()
    );
    Ok(())
}

fn main() -> ExitCode {
    match parse(std::env::args().skip(1)).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpusgen: {e}");
            ExitCode::FAILURE
        }
    }
}

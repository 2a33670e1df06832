//! The commands that read articles in every form and lesson files (`crates/formats`):
//!
//! ```text
//! crosscheck convert FILE                   the article a file becomes, as JSON (what the page stores)
//! crosscheck lesson FOLDER [-o FILE]        a seed folder (articles + exercises.toml) as a lesson file
//! crosscheck unpack LESSON -o FOLDER        a lesson file as a seed folder (articles as .txt + exercises.toml)
//! ```
//!
//! Glue only, as the rest of the command line: `formats` reads and writes, the engine builds.

use std::path::Path;
use std::process::ExitCode;

/// `crosscheck convert|lesson|unpack …`; `None` when `cmd` is none of these.
pub fn run(cmd: &str, args: &[String]) -> Option<ExitCode> {
    let result = match (cmd, args) {
        ("convert", [file]) => convert(Path::new(file)),
        ("lesson", [folder, rest @ ..]) => lesson(Path::new(folder), rest),
        ("unpack", [file, flag, folder]) if flag == "-o" => unpack(Path::new(file), Path::new(folder)),
        ("convert" | "lesson" | "unpack", _) => Err(Failure::Usage(format!("{cmd}: see the usage below"))),
        _ => return None,
    };
    Some(match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("crosscheck: {msg}\n\n{}", crate::USAGE);
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("crosscheck: {msg}");
            ExitCode::from(1)
        }
    })
}

enum Failure {
    Usage(String),
    Input(String),
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::Input(format!("{}: cannot be read ({e})", path.display())))
}

fn convert(path: &Path) -> Result<(), Failure> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let article = formats::read_file(&name, &read_bytes(path)?)
        .map_err(|e| Failure::Input(format!("{}: {}", path.display(), e.reason)))?;
    println!("{}", serde_json::to_string(&article).expect("an article serialises"));
    Ok(())
}

fn lesson(folder: &Path, rest: &[String]) -> Result<(), Failure> {
    let (mut out, mut title) = (None, None);
    let mut it = rest.iter();
    while let Some(flag) = it.next() {
        match (flag.as_str(), it.next()) {
            ("-o", Some(file)) => out = Some(file.clone()),
            ("--title", Some(t)) => title = Some(t.clone()),
            _ => return Err(Failure::Usage(format!("lesson: unknown option {flag}"))),
        }
    }
    let dir = formats::read_seed_dir(folder).map_err(|e| Failure::Input(e.to_string()))?;
    let default_title = title.unwrap_or_else(|| {
        folder.file_name().map_or_else(|| "Lesson".to_owned(), |n| n.to_string_lossy().into_owned())
    });
    let lesson = formats::lesson::lesson_from_seed_dir(&dir, &default_title, None)
        .map_err(|e| Failure::Input(e.in_folder(folder)))?;
    let json = lesson.to_json();
    match out {
        Some(file) => {
            std::fs::write(&file, json).map_err(|e| Failure::Input(format!("{file}: cannot be written ({e})")))?
        }
        None => println!("{json}"),
    }
    Ok(())
}

fn unpack(file: &Path, folder: &Path) -> Result<(), Failure> {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let lesson = formats::lesson::read_lesson(&name, &read_bytes(file)?)
        .map_err(|e| Failure::Input(format!("{}: {}", file.display(), e.reason)))?;
    std::fs::create_dir_all(folder)
        .map_err(|e| Failure::Input(format!("{}: cannot be made ({e})", folder.display())))?;
    for (name, text) in formats::lesson::lesson_to_folder(&lesson) {
        let path = folder.join(&name);
        std::fs::write(&path, text)
            .map_err(|e| Failure::Input(format!("{}: cannot be written ({e})", path.display())))?;
    }
    Ok(())
}

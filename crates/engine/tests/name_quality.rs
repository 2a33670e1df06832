//! Quality of the Names list (`find_entities`) against hand-made gold files of the fictional
//! fixture batches: `tests/fixtures/names/<batch>.tsv` lists every name the Names view should
//! show for `tests/fixtures/quotes/<batch>/`, with its kind.
//!
//! - A listed entity is *right* when its name or one of its variants is one of the forms of a
//!   gold line; *precision* is right entities over all listed, *recall* is gold lines found by
//!   some listed entity over all gold lines.
//! - *Kind accuracy* is, over the right entities, the share whose kind is the gold line's.
//!
//! Floors are the figures measured when the test was written, less a small margin; the test
//! prints the figures and every miss, so a change can be judged.

use std::path::{Path, PathBuf};

use engine::crossdoc::{find_entities, EntityKind};
use engine::ingest::{ingest, Document};

struct Floors {
    precision: f64,
    recall: f64,
    kind: f64,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn kind_of(s: &str) -> EntityKind {
    match s {
        "person" => EntityKind::Person,
        "organisation" => EntityKind::Organisation,
        "place" => EntityKind::Place,
        "other" => EntityKind::Other,
        _ => panic!("unknown kind {s:?}"),
    }
}

fn check(batch: &str, floors: Floors) {
    let gold_text = std::fs::read_to_string(fixtures().join("names").join(format!("{batch}.tsv"))).expect("gold file");
    let gold: Vec<(EntityKind, Vec<String>)> = gold_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, names) = l.split_once('\t').expect("kind<TAB>names");
            (kind_of(k), names.split('|').map(str::to_owned).collect())
        })
        .collect();
    let dir = fixtures().join("quotes").join(batch);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("batch folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).expect("article")).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let docs: Vec<Document> = files
        .iter()
        .zip(&refs)
        .map(|(p, t)| ingest(&p.file_name().unwrap().to_string_lossy(), t).expect("ingests"))
        .collect();
    let entities = find_entities(&docs, &refs);
    let mut found = vec![false; gold.len()];
    let (mut right, mut kind_ok) = (0usize, 0usize);
    let mut notes: Vec<String> = Vec::new();
    for e in &entities {
        let forms: Vec<&str> = std::iter::once(e.name.as_str()).chain(e.variants.iter().map(String::as_str)).collect();
        match gold.iter().position(|(_, names)| names.iter().any(|n| forms.contains(&n.as_str()))) {
            Some(g) => {
                right += 1;
                found[g] = true;
                if e.kind == gold[g].0 {
                    kind_ok += 1;
                } else {
                    notes.push(format!("  kind  {:?}: {} (gold {})", e.name, e.kind.as_str(), gold[g].0.as_str()));
                }
            }
            None => notes.push(format!("  extra {:?} ({})", e.name, e.kind.as_str())),
        }
    }
    for (g, f) in gold.iter().zip(&found) {
        if !f {
            notes.push(format!("  missed {:?} ({})", g.1[0], g.0.as_str()));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let precision = ratio(right, entities.len());
    let recall = ratio(found.iter().filter(|&&f| f).count(), gold.len());
    let kind = ratio(kind_ok, right);
    notes.sort();
    println!(
        "names {batch}: precision {precision:.3} ({right}/{}), recall {recall:.3} ({}/{}), kind accuracy {kind:.3} ({kind_ok}/{right})\n{}",
        entities.len(),
        found.iter().filter(|&&f| f).count(),
        gold.len(),
        notes.join("\n")
    );
    assert!(precision >= floors.precision, "{batch}: names precision {precision:.3} < {}", floors.precision);
    assert!(recall >= floors.recall, "{batch}: names recall {recall:.3} < {}", floors.recall);
    assert!(kind >= floors.kind, "{batch}: kind accuracy {kind:.3} < {}", floors.kind);
}

#[test]
fn names_quality_on_batch_d() {
    // At f1cac66: precision 0.967 (146/151), recall 1.000 (137/137), kind accuracy 0.815 (119/146).
    check("batch-d", Floors { precision: 0.95, recall: 0.98, kind: 0.79 });
}

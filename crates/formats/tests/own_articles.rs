//! A teacher's own articles in every form (e2e/fixtures/own-articles): a saved news page, a Word
//! document, a Windows-1252 text file and a Markdown file, built into one corpus as the build
//! does, and what a class sees of each; then every kind of bad input, each refused with the
//! file's name and a reason a teacher can act on, costing nothing but itself.

mod generate;

use std::path::{Path, PathBuf};

use engine::ingest::{BlockKind, Boilerplate};
use engine::library::Library;
use engine::outlet::{author_without_outlet, outlet};
use engine::Corpus;
use formats::{read_file, read_seed_dir, Article};

#[test]
fn the_committed_binary_fixtures_are_what_the_generator_makes() {
    let write = std::env::var_os("CROSSCHECK_WRITE_FIXTURES").is_some();
    for (name, bytes) in generate::committed() {
        let path = generate::dir().join(name);
        if write {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (CROSSCHECK_WRITE_FIXTURES=1 writes it)", path.display()));
        assert!(
            committed == bytes,
            "{name} differs from what the generator makes (CROSSCHECK_WRITE_FIXTURES=1 writes it again)"
        );
    }
}

/// The four good fixtures in a folder of their own (the bad ones are beside them in bad/).
fn good_folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-own-articles-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for name in
        ["old-mill-bridge.html", "riverside-library.docx", "eastbrook-orchestra-1252.txt", "gull-island-ferry.md"]
    {
        std::fs::copy(generate::dir().join(name), dir.join(name)).unwrap();
    }
    dir
}

fn corpus(test: &str) -> (Corpus, engine::source::SeedDir) {
    let read = read_seed_dir(&good_folder(test)).unwrap_or_else(|e| panic!("{e}"));
    (Corpus::from_seed_dir(&read).unwrap_or_else(|e| panic!("{e}")), read)
}

/// What a citation says of an article: title, author, outlet, date.
fn cited(c: &Corpus, file: &str) -> (String, Option<String>, Option<String>, Option<String>) {
    let d =
        &c.docs[c.docs.iter().position(|d| d.file_name == file).unwrap_or_else(|| panic!("{file} is in the corpus"))];
    let o = outlet(d);
    let author = d.byline.as_deref().map(|b| author_without_outlet(b, o.as_ref()).to_owned());
    (d.title.clone(), author, o.map(|o| o.name), d.date.map(|d| d.to_string()))
}

/// The quotations of an article: (first words, speaker).
fn quotations(c: &Corpus, file: &str) -> Vec<(String, Option<String>)> {
    let d = c.docs.iter().position(|d| d.file_name == file).unwrap() as u32;
    c.quotes
        .quotes
        .iter()
        .filter(|q| q.doc == d && !q.boilerplate)
        .map(|q| {
            (
                q.text.split_whitespace().take(4).collect::<Vec<_>>().join(" "),
                q.speaker.map(|s| c.quotes.speakers[s as usize].canonical.clone()),
            )
        })
        .collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

#[test]
fn each_articles_title_author_outlet_and_date_are_found() {
    let (c, _) = corpus("each_articles_title_author_outlet_and_date_are_found");
    assert_eq!(c.docs.len(), 4);
    assert_eq!(
        cited(&c, "old-mill-bridge.html"),
        (
            "Night closures approved for Old Mill Bridge repairs".into(),
            some("Marta Kowalczyk"),
            some("Harbor City Ledger"),
            some("2024-03-12")
        ),
        "the page's metadata: JSON-LD author and date, og:site_name"
    );
    assert_eq!(
        cited(&c, "riverside-library.docx"),
        (
            "Riverside council votes to keep the branch library open".into(),
            some("Georgia Lind"),
            some("Riverside Gazette"),
            some("2024-04-04")
        ),
        "the Title style, the byline"
    );
    assert_eq!(
        cited(&c, "eastbrook-orchestra-1252.txt"),
        (
            "Youth orchestra wins regional prize after months of weekend rehearsals".into(),
            some("Chloé Bernard"),
            some("Valley Courier"),
            some("2023-06-08")
        ),
        "decoded from Windows-1252"
    );
    assert_eq!(
        cited(&c, "gull-island-ferry.md"),
        (
            "Ferry service to Gull Island ends after forty years".into(),
            some("Samir Haddad"),
            some("Island Post"),
            some("2024-05-02")
        ),
        "the front matter"
    );
    let slugs: Vec<&str> = c.docs.iter().map(|d| d.slug.as_str()).collect();
    assert_eq!(slugs, ["eastbrook-orchestra-1252", "gull-island-ferry", "old-mill-bridge", "riverside-library"]);
}

#[test]
fn each_articles_quotations_are_found_with_their_speakers() {
    let (c, _) = corpus("each_articles_quotations_are_found_with_their_speakers");
    assert_eq!(
        quotations(&c, "old-mill-bridge.html"),
        [
            ("We cannot keep patching".to_owned(), some("Dana Whitfield")),
            ("will hit night-shift workers".to_owned(), some("Rafael Ortega")),
            ("Our drivers will add".to_owned(), some("Priya Natarajan")),
        ]
    );
    assert_eq!(
        quotations(&c, "riverside-library.docx"),
        [
            ("This branch is the".to_owned(), some("Helen Osei")),
            ("a promise we now".to_owned(), some("Tomás Brandt")),
            ("We listened, and we".to_owned(), some("Ruth Adeyemi")),
        ]
    );
    assert_eq!(
        quotations(&c, "eastbrook-orchestra-1252.txt"),
        [
            ("We rehearsed in the".to_owned(), some("Jürgen Müller")),
            ("felt unreal, like hearing".to_owned(), some("Renée Dubois")),
            ("They’ve earned every note".to_owned(), some("Amara Lindqvist")),
        ]
    );
    assert_eq!(
        quotations(&c, "gull-island-ferry.md"),
        [
            ("The numbers simply stopped".to_owned(), some("Lena Fischer")),
            ("we are being cut".to_owned(), some("Tom Reyes")),
            ("Nobody on this island".to_owned(), some("Maria Santos")),
        ]
    );
}

#[test]
fn a_saved_pages_chrome_is_kept_as_marked_boilerplate_and_its_code_is_never_text() {
    let (c, read) = corpus("a_saved_pages_chrome_is_kept_as_marked_boilerplate_and_its_code_is_never_text");
    let d = &c.docs[c.doc_by_slug("old-mill-bridge").unwrap()];
    let marked = |text: &str| {
        let b = d.blocks.iter().find(|b| b.text.contains(text)).unwrap_or_else(|| panic!("{text:?} is kept"));
        b.boilerplate
    };
    assert_eq!(marked("Politics"), Some(Boilerplate::Navigation), "the site's menu");
    assert_eq!(marked("We use cookies"), Some(Boilerplate::Notice), "the cookie banner");
    assert_eq!(marked("Accept all cookies"), Some(Boilerplate::Notice), "its button's words with it");
    assert_eq!(marked("Ferry Street crossing to get new traffic lights"), Some(Boilerplate::RelatedLinks));
    assert_eq!(marked("Get the Ledger in your inbox"), Some(Boilerplate::Notice), "the newsletter box");
    assert_eq!(marked("All rights reserved"), Some(Boilerplate::Navigation), "the site's footer");
    assert_eq!(marked("Tags:"), Some(Boilerplate::Navigation), "the article's own footer");
    assert_eq!(marked("Photo: Lee Park"), Some(Boilerplate::Caption));
    assert_eq!(marked("Old Mill Bridge to traffic every night"), None, "the article's text");
    assert_eq!(marked("Pedestrians and cyclists"), None);
    let kinds: Vec<BlockKind> = d.blocks.iter().filter(|b| b.boilerplate.is_none()).map(|b| b.kind).collect();
    assert_eq!(kinds.iter().filter(|k| **k == BlockKind::Title).count(), 1);
    assert!(
        kinds.contains(&BlockKind::Heading) && kinds.iter().filter(|k| **k == BlockKind::Bullet).count() == 2,
        "{kinds:?}"
    );
    assert_eq!(
        d.blocks.iter().find(|b| b.kind == BlockKind::Byline).map(|b| b.text.as_str()),
        Some("By Marta Kowalczyk")
    );

    let stored = &read.files.iter().find(|a| a.name == "old-mill-bridge.html").unwrap().text;
    for never in [
        "TRACKER_SECRET_TEXT",
        "INJECTED_BY_SCRIPT",
        "INLINE_SCRIPT_IN_ARTICLE",
        "enable JavaScript",
        "IFRAME_FALLBACK",
        "TEMPLATE_TEXT",
        "SVG_TEXT",
        "HIDDEN_TEXT",
        "VALUE_NOT_SHOWN",
        "alert",
        "onerror",
        "javascript:",
        "<",
        ">",
        "font-family",
    ] {
        assert!(!stored.contains(never), "{never:?} is in the stored text:\n{stored}");
        assert!(d.blocks.iter().all(|b| !b.text.contains(never)), "{never:?} is in a block");
    }
    assert!(stored.contains("Subscribe now") && stored.contains("Weather"), "a javascript: link is its words");
    // The stored text is the engine's plain-text convention: read as a .txt file, same blocks.
    let as_txt = engine::ingest::ingest("old-mill-bridge.txt", stored).unwrap();
    assert_eq!(
        as_txt.blocks.iter().map(|b| &b.text).collect::<Vec<_>>(),
        d.blocks.iter().map(|b| &b.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_word_documents_structure_and_a_markdown_files_become_blocks() {
    let (c, _) = corpus("a_word_documents_structure_and_a_markdown_files_become_blocks");
    let blocks = |slug: &str| -> Vec<(BlockKind, Option<Boilerplate>, String)> {
        let d = &c.docs[c.doc_by_slug(slug).unwrap()];
        d.blocks.iter().map(|b| (b.kind, b.boilerplate, b.text.clone())).collect()
    };
    let docx = blocks("riverside-library");
    assert_eq!(docx[0].0, BlockKind::Title);
    assert_eq!(docx[1], (BlockKind::Byline, None, "By Georgia Lind, Riverside Gazette - April 4, 2024".into()));
    assert!(docx.contains(&(BlockKind::Heading, None, "What changes in the budget".into())), "{docx:?}");
    let bullets: Vec<&str> = docx.iter().filter(|b| b.0 == BlockKind::Bullet).map(|b| b.2.as_str()).collect();
    assert_eq!(
        bullets,
        [
            "Opening hours cut from 60 to 48 a week",
            "Two part-time librarians instead of three full-time posts",
            "The reading room stays open on Saturdays"
        ]
    );
    assert!(docx.iter().any(|b| b.2.contains("£180,000")), "character references are read");
    assert!(docx.iter().all(|b| !b.2.contains("DELETED_IN_TRACKED_CHANGES")), "deleted text is not read");

    let md = blocks("gull-island-ferry");
    assert_eq!(md[0], (BlockKind::Title, None, "Ferry service to Gull Island ends after forty years".into()));
    assert!(md.contains(&(BlockKind::Heading, None, "What islanders can do now".into())));
    assert_eq!(md.iter().filter(|b| b.0 == BlockKind::Bullet).count(), 3);
    assert!(md.iter().any(|b| b.2.contains("A county report found that")), "a link is its text: {md:?}");
    assert!(md.iter().all(|b| !b.2.contains("https://")));
}

#[test]
fn the_same_file_gives_the_same_article_whatever_path_it_takes() {
    let (built, read) = corpus("the_same_file_gives_the_same_article_whatever_path_it_takes");
    let dir = good_folder("the_same_file_gives_the_same_article_whatever_path_it_takes");
    // The command line and the page read one file at a time; the page's worker rebuilds the
    // corpus from the build's library and the reader's files.
    let one_by_one: Vec<_> =
        read.files.iter().map(|a| read_file(&a.name, &std::fs::read(dir.join(&a.name)).unwrap()).unwrap()).collect();
    assert_eq!(one_by_one, read.files);
    let library = Library::from_bytes(&Library::of(&read).to_bytes()).unwrap();
    assert_eq!(library.build_with(&[]).unwrap(), built, "the worker rebuilds the very corpus the build made");
    let mut added = Library::default().build_with_articles(&one_by_one).unwrap();
    assert!(added.docs.iter().all(|d| d.own), "articles added in the page are marked as the reader's own");
    added.docs.iter_mut().for_each(|d| d.own = false);
    assert_eq!(added, built, "the same files added in the page make the same corpus, but for that mark");
    let decoded = Corpus::from_bytes(&built.to_bytes()).unwrap();
    assert_eq!(
        decoded.docs[c_index(&decoded, "old-mill-bridge")].outlet.as_deref(),
        Some("Harbor City Ledger"),
        "the outlet is stored in the corpus"
    );
}

fn c_index(c: &Corpus, slug: &str) -> usize {
    c.doc_by_slug(slug).unwrap()
}

// Bad input: each refused with the file's name and a reason; nothing else is lost.

#[track_caller]
fn refused(name: &str, bytes: &[u8]) -> String {
    let e = read_file(name, bytes).expect_err("refused");
    assert!(!e.file.is_empty());
    e.to_string()
}

#[test]
fn a_file_over_the_size_limit_is_refused_saying_the_limit() {
    let big = vec![b'a'; 50 * 1024 * 1024];
    assert_eq!(
        refused("huge.txt", &big),
        "huge.txt: is 50.0 MB, more than the 20 MB Crosscheck reads; save only the article (its text as .txt, or the page as “Web Page, HTML Only”)"
    );
}

#[test]
fn a_docx_that_is_not_a_zip_is_refused() {
    let bytes = std::fs::read(generate::dir().join("bad/not-a-word-document.docx")).unwrap();
    assert_eq!(
        refused("not-a-word-document.docx", &bytes),
        "not-a-word-document.docx: is not a Word document (it is named .docx but is not one inside); open it in Word and save it again as .docx, or save it as .txt"
    );
    let truncated = &generate::library_docx()[..300];
    assert!(refused("cut.docx", truncated).starts_with("cut.docx: is not a Word document"));
    let no_document = generate::zip_of(&[("hello.txt", b"hi")]);
    assert!(refused("other.docx", &no_document).starts_with("other.docx: is not a Word document"));
}

#[test]
fn a_zip_bomb_is_refused_without_being_unpacked() {
    let message = "bomb.docx: unpacks to more than 64 MB, more than any article needs; it was not read";
    let committed = std::fs::read(generate::dir().join("bad/zip-bomb.docx")).unwrap();
    assert!(committed.len() < 600_000);
    assert_eq!(refused("bomb.docx", &committed), message, "its size stated as 4 KB: not trusted");
    assert_eq!(
        refused("bomb.docx", &generate::zip_bomb(65 * 1024 * 1024 + 4096, 65 * 1024 * 1024 + 4096)),
        message,
        "its size stated"
    );
    assert_eq!(
        refused("many.docx", &generate::many_entries(10_001)),
        "many.docx: holds 10001 parts, more than the 10000 a Word document may have here; it was not read"
    );
    // An archive that only says it holds 60,000 parts is refused before room is made for them.
    let mut claims = b"PK\x03\x04".to_vec();
    claims.extend([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0x60, 0xEA, 0x60, 0xEA, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0]);
    assert!(refused("claims.docx", &claims).starts_with("claims.docx: holds 60000 parts"));
    claims[4 + 10..4 + 12].copy_from_slice(&[0xFF, 0xFF]);
    assert!(refused("zip64.docx", &claims).starts_with("zip64.docx: holds 65535 or more parts"));
}

#[test]
fn binary_data_named_txt_is_refused_but_utf16_is_text() {
    let garbage = std::fs::read(generate::dir().join("bad/binary-named.txt")).unwrap();
    assert_eq!(
        refused("binary-named.txt", &garbage),
        "binary-named.txt: does not hold text (it looks like binary data, such as an image or a program); save the article as a .txt file"
    );
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Ferry ends after forty years\r\n\r\nThe last ferry left.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(
        read_file("utf16.txt", &utf16).unwrap().text,
        "Ferry ends after forty years\r\n\r\nThe last ferry left."
    );
    assert!(refused("report.txt", b"%PDF-1.7 ...").starts_with("report.txt: is a PDF"));
    assert!(refused("doc.txt", &generate::library_docx())
        .starts_with("doc.txt: is a zip archive (perhaps a Word document)"));
}

#[test]
fn a_page_of_scripts_and_handlers_gives_no_markup_and_no_article() {
    let hostile = std::fs::read(generate::dir().join("bad/scripts-only.html")).unwrap();
    assert_eq!(
        refused("hostile.html", &hostile),
        "hostile.html: the page has no text to read (scripts, styles and markup are not read)"
    );
    let with_text = r#"<html><body><h1 onclick="alert(1)">A headline <script>alert('x')</script>here</h1><p>Read <a href="javascript:alert(2)" onmouseover="alert(3)">this &lt;b&gt;link&lt;/b&gt;</a>.</p></body></html>"#;
    let a = read_file("page.html", with_text.as_bytes()).unwrap();
    assert_eq!(
        a.text, "A headline here\n\nRead this <b>link</b>.",
        "escaped markup in the page's text is text, shown as such"
    );
}

#[test]
fn a_file_with_no_text_is_refused() {
    assert_eq!(
        refused("empty.txt", &std::fs::read(generate::dir().join("bad/empty.txt")).unwrap()),
        "empty.txt: the file is empty"
    );
    assert_eq!(refused("blank.txt", b" \r\n\t\n"), "blank.txt: the file holds only white space");
    assert_eq!(refused("blank.md", b"---\n\n***\n"), "blank.md: the file has no words in it");
    let empty_docx = generate::zip_of(&[("word/document.xml", b"<w:document><w:body><w:p/></w:body></w:document>")]);
    assert_eq!(refused("empty.docx", &empty_docx), "empty.docx: the Word document has no text in it");
}

#[test]
fn pdf_and_old_word_files_say_how_to_save_the_article() {
    let pdf = std::fs::read(generate::dir().join("bad/article.pdf")).unwrap();
    assert_eq!(
        refused("article.pdf", &pdf),
        "article.pdf: is a PDF, which Crosscheck does not read: open it, select the article’s text, copy it and paste it into “Paste an article” (in the page) or into a .txt file"
    );
    assert_eq!(
        refused("old-word.doc", &generate::old_word()),
        "old-word.doc: is an old Word document (.doc), which Crosscheck does not read: open it in Word and save it as “Word Document (.docx)” or “Plain Text (.txt)”"
    );
    assert_eq!(
        refused("photo.jpg", b"\xff\xd8\xff"),
        "photo.jpg: is not an article: Crosscheck reads .txt, .html, .htm, .docx and .md files"
    );
}

#[test]
fn a_file_name_is_plain_text_in_messages_and_in_the_article() {
    let markup = "<img src=x onerror=alert(1)>\u{202E}lmth.txt";
    let a = read_file(markup, b"A headline long enough here\n\nText.").unwrap();
    assert_eq!(a.name, "<img src=x onerror=alert(1)>lmth.txt", "no direction override; markup stays characters");
    let long = format!("{}.txt", "x".repeat(300));
    let e = read_file(&long, b"").unwrap_err();
    assert_eq!(e.file.chars().count(), formats::MAX_NAME_CHARS);
    assert!(e.file.ends_with("….txt"), "{}", e.file);
    let c = Corpus::from_articles([&read_file(&long, b"A headline long enough here\n\nText.").unwrap()]).unwrap();
    assert_eq!(c.docs[0].file_name.chars().count(), formats::MAX_NAME_CHARS);
}

#[test]
fn the_same_article_twice_has_one_fingerprint() {
    let md = std::fs::read(generate::dir().join("gull-island-ferry.md")).unwrap();
    let a = read_file("gull-island-ferry.md", &md).unwrap();
    let b = read_file("copy of it.md", &md).unwrap();
    let html = read_file("old-mill-bridge.html", &std::fs::read(generate::dir().join("old-mill-bridge.html")).unwrap())
        .unwrap();
    assert_eq!(formats::fingerprint(&a), formats::fingerprint(&b), "one file under two names");
    assert_ne!(formats::fingerprint(&a), formats::fingerprint(&html));
    // The same words as a .txt file and as Markdown.
    let words = "Ferry service to Gull Island ends after forty years\n\nThe last scheduled ferry to Gull Island left Port Ainslie on Thursday morning, after forty years.\n\n“The numbers simply stopped adding up,” said Lena Fischer, the ferry company’s director.\n";
    let txt = read_file("ferry.txt", words.as_bytes()).unwrap();
    let md = read_file("ferry.md", format!("# {words}").as_bytes()).unwrap();
    assert_eq!(formats::fingerprint(&txt), formats::fingerprint(&md));
    assert_eq!(formats::fingerprint(&Article::plain("x.txt", "")), None);
}

#[test]
fn in_a_seed_folder_one_bad_file_stops_the_build_naming_it_and_other_files_are_skipped() {
    let dir = good_folder("in_a_seed_folder_one_bad_file_stops_the_build_naming_it_and_other_files_are_skipped");
    std::fs::write(dir.join("notes.csv"), "a,b\n").unwrap();
    std::fs::create_dir_all(dir.join("old-mill-bridge_files")).unwrap();
    std::fs::write(dir.join("README.md"), "# About these articles\n").unwrap();
    let read = read_seed_dir(&dir).unwrap();
    assert_eq!(read.files.len(), 4, "README.md is a companion, not an article");
    assert_eq!(
        read.skipped,
        [(
            "notes.csv".to_owned(),
            "not an article: Crosscheck reads .txt, .html, .htm, .docx and .md files".to_owned()
        )],
        "a saved page's folder is passed over"
    );

    std::fs::write(dir.join("scan.pdf"), b"%PDF-1.4").unwrap();
    let e = read_seed_dir(&dir).unwrap_err();
    assert_eq!(e.file, dir.join("scan.pdf").display().to_string());
    assert!(e.reason.starts_with("is a PDF"), "{e}");
    std::fs::remove_file(dir.join("scan.pdf")).unwrap();

    let big = std::fs::File::create(dir.join("big.html")).unwrap();
    big.set_len(formats::MAX_FILE_BYTES + 1).unwrap();
    assert!(
        read_seed_dir(&dir).unwrap_err().reason.starts_with("is 20.0 MB, more than the 20 MB"),
        "refused before it is read"
    );
    std::fs::remove_file(dir.join("big.html")).unwrap();

    let empty: &Path = &std::env::temp_dir().join(format!("crosscheck-no-articles-{}", std::process::id()));
    std::fs::create_dir_all(empty).unwrap();
    std::fs::write(empty.join("photo.jpg"), b"\xff\xd8").unwrap();
    assert_eq!(read_seed_dir(empty).unwrap_err().reason, "holds no articles (.txt, .html, .htm, .docx and .md files)");
}

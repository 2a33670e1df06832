//! The fixtures in e2e/fixtures/own-articles that are binary, made byte for byte the same every
//! time (the Word document, the Windows-1252 text, the bad files), and the bad inputs too big to
//! commit. `CROSSCHECK_WRITE_FIXTURES=1 cargo test -p crosscheck-formats --test own_articles`
//! writes the committed ones again.

use std::io::Write;

use zip::write::SimpleFileOptions;

/// Where the fixtures are.
pub fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/own-articles")
}

/// The committed binary fixtures: (path under `dir()`, bytes).
pub fn committed() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("riverside-library.docx", library_docx()),
        ("eastbrook-orchestra-1252.txt", orchestra_1252()),
        (
            "bad/not-a-word-document.docx",
            b"This file is named .docx, but it is plain text, not a Word document.\n".to_vec(),
        ),
        ("bad/binary-named.txt", binary_garbage(4096)),
        ("bad/zip-bomb.docx", zip_bomb(65 * 1024 * 1024 + 4096, 4096)),
        ("bad/old-word.doc", old_word()),
        (
            "bad/article.pdf",
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec(),
        ),
        ("bad/empty.txt", Vec::new()),
        ("bad/scripts-only.html", SCRIPTS_ONLY.as_bytes().to_vec()),
    ]
}

/// A page of nothing but scripts, handlers and `javascript:` links.
pub const SCRIPTS_ONLY: &str = r#"<!doctype html><html><head><script>alert(1)</script><style>p { color: red }</style></head>
<body onload="alert(2)"><script>document.write('<p>written by a script</p>')</script><img src=x onerror="alert(3)">
<iframe srcdoc="<p>framed</p>"></iframe><noscript><p>no script</p></noscript><svg onload="alert(4)"><text>svg</text></svg>
<a href="javascript:alert(5)"></a><template><p>template</p></template></body></html>
"#;

/// A short news item in Windows-1252, curly quotes (0x93, 0x94, 0x92) and accents (é, ü) in it,
/// with Windows line ends.
pub fn orchestra_1252() -> Vec<u8> {
    const TEXT: &str = "Valley Courier

Youth orchestra wins regional prize after months of weekend rehearsals

By Chloé Bernard - June 8, 2023

The Eastbrook Youth Orchestra won first prize at the regional music festival on Saturday, beating eleven other school ensembles with a programme of Dvorak and a piece written by one of its own players.

“We rehearsed in the school café every Saturday morning, even in the snow,” said Jürgen Müller, the orchestra’s conductor. He said the players had given up their weekends since January.

The cellist Renée Dubois, 16, wrote the second piece on the programme. She said the win “felt unreal, like hearing someone else’s music.”

“They’ve earned every note of it,” said Amara Lindqvist, the principal of Eastbrook High School, who watched the final from the front row.

The orchestra will play a free concert in the town square on July 1.

© 2023 Valley Courier. All rights reserved.
";
    let text = TEXT.replace('\n', "\r\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable, "every character is in Windows-1252");
    bytes.into_owned()
}

/// A Word document: a title (Title style), a byline, paragraphs with quotations, a heading
/// (Heading 1), a bulleted list (numbered paragraphs in the List Paragraph style), tracked changes.
pub fn library_docx() -> Vec<u8> {
    let p = |style: Option<&str>, list: bool, runs: &[&str]| {
        let mut x = String::from("<w:p><w:pPr>");
        if let Some(s) = style {
            x += &format!("<w:pStyle w:val=\"{s}\"/>");
        }
        if list {
            x += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
        }
        x += "</w:pPr>";
        for r in runs {
            x += &format!("<w:r><w:t xml:space=\"preserve\">{r}</w:t></w:r>");
        }
        x + "</w:p>"
    };
    let body = [
        p(Some("Title"), false, &["Riverside council votes to keep the branch library open"]),
        p(None, false, &["By Georgia Lind, Riverside Gazette - April 4, 2024"]),
        p(None, false, &["The Riverside town council voted seven to two on Wednesday night to keep the Elm Street branch library open, reversing a plan to close it in June to save &#163;180,000 a year."]),
        p(None, false, &["“This branch is the only place many of our students can study after school,” said ", "Helen Osei", ", the head teacher at Riverside Primary, who spoke for parents at the meeting."]),
        p(Some("Heading1"), false, &["What changes in the budget"]),
        p(None, false, &["Tomás Brandt, who chairs the finance committee, said the vote was “a promise we now have to keep paying for next year.” The library will stay open, but with shorter hours:"]),
        p(Some("ListParagraph"), true, &["Opening hours cut from 60 to 48 a week"]),
        p(Some("ListParagraph"), true, &["Two part-time librarians instead of three full-time posts"]),
        p(Some("ListParagraph"), true, &["The reading room stays open on Saturdays"]),
        // Tracked changes: the deleted words are not part of the text.
        "<w:p><w:r><w:t xml:space=\"preserve\">“We listened, and we changed our minds,” said Ruth Adeyemi, the council leader.</w:t></w:r><w:del w:id=\"1\" w:author=\"Editor\"><w:r><w:delText>DELETED_IN_TRACKED_CHANGES</w:delText></w:r></w:del></w:p>".to_owned(),
    ]
    .concat();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let style = |id: &str, name: &str| {
        format!("<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/></w:style>")
    };
    let styles = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{}{}{}{}</w:styles>",
        style("Normal", "Normal"),
        style("Title", "Title"),
        style("Heading1", "heading 1"),
        style("ListParagraph", "List Paragraph")
    );
    let numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    let doc_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>";
    zip_of(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
        ("word/_rels/document.xml.rels", doc_rels.as_bytes()),
    ])
}

/// A zip of these files, deflated, dated 1980-01-01: the same bytes every time.
pub fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in files {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Bytes that are no text: a pseudo-random sequence (with NULs, as binary files have).
pub fn binary_garbage(n: usize) -> Vec<u8> {
    let mut x: u32 = 0x9E37_79B9;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect()
}

/// The start of an old binary Word file: the OLE compound file signature, then zeros.
pub fn old_word() -> Vec<u8> {
    let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    b.resize(1536, 0);
    b
}

/// A `.docx` whose `word/document.xml` inflates to `size` spaces while its archive states
/// `stated` bytes: a zip bomb (the deflate stream written by hand, so making it costs nothing).
pub fn zip_bomb(size: usize, stated: u32) -> Vec<u8> {
    let deflated = deflate_of_spaces(size);
    raw_zip("word/document.xml", &deflated, stated)
}

/// A zip archive of `n` empty entries.
pub fn many_entries(n: usize) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    for i in 0..n {
        zip.start_file(format!("f{i}"), options).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A deflate stream (one block, fixed Huffman codes) of `size` spaces: a space, then copies of
/// 258 bytes at distance 1, then the rest one space at a time.
fn deflate_of_spaces(size: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        n: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, bits: u32) {
            self.acc |= u64::from(value) << self.n;
            self.n += bits;
            while self.n >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.n -= 8;
            }
        }
        /// A Huffman code, most significant bit first.
        fn code(&mut self, code: u32, bits: u32) {
            let reversed = (0..bits).fold(0, |r, i| r | ((code >> i) & 1) << (bits - 1 - i));
            self.put(reversed, bits);
        }
    }
    let mut b = Bits { out: Vec::new(), acc: 0, n: 0 };
    b.put(1, 1); // the last block
    b.put(1, 2); // fixed Huffman codes
    let literal_space = 0x30 + u32::from(b' '); // literals 0..=143: 8 bits from 0b0011_0000
    b.code(literal_space, 8);
    let mut left = size - 1;
    while left >= 258 {
        b.code(0b1100_0101, 8); // length code 285: 258 bytes
        b.code(0, 5); // distance code 0: distance 1
        left -= 258;
    }
    for _ in 0..left {
        b.code(literal_space, 8);
    }
    b.code(0, 7); // end of block
    b.put(0, 7); // flush
    b.out
}

/// A zip of one deflated entry, written by hand (the CRC left zero, the size as `stated`).
fn raw_zip(name: &str, deflated: &[u8], stated: u32) -> Vec<u8> {
    let mut z = Vec::new();
    let le16 = |z: &mut Vec<u8>, v: u16| z.extend(v.to_le_bytes());
    let le32 = |z: &mut Vec<u8>, v: u32| z.extend(v.to_le_bytes());
    // Local file header.
    le32(&mut z, 0x0403_4b50);
    le16(&mut z, 20);
    le16(&mut z, 0);
    le16(&mut z, 8);
    le16(&mut z, 0);
    le16(&mut z, 0x21);
    le32(&mut z, 0);
    le32(&mut z, deflated.len() as u32);
    le32(&mut z, stated);
    le16(&mut z, name.len() as u16);
    le16(&mut z, 0);
    z.extend(name.as_bytes());
    z.extend(deflated);
    // Central directory.
    let cd = z.len() as u32;
    le32(&mut z, 0x0201_4b50);
    le16(&mut z, 20);
    le16(&mut z, 20);
    le16(&mut z, 0);
    le16(&mut z, 8);
    le16(&mut z, 0);
    le16(&mut z, 0x21);
    le32(&mut z, 0);
    le32(&mut z, deflated.len() as u32);
    le32(&mut z, stated);
    le16(&mut z, name.len() as u16);
    le16(&mut z, 0);
    le16(&mut z, 0);
    le16(&mut z, 0);
    le16(&mut z, 0);
    le32(&mut z, 0);
    le32(&mut z, 0);
    z.extend(name.as_bytes());
    let cd_len = z.len() as u32 - cd;
    // End of central directory.
    le32(&mut z, 0x0605_4b50);
    le16(&mut z, 0);
    le16(&mut z, 0);
    le16(&mut z, 1);
    le16(&mut z, 1);
    le32(&mut z, cd_len);
    le32(&mut z, cd);
    le16(&mut z, 0);
    z
}

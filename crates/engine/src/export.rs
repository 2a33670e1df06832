//! Tables as files a class opens in a spreadsheet: CSV as Excel, LibreOffice and Google Sheets
//! read it. One definition for every export of the page (quotations, concordance lines, …).
//!
//! - UTF-8 with a byte-order mark: without it Excel reads the bytes as Windows-1252 and "Trump’s"
//!   becomes "Trumpâ€™s".
//! - RFC 4180: every field quoted, quotation marks doubled, CRLF line ends, so commas, quotation
//!   marks and line breaks inside a cell stay inside it.
//! - Formula injection (OWASP's rule): a cell that begins with `=`, `+`, `-`, `@`, a tab or a
//!   carriage return is read as a formula by a spreadsheet; it gets a leading `'`, which the
//!   spreadsheet shows as text. Article text is written by others: a quotation may begin so.

/// The byte-order mark a CSV file starts with.
pub const BOM: &str = "\u{feff}";

/// A CSV file: the header row, then the rows; every cell made safe ([`cell`]).
pub fn csv<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut out = String::from(BOM);
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = String>| {
        let cells: Vec<String> = cells.map(|c| cell(&c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    line(&mut out, &mut header.iter().map(|h| h.to_string()));
    for row in rows {
        line(&mut out, &mut row.into_iter());
    }
    out
}

/// One cell: quoted, quotation marks doubled, and a leading `'` where a spreadsheet would read a
/// formula.
pub fn cell(value: &str) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_with_quotation_marks_doubled() {
        assert_eq!(cell("He said \"no\", twice"), "\"He said \"\"no\"\", twice\"");
        assert_eq!(cell("Trump’s"), "\"Trump’s\"");
    }

    #[test]
    fn what_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        for risky in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(cell(risky).starts_with("\"'"), "{risky:?} -> {}", cell(risky));
        }
        assert_eq!(cell("3 - 2"), "\"3 - 2\"", "only the first character counts");
    }

    #[test]
    fn a_file_starts_with_the_byte_order_mark_and_ends_lines_with_crlf() {
        let f = csv(&["a", "b"], vec![vec!["1".to_owned(), "x,y".to_owned()]]);
        assert_eq!(f, "\u{feff}\"a\",\"b\"\r\n\"1\",\"x,y\"\r\n");
        assert!(f.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    }
}

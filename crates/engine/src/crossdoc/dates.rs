//! Dates an article gives for events: absolute ("June 14, 2016", "May 2017", "in 2012") and
//! relative ("on Tuesday", "last month", "yesterday", "two days ago"), the relative ones counted
//! from the article's own date. Putting events from several articles on one time line is how a
//! class notices that "on Friday" in one story and "July 7" in another are the same day, or that
//! a story retells old news as new.
//!
//! # What is read
//!
//! - **Month, day and year** in the common orders: `June 14, 2016`, `Jun. 14 2016`, `14 June
//!   2016`, `2016-06-14`, `6/14/2016`; a **month and year** (`May 2017`); a **month and day**
//!   (`July 25`), whose year is the article's: the one that puts the date closest to the article
//!   date, allowing a little more reach into the past (nine months back, three ahead) because news
//!   mostly looks back; a **month** after `in`, `since`, `by`, `until`, `early`, `late`, `mid`,
//!   `last`, `next`, `this` or `a` (`back in May`, `a June interview`); a **year** on its own
//!   (`in 2012`, `the 2016 election`) from 1900 to 2099, unless it counts something (`2000
//!   people`) or follows a word that makes it a number (`page 2016`, `$2016`). `May`, `March` and
//!   `August` are months only with a day, a year or one of those words before them (they are also
//!   a verb, a verb and an adjective). Month names must be capitalised.
//! - **Weekdays** (`Tuesday`, `on Friday`, `last Tuesday`, `next Monday`): the most recent such
//!   day on or before the article date, or the next one on or after it when the sentence speaks of
//!   the future (`will`, `is set to`, `scheduled`, `plans to`, `next`). `last Tuesday` is in the
//!   week before the article date.
//! - `yesterday`, `today`, `tonight`, `tomorrow`, `this morning|afternoon|evening`; `last|this|next
//!   month|year`; `N days|weeks|months|years ago` (`N` in digits or words, or `a`).
//!
//! Weeks have no precision of their own, so `last week` and `this week` are not listed; seasons
//! and decades are not either.
//!
//! # Precision and resolution
//!
//! A [`PartialDate`] says what is known: year, month and day; year and month; a year; or (in an
//! article with no date of its own) a month and a day. `resolved_from_relative` is true when the
//! article's date supplied something (a weekday, `last month`, the year of `July 25`). A relative
//! reference in an article that states no date is still listed, with `date: None`, so the reader
//! can see the article leaves the time open; the class can then find the date elsewhere.
//!
//! Boilerplate and byline blocks are skipped: a related-story list carries other stories' dates,
//! and the byline's date is [`Document::date`] itself.

use serde::{Deserialize, Serialize};

use super::{article_blocks, is_byline, slice};
use crate::ingest::{Date, Document};
use crate::lexicon::{month_of, weekday_of, MONTHS};
use crate::normalize::{fold_word, folded_words};
use crate::span::Span;

/// A date known to some precision. At least one field is set; a day comes with a month.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn ymd(year: u16, month: u8, day: u8) -> PartialDate {
        PartialDate { year: Some(year), month: Some(month), day: Some(day) }
    }
    pub fn ym(year: u16, month: u8) -> PartialDate {
        PartialDate { year: Some(year), month: Some(month), day: None }
    }
    pub fn y(year: u16) -> PartialDate {
        PartialDate { year: Some(year), month: None, day: None }
    }
}

impl std::fmt::Display for PartialDate {
    /// ISO 8601 at the known precision: `2016-06-14`, `2017-05`, `2012`, `--07-25`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => write!(f, "?"),
        }
    }
}

/// A reference to a date in an article.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DatedMention {
    /// The words that give the date, in the file text (bytes).
    pub source: Span,
    /// Those words.
    pub text: String,
    /// The date meant, to the precision known; `None` for a relative reference ("on Tuesday") in
    /// an article that states no date.
    pub date: Option<PartialDate>,
    /// The article's date was needed to find `date` (a weekday, "last month", a year left out).
    pub resolved_from_relative: bool,
}

/// The dates an article's own text gives, in order; `text` is the file text `doc` came from.
pub fn dated_mentions(doc: &Document, text: &str) -> Vec<DatedMention> {
    let mut out = Vec::new();
    for (_, b, bt) in article_blocks(doc, text, false) {
        if is_byline(b) {
            continue;
        }
        let base = b.source.start as usize;
        let toks: Vec<W> = tokens(bt);
        let mut i = 0;
        while i < toks.len() {
            match read_at(&toks, i, bt, doc.date) {
                Some((len, None, false)) => i += len, // not a date after all (`February 30`)
                Some((len, date, relative)) => {
                    let span = Span::new(base + toks[i].start, base + toks[i + len - 1].end);
                    out.push(DatedMention {
                        source: span,
                        text: slice(text, span),
                        date,
                        resolved_from_relative: relative && date.is_some(),
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    out
}

struct W<'t> {
    start: usize,
    end: usize,
    raw: &'t str,
    key: String,
    /// Text between the previous word and this one.
    gap: &'t str,
}

fn tokens(text: &str) -> Vec<W<'_>> {
    folded_words(text)
        .into_iter()
        .map(|w| {
            // The folded word is the key, a possessive's `'s` cut off in place (not copied).
            let mut key = w.folded;
            if let Some(n) = key.strip_suffix("'s").map(str::len) {
                key.truncate(n);
            }
            W { start: w.span.start as usize, end: w.span.end as usize, raw: w.raw, key, gap: w.gap }
        })
        .collect()
}

fn cap(w: &W) -> bool {
    w.raw.chars().next().is_some_and(char::is_uppercase)
}

fn day_of(w: &W) -> Option<u8> {
    let t = w.key.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w.key[t.len()..];
    if !(suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th")) || t.is_empty() || t.len() > 2 {
        return None;
    }
    t.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(w: &W) -> Option<u16> {
    (w.key.len() == 4 && w.key.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.key.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

fn small_number(w: &str) -> Option<i64> {
    let n = match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "several" | "few" | "couple" => return None,
        _ => return w.parse::<i64>().ok().filter(|n| (1..=400).contains(n)),
    };
    Some(n)
}

/// Gap between a month and a day or year: spaces, or a short form's dot.
fn plain_gap(g: &str) -> bool {
    let g = g.strip_prefix('.').unwrap_or(g);
    !g.is_empty() && g.chars().all(char::is_whitespace)
}

fn comma_gap(g: &str) -> bool {
    let g = g.strip_prefix('.').unwrap_or(g).trim();
    g.is_empty() || g == ","
}

const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "early", "late", "mid", "last", "next", "this", "a", "of", "from", "through",
    "during", "before", "after", "that", "each", "every",
];

const COUNTED: &[&str] = &[
    "people",
    "persons",
    "pounds",
    "dollars",
    "miles",
    "kilometers",
    "kilometres",
    "troops",
    "soldiers",
    "votes",
    "voters",
    "times",
    "years",
    "cases",
    "deaths",
    "jobs",
    "residents",
    "members",
    "students",
    "acres",
    "feet",
    "meters",
    "metres",
    "tons",
    "tonnes",
    "words",
    "pages",
    "points",
    "employees",
    "workers",
    "copies",
    "units",
    "homes",
    "households",
    "children",
    "families",
    "users",
    "signatures",
    "calories",
    "rounds",
    "shares",
    "barrels",
];

const NUMBER_WORDS: &[&str] = &[
    "page", "pages", "no", "number", "room", "route", "highway", "flight", "item", "section", "code", "model", "rule",
    "article",
];

/// A date starting at word `i`: (words used, date, relative to the article date).
fn read_at(t: &[W], i: usize, text: &str, today: Option<Date>) -> Option<(usize, Option<PartialDate>, bool)> {
    let w = &t[i];
    let next = t.get(i + 1).filter(|n| {
        n.gap.trim().is_empty() || n.gap.trim() == "," || n.gap.starts_with('.') || matches!(n.gap, "-" | "/")
    });
    let next2 = next.and(t.get(i + 2));
    let prev_key = i.checked_sub(1).filter(|_| w.gap.trim().is_empty()).map(|p| t[p].key.as_str());

    // A modifier before a weekday, a month or `month`/`year`: `last Tuesday`, `next May`.
    if let (Some(k @ ("last" | "next" | "this" | "past" | "coming")), Some(n)) =
        (Some(w.key.as_str()), next.filter(|n| n.gap.trim().is_empty()))
    {
        let dir = match k {
            "last" | "past" => -1,
            "next" | "coming" => 1,
            _ => 0,
        };
        if let Some(wd) = weekday_of(&n.key).filter(|_| cap(n)) {
            return Some((2, today.map(|td| weekday(td, wd, dir, false)), true));
        }
        if let Some(m) = month_of(&n.key).filter(|_| cap(n) && n.key.len() >= 3 && !n.key.ends_with('s')) {
            let d = today.map(|td| {
                let y = match dir {
                    -1 if m < td.month => td.year,
                    -1 => td.year - 1,
                    1 if m > td.month => td.year,
                    1 => td.year + 1,
                    _ => td.year,
                };
                PartialDate::ym(y, m)
            });
            return Some((2, d.or(Some(PartialDate { year: None, month: Some(m), day: None })), today.is_some()));
        }
        match n.key.as_str() {
            "month" => return Some((2, today.map(|td| add_months(td, dir)), true)),
            "year" => return Some((2, today.map(|td| PartialDate::y((td.year as i64 + dir) as u16)), true)),
            "morning" | "afternoon" | "evening" | "night" if k == "this" => {
                return Some((2, today.map(|td| shift_days(td, 0)), true))
            }
            _ => {}
        }
    }

    // Month first: `June 14, 2016`, `June 14`, `May 2017`, `in June`. (The capital is looked at
    // before the months, here and below: most words have none.)
    if let Some(m) = (cap(w) && w.key.len() >= 3).then(|| month_of(&w.key)).flatten() {
        let full = w.key == MONTHS[m as usize - 1];
        if let Some(d) = next.filter(|n| plain_gap(n.gap)).and_then(day_of) {
            if let Some(y) = next2.filter(|n| comma_gap(n.gap)).and_then(year_of) {
                return Some((3, valid(y, m, d).then(|| PartialDate::ymd(y, m, d)), false));
            }
            return Some(month_day(m, d, today).map_or((2, None, false), |date| (2, Some(date), today.is_some())));
        }
        if let Some(y) = next.filter(|n| comma_gap(n.gap)).and_then(year_of) {
            return Some((2, Some(PartialDate::ym(y, m)), false));
        }
        let ambiguous = matches!(m, 3 | 5 | 8);
        let cued = prev_key.is_some_and(|p| MONTH_CUES.contains(&p));
        let named = t.get(i + 1).is_some_and(|n| cap(n) && n.gap.trim().is_empty());
        if full && (cued || !ambiguous) && !named {
            return Some(match today {
                Some(td) => (1, Some(PartialDate::ym(nearest_year(td, m, 15), m)), true),
                None => (1, Some(PartialDate { year: None, month: Some(m), day: None }), false),
            });
        }
        return None;
    }

    // Day first: `14 June 2016`.
    if let (Some(d), Some(n)) = (day_of(w), next) {
        if let Some(m) = (cap(n) && plain_gap(n.gap)).then(|| month_of(&n.key)).flatten() {
            if let Some(y) = next2.filter(|x| comma_gap(x.gap)).and_then(year_of) {
                return Some((3, valid(y, m, d).then(|| PartialDate::ymd(y, m, d)), false));
            }
            return Some(month_day(m, d, today).map_or((2, None, false), |date| (2, Some(date), today.is_some())));
        }
    }

    // ISO `2016-06-14` and US `6/14/2016`.
    if let (Some(a), Some(b)) = (next, next2) {
        if let Some(y) = year_of(w).filter(|_| a.gap == "-" && b.gap == "-" && a.key.len() <= 2 && b.key.len() <= 2) {
            if let (Ok(m), Ok(d)) = (a.key.parse::<u8>(), b.key.parse::<u8>()) {
                if valid(y, m, d) {
                    return Some((3, Some(PartialDate::ymd(y, m, d)), false));
                }
            }
        }
        if a.gap == "/" && b.gap == "/" && w.key.len() <= 2 && a.key.len() <= 2 {
            if let (Ok(m), Ok(d), Some(y)) = (w.key.parse::<u8>(), a.key.parse::<u8>(), year_of(b)) {
                if valid(y, m, d) {
                    return Some((3, Some(PartialDate::ymd(y, m, d)), false));
                }
            }
        }
    }

    // A year alone.
    if let Some(y) = year_of(w).filter(|y| (1900..=2099).contains(y)) {
        let after = t.get(i + 1).map_or(&text[w.end.min(text.len())..], |n| n.gap);
        let money = w.gap.ends_with(['$', '£', '€', '#']);
        let counted = t.get(i + 1).is_some_and(|n| n.gap.trim().is_empty() && COUNTED.contains(&n.key.as_str()));
        let numbered = prev_key.is_some_and(|p| NUMBER_WORDS.contains(&p));
        let digits = |x: &W| x.key.bytes().all(|b| b.is_ascii_digit());
        let in_number = (matches!(w.gap, "," | "." | "-" | "/") && i > 0 && digits(&t[i - 1]))
            || (matches!(after, "," | "." | "-" | "/") && t.get(i + 1).is_some_and(digits));
        let percent = after.trim_start().starts_with('%');
        if !(money || counted || numbered || in_number || percent) {
            return Some((1, Some(PartialDate::y(y)), false));
        }
        return None;
    }

    // A weekday on its own: the last one, or the next one in a sentence about the future.
    if let Some(wd) = cap(w).then(|| weekday_of(&w.key)).flatten() {
        return Some((1, today.map(|td| weekday(td, wd, 0, future_tense(t, i))), true));
    }

    match w.key.as_str() {
        "yesterday" => return Some((1, today.map(|td| shift_days(td, -1)), true)),
        "tomorrow" => return Some((1, today.map(|td| shift_days(td, 1)), true)),
        "today" | "tonight" => {
            let possessive = fold_word(w.raw).ends_with("'s");
            let in_name = cap(w) && i > 0 && cap(&t[i - 1]) && w.gap.trim().is_empty();
            return (!possessive && !in_name).then_some((1, today.map(|td| shift_days(td, 0)), true));
        }
        _ => {}
    }

    // `two days ago`, `a year ago`.
    if let (Some(n), Some(unit), Some(ago)) = (small_number(&w.key), next, next2) {
        if ago.key == "ago" && ago.gap.trim().is_empty() && unit.gap.trim().is_empty() {
            let d = match unit.key.as_str() {
                "day" | "days" => today.map(|td| shift_days(td, -n)),
                "week" | "weeks" => today.map(|td| shift_days(td, -7 * n)),
                "month" | "months" => today.map(|td| add_months(td, -n)),
                "year" | "years" => today.map(|td| PartialDate::y((td.year as i64 - n).max(0) as u16)),
                _ => return None,
            };
            return Some((3, d, true));
        }
    }
    None
}

fn shift_days(td: Date, days: i64) -> PartialDate {
    let (y, m, d) = civil_from_days(days_from_civil(td.year as i64, td.month as i64, td.day as i64) + days);
    PartialDate::ymd(y as u16, m as u8, d as u8)
}

fn add_months(td: Date, months: i64) -> PartialDate {
    let total = td.year as i64 * 12 + td.month as i64 - 1 + months;
    PartialDate::ym(total.div_euclid(12) as u16, (total.rem_euclid(12) + 1) as u8)
}

/// Weekday `wd` (0 = Monday) relative to the article date: `dir` -1 the week before (`last`),
/// 1 the week after (`next`), 0 the nearest on or before (on or after if `future`).
fn weekday(td: Date, wd: u8, dir: i64, future: bool) -> PartialDate {
    let today = days_from_civil(td.year as i64, td.month as i64, td.day as i64);
    let today_wd = (today + 3).rem_euclid(7); // 1970-01-01 was a Thursday (3, Monday = 0).
    let back = (today_wd - wd as i64).rem_euclid(7);
    let fwd = (wd as i64 - today_wd).rem_euclid(7);
    let day = match dir {
        -1 => today - if back == 0 { 7 } else { back },
        1 => today + if fwd == 0 { 7 } else { fwd },
        _ if future => today + fwd,
        _ => today - back,
    };
    let (y, m, d) = civil_from_days(day);
    PartialDate::ymd(y as u16, m as u8, d as u8)
}

/// The sentence around word `i` speaks of the future.
fn future_tense(t: &[W], i: usize) -> bool {
    let from = i.saturating_sub(10);
    let mut k = i;
    while k > from {
        k -= 1;
        if t[k + 1].gap.contains(['.', '!', '?']) {
            break;
        }
        if matches!(
            t[k].key.as_str(),
            "will" | "'ll" | "scheduled" | "set" | "plans" | "planned" | "expected" | "upcoming" | "next" | "shall"
        ) {
            return true;
        }
    }
    false
}

fn valid(y: u16, m: u8, d: u8) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y as i64, m as i64) as u8
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The year that puts month `m` (day `d`) nearest the article date, looking back up to nine
/// months and ahead up to three.
fn nearest_year(td: Date, m: u8, d: u8) -> u16 {
    let today = days_from_civil(td.year as i64, td.month as i64, td.day as i64);
    let at = |y: i64| days_from_civil(y, m as i64, (d as i64).min(days_in_month(y, m as i64)));
    let y = td.year as i64;
    if at(y) > today + 92 {
        (y - 1) as u16
    } else if at(y) < today - 275 {
        (y + 1) as u16
    } else {
        y as u16
    }
}

fn month_day(m: u8, d: u8, today: Option<Date>) -> Option<PartialDate> {
    if d > days_in_month(2000, m as i64) as u8 {
        return None;
    }
    Some(match today {
        Some(td) => {
            let y = nearest_year(td, m, d);
            if valid(y, m, d) {
                PartialDate::ymd(y, m, d)
            } else {
                PartialDate::ym(y, m)
            }
        }
        None => PartialDate { year: None, month: Some(m), day: Some(d) },
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    /// `body` in an article dated Tuesday 10 December 2019 (or undated), and the dates found:
    /// (text, ISO date or "none", resolved from relative).
    #[track_caller]
    fn check(dated: bool, body: &str, expect: &[(&str, &str, bool)]) {
        let byline = if dated { "By Jo Writer - December 10, 2019\n\n" } else { "" };
        let text = format!("A headline of several plain words\n\n{byline}{body} These words make the paragraph long enough to count as prose.\n");
        let doc = ingest("t.txt", &text).expect("ingests");
        assert_eq!(doc.date.is_some(), dated, "test setup: article date");
        let got: Vec<(String, String, bool)> = dated_mentions(&doc, &text)
            .into_iter()
            .map(|m| {
                assert_eq!(m.source.of(&text), m.text);
                (m.text, m.date.map_or("none".to_owned(), |d| d.to_string()), m.resolved_from_relative)
            })
            .collect();
        let expect: Vec<(String, String, bool)> =
            expect.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), *c)).collect();
        assert_eq!(got, expect, "in {body:?}");
    }

    #[test]
    fn absolute_dates_in_common_forms() {
        check(
            false,
            "News broke on June 14, 2016 and on 7 July 2017, then 2019-12-10 and 6/14/2016.",
            &[
                ("June 14, 2016", "2016-06-14", false),
                ("7 July 2017", "2017-07-07", false),
                ("2019-12-10", "2019-12-10", false),
                ("6/14/2016", "2016-06-14", false),
            ],
        );
        check(
            false,
            "Back in May 2017 and Dec. 29, 2016 they met; Sept 3 2001 too.",
            &[
                ("May 2017", "2017-05", false),
                ("Dec. 29, 2016", "2016-12-29", false),
                ("Sept 3 2001", "2001-09-03", false),
            ],
        );
    }

    #[test]
    fn years_alone_but_not_counts_or_money() {
        check(
            false,
            "He was honoured in 2012 before the 2016 election; 2000 people paid $2015 for page 1999 at 30,000 feet.",
            &[("2012", "2012", false), ("2016", "2016", false)],
        );
    }

    #[test]
    fn month_names_need_context_when_they_are_also_words() {
        check(
            false,
            "May we go? They met in May and in a June interview; March on, said August Hale.",
            &[("May", "--05", false), ("June", "--06", false)],
        );
    }

    #[test]
    fn invalid_days_are_not_dates() {
        check(false, "It happened on February 30, 2019 or on June 31.", &[]);
    }

    #[test]
    fn relative_references_resolve_against_the_article_date() {
        check(
            true,
            "On Tuesday he spoke; on Friday he left; last month and last year were quiet.",
            &[
                ("Tuesday", "2019-12-10", true),
                ("Friday", "2019-12-06", true),
                ("last month", "2019-11", true),
                ("last year", "2018", true),
            ],
        );
        check(true, "They will meet Friday, said so yesterday, two days ago and three months ago, not last Tuesday or next Tuesday.", &[
            ("Friday", "2019-12-13", true),
            ("yesterday", "2019-12-09", true),
            ("two days ago", "2019-12-08", true),
            ("three months ago", "2019-09", true),
            ("last Tuesday", "2019-12-03", true),
            ("next Tuesday", "2019-12-17", true),
        ]);
    }

    #[test]
    fn a_missing_year_is_the_one_nearest_the_article_date() {
        check(
            true,
            "The call on July 25 and the party on December 29, but the vote on February 3.",
            &[("July 25", "2019-07-25", true), ("December 29", "2019-12-29", true), ("February 3", "2020-02-03", true)],
        );
    }

    #[test]
    fn relative_references_in_undated_articles_are_listed_unresolved() {
        check(
            false,
            "On Friday in Hamburg, and on July 25, as he said yesterday.",
            &[("Friday", "none", false), ("July 25", "--07-25", false), ("yesterday", "none", false)],
        );
    }

    #[test]
    fn calendar_arithmetic_round_trips() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2019, 12, 10), (1900, 3, 1), (2099, 12, 31)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        // 2019-12-10 was a Tuesday.
        let td = Date { year: 2019, month: 12, day: 10 };
        assert_eq!(weekday(td, 1, 0, false), PartialDate::ymd(2019, 12, 10));
    }

    #[test]
    fn display_at_precision() {
        assert_eq!(PartialDate::ym(2017, 5).to_string(), "2017-05");
        assert_eq!(PartialDate { year: None, month: Some(7), day: Some(25) }.to_string(), "--07-25");
    }
}

//! Months and weekdays. They are never names ("June", "Tuesday" are capitalised but name nobody),
//! they follow a verb of saying in a closing attribution ("Lopez said Tuesday"), and the timeline
//! reads dates from them.

/// Month names in order (January is index 0).
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names in order (Monday is index 0).
pub(crate) const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The month (1–12) a lower-case word names: its full name, or a three-letter short form or
/// "sept", with or without the full stop ("Feb. 13", "Feb 13").
pub(crate) fn month_of(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && w.len() <= 4 && m.starts_with(w) && (w.len() == 3 || w == "sept")))
        .map(|i| i as u8 + 1)
}

/// The weekday (0 = Monday) a lower-case word names: its full name, or a short form written with
/// its full stop ("Tues.", "Wed."; without the stop "wed", "sat" and "sun" are words).
pub(crate) fn weekday_of(w: &str) -> Option<u8> {
    if let Some(i) = WEEKDAYS.iter().position(|d| *d == w) {
        return Some(i as u8);
    }
    let short = w.strip_suffix('.')?;
    let n = short.len();
    WEEKDAYS.iter().position(|d| (3..=5).contains(&n) && n < d.len() && d.starts_with(short)).map(|i| i as u8)
}

/// Whether a word names a month or a weekday (never a name on its own).
pub(crate) fn is_calendar_word(w: &str) -> bool {
    month_of(w).is_some() || weekday_of(w).is_some()
}

/// Words of time that may follow a verb of saying in a closing attribution ("Lopez said Tuesday",
/// "said later", "said last week").
pub(crate) fn is_time_word(w: &str) -> bool {
    is_calendar_word(w) || super::is_time_adverb(w) || matches!(w, "last" | "this")
}

/// Time zones written after a clock time ("4:15 p.m. ET", "09:00 GMT"): never a name.
pub(crate) fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "et" | "est"
            | "edt"
            | "ct"
            | "cst"
            | "cdt"
            | "mt"
            | "mst"
            | "mdt"
            | "pt"
            | "pst"
            | "pdt"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "hst"
            | "akst"
    )
}

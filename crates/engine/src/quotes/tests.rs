//! Unit tests: one small text per construction, checked with [`check`]; then unbalanced and
//! adversarial input, and a property test that no input panics or yields a bad offset.

use super::*;
use proptest::prelude::*;

/// Checks that `input` yields exactly the quotations described by `expect`, one per line:
/// `quoted words | kind | speaker name or - | cue or -`. The speaker compared is the name resolved
/// in the document ([`Quote::speaker_name`]). Also checks the offset invariants.
#[track_caller]
pub(super) fn check(input: &str, expect: &str) {
    let got = extract(input);
    assert_invariants(input, &got);
    // A literal `\n` in `expect` stands for a line break inside a quotation.
    let expect = expect.replace("\\n", "\u{1}");
    let want: Vec<Vec<String>> = expect
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('|').map(|f| f.trim().replace('\u{1}', "\n")).collect())
        .collect();
    let show: Vec<String> = got
        .quotes
        .iter()
        .map(|q| {
            format!(
                "{} | {} | {} | {}",
                q.text(input),
                q.kind.as_str(),
                q.speaker_name.as_deref().unwrap_or("-"),
                q.cue.as_deref().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(got.quotes.len(), want.len(), "quotations:\n{}", show.join("\n"));
    for (q, w) in got.quotes.iter().zip(&want) {
        assert_eq!(q.text(input), w[0], "quotations:\n{}", show.join("\n"));
        if let Some(k) = w.get(1) {
            assert_eq!(q.kind.as_str(), k, "kind of “{}”; quotations:\n{}", w[0], show.join("\n"));
        }
        if let Some(s) = w.get(2) {
            assert_eq!(
                q.speaker_name.as_deref().unwrap_or("-"),
                s,
                "speaker of “{}”; quotations:\n{}",
                w[0],
                show.join("\n")
            );
        }
        if let Some(c) = w.get(3) {
            assert_eq!(q.cue.as_deref().unwrap_or("-"), c, "cue of “{}”; quotations:\n{}", w[0], show.join("\n"));
        }
    }
}

/// Every offset on a char boundary within the text, quotations sorted and apart.
#[track_caller]
fn assert_invariants(text: &str, x: &Extraction) {
    let ok = |s: Span| {
        s.start <= s.end
            && (s.end as usize) <= text.len()
            && text.is_char_boundary(s.start as usize)
            && text.is_char_boundary(s.end as usize)
    };
    let mut last_end = 0;
    for q in &x.quotes {
        assert!(ok(q.span()), "bad span {:?}", q.span());
        assert!(ok(q.open_mark) && q.open_mark.end <= q.start, "bad open mark {:?}", q.open_mark);
        if let Some(c) = q.close_mark {
            assert!(ok(c) && c.start >= q.end, "bad close mark {c:?}");
        }
        for s in [q.speaker_span, q.cue_span].into_iter().flatten() {
            assert!(ok(s), "bad span {s:?}");
        }
        assert!(q.open_mark.start >= last_end, "quotations overlap");
        last_end = q.close_mark.map_or(q.end, |c| c.end);
    }
    for i in &x.issues {
        assert!(ok(i.at), "bad issue span {:?}", i.at);
    }
}

// ----- speakers and cues ----------------------------------------------------------------------

#[test]
fn cue_after_name_then_verb() {
    check(
        "“We will win this race,” Maria Lopez said on Tuesday.",
        "We will win this race, | full | Maria Lopez | said",
    );
}

#[test]
fn cue_after_verb_then_name() {
    check("“We will win,” said Tom Baker, a spokesman for the campaign.", "We will win, | full | Tom Baker | said");
}

#[test]
fn cue_after_with_long_title() {
    check(
        "“No comment,” Canadian foreign ministry spokeswoman Ada Kerr said in a statement.",
        "No comment, | full | Ada Kerr | said",
    );
}

#[test]
fn cue_after_with_role_appositive() {
    check("“It is done,” a spokeswoman, Nora Field, said by email.", "It is done, | full | Nora Field | said");
}

#[test]
fn cue_before_with_colon() {
    check("Senator Ruth Alvarez said: “The bill is dead.”", "The bill is dead. | full | Ruth Alvarez | said");
}

#[test]
fn wrote_with_colon() {
    check(
        "The inspector wrote: “I found no evidence of fraud.”",
        "I found no evidence of fraud. | full | inspector | wrote",
    );
}

#[test]
fn cue_before_with_comma() {
    check("Later, Gov. Ben Ortiz told reporters, “We are ready.”", "We are ready. | full | Ben Ortiz | told");
}

#[test]
fn told_reporters_after() {
    check("“We are ready,” Ben Ortiz told reporters.", "We are ready, | full | Ben Ortiz | told");
}

#[test]
fn according_to_before() {
    check(
        "According to the Tribune, “the plan was shelved in May.”",
        "the plan was shelved in May. | full | Tribune | According to",
    );
}

#[test]
fn according_to_a_report_from() {
    check(
        "According to a 2021 report from the Open Data Institute, cities are “years behind” on privacy.",
        "years behind | partial | Open Data Institute | According to",
    );
}

#[test]
fn according_to_after() {
    check(
        "“Prices will rise,” according to a memo from Kestrel Bank.",
        "Prices will rise, | full | Kestrel Bank | according to",
    );
}

#[test]
fn tweeted_that_partial() {
    check(
        "Mayor Lin Zhou tweeted that she’d “had a great talk with the union” and that more was coming.",
        "had a great talk with the union | partial | Lin Zhou | tweeted",
    );
}

#[test]
fn speaking_via_interpreter() {
    check(
        "Omar Haddad, speaking via an interpreter, claimed “real progress” had been made.",
        "real progress | partial | Omar Haddad | claimed",
    );
}

#[test]
fn appositive_with_relative_clause() {
    check(
        "Dana Reyes, an economist who advised two governors, declared that the plan was “a fantasy.”",
        "a fantasy. | partial | Dana Reyes | declared",
    );
}

#[test]
fn parenthetical_between_subject_and_verb() {
    check("Senator Kim Park (via CNN) responded, “That is false.”", "That is false. | full | Kim Park | responded");
}

#[test]
fn pronoun_continued_resolves_to_previous_speaker() {
    check(
        "“We are close,” Ana Silva said.\n\n“We will keep talking,” she continued.",
        "We are close, | full | Ana Silva | said
         We will keep talking, | full | Ana Silva | continued",
    );
}

#[test]
fn pronoun_prefers_subject_of_previous_sentence() {
    check(
        "“No,” said Eli Stone.\n\nMayor Jo Grant was blunter. “It is over,” she said.",
        "No, | full | Eli Stone | said
         It is over, | full | Jo Grant | said",
    );
}

#[test]
fn pronoun_it_resolves_to_organisation() {
    check(
        "Brightwater Foods said Monday it would close two plants. It added that it had “no other choice.”",
        "no other choice. | partial | Brightwater Foods | added",
    );
}

#[test]
fn they_resolves_to_group() {
    check(
        "Teachers’ unions warned of strikes. They called the offer “an insult.”",
        "an insult. | partial | Teachers’ unions | called",
    );
}

#[test]
fn continuation_in_paragraph() {
    check(
        "“First point,” Lee Chen said. “Second point.”",
        "First point, | full | Lee Chen | said
         Second point. | full | Lee Chen | -",
    );
}

#[test]
fn continuation_across_paragraphs() {
    check(
        "“The market is turning,” said Priya Shah, an analyst.\n\n“Investors should be careful.”",
        "The market is turning, | full | Priya Shah | said
         Investors should be careful. | full | Priya Shah | -",
    );
}

#[test]
fn interrupted_sentence() {
    check(
        "“I respect the process,” he said, “but I will not wait forever.”",
        "I respect the process, | full | - | said
         but I will not wait forever. | full | - | said",
    );
}

#[test]
fn organisation_speaks() {
    check(
        "“The talks were productive,” the State Department said in an official readout.",
        "The talks were productive, | full | State Department | said",
    );
}

#[test]
fn named_organisation_writes() {
    check(
        "“Turnout fell in every county,” the Open Data Institute wrote.",
        "Turnout fell in every county, | full | Open Data Institute | wrote",
    );
}

#[test]
fn report_speaks_for_its_author() {
    check(
        "A 2022 report by the Civic Data Trust found gaps. Voters were “left in the dark,” the report said.",
        "left in the dark, | partial | Civic Data Trust | said",
    );
}

#[test]
fn description_resolves_to_named_organisation() {
    check(
        "The Harbor Growth Partnership backs the plan. The partnership said the delay was “regrettable.”",
        "regrettable. | partial | Harbor Growth Partnership | said",
    );
}

#[test]
fn speech_noun() {
    check(
        "That matches the governor’s claim that “nobody saw it coming.”",
        "nobody saw it coming. | partial | governor | -",
    );
    check("That matches Vance’s claim that “nobody saw it coming.”", "nobody saw it coming. | partial | Vance | -");
}

#[test]
fn colon_headline() {
    check("Senate candidate Ray Moss: “No new taxes.”", "No new taxes. | full | Ray Moss | -");
}

#[test]
fn asked_whether_belongs_to_question() {
    check(
        "Asked if the deal was “dead on arrival,” Ruth Kane declined to answer.",
        "dead on arrival, | partial | - | Asked",
    );
    check(
        "Asked by a reporter whether he would “walk away,” Tim Ross laughed.",
        "walk away, | partial | reporter | Asked",
    );
}

#[test]
fn question_then_lowercase_cue() {
    check("“Who pays for this?” she asked.", "Who pays for this? | full | - | asked");
}

#[test]
fn ending_sentence_is_not_attributed_to_next_clause() {
    check("“It is false.” Pat Moore said the memo was forged.", "It is false. | full | - | -");
}

#[test]
fn next_quote_cue_is_not_taken_by_previous() {
    check(
        "Jan Ruiz called the claims “pure fiction.” He added, “They know it.”",
        "pure fiction. | partial | Jan Ruiz | called
         They know it. | full | Jan Ruiz | added",
    );
}

#[test]
fn inflections_of_cue_verbs() {
    for (verb, lemma) in [
        ("says", "says"),
        ("insisted", "insisted"),
        ("bragged", "bragged"),
        ("testified", "testified"),
        ("warned", "warned"),
        ("explained", "explained"),
        ("concluded", "concluded"),
        ("argued", "argued"),
        ("noted", "noted"),
        ("declared", "declared"),
        ("responded", "responded"),
    ] {
        check(&format!("“We are fine,” Ida Brook {verb}."), &format!("We are fine, | full | Ida Brook | {lemma}"));
    }
}

#[test]
fn participle_cue_takes_clause_subject() {
    check(
        "In 2015, then-candidate Joe Vance dismissed the reports, saying, “They are rumors.”",
        // "saying" carries on the verb that frames the quotation: that verb is the cue.
        "They are rumors. | full | Joe Vance | dismissed",
    );
}

#[test]
fn group_speaker() {
    check(
        "State officials reported saying, “The system was never breached.”",
        "The system was never breached. | full | State officials | reported",
    );
}

// ----- kinds ----------------------------------------------------------------------------------

#[test]
fn partial_fragment_in_writer_sentence() {
    check(
        "Ken Wu bragged about the deal, saying it had relieved “heavy pressure” on him.",
        "heavy pressure | partial | Ken Wu | bragged",
    );
}

#[test]
fn term_scare_quote_and_name() {
    check("The servers were hacked by “Project Falcon” in June.", "Project Falcon | term | - | -");
    check("The aide’s “backroom deals” drew scrutiny.", "backroom deals | term | - | -");
}

#[test]
fn headline_echo_takes_body_speaker() {
    check(
        "Mayor: ‘We will rebuild’\n\n“We will rebuild. We always have,” Mayor Ann Doyle said.",
        "We will rebuild | full | Ann Doyle | -
         We will rebuild. We always have, | full | Ann Doyle | said",
    );
}

// ----- marks ----------------------------------------------------------------------------------

#[test]
fn straight_double_quotes() {
    check(
        "\"We're done,\" said Kim Lee. \"Go home.\"",
        "We're done, | full | Kim Lee | said\nGo home. | full | Kim Lee | -",
    );
}

#[test]
fn nested_single_quotes_are_kept() {
    check(
        "“He told me, ‘we have information,’ and left,” Sam Ode said.",
        "He told me, ‘we have information,’ and left, | full | Sam Ode | said",
    );
    check("\"He said 'no' twice,\" Sam Ode said.", "He said 'no' twice, | full | Sam Ode | said");
}

#[test]
fn apostrophes_are_never_marks() {
    check("Vance’s aides didn’t say what the ’90s rock ’n’ roll fans’ plan was.", "");
    check("It's the players' union's call, isn't it?", "");
}

#[test]
fn headline_single_quotes() {
    check("Mayor calls budget ‘a disaster’ for schools", "a disaster | partial | Mayor | calls");
    check("Council to weigh 'safe streets' plan", "safe streets | term | - | -");
}

#[test]
fn ellipses_and_brackets_kept() {
    check(
        "“…All [of it] is baseless,” he claimed. “[W]e never met.”",
        "…All [of it] is baseless, | full | - | claimed
         [W]e never met. | full | - | -",
    );
}

#[test]
fn multi_paragraph_quotation() {
    let t =
        "“The first part,” Ada Quinn said. “The second part.\n\n“The third part.\n\n“The last part.”\n\nThen she left.";
    check(
        t,
        "The first part, | full | Ada Quinn | said
         The second part.\\n\\n“The third part.\\n\\n“The last part. | full | Ada Quinn | -",
    );
    let q = &extract_quotes(t)[1];
    assert_eq!(q.paragraphs, 3);
    assert!(!q.unclosed);
}

#[test]
fn multi_paragraph_attribution_at_the_end() {
    check(
        "“The first part.\n\n“The last part,” said Ada Quinn.",
        "The first part.\\n\\n“The last part, | full | Ada Quinn | said",
    );
}

#[test]
fn byte_order_mark_and_zero_width_spaces() {
    check("\u{feff}“Yes,” Ada Quinn said.\u{200b}", "Yes, | full | Ada Quinn | said");
}

#[test]
fn crlf_text() {
    let t = "“Yes,” Ada Quinn said.\r\n\r\n“No.”\r\n";
    check(t, "Yes, | full | Ada Quinn | said\nNo. | full | Ada Quinn | -");
}

// ----- unbalanced marks -----------------------------------------------------------------------

#[test]
fn unclosed_quote_recovers_at_paragraph_end() {
    let t = "Ada Quinn said the plan was “a mess.\n\nOthers disagreed.";
    check(t, "a mess. | partial | Ada Quinn | said");
    let x = extract(t);
    assert!(x.quotes[0].unclosed);
    assert_eq!(x.issues.len(), 1);
    assert_eq!(x.issues[0].kind, IssueKind::Unclosed);
}

#[test]
fn unclosed_quote_before_next_quote() {
    let t = "“Hello, Ada Quinn said. “Goodbye,” she added.";
    check(t, "Hello, Ada Quinn said. | full | - | -\nGoodbye, | full | Ada Quinn | added");
}

#[test]
fn stray_closing_mark_is_reported() {
    let t = "She called it “technical, not political.”” Then she left.";
    check(t, "technical, not political. | partial | - | called");
    let x = extract(t);
    assert_eq!(x.issues.len(), 1);
    assert_eq!(x.issues[0].kind, IssueKind::StrayClose);
}

#[test]
fn unbalanced_marks_stay_in_their_paragraph() {
    let t = "A “stray mark.\n\n“Fine,” said Ada Quinn.";
    check(t, "stray mark. | term | - | -\nFine, | full | Ada Quinn | said");
}

// ----- adversarial input ----------------------------------------------------------------------

fn survive(t: &str) -> Extraction {
    let x = extract(t);
    assert_invariants(t, &x);
    x
}

#[test]
fn empty_and_blank_text() {
    assert_eq!(survive(""), Extraction::default());
    assert!(survive("   \n\n\t\r\n").quotes.is_empty());
}

#[test]
fn only_marks() {
    for t in ["“", "”", "\"", "'", "‘’", "“”", "\"\"", "“”“”", "\"\"\"\"\"", "« »", "„“", "’’’’", "‘‘‘", "\"'\"'\"'"]
    {
        assert!(survive(t).quotes.is_empty(), "{t}");
    }
}

#[test]
fn ten_thousand_unbalanced_marks() {
    for unit in ["“", "”", "\"", "‘", "’", "'", "“a ", "a” ", "\"a ", "“a ”b “", "“x,” he said. "]
    {
        let t = unit.repeat(10_000);
        survive(&t);
    }
    let mixed: String =
        (0..10_000).map(|i| ["“", "”", "\"", "‘", "’", "'", "a", " ", "\n", "said "][i * 7 % 10]).collect();
    survive(&mixed);
}

#[test]
fn emoji_and_combining_marks() {
    let t = "“Cafe\u{301} 👩‍👩‍👧 ok,” said Zoe\u{308} Ba\u{301}n. “🙂”\n\n“e\u{301}”";
    let x = survive(t);
    assert_eq!(x.quotes[0].text(t), "Cafe\u{301} 👩‍👩‍👧 ok,");
    assert_eq!(x.quotes[0].speaker_name.as_deref(), Some("Zoe\u{308} Ba\u{301}n"));
}

#[test]
fn control_and_odd_characters() {
    survive("\u{0}“\u{0}”\u{feff}“a\u{200b}b” \u{2028}“c”\u{2029}\u{85}”");
    survive(&"\u{301}".repeat(1000));
    survive(&format!("“{}”", "x".repeat(100_000)));
}

#[test]
fn extraction_is_serde_roundtrippable() {
    let x = extract("“Yes,” said Ada Quinn.");
    let bytes = postcard::to_allocvec(&x).expect("serialise");
    let back: Extraction = postcard::from_bytes(&bytes).expect("deserialise");
    assert_eq!(back, x);
}

// ----- speakers across a corpus ---------------------------------------------------------------

#[test]
fn speakers_merge_across_documents() {
    let a = extract_quotes("“We won,” Gov. Maria Lopez said.\n\n“We won,” Lopez said.");
    let b = extract_quotes("“Yes,” then-candidate Lopez said.\n\n“No,” said Foreign Minister Ivan Petrov.");
    let c = extract_quotes("“Maybe,” Petrov said. “Later,” said Ivan Petrov.");
    let table = canonical_speakers(&[&a, &b, &c]);
    let names: Vec<Option<&str>> = (0..2)
        .map(|i| table.canonical_of(0, i))
        .chain((0..2).map(|i| table.canonical_of(1, i)))
        .chain((0..2).map(|i| table.canonical_of(2, i)))
        .collect();
    assert_eq!(
        names,
        [
            Some("Maria Lopez"),
            Some("Maria Lopez"),
            Some("Maria Lopez"),
            Some("Ivan Petrov"),
            Some("Ivan Petrov"),
            Some("Ivan Petrov")
        ]
    );
    let lopez = table.lookup("then-candidate Lopez").expect("variant");
    assert_eq!(lopez.canonical, "Maria Lopez");
    assert!(lopez.variants.contains(&"Gov. Maria Lopez".to_string()));
    assert_eq!(lopez.quotes, 3);
}

#[test]
fn speaker_table_is_serde_roundtrippable() {
    let a = extract_quotes("“We won,” Gov. Maria Lopez said.");
    let table = canonical_speakers(&[&a]);
    let bytes = postcard::to_allocvec(&table).expect("serialise");
    let back: SpeakerTable = postcard::from_bytes(&bytes).expect("deserialise");
    assert_eq!(back, table);
}

#[test]
fn ambiguous_surname_is_not_merged() {
    let a = extract_quotes("“A,” said Ann Cole.");
    let b = extract_quotes("“B,” said Ben Cole.");
    let c = extract_quotes("“C,” Cole said.");
    let table = canonical_speakers(&[&a, &b, &c]);
    assert_eq!(table.canonical_of(0, 0), Some("Ann Cole"));
    assert_eq!(table.canonical_of(1, 0), Some("Ben Cole"));
    assert_eq!(table.canonical_of(2, 0), Some("Cole"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC*") {
        survive(&s);
    }

    #[test]
    fn quote_heavy_strings_never_panic(parts in proptest::collection::vec(prop_oneof![
        Just("“"), Just("”"), Just("\""), Just("‘"), Just("’"), Just("'"), Just(" "), Just("\n"), Just("\n\n"),
        Just("\r\n"), Just("said"), Just("he"), Just("Ada Quinn"), Just(","), Just("."), Just(":"), Just("…"),
        Just("e\u{301}"), Just("👩‍👧"), Just("according to"), Just("the report"), Just("Asked"), Just("•"),
        Just("—"), Just("("), Just(")"), Just("[W]"), Just("It"), Just("They"), Just("U.S."),
    ], 0..200)) {
        let s: String = parts.concat();
        survive(&s);
    }
}

// ----- how each speaker was found ---------------------------------------------------------------

#[test]
fn basis_says_how_each_speaker_was_found() {
    let t = "“We will win,” Maria Lopez said. “We always do.”\n\n“Next year too.”\n\n\
             A spokesman said the plan was “on track.” Lopez said she was “very confident.” She \
             said it was “the best season yet.”";
    let got: Vec<(String, Basis, bool)> =
        extract(t).quotes.iter().map(|q| (q.text(t).to_string(), q.basis, q.uncertain())).collect();
    assert_eq!(
        got,
        [
            ("We will win,".to_string(), Basis::Named, false),
            ("We always do.".to_string(), Basis::Carried, false),
            ("Next year too.".to_string(), Basis::CarriedOver, true),
            ("on track.".to_string(), Basis::Described, true),
            ("very confident.".to_string(), Basis::Named, false),
            ("the best season yet.".to_string(), Basis::Resolved, false),
        ]
    );
}

#[test]
fn nested_quotations_are_attributed_within_their_holder() {
    let t = "Bolton wrote: “I offered to resign and President Trump said, ‘Let’s talk about it tomorrow.’ I left.”\n\n\
             Zoe said “it felt like ‘am I going to die?’ for a while.”";
    let x = extract(t);
    let nested: Vec<(&str, Option<&str>, Attribution)> =
        x.nested.iter().map(|q| (q.text(t), q.speaker_name.as_deref(), q.attribution)).collect();
    assert_eq!(
        nested,
        [
            ("Let’s talk about it tomorrow.", Some("Trump"), Attribution::CueBefore),
            ("am I going to die?", Some("Zoe"), Attribution::Holder),
        ]
    );
    for q in &x.nested {
        assert!(x.quotes.iter().any(|h| h.start <= q.open_mark.start && q.close_mark.is_some_and(|c| c.end <= h.end)));
    }
}

#[test]
fn names_in_quotation_marks_are_terms() {
    check("A user labelled “Anonymous” posted the video.", "Anonymous | term | - | -");
    check(
        "Microsoft says on “The Internet Explorer 6 Countdown” that it is time to move on.",
        "The Internet Explorer 6 Countdown | term | - | -",
    );
    check("The WHO announced the name: “COVID-19” is to replace the old one.", "COVID-19 | term | - | -");
    check("“Yes We Can,” the crowd chanted.", "Yes We Can, | full | crowd | chanted");
}

#[test]
fn a_headline_repeating_the_body_is_an_echo() {
    let t = "Mayor: ‘We will rebuild the town’\n\n“We will rebuild the town. We always have,” Mayor Ann Doyle said.";
    let x = extract(t);
    assert_eq!(x.quotes[0].echo_of, Some(1));
    assert_eq!(x.quotes[0].speaker_name.as_deref(), Some("Ann Doyle"));
    assert_eq!(x.quotes[1].echo_of, None);
}

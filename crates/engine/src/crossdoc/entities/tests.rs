use super::*;
use crate::ingest::ingest;

fn entities(texts: &[&str]) -> Vec<Entity> {
    let docs: Vec<Document> =
        texts.iter().enumerate().map(|(i, t)| ingest(&format!("{i}.txt"), t).expect("ingests")).collect();
    find_entities(&docs, texts)
}

/// `expect`: (canonical name, kind, documents) for each entity expected; other entities may
/// exist unless named in `absent`.
#[track_caller]
fn check(texts: &[&str], expect: &[(&str, EntityKind, &[u32])], absent: &[&str]) {
    let got = entities(texts);
    let show = || {
        got.iter()
            .map(|e| format!("{} ({:?}) {:?} {:?}", e.name, e.kind, e.docs(), e.variants))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (name, kind, docs) in expect {
        let e = got.iter().find(|e| e.name == *name).unwrap_or_else(|| panic!("no entity {name:?} in\n{}", show()));
        assert_eq!((e.kind, e.docs()), (*kind, docs.to_vec()), "{name}\n{}", show());
    }
    for a in absent {
        assert!(
            !got.iter().any(|e| e.name == *a || e.variants.iter().any(|v| v == a)),
            "unexpected entity or variant {a:?} in\n{}",
            show()
        );
    }
}

use EntityKind::*;

const HEAD: &str = "An ordinary headline about events in the world\n\n";

#[test]
fn titles_are_stripped_and_make_persons() {
    let t = format!("{HEAD}Russian Foreign Minister Ada Korvell met reporters on Friday. Korvell said little.");
    check(
        &[&t],
        &[("Ada Korvell", Person, &[0])],
        &["Russian", "Foreign Minister", "Friday", "Russian Foreign Minister Ada Korvell"],
    );
}

#[test]
fn a_title_phrase_with_of_is_one_title() {
    let t = format!("{HEAD}The talks included Secretary of State Rob Dantley and others.");
    check(&[&t], &[("Rob Dantley", Person, &[0])], &["State Rob Dantley", "Secretary of State"]);
}

#[test]
fn office_before_a_title_is_an_organisation() {
    let t = format!("{HEAD}The Department of Homeland Security Secretary, Ian Morrow, spoke.");
    check(&[&t], &[("Department of Homeland Security", Organisation, &[0]), ("Ian Morrow", Person, &[0])], &[]);
}

#[test]
fn surnames_and_possessives_join_the_full_name() {
    let a = format!("{HEAD}President Dana Whitlock spoke on Monday. Whitlock’s aides agreed.");
    let b = format!("{HEAD}Critics said Whitlock's plan was late. President Whitlock did not reply.");
    check(&[&a, &b], &[("Dana Whitlock", Person, &[0, 1])], &["Whitlock’s", "Whitlock's"]);
}

#[test]
fn sentence_openers_are_not_names() {
    let t = format!("{HEAD}During the meeting nothing happened. The talks ended. Multiple sources confirmed it. However, Boris Tal left.");
    check(&[&t], &[("Boris Tal", Person, &[0])], &["During", "The", "Multiple", "However"]);
}

#[test]
fn a_sentence_start_counts_if_the_word_is_capitalised_elsewhere() {
    let t = format!("{HEAD}Officials met Gerd Hallam in the morning. Hallam said nothing. Reporters waited outside.");
    check(&[&t], &[("Gerd Hallam", Person, &[0])], &["Reporters", "Officials"]);
}

#[test]
fn spelling_variants_across_outlets_merge() {
    let a = format!("{HEAD}The call with President Oleksiy Berenskyy was short. Berenskyy agreed.");
    let b = format!("{HEAD}The call with President Oleksiy Berenskiy was short. Berenskiy agreed.");
    check(&[&a, &b], &[("Oleksiy Berenskiy", Person, &[0, 1])], &[]);
}

#[test]
fn different_given_names_are_different_people() {
    let a = format!("{HEAD}The senator Hannah Corbel spoke first, then Martin Corbel replied.");
    let got = entities(&[&a]);
    assert!(got.iter().any(|e| e.name == "Hannah Corbel") && got.iter().any(|e| e.name == "Martin Corbel"));
}

#[test]
fn an_ambiguous_surname_goes_to_the_person_named_in_the_article() {
    let a = format!("{HEAD}The writer Hannah Corbel spoke about books. Later Corbel left the room.");
    let b = format!("{HEAD}The writer Martin Corbel spoke about books. Later Corbel left the room.");
    let got = entities(&[&a, &b]);
    let h = got.iter().find(|e| e.name == "Hannah Corbel").expect("Hannah");
    let m = got.iter().find(|e| e.name == "Martin Corbel").expect("Martin");
    assert_eq!((h.mentions.len(), h.docs()), (2, vec![0]));
    assert_eq!((m.mentions.len(), m.docs()), (2, vec![1]));
}

#[test]
fn two_spellings_in_one_article_are_two_names() {
    let a = format!("{HEAD}Officers named Kovalenko and Kavalenko as suspects in the case.");
    let got = entities(&[&a]);
    assert!(!got.iter().any(|e| e.variants.len() > 1), "{got:?}");
}

#[test]
fn short_forms_join_their_long_names() {
    let a = format!("{HEAD}The Civic Rights League sued. The CRL said the court erred. Officials in the United States and the U.S. agreed.");
    check(&[&a], &[("Civic Rights League", Organisation, &[0]), ("United States", Place, &[0])], &[]);
    let got = entities(&[&a]);
    assert!(!got.iter().any(|e| e.name == "CRL" || e.name == "U.S."), "{got:?}");
    let us = got.iter().find(|e| e.name == "United States").expect("found");
    assert_eq!(us.variants, ["U.S.", "United States"]);
}

#[test]
fn kinds_from_head_nouns_prepositions_and_nationalities() {
    let a = format!("{HEAD}A Freedonian envoy flew in from Freedonia into the Oval Office, then on to Mistral Bay and later stayed in Castelmar for the Clean Oceans Treaty talks.");
    check(
        &[&a],
        &[
            ("Freedonia", Place, &[0]),
            ("Oval Office", Place, &[0]),
            ("Mistral Bay", Place, &[0]),
            ("Castelmar", Place, &[0]),
            ("Clean Oceans Treaty", Other, &[0]),
        ],
        &["Freedonian"],
    );
}

#[test]
fn a_building_is_a_place_where_things_happen_and_a_body_when_it_acts() {
    let a = format!("{HEAD}The talks were held inside the Amber Room and in the Civic Center. The Civic Center said it was pleased, and the Civic Center later issued a statement.");
    check(&[&a], &[("Civic Center", Organisation, &[0])], &[]);
    let b = format!("{HEAD}The envoy met the minister inside the Oval Office. Their Oval Office meeting ran long.");
    check(&[&b], &[("Oval Office", Place, &[0])], &[]);
}

#[test]
fn places_named_by_their_compass_point_office_or_apposition() {
    let a = format!("{HEAD}The list covered Trade, Iran, North Korea and tariffs. Mark Olsen, a Vermont senator, agreed. If somebody called from a country, Dorvania, he would listen.");
    check(
        &[&a],
        &[
            ("North Korea", Place, &[0]),
            ("Vermont", Place, &[0]),
            ("Dorvania", Place, &[0]),
            ("Mark Olsen", Person, &[0]),
        ],
        &[],
    );
}

#[test]
fn plural_short_forms_are_common_nouns_and_function_words_can_open_organisations() {
    let a = format!("{HEAD}These FAQs answer questions that CEOs ask. The policy, Just Security reported, was new, according to a report from Just Security. Pat Lee said so (via USA Today) last week.");
    check(
        &[&a],
        &[("Just Security", Organisation, &[0]), ("USA Today", Organisation, &[0])],
        &["FAQs", "FAQ", "CEOs", "Security", "USA"],
    );
}

#[test]
fn nationality_lexicon_makes_places() {
    let a = format!("{HEAD}Trade between Germany and Ukraine grew, officials from Ukraine said.");
    check(&[&a], &[("Germany", Place, &[0]), ("Ukraine", Place, &[0])], &[]);
}

#[test]
fn appositives_make_persons() {
    let a = format!("{HEAD}Oak Meadow, a policy expert who studies farms, disagreed.");
    check(&[&a], &[("Oak Meadow", Person, &[0])], &[]);
}

#[test]
fn title_then_comma_then_name() {
    let a = format!("{HEAD}They met the Freedonian Ambassador, Piet Lanar, twice.");
    check(&[&a], &[("Piet Lanar", Person, &[0])], &["Ambassador"]);
}

#[test]
fn headlines_only_mention_known_names() {
    let a = "Why Tall Ships Sail: A Story Of Patience And Grace\n\nThe captain, Lise Varga, said the ships were old. Varga laughed.";
    check(&[a], &[("Lise Varga", Person, &[0])], &["Tall Ships Sail", "Story", "Patience", "Grace"]);
}

#[test]
fn boilerplate_is_not_read() {
    let a = "A long enough headline for this article here\n\nThe mayor, Ines Ferraz, opened the bridge on a sunny afternoon in the old town today.\n\nRead More\nQuentin Albarn wins award for cooking";
    check(&[a], &[("Ines Ferraz", Person, &[0])], &["Quentin Albarn"]);
}

#[test]
fn common_word_runs_are_not_names() {
    let a = format!("{HEAD}They said they discussed Trade, Nuclear Arms Control, and Election Meddling with members of the Grand Council at length.");
    check(&[&a], &[("Grand Council", Organisation, &[0])], &["Trade", "Nuclear Arms Control", "Election Meddling"]);
}

#[test]
fn nicknames_and_initials_merge_full_names() {
    let a = format!("{HEAD}Former Vice President Joseph R. Kettering spoke. Joe Kettering later left.");
    check(&[&a], &[("Joseph R. Kettering", Person, &[0])], &[]);
    let got = entities(&[&a]);
    assert_eq!(got.iter().filter(|e| e.name.contains("Kettering")).count(), 1);
}

#[test]
fn datelines_are_places_and_their_agency_an_organisation() {
    let a = "Harbour reopens after the long winter storms\n\nPORT ELLIS (AP) — Officials reopened the harbour on a calm morning after weeks of storms.";
    check(&[a], &[("Port Ellis", Place, &[0]), ("AP", Organisation, &[0])], &["Officials", "PORT ELLIS"]);
}

#[test]
fn party_and_state_tags_are_not_names() {
    let a = format!("{HEAD}Senator Dana Brill, D-Ore., and Rep. Ola Finch, R-Tenn., voted against the bill.");
    check(
        &[&a],
        &[("Dana Brill", Person, &[0]), ("Ola Finch", Person, &[0])],
        &["D-Ore.", "R-Tenn", "D-Ore", "R-Tenn."],
    );
}

#[test]
fn and_stays_inside_organisation_names_only() {
    let a = format!("{HEAD}The Bureau of Roads and Bridges and the Office for Parks and Recreation met; Ann Vole and Ben Kray attended.");
    check(
        &[&a],
        &[
            ("Bureau of Roads and Bridges", Organisation, &[0]),
            ("Office for Parks and Recreation", Organisation, &[0]),
            ("Ann Vole", Person, &[0]),
            ("Ben Kray", Person, &[0]),
        ],
        &["Ann Vole and Ben Kray"],
    );
}

#[test]
fn of_after_a_name_introduces_a_place() {
    let a = format!("{HEAD}Senator Mara Toll of Westmark said the plan would pass easily.");
    check(&[&a], &[("Mara Toll", Person, &[0]), ("Westmark", Place, &[0])], &["Mara Toll of Westmark"]);
}

#[test]
fn one_word_institutions_after_the() {
    let a = format!("{HEAD}The bill passed the Senate on a close vote, and the House will take it up next.");
    check(&[&a], &[("Senate", Organisation, &[0]), ("House", Organisation, &[0])], &[]);
}

#[test]
fn a_sentence_listing_names_is_not_a_headline() {
    let a = format!("{HEAD}Attending were Sen. Ann Lee, Gov. Bo Park and Rep. Cy Dunn.");
    check(&[&a], &[("Ann Lee", Person, &[0]), ("Bo Park", Person, &[0]), ("Cy Dunn", Person, &[0])], &[]);
}

#[test]
fn initials_inside_names_and_mentions_exclude_possessive() {
    let text = format!("{HEAD}Critics of Mara Quint’s plan spoke.");
    let got = entities(&[&text]);
    let e = got.iter().find(|e| e.name == "Mara Quint").expect("found");
    assert_eq!(e.mentions[0].source.of(&text), "Mara Quint");
}

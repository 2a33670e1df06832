//! Unit tests for the clause that frames a quotation (the causes of sealed batch B's first run),
//! one small invented text each.

use super::tests::check;

#[test]
fn a_relative_clause_with_a_figure_is_passed_to_the_subject() {
    check(
        "The Harbor Nurses Union, which represents about 2,400 nurses, said the rota had been “drawn up in secret.”",
        "drawn up in secret. | partial | Harbor Nurses Union | said",
    );
}

#[test]
fn a_party_tag_after_a_name_is_passed() {
    check(
        "Sen. Clara Voss, R-Ohio, conceded that the agency had “done its homework” on the bridge.",
        "done its homework | partial | Clara Voss | conceded",
    );
}

#[test]
fn appositives_in_a_row_lead_back_to_the_name() {
    check(
        "Adm. Peter Lang, who runs the project, known as “Blue Kite,” insisted it was “nearly finished” this spring.",
        "Blue Kite, | term | - | -\nnearly finished | partial | Peter Lang | insisted",
    );
    check(
        "At the shelter, Milo, 9, holding a toy truck, said the fire \"sounded like a train.\"",
        "sounded like a train. | partial | Milo | said",
    );
}

#[test]
fn what_a_subject_blames_is_its_words() {
    check(
        "Sales fell again, which the Corn Growers Board blamed on “a wet spring and cheap imports.”",
        "a wet spring and cheap imports. | partial | Corn Growers Board | blamed",
    );
}

#[test]
fn a_second_verb_of_the_same_subject_is_its_cue() {
    check(
        "Rep. Ana Ford acknowledged that the board had “tried hard” but said voters were “left out” of it.",
        "tried hard | partial | Ana Ford | acknowledged\nleft out | partial | Ana Ford | said",
    );
}

#[test]
fn a_label_or_a_question_word_is_not_part_of_a_name() {
    check(
        "Neighbours Tom Hale and Rita Moss stood by the fence. “It was loud,” Hale said.",
        "It was loud, | full | Tom Hale | said",
    );
    check(
        "Harbor Freight Lines bought the yard.\n\nWhat Harbor Freight says\n\nHarbor Freight said the yard was “badly run down.”",
        "badly run down. | partial | Harbor Freight Lines | said",
    );
}

#[test]
fn the_person_of_an_action_beat_takes_the_next_quotation() {
    check(
        "Tom Hale and Rita Moss watched. “It was loud,” Hale said. Moss nodded. “I have never seen that.”",
        "It was loud, | full | Tom Hale | said\nI have never seen that. | full | Rita Moss | -",
    );
}

#[test]
fn a_plural_word_opening_one_name_is_part_of_it() {
    check(
        "Parents Against Noise, a charity, said the plan was “far too late.”",
        "far too late. | partial | Parents Against Noise | said",
    );
}

#[test]
fn and_after_another_verb_joins_that_verbs_predicate() {
    check(
        "The filing states that the driver, Joe Park, refused to stop and told police he would “not go quietly.”",
        "not go quietly. | partial | Joe Park | told",
    );
}

#[test]
fn a_place_closing_a_description_does_not_speak() {
    check(
        "The drug was made by Corvel Labs, a drug maker based in Austin, Texas, which said it would ship “before the winter.”",
        "before the winter. | partial | Corvel Labs | said",
    );
}

#[test]
fn a_statement_in_single_marks_goes_on_over_paragraphs() {
    let text = "In a statement, Jane Cole said: ‘I lost my savings.\n\n‘I believed him.\n\n‘I am 71 years old.’\n\nThe judge’s ‘firm view’ was clear.";
    let got = super::extract(text);
    assert_eq!(got.quotes.len(), 2);
    assert_eq!(got.quotes[0].paragraphs, 3);
    assert_eq!(got.quotes[0].speaker_name.as_deref(), Some("Jane Cole"));
    assert_eq!(got.quotes[1].text(text), "firm view");
}

//! Unit tests for how names are read in news English (the causes of sealed batch A's first run),
//! one small text each, written for the test.

use super::tests::check;

#[test]
fn a_nickname_in_marks_is_not_part_of_the_name() {
    check(
        "Leon “Tank” Harper scored 30 points on Friday.\n\n“I wanted the ball,” Harper said.",
        "Tank | term | - | -\nI wanted the ball, | full | Leon Harper | said",
    );
}

#[test]
fn a_place_after_a_titled_name_is_not_part_of_it() {
    check(
        "Sen. Maria Feld of Oregon called the plan “a giveaway.”\n\n“We can do better,” Feld said.",
        "a giveaway. | partial | Maria Feld | called\nWe can do better, | full | Maria Feld | said",
    );
    // An office with its place stays a title.
    check("Secretary of State Ana Ruiz said the talks were “productive.”", "productive. | partial | Ana Ruiz | said");
}

#[test]
fn british_and_police_titles_are_titles() {
    check(
        "Cllr Jane Hollis said the cuts were “painful.” Det. Sgt. Paul Weir said the case was “open.”",
        "painful. | partial | Jane Hollis | said\nopen. | partial | Paul Weir | said",
    );
}

#[test]
fn a_shared_surname_alone_is_the_main_persons() {
    check(
        "Rosa Lind repairs violins. She is the daughter of Tomás Lind, a carpenter.\n\n“Wood remembers,” Lind said.",
        "Wood remembers, | full | Rosa Lind | said",
    );
}

#[test]
fn a_paragraph_opening_with_he_is_about_the_person_just_introduced() {
    check(
        "“Wood remembers,” says Rosa Lind, a violin maker.\n\nShe trained in Italy.\n\nDaniel Ortiz, a cellist, brought her a cello.\n\n“She saved it,” he says.",
        "Wood remembers, | full | Rosa Lind | says\nShe saved it, | full | Daniel Ortiz | says",
    );
}

#[test]
fn a_person_of_an_organisations_unit_is_the_person() {
    check(
        "The coroner’s office said he died at once.\n\n“This was a cruel act,” Det. Sgt. Ray Dunn of the Akron Police Department’s traffic unit said Thursday.",
        "This was a cruel act, | full | Ray Dunn | said",
    );
}

#[test]
fn a_relative_clause_after_a_names_appositive_is_passed_with_it() {
    check(
        "Ana Petit, a partner at Northgate Capital, which led the round, said: “Robotics is a marathon.”",
        "Robotics is a marathon. | full | Ana Petit | said",
    );
}

#[test]
fn descriptions_resolve_to_the_body_the_article_names() {
    // "Police" to the one police force named; people named by an organisation's noun to it.
    check(
        "Sgt. Ray Dunn of the Akron Police Department spoke first.\n\nPolice said the car had “front-end damage.”",
        "front-end damage. | partial | Akron Police Department | said",
    );
    check(
        "East Harrow Borough Council is consulting on the plan. Council officers concluded that the homes are “no longer sustainable.”",
        "no longer sustainable. | partial | East Harrow Borough Council | concluded",
    );
    // A document possessed by a description; a report issued by a body, named after a participle.
    check(
        "The Lakeview Unified School District board met Monday. Adams Elementary is half empty, according to the district’s own facilities report, which called it “obsolete.”",
        "obsolete. | partial | Lakeview Unified School District | called",
    );
    check(
        "A report released last month by the Federal Climate Office reached similar conclusions.\n\n“Shade is a survival issue,” the report said.",
        "Shade is a survival issue, | full | Federal Climate Office | said",
    );
}

#[test]
fn a_person_who_gave_a_name_only_is_that_name() {
    check(
        "A shopper who gave her name only as Ana said the road was “a death trap.”",
        "a death trap. | partial | Ana | said",
    );
}

#[test]
fn an_unnamed_person_keeps_the_modifier_that_describes_them() {
    check(
        "A Western diplomat in Nairobi said donors were “waiting to see the numbers.” One person familiar with the matter described the talks as “slow but alive.”",
        "waiting to see the numbers. | partial | Western diplomat in Nairobi | said\nslow but alive. | partial | person familiar with the matter | described",
    );
}

#[test]
fn british_single_marks_hold_a_double_quotation() {
    let text = "Sam Reid was shocked. ‘When I asked the manager, she said, “We found out the same day you did,” and she was crying,’ he said.";
    let got = super::extract(text);
    assert_eq!(got.quotes.len(), 1);
    assert_eq!(got.quotes[0].speaker_name.as_deref(), Some("Sam Reid"));
    assert_eq!(got.nested.len(), 1);
    assert_eq!(got.nested[0].text(text), "We found out the same day you did,");
}

#[test]
fn a_headline_repeating_a_short_quotation_whole_echoes_it() {
    check(
        "School closure ‘a disgrace’, say parents\n\nJoan Pike called the closure ‘a disgrace’ on Monday.",
        "a disgrace | partial | Joan Pike | say\na disgrace | partial | Joan Pike | called",
    );
}

#[test]
fn a_word_in_marks_inside_a_noun_phrase_is_a_term() {
    check(
        "The firm said it would stop building its “Falcon” drone. Forecasters warned that a “polar vortex” could settle over the region. The coach said it was a “mild” sprain.",
        "Falcon | term | - | -\npolar vortex | term | - | -\nmild | partial | coach | said",
    );
}

#[test]
fn an_office_for_a_district_is_one_name() {
    check(
        "In its memorandum, the U.S. Attorney’s Office for the Southern District of New York wrote that he had “faked results.”",
        "faked results. | partial | U.S. Attorney’s Office for the Southern District of New York | wrote",
    );
}

#[test]
fn a_filing_states_and_is_its_authors() {
    check(
        "In a court filing last month, Paula Grant wrote that his client was “a visionary.”\n\n“He has lost everything,” the filing states.",
        "a visionary. | partial | Paula Grant | wrote\nHe has lost everything, | full | Paula Grant | states",
    );
}

#[test]
fn i_in_a_transcripts_answer_is_the_interviewee() {
    check(
        "Rosa Lind makes violins.\n\nAn edited excerpt of a conversation with Lind:\n\nQ: Is it hard?\n\nA: Waiting is. A student asked me, “Is it done?” and I told her, “It is never done.”",
        "Is it done? | full | student | asked\nIt is never done. | full | Rosa Lind | told",
    );
}

#[test]
fn a_short_phrase_a_naming_noun_introduces_is_a_term() {
    check(
        "Dr Nora Quinn warned of risks. ‘There’s a phrase we use, “transfer trauma”, and it is real,’ she said.",
        "There’s a phrase we use, “transfer trauma”, and it is real, | full | Nora Quinn | said",
    );
    let text = "Dr Nora Quinn warned of risks. ‘There’s a phrase we use, “transfer trauma”, and it is real,’ she said.";
    let nested = super::extract(text).nested;
    assert_eq!(nested.len(), 1);
    assert_eq!(nested[0].kind, super::QuoteKind::Term);
}

#[test]
fn a_name_right_after_the_closing_comma_beats_carrying_over() {
    check(
        "The office said he died of “injuries.”\n\n“This was a cruel act,” Ray Dunn deadpanned on Thursday.",
        "injuries. | partial | office | said\nThis was a cruel act, | full | Ray Dunn | -",
    );
}

#[test]
fn he_heading_a_nested_quotation_is_the_person_named_before_its_holder() {
    let text = "Lena Moss, a retired dentist, said she had invested after meeting Carl Brandt at a dinner.\n\n“He shook my hand and said, ‘Lena, you cannot lose,’” Moss said.";
    let got = super::extract(text);
    assert_eq!(got.quotes[0].speaker_name.as_deref(), Some("Lena Moss"));
    assert_eq!(got.nested.len(), 1);
    assert_eq!(got.nested[0].speaker_name.as_deref(), Some("Carl Brandt"));
    assert!(got.nested[0].uncertain());
}

#[test]
fn a_surname_in_capitals_labelling_a_transcript_is_the_person() {
    check(
        "Ana Perić won on Sunday.\n\nPERIĆ: It was windy.\n\n“I was lucky,” Perić said.",
        "I was lucky, | full | Ana Perić | said",
    );
}

#[test]
fn my_coach_is_the_coach_the_article_names() {
    check(
        "Ana Perić won on Sunday. Perić’s coach, Ivo Marin, watched from the stands.\n\nQ: What changed?\n\nPERIĆ: My coach kept telling me, “Stay calm, stay calm,” and I listened.",
        "Stay calm, stay calm, | full | Ivo Marin | telling",
    );
}

#[test]
fn she_after_a_paragraph_about_one_woman_is_that_woman() {
    check(
        "“We had nowhere to go,” said Rosa Vega, a retired nurse.\n\nA city spokeswoman, Ana Ruiz, said the rules were clear. “It is the law,” Ruiz said.\n\nVega has put her name on two waiting lists. Until then, she plans to stay with her son in Thornton.\n\n“I keep hoping,” she said.",
        "We had nowhere to go, | full | Rosa Vega | said\nIt is the law, | full | Ana Ruiz | said\nI keep hoping, | full | Rosa Vega | said",
    );
}

#[test]
fn a_noun_for_a_man_before_a_name_says_his_sex() {
    check(
        "Dana Holt was evicted.\n\nA company spokesman, Grant Moore, declined to comment. “It is premature,” Moore said.\n\n“I keep hoping,” she said.",
        "It is premature, | full | Grant Moore | said\nI keep hoping, | full | Dana Holt | said",
    );
}

#[test]
fn a_title_word_as_a_surname_is_the_surname() {
    check(
        "Her father, Tom Judge, said the family had left. “She keeps asking,” Judge said.",
        "She keeps asking, | full | Tom Judge | said",
    );
}

#[test]
fn a_place_possessive_is_not_part_of_an_organisation_name() {
    check(
        "LAGOS, Nigeria — Nigeria’s Ministry of Ports and Waterways said the backlog would clear “within weeks.”",
        "within weeks. | partial | Ministry of Ports and Waterways | said",
    );
}

#[test]
fn a_time_zone_and_a_dateline_are_never_speakers() {
    check(
        "DENVER, Colo. — 4:15 p.m. ET: Front Range Power Co. says crews are out. “Crews will work through the night,” the utility said.",
        "Crews will work through the night, | full | Front Range Power Co. | said",
    );
}

#[test]
fn a_role_description_is_the_person_named_in_that_role() {
    check(
        "In a statement, the hospital’s chief executive said the unit “accepts the findings.” “We are sorry,” said the executive, Dr. Camille Foster.",
        "accepts the findings. | partial | Camille Foster | said\nWe are sorry, | full | Camille Foster | said",
    );
    // The role's possessor must be the same.
    check(
        "Redwood’s head coach, Colin Baptiste, was angry. Marta Lindqvist made two changes.\n\n“We were poor,” Harbor City’s coach said.",
        "We were poor, | full | Harbor City’s coach | said",
    );
}

#[test]
fn a_document_says_who_issued_it_and_an_organisation_is_named_in_apposition() {
    check(
        "The audit, issued by the Vermont Transit Review Board in May, said the agency had “lost track of its buses.”",
        "lost track of its buses. | partial | Vermont Transit Review Board | said",
    );
    check(
        "In a letter, the union that represents about 400 drivers at Lakeview, the Granite Drivers Alliance, warned: “We are out of options.”",
        "We are out of options. | full | Granite Drivers Alliance | warned",
    );
}

#[test]
fn no_relation_is_never_a_speaker() {
    check(
        "Cllr Helen Ashworth, no relation, who leads the opposition group, said: “Residents will draw their own conclusions.”",
        "Residents will draw their own conclusions. | full | Helen Ashworth | said",
    );
    check(
        "Helen Ashworth, no relation, said: “Residents will decide.”",
        "Residents will decide. | full | Helen Ashworth | said",
    );
}

#[test]
fn i_in_an_answer_labelled_with_a_name_is_that_person() {
    check(
        "Rosa Lind, a baker in Porto, spoke to us in her shop.\n\nQ: What comes next?\n\nLind: My son wants to sell online. I said, “Never again.”",
        "Never again. | full | Rosa Lind | said",
    );
}

#[test]
fn a_role_in_the_appositive_after_a_name_is_that_person() {
    check(
        "Dana Whitcomb, the county’s emergency services commissioner, held a briefing.\n\nThe commissioner also warned that the shelters were “filling up fast.”",
        "filling up fast. | partial | Dana Whitcomb | warned",
    );
}

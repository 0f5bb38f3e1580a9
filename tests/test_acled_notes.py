"""ACLED's post-coup notes read right: what happened, to whom, how many (issue #23).

Every note here is written for the test in this project's own words, after the patterns of ACLED's
wording (its rows may not be copied: ../shared/real-data/acled/README.md). The real notes are checked
against the hand-made answer key in tests/test_acled_key.py.
"""

from __future__ import annotations

import re

import pytest

from analysis.errors import ParseError
from analysis.interop.acled_select import decide
from analysis.interop.acled_who import actor_in
from analysis.parse.counts import parse_count
from analysis.vocab import TROOP_ACTORS

MILITARY = "Military Forces of Myanmar (2021-)"
PDF = "PDF: People's Defense Force"
PLACE = "On 3 April 2025, in Kale township (Kale district, Sagaing region), "


def _event(notes: str, event_type: str = "Strategic developments", actor1: str = MILITARY, actor2: str = PDF):
    return {"country": "Myanmar", "event_type": event_type, "notes": notes, "actor1": actor1, "actor2": actor2}


# notes -> (outcome, actor, count as parse_count reads it: (best or low, qualifier), or None for no figure)
CASES = {
    "change to armed group": (
        "Change to armed group: " + PLACE + "two Myanmar army soldiers from an infantry battalion defected to a "
        "local People's Defense Force, bringing two rifles and ammunition.",
        ("defected", "junta_army", (2, "exact")),
    ),
    "surrender inside an armed clash": (
        PLACE + "the KIA and its allies overran an army base after three days. Fifteen soldiers, including a "
        "captain, surrendered to the attackers. Casualties unknown.",
        ("surrendered", "junta_army", (15, "exact")),
    ),
    "surrender when a town is taken": (
        PLACE + "resistance forces took the town after a week of fighting and about 30 troops surrendered.",
        ("surrendered", "junta_army", (30, "about")),
    ),
    "conscripts who deserted": (
        "Change to armed group: " + PLACE + "three conscripts from the training school deserted their posts at night.",
        ("fled", "junta_army", (3, "exact")),
    ),
    "soldiers who fled their base without joining anyone": (
        PLACE + "six soldiers ran away from their base and have not been seen since.",
        ("fled", "junta_army", (6, "exact")),
    ),
    "a Pyu Saw Htee member": (
        "Change to armed group: " + PLACE + "a 40-year-old Pyu Saw Htee member from the village defected to the "
        "local PDF with a carbine.",
        ("defected", "militia", (1, "exact")),
    ),
    "People's Militia members": (
        "Change to armed group: " + PLACE + "four members of the People's Militia Force defected along with rifles.",
        ("defected", "militia", (4, "exact")),
    ),
    "police officers": (
        "Change to armed group: " + PLACE + "two police officers from the town station defected to the CDM.",
        ("defected", "police", (2, "exact")),
    ),
    "a single police lance corporal": (
        "Change to armed group: " + PLACE + "a police lance corporal defected through a local defence group.",
        ("defected", "police", (1, "exact")),
    ),
    "a soldier with his wife and daughter": (
        "Change to armed group: " + PLACE + "a soldier from a light infantry battalion defected to the PDF along "
        "with his wife and daughter.",
        ("defected", "junta_army", (1, "exact")),
    ),
    "a sergeant and four soldiers are five": (
        "Change to armed group: " + PLACE + "a sergeant and four soldiers from an artillery unit defected.",
        ("defected", "junta_army", (5, "exact")),
    ),
    "a man taken who turned out to be a soldier": (
        PLACE + "a local defence team on patrol captured a man who turned out to be a military corporal.",
        ("captured", "junta_army", (1, "exact")),
    ),
    "a major apprehended by a PDF": (
        PLACE + "the local PDF apprehended a 35-year-old army captain at a checkpoint on the highway.",
        ("captured", "junta_army", (1, "exact")),
    ),
    "a resistance leader detained, named without a noun a figure counts": (
        PLACE + "army troops raided the village and detained the deputy leader of the local People's Defense Force.",
        ("captured", "resistance", (1, "exact")),
    ),
    "captured as prisoners alone is captured": (
        PLACE + "the Arakan Army attacked an army column and captured twelve soldiers as prisoners of war.",
        ("captured", "junta_army", (12, "exact")),
    ),
    "surrendered and were captured is a surrender": (
        PLACE + "more than 50 soldiers surrendered and were captured by the TNLA when the base fell.",
        ("surrendered", "junta_army", (50, "more_than")),
    ),
    "fled into Thailand": (
        PLACE + "fighting lasted two weeks; 9 soldiers died and eleven others fled to Thailand.",
        ("fled_across_border", "junta_army", (11, "exact")),
    ),
    "resistance members going over to the military": (
        "Change to armed group: " + PLACE + "a PDF platoon leader and two of his fighters defected to the Myanmar "
        "military with their weapons.",
        ("defected", "resistance", (3, "exact")),
    ),
    "dozens: no figure": (
        PLACE + "the combined force captured dozens of soldiers when the camp fell.",
        ("captured", "junta_army", None),
    ),
    "some troops: no figure": (
        PLACE + "some troops surrendered to the KNLA near the river.",
        ("surrendered", "junta_army", None),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_post_coup_notes_give_outcome_actor_and_count(case):
    notes, (outcome, actor, count) = CASES[case]
    d = decide(_event(notes))
    assert (d.keep, d.outcome, d.actor) == (True, outcome, actor), (case, d)
    if count is None:
        assert d.count_text == "" and "count left empty" in d.note, d
    else:
        c = parse_count(d.count_text)
        assert ((c.best if c.best is not None else c.low), c.qualifier) == count, (case, d.count_text)


def test_resistance_going_to_the_military_is_never_junta_personnel():
    d = decide(_event(CASES["resistance members going over to the military"][0]))
    assert d.actor not in TROOP_ACTORS


def test_relatives_are_never_counted_and_the_note_says_so():
    d = decide(_event(CASES["a soldier with his wife and daughter"][0]))
    assert d.count_text.lower().startswith("a soldier") and "relatives named in the notes are not counted" in d.note


def test_a_sum_is_explained_and_a_part_after_including_is_never_added():
    d = decide(_event(CASES["a sergeant and four soldiers are five"][0]))
    assert d.count_text == "5" and "sum of 'a sergeant' and 'four soldiers'" in d.note
    assert decide(_event(CASES["surrender inside an armed clash"][0])).count_text == "Fifteen"


def test_dozens_and_some_give_no_figure_with_the_reason():
    assert "'dozens of soldiers'" in decide(_event(CASES["dozens: no figure"][0])).note
    assert "'some troops'" in decide(_event(CASES["some troops: no figure"][0])).note


# notes that are not a surrender, defection, flight or capture of anyone in this event
LEFT_OUT = {
    # the three 2017-2020 false positives the issue quotes, in our words
    "a grenade at an abandoned camp": (
        PLACE + "a hand grenade went off at an abandoned armed group camp outside the village. No one was hurt.",
        "describes a place",
    ),
    "mortar rounds at an abandoned headquarters": (
        PLACE + "army mortar rounds landed on the abandoned KIA 14th battalion headquarters near the river.",
        "describes a place",
    ),
    "killed for trying to surrender": (
        PLACE + "three ULFA(I) cadres were shot dead by their own commander for trying to flee and surrender.",
        "did not happen",
    ),
    "urged to surrender": (PLACE + "resistance fighters urged the militia members to surrender.", "did not happen"),
    "soldiers who had deserted, arrested by the army": (
        PLACE + "the military arrested five soldiers who had deserted from the battalion last week.",
        "an arrest by the military",
    ),
    "prisoners released": (
        PLACE + "the AA freed 40 soldiers who were captured during the fighting last year.",
        "background",
    ),
    "the army recaptures its own conscripts": (
        PLACE + "Myanmar military troops detained four conscripts at a checkpoint.",
        "own personnel",
    ),
    "a camp captured, not people": (
        PLACE + "the KNLA captured the army's hilltop camp where about 40 soldiers were stationed.",
        "describes a place",
    ),
    "villagers detained": (
        PLACE + "army troops entered the village and detained 7 villagers.",
        "not named as soldiers, police, militia or fighters",
    ),
    "robbers detained by a PDF": (
        PLACE + "the local PDF detained four armed thieves who had robbed travellers.",
        "not named as soldiers, police, militia or fighters",
    ),
    "weapons captured": (PLACE + "the combined force captured 12 rifles.", "not named as soldiers"),
    "a man who turned out to be a trader": (
        PLACE + "the PDF detained a man who was a rice trader from the town.",
        "not named as soldiers",
    ),
    "someone held at a police station": (
        PLACE + "a teacher was arrested on the road. She was detained at the town police station.",
        "not read as a capture",
    ),
    "a soldier's wife captured": (PLACE + "the PDF captured a soldier's wife at the market.", "relatives of personnel"),
    "the wife of a soldier captured": (
        PLACE + "the wife of an army sergeant was captured by the PDF at the market.",
        "relatives of personnel",
    ),
    "a woman who was a soldier's wife": (
        PLACE + "the PDF captured a woman who was a soldier's wife.",
        "not named as soldiers",
    ),
    "a man who was once a soldier": (
        PLACE + "the PDF captured a man, who was a soldier in the 1990s, and his son.",
        "not named as soldiers",
    ),
    "a man who was a friend of soldiers": (
        PLACE + "the PDF captured a man who was a friend of soldiers.",
        "not named as soldiers",
    ),
    "a base named by its number": (
        PLACE + "the KNLA captured the No.5 battalion headquarters after a week of fighting.",
        "describes a place",
    ),
    "people handed over": (
        PLACE + "the fishermen were released and handed over to the authorities across the border.",
        "'handed over' is not of a base",
    ),
    "junta officials detained": (
        PLACE + "the PDF detained two junta officials of the township administration office.",
        "not named as soldiers",
    ),
    "civilians fled": (PLACE + "villagers fled their homes as the troops advanced.", "civilians, not personnel"),
    "a militia leader ran from an ambush": (
        PLACE + "a PDF ambushed a car; the Pyu Saw Htee leader left the car and fled.",
        "describes a place, an ambush",
    ),
}


@pytest.mark.parametrize("case", list(LEFT_OUT))
def test_what_is_not_a_surrender_is_left_out_with_its_reason(case):
    notes, why = LEFT_OUT[case]
    d = decide(_event(notes, event_type="Battles"))
    assert not d.keep and why in d.reason, (case, d)


def test_an_event_elsewhere_and_a_protest_are_left_out():
    assert decide({**_event("20 soldiers surrendered."), "country": "Thailand"}).reason == "outside Myanmar"
    assert decide(_event("People marched calling on the junta to surrender.", "Protests")).reason == "a protest or riot"


@pytest.mark.parametrize(
    ("words", "actor"),
    [
        ("a 35-year-old army captain", "junta_army"),  # 'old army' is no armed group
        ("junta army soldiers", "junta_army"),
        ("Burma army troops", "junta_army"),
        ("the Shan State Army", "armed_group"),
        ("the People's Liberation Army", "armed_group"),  # 'People's' names a group, not civilians
        ("people fleeing the fighting", "civilians"),
    ],
)
def test_who_the_words_name(words, actor):
    assert actor_in(words) == actor


# wording that looks like a defection, flight or capture and is none (found by a review of the new wording)
NOT_JUNTA = {
    "came over to a village": PLACE + "about 50 soldiers came over to the village and arrested three men.",
    "went over to a house": PLACE + "two soldiers went over to a house and shot a man.",
    "crossed over to a river bank": PLACE + "junta troops crossed over to the west bank and clashed with the PDF.",
    "a fighter jet crossed into Thai airspace": PLACE + "a junta fighter jet crossed into Thai airspace twice.",
    "shells crossed into Thailand": PLACE + "junta artillery shells crossed into Thailand near the river.",
    "crossed to attack": PLACE + "troops crossed the border into Bangladesh to attack AA positions.",
    "crossed to buy food": PLACE + "soldiers crossed into Thailand to buy food and returned at night.",
    "holding prisoners: a running total": PLACE
    + "the AA said it was holding more than 100 soldiers as prisoners of war.",
    "took soldiers to hand them back": PLACE
    + "the KIA took 7 soldiers to the Chinese border to hand them back as prisoners.",
    "took back in an exchange": PLACE + "the military took back 12 soldiers in a prisoner exchange with the AA.",
    "a video capturing soldiers": PLACE + "the PDF released a video capturing soldiers beating a man.",
    "they: the houses' owners": PLACE + "villagers said soldiers burned 20 houses. They fled to Thailand.",
    "they: after the KNLA seized the post": PLACE + "After the KNLA seized the post, they fled to Thailand.",
    "junta officials took refuge": PLACE + "two junta officials took refuge in China after the town fell.",
    "junta-appointed administrators fled": PLACE + "two junta-appointed ward administrators fled the town.",
    "a junta official switched allegiance": PLACE + "a junta official switched allegiance to the NUG.",
    "security guards of a company captured": PLACE + "the TNLA captured three security guards of a Chinese company.",
    "education inspectors fled": PLACE + "three education inspectors fled the town after airstrikes.",
    "reports said to be false": PLACE + "the junta said reports that 50 soldiers surrendered to the AA were false.",
    "the surrender of a camp": PLACE + "after the surrender of the camp, the KIA said 30 soldiers were killed.",
    "a total claimed for a month": PLACE + "a leader of the NUG said 15 soldiers defected in February.",
    "a total claimed since a date": PLACE + "the PDF said 120 soldiers have defected to it since January 2025.",
}


@pytest.mark.parametrize("case", list(NOT_JUNTA))
def test_wording_that_only_looks_like_it_is_never_junta_personnel(case):
    d = decide(_event(NOT_JUNTA[case], event_type="Battles"))
    assert not (d.keep and d.actor in TROOP_ACTORS), (case, d)


def test_a_local_pdf_is_resistance_and_wounded_men_do_not_end_the_clause():
    d = decide(
        _event(PLACE + "seven members of a local PDF surrendered to the Myanmar military.", actor1=PDF, actor2=MILITARY)
    )
    assert d.keep and d.outcome == "surrendered" and d.actor == "resistance"
    d = decide(_event(PLACE + "around 45 soldiers, among them several wounded men, surrendered to the KIA.", "Battles"))
    assert d.keep and d.actor == "junta_army" and d.count_text == "around 45"


def test_a_total_claimed_for_a_period_is_left_out_as_a_claim_and_a_total_of_an_event_is_kept():
    d = decide(_event(PLACE + "a leader of the NUG said 15 soldiers defected in February."))
    assert not d.keep and "a claim, not an event" in d.reason
    d = decide(_event(PLACE + "a total of 12 soldiers died and 11 others fled to Thailand.", "Battles"))
    assert d.keep and d.outcome == "fled_across_border" and d.count_text == "11"


def test_a_denial_in_another_clause_does_not_undo_a_surrender_and_unnumbered_people_leave_the_count_empty():
    d = decide(_event(PLACE + "the junta denied losing the town, but 40 soldiers surrendered to the AA.", "Battles"))
    assert d.keep and d.outcome == "surrendered" and d.count_text == "40"
    d = decide(_event(PLACE + "the battalion commander and his bodyguards fled to India.", "Battles"))
    assert d.keep and d.count_text == "" and "not all with a figure" in d.note


def test_one_figure_for_soldiers_and_their_families_is_mixed_never_personnel():
    """'160 soldiers and family members' is one figure, not split: actor mixed (as the record has such figures),
    never counted as junta personnel; 'with their families' keeps the figure the soldiers'."""
    d = decide(_event(PLACE + "a total of 160 soldiers and family members surrendered to the KIA.", "Battles"))
    assert (d.keep, d.outcome, d.actor, d.count_text) == (True, "surrendered", "mixed", "160")
    assert "not split" in d.note and "relatives named in the notes are not counted" not in d.note
    d = decide(_event(PLACE + "12 soldiers with their families surrendered to the KIA.", "Battles"))
    assert (d.actor, d.count_text) == ("junta_army", "12") and "relatives named in the notes are not counted" in d.note
    d = decide(_event(PLACE + "family members of soldiers from LIB-130 fled the battalion compound.", "Battles"))
    assert not d.keep and d.reason.startswith("the people named are relatives")


def test_a_clause_after_a_comma_has_its_own_subject_and_named_people_come_before_unknown_ones():
    d = decide(_event(PLACE + "the AA surrounded the police station, and 23 police officers surrendered.", "Battles"))
    assert (d.actor, d.count_text) == ("police", "23")
    d = decide(_event(PLACE + "more than 260 BGP members and soldiers fled into Bangladesh.", "Battles"))
    assert (d.outcome, d.actor) == ("fled_across_border", "junta_personnel")
    said = "the KNDF overran the police station. 14 police officers were captured, and the remaining officers fled."
    d = decide(_event(PLACE + said, "Battles"))  # who fled is not named: the capture of named people is the row
    assert (d.outcome, d.actor, d.count_text) == ("captured", "police", "14") and "also say fled" in d.note
    killed = "the KNDF overran the police station. 14 police officers were killed, and {} fled into Thailand."
    for rest in ("the rest", "the others", "the rest of them"):  # police, but not the 14 (the rule said 14)
        d = decide(_event(PLACE + killed.format(rest), "Battles"))
        assert (d.outcome, d.actor, d.count_text) == ("fled_across_border", "police", ""), rest


def test_a_quoted_figure_a_hyphenated_rank_and_a_speakers_own_troops():
    said = "a spokesman told local media that 'a sergeant and four privates came over to our side' in the fighting."
    d = decide(_event(PLACE + said, "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("defected", "junta_army", "5")  # the rule said 'four'
    d = decide(
        _event("Change to armed group: " + PLACE + "a sergeant-major of BGF Battalion-1018 defected to the KNDO.")
    )
    assert (d.actor, d.count_text) == ("bgf", "a sergeant-major") and parse_count(d.count_text).best == 1
    d = decide(_event(PLACE + "the local PDF said its troops abandoned four positions after airstrikes.", "Battles"))
    assert (d.outcome, d.actor) == ("positions_abandoned", "resistance")  # not the junta's troops


def test_positions_named_one_by_one_are_counted_and_places_that_say_where_are_not():
    def positions(said: str) -> tuple[str, str]:
        d = decide(_event(PLACE + said, "Strategic developments"))
        assert d.keep and d.outcome == "positions_abandoned", d
        return d.count_text, d.note

    assert positions("police abandoned the Kyaung Kone police outpost and withdrew to the town.")[0] == (
        "the Kyaung Kone police outpost"
    )
    count, note = positions("the military abandoned its Nat Kan outpost and three other nearby camps.")
    assert count == "4" and "sum of 'its Nat Kan outpost' and 'three other nearby camps'" in note
    assert positions("the military abandoned three outposts near the town and withdrew to the LIB-379 base.")[0] == (
        "three"
    )  # the base they withdrew to and the town they were near are not abandoned
    assert positions("the BGF abandoned its two bases on the riverbank.")[0] == "two"
    assert positions("the troops abandoned their battalion base on the edge of the town.")[0] == "their battalion base"
    assert positions("the military abandoned its camps around the town.")[0] == ""
    assert parse_count("the Kyaung Kone police outpost").best == 1
    assert positions("the military abandoned both camps near the town after the KNDF attacked.")[0] == "both"
    assert parse_count("both").best == 2
    with pytest.raises(ParseError):
        parse_count("twenty both")  # 'both' is two, never part of a compound figure


def test_figures_as_notes_write_them_a_dozen_a_range_an_apposition_and_a_medic():
    def counted(said: str) -> str:
        return decide(_event(PLACE + said, "Battles")).count_text

    assert counted("the military captured a dozen members of the local PDF and killed 3 others.") == "a dozen"
    assert counted("between 20 and 30 soldiers and police were captured by the PDF.") == "between 20 and 30"
    assert parse_count("between 20 and 30").qualifier == "range"
    assert counted("an air force technician, a corporal from the air base, defected to the PDF.") == (
        "an air force technician"
    )  # one man named twice, not two
    assert counted("a Myanmar military medic from LIB-274 defected to the CDF.") == "a Myanmar military medic"


def test_the_rest_who_fled_do_not_take_the_row_from_those_taken_prisoner():
    said = "At least 12 soldiers were taken prisoner, while the remaining troops fled to the town."
    d = decide(_event(PLACE + "the TNLA captured the hill outpost. " + said, "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("captured", "junta_army", "At least 12") and "also say fled" in d.note


def test_withdrew_from_a_base_is_an_abandonment_and_from_a_village_is_not():
    d = decide(_event(PLACE + "the Myanmar military withdrew from two outposts near the town ahead of the offensive."))
    assert (d.keep, d.outcome, d.actor, d.count_text) == (True, "positions_abandoned", "junta_army", "two")
    d = decide(_event(PLACE + "2 soldiers were killed, and military troops subsequently withdrew from the village."))
    assert not d.keep and d.reason.startswith("'withdrew from' names no base")


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("eight soldiers of LIB-222 broke away from the Tatmadaw and joined the PDF.", "eight"),
        ("three soldiers broke away from the SAC and joined the local PDF.", "three"),
        ("two soldiers cut ties with the army and joined the PDF.", "two"),
    ],
)
def test_the_junta_by_any_of_its_names_is_left_by_a_defection(said, count):
    """'broke away from' and 'cut ties with' read every name of the junta (acled_text.JUNTA_NAMES), not only some."""
    d = decide(_event(PLACE + said))
    assert (d.keep, d.outcome, d.actor, d.count_text) == (True, "defected", "junta_army", count)


@pytest.mark.parametrize(
    ("correction", "count"),
    [
        ("Mizzima later corrected its report, saying 13 soldiers had surrendered.", "13"),
        ("Mizzima later corrected its report, saying only eight had surrendered.", "eight"),
        ("Mizzima later corrected its report to say 13 soldiers had surrendered.", "13"),
        ("It later corrected its report, saying 30 police officers, not soldiers, had surrendered.", "30"),
        ("Mizzima later corrected its report, saying 13 soldiers had been captured.", "30"),
    ],
)
def test_a_report_corrected_to_another_figure_of_the_same_act_counts_that_figure(correction, count):
    """The forty-fourth review: the corrected figure of the same act and people; not another act's, nor the figure
    of other people (the first figure and side stay: a change of side is not read)."""
    d = decide(_event(PLACE + "Mizzima reported that 30 soldiers surrendered to the PDF. " + correction, "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("surrendered", "junta_army", count), d


def test_set_9_wording_corrected_reports_general_orders_asides_hill_names_and_others():
    said = "reports claimed 30 soldiers had surrendered, but local media later corrected the reports."
    assert not decide(_event(PLACE + said, "Battles")).keep
    said = "the military warned that soldiers who desert or defect would be tried by military tribunal."
    assert not decide(_event(PLACE + said, "Strategic developments")).keep
    said = "the PDF said the corporal, who had been sent to the front in September, had defected to the group."
    d = decide(_event("Change to armed group: " + PLACE + said))
    assert (d.keep, d.outcome, d.count_text) == (True, "defected", "the corporal")  # 'in September' is an aside
    d = decide(_event(PLACE + "over a hundred soldiers and family members surrendered to the KIA.", "Battles"))
    assert (d.actor, d.count_text) == ("mixed", "over a hundred")
    d = decide(_event(PLACE + "the KIA vacated its position on Point 1155 hill after airstrikes.", "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("positions_abandoned", "armed_group", "its position")
    said = "the AA captured twenty-one military troops alive, and seven others surrendered to the AA."
    d = decide(_event(PLACE + said, "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("surrendered", "junta_army", "seven")  # the others are troops
    d = decide(_event(PLACE + "the military freed 14 detained TNLA members in an exchange.", "Other"))
    assert not d.keep and "taken earlier" in d.reason


def test_set_10_wording_deserted_roads_received_by_a_group_a_district_of_thailand_and_named_groups():
    d = decide(_event(PLACE + "fighting broke out. The roads into the town were deserted after the curfew.", "Battles"))
    assert not d.keep
    said = "a police constable contacted the PDF and was received by its members, bringing a G3 rifle."
    d = decide(_event("Change to armed group: " + PLACE + said, actor1="Police Forces of Myanmar (2021-)"))
    assert (d.outcome, d.actor, d.count_text) == ("defected", "police", "a police constable")
    said = "two soldiers from LIB-355 crossed the Moei river into Mae Sot district, Thailand, and asked for protection."
    d = decide(_event(PLACE + said, "Strategic developments"))
    assert (d.outcome, d.actor, d.count_text) == ("fled_across_border", "junta_army", "two")
    said = "a corporal and two privates from the Border Guard Force Battalion 1014 defected to the KNLA."
    assert decide(_event("Change to armed group: " + PLACE + said)).actor == "bgf"
    said = "the Karenni Nationalities Defense Force (KNDF) withdrew from two hilltop positions after airstrikes."
    assert decide(_event(PLACE + said, "Battles")).actor == "armed_group"
    said = "the military held a ceremony for people who had 'returned to the legal fold', military media said."
    assert not decide(_event(PLACE + said, "Strategic developments")).keep
    said = "the PDF attacked the police station. Nine police officers were captured, while the station commander "
    d = decide(_event(PLACE + said + "and two other officers escaped.", "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("fled", "police", "3")  # the others are police: fled first


# set 11's wording (written for variety): verbs ACLED's coders and their sources use beside the usual ones
VARIED = {
    "gave up to": ("at least 36 members of the Border Guard Police gave up to the AA.", "surrendered", "police"),
    "capitulated": ("the garrison of about 35 troops capitulated to the KNLA.", "surrendered", "junta_army"),
    "put down their arms": ("12 soldiers put down their arms before the KIA.", "surrendered", "junta_army"),
    "sought shelter with": ("some 30 soldiers sought shelter with the Arakan Army.", "defected", "junta_army"),
    "left the army to join": ("a sergeant and four privates left the army to join the PDF.", "defected", "junta_army"),
    "absconded": ("two privates from IB-274 absconded from the camp with their rifles.", "fled", "junta_army"),
    "went AWOL": ("scores of conscripts went AWOL on the way to the front.", "fled", "junta_army"),
    "slipped away": ("three members of LIB-306 slipped away from their company base.", "fled", "junta_army"),
    "took shelter in": ("at least 58 BGP personnel took shelter in Bangladesh.", "fled_across_border", "police"),
    "entered China": ("over 120 soldiers entered China's Yunnan province.", "fled_across_border", "junta_army"),
    "taken alive": ("more than 30 troops from LIB-331 were taken alive.", "captured", "junta_army"),
    "caught": ("the PDF caught five security personnel at a roadblock.", "captured", "junta_personnel"),
    "seized": ("the KNLA seized a dozen BGF members along with their rifles.", "captured", "bgf"),
    "pulled out of": ("security forces pulled out of the police station and an army camp.", "positions_abandoned", ""),
}


@pytest.mark.parametrize("case", list(VARIED))
def test_varied_wording_is_read(case):
    said, outcome, actor = VARIED[case]
    heading = "Change to armed group: " if outcome == "defected" else ""  # where 'joined' and its like are read
    d = decide(_event(heading + PLACE + said, "Battles"))
    assert (d.keep, d.outcome) == (True, outcome), (case, d)
    assert d.actor == (actor or "junta_personnel"), (case, d)


def test_varied_wording_that_is_no_event():
    for said in (
        "One of the trucks was caught on fire, killing nine soldiers.",  # no one caught
        "a soldier who tried to defect was caught by soldiers of his own unit.",  # no capture by the other side
        "rumours spread that the commander had fled the town by helicopter.",  # a rumour
        "the police station had been seized and occupied by members of the PDF.",  # a place
    ):
        d = decide(_event(PLACE + said, "Battles"))
        assert not (d.keep and d.actor in TROOP_ACTORS), (said, d)
    d = decide(_event(PLACE + "security forces pulled out of the town's police station and an army camp."))
    assert d.count_text == "2"  # 'the town's': a town named, not a position
    said = "roughly 60 conscripts from the No. 9 training school escaped and joined the PDF."
    assert decide(_event("Change to armed group: " + PLACE + said)).count_text == "roughly 60"
    said = "a warrant officer working as an aircraft technician joined the NUG's programme."
    assert decide(_event("Change to armed group: " + PLACE + said)).outcome == "defected"


def test_set_13_wording_n_others_trainees_the_counted_telling_and_an_event_coded_separately():
    said = "the AA captured 12 military soldiers and 4 others surrendered along with their weapons."
    d = decide(_event(PLACE + said, "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("surrendered", "junta_army", "4")  # not the AA's, not 16
    said = "nine newly conscripted trainees fled from a military training school."
    assert decide(_event("Change to armed group: " + PLACE + said)).count_text == "nine"
    said = "the regional command surrendered to the MNDAA. The MNDAA claimed that more than 1,600 troops, police "
    d = decide(_event(PLACE + said + "officers and their family members surrendered.", "Battles"))
    assert (d.actor, d.count_text) == ("mixed", "more than 1,600")  # the telling with a figure is the row
    said = "the military bombed the town a day after troops at the camp surrendered to the AA (coded separately)."
    assert not decide(_event(PLACE + said, "Explosions/Remote violence")).keep
    said = "30 soldiers crossed into India's Manipur state after fighting near Khampat town (coded separately)."
    assert decide(_event(PLACE + said, "Strategic developments")).outcome == "fled_across_border"


# a review's notes against the new wording (set 11 onwards): what it must read, and what it must leave alone
REVIEWED = {
    "a sergeant and two others": ("a sergeant and two others from LIB 345 defected to the PDF.", ("defected", "3")),
    "twelve soldiers and 4 others": ("twelve soldiers and 4 others surrendered to the AA.", ("surrendered", "16")),
    "a unit number before the verb": ("KNLA Brigade 5 captured three junta soldiers.", ("captured", "three")),
    "a rumour in another clause": (
        "amid rumours that the town would be bombed, 12 soldiers defected.",
        ("defected", "12"),
    ),
    "others after an agent": (
        "three police were shot dead by the PDF, and two others surrendered.",
        ("surrendered", "two"),
    ),
    "a corporal and his family": ("a corporal and his family defected to the PDF.", ("defected", "a corporal")),
    "wounded, then a clause": (
        "the KIA wounded three soldiers and 20 troops surrendered to it.",
        ("surrendered", "20"),
    ),
    "the remaining 15": ("the PDF captured two soldiers, and the remaining 15 surrendered.", ("surrendered", "15")),
    "received across a border": (
        "nine soldiers entered India and were received by Assam Rifles.",
        ("fled_across_border", "nine"),
    ),
    "as many as": ("the AA captured as many as 80 soldiers.", ("captured", "as many as 80")),
    "persons accused": ("junta troops detained five persons accused of supporting the PDF.", None),
    "seized weapons from": ("the PDF seized weapons and ammunition from junta soldiers.", None),
    "caught sight of": ("PDF scouts caught sight of about 50 junta troops.", None),
    "caught in crossfire": ("two civilians were caught in crossfire between junta troops and the PDF.", None),
    "gave up an attempt": ("the military gave up its attempt to retake the town.", None),
    "capitulated to pressure": ("the junta capitulated to Chinese pressure and agreed to a ceasefire.", None),
    "withdrew from a village near": ("junta troops withdrew from the village near their base.", None),
    "the liberated area, not defecting": (
        "junta troops came to the liberated area of Kale and burned 40 houses.",
        None,
    ),
    "entered to attend talks": ("junta soldiers entered China to attend border talks.", None),
    "shelter in the border area": ("junta soldiers took shelter in a monastery in the border area.", None),
    "none taken alive": ("the PDF said none of the soldiers were taken alive.", None),
    "security forces take their own": ("security forces detained two soldiers who had deserted from LIB 55.", None),
    "welcomed by their families": ("two conscripts who deserted were welcomed by their families.", None),
}


@pytest.mark.parametrize("case", list(REVIEWED))
def test_reviewed_wording(case):
    said, expected = REVIEWED[case]
    change = expected is not None and expected[0] == "defected" or case.startswith("welcomed")
    d = decide(_event(("Change to armed group: " if change else "") + PLACE + said, "Battles"))
    if expected is None:
        assert not (d.keep and d.actor in TROOP_ACTORS), (case, d)
    else:
        assert (d.keep, d.outcome, d.count_text) == (True, *expected), (case, d)
        assert d.actor in TROOP_ACTORS, (case, d)


def test_set_15_wording_one_camp_told_twice_pro_military_the_other_and_a_desertion_across_a_border():
    said = "the Pyu Saw Htee members abandoned their camp in the monastery after the PDF attacked the camp."
    assert decide(_event(PLACE + said, "Strategic developments")).count_text == "their camp"  # not 2 camps
    said = "two members of the pro-military People's Militia Force defected to the KIA."
    assert decide(_event("Change to armed group: " + PLACE + said)).actor == "militia"
    said = "the PDF attacked two police officers. One police officer was killed and the other was captured."
    d = decide(_event(PLACE + said, "Battles"))
    assert (d.outcome, d.actor) == ("captured", "police")
    said = "three soldiers from LIB-567 deserted and fled across the border to China's Yunnan province."
    d = decide(_event("Change to armed group: " + PLACE + said))
    assert (d.outcome, d.count_text) == ("fled_across_border", "three") and "also say fled" in d.note


def test_held_as_prisoners_after_a_fight_is_a_capture_and_a_running_total_is_not():
    said = "the KIA said at least 11 soldiers from the column were held as prisoners of war after the ambush."
    d = decide(_event(PLACE + said, "Battles"))
    assert (d.outcome, d.actor, d.count_text) == ("captured", "junta_army", "at least 11")
    assert not decide(_event(PLACE + "the AA said it was holding 100 soldiers as prisoners of war.", "Battles")).keep
    assert not decide(_event(PLACE + "the soldiers held the hill as the PDF advanced.", "Battles")).keep


def test_set_16_wording_an_apposition_in_a_relative_clause_and_people_including_soldiers_and_families():
    said = "police arrested a woman whose husband, a military sergeant, had deserted from IB-63 in March."
    assert not decide(_event(PLACE + said, "Violence against civilians")).keep
    said = "a group of 17 people, including soldiers from LIB-603 and their family members, defected to the KNLA."
    d = decide(_event("Change to armed group: " + PLACE + said))
    assert (d.outcome, d.actor, d.count_text) == ("defected", "mixed", "17")


def test_an_arrest_of_junta_personnel_by_an_armed_group_is_a_capture_and_an_arrest_by_the_military_is_not_read():
    said = "the People's Defense Force - Tanintharyi arrested a Myanmar military sergeant from LIB-358 at a checkpoint."
    d = decide(_event(PLACE + said, "Strategic developments", actor1=PDF, actor2=MILITARY))
    assert (d.outcome, d.actor, parse_count(d.count_text).best) == ("captured", "junta_army", 1)
    for said in (
        "the Myanmar military arrested three members of the People's Defense Force - Salin in a raid.",
        "the military arrested two fishery workers, accusing them of being members of the Arakan Army.",
        "they arrested two soldiers who had deserted from LIB-101.",  # no subject named: ACLED's first actor
    ):
        d = decide(_event(PLACE + said))
        assert not d.keep and d.reason.startswith("an arrest by the military"), (said, d)
    passive = decide(_event(PLACE + "two soldiers were arrested by the PDF.", actor1=PDF, actor2=MILITARY))
    assert not passive.keep and "'arrested' or 'abducted' in the passive" in passive.reason


# sets 17 and 18 (written blind): wording each read wrongly before (note -> outcome, actor, count text; or None)
SET_17_18 = {
    "unverified reports on social media": (
        "unverified reports circulated on social media that as many as 100 soldiers had fled from their positions.",
        None,
    ),
    "social media posts claimed": (
        "social media posts claimed that the commander had surrendered to the MNDAA with his troops.",
        None,
    ),
    "an unconfirmed number": (
        "local media reported that an unconfirmed number of military soldiers had surrendered near the village.",
        None,
    ),
    "demanding that members surrender": (
        "military troops sent letters demanding that local PDF members surrender with their weapons within 7 days.",
        None,
    ),
    "talks about surrendering": (
        "fighting resumed after the KIA said talks with the troops about surrendering the base had failed.",
        None,
    ),
    "when they surrendered, coded separately": (
        "the military bombed the former LIB-437 base, which the KIA had taken over two days earlier when 41 soldiers "
        "surrendered (coded separately).",
        None,
    ),
    "junta troops and police": (
        "as many as 45 junta troops and police surrendered, according to a KIA statement.",
        ("surrendered", "junta_personnel", "as many as 45"),
    ),
    "junta forces": (
        "junta forces abandoned four security posts along the road as the Arakan Army approached.",
        ("positions_abandoned", "junta_personnel", "four"),
    ),
    "a member of the local People's Militia": (
        "a 22-year-old member of the local People's Militia defected to the PDF with an MA-1 rifle.",
        ("defected", "militia", "a 22-year-old member"),
    ),
    "amid fighting between two sides, the Border Guard Police": (
        "amid fighting between the Arakan Army (ULA/AA) and the military, around 100 Border Guard Police (BGP) "
        "personnel fled across the border into Bangladesh.",
        ("fled_across_border", "police", "around 100"),
    ),
    "some of them wounded, into China's Yunnan": (
        "16 military soldiers, some of them wounded, crossed into China's Yunnan province after the TNLA attack.",
        ("fled_across_border", "junta_army", "16"),
    ),
    "positions abandoned in the passive": (
        "an outpost and two camps of the Myanmar military were abandoned after the KNLA shelled them for days.",
        ("positions_abandoned", "junta_army", "3"),
    ),
    "people including soldiers, police and their families": (
        "about 300 people, including soldiers, police and their family members, surrendered to the AA at the base.",
        ("surrendered", "mixed", "about 300"),
    ),
    "a clause after ', and in the evening'": (
        "the TNLA captured 23 soldiers, and in the evening another 11 soldiers who had taken shelter in a "
        "monastery surrendered.",
        ("surrendered", "junta_army", "11"),
    ),
    "combatants": (
        "according to the KIA, 18 combatants of the military surrendered.",
        ("surrendered", "junta_army", "18"),
    ),
}


def test_a_pronoun_taken_is_the_people_of_another_side_named_before_it():
    said = "the PDF raided a house where Pyu Saw Htee members were gathering at night and captured four of them."
    d = decide(_event(PLACE + said, "Battles", actor1=PDF, actor2="Pyu Saw Htee"))
    assert (d.outcome, d.actor, d.count_text) == ("captured", "militia", "four")
    said = "the PDF raided the home of a Pyu Saw Htee member and captured him along with a homemade gun."
    d = decide(_event(PLACE + said, "Battles", actor1=PDF, actor2="Pyu Saw Htee"))
    assert (d.outcome, d.actor, parse_count(d.count_text).best) == ("captured", "militia", 1)
    said = "the troops then detained him along with two other villagers."  # 'him' is not the troops
    assert not decide(_event(PLACE + said, "Violence against civilians")).keep


def test_a_side_leaving_its_own_camp_is_an_abandonment_and_leaving_it_to_attack_is_not():
    said = "the PDF left two of its camps near Kyauk Htu village empty ahead of a column of some 300 soldiers."
    d = decide(_event(PLACE + said, "Strategic developments", actor1=PDF, actor2=MILITARY))
    assert (d.outcome, d.actor, d.count_text) == ("positions_abandoned", "resistance", "two")
    said = "Pyu Saw Htee members left their camp at the village monastery and moved to the military's base."
    d = decide(_event(PLACE + said, "Strategic developments", actor1="Pyu Saw Htee", actor2=""))
    assert (d.outcome, d.actor, parse_count(d.count_text).best) == ("positions_abandoned", "militia", 1)
    for said in ("the troops left their base to attack the village.", "the troops left their base and raided it."):
        d = decide(_event(PLACE + said, "Battles"))
        assert not d.keep and d.reason.startswith("'left its camp' to attack"), (said, d)
    assert not decide(_event(PLACE + "about 100 troops left the base near the village.", "Battles")).keep


# sets 19 and 20 (written blind): wording each read wrongly before (note -> outcome, actor, count text; or None)
SET_19_20 = {
    "troops of an armed group": (
        "troops of the Ta'ang National Liberation Army (PSLF/TNLA) withdrew from their frontline positions.",
        ("positions_abandoned", "armed_group", ""),
    ),
    "a rank of an armed group going to the military": (
        "a soldier of the Kachin Independence Army deserted his unit and defected to the Myanmar military.",
        ("defected", "armed_group", "a soldier"),
    ),
    "a police sergeant and a soldier": (
        "a police sergeant from the Taze police station and a soldier from LIB-120 defected together to the PDF.",
        ("defected", "junta_personnel", "2"),
    ),
    "members of their families": (
        "14 people, including soldiers of LIB-250 and members of their families, defected to the KNDF.",
        ("defected", "mixed", "14"),
    ),
    "another soldier": (
        "the PDF captured seven soldiers. During the attack, another soldier from the camp defected to the PDF.",
        ("defected", "junta_army", "another soldier"),
    ),
    "seized a police officer": (
        "members of an armed group seized a police officer from the Singu police station at the market.",
        ("captured", "police", "a police officer"),
    ),
    "a station named in four words": (
        "police officers abandoned the Zee Phyu Kone police station and withdrew to Pale town.",
        ("positions_abandoned", "police", "the Zee Phyu Kone police station"),
    ),
    "one more killed is not one more taken": (
        "the military captured three PDF members and one PDF member was killed.",
        ("captured", "resistance", "three"),
    ),
    "a statement denying reports": (
        "the KNA issued a statement denying reports that one of its battalion commanders had defected to the KNLA.",
        None,
    ),
    "safe passage if they surrendered": (
        "the KIA offered the troops safe passage if they surrendered their weapons.",
        None,
    ),
    "swam across a river into Thailand": (
        "two soldiers from LIB-275 deserted their unit and swam across the Moei river into Mae Sot, Thailand.",
        ("fled_across_border", "junta_army", "two"),
    ),
    "a relative clause running up to the verb": (
        "about 70 soldiers who had been hiding in the hills since the fall of the base in December crossed into "
        "Bangladesh and were disarmed.",
        ("fled_across_border", "junta_army", "about 70"),
    ),
    "people detained, including soldiers and their families": (
        "the KIA captured the LIB-438 camp and detained 40 people, including soldiers and their wives and children.",
        ("captured", "mixed", "40"),
    ),
    "a media report the receiving side denied": (
        "a local media outlet reported that around 30 soldiers had surrendered to the CDF. The CDF denied the "
        "report the next day, saying that no soldiers had surrendered.",
        None,
    ),
}


def test_a_media_report_the_military_denies_is_still_kept():
    said = "local media reported that 30 soldiers had surrendered to the CDF. The military denied the report."
    d = decide(_event(PLACE + said, "Battles", actor1=PDF, actor2=MILITARY))
    assert (d.outcome, d.actor, d.count_text) == ("surrendered", "junta_army", "30")


# set 21 (written blind, 2021-2023): wording each read wrongly before (note -> outcome, actor, count text; or None)
SET_21 = {
    "militia handing over weapons and joining": (
        "Change to armed group: " + PLACE + "nine members of the village's People's Militia handed over their "
        "weapons and joined the People's Defense Force - Pauk after talks.",
        "People's Militia Force",
        ("defected", "militia", "nine"),
    ),
    "junta forces counted": (
        PLACE + "about 20 junta forces stationed at a hilltop outpost surrendered to the KNDF after a siege.",
        "KNDF: Karenni Nationalities Defense Force",
        ("surrendered", "junta_personnel", "about 20"),
    ),
    "outposts along a road, abandoned": (
        PLACE + "around five Myanmar military outposts along the Asian Highway were abandoned after KNLA attacks.",
        "KNU/KNLA: Karen National Union/Karen National Liberation Army",
        ("positions_abandoned", "junta_army", "around five"),
    ),
    "a province of Thailand four words away": (
        PLACE + "around 30 members of a People's Defense Force unit crossed the Salween river into Mae Hong Son "
        "province of Thailand as the military advanced.",
        PDF,
        ("fled_across_border", "resistance", "around 30"),
    ),
    "policewomen": (
        "Change to armed group: " + PLACE + "three policewomen and five constables crossed the Tiau river into "
        "Mizoram state of India after refusing orders to fire on protesters.",
        "Police Forces of Myanmar (2021-)",
        ("fled_across_border", "police", "8"),
    ),
    "people including police personnel and their relatives": (
        "Change to armed group: " + PLACE + "about 60 people, including police personnel and their relatives, "
        "crossed into Mizoram, India through informal crossing points.",
        "Police Forces of Myanmar (2021-)",
        ("fled_across_border", "mixed", "about 60"),
    ),
    "the Restoration Council of Shan State": (
        "Change to armed group: " + PLACE + "two members of the Restoration Council of Shan State defected to the "
        "Shan State Progress Party with two rifles.",
        "RCSS/SSA: Restoration Council of Shan State/Shan State Army",
        ("defected", "armed_group", "two"),
    ),
}


# set 22 (written blind, long notes of 2024-2026): wording each read wrongly before
SET_22 = {
    "police stationed at a station fled": (
        "police stationed at the Kyauk Hla police station fled as a People's Defense Force column approached.",
        ("fled", "police", ""),
    ),
    "junta security forces": (
        "junta security forces stationed in the village fled towards Loikaw as the KNDF advanced.",
        ("fled", "junta_personnel", ""),
    ),
    "in total, people including soldiers, police officers and their family members": (
        "the AA said that in total 143 people, including soldiers, police officers and their family members, "
        "surrendered at the base.",
        ("surrendered", "mixed", "143"),
    ),
    "soldiers, their relatives and staff": (
        "a total of about 260 people, including Myanmar military soldiers, their relatives and government staff, "
        "fled across the border into Mizoram, India.",
        ("fled_across_border", "mixed", "about 260"),
    ),
    "junta personnel": (
        "between 80 and 100 junta personnel surrendered during the final assault, the combined force said.",
        ("surrendered", "junta_personnel", "between 80 and 100"),
    ),
    "soldiers and officers of the police force": (
        "four soldiers from IB-89 and two officers of the Kalay police force defected together to the CDF.",
        ("defected", "junta_personnel", "6"),
    ),
    "a station named in five words, withdrawn from": (
        "police withdrew from the Tha Pyay Kone police station, leaving the building empty.",
        ("positions_abandoned", "police", "the Tha Pyay Kone police station"),
    ),
    "two officers named one by one": (
        "two police officers, a police sergeant and a constable from the Myoma police station, defected to the CDM.",
        ("defected", "police", "two"),
    ),
    "a group of people including personnel and families": (
        "a group of 15 people, including a soldier from LIB-228, two police officers and their family members, "
        "defected through the PDF.",
        ("defected", "mixed", "15"),
    ),
    "the others of the clause before, not the agent": (
        "a local People's Defense Force ambushed a military convoy, killing two soldiers and capturing four others.",
        ("captured", "junta_army", "four"),
    ),
    "a commander known as": (
        "a People's Defence Force company commander known as Bo Thunder and six members of his unit defected to the "
        "Myanmar military with their weapons.",
        ("defected", "resistance", "7"),
    ),
}


# set 24 (written blind, long notes of 2023-2026): wording each read wrongly before
SET_24 = {
    "where they had surrendered, coded separately": (
        "the military bombed the former base of IB-108, where about 40 soldiers had surrendered to the KIA in "
        "March (coded separately).",
        None,
    ),
    "no surrender reported": ("the MNDAA dropped leaflets over the positions. No surrender had been reported.", None),
    "a number of surrenders": (
        "the PDF issued an ultimatum. A similar call in July had led to a small number of surrenders.",
        None,
    ),
    "captured in a month, coded separately": (
        "the TNLA handed over 48 prisoners of war. The prisoners had been captured during fighting in Kyaukme "
        "township in July (coded separately).",
        None,
    ),
    "militia fleeing to the military's camp": (
        "around 20 members of the People's Militia in the village fled to the military camp in Ayadaw town.",
        ("fled", "militia", "around 20"),
    ),
    "two soldiers, a lance corporal and a private": (
        "two Myanmar military soldiers from LIB-207, a lance corporal and a private, defected to the KNLA.",
        ("defected", "junta_army", "two"),
    ),
}


# set 23 (written blind, 2021-2026): wording each read wrongly before
SET_23 = {
    "a relative clause with an irregular verb": (
        "Change to armed group: " + PLACE + "2 conscripted soldiers of LIB-264 who had been sent to the frontline "
        "after completing the 5th batch of training defected to the PDF with a rifle.",
        ("defected", "junta_army", "2"),
    ),
    "withdrew its troops from two outposts": (
        PLACE + "the Myanmar military withdrew its troops from two outposts on the road after three days of "
        "fighting. The AA later captured nine soldiers who had been left behind.",
        ("positions_abandoned", "junta_army", "two"),
    ),
    "deserted, and crossed the border": (
        PLACE + "eight police officers from the Tedim police station deserted after refusing orders to disperse "
        "protesters, and crossed the border into Mizoram state, India, on foot.",
        ("fled_across_border", "police", "eight"),
    ),
    "whom they had detained": (
        PLACE + "Myanmar military troops shot dead three villagers whom they had detained on suspicion of being "
        "Arakan Army members.",
        None,
    ),
}


# sets 25 and 26 (written blind, measured on the rule after set 24's fixes): wording read wrongly then
SET_25_26 = {
    "soldiers on guard duty": (
        "two Myanmar military soldiers on guard duty at the Thet Kei Pyin bridge checkpoint defected to the AA.",
        ("defected", "junta_army", "two"),
    ),
    "posts shared on social media claimed": (
        "posts shared widely on social media claimed that around 30 soldiers from LIB-228 had deserted their base.",
        None,
    ),
    "a corporal from the No. 34 battalion and a police constable": (
        "a military corporal from the No. 34 Light Infantry Battalion and a police constable from the district "
        "police force defected to the anti-coup movement.",
        ("defected", "junta_personnel", "2"),
    ),
    "a commander and two of his followers": (
        "a company commander of the People's Defense Force - Kani and two of his followers defected to the "
        "Myanmar military with three rifles.",
        ("defected", "resistance", "3"),
    ),
    "a district of a province of Thailand": (
        "23 soldiers from the camp escaped across the Moei river into Phop Phra district of Tak province, "
        "Thailand, where Thai rangers disarmed them.",
        ("fled_across_border", "junta_army", "23"),
    ),
    "left the outpost and withdrew": (
        "police officers stationed at the Ywa Thar Yar police outpost left the outpost and withdrew to Taze town.",
        ("positions_abandoned", "police", "the outpost"),
    ),
    "left several outposts and pulled back": (
        "Myanmar military troops left several outposts along the Bhamo-Myitkyina road and pulled back to Bhamo.",
        ("positions_abandoned", "junta_army", ""),
    ),
    "teachers who had left their positions": (
        "police arrested four teachers who had joined the CDM. The four had left their positions at a state "
        "high school in February.",
        None,
    ),
    "claimed the surrender of soldiers": (
        "a combined force claimed the surrender of as many as 300 soldiers and conscripts from the depot.",
        ("surrendered", "junta_army", "as many as 300"),
    ),
    "talks over the surrender of troops": (
        "talks over the surrender of about 60 Myanmar military troops besieged at the headquarters broke down.",
        None,
    ),
    "fled toward the border": (
        "ARSA members fled into the forest toward the Bangladesh border, leaving behind weapons.",
        ("fled", "armed_group", ""),
    ),
}

# sets 27 and 28 (written blind, measured on the rule after set 26's fixes): wording read wrongly then
SET_27_28 = {
    "a column fled": (
        "a Myanmar military column that had been advancing on the village fled after clashing with the PDF.",
        ("fled", "junta_army", ""),
    ),
    "denied claims of a figure with a comma": (
        "the military's spokesperson denied claims by the NUG that more than 1,000 soldiers had defected.",
        None,
    ),
    "captured in a year, coded separately": (
        "the Arakan Army released 21 soldiers to the ICRC. The soldiers had been captured in fighting in the "
        "township in 2024 (coded separately).",
        None,
    ),
    "pulled back from outposts": (
        "the Myanmar military pulled back from an estimated seven outposts around Mawchi town.",
        ("positions_abandoned", "junta_army", "an estimated seven"),
    ),
    "a deadline to surrender": (
        "the TNLA gave the troops at the headquarters a 48-hour deadline to lay down their arms and surrender.",
        None,
    ),
    "a possible surrender": (
        "talks were under way between the KIA and the commander over a possible surrender of the remaining troops.",
        None,
    ),
}


def test_what_the_blind_sets_fixes_must_not_catch():
    roads = decide(_event(PLACE + "The roads into the town were deserted after the curfew.", "Battles"))
    assert (
        roads.reason
        == "'abandoned', 'fled' or 'captured' describes a place, an ambush or a position, not people leaving"
    )
    assert decide(_event(PLACE + "two soldiers defected to the military.", actor1=PDF)).actor == "unknown"
    said = "the KNLA said that they had captured five soldiers."  # 'that they had' tells what they did
    assert decide(_event(PLACE + said, "Battles", actor1=PDF, actor2=MILITARY)).outcome == "captured"


def test_the_sift_reads_a_left_position_only_after_left():
    from analysis.interop.acled_text import CANDIDATE

    assert re.search(CANDIDATE, "the police left the outpost and withdrew to the town")
    assert not re.search(CANDIDATE, "the PDF shelled the camp and withdrew to the town")  # no 'left': not read


# a review of this session's rule (notes of its own, tried against the rule before and after): what it found
REVIEWED_AGAIN = {
    "a surrender told as a noun, with a comma in its figure": (
        "The AA claimed the surrender of 1,200 soldiers at the Ann base.",
        ("surrendered", "junta_army", "1,200"),
    ),
    "the surrender of soldiers and police officers": (
        "The KIA received the surrender of 20 soldiers and 15 police officers.",
        ("surrendered", "junta_personnel", "35"),
    ),
    "an opening clause does not end at the comma of a figure": (
        "Following the attack 1,200 soldiers surrendered to the AA.",
        ("surrendered", "junta_army", "1,200"),
    ),
    "what a claimant said is not a relative clause": (
        "The AA said that trapped soldiers surrendered to the AA.",
        ("surrendered", "junta_army", ""),
    ),
    "withdrew from an area, then a camp": (
        "Junta troops withdrew from the area and set up camp near the monastery.",
        None,
    ),
    "a town near a border is not across it": (
        "Eight soldiers fled to Tamu town near the Indian border.",
        ("fled", "junta_army", "Eight"),
    ),
    "both the camp and the outpost": (
        "Junta troops abandoned both the Nat Kan camp and the nearby outpost.",
        ("positions_abandoned", "junta_army", "both"),
    ),
    "soldiers, a police officer and a militia member are added": (
        "Two soldiers, one police officer and one militia member surrendered to the PDF.",
        ("surrendered", "junta_personnel", "4"),  # soldiers and police named together (since the fourth review)
    ),
    "their bodies at the camp": (
        "Soldiers raided the village, killed two men and left their bodies at the camp.",
        None,
    ),
    "residents left the town": ("Residents left the town and fled to the forest as fighting intensified.", None),
    "teachers left their posts": ("Over 100 teachers in Kale township left their posts and joined the CDM.", None),
    "left the camp and torched houses": ("Junta troops left their camp and torched houses in the village.", None),
    "a town abandoned by its residents": ("The town was abandoned by its residents as fighting intensified.", None),
    "a troop carrier": ("The PDF seized a military troop carrier near the village.", None),
    "no PDF members were injured, and soldiers were captured": (
        "No PDF members were injured in the attack and the PDF captured three soldiers.",
        ("captured", "junta_army", "three"),
    ),
    "forced to surrender after an ultimatum": (
        "After the AA's ultimatum, 40 soldiers were forced to surrender.",
        ("surrendered", "junta_army", "40"),
    ),
    "an unconfirmed number of others": (
        "The PDF killed an unconfirmed number of soldiers and captured three soldiers.",
        ("captured", "junta_army", "three"),
    ),
    "a group's own social media page": (
        "The Kale PDF's social media page said 12 soldiers surrendered to it.",
        ("surrendered", "junta_army", "12"),
    ),
    "a side that says the military denied": (
        "Local media reported that 30 soldiers had surrendered to the CDF. A CDF spokesperson said the military "
        "denied the report.",
        ("surrendered", "junta_army", "30"),
    ),
    "a denial of something else": (
        "Local media reported that 30 soldiers had surrendered to the CDF. The CDF denied the claims that it had "
        "shelled a monastery.",
        ("surrendered", "junta_army", "30"),
    ),
    "a mass surrender": (
        "The AA's offensive led to the mass surrender of around 200 soldiers at the base.",
        ("surrendered", "armed_group", ""),
    ),
    "soldiers and their families on a road": (
        "The PDF detained 12 people at a checkpoint on a road used by soldiers and their families.",
        None,
    ),
    "soldiers from the outpost the TNLA captured": (
        "Soldiers from the outpost the TNLA captured last week fled to Lashio.",
        ("fled", "junta_army", ""),
    ),
    "taking soldiers prisoner (set 30)": (
        "The TNLA attacked a military column, taking around 40 soldiers prisoner, along with some of their wives.",
        ("captured", "junta_army", "around 40"),
    ),
    "a staff sergeant is no civilian staff (set 30)": (
        "A staff sergeant from IB-71, together with his wife and two children, defected to the PDF.",
        ("defected", "junta_army", "A staff sergeant"),
    ),
    "the agent named first, not the column order": (
        "Military troops attacked a PDF camp, killing two PDF members and capturing three of them.",
        ("captured", "resistance", "three"),
    ),
}


# sets 31 (notes of 2017-2020) and 32, and gaps named in the last closing note:
# (notes, event type, actor1, actor2) -> expected
OLD_ARMY = "Military Forces of Myanmar (2016-2021)"  # ACLED's names before the coup end in the period's last year
OLD_POLICE = "Police Forces of Myanmar (2016-2021)"
AA = "ULA/AA: United League of Arakan/Arakan Army"
TNLA = "PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army"
NSCN = "NSCN-K: National Socialist Council of Nagaland-Khaplang"
CNA = "CNA: Chin National Army"
SETS_31_32_AND_GAPS = {
    "a list of groups in an opening clause": (
        (
            PLACE + "after a siege by the CNA, the CDF and the PDF, 35 junta personnel from the hill camp crossed into "
            "India's Mizoram state.",
            "Strategic developments",
            MILITARY,
            CNA,
        ),
        ("fled_across_border", "junta_personnel", "35"),
    ),
    "the head of a militia and four other members": (
        (
            PLACE + "the head of the village's People's Militia and four other members defected to the PDF.",
            "Strategic developments",
            MILITARY,
            PDF,
        ),
        ("defected", "militia", "5"),
    ),
    "police and soldiers, each with a figure": (
        (PLACE + "two police and three soldiers surrendered to the PDF at the bridge.", "Battles", PDF, MILITARY),
        ("surrendered", "junta_personnel", "5"),
    ),
    "military and police, one figure": (
        (PLACE + "over 100 military and police surrendered to the PDF after the siege.", "Battles", PDF, MILITARY),
        ("surrendered", "junta_personnel", "over 100"),
    ),
    "a proposal rejected, then a surrender": (
        (
            PLACE + "the camp commander rejected the military's proposal and 15 soldiers surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "15"),
    ),
    "police officers abducted by an armed group (set 31)": (
        (
            "On 9 May 2019, in Minbya township (Mrauk-U district, Rakhine state), AA members abducted three police "
            "officers from the village police post while they were on their way to the market.",
            "Battles",
            AA,
            OLD_POLICE,
        ),
        ("captured", "police", "three"),
    ),
    "soldiers and a police officer taken away (set 31)": (
        (
            "On 2 June 2020, near Ann town (Ann township, Kyaukpyu district, Rakhine state), AA members stopped a "
            "bus and took away three soldiers and a police officer who were travelling home.",
            "Battles",
            AA,
            OLD_ARMY,
        ),
        ("captured", "junta_personnel", "4"),
    ),
    "posts on social media claiming a defection (set 31)": (
        (
            PLACE + "posts circulated on social media claiming that a battalion commander had defected to the PDF.",
            "Strategic developments",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "an Indian group's cadres across the border (set 31)": (
        (
            "On 2 March 2019, in Nanyun township (Hkamti district, Sagaing region), after troops raided their camp, "
            "about 20 NSCN-K members fled across the border into India's Nagaland state.",
            "Battles",
            OLD_ARMY,
            NSCN,
        ),
        ("fled_across_border", "armed_group", "about 20"),
    ),
    "a captain of an Indian group is no soldier (set 31)": (
        (
            "On 2 March 2019, in Nanyun township (Hkamti district, Sagaing region), four cadres of the NSCN-K, "
            "among them a self-styled captain, surrendered to Indian troops in Arunachal Pradesh.",
            "Strategic developments",
            NSCN,
            "",
        ),
        ("surrendered", "armed_group", "four"),
    ),
    "the police of ACLED's 2016-2021 actor, joining a group (set 31)": (
        (
            "Change to armed group: On 4 October 2020, in Kyauktaw township (Mrauk-U district, Rakhine state), a "
            "police sergeant from the town's police station left his post and joined the AA.",
            "Strategic developments",
            OLD_POLICE,
            AA,
        ),
        ("defected", "police", "a police sergeant"),
    ),
    "a second reported clause, 'and that' (set 32)": (
        (
            PLACE + "The KIA said that 7 soldiers, including a lieutenant, were captured and that the rest of the "
            "column fled toward the town.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "7"),
    ),
    "a militia named after its village, Man ... (set 32)": (
        (
            "Change to armed group: " + PLACE + "about 20 members of the Man Kat People's Militia defected to the "
            "Shan State Progress Party with their weapons.",
            "Strategic developments",
            "Military Forces of Myanmar (2021-) People's Militia Force",
            "SSPP/SSA: Shan State Progress Party/Shan State Army",
        ),
        ("defected", "militia", "about 20"),
    ),
    "a camp named by its hill's number (set 32)": (
        (
            PLACE + "the Myanmar military troops abandoned their Hill 412 camp as the PDF approached.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_army", "their Hill 412 camp"),
    ),
    "a town police station and an army camp": (
        (
            PLACE + "junta forces abandoned the town police station and an army camp near the jetty.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_personnel", "2"),
    ),
    "three positions listed with commas": (
        (
            PLACE + "troops withdrew from the Nat Kan outpost, the Ywa Thit camp and the police post at the bridge.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_army", "3"),
    ),
    "pulled its troops out of positions": (
        (
            PLACE + "the Myanmar military pulled its troops out of an outpost and two camps along the road.",
            "Strategic developments",
            MILITARY,
            "",
        ),
        ("positions_abandoned", "junta_army", "3"),
    ),
    "an officer named by title and name": (
        (
            PLACE + "Captain Aung Thu Win, an instructor at the training school, defected to the PDF.",
            "Strategic developments",
            MILITARY,
            PDF,
        ),
        ("defected", "junta_army", "Captain Aung Thu Win"),
    ),
    "a named police officer and two constables": (
        (
            PLACE + "Police Lieutenant Kyaw Zin and two constables from the town police station defected to the PDF.",
            "Strategic developments",
            "Police Forces of Myanmar (2021-)",
            PDF,
        ),
        ("defected", "police", "3"),
    ),
    "a named commander, his office, and his deputy": (
        (
            PLACE + "the PDF ambushed a column and captured Major Win Naing, the commander of LIB-12, and his deputy.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "2"),
    ),
    "a named commander along with others": (
        (
            PLACE + "the TNLA captured Major Win Naing, the commander of LIB-12, along with 9 other soldiers.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        ("captured", "junta_army", "10"),
    ),
    "three of them along with a rifle": (
        (
            PLACE
            + "the PDF attacked Pyu Saw Htee members who were patrolling near the village and captured three of them "
            "along with a rifle.",
            "Battles",
            PDF,
            "Pyu Saw Htee",
        ),
        ("captured", "militia", "three"),
    ),
    "police officers named one by one, then weapons": (
        (
            PLACE + "the PDF raided a checkpoint and captured two police officers, a sergeant and a constable, along "
            "with two rifles.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        ("captured", "police", "two"),
    ),
    "they had left the BGF and joined (set 35)": (
        (
            "Change to armed group: " + PLACE + "more than 100 members of a BGF battalion announced that they had left "
            "the BGF and joined the KNLA.",
            "Strategic developments",
            "BGF: Border Guard Force",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
        ),
        ("defected", "bgf", "more than 100"),
    ),
    "men abducted as porters": (
        (
            PLACE + "the military shot at 6 men who tried to escape after being abducted as porters.",
            "Violence against civilians",
            MILITARY,
            "Civilians (Myanmar)",
        ),
        None,
    ),
    "an administrative officer abducted": (
        (
            PLACE
            + "the PDF abducted the township administrative officer, who enforced the military's conscription law.",
            "Violence against civilians",
            PDF,
            "Civilians (Myanmar)",
        ),
        None,
    ),
}


# a review of the change for sets 31 and 32 (its own notes, tried against the rule before and after): what it found
REVIEWED_THIRD = {
    "a police base captured": ("the AA captured the Border Guard Police base near the village.", None),
    "police motorbikes and soldiers": (
        "the KIA captured two police motorbikes and 4 soldiers.",
        ("captured", "junta_army", "4"),
    ),
    "an abduction by the military": ("military troops abducted three alleged PDF members.", None),
    "a video on social media claiming responsibility": (
        "20 soldiers surrendered to the PDF, which released a video on social media claiming responsibility.",
        ("surrendered", "junta_army", "20"),
    ),
    "a village chief abducted": (
        "the PDF abducted the village chief, accusing him of being a military informant.",
        None,
    ),
    "the bodies of soldiers taken away": (
        "the PDF killed five soldiers and took away the bodies of two soldiers.",
        None,
    ),
    "abducted soldiers killed": ("the PDF killed three abducted soldiers.", None),
    "motorbikes belonging to soldiers": (
        "the PDF attacked an outpost and took away two motorbikes belonging to the soldiers.",
        None,
    ),
    "a group led by a named officer": (
        "following the fighting, the BGF, led by Colonel Saw Chit Thu, withdrew from its positions.",
        ("positions_abandoned", "bgf", ""),
    ),
    "an administrative officer and police officers": (
        "an administrative officer and four police officers fled the town after the attack.",
        ("fled", "police", "four"),
    ),
    "a denial that runs on past 'orders and'": (
        "the military denied that its troops had disobeyed orders and that 20 soldiers had deserted.",
        None,
    ),
    "groups listed before a verb in an opening clause": (
        "after the MNDAA, TNLA and PDF attacked the town, 60 soldiers surrendered.",
        ("surrendered", "junta_army", "60"),
    ),
    "two named officers and soldiers": (
        "after the clashes, Major Kyaw Min, Captain Aung Ko and 12 soldiers surrendered to the CNA.",
        ("surrendered", "junta_army", "14"),
    ),
    "a camp named by its battalion's number": (
        "troops abandoned the LIB 269 camp after the attack.",
        ("positions_abandoned", "junta_army", "the LIB 269 camp"),
    ),
    "a village's name opens the subject": (
        "Man Pang militia members surrendered to the TNLA.",
        ("surrendered", "militia", ""),
    ),
    "six of them, the people surrounded": (
        "the TNLA surrounded soldiers in Nam Hpat, and six of them surrendered.",
        ("surrendered", "junta_army", "six"),
    ),
    "an attack, and the police fled": ("the AA attacked a police outpost and the police fled.", ("fled", "police", "")),
    "camps named by number": (
        "soldiers abandoned the No. 5 camp and the No. 6 camp.",
        ("positions_abandoned", "junta_army", "2"),
    ),
    "a group numbering about 40": (
        "following the fighting, the BGF, numbering about 40, surrendered to the KNLA.",
        ("surrendered", "bgf", "about 40"),
    ),
    "a retired captain abducted": ("the PDF abducted a retired army captain from his home.", None),
}


# a review of the change for sets 33 and 34, and sets 35 and 36: what they found (each fails on fc2c431 but one guard)
REVIEWED_FOURTH = {
    "three police detained by an armed group": (
        "the AA detained three police at the checkpoint.",
        ("captured", "police", "three"),
    ),
    "border guard police across the border": (
        "about 60 border guard police crossed into Bangladesh.",
        ("fled_across_border", "police", "about 60"),
    ),
    "the families of police fled": ("the families of police stationed in the town fled to Kale.", None),
    "police with their weapons": (
        "about 30 police with their weapons surrendered to the PDF.",
        ("surrendered", "police", "about 30"),
    ),
    "ambushed by the PDF, and six of them": (
        "a military column was ambushed by the PDF, and six of them surrendered.",
        ("surrendered", "junta_army", "six"),
    ),
    "clashed with soldiers, and six of them surrendered to the PDF": (
        "the PDF clashed with soldiers, and six of them surrendered to the PDF.",
        ("surrendered", "junta_army", "six"),
    ),
    "led an attack, and soldiers surrendered": (
        "the PDF led an attack on the camp and 20 soldiers surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
    "killed soldiers and abducted a sergeant": (
        "the PDF killed two soldiers and abducted a sergeant.",
        ("captured", "junta_army", "a sergeant"),
    ),
    "a named commander captured, then others killed": (
        "the PDF captured Captain Thet Naing Oo, the commander of LIB-348, and killed five soldiers.",
        ("captured", "junta_army", "Captain Thet Naing Oo"),
    ),
    "soldiers under a named officer's command": (
        "30 soldiers under the command of Major Kyaw Soe surrendered to the PDF.",
        ("surrendered", "junta_army", "30"),
    ),
    "a named officer's column": (
        "12 soldiers from Major Kyaw Soe's column surrendered to the PDF.",
        ("surrendered", "junta_army", "12"),
    ),
    "outposts near named stations": (
        "troops abandoned three outposts near the Sin Gaung and Thit Yar Gyi police stations.",
        ("positions_abandoned", "junta_army", "three"),
    ),
    "named stations and two outposts": (
        "troops abandoned the Sin Gaung and Thit Yar Gyi police stations and two outposts.",
        ("positions_abandoned", "junta_army", "4"),
    ),
    "a place described after a comma is one place": (
        "troops abandoned the Kyauk Seik outpost, the largest camp in the area, after the attack.",
        ("positions_abandoned", "junta_army", "the Kyauk Seik outpost"),
    ),
    "a surrender offer rejected, then a surrender": (
        "the commander rejected the PDF's surrender offer and 15 soldiers surrendered.",
        ("surrendered", "junta_army", "15"),
    ),
    "calls to surrender rejected, then a surrender": (
        "the junta rejected calls to surrender and 15 soldiers surrendered.",
        ("surrendered", "junta_army", "15"),
    ),
    "former soldiers beside serving ones": (
        "two former soldiers and three soldiers surrendered to the PDF.",
        ("surrendered", "junta_army", "three"),
    ),
    "the head of a militia captured": (
        "the PDF captured the head of the Pyu Saw Htee militia.",
        ("captured", "militia", "the head"),
    ),
    "and that six surrendered": (
        "the PDF said that soldiers fled and that six surrendered.",
        ("surrendered", "junta_army", "six"),
    ),
    "and that night": (
        "the PDF attacked, and that night 20 soldiers surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
    "a rumour after the event": (
        "20 soldiers surrendered to the PDF, and rumours spread that the commander had fled.",
        ("surrendered", "junta_army", "20"),
    ),
    "soldiers named with police by a comma": (
        "the PDF captured two soldiers, a police officer, and a militia member.",
        ("captured", "junta_personnel", "4"),
    ),
    "a commander's bodyguard is one man": (
        "the PDF captured a soldier, the commander's bodyguard, and a corporal.",
        ("captured", "junta_army", "3"),
    ),
    "their commander along with soldiers": (
        "the PDF captured eight soldiers along with their commander.",
        ("captured", "junta_army", "9"),
    ),
    "40 police seized": ("the AA seized 40 police and their weapons.", ("captured", "police", "40")),
    "pulled all its troops out of a camp": (
        "the military pulled all its troops out of the Kyauk Seik camp after the attack.",
        ("positions_abandoned", "junta_army", "the Kyauk Seik camp"),
    ),
    "a possessive name is no count": (
        "Captain Tun Tun's bodyguards surrendered to the PDF.",
        ("surrendered", "junta_army", ""),
    ),
    "a claim and 'which' a group denied (set 36)": (
        "military-run media claimed that the KIA had abandoned its positions, which a KIA spokesperson denied.",
        None,
    ),
    "reports on social media (set 36)": (
        "reports on social media that soldiers inside the compound had defected were denied by the KNDF.",
        None,
    ),
    "outposts left empty (set 36)": (
        "police officers at the two outposts withdrew to the town and left the two outposts empty.",
        ("positions_abandoned", "police", "two"),
    ),
    "deserters crossing into India (set 36)": (
        "four soldiers who had deserted walked for days before crossing into Nagaland, India.",
        ("fled_across_border", "junta_army", "four"),
    ),
    "a major serving as a commander (set 36)": (
        "a military major serving as a company commander defected to the PDF.",
        ("defected", "junta_army", "a military major"),
    ),
    "a denial across 'No.5' (set 35)": (
        "the military denied the AA's statement that the No.5 battalion had surrendered.",
        None,
    ),
    "a rank alone takes the service before it (set 36)": (
        "two police officers, a police sergeant and a lance corporal, defected to the PDF.",
        ("defected", "police", "two"),
    ),
}


# a review of the change for sets 35 and 36, and sets 37 and 38: what they found (each fails on 93e0aba but one guard)
REVIEWED_FIFTH = {
    "the head of a ward office abducted": ("the PDF abducted the head of the ward administration office.", None),
    "a village chief and soldiers detained": (
        "the KIA detained the village chief and three soldiers.",
        ("captured", "junta_army", "three"),
    ),
    "an attacker with an aside": (
        "the PDF, supported by the KIA, attacked the camp and 12 soldiers defected.",
        ("defected", "junta_army", "12"),
    ),
    "police rifles seized": ("the PDF seized two police rifles at the checkpoint.", None),
    "soldiers stationed at a police station": (
        "30 soldiers, stationed at the Kale police station, fled to Tamu.",
        ("fled", "junta_army", "30"),
    ),
    "soldiers and police stationed at a gate": (
        "three soldiers and police stationed at the border gate defected to the PDF.",
        ("defected", "junta_personnel", "three"),
    ),
    "a group's own reports on social media": (
        "the KIA captured the base and 20 soldiers surrendered, according to the KIA's reports on social media.",
        ("surrendered", "junta_army", "20"),
    ),
    "a column numbering about 40": (
        "a military column numbering about 40 fled to Tamu after the attack.",
        ("fled", "junta_army", "about 40"),
    ),
    "soldiers and their commander, no figure": (
        "the PDF captured soldiers and their commander after the clash.",
        ("captured", "junta_army", ""),
    ),
    "three positions in lower case": (
        "soldiers abandoned the outpost, the camp and the base after the attack.",
        ("positions_abandoned", "junta_army", "3"),
    ),
    "a police battalion besieged": (
        "AA troops besieged the police battalion, and 40 of them surrendered.",
        ("surrendered", "police", "40"),
    ),
    "a claim denied about something else": (
        "the PDF claimed that it captured the camp, which the KIA denied, and 20 soldiers surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
    "prevented from crossing": ("the AA prevented soldiers from crossing into Bangladesh.", None),
    "an airstrike left a camp empty": ("the military airstrike left the PDF camp empty.", None),
    "a denied call, but a surrender": (
        "the commander denied the KIA's calls for surrender but 20 soldiers surrendered the next day.",
        ("surrendered", "junta_army", "20"),
    ),
    "rumoured to have deserted (set 37)": (
        "troops searched houses for soldiers rumoured to have deserted, though no desertions were confirmed.",
        None,
    ),
    "most of them conscripts, captured (set 37)": (
        "as many as 40 soldiers, most of them newly conscripted, were captured.",
        ("captured", "junta_army", "as many as 40"),
    ),
    "men who had been conscripted (set 38)": (
        "six men who had been conscripted under the law deserted from the training camp.",
        ("fled", "junta_army", "six"),
    ),
    "an officer who surrendered along with soldiers (set 38)": (
        "the AA said that Lieutenant Colonel Zaw Min Oo, the commander of the column, surrendered along with 58 "
        "soldiers.",
        ("surrendered", "junta_army", "59"),
    ),
    "left their posts and went home (set 38)": (
        "more than 30 BGF members left their posts and returned to their villages.",
        ("fled", "bgf", "more than 30"),
    ),
    "said that, and four others captured (set 38)": (
        "the PDF said that two Pyu Saw Htee members were killed and four others were captured.",
        ("captured", "militia", "four"),
    ),
}


# a review of the change for sets 37 and 38: what it found (each fails on 4e50944 but two guards)
REVIEWED_SIXTH = {
    "police captured alive": (
        "PDF fighters attacked the police station and captured 8 police alive.",
        ("captured", "police", "8"),
    ),
    "police inside the station": (
        "PDF fighters surrounded the police station. About 15 police inside the station surrendered to the PDF.",
        ("surrendered", "police", "About 15"),
    ),
    "police together with soldiers": (
        "20 police along with 10 soldiers surrendered to the PDF.",
        ("surrendered", "junta_personnel", "30"),
    ),
    "police under a police major": (
        "12 police under the command of a police major surrendered to the PDF.",
        ("surrendered", "police", "12"),
    ),
    "trapped soldiers and police": (
        "After a three-day siege, trapped soldiers and 20 police surrendered to the PDF.",
        ("surrendered", "junta_personnel", "20"),
    ),
    "soldiers, police officers and militiamen": (
        "Twenty soldiers, six police officers and three militiamen surrendered to the PDF.",
        ("surrendered", "junta_personnel", "29"),
    ),
    "anonymous reports on social media": (
        "According to reports on social media, 20 soldiers surrendered to the PDF.",
        None,
    ),
    "posts circulated, a comma inside": (
        "Posts circulated on social media claiming that, after the attack, 15 soldiers had fled.",
        None,
    ),
    "soldiers rumoured to have refused orders": (
        "Twelve soldiers who were rumoured to have refused orders defected to the PDF.",
        ("defected", "junta_army", "Twelve"),
    ),
    "a camp and its description": (
        "Junta troops abandoned the camp, the last base in the township, after the attack.",
        ("positions_abandoned", "junta_army", "the camp"),
    ),
    "blocked a road after capturing": (
        "The AA blocked the highway after capturing 40 soldiers at the checkpoint.",
        ("captured", "junta_army", "40"),
    ),
    "an outpost left unguarded": (
        "Junta troops left the outpost unguarded and moved to the town.",
        ("positions_abandoned", "junta_army", "the outpost"),
    ),
    "relatives of conscripted men": ("Relatives of men who were conscripted fled across the border into India.", None),
    "the commander along with his family": (
        "The commander of the column surrendered along with 12 members of his family.",
        ("surrendered", "unknown", "The commander"),
    ),
    "their commander after a clause": (
        "Soldiers at the outpost fled, and later their commander surrendered to the PDF.",
        ("surrendered", "junta_army", "their commander"),
    ),
    "Major-General by name": (
        "The AA captured the commander, Major-General Thet Naing Oo, and 20 soldiers.",
        ("captured", "junta_army", "21"),
    ),
    "the PDF's arrest told by the military": (
        "The military said that the PDF killed two soldiers and captured three others.",
        ("captured", "junta_army", "three"),
    ),
    "clashed with militia, six of them captured": (
        "The TNLA clashed with militia members, and six of them were captured.",
        ("captured", "militia", "six"),
    ),
    "according to the KIA, four others captured": (
        "According to the KIA, two soldiers were killed and four others were captured.",
        ("captured", "junta_army", "four"),
    ),
}


# sets 39 and 40: wordings they found, each failing on 4e50944
SETS_39_40 = {
    "ran from the camp (set 39)": (
        "around 40 Pyu Saw Htee members ran from the camp towards the town after the drone strike.",
        ("fled", "militia", "around 40"),
    ),
    "people, soldiers with their wives (set 39)": (
        "around 70 people, soldiers from the camp together with their wives and children, crossed into China.",
        ("fled_across_border", "mixed", "around 70"),
    ),
    "a total for the first months of a year (set 39)": (
        "a group that helps defectors said that more than 1,000 soldiers and police had defected in the first ten "
        "months of 2026.",
        None,
    ),
    "its pilot, a sergeant (set 39)": (
        "a military paramotor came down and the PDF captured its pilot, a sergeant.",
        ("captured", "junta_army", "its pilot"),
    ),
    "a relative clause with its own subject (set 39)": (
        "troops shot dead two men who had stayed behind when the other residents fled.",
        None,
    ),
    "an earlier capture told again (set 40)": (
        "the AA also said that it had captured over 100 soldiers in the township earlier in the month (coded "
        "separately).",
        None,
    ),
}


# a seventh review (of 4e50944 to 380b085) and sets 41 and 42: what they found (each fails on 380b085)
REVIEWED_SEVENTH = {
    "the PDF ambushed a column, killed and arrested": (
        "the PDF ambushed a junta column near the village, killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "the PDF said it killed and arrested": (
        "the PDF said that it killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "the military attacked, killed and arrested": (
        "the military attacked the PDF camp, killed two PDF members and arrested three others.",
        None,
    ),
    "an aside, then attacked soldiers": (
        "the KIA, supported by the PDF, attacked soldiers and 20 of them surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
    "killed soldiers, and others surrendered": (
        "the PDF ambushed a military column, killed 5 soldiers and 7 soldiers surrendered.",
        ("surrendered", "junta_army", "7"),
    ),
    "the first day of fighting": (
        "the KIA said 20 soldiers surrendered during the first day of fighting.",
        ("surrendered", "junta_army", "20"),
    ),
    "a list with the headquarters": (
        "soldiers abandoned the outpost, the battalion headquarters and two camps.",
        ("positions_abandoned", "junta_army", "4"),
    ),
    "police motorcycles seized": ("the PDF captured 5 police motorcycles and two police rifles.", None),
    "police and military personnel": (
        "over 100 police and military personnel surrendered to the AA.",
        ("surrendered", "junta_personnel", "over 100"),
    ),
    "police special branch officers": (
        "the PDF captured two police special branch officers.",
        ("captured", "police", "two"),
    ),
    "a group's reports on social media": (
        "according to PDF reports on social media, 12 soldiers surrendered to the PDF.",
        ("surrendered", "junta_army", "12"),
    ),
    "it was rumoured that": ("it was rumoured that 20 soldiers had fled the camp.", None),
    "wounded when the PDF attacked, then fled": (
        "12 soldiers who were wounded when the PDF attacked the camp fled to Kalay.",
        ("fled", "junta_army", "12"),
    ),
    "conscripted men, then a comma": (
        "six men who had been conscripted in February, deserted from LIB 52.",
        ("fled", "junta_army", "six"),
    ),
    "militiamen and their leader": (
        "militiamen and their leader surrendered to the PDF.",
        ("surrendered", "militia", ""),
    ),
    "along with soldiers and a wife": (
        "a junta captain surrendered along with 5 soldiers and the wife of a sergeant.",
        ("surrendered", "junta_army", "6"),
    ),
    "a 15-member unit (set 42)": (
        "a 15-member People's Militia Force unit surrendered to the TNLA.",
        ("surrendered", "militia", "15"),
    ),
    "while about 70 soldiers, including officers (set 41)": (
        "some troops fled, while about 70 soldiers, including officers, surrendered to the AA.",
        ("surrendered", "junta_army", "about 70"),
    ),
    "a base, two outposts and a checkpoint (set 42)": (
        "the military abandoned a base, two outposts and a checkpoint along the road.",
        ("positions_abandoned", "junta_army", "4"),
    ),
}


# an eighth review (of 380b085 to 8c89919) and set 43: what they found (each fails on 8c89919)
REVIEWED_EIGHTH = {
    "as a result of an attack": (
        "as a result of the KIA attack, 20 soldiers fled the camp.",
        ("fled", "junta_army", "20"),
    ),
    "when a group struck": ("when the KIA struck the outpost, 20 soldiers fled.", ("fled", "junta_army", "20")),
    "in the first half of a year": ("the NUG said that 2,000 soldiers had defected in the first half of 2025.", None),
    "during the first 100 days": (
        "the NUG said 500 soldiers had surrendered during the first 100 days of Operation 1027.",
        None,
    ),
    "in an ambush, the PDF killed and arrested": (
        "in an ambush on a military column, the PDF killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "ambushed by the PDF, which killed and arrested": (
        "a military column was ambushed by the PDF, which killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "soldiers raided, killed and arrested": (
        "in retaliation for a PDF attack, soldiers raided Kyauk Ka village, killed two villagers and arrested three "
        "PDF members.",
        None,
    ),
    "the PDF said it ambushed, killed and arrested": (
        "the PDF said that it ambushed a military column, killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "claimed, without 'that'": (
        "the PDF claimed 12 soldiers were killed and five were captured.",
        ("captured", "junta_army", "five"),
    ),
    "a 40-strong column": (
        "six soldiers from a 40-strong column surrendered to the KIA.",
        ("surrendered", "junta_army", "six"),
    ),
    "one of two bases": (
        "the military abandoned the Nat Kan camp, one of two bases in the area, and the KIA seized it.",
        ("positions_abandoned", "junta_army", "the Nat Kan camp"),
    ),
    "conscripted men in a clause of their own": (
        "the PDF said that men who had been conscripted were sent to the front line, and about 200 residents fled "
        "across the border to India.",
        None,
    ),
    "along with members of a soldier's family": (
        "two soldiers defected to the PDF along with five members of a soldier's family.",
        ("defected", "junta_army", "two"),
    ),
    "in reports on social media": (
        "in reports on social media, 12 soldiers were said to have surrendered to the PDF.",
        None,
    ),
    "villagers who stayed when soldiers fled": (
        "villagers who stayed behind when the soldiers stationed there fled the outpost returned home.",
        ("fled", "junta_army", ""),
    ),
    "soldiers alongside police officers": (
        "12 soldiers alongside two police officers surrendered to the PDF.",
        ("surrendered", "junta_personnel", "14"),
    ),
    "given themselves up (set 43)": (
        "over 400 soldiers and police were reported to have given themselves up.",
        ("surrendered", "junta_personnel", "over 400"),
    ),
    "escaped from a training depot (set 43)": (
        "a conscripted soldier escaped from the training depot and returned home.",
        ("fled", "junta_army", "a conscripted soldier"),
    ),
    "the others of the clause before (set 43)": (
        "4 soldiers were killed and the CDF took two others prisoner.",
        ("captured", "junta_army", "two"),
    ),
}


#: the ninth review (of 8c89919 to 72967a3) and set 45; each fails on 72967a3 except the guards ('a column escorted
#: by police', 'in retaliation for', 'the first two months of 2025')
REVIEWED_NINTH = {
    "an opening clause, then killed and arrested": (
        "after soldiers raided Nat Chaung village, the PDF attacked the column, killed two soldiers and arrested "
        "three others.",
        ("captured", "junta_army", "three"),
    ),
    "gunmen killed and abducted": (
        "unidentified gunmen ambushed a military column near Nat Chaung village, killed two soldiers and abducted "
        "three others.",
        ("captured", "junta_army", "three"),
    ),
    "an outpost guarded by police": (
        "the PDF attacked a police outpost that was guarded by about 20 police officers, killed two police officers "
        "and arrested three others.",
        ("captured", "police", "three"),
    ),
    "a column escorted by police": (
        "the PDF ambushed a military column that was escorted by police officers, killed two soldiers and captured "
        "three others.",
        ("captured", "junta_army", "three"),
    ),
    "when soldiers entered, the PDF ambushed them": (
        "when soldiers entered Nat Chaung village, the PDF ambushed them, killed two soldiers and arrested three "
        "others.",
        ("captured", "junta_army", "three"),
    ),
    "in retaliation for the military's airstrike": (
        "in retaliation for the military's airstrike that killed 5 villagers, the PDF attacked a police station, "
        "killed two police officers and captured three others.",
        ("captured", "police", "three"),
    ),
    "a unit led by a former army captain": (
        "a PDF unit that was led by a former army captain ambushed a military column, killed two soldiers and "
        "arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "following clashes, the PDF said that it": (
        "following clashes with soldiers, the PDF said that it ambushed a column, killed two soldiers and arrested "
        "three others.",
        ("captured", "junta_army", "three"),
    ),
    "along with their commander, an aside": (
        "the KIA besieged the military camp at Nat Chaung, while 25 soldiers, along with their commander, "
        "surrendered to the KIA.",
        ("surrendered", "junta_army", "26"),
    ),
    "facing heavy attacks, an aside": (
        "the PDF attacked a police station, when 12 police officers, facing heavy attacks, surrendered to the PDF.",
        ("surrendered", "police", "12"),
    ),
    "the entire garrison, an aside": (
        "the KIA attacked the military camp, as about 40 soldiers, the entire garrison, fled from the camp.",
        ("fled", "junta_army", "about 40"),
    ),
    "in a panic, an aside": (
        "the PDF attacked the camp, when 20 soldiers, in a panic, fled from the camp.",
        ("fled", "junta_army", "20"),
    ),
    "unable to hold out, an aside": (
        "the KIA attacked the camp, as soldiers, unable to hold out, fled across the border into China.",
        ("fled_across_border", "junta_army", ""),
    ),
    "with their families, an aside": (
        "the AA captured the LIB 345 camp, where about 100 soldiers, with their families, surrendered to the AA.",
        ("surrendered", "junta_army", "about 100"),
    ),
    "in the first day of the attack (one day: no period)": (
        "the PDF said that 12 soldiers surrendered in the first day of the attack on the camp.",
        ("surrendered", "junta_army", "12"),
    ),
    "in the first two months of a year (a period)": (
        "the NUG said that 1,200 soldiers surrendered in the first two months of 2025.",
        None,
    ),
    "a list that ends in an airbase": (
        "soldiers abandoned three camps, four outposts and an airbase.",
        ("positions_abandoned", "junta_army", ""),
    ),
    "a list that ends in a named point": (
        "soldiers abandoned a camp, two outposts and the strategically important Point 1155.",
        ("positions_abandoned", "junta_army", ""),
    ),
    "conscripted into LIB No. 345": (
        "six men who had been conscripted into LIB No. 345 deserted from their unit.",
        ("fled", "junta_army", "six"),
    ),
    "conscripted, and who were sent": (
        "six men who had been conscripted, and who were sent to the front, deserted from their unit.",
        ("fled", "junta_army", "six"),
    ),
    "a side's own claim in reports on social media": (
        "the PDF claimed in reports on social media that 20 soldiers surrendered to it.",
        ("surrendered", "junta_army", "20"),
    ),
    "in reports on social media, the PDF said": (
        "in reports on social media, the PDF said that 20 soldiers surrendered to it.",
        ("surrendered", "junta_army", "20"),
    ),
    "announced in a statement that": (
        "the PDF announced in a statement that 20 soldiers surrendered to it.",
        ("surrendered", "junta_army", "20"),
    ),
    "police fighting alongside soldiers": (
        "10 police officers fighting alongside soldiers surrendered to the PDF.",
        ("surrendered", "police", "10"),
    ),
    "urged to consider giving themselves up": (
        "the PDF urged the soldiers to consider giving themselves up, but they refused.",
        None,
    ),
    "fled rather than giving themselves up": (
        "12 soldiers fled the camp rather than giving themselves up to the PDF.",
        ("fled", "junta_army", "12"),
    ),
    "a surrender told after 'after', coded separately (set 45)": (
        "the strikes came two weeks after the military's LIB-540 headquarters near the town was seized by the AA "
        "and most of its troops surrendered (coded separately). The AA said it had moved many residents out of the "
        "area in advance.",
        None,
    ),
}


#: gaps named in docs/exchange.md ("Still not read") and closed: things captured, people escaping captivity, 'they'
#: after a side surrounded others; each fails on f2d3367 except the guards
GAPS_CLOSED = {
    "weapons left by the soldiers": ("the AA captured weapons abandoned by the fleeing soldiers.", None),
    "guns which the soldiers abandoned": ("the PDF said it had seized 20 guns which the soldiers abandoned.", None),
    "weapons that soldiers had left behind": ("the KIA captured weapons that soldiers had left behind.", None),
    "weapons and soldiers (a guard)": ("the PDF captured weapons and 20 soldiers.", ("captured", "junta_army", "20")),
    "escaped from custody (a guard)": ("three prisoners of war escaped from KIA custody.", None),
    "prisoners of war escaped": ("three prisoners of war escaped and returned to their unit.", None),
    "captured, while others fled (a guard)": (
        "the AA captured three soldiers, while about 30 others fled into the forest.",
        ("fled", "junta_army", "about 30"),
    ),
    "they, after a side surrounded a camp": (
        "the PDF surrounded the camp, and they surrendered after two days.",
        ("surrendered", "junta_army", ""),
    ),
    "they, after a side besieged police": (
        "the KIA besieged police officers in the town, and they surrendered.",
        ("surrendered", "police", ""),
    ),
    "they, after a side attacked": (
        "the PDF attacked the camp, and they fled to the nearby town.",
        ("fled", "junta_army", ""),
    ),
    "they, before": (
        "the PDF besieged the outpost for a week before they surrendered.",
        ("surrendered", "junta_army", ""),
    ),
}


#: the tenth review (of 72967a3 to f2d3367): each fails on f2d3367 except the guards; ACLED's first actor is the PDF
#: unless the case says 'actor1 the military'
REVIEWED_TENTH = {
    "the military's arrest after verbs with no subject": (
        "soldiers entered Nat Chaung village, searched houses, killed two PDF members and arrested three others.",
        None,
    ),
    "the military's arrest, backed by militia": (
        "soldiers, backed by Pyu Saw Htee militia, raided the village, killed two PDF members and arrested three "
        "others.",
        None,
    ),
    "the military's arrest, meanwhile": (
        "the military, meanwhile, raided the village, killed two PDF members and arrested three others.",
        None,
    ),
    "the military's arrest, a relative clause": (
        "the military, which had lost the town, launched airstrikes, raided the village, killed two PDF members and "
        "arrested three others.",
        None,
    ),
    "the military's arrest, according to local sources": (
        "according to local sources, junta troops entered the village, opened fire, killed two villagers and arrested "
        "three PDF members.",
        None,
    ),
    "the military said that it had arrested": (
        "the military announced in state media that it had arrested 20 PDF members.",
        None,
    ),
    "the military said that it had arrested (before the change too)": (
        "the military said that it had arrested 20 PDF members.",
        None,
    ),
    "the passive's agent in an aside": (
        "a military column, which was attacked by the PDF, raided the village, killed 10 villagers and arrested 15 PDF "
        "members.",
        None,
    ),
    "an opening clause, unable to hold out": (
        "when the PDF attacked the camp, unable to hold out, 20 soldiers fled.",
        ("fled", "junta_army", "20"),
    ),
    "an opening clause, the entire garrison": (
        "after the KIA overran the camp, the entire garrison of about 60 soldiers surrendered to the KIA.",
        ("surrendered", "junta_army", "about 60"),
    ),
    "an opening clause, with their weapons drawn": (
        "when the PDF arrived, with their weapons drawn, 12 police officers surrendered.",
        ("surrendered", "police", "12"),
    ),
    "a position near the airport": (
        "soldiers abandoned two camps and an outpost near the airport.",
        ("positions_abandoned", "junta_army", "3"),
    ),
    "a checkpoint at Point 1155": (
        "soldiers abandoned three outposts and a checkpoint at Point 1155.",
        ("positions_abandoned", "junta_army", "4"),
    ),
    "in the first months of the war": (
        "the NUG said that 1,200 soldiers defected in the first months of the war.",
        None,
    ),
    "in the first week of the fighting": (
        "the AA said that 120 soldiers surrendered in the first week of the fighting.",
        None,
    ),
    "in the first two days of the attack": (
        "the PDF said that 12 soldiers surrendered in the first two days of the attack on the camp.",
        None,
    ),
    "in the first year of the revolution (before the change too)": (
        "the NUG said that 3,000 soldiers and police officers defected in the first year of the revolution.",
        None,
    ),
    "urged, and later giving themselves up": (
        "the PDF urged the soldiers to surrender, and two days later 12 soldiers were seen giving themselves up at the "
        "gate.",
        ("surrendered", "junta_army", "12"),
    ),
    "after urging, ended up giving themselves up": (
        "after the PDF urged them to surrender, 12 soldiers ended up giving themselves up.",
        ("surrendered", "junta_army", "12"),
    ),
    "stated, in reports on social media, that": (
        "the PDF stated, in reports on social media, that 20 soldiers surrendered to it.",
        ("surrendered", "junta_army", "20"),
    ),
    "about 100 in all": (
        "the AA captured the camp, where the soldiers, about 100 in all, surrendered to the AA.",
        ("surrendered", "junta_army", "about 100"),
    ),
}
#: the same review's cases with the military as ACLED's first actor: the side that arrests is read from the notes
REVIEWED_TENTH_MILITARY_FIRST = {
    "the PDF seized weapons, then killed and arrested": (
        "the PDF attacked the police station, seized weapons, killed two police officers and arrested three others.",
        ("captured", "police", "three"),
    ),
    "a relative clause after the column": (
        "the PDF ambushed a column, which had arrived from Kale, killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "according to the PDF, its troops": (
        "according to the PDF, its troops ambushed a column, killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "overran it": (
        "the PDF stormed the Nat Chaung police station in the early morning, overran it, killed four police officers "
        "and arrested six others.",
        ("captured", "police", "six"),
    ),
    "the KIA, according to its spokesperson": (
        "the KIA, according to its spokesperson, attacked the camp, killed five soldiers and arrested seven others.",
        ("captured", "junta_army", "seven"),
    ),
    "told an outlet of two words that it": (
        "the PDF told Myanmar Now that it ambushed a column, killed two soldiers and arrested three others.",
        ("captured", "junta_army", "three"),
    ),
    "a spokesperson told local media that its fighters": (
        "a PDF spokesperson told local media that its fighters ambushed a column, killed two soldiers and arrested "
        "three others.",
        ("captured", "junta_army", "three"),
    ),
    "the military recaptured its own deserters": (
        "troops raided Nat Chaung village, searched houses, killed one deserter and captured three soldiers who had "
        "deserted.",
        None,
    ),
}


#: sets 46 and 47 (written on f2d3367): wording each fixed, in short; each fails on f2d3367 except the guards
SETS_46_47 = {
    "posts on Facebook claimed": (
        "posts on Facebook claimed that several police officers had refused orders and fled to KNU-controlled areas.",
        None,
    ),
    "unverified Telegram posts": (
        "unverified Telegram posts claimed that a KNDF battalion had laid down its arms.",
        None,
    ),
    "a handback of captured soldiers": (
        "the AA and the military exchanged prisoners, with the AA returning 14 captured soldiers.",
        None,
    ),
    "a group, about 15 men,": (
        "the local Pyu Saw Htee, about 15 men, switched sides and went over to the PDF.",
        ("defected", "militia", "about 15"),
    ),
    "left their base and joined another battalion (a guard)": (
        "four soldiers left their base and joined another battalion.",
        ("positions_abandoned", "junta_army", "their base"),
    ),
    "a media claim the PDF denies": (
        "military-controlled media claimed that 25 PDF members had defected. The PDF group named in the report "
        "denied that any of its members had defected.",
        None,
    ),
    "a video that purported to show": (
        "a video circulated widely on social media that purported to show soldiers surrendering to a PDF group.",
        None,
    ),
    "talks over the group's surrender": (
        "talks between the military and a local PDF group over the group's surrender broke down.",
        None,
    ),
    "a retired police major": ("PDF members abducted a retired police major who was living in the town.", None),
    "a private conscripted in 2024": (
        "the PDF said it captured a soldier, a private conscripted in 2024, and seized his rifle.",
        ("captured", "junta_army", "a soldier"),
    ),
    "returned to the legal fold": (
        "12 members of a local PDF returned to the legal fold and handed over four guns.",
        ("surrendered", "resistance", "12"),
    ),
}
#: the same sets' wording whose note opens with its own date, or whose first actor is the side that defected
SETS_46_47_OWN = {
    "a place in brackets after the verb": (
        (
            "On 24 March 2024, nine soldiers from LIB-541 deserted from their base at Nyaung Kan village (Salin "
            "township, Minbu district, Magway region), taking four rifles with them.",
            "Strategic developments",
            MILITARY,
            "",
        ),
        ("fled", "junta_army", "nine"),
    ),
    "left their post and joined the PDF": (
        (
            PLACE + "four police officers from the town's police station left their post and joined the local PDF.",
            "Strategic developments",
            "Police Forces of Myanmar (2021-)",
            PDF,
        ),
        ("defected", "police", "four"),
    ),
}


#: the eleventh review (of f2d3367 to 846fe5e): each fails on 846fe5e except the guards (wording the fixes broke
#: on the way); ACLED's first actor is the
#: PDF unless the case says 'actor1 the military'
REVIEWED_ELEVENTH = {
    "then PDF fighters ambushed them": (
        "soldiers raided the village, then PDF fighters ambushed them, killed one soldier and arrested two others.",
        ("captured", "junta_army", "two"),
    ),
    "then soldiers shelled the village": (
        "PDF fighters ambushed a column, then soldiers shelled the village, killed two civilians and arrested three "
        "PDF members.",
        None,
    ),
    "killed two soldiers, seized weapons, and arrested (a guard)": (
        "PDF fighters stormed the camp, killed two soldiers, seized weapons, and arrested four soldiers.",
        ("captured", "junta_army", "four"),
    ),
    "meanwhile, soldiers raided and arrested": (
        "the PDF attacked a military column, meanwhile, soldiers raided a nearby village and arrested five PDF "
        "members.",
        None,
    ),
    "troops based in a town raided and arrested (a guard)": (
        "about 100 troops from LIB 228, based in Kalewa, raided the village, burned houses and arrested three PDF "
        "members.",
        None,
    ),
    "soldiers disguised as civilians (a guard)": (
        "soldiers disguised as civilians raided the village and arrested three PDF members.",
        None,
    ),
    "the military stated that its forces had arrested (a guard)": (
        "the military stated that its forces had raided a PDF hideout and arrested six members.",
        None,
    ),
    "after 70 soldiers who had defended the camp": (
        "after 70 soldiers who had defended the camp, including officers, surrendered, the PDF took the camp.",
        ("surrendered", "junta_army", "70"),
    ),
    "after the trapped soldiers, unable to hold out": (
        "after the trapped soldiers, unable to hold out, surrendered, the PDF took the camp.",
        ("surrendered", "junta_army", ""),
    ),
    "the PDF denied that any of its members were involved": (
        "local media reported that 20 soldiers had surrendered to the PDF. The PDF denied that any of its members were "
        "involved.",
        ("surrendered", "junta_army", "20"),
    ),
    "hostages were freed after soldiers fled": (
        "hostages were freed after 30 soldiers fled the camp.",
        ("fled", "junta_army", "30"),
    ),
    "escaped from the custody of the military": (
        "three soldiers escaped from custody of the military after being arrested for refusing to fight, and joined "
        "the PDF.",
        ("fled", "junta_army", "three"),
    ),
    "equipment owned by soldiers and two soldiers": (
        "the PDF captured equipment owned by soldiers and two soldiers.",
        ("captured", "junta_army", "two"),
    ),
    "a PDF post on Facebook said": (
        "a PDF post on Facebook said that 30 soldiers had surrendered to the group.",
        ("surrendered", "junta_army", "30"),
    ),
    "released a video that purports to show them": (
        "the PDF said that 30 soldiers surrendered, and released a video that purports to show them.",
        ("surrendered", "junta_army", "30"),
    ),
    "left the village and joined the KIA in the offensive": (
        "PDF fighters left their positions in Kale and joined the KIA's offensive.",
        ("positions_abandoned", "resistance", ""),
    ),
    "left the army in 2022 and joined (a guard)": ("a soldier left the army in 2022 and joined the PDF.", None),
    "they fled, after an attack on soldiers": (
        "the PDF attacked soldiers at the bridge, and they fled.",
        ("fled", "junta_army", ""),
    ),
    "they eventually surrendered": (
        "the PDF surrounded the camp, and they eventually surrendered.",
        ("surrendered", "junta_army", ""),
    ),
    "with their families, 40 in all": (
        "the soldiers, with their families, 40 in all, surrendered to the PDF.",
        ("surrendered", "junta_army", ""),
    ),
    "told an outlet on a day that": (
        "a PDF spokesperson told RFA Burmese on Tuesday that 14 soldiers had surrendered.",
        ("surrendered", "junta_army", "14"),
    ),
    "left their post and joined, ACLED's first actor the PDF": (
        "two soldiers left their post and joined the local PDF.",
        ("defected", "junta_army", "two"),
    ),
    "the entire garrison": (
        "while the PDF besieged the camp, the entire garrison surrendered.",
        ("surrendered", "junta_army", ""),
    ),
    "joined the PDF attack (a guard)": ("the soldiers left the camp and joined the PDF attack on Kalewa.", None),
}
#: the same review's cases with the military as ACLED's first actor
REVIEWED_ELEVENTH_MILITARY_FIRST = {
    "after which the PDF attacked them": (
        "soldiers raided the village, after which the PDF attacked them, killed two and captured three soldiers.",
        ("captured", "junta_army", "three"),
    ),
    "after which PDF fighters attacked and arrested": (
        "troops raided the village, after which PDF fighters attacked the outpost and arrested eight soldiers.",
        ("captured", "junta_army", "eight"),
    ),
}
#: the review's notes that open with their own date and a place that is no preamble
REVIEWED_ELEVENTH_OWN = {
    "a place that holds captured soldiers": (
        "On 3 April 2025, at a camp where captured soldiers are held in Kale town (Kale district, Sagaing region), "
        "the military launched an airstrike.",
        None,
    ),
    "the subject before the place, then ', and' (a guard)": (
        "On 24 March 2025, the PDF attacked an outpost in Mingin township (Kale district, Sagaing region), and nine "
        "soldiers surrendered.",
        ("surrendered", "junta_army", "nine"),
    ),
}


#: sets 48 and 49 (written on 846fe5e): wording each fixed, in short; each fails on 846fe5e except the guards
SETS_48_49 = {
    "and KNDF fighters withdrew": (
        "military troops launched an offensive and KNDF fighters withdrew from two frontline positions.",
        ("positions_abandoned", "armed_group", "two"),
    ),
    "overran a camp and at least 25 soldiers surrendered": (
        "KIA and allied PDF forces overran a military camp and at least 25 soldiers surrendered.",
        ("surrendered", "junta_army", "at least 25"),
    ),
    "soldiers and Pyu Saw Htee members": (
        "military soldiers and Pyu Saw Htee members fled the town as PDF and TNLA forces advanced.",
        ("fled", "junta_personnel", ""),
    ),
    "officers from the police station": (
        "around 10 officers from the Kyunsu police station fled their posts and went into hiding.",
        ("fled", "police", "around 10"),
    ),
    "accused of helping soldiers defect": (
        "the KIA detained two men accused of helping soldiers defect to the resistance.",
        None,
    ),
    "Telegram channels claimed without evidence": (
        "pro-military Telegram channels claimed without evidence that dozens of AA fighters had surrendered.",
        None,
    ),
    "at least five camps": (
        "the military withdrew from at least five camps along the Kaladan river.",
        ("positions_abandoned", "junta_army", "at least five"),
    ),
    "across the Moei river into Mae Sot district": (
        "some 45 soldiers crossed the Moei river into Mae Sot district that night and asked for protection.",
        ("fled_across_border", "junta_army", "some 45"),
    ),
    "the father and brother of a Pyu Saw Htee leader": (
        "members of a local PDF detained the father and brother of a Pyu Saw Htee leader.",
        None,
    ),
    "surrender terms": (
        "the AA had offered the troops surrender terms earlier in the week, which the commander rejected.",
        None,
    ),
    "which is coded separately": (
        "the strike came three days after about 40 soldiers surrendered to the AA at a naval outpost nearby, which is "
        "coded separately.",
        None,
    ),
    "handing over captured soldiers in an exchange": (
        "the MNDAA and the military exchanged prisoners, with the MNDAA handing over 35 captured soldiers in return "
        "for 12 of its members held by the military.",
        None,
    ),
}
#: the same sets' wording whose note opens with its own date
SETS_48_49_OWN = {
    "the subject before the place in brackets": (
        (
            "Change to armed group: On 4 June 2025, a captain and a sergeant from LIB-245, based in Thayet township "
            "(Thayet district, Magway region), defected from the military.",
            "Strategic developments",
            MILITARY,
            "",
        ),
        ("defected", "junta_army", "2"),
    ),
    "cutting ties with the military": (
        (
            PLACE + "more than 150 members of BGF Battalion 1019 announced that they were cutting ties with the "
            "military and joining the KNLA.",
            "Strategic developments",
            "Military Forces of Myanmar (2021-) Border Guard Force",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
        ),
        ("defected", "bgf", "more than 150"),
    ),
}


#: the twelfth review (of 846fe5e to 59d9121, 522 notes with the reviewer's expected decisions); each fails on 59d9121
REVIEWED_TWELFTH = {
    "a15": (
        "the PDF attacked the camp, after which 12 soldiers surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "a16": (
        "PDF fighters surrounded the camp, whereupon 15 soldiers surrendered.",
        ("surrendered", "junta_army", "15"),
    ),
    "a17": (
        "PDF fighters surrounded the camp, upon which 15 soldiers surrendered.",
        ("surrendered", "junta_army", "15"),
    ),
    "b1": (
        "the PDF attacked the camp, after which the soldiers surrendered.",
        ("surrendered", "junta_army", ""),
    ),
    "b2": (
        "the PDF attacked the camp, after which 12 soldiers fled.",
        ("fled", "junta_army", "12"),
    ),
    "c6": (
        "after the PDF attacked soldiers, including two officers, 15 soldiers surrendered.",
        ("surrendered", "junta_army", "15"),
    ),
    "c21": (
        "when the KIA attacked police, including officers at the station, 12 police officers surrendered.",
        ("surrendered", "police", "12"),
    ),
    "e11": (
        "12 soldiers from the camp raided by PDF and KNDF fighters surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "e12": (
        "about 30 soldiers surrounded by KIA and PDF fighters surrendered.",
        ("surrendered", "junta_army", "about 30"),
    ),
    "e13": (
        "soldiers besieged by the KIA and TNLA surrendered after a week.",
        ("surrendered", "junta_army", ""),
    ),
    "g13": (
        "the military claimed without evidence that 30 PDF members had surrendered.",
        None,
    ),
    "g14": (
        "the military claimed, without providing evidence, that 30 PDF members had surrendered.",
        None,
    ),
    "g15": (
        "the PDF said, without providing any evidence, that 30 soldiers had surrendered.",
        None,
    ),
    "h8": (
        "two PDF members escaped from military custody.",
        None,
    ),
    "h9": (
        "two PDF members escaped from the custody of the military.",
        None,
    ),
    "h16": (
        "two soldiers who had been detained by their unit for desertion escaped from the army's custody.",
        ("fled", "junta_army", "two"),
    ),
    "i36": (
        "five soldiers left their unit last year and joined the PDF.",
        None,
    ),
    "j11": (
        "soldiers shelled the village, and they fled.",
        None,
    ),
    "j12": (
        "soldiers shelled the village, and they fled to the forest.",
        None,
    ),
    "j30": (
        "the PDF warned villagers cutting ties with the military would be safe.",
        None,
    ),
    "k8": (
        "20 soldiers fled to Kawthaung, opposite Ranong.",
        ("fled", "junta_army", "20"),
    ),
    "k10": (
        "20 soldiers fled to the Mae Sot road.",
        ("fled", "junta_army", "20"),
    ),
    "k15": (
        "20 soldiers fled to Muse, across from Ruili.",
        ("fled", "junta_army", "20"),
    ),
    "l2": (
        "the garrison, about 200 men, surrendered to the AA.",
        ("surrendered", "junta_army", "about 200"),
    ),
    "l3": (
        "the garrison, 200 in all, surrendered to the AA.",
        ("surrendered", "junta_army", "200"),
    ),
    "l4": (
        "security personnel, 40 in all, fled the town.",
        ("fled", "junta_personnel", "40"),
    ),
    "m7": (
        "PDF fighters ambushed the column before soldiers reached the bridge and arrested two soldiers.",
        ("captured", "junta_army", "two"),
    ),
    "m10": (
        "soldiers raided the village after PDF fighters attacked and arrested three PDF members.",
        None,
    ),
    "m23": (
        "the PDF and KIA attacked the camp as the military retreated, killed five soldiers and captured seven.",
        ("captured", "junta_army", "seven"),
    ),
    "n0": (
        "the PDF ambushed the column as soldiers retreated and arrested three soldiers.",
        ("captured", "junta_army", "three"),
    ),
    "n2": (
        "PDF fighters attacked the outpost after soldiers raided the village and arrested four soldiers.",
        ("captured", "junta_army", "four"),
    ),
    "n8": (
        "soldiers raided the village after PDF fighters attacked the outpost and arrested three PDF members.",
        None,
    ),
    "o2": (
        "two PDF members who had been detained since 2023 escaped.",
        None,
    ),
    "o3": (
        "two soldiers who had been captured when the PDF raided the camp escaped.",
        None,
    ),
    "o6": (
        "two soldiers who had been held once the camp fell escaped.",
        None,
    ),
    "p0": (
        "local media reported that 20 PDF members had surrendered. The PDF denied that any of its members had "
        "laid down their arms.",
        None,
    ),
    "p1": (
        "local media reported that 20 PDF members had surrendered. The PDF denied that any of its members had "
        "given themselves up.",
        None,
    ),
    "p4": (
        "local media reported that 20 PDF members had surrendered to the military. The PDF denied that its "
        "members were among them.",
        None,
    ),
    "q0": (
        "soldiers opened fire on the village, and they fled to the forest.",
        None,
    ),
    "q1": (
        "soldiers arrived in the village, and they fled.",
        None,
    ),
    "q2": (
        "the military bombed the town, and they fled.",
        None,
    ),
}


#: sets 50 and 51 (written on 59d9121): wording each fixed, in short; each fails on 59d9121
SETS_50_51 = {
    "ACLED's actor name in a note": (
        "about 80 Military Forces of Myanmar (2021-) soldiers fled across the border into China.",
        ("fled_across_border", "junta_army", "about 80"),
    ),
    "ACLED's BGF actor name in a note": (
        "120 members of the Military Forces of Myanmar (2021-) Border Guard Force surrendered to the KNLA.",
        ("surrendered", "bgf", "120"),
    ),
    "negotiations over the garrison's surrender": (
        "negotiations between the KIA and the garrison of a besieged Myanmar military camp over the garrison's "
        "surrender broke down.",
        None,
    ),
    "in return for three detained members": (
        "the KIA released five captured soldiers in return for three detained KIA members.",
        None,
    ),
    "captured 12, including a captain": (
        "the PDF claimed it killed four soldiers and captured 12, including a captain, along with 15 weapons.",
        ("captured", "junta_army", "12"),
    ),
    "social media accounts circulated claims": (
        "pro-resistance social media accounts circulated claims that dozens of troops had surrendered to the AA.",
        None,
    ),
    "had been captured in an earlier year": (
        "the MNDAA released 27 soldiers. The soldiers had been captured during the fighting for Lashio in July 2024.",
        None,
    ),
    "had abandoned the outpost earlier": (
        "two KIA fighters were killed by a landmine inside a former military outpost. Troops had abandoned the outpost "
        "in early September.",
        None,
    ),
    "escaped back to their camp": (
        "the PDF ambushed a supply convoy, aiming to capture its crew, but the soldiers escaped back to their camp.",
        None,
    ),
    "as many as 150, including a general": (
        "the AA said as many as 150 soldiers, including a brigadier general, surrendered when the base fell.",
        ("surrendered", "junta_army", "as many as 150"),
    ),
}


#: the thirteenth review (of 59d9121 to 1cc122c; 457 notes with the reviewer's expected decisions): (notes, event
#: type, actor1, actor2) -> expected; each fails on 1cc122c
REVIEWED_THIRTEENTH = {
    "E5": (
        (
            PLACE + ("an outpost was stormed by the PDF and 4 soldiers were taken prisoner."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "4"),
    ),
    "E8": (
        (
            PLACE + ("the camp was raided by the KIA and the PDF and 11 soldiers fled into China."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled_across_border", "junta_army", "11"),
    ),
    "E11": (
        (
            PLACE + ("the outpost was attacked by the PDF and the military arrested two PDF members the next day."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E16": (
        (
            PLACE + ("the camp was surrounded by the KIA and 30 soldiers surrendered."),
            "Battles",
            "KIA: Kachin Independence Army",
            "",
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "E18": (
        (
            PLACE + ("the camp was shelled by the PDF and the soldiers fled their positions."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "E19": (
        (
            PLACE + ("the base was captured by the AA and 200 soldiers surrendered."),
            "Battles",
            "AA: Arakan Army",
            "",
        ),
        ("surrendered", "junta_army", "200"),
    ),
    "E20": (
        (
            PLACE + ("a PDF camp was raided by soldiers and the soldiers arrested 6 PDF members."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E21": (
        (
            PLACE
            + ("a junta column was ambushed by PDF fighters and the survivors fled, and 2 soldiers were captured."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "2"),
    ),
    "E25": (
        (
            PLACE + ("the column was ambushed by the PDF and two soldiers were taken captive."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "two"),
    ),
    "E26": (
        (
            PLACE + ("the outpost was stormed by PDF fighters and the KNDF and 8 soldiers were captured."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "8"),
    ),
    "G23": (
        (
            PLACE + ("the PDF killed four soldiers and captured 1,200 rounds of ammunition."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G28": (
        (
            PLACE
            + (
                "the military arrested 5 PDF members after PDF fighters attacked a checkpoint and "
                "captured two soldiers."
            ),
            "Battles",
            MILITARY,
            PDF,
        ),
        ("captured", "junta_army", "two"),
    ),
    "G37": (
        (
            PLACE + ("the military retaliated after PDF fighters ambushed a convoy and abducted two soldiers."),
            "Battles",
            MILITARY,
            PDF,
        ),
        ("captured", "junta_army", "two"),
    ),
    "G38": (
        (
            PLACE + ("the military retaliated because PDF fighters attacked a post and arrested a police officer."),
            "Battles",
            MILITARY,
            PDF,
        ),
        ("captured", "police", "a police officer"),
    ),
    "G39": (
        (
            PLACE + ("the PDF retaliated after the military attacked a village and arrested 3 PDF members."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G40": (
        (
            PLACE + ("the PDF retaliated after soldiers attacked a village and arrested 3 PDF members."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G43": (
        (
            PLACE + ("the PDF killed two soldiers and captured 2,500 rounds of ammunition."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G44": (
        (
            PLACE + ("PDF fighters killed three soldiers and captured 1,000 bullets and two guns."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G53": (
        (
            PLACE + ("the PDF attacked a police station after police raided a village and arrested 5 PDF members."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G54": (
        (
            PLACE + ("clashes broke out after soldiers raided the village and arrested 4 PDF members."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G57": (
        (
            PLACE + ("the PDF shelled the camp because soldiers had raided the village and arrested 3 PDF members."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G59": (
        (
            PLACE + ("the military shelled the village after the PDF raided an outpost and took away two soldiers."),
            "Battles",
            MILITARY,
            PDF,
        ),
        ("captured", "junta_army", "two"),
    ),
    "G60": (
        (
            PLACE + ("the military raided the village while PDF members attacked the outpost and arrested 2 soldiers."),
            "Battles",
            MILITARY,
            PDF,
        ),
        ("captured", "junta_army", "2"),
    ),
    "K9": (
        (
            PLACE + ("the PDF captured 8 soldiers; the military dismissed the claim without evidence."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "8"),
    ),
    "K11": (
        (
            PLACE + ("pro-military accounts circulated claims that 10 PDF members surrendered."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "K12": (
        (
            PLACE + ("the PDF circulated claims that 25 soldiers deserted."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "K17": (
        (
            PLACE + ("a photo purporting to show captured soldiers circulated; the PDF said it captured 5 soldiers."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "5"),
    ),
    "K26": (
        (
            PLACE + ("according to posts on Facebook, 13 soldiers surrendered to the PDF."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "K30": (
        (
            PLACE + ("the PDF said 30 soldiers surrendered; the military denied it without evidence."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "N18": (
        (
            PLACE + ("8 soldiers escaped from the detention centre where they guarded prisoners, and joined the PDF."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "8"),
    ),
    "N32": (
        (
            PLACE + ("three soldiers escaped from a jail run by the military where they had been held for desertion."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "three"),
    ),
    "O9": (
        (
            PLACE
            + (
                "two soldiers had fled their base and joined the PDF, the PDF said, adding that they "
                "had served in Kale since 2023."
            ),
            "Battles",
            PDF,
            MILITARY,
        ),
        (
            "defected",
            "junta_army",
            "two",
        ),  # left their base, then joined: a defection (as 'left their post and joined')
    ),
    "O10": (
        (
            PLACE + ("PDF fighters had captured 4 soldiers, the PDF said in a statement released in April 2025."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "4"),
    ),
    "O18": (
        (
            PLACE + ("twenty soldiers had abandoned the camp in Kale, which had been under siege since March 2025."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_army", "the camp"),
    ),
    "O19": (
        (
            PLACE
            + ("police officers had abandoned the police station in Kale, which the PDF occupied in early April."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "police", "the police station"),
    ),
    "O22": (
        (
            PLACE
            + (
                "12 soldiers had been captured by the PDF during the fighting on 2 April, in 2025's "
                "largest raid in Kale."
            ),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "12"),
    ),
    "O23": (
        (
            PLACE + ("the PDF had captured 3 soldiers in Kale township during the attack, which began in April."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "3"),
    ),
    "O25": (
        (
            PLACE + ("since March 2025, when the offensive began, 40 soldiers had surrendered to the PDF, it said."),
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "O27": (
        (
            PLACE
            + (
                "the KIA shelled the base, which had been taken by the KIA in January 2025, when about "
                "30 soldiers surrendered."
            ),
            "Battles",
            "KIA: Kachin Independence Army",
            "",
        ),
        None,
    ),
    "O29": (
        (
            PLACE + ("the KIA said it had captured 15 soldiers in early April."),
            "Battles",
            "KIA: Kachin Independence Army",
            "",
        ),
        ("captured", "junta_army", "15"),
    ),
    "O39": (
        (
            PLACE
            + (
                "the PDF had captured 6 soldiers during the ambush in Kale, where fighting has continued since January."
            ),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "6"),
    ),
    "P4": (
        (
            PLACE
            + ("three soldiers left their battalion and joined the PDF, which had previously attacked their base."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "three"),
    ),
    "P6": (
        (
            PLACE + ("three soldiers left their battalion and joined the PDF, which was formed in 2021."),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "three"),
    ),
    "P8": (
        (
            PLACE
            + (
                "four police officers quit the force and joined the PDF, the PDF said, the past week "
                "having seen heavy fighting."
            ),
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "police", "four"),
    ),
    "Q16": (
        (
            PLACE + ("the military said 11 PDF members surrendered. The KIA denied that its members had done so."),
            "Battles",
            MILITARY,
            PDF,
        ),
        ("surrendered", "resistance", "11"),
    ),
}
#: sets 52 and 53 (written on 1cc122c): wording each fixed, in short; each fails on 1cc122c
SETS_52_53 = {
    "contacted it about defecting": (
        "the PDF said that a soldier at the camp had contacted it about defecting and that arrangements for his escape "
        "were under way.",
        None,
    ),
}


#: sets 54 and 55 (written on ae17221): wording each fixed, in short, with ACLED's event type and actors;
#: each fails on ae17221
SETS_54_55 = {
    "scattered into the jungle": (
        (
            PLACE + "the KNDF ambushed a military column. Between 30 and 40 soldiers scattered into the jungle, "
            "according to the KNDF.",
            "Battles",
            MILITARY,
            "KNDF: Karenni Nationalities Defense Force",
        ),
        ("fled", "junta_army", "Between 30 and 40"),
    ),
    "a company of about 40 men": (
        (
            "Change to armed group: " + PLACE + "a BGF company of about 40 men defected to the KIA, according to a "
            "KIA spokesperson.",
            "Strategic developments",
            MILITARY + " Border Guard Force",
            "",
        ),
        ("defected", "bgf", "about 40"),
    ),
    "a call to surrender to the AA or defect": (
        (
            PLACE + "the NUG issued a statement calling on military personnel in Rakhine state, especially those in "
            "Sittwe, to surrender to the AA or defect through the People's Embrace program.",
            "Strategic developments",
            "NUG: National Unity Government",
            MILITARY,
        ),
        None,
    ),
    "claims to have captured dozens this month": (
        (
            PLACE + "talks on the base failed. The AA claims to have captured dozens of soldiers in southern Rakhine "
            "this month.",
            "Strategic developments",
            AA,
            MILITARY,
        ),
        None,
    ),
    "captured others, according to the PDF": (
        (
            PLACE + "PDF fighters raided a military outpost, killing three soldiers and capturing six others, "
            "according to the Kanbalu PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "six"),
    ),
    "handed over more than 100 captured soldiers": (
        (
            PLACE + "the MNDAA handed over more than 100 captured soldiers to military representatives under "
            "Chinese mediation.",
            "Strategic developments",
            "MNDAA: Myanmar National Democratic Alliance Army",
            MILITARY,
        ),
        None,
    ),
    "a duty to accept surrenders": (
        (
            PLACE + "PDF fighters shot dead three soldiers during a clash. The NUG reminded its forces of their duty "
            "to accept surrenders.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "detained by their commander": (
        (
            PLACE + "two soldiers who tried to desert were caught and detained by their commander.",
            "Strategic developments",
            MILITARY,
            "",
        ),
        None,
    ),
}
#: the fourteenth review (of 1cc122c to ae17221; 386 notes with the reviewer's expected decisions): what it found,
#: each fails on 7418670 (the commit before these fixes)
REVIEWED_FOURTEENTH = {
    "D2: the camp had been surrounded by the": (
        (
            PLACE + "the camp had been surrounded by the KIA and 30 soldiers surrendered.",
            "Battles",
            "KIA: Kachin Independence Army",
            "",
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "D9: the base was overrun by the AA": (
        (
            PLACE + "the base was overrun by the AA and more than 100 soldiers fled.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("fled", "junta_army", "more than 100"),
    ),
    "E8: the soldiers attacked the PDF camp but": (
        (PLACE + "the soldiers attacked the PDF camp but were repulsed, and they fled.", "Battles", PDF, MILITARY),
        ("fled", "junta_army", ""),
    ),
    "E18: the soldiers were attacked by the PDF": (
        (PLACE + "the soldiers were attacked by the PDF, and they fled.", "Battles", PDF, MILITARY),
        ("fled", "junta_army", ""),
    ),
    "E24: the troops were ambushed twice on the": (
        (
            PLACE + "the troops were ambushed twice on the road, and they fled back towards Kale.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "E26: the soldiers ran out of ammunition after": (
        (
            PLACE + "the soldiers ran out of ammunition after the PDF attacked them, and they fled.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "E28: militia members lost their leader in the": (
        (PLACE + "militia members lost their leader in the clash, and they fled.", "Battles", PDF, "Pyu Saw Htee"),
        ("fled", "militia", ""),
    ),
    "E14: the soldiers' commander was killed, and they": (
        (PLACE + "the soldiers' commander was killed, and they fled.", "Battles", PDF, MILITARY),
        ("fled", "junta_army", ""),
    ),
    "E39: soldiers set fire to houses, and they": (
        (PLACE + "soldiers set fire to houses, and they fled.", "Battles", PDF, MILITARY),
        None,
    ),
    "E40: police officers beat the protesters, and they": (
        (
            PLACE + "police officers beat the protesters, and they fled.",
            "Battles",
            "Police Forces of Myanmar (2021-)",
            "Protesters (Myanmar)",
        ),
        None,
    ),
    "B2: the PDF killed about 20 soldiers and": (
        (PLACE + "the PDF killed about 20 soldiers and captured five.", "Battles", PDF, MILITARY),
        ("captured", "junta_army", "five"),
    ),
    "B5: the KNDF killed three police officers and": (
        (
            PLACE + "the KNDF killed three police officers and captured two.",
            "Battles",
            "KNDF: Karenni Nationalities Defense Force",
            MILITARY,
        ),
        ("captured", "police", "two"),
    ),
    "B7: the PDF killed four Myanmar army soldiers": (
        (PLACE + "the PDF killed four Myanmar army soldiers and captured 12.", "Battles", PDF, MILITARY),
        ("captured", "junta_army", "12"),
    ),
    "B14: the PDF killed four soldiers and captured": (
        (PLACE + "the PDF killed four soldiers and captured 12 more.", "Battles", PDF, MILITARY),
        ("captured", "junta_army", "12"),
    ),
    "B18: the PDF killed four soldiers and captured": (
        (PLACE + "the PDF killed four soldiers and captured a further 12.", "Battles", PDF, MILITARY),
        ("captured", "junta_army", "12"),
    ),
    "B26: the AA killed over 100 soldiers and": (
        (PLACE + "the AA killed over 100 soldiers and captured 230.", "Battles", "AA: Arakan Army", MILITARY),
        ("captured", "junta_army", "230"),
    ),
    "B27: the PDF killed two police officers and": (
        (PLACE + "the PDF killed two police officers and captured one.", "Battles", PDF, MILITARY),
        ("captured", "police", "one"),
    ),
    "B29: the PDF attacked the outpost, killing two": (
        (
            PLACE + "the PDF attacked the outpost, killing two soldiers and wounding three, and captured 4.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "4"),
    ),
    "B30: the PDF killed four Pyu Saw Htee": (
        (PLACE + "the PDF killed four Pyu Saw Htee members and captured three.", "Battles", PDF, MILITARY),
        ("captured", "militia", "three"),
    ),
    "N10: the PDF killed 2 soldiers, and captured": (
        (PLACE + "the PDF killed 2 soldiers, and captured 3.", "Battles", PDF, MILITARY),
        ("captured", "junta_army", "3"),
    ),
    "E19: the soldiers' camp was shelled by the": (
        (PLACE + "the soldiers' camp was shelled by the PDF, and they fled.", "Battles", PDF, MILITARY),
        ("fled", "junta_army", ""),
    ),
    "E22: the soldiers were stormed by the PDF": (
        (PLACE + "the soldiers were stormed by the PDF at their camp, and they fled.", "Battles", PDF, MILITARY),
        ("fled", "junta_army", ""),
    ),
    "E29: soldiers ordered the villagers to leave, and": (
        (PLACE + "soldiers ordered the villagers to leave, and they fled.", "Battles", PDF, MILITARY),
        None,
    ),
    "E30: the military arrested 5 people after they": (
        (PLACE + "the military arrested 5 people after they fled the village.", "Battles", MILITARY, PDF),
        None,
    ),
    "E32: police detained two men, but they fled": (
        (PLACE + "police detained two men, but they fled.", "Battles", "Police Forces of Myanmar (2021-)", PDF),
        None,
    ),
    "E35: soldiers killed two villagers, and they fled": (
        (PLACE + "soldiers killed two villagers, and they fled.", "Battles", PDF, MILITARY),
        None,
    ),
    "E42: troops searched the monastery, and they fled": (
        (PLACE + "troops searched the monastery, and they fled.", "Battles", PDF, MILITARY),
        None,
    ),
    "F1: pro-military Telegram channels, without evidence, claimed that": (
        (
            PLACE + "pro-military Telegram channels, without evidence, claimed that 20 PDF members surrendered to the "
            "military.",
            "Battles",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "F6: the military claimed with no evidence that": (
        (PLACE + "the military claimed with no evidence that 30 PDF members surrendered.", "Battles", MILITARY, PDF),
        None,
    ),
    "F9: according to a Facebook post, 13 soldiers": (
        (PLACE + "according to a Facebook post, 13 soldiers surrendered to the PDF.", "Battles", PDF, MILITARY),
        None,
    ),
    "F20: claims circulated on social media that 10": (
        (
            PLACE + "claims circulated on social media that 10 soldiers had surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F24: according to unverified reports, 20 soldiers deserted": (
        (
            PLACE + "according to unverified reports, 20 soldiers deserted from the camp; 5 of them fled to Thailand.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F33: the military claimed that 40 PDF members": (
        (
            PLACE + "the military claimed that 40 PDF members surrendered in Kale, without providing evidence.",
            "Battles",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "F37: the PDF said that 10 soldiers surrendered;": (
        (PLACE + "the PDF said that 10 soldiers surrendered; Facebook posts claimed 30 did.", "Battles", PDF, MILITARY),
        ("surrendered", "junta_army", "10"),
    ),
    "F39: the PDF claimed that 12 soldiers defected;": (
        (
            PLACE + "the PDF claimed that 12 soldiers defected; pro-military channels dismissed the claim as baseless.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "12"),
    ),
    "F44: rumours on social media said the police": (
        (
            PLACE + "rumours on social media said the police had abandoned the station; the PDF then captured 3 police "
            "officers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "police", "3"),
    ),
    "F48: the military claimed 20 PDF members surrendered": (
        (
            PLACE + "the military claimed 20 PDF members surrendered, though it gave no evidence.",
            "Battles",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "G1: three PDF members escaped from Kale prison": (
        (PLACE + "three PDF members escaped from Kale prison.", "Battles", MILITARY, PDF),
        None,
    ),
    "G4: two soldiers escaped from a PDF detention": (
        (PLACE + "two soldiers escaped from a PDF detention camp.", "Battles", PDF, MILITARY),
        None,
    ),
    "G13: two soldiers escaped from the prison where": (
        (
            PLACE + "two soldiers escaped from the prison where they were being held by the KIA.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "G17: 2 soldiers escaped from the PDF's jail": (
        (PLACE + "2 soldiers escaped from the PDF's jail.", "Battles", PDF, MILITARY),
        None,
    ),
    "G24: three police officers escaped from an AA": (
        (
            PLACE + "three police officers escaped from an AA detention centre in Maungdaw.",
            "Battles",
            "AA: Arakan Army",
            "Police Forces of Myanmar (2021-)",
        ),
        None,
    ),
    "G27: five soldiers escaped from prison in Kale": (
        (PLACE + "five soldiers escaped from prison in Kale.", "Battles", PDF, MILITARY),
        None,
    ),
    "H6: the soldiers had been captured, along with": (
        (PLACE + "the soldiers had been captured, along with their weapons, in July 2024.", "Battles", PDF, MILITARY),
        None,
    ),
    "H10: the two soldiers had been captured in": (
        (
            PLACE + "the two soldiers had been captured in an earlier attack and were released on this date.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "H15: the KIA shelled the base, which it": (
        (
            PLACE + "the KIA shelled the base, which it took on 5 January 2025, when 30 soldiers surrendered.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "H23: the PDF said it had captured 6": (
        (PLACE + "the PDF said it had captured 6 soldiers last month.", "Battles", PDF, MILITARY),
        None,
    ),
    "H24: the PDF said it had captured 6": (
        (PLACE + "the PDF said it had captured 6 soldiers in late March.", "Battles", PDF, MILITARY),
        None,
    ),
    "H40: the PDF announced that it had captured": (
        (PLACE + "the PDF announced that it had captured 9 soldiers in previous clashes.", "Battles", PDF, MILITARY),
        None,
    ),
    "H41: the soldiers had been captured, the PDF": (
        (PLACE + "the soldiers had been captured, the PDF said, in January 2025.", "Battles", PDF, MILITARY),
        None,
    ),
    "H46: the PDF said that it had captured": (
        (
            PLACE + "the PDF said that it had captured 6 soldiers in previous clashes, and released them on this date.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "I6: the KIA released a statement on capturing": (
        (
            PLACE + "the KIA released a statement on capturing 20 soldiers at the base.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "20"),
    ),
    "I7: the PDF boasted of capturing 12 soldiers": (
        (PLACE + "the PDF boasted of capturing 12 soldiers in the raid.", "Battles", PDF, MILITARY),
        ("captured", "junta_army", "12"),
    ),
    "I14: the PDF took credit for capturing four": (
        (PLACE + "the PDF took credit for capturing four soldiers.", "Battles", PDF, MILITARY),
        ("captured", "junta_army", "four"),
    ),
    "I22: the KIA issued a statement about capturing": (
        (
            PLACE + "the KIA issued a statement about capturing 25 soldiers.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "25"),
    ),
    "J1: after cutting ties with the military in": (
        (
            PLACE
            + "after cutting ties with the military in January 2024, the BGF in Myawaddy clashed with soldiers near "
            "the town.",
            "Battles",
            "BGF: Border Guard Force",
            MILITARY,
        ),
        None,
    ),
    "J6: two years after cutting ties with the": (
        (
            PLACE + "two years after cutting ties with the junta, the KNA attacked a junta outpost.",
            "Battles",
            "KNA: Karen National Army",
            MILITARY,
        ),
        None,
    ),
    "J15: after cutting ties with the military in": (
        (
            PLACE + "after cutting ties with the military in early 2024, the KNA was sanctioned by the US.",
            "Battles",
            "KNA: Karen National Army",
            MILITARY,
        ),
        None,
    ),
    "J21: the BGF, after cutting ties with the": (
        (
            PLACE
            + "the BGF, after cutting ties with the military in 2024, attacked an army camp and captured 10 soldiers.",
            "Battles",
            "BGF: Border Guard Force",
            MILITARY,
        ),
        ("captured", "junta_army", "10"),
    ),
    "L3: three soldiers left their battalion and joined": (
        (
            PLACE
            + "three soldiers left their battalion and joined the PDF, years ago, and on this date led an attack on "
            "their former base.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "L11: two soldiers left their post and joined": (
        (
            PLACE
            + "two soldiers left their post and joined the PDF, months earlier, the PDF said, and were killed on this "
            "date.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
}

#: the fifteenth review (of 7418670 to 43417e4; 351 notes with the reviewer's expected decisions): what it found,
#: each fails on 683af76 (the commit before these fixes)
REVIEWED_FIFTEENTH = {
    "B7: On 3 April 2025, in Pauk township": (
        (
            "On 3 April 2025, in Pauk township (Pakokku district, Magway region), PDF fighters surrounded 40 soldiers "
            "who were outnumbered, and they surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "40"),
    ),
    "B8: On 3 April 2025, in Hpakant township": (
        (
            "On 3 April 2025, in Hpakant township (Mohnyin district, Kachin state), the PDF attacked soldiers who "
            "suffered heavy losses, and they fled.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "B10: On 3 April 2025, in Demoso township": (
        (
            "On 3 April 2025, in Demoso township (Loikaw district, Kayah state), the PDF ambushed a Pyu Saw Htee "
            "patrol that was outnumbered, and they fled.",
            "Battles",
            PDF,
            "Pyu Saw Htee",
        ),
        ("fled", "militia", ""),
    ),
    "B22: On 3 April 2025, in Yinmabin township": (
        (
            "On 3 April 2025, in Yinmabin township (Yinmabin district, Sagaing region), soldiers shelled the village, "
            "where a woman was killed, and they fled.",
            "Violence against civilians",
            MILITARY,
            "Civilians (Myanmar)",
        ),
        None,
    ),
    "B24: On 3 April 2025, in Gangaw township": (
        (
            "On 3 April 2025, in Gangaw township (Gangaw district, Magway region), junta-backed militia members were "
            "ambushed by the PDF, and they fled.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "militia", ""),
    ),
    "C1: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 25 soldiers surrendered to the PDF "
            "after a siege that began last month.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "25"),
    ),
    "C2: On 3 April 2025, in Mingin township": (
        (
            "On 3 April 2025, in Mingin township (Kale district, Sagaing region), 25 soldiers surrendered to the PDF, "
            "the largest surrender since last month's fall of Kalewa.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "25"),
    ),
    "C8: On 3 April 2025, in Hpakant township": (
        (
            "On 3 April 2025, in Hpakant township (Mohnyin district, Kachin state), three soldiers were captured by "
            "the PDF two days after deserting their unit.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "three"),
    ),
    "C9: On an unknown date in April 2025": (
        (
            "On an unknown date in April 2025 (month of), in Kale township (Kale district, Sagaing region), the PDF "
            "said it had captured 6 soldiers in early April.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "6"),
    ),
    "C18: On 3 April 2025, in Tabayin township": (
        (
            "On 3 April 2025, in Tabayin township (Shwebo district, Sagaing region), the PDF had captured 12 soldiers "
            "by noon, its first capture in the township since January.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "12"),
    ),
    "C19: On 3 April 2025, in Kani township": (
        (
            "On 3 April 2025, in Kani township (Monywa district, Sagaing region), after capturing 12 soldiers during "
            "an offensive launched in January, the PDF took the camp.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "12"),
    ),
    "C21: On 3 April 2025, in Mingin township": (
        (
            "On 3 April 2025, in Mingin township (Kale district, Sagaing region), 20 soldiers surrendered to the same "
            "PDF unit they fought last week.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "20"),
    ),
    "C22: On 3 April 2025, in Tamu township": (
        (
            "On 3 April 2025, in Tamu township (Tamu district, Sagaing region), the PDF killed a captain, months "
            "after 30 soldiers defected from his battalion.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "C23: On 3 April 2025, in Yinmabin township": (
        (
            "On 3 April 2025, in Yinmabin township (Yinmabin district, Sagaing region), three soldiers fled to India, "
            "as others did in previous fighting.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled_across_border", "junta_army", "three"),
    ),
    "C43: On 3 April 2025, in Tamu township": (
        (
            "On 3 April 2025, in Tamu township (Tamu district, Sagaing region), the PDF captured 6 soldiers in a raid "
            "on a camp that the military had set up last year.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "6"),
    ),
    "C66: On 3 April 2025, in Yinmabin township": (
        (
            "On 3 April 2025, in Yinmabin township (Yinmabin district, Sagaing region), the PDF said it had captured "
            "10 soldiers, conscripted in February, at a checkpoint.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "10"),
    ),
    "D3: On 3 April 2025, in Tamu township": (
        (
            "On 3 April 2025, in Tamu township (Tamu district, Sagaing region), the military accused the PDF, without "
            "providing evidence, of killing a monk, and 12 soldiers surrendered to the PDF the same day.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "D4: On 3 April 2025, in Yinmabin township": (
        (
            "On 3 April 2025, in Yinmabin township (Yinmabin district, Sagaing region), according to a Facebook post "
            "by the Kale PDF, 5 soldiers surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "5"),
    ),
    "D8: On 3 April 2025, in Hpakant township": (
        (
            "On 3 April 2025, in Hpakant township (Mohnyin district, Kachin state), reports spread that 200 soldiers "
            "had fled the camp.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "D9: On 3 April 2025, in Bhamo township": (
        (
            "On 3 April 2025, in Bhamo township (Bhamo district, Kachin state), Facebook users claimed the PDF shot "
            "down a drone; some 12 soldiers surrendered to the PDF on the same day.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "some 12"),
    ),
    "D16: On 3 April 2025, in Mogoke township": (
        (
            "On 3 April 2025, in Mogoke township (Pyinoolwin district, Mandalay region), the PDF captured 5 soldiers "
            "and killed 3, whose bodies showed no evidence of torture.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "5"),
    ),
    "D20: On 3 April 2025, in Mingin township": (
        (
            "On 3 April 2025, in Mingin township (Kale district, Sagaing region), after reports circulated that the "
            "town had fallen, 200 soldiers fled the camp.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "200"),
    ),
    "D36: On 3 April 2025, in Kani township": (
        (
            "On 3 April 2025, in Kani township (Monywa district, Sagaing region), according to Facebook posts by the "
            "AA, 40 soldiers surrendered.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "40"),
    ),
    "D48: On 3 April 2025, in Myawaddy township": (
        (
            "On 3 April 2025, in Myawaddy township (Myawaddy district, Kayin state), social media reports said 40 "
            "soldiers had fled; some 10 soldiers were later captured by the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "some 10"),
    ),
    "E1: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 15 police officers guarding Kale "
            "prison escaped from the prison when the PDF overran it.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        ("fled", "police", "15"),
    ),
    "E5: On 3 April 2025, in Depayin township": (
        (
            "On 3 April 2025, in Depayin township (Shwebo district, Sagaing region), two military deserters held by "
            "the PDF escaped from the PDF's detention camp near the military base.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E19: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), five police officers escaped from the "
            "jail when the AA attacked it, abandoning the inmates.",
            "Battles",
            "AA: Arakan Army",
            "Police Forces of Myanmar (2021-)",
        ),
        ("fled", "police", "five"),
    ),
    "E31: On 3 April 2025, in Falam township": (
        (
            "On 3 April 2025, in Falam township (Falam district, Chin state), two police officers escaped from the "
            "prison they were guarding when the PDF attacked.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        ("fled", "police", "two"),
    ),
    "E34: On 3 April 2025, in Mogoke township": (
        (
            "On 3 April 2025, in Mogoke township (Pyinoolwin district, Mandalay region), four soldiers held for "
            "desertion escaped from the battalion's lock-up.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "four"),
    ),
    "E35: On 3 April 2025, in Tabayin township": (
        (
            "On 3 April 2025, in Tabayin township (Shwebo district, Sagaing region), six soldiers escaped from a KIA "
            "detention facility near the army's camp.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "E37: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), six militia members escaped from a "
            "jail run by the junta, where they were held for refusing to fight.",
            "Battles",
            PDF,
            "Pyu Saw Htee",
        ),
        ("fled", "militia", "six"),
    ),
    "F3: On 3 April 2025, in Tamu township": (
        (
            "On 3 April 2025, in Tamu township (Tamu district, Sagaing region), the PDF was credited for capturing 20 "
            "soldiers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "20"),
    ),
    "F4: On 3 April 2025, in Yinmabin township": (
        (
            "On 3 April 2025, in Yinmabin township (Yinmabin district, Sagaing region), the PDF issued a statement "
            "about capturing 20 soldiers in March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F11: On 3 April 2025, in Hpapun township": (
        (
            "On 3 April 2025, in Hpapun township (Hpapun district, Kayin state), the PDF released a statement on "
            "capturing soldiers alive rather than killing them.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F13: On 3 April 2025, in Falam township": (
        (
            "On 3 April 2025, in Falam township (Falam district, Chin state), the PDF spoke of capturing more "
            "soldiers in the coming days.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F15: the AA issued an announcement about capturing": (
        (
            "On 3 April 2025, in Kyaukme township (Kyaukme district, Shan state (North)), the AA issued an "
            "announcement about capturing 300 soldiers since November.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        None,
    ),
    "F32: On 3 April 2025, in Ann township": (
        (
            "On 3 April 2025, in Ann township (Kyaukpyu district, Rakhine state), the PDF spoke about capturing 20 "
            "soldiers if they entered the village.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
}

#: sets 56 and 57 (written on 49797fe): wording they missed, in short, with ACLED's event type and actors; each fails
#: on 49797fe
SETS_56_57 = {
    "whose members fled": (
        (
            PLACE + "the PDF attacked the village's Pyu Saw Htee group, whose members fled to Kale town.",
            "Battles",
            PDF,
            "Pyu Saw Htee",
        ),
        ("fled", "militia", ""),
    ),
    "reached a PDF area after leaving his unit and joined the PDF": (
        (
            "Change to armed group: " + PLACE + "a soldier of LIB-312 reached a PDF-controlled area after leaving "
            "his unit and joined the PDF.",
            "Strategic developments",
            MILITARY,
            PDF,
        ),
        ("defected", "junta_army", "a soldier"),
    ),
    "holding captured soldiers": (
        (
            PLACE + "a military airstrike hit a building where the AA was holding captured soldiers, killing three "
            "of them.",
            "Explosions/Remote violence",
            MILITARY,
            AA,
        ),
        None,
    ),
    "killing two PDF members and detaining five others": (
        (
            PLACE + "the Myanmar military raided a PDF camp, killing two PDF members and detaining five others.",
            "Battles",
            MILITARY,
            PDF,
        ),
        ("captured", "resistance", "five"),
    ),
    "Facebook pages run by activists claimed (set 57)": (
        (
            PLACE + "Facebook pages run by anti-junta activists claimed that a brigadier general had fled to Thailand "
            "with his family.",
            "Strategic developments",
            "Unidentified Armed Group (Myanmar)",
            "",
        ),
        None,
    ),
    "would treat surrendered personnel (set 57)": (
        (
            PLACE + "the MNDAA said it would treat surrendered personnel according to international law.",
            "Strategic developments",
            "MNDAA: Myanmar National Democratic Alliance Army",
            "",
        ),
        None,
    ),
    "had been captured days before the event": (
        (
            PLACE + "the AA released a video showing soldiers it said had been captured during the fall of the "
            "town on 28 March.",
            "Strategic developments",
            AA,
            "",
        ),
        None,
    ),
}

#: the sixteenth review (of 43417e4 to 1400a0a; 351 notes with the reviewer's expected decisions): what it found,
#: each fails on f2c4ec1 (the commit before these fixes)
REVIEWED_SIXTEENTH = {
    "A20: On 3 April 2025, in Gangaw township": (
        (
            "On 3 April 2025, in Gangaw township (Gangaw district, Magway region), the PDF continued detaining the 12 "
            "soldiers it had captured on 28 February at a camp in the forest.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "C4: On 20 June 2025, in Kale township": (
        (
            "On 20 June 2025, in Kale township (Kale district, Sagaing region), the soldiers stationed at the camp, "
            "which guards the bridge, were attacked by the PDF, and they fled.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "D4: On 8 July 2025, in Tamu township": (
        (
            "On 8 July 2025, in Tamu township (Tamu district, Sagaing region), the PDF attacked the Tamu police "
            "station, whose officers fled to Kale town.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        ("fled", "police", ""),
    ),
    "D21: On 8 July 2025, in Myawaddy township": (
        (
            "On 8 July 2025, in Myawaddy township (Myawaddy district, Kayin state), the KNLA attacked a BGF post, "
            "whose 15 members surrendered.",
            "Battles",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
            "BGF: Border Guard Force",
        ),
        ("surrendered", "bgf", "15"),
    ),
    "D29: On 8 July 2025, in Yinmabin township": (
        (
            "On 8 July 2025, in Yinmabin township (Yinmabin district, Sagaing region), the PDF attacked the camp of a "
            "junta-backed militia whose troops deserted.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        ("fled", "militia", ""),
    ),
    "E16: On 15 August 2025, in Lashio township": (
        (
            "On 15 August 2025, in Lashio township (Lashio district, Shan-North state), according to a Telegram post "
            "from a pro-military account, 50 TNLA fighters surrendered.",
            "Battles",
            MILITARY,
            "TNLA: Ta'ang National Liberation Army",
        ),
        None,
    ),
    "E17: On 15 August 2025, in Lashio township": (
        (
            "On 15 August 2025, in Lashio township (Lashio district, Shan-North state), according to Facebook posts "
            "of local residents, 50 soldiers surrendered to the TNLA.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        None,
    ),
    "E22: On 15 August 2025, in Myawaddy township": (
        (
            "On 15 August 2025, in Myawaddy township (Myawaddy district, Kayin state), unverified posts on Facebook "
            "claimed that 40 BGF members crossed into Thailand; some fled to Myawaddy town.",
            "Battles",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
            "BGF: Border Guard Force",
        ),
        None,
    ),
    "F7: On 2 September 2025, in Gangaw township": (
        (
            "On 2 September 2025, in Gangaw township (Gangaw district, Magway region), after a PDF statement on the "
            "clash, 14 soldiers surrendered at the camp, ending a siege that had lasted since July.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "14"),
    ),
    "F14: On 2 September 2025, in Hpakant township": (
        (
            "On 2 September 2025, in Hpakant township (Mohnyin district, Kachin state), the KIA was credited for "
            "capturing 15 soldiers in the fighting for Hpakant in March 2024; on 2 September 2025, it clashed with "
            "troops near the town.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "F26: On 2 September 2025, in Lashio township": (
        (
            "On 2 September 2025, in Lashio township (Lashio district, Shan-North state), the TNLA said in a "
            "statement that over 600 soldiers had surrendered to it during Operation 1027.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        None,
    ),
    "G19: On 10 October 2025, in Kale township": (
        (
            "On 10 October 2025, in Kale township (Kale district, Sagaing region), the PDF released 12 surrendered "
            "soldiers to the ICRC.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "H6: On 5 November 2025, in Bhamo township": (
        (
            "On 5 November 2025, in Bhamo township (Bhamo district, Kachin state), ten days after the siege began "
            "soldiers at the camp surrendered to the KIA.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", ""),
    ),
    "H8: On 5 November 2025, in Bhamo township": (
        (
            "On 5 November 2025, in Bhamo township (Bhamo district, Kachin state), the KIA overran the outpost three "
            "days after launching its offensive and captured 12 soldiers.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "12"),
    ),
    "H17: On 5 November 2025, in Lashio township": (
        (
            "On 5 November 2025, in Lashio township (Lashio district, Shan-North state), the TNLA released photos of "
            "capturing 12 soldiers, who were soon taken to Namhsan.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        ("captured", "junta_army", "12"),
    ),
    "H29: On 5 November 2025, in Kale township": (
        (
            "On 5 November 2025, in Kale township (Kale district, Sagaing region), a day after 12 soldiers fled their "
            "post, the PDF seized the outpost.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "I7: On 14 December 2025, in Demoso township": (
        (
            "On 14 December 2025, in Demoso township (Loikaw district, Kayah state), the KNDF said it captured 30 "
            "soldiers in earlier fighting near the town and clashed with troops again.",
            "Battles",
            "KNDF: Karenni Nationalities Defense Force",
            MILITARY,
        ),
        None,
    ),
    "I17: On 14 December 2025, in Mogok township": (
        (
            "On 14 December 2025, in Mogok township (Pyin Oo Lwin district, Mandalay region), the TNLA captured 8 "
            "soldiers in a prior ambush, the TNLA said on 14 December.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        None,
    ),
    "I26: On 14 December 2025, in Myawaddy township": (
        (
            "On 14 December 2025, in Myawaddy township (Myawaddy district, Kayin state), the KNLA said 15 BGF members "
            "surrendered at the Thay Baw Boe camp last Friday.",
            "Battles",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
            "BGF: Border Guard Force",
        ),
        None,
    ),
    "J5: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 6 soldiers surrendered "
            "to it on 28 March near Kyin village.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "J6: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said it had captured 6 "
            "soldiers on 4 April near Kyin village, a day after the clash began.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "6"),
    ),
    "J16: On 3 April 2025, in Hpakant township": (
        (
            "On 3 April 2025, in Hpakant township (Mohnyin district, Kachin state), the KIA had captured 12 soldiers "
            "before the offensive in January; on 3 April it released them.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "J17: On 3 April 2025, in Hpakant township": (
        (
            "On 3 April 2025, in Hpakant township (Mohnyin district, Kachin state), 30 soldiers had surrendered to "
            "the KIA following clashes in March; on 3 April the KIA released them.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "J29: On 3 April 2025, in Hpakant township": (
        (
            "On 3 April 2025, in Hpakant township (Mohnyin district, Kachin state), the KIA had captured 30 soldiers "
            "until January, when the offensive stopped; on 3 April it released them.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "J31: On 3 April 2025, in Hpakant township": (
        (
            "On 3 April 2025, in Hpakant township (Mohnyin district, Kachin state), a police officer had defected to "
            "the KIA, joining its police force in March 2025.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            "Police Forces of Myanmar (2021-)",
        ),
        None,
    ),
    "K7: On 20 January 2026, in Bhamo township": (
        (
            "On 20 January 2026, in Bhamo township (Bhamo district, Kachin state), two soldiers escaped from the "
            "heavily guarded KIA prison in Laiza.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "K8: On 20 January 2026, in Bhamo township": (
        (
            "On 20 January 2026, in Bhamo township (Bhamo district, Kachin state), two soldiers escaped from the KIA "
            "prison in Laiza along with other inmates.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "L10: On 9 February 2026, in Tamu township": (
        (
            "On 9 February 2026, in Tamu township (Tamu district, Sagaing region), the soldiers guarded the bridge "
            "where the PDF attacked them, were outnumbered, and they fled.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
}

#: sets 58 and 59 (written on 1400a0a): wording they missed, in short, with ACLED's event type and actors; each fails
#: on 1400a0a
SETS_58_59 = {
    "talks on the terms of the battalion's surrender": (
        (
            PLACE + "the TNLA and a besieged military battalion held talks on the terms of the battalion's surrender.",
            "Strategic developments",
            TNLA,
            MILITARY,
        ),
        None,
    ),
    "handed back 14 captured soldiers": (
        (
            PLACE + "the AA handed back 14 captured Myanmar military soldiers to the Myanmar military in exchange for "
            "20 civilians.",
            "Strategic developments",
            AA,
            MILITARY,
        ),
        None,
    ),
    "a report the side said was false": (
        (
            PLACE + "a pro-resistance social media page reported that a military company had surrendered to the TNLA. "
            "The TNLA later said the report was false.",
            "Strategic developments",
            TNLA,
            "",
        ),
        None,
    ),
    "fire brigade members who stayed after the military withdrew (set 59)": (
        (
            PLACE + "19 members of the township fire brigade who had stayed in the town after the military withdrew "
            "handed themselves over to the AA.",
            "Strategic developments",
            AA,
            "Civilians (Myanmar)",
        ),
        None,
    ),
    "had been captured when the PDF seized the town in November 2023 (set 59)": (
        (
            PLACE + "a military aircraft bombed a PDF detention site, killing four prisoners of war. The four soldiers "
            "had been captured when the PDF seized Kawlin town in November 2023.",
            "Explosions/Remote violence",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "to let surrendered soldiers contact their families (set 59)": (
        (
            PLACE + "AA drones dropped leaflets urging soldiers to surrender, promising to let surrendered soldiers "
            "contact their families.",
            "Strategic developments",
            AA,
            "",
        ),
        None,
    ),
    "executing them after they had laid down their weapons (set 59)": (
        (
            PLACE + "villagers found the bodies of three PDF members. The PDF accused the military of executing them "
            "after they had laid down their weapons.",
            "Violence against civilians",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "did not say when they had surrendered (set 59)": (
        (
            PLACE + "military-controlled media reported a ceremony for returnees. The report did not say when or "
            "where individual members had surrendered.",
            "Strategic developments",
            MILITARY,
            "",
        ),
        None,
    ),
    "taking 40 soldiers prisoner after 'had captured' on an earlier date": (
        (
            PLACE + "a military aircraft bombed the town. The AA had captured the last military camp in the township "
            "on 29 March, taking 40 soldiers prisoner (coded separately).",
            "Explosions/Remote violence",
            MILITARY,
            "Civilians (Myanmar)",
        ),
        None,
    ),
}

#: the seventeenth review (of 1400a0a to 9999954; 332 notes with the reviewer's expected decisions): what it found,
#: each fails on a1104ed (the commit before these fixes)
REVIEWED_SEVENTEENTH = {
    "A8: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 12 soldiers surrendered to the PDF at "
            "a camp captured on 28 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "A9: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), soldiers abandoned the camp amid PDF "
            "attacks on 1 April and 2 April.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_army", "the camp"),
    ),
    "A11: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 20 soldiers surrendered to the PDF, "
            "and the KIA had taken the nearby town on 28 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "20"),
    ),
    "A17: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), three Pyu Saw Htee members defected "
            "to the PDF, bringing ammunition looted from a police station on 15 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "militia", "three"),
    ),
    "A22: On 3 January 2025, in Momauk township": (
        (
            "On 3 January 2025, in Momauk township (Bhamo district, Kachin state), the KIA said it had captured 20 "
            "soldiers on 25 February.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "A41: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), the KIA said 20 soldiers had "
            "surrendered and would be held until May.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "20"),
    ),
    "A50: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 12 soldiers surrendered to the PDF at "
            "a camp damaged in earlier fighting.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "B2: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), per a PDF statement, 200 soldiers "
            "have surrendered to the group since January.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "B28: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), the KIA allowed 15 surrendered "
            "soldiers held since the fall of Lashio in 2024 to return home.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "B35: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the NUG praised the PDF for capturing "
            "20 soldiers at the Kale camp.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "20"),
    ),
    "B46: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF issued a statement on "
            "capturing any soldiers who remain in the town if they do not leave within a week.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "B59: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), the junta did not say anything about "
            "the attack, but the KIA said 50 soldiers surrendered at the base.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "50"),
    ),
    "B66: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), the KIA, which had besieged the camp "
            "since January, overran it, capturing 30 soldiers.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "30"),
    ),
    "B72: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), two days after the KIA said 40 "
            "soldiers had surrendered, the military bombed the town.",
            "Explosions/Remote violence",
            MILITARY,
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
        ),
        None,
    ),
    "B73: On 3 April 2025, in Ann township": (
        (
            "On 3 April 2025, in Ann township (Thandwe district, Rakhine state), days after more than 100 soldiers "
            "had surrendered to the AA, the military launched airstrikes on the town.",
            "Explosions/Remote violence",
            MILITARY,
            "AA: Arakan Army",
        ),
        None,
    ),
    "B80: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the military bombed the village two "
            "weeks after the soldiers and police officers deserted.",
            "Explosions/Remote violence",
            MILITARY,
            MILITARY,
        ),
        None,
    ),
    "B81: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), the KIA shelled the camp, a week "
            "after the 25 soldiers of its garrison had fled.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "C4: On 3 April 2025, in Demoso township": (
        (
            "On 3 April 2025, in Demoso township (Loikaw district, Kayah state), 12 soldiers surrendered to the KNDF, "
            "according to Facebook posts by the Karenni Nationalities Defence Force.",
            "Battles",
            "KNDF: Karenni Nationalities Defense Force",
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "C7: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 20 PDF members surrendered to the "
            "military, according to Telegram posts by the SAC.",
            "Battles",
            MILITARY,
            PDF,
        ),
        ("surrendered", "resistance", "20"),
    ),
    "C12: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), nine soldiers surrendered, according "
            "to Facebook posts by local resistance groups.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "nine"),
    ),
    "C25: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), a video purporting to show a "
            "captured officer circulated on social media; some twenty soldiers surrendered to the KIA at the base, "
            "the KIA said.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "some twenty"),
    ),
    "C35: On 3 April 2025, in Namhsan township": (
        (
            "On 3 April 2025, in Namhsan township (Kyaukme district, Shan-North state), local media reported that 30 "
            "soldiers had surrendered to the TNLA. The TNLA called the report false.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        None,
    ),
    "C37: On 3 April 2025, in Namhsan township": (
        (
            "On 3 April 2025, in Namhsan township (Kyaukme district, Shan-North state), local media reported that 30 "
            "soldiers had surrendered to the TNLA. The TNLA said that the report was false.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        None,
    ),
    "C38: On 3 April 2025, in Namhsan township": (
        (
            "On 3 April 2025, in Namhsan township (Kyaukme district, Shan-North state), local media reported that 30 "
            "soldiers had surrendered to the TNLA. The TNLA said the reports of a surrender were false.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        None,
    ),
    "C46: On 3 April 2025, in Namhsan township": (
        (
            "On 3 April 2025, in Namhsan township (Kyaukme district, Shan-North state), local media reported that 30 "
            "soldiers surrendered to the TNLA near the town. The TNLA said these claims, which were posted on "
            "Facebook, were false.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        None,
    ),
    "D4: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 20 members of a junta-backed "
            "volunteer militia surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "militia", "20"),
    ),
    "E11: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), the KIA overran the camp and is "
            "detaining 40 soldiers, a KIA spokesperson said.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "40"),
    ),
    "E15: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the military was detaining PDF "
            "members at the Kale police station.",
            "Battles",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "E19: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the camp and "
            "were detaining 9 soldiers by nightfall.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "9"),
    ),
    "E27: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), three soldiers escaped from the "
            "prison, leaving the inmates behind.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "three"),
    ),
    "E28: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), soldiers escaped from Obo prison, "
            "which they had guarded for years.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "E30: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), six soldiers escaped from the prison "
            "where they worked as guards.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "six"),
    ),
    "E35: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), five soldiers escaped from the PDF's "
            "prison, where they had been guarded by PDF members.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E40: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), two soldiers escaped from a PDF "
            "detention camp, abandoning the prisoners held with them.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F12: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF captured three soldiers "
            "accused of shooting a villager on 28 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "three"),
    ),
    "F17: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF, which had been formed in "
            "2021, ambushed a convoy, capturing seven soldiers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "seven"),
    ),
    "F24: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), police did not say why, but nine "
            "officers fled the Kale police station as the PDF approached.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "police", "nine"),
    ),
    "F34: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), three days after soldiers and militia "
            "members from the camp fled, the PDF entered it.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
}

#: sets 60 and 61 (written on 9999954): wording they missed, in short, with ACLED's event type and actors; each fails
#: on 9999954
SETS_60_61 = {
    "a soldier was killed and another was captured": (
        (
            PLACE + "the KNLA attacked a military outpost. A soldier was killed and another was captured.",
            "Battles",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
            MILITARY,
        ),
        ("captured", "junta_army", "another"),  # one more: parse_count reads "another" as 1
    ),
    "attacked a Pyu Saw Htee group, killing 2 and capturing 4": (
        (PLACE + "the PDF attacked a Pyu Saw Htee group, killing 2 and capturing 4.", "Battles", PDF, "Pyu Saw Htee"),
        ("captured", "militia", "4"),
    ),
    "a video purportedly showing soldiers surrendering": (
        (
            PLACE + "a video circulated online purportedly showing soldiers surrendering to the PDF.",
            "Strategic developments",
            PDF,
            "",
        ),
        None,
    ),
    "each side handing over several captured soldiers": (
        (
            PLACE
            + "the KIA and the military exchanged prisoners, with each side handing over several captured soldiers.",
            "Strategic developments",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "the PDF said no police officers surrendered": (
        (
            PLACE
            + "PDF forces attacked the police station but retreated. The PDF said no police officers surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "shot as they tried to leave their trench and surrender": (
        (
            PLACE + "3 junta soldiers were shot dead by their own officers as they tried to leave their trench and "
            "surrender to the AA.",
            "Battles",
            MILITARY,
            MILITARY,
        ),
        None,
    ),
    "abandoned 4 to 5 outposts": (
        (
            PLACE + "members of a junta-backed People's Militia abandoned 4 to 5 outposts along the road after TNLA "
            "shelling.",
            "Strategic developments",
            MILITARY + " People's Militia Forces",
            "",
        ),
        ("positions_abandoned", "militia", "4 to 5"),
    ),
    "abandoned as many as five outposts": (
        (
            PLACE + "the military abandoned as many as five outposts on the hills after the KIA stepped up attacks.",
            "Strategic developments",
            MILITARY,
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
        ),
        ("positions_abandoned", "junta_army", "as many as five"),
    ),
}

#: the eighteenth review (of 9999954 to c120439; 347 notes with the reviewer's expected decisions): what it found,
#: each fails on 64dbc8f (the commit before these fixes)
REVIEWED_EIGHTEENTH = {
    "A1: On 3 April 2025, in Tamu township": (
        (
            "On 3 April 2025, in Tamu township (Tamu district, Sagaing region), the PDF said it is detaining 30 "
            "soldiers at its camp near the border.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "A31: On 3 April 2025, in Myinmu township": (
        (
            "On 3 April 2025, in Myinmu township (Sagaing district, Sagaing region), the military is detaining "
            "another PDF member in Myinmu prison.",
            "Battles",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "B16: On 3 April 2025, in Monywa township": (
        (
            "On 3 April 2025, in Monywa township (Monywa district, Sagaing region), the military handed over 14 "
            "detainees to two police stations in Monywa.",
            "Strategic developments",
            MILITARY,
            "Police Forces of Myanmar (2021-)",
        ),
        None,
    ),
    "C12: On 3 April 2025, in Myaung township": (
        (
            "On 3 April 2025, in Myaung township (Sagaing district, Sagaing region), junta troops raided Kyi Su "
            "village, killing 3 and capturing 6.",
            "Battles",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "D1: On 3 April 2025, in Kani township": (
        (
            "On 3 April 2025, in Kani township (Monywa district, Sagaing region), according to Facebook posts by Kani "
            "residents, 12 soldiers surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "D3: On 3 April 2025, in Mingin township": (
        (
            "On 3 April 2025, in Mingin township (Kale district, Sagaing region), according to a Facebook post by a "
            "NUG spokesperson, 8 police officers defected and joined the PDF.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        ("defected", "police", "8"),
    ),
    "D5: On 3 April 2025, in Myawaddy township": (
        (
            "On 3 April 2025, in Myawaddy township (Myawaddy district, Kayin state), according to social media posts "
            "from a BGF officer, 20 BGF members fled to Thailand.",
            "Strategic developments",
            "BGF: Border Guard Force",
            MILITARY,
        ),
        ("fled_across_border", "bgf", "20"),
    ),
    "D17: On 3 April 2025, in Ann township": (
        (
            "On 3 April 2025, in Ann township (Kyaukphyu district, Rakhine state), 12 soldiers surrendered to the AA, "
            "which posted photos purportedly showing the men with their weapons.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "D21: On 3 April 2025, in Mandalay township": (
        (
            "On 3 April 2025, in Mandalay township (Mandalay district, Mandalay region), claims circulating online "
            "said that 100 police officers had defected.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E2: On 3 April 2025, in Tamu township": (
        (
            "On 3 April 2025, in Tamu township (Tamu district, Sagaing region), 12 soldiers managed to leave the camp "
            "and crossed into India.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        ("fled_across_border", "junta_army", "12"),
    ),
    "E3: On 3 April 2025, in Kani township": (
        (
            "On 3 April 2025, in Kani township (Monywa district, Sagaing region), 20 soldiers decided to leave the "
            "army and defected to the PDF.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "20"),
    ),
    "E36: On 3 April 2025, in Matupi township": (
        (
            "On 3 April 2025, in Matupi township (Matupi district, Chin state), the CDF did not specify when, or "
            "where, the soldiers had surrendered.",
            "Strategic developments",
            "CDF: Chinland Defense Force",
            MILITARY,
        ),
        None,
    ),
    "E38: On 3 April 2025, in Minbya township": (
        (
            "On 3 April 2025, in Minbya township (Mrauk-U district, Rakhine state), the AA, which had captured the "
            "camp on 29 March, taking 40 soldiers prisoner, shelled a navy ship.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        None,
    ),
    "E42: On 3 April 2025, in Rathedaung township": (
        (
            "On 3 April 2025, in Rathedaung township (Sittwe district, Rakhine state), a week after the offensive 20 "
            "soldiers defected to the AA.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("defected", "junta_army", "20"),
    ),
    "F1: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 15 soldiers surrendered to the united "
            "forces of the PDF on 28 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F7: On 3 April 2025, in Tamu township": (
        (
            "On 3 April 2025, in Tamu township (Tamu district, Sagaing region), 8 soldiers fled to India with a "
            "hundred rifles on 28 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F8: On 3 April 2025, in Ayadaw township": (
        (
            "On 3 April 2025, in Ayadaw township (Monywa district, Sagaing region), 15 soldiers surrendered to the "
            "PDF, the PDF reported on 20 April.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "15"),
    ),
    "G1: On 3 April 2025, in Laiza township": (
        (
            "On 3 April 2025, in Laiza township (Bhamo district, Kachin state), two captured soldiers escaped from a "
            "KIA prison near Laiza, leaving 14 prisoners behind.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "G2: On 3 April 2025, in Momauk township": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), three soldiers held by the KIA "
            "escaped from the KIA jail, disguised as guards.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "G23: On 3 April 2025, in Sittwe township": (
        (
            "On 3 April 2025, in Sittwe township (Sittwe district, Rakhine state), media reported that 10 soldiers "
            "surrendered to the AA. The AA said the reports of heavy losses among its fighters were false.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "10"),
    ),
    "H4: On 3 April 2025, in Yesagyo township": (
        (
            "On 3 April 2025, in Yesagyo township (Pakokku district, Magway region), the police are detaining 6 PDF "
            "members at the township station.",
            "Battles",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "H40: On 25 December 2024, in Sittwe township": (
        (
            "On 25 December 2024, in Sittwe township (Sittwe district, Rakhine state), 15 soldiers surrendered to the "
            "AA, the AA reported on 1 January.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "15"),
    ),
    "I14: On 3 April 2025, in Hpruso township": (
        (
            "On 3 April 2025, in Hpruso township (Loikaw district, Kayah state), PDF fighters, who had overrun the "
            "camp on 30 March, capturing 6 soldiers, withdrew to the hills.",
            "Battles",
            "KNDF: Karenni Nationalities Defense Force",
            MILITARY,
        ),
        None,
    ),
    "I16: On 3 April 2025, in Tonzang township": (
        (
            "On 3 April 2025, in Tonzang township (Tedim district, Chin state), one week after heavy clashes 30 "
            "soldiers defected to the CDF.",
            "Battles",
            "CDF: Chinland Defense Force",
            MILITARY,
        ),
        ("defected", "junta_army", "30"),
    ),
}

#: sets 62 and 63 (written on c120439): wording they missed, in short, with ACLED's event type and actors; each fails
#: on c120439
SETS_62_63 = {
    "deserted the police station and joined the local PDF": (
        (
            PLACE
            + "a police officer deserted the town police station and joined the local PDF, bringing a pistol with him.",
            "Strategic developments",
            "Police Forces of Myanmar (2021-)",
            PDF,
        ),
        ("defected", "police", "a police officer"),
    ),
    "detained a retired army sergeant": (
        (
            PLACE + "PDF fighters detained a retired army sergeant on suspicion of informing for the military.",
            "Violence against civilians",
            PDF,
            "Civilians (Myanmar)",
        ),
        None,
    ),
    "surrendered during the month-long battle": (
        (
            PLACE
            + "the MNDAA said that about 1,600 soldiers had surrendered to it during the month-long battle for Lashio.",
            "Strategic developments",
            "MNDAA: Myanmar National Democratic Alliance Army",
            MILITARY,
        ),
        None,
    ),
    "a judge and two court clerks joined the NUG": (
        (
            PLACE
            + "a township judge and two court clerks left their posts and joined the NUG, according to local media.",
            "Strategic developments",
            "Civilians (Myanmar)",
            PDF,
        ),
        None,
    ),
    "attacked a camp and several soldiers surrendered": (
        (
            PLACE + "the KIA attacked a military camp and several soldiers surrendered.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", ""),
    ),
    "had surrendered or been captured between November 2023 and January 2024": (
        (
            PLACE
            + "the TNLA released 40 prisoners of war. The soldiers had surrendered or been captured during fighting "
            "between November 2023 and January 2024.",
            "Strategic developments",
            TNLA,
            MILITARY,
        ),
        None,
    ),
    "captured seven; others fled": (
        (
            PLACE + "KIA troops clashed with a People's Militia group and captured seven militia members. Two militia "
            "members were killed and others fled toward Momauk town.",
            "Battles",
            MILITARY + " People's Militia Forces",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
        ),
        ("captured", "militia", "seven"),
    ),
    "Earlier in the month, media had said 12 handed themselves in": (
        (
            PLACE
            + "military helicopters dropped leaflets. Earlier in the month, military-controlled media had said 12 "
            "'terrorists' handed themselves in across the country.",
            "Strategic developments",
            MILITARY,
            PDF,
        ),
        None,
    ),
}

#: the nineteenth review (of c120439 to dba73e6; 399 notes with the reviewer's expected decisions): what it found,
#: each fails on dbe7887 (the commit before these fixes)
REVIEWED_NINETEENTH = {
    "A15: On 22 August 2025, in Hpakant township": (
        (
            "On 22 August 2025, in Hpakant township (Mohnyin district, Kachin state), the KIA attacked a junta camp "
            "near Seng Tawng and said it was detaining 11 soldiers.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "11"),
    ),
    "A20: On 9 September 2025, in Taungup township": (
        (
            "On 9 September 2025, in Taungup township (Thandwe district, Rakhine state), the AA said it was detaining "
            "over 200 soldiers and their family members after it took the Taungup base.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("captured", "mixed", "over 200"),
    ),
    "B2: On 7 May 2025, in Tabayin township": (
        (
            "On 7 May 2025, in Tabayin township (Shwebo district, Sagaing region), two soldiers were killed and "
            "another was captured when the PDF attacked an outpost near Kyaukmyet village.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "another"),
    ),
    "B4: On 7 May 2025, in Tabayin township": (
        (
            "On 7 May 2025, in Tabayin township (Shwebo district, Sagaing region), two soldiers were shot dead by PDF "
            "snipers near Kyaukmyet village, and another was taken prisoner.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "another"),
    ),
    "G8: On 16 April 2025, in Yesagyo township": (
        (
            "On 16 April 2025, in Yesagyo township (Pakokku district, Magway region), the PDF ambushed a convoy near "
            "Ward 5 of Yesagyo town, killing six and capturing two.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "two"),
    ),
    "G17: On 27 June 2025, in Mogoke township": (
        (
            "On 27 June 2025, in Mogoke township (Pyinoolwin district, Mandalay region), the TNLA attacked the "
            "Thabeikkyin village police post, killing two and capturing four.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            "Police Forces of Myanmar (2021-)",
        ),
        ("captured", "police", "four"),
    ),
    "H4: On 21 May 2025, in Kani township": (
        (
            "On 21 May 2025, in Kani township (Monywa district, Sagaing region), 12 soldiers surrendered to the PDF "
            "near Kani town, according to Facebook posts by supporters of the PDF.",
            "Strategic developments",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "H25: On 6 August 2025, in Kyaukphyu township": (
        (
            "On 6 August 2025, in Kyaukphyu township (Kyaukphyu district, Rakhine state), 30 soldiers surrendered to "
            "the AA near Kyaukphyu, according to Facebook posts from the ULA.",
            "Strategic developments",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "H28: On 6 August 2025, in Kyaukphyu township": (
        (
            "On 6 August 2025, in Kyaukphyu township (Kyaukphyu district, Rakhine state), 30 soldiers surrendered to "
            "the AA near Kyaukphyu, according to Facebook posts by a spokesman for the fishermen's association.",
            "Strategic developments",
            "AA: Arakan Army",
            MILITARY,
        ),
        None,
    ),
    "J3: On 24 January 2025, in Demoso township": (
        (
            "On 24 January 2025, in Demoso township (Loikaw district, Kayah state), the KNDF said 15 soldiers were "
            "unable to leave their camp near Demoso and surrender, as officers watched them.",
            "Battles",
            "KNDF: Karenni Nationalities Defense Force",
            MILITARY,
        ),
        None,
    ),
    "K3: On 3 April 2025, in Taungup township": (
        (
            "On 3 April 2025, in Taungup township (Thandwe district, Rakhine state), the AA said 300 soldiers "
            "surrendered during the 10 day battle for Taungup.",
            "Strategic developments",
            "AA: Arakan Army",
            MILITARY,
        ),
        None,
    ),
    "K8: On 3 April 2025, in Taungup township": (
        (
            "On 3 April 2025, in Taungup township (Thandwe district, Rakhine state), the AA said 30 soldiers "
            "surrendered during the day-long battle for a hilltop camp near Taungup.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "M7: On 12 August 2025, in Pale township": (
        (
            "On 12 August 2025, in Pale township (Mingin district, Sagaing region), the PDF did not specify the "
            "number of casualties, although it said 12 soldiers surrendered to it near Pale.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "N1: On 3 April 2025, in Taungup township": (
        (
            "On 3 April 2025, in Taungup township (Thandwe district, Rakhine state), the AA seized the Taungup base, "
            "which had been under siege since February, capturing 40 soldiers.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("captured", "junta_army", "40"),
    ),
    "N10: On 3 April 2025, in Taungup township": (
        (
            "On 3 April 2025, in Taungup township (Thandwe district, Rakhine state), the AA shelled the Taungup base. "
            "Earlier, on the same day, 30 soldiers surrendered to the AA there.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "N17: On 3 April 2025, in Taungup township": (
        (
            "On 3 April 2025, in Taungup township (Thandwe district, Rakhine state), the AA shelled the Taungup base. "
            "Earlier this year, soldiers abandoned the base, but on 3 April 12 soldiers fled from it to Thandwe.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("fled", "junta_army", "12"),
    ),
    "O6: On 5 June 2025, in Falam township": (
        (
            "On 5 June 2025, in Falam township (Falam district, Chin state), the CNA shelled the Falam camp, months "
            "after the battle in which 30 soldiers surrendered there.",
            "Battles",
            "CNA: Chin National Army",
            MILITARY,
        ),
        None,
    ),
    "P11: On 3 April 2025, in Kyauktaw township": (
        (
            "On 3 April 2025, in Kyauktaw township (Mrauk-U district, Rakhine state), 12 soldiers deserted near "
            "Kyauktaw, fleeing their camp on 28 March.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        None,
    ),
    "Q4: On 19 December 2025, in Kyaukse township": (
        (
            "On 19 December 2025, in Kyaukse township (Kyaukse district, Mandalay region), police officers who "
            "guarded detained PDF members at the Kyaukse prison escaped from the prison as the PDF attacked.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        ("fled", "police", ""),
    ),
    "R8: On 28 February 2025, in Madaya township": (
        (
            "On 28 February 2025, in Madaya township (Mandalay district, Mandalay region), the PDF captured the "
            "township judge and 2 police officers guarding him in Madaya.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        ("captured", "police", "2"),
    ),
    "R16: On 28 February 2025, in Madaya township": (
        (
            "On 28 February 2025, in Madaya township (Mandalay district, Mandalay region), a nurse and 6 soldiers "
            "fled the Madaya camp when the PDF attacked.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "6"),
    ),
    "S1: On 25 March 2025, in Shwegu township": (
        (
            "On 25 March 2025, in Shwegu township (Bhamo district, Kachin state), local media reported that 30 "
            "soldiers had surrendered to the KIA near Shwegu. The KIA said the reports of soldiers surrendering to it "
            "were false.",
            "Strategic developments",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "S14: On 25 March 2025, in Shwegu township": (
        (
            "On 25 March 2025, in Shwegu township (Bhamo district, Kachin state), local media reported that 30 "
            "soldiers had surrendered to the KIA near Shwegu. The KIA said the reports of surrenders near Shwegu were "
            "false.",
            "Strategic developments",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
}

#: sets 64 and 65 (written on dba73e6): wording they missed, in short, with ACLED's event type and actors; each fails
#: on dba73e6
SETS_64_65 = {
    "conscripts due to report fled before they were enlisted": (
        (
            PLACE
            + "conscripts due to report for training fled from their homes before they were enlisted, according to "
            "local media.",
            "Strategic developments",
            MILITARY,
            "",
        ),
        None,
    ),
    "a civil servant who had joined the CDM and fled his office in 2021": (
        (
            PLACE + "junta troops arrested a civil servant who had joined the Civil Disobedience Movement and fled his "
            "office in 2021.",
            "Violence against civilians",
            MILITARY,
            "Civilians (Myanmar)",
        ),
        None,
    ),
    "were reported on social media to have fled": (
        (
            PLACE
            + "Pyu Saw Htee members were reported on social media to have fled their village; they denied it in a "
            "video.",
            "Strategic developments",
            "Pyu Saw Htee",
            "",
        ),
        None,
    ),
    "fled with their rifles and joined the PDF, per a post by the group": (
        (
            PLACE
            + "two police officers from the town police station fled with their rifles and joined the PDF, according "
            "to a Facebook post by the group.",
            "Strategic developments",
            "Police Forces of Myanmar (2021-)",
            PDF,
        ),
        ("defected", "police", "two"),
    ),
    "clashed with junta troops and took 12 prisoners": (
        (
            PLACE + "the KIA clashed with junta troops and took 12 prisoners, according to local media.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("captured", "junta_army", "12"),
    ),
    "members of a junta-trained militia": (
        (
            PLACE + "nearly 20 members of a junta-trained Muslim militia surrendered to the AA, according to the AA.",
            "Strategic developments",
            MILITARY + " People's Militia Forces",
            AA,
        ),
        ("surrendered", "militia", "nearly 20"),
    ),
    "a Facebook page claimed a battalion had defected": (
        (
            PLACE + "a Facebook page claimed that an entire military battalion had defected to the KIA.",
            "Strategic developments",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
}

#: the twentieth review (of dba73e6 to a4a8fd6; 324 notes with the reviewer's expected decisions): what it found,
#: each fails on 955a17f (the commit before these fixes)
REVIEWED_TWENTIETH = {
    "B6: On 8 April 2025, in Ayadaw township": (
        (
            "On 8 April 2025, in Ayadaw township (Monywa district, Sagaing region), the PDF captured two former "
            "soldiers hiding in the forest reserve near the military camp.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "B33: On 7 April 2025, in Sagaing township": (
        (
            "On 7 April 2025, in Sagaing township (Sagaing district, Sagaing region), the PDF captured a "
            "military-intelligence officer at a checkpoint.",
            "Battles",
            PDF,
            "Pyu Saw Htee",
        ),
        ("captured", "junta_army", "a military-intelligence officer"),
    ),
    "C24: On 6 April 2025, in Mingin township": (
        (
            "On 6 April 2025, in Mingin township (Kale district, Sagaing region), A soldier defected to the PDF after "
            "a fight with two soldiers of his unit.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "A soldier"),
    ),
    "C28: On 10 April 2025, in Mogaung township": (
        (
            "On 10 April 2025, in Mogaung township (Mohnyin district, Kachin state), 12 soldiers surrendered at a "
            "monastery with about 50 members of the sangha.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "D17: On 3 April 2025, in Sagaing township": (
        (
            "On 3 April 2025, in Sagaing township (Sagaing district, Sagaing region), a soldier defected to the PDF, "
            "bringing information about the airstrike on 30 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "a soldier"),
    ),
    "D30: On 15 April 2025, in Matupi township": (
        (
            "On 15 April 2025, in Matupi township (Matupi district, Chin state), Five soldiers fled their post, "
            "fearing an attack like the one on 2 April.",
            "Battles",
            "CDF: Chinland Defense Force",
            MILITARY,
        ),
        ("fled", "junta_army", "Five"),
    ),
    "F1: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 12 soldiers were unable to flee the "
            "besieged camp and surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "F2: On 4 April 2025, in Pale township": (
        (
            "On 4 April 2025, in Pale township (Yinmabin district, Sagaing region), The soldiers had to abandon the "
            "Pale camp and surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", ""),
    ),
    "F13: On 15 April 2025, in Tamu township": (
        (
            "On 15 April 2025, in Tamu township (Tamu district, Sagaing region), 20 soldiers had to flee the camp and "
            "crossed into India.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled_across_border", "junta_army", "20"),
    ),
    "F21: On 10 April 2025, in Hakha township": (
        (
            "On 10 April 2025, in Hakha township (Hakha district, Chin state), the CDF said 16 soldiers surrendered "
            "during the same day operation.",
            "Battles",
            "CDF: Chinland Defense Force",
            MILITARY,
        ),
        ("surrendered", "junta_army", "16"),
    ),
    "F28: On 5 April 2025, in Pale township": (
        (
            "On 5 April 2025, in Pale township (Yinmabin district, Sagaing region), the PDF did not specify when the "
            "12 soldiers, who it said were from LIB-52, had surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F38: On 7 April 2025, in Magway township": (
        (
            "On 7 April 2025, in Magway township (Magway district, Magway region), Three soldiers fled the Magway "
            "camp, while 40 youths in the town fled to avoid conscription.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "Three"),
    ),
    "G3: On 10 April 2025, in Mohnyin township": (
        (
            "On 10 April 2025, in Mohnyin township (Mohnyin district, Kachin state), the KIA shelled the Mohnyin "
            "camp. Earlier in the month, on 1 April, 30 soldiers surrendered to the KIA.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "G16: On 3 April 2025, in Gangaw township": (
        (
            "On 3 April 2025, in Gangaw township (Gangaw district, Magway region), the PDF had ambushed a column on "
            "25 March, capturing 6 soldiers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G25: On 3 April 2025, in Kutkai township": (
        (
            "On 3 April 2025, in Kutkai township (Muse district, Shan state), the TNLA said that days after the "
            "offensive in which it took the town 30 soldiers surrendered.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "H1: On 3 April 2025, in Kani township": (
        (
            "On 3 April 2025, in Kani township (Monywa district, Sagaing region), following a meeting that took place "
            "in Kani, the PDF said it was detaining 6 soldiers who had deserted to it.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "H15: On 17 April 2025, in Momauk township": (
        (
            "On 17 April 2025, in Momauk township (Bhamo district, Kachin state), Nine soldiers surrendered to the "
            "KIA in a deal negotiated with 20 officers of the camp.",
            "Battles",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "Nine"),
    ),
    "I1: On 3 April 2025, in Kani township": (
        (
            "On 3 April 2025, in Kani township (Monywa district, Sagaing region), 20 soldiers had run out of food and "
            "surrendered to the PDF after being besieged since January.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "20"),
    ),
    "I14: On 5 April 2025, in Ann township": (
        (
            "On 5 April 2025, in Ann township (Thandwe district, Rakhine state), the AA captured 2 military-police "
            "personnel at a checkpoint.",
            "Battles",
            "AA: Arakan Army",
            "Police Forces of Myanmar (2021-)",
        ),
        ("captured", "junta_army", "2"),
    ),
}

#: the twenty-first review (of a4a8fd6 to 4edaa63; 267 notes with the reviewer's expected decisions): what it found,
#: each fails on a31166a (the commit before these fixes; A1 on 2b37cc6)
REVIEWED_TWENTY_FIRST = {
    "A1: On 3 April 2025, in Kale township": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 12 soldiers of the military's Border "
            "Guard Force surrendered to the PDF with their weapons.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "bgf", "12"),
    ),
    "D9: On 14 July 2025, in Myawaddy township": (
        (
            "On 14 July 2025, in Myawaddy township (Myawaddy district, Kayin state), the KNLA, which did not specify "
            "the unit, said 12 soldiers surrendered at the camp.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "D14: On 14 July 2025, in Myawaddy township": (
        (
            "On 14 July 2025, in Myawaddy township (Myawaddy district, Kayin state), 15 conscripts fled the Hpa-an "
            "training school, before they could be enlisted.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "D22: On 14 July 2025, in Myawaddy township": (
        (
            "On 14 July 2025, in Myawaddy township (Myawaddy district, Kayin state), 15 youths fled the town, to "
            "avoid conscription, the KNU said.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E14: On 3 April 2025, in Monywa township": (
        (
            "On 3 April 2025, in Monywa township (Monywa district, Sagaing region), 8 soldiers had surrendered to the "
            "PDF after being surrounded on 30 March.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E29: On 3 April 2025, in Monywa township": (
        (
            "On 3 April 2025, in Monywa township (Monywa district, Sagaing region), PDF forces attacked the Alon "
            "camp. Earlier in the week, the PDF seized a police post and later 30 soldiers surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E40: On 3 April 2025, in Monywa township": (
        (
            "On 3 April 2025, in Monywa township (Monywa district, Sagaing region), months after the battle in which "
            "the PDF killed 20 and captured 12 soldiers, those 12 were released.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F5: On 20 August 2025, in Ye-U township": (
        (
            "On 20 August 2025, in Ye-U township (Shwebo district, Sagaing region), fighting took place between the "
            "PDF and junta troops near Ywa Thit and the PDF said it was detaining 11 soldiers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "11"),
    ),
    "F29: On 20 August 2025, in Ye-U township": (
        (
            "On 20 August 2025, in Ye-U township (Shwebo district, Sagaing region), the PDF said 200 soldiers "
            "surrendered during the same months-long offensive.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G1: On 9 September 2025, in Bago township": (
        (
            "On 9 September 2025, in Bago township (Bago district, Bago region), five junta-installed ward "
            "administrators fled to Bago town after PDF threats.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G10: On 9 September 2025, in Bago township": (
        (
            "On 9 September 2025, in Bago township (Bago district, Bago region), three junta-organized Pyu Saw Htee "
            "members surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "militia", "three"),
    ),
    "G15: On 9 September 2025, in Bago township": (
        (
            "On 9 September 2025, in Bago township (Bago district, Bago region), three military-recruited militia "
            "members defected to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "militia", "three"),
    ),
    "H13: On 12 October 2025, in Hsipaw township": (
        (
            "On 12 October 2025, in Hsipaw township (Kyaukme district, Shan state), the junta, which did not mention "
            "the clash in state media, said 40 TNLA members surrendered to it.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "armed_group", "40"),
    ),
}

#: sets 66 and 67 (written on a4a8fd6): wording they missed, in short, with ACLED's event type and actors; each fails
#: on a4a8fd6
SETS_66_67 = {
    "members of the military's Border Guard Force surrendered": (
        (
            PLACE
            + "about 60 members of the military's Border Guard Force Battalion 1002 surrendered to the KIA at their "
            "base.",
            "Strategic developments",
            MILITARY + " Border Guard Force",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
        ),
        ("surrendered", "bgf", "about 60"),
    ),
    "the military's Border Guard Force abandoned its outposts": (
        (
            PLACE
            + "the military's Border Guard Force abandoned its outposts around the village after repeated KIA attacks.",
            "Strategic developments",
            MILITARY + " Border Guard Force",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
        ),
        ("positions_abandoned", "bgf", ""),
    ),
    "two others escaped back towards their camp": (
        (
            PLACE
            + "a military drone struck a group of soldiers walking towards KNLA positions to surrender, killing three "
            "of them. Two other soldiers in the group escaped back towards their camp.",
            "Explosions/Remote violence",
            MILITARY,
            MILITARY,
        ),
        None,
    ),
}

#: sets 17 to 67, the reviews and the gaps, one table: (notes, event type, actor1, actor2) -> expected (None: no event)
#: sets 68 and 69 (written blind at 6702712); each case fails there
KIA_ = "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"
SETS_68_69 = {
    "took soldiers alive": (
        (
            PLACE + "PDF and KNDF fighters overran an army outpost and took 12 soldiers alive, local media said.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "12"),
    ),
    "a former BGF commander who had retired": (
        (
            PLACE
            + "the KNLA detained a former BGF commander who had left the force years ago, accusing him of extortion.",
            "Violence against civilians",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
            "",
        ),
        None,
    ),
    "it was not reported that any troops surrendered": (
        (
            PLACE + "the AA called on soldiers in the town to surrender within two days. It was not reported that any "
            "troops surrendered.",
            "Strategic developments",
            AA,
            MILITARY,
        ),
        None,
    ),
    "surrendered during the period, in a statement": (
        (
            PLACE + "the KIA said it had seized dozens of outposts in the first half of the year. The statement said "
            "several hundred other soldiers had surrendered to it during the period.",
            "Strategic developments",
            KIA_,
            MILITARY,
        ),
        None,
    ),
    "posts shared widely on Facebook claimed": (
        (
            PLACE
            + "posts shared widely on Facebook claimed that hundreds of soldiers had fled their camps. Local media "
            "could not confirm them.",
            "Strategic developments",
            MILITARY,
            "",
        ),
        None,
    ),
    "the individual surrenders (a noun)": (
        (
            PLACE + "military-controlled media reported that 92 people had returned to the legal fold since January. "
            "It did not give dates for the individual surrenders.",
            "Strategic developments",
            MILITARY,
            PDF,
        ),
        None,
    ),
    "armed men of no named side, captured": (
        (PLACE + "PDF forces captured two armed men after a clash; their group was not named.", "Battles", PDF, ""),
        ("captured", "unknown", "two"),
    ),
    "armed men captured by the military are no one's personnel it names": (
        (PLACE + "the military captured three armed men in a raid on the village.", "Battles", MILITARY, ""),
        ("captured", "unknown", "three"),
    ),
    "stations in two villages named": (
        (
            PLACE + "police abandoned the police stations in Zee Gone and Kyauk Taw villages and withdrew to the town.",
            "Strategic developments",
            AA,
            "Police Forces of Myanmar (2021-)",
        ),
        ("positions_abandoned", "police", "2"),
    ),
}


#: the twenty-second review (of 6702712 to 60f5b7c) and set 70 (written blind at 12f80c7); each case fails there
REVIEWED_TWENTY_SECOND = {
    "took no soldiers alive": ("the PDF took no soldiers alive; all 14 were killed.", None),
    "posts by a side on Facebook are its own": (
        "posts by KNDF on Facebook claimed that 12 soldiers surrendered to the KNDF.",
        ("surrendered", "junta_army", "12"),
    ),
    "the former commander of a battalion still serves": (
        "the PDF captured the former commander of LIB 45 during a raid on the camp.",
        ("captured", "junta_army", "the former commander"),
    ),
    "the period of fighting is no period claimed": (
        "the PDF said 12 soldiers surrendered during the period of fighting at the camp.",
        ("surrendered", "junta_army", "12"),
    ),
    "made their individual surrender": (
        "five soldiers each made their individual surrender to the PDF.",
        ("surrendered", "junta_army", "five"),
    ),
    "no reports of casualties, but they surrendered": (
        "there were no reports of casualties, but 12 soldiers surrendered to the PDF.",
        ("surrendered", "junta_army", "12"),
    ),
    "no reports of fighting before they surrendered": (
        "no reports of fighting came in before 30 soldiers surrendered to the PDF at dawn.",
        ("surrendered", "junta_army", "30"),
    ),
    "the military never confirmed (a claim only it withholds)": (
        "the military never confirmed that 12 soldiers surrendered to the PDF.",
        ("surrendered", "junta_army", "12"),
    ),
    "has not been confirmed whether": ("it has not been confirmed whether 20 soldiers surrendered to the PDF.", None),
    "the three camps in two villages named": (
        "soldiers abandoned the three camps in Nat Kan and Ma Gyi villages.",
        ("positions_abandoned", "junta_army", "three"),
    ),
    "one hundred and twelve": (
        "the PDF said that one hundred and twelve soldiers surrendered, including a major.",
        ("surrendered", "junta_army", "one hundred and twelve"),
    ),
    "one hundred soldiers": (
        "one hundred soldiers surrendered to the PDF.",
        ("surrendered", "junta_army", "one hundred"),
    ),
    "and a hundred and five": (
        "the PDF attacked the camp and a hundred and five soldiers surrendered.",
        ("surrendered", "junta_army", "a hundred and five"),
    ),
    "withdrew overnight from five camps": (
        "military troops withdrew overnight from five camps around the town.",
        ("positions_abandoned", "junta_army", "five"),
    ),
    "arrived with his wife and two children and defected": (
        "a corporal from LIB-312 arrived in a PDF-held area with his wife and two children and defected to the PDF.",
        ("defected", "junta_army", "a corporal"),
    ),
}


#: the twenty-third review (of 12f80c7 to 1c62fcf) and sets 72 and 73 (written blind at 9afacdb); each fails at 8a6537c
REVIEWED_TWENTY_THIRD = {
    "broke away from the military encirclement": ("PDF fighters broke away from the military encirclement.", None),
    "a prisoner exchange that broke down": (
        "after a prisoner exchange broke down, the KIA captured 8 soldiers.",
        ("captured", "junta_army", "8"),
    ),
    "the period of January to March, said before": (
        "the NUG said 25 soldiers defected in the period of January to March 2025.",
        None,
    ),
    "no confirmation of reports that, after the siege, they surrendered": (
        "there was no confirmation of reports that after the siege 30 soldiers surrendered.",
        None,
    ),
    "a retired army commander": ("the PDF captured a retired army commander at his home.", None),
    "called for the individual surrender": ("the military called for the individual surrender of PDF members.", None),
    "posts from villagers on Facebook": ("posts from villagers on Facebook said that 5 soldiers deserted.", None),
    "a soldier defected with his wife and two other soldiers surrendered": (
        "a soldier defected with his wife and two other soldiers surrendered.",
        ("surrendered", "junta_army", "two"),
    ),
    "a thousand soldiers": ("a thousand soldiers surrendered to the PDF.", ("surrendered", "junta_army", "a thousand")),
    "took photographs of soldiers found alive": ("the PDF took photographs of two soldiers found alive.", None),
    "a statement saying that since November": (
        "the AA released a statement saying that since November 2023 more than 2,000 soldiers had surrendered.",
        None,
    ),
    "a group of defected soldiers said": (
        "17 conscripts fled from a military training school, according to a group of defected soldiers.",
        ("fled", "junta_army", "17"),
    ),
    "and later crossed into India (coded separately)": (
        "troops fired on protesters. Three police officers had joined the CDM on 8 March and later crossed into "
        "India (coded separately).",
        None,
    ),
    "a town taken in March after they surrendered": (
        "fighting went on around the town, which the KIA took in March 2025 after more than 100 soldiers "
        "surrendered there.",
        None,
    ),
}


#: the twenty-fourth review (of 1c62fcf to d32e682), sets 74 and 75 (written blind at 1b0f781) and sets 76 and 77 (at
#: cdd4f03); each fails at 1b0f781
REVIEWED_TWENTY_FOURTH = {
    "considering surrendering": (
        "the leader of a local militia said his group was considering surrendering to the TNLA.",
        None,
    ),
    "the AA claimed 23 soldiers were captured alive": (
        "the AA claimed 23 soldiers were captured alive.",
        ("captured", "junta_army", "23"),
    ),
    "the PDF claimed 12 soldiers surrendered": (
        "the PDF claimed 12 soldiers surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "killed several and captured at least 7": (
        "the TNLA said it killed several soldiers and captured at least 7, including a major.",
        ("captured", "junta_army", "at least 7"),
    ),
    "returning fighters captured soldiers": (
        "returning PDF fighters captured three soldiers near the bridge.",
        ("captured", "junta_army", "three"),
    ),
    "released a report saying they captured": (
        "the PDF released a report saying its fighters captured 14 soldiers.",
        ("captured", "junta_army", "14"),
    ),
    "captured, then torched the post (coded separately)": (
        "the PDF captured 11 soldiers, then torched the post (coded separately).",
        ("captured", "junta_army", "11"),
    ),
    "no reports of casualties and they surrendered": (
        "there were no reports of casualties and 12 soldiers surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "saying they had not eaten since 1 April": (
        "saying they had not eaten since 1 April, 12 soldiers surrendered to the KIA.",
        ("surrendered", "junta_army", "12"),
    ),
    "the period of heavy fighting": (
        "the PDF said that during the period of heavy fighting 12 soldiers surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "broke away from the military at night": (
        "12 soldiers broke away from the military at night and joined the KNDF.",
        ("defected", "junta_army", "12"),
    ),
    "with his wife and six children": (
        "a corporal arrived with his wife and six children and defected to the PDF.",
        ("defected", "junta_army", "a corporal"),
    ),
    "unarmed men": ("the PDF captured two unarmed men.", None),
    "the commander, a lieutenant colonel, is one person": (
        "the commander of LIB-324, a lieutenant colonel, surrendered to the TNLA along with his wife and son.",
        ("surrendered", "junta_army", "the commander"),
    ),
    "an officer of LIB-311, a captain, is one person": (
        "an officer of LIB-311, a captain, defected to the PDF together with his wife and two children.",
        ("defected", "junta_army", "an officer"),
    ),
    "its commander, a major, along with one soldier": (
        "the KIA captured its commander, a major, along with one soldier.",
        ("captured", "junta_army", "2"),
    ),
    "a video claimed to show": (
        "a video shared widely online claimed to show soldiers of LIB-274 surrendering to the PDF.",
        None,
    ),
    "surrendered in late 2024, for an event of 2025": (
        "the area has been under AA control since soldiers at the nearby outpost surrendered in late 2024.",
        None,
    ),
    "negotiating about laying down their arms": (
        "police officers were negotiating with the PDF about laying down their arms.",
        None,
    ),
    "a police captain and three of his subordinates": (
        "a police captain and three of his subordinates defected to the PDF.",
        ("defected", "police", "4"),
    ),
    "left behind two hilltop bases": (
        "soldiers left behind two hilltop bases after repeated drone strikes.",
        ("positions_abandoned", "junta_army", "two"),
    ),
    "did not report capturing any soldiers": (
        "PDF forces ambushed a column and seized 12 rifles. The PDF did not report capturing any soldiers.",
        None,
    ),
    "a claim the group later withdrew": (
        "a PDF statement claimed that 30 soldiers had surrendered, but the group later withdrew the statement.",
        None,
    ),
    "killing an unknown number and capturing around 25": (
        "the AA ambushed a military convoy, killing an unknown number of soldiers and capturing around 25.",
        ("captured", "junta_army", "around 25"),
    ),
}


#: the twenty-fifth review (of 1b0f781 to c922ef3); each case fails at c2608d4
REVIEWED_TWENTY_FIFTH = {
    "crossed into India and Bangladesh (coded separately)": (
        "five soldiers crossed into India and Bangladesh (coded separately).",
        None,
    ),
    "broke away from the military's encirclement": ("PDF fighters broke away from the military's encirclement.", None),
    "the period of the five-day siege": (
        "the PDF said 12 soldiers fled during the period of the five-day siege.",
        None,
    ),
    "the NUG, saying ... since the coup": (
        "the NUG, saying 500 soldiers had defected since the coup, welcomed two more defectors.",
        None,
    ),
    "no confirmation that they, with their weapons, surrendered": (
        "there was no confirmation that the 30 soldiers, with their weapons, had surrendered.",
        None,
    ),
    "no reports of deaths or of any surrendering": (
        "there were no reports of deaths or of any soldiers surrendering.",
        None,
    ),
    "the battalion commander, a medic, and two soldiers": (
        "the PDF captured the battalion commander, a medic, and two soldiers.",
        ("captured", "junta_army", "4"),
    ),
    "two fully-armed men": ("the PDF captured two fully-armed men.", ("captured", "unknown", "two")),
    "killed a number of soldiers and captured 12": (
        "the PDF killed a number of soldiers and captured 12.",
        ("captured", "junta_army", "12"),
    ),
    "killed numerous soldiers and captured 5": (
        "the PDF killed numerous soldiers and captured 5.",
        ("captured", "junta_army", "5"),
    ),
}


#: the twenty-sixth review (of cdd4f03 to 02e8c08) and sets 78 and 79 (written blind at 2d743c7); each fails at 2d743c7
REVIEWED_TWENTY_SIXTH = {
    "crossed from a village (its township) into Mizoram": (
        "around 60 soldiers and police crossed from Zawl Pui village (Tiddim township, Falam district, Chin state) "
        "into Mizoram, India, after resistance forces seized their camps.",
        ("fled_across_border", "junta_personnel", "around 60"),
    ),
    "shot dead as they left their camp": (
        "two soldiers who tried to surrender were shot dead by their own comrades as they left their camp.",
        None,
    ),
    "a sentence opening on an earlier day": (
        "the KNLA shelled a camp. On 1 April, KNLA troops captured seven soldiers in an attack on another camp.",
        None,
    ),
    "surrendered, and others were captured (coded separately)": (
        "12 soldiers surrendered and four others were captured (coded separately).",
        ("surrendered", "junta_army", "12"),
    ),
    "six non-armed men": ("the PDF captured six non-armed men.", None),
    "a sergeant of LIB-311, a corporal, and three privates": (
        "a sergeant of LIB-311, a corporal, and three privates surrendered to the PDF.",
        ("surrendered", "junta_army", "5"),
    ),
    "broke away from the army's 274th battalion": (
        "12 soldiers broke away from the army's 274th battalion and joined the CNF.",
        ("defected", "junta_army", "12"),
    ),
    "the period of the midday attack": (
        "the PDF said 6 police officers surrendered during the period of the midday attack.",
        ("surrendered", "police", "6"),
    ),
    "no reports of casualties or injuries as they surrendered": (
        "there were no reports of casualties or injuries as 30 soldiers surrendered.",
        ("surrendered", "junta_army", "30"),
    ),
    "did not report any casualties as they surrendered": (
        "the PDF did not report any casualties as 20 soldiers surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
    "soldiers conscripted in January 2024, captured now": (
        "the PDF captured 5 soldiers who had been conscripted in January 2024.",
        ("captured", "junta_army", "5"),
    ),
    "left behind a platoon at the base": ("soldiers left behind a platoon at the base.", None),
    "the page later deleted the post": (
        "a news page claimed that 40 soldiers had surrendered near the village. The page later deleted the post.",
        None,
    ),
}


#: the twenty-seventh review (of 2d743c7 to 8b4d57d); each case fails at 51e9a20
REVIEWED_TWENTY_SEVENTH = {
    "returned fire, then a pluperfect capture": (
        "PDF fighters returned fire and pushed back junta troops. The PDF had captured two soldiers.",
        ("captured", "junta_army", "two"),
    ),
    "a siege in the past two weeks is no total's span": (
        "the camp had been under siege in the past two weeks. The PDF said 12 soldiers had surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "a PDF column broke away from the junta troops": (
        "a PDF column broke away from the junta troops near the village.",
        None,
    ),
    "a post which claimed to show": ("a post which claimed to show 15 soldiers surrendering spread on Facebook.", None),
    "Facebook deleted the post (not the claimant)": (
        "the PDF said 40 soldiers surrendered to them. Facebook deleted the post days later.",
        ("surrendered", "junta_army", "40"),
    ),
    "did not report any casualties or whether": (
        "the PDF did not report any casualties or whether 12 soldiers surrendered to them.",
        None,
    ),
    "left behind their fortified hilltop camp": (
        "junta troops left behind their fortified hilltop camp.",
        ("positions_abandoned", "junta_army", "their fortified hilltop camp"),
    ),
}


#: sets 80 and 81 (written blind at 5e082da): what they missed; each case fails at 5e082da
SETS_80_81 = {
    "posts circulating the same day claimed, could not be verified": (
        "MNDAA fighters clashed with junta troops. Social media posts circulating the same day claimed that an entire "
        "battalion had surrendered, but the claims could not be verified.",
        None,
    ),
    "23 PDF 'terrorists' surrendered, in military media's word": (
        "military-controlled media said 23 PDF 'terrorists' surrendered to the military with 11 firearms.",
        ("surrendered", "resistance", "23"),
    ),
    "armed men of no side named fled": (
        "around 10 armed men whose affiliation was not known fled the village, leaving behind two rifles.",
        ("fled", "unknown", "around 10"),
    ),
    "captured more than 10 of them": (
        "the PDF ambushed a junta column, killed several soldiers and captured more than 10 of them.",
        ("captured", "junta_army", "more than 10"),
    ),
    "took about 12 prisoners": (
        "the PDF clashed with junta troops and took about 12 prisoners.",
        ("captured", "junta_army", "about 12"),
    ),
}

#: the twenty-eighth review (of 51e9a20 to 99443aa, the rule at 5e082da); each case fails at 5e082da
REVIEWED_TWENTY_EIGHTH = {
    "a side's own video that claimed to show": (
        "12 soldiers surrendered to the PDF at the Kani camp, which released a video that claimed to show the "
        "surrender.",
        ("surrendered", "junta_army", "12"),
    ),
    "a video the group claimed to show": (
        "the PDF released a video that the group claimed to show 12 soldiers surrendering to its fighters.",
        ("surrendered", "junta_army", "12"),
    ),
    "a video showing soldiers surrendering": (
        "the PDF released a video showing 12 soldiers surrendering at the Kani camp.",
        ("surrendered", "junta_army", "12"),
    ),
    "soldiers broke away from the military troops and joined the PDF": (
        "four soldiers broke away from the military troops stationed at Kani and joined the PDF.",
        ("defected", "junta_army", "four"),
    ),
    "a PDF column broke away from a military company": (
        "a PDF column broke away from the military company near Natchaung village.",
        None,
    ),
    "left behind guards at the checkpoint": (
        "junta troops moved on to Yinmabin and left behind guards at the checkpoint.",
        None,
    ),
    "left behind soldiers' bunkers": (
        "junta troops left behind soldiers' bunkers on Hill 512 as the PDF advanced.",
        ("positions_abandoned", "junta_army", ""),
    ),
    "did not report casualties or injuries as soldiers surrendered": (
        "the PDF did not report casualties or injuries among its fighters as 14 soldiers surrendered at the outpost.",
        ("surrendered", "junta_army", "14"),
    ),
    "On 30 March ..., and on 1 April: both before the event": (
        "the PDF attacked the Kani camp. On 30 March, PDF forces surrounded the camp, and on 1 April, 20 soldiers "
        "surrendered.",
        None,
    ),
    "On 30 March ..., and on 3 April: the event's day": (
        "the PDF attacked the Kani camp. On 30 March, PDF forces surrounded the camp, and on 3 April, 20 soldiers "
        "surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
    "a total over the past three months": (
        "the KIA overran the base. In the past three months, the KIA captured 12 junta camps. The KIA said 140 "
        "soldiers had surrendered.",
        None,
    ),
    "freed the detainees, then a pluperfect capture": (
        "the PDF freed the detainees after talks with village elders. The PDF had captured the three soldiers near "
        "Budalin.",
        None,
    ),
    "an outlet retracts its own report": (
        "Mizzima reported that 40 soldiers surrendered to the PDF at the Myaung camp. Mizzima later retracted its "
        "report.",
        None,
    ),
    "the post was later deleted": (
        "a local outlet reported that 40 soldiers surrendered to the PDF. The post was later deleted.",
        None,
    ),
    "the military claimed, the junta deleted": (
        "the military claimed that 50 TNLA members surrendered in Hsipaw. The junta later deleted the post.",
        None,
    ),
    "a page deletes a post about another matter": (
        "the PDF said 15 soldiers surrendered at the Myaung camp. The USDP deleted its post praising the soldiers.",
        ("surrendered", "junta_army", "15"),
    ),
}


#: sets 82 and 83 (written blind at 85748d4): what they missed; each case fails at 85748d4
SETS_82_83 = {
    "others who fled men rounded up to be enlisted": (
        "troops rounded up 25 men in Kyauk Tan village and took them to a camp, allegedly to be enlisted under the "
        "conscription law. Several others fled into the forest before the raid.",
        None,
    ),
    "men picked in a conscription lottery, 9 of them had fled": (
        "police went door to door to collect 12 men selected in a conscription lottery, but 9 of them had already "
        "fled the town.",
        None,
    ),
    "warned soldiers against defecting": (
        "the PDF attacked a camp. The military warned soldiers against defecting.",
        None,
    ),
    "proposed that the soldiers lay down their arms": (
        "the MNDAA had proposed that the roughly 150 soldiers inside lay down their arms in return for safe passage.",
        None,
    ),
    "social media accounts linked to the CDM claimed": (
        "social media accounts linked to the CDM claimed that 'more than 100' soldiers had deserted from military "
        "camps around Hpakant.",
        None,
    ),
}

#: the twenty-ninth review (of 5e082da to 85748d4); each case fails at 85748d4
REVIEWED_TWENTY_NINTH = {
    "armed men robbed a shop and fled": ("two armed men robbed a shop and fled on a motorcycle.", None),
    "soldiers showed a white flag and surrendered": (
        "12 soldiers showed a white flag and surrendered to the KIA.",
        ("surrendered", "junta_army", "12"),
    ),
    "later found to be from LIB 345 (who they were)": (
        "KIA troops captured 12 soldiers, who were later found to be from LIB 345.",
        ("captured", "junta_army", "12"),
    ),
    "posts shared by the Kale PDF (its own)": (
        "social media posts shared by the Kale PDF reported that 11 soldiers surrendered to it.",
        ("surrendered", "junta_army", "11"),
    ),
    "a video on Facebook which claimed to show": (
        "a video on Facebook which claimed to show 15 soldiers surrendering circulated widely.",
        None,
    ),
    "broke away from the army soldiers following it": (
        "the column broke away from the army soldiers following it and reached the forest.",
        None,
    ),
    "did not report casualties or say how many": (
        "the PDF did not report casualties or say how many soldiers had surrendered.",
        None,
    ),
    "a siege over the past month, a surrender dated that day": (
        "the KIA besieged the Nam Hkam camp over the past month. The KIA said 40 soldiers had surrendered when the "
        "camp fell on 3 April.",
        ("surrendered", "junta_army", "40"),
    ),
    "captives released, a pluperfect capture": (
        "the KIA released 14 captives to the ICRC. The KIA had captured the soldiers when it overran the camp.",
        None,
    ),
    "civilian detainees released, soldiers captured that day": (
        "the KIA released 20 civilian detainees. It said it had captured 8 soldiers during the raid on the camp "
        "that day.",
        ("captured", "junta_army", "8"),
    ),
    "Myanmar's military deletes its own statement, not Myanmar Now's report": (
        "Myanmar Now reported that 30 police officers fled the Gangaw station. Myanmar's military later deleted its "
        "statement on the clash.",
        ("fled", "police", "30"),
    ),
    "Kale residents delete their posts, not the Kale PDF's": (
        "the Kale PDF said that 20 soldiers surrendered to it. Kale residents later deleted their posts about the "
        "clash.",
        ("surrendered", "junta_army", "20"),
    ),
    "state media said, the SAC withdrew": (
        "state media said 12 PDF members surrendered. The SAC later withdrew the statement.",
        None,
    ),
    "another account's post was later deleted": (
        "the PDF said 20 soldiers surrendered to it. A pro-junta account's post was later deleted.",
        ("surrendered", "junta_army", "20"),
    ),
    "soldiers raided, and PDF fighters captured about five of them": (
        "soldiers raided Zee Pin village, and PDF fighters captured about five of them.",
        ("captured", "junta_army", "about five"),
    ),
    "captured approximately 12 of them": (
        "PDF fighters ambushed soldiers on the Kale road and captured approximately 12 of them.",
        ("captured", "junta_army", "approximately 12"),
    ),
    "terrorists, in the military's word, are resistance": (
        "the military said 12 terrorists surrendered to its troops near Nat Chaung village.",
        ("surrendered", "resistance", "12"),
    ),
    "leaving behind three outposts": (
        "junta troops withdrew, leaving behind three outposts near Ann.",
        ("positions_abandoned", "junta_army", "three"),
    ),
    "and in the early hours of 3 April, soldiers fled": (
        "KIA troops shelled the camp, and in the early hours of 3 April, 30 soldiers fled toward the river.",
        ("fled", "junta_army", "30"),
    ),
    "announced, then deleted the post": (
        "the KNDF announced that 20 soldiers surrendered. It later deleted the post.",
        None,
    ),
    "On 1 April ..., and on the morning of 3 April": (
        "the KIA attacked the camp. On 1 April, the KIA attacked the camp, and on the morning of 3 April, 20 soldiers "
        "surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
}


#: sets 84 and 85 (written blind at 414f35e): what they missed; each case fails at 414f35e
SETS_84_85 = {
    "detained the wife and teenage son of a militia leader": (
        "PDF members detained the wife and teenage son of a local Pyu Saw Htee leader.",
        None,
    ),
    "wives and children of captured soldiers handed over": (
        "the AA handed over 40 wives and children of captured soldiers to the ICRC.",
        None,
    ),
    "captured four KNA members": (
        "KNLA troops clashed with the Karen National Army and captured four KNA members at a checkpoint.",
        ("captured", "armed_group", "four"),
    ),
    "a widely shared TikTok video claimed": (
        "a widely shared TikTok video claimed that more than 100 soldiers had defected to the PDF.",
        None,
    ),
    "posts circulating on Facebook that evening claimed": (
        "posts circulating on Facebook that evening claimed that 'dozens' of soldiers had laid down their arms.",
        None,
    ),
    "an announcement inviting them to surrender": (
        "military-controlled media published an announcement inviting members of the PDF to 'return to the legal "
        "fold' and surrender with their weapons.",
        None,
    ),
    "troops of a military-aligned Border Guard Force battalion": (
        "about 30 troops of a military-aligned Border Guard Force battalion defected to the KNDF.",
        ("defected", "bgf", "about 30"),
    ),
    "PDF drones struck a base, and soldiers fled": (
        "PDF drones struck a military base, and around 30 soldiers fled the base toward the river.",
        ("fled", "junta_army", "around 30"),
    ),
}

#: the thirtieth review (of 85748d4 to 414f35e); each case fails at 414f35e
REVIEWED_THIRTIETH = {
    "a clip depicting soldiers surrendering": (
        "the PDF posted a clip depicting 12 soldiers surrendering to its fighters at Natchaung.",
        ("surrendered", "junta_army", "12"),
    ),
    "the military showed PDF members surrendering": (
        "the military showed 12 PDF members surrendering to its troops at Natchaung.",
        ("surrendered", "resistance", "12"),
    ),
    "a video that the Kachin Independence Army claimed to show": (
        "a video that the Kachin Independence Army claimed to show 25 soldiers surrendering at Mansi was released.",
        ("surrendered", "junta_army", "25"),
    ),
    "and at the KIA's Mansi camp about 20 soldiers": (
        "soldiers retreated from the ridge under heavy fire, and at the KIA's Mansi camp about 20 soldiers "
        "surrendered.",
        ("surrendered", "junta_army", "about 20"),
    ),
    "broke away from the military, and fled to join the PDF": (
        "seven soldiers broke away from the military, and fled with their weapons to join the PDF.",
        ("defected", "junta_army", "seven"),
    ),
    "captured 40 including rifles (things)": (
        "TNLA troops killed 12 soldiers and captured 40 including rifles and ammunition.",
        None,
    ),
    "a pro-junta page's video claimed to show": (
        "a pro-junta page's video claimed to show 30 PDF members surrendering to the army at Natchaung.",
        None,
    ),
    "posts shared by KNDF supporters claimed": (
        "social media posts shared by KNDF supporters claimed that 12 soldiers surrendered to KNDF troops.",
        None,
    ),
    "pictures later found to be from 2022": (
        "pictures of 14 soldiers surrendering to the PDF were later found to be from 2022.",
        None,
    ),
    "armed men of the militia abandoned their post and fled": (
        "Pyu Saw Htee armed men abandoned their post at Natchaung and fled.",
        ("fled", "militia", ""),
    ),
    "a conscription lottery, then soldiers attacked and they fled": (
        "the military held a conscription lottery in Myothit ward. Later that day, the PDF attacked the soldiers "
        "guarding the ward office, and they fled.",
        ("fled", "junta_army", ""),
    ),
    "10 people, including six soldiers, released": (
        "the TNLA released 10 people, including six soldiers, to their families. The TNLA had captured the soldiers "
        "in a raid at Kutkai.",
        None,
    ),
    "40 camps captured in the past six months, then a total": (
        "the KIA said it has captured 40 camps in the past six months. It said 300 soldiers had surrendered.",
        None,
    ),
    "an ultimatum passed and police laid down their weapons": (
        "the AA's ultimatum passed and 25 police officers lay down their weapons.",
        ("surrendered", "police", "25"),
    ),
    "a statement released on the morning of the event's day": (
        "the KIA captured the Bhamo hill base. On 1 April, according to a KIA statement released on the morning "
        "of 3 April, 12 soldiers surrendered to the KIA.",
        None,
    ),
    "anti-terrorist squad police": (
        "anti-terrorist squad police officers fled the Monywa station when the PDF attacked.",
        ("fled", "police", ""),
    ),
    "the PDF's post was later deleted": (
        "the Kale PDF claimed that 15 soldiers surrendered. The PDF's post was later deleted.",
        None,
    ),
    "leaving behind the junta camp in flames": (
        "PDF fighters retreated after the attack, leaving behind the junta camp in flames.",
        None,
    ),
    "and the soldiers captured five of them": (
        "PDF members ambushed junta soldiers, and the soldiers captured five of them.",
        ("captured", "resistance", "five"),
    ),
    "and roughly 40 police officers surrendered": (
        "the AA overran the police station, and roughly 40 police officers surrendered.",
        ("surrendered", "police", "roughly 40"),
    ),
}


#: sets 86 and 87 (written blind at 1c6312b): what they missed; each case fails at 1c6312b
SETS_86_87 = {
    "22 captured soldiers handed back in an exchange": (
        "the AA and the military exchanged prisoners at Kyaukphyu, with 22 captured soldiers handed back for 18 AA "
        "members held in Sittwe prison.",
        None,
    ),
    "23 of them then surrendered": (
        "junta troops abandoned two outposts, and 23 of them then surrendered to the CNA.",
        ("surrendered", "junta_army", "23"),
    ),
    "withdrew from as many as 6 camps": (
        "the military withdrew from as many as 6 camps along the Mindat-Matupi road.",
        ("positions_abandoned", "junta_army", "as many as 6"),
    ),
}

#: the thirty-first review (of 414f35e to 1c6312b); each case fails at 1c6312b
REVIEWED_THIRTY_FIRST = {
    "and by evening the 14 police officers surrendered": (
        "PDF fighters surrounded the Natchaung police station, and by evening the 14 police officers surrendered.",
        ("surrendered", "police", "14"),
    ),
    "and in nearby Ywa Thit village about 30 soldiers": (
        "PDF fighters captured the Mawlaik hospital, and in nearby Ywa Thit village about 30 soldiers surrendered.",
        ("surrendered", "junta_army", "about 30"),
    ),
    "and later the soldiers fled": (
        "PDF fighters attacked the Kyauk Pyin outpost, and later the soldiers fled towards Kale town.",
        ("fled", "junta_army", ""),
    ),
    "showing their ID cards to PDF members (not who is shown)": (
        "two soldiers, showing their ID cards to PDF members, surrendered at the checkpoint.",
        ("surrendered", "junta_army", "two"),
    ),
    "captured five including a captain": (
        "PDF fighters killed 10 soldiers and captured five including a captain near Kale.",
        ("captured", "junta_army", "five"),
    ),
    "the son of a headman and 12 soldiers fled (not his kin)": (
        "the son of the Kyauk village headman and 12 soldiers fled from the Kawlin camp.",
        ("fled", "junta_army", "12"),
    ),
    "broke away and fled, the PDF said": (
        "Five soldiers broke away from the military and fled, the PDF said.",
        ("fled", "junta_army", "Five"),
    ),
    "broke away and fled to rejoin their families": (
        "Four soldiers broke away from the military and fled to the forest to rejoin their families.",
        ("fled", "junta_army", "Four"),
    ),
    "a group broke away from the military troops and joined the PDF": (
        "A group broke away from the military troops in Kani and joined the PDF.",
        ("defected", "unknown", ""),
    ),
    "leaving behind the Kyauk Pyin outpost": (
        "junta soldiers retreated towards Kale town, leaving behind the Kyauk Pyin outpost.",
        ("positions_abandoned", "junta_army", "the Kyauk Pyin outpost"),
    ),
    "armed men of a militia robbed a shop and fled": (
        "five Pyu Saw Htee armed men robbed a shop in Ywa Ma village and fled.",
        None,
    ),
    "soldiers posted there over the past three months (no total)": (
        "PDF fighters attacked the Khampat police station. About 40 police officers had been posted there over the "
        "past three months. The PDF said 10 police officers had surrendered.",
        ("surrendered", "police", "10"),
    ),
    "the PDF suggested the police officers surrender": (
        "the PDF suggested the police officers surrender at the monastery.",
        None,
    ),
    "a report said that on the event's day": (
        "PDF fighters took the Pale outpost. On 1 April, PDF fighters attacked the outpost, and a report from the PDF "
        "said that on 3 April the remaining 9 soldiers surrendered.",
        ("surrendered", "junta_army", "9"),
    ),
    "soldiers from a nearby police station": (
        "Three soldiers from a nearby police station surrendered to the PDF.",
        ("surrendered", "junta_army", "Three"),
    ),
    "a video which Kale residents claimed to show": (
        "a video which Kale residents claimed to show 20 soldiers surrendering to the PDF circulated.",
        None,
    ),
    "another side's statement withdrawn": (
        "the CDF said 25 police officers defected to it. The NUG's statement was later withdrawn.",
        ("defected", "police", "25"),
    ),
    "and upon their arrival, 20 soldiers surrendered": (
        "PDF fighters attacked the camp, and upon their arrival, 20 soldiers surrendered.",
        ("surrendered", "junta_army", "20"),
    ),
}


#: sets 88 and 89 (written blind at d7bbcfe): what they missed; each case fails at d7bbcfe
SETS_88_89 = {
    "100 people, including soldiers and their families, were captured": (
        "the AA overran the LIB-551 base. The AA said more than 100 people, including soldiers and their family "
        "members, were captured.",
        ("captured", "mixed", "more than 100"),
    ),
    "a video the same day showed soldiers who had surrendered": (
        "TNLA forces seized the LIB-502 base. A video released by the TNLA the same day showed around 40 soldiers who "
        "had surrendered at the base.",
        ("surrendered", "junta_army", "around 40"),
    ),
    "reports on Facebook that police had abandoned the station": (
        "reports on Facebook that police had abandoned the town police station could not be confirmed.",
        None,
    ),
    "by evening, troops had withdrawn from three outposts": (
        "KNLA fighters attacked a supply column. By evening, junta troops had withdrawn from three roadside outposts.",
        ("positions_abandoned", "junta_army", "three"),
    ),
    "with the KIA advancing, the police withdrew": (
        "with KIA and PDF fighters advancing on the town, the police withdrew from four police outposts.",
        ("positions_abandoned", "police", "four"),
    ),
    "on the last day of the MNDAA's siege, soldiers and police surrendered": (
        "on the last day of the MNDAA's siege of the town's garrison, between 150 and 200 soldiers and police "
        "officers surrendered to the MNDAA.",
        ("surrendered", "junta_personnel", "between 150 and 200"),
    ),
}


#: the thirty-second review (of 1c6312b to d7bbcfe); each case fails at d7bbcfe
REVIEWED_THIRTY_SECOND = {
    "a video the National Unity Government claimed to show": (
        "a video the National Unity Government claimed to show 20 soldiers surrendering to the PDF was released.",
        ("surrendered", "junta_army", "20"),
    ),
    "a video showing soldiers from LIB 250 surrendering": (
        "the PDF released a video showing about 30 soldiers from LIB 250 surrendering.",
        ("surrendered", "junta_army", "about 30"),
    ),
    "leaving behind the outpost in flames (the attackers)": (
        "the PDF attacked the outpost, killing 3 soldiers and leaving behind the outpost in flames.",
        None,
    ),
    "armed men of the militia gave up their posts and fled": (
        "three armed men of the Pyu Saw Htee gave up their posts and fled.",
        ("fled", "militia", "three"),
    ),
    "killing 3 police officers at a conscription lottery, and the others fled": (
        "the PDF attacked the ward office where a conscription lottery was being held, killing 3 police officers, and "
        "the others fled.",
        ("fled", "police", ""),
    ),
    "killed over 200 soldiers in the past two months, then a total": (
        "the PDF attacked the Kyaukmet camp. The PDF killed over 200 soldiers in the past two months. It said 40 "
        "soldiers had surrendered.",
        None,
    ),
    "a corporal from the Pyu Saw Htee camp": (
        "a corporal from the Pyu Saw Htee camp in Ywathit defected to the PDF.",
        ("defected", "militia", "a corporal"),
    ),
    "the People's Defence Force claimed, the PDF's post deleted": (
        "the People's Defence Force claimed that 15 soldiers surrendered at the Ywathaya outpost. The PDF's post was "
        "later deleted.",
        None,
    ),
    "Khit Thit Media reported, the KTM's report retracted": (
        "Khit Thit Media reported that 20 soldiers fled the Ywathaya outpost. The KTM's report was later retracted.",
        None,
    ),
    "in a statement on 3 April (the statement's day)": (
        "On 1 April, KIA troops surrounded the camp, and in a statement on 3 April the KIA said 40 soldiers "
        "surrendered there.",
        None,
    ),
    "demanded that the soldiers, numbering about 40, lay down their arms": (
        "the KIA demanded that the soldiers, numbering about 40, lay down their arms.",
        None,
    ),
    "40 family members of army and police personnel fled": (
        "40 family members of army and police personnel fled to Lashio.",
        None,
    ),
}


#: sets 90 and 91 (written blind at 6fec0f9): what they missed; each case fails at 6fec0f9
SETS_90_91 = {
    "a naval petty officer and his wife fled the naval post": (
        "a naval petty officer and his wife fled the Launglon naval post and went into hiding.",
        ("fled", "junta_army", "a naval petty officer"),
    ),
    "soldiers executed for having been caught deserting": (
        "the military executed two soldiers who had been caught deserting in August.",
        None,
    ),
    "fighters nearly captured": (
        "the military attacked a PDF position. The PDF said several of its fighters were nearly captured but managed "
        "to escape.",
        None,
    ),
    "went over to the anti-coup movement": (
        "a captain and three soldiers from an air defence unit left their base and went over to the anti-coup "
        "movement.",
        ("defected", "junta_army", "4"),
    ),
    "no personnel were reported to have left their posts": (
        "helicopters evacuated dozens of family members of soldiers. No personnel were reported to have left their "
        "posts.",
        None,
    ),
    "half of the 40 soldiers surrendered (no figure)": (
        "Half of the 40 soldiers stationed at the outpost surrendered.",
        ("surrendered", "junta_army", ""),
    ),
    "five of the 40 soldiers surrendered": (
        "five of the 40 soldiers stationed at the outpost surrendered.",
        ("surrendered", "junta_army", "five"),
    ),
    "sources claimed on Facebook, no one confirmed": (
        "Chinland Council sources claimed on Facebook that an entire military company had defected; neither local "
        "media nor the military confirmed the claim.",
        None,
    ),
}


#: the thirty-third review (of d7bbcfe to 6fec0f9); each case fails at 6fec0f9
REVIEWED_THIRTY_THIRD = {
    "showed reporters soldiers who had surrendered the day before": (
        "the PDF showed reporters 12 soldiers who had surrendered the day before.",
        None,
    ),
    "the wife of the village clerk and ten soldiers": (
        "the wife of the village clerk and ten soldiers surrendered to the PDF.",
        ("surrendered", "junta_army", "ten"),
    ),
    "broke away and fled into the forest, the PDF said in a statement": (
        "four soldiers broke away from the military and fled into the forest, the PDF said in a statement.",
        ("fled", "junta_army", "four"),
    ),
    "reports on Facebook by the Kale PDF (its own)": (
        "reports on Facebook by the Kale PDF said 5 soldiers surrendered to it at the camp.",
        ("surrendered", "junta_army", "5"),
    ),
    "set fire to their barracks and withdrew, leaving behind the outpost in flames": (
        "soldiers set fire to their barracks and withdrew, leaving behind the outpost in flames.",
        ("positions_abandoned", "junta_army", "the outpost"),
    ),
    "men taken by soldiers to be conscripted, several others fled": (
        "25 men selected in the conscription lottery were taken to the camp by soldiers. Several others fled.",
        None,
    ),
    "killing 12 soldiers, its third attack in the past month (no total)": (
        "the PDF attacked the camp, killing 12 soldiers, its third attack in the past month. The PDF said 5 soldiers "
        "had surrendered.",
        ("surrendered", "junta_army", "5"),
    ),
    "asked that they surrender, 12 soldiers lay down their weapons": (
        "after the PDF asked that they surrender, 12 soldiers lay down their weapons and came out of the camp.",
        ("surrendered", "junta_army", "12"),
    ),
    "infantry soldiers from the Pyu Saw Htee camp": (
        "infantry soldiers from the Pyu Saw Htee camp at Ywa Thit surrendered to the PDF.",
        ("surrendered", "junta_army", ""),
    ),
}


#: set 92 (written blind at 2ca1d5c): what it missed; each case fails at 2ca1d5c
SET_92 = {
    "during Operation 1111, (an opening, no period)": (
        "during Operation 1111, the KNDF reported that 15 members of the military and police who had been trapped in "
        "a building near Loikaw University surrendered to the combined resistance forces.",
        ("surrendered", "junta_personnel", "15"),
    ),
    "switched to the military's side": (
        "military-controlled media said that nine PDF members had switched to the military's side.",
        ("defected", "resistance", "nine"),
    ),
}

#: the thirty-fourth review (of 6fec0f9 to 2ca1d5c); each case fails at 2ca1d5c
REVIEWED_THIRTY_FOURTH = {
    "a video showed soldiers who had surrendered earlier that day": (
        "the PDF captured the Kale camp. A video released that evening showed 12 soldiers who had surrendered earlier "
        "that day at the camp.",
        ("surrendered", "junta_army", "12"),
    ),
    "a video showed soldiers who had surrendered on the event's day": (
        "the PDF captured the Kale camp. A video showed 12 soldiers who had surrendered on 3 April as the camp fell.",
        ("surrendered", "junta_army", "12"),
    ),
    "PDF sources said on Facebook (its own)": (
        "PDF sources said on Facebook that 15 soldiers surrendered to the PDF at the Mingin camp.",
        ("surrendered", "junta_army", "15"),
    ),
    "came over to check the movement of residents": (
        "20 soldiers came over to the village to check the movement of residents.",
        None,
    ),
    "three camps captured in the past year, then a total": (
        "the PDF said it killed 40 soldiers and captured three camps across Kale district in the past year. It said 9 "
        "soldiers had surrendered.",
        None,
    ),
    "in a statement on the day the PDF announced": (
        "On 1 April, the PDF attacked the camp, and in a statement on 3 April the PDF announced that 40 soldiers "
        "surrendered.",
        None,
    ),
}


#: set 94 (written blind at cf85354): what it kept wrongly; each case fails at cf85354
SET_94 = {
    "social-media accounts claimed, could not be verified": (
        "social-media accounts claimed that dozens of soldiers at the LIB-58 camp had surrendered to the KIA. The "
        "claim could not be verified.",
        None,
    ),
    "5 captured soldiers handed back in an exchange": (
        "the KNU and the military exchanged prisoners: 5 captured soldiers were handed back in return for 5 KNU "
        "members held in Hpa-An prison.",
        None,
    ),
}

#: the thirty-fifth review (of 2ca1d5c to cf85354); each case fails at cf85354
REVIEWED_THIRTY_FIFTH = {
    "switched to the other side of the river (a place)": (
        "about 20 soldiers switched to the other side of the Chindwin river.",
        None,
    ),
    "went over to the Civil Disobedience Movement": (
        "two soldiers went over to the Civil Disobedience Movement.",
        ("defected", "junta_army", "two"),
    ),
    "a video showing soldiers who had surrendered earlier": (
        "the PDF posted a video showing 12 soldiers who had surrendered earlier.",
        None,
    ),
    "local sources said on Facebook": (
        "local sources said on Facebook that 12 soldiers surrendered to the PDF.",
        None,
    ),
    "the second of two raids in the past month (no total)": (
        "the PDF raided the outpost, the second of two raids in the past month. The PDF said it had captured four "
        "soldiers.",
        ("captured", "junta_army", "four"),
    ),
    "during Operation 1027, according to its statement (a total)": (
        "the TNLA said that 500 soldiers had surrendered to it during Operation 1027, according to its statement.",
        None,
    ),
}

#: sets 95 and 96 (written blind at a8bb908) and two faults left by earlier sets; each case fails at a8bb908
SETS_95_96 = {
    "took four outposts after the soldiers abandoned them": (
        "the KIA took control of four military outposts after the soldiers abandoned them overnight.",
        ("positions_abandoned", "junta_army", "four"),
    ),
    "seven air force ground crew defected": (
        "seven air force ground crew from the Meiktila air base defected to the resistance, according to the NUG.",
        ("defected", "junta_army", "seven"),
    ),
    "abandoned one of its two camps": (
        "the military abandoned one of its two camps in the town after repeated KNDF attacks.",
        ("positions_abandoned", "junta_army", "one"),
    ),
    "given until the end of the month to hand over its weapons and surrender": (
        "the TNLA gave a People's Militia Forces unit in the town until the end of the month to hand over its "
        "weapons and surrender.",
        None,
    ),
    "conscripts escaped before being handed over to the military": (
        "7 conscripts escaped from a ward office where they had been gathered before being handed over to the "
        "military for training, local media reported.",
        None,
    ),
    "the side said none of its members were involved": (
        "military-controlled media claimed that 40 PDF members had returned to the legal fold at a ceremony. The PDF "
        "said none of its members were involved.",
        None,
    ),
    "released in exchange for a captured army officer": (
        "the military released 5 KIA members in exchange for a captured army officer.",
        None,
    ),
    "a figure later corrected": (
        "the PDF said 25 soldiers surrendered at the camp, but later corrected the figure to 22.",
        ("surrendered", "junta_army", "22"),
    ),
    "two navy ratings": (
        "two navy ratings defected to the AA from the Kyaukphyu naval base, according to the AA.",
        ("defected", "junta_army", "two"),
    ),
}

#: the thirty-sixth review (of cf85354 to a8bb908); each case fails at a8bb908
REVIEWED_THIRTY_SIXTH = {
    "switched to the PDF side": (
        "eight soldiers of LIB 52 switched to the PDF side with their weapons near Kyin village, the Gangaw PDF said.",
        ("defected", "junta_army", "eight"),
    ),
    "switched to the revolution side": (
        "eight soldiers of LIB 52 switched to the revolution side with their weapons near Kyin village.",
        ("defected", "junta_army", "eight"),
    ),
    "PDF members switched to the Tatmadaw side and handed over their rifles": (
        "five members of the Pauk PDF switched to the Tatmadaw side and handed over their rifles at the Pauk base, "
        "the military said.",
        ("defected", "resistance", "five"),
    ),
    "came over to a village to monitor troop movement": (
        "20 police officers of the Monywa station came over to the Nyaung Pin Thar village to monitor troop "
        "movement, and the Monywa PDF fired on them.",
        None,
    ),
    "broke away and fled, avoiding troop movement": (
        "eight soldiers of LIB 52 broke away from the military and fled into the forest, avoiding troop movement "
        "near Kyin village.",
        ("fled", "junta_army", "eight"),
    ),
    "a video of soldiers who had surrendered earlier in the week": (
        "the Kale PDF released a video showing 12 soldiers who had surrendered to it earlier in the week at the Nat "
        "Chaung outpost.",
        None,
    ),
    "who had surrendered, two days earlier,": (
        "the Kale PDF released a video showing 12 soldiers who had surrendered to it, two days earlier, at the Nat "
        "Chaung outpost.",
        None,
    ),
    "who had surrendered the previous evening": (
        "the KIA showed footage of 20 soldiers who had surrendered at the Nam Hpat Kar camp the previous evening.",
        None,
    ),
    "who had surrendered earlier on the event's day": (
        "the Kale PDF released a video showing 12 soldiers who had surrendered to it earlier on 3 April at the Nat "
        "Chaung outpost.",
        ("surrendered", "junta_army", "12"),
    ),
    "'earlier' of another relative clause": (
        "the Tabayin PDF showed five police officers who had surrendered with a major who defected earlier.",
        ("surrendered", "police", "five"),
    ),
    "photos of five police officers who had surrendered that morning": (
        "the Tabayin PDF showed photos of five police officers who had surrendered to it that morning when the Kyauk "
        "Ka station fell.",
        ("surrendered", "police", "five"),
    ),
    "People's Defence Force sources said on Facebook": (
        "People's Defence Force sources said on Facebook that 12 soldiers surrendered to them at the Nat Chaung camp.",
        ("surrendered", "junta_army", "12"),
    ),
    "the PDF's own sources said on Facebook": (
        "the Kale PDF's own sources said on Facebook that 12 soldiers surrendered to it at the Nat Chaung camp.",
        ("surrendered", "junta_army", "12"),
    ),
    "sources said in a Facebook post": (
        "sources said in a Facebook post that 12 soldiers surrendered to the Kale PDF at the Nat Chaung camp.",
        None,
    ),
    "Social-media posts claimed, capitalised": (
        "Social-media posts claimed that 15 police officers fled the Mingin police station before PDF fighters "
        "arrived.",
        None,
    ),
    "the PDF posted on social-media and claimed": (
        "the Mingin PDF posted on social-media and claimed that 15 police officers fled the Mingin police station "
        "before its fighters arrived.",
        ("fled", "police", "15"),
    ),
    "the PDF's social-media posts claimed": (
        "the Mingin PDF's social-media posts claimed that 15 police officers fled the Mingin police station before "
        "its fighters arrived.",
        ("fled", "police", "15"),
    ),
    "carried out dozens of attacks in the past six months": (
        "the Kale PDF said it had carried out dozens of attacks in the past six months. It said 200 soldiers had "
        "surrendered.",
        None,
    ),
    "carried out 25 drone attacks in the past three months": (
        "the Kale PDF said it had carried out 25 drone attacks in the past three months. It said 40 soldiers had "
        "deserted.",
        None,
    ),
    "dozens of attacks in the past two weeks": (
        "the Kale PDF said it had carried out dozens of attacks in the past two weeks. It said 30 soldiers had "
        "surrendered.",
        None,
    ),
    "during Operation 1027, troops captured a named camp and soldiers surrendered there": (
        "the MNDAA said that during Operation 1027, MNDAA troops captured the Nam Tit camp and 40 soldiers "
        "surrendered there.",
        ("surrendered", "junta_army", "40"),
    ),
    "during Operation 1027, on a named day": (
        "the MNDAA said that during Operation 1027, on 12 November, 40 soldiers surrendered at the Nam Tit camp.",
        ("surrendered", "junta_army", "40"),
    ),
    "during Operation 1027, a figure, then who said it": (
        "during Operation 1027, some 300 soldiers surrendered, the MNDAA said.",
        None,
    ),
    "during Operation 1111, an estimated figure": (
        "the KNDF said that during Operation 1111, an estimated 120 soldiers had surrendered.",
        None,
    ),
    "a colon after the side's act": (
        "the Kale PDF overran the Nat Chaung camp: 12 soldiers surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "3 soldiers were killed and 12 captured": (
        "the KIA attacked a junta outpost near Man Wein; 3 soldiers were killed and 12 captured.",
        ("captured", "junta_army", "12"),
    ),
}

#: sets 97 and 98 (written blind at 3c5dc95); each case fails at 3c5dc95
SETS_97_98 = {
    "a video circulated on TikTok purportedly showing": (
        "a video circulated on TikTok purportedly showing dozens of soldiers surrendering to resistance fighters.",
        None,
    ),
    "an amnesty including some detained PDF members": (
        "the military released 2,500 prisoners under an amnesty, including some detained PDF members.",
        None,
    ),
    "a militia's camp raided, over 30 of its members captured": (
        "the AA raided a camp of a People's Militia and captured over 30 of its members.",
        ("captured", "militia", "over 30"),
    ),
    "killed walking toward the lines to surrender, 'who, according to the AA, had raised a white flag'": (
        "a military air strike hit a group of 7 soldiers who, according to the AA, had raised a white flag and were "
        "walking toward AA lines to surrender.",
        None,
    ),
    "police captain and his name, in lower case": (
        "police captain Than Zaw Oo, head of the Nan Sai Taung police sub-station, surrendered to a local PDF unit.",
        ("surrendered", "police", "police captain Than Zaw Oo"),
    ),
    "no new surrenders were reported": (
        "the PDF held a public meeting in the village monastery. No new surrenders were reported on the day.",
        None,
    ),
    "went over to the Pyu Saw Htee": (
        "about 20 PDF fighters went over to the Pyu Saw Htee in Kawlin with their weapons.",
        ("defected", "resistance", "about 20"),
    ),
}

#: the thirty-seventh review (of a8bb908 to 3c5dc95); each case fails at 3c5dc95
REVIEWED_THIRTY_SEVENTH = {
    "the number of soldiers killed revised": (
        "the PDF captured eight soldiers and killed several others during a raid; it later revised the number of "
        "soldiers killed to 12.",
        ("captured", "junta_army", "eight"),
    ),
    "the number of dead raised": (
        "the PDF captured six soldiers at a checkpoint. The PDF later raised the number of dead to 9.",
        ("captured", "junta_army", "six"),
    ),
    "the number of troops in the town raised": (
        "four soldiers deserted their post at the Kawlin police station; the military then raised the number of troops "
        "in the town to 300.",
        ("fled", "junta_army", "four"),
    ),
    "a figure corrected to about 35": (
        "the KIA initially said 40 soldiers were captured, but revised the figure to about 35.",
        ("captured", "junta_army", "about 35"),
    ),
    "a figure revised down to 22": (
        "the KIA said 30 soldiers surrendered, but later revised the figure down to 22.",
        ("surrendered", "junta_army", "22"),
    ),
    "a figure corrected where none was told": (
        "soldiers at the Ywa Thit outpost surrendered to the PDF; the PDF later corrected the number to 15.",
        ("surrendered", "junta_army", "15"),
    ),
    "12 captured soldiers held since March, after 'were killed'": (
        "the PDF attacked a junta camp. Three soldiers were killed, and 12 captured soldiers held since March were "
        "handed to the NUG.",
        None,
    ),
    "seven soldiers were killed, 4 wounded and 3 captured": (
        "the PDF overran an outpost; seven soldiers were killed, 4 wounded and 3 captured.",
        ("captured", "junta_army", "3"),
    ),
    "three soldiers were killed and 12 others captured": (
        "the PDF ambushed a column; three soldiers were killed and 12 others captured.",
        ("captured", "junta_army", "12"),
    ),
    "one police officer was killed and three captured": (
        "the PDF attacked the police station; one police officer was killed and three captured.",
        ("captured", "police", "three"),
    ),
    "3 soldiers were killed and 2 PDF fighters captured": (
        "the PDF attacked an outpost; 3 soldiers were killed and 2 PDF fighters captured.",
        ("captured", "resistance", "2"),
    ),
    "said a captured soldier had died": (
        "the AA said a captured soldier had died of his wounds.",
        None,
    ),
    "killed a captured militia leader": (
        "the AA killed a captured militia leader who tried to escape.",
        None,
    ),
    "exchanged a captured lieutenant for two of its detained fighters": (
        "the PDF exchanged a captured lieutenant for two of its detained fighters.",
        None,
    ),
    "a colon before a list of battalions": (
        "about 30 soldiers from two battalions: LIB 355 and LIB 356, surrendered to the KNLA.",
        ("surrendered", "junta_army", "about 30"),
    ),
    "a navy rating": (
        "a navy rating defected to the AA.",
        ("defected", "junta_army", "a navy rating"),
    ),
    "ratings of the navy": (
        "the PDF said two sailors and three ratings of the navy defected to it.",
        ("defected", "junta_army", "5"),
    ),
    "'them' the soldiers captured, not the outposts": (
        "the PDF surrounded two outposts and captured five soldiers after their officers abandoned them.",
        ("captured", "junta_army", "five"),
    ),
    "'them' wounded soldiers their unit abandoned": (
        "the KIA overran two camps and found 8 wounded soldiers after their unit abandoned them.",
        None,
    ),
    "'them' trucks, not the base": (
        "the KIA seized three military trucks near the base after the soldiers abandoned them.",
        None,
    ),
    "'them' two camps and an outpost": (
        "the TNLA attacked two camps and an outpost, and the soldiers abandoned them.",
        ("positions_abandoned", "junta_army", "3"),
    ),
    "abandoned it earlier that day": (
        "the PDF occupied the Hpa Lu camp after junta troops abandoned it earlier that day.",
        ("positions_abandoned", "junta_army", "the Hpa Lu camp"),
    ),
    "set fire to the outpost's stores before abandoning it": (
        "junta troops set fire to the outpost's stores before abandoning it.",
        ("positions_abandoned", "junta_army", "the outpost"),
    ),
    "according to what local sources said on Facebook": (
        "12 soldiers reportedly surrendered to the PDF, according to what local sources said on Facebook.",
        None,
    ),
    "some anonymous local Tabayin sources": (
        "some anonymous local Tabayin sources said on Facebook that 15 soldiers fled the Tabayin camp.",
        None,
    ),
    "a local user wrote on social media and claimed": (
        "a local user wrote on social media and claimed that 20 soldiers had deserted the Shwebo camp.",
        None,
    ),
    "a resident's social media posts": (
        "a resident's social media posts claimed that 12 soldiers fled the Minbya outpost.",
        None,
    ),
    "sources close to the AA said on social media": (
        "sources close to the AA said on social media that 18 soldiers were captured.",
        None,
    ),
    "went over to the democracy movement in a township": (
        "five police officers went over to the democracy movement in Kale township.",
        ("defected", "police", "five"),
    ),
    "switched to the side of the revolution": (
        "eight soldiers switched to the side of the revolution.",
        ("defected", "junta_army", "eight"),
    ),
    "switched to the river side": (
        "the retreating junta column switched to the Myitnge river side and fled towards Mandalay.",
        ("fled", "junta_army", ""),
    ),
    "switched to the eastern side": (
        "under CDF fire the junta column switched to the eastern side and waited for reinforcements.",
        None,
    ),
    "took control of 12 camps in the past two months": (
        "the KIA took control of 12 camps in the past two months. The KIA said 140 soldiers had surrendered.",
        None,
    ),
    "the junta's air raids over the past two weeks": (
        "the junta conducted 12 air raids on the town over the past two weeks. The KIA said 30 soldiers had "
        "surrendered to it at the Bhamo university camp.",
        ("surrendered", "junta_army", "30"),
    ),
    "since the launch of Operation 1027, who said it last": (
        "since the launch of Operation 1027, over 4,000 soldiers have surrendered, the MNDAA said.",
        None,
    ),
    "since the launch of Operation 1111 on its first day": (
        "since the launch of Operation 1111 on 11 November, 200 soldiers have surrendered, the KNDF said.",
        None,
    ),
    "during Operation 1027, at camps across northern Shan": (
        "the MNDAA said that during Operation 1027, more than 2,000 soldiers surrendered at camps across northern Shan "
        "State.",
        None,
    ),
    "throughout Operation 1027, fled into China": (
        "the TNLA said that throughout Operation 1027, 1,500 soldiers fled into China.",
        None,
    ),
    "during Operation 1027, a resident said": (
        "during Operation 1027, 25 soldiers surrendered to the MNDAA, a local resident said.",
        ("surrendered", "junta_army", "25"),
    ),
    "police before being handed over to the army for frontline duty": (
        "six police officers fled the station before being handed over to the army for frontline duty.",
        ("fled", "police", "six"),
    ),
    "allowed to hand over their weapons and defect": (
        "8 soldiers were allowed to hand over their weapons and defect to the PDF.",
        ("defected", "junta_army", "8"),
    ),
    "stated that none of its fighters were among them": (
        "local media reported that 15 PDF fighters surrendered to junta troops. The PDF stated that none of its "
        "fighters were among them.",
        None,
    ),
    "none of its own members": (
        "local media reported that 9 PDF fighters surrendered to junta troops. The PDF said none of its own members "
        "were among them.",
        None,
    ),
    "a denial after a semicolon": (
        "media reported that 10 KIA fighters defected to the military; the KIA said none of its members were involved.",
        None,
    ),
    "a video of soldiers from LIB 123 in Budalin who had surrendered": (
        "the PDF released a video showing 12 soldiers from LIB 123 in Budalin who had surrendered.",
        ("surrendered", "junta_army", "12"),
    ),
    "after the previous day's fighting": (
        "the PDF released a video showing 10 soldiers who had surrendered after the previous day's fighting.",
        ("surrendered", "junta_army", "10"),
    ),
    "at the previously besieged camp": (
        "the PDF released a video showing 8 soldiers who had surrendered at the previously besieged Myaung camp.",
        ("surrendered", "junta_army", "8"),
    ),
    "when the camp fell the day before": (
        "the PDF released a video showing 15 soldiers who had surrendered when the camp fell the day before.",
        None,
    ),
    "after a siege that began last week": (
        "the PDF released a video showing 15 soldiers who had surrendered after a siege that began last week.",
        ("surrendered", "junta_army", "15"),
    ),
}

#: the thirty-seventh review, notes with their own date; each case fails at 3c5dc95
REVIEWED_THIRTY_SEVENTH_OWN = {
    "who had surrendered earlier on the event's day, a day of two digits": (
        "On 18 April 2025, in Khin-U township (Shwebo district, Sagaing region), the PDF released a video showing 6 "
        "soldiers who had surrendered earlier on 18 April.",
        ("surrendered", "junta_army", "6"),
    ),
    "killed and captured on an earlier day, 'had been'": (
        "On 21 April 2025, in Saw township (Gangaw district, Magway region), the PDF said that on 18 April 3 soldiers "
        "had been killed and 12 captured in an attack on the Saw camp.",
        None,
    ),
}

#: sets 99 and 100 (written blind at 77c5a55); each case fails at 77c5a55
SETS_99_100 = {
    "deserted and joined a PDF group": (
        "two soldiers from an artillery unit deserted and joined a PDF group in northern Mandalay region.",
        ("defected", "junta_army", "two"),
    ),
    "PDF fighters stationed in the village fled": (
        "about 20 PDF fighters stationed in the village fled into nearby forests as a military column approached.",
        ("fled", "resistance", "about 20"),
    ),
    "armed personnel of a side the note does not name": (
        "an unidentified armed group threw a grenade at a checkpoint. The four armed personnel manning the checkpoint "
        "fled, according to residents; it is unclear which side operated the checkpoint.",
        ("fled", "unknown", "four"),
    ),
    "three soldiers were killed and about a dozen fled": (
        "PDF forces attacked a military camp. Three soldiers were killed and about a dozen fled into the surrounding "
        "forest, according to the PDF.",
        ("fled", "junta_army", "about a dozen"),
    ),
    "had gone over to the military": (
        "military-controlled media reported that seven members of a local PDF group had gone over to the military and "
        "joined the Pyu Saw Htee in Kyi Ni village.",
        ("defected", "resistance", "seven"),
    ),
    "posts shared widely on Facebook and Telegram claimed": (
        "posts shared widely on Facebook and Telegram claimed that an entire company of LIB-562 had surrendered to "
        "local resistance forces.",
        None,
    ),
    "the outlet withdrew the report later the same day": (
        "a local news outlet reported that around 30 police officers had surrendered to the PDF. Later the same day "
        "the outlet withdrew the report.",
        None,
    ),
    "asked for guarantees before laying down their weapons": (
        "according to the KNDF, the militia leaders asked for guarantees for their families before laying down their "
        "weapons.",
        None,
    ),
    "photos of soldiers surrendering taken earlier in the month": (
        "the AA published photos of soldiers surrendering which it said had been taken during the fighting earlier in "
        "the month.",
        None,
    ),
    "abandoned the army camp and the police station and fled": (
        "about 50 soldiers and police officers abandoned the army camp and the police station in Kyaukkyi town and "
        "fled towards Taungoo.",
        ("fled", "junta_personnel", "about 50"),
    ),
    "a video of 12 soldiers surrendering": (
        "the AA released a video of 12 soldiers surrendering at the base.",
        ("surrendered", "junta_army", "12"),
    ),
}

#: the thirty-eighth review (of 3c5dc95 to 77c5a55); each case fails at 77c5a55
REVIEWED_THIRTY_EIGHTH = {
    "the KNDF said 17 soldiers who, facing starvation, surrendered at the Hpruso": (
        "the KNDF said 17 soldiers who, facing starvation, surrendered at the Hpruso camp that morning were handed "
        "over to the NUG.",
        ("surrendered", "junta_army", "17"),
    ),
    "the KIA said it was holding 40 soldiers who, at the end": (
        "the KIA said it was holding 40 soldiers who, at the end of the battle, surrendered at the Sezin camp on that "
        "day.",
        ("surrendered", "junta_army", "40"),
    ),
    "the Budalin PDF released a video showing 12 soldiers who had surrendered": (
        "the Budalin PDF released a video showing 12 soldiers who had surrendered during the previous day's fighting "
        "at the Kyaukka camp.",
        None,
    ),
    "the Budalin PDF released a video showing 12 soldiers who had surrendered (C7)": (
        "the Budalin PDF released a video showing 12 soldiers who had surrendered previously following clashes near "
        "Kyaukka.",
        None,
    ),
    "the Budalin PDF released a video showing 12 soldiers who had surrendered (C9)": (
        "the Budalin PDF released a video showing 12 soldiers who had surrendered at the camp that the PDF overran two "
        "days earlier.",
        None,
    ),
    "the Kale PDF captured two members, a Pyu Saw Htee leader said": (
        "the Kale PDF captured two members, a Pyu Saw Htee leader said.",
        ("captured", "militia", "two"),
    ),
    "the Kale PDF said the military's units had held out for days": (
        "the Kale PDF said the military's units had held out for days: LIB 234 soldiers surrendered on 3 April.",
        ("surrendered", "junta_army", ""),
    ),
    "12 soldiers surrendered to the KIA at the Sezin camp. The KIA": (
        "12 soldiers surrendered to the KIA at the Sezin camp. The KIA later revised the number of soldiers who "
        "surrendered to the KIA to 22.",
        ("surrendered", "junta_army", "22"),
    ),
    "five soldiers and two police officers surrendered to the Kale PDF, which": (
        "five soldiers and two police officers surrendered to the Kale PDF, which later corrected the figure to nine.",
        ("surrendered", "junta_personnel", "nine"),
    ),
    "the Kale PDF captured 12 soldiers near Natchaung and later revised the": (
        "the Kale PDF captured 12 soldiers near Natchaung and later revised the number up to 15.",
        ("captured", "junta_army", "15"),
    ),
    "about 30 soldiers fled to India near Tamu; Indian officials later revised": (
        "about 30 soldiers fled to India near Tamu; Indian officials later revised the number of soldiers who fled to "
        "India to 40.",
        ("fled_across_border", "junta_army", "40"),
    ),
    "the soldiers abandoned two camps near Sezin; the KIA later revised the": (
        "the soldiers abandoned two camps near Sezin; the KIA later revised the number of soldiers to 40.",
        ("positions_abandoned", "junta_army", "two"),
    ),
    "12 soldiers surrendered to the Kale PDF, which has raised the number": (
        "12 soldiers surrendered to the Kale PDF, which has raised the number of its fighters to 300 this year.",
        ("surrendered", "junta_army", "12"),
    ),
    "soldiers surrendered to the Kale PDF at the Natchaung camp, raising its": (
        "soldiers surrendered to the Kale PDF at the Natchaung camp, raising its tally to 85 this year.",
        ("surrendered", "junta_army", ""),
    ),
    "the Kale PDF captured 6 soldiers and 2 police officers near Natchaung": (
        "the Kale PDF captured 6 soldiers and 2 police officers near Natchaung and later corrected the figure to 10.",
        ("captured", "junta_personnel", "10"),
    ),
    "the Kale PDF captured 6 soldiers near Natchaung. Media later updated the": (
        "the Kale PDF captured 6 soldiers near Natchaung. Media later updated the figure to 1,200 displaced villagers.",
        ("captured", "junta_army", "6"),
    ),
    "the AA captured 14 navy crewmen after seizing a patrol boat off": (
        "the AA captured 14 navy crewmen after seizing a patrol boat off Kyaukphyu.",
        ("captured", "junta_army", "14"),
    ),
    "during Operation 1027, 40 soldiers surrendered at Nam Tit camp, the MNDAA": (
        "during Operation 1027, 40 soldiers surrendered at Nam Tit camp, the MNDAA said.",
        ("surrendered", "junta_army", "40"),
    ),
    "during Operation 1027, the MNDAA attacked Hsenwi and 40 soldiers surrendered there": (
        "during Operation 1027, the MNDAA attacked Hsenwi and 40 soldiers surrendered there, the MNDAA said.",
        ("surrendered", "junta_army", "40"),
    ),
    "during Operation 1027, 40 soldiers fled into China near Chinshwehaw, the MNDAA": (
        "during Operation 1027, 40 soldiers fled into China near Chinshwehaw, the MNDAA said.",
        ("fled_across_border", "junta_army", "40"),
    ),
    "during Operation 1027, the MNDAA captured 120 camps and 2,000 soldiers surrendered": (
        "during Operation 1027, the MNDAA captured 120 camps and 2,000 soldiers surrendered, the MNDAA said.",
        None,
    ),
    "during Operation 1027, 40 soldiers surrendered, handing over their weapons to the": (
        "during Operation 1027, 40 soldiers surrendered, handing over their weapons to the MNDAA.",
        ("surrendered", "junta_army", "40"),
    ),
    "during Operation 1027, 40 soldiers surrendered in Chinshwehaw town, according to the": (
        "during Operation 1027, 40 soldiers surrendered in Chinshwehaw town, according to the MNDAA.",
        ("surrendered", "junta_army", "40"),
    ),
    "during Operation 1027, 40 soldiers surrendered at Laukkai's Yan Lone Kyaing hill": (
        "during Operation 1027, 40 soldiers surrendered at Laukkai's Yan Lone Kyaing hill, the MNDAA said.",
        ("surrendered", "junta_army", "40"),
    ),
    "during Operation 1027, 25 police officers abandoned their station in Namhsan town": (
        "during Operation 1027, 25 police officers abandoned their station in Namhsan town, according to the TNLA.",
        ("positions_abandoned", "police", "their station"),
    ),
    "during Operation 1027, 25 police officers surrendered at Namhsan police station, according": (
        "during Operation 1027, 25 police officers surrendered at Namhsan police station, according to the TNLA.",
        ("surrendered", "police", "25"),
    ),
    "during Operation 1027, 40 soldiers surrendered in Laukkai, near the MNDAA front": (
        "during Operation 1027, 40 soldiers surrendered in Laukkai, near the MNDAA front line.",
        ("surrendered", "junta_army", "40"),
    ),
    "the AA captured three camps on Monday and, after days of shelling": (
        "the AA captured three camps on Monday and, after days of shelling, the troops abandoned them.",
        ("positions_abandoned", "junta_army", "three"),
    ),
    "the KIA took two camps after the soldiers and their families abandoned": (
        "the KIA took two camps after the soldiers and their families abandoned them.",
        ("positions_abandoned", "junta_army", "two"),
    ),
    "two local PDF groups said their fighters overran the Natchaung camp; their": (
        "two local PDF groups said their fighters overran the Natchaung camp; their social media posts claimed that 18 "
        "soldiers surrendered there.",
        ("surrendered", "junta_army", "18"),
    ),
    "the Kale PDF's spokesman posted on social media and claimed that 12": (
        "the Kale PDF's spokesman posted on social media and claimed that 12 soldiers surrendered to the group.",
        ("surrendered", "junta_army", "12"),
    ),
    "the Yaw Defense Force's social media posts claimed that 11 soldiers surrendered": (
        "the Yaw Defense Force's social media posts claimed that 11 soldiers surrendered to it.",
        ("surrendered", "junta_army", "11"),
    ),
    "an NUG official's social media post claimed that 14 police officers defected": (
        "an NUG official's social media post claimed that 14 police officers defected to the CDM.",
        ("defected", "police", "14"),
    ),
    "in a clash with the Yinmabin PDF, a soldier was killed and": (
        "in a clash with the Yinmabin PDF, a soldier was killed and another captured.",
        ("captured", "junta_army", "another"),
    ),
    "in the clash, a soldier was wounded and three captured by the": (
        "in the clash, a soldier was wounded and three captured by the PDF.",
        ("captured", "junta_army", "three"),
    ),
    "in the clash, 3 soldiers were killed and 12 captured weapons were": (
        "in the clash, 3 soldiers were killed and 12 captured weapons were burned.",
        None,
    ),
    "the soldiers switched to the same side as the PDF and fought": (
        "the soldiers switched to the same side as the PDF and fought alongside it.",
        ("defected", "junta_army", ""),
    ),
    "The AA took the fourth of 6 bases in the township in": (
        "The AA took the fourth of 6 bases in the township in the past month. The AA said 40 soldiers had surrendered "
        "to it.",
        ("surrendered", "junta_army", "40"),
    ),
    "The Kale PDF took three of 5 camps in the area in": (
        "The Kale PDF took three of 5 camps in the area in the past month. It said 8 soldiers had surrendered to it.",
        None,
    ),
    "five recruits deserted before being handed over to the army for training": (
        "five recruits deserted before being handed over to the army for training.",
        None,
    ),
    "the soldiers were not allowed to leave the camp and surrender by": (
        "the soldiers were not allowed to leave the camp and surrender by their commanders.",
        None,
    ),
    "the Kale PDF gave the besieged soldiers two days to surrender, and": (
        "the Kale PDF gave the besieged soldiers two days to surrender, and on 3 April 25 soldiers laid down their "
        "arms at the Natchaung camp.",
        ("surrendered", "junta_army", "25"),
    ),
    "the KNDF gave the garrison a deadline to surrender, after which 30": (
        "the KNDF gave the garrison a deadline to surrender, after which 30 soldiers went over to the KNDF.",
        ("defected", "junta_army", "30"),
    ),
    "after the Kale PDF gave the militia an ultimatum to leave, 15": (
        "after the Kale PDF gave the militia an ultimatum to leave, 15 Pyu Saw Htee members went over to the PDF.",
        ("defected", "militia", "15"),
    ),
    "media reported that 30 soldiers surrendered to the KIA, and the KIA": (
        "media reported that 30 soldiers surrendered to the KIA, and the KIA denied the reports the next day.",
        None,
    ),
    "12 soldiers surrendered to the Kale PDF and 5 police officers were": (
        "12 soldiers surrendered to the Kale PDF and 5 police officers were captured, but the PDF later corrected the "
        "figure of captured police officers to 7.",
        ("surrendered", "junta_army", "12"),
    ),
    "the Kale PDF captured 6 soldiers. The UN later updated the number": (
        "the Kale PDF captured 6 soldiers. The UN later updated the number of displaced people to 12,000.",
        ("captured", "junta_army", "6"),
    ),
    "the Kale PDF captured three fighters, a Pyu Saw Htee commander said": (
        "the Kale PDF captured three fighters, a Pyu Saw Htee commander said.",
        ("captured", "militia", "three"),
    ),
}

#: sets 101 and 102 (written blind at 961c139); each case fails at 961c139
SETS_101_102 = {
    "promising to treat captured soldiers": (
        "the AA issued a statement calling on military personnel in Sittwe to surrender, promising to treat captured "
        "soldiers in line with the Geneva Conventions.",
        None,
    ),
    "siege: cut off from supplies since October": (
        "the KIA said 37 soldiers surrendered at the Man Wing outpost after the outpost was cut off from supplies "
        "since October.",
        ("surrendered", "junta_army", "37"),
    ),
    "a ceremony welcoming 'returnees', saying ... over the past year": (
        "the military held a ceremony welcoming 'returnees', saying 212 members of PDF groups had surrendered and "
        "returned to the legal fold over the past year.",
        None,
    ),
    "later corrected the statement": (
        "a local PDF group initially claimed that 15 soldiers had surrendered to it near Kyin village, but later "
        "corrected the statement, saying the 15 men were porters.",
        None,
    ),
    "clarified that no soldiers, named as ACLED names them, had surrendered": (
        "an AA spokesperson clarified that no Military Forces of Myanmar (2021-) soldiers had surrendered at the Kyauk "
        "Seik camp.",
        None,
    ),
}

#: the thirty-ninth review (of 77c5a55 to 961c139); each case fails at 961c139
REVIEWED_THIRTY_NINTH = {
    "the KIA released a video showing 14 soldiers who had surrendered after": (
        "the KIA released a video showing 14 soldiers who had surrendered after the previous night's assault on the "
        "camp.",
        ("surrendered", "junta_army", "14"),
    ),
    "the KIA released a video showing 14 soldiers who had surrendered following": (
        "the KIA released a video showing 14 soldiers who had surrendered following the previous evening's clashes "
        "near the camp.",
        ("surrendered", "junta_army", "14"),
    ),
    "the KIA released photos showing seven soldiers who had surrendered at the": (
        "the KIA released photos showing seven soldiers who had surrendered at the outpost that its fighters overran "
        "the previous day.",
        None,
    ),
    "the KIA released photos showing seven soldiers who had surrendered at the (B9)": (
        "the KIA released photos showing seven soldiers who had surrendered at the outpost that its fighters overran "
        "two days earlier.",
        None,
    ),
    "the KNDF published photos of 17 soldiers surrendering, which it said were": (
        "the KNDF published photos of 17 soldiers surrendering, which it said were taken earlier that day at the "
        "Demoso camp.",
        ("surrendered", "junta_army", "17"),
    ),
    "the KNDF published photos of 17 soldiers surrendering, which it said were (C4)": (
        "the KNDF published photos of 17 soldiers surrendering, which it said were taken earlier in the day at the "
        "Demoso camp.",
        ("surrendered", "junta_army", "17"),
    ),
    "the KNDF published a video of 17 soldiers surrendering that was filmed": (
        "the KNDF published a video of 17 soldiers surrendering that was filmed at dawn, before the camp was set on "
        "fire.",
        ("surrendered", "junta_army", "17"),
    ),
    "a video of three soldiers defecting to the KNDF, which it said": (
        "a video of three soldiers defecting to the KNDF, which it said was filmed last month, went viral.",
        None,
    ),
    "pictures of militia members surrendering that were taken before the militia's camp": (
        "pictures of militia members surrendering that were taken before the militia's camp was burned were released "
        "by the KNDF.",
        ("surrendered", "militia", ""),
    ),
    "the KIA captured two commanders, the PDF reported": (
        "the KIA captured two commanders, the PDF reported.",
        ("captured", "junta_army", "two"),
    ),
    "the TNLA captured three officers during the raid, the Mandalay PDF said": (
        "the TNLA captured three officers during the raid, the Mandalay PDF said.",
        ("captured", "junta_army", "three"),
    ),
    "the KIA captured two commanders, which the PDF later confirmed": (
        "the KIA captured two commanders, which the PDF later confirmed.",
        ("captured", "junta_army", "two"),
    ),
    "the PDF said that soldiers in front of its fighters laid down": (
        "the PDF said that soldiers in front of its fighters laid down their arms at the Kinn camp.",
        ("surrendered", "junta_army", ""),
    ),
    "12 soldiers surrendered to the KIA. The KIA later raised the number": (
        "12 soldiers surrendered to the KIA. The KIA later raised the number of soldiers who laid down their arms to "
        "20.",
        ("surrendered", "junta_army", "20"),
    ),
    "12 uniformed police officers defected to the PDF. The PDF later raised": (
        "12 uniformed police officers defected to the PDF. The PDF later raised the number of uniformed police "
        "officers to 14.",
        ("defected", "police", "14"),
    ),
    "the KNDF initially said 40 soldiers surrendered at the Mese camp, but": (
        "the KNDF initially said 40 soldiers surrendered at the Mese camp, but later revised the figure to 52 in "
        "total.",
        ("surrendered", "junta_army", "52"),
    ),
    "the KIA said 30 of its fighters surrendered to the military. The": (
        "the KIA said 30 of its fighters surrendered to the military. The KIA later lowered the number of its "
        "fighters who surrendered to 20.",
        ("surrendered", "armed_group", "20"),
    ),
    "junta troops attacked the village, and the fighters from the village and": (
        "junta troops attacked the village, and the fighters from the village and their families fled into the forest.",
        None,
    ),
    "the MNDAA said that during Operation 1027, more than 2,000 soldiers surrendered": (
        "the MNDAA said that during Operation 1027, more than 2,000 soldiers surrendered in Northern Shan State.",
        None,
    ),
    "during Operation 1027, more than 2,000 soldiers surrendered in November, the MNDAA": (
        "during Operation 1027, more than 2,000 soldiers surrendered in November, the MNDAA said.",
        None,
    ),
    "during Operation 1027, about 200 soldiers defected from the Tatmadaw, the MNDAA": (
        "during Operation 1027, about 200 soldiers defected from the Tatmadaw, the MNDAA said.",
        None,
    ),
    "during Operation 1027, 120 soldiers surrendered in Kokang, the MNDAA said": (
        "during Operation 1027, 120 soldiers surrendered in Kokang, the MNDAA said.",
        None,
    ),
    "during Operation 1027, about 2,000 soldiers surrendered and the MNDAA took over": (
        "during Operation 1027, about 2,000 soldiers surrendered and the MNDAA took over 150 camps, the MNDAA said.",
        None,
    ),
    "since the launch of Operation 1027, 4,000 soldiers have surrendered to the": (
        "since the launch of Operation 1027, 4,000 soldiers have surrendered to the alliance, the TNLA said, citing "
        "its own records.",
        None,
    ),
    "the KNDF took two outposts and set free 14 prisoners after the": (
        "the KNDF took two outposts and set free 14 prisoners after the guards abandoned them.",
        None,
    ),
    "the PDF attacked two outposts and the soldiers fought back for hours": (
        "the PDF attacked two outposts and the soldiers fought back for hours, so the PDF abandoned them.",
        None,
    ),
    "a village official's social media posts claimed that five soldiers deserted from": (
        "a village official's social media posts claimed that five soldiers deserted from the Kale camp.",
        None,
    ),
    "a former army commander's social media posts claimed that 15 soldiers deserted": (
        "a former army commander's social media posts claimed that 15 soldiers deserted from LIB 228.",
        None,
    ),
    "several pro-resistance influencers shared videos, and their social media posts claimed tha": (
        "several pro-resistance influencers shared videos, and their social media posts claimed that 30 soldiers "
        "surrendered.",
        None,
    ),
    "a village official posted on social media and claimed that 12 soldiers": (
        "a village official posted on social media and claimed that 12 soldiers deserted.",
        None,
    ),
    "posts shared on Facebook by the Kale PDF claimed that 12 soldiers": (
        "posts shared on Facebook by the Kale PDF claimed that 12 soldiers deserted from the Kale camp.",
        ("fled", "junta_army", "12"),
    ),
    "the PDF attacked a junta camp; three soldiers were killed and five": (
        "the PDF attacked a junta camp; three soldiers were killed and five fled toward Kale town.",
        ("fled", "junta_army", "five"),
    ),
    "the PDF attacked a junta camp; two soldiers were killed and five": (
        "the PDF attacked a junta camp; two soldiers were killed and five captured there.",
        ("captured", "junta_army", "five"),
    ),
    "the PDF attacked a junta camp; two soldiers were killed and five (L21)": (
        "the PDF attacked a junta camp; two soldiers were killed and five captured overnight.",
        ("captured", "junta_army", "five"),
    ),
    "the PDF attacked a junta camp; a soldier was killed and one": (
        "the PDF attacked a junta camp; a soldier was killed and one fled.",
        ("fled", "junta_army", "one"),
    ),
    "three soldiers went over to the Pyu Saw Htee in Kale": (
        "three soldiers went over to the Pyu Saw Htee in Kale.",
        None,
    ),
    "two police officers went over to the Border Guard Force": (
        "two police officers went over to the Border Guard Force.",
        None,
    ),
    "a militia leader went over to the military with 20 men": (
        "a militia leader went over to the military with 20 men.",
        None,
    ),
    "police officers abandoned the Kale station and fled to the Pyu Saw": (
        "police officers abandoned the Kale station and fled to the Pyu Saw Htee stronghold in Kyaung village.",
        ("fled", "police", ""),
    ),
    "30 soldiers fled to the BGF-controlled town of Shwe Kokko after KNLA": (
        "30 soldiers fled to the BGF-controlled town of Shwe Kokko after KNLA attacks.",
        ("fled", "junta_army", "30"),
    ),
    "12 police officers fled to militia-held villages after the PDF attack on": (
        "12 police officers fled to militia-held villages after the PDF attack on their station.",
        ("fled", "police", "12"),
    ),
    "20 soldiers have gone over to the KIA since January, the KIA": (
        "20 soldiers have gone over to the KIA since January, the KIA said.",
        None,
    ),
    "five soldiers came over to the militia camp after the PDF attack": (
        "five soldiers came over to the militia camp after the PDF attack.",
        None,
    ),
    "the column switched to the same side as before, moving along the": (
        "the column switched to the same side as before, moving along the ridge.",
        None,
    ),
    "two soldiers are reportedly going over to the KIA, the KIA said": (
        "two soldiers are reportedly going over to the KIA, the KIA said.",
        None,
    ),
    "15 conscripts deserted from LIB 55 to avoid military service on the": (
        "15 conscripts deserted from LIB 55 to avoid military service on the front line, the PDF said.",
        ("fled", "junta_army", "15"),
    ),
    "the conscripts' trainers said three soldiers deserted to avoid conscription of their": (
        "the conscripts' trainers said three soldiers deserted to avoid conscription of their sons.",
        ("fled", "junta_army", "three"),
    ),
    "the PDF gave the soldiers a week to leave the camp with": (
        "the PDF gave the soldiers a week to leave the camp with their families and belongings and surrender to its "
        "fighters.",
        None,
    ),
    "30 soldiers received assurances of safety from the KNDF before laying down": (
        "30 soldiers received assurances of safety from the KNDF before laying down their weapons at the Mese camp.",
        ("surrendered", "junta_army", "30"),
    ),
    "junta media reported that 20 KIA fighters surrendered to the military, but": (
        "junta media reported that 20 KIA fighters surrendered to the military, but KIA spokesman Naw Bu dismissed "
        "the claims.",
        None,
    ),
    "the PDF attacked the Kale camp; three soldiers were killed and four": (
        "the PDF attacked the Kale camp; three soldiers were killed and four wounded, and about 10 fled.",
        ("fled", "junta_army", "about 10"),
    ),
    "the PDF attacked the Kale police station; a police officer was killed": (
        "the PDF attacked the Kale police station; a police officer was killed and two fled.",
        ("fled", "police", "two"),
    ),
    "the KIA captured two commanders on 3 April, the PDF reported on": (
        "the KIA captured two commanders on 3 April, the PDF reported on 5 April.",
        ("captured", "junta_army", "two"),
    ),
    "the PDF said that on 3 April two soldiers were killed and": (
        "the PDF said that on 3 April two soldiers were killed and five surrendered at the Kale camp.",
        ("surrendered", "junta_army", "five"),
    ),
    "the PDF said that on 3 April two soldiers were killed and (S24)": (
        "the PDF said that on 3 April two soldiers were killed and five fled the Kale camp.",
        ("fled", "junta_army", "five"),
    ),
    "during the fighting on 3 April 12 police officers were killed and": (
        "during the fighting on 3 April 12 police officers were killed and 20 defected to the PDF.",
        ("defected", "police", "20"),
    ),
}

#: sets 103 and 104 (written blind at 07f14fd); each case fails at 07f14fd
SETS_103_104 = {
    "ACLED's actor name without its years": (
        "more than 300 Military Forces of Myanmar soldiers surrendered to the ULA/AA after the group took the last "
        "hilltop base.",
        ("surrendered", "junta_army", "more than 300"),
    ),
    "the group clarified the men had never been soldiers": (
        "a local PDF group announced that five soldiers had defected to it. The group clarified later that day that "
        "the five men were prisoners released from Kale prison who had been pressed into guarding a military post "
        "and had never been soldiers.",
        None,
    ),
    "besieged since May, between commas": (
        "more than 80 soldiers of LIB-566, besieged at their battalion headquarters since May, surrendered to the AA, "
        "the AA announced.",
        ("surrendered", "junta_army", "more than 80"),
    ),
    "deserted their company and joined the KIA": (
        "23 Border Guard Force members deserted their company and joined the KIA with their weapons, the KIA said.",
        ("defected", "bgf", "23"),
    ),
    "a statement claiming that since 27 October": (
        "the TNLA released a statement claiming that since 27 October its forces had captured over 120 soldiers.",
        None,
    ),
    "a report that was corrected by the same outlet": (
        "an initial report by a local outlet that the 6 soldiers had surrendered was corrected by the same outlet, "
        "which said no soldiers surrendered.",
        None,
    ),
}

#: the fortieth review (of 961c139 to 07f14fd); each case fails at 07f14fd
REVIEWED_FORTIETH = {
    "the PDF published photos of 14 soldiers surrendering at the Kyun Taw": (
        "the PDF published photos of 14 soldiers surrendering at the Kyun Taw camp, which it said were taken earlier "
        "this week.",
        None,
    ),
    "the PDF published a video of 14 soldiers surrendering at an outpost": (
        "the PDF published a video of 14 soldiers surrendering at an outpost that was shot at by drones last week.",
        ("surrendered", "junta_army", "14"),
    ),
    "the PDF published a video of 14 soldiers surrendering at a police": (
        "the PDF published a video of 14 soldiers surrendering at a police post that had been shot up in the previous "
        "attack.",
        ("surrendered", "junta_army", "14"),
    ),
    "the PDF published images of 14 soldiers surrendering at the camp, which": (
        "the PDF published images of 14 soldiers surrendering at the camp, which were taken earlier on 3 April.",
        ("surrendered", "junta_army", "14"),
    ),
    "the PDF published photos of 14 soldiers surrendering, which were taken earlier": (
        "the PDF published photos of 14 soldiers surrendering, which were taken earlier this week.",
        None,
    ),
    "the KNDF said several of its fighters surrendered to the military after": (
        "the KNDF said several of its fighters surrendered to the military after being surrounded.",
        ("surrendered", "armed_group", ""),
    ),
    "the KNDF said that a column of its troops abandoned the outpost": (
        "the KNDF said that a column of its troops abandoned the outpost under drone fire.",
        ("positions_abandoned", "armed_group", "the outpost"),
    ),
    "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The": (
        "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The PDF later updated the tally to 120 in total "
        "since October.",
        ("surrendered", "junta_army", "30"),
    ),
    "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The (D5)": (
        "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The PDF later revised the number of wounded "
        "soldiers to 8.",
        ("surrendered", "junta_army", "30"),
    ),
    "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The (D6)": (
        "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The PDF later revised the number of injured "
        "soldiers to 8.",
        ("surrendered", "junta_army", "30"),
    ),
    "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The (D7)": (
        "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The PDF later revised the number of killed "
        "soldiers to 8.",
        ("surrendered", "junta_army", "30"),
    ),
    "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The (D8)": (
        "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The PDF later revised the number of dead soldiers "
        "to 8.",
        ("surrendered", "junta_army", "30"),
    ),
    "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The (D14)": (
        "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The PDF later revised the number of people who "
        "surrendered to 26.",
        ("surrendered", "junta_army", "26"),
    ),
    "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The (D20)": (
        "30 soldiers surrendered to the PDF at the Shwe Hlay camp. The PDF later revised the number of armed soldiers "
        "to 26.",
        ("surrendered", "junta_army", "30"),
    ),
    "police officers at the Hlay Ku station have surrendered to the PDF": (
        "police officers at the Hlay Ku station have surrendered to the PDF, since they had run out of food.",
        ("surrendered", "police", ""),
    ),
    "15 soldiers have surrendered to the PDF at the Pauk Taw outpost": (
        "15 soldiers have surrendered to the PDF at the Pauk Taw outpost since it was surrounded on 1 April.",
        ("surrendered", "junta_army", "15"),
    ),
    "the PDF said 15 soldiers at the Pauk Taw outpost, cut off": (
        "the PDF said 15 soldiers at the Pauk Taw outpost, cut off from supplies since February, surrendered.",
        ("surrendered", "junta_army", "15"),
    ),
    "the KIA said 120 soldiers in the encircled town have surrendered since": (
        "the KIA said 120 soldiers in the encircled town have surrendered since December.",
        None,
    ),
    "15 soldiers have reportedly surrendered to the PDF since the attack on": (
        "15 soldiers have reportedly surrendered to the PDF since the attack on the outpost began the same day.",
        ("surrendered", "junta_army", "15"),
    ),
    "the battalion collapsed, with 30 soldiers going over to the KNLA": (
        "the battalion collapsed, with 30 soldiers going over to the KNLA.",
        ("defected", "junta_army", "30"),
    ),
    "30 soldiers went over to the regime's enemies, the KNLA, with their": (
        "30 soldiers went over to the regime's enemies, the KNLA, with their weapons.",
        ("defected", "junta_army", "30"),
    ),
    "30 soldiers went over to the junta's opponents in the KNLA": (
        "30 soldiers went over to the junta's opponents in the KNLA.",
        ("defected", "junta_army", "30"),
    ),
    "30 soldiers switched to the resistance side as earlier agreed with the": (
        "30 soldiers switched to the resistance side as earlier agreed with the PDF.",
        ("defected", "junta_army", "30"),
    ),
    "with no ammunition left the 12 police officers surrendered to the PDF": (
        "with no ammunition left the 12 police officers surrendered to the PDF.",
        ("surrendered", "police", "12"),
    ),
    "with no food and no water 30 soldiers surrendered to the PDF": (
        "with no food and no water 30 soldiers surrendered to the PDF at the Zee Taw camp.",
        ("surrendered", "junta_army", "30"),
    ),
    "the soldiers insisted on guarantees for their families before surrendering to the": (
        "the soldiers insisted on guarantees for their families before surrendering to the PDF.",
        None,
    ),
    "recruits due to report for training deserted and fled to Thailand": (
        "recruits due to report for training deserted and fled to Thailand.",
        None,
    ),
}

#: sets 105 and 106 (written blind at bcd1396); each case fails at bcd1396
SETS_105_106 = {
    "the remaining troops, about 20, fled": (
        "PDF forces attacked a military camp with drones, killing six soldiers. The remaining troops, about 20, fled "
        "the camp toward Kawlin town, local media reported.",
        ("fled", "junta_army", "about 20"),
    ),
    "after the commander was killed in a TNLA drone strike, the remaining soldiers": (
        "after the battalion commander was killed in a TNLA drone strike, the 43 remaining soldiers surrendered to the "
        "TNLA, according to the group.",
        ("surrendered", "junta_army", "43"),
    ),
    "in a NUG announcement, a figure for the first three months": (
        "in a NUG announcement, 300 soldiers defected to the resistance in the first three months of 2025.",
        None,
    ),
}

#: the forty-first review (of 07f14fd to bcd1396); each case fails at bcd1396
REVIEWED_FORTY_FIRST = {
    "the PDF released a video of 12 soldiers surrendering, which was filmed": (
        "the PDF released a video of 12 soldiers surrendering, which was filmed earlier on 28 March.",
        None,
    ),
    "the PDF released a video of 12 soldiers surrendering, which it said": (
        "the PDF released a video of 12 soldiers surrendering, which it said was filmed earlier on 1 April.",
        None,
    ),
    "the PDF released photos of 12 soldiers surrendering, which were recorded earlier": (
        "the PDF released photos of 12 soldiers surrendering, which were recorded earlier on 30 March.",
        None,
    ),
    "the PDF released a video of 12 soldiers surrendering, which was shot": (
        "the PDF released a video of 12 soldiers surrendering, which was shot at the base by a fighter last year.",
        None,
    ),
    "the PDF released a video of 12 soldiers surrendering, which was filmed (A28)": (
        "the PDF released a video of 12 soldiers surrendering, which was filmed earlier on 3 April, and photos of 5 "
        "others who had surrendered in March.",
        ("surrendered", "junta_army", "12"),
    ),
    "the PDF attacked the junta base, and the PDF said many of": (
        "the PDF attacked the junta base, and the PDF said many of their soldiers fled to Kalay.",
        ("fled", "junta_army", ""),
    ),
    "the AA said 30 soldiers surrendered at the base, and later revised": (
        "the AA said 30 soldiers surrendered at the base, and later revised the number of armed soldiers who "
        "surrendered to 25.",
        ("surrendered", "junta_army", "25"),
    ),
    "the AA said 30 soldiers surrendered at the base, and later revised (C10)": (
        "the AA said 30 soldiers surrendered at the base, and later revised the number of soldiers who surrendered "
        "with wounded comrades to 36.",
        ("surrendered", "junta_army", "36"),
    ),
    "about 60 soldiers have surrendered to the AA since the offensive began": (
        "about 60 soldiers have surrendered to the AA since the offensive began.",
        None,
    ),
    "about 60 soldiers have surrendered to the AA since the battle for": (
        "about 60 soldiers have surrendered to the AA since the battle for Ann started.",
        None,
    ),
    "about 60 soldiers have surrendered to the AA since Operation 1027 began": (
        "about 60 soldiers have surrendered to the AA since Operation 1027 began.",
        None,
    ),
    "about 60 soldiers have surrendered to the AA since then": (
        "about 60 soldiers have surrendered to the AA since then.",
        None,
    ),
    "about 60 soldiers have surrendered to the AA since the ceasefire collapsed": (
        "about 60 soldiers have surrendered to the AA since the ceasefire collapsed.",
        None,
    ),
    "about 60 soldiers have surrendered to the AA since fighting resumed in": (
        "about 60 soldiers have surrendered to the AA since fighting resumed in the township.",
        None,
    ),
    "about 60 soldiers have now surrendered to the AA since the AA": (
        "about 60 soldiers have now surrendered to the AA since the AA launched its offensive.",
        None,
    ),
    "about 60 soldiers have surrendered since the AA captured the town": (
        "about 60 soldiers have surrendered since the AA captured the town.",
        None,
    ),
    "about 60 soldiers have surrendered since the fall of the base, the": (
        "about 60 soldiers have surrendered since the fall of the base, the AA said.",
        None,
    ),
    "three militia members came over to the army's outpost at Pekon": (
        "three militia members came over to the army's outpost at Pekon.",
        None,
    ),
    "three militia members went over to the military's camp after the attack": (
        "three militia members went over to the military's camp after the attack.",
        None,
    ),
    "three soldiers went over to the military's side of the river": (
        "three soldiers went over to the military's side of the river.",
        None,
    ),
    "soldiers were allegedly going over to the PDF in small groups": (
        "soldiers were allegedly going over to the PDF in small groups.",
        None,
    ),
    "ten soldiers were caught while going over to the PDF, and the": (
        "ten soldiers were caught while going over to the PDF, and the military detained them.",
        None,
    ),
    "ten soldiers were going over to the PDF when they were killed": (
        "ten soldiers were going over to the PDF when they were killed by a landmine.",
        None,
    ),
    "ten soldiers tried going over to the PDF but were stopped by": (
        "ten soldiers tried going over to the PDF but were stopped by their officers.",
        None,
    ),
    "three soldiers went over to the junta's side after the PDF attack": (
        "three soldiers went over to the junta's side after the PDF attack.",
        None,
    ),
    "the KNLA said 20 soldiers surrendered at the camp. The KNLA clarified": (
        "the KNLA said 20 soldiers surrendered at the camp. The KNLA clarified that 20 was not the final figure.",
        ("surrendered", "junta_army", "20"),
    ),
    "the KNLA said 20 soldiers surrendered at the camp. It later clarified": (
        "the KNLA said 20 soldiers surrendered at the camp. It later clarified that the soldiers were not wounded, as "
        "first reported.",
        ("surrendered", "junta_army", "20"),
    ),
    "the KNLA said 20 soldiers surrendered at the camp. The group clarified": (
        "the KNLA said 20 soldiers surrendered at the camp. The group clarified that the surrender was not forced.",
        ("surrendered", "junta_army", "20"),
    ),
    "the KNLA said 20 soldiers surrendered at the camp. It clarified that": (
        "the KNLA said 20 soldiers surrendered at the camp. It clarified that their commander was not among them.",
        ("surrendered", "junta_army", "20"),
    ),
    "the KNLA said 20 soldiers surrendered at the camp. The KNLA clarified (F33)": (
        "the KNLA said 20 soldiers surrendered at the camp. The KNLA clarified that they were not harmed.",
        ("surrendered", "junta_army", "20"),
    ),
    "the KNLA said 20 soldiers surrendered at the camp. It later clarified (F34)": (
        "the KNLA said 20 soldiers surrendered at the camp. It later clarified that the soldiers were never "
        "mistreated.",
        ("surrendered", "junta_army", "20"),
    ),
    "the KNLA said 20 soldiers surrendered at the camp. It clarified that (F35)": (
        "the KNLA said 20 soldiers surrendered at the camp. It clarified that the camp was not destroyed.",
        ("surrendered", "junta_army", "20"),
    ),
    "the KNLA said 20 soldiers surrendered at the camp. The KNLA clarified (F36)": (
        "the KNLA said 20 soldiers surrendered at the camp. The KNLA clarified that the men were farmers conscripted "
        "in February.",
        ("surrendered", "junta_army", "20"),
    ),
    "the PDF attacked the camp; there was no evidence that the soldiers": (
        "the PDF attacked the camp; there was no evidence that the soldiers had surrendered.",
        None,
    ),
    "the PDF attacked the camp; there was no sign that the 40": (
        "the PDF attacked the camp; there was no sign that the 40 soldiers had surrendered.",
        None,
    ),
    "the PDF attacked the camp; there was no word on whether the": (
        "the PDF attacked the camp; there was no word on whether the soldiers had surrendered.",
        None,
    ),
    "the PDF took the outpost with no soldiers surrendering": (
        "the PDF took the outpost with no soldiers surrendering.",
        None,
    ),
    "twelve conscripts deserted from the training school, where they were due to": (
        "twelve conscripts deserted from the training school, where they were due to report for frontline duty.",
        ("fled", "junta_army", "twelve"),
    ),
    "twelve conscripts deserted from LIB 55 after they were due to report": (
        "twelve conscripts deserted from LIB 55 after they were due to report to the front.",
        ("fled", "junta_army", "twelve"),
    ),
}

#: sets 107 and 108 (written blind at 1c9fdbb); each case fails at 1c9fdbb
SETS_107_108 = {
    "withdrew from 4 to 5 outposts": (
        "the military withdrew from 4 to 5 outposts along the Gwa-Ngathaingchaung road as AA forces advanced, local "
        "sources said.",
        ("positions_abandoned", "junta_army", "4 to 5"),
    ),
    "social media posts claiming": (
        "the military arrested three residents for sharing social media posts claiming that an entire battalion had "
        "surrendered to the KNLA.",
        None,
    ),
    "the outlet later corrected its report": (
        "local media initially reported that 40 soldiers had surrendered to the MNDAA after a clash. The outlet later "
        "corrected its report, saying no surrender had taken place.",
        None,
    ),
    "a policeman was killed and three fled": (
        "the PDF attacked the station; a policeman was killed and three fled.",
        ("fled", "police", "three"),
    ),
}

#: the forty-second review (of bcd1396 to 1c9fdbb); each case fails at 1c9fdbb
REVIEWED_FORTY_SECOND = {
    "the KNDF said a few of their fighters fled the outpost when": (
        "the KNDF said a few of their fighters fled the outpost when junta reinforcements arrived.",
        ("fled", "armed_group", ""),
    ),
    "the PDF said a few of their members fled the camp after": (
        "the PDF said a few of their members fled the camp after junta drone attacks.",
        ("fled", "resistance", ""),
    ),
    "the PDF said some of their fighters fled the camp after junta": (
        "the PDF said some of their fighters fled the camp after junta drone attacks.",
        ("fled", "resistance", ""),
    ),
    "the PDF said a handful of their members fled the camp after": (
        "the PDF said a handful of their members fled the camp after junta drone attacks.",
        ("fled", "resistance", ""),
    ),
    "the PDF said a couple of their members defected to the military": (
        "the PDF said a couple of their members defected to the military.",
        ("defected", "resistance", ""),
    ),
    "20 junta soldiers surrendered to the PDF after a clash. The PDF": (
        "20 junta soldiers surrendered to the PDF after a clash. The PDF later revised the number of wounded soldiers "
        "who surrendered to 18.",
        ("surrendered", "junta_army", "20"),
    ),
    "20 junta soldiers surrendered to the PDF after a clash. The PDF (C9)": (
        "20 junta soldiers surrendered to the PDF after a clash. The PDF later revised the number of injured junta "
        "soldiers to 6.",
        ("surrendered", "junta_army", "20"),
    ),
    "20 junta soldiers surrendered to the PDF after a clash. The PDF (C10)": (
        "20 junta soldiers surrendered to the PDF after a clash. The PDF later revised the number of injured junta "
        "troops to 6.",
        ("surrendered", "junta_army", "20"),
    ),
    "12 junta soldiers were captured by the PDF. The PDF later revised": (
        "12 junta soldiers were captured by the PDF. The PDF later revised the number of wounded soldiers captured to "
        "4.",
        ("captured", "junta_army", "12"),
    ),
    "12 soldiers have surrendered to the PDF since the column commander was": (
        "12 soldiers have surrendered to the PDF since the column commander was killed in the morning.",
        ("surrendered", "junta_army", "12"),
    ),
    "12 soldiers have surrendered to the PDF since the morning": (
        "12 soldiers have surrendered to the PDF since the morning.",
        ("surrendered", "junta_army", "12"),
    ),
    "12 soldiers have surrendered to the PDF since dawn": (
        "12 soldiers have surrendered to the PDF since dawn.",
        ("surrendered", "junta_army", "12"),
    ),
    "12 soldiers have surrendered to the PDF since this morning": (
        "12 soldiers have surrendered to the PDF since this morning.",
        ("surrendered", "junta_army", "12"),
    ),
    "12 soldiers have surrendered to the PDF since fighting began earlier in": (
        "12 soldiers have surrendered to the PDF since fighting began earlier in the day.",
        ("surrendered", "junta_army", "12"),
    ),
    "12 soldiers have defected to the CNF since the attack on the": (
        "12 soldiers have defected to the CNF since the attack on the camp at noon.",
        ("defected", "junta_army", "12"),
    ),
    "12 soldiers have defected to the CNF since there was no food": (
        "12 soldiers have defected to the CNF since there was no food left in the camp.",
        ("defected", "junta_army", "12"),
    ),
    "the PDF said it captured five junta soldiers during a raid. The": (
        "the PDF said it captured five junta soldiers during a raid. The PDF later clarified that the five men were "
        "not soldiers but porters.",
        None,
    ),
    "the PDF said it captured five junta soldiers during a raid. The (E2)": (
        "the PDF said it captured five junta soldiers during a raid. The PDF later clarified that the five men were "
        "never soldiers.",
        None,
    ),
    "the PDF said it captured five junta soldiers during a raid. The (E3)": (
        "the PDF said it captured five junta soldiers during a raid. The PDF later clarified that the five men were "
        "farmers from a nearby village.",
        None,
    ),
    "a junta soldier, 24, surrendered to the TNLA with his rifle": (
        "a junta soldier, 24, surrendered to the TNLA with his rifle.",
        ("surrendered", "junta_army", "a junta soldier"),
    ),
    "a police officer, 45, defected to the TNLA": (
        "a police officer, 45, defected to the TNLA.",
        ("defected", "police", "a police officer"),
    ),
    "Corporal Aung Ko, 32, defected to the TNLA with two rifles": (
        "Corporal Aung Ko, 32, defected to the TNLA with two rifles.",
        ("defected", "junta_army", "Corporal Aung Ko"),
    ),
    "three soldiers went over to the regime's adversaries, the KIA": (
        "three soldiers went over to the regime's adversaries, the KIA.",
        ("defected", "junta_army", "three"),
    ),
    "three soldiers went over to the military's rivals in the KIA": (
        "three soldiers went over to the military's rivals in the KIA.",
        ("defected", "junta_army", "three"),
    ),
    "three soldiers went over to the junta's enemy, the KIA": (
        "three soldiers went over to the junta's enemy, the KIA.",
        ("defected", "junta_army", "three"),
    ),
    "three soldiers went over to the junta's foe, the KIA, with their": (
        "three soldiers went over to the junta's foe, the KIA, with their weapons.",
        ("defected", "junta_army", "three"),
    ),
    "three police officers went over to the regime's armed opposition in Hpakant": (
        "three police officers went over to the regime's armed opposition in Hpakant.",
        ("defected", "police", "three"),
    ),
    "three police officers went over to the junta's critics in the CDM": (
        "three police officers went over to the junta's critics in the CDM.",
        ("defected", "police", "three"),
    ),
    "three soldiers went over to the army's opposing side, the KIA": (
        "three soldiers went over to the army's opposing side, the KIA.",
        ("defected", "junta_army", "three"),
    ),
    "despite no evidence of casualties, 15 soldiers fled the camp after the": (
        "despite no evidence of casualties, 15 soldiers fled the camp after the drone attack.",
        ("fled", "junta_army", "15"),
    ),
    "with no sign of reinforcements, 15 soldiers fled the camp after the": (
        "with no sign of reinforcements, 15 soldiers fled the camp after the drone attack.",
        ("fled", "junta_army", "15"),
    ),
    "the PDF said there was no evidence that civilians were harmed, while": (
        "the PDF said there was no evidence that civilians were harmed, while 15 soldiers surrendered.",
        ("surrendered", "junta_army", "15"),
    ),
    "20 conscripts, due to poor treatment, deserted from LIB 55 to avoid": (
        "20 conscripts, due to poor treatment, deserted from LIB 55 to avoid military service.",
        ("fled", "junta_army", "20"),
    ),
}

#: the forty-third review (of 1c9fdbb to 7c4ca15); each case fails at 7c4ca15
REVIEWED_FORTY_THIRD = {
    "the KIA said that their soldiers withdrew from two outposts near Seng": (
        "the KIA said that their soldiers withdrew from two outposts near Seng Tawng after junta airstrikes.",
        ("positions_abandoned", "armed_group", "two"),
    ),
    "the KNLA said their soldiers abandoned the Thay Baw Boe camp after": (
        "the KNLA said their soldiers abandoned the Thay Baw Boe camp after junta airstrikes.",
        ("positions_abandoned", "armed_group", "the Thay Baw Boe camp"),
    ),
    "the PDF said their own soldiers withdrew from two posts near Kale": (
        "the PDF said their own soldiers withdrew from two posts near Kale after junta airstrikes.",
        ("positions_abandoned", "resistance", "two"),
    ),
    "about 30 soldiers have surrendered since the offensive began earlier this year": (
        "about 30 soldiers have surrendered since the offensive began earlier this year.",
        None,
    ),
    "about 30 soldiers have surrendered since the offensive started earlier in 2024": (
        "about 30 soldiers have surrendered since the offensive started earlier in 2024.",
        None,
    ),
    "about 300 soldiers have surrendered since Operation 1111 began in the early": (
        "about 300 soldiers have surrendered since Operation 1111 began in the early hours of 11 November 2023.",
        None,
    ),
    "about 300 soldiers have surrendered since the PDF offensive began 72 hours": (
        "about 300 soldiers have surrendered since the PDF offensive began 72 hours after the coup anniversary in "
        "February.",
        None,
    ),
    "about 300 soldiers have surrendered since the morning of 1 February 2021": (
        "about 300 soldiers have surrendered since the morning of 1 February 2021.",
        None,
    ),
    "about 300 soldiers have defected since the coup began at dawn on": (
        "about 300 soldiers have defected since the coup began at dawn on 1 February 2021.",
        None,
    ),
    "some 40 police officers have fled since the PDF started earlier attacks": (
        "some 40 police officers have fled since the PDF started earlier attacks in January.",
        None,
    ),
    "about 100 soldiers have deserted since 2022 amid long duty hours and": (
        "about 100 soldiers have deserted since 2022 amid long duty hours and unpaid wages.",
        None,
    ),
    "about 30 soldiers have surrendered since the siege began before dawn on": (
        "about 30 soldiers have surrendered since the siege began before dawn on 1 April.",
        None,
    ),
    "about 100 soldiers have deserted since fighting started earlier in the year": (
        "about 100 soldiers have deserted since fighting started earlier in the year.",
        None,
    ),
    "Khit Thit Media reported that 20 soldiers surrendered to the PDF at": (
        "Khit Thit Media reported that 20 soldiers surrendered to the PDF at Kyaukmyaung. Khit Thit Media later "
        "corrected the report, saying it was the Kale PDF.",
        ("surrendered", "junta_army", "20"),
    ),
    "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later": (
        "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later clarified that the five men were "
        "farmers who had been forced to serve as soldiers.",
        ("captured", "junta_army", "five"),
    ),
    "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later (E12)": (
        "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later clarified that one was not a soldier "
        "but a cook.",
        ("captured", "junta_army", "five"),
    ),
    "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later (E13)": (
        "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later clarified that they were not "
        "officers, as first reported, but privates.",
        ("captured", "junta_army", "five"),
    ),
    "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later (E14)": (
        "the PDF said it captured five soldiers near Kyaukmyaung. The PDF later clarified that the soldiers were "
        "never officers.",
        ("captured", "junta_army", "five"),
    ),
    "the PDF said 30 soldiers surrendered at Kyaukmyaung, with social media posts": (
        "the PDF said 30 soldiers surrendered at Kyaukmyaung, with social media posts claiming the figure was higher.",
        ("surrendered", "junta_army", "30"),
    ),
    "the PDF said 30 soldiers surrendered at Kyaukmyaung, citing photos rather than": (
        "the PDF said 30 soldiers surrendered at Kyaukmyaung, citing photos rather than social media posts claiming "
        "50.",
        ("surrendered", "junta_army", "30"),
    ),
    "the PDF attacked the Kale police station. The remaining police, about 20": (
        "the PDF attacked the Kale police station. The remaining police, about 20, fled toward Kalewa.",
        ("fled", "police", "about 20"),
    ),
    "the PDF attacked the Kale police station. The policemen, about 20, fled": (
        "the PDF attacked the Kale police station. The policemen, about 20, fled toward Kalewa.",
        ("fled", "police", "about 20"),
    ),
    "the PDF attacked the Kale camp. The garrison, some 40, surrendered": (
        "the PDF attacked the Kale camp. The garrison, some 40, surrendered.",
        ("surrendered", "junta_army", "some 40"),
    ),
    "the PDF attacked the Kale camp. The soldiers stationed at the camp": (
        "the PDF attacked the Kale camp. The soldiers stationed at the camp, around 40, fled toward Kalewa.",
        ("fled", "junta_army", "around 40"),
    ),
    "the PDF attacked the Kale camp. Private Thomas, 19, surrendered with his": (
        "the PDF attacked the Kale camp. Private Thomas, 19, surrendered with his rifle.",
        ("surrendered", "junta_army", "Private Thomas"),
    ),
    "the PDF attacked the Kale camp. The remaining soldiers of LIB 55": (
        "the PDF attacked the Kale camp. The remaining soldiers of LIB 55, about 20, fled toward Kalewa.",
        ("fled", "junta_army", "about 20"),
    ),
    "three soldiers went over to the junta's allies, the Pyu Saw Htee": (
        "three soldiers went over to the junta's allies, the Pyu Saw Htee, after a dispute in Kale.",
        None,
    ),
    "three soldiers went over to the junta's militia in Kale after a": (
        "three soldiers went over to the junta's militia in Kale after a dispute.",
        None,
    ),
    "three soldiers went over to the army's Light Infantry Battalion 55 in": (
        "three soldiers went over to the army's Light Infantry Battalion 55 in Kale.",
        None,
    ),
    "three soldiers went over to the army's own troops in Kale after": (
        "three soldiers went over to the army's own troops in Kale after being cut off.",
        None,
    ),
    "three soldiers went over to the regime's air force base at Kale": (
        "three soldiers went over to the regime's air force base at Kale.",
        None,
    ),
    "three soldiers went over to the military's headquarters at Kale": (
        "three soldiers went over to the military's headquarters at Kale.",
        None,
    ),
    "there was no word on whether the soldiers surrendered and fled from": (
        "there was no word on whether the soldiers surrendered and fled from Kyaukmyaung.",
        None,
    ),
    "there was no indication that soldiers and police surrendered at Kyaukmyaung": (
        "there was no indication that soldiers and police surrendered at Kyaukmyaung.",
        None,
    ),
    "12 conscripts who were due to undergo basic training deserted to avoid": (
        "12 conscripts who were due to undergo basic training deserted to avoid military service.",
        None,
    ),
    "12 conscripts who were due to attend training at Kale deserted to": (
        "12 conscripts who were due to attend training at Kale deserted to avoid military service.",
        None,
    ),
    "12 recruits due to enter training deserted to avoid military service": (
        "12 recruits due to enter training deserted to avoid military service.",
        None,
    ),
    "12 recruits due to go to the front deserted to avoid military": (
        "12 recruits due to go to the front deserted to avoid military service.",
        None,
    ),
}


# Set 109 (notes of April 2025 to November 2026) and set 108's 'joined' outside the heading: what the rule missed
SETS_108_109 = {
    "ran into the forest": (
        "when the PDF attacked the police station, about 10 police officers ran into the nearby forest.",
        ("fled", "police", "about 10"),
    ),
    "police and militia members together": (
        "Some 45 police and People's Militia members inside surrendered after the building was set alight.",
        ("surrendered", "junta_personnel", "Some 45"),
    ),
    "militia and soldiers together": (
        "12 Pyu Saw Htee members and soldiers surrendered to the PDF.",
        ("surrendered", "junta_personnel", "12"),
    ),
    "N men in all between commas": (
        "the entire Pyu Saw Htee group of the village, 18 men in all, surrendered to the PDF.",
        ("surrendered", "militia", "18"),
    ),
    "a surrender the previous week": (
        "a military jet bombed the village, where 20 soldiers had surrendered to the PDF the previous week.",
        None,
    ),
    "a defection over the preceding week is this event's": (
        "about 15 soldiers from a training battalion defected in two groups to the PDF over the preceding week.",
        ("defected", "junta_army", "about 15"),
    ),
    "had taken N prisoner": (
        "the TNLA said it had taken as many as 80 soldiers prisoner when it overran the hilltop base.",
        ("captured", "junta_army", "as many as 80"),
    ),
    "denied it, saying": (
        "military-controlled media reported that 12 KNLA soldiers surrendered. The KNU denied it, saying no KNLA "
        "soldiers had surrendered and the men shown were villagers.",
        None,
    ),
}

# Set 110 (long notes of February 2021 to November 2026, several sides' figures): what the rule missed
SET_110 = {
    "left his battalion without permission": (
        "a sergeant of LIB-708 left his battalion without permission and went into hiding.",
        ("fled", "junta_army", "a sergeant"),
    ),
    "left at least 8 outposts as others moved closer": (
        "soldiers left at least 8 outposts on the hills east of the town as KIA and PDF forces moved closer.",
        ("positions_abandoned", "junta_army", "at least 8"),
    ),
    "left two positions after days of fire": (
        "troops of LIB-437 left two hill positions after days of KIA mortar fire.",
        ("positions_abandoned", "junta_army", "two"),
    ),
    "would soon be forced to surrender": (
        "the AA attacked the hill. The AA later said the troops on the hill would soon be forced to surrender.",
        None,
    ),
    "had been forced to surrender": (
        "the AA said 12 soldiers had been forced to surrender.",
        ("surrendered", "junta_army", "12"),
    ),
    "no individual surrender": (
        "military-controlled media reported that since January, 87 members of PDF groups had surrendered. No "
        "individual surrender was reported on this date.",
        None,
    ),
    "took captive people including soldiers and families": (
        "the AA said it took captive around 60 people, including soldiers and their family members, when the police "
        "and military compound fell.",
        ("captured", "mixed", "around 60"),
    ),
    "a sergeant among them": (
        "four soldiers of LIB-89, a sergeant among them, defected to the PDF with two assault rifles.",
        ("defected", "junta_army", "four"),
    ),
    "a figure and its breakdown by service": (
        "five members of the security forces, three soldiers and two police officers, defected together to the PDF.",
        ("defected", "junta_personnel", "five"),
    ),
    "three groups of three services are added": (
        "two soldiers, one police officer and one militiaman surrendered to the PDF.",
        ("surrendered", "junta_personnel", "4"),
    ),
}


@pytest.mark.parametrize(
    ("said", "actor1", "expected"),
    [
        ("two soldiers from IB-89 joined the PDF with their rifles, the NUG said.", MILITARY, ("junta_army", "two")),
        ("two police officers joined the KIA with their weapons, local media said.", MILITARY, ("police", "two")),
        ("the PDF joined the KIA with heavy weapons in attacking the camp.", PDF, None),
        ("militia members joined the military with their guns.", MILITARY, None),
    ],
)
def test_joined_another_side_with_their_weapons_is_a_defection_outside_the_heading(said, actor1, expected):
    """Set 108: 'joined the PDF with their rifles' outside ACLED's 'Change to armed group' heading; not 'joined the
    KIA with heavy weapons in attacking', nor the junta's own side joining the military."""
    d = decide(
        _event(PLACE + said, "Strategic developments", actor1=actor1, actor2=PDF if actor1 == MILITARY else MILITARY)
    )
    got = (d.outcome, d.actor, d.count_text) if d.keep else None
    assert got == (("defected", *expected) if expected else None), d


# Sets 111 and 112 (October 2023 to November 2026, every state and region; long notes of 2021 to 2026): what they missed
SETS_111_112 = {
    "took N police officers into custody": (
        "resistance forces stormed the police station and took 19 police officers into custody.",
        ("captured", "police", "19"),
    ),
    "met to discuss laying down arms": (
        "leaders of a Pyu Saw Htee group met PDF representatives to discuss laying down arms. The talks ended without "
        "agreement.",
        None,
    ),
    "a police sergeant fled to an area held by anti-coup forces": (
        "a police sergeant from the township police station abandoned his post, joined the Civil Disobedience "
        "Movement and fled to an area held by anti-coup forces.",
        ("fled", "police", "a police sergeant"),
    ),
    "nurses of a military hospital fled to a PDF-controlled area": (
        "two nurses from the military hospital fled to a PDF-controlled area.",
        None,
    ),
    "Individual surrenders were coded separately": (
        "the ULA/AA said that more than 1,300 junta soldiers and police had surrendered or been captured in the first "
        "six months of 2024. Individual surrenders and captures were coded separately where reported.",
        None,
    ),
}

# The forty-fourth review (of 1c9fdbb..7c4ca15's change, 53ab439): notes it read wrong, each failing on a82a698
REVIEWED_FORTY_FOURTH = {
    "A4": (
        (
            "On 8 March 2025, in Kale township (Kale district, Sagaing region), PDF fighters ambushed two "
            "military trucks near Natchaung village. The PDF said their soldiers fled on foot, leaving the "
            "trucks and weapons behind.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "A5": (
        (
            "On 9 March 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "military column near Kyaukmyet village. The PDF announced that their soldiers abandoned the "
            "column's temporary camp and retreated toward Taze town.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_army", "the column's temporary camp"),
    ),
    "A6": (
        (
            "On 11 March 2025, in Yinmabin township (Yinmabin district, Sagaing region), the local PDF "
            "besieged a junta outpost near Kanni village for two days. The PDF claimed their soldiers "
            "surrendered after running out of food and ammunition.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", ""),
    ),
    "A7": (
        (
            "On 11 March 2025, in Yinmabin township (Yinmabin district, Sagaing region), the local PDF "
            "besieged a junta outpost near Kanni village. The PDF claimed that their soldiers surrendered to "
            "its fighters after running out of ammunition.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", ""),
    ),
    "A11": (
        (
            "On 14 March 2025, in Mindat township (Mindat district, Chin state), the CDF raided a military "
            "camp in Mindat town. The CDF reported their soldiers fled toward Matupi after a two-hour "
            "exchange of fire.",
            "Battles",
            "CDF: Chinland Defense Force",
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "A12": (
        (
            "On 15 March 2025, in Kyaukme township (Kyaukme district, Shan-North state), the TNLA surrounded "
            "a junta battalion headquarters near Kyaukme for ten days. The TNLA said their soldiers "
            "surrendered with their weapons on 15 March.",
            "Battles",
            "TNLA: Ta'ang National Liberation Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", ""),
    ),
    "A16": (
        (
            "On 17 March 2025, in Ann township (Ann district, Rakhine state), AA troops overran a junta "
            "outpost on the Ann-Padan road. The AA stated their soldiers fled into the hills, leaving ten "
            "bodies behind.",
            "Battles",
            "AA: Arakan Army",
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "B5": (
        (
            "On 3 April 2025, in Mindat township (Mindat district, Chin state), the CDF attacked the Mindat "
            "police station. The police officers, nine, fled to the military camp in the town.",
            "Battles",
            "CDF: Chinland Defense Force",
            "Police Forces of Myanmar (2021-)",
        ),
        ("fled", "police", "nine"),
    ),
    "B6": (
        (
            "On 3 April 2025, in Mindat township (Mindat district, Chin state), the CDF attacked the Mindat "
            "police station. The police officers, 9, surrendered to the CDF.",
            "Battles",
            "CDF: Chinland Defense Force",
            "Police Forces of Myanmar (2021-)",
        ),
        ("surrendered", "police", "9"),
    ),
    "B7": (
        (
            "On 3 April 2025, in Mindat township (Mindat district, Chin state), the CDF attacked the Mindat "
            "police station. The policemen, seven, surrendered to the CDF.",
            "Battles",
            "CDF: Chinland Defense Force",
            "Police Forces of Myanmar (2021-)",
        ),
        ("surrendered", "police", "seven"),
    ),
    "B9": (
        (
            "On 3 April 2025, in Mindat township (Mindat district, Chin state), the CDF attacked the Mindat "
            "police station. The police, 5, fled into the jungle.",
            "Battles",
            "CDF: Chinland Defense Force",
            "Police Forces of Myanmar (2021-)",
        ),
        ("fled", "police", "5"),
    ),
    "B10": (
        (
            "On 4 April 2025, in Pekon township (Taunggyi district, Shan-South state), PDF fighters attacked "
            "a Pyu Saw Htee post near Moebyae. The militia members, eight, surrendered to the PDF.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        ("surrendered", "militia", "eight"),
    ),
    "B11": (
        (
            "On 4 April 2025, in Pekon township (Taunggyi district, Shan-South state), PDF fighters attacked "
            "a Pyu Saw Htee post near Moebyae. The militiamen, 11, surrendered to the PDF.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        ("surrendered", "militia", "11"),
    ),
    "B13": (
        (
            "On 4 April 2025, in Pekon township (Taunggyi district, Shan-South state), PDF fighters attacked "
            "a Pyu Saw Htee post near Moebyae. The militia members, a dozen, surrendered to the PDF.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        ("surrendered", "militia", "a dozen"),
    ),
    "C1": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the "
            "Natchaung camp, and at least 40 soldiers have surrendered to the PDF since the fighting erupted "
            "in the morning.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "at least 40"),
    ),
    "C3": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the "
            "Natchaung camp, and at least 40 soldiers have surrendered to the PDF since the PDF attacked the "
            "camp at dawn.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "at least 40"),
    ),
    "C9": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the "
            "Natchaung camp, and at least 40 soldiers have surrendered to the PDF since the offensive was "
            "launched this morning.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "at least 40"),
    ),
    "C10": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the "
            "Natchaung camp, and at least 40 soldiers have surrendered to the PDF since the early hours.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "at least 40"),
    ),
    "C11": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the "
            "Natchaung camp, and at least 40 soldiers have surrendered to the PDF since the early hours of "
            "the day.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "at least 40"),
    ),
    "C16": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the "
            "Natchaung camp, and at least 40 soldiers have surrendered to the PDF since the fighting broke "
            "out around noon.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "at least 40"),
    ),
    "C17": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), PDF fighters attacked the "
            "Natchaung camp, and at least 40 soldiers have surrendered to the PDF since the fighting began "
            "around midday.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "at least 40"),
    ),
    "D9": (
        (
            "On 6 May 2025, in Kale township (Kale district, Sagaing region), Mizzima reported that 30 "
            "soldiers surrendered to the PDF. Mizzima later corrected its report; no soldiers had "
            "surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "D10": (
        (
            "On 6 May 2025, in Kale township (Kale district, Sagaing region), Mizzima reported that 30 "
            "soldiers surrendered to the PDF. Mizzima later corrected its report, stating that no soldiers "
            "had surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "D11": (
        (
            "On 6 May 2025, in Kale township (Kale district, Sagaing region), Mizzima reported that 30 "
            "soldiers surrendered to the PDF. Mizzima later corrected its report, saying no one had been "
            "harmed and that 30 soldiers had surrendered.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "D15": (
        (
            "On 6 May 2025, in Kale township (Kale district, Sagaing region), The Kale PDF said 15 soldiers "
            "defected to the group. The PDF later withdrew its statement to protect the defectors' families.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "15"),
    ),
    "D16": (
        (
            "On 6 May 2025, in Kale township (Kale district, Sagaing region), The Kale PDF said 15 soldiers "
            "defected to the group. The PDF later deleted the post to protect the defectors' families.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "15"),
    ),
    "D20": (
        (
            "On 6 May 2025, in Kale township (Kale district, Sagaing region), The Kale PDF said 15 soldiers "
            "defected to the group. The PDF later withdrew the claim to avoid endangering the soldiers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "15"),
    ),
    "D21": (
        (
            "On 6 May 2025, in Kale township (Kale district, Sagaing region), The Kale PDF said 15 soldiers "
            "defected to the group. The PDF later withdrew its statement to replace it with a longer one "
            "naming the defectors.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "15"),
    ),
    "E1": (
        (
            "On 10 June 2025, in Tamu township (Tamu district, Sagaing region), fighting broke out near "
            "Khampat, with social media posts claiming that 20 soldiers surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E2": (
        (
            "On 10 June 2025, in Tamu township (Tamu district, Sagaing region), fighting broke out near "
            "Khampat, with social media users reporting that 15 police officers fled across the border into "
            "India.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        None,
    ),
    "E3": (
        (
            "On 10 June 2025, in Tamu township (Tamu district, Sagaing region), fighting broke out near "
            "Khampat, with social media accounts alleging that 15 soldiers had defected to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E4": (
        (
            "On 10 June 2025, in Tamu township (Tamu district, Sagaing region), fighting broke out near "
            "Khampat, along with social media posts claiming that 20 soldiers had surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E5": (
        (
            "On 10 June 2025, in Tamu township (Tamu district, Sagaing region), fighting broke out near "
            "Khampat. Residents shared photos of burning houses, with social media users claiming that the "
            "police had abandoned the Khampat station.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        None,
    ),
    "E6": (
        (
            "On 10 June 2025, in Tamu township (Tamu district, Sagaing region), the PDF and the military "
            "clashed near Khampat for four hours, with social media pages claiming 30 soldiers were captured.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E7": (
        (
            "On 10 June 2025, in Tamu township (Tamu district, Sagaing region), the PDF and the military "
            "clashed near Khampat, with social media posts circulating the same day claiming 30 soldiers were"
            " captured.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F10": (
        (
            "On 14 July 2025, in Kale township (Kale district, Sagaing region), three militia members went "
            "over to the army's regional command in Kale town.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        None,
    ),
    "F28": (
        (
            "On 15 July 2025, in Myawaddy township (Myawaddy district, Kayin state), 40 BGF members went over"
            " to the army of the KNU.",
            "Battles",
            "KNLA: Karen National Liberation Army",
            "BGF: Border Guard Force",
        ),
        ("defected", "bgf", "40"),
    ),
    "F38": (
        (
            "On 16 July 2025, in Pekon township (Taunggyi district, Shan-South state), five police officers "
            "went over to a militia fighting the junta near Moebyae.",
            "Battles",
            PDF,
            "Police Forces of Myanmar (2021-)",
        ),
        ("defected", "police", "five"),
    ),
    "F39": (
        (
            "On 14 July 2025, in Kale township (Kale district, Sagaing region), three militia members went "
            "over to the army's 33rd Light Infantry Division in Kale town.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        None,
    ),
    "F40": (
        (
            "On 14 July 2025, in Kale township (Kale district, Sagaing region), three militia members went "
            "over to the army's nearby camp in Kale town.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        None,
    ),
    "F41": (
        (
            "On 14 July 2025, in Kale township (Kale district, Sagaing region), three soldiers went over to "
            "the junta's local militia in Natchaung.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F42": (
        (
            "On 14 July 2025, in Kale township (Kale district, Sagaing region), three soldiers went over to "
            "the army's newly arrived reinforcements near Natchaung.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G1": (
        (
            "On 20 August 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "junta camp near Kyaukmyet; there was no sign of the porters and eight soldiers surrendered to "
            "the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "eight"),
    ),
    "G2": (
        (
            "On 20 August 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "junta camp near Kyaukmyet. There was no sign of fighting in the village and 12 soldiers "
            "surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "G3": (
        (
            "On 20 August 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "junta camp near Kyaukmyet. There was no indication of casualties and 12 soldiers surrendered to "
            "the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "G4": (
        (
            "On 20 August 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "junta camp near Kyaukmyet. There is no evidence of fatalities and 10 soldiers abandoned the "
            "outpost.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_army", "the outpost"),
    ),
    "G6": (
        (
            "On 20 August 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "junta camp near Kyaukmyet. There was no word on whether anyone was wounded and about 20 soldiers"
            " fled toward Taze town.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "about 20"),
    ),
    "G7": (
        (
            "On 20 August 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "junta camp near Kyaukmyet. Residents reported no sign of the column and said that 15 soldiers "
            "had deserted.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "15"),
    ),
    "G18": (
        (
            "On 20 August 2025, in Taze township (Shwebo district, Sagaing region), PDF fighters attacked a "
            "junta camp near Kyaukmyet. There was no evidence of this and the PDF captured three soldiers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "three"),
    ),
    "H1": (
        (
            "On 2 September 2025, in Kale township (Kale district, Sagaing region), fifteen conscripts due to"
            " go to the front line deserted from LIB 55 to avoid military service.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "fifteen"),
    ),
    "H2": (
        (
            "On 2 September 2025, in Kale township (Kale district, Sagaing region), fifteen conscripts due to"
            " go to the front line in Sagaing deserted from the Kale training school to avoid military "
            "service at the front.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "fifteen"),
    ),
    "H3": (
        (
            "On 2 September 2025, in Kale township (Kale district, Sagaing region), fifteen conscripts due to"
            " go on leave deserted from LIB 55 to avoid military service.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "fifteen"),
    ),
    "H18": (
        (
            "On 2 September 2025, in Kale township (Kale district, Sagaing region), fifteen conscripts due to"
            " go to the front line fled from LIB 55 to avoid military service.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "fifteen"),
    ),
    "H19": (
        (
            "On 2 September 2025, in Kale township (Kale district, Sagaing region), fifteen conscripts due to"
            " undergo training fled from the Kale training school to avoid military service.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "fifteen"),
    ),
    "H21": (
        (
            "On 3 September 2025, in Yinmabin township (Yinmabin district, Sagaing region), eight militia "
            "recruits due to go on patrol deserted from the Pyu Saw Htee camp to avoid military service.",
            "Battles",
            PDF,
            "Pyu Saw Htee Militia",
        ),
        ("fled", "militia", "eight"),
    ),
    "H26": (
        (
            "On 3 September 2025, in Yinmabin township (Yinmabin district, Sagaing region), eight conscripts "
            "due to go into combat deserted from IB 87 to avoid military service.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "eight"),
    ),
    "B12": (
        (
            PLACE + "PDF fighters attacked a Pyu Saw Htee post near Moebyae. The militia, about 15, fled toward Pekon.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "militia", "about 15"),
    ),
    "C60": (
        (
            PLACE + "16 BGF members have defected to the KNLA since the KNLA killed their commander earlier.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "bgf", "16"),
    ),
    "the 43rd's C21, since 10 pm the day before": (
        (PLACE + "some 40 police officers have fled since 10 pm on 2 April.", "Battles", PDF, MILITARY),
        ("fled", "police", "some 40"),
    ),
}


# The forty-fifth review (of fc5aa37..7295fd9): notes it read wrong, each failing on 7b89231
REVIEWED_FORTY_FIFTH = {
    "A4": (
        (
            "On 11 June 2025, in Myinmu township (Sagaing district, Sagaing region), the PDF stormed the "
            "outpost and took prisoner several junta soldiers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", ""),
    ),
    "A5": (
        (
            "On 14 January 2025, in Tabayin township (Shwebo district, Sagaing region), the PDF ambushed a "
            "junta patrol and took captive a soldier.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("captured", "junta_army", "a soldier"),
    ),
    "A9": (
        (
            "On 12 March 2025, in Demoso township (Loikaw district, Kayah state), the KNDF announced that its"
            " fighters have taken 40 junta troops captive since the fighting began at dawn.",
            "Battles",
            "KNDF: Karenni Nationalities Defense Force",
            MILITARY,
        ),
        ("captured", "junta_army", "40"),
    ),
    "A23": (
        (
            "On 10 July 2025, in Lashio township (Lashio district, Shan state), the MNDAA took prisoner eight"
            " militia members and two soldiers.",
            "Battles",
            "MNDAA: Myanmar National Democratic Alliance Army",
            MILITARY,
        ),
        ("captured", "junta_personnel", "10"),
    ),
    "A30": (
        (
            "On 12 October 2025, in Yesagyo township (Pakokku district, Magway region), the PDF said it had "
            "taken no soldiers prisoner in the attack.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "A39": (
        (
            "On 5 May 2025, in Hsipaw township (Kyaukme district, Shan state), the TNLA took captive dozens "
            "of soldiers at the base.",
            "Battles",
            "TNLA: Taang National Liberation Army",
            MILITARY,
        ),
        ("captured", "junta_army", ""),
    ),
    "B22": (
        (
            "On 14 May 2025, in Demoso township (Loikaw district, Kayah state), four members of the Pyu Saw "
            "Htee, two soldiers and two police officers surrendered to the KNDF.",
            "Battles",
            "KNDF: Karenni Nationalities Defense Force",
            MILITARY,
        ),
        ("surrendered", "junta_personnel", "8"),
    ),
    "B35": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the troops stationed there "
            "since March, 2024, then fled the outpost.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", ""),
    ),
    "C11": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF besieged the "
            "Natchaung camp; 40 soldiers have surrendered since Monday morning.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "C18": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF besieged the "
            "Natchaung camp; 40 soldiers have surrendered since supplies ran out in February.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "C26": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 40 soldiers have surrendered "
            "to the PDF since they were surrounded in January.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "C27": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 40 soldiers have"
            " surrendered since dawn.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "40"),
    ),
    "C28": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 40 soldiers had "
            "surrendered since the morning of 3 April.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "40"),
    ),
    "D5": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), fighting broke out at the "
            "camp, with social media posts claiming heavy junta casualties, and 20 soldiers surrendered to "
            "the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "20"),
    ),
    "D6": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), with social media posts "
            "reporting clashes near the camp, the PDF said 20 soldiers had surrendered to it.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "20"),
    ),
    "D17": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 12 soldiers had "
            "defected to it. The PDF later withdrew the statement to correct it, saying no soldiers had "
            "defected.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "D31": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said five soldiers "
            "had surrendered to it. The PDF clarified that they were not members of the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "five"),
    ),
    "D37": (
        (
            "On 12 May 2025, in Hpakant township (Mohnyin district, Kachin state), local media reported that "
            "30 soldiers surrendered to the KIA. The military accused the KIA of shelling a market in "
            "Hpakant; the KIA denied it.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "D39": (
        (
            "On 12 May 2025, in Hpakant township (Mohnyin district, Kachin state), local media reported that "
            "30 soldiers surrendered to the KIA. A KIA spokesperson neither confirmed nor denied it.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "E5": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a corporal left the Kale camp"
            " without permission, according to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "a corporal"),
    ),
    "E6": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a soldier left the camp "
            "without permission to buy food in the market and returned the same evening.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E10": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the military executed a "
            "soldier for having left his post without permission.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E13": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a soldier left his wife "
            "without permission, relatives said.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E25": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), junta troops ran into the "
            "surrounding forest to hunt for PDF fighters.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "E26": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), junta troops ran into the "
            "forest area near Yazagyo and torched houses there.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F27": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), two soldiers joined their "
            "families with their rifles in a PDF-controlled area.",
            "Strategic developments",
            "Military Forces of Myanmar (2021-)",
            "PDF: People's Defense Force",
        ),
        None,
    ),
    "F29": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), five police officers went "
            "over to the army fighting the PDF near Yazagyo.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G2": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the besieged soldiers were "
            "soon forced to abandon the Natchaung outpost.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("positions_abandoned", "junta_army", "the Natchaung outpost"),
    ),
    "G3": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), after three days of siege, "
            "the 30 soldiers soon had to surrender to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "30"),
    ),
    "G17": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the military said there was "
            "no evidence that the soldiers and the police officers deserted.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G19": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the military said there was "
            "no evidence that junta soldiers and BGF members defected.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "G29": (
        (
            "On 8 August 2025, in Thantlang township (Hakha district, Chin state), ten recruits due to be "
            "conscripted fled to a CDF camp.",
            "Battles",
            "CDF: Chinland Defense Force",
            MILITARY,
        ),
        None,
    ),
    "G30": (
        (
            "On 8 August 2025, in Thantlang township (Hakha district, Chin state), twelve youths due to "
            "report for military training fled to the CDF base.",
            "Battles",
            "CDF: Chinland Defense Force",
            MILITARY,
        ),
        None,
    ),
    "H27": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), soldiers left the outpost "
            "after hours of waiting for the convoy, which arrived later.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "H29": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), soldiers left the camp as "
            "night approached, returning the next day.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "I2": (
        (
            "On 1 January 2025, in Kale township (Kale district, Sagaing region), 40 soldiers have "
            "surrendered to the PDF since 11 pm on 31 December.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "40"),
    ),
    "I8": (
        (
            "On 9 March 2025, in Bhamo township (Bhamo district, Kachin state), the KIA has taken 200 "
            "soldiers prisoner this year.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
}


# Sets 113 and 114 (April 2025 to November 2026, short; long notes of 2021 to 2026 with context): what they missed
SETS_113_114 = {
    "walked out with their weapons and joined": (
        "two police constables from the Tamu police station walked out with their weapons and joined the Zoland PDF, "
        "the group said.",
        ("defected", "police", "two"),
    ),
    "deserted in late July (coded separately)": (
        "military troops torched houses in the village. The column was the same one from which nine soldiers "
        "deserted in late March (coded separately).",
        None,
    ),
    "rumours on Telegram said": (
        "rumours on Telegram said a regional military commander had fled to Thailand. The report was not confirmed.",
        None,
    ),
    "neither ... nor other sources could confirm it": (
        "a Facebook page linked to a resistance group claimed that 70 soldiers had surrendered near Monywa, but "
        "neither the local PDF nor other sources could confirm it.",
        None,
    ),
    "a planned surrender was called off": (
        "a planned surrender of the Pa Law police outpost was called off after military reinforcements arrived.",
        None,
    ),
    "held until the commander turned himself in": (
        "troops arrested the father of a PDF commander and said he would be held until the commander turned himself "
        "in.",
        None,
    ),
    "channels circulated photographs claiming, denied": (
        "pro-military Telegram channels circulated photographs claiming to show 30 KNDF fighters surrendering to the "
        "military. The KNDF said the claim was false.",
        None,
    ),
}

# The forty-sixth review (of 7295fd9..bcdbbca): notes it read wrong, each failing on 28938b7
REVIEWED_FORTY_SIXTH = {
    "A5": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), police took three PDF members"
            " into custody at a checkpoint on the Kale-Tamu road.",
            "Strategic developments",
            "Police Forces of Myanmar (2021-)",
            "PDF: People's Defense Force",
        ),
        None,
    ),
    "A19": (
        (
            "On 3 April 2025, in Kyaukme township (Kyaukme district, Shan-North state), the TNLA took "
            "prisoner some 25 Pyu Saw Htee militia members near Nawnghkio.",
            "Battles",
            "TNLA: Taang National Liberation Army",
            MILITARY,
        ),
        ("captured", "militia", "some 25"),
    ),
    "A34": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), junta troops raided Kyauk "
            "village and took two PDF members into custody.",
            "Strategic developments",
            "Military Forces of Myanmar (2021-)",
            "PDF: People's Defense Force",
        ),
        None,
    ),
    "B24": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), local media reported that 12 "
            "soldiers surrendered to the PDF. The outlet corrected its report, saying eight had surrendered "
            "since January.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "C1": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), five soldiers fled to a PDF "
            "camp to avoid military service at the front.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "five"),
    ),
    "C3": (
        (
            "On 3 April 2025, in Hpa-An township (Hpa-An district, Kayin state), 12 conscripts fled to a KNLA"
            " base to avoid military service.",
            "Battles",
            "KNLA: Karen National Liberation Army",
            MILITARY,
        ),
        ("fled", "junta_army", "12"),
    ),
    "C6": (
        (
            "On 3 April 2025, in Hpa-An township (Hpa-An district, Kayin state), 12 conscripts due to go to "
            "the front deserted to a KNLA base to avoid military service.",
            "Battles",
            "KNLA: Karen National Liberation Army",
            MILITARY,
        ),
        ("fled", "junta_army", "12"),
    ),
    "D4": (
        (
            "On 3 April 2025, in Laukkai township (Laukkai district, Shan-North state), the remaining troops,"
            " about 2000, surrendered to the MNDAA.",
            "Battles",
            "MNDAA: Myanmar National Democratic Alliance Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "about 2000"),
    ),
    "D5": (
        (
            "On 3 April 2025, in Laukkai township (Laukkai district, Shan-North state), the soldiers of the "
            "regional command, 2000, surrendered to the MNDAA.",
            "Battles",
            "MNDAA: Myanmar National Democratic Alliance Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "2000"),
    ),
    "D13": (
        (
            "On 3 April 2025, in Laukkai township (Laukkai district, Shan-North state), the remaining troops,"
            " some 2020, surrendered to the MNDAA at the regional command.",
            "Battles",
            "MNDAA: Myanmar National Democratic Alliance Army",
            MILITARY,
        ),
        ("surrendered", "junta_army", "some 2020"),
    ),
    "E2": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the NUG said 300 soldiers "
            "have defected since it was formed.",
            "Strategic developments",
            "NUG: National Unity Government",
            MILITARY,
        ),
        None,
    ),
    "E6": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 15 soldiers have surrendered "
            "so far in the day-long battle for the Kyauk camp.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "15"),
    ),
    "E11": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 20 soldiers have surrendered "
            "to the PDF since 10 pm on Wednesday.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "20"),
    ),
    "E24": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 40 soldiers have"
            " surrendered since they launched the attack on Monday.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F4": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a police officer fled to a "
            "junta-held area after the PDF attacked the Kalewa police station.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F5": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a soldier fled to an area "
            "controlled by the military after the PDF overran his outpost.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "F25": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a soldier fled to the PDF-held area.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "a soldier"),
    ),
    "F26": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a police officer fled to the "
            "KNU-controlled area near Kawkareik.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "police", "a police officer"),
    ),
    "G2": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 12 soldiers "
            "surrendered at the Kyauk camp. The PDF later withdrew its statement to correct the name of the "
            "battalion.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "G3": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 12 soldiers "
            "surrendered at the Kyauk camp. The PDF later withdrew its statement to correct a spelling error.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "G4": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 12 soldiers "
            "surrendered at the Kyauk camp. The PDF withdrew the post to correct its figures.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "G8": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said 12 soldiers "
            "surrendered at the Kyauk camp. The PDF withdrew the statement to change the date of the "
            "surrender.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_army", "12"),
    ),
    "H2": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a soldier left his platoon "
            "without permission.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "a soldier"),
    ),
    "H3": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), two soldiers left the army "
            "without permission and went home.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "two"),
    ),
    "H8": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), a soldier left his unit "
            "without permission to visit his family and did not return.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "a soldier"),
    ),
    "H15": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 12 soldiers ran into the "
            "jungle to hide from the PDF attack.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("fled", "junta_army", "12"),
    ),
    "I19": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said it discussed "
            "defecting with two police officers.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "I27": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said the soldiers at "
            "the camp may soon be forced to surrender.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "I28": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said the 40 soldiers "
            "at the camp could soon be forced to surrender.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "I31": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), the PDF said the soldiers at "
            "the camp could eventually be forced to surrender.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "J4": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 15 soldiers surrendered to "
            "the PDF at a hilltop camp located near Kyauk village the previous week.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "J5": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 15 soldiers surrendered to "
            "the PDF during fighting the previous week.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "J6": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 15 soldiers surrendered to "
            "the PDF at the end of the previous week.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "J7": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), 15 soldiers surrendered to "
            "the PDF in the middle of the previous month.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "K9": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), media reported that 20 "
            "soldiers surrendered to the KIA after a three-day siege. According to the outlet, the soldiers "
            "were moved to Laiza. The KIA denied this.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "K12": (
        (
            "On 3 April 2025, in Momauk township (Bhamo district, Kachin state), media reported that 20 "
            "soldiers surrendered to the KIA. Fighting continued near the camp on 4 April. The KIA denied it.",
            "Battles",
            "KIA: Kachin Independence Army",
            MILITARY,
        ),
        None,
    ),
    "K20": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), local media reported that six"
            " soldiers defected to the PDF. The PDF did not comment. The PDF denied it.",
            "Battles",
            PDF,
            MILITARY,
        ),
        None,
    ),
    "L3": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), three soldiers went over to "
            "the militia fighting alongside the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "three"),
    ),
    "L4": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), three soldiers went over to "
            "the people's militia opposed to the coup.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "three"),
    ),
    "L12": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), three soldiers went over to "
            "the militia fighting against SAC troops.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "three"),
    ),
    "L33": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), three soldiers went over to "
            "the militia fighting against the junta.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("defected", "junta_army", "three"),
    ),
    "M2": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), five members of the junta's "
            "forces, three soldiers and two police officers, surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_personnel", "five"),
    ),
    "M3": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), five members of the regime's "
            "forces, three soldiers and two police officers, surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_personnel", "five"),
    ),
    "M11": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), two commanders, a soldier and"
            " a police officer surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_personnel", "4"),
    ),
    "M12": (
        (
            "On 3 April 2025, in Kale township (Kale district, Sagaing region), two officers, a soldier and a"
            " police officer surrendered to the PDF.",
            "Battles",
            PDF,
            MILITARY,
        ),
        ("surrendered", "junta_personnel", "4"),
    ),
}


def _placed(label: str, table: dict) -> dict:
    """A table of notes (name -> (words after PLACE, expected)) as BLIND_WORDING's cases: a Battles event, the PDF
    first and the military second, each named '<label>: <name>'."""
    return {f"{label}: {k}": ((PLACE + n, "Battles", PDF, MILITARY), e) for k, (n, e) in table.items()}


BLIND_WORDING = {
    **_placed("17-18", SET_17_18),
    **_placed("19-20", SET_19_20),
    **{f"21: {k}": ((n, "Strategic developments", a, ""), e) for k, (n, a, e) in SET_21.items()},
    **{f"22: {k}": ((PLACE + n, "Strategic developments", PDF, MILITARY), e) for k, (n, e) in SET_22.items()},
    **{f"23: {k}": ((n, "Strategic developments", MILITARY, ""), e) for k, (n, e) in SET_23.items()},
    **{f"24: {k}": ((PLACE + n, "Strategic developments", PDF, MILITARY), e) for k, (n, e) in SET_24.items()},
    **_placed("25-26", SET_25_26),
    **{f"27-28: {k}": ((PLACE + n, "Strategic developments", PDF, MILITARY), e) for k, (n, e) in SET_27_28.items()},
    **_placed("review", REVIEWED_AGAIN),
    **{f"31-32 and gaps: {k}": v for k, v in SETS_31_32_AND_GAPS.items()},
    **_placed("review 3", REVIEWED_THIRD),
    **_placed("review 4", REVIEWED_FOURTH),
    **_placed("review 5", REVIEWED_FIFTH),
    **_placed("review 6", REVIEWED_SIXTH),
    **_placed("39-40", SETS_39_40),
    **_placed("review 7", REVIEWED_SEVENTH),
    **_placed("review 8", REVIEWED_EIGHTH),
    **_placed("review 9", REVIEWED_NINTH),
    **_placed("gaps closed", GAPS_CLOSED),
    **_placed("46-47", SETS_46_47),
    **{f"46-47: {k}": v for k, v in SETS_46_47_OWN.items()},
    **_placed("review 11", REVIEWED_ELEVENTH),
    **{
        f"review 11, actor1 the military: {k}": ((PLACE + n, "Battles", MILITARY, PDF), e)
        for k, (n, e) in REVIEWED_ELEVENTH_MILITARY_FIRST.items()
    },
    **{
        f"review 11, own opening: {k}": ((n, "Battles", PDF, MILITARY), e)
        for k, (n, e) in REVIEWED_ELEVENTH_OWN.items()
    },
    **_placed("48-49", SETS_48_49),
    **{f"48-49: {k}": v for k, v in SETS_48_49_OWN.items()},
    **_placed("review 12", REVIEWED_TWELFTH),
    **_placed("50-51", SETS_50_51),
    **{f"review 13: {k}": v for k, v in REVIEWED_THIRTEENTH.items()},
    **_placed("52-53", SETS_52_53),
    **{f"54-55: {k}": v for k, v in SETS_54_55.items()},
    **{f"review 14: {k}": v for k, v in REVIEWED_FOURTEENTH.items()},
    **{f"56-57: {k}": v for k, v in SETS_56_57.items()},
    **{f"review 15: {k}": v for k, v in REVIEWED_FIFTEENTH.items()},
    **{f"58-59: {k}": v for k, v in SETS_58_59.items()},
    **{f"review 16: {k}": v for k, v in REVIEWED_SIXTEENTH.items()},
    **{f"60-61: {k}": v for k, v in SETS_60_61.items()},
    **{f"review 17: {k}": v for k, v in REVIEWED_SEVENTEENTH.items()},
    **{f"62-63: {k}": v for k, v in SETS_62_63.items()},
    **{f"review 18: {k}": v for k, v in REVIEWED_EIGHTEENTH.items()},
    **{f"64-65: {k}": v for k, v in SETS_64_65.items()},
    **{f"review 19: {k}": v for k, v in REVIEWED_NINETEENTH.items()},
    **{f"66-67: {k}": v for k, v in SETS_66_67.items()},
    **{f"68-69: {k}": v for k, v in SETS_68_69.items()},
    **_placed("review 22", REVIEWED_TWENTY_SECOND),
    **_placed("review 23", REVIEWED_TWENTY_THIRD),
    **_placed("review 24", REVIEWED_TWENTY_FOURTH),
    **_placed("review 25", REVIEWED_TWENTY_FIFTH),
    **_placed("review 26", REVIEWED_TWENTY_SIXTH),
    **_placed("review 27", REVIEWED_TWENTY_SEVENTH),
    **_placed("sets 80-81", SETS_80_81),
    **_placed("review 28", REVIEWED_TWENTY_EIGHTH),
    **_placed("sets 82-83", SETS_82_83),
    **_placed("review 29", REVIEWED_TWENTY_NINTH),
    **_placed("sets 84-85", SETS_84_85),
    **_placed("review 30", REVIEWED_THIRTIETH),
    **_placed("sets 86-87", SETS_86_87),
    **_placed("review 31", REVIEWED_THIRTY_FIRST),
    **_placed("sets 88-89", SETS_88_89),
    **_placed("review 32", REVIEWED_THIRTY_SECOND),
    **_placed("sets 90-91", SETS_90_91),
    **_placed("review 33", REVIEWED_THIRTY_THIRD),
    **_placed("set 92", SET_92),
    **_placed("review 34", REVIEWED_THIRTY_FOURTH),
    **_placed("set 94", SET_94),
    **_placed("review 35", REVIEWED_THIRTY_FIFTH),
    **_placed("sets 95-96", SETS_95_96),
    **_placed("review 36", REVIEWED_THIRTY_SIXTH),
    **_placed("sets 97-98", SETS_97_98),
    **_placed("review 37", REVIEWED_THIRTY_SEVENTH),
    **{
        f"review 37, own opening: {k}": ((n, "Battles", PDF, MILITARY), e)
        for k, (n, e) in REVIEWED_THIRTY_SEVENTH_OWN.items()
    },
    **_placed("sets 99-100", SETS_99_100),
    **_placed("review 38", REVIEWED_THIRTY_EIGHTH),
    **_placed("sets 101-102", SETS_101_102),
    **_placed("review 39", REVIEWED_THIRTY_NINTH),
    **_placed("sets 103-104", SETS_103_104),
    **_placed("review 40", REVIEWED_FORTIETH),
    **_placed("sets 105-106", SETS_105_106),
    **_placed("review 41", REVIEWED_FORTY_FIRST),
    **_placed("sets 107-108", SETS_107_108),
    **_placed("review 42", REVIEWED_FORTY_SECOND),
    **_placed("review 43", REVIEWED_FORTY_THIRD),
    **_placed("sets 108-109", SETS_108_109),
    **_placed("set 110", SET_110),
    **_placed("sets 111-112", SETS_111_112),
    **{f"review 44: {k}": v for k, v in REVIEWED_FORTY_FOURTH.items()},
    **{f"review 45: {k}": v for k, v in REVIEWED_FORTY_FIFTH.items()},
    **{f"review 46: {k}": v for k, v in REVIEWED_FORTY_SIXTH.items()},
    **_placed("sets 113-114", SETS_113_114),
    **{f"review 20: {k}": v for k, v in REVIEWED_TWENTIETH.items()},
    **{f"review 21: {k}": v for k, v in REVIEWED_TWENTY_FIRST.items()},
    **_placed("review 10", REVIEWED_TENTH),
    **{
        f"review 10, actor1 the military: {k}": ((PLACE + n, "Battles", MILITARY, PDF), e)
        for k, (n, e) in REVIEWED_TENTH_MILITARY_FIRST.items()
    },
    "review 5: killed soldiers and arrested others, ACLED's first actor the military": (
        (PLACE + "the PDF killed two soldiers and arrested three others.", "Battles", MILITARY, PDF),
        ("captured", "junta_army", "three"),
    ),
}


@pytest.mark.parametrize("case", list(BLIND_WORDING))
def test_wording_of_blind_sets_17_to_28_and_the_review(case):
    (notes, event_type, actor1, actor2), expected = BLIND_WORDING[case]
    d = decide(_event(notes, event_type, actor1=actor1, actor2=actor2))
    if expected is None:
        assert not d.keep, (case, d)
    else:
        assert (d.outcome, d.actor, d.count_text) == expected, (case, d)


def test_the_sift_pattern_runs_in_re2():
    from analysis.interop.acled_text import CANDIDATE

    assert not re.search(r"\(\?[!<=]", CANDIDATE)  # RE2 (pyarrow) has no look-around
    assert re.search(CANDIDATE, "the PDF took 12 soldiers alive")  # set 68: read, not sifted away


def test_an_earlier_act_is_dated_by_the_event_date():
    """'said it had captured 6 soldiers in early April' is this event's capture for an event of 3 April, an earlier
    one for an event of 20 May; a month without a year is of the event's year, or the one before."""
    notes = "In Kale township (Kale district, Sagaing region), the PDF said it had captured 6 soldiers in early April."
    row = _event(notes, "Battles", actor1=PDF, actor2=MILITARY)
    assert decide({**row, "event_date": "2025-04-03"}).outcome == "captured"
    assert not decide({**row, "event_date": "2025-05-20"}).keep
    assert not decide({**row, "event_date": "3 March 2025"}).keep  # the April before

"""Controlled vocabularies: every category a raw row may use, with its meaning.

The codebook (docs/codebook.md) and the validator both read these tables, so a
category is defined in one place only.
"""

from __future__ import annotations

OUTCOMES: dict[str, str] = {
    "surrendered": "Personnel gave themselves up to an armed group: the text says they surrendered, laid down or handed over their arms, gave themselves up or raised the white flag (incl. prisoners who surrendered).",
    "fled": "Personnel deserted or fled their post, unit or training camp inside Myanmar without joining another side ('deserted their stations', 'fled from the base'); a column retreating in battle is not counted here.",
    "fled_across_border": "Personnel fled across an international border ('fled into', 'crossed into', 'escaped to' Thailand or India), whatever the other side then did (disarmed, detained, pushed back); border_country names the country.",
    "surrendered_or_fled": "Aggregate claim that does not separate surrendering from fleeing.",
    "surrendered_or_captured": "A figure the text does not split between those who surrendered and those captured ('surrendered; some were captured', prisoners filmed behind white flags): mixed and flagged, never counted as surrendered or as captured.",
    "positions_abandoned": "Bases, outposts or positions left by junta forces ('abandoned', 'withdrew from', 'left before the resistance arrived').",
    "positions_taken": "Bases, stations or towns that passed to an armed group (after fighting or surrender).",
    "captured": "Personnel taken prisoner by an opposing force where the text does not say they surrendered: 'captured', 'captured alive', 'detained', 'arrested', 'apprehended', 'taken prisoner', 'prisoners of war seized'. Never counted as surrendered ('surrendered and were captured' is a surrender). (Called 'detained' before version 0.3.)",
    "released": "Captives or border-crossers set free or handed back ('released', 'freed', 'sent back', 'handed over' to the junta side or a junta-allied force): people taken earlier, so a release adds no one; taken_in names the event in which they were taken, where one exists.",
    "killed": "People killed.",
    "injured": "People injured or wounded.",
    "killed_or_injured": "Aggregate claim that does not separate killed from injured.",
    "evacuated": "People moved to safety (e.g. relatives from barracks).",
    "switched_sides": "Units that changed sides and fought with the resistance.",
    "defected": "Personnel who left the military or police of their own accord and went over to the other side ('defected', 'went over to', 'joined the resistance'), as a source reports it.",
    "payment": "Money paid to defectors (count_unit says per what).",
    "defection_contact": "Units reported to have contacted the resistance to defect.",
    "deployed": "Context figure: troops sent or present (a reinforcement group, a column).",
    "declined_comment": "A party declined to comment on the reports (no figure): who says nothing is data too.",
}

#: Outcomes renamed in a release: old name -> new name (validation says so instead of 'unknown outcome').
RENAMED_OUTCOMES: dict[str, str] = {"detained": "captured"}

#: Outcomes of the events a release may name in taken_in (the event in which the people were taken).
TAKEN_OUTCOMES: tuple[str, ...] = (
    "surrendered",
    "captured",
    "surrendered_or_captured",
    "fled_across_border",
    "defected",
)

#: Outcomes that may name the country across the border in border_country.
BORDER_OUTCOMES: tuple[str, ...] = ("fled_across_border", "released")

ACTORS: dict[str, str] = {
    "junta_army": "Myanmar military (Tatmadaw) soldiers.",
    "police": "Myanmar Police Force.",
    "junta_personnel": "Junta troops and/or police, not separated in the text.",
    "militia": "Pro-junta militia.",
    "bgf": "Border Guard Force units under military command.",
    "relatives": "Family members of junta personnel.",
    "civilians": "Civilians.",
    "resistance": "Resistance fighters.",
    "mixed": "A figure that mixes personnel and relatives (or others) without a split.",
    "regime": "The military regime as an institution (its spokesperson, its statements); not personnel.",
    "armed_group": "Members of a non-state armed group (an ethnic armed organisation or its splinter): not junta personnel, whoever they surrender to.",
    "unknown": "The source does not say who: never counted as junta personnel.",
}

#: Actors counted as junta personnel in troop counts; relatives, civilians and mixed never are.
TROOP_ACTORS: tuple[str, ...] = ("junta_army", "police", "junta_personnel", "militia", "bgf")

#: Place text meaning "Myanmar as a whole, no single state/region" (lower-cased), in events and in claims.
NATIONAL_SCOPES: frozenset[str] = frozenset(
    {"myanmar", "across myanmar", "nationwide", "across the country", "national"}
)

COUNT_UNITS: dict[str, str] = {
    "people": "Number of people.",
    "positions": "Number of bases, outposts, stations or towns.",
    "units": "Number of military units (battalions, BGF units).",
    "kyat_per_person": "Kyat paid to each person.",
}

QUALIFIERS: dict[str, str] = {
    "exact": "A plain number: low = best = high.",
    "at_least": "'at least N', 'no fewer than N', 'not less than N': low = best = N, high unknown.",
    "more_than": "'more than N', 'over N': low = best = N (a valid, not tight, lower bound), high unknown.",
    "about": "'around N', 'about N', 'an estimated N', 'N-odd', 'N or so': best = N, low and high unknown.",
    "close_to": "'nearly N', 'close to N', 'almost N': best = high = N, low unknown.",
    "up_to": "'up to N', 'fewer than N', 'no more than N': high = N, low and best unknown.",
    "range": "'N to M', 'N or M': low = N, high = M, best unknown.",
    "vague": "'several dozen', 'dozens', 'many': low only where the phrase implies one (dozens = 24).",
    "unknown": "No figure given: low, best and high all empty.",
}

DATE_PRECISIONS: dict[str, str] = {
    "day": "A single known day (start = end).",
    "days": "A span of 2 to 6 days (e.g. '13-14 Nov', '23 or 24 Jun').",
    "week": "A calendar week or 'this week' (7 days or fewer, from a week phrase).",
    "month": "A calendar month.",
    "range": "A longer span ('since October 27', 'within three weeks').",
    "unknown": "No date can be given.",
}

SHAN_PARTS: dict[str, str] = {
    "North": "Northern Shan (MIMU MMR015)",
    "South": "Southern Shan (MIMU MMR014)",
    "East": "Eastern Shan (MIMU MMR016)",
}

# ---- claimed totals (raw/claimed_totals.csv): claims that are not events ------------------------

CLAIM_KINDS: dict[str, str] = {
    "running_total": "A claimed total since a start day, 'as of' a date (e.g. 'over 6,000 since Operation 1027'). Not an event, not a sum of events.",
    "breakdown": "One part of a running total (e.g. one state's figure in a breakdown by state); part_of names the total.",
    "fled_across_border_total": "A claimed total of personnel who fled across the border (e.g. into Mizoram), as of a date.",
    "captured_total": "A claimed total of personnel captured over a period (a month, a group's first year) or of prisoners of war held as of a date. Never a surrender total.",
    "released_total": "A claimed total of captives set free or handed back. Releases add no one: never added to surrenders or captures.",
    "tally": "A claimed count over a fixed period (a calendar year, January to September) that mixes outcomes (defected, surrendered, captured) and gives its parts; the parts are breakdown rows. Never a surrender total; an earlier stage of the same count is never added to it.",
}

CLAIM_OUTCOMES: dict[str, str] = {
    "surrendered": "Personnel who surrendered.",
    "surrendered_or_abandoned": "Personnel who surrendered or abandoned their bases, not separated.",
    "defected": "Personnel who defected (since the coup, in the NUG's usage).",
    "fled_across_border": "Personnel who fled across an international border.",
    "captured": "Personnel captured (taken prisoner), or prisoners of war held.",
    "released": "Captives set free or handed back (they add no one).",
    "defected_surrendered_or_captured": "Personnel who defected, surrendered or were captured, in one figure (a tally whose parts split it): never a surrender total.",
}

PERSONS: dict[str, str] = {
    "troops": "Soldiers of the military.",
    "police": "Police officers.",
    "militia": "Pro-junta militia members.",
    "conscripts": "Conscripts, as the claim names them (soldiers called up under the 2024 conscription law).",
    "relatives": "Family members (never personnel).",
    "unspecified": "The claim does not say who.",
}

INCLUDES_RELATIVES: dict[str, str] = {
    "yes": "The figure includes family members: a mixed figure, never counted as personnel.",
    "no": "The figure counts personnel only.",
    "unknown": "The claim does not say.",
}

CLAIMANT_TYPES: dict[str, str] = {
    "armed_group": "An armed group or alliance (TNLA, MNDAA, AA, the Brotherhood Alliance ...).",
    "government": "A government or government in exile (the NUG).",
    "outlet": "A news outlet's own compilation or estimate.",
    "official": "An official (e.g. Indian state police or officials).",
    "monitor": "A monitoring, research or support organisation (e.g. BNI-Myanmar Peace Monitor, Nyan Lynn Thit Analytica, People's Goal).",
    "unnamed_source": "An unnamed source quoted by an outlet (military sources, a local source).",
}

#: What the claims ledger checked for each claim (never a figure compared with itself).
LEDGER_STATUSES: dict[str, str] = {
    "stated": "One reported figure, carried as stated, not reproduced: the explanation names any other figure or report of the same people it is set beside (or says there is none).",
    "consistent": "An aggregate whose itemized components add up to no more than it (or to it): the rows do not contradict it; the explanation says how much of it they itemize.",
    "explained difference": "An aggregate whose components add up to less, where the text says why (it names places but gives no figure there).",
    "not reproducible from the text": "The text itemizes none of it, or its components add up to more than it.",
}

"""Controlled vocabularies: every category a raw row may use, with its meaning.

The codebook (docs/codebook.md) and the validator both read these tables, so a
category is defined in one place only.
"""

from __future__ import annotations

OUTCOMES: dict[str, str] = {
    "surrendered": "Personnel gave themselves up to an armed group (incl. prisoners who surrendered).",
    "fled": "Personnel deserted or fled their post, unit or training camp inside Myanmar without joining another side ('deserted their stations', 'fled from the base'); a column retreating in battle is not counted here.",
    "fled_across_border": "Personnel fled across an international border (e.g. into Mizoram, India).",
    "surrendered_or_fled": "Aggregate claim that does not separate surrendering from fleeing.",
    "positions_abandoned": "Bases, outposts or positions left by junta forces.",
    "positions_taken": "Bases, stations or towns that passed to an armed group (after fighting or surrender).",
    "detained": "Personnel captured or taken prisoner without a stated surrender.",
    "captured": "Personnel taken prisoner by an opposing force ('captured as prisoners of war', 'captured alive') with no stated surrender: never counted as surrendered ('surrendered and were captured' is a surrender).",
    "killed": "People killed.",
    "injured": "People injured or wounded.",
    "killed_or_injured": "Aggregate claim that does not separate killed from injured.",
    "evacuated": "People moved to safety (e.g. relatives from barracks).",
    "switched_sides": "Units that changed sides and fought with the resistance.",
    "defected": "Personnel who left the military or police (defection), as a source reports it.",
    "payment": "Money paid to defectors (count_unit says per what).",
    "defection_contact": "Units reported to have contacted the resistance to defect.",
    "deployed": "Context figure: troops sent or present (a reinforcement group, a column).",
    "declined_comment": "A party declined to comment on the reports (no figure): who says nothing is data too.",
}

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

COUNT_UNITS: dict[str, str] = {
    "people": "Number of people.",
    "positions": "Number of bases, outposts, stations or towns.",
    "units": "Number of military units (battalions, BGF units).",
    "kyat_per_person": "Kyat paid to each person.",
}

QUALIFIERS: dict[str, str] = {
    "exact": "A plain number: low = best = high.",
    "at_least": "'at least N': low = best = N, high unknown.",
    "more_than": "'more than N', 'over N': low = best = N (a valid, not tight, lower bound), high unknown.",
    "about": "'around N', 'about N', 'an estimated N': best = N, low and high unknown.",
    "close_to": "'nearly N', 'close to N', 'almost N': best = high = N, low unknown.",
    "up_to": "'up to N', 'fewer than N': high = N, low and best unknown.",
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
}

CLAIM_OUTCOMES: dict[str, str] = {
    "surrendered": "Personnel who surrendered.",
    "surrendered_or_abandoned": "Personnel who surrendered or abandoned their bases, not separated.",
    "defected": "Personnel who defected (since the coup, in the NUG's usage).",
    "fled_across_border": "Personnel who fled across an international border.",
}

PERSONS: dict[str, str] = {
    "troops": "Soldiers of the military.",
    "police": "Police officers.",
    "militia": "Pro-junta militia members.",
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
    "monitor": "A monitoring organisation (e.g. BNI-Myanmar Peace Monitor).",
}

#: What the claims ledger checked for each claim (never a figure compared with itself).
LEDGER_STATUSES: dict[str, str] = {
    "stated": "One reported figure with nothing independent in the rows to check it against: carried as stated, not reproduced.",
    "consistent": "An aggregate whose itemized components add up to no more than it (or to it): the rows do not contradict it; the explanation says how much of it they itemize.",
    "explained difference": "An aggregate whose components add up to less, where the text says why (it names places but gives no figure there).",
    "not reproducible from the text": "The text itemizes none of it, or its components add up to more than it.",
}

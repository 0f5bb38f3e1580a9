"""Why the close reading of an ACLED note leaves it out: each reason's words, as the import's report and its
left-out file show them (:func:`.acled_select.decide` names a reason by its key).

>>> LEFT_REASONS["civilians"]
'the people who fled or were detained are civilians, not personnel'
"""

from __future__ import annotations

#: reason key -> the words a user reads
LEFT_REASONS = {
    "background": "mentions a surrender, flight or capture only as background (a relative clause, or an event "
    "ACLED codes separately)",
    "not done": "speaks of a surrender, defection or flight that did not happen (tried to, urged to, must)",
    "a description": "'abandoned', 'fled' or 'captured' describes a place, an ambush or a position, not people leaving",
    "own side": "the junta took back its own personnel (recaptured, or a deserter giving himself up to it): not the "
    "other side's",
    "its own members": "a side detaining its own members: not captured by the other side",
    "civilians": "the people who fled or were detained are civilians, not personnel",
    "held": "'detained', 'apprehended', 'arrested' or 'abducted' in the passive, without 'as prisoners', is not "
    "read as a capture (such notes tell mostly of arrests and of people held)",
    "taken before": "'detained' or 'captured' before the people ('14 detained members') names people taken earlier",
    "not personnel": "what was captured or detained is not named as soldiers, police, militia or fighters",
    "arrest": "an arrest by the military, police, a militia or a BGF: not read (ACLED's notes of such arrests tell "
    "mostly of civilians the military accuses of ties to armed groups)",
    "relatives": "the people named are relatives of personnel, never personnel",
    "held abroad": "people a neighbouring country's police, army or officials detained: held abroad, not taken by a "
    "side of Myanmar's war",
    "handed": "'handed over' is not of a base, post or camp",
    "part of another act": "'handed their weapons' to a side is part of another act the notes tell (a defection, a "
    "flight, a crossing), which is the event",
    "escaped": "people who escaped from captivity or custody: prisoners leaving their captors, not a flight from their "
    "side",
    "moved": "'left its camp' to attack, raid or patrol: a movement, not positions abandoned",
    "withdrew": "'withdrew from' names no base, post or camp (a withdrawal from a village or an area)",
    "a total": "a figure a claimant gives for a period ('since', 'in February', 'this year'): a claim, not an event",
    "no border crossed": "'crossed' or 'took refuge' does not say into another country",
    "nobody crossed": "'crossed' or 'took refuge' names no one of an armed side",
    "joined": "'joined' is read as a defection only in ACLED's 'Change to armed group' notes, of people of the side "
    "ACLED names first",
}

#: The outcomes the rule reads, the first the one an event is kept as when a note tells of several.
PRIORITY = tuple("surrendered defected fled fled_across_border positions_abandoned positions_taken captured".split())

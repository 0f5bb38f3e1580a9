"""The named rule that decides which ACLED events become rows, what happened, to whom, and how many.

``SURRENDER_RULE`` (documented in docs/exchange.md):

1. Events outside Myanmar, protests and riots are left out.
2. An event is kept when a sentence of its notes says, as this event's fact, that people surrendered (laid down
   arms, raised white flags), defected, deserted or fled their post (into another country: ``fled_across_border``),
   were captured (taken prisoner by the other side), or that a base, post or camp was abandoned or handed over. One
   row per event; when a note says several, the first of surrendered > defected > fled > fled across a border >
   positions abandoned > captured is the row's outcome and the note names the rest (see docs/exchange.md).
3. Not a fact of this event, left out with the reason: a verb in a relative clause ("soldiers who had fled":
   background to another event), a verb after "to", a modal or a negation ("killed for trying to surrender", "urged
   to surrender"; "forced to abandon" is a fact), "abandoned" or "deserted" describing a place ("an abandoned camp",
   :mod:`.acled_described`), a flight with no post named by one person ("the leader fled the ambush"), and the
   military recapturing its own soldiers (:mod:`.acled_reasons` words every reason).
4. Captured is never surrendered: "captured as prisoners" alone is ``captured``; "surrendered and were captured"
   is ``surrendered``.
5. Who: the words of the clause before the verb (for an active "X captured Y", the words after it), see
   :func:`.acled_who.actor_in`; else the previous clause; else the ACLED actor that is not the one
   surrendered to. Members of a group going *to* the military are never junta personnel, nor anyone by default.
6. How many: :func:`.acled_words.count_in` on the same words; the note says why a count is empty.

>>> d = decide({"country": "Myanmar", "event_type": "Strategic developments",
...         "notes": "On 5 May 2024, 23 junta soldiers surrendered to the KNDF in Loikaw township.",
...         "actor1": "KNDF: Karenni Nationalities Defense Force", "actor2": "Military Forces of Myanmar (2021-)"})
>>> d.keep, d.outcome, d.actor, d.count_text
(True, 'surrendered', 'junta_army', '23')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..reference.acled_actors import actor_of
from ..vocab import TROOP_ACTORS
from . import acled_capture as cap
from . import acled_refer as refer
from . import acled_text as text
from .acled_border import ARMS_TO_HOSTS, BORDER, FOREIGN_HOSTS
from .acled_clause import BESIEGED_BY, clause, without_run_on
from .acled_corrected import added_later, corrected_figure, figure_told_next, same_people
from .acled_counted import counted, part_of_group, uncounted
from .acled_denied import denied_report
from .acled_described import PASSIVE_POSITIONS, describes_a_place
from .acled_nouns import A_MAN, APPOSED_FIGURE, FIGHTERS, HARMED_HIS_OWN, NUMBER_WORDS, PLURAL, WITH_HIS_MEN
from .acled_other_acts import A_CRIME, LOOTED
from .acled_places import (
    AN_ATTACK,
    WENT_HOME,
    away,
    names_positions,
    no_crossing,
    object_of,
    positions_in,
    positions_meant,
)
from .acled_reasons import LEFT_REASONS, PRIORITY
from .acled_scope import PROTEST_DISORDER, PROTEST_TYPES, in_myanmar
from .acled_sides import (
    SIDE,
    cdm_not_personnel,
    fallback_actor,
    heading_side,
    men_of_the_heading,
    named_in_the_actors,
    no_change,
    no_side_named,
    outside_heading,
    speakers_own,
    to_the_junta,
)
from .acled_subject import before_and, elided_passive, past_the_gerund, people_of_the_post, side_of, taken_from_post
from .acled_text import ASIDE, body, sentence, verbs
from .acled_told_before import told_before
from .acled_untold import claimed_surrender, not_this_events
from .acled_who import BY_AGENT, actor_in, actor_last, after_said, men_before
from .acled_words import bare_count, count_in

_OF_THE_SUBJECT = ("surrendered", "defected", "fled", "fled_across_border")  # facts whose words are who acted
#: between two verbs of one sentence, no subject of the second: 'deserted after refusing orders, and crossed'
_SHARED = re.compile(r"[^.;]*?(?:,\s*|\s)and\s+$", re.I)
_ANYONE = re.compile(rf"\b(?:{'|'.join(text.ANYONE_WORDS)})\b", re.I)
_OTHERS = re.compile(r"\b(?:others?|remaining|rest)\b", re.I)

_STRIKES = re.compile(r"\b(?:air ?strikes?|drone strikes?|shelling|bombing|bombardment)\b", re.I)
_RUINED = re.compile(r"^[^.;,]{0,60}?\b(?:in flames|in ruins|burning|destroyed|on fire)\b", re.I)
_THEY = re.compile(r"\s*they\s+(?:(?:had|have|were|then|later|eventually|finally|soon|all|also)\s+)*(?:forced to\s+)?$")
_SUBORDINATE_CUT = re.compile(r"\s*,?\s*(?:after|when|before|as|while|since|until|because|where)\b(?!\s+which)", re.I)
_SPACE_COMMA = re.compile(r"\s+,")  # 'township (Kale district, ...), and': the comma after the place, as written


@dataclass(frozen=True)
class Decision:
    keep: bool
    outcome: str = ""
    actor: str = ""
    count_text: str = ""
    reason: str = ""
    note: str = ""
    evidence: str = ""  # the sentence that states the fact


@dataclass(frozen=True)
class _Fact:
    outcome: str
    actor: str
    words: str  # the words that name the people (or positions)
    sentence: str = ""
    people: str = ""  # who left the positions ('50 soldiers abandoned the camp and fled': the same people fled)


def _remainder(fact: _Fact) -> bool:
    """'the remaining troops fled', 'some of the officers escaped' with no figure: a part of a group counted too."""
    part = cap.the_rest(fact.people or fact.words) or part_of_group(fact.words)
    return bool(part) and not (count_in(fact.words)[0] or bare_count(fact.words))


def _vague(fact: _Fact) -> bool:
    """True when a fact gives no figure: of two facts of one outcome, the row takes the one that counts."""
    return not (positions_in if fact.outcome.startswith("positions") else count_in)(fact.words)[0]


#: 'six men who had been conscripted ... deserted': conscripts, not civilians
_CONSCRIPTED = re.compile(
    rf"(?:^|[,;.]\s*|\b(?:and|then|said|that)\s+)(?:a group of\s+)?(?:(?:about|around|some|over)\s+)?"
    rf"(?:(?:\d[\d,]*|{NUMBER_WORDS})\s+)?(?:young\s+)?"
    r"m[ae]n\s+(?:who|that)\s+(?:had\s+)?(?:been|were)\s+(?:forcibly\s+)?conscripted\b"
    r"(?:(?!,\s+and\s+(?!who\b))(?:[^;.]|(?<=No)\.))*$",
    re.I,
)  # the subject itself: 'six men who had been conscripted ... deserted', not 'relatives of men who were ...'
_A_LEAD = re.compile(
    rf"\s*(?:after|following|during|amid|as|when|while|in|on|near|with|ahead of|{BESIEGED_BY.pattern})", re.I
)


def _positions(
    row: dict, kind: str, verb: str, before: str, after: str, subject: str, previous: str, earlier: str = ""
) -> _Fact | str:
    """Positions abandoned or handed over ('abandoned two camps', 'withdrew from the outpost'), or why none were."""
    if kind == "abandoned":
        after = positions_meant(before, after)  # 'took four camps after the soldiers abandoned them': the camps
    people = kind == "handed" and cap.person(subject) and subject.endswith(("were ", "was "))  # 'soldiers were handed'
    if not names_positions(verb, after) or people:
        return "handed" if kind == "handed" else "withdrew" if verb.lower().startswith("withdrew") else "a description"
    outcome = "positions_abandoned" if kind == "abandoned" else "positions_taken"
    led = _A_LEAD.match(subject) and subject.rpartition(", ")[2]  # 'ahead of a KIA push, members of the militia'
    who = speakers_own(before, earlier) or actor_in(led or subject) or actor_in(previous) or fallback_actor(row, after)
    if verb.lower() in ("left", "evacuated") and (actor_in(subject) in ("", "civilians") or AN_ATTACK.search(subject)):
        return "a description"  # 'teachers left their posts', 'the airstrike left the camp empty'
    owner = actor_in(object_of(after))  # 'PDF fighters retreated, leaving behind the junta camp': not theirs
    if verb.lower().startswith("leaving") and (
        owner
        and SIDE.get(owner, "") not in ("", SIDE.get(who, SIDE.get(owner)))
        or (AN_ATTACK.search(subject) or _STRIKES.search(subject))
        and (not PLURAL.search(subject) or SIDE.get(who) != "junta")  # 'airstrikes continued, leaving behind'
        or SIDE.get(who) != "junta"
        and _RUINED.match(after)
    ):
        return "a description"  # 'attacked the outpost, ... leaving behind the outpost in flames'
    if verb.lower() == "left" and WENT_HOME.search(after[:120]):
        return _Fact("fled", who, subject)  # 'left their posts and returned to their villages': they deserted
    return _Fact(outcome, who, object_of(after), people=subject if cap.person(subject) else "")


def _other_side(row: dict, words: str) -> str:
    """The actor of the one side ACLED names that is not the one the words name first (who acted), else unknown."""
    agent = SIDE.get(actor_in(words), "")
    sides = {actor_of(row.get(k, "")) for k in ("actor1", "actor2") if row.get(k)}
    others = [actor for side, actor in sides if side not in (agent, "unknown")]
    return others[0] if len(others) == 1 else "unknown"


def _whose(row: dict, subject: str, previous: str, before: str, after: str, earlier: str) -> tuple[str, bool]:
    """(whose people the subject names, True when a named side acted on them: 'the PDF surrounded ..., and they')."""
    who = speakers_own(before, earlier) or refer.whose_people(subject, previous) or actor_in(subject)
    who = men_before(subject, earlier + previous) or who if who == "civilians" else who  # 'the men had deserted'
    # 'captured 21 soldiers, and 7 others': the others are the people of the clause before, not its agent
    others = actor_last(BY_AGENT.sub("", previous)) if _OTHERS.search(subject) else ""
    them = refer.of_them(previous, after) if "of them" in subject.lower() else ""  # 'surrounded soldiers, six of them'
    said = after_said(previous)  # 'the PDF said that soldiers fled and that six surrendered': soldiers
    they = cap.pronoun(subject) or _THEY.match(subject)  # 'and they eventually surrendered'
    own = actor_in(refer.plight_words(said)) if they and not (who or others or them) else ""
    acted = bool(not (who or others or them or own) and they and (target := refer.acted_on(said)) is not None)
    if acted:
        who = target or _other_side(row, said)  # not the PDF
    who = named_in_the_actors(row, who or own)  # 'the soldiers were attacked ..., and they fled'; '12 personnel'
    return who or others or (them or actor_in(said) or cap.antecedent(earlier) if cap.pronoun(subject) else ""), acted


def _fact(row: dict, kind: str, verb: str, before: str, after: str, earlier: str = "") -> _Fact | str:
    """One verb of the notes -> the fact it states, or why it states none (``earlier``: the sentence before)."""
    if why := not_this_events(kind, verb, before, after, row.get("event_date") or row.get("notes", "")[:60], earlier):
        return why
    if why := told_before(kind, before, earlier, after):
        return why
    plain = without_run_on(_SPACE_COMMA.sub(",", ASIDE.sub(" ", before[-300:])))
    subject, previous = clause(plain)
    main = not previous or not _SUBORDINATE_CUT.match(plain, len(previous))  # not 'soldiers raided after the PDF ...'
    subject, previous = past_the_gerund(plain, subject, previous)
    subject = before_and(subject, plain)  # 'they had left the BGF and joined the KNLA': they
    lead, _, last = subject.rpartition(", ")
    if _A_LEAD.match(lead) and cap.person(last) and not cap.person(BESIEGED_BY.sub("", lead)):
        subject = last  # '(after the commander was killed) in a TNLA drone strike, the 43 remaining soldiers'
    if kind in ("surrendered", "defected") or verb.lower() in ("fled", "deserted"):  # not 'one escaped' the attack
        subject = elided_passive(subject, plain, after, passive=False)  # '3 were killed and a dozen fled': soldiers
    if of := claimed_surrender(verb, before, after):
        return _Fact("surrendered", actor_in(of.group(1)) or fallback_actor(row, after), of.group(1))
    if kind == "captured":
        subject = elided_passive(subject, plain, after)  # '3 soldiers were killed and 12 captured': 12 soldiers were
        found = cap.taken(row, verb, subject, previous, refer.of_the_killed(before, after), main)
        found = taken_from_post(found, previous + subject, earlier, before)  # 'Its men', 'nine of the defenders'
        return found if isinstance(found, str) else _Fact("captured", *found)
    if cap.kin(subject):
        return "relatives"  # 'wives and children of soldiers ... left the camp'
    if kind == "abandoned" and (passive := PASSIVE_POSITIONS.search(before[-120:])):
        words = passive.group(1)  # 'an outpost and two camps of the Myanmar military were abandoned'
        return _Fact("positions_abandoned", side_of(words) or actor_in(words) or fallback_actor(row, after), words)
    if kind in ("abandoned", "handed"):
        return _positions(row, kind, verb, before, after, subject, previous, earlier)
    left = kind == "joined" and refer.left_to_join(before, after, verb)  # 'left their post and joined the local PDF'
    if kind == "joined" and outside_heading(row, after, left, subject if verb == "joined" else "", plain + subject):
        return "joined"  # outside ACLED's heading (but 'left their post and joined the PDF'), or 'joined forces'
    if kind in ("defected", "joined") and no_side_named(verb, after):
        return "a description"  # 'came over to the village', 'went over to the offensive': no side named
    who, acted = _whose(row, subject, previous, before, after, earlier)
    post = people_of_the_post(subject, earlier, before)  # 'Its men'
    who = men_of_the_heading(row, kind, post or who if who in ("", "civilians", "unknown") else who, subject, after)
    if why := cdm_not_personnel(verb, who, before[-150:]):  # 'five civil servants ... joined the CDM'
        return why
    if why := no_change(row, kind, verb, who, left, after):
        return why
    conscripts = who == "civilians" and _CONSCRIPTED.search(before[-200:])
    if conscripts:
        who = "junta_army"  # 'six men who had been conscripted under the law deserted': conscripts
    if who == "civilians" and not cap.mixed(subject):  # '200 people, including soldiers and their dependents'
        anyone = _ANYONE.search(subject) or kind == "defected" and A_MAN.search(subject)  # 'a man defected'
        if kind not in ("surrendered", "defected") or not anyone:
            return "civilians"
        who = heading_side(row, after)  # '11 people defected to the PDF': unknown, unless ACLED's heading says
    if why := no_crossing(kind, verb, who, subject, after):
        return why  # 'crossed the river'; 'the family took refuge'; a retreat is a flight only into another country
    if kind == "fled" and not (away(after, subject) or BORDER.match(after) or verb.endswith("permission")):
        they = _THEY.match(subject) and who in TROOP_ACTORS and (acted or refer.they_are_the_subject(previous))
        armed = cap.ARMED_MEN.search(subject) and not A_CRIME.search(subject) or HARMED_HIS_OWN.search(plain)
        many = PLURAL.search(subject) or APPOSED_FIGURE.search(subject) or FIGHTERS.fullmatch(subject)
        many = many or WITH_HIS_MEN.search(subject) or post or cap.the_rest(subject)  # 'his deputy', 'the rest'
        if not (many or they or armed) or LOOTED.search(subject):  # 'looted shops in the village and fled'
            return "a description"  # not 'soldiers shelled the village, and they fled': villagers
    outcome = {"surrendered": "surrendered", "defected": "defected", "joined": "defected"}.get(kind, "fled")
    hosts = kind == "joined" and FOREIGN_HOSTS.match(after) or kind == "surrendered" and ARMS_TO_HOSTS.match(after)
    if outcome == "fled" and (text.border_after(after) or "asylum" in verb) or hosts:
        outcome = "fled_across_border"  # 'were received by Thai authorities': across a border, to no side
    if not who and cap.ARMED_MEN.search(subject):
        who = "unknown"  # 'ten armed men fled the village': of a side the notes do not name
    words = counted(subject, previous, after, bool(conscripts))
    if (receiver := to_the_junta(kind, verb, who, after)) == "own side":
        return receiver  # 'a soldier who had deserted turned himself in at the police station': his own side's
    who = receiver or who
    return _Fact(outcome, who or fallback_actor(row, after), words)


def decide(row: dict) -> Decision:
    """Keep this ACLED event as a row, or leave it out with a reason (see the module's rule)."""
    if not in_myanmar(row):
        return Decision(False, reason="outside Myanmar")
    if row.get("event_type", "") in PROTEST_TYPES or row.get("disorder_type", "") == PROTEST_DISORDER:
        return Decision(False, reason="a protest or riot")
    said = body(row.get("notes", ""))
    facts, why, told = [], [], (-1, "")  # told: where the last fact's verb ended, and who it named
    found = verbs(said)
    acts = tuple(m.start() for m in found)
    for m in found:
        start, end = sentence(said, m.start())
        earlier = said[max(0, start - 300) : start]
        before = said[start : m.start()]
        shared = m.lastgroup != "joined" and start <= told[0] and _SHARED.match(said, told[0], m.start())
        shared = shared and not describes_a_place(m.lastgroup, before[-90:])  # 'left the post empty and deserted'
        if shared and not cap.person(said[told[0] : m.start()]):  # not 'deserted the station and joined': read whole
            before = told[1]  # 'eight police officers deserted after refusing orders, and crossed': the same people
        found = _fact(row, m.lastgroup, m.group(0), before, said[m.end() : end], earlier)
        if isinstance(found, _Fact) and (found.outcome in _OF_THE_SUBJECT or found.people):
            told = (m.end(), found.people or found.words)
        if isinstance(found, _Fact) and denied_report(said, start, end, m.start(), found.actor, row):
            why.append("not done")  # 'a local media outlet reported that ... The CDF denied the report.'
        elif isinstance(found, _Fact):
            facts.append(replace(found, sentence=said[start:end]))
        else:
            why.append(found)
    if not facts:
        return Decision(
            False, reason=LEFT_REASONS[why[0]] if why else "not a surrender, defection, desertion or capture"
        )
    # named people first, and people other than "the rest" (who fled after the others were taken)
    bare = [uncounted(f.words) for f in facts]  # people with no figure: after people with one, if any has one
    counted = any(bare) and any(not f.outcome.startswith("positions") and not _vague(f) for f in facts)
    later = [f.actor == "unknown" or _remainder(f) or counted and b for f, b in zip(facts, bare, strict=True)]
    rank = [(after, PRIORITY.index(f.outcome)) for after, f in zip(later, facts, strict=True)]
    first = [f for f, r in zip(facts, rank, strict=True) if r == min(rank)]
    fact = min(first, key=_vague) if len(first) > 1 else first[0]
    fact = next((f for f in facts if f.outcome == "fled_across_border" and same_people(f, fact)), fact)
    positions = fact.outcome.startswith("positions")
    count, count_note = positions_in(fact.words) if positions else count_in(fact.words)
    notes = [count_note] if count_note else []
    at = said.find(fact.sentence)
    if fixed := corrected_figure(said, at, at + len(fact.sentence), fact.outcome, acts, fact.words):
        count, notes = fixed, [*notes, f"the notes correct the figure first told to {fixed}"]
    elif (more := added_later(count, fact, facts))[1]:
        count, notes = more[0], [more[1]]  # 'Later that night, eleven more soldiers ... also surrendered'
    if not count and not positions and (told := figure_told_next(said, at + len(fact.sentence), fact.outcome, at)):
        count, notes = told, [f"the figure {told} is told in the sentence after the event"]
    others = sorted({f.outcome for f in facts if f.outcome != fact.outcome}, key=PRIORITY.index)
    if others:
        notes.append(f"the notes also say {', '.join(o.replace('_', ' ') for o in others)} (one row per event)")
    actor = "mixed" if not positions and cap.mixed(fact.words) else fact.actor
    if actor == "mixed":
        notes.append("one figure for personnel and relatives, not split: actor mixed, never counted as personnel")
    elif not positions and cap.relatives_named(said):
        notes.append("relatives named in the notes are not counted")
    return Decision(True, fact.outcome, actor, count, "", "; ".join(notes), fact.sentence)

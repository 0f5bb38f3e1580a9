"""Clauses of an ACLED note for :mod:`.acled_select`: the words before a verb (its subject) and the clause before them.

A clause ends at a boundary (a verb of killing or wounding, 'said that', ', and the ...', 'while', a subordinator)
once its own verb has been told; an opening clause ('after a siege by the CNA, the CDF and the PDF,') belongs to
none; a pronoun that is the subject of two verbs ('they had left the BGF and joined') stands for both.

>>> clause("the AA surrounded the station, and 23 police officers ")[0]
'23 police officers '
>>> clause("9 soldiers died and eleven others ")
(' and eleven others ', '9 soldiers ')
"""

from __future__ import annotations

import re

#: a small figure that opens a clause after ', and' or 'and' ('and 4 others surrendered')
_SMALL_FIGURES = r"one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*"
#: a siege told before its people: 'surrounded by PDF fighters, 20 soldiers': the fighters are not the subject
BESIEGED_BY = re.compile(r"\b(?:surrounded|besieged|encircled|outnumbered|trapped|cut off)\s+by\b[^,]*", re.I)
_LEAD_WORDS = (  # a lead after ', and' before the subject: 'in nearby Ywa Thit village', 'on seeing PDF fighters,'
    r"(?:(?:in|on|at(?!\s+least)|by|during|upon)(?:\s+(?:the\s+)?[\w'’-]+){1,5}?|(?:later|then)(?:\s+\w+){0,2}?),?\s+"
)
_DETERMINED = (
    rf"(?:the|its|their|they|another|about|around|over|nearly|some|roughly|approximately|at least|{_SMALL_FIGURES})\b"
)
_BOUNDARY = re.compile(
    r"\b(?:(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded)|died|killed|"
    r"(?<!several )(?<!some )(?<!many )(?<!the )(?<!two )(?<!three )(?<!\ba )(?<!\ban )(?<!of them )"
    r"(?:injured|wounded)(?!\s+(?:m[ae]n|soldiers?|troops?))|"
    r"reported that|(?:reported|announced|confirmed|claimed|stated),?\s+(?:in|on|via|through)\s[^,;.]{1,60}?,?\sthat|"
    r"told (?:[\w'-]+\s+){0,5}?that|stated that|announced that|confirmed that|added that|"
    r"claimed that|said(?: that)?|"
    r"(?:claimed|alleged)(?=\s+(?:the\s+)?(?:military|junta|regime|army|soldiers|troops|police)\b)|"
    rf"claimed(?=\s+(?:about|around|over|more than|at least|some|{_SMALL_FIGURES})\b)|"
    r"(?<=\w )but(?=\s+(?:the|its|their|\d|one|two|three|about|around|over|some))|"
    rf"and that(?=\s+(?:the|its|their|another|some|most|all|they|he|she|it|{_SMALL_FIGURES}|(?-i:[A-Z]))\b)|"
    rf",\s+(?:and|but)\s+(?=(?:{_LEAD_WORDS}|that\s+\w+,?\s+)?"
    r"(?:the|its|their|they|another|an?(?=\s+\w)|about|around|over|nearly|at least|more than|as many as|up to|almost|"
    r"roughly|approximately|soldiers|troops|police|policem[ae]n|navy|naval|army|junta|military|militia|conscripts|members|"
    r"personnel|residents|villagers|locals|civilians|people|between|a further|further|several|some|many|most|dozens|"
    rf"hundreds|scores|{_SMALL_FIGURES})\b)|while|"
    rf"(?<!\d )(?<!between \w{{3}} )and(?=\s+(?:{_SMALL_FIGURES}|a (?:hundred|thousand)|the|they|at least|about|around|"
    r"over|more than|nearly|"
    r"some|several|many|most|all|scores|hundreds|dozens|villagers|residents|locals|civilians|(?-i:[A-Z]{2,}))\s)|"
    r"(?<!working )(?<!serving )(?<!employed )(?<!posted )(?<!many )(?<!known )(?<!disguised )(?<!dressed )(?<!used )"
    r"as(?!\s+many\b)|"
    r"(?:after|during|following|upon) which|whereupon|(?<=,\s)(?:and\s+)?then(?=\s)|after|because|when|"
    r"since(?!\s+(?:(?:early|mid-?|late)\s+)?(?:\d{4}|the\s+\d{4}|the\s+(?:19|20)\d0s|colonial|its\s+formation|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))|"
    r"before|until|where)\b|;|(?-i:(?<![A-Z])):(?=\s)(?!\s+(?-i:LIB|IB|No\.))",  # not 'PDF: People's Defense Force'
    re.I,
)
#: a verb before ', and the ...': only then does the comma end a clause ('soldiers from LIB 123, and the police')
_A_VERB = re.compile(
    r"\b(?:(?!hundred\b)\w+ed|was|were|had|took|seized|overran|overrun|fought|held|left|fled|ran|lost|set fire|beat|"
    r"shot|struck|hit|cut|sent|kept)\b",
    re.I,
)
#: a verb that ends a clause before 'and 20 troops ...' (not a participle: 'soldiers based in X and 20 police')
_FINITE = re.compile(
    r"\b(?<!-)(?!(?:based|stationed|posted|armed|deployed|trained|named|called|wounded|injured|killed|detained|hundred|"
    r"unidentified|suspected|combined|allied|united|alleged|masked|uniformed|retired|disguised)\b)"
    r"(?!(?:accompanied|led|followed|backed|supported|escorted)\s+by\b)"
    r"(?:\w+ed|took|seized|overran|overrun|fought|held|fled|ran|found|caught)\b|\b(?:killed|wounded|injured)\s+(?:\d|one|two|three|a\b)",
    re.I,
)
_OF_PEOPLE = re.compile(
    r"\s+(?:junta\s+|military\s+|government\s+)?(?:soldiers|troops|police|personnel|members|men|forces)\b", re.I
)
#: an aside after a comma: the words before it are a subject ('while about 70 soldiers, including officers,')
_ASIDE_NEXT = re.compile(
    r"\s*(?:including|among (?:them|whom)|(?:most|many|some|several) of (?:them|whom)|mostly|"
    r"along with|together with|with their|facing|unable|in a panic|numbering|the entire|about \d+ in all)\b",
    re.I,
)
#: a comma-part that names no agent of its own: an aside, a relative clause, a sentence adverb
_ASIDE_PART = re.compile(
    r"\s*(?:backed|supported|accompanied|led|followed|escorted|joined|assisted|aided|together with|along with|based|"
    r"stationed|deployed|posted|disguised|dressed|armed|carrying|including|numbering|"
    r"reportedly|according to|which|who|whom|whose|that|in the|in an?|on|at around|at about|with the help)\b",
    re.I,
)
#: words that open a comma-part and join it to the one before: what follows may have its own subject ('then PDF
#: fighters ambushed them') or be an aside ('after clashing with the PDF')
_CONNECTOR = re.compile(
    r"\s*(?:and\s+)?(?:then|when|while|as|whereas|where|whereupon|(?:after|during|following|upon) which|after|before|"
    r"during|following|however|meanwhile|in turn|in response|later|subsequently)\b\s*",
    re.I,
)
#: a pronoun subject whose agent is the clause before ('the military said that it had arrested')
IT_ACTS = re.compile(
    r"\s*(?:it|they|(?:its|their) (?:troops|forces|members|fighters|men))\s+(?:(?:had|has|have|also|then|later)\s+)*$",
    re.I,
)
_THEN = re.compile(r"\s*(?:and\s+)?(?:then|later|also|subsequently)?\s*", re.I)
_ACCORDING = re.compile(r"\baccording to\s+([^,]+)", re.I)
_PASSIVE_BY = re.compile(r".*?\bby\s+((?:the\s+)?[^,;]+?)(?:\s+which\b|\s*$)", re.I)
_BE_BEFORE = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?$", re.I)  # the clause's own verb in the passive
_SPEAKER_THAT = re.compile(
    r"\b(?:said|stated|claimed|reported|announced|confirmed|told (?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+that\b))"
    r"(?:\s+that)?\s+",
    re.I,
)
_SUBORDINATE = re.compile(r"(?i)after|while|as|because|when|since|before|until|where")
#: a clause that opens the words with a participle or a subordinator and closes with a comma
_LEAD = re.compile(rf"\s*{_LEAD_WORDS}(?={_DETERMINED})", re.I)
_OPENING = re.compile(
    r"(?i)\s*(?:following|after|when|while|as(?!\s+many\b)|because|since|before|until|once|according to|amid|amidst|"
    r"during|by the time|on (?:seeing|hearing|learning)|upon|with|on the [\w-]+ (?:day|night|morning) of)\b"
    r"(?:[^,;]|(?<=\d),(?=\d{3}))*,(?!\d{3})"
)
#: an opening clause whose first comma ends a name goes on over a list of names, to 'and' one ('after a siege by
#: the CNA, the CDF and the PDF,'; 'after the MNDAA, TNLA and PDF attacked the town,')
_NAME_ENDS = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s*$")
_LIST_GOES_ON = re.compile(
    r"(?:,\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*)+,?"
    r"\s+and\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*[^,;]*,(?!\d{3})",
    re.I,
)


def _after_a_verb(before: str, cut: re.Match) -> bool:
    """', and' after a verb, or 'and' after a finite verb with a subject before it ('the AA attacked a police outpost
    and the police'; not 'Besieged soldiers and the police')."""
    if cut.group(0) != "and":
        return _A_VERB.search(before, 0, cut.start()) is not None
    if (
        _WITH_KIN.search(before, 0, cut.start())
        and _KIN_NEXT.match(before, cut.end())
        or _SCALE_AND.search(before, 0, cut.start())
    ):
        return False  # 'arrived with his wife and two children and defected'; 'one hundred and twelve': one figure
    start = before.rfind(",", 0, cut.start()) + 1
    verb = next(
        (
            v
            for v in _FINITE.finditer(before, start, cut.start())
            if not (_BY.match(before, v.end()) and not _BE_BEFORE.search(before, 0, v.start()))
        ),
        None,
    )  # 'soldiers surrounded by KIA and PDF fighters' has no verb yet; 'the camp was surrounded by the KIA and' has
    if verb is None or not before[: verb.start()].strip():
        return False
    that = before.rfind(" that ", verb.end(), cut.start())  # 'claimed that a police captain and 18 officers': one
    if that != -1 and not _FINITE.search(before, that + 6, cut.start()):
        return False
    # a verb that opens its segment after a comma has its subject before the aside ('the PDF, supported by the KIA,
    # attacked the camp and'), unless it is an adjective of people ('After a siege, trapped soldiers and 20 police')
    opened = start and _opening_end(before, 0) == start  # 'After a three-day siege,' opens the words
    return bool(before[start : verb.start()].strip()) or not (opened and _OF_PEOPLE.match(before, verb.end()))


def _opening_end(before: str, at: int) -> int | None:
    """Where an opening clause that starts at ``at`` ends (after its comma), or None when none starts there."""
    opening = _OPENING.match(before, at)
    if not opening:
        return None
    comma = opening.end() - 1
    listed = _NAME_ENDS.search(before, at, comma) and _LIST_GOES_ON.match(before, comma)
    return listed.end() if listed else opening.end()


def first_agent(previous: str) -> str:
    """Who acts in a clause that runs on to a second verb ('the PDF ambushed a column, killed two soldiers and'):
    the part of ``previous`` whose verb has a subject (parts that open with their verb, 'searched houses', and
    asides, 'backed by militia', 'which had arrived', hand on to the part before), the passive's agent ('was
    ambushed by the PDF'), else the name before the verb, for a pronoun the speaker ('the PDF said that it
    ambushed', 'according to the PDF, its troops'); '' when none is named.

    >>> first_agent("after soldiers raided the village, the PDF attacked the column, ")
    'resistance'
    >>> first_agent("soldiers entered the village, searched houses, ")
    'junta_army'
    >>> first_agent("the KIA, which had besieged it, stormed it, ")
    'armed_group'
    """
    from .acled_who import actor_last  # here, not at the top: acled_who reads clauses too

    agent = agent_of(previous)
    return actor_last(previous) if agent is None else agent


def agent_of(words: str, strict: bool = False) -> str | None:
    """The agent :func:`first_agent` reads in ``words``; None when no comma-part of them names one (only verbs
    and asides: 'killed two soldiers ').

    >>> agent_of(" killed two "), agent_of("soldiers raided the village, after which the PDF attacked them")
    (None, 'resistance')
    """
    from .acled_who import actor_in, actor_last  # here, not at the top: acled_who reads clauses too

    parts = words.split(",")
    handed = False  # a part that opened with its verb: its subject is in a part before
    for i in range(len(parts) - 1, -1, -1):
        part = parts[i]
        if _ASIDE_PART.match(part) or not part.strip():
            continue  # 'backed by militia', 'which had arrived from Kale', 'according to the PDF'
        joined = _CONNECTOR.match(part)
        part = part[joined.end() :] if joined else part  # 'then PDF fighters ambushed them': PDF fighters
        verb = _FINITE.search(part)
        if not verb:
            if handed and not joined and part.strip():
                return None if strict else actor_in(part)  # 'the military, ..., stormed it, killed': the military
            continue  # 'meanwhile', 'after clashing with the PDF': no agent of its own
        if not part[: verb.start()].strip(" ,") or _THEN.fullmatch(part[: verb.start()]):
            handed = True
            continue  # 'searched houses', 'and then opened fire': the subject is before
        if (by := _PASSIVE_BY.match(part)) and by.start(1) > verb.start() and _BE_BEFORE.search(part, 0, verb.start()):
            return actor_in(by.group(1))  # 'a column was ambushed by the PDF, which killed ...'
        said = _SPEAKER_THAT.search(part, 0, verb.start())
        named = part[said.end() if said else 0 : verb.start()]
        if IT_ACTS.match(named):  # 'the PDF said that it ambushed a column': the PDF
            speaker = part[: said.start()] if said else ",".join(parts[:i])
            return (actor_in(speaker) if said else actor_last(_ACCORDING.sub(r"\1", speaker))) or None
        return actor_in(named)
    return None


def _own_verb(words: str) -> bool:
    """True when the words have a verb of their own, not one in a relative clause ('70 soldiers who had defended
    the camp') nor an adjective of people ('the trapped soldiers', '70 besieged soldiers')."""
    words = _WHO_CLAUSE.sub(" ", words)
    return any(
        not (_DETERMINER.search(words, 0, v.start()) or not words[: v.start()].strip()) for v in _FINITE.finditer(words)
    )


#: 'with his wife' before 'and': the relatives who came with someone, not the end of a clause
_WITH_KIN = re.compile(
    r"\bwith\s+(?:his|her|their)\s+(?:\w+\s+)?(?:wife|wives|husband|famil(?:y|ies)|sons?|daughters?|children|"
    r"parents|mother|father)\s+$",
    re.I,
)
#: ... when relatives follow 'and' ('with his wife and two children'; not 'with his wife and two other soldiers')
_KIN_NEXT = re.compile(
    r"\s+(?:(?:his|her|their|\d+|a|an|[a-z]+)\s+)?(?:young\s+|small\s+)?(?:children|child|sons?|"
    r"daughters?|famil(?:y|ies)|parents|relatives|wives|husbands?|bab(?:y|ies)|mother|father)\b",
    re.I,
)
_SCALE_AND = re.compile(r"\b(?:hundred|thousand)\s+$", re.I)
_BY = re.compile(r"\s+by\b")  # 'raided by PDF and KNDF fighters': a participle, not the clause's verb
_WHO_CLAUSE = re.compile(r"\b(?:who|that|which)\b.*$", re.I)
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|\d+|some|all)\s+$", re.I)


#: inside a relative clause ('a conscript who had been posted to the battalion [after the first intake]'): its
#: 'after' or 'when' is no clause of the sentence's own
_IN_RELATIVE = re.compile(r"\b(?:an?|one|the)\s+[\w-]+(?:\s+(?:from|of)\s+[\w-]+)?\s+who\s+had\s+been\s+[^,;.]*$", re.I)


def clause(before: str) -> tuple[str, str]:
    """(this clause's subject words, the previous clause) from the words before a verb; a subordinate clause
    closed by a comma ('after the PDF attacked the post, the police ...') is the previous clause.

    >>> clause("following the KNLA's attack on the camp, about 70 soldiers ")
    (' about 70 soldiers ', '')
    >>> clause("the AA surrounded the station, and 23 police officers ")[0]
    '23 police officers '
    >>> clause("the AA attacked the camp, and the soldiers "), clause("soldiers from LIB 123, and the police, ")
    (('the soldiers ', 'the AA attacked the camp'), ('soldiers from LIB 123, and the police, ', ''))
    """
    cuts = [
        c
        for c in _BOUNDARY.finditer(before)
        if (not c.group(0).startswith((",", "and")) or _after_a_verb(before, c))
        and not _IN_RELATIVE.search(before, 0, c.start())
    ]  # ', and the ...', 'and 4 others' end a clause only after its verb ('captured 12 soldiers and 4 others')
    if (
        cuts
        and _SUBORDINATE.fullmatch(cuts[-1].group(0))
        and (comma := before.find(",", cuts[-1].end())) != -1
        and not (_ASIDE_NEXT.match(before, comma + 1) and not _own_verb(before[cuts[-1].end() : comma]))
    ):  # 'while about 70 soldiers, including officers, surrendered': no clause of its own before the comma
        opening = _opening_end(before, cuts[-1].start())  # 'after the PDF attacked, they fled': not the PDF
        return before[opening or comma + 1 :], ""
    start = cuts[-1].end() if cuts else 0
    if cuts and cuts[-1].group(0).startswith(",") and (lead := _LEAD.match(before, start)):
        start = lead.end()  # ', and at the KIA's Mansi camp about 20 soldiers': the soldiers
    if opening := _opening_end(before, start):
        return before[opening:], ""
    return (before[start:], before[: cuts[-1].start()]) if cuts else (before, "")


_RUN_ON = re.compile(
    r"\swho\s+(?:(?:had|has|have|were|was|been)\s+){0,2}(?:\w+(?:ing|ed)|sent|held|kept|brought|caught|taken)\b"
    r"[^,;()]*$",
    re.I,
)
_OWN_SUBJECT = re.compile(
    r"\b(?:when|while|after|before|as|because|until|whereas)\s+"
    r"(?:the|its|their|\d|some|many|most|all|other|several|hundreds|thousands|dozens)\b",
    re.I,
)
_A_VERB_AFTER = re.compile(
    r"\b(?!(?:based|stationed|posted|deployed|armed|trained|named|called)\b)(?:\w+ed|took|fought|ran|fled|left|came|went|began|broke|withdrew|fell|overran|won|lost|drove|"
    r"struck|swept|gave)\b",
    re.I,
)
_AUXILIARY = re.compile(r"\b(?:were|was|had|has|have|been|being)\s*$", re.I)


def without_run_on(before: str) -> str:
    """The words before a verb without a relative clause that runs up to it, commas or not ('70 soldiers who had
    been hiding in the hills since December crossed ...': the soldiers crossed), unless it ends on the verb's
    own auxiliary ('soldiers who had fled were captured')."""
    low = before.lower()
    run = _RUN_ON.search(before) if " who " in low else None
    own = _OWN_SUBJECT.search(run.group(0)) if run else None
    if own and not _A_VERB_AFTER.search(run.group(0), own.end()):
        return before  # 'men who had stayed behind when the other residents fled': the residents fled
    return before[: run.start()] + " " if run and not _AUXILIARY.search(run.group(0)) else before

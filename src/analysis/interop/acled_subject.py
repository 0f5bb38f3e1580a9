"""Whose words are the subject of a verb when other words stand between them (for :mod:`.acled_select`): a verb
after 'after leaving his unit and' has the main clause's subject; a verb after what a video, a post or a side
'showed' has the people shown ('released a video showing 12 soldiers surrendering': the soldiers).

>>> past_the_gerund("a video showing 12 soldiers ", "a video showing 12 soldiers ", "")
('12 soldiers ', '')
>>> past_the_gerund("12 soldiers showed a white flag and ", "12 soldiers showed a white flag and ", "")[0]
'12 soldiers showed a white flag and '
"""

from __future__ import annotations

import re

from ..vocab import TROOP_ACTORS
from .acled_clause import clause
from .acled_nouns import AND_THEN, FIGURE_QUALIFIERS, HARMED, NUMBER_WORDS, PERSON
from .acled_text import HOLDING_IT
from .acled_who import BY_AGENT, OTHER_SIDES, actor_in, actor_last
from .acled_words import bare_count

_GERUND_AND = re.compile(r"\s*\w+ing\b[^,;]*\band\s*$", re.I)  # 'leaving his unit and'
_AFTER_CUT = re.compile(r"\s*,?\s*(?:after|before|since)\s", re.I)
#: what is shown: 'released a video showing 12 soldiers', 'the military showed 12 PDF members surrendering'
_SHOWN = re.compile(
    r"\b(?:(?:show|depict)(?:s|ed|ing)?|(?:photos?|videos?|footage|images?|pictures?)\s+of)\s+((?:(?!\b(?:show|depict))[^.;])+)$",
    re.I,
)  # 'released a video of 12 soldiers surrendering': the soldiers
#: ... when people open it ('about 30 soldiers from LIB 250'), not 'no resistance to the KIA troops and', 'their ID
#: cards to PDF members,' nor people with a second object ('TNLA fighters the way out')
_PEOPLE_FIRST = re.compile(
    rf"(?!\s*(?:alongside|beside|with|next to)\b)\s*(?:in\s+(?:a|the)\s+\w+\s+)?(?:that\s+)?(?:{FIGURE_QUALIFIERS}\s+)?"
    rf"(?:(?:the|a|an|{NUMBER_WORDS}|several|some|dozens of)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON})\b",
    re.I,
)
_AN_OBJECT = re.compile(r"\s+(?:the|a|an)\s", re.I)


def past_the_gerund(plain: str, subject: str, previous: str) -> tuple[str, str]:
    """(subject, previous clause) of a verb after 'after leaving his unit and': the main clause's, whose subject
    did both ('a soldier reached the area after leaving his unit and joined the PDF': the soldier); after a video
    'showing' people, the people.

    >>> past_the_gerund("2 soldiers fled after leaving their base and ", " leaving their base and ", "2 soldiers fled ")
    ('2 soldiers fled ', '')
    """
    if previous and _GERUND_AND.match(subject) and _AFTER_CUT.match(plain, len(previous)):
        return clause(previous)
    shown = _SHOWN.search(subject)  # 'released a video (that it claimed to) show(ing) 12 soldiers surrendering'
    people = shown and _PEOPLE_FIRST.match(shown.group(1))
    if people and not _AN_OBJECT.match(shown.group(1), people.end()):
        return shown.group(1), previous
    return subject, previous


#: '3 soldiers were killed(, 4 wounded) and' before a figure: the people the figure counts, and that it is a passive
_KILLED_FIRST = re.compile(
    rf"\b(?:{NUMBER_WORDS}|an?)\s+((?:(?!(?:{NUMBER_WORDS})\b)[\w'’-]+\s+){{0,3}}?(?:{PERSON}))\s+(?:were|was)\s+"
    rf"(?:\w+ly\s+)?(?P<how>killed|wounded|injured|captured)(?:\s*,?\s*(?:and\s+)?(?:{NUMBER_WORDS})\s+(?:killed|wounded|injured))*"
    r"\s*,?\s*(?:and\s*)?$",
    re.I,
)
_FIGURE = rf"(?:{FIGURE_QUALIFIERS}\s+)?(?:\d[\d,]*|{NUMBER_WORDS})"
_BARE_FIGURE = re.compile(rf"\s*,?\s*(?:and\s+)?({_FIGURE})(?:\s+(?:others|more))?\s*", re.I)
_FIGURE_PEOPLE = re.compile(rf"\s*(?:and\s+)?({_FIGURE}\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON}))\s*", re.I)
_PEOPLE_AFTER = re.compile(  # '12 captured soldiers held since March', '12 captured weapons were burned'
    rf"(?!\s+(?:by|when|while|as|after|before|until)\b)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON})\b|\s+(?!(?:by|in|at|on|near|during|after|and|as|from|while|"
    r"when|but|with|alive|later|including|along|together|to|into|across|for|each|that|this|the|was|were)\b)[a-z]+s\b",
    re.I,
)


def _plural(noun: str) -> str:
    """'soldier' -> 'soldiers', 'policeman' -> 'policemen', 'soldiers' as it is."""
    return noun if noun.endswith(("s", "men")) else noun[:-3] + "men" if noun.endswith("man") else noun + "s"


def elided_passive(subject: str, plain: str, after: str = "", passive: bool = True) -> str:
    """The subject of a capture told after a passive with its verb left out ('3 soldiers were killed and 12
    captured': '12 soldiers were '), else ``subject`` as it is (``plain``: the words before the verb, ``after``:
    those after it; '12 captured soldiers held since March' is no capture); with ``passive`` False, the people of
    another verb left out ('3 soldiers were killed and about a dozen fled': 'about a dozen soldiers ').

    >>> elided_passive(" 12 ", "the KIA attacked; 3 soldiers were killed and 12 ")
    '12 soldiers were '
    >>> elided_passive(" 2 PDF fighters ", "3 soldiers were killed and 2 PDF fighters ")
    '2 PDF fighters were '
    """
    end = len(plain) - len(subject)
    low = plain[max(0, end - 160) : end]
    people = any(w in low.lower() for w in ("killed", "wounded", "injured", "captured")) and _KILLED_FIRST.search(low)
    if not people or _PEOPLE_AFTER.match(after) or passive and people["how"] == "captured":
        return subject
    were = " were " if passive else " "
    if subject.strip().lower() in ("another", "and another"):
        return f"another{were}"  # 'a soldier was killed and another captured'
    if figure := _BARE_FIGURE.fullmatch(subject):  # 'a police officer was killed and two fled': two police officers
        return f"{figure.group(1)} {_plural(people.group(1))}{were}"
    named = _FIGURE_PEOPLE.fullmatch(subject)
    return f"{named.group(1)}{were}" if named and passive else subject


#: people named by the post they held: 'Its men', "The post's men", 'Those on duty', 'Those stationed there'
_ITS_PEOPLE = re.compile(
    r"(?:^|,)\s*(?:(?:[\w-]+\s+of\s+)?(?:its|the\s+(?:post|camp|base|station|outpost|checkpoint|unit|column|garrison)['’]s)\s+"
    r"(?:\d[\d,]*\s+)?(?:(?:remaining|surviving|last)\s+)?(?:men|members|personnel|staff|troops|occupants|defenders|officers)|"
    r"those\s+(?:on duty|stationed|posted|inside|manning|guarding))\b|"
    r"^\s*the\s+column\s*$|"  # 'The column fled' (after 'a column of about 100 soldiers')
    r"\b(?:defenders|garrison|occupants)\b|"  # 'nine of the defenders', 'the remaining 35' after '18 of the defenders'
    r"\bits\s+(?:men|personnel|staff|troops|defenders)(?:\s+(?:were|was|had|have|then|also|later))*\s*$|"
    rf"\bm[ae]n\s+{HOLDING_IT}",
    re.I,
)  # 'Those on duty fled', 'On the third evening its men laid down', 'Eleven of its men were captured'
#: 'the IB-39 guard post', "the village's Pyu Saw Htee post", "IB 99's hilltop camp", not 'an IDP camp'
_A_POST = re.compile(
    r"\b(?:the|an?|its|their|[\w-]+(?:\s\d+)?['’]s)\s+(?:(?!(?:the|an?|its|their)\s)[\w'’.-]+\s+){0,4}?"
    r"(?:post|camp|base|station|outpost|checkpoint|column|garrison|company|platoon|headquarters)s?\b"
    r"(?:(?:\s+(?:of|from)\s+|,?\s+(?:held|manned|garrisoned)\s+by\s+)(?:the\s+|an?\s+)?(?:(?:company|platoon)\s+of\s+)?"
    r"(?:(?:about|around|some|over|nearly|\d[\d,]*)\s+)*[\w-]+(?:\s\d+)?)?",  # 'a column of IB-54', 'of about 60 men'
    re.I,
)
#: the post an attack was aimed at: 'a PDF column attacked the police station', 'left their base and raided the post'
_ATTACKED = re.compile(
    r"\b(?:attack|shell|overr[au]n|raid|storm|struck|strik|bomb|seiz|besieg|surround|assault|hit|target|ambush)"
    r"\w*\s+(?:on\s+|at\s+)?$",
    re.I,
)
#: a sentence's end, not that of 'No. 3' or 'Bogyoke St.'
_SENTENCE_END = re.compile(r"(?<!\bNo)(?<!\bSt)[.;]\s+")


def people_of_the_post(subject: str, earlier: str, before: str) -> str:
    """Whose people 'Its men', 'Eleven of its men' or 'Those on duty' are: the side of the post (or unit) attacked,
    else of the first that is a side's, named with an article or a possessive, in the last sentence of the words
    before the subject (``earlier``, the sentence before, and ``before``, this one's words up to the verb) that
    names one (of the last two; 'attacked the IB-39 guard post. Its men ran off': soldiers; 'a
    PDF column bombed the village police station. Those on duty left': police; 'the hilltop camp, held by a company
    of LIB-274. Its men': soldiers), '' when the subject is no such phrase or the post is no side's ('struck the
    railway station near the LIB 12 camp. Those on duty fled': the station's).

    >>> people_of_the_post("Its men ", "resistance fighters attacked the IB-39 guard post at dawn. ", "Its men ")
    'junta_army'
    >>> people_of_the_post("Those on duty ", "a PDF drone team bombed the village police station. ", "Those on duty ")
    'police'
    """
    if not _ITS_PEOPLE.search(subject):
        return ""  # most subjects: no post's people, and no sentence to split
    told = earlier + before[: max(0, len(before) - len(subject))]
    post = ""
    for last in _SENTENCE_END.split(told.rstrip(". "))[-1:-3:-1]:  # the sentence before, else the one before it
        posts = list(_A_POST.finditer(last))
        aimed = [p for p in posts if _ATTACKED.search(last[max(0, p.start() - 20) : p.start()])]
        if posts:  # the post attacked, else the first named that is a side's
            post = aimed[0].group(0) if aimed else next((p.group(0) for p in posts if side_of(p.group(0))), "")
            break
    return side_of(post)


_POLICE_POST = re.compile(r"\bpolice\s+(?:station|post|outpost|checkpoint)", re.I)
_ARMY_TOO = re.compile(r"\b(?:military|army)\s+(?:and\s+police\b|(?:camp|base|post|outpost)s?\b)", re.I)  # both


def side_of(post: str) -> str:
    """The side whose people a post names ('the Tabayin police station': police; 'military and police posts':
    junta_personnel, as are a police post and an army camp; 'a PDF camp': resistance), else ''."""
    if _POLICE_POST.search(post):
        return "junta_personnel" if _ARMY_TOO.search(post) else "police"  # 'a police outpost ... and an army camp'
    side = actor_in(post) if post else ""
    return side if side in (*TROOP_ACTORS, *OTHER_SIDES) else ""  # 'raided a PDF camp. Its men fled': the PDF's


def taken_from_post(found: tuple[str, str] | str, subject: str, earlier: str, before: str) -> tuple[str, str] | str:
    """A capture's (whose people, the words that count them), the people's side taken from the post named before
    when the capture names none ('raided a Pyu Saw Htee post. Its men were captured': militia; the subject may be a
    whole clause: '18 of the defenders were killed and the remaining 35'); a reason (no capture) as it is.

    >>> taken_from_post(("unknown", "nine"), "nine of the defenders had been ", "TNLA troops attacked the IB-202 "
    ...     "camp. ", "By evening nine of the defenders had been ")
    ('junta_army', 'nine')
    """
    if isinstance(found, str) or found[0] != "unknown":
        return found
    return (people_of_the_post(subject, earlier, before) or found[0], found[1])


_PRONOUN_AND = re.compile(
    r"\s*(they|he|she)\s+(?:had|has|have|\w+ed|left|went|came|took|ran|fled)\b[^,;]*\band\s*$", re.I
)
#: 'Of the roughly 120 soldiers stationed there, 30 were': 30 of them, not the 120
_OF_THE_WHOLE = re.compile(
    rf"^\s*of\s+(?:the|its|their)\s+(?:{FIGURE_QUALIFIERS}\s+)?(?:{NUMBER_WORDS})\s+(?P<noun>[\w-]+)\b[^,;]*,\s*"
    rf"(?P<n>(?:{FIGURE_QUALIFIERS}\s+)?(?:{NUMBER_WORDS}))\s+(?!of\b)(?P<rest>.*)$",
    re.I | re.S,
)
#: 'a soldier from LIB-566 shot (and wounded) his company commander and': the one who did both, not the one he shot
_HARMED_AND = re.compile(
    rf"(?:^|,)(\s*(?:(?:{FIGURE_QUALIFIERS}\s+)?(?:the|an?|{NUMBER_WORDS})\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON})\b[^,;]*?)"
    rf"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)\s+{HARMED}[^,;]*?\b(?:{PERSON}|superiors?|comrades?)\b[^,;]*{AND_THEN}",
    re.I,
)
#: 'airstrikes hit the area and more than 3,000 residents': the residents, not the airstrikes' side
_AND_CIVILIANS = re.compile(
    r"\b(?:hit|attacked|bombed|shelled|struck|raided|entered|approached|advanced|fired|burned|torched)\b[^,;]*?\band\s+"
    r"((?:[\w,'’-]+\s+){0,5}?(?:residents|villagers|people|civilians|locals|families|households)\b[^,;]*)$",
    re.I,
)
#: 'the men in the station, nine police officers including the station commander, had': the apposition says who
_MEN_APPOSED = re.compile(
    rf"\b(?:men|people(?!['’]s)|those)\b[^,;]{{0,40}},\s*((?:{NUMBER_WORDS})\s+(?:[\w-]+\s+)?"
    r"(?:police officers|policemen|soldiers|troops|members|militiamen)\b[^,;]*),\s*((?:had|have|has|were|was)\s+)?$",
    re.I,
)
_AND_THE_REST = re.compile(r"\b(?:and|while|but|whereas)\s+(the\s+(?:rest|remaining|others)\b[^,;]*)$", re.I)


def before_and(subject: str, plain: str = "") -> str:
    """The pronoun that is the subject of two verbs joined by 'and' ('they had left the BGF and' -> 'they'), the
    subject of a second report ('said troops had cleared the town and that CDF fighters had' -> 'CDF fighters had'),
    'the rest' after others ('30 were taken prisoner and the rest' -> 'the rest'), a part of a whole ('Of the 120
    soldiers there, 30 were' -> '30 soldiers were'), the one who harmed another and did more ('a soldier shot and
    wounded his commander and', in ``plain``, the words before the verb) -> 'a soldier'; the words as they are
    otherwise.

    >>> before_and(" they had left the BGF and "), before_and(" two soldiers and ")
    (' they', ' two soldiers and ')
    """
    second = subject.rsplit(" and that ", 1)[-1]  # 'said troops had cleared the town and that CDF fighters had'
    if second != subject and actor_in(second) not in ("", "civilians"):  # not '... and that several others'
        subject = " " + second
    if rest := _AND_THE_REST.search(subject):  # '30 were taken prisoner and the rest': the rest, not the 120
        subject = " " + rest.group(1)
    if civilians := _AND_CIVILIANS.search(subject):  # 'hit the area and more than 3,000 residents': the residents
        subject = " " + civilians.group(1)
    if men := _MEN_APPOSED.search(subject):  # 'the men in the station, nine police officers ..., had': the nine
        subject = f" {men.group(1)} {men.group(2) or ''}"
    if part := _OF_THE_WHOLE.match(subject):  # 'Of the roughly 120 soldiers stationed there, 30 were' -> '30 soldiers'
        subject = f" {part['n']} {part['noun']} {part['rest']}"
    text = plain if plain.endswith(subject) else subject
    shared = _PRONOUN_AND.match(subject) or text.rstrip().endswith(("and", "then")) and _HARMED_AND.search(text)
    return f" {shared.group(1).strip()}" if shared else subject


_KILLED_BEFORE = re.compile(r"\b(?:were|was)\s+(?:killed|wounded|injured)\b[^.;]{0,120}$", re.I)


def of_the_killed(words: str, previous: str) -> str:
    """The side of a bare figure after a clause of people killed: the people that clause named last ('8 soldiers were
    killed and 5 were captured': soldiers, not the KIA that attacked); '' otherwise.

    >>> of_the_killed(" 5 ", "KIA fighters attacked an outpost; 8 soldiers were killed "), of_the_killed(" 5 ", "")
    ('junta_army', '')
    """
    killed = bare_count(words) and _KILLED_BEFORE.search(previous)  # not 'killed when the AA overran the camp'
    return actor_last(BY_AGENT.sub("", previous[: killed.start()])) if killed else ""

"""The nouns and figure words the rule reads: the people a figure can count (:data:`PERSON`), figures in digits or
words (:data:`NUMBER_WORDS`), and subjects of several people (:data:`PLURAL`); used by :mod:`.acled_words` and
the modules that read who was taken or named; and one person named twice (:func:`named_again`).

>>> import re
>>> bool(re.fullmatch(NUMBER_WORDS, "twenty-nine")), bool(PLURAL.search("the soldiers fled"))
(True, True)
"""

from __future__ import annotations

import re

from ..parse.counts import TITLED_NAME
from .acled_text import POLICE_PEOPLE, RANKS, UNIT_WORDS
from .acled_when import MONTHS

#: Nouns that name people a figure can count.
PERSON = (
    r"soldiers?|troops?|personnel(?!\s+carriers?)|defenders|ratings(?!\s+(?:of|for)\b)|"
    rf"police officers?|policem[ae]n|policewom[ae]n|"
    r"(?<!administrative )(?<!immigration )(?<!customs )(?<!forestry )(?<!revenue )(?<!health )(?<!education )"
    r"(?<!election )(?<!information )officers?(?!\s+(?:schools?|training|academ(?:y|ies)|courses?)\b)|members?|"
    r"militiam[ae]n|"
    r"(?:(?<=junta )|(?<=regime )|(?<=security ))forces|"
    rf"conscripts?|recruits?|youths?|servicem[ae]n|{RANKS}|commanders?|cadres?|combatants?|fighters?(?!\s+(?:jets?|planes?|aircraft))|"
    r"deserters?|defectors?|terrorists|prisoners?(?: of war)?|bodyguards?|medics?|gunners?|snipers?|technicians?|"
    r"pilots?|(?:(?<=army )|(?<=military )|(?<=navy )|(?<=naval )|(?<=force )|(?<=police ))"
    r"(?:doctors?|surgeons?|nurses?|drivers?|cooks?|clerks?|storekeepers?|mechanics?)|"
    r"(?:(?<=army truck )|(?<=military truck )|(?<=army vehicle )|(?<=military vehicle )|(?<=navy truck )|"
    r"(?<=army supply truck )|(?<=military supply truck ))drivers?|"
    r"troopers?|adjutants?|signall?ers?|signalm[ae]n|flight engineers?|radio operators?|"
    r"orderl(?:y|ies)|"
    r"(?:drivers?|cooks?|clerks?|storekeepers?|mechanics?)(?=\s+(?:from|of)\s+(?:the\s+|an?\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:army|military|navy|air force|battalion|l?ib|moc|{UNIT_WORDS})\b)|"
    r"trainees?|cadets?|followers?|subordinates|heads?(?=\s+of\s)|chiefs?|"
    r"(?<!border )guards?(?!\s+(?:posts?|houses?|towers?|stations?|camps?|gates?|forces?|police|details?\b))|leaders?|"
    r"deput(?:y|ies)(?!\s+(?:ministers?|directors?|governors?|heads?|chiefs?|administrators?|speakers?|chairm[ae]n|"
    r"secretar(?:y|ies)))|(?:sub-)?inspectors?|constables?|sailors?|seam[ae]n|airm[ae]n|marines?|"
    r"(?:(?<=navy )|(?<=naval ))ratings?|ratings?(?=\s+of\s+the\s+nav)|(?<=ground )crew|(?<=other )ranks|"
    r"(?<=navy )crewm[ae]n|crewm[ae]n(?=\s+of\s+(?:a|an|the)\s+(?:navy|naval|military))|"
    r"(?:(?<=his )|(?<=her )|(?<=their )|(?<=its )|(?<=armed ))men|others|ones|(?:(?<=his )|(?<=their ))drivers?|"
    r"(?:(?<=his \d )|(?<=his \d\d )|(?<=their \d )|(?<=their \d\d ))men|"  # 'the leader and his 14 men'
    r"(?:(?<=his )|(?<=their )|(?<=its ))staff(?!\s+sergeants?)|"
    r"men(?=\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|army|battalion|bgf|l?ib|moc|garrison|navy|"
    rf"{UNIT_WORDS})\b)|"
    r"people(?!['’]s)|persons|individuals|"
    rf"{POLICE_PEOPLE}"
)
#: figures in words, to ninety-nine and 'a dozen' ('ten-odd', 'twenty-odd': about ten, about twenty)
WORD_NUMBERS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|a dozen)(?:-odd)?|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
)
#: the words that make a figure the whole of what was told before it ('18 in one, 9 in the other, 27 in all')
IN_ALL = r"in all|in total|altogether|all told"
#: the words that qualify a bare figure ('at least 7', 'about 25'), for the patterns that read one
FIGURE_QUALIFIERS = (
    r"(?:at least|more than|over|upwards of|about|around|nearly|almost|some|up to|roughly|approximately|an estimated)"
)
#: a figure in digits or words ('11', 'eleven', 'twenty-nine'), for other modules' patterns
NUMBER_WORDS = rf"\d+(?:,\d\d\d)*(?:-odd)?|{WORD_NUMBERS}"  # '1,200', not the comma of '23, including'


A_MAN = re.compile(r"\b(?:a|one|two|three|\d+)\s+(?:[\w-]+\s+)?(?:m[ae]n|wom[ae]n)\b", re.I)  # 'a man defected'
#: a subject of several people ('soldiers fled'), not one ('a soldier escaped an attack')
PLURAL = re.compile(
    r"\b(?:soldiers|troops|members|conscripts|recruits|officers|policemen|personnel|militiamen|sailors|others|"
    r"privates|corporals|sergeants|lieutenants|constables|"
    r"(?<!their )(?<!boat )(?<!ferry )(?<!ship )captains(?!\s+of\s+(?:\S+\s+){0,3}?(?:ships?|boats?))|"
    r"forces|columns?|platoons?|garrisons?|(?<=-man )crew|(?<=-member )crew|"
    r"police(?!\s+(?:corporal|sergeant|officer|captain|major|lieutenant|constable|inspector|chief|station|private|lance)\b))\b",
    re.I,
)


_A_RANK = re.compile(rf"an?\s+(?:(?:police|army|military|navy|air force)\s+)?(?:{RANKS})")
_APPOSED_ONE = re.compile(r"(?:\s+(?:of|from)\s+[^,;]{1,40}?)?\s*,\s*")


def named_again(low: str, before: re.Match, out: list, first: str, start: int, end: int) -> bool:
    """'a lieutenant colonel' between commas right after 'the commander (of LIB-324)': the same person again."""
    if first not in ("a", "an") or before.group(0)[-1:] == "s" or low[end : end + 1] != ",":
        return False
    if not _A_RANK.fullmatch(low, start, end):
        return False  # 'the battalion commander, a medic, and two soldiers': a list, not a rank
    said = out[-1][1].lower() if out else ""  # 'its commander, a major,'; 'an officer of LIB-311, a captain,'
    named = (
        said.startswith(("the ", "his ", "its ", "their "))
        or said.startswith(("a ", "an "))
        and " of " in low[before.end() : start]
        and before.group(0)
        in ("officer", "commander", "soldier", "member", "leader", "chief", "head", "deputy", "pilot")
    )
    return bool(named and _APPOSED_ONE.fullmatch(low, before.end(), start))


#: a subject that is fighters and no more ('about 20 PDF fighters stationed in the village'), not 'PDF fighters
#: ambushed a patrol ..., but he'
FIGHTERS = re.compile(
    rf"\s*(?:{FIGURE_QUALIFIERS}\s+)?(?:(?:\d[\d,]*|{WORD_NUMBERS}|some|several|many|dozens of)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:fighters|cadres|combatants)(?:\s+(?:stationed|based|posted|deployed|guarding|in|at|near|from|of)\b"
    r"(?:(?!\band\b)[^,;])*)?\s*",
    re.I,
)
#: a figure set off by commas after the people it counts: 'The remaining troops, about 20,', 'the police officers,
#: nine,', 'The soldiers of LIB 345, 40,', 'The column, about 50,' (not an age: 'a soldier, about 19,', 'Private
#: Thomas, 19,')
_PEOPLE_COUNTED = (
    r"soldiers|troops|officers|members|police|policemen|militiamen|personnel|conscripts|recruits|deserters|sailors|"
    r"servicemen|forces|men|fighters|guards|garrison|column|crew|militia|pyu saw htee"
)
#: 'stationed there since March, 2024,': a year after a month, no figure ('posted there in early January, 32,' is one)
_NO_MONTH_BEFORE = "".join(f"(?<!{m}, )" for m in MONTHS.split("|"))
#: 'the leader of the Pyu Saw Htee and his deputy': a man and those with him, more than one
WITH_HIS_MEN = re.compile(r"\band (?:his|her) (?:deputy|bodyguards?|aides?|second-in-command|men)\s*$", re.I)
#: harming someone: 'shot', 'shot dead', 'shot and wounded', 'stabbed'
HARMED = (
    r"(?:shot|killed|stabbed|wounded|injured|beat|attacked|assaulted)\b"
    r"(?:\s+(?:dead|and\s+(?:killed|wounded|injured)))?"
)
#: the end of a first clause joined to the verb's: 'shot his commander, and then' (fled)
AND_THEN = r",?\s+and(?:\s+then)?\s*$"
#: 'shot dead his platoon commander and (escaped)': a man who turned on his own side and left it, a deserter
HARMED_HIS_OWN = re.compile(
    rf"(?<!\bwho )(?<!\bwho had )(?<!\bwho reportedly )\b{HARMED}\s+(?:(?:\w+\s+of\s+)?(?:his|their))\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:commanders?|officers?|superiors?|comrades?|{RANKS})\b[^,;]*{AND_THEN}",
    re.I,
)
APPOSED_FIGURE = re.compile(
    rf"\b(?:{_PEOPLE_COUNTED})(?:\s+(?:of|from|stationed|based|posted|at|in)\s+[^,]{{1,30}})?,\s+"
    rf"((?:{FIGURE_QUALIFIERS}\s+)?(?:{_NO_MONTH_BEFORE}|(?!(?:19|20)\d\d\b))(?:{NUMBER_WORDS})),"
    r"\s*(?:(?:then|later|eventually|finally|also|all|reportedly)\s+)?$|"
    # set off by dashes: 'police officers at the station -- around 15 of them --', "soldiers and police -- 'around 40',
    # according to Chinese border officials --"
    rf"\b(?:{_PEOPLE_COUNTED})(?:\s+(?:of|from|stationed|based|posted|at|in)\s+[^,]{{1,40}}?)?\s+(?:--|—|–|-(?=\s))\s*"
    rf"['‘\"“]?((?:{FIGURE_QUALIFIERS}\s+)?(?!(?:19|20)\d\d\b)(?:{NUMBER_WORDS}))['’\"”]?"
    r"(?:\s+of\s+them|\s+in\s+all|\s+in\s+total|\s+(?:men|soldiers|troops|members|officers|personnel))?"
    r"(?:,?\s+(?:according\s+to|said|says|including)\s+[^-—–,]{1,50})?\s*(?:--|—|–|(?<=\s)-)\s*$",
    re.I,
)


_POSSESSED = re.compile(r"(?:\s+[A-Z][\w-]*)*['’]s?\b")
COMMANDED_BY = re.compile(r"\b(?:command of|commanded by|led by|under)\s+$", re.I)


def named_officer(words: str, noun: re.Match) -> str | None:
    """'Captain Thet Naing Oo' when the noun stands in an officer's title before his name (:data:`TITLED_NAME`,
    the parser's own); None otherwise, and for 'Major Kyaw Soe's column' or 'under the command of Major ...'."""
    for titled in TITLED_NAME.finditer(words, max(0, noun.start() - 40)):
        if titled.start() <= noun.start() < titled.end():
            his = _POSSESSED.match(words, titled.end())  # 'Major Kyaw Soe's column': his men, not him
            return None if his or COMMANDED_BY.search(words, 0, titled.start()) else titled.group(0)
    return None


#: a noun for people a figure can count, not a possessive ("a soldier's wife" is not a soldier)
A_PERSON = re.compile(rf"\b(?:{PERSON})\b(?!['’])")  # on lower-case words: a case-blind search costs 3x
_A_PERSON_ANY_CASE = re.compile(A_PERSON.pattern, re.I)  # where lower-casing changes the length


#: between the parts of a list: 'a captain, two sergeants and 14 privates', 'the A, B, and C stations'
LIST_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def all_people(words: str) -> bool:
    """True when every part of a list names people ('a captain, two sergeants and 14 privates'; not 'the militia
    chairman, 16 members and their cook')."""
    parts = [p for p in LIST_PARTS.split(words) if p.strip(" ,")]
    return bool(parts) and all(person(p) for p in parts)


def person(words: str) -> re.Match | None:
    """The first noun for people a figure can count (at its place in ``words``)."""
    low = words.lower()
    return A_PERSON.search(low) if len(low) == len(words) else _A_PERSON_ANY_CASE.search(words)

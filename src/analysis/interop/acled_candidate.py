"""The sift's word list (:data:`CANDIDATE`): the cheap test run, in RE2 (pyarrow), on the notes of every event in
Myanmar before any is read closely (:mod:`.acled_sift`). It is a superset of what the close reading
(:data:`.acled_text.VERBS`) can match, written without look-around, which RE2 does not have.

>>> import re
>>> bool(re.search(CANDIDATE, "the PDF took 12 soldiers alive")), bool(re.search(CANDIDATE, "Calm."))
(True, False)
"""

from __future__ import annotations

from .acled_text import CDM, COUNTRIES, HELD, NOT_A_POSTS_NAME, OWN_POSITIONS, PEOPLE_TAKEN

#: an arrest is read only of people named as junta personnel ('the PDF arrested a military sergeant'); arrests by
#: the military or police, mostly of civilians it accuses of ties to armed groups, are left out (acled_capture)
_ARRESTED_PERSONNEL = (
    rf"{PEOPLE_TAKEN}|police|militia|militiam[ae]n|pyu saw htee|sergeants?|corporals?|privates?|captains?|majors?|"
    r"lieutenants?|officers?|conscripts?|constables?|junta forces"
)
_OWN_POSITIONS_PLAIN = (
    OWN_POSITIONS.replace(NOT_A_POSTS_NAME, "")
    .replace(r"(?!(?:at|in|on|near|from|to|of|by|and)\b)", "")
    .replace(r"(?!\s+to\s+(?:the\s+|a\s+)?(?:pyu|militia|army|military|junta|police|soldiers|troops))", "")
    .replace(r"(?!\s+(?:they|it|he|she|we)\b)", "")
    .replace(r"(?<=,\s)", "")
)  # for RE2 (no look-around; a wider sift reads more, never less)
#: Words that make CANDIDATE true on their own (RE2 searches them as one small automaton).
_WORDS = (
    r"surrender|defect|desert|\bfled\b|escaped|ran (?:away|off|from|into)|run away|retreated (?:across|into)|"
    r"abandon|vacat|(?:withdrew|withdrawn|evacuated)['’\"”]? (?:(?:overnight|quietly|hastily|secretly|later|also|then|"
    r"by (?:boat|helicopter|air|road|river|truck|vehicle)s?) )?"
    r"(?:(?:its|their) (?:troops|forces|soldiers|personnel|men) )?(?:from|all (?:of )?its)|"
    r"pulled (?:(?:all )?(?:(?:its|their) )?(?:troops|forces|soldiers|personnel|men) )?(?:out of|back from)|"
    r"white flag|white cloth|white sheet|gave up|put down|capitulated|(?:walked|came) out and|took up arms|"
    r"sought shelter|liberated area|absent without leave|to (?:their|his) heels|made (?:prisoners?|captives?)|"
    r"crossed (?:the )?(?:front )?lines? to|(?:army|military|navy|air force|police|police force) to join|went awol|"
    r"absconded|slipped (?:away|out of)|walked away from|went into hiding|"
    r"(?:left|leaving) behind|"
    r"took shelter|crossing into|"
    r"scattered (?:into|in|to|across|toward)|"
    rf"entered (?:{COUNTRIES})|taken alive|"
    r"(?:laid|lay|laying) down|handed over|captur(?:ed|ing)|"
    r"detain(?:ed|ing)|apprehended|"
    r"(?:swam|waded|walked|ran) (?:across|into)|slipped over the border|"
    r"made (?:their|his|her) way (?:across|over) the border|"
    r"\bcrossed\b|slipp(?:ed|ing) across|(?:sought|took) refuge|"
    r"(?:sought|asked(?: (?:the )?(?:[\w-]+ ){0,2}authorities)? for|requested|applied for) (?:political )?asylum|"
    rf"(?:joined|joining|join) (?:the )?{CDM}|support for (?:the )?{CDM}|joined the people['’]s side|"
    r"joined (?:the )?(?:local )?(?:pdf|people['’]s defen[cs]e|resistance|revolution|kia|knla|kndf|tnla|mndaa|"
    r"arakan army|cdf|chin national|karenni|ldf|local defen[cs]e)|"
    r"(?:went|came|gone|going) over to|switched (?:sides|allegiance|to)|(?:changed|changing|switching) sides|"
    r"legal fold|broke away from|"
    r"(?:gave|given|giving|turned|handed) \w{2,4}sel(?:f|ves)(?: and (?:their|his|its) \w+)? (?:up|in|over)|"
    r"^\s*change to armed group"
)
#: Words that make CANDIDATE true with others up to a few dozen characters on ('seized ... soldiers'), each with its
#: trigger: words it cannot match without. They are searched apart from :data:`_WORDS` (one automaton for both
#: outgrows RE2's memory and searches five times slower), and only in the notes that have a trigger
#: (:func:`.acled_sift.search_notes`): searched in every note, they would cost ten times :data:`_WORDS`.
_APART = (
    ("without permission", r"left\b[^.;,]{0,30}?\bwithout permission"),
    ("left|evacuat", rf"(?:left|evacuated)(?:{_OWN_POSITIONS_PLAIN})"),
    ("evacuat|emptied", rf"(?:evacuated|emptied)\b[^.;]{{0,80}}?\b{HELD}"),
    ("left|leaving", r"(?:left|leaving)\b[^.;,]{0,60}?\b(?:empty|deserted|unguarded|unmanned)\b"),
    ("evacuat|emptied", rf"{HELD}\b[^.;,]{{0,40}}?\b(?:was|were) (?:evacuated|emptied)"),
    ("ties with", r"cut(?:ting)?(?: off)? (?:(?:all|of|its|their|his|her) ){0,3}ties with"),
    ("seized|caught", rf"(?:seized|caught)\b[^.;,]{{0,60}}?\b(?:{PEOPLE_TAKEN})\b"),
    ("over", r"(?:handed|turned) (?:its|their|the) [^.;,]{0,40}? over|turned over (?:its|their|the) "),
    ("handed|turned", rf"(?:handed|turned) (?:its|their|the) [^.;,]{{0,40}}?{HELD} to\b"),
    (
        "hand",
        r"hand(?:ed|ing)(?: in| over)? (?:their|his|her) [^.;]{0,60}?(?:weapons|arms|guns|rifles|firearms|pistols)",
    ),
    ("arrested|abducted|took away", rf"(?:arrested|abducted|took away)\b[^.;,]{{0,60}}?\b(?:{_ARRESTED_PERSONNEL})\b"),
    (
        "prisoner|captive|alive|custody",
        r"(?:took|taking|taken)\b[^.;]{0,60}?\b(?:prisoners?|captives?|alive|custody)\b",
    ),
    (
        "prisoner|captive",
        r"\bheld\b[^.;,]{0,60}?\bas (?:prisoners?|captives?)(?: of war)? (?:after|following|during)\b",
    ),
    ("joined", r"\b(?:left|walked out|slipped out|walked off|ran off|slipped away)\b[^.;]{0,100}?\band joined\b"),
    (
        "joined",
        r"\bjoined\b[^.;]{0,60}?\b(?:with|bringing|carrying|taking)\b[^.;]{0,30}?\b(?:weapons?|rifles?|arms|firearms?|"
        r"guns?|pistols?|carbines?|ammunition)\b",
    ),
)
_WORDS_APART = "|".join(part for _, part in _APART)
#: The triggers of :data:`_APART` as one search: a note without any is not searched for those words.
TRIGGERS = "(?i)" + "|".join(dict.fromkeys(w for trigger, _ in _APART for w in trigger.split("|")))
#: The sift's searches, one per part: a note is read closely when either finds a word (.acled_sift.search_notes).
SEARCHES = (f"(?i){_WORDS}", f"(?i){_WORDS_APART}")
#: Words that make CANDIDATE true: the cheap test run on every Myanmar row before the notes are read.
CANDIDATE = f"(?i){_WORDS}|{_WORDS_APART}"

"""The nouns and figure words the rule reads: the people a figure can count (:data:`PERSON`), figures in digits or
words (:data:`NUMBER_WORDS`), and subjects of several people (:data:`PLURAL`); used by :mod:`.acled_words` and
the modules that read who was taken or named.

>>> import re
>>> bool(re.fullmatch(NUMBER_WORDS, "twenty-nine")), bool(PLURAL.search("the soldiers fled"))
(True, True)
"""

from __future__ import annotations

import re

from .acled_text import POLICE_PEOPLE, RANKS

#: Nouns that name people a figure can count.
PERSON = (
    rf"soldiers?|troops?|personnel|police officers?|policem[ae]n|policewom[ae]n|"
    r"(?<!administrative )(?<!immigration )(?<!customs )(?<!forestry )(?<!revenue )(?<!health )(?<!education )"
    r"(?<!election )(?<!information )officers?|members?|militiam[ae]n|"
    r"(?:(?<=junta )|(?<=regime )|(?<=security ))forces|"
    rf"conscripts?|recruits?|servicem[ae]n|{RANKS}|commanders?|cadres?|combatants?|fighters?(?!\s+(?:jets?|planes?|aircraft))|"
    r"deserters?|defectors?|prisoners?(?: of war)?|bodyguards?|medics?|gunners?|snipers?|technicians?|pilots?|"
    r"trainees?|cadets?|followers?|heads?(?=\s+of\s)|chiefs?|"
    r"(?<!border )guards?(?!\s+(?:posts?|houses?|towers?|stations?|camps?|gates?|forces?|police))|leaders?|"
    r"deput(?:y|ies)(?!\s+(?:ministers?|directors?|governors?|heads?|chiefs?|administrators?|speakers?|chairm[ae]n|"
    r"secretar(?:y|ies)))|(?:sub-)?inspectors?|constables?|sailors?|seam[ae]n|airm[ae]n|marines?|"
    r"(?:(?<=his )|(?<=her )|(?<=their )|(?<=armed ))men|others|ones|people(?!['’]s)|persons|individuals|"
    rf"{POLICE_PEOPLE}"
)
#: figures in words, to twenty-nine and 'a dozen'
WORD_NUMBERS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|a dozen"
)
#: a figure in digits or words ('11', 'eleven', 'twenty-nine'), for other modules' patterns
NUMBER_WORDS = rf"\d[\d,]*|{WORD_NUMBERS}"


#: a subject of several people ('soldiers fled'), not one ('a soldier escaped an attack')
PLURAL = re.compile(
    r"\b(?:soldiers|troops|members|conscripts|recruits|officers|policemen|personnel|militiamen|others|forces|columns?|platoons?|"
    r"police(?!\s+(?:corporal|sergeant|officer|captain|major|lieutenant|constable|inspector|chief|station|private|lance)\b))\b",
    re.I,
)

"""What a verb in an ACLED note only meant, for :mod:`.acled_untold`: an infinitive or a modal before it ('agreed to
surrender', 'must defect', 'refused to flee'), a warning to all, a noun ('ranks thinned by surrenders'); not a past
verb after 'to X and' ('agreed to surrender and laid down their arms'), nor 'were forced to'.

>>> only_meant("surrender", "the battalion agreed to "), only_meant("laid down their arms", "agreed to surrender and ")
(True, False)
"""

from __future__ import annotations

import re

_INFINITIVE = re.compile(
    r"(?<!\bfire )\b(?:to|must|should|would|will|could|(?-i:may)|might|not|never|n't|refused|refuse|urged?|persuaded|"
    r"nearly|almost|rather\s+than|instead\s+of)\s+"  # not 'set fire to and abandoned the camps'
    r"(?:(?:flee|escape|leave|defect|surrender|and|or|also|yet|be|start|begin|collect|gather|hand)\s+){0,3}$|"
    r"\b(?:begin|start)\s+$|"
    r"\bto\s+(?:surrender|defect|desert|flee)\b[^.;,]{0,60}\bor\s+$|"
    r"\b(?:tried|attempted|planned|ordered|wanted)\s+to\s+set\s+fire\s+to\s+and\s+$|"  # 'tried to set fire to and'
    r"\b(?:consider(?:ing)?|contemplat\w+|think(?:ing)?\s+about|weigh(?:ing)?)\s+$|"
    r"\b(?:prevented|stopped|blocked|barred|banned|kept)\b[^.;]{0,60}\bfrom\s+$|"
    r"\b(?:caught|arrested|detained|punished|executed|sentenced|jailed|charged)\s+(?:for\s+)?$|\bfor having\s+$|"
    r"\b(?:would|could)\s+have\s+(?:let|allowed|permitted|enabled)\s+"  # an offer refused, not '... and 23 soldiers'
    r"(?:(?!\band\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|some|about|"
    r"around|over|more|at\s+least|several|many|most|all|nearly|almost|the\s+(?:remaining|rest|soldiers|troops|police)|"
    r"an?\s+(?:soldier|police|officer|sergeant|corporal))\b)[^.;,]){0,60}$|"
    r"\b(?:believed|thought|assumed|presumed)\s+(?:had\s+)?$|"  # 'men they mistakenly believed had deserted'
    r"\bwrongly\s+(?:stating|reporting|claiming|saying)\b"  # not '..., the KIA said that 18 soldiers had'
    r"(?:(?!(?:,\s+(?:[\w-]+\s+){0,3}?|\s+)(?:said|says|reported|claimed)\b)[^.;]){0,120}$|"
    r"\b(?:accus|suspect)(?:ed|ing)\s+(?:\w+\s+)?of\s+(?:having\s+)?(?:(?:help|aid|assist|encourag|urg)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:to\s+)?)?$",  # 'accused of having fled', 'accusing them of helping soldiers defect'
    re.I,
)

_FACT_TO = re.compile(  # 'were forced to', 'were soon forced to', 'had to' are facts; 'would soon be forced to' is not
    r"(?<!\bwould )(?<!\bwill )(?<!\bmay )(?<!\bmight )(?<!\bcould )(?<!\bmust )(?<!\bto )(?<!\bbe )(?<!\bbe soon )"
    r"(?<!\bwould soon )(?<!\bwill soon )(?<!\bcould soon )(?<!\bmay soon )(?<!\bmight soon )(?<!\bcould eventually )"
    r"(?<!\bwould eventually )(?<!\bwill eventually )(?:be\s+)?\b(?:forced|managed|had|able|compelled)\s+to\s+$",
    re.I,
)

#: a past verb after 'to X and': done ('agreed to surrender and laid down their arms', 'refused to surrender and fled')
_DONE_AFTER_AND = re.compile(
    r"\bto\s+\w+\s+and\s+(?:laid|fled|gave|ran|handed|surrendered|defected|deserted|abandoned|crossed|escaped)\b[^.;]*$",
    re.I,
)

#: 'tried to leave their trench and surrender' (a base form after 'and': also not done); not '... and surrendered'
_TO_X_AND = re.compile(
    r"(?:(?<!managed )(?<!decided )(?<! able )(?<!forced )(?<!chose )(?<!agreed )|(?<=not managed )|(?<=not able ))"
    r"(?:(?<!allowed )(?<!permitted )|(?<=not allowed )|(?<=not permitted ))\bto\s+['‘\"“]?(?:leave|flee|abandon|quit|"
    r"desert|escape|cross|hand over|lay down|give up|put down|slip (?:away|out)|sneak (?:away|out)|run away|get away|"
    r"return to the legal fold)\b"
    r"[^.;,]{0,40}\b(?:and|or)\s+$",
    re.I,
)

_WARNED_ALL = re.compile(
    r"\bwarned\s+(?:all|any|its|their)\s+(?:[\w-]+\s+){0,3}?that\b(?:(?!,\s*(?:and\s+)?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|about|around|some|several|over|nearly)\b))[^.;])*$",
    re.I,
)
_BY_NOUN = re.compile(r"\b(?:by|from|after|amid|despite|over|of|with)\s+$", re.I)


def only_meant(verb: str, tail: str) -> bool:
    """The verb after 'to', 'must', 'refused' ... tells what was meant, not done ('agreed to surrender'), unless a past
    verb follows 'to X and' ('agreed to surrender and laid down their arms'); a warning to all ('warned all units that
    soldiers who deserted ... or surrendered would face'), a noun ('ranks thinned by surrenders') tells none."""
    if _WARNED_ALL.search(tail) or verb.lower() in ("surrenders", "defects", "deserts") and _BY_NOUN.search(tail):
        return True
    meant = _INFINITIVE.search(tail) and not _DONE_AFTER_AND.search(tail + verb)
    return bool((meant or verb[-2:].lower() != "ed" and _TO_X_AND.search(tail)) and not _FACT_TO.search(tail))

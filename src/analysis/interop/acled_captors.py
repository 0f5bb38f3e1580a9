"""Who took the people of a capture told with its agent ('captured by soldiers ...'), for :mod:`.acled_capture`: the
junta's own side (its arrests, its recapture of deserters) or the other side.

>>> by_its_own_side(" by soldiers of their own battalion at a checkpoint.")
True
>>> by_its_own_side(" by troops from a nearby Kachin Independence Army outpost.")
False
"""

from __future__ import annotations

import re

from ..vocab import TROOP_ACTORS
from .acled_who import OTHER_SIDES, actor_in

#: 'by soldiers', 'by the military', 'by a Pyu Saw Htee group', and who they are after 'of'
BY_THE_JUNTA = re.compile(
    r"\s+by\s+(?:the\s+|a\s+)?(?:myanmar\s+)?(?:soldiers|troops|military|junta|regime|army|police|tatmadaw|navy|"
    r"air force|fellow (?:soldiers|officers|police(?:men)?)|(?:members of the )?(?:people'?s militia|pyu saw htee)"
    r"(?:\s+(?:group|militia|members))?)\b"
    r"(?:\s+of\s+(?:the\s+)?([^,.;]{1,40}))?",
    re.I,
)
#: the junta named after 'of' or 'from' (lower case only: 'a nearby army camp', not 'a nearby Arakan Army camp'): a
#: force of its own, or a command ('the Northeastern Command')
_NAMED_JUNTA = re.compile(r"\b(?:army|military|junta|police|[Cc]ommand)\b|(?i:\b(?:lib|ib|lid)\b)")
_A_TOWNS_CAMP = re.compile(r"\b(?:the|a)\s+[A-Z][\w'-]+\s+army\s+(?:camp|base|post|outpost|headquarters)\b")
_NOT_ITS_OWN = re.compile(r"\s+(?:under|from|belonging|loyal|led|of|allied)\b", re.I)
_SAME = re.compile(r"\s+(?:from|of)\s+(?:the same|their own|its own|his own|a nearby|another)\b", re.I)


def by_its_own_side(after: str) -> bool:
    """The agent after a passive capture is the junta's: 'by soldiers of their own battalion', 'by troops under the
    command of LIB 45', 'by troops from a nearby army camp', 'by a Pyu Saw Htee group'; not 'by troops of the
    Brotherhood Alliance', 'by troops from a nearby Kachin Independence Army outpost'."""
    if not (by := BY_THE_JUNTA.match(after)):
        return False
    if agent := by.group(1) or "":  # 'by soldiers of ...'
        return agent.lower().startswith(("their own", "its own", "his own", "same")) or _named_junta(agent)
    # the words after it, up to a relative clause: not '... the same battalion that had fought the TNLA'
    beyond = re.split(r"\b(?:that|which|who)\b", after[by.end() : by.end() + 60])[0]
    if not _NOT_ITS_OWN.match(beyond):
        return True  # 'by soldiers', 'by junta troops at a checkpoint'
    return _named_junta(beyond) or bool(_SAME.match(beyond)) and actor_in(beyond) not in OTHER_SIDES


def _named_junta(words: str) -> bool:
    """The words name the junta's side first ('LIB 45', 'the Western Command', 'a nearby army camp'), not another
    ('the AA at a police outpost')."""
    first = actor_in(words)
    if _A_TOWNS_CAMP.search(words):
        return True  # 'the Kyaukme army camp': the military's camp at Kyaukme, not a 'Kyaukme Army'
    return first in TROOP_ACTORS or first not in OTHER_SIDES and _NAMED_JUNTA.search(words) is not None


#: a neighbouring country's police, army, border guards or officials: whom they hold is held abroad, not taken by a
#: side of Myanmar's war ('Thai police detained five soldiers', 'were detained by Indian border guards')
_FOREIGN_AGENT = re.compile(
    r"\b(?:Thai|Indian|Bangladeshi|Bangladesh|Chinese|Lao|Laotian|Mizoram|Manipur)\s+(?:police|authorities|officials|"
    r"army|soldiers|troops|border\s+(?:guards?|police|forces)|immigration|coast\s+guard)\b|"
    r"\bBorder\s+Guard\s+Bangladesh\b|\bAssam\s+Rifles\b",
    re.I,
)


_FILMED = re.compile(
    r"^\s*(?:(?!(?:according|to|from|using|with|in|of|by)\b)\w+\s+){0,2}?(?:footage|videos?|cameras?|photos?|photographs?|images?)\b(?:(?!\bof\b)[^,;])*$",
    re.I,
)


def held_abroad(subject: str, after: str) -> str:
    """'held abroad' when a neighbouring country's police, army or officials take the people (named before an active
    verb, or after 'by' of a passive one), 'a description' when a picture 'captured' them ('drone footage released
    by the local PDF captured some 40 soldiers moving'), else ''.

    >>> held_abroad("Thai police ", " five soldiers who had crossed."), held_abroad("the KNLA ", " five soldiers.")
    ('held abroad', '')
    """
    last = next((part for part in reversed(subject.split(",")) if part.strip()), "")  # the clause's own subject
    if _FILMED.match(last):
        return "a description"
    if after.lstrip().lower().startswith("by "):  # 'were detained by Thai police', not 'by the AA near a BGB outpost'
        agent = after.lstrip()[3:]
    else:  # 'Thai police detained', not 'MNDAA troops, mostly Kokang Chinese soldiers, captured'
        agent = last
    return "held abroad" if _FOREIGN_AGENT.match(agent.strip().removeprefix("the ")) else ""

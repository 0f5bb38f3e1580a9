"""The one normalisation of place names, shared by the derivation script and the resolver.

>>> normalize_name("Hlaing Tharyar Township")
'hlaingtharyar'
>>> normalize_name("Laukkaing (Kokang SAZ)")
'laukkaingkokangsaz'
"""

from __future__ import annotations

import re
import unicodedata

_WORDS = re.compile(r"\b(township|tsp|myo ?ne)\b\.?", re.I)
_PUNCT = re.compile(r"[\s\-‐‑–—'’‘`.,()/_]+")


def normalize_name(text: object) -> str:
    """A place name -> its lookup key: Unicode-normalised, case-folded, 'Township' dropped, no spaces or punctuation."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    t = unicodedata.normalize("NFKC", str(text)).casefold().strip()
    t = _WORDS.sub(" ", t)
    return _PUNCT.sub("", t)

"""A rumour, an unverified report or one said to be false in an ACLED note, for :mod:`.acled_untold`: the words
that make a verb's event no fact ('rumours spread that police had abandoned the station', 'according to posts on
Facebook', 'claimed, without evidence, that').

>>> untrue("social media posts claimed that 12 soldiers had ", " to the AA."), untrue("12 soldiers ", " to the AA.")
(True, False)
"""

from __future__ import annotations

import re

from .acled_text import JUNTA_NAMES

#: a side named as the source of a post ('by the Kale PDF', 'of a Yinmabin PDF commander', 'by local resistance
#: groups'), not 'from pro-military accounts', 'by people close to the military', 'by Kani residents'
_A_SIDE = (
    r"(?:(?!pro-|close to|supporters?|fans|residents?|relatives?)[^,.;]){0,50}?(?<!\w)(?:PDF|KIA|KIO|AA|ULA|TNLA|MNDAA|"
    r"KNLA|KNU|KNDF|KNPP|CNA|CNF|CDF|LDF|BGF|DKBA|SSPP|RCSS|NUG|SAC|military|army|police|junta|forces?|front|council|"
    r"government|ministry|command|organi[sz]ation|brotherhood|alliance|resistance|the group)\b"
)
#: a word that names a side ('PDF', 'PDF-affiliated', "People's Defence Force", 'its own'), for whose sources
_SIDE_WORD = r"(?:(?-i:[A-Z]{2,})|army|people['’]s|defen[cs]e|forces?|resistance|own|its|their)(?:-[\w-]+)?\b"
#: a claim shown to be of something else: 'photos shared with it appeared to date from 2022', 'In a later statement,
#: the AA said the four were civilian porters'
NOT_AS_CLAIMED = (
    r"\blater\b[^.;]{0,60}?\b(?:said|stated|clarified|admitted)\s+"
    r"(?:that\s+)?(?:the|all|those)\s+(?:[\w-]+\s+){0,2}?(?:were|had\s+been)\s+(?:in\s+fact\s+)?"
    r"(?:civilians?|villagers|porters|farmers|residents|forced\s+labou?rers)\b"
    r"(?![^.;]{0,60}?\b(?:(?:forced|conscripted|pressed|press-ganged|made)\s+(?:to\s+serve|into)|"
    r"before\s+being\s+(?:conscripted|recruited|drafted))\b)|"  # not '... forced to serve', 'before being conscripted'
    r"\b(?:videos?|footage|photos?|photographs?|pictures?|images?|clips?|posts?|claims?|reports?)\b[^.;]{0,80}?\b"
    r"(?:(?:was|were)\s+(?:later\s+)?(?:found|shown|proven|revealed)\s+to\s+(?:be|have\s+been)\s+(?:from|taken)\b|"
    r"(?:appeared|seemed)\s+to\s+(?:date\s+from|(?:be|have\s+been)\s+(?:from|taken\s+(?:in|during|at))\s+"
    r"(?:another|a\s+different|an\s+earlier|a\s+previous|an\s+older|(?:19|20)\d\d|last\s+year|years?\b)))|"
    r"\bhad\s+been\s+replaced\s+by\s+(?:a\s+)?(?:new|relief|fresh)\s+(?:unit|troops|battalion)\b(?!\s+command(?!ed|ing))|"
    r"\b(?:videos?|footage|photos?|photographs?|pictures?|images?|clips?)\b(?:(?!\b(?:who|which|that|showed?|shows)\b)[^.;,]){0,60}?(?:,[^.;,]{1,50},)?"
    r"(?:(?!\b(?:who|which|that|showed?|shows)\b)[^.;,]){0,40}?\b"
    r"(?:was|were|turned\s+out\s+to\s+be)\s+"
    r"(?:more\s+than\s+|over\s+|at\s+least\s+)?(?:a\s+few|a|an|one|two|three|several|many|\d+)\s+(?:years?|months?)\s+"
    r"old\b|"  # 'the footage was more than a year old'
    r"\b(?:generated\s+(?:with|by)\s+(?:AI|artificial\s+intelligence)|AI-generated|doctored|digitally\s+altered)\b|"
    r"\breplaced\s+by\s+[^.;]{0,40}?\brather\s+than\s+(?:fleeing|deserting|retreating|surrendering)\b"
    r"(?=\s*(?:[.;]|$|,\s*(?:and|but)\b)|\s+as\s+(?:the\s+)?\w+\s+(?:had\s+)?(?:claimed|said|reported|alleged))|"
    r"\bno\s+(?:surrender|defection|desertion|capture)s?\s+(?:took|had\s+taken)\s+place\b(?!,?\s+(?:as|because|since)\b)"
)  # not 'appeared to be from inside the camp', 'appeared to have been taken by a resident'
_NOT_AS_CLAIMED = re.compile(NOT_AS_CLAIMED, re.I)
#: the junta or its media, not 'the KIA's military wing' or 'the Arakan Army'
_JUNTA = (
    rf"(?!military\s+wing)(?<!arakan )(?<!independence )(?<!liberation )(?<!karenni )(?<!national )(?:{JUNTA_NAMES})"
)
THE_JUNTA = re.compile(rf"\b(?:{_JUNTA}|state(?:-run)?\s+media)\b", re.I)


def not_as_claimed(text: str, start: int = 0, end: int | None = None) -> bool:
    """:data:`NOT_AS_CLAIMED` in ``text[start:end]``, said by no one of the junta (its word is a routine denial).

    >>> not_as_claimed("; the AA later said the four were civilian porters")
    True
    >>> not_as_claimed("; regime media later said the two were farmers")
    False
    """
    found = _NOT_AS_CLAIMED.search(text, start, len(text) if end is None else end)
    return bool(found) and not THE_JUNTA.search(text, max(start, found.start() - 50), found.start() + 6)


RETRACTED = (  # a claim taken back ('later deleted the post', 'withdrew its statement'), also in a later sentence
    r"removed\s+(?:(?:the|its|their|that|this)\s+(?:statement|claim|report|story|article|announcement)s?|(?:the|that|this)"
    r"\s+post)\b(?!\s+(?:to|at|in|near|on)\b)|"
    r"(?:retracted|withdrew)\s+an?\s+(?:statement|claim|report)\b(?!\s+(?:to|about|on|of)\b)|"
    r"(?:withdrew|retracted|deleted)\s+(?:(?:the|its|their|that|this)\s+(?:statement|claim|post|report|story|"
    r"article|announcement)s?|(?:the|its|their|an?)\s+(?:(?:earlier|previous|original)\s+(?:statement|claim|report|story)"
    r"|(?:earlier|previous)\s+post|social[\s-]media\s+(?:post|statement))s?|"
    r"it(?!\s+(?:troops|forces|from)))\b(?!\s+(?:about|on|of)\s+(?:(?:a|an)\s+(?:separate|different|unrelated|other)|another)\b,?\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:platforms?|pages?|channels?|accounts?|sites?|websites?|dates?|days?|occasions?)\b)"
    r"[\w'‘\"])"
    r"(?!\s+to\s+(?:protect|avoid|shield|spare|keep|hide|replace|update|add|include|correct|change)\b"
    r"(?![^.;]{0,40}?,?\s+saying\s+(?:that\s+)?(?:no|none)\b))|"  # 'to protect ...', not 'to correct it, saying no ...'
    r"corrected\s+(?:the|its|their|that|this)\s+(?:statement|claim|post|report)s?(?:\s+(?:later|on|the)\b[^.;,]{0,20})?"
    r",?\s+(?:saying|stating)\s+(?:that\s+)?"
    r"(?:[^.;]{0,80}?\b(?:were|was)\s+(?:villagers|civilians|farmers|residents)\b|"
    r"(?:all|the|they|both)\b[^.;]{0,30}?\b(?:had\s+been|were)\s+(?:killed|replaced|relieved|caught|arrested)\b|"
    r"(?:it|they)\s+had\s+(?:confused|mistaken|misidentified)\b)|"
    r"corrected\s+(?:the|its|their|that|this)\s+(?:statement|claim|post|report)s?(?:\s+(?:later|on|the)\b[^.;,]{0,20})?"
    r"(?:\s*[,;:]\s*|\s+)(?:[^.;]{0,80}?,\s*and\s+)?(?:(?:saying|stating|"
    r"to say)\s+(?:that\s+)?(?:[^.;]{0,120}?\band\s+that\s+)?)?(?:no|none|there (?:had been|was) no)\b"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:had\s+been\s+|was\s+|were\s+)?(?:harmed|hurt|killed|injured|wounded))|"
    r"clarified\b[^.;]{0,160}?\b(?:had never been|(?:were|was) in fact(?!\s+(?:\d|police|soldiers|militia|members|"
    r"personnel|troops|privates|officers|bgf))|(?<!\bone )(?:were|was)\s+(?:not|never)\s+(?:an?\s+)?(?:soldiers?|"
    r"police(?:\s+officers?)?|combatants?|personnel|troops|(?:militia\s+)?members(?:\s+of\s+(?:the\s+|any\s+)?"
    r"(?:myanmar\s+|local\s+|village\s+)?(?:militias?|pyu saw htee|police|army|military|bgf|border guard force))?)"
    r"\b(?!\s+of\b)"
    r"(?!,?\s+but\s+(?:(?:local|the|a)\s+)?(?:militia|pyu saw htee|police|soldiers|privates|officers|troops|fighters|"
    r"bgf|border guard)\b(?!['’]))|were (?:prisoners(?!\s+of\s+war)|civilians|villagers|porters|"
    r"farmers(?!\s+(?:conscripted|recruited|drafted|who had been forced to (?:join|serve|enlist)))))\b"
)  # 'The group clarified later that day that the five men were prisoners ... and had never been soldiers'
_UNTRUE = re.compile(  # 'said reports that 50 soldiers surrendered were false'
    r"\b(?:Facebook|Telegram|TikTok|YouTube)\s+(?:videos?|clips?)\s+(?:spread|shared|circulated|went)\s+(?:\w+\s+)?"
    r"claiming\b|"  # 'a TikTok video spread widely claiming that 50 soldiers had surrendered'
    r"\b(?:images?|photos?|videos?|clips?|posts?)\b[^.;]{0,80}?\b(?:shared|circulated|spread)\s+widely\s+with\s+claims?\b|"
    r"\b(?:reports?|claims?|posts?|statements?)\s+(?:claiming\s+)?that\b[^.;]{0,100}?\b(?:was|were)\s+(?:later\s+)?"
    r"(?:withdrawn|retracted|deleted|removed|(?:issued|posted|published)\s+in\s+error)\b|"
    rf"\bbut\s+(?:(?!(?:{JUNTA_NAMES})\b|police)[^.;,]){{0,80}}?(?:,(?:(?!(?:{JUNTA_NAMES})\b)[^.;]){{0,80}}?,\s*)?\bsaid\s+(?:that\s+)?no\s+"
    r"(?:prisoners|soldiers|one)\s+(?:were|was|had\s+been)\s+(?:taken|captured)\b(?!\s+(?:to|"
    r"as(?!\s+(?:the\s+)?\w+\s+(?:had\s+)?(?:claimed|said|alleged|reported))|because(?!\s+(?:no|none)\b))\b)|"
    r"\b(?:was|were)\s+said\s+to\s+show\b|\bfact-?checkers?\b[^.;]{0,40}\b(?:found|said|showed|traced)\b|"
    r"\b(?:reports?|claims?|posts?)\s+(?:was|were)\s+(?:not\s+substantiated|unsubstantiated)\b|"
    r"\b(?:the|that|this|its)\s+(?:post|report|claim)s?\s+(?:was|were)\s+(?:later\s+)?(?:removed|deleted|withdrawn)\b|"
    r"\bno\s+(?:surrender|defection|capture)s?\s+could\s+be\s+confirmed\b|"
    r"\b(?:reports?|claims?|rumou?rs?)\s+(?:that\s+|of\s+)?[^.;]*\b(?:false|fake|untrue|baseless|fabricated|propaganda)\b|"
    r"\bdescribed\s+(?:the|these|those|this|that)\s+(?:posts?|reports?|claims?)\s+as\s+(?:false|fake|untrue|baseless)\b|"
    r"\bcorrected (?:the |those |these |its |their )?(?:earlier |previous |original )?"
    r"(?:reports?|statements?|claims?|posts?)\b(?!\s*[:,]?\s*(?:(?:saying|stating)\s+(?:that\s+)?)?\d)|"
    r"\b(?:reports?|claims?|posts?)\b[^.;]{0,80}?\b(?:was|were)\s+(?:later\s+)?corrected\b(?!\s+to\b|\s*:)|"
    rf"\b(?:{RETRACTED})|"
    r"\btook down\s+(?:the|its|that|this|an?)\s+(?:statement|claim|post|report)\b|"
    r"\bapologi[sz]ed\s+for\s+(?:(?:(?:publishing|posting|sharing)\s+)?(?:an?|the|its)\s+(?:[\w-]+\s+)?"
    r"(?:article|report|story|post|statement|account)|(?:publishing|posting|sharing)\b[^.;]{0,80}?\b(?:as|describing|"
    r"claiming|saying|that|with\s+a\s+caption))\b|"
    r"\b(?:posts?|statements?|reports?|claims?)\s+(?:saying|claiming)\b[^.;]{0,100}?\b(?:was|were)\s+(?:(?:later\s+)?"
    r"(?:deleted|retracted)|later\s+(?:removed|withdrawn)|(?:removed|withdrawn)\s+the\s+(?:next|following)\s+day"
    r")\b|\bposts?\s+(?:saying|claiming)\b[^.;]{0,100}?\b(?:was|were)\s+(?:removed|withdrawn)\b(?!\s+(?:to|from|into)\b)|"
    r"\bremoved\s+(?:an?|the|its|his|her)\s+(?:photo|picture|image|video)s?\b[^.;]{0,40}?\bshared\s+as\s+showing\b|"
    r"\b(?:reports?|claims?|posts?)\b[^.;]{0,40}\b(?:could|can)\s*not\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b|"
    r"\b(?:unverified|unconfirmed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|claims?|information|news|posts?|messages?|videos?)\b|"
    r"(?<!['’]s )(?<!its )(?<!their )(?<!(?-i:[A-Z]) )\b(?:posts?|messages?|videos?)\s+"
    r"(?!(?:by|from|of)\s+(?:the\s+)?(?-i:[A-Z]))(?:[\w-]+\s+){0,2}?on\s+"
    r"(?:Facebook|Telegram|TikTok|Twitter)\s+"
    r"(?:claimed|alleged|said|reported)\b|"
    r"(?<!['’]s )(?<!its )(?<!their )\b(?:Facebook|Telegram|TikTok)\s+"
    r"(?:posts?|users?|accounts?|channels?|pages?|videos?)\s+"
    r"(?:(?:run|operated)\s+by\s+[^.;,]{1,40}?\s+)?(?:claimed|alleged|reported|said)\b|"
    r"\b(?:claimed|alleged|said|reported)\s*,?\s+(?:without|with\s+no)\s+(?:(?:providing|offering|giving|citing|showing)\s+)?"
    r"(?:any\s+)?evidence\b|"
    r"\bwithout\s+(?:(?:providing|offering|giving|citing|showing)\s+)?(?:any\s+)?evidence\s*,\s*(?:[\w'’-]+\s+){0,4}?"
    r"(?:claimed|alleged|said|reported|stated)\b|"
    r"\b(?:claimed|alleged|said|reported|stated)\b[^.;]*\b(?:(?:providing|offering|giving|gave|offered|provided|citing|"
    r"cited)\s+no\s+evidence|without\s+(?:providing|offering|giving|citing|showing)\s+(?:any\s+)?evidence)\b|"
    r"\b(?:rumou?rs?|posts?|messages?|reports?)\s+on social media\s+(?:said|claimed|alleged|reported)\b|"
    r"\brumou?rs?\s+on (?:Facebook|Telegram|TikTok)\s+(?:said|claimed|alleged|reported)\b|"
    r"\bsocial media reports?\s+(?:said|claimed|alleged)\b|\b(?:were|was)\s+reported\s+on\s+social\s+media\b|"
    r"\b(?:providing|offering|giving|gave|offered|provided|citing|cited|showing|showed)\s+no\s+evidence\s*,\s*"
    r"(?:[\w'’-]+\s+){0,3}?(?:said|claimed|alleged|reported|stated)\b|"
    r"\baccording to (?:an?\s+)?(?:Facebook|Telegram|TikTok|social media)\s+(?:posts?|messages?|videos?|reports?)\b"
    rf"(?!\s+(?:by|of|from)\s+{_A_SIDE})|"  # a side's own posts: 'by the Kale PDF'; not 'by Kani residents'
    r"\baccording to (?:posts?|messages?|videos?) on (?:Facebook|Telegram|TikTok|social media)\b|"
    r"(?-i:(?<![A-Z]{2}['’]s )(?<![A-Z]{3}['’]s )(?<![A-Z]{4}['’]s ))(?<!its )(?<!their )(?<!with )(?<!than )"
    r"(?<!junta['’]s )(?<!military['’]s )(?<!army['’]s )(?<!regime['’]s )(?<!Force['’]s )(?<!Army['’]s )"
    r"(?<!Front['’]s )"
    r"(?-i:(?<![A-Z]{2} official['’]s )(?<![A-Z]{3} official['’]s )(?<![A-Z]{2} commander['’]s )"
    r"(?<![A-Z]{3} commander['’]s ))(?<!spokesman['’]s )(?<!spokesperson['’]s )(?<!junta official['’]s )"
    r"(?<!military official['’]s )(?<!junta commander['’]s )(?<!military commander['’]s )"
    r"\bsocial media (?:posts?|users?|accounts?|pages)\s+"
    rf"(?:(?:circulat(?:ed|ing)|shared|posted|linked)\b(?!\s+(?:by|from|to)\s+{_A_SIDE}(?!\s+(?:supporters?|fans)))"
    r"[^.;,]{0,30}?\s+)?"
    r"(?:claimed|claiming|reported|alleged)\b|"  # 'social media posts circulating the same day claimed'
    r"(?-i:(?<![A-Z]{2} posted )(?<![A-Z]{3} posted )(?<![A-Z]{4} posted ))(?<!spokesman posted )"  # 'the PDF posted'
    r"(?<!spokesperson posted )(?-i:(?<![A-Z]{2} official posted )(?<![A-Z]{3} official posted ))"
    r"(?<!junta official posted )(?<!junta commander posted )(?<!military commander posted )"
    r"\bon social media\b[^.;]{0,20}?\b(?:claimed|alleged)\b|"
    r"(?:^\s*|[,;:]\s+|\b(?:and|but|while|as|though|what)\s+)"  # 'local sources said on Facebook', not a side's
    rf"(?:pro-[\w-]+\s+|(?!{_SIDE_WORD}|[\w'’-]+['’]s\b)[\w'’-]+\s+){{0,4}}?sources?\s+"
    r"(?:close to [^,.;]{1,40}?\s+)?(?:claimed|alleged|said)\s+"
    r"(?:on|in\s+an?)\s+(?:Facebook|Telegram|TikTok|social media)\b|"
    r"\breports? (?:circulated|spread) on social media\b|"
    r"(?<!['’]s )(?<!its )(?<!their )\b(?:posts?|messages?|videos?|rumou?rs?)\s+(?:circulat(?:ed|ing)|spread|shared)\s+"
    rf"(?:widely\s+)?on\s+(?:Facebook|Telegram|TikTok)\b(?!\s+by\s+{_A_SIDE})[^.;,]{{0,30}}?\b(?:claimed|alleged|"
    r"purportedly)\b|"
    # anonymous reports and posts, not a side's own ('the KIA's reports on social media', 'the PDF posted reports')
    r"(?<!['’]s )(?<!posted )(?<!published )(?<!shared )(?<!released )(?<!its )(?<!their )(?<!said in )"
    r"(?<!stated in )(?<!claimed in )(?<!announced in )(?<!, in )(?<!(?-i:[A-Z]) )"
    r"(?<!regularly )(?<!also )(?<!often )(?<!it )\breports?\s+on\s+(?:social media|Facebook|Telegram|TikTok)\b"
    rf"(?!\s+by\s+{_A_SIDE})"
    r"(?!,?\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+(?:said|claimed|announced|stated|reported))|"
    r"\bcirculated (?:claims|reports|rumou?rs)\b|"
    r"\b(?:posts?|messages?|reports?|rumou?rs?|videos?)\s+(?:\w+\s+)?(?:circulated|circulating|spread|shared)\s+"
    r"(?:\w+\s+)?on social media\b|"
    r"(?<!released )(?<!posted )(?<!published )(?<!shared )"
    r"(?<!released a )(?<!posted a )(?<!published a )(?<!shared a )"
    r"\b(?:an?\s+)?(?:videos?|photos?|images?|footage)\s+(?:that\s+|(?:[\w-]+\s+){1,4}?)?purport(?:s|ed|ing)?\s+to\s+show\b|"
    r"(?<!released )(?<!posted )(?<!published )(?<!shared )"
    r"\b(?:an?\s+)?(?:videos?|photos?|images?|footage)\s+(?:that\s+|(?:shared|posted|circulated)\s+on\s+"
    r"(?:Facebook|Telegram|TikTok|social\s+media)\s+)?appeared\s+to\s+show\b|"  # 'a video shared on Facebook appeared
    r"(?<!released )(?<!posted )(?<!published )(?<!shared )(?<!['’]s )"  # not a side's own: 'released a video'
    r"(?<!released a )(?<!posted a )(?<!published a )(?<!shared a )"
    r"\b(?:videos?|photos?|images?|footage|posts?)\s*,?\s+"
    r"(?:(?!(?:it|they|he|group|resistance|spokes\w+|military|army|junta|force|forces|front|(?-i:[A-Z]{2,})|"
    r"(?-i:(?!Facebook|Telegram|TikTok|Twitter|YouTube)[A-Z][a-z]+)(?![\w-]*(?:\s+\w+){0,2}?\s+(?:residents|users|villagers|locals|people)))\b)"
    r"[\w'’-]+\s+){0,5}?"
    r"claimed\s+to\s+show\b|"  # 'a post which its author claimed to show', not 'a video the PDF claimed to show'
    r"\b(?:page|user|account|channel)['’]s\s+(?:videos?|photos?|images?|footage|posts?)\s+claimed\s+to\s+show\b|"
    r"(?<!released )(?<!posted )(?<!published )(?<!shared )\b(?:an?\s+)?(?:videos?|photos?|images?)\s+purportedly\s+"
    r"(?:show(?:s|ing)?|depict(?:s|ing)?)\b|"
    rf"\b(?:videos?|photos?|images?|posts?|claims?)\s+circulat(?:ed|ing)\s+online\b(?!\s+by\s+{_A_SIDE})",
    re.I,
)

#: 'rumours spread that police had': of the verb that follows, never of one told before ('..., and rumours spread')
_RUMOUR_THAT = re.compile(
    r"\brumou?r(?:s|ed)?\b(?:[^.;,()]|\([^(),]*\))*"
    r"(?:\([^()]*\)\s*(?:(?:spread|circulated|emerged|went (?:a)?round)\s+)?)?\bthat\b[^.;,]*$|"
    r"\brumou?red\s+to\s+have\s+(?:been\s+|already\s+)?$|"
    r"\b(?:claims?|reports?)\s+(?:circulated|circulating|spread)\b[^.;,]*$",
    re.I,
)

_HYPHEN = re.compile(r"(?i:s)ocial-media")  # 'Social-media posts claimed' as 'social media'
#: 'fighting broke out, with social media posts claiming that 20 soldiers surrendered': the verb inside the posts'
#: claim (before it only: 'the PDF said 30 surrendered, with social media posts claiming more' is the PDF's figure)
_WITH_POSTS = re.compile(
    r"\b(?:with|together with)\s+(?:(?!(?-i:[A-Z]{2,})\b)[\w-]+\s+)?(?:social media|Facebook|Telegram|TikTok)\s+"
    r"(?:posts?|users?|accounts?|"
    r"pages|reports?)(?!\s+(?:run|operated|managed|of|by|from|linked)\b)\s+(?:[^.;,]{0,30}?\s+)?"
    r"(?:claiming|reporting|alleging|saying)\b(?:\s+that)?"  # not 'accounts run by the PDF claiming'
    r"(?:\s*,[^,.;]{0,60},)?[^,.;]{0,80}$",  # 'claiming that, after heavy fighting, 20 ...', not '... heavy, 20 ...'
    re.I,
)
_UNCONFIRMED_POST = re.compile(
    r"\b(?:page|post|posts|account|accounts|channel|channels)\b[^.;]{0,120}\b(?:nor\b[^.;]{0,60}\bcould|(?:could|can)\s+not)"
    r"\s+(?:confirm|verify)\s+(?:it|this|the\s+(?:claims?|reports?|posts?))\b|"
    r"\b(?:posts?|pages?|accounts?|channels?)(?:\s+on\s+(?:social\s+media|facebook|telegram|tiktok|x))?,\s*which\b"
    r"[^,.;]{0,60}\b(?:could|can)\s*not\s+(?:confirm|verify)\b",
    re.I,
)  # 'social media posts, which the AA said it could not confirm, claimed ...'
_UNTRUE_WORDS = (
    *("false", "fake", "untrue", "baseless", "fabricated", "corrected", "rumo", "took place", "taken place"),
    "propaganda",
    *("found to", "shown to", "proven to", "revealed to"),
    *("be verified", "be confirmed", "be independently"),
    *("unverified", "unconfirmed", "social media", "facebook", "telegram", "tiktok", "twitter", "purport", "evidence"),
    *("appeared to show", "removed", "deleted", "withdrawn", "replaced by", "years old", "months old", "year old"),
    *("claimed to show", "said to show", "fact-check", "factcheck", "fact check", "clarified"),
    *("withdrew ", "took down the", "took down a", "apologi", "retracted", "deleted"),
    *("circulat", "spread", "shared widely", "widely shared", "said no ", "in error"),
)


#: the military calling a report false: its routine denial, not read (', but junta officials called the report false')
_JUNTA_CALLED = re.compile(
    rf"\b{_JUNTA}\b[^.;,]{{0,40}}\b(?:called|described|dismissed|branded|termed)\s+"
    r"(?:the|this|that|these|those|such)\s+(?:reports?|claims?)\s+(?:as\s+)?(?:false|fake|untrue|baseless|fabricated)\b",
    re.I,
)
_A_PARTY = re.compile(r"\b(?-i:[A-Z]{2,})\b")  # 'two local PDF groups said ...; their social media posts claimed'


def untrue(before: str, after: str) -> bool:
    """A rumour, an unverified report or one said to be false, around the verb or before it ('rumours spread that
    police had abandoned the station, and ...': whatever follows a comma)."""
    said = before
    cut = before.rfind(";")
    if cut != -1 and not _GOES_ON.match(before, cut + 1):  # not '...; 5 of them fled': the same report goes on
        before = before[cut + 1 :]  # this clause's own words ('a photo purporting ... circulated; the PDF')
    after, _, rest = after.partition(";")  # not '; Facebook posts claimed 30 did'
    if rest and (
        not_as_claimed(rest.split(";", 1)[0])  # '; the AA later said the four were civilian porters'
        or _OF_THIS_CLAIM.match(rest)
        and _UNTRUE.search(rest)
        and (_HEARD_OF.search(before) or _STRONG_DOUBT.search(rest))  # a side's claim: not only 'could not be verified'
    ):
        return True  # 'a Telegram claim ... circulated widely; the claim could not be verified, and ... false'
    if "ocial-media" in before or "ocial-media" in after:
        after, before = _HYPHEN.sub("social media", after), _HYPHEN.sub("social media", before)
    if (at := said.lower().find("their social media")) != -1 and not _A_PARTY.search(said, 0, at):
        before = before.replace("their social media", "social media")  # villagers' posts, not a named side's
    if any(w in after for w in ("called", "described", "dismissed", "branded", "termed")):
        after = _JUNTA_CALLED.sub(" ", after)
    text = before + after
    low = text.lower()
    if (" not confirm" in low or " not verify" in low or " could confirm" in low) and _UNCONFIRMED_POST.search(text):
        return True  # 'a Facebook page claimed ..., but neither the PDF nor other sources could confirm it'
    if not any(w in low for w in _UNTRUE_WORDS):
        return False
    # 'heard that troops had fled ..., but this could not be verified': the hearsay's doubt, of it only
    heard = _HEARD.search(before) and _BUT_UNVERIFIED.match(after)
    return (
        heard
        or not_as_claimed(text)  # not the junta's: 'but the military said no surrender took place'
        or _UNTRUE.search(text)
        or _UNTRUE.search(before)
        or _RUMOUR_THAT.search(before)
        or _WITH_POSTS.search(before)
    ) is not None


#: the clause after a semicolon speaks of the claim just told: '; the claim could not be verified', '; they later ...'
_OF_THIS_CLAIM = re.compile(
    r"\s*(?:but\s+|and\s+)?(?:(?:the|this|that)\s+(?:claims?|reports?|posts?|statements?)\b|"
    r"(?:(?:[\w-]+\s+){1,3}later,?\s+|the\s+(?:next|following)\s+day,?\s+)?"
    r"(?:they|it|he|she|the\s+(?!military\b|junta\b|army\b|regime\b)[\w-]+)\s+"
    r"(?:later\s+)?(?:corrected|retracted|withdrew|deleted|clarified|took\s+down|apologi[sz]ed\s+for)\b|"
    r"(?:local\s+)?(?:media|outlets?|journalists|reporters|fact-?checkers?)\s+(?:that|who)\s+(?:checked|verified)\b)",
    re.I,
)
_STRONG_DOUBT = re.compile(
    r"\b(?:false|fake|fabricated|baseless|untrue|withdr[ae]w\w*|retracted|deleted|corrected|still\s+(?:held|manned)|"
    r"(?:residents|villagers|locals)\s+said|no\s+(?:soldiers|troops|police|one)\b)",
    re.I,
)
#: a claim of media, posts or rumour (not a side's own, which a doubt after it does not take back)
_HEARD_OF = re.compile(
    r"\b(?:media|social|facebook|telegram|tiktok|twitter|posts?|pages?|accounts?|channels?|outlets?|rumou?rs?|reports?|"
    r"reported)\b",
    re.I,
)
#: hearsay the note doubts in the same sentence: 'Residents had heard that the troops had fled the camp, but this could
#: not be verified' (of the verb after 'heard that' only: not 'the PDF captured six soldiers, and villagers heard ...')
_HEARD = re.compile(r"\bheard\s+that\b[^.;]{0,120}$", re.I)
_BUT_UNVERIFIED = re.compile(
    r"[^.;]{0,120}?,\s*but\s+(?:this|that|it)\s+(?:could|can)\s*not\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b",
    re.I,
)


_GOES_ON = re.compile(  # '...; some fled': the same report goes on; not '; some twenty soldiers surrendered'
    r"\s*(?:they|(?:[\w-]+\s+)?of them|others|(?:some|most)\b(?!\s+(?:\d|[a-z]+ty\b|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|dozens?|hundreds?)))\b",
    re.I,
)

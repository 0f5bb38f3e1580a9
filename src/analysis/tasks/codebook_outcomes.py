"""Codebook prose on outcomes (captured, released, fled, mixed) and on the second worklist (G01 ...).

Kept apart from :mod:`analysis.tasks.codebook` so that each module stays short; the
codebook renders these sections in place.
"""

from __future__ import annotations

OUTCOME_RULES = """## What happened to them: outcomes kept apart

Since version 0.3 a row can say what the texts say happened, and every count keeps the
outcomes apart. Each outcome is defined from the texts' wording (see the `outcome`
categories below):

- **surrendered**: the men gave themselves up ("surrendered", "laid down their arms",
  "handed over their weapons", "raised the white flag"). Only these are surrenders.
- **defected**: the men went over to the other side of their own accord ("defected",
  "went over to", "joined").
- **captured**: the men were taken prisoner and the text does not say they surrendered
  ("captured", "detained", "arrested", "apprehended", "taken prisoner", "prisoners of
  war"). The outcome was called `detained` before version 0.3; the one seed row that used
  it (IRR-025, "five soldiers were detained in clashes") now says `captured`, and
  `validate` names the new word when a file still says `detained`. **Captured is never
  counted as surrendered.**
- **fled_across_border**: the men crossed an international border ("fled into",
  "crossed into"), whatever the other side then did (disarmed them, detained them,
  pushed them back, flew them home). `border_country` names the country (`India`,
  `Thailand`, as pycountry spells it); `validate` warns when it is empty and refuses a
  country it does not know.
- **released**: captives or border-crossers set free or handed back ("released",
  "freed", "sent back", "handed over" to the junta or a junta-allied force). They were
  taken earlier, so **a release adds no one**: no counting rule selects it, a released
  row may not be `part_of` anything, and `taken_in` names the event in which those
  people were taken (a surrender, capture or crossing) where the record has one.
- **positions_abandoned**: bases or posts left ("abandoned", "withdrew from").
- **Mixed figures stay mixed.** A figure that does not split those who surrendered from
  those captured is `surrendered_or_captured` (A27-F54's "At least 200", "some
  captured"); one that counts soldiers with their families is actor `mixed`; one whose
  people are disputed or unsaid is actor `unknown`. None is ever counted as surrendered
  personnel or split by guesswork; `text_flag` says why.
- **Claimed totals of other outcomes** have their own kinds: `captured_total` (prisoners
  taken in a period, or held as of a date), `released_total`, and `tally` (a count over a
  fixed period that mixes defected, surrendered and captured and gives its parts as
  `breakdown` rows, e.g. People's Goal's 2025 count). A tally's parts are added only to be
  set beside the tally; each part is compared with the itemized events of its own outcome
  in the same window and scope; a tally is never compared as a surrender total, and an
  earlier stage of the same count is never added to it.
- **One claim in several wordings** (a report's body and its quoted source; a rewrite of
  the report) is one claim: the other wordings are rows with `same_as` naming the first,
  shown but compared once. A rewrite, mirror or translation is marked in `sources.csv`
  (`rewrite_of`) and is never a second source.
"""

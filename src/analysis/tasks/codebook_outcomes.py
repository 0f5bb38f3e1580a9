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

AFTER_2024 = """## The record to the end of 2025 (`A27-G` rows, `CT-G` claims)

The 74 facts of `../shared/sources/after-1027/reports-2024-09-on.csv` (50 reports, Oct
2024 - Jan 2026; `G49` and `G50` were dropped from that list as rewrites of AFP's report
in `G48`, and their ids are not reused) are curated exactly as the first list: each
report is a row of `sources.csv`; an event is a row of `events.csv` with id `A27-` + fact
id; a running total, captured or released total, tally or breakdown is a row of
`claimed_totals.csv` with id `CT-` + fact id. The figure is as written (German
"ungefähr 40" and Spanish "unos 500" where only a translation is stored), `date_basis`
cites the fact id, the note names the claimant as listed. 48 facts are events and 26 are
claims; none is set aside. Only the list's facts are curated: figures its notes and counts
mention without making them facts (the four junta personnel captured on the
Salin-Sidoktaya road in G40's text, Kanpetlet abandoned in G29's, the 15 dead of G65, the
314 relatives freed of G52's note, the Lashio and Mese prison escapes) get no row.

- **Outcomes as the texts give them** (see "What happened to them" above): a fact the
  list calls `captured` is `captured`, never `surrendered`, except where its counts say
  capture and surrender are not told apart (`A27-G25`, prisoners filmed behind white
  flags): that is `surrendered_or_captured`, in neither series; `released` facts are releases
  with `taken_in` where the record has the event (Lashio's handover to Mongyai and the
  MNDAA's January 2026 release -> `A27-F56`; the Thai army's handover of 62 to the Karen
  BGF -> the crossing `A27-G43`; the AA's release of 70 from the Thandwe and Gwa battles
  -> `A27-G30`); crossings into Thailand say `border_country` = Thailand.
- **Disagreements kept, one row counted.** Maungdaw, 8 Dec 2024: the fleeing group of
  Brig-Gen Thurein Tun is counted once as **captured** (`A27-G18`, the AA's "dozens",
  inside the base's "hundreds", `A27-G20`); Narinjara's source's "over 80" surrendered
  (`A27-G17`, actor `unknown`: whether they were junta personnel is unclear) and The
  Irrawaddy's "about 80" Rohingya insurgents arrested (`A27-G21`) are `same_as` rows,
  each carrying the other's figure as `alt_count_text`, so the disputed
  surrender is never counted as one; who the men were is flagged on `A27-G18`. Thadinn's
  "two or three" senior officers (`A27-G16`) are `part_of` the group. The base's "hundreds"
  cites The Irrawaddy's verbatim text (greatbengaltoday mirror), not The Voice's rewrite
  the list gives for G20. Falam: DVB's "several" at the end (`A27-G36`) is `part_of`
  Myanmar Now's campaign (`A27-G37`). Indaw, 7 Apr 2025: "ungefähr 40" (`A27-G38`,
  counted) with "At least 160" (`A27-G39`, `same_as`, and `alt_count_text` on G38).
  Black Do, May 2025: 62 let into Thailand and disarmed (`A27-G43`) with Pantaing's 63
  pushed back as its `alt_count_text`. Pu Lu Tu: "at least 11" and "eleven" agree
  (`A27-G35` `same_as` `A27-G34`). The two reports of 22 who fled a column (`A27-G45`,
  `A27-G46`) are linked, their places flagged.
- **Ann's three wordings are one claim**: `CT-G08` (DMG's "Upwards of 800") is compared;
  `CT-G09` (its source's "Between 700 to 800") and `CT-G07` (Myanmar Peace Monitor's
  rewrite, "Around 800") have `same_as` = `CT-G08`. Their scope is Ann Township
  (`scope_townships`); the start of the fighting is not dated in the texts, so the claim is
  not compared. "No military families among them" is Myanmar Peace Monitor's wording (G07),
  not DMG's.
- **A front's or an operation's claim is compared with that front only**: the Kawkareik
  roads' captured (`CT-G13`) with events in the Myawaddy and Kawkareik townships (not the
  Hpapun captures of `A27-G05`); the Chin Brotherhood's first-year captures (`CT-G31`)
  with captures by the Chin Brotherhood (`scope_counterparts`), not the CNA's Hakha camps
  (`A27-G65`).
- **Rewrites are marked** in `sources.csv` (`rewrite_of`): Myanmar Peace Monitor's Ann
  story (of DMG), The Voice (of The Irrawaddy, whose verbatim text is cited through its
  mirror for G20 and G21), the Bay of Bengal Post's Mindat piece (original not stored: the
  wording of G28 and G29 is flagged as unchecked), Asia Views (Mizzima), Der Informant
  (a German translation of RFA), the blog translation of Kokang News. The rewriters'
  own wordings of AFP's "One hundred" (G48) are not figures. Verbatim mirrors
  (greatbengaltoday.com for The Irrawaddy, dnyuz.com for The New York Times, G47) are the
  original's text and say so in their `sources.csv` note; they are cited as the original.
- **Mixed stays mixed**: G01, G02, G27, G52, G54 and G63 count soldiers with their
  families (actor `mixed`, `includes_relatives` yes); G28's 168 "along with their
  families" is ambiguous (whether the families are inside the figure is unclear), so it is
  kept `mixed` and flagged; G37's prisoners may include
  resistance fighters held by the junta (`mixed`); G21's insurgents are `armed_group`;
  the 78 women of G03 are disputed (relatives per DMG, conscripted soldiers per MPA) and
  are actor `unknown`. None is counted as personnel.
- **People's Goal's tallies** (`CT-G55`, all of 2025, parts `CT-G56`-`CT-G62`;
  `CT-G67`, January-September 2025 via The Irrawaddy, parts `CT-G68`-`CT-G74`) are kind
  `tally`: their parts are set beside them (2,578 against "more than 2,578"; 2,130
  against "More than 2,000"), each part is compared with itemized events of its own
  outcome in 2025, and the source's "961 were soldiers", which fits none of the parts, is
  flagged, as is "more than 2,578" where the parts add up to exactly 2,578. The nine-month
  tally is an earlier stage of the year's, never added to it.
- Captured totals (`CT-G13`, `CT-G14`, `CT-G31`, `CT-G47`, the last a stock of about
  15,000 prisoners held) and DMG's released total (`CT-G54`) are never added to
  surrenders or to each other.
"""

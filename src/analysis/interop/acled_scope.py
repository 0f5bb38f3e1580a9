"""Which ACLED events an import reads at all: those in Myanmar, and not protests or riots (whatever their notes
say). :func:`.acled_select.decide` tests one row; :mod:`.acled_sift` tests a block of rows, column by column.

>>> in_myanmar({"country": " Burma "}), in_myanmar({"country": "", "iso": "104"}), in_myanmar({"iso": "764"})
(True, True, False)
"""

from __future__ import annotations

#: How ACLED names Myanmar (lower case), and its codes when the country cell is empty.
MYANMAR_NAMES = ("myanmar", "burma", "myanmar (burma)")
MYANMAR_CODES = {"iso": "104", "gwno": "775", "iso3": "MMR"}
#: ACLED's event types and disorder type for protests and riots: left out whatever their notes say.
PROTEST_TYPES = ("Protests", "Riots")
PROTEST_DISORDER = "Demonstrations"


def in_myanmar(row: dict) -> bool:
    """The country named, else its code (ISO 104, ISO3 MMR, Gleditsch-Ward 775)."""
    if row.get("country", "").strip():
        return row["country"].strip().lower() in MYANMAR_NAMES
    return any(row.get(column, "") == code for column, code in MYANMAR_CODES.items())

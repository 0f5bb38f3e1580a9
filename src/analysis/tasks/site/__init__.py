"""The static site (``make site``, ``python -m analysis site``): notebooks, chart gallery, claims and data as pages.

>>> from analysis.tasks.site import build_site
>>> build_site("site")  # doctest: +SKIP
"""

from .build import build_site

__all__ = ["build_site"]

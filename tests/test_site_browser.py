"""The site in a real browser: every page opened from disk in headless Chromium (Debian's, from `make browser`).

Fails on a console message of level error, a local link to a file or anchor that does not exist, an image
that did not load or has no alt text, any resource fetched from anywhere but the site's folder (remote
hosts are unresolvable for this browser, so a page that tried would also log an error), headings out of
order, and a page wider than a 375 px phone screen (wide tables must scroll in their own box).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from analysis.tasks.site.build import build_site

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

#: What the page reports about itself, read in the page.
PROBE = """
const abs = (el, attr) => el.getAttribute(attr) === null ? null : new URL(el.getAttribute(attr), document.baseURI).href;
return {
  images: [...document.images].map(i => ({src: i.currentSrc || i.src, alt: i.getAttribute('alt'),
                                           loaded: i.complete && i.naturalWidth > 0})),
  links: [...document.querySelectorAll('a[href]')].map(a => abs(a, 'href')),
  assets: [...document.querySelectorAll('link[href], script[src], img[src], source[src], iframe[src], video[src], '
                                        + 'audio[src], object[data], embed[src]')]
            .map(e => abs(e, ['src', 'data', 'href'].find(a => e.hasAttribute(a)))),
  fetched: performance.getEntriesByType('resource').map(r => r.name),
  headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1])),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id),
  scripts: document.scripts.length,
};
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "site"
    build_site(out, log=lambda m: None)
    return out


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.fail("chromium and chromedriver are needed: `make browser` installs Debian's (make test runs it)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--disable-extensions",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _visit(driver, page: Path) -> tuple[dict, list[str]]:
    driver.get(page.as_uri())
    driver.execute_async_script(  # every image settled (loaded or failed)
        "const done = arguments[0]; Promise.all([...document.images].map(i => i.complete ? 1 :"
        " new Promise(r => { i.onload = i.onerror = r; }))).then(() => done());"
    )
    report = driver.execute_script(PROBE)
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    return report, errors


def _local(url: str, site: Path) -> tuple[Path, str] | None:
    parsed = urlparse(url)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path)), parsed.fragment


def test_every_page_in_headless_chromium(browser, site):
    pages = sorted(site.glob("*.html"))
    assert len(pages) >= 8
    problems, ids, anchors = [], {}, []
    counted = {"pages": 0, "images": 0, "links": 0}
    for page in pages:
        report, errors = _visit(browser, page)
        counted["pages"] += 1
        problems += [f"{page.name}: console: {e}" for e in errors]
        ids[page.resolve()] = set(report["ids"])
        for img in report["images"]:
            counted["images"] += 1
            if not img["loaded"]:
                problems.append(f"{page.name}: image did not load: {img['src']}")
            if not (img["alt"] or "").strip():
                problems.append(f"{page.name}: image without alt text: {img['src']}")
        for url in report["assets"] + report["fetched"]:
            if urlparse(url).scheme not in ("file", "data"):
                problems.append(f"{page.name}: remote asset {url}")
            elif urlparse(url).scheme == "file" and site.resolve() not in Path(unquote(urlparse(url).path)).parents:
                problems.append(f"{page.name}: asset outside the site's folder {url}")
        for url in report["links"]:
            local = _local(url, site)
            if local is None:
                continue  # a link a reader may follow to a report or a licence, not part of the page
            counted["links"] += 1
            target, fragment = local
            if not target.is_file() or site.resolve() not in target.resolve().parents:
                problems.append(f"{page.name}: broken link {url}")
            elif fragment and target.suffix == ".html":
                anchors.append((page.name, target.resolve(), fragment))
        levels = report["headings"]
        if levels[:1] != [1] or levels.count(1) != 1:
            problems.append(f"{page.name}: headings {levels[:5]}...: one <h1>, first")
        jumps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        if jumps:
            problems.append(f"{page.name}: heading levels skip: {jumps[:3]}")
        if report["scripts"]:
            problems.append(f"{page.name}: {report['scripts']} script(s); the site needs none")
    for name, target, fragment in anchors:
        if target in ids and not {fragment, unquote(fragment)} & ids[target]:  # an id matches raw or decoded
            problems.append(f"{name}: link to a missing anchor #{fragment} in {target.name}")
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])
    assert counted["images"] >= 20 and counted["links"] >= 100, counted
    print(f"browser: {counted}")


def test_no_page_is_wider_than_a_phone(browser, site):
    """At 375 px, the page itself never scrolls sideways: wide tables scroll inside their own box."""
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 375, "height": 800, "deviceScaleFactor": 2, "mobile": True}
    )
    try:
        wide = {}
        for page in sorted(site.glob("*.html")):
            browser.get(page.as_uri())
            width = browser.execute_script("return document.documentElement.scrollWidth")
            if width > 376:
                wide[page.name] = width
        assert not wide, f"pages wider than a 375 px screen: {wide}"
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

"""End to end in Debian's Chromium (Playwright): the pages a reader walks through on the seeds, at desktop and
phone width, and a hostile article that must stay inert. Screenshots go to artifacts/screenshots/.
``make browser`` installs Chromium with apt where it is missing (CI runs it before the tests)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright
from test_thread_pages import build_thread_store
from web_support import web_db_path

from khabar.web.app import create_app

CHROMIUM = Path(os.environ.get("KHABAR_CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def web_db() -> Path:
    return web_db_path()


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """A real uvicorn server over the store at ``db``, on a free port, for as long as the block runs."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    with serving(web_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda e: errors.append(str(e)))
    opened.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield opened
    context.close()
    assert not errors, errors


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_stories_then_the_beijing_story_then_kim(page: Page, base_url: str):
    page.goto(f"{base_url}/stories")
    stories = page.locator("li.story-item")
    expect(stories.first).to_be_visible()
    assert stories.count() >= 4
    shot(page, "01-stories")

    beijing = stories.filter(has_text="बीजिंग").filter(has_text="3 articles")
    beijing.locator("a.headline").click()
    expect(page.locator("h1")).to_contain_text("बीजिंग")
    summary = page.locator("ol.summary > li")
    assert 3 <= summary.count() <= 5
    links = summary.locator("a.source-link")
    assert links.count() == summary.count()
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        assert href.startswith("/articles/") and "start=" in href and "end=" in href
    syndicated = page.locator(".group.syndicated li")
    assert syndicated.count() == 2
    expect(page.locator(".group.syndicated .group-label")).to_contain_text("one independent source")
    shot(page, "02-story-beijing")

    first_sentence = summary.first.inner_text().rsplit("[", 1)[0].strip()
    links.first.click()
    focus = page.locator(".text .focus")
    expect(focus.first).to_be_visible()
    # Compared without spaces: the focus is split into highlight elements, and a sentence that opens with a dateline
    # ("सियोल,4 सितंबर (…)-") comes back with a space at every element's edge.
    focused = "".join("".join(focus.all_inner_texts()).split())
    assert focused.startswith("".join(first_sentence.split())[:30])
    shot(page, "03-article-from-summary")

    page.go_back()
    page.locator("#entities a", has_text="Kim Jong Un").first.click()
    expect(page.locator("h1")).to_contain_text("किम जोंग उन")
    expect(page.locator("h1 .latin")).to_have_text("Kim Jong Un")
    assert page.locator("table.aliases td", has_text="किम जोंग-उन").count() == 1
    expect(page.locator("svg.chart")).to_be_visible()
    expect(page.locator(".graph-box svg")).to_be_visible()
    shot(page, "04-entity-kim")


@pytest.mark.parametrize("query", ["पुतिन", "Putin"])
def test_search_a_name_in_either_script(page: Page, base_url: str, query: str):
    page.goto(f"{base_url}/stories")
    page.locator("header input[name=q]").fill(query)
    page.locator("header button").click()
    hits = page.locator("ol.hits > li")
    expect(hits.first).to_be_visible()
    assert hits.count() >= 6
    assert page.locator("ol.hits .badge.lang-en").count() >= 1 and page.locator("ol.hits .badge.lang-hi").count() >= 5
    expect(page.locator(".facets")).to_contain_text("Vladimir Putin")
    shot(page, f"05-search-{'latin' if query == 'Putin' else 'devanagari'}")


def test_search_covid_19_without_an_error(page: Page, base_url: str):
    response = page.goto(f"{base_url}/search?q=COVID-19")
    assert response.status == 200
    expect(page.locator("ol.hits > li").first).to_contain_text("COVID-19")
    # the Hindi report's कोविड-19 too, and the page says what it added
    expect(page.locator("ol.hits")).to_contain_text("कोविड-19")
    expect(page.locator("p.also")).to_contain_text("कोविड 19")
    shot(page, "06-search-covid")


def test_a_stored_script_payload_stays_inert(page: Page, base_url: str):
    page.goto(f"{base_url}/search?q=Market+update")
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.locator("ol.hits a.headline").first.click()
    expect(page.locator(".text")).to_contain_text('<img src=x onerror="window.__xss')
    expect(page.locator("h1")).to_contain_text("<script>")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator(".text img, .text script, .text svg, h1 script").count() == 0
    shot(page, "07-xss-inert")


def test_phone_width_has_no_sideways_scrolling(browser: Browser, base_url: str):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    for path, name in (("/stories", "08-phone-stories"), ("/entities/Kim%20Jong%20Un", "09-phone-entity"),
                       ("/search?q=%E0%A4%AA%E0%A5%81%E0%A4%A4%E0%A4%BF%E0%A4%A8", "10-phone-search")):
        page.goto(base_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 392, path
        shot(page, name)
    page.goto(base_url + "/stories")
    page.locator("a.headline", has_text="बीजिंग").first.click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 392
    shot(page, "11-phone-story")
    context.close()


def test_a_thread_draws_its_rising_count(page: Page, tmp_path: Path):
    """Threads page -> the Bihar thread -> its count drawn as a line of three dated points."""
    db = tmp_path / "threads.db"
    build_thread_store(str(db))
    with serving(db) as url:
        page.goto(f"{url}/stories")
        page.get_by_role("link", name="Threads").click()
        expect(page.locator("li.story-item")).to_have_count(2)
        page.locator("li.story-item a.headline").filter(has_text="बिहार").click()
        chart = page.locator("#figures svg.series")
        expect(chart).to_be_visible()
        expect(chart.locator("circle")).to_have_count(3)
        box = chart.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 50
        expect(page.locator("#stories li")).to_have_count(3)
        shot(page, "thread")

"""The playground and the dashboard in headless Chromium (Debian's, driven by Playwright)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from adapters.web import SESSION_COOKIE, session_cookie
from bot.storage import TinyStore
from tests.conftest import start_server

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync", "--disable-quic"]  # fmt: skip


def _chromium() -> str:
    """Debian's Chromium, installed here if missing (the machine reaches Debian's registry)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found and shutil.which("apt-get") and os.geteuid() == 0:
        for command in (["apt-get", "install", "-y", "-q", "chromium"], ["apt-get", "update", "-q"],
                        ["apt-get", "install", "-y", "-q", "chromium"]):  # fmt: skip
            subprocess.run(command, capture_output=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
            found = shutil.which("chromium")
            if found:
                break
    if not found:
        pytest.fail("Chromium is needed for the browser tests: apt-get install chromium")
    return found


def _cli(data: Path, *args: str) -> str:
    env = {**os.environ, "DATA_DIR": str(data)}
    done = subprocess.run([sys.executable, "-m", "cli", *args], env=env, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("web") / "data"
    process, base, _ = start_server(data)
    yield base, data
    process.terminate()
    process.wait(timeout=15)


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def test_browser_playground_answers_and_a_quiz_shows_on_the_dashboard(server, browser):
    base, data = server
    page = browser.new_page()
    page.goto(base + "/")
    page.get_by_label("Your question").fill("what is a CSPR")
    page.get_by_role("button", name="Ask").click()
    answer = page.locator(".reply-answer").first
    answer.wait_for()
    assert "Child Safeguarding Practice Review" in answer.inner_text()
    assert answer.locator(".sources li").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "playground.png"), full_page=True)

    page.get_by_label("Your question").fill("quiz was-not-brought")
    page.keyboard.press("Enter")
    for _ in range(20):
        page.locator(".reply").last.wait_for()
        if "You finished" in page.locator(".reply").last.inner_text():
            break
        count = page.locator(".reply").count()
        page.locator("button.choice:not([disabled])").last.click()  # the last option of the newest question
        page.locator(".reply").nth(count).wait_for()  # a locator, not a script: the page's CSP forbids eval
    assert "You finished 'Was Not Brought'" in page.locator(".reply").last.inner_text()

    _cli(data, "roles", "grant", "terminal:officer", "training_officer")
    link = _cli(data, "dashboard-link", "terminal:officer", "--base-url", base).splitlines()[0]
    page.goto(link)
    assert page.url.endswith("/dashboard")
    row = page.locator("table").first.locator("tr", has_text="Was Not Brought")
    cells = row.locator("td").all_inner_texts()
    assert cells[1:3] == ["1", "1"]  # started 1, completed 1
    assert page.locator("figure svg").count() == 3
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    page.goto(link)  # a link works once
    assert "already been used" in page.content()
    page.close()


def test_browser_dashboard_refuses_without_a_session_and_with_a_learners(server, browser):
    base, data = server
    anonymous = browser.new_context()
    page = anonymous.new_page()
    response = page.goto(base + "/dashboard")
    assert response.status == 403 and "Training officers only" in page.content()
    assert page.goto(base + "/dashboard/results.csv").status == 403
    anonymous.close()
    learner = browser.new_context()
    cookie = session_cookie(TinyStore(data), "web:a-learner")
    learner.add_cookies([{"name": SESSION_COOKIE, "value": cookie, "url": base}])
    page = learner.new_page()
    assert page.goto(base + "/dashboard").status == 403
    page.screenshot(path=str(ARTIFACTS / "dashboard-refused.png"))
    learner.close()


def test_browser_dashboard_on_a_phone_and_a_desktop_lists_assigned_learning(server, browser):
    from datetime import date

    from quizzes.tracking import Cohort, Learner

    base, data = server
    store = TinyStore(data)
    for n, team in enumerate(("North", "North", "South")):
        store.save_learner(Learner(f"slack:UA{n}", f"Assigned Learner {n}", team, "Police"))
    store.save_cohort(Cohort("late", "hidden-men", ("slack:UA0", "slack:UA1", "slack:UA2"), date(2026, 1, 31)))
    _cli(data, "roles", "grant", "terminal:officer2", "training_officer")
    for width, height in ((390, 844), (1280, 900)):
        page = browser.new_page(viewport={"width": width, "height": height})
        link = _cli(data, "dashboard-link", "terminal:officer2", "--base-url", base).splitlines()[0]
        page.goto(link)
        contents = page.get_by_role("navigation", name="Contents")
        assert contents.get_by_role("link").count() == 7
        assert page.get_by_role("region", name="Quiz questions to review").is_visible()  # nothing flagged, shown so
        chase = page.get_by_role("region", name="Assigned learning")
        assert chase.locator("tr", has_text="Assigned Learner 2").locator("td").all_inner_texts()[3:] == [
            "overdue", "2026-01-31"]  # fmt: skip
        assert "Completion" in page.locator("dl.defs").first.inner_text()
        # Nothing wider than the screen: wide tables scroll inside their own box, charts scale.
        boxes = [page.locator(selector).all() for selector in ("main", ".table-scroll", "figure")]
        for box in (element.bounding_box() for found in boxes for element in found):
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1
        page.screenshot(path=str(ARTIFACTS / f"dashboard-{width}.png"), full_page=True)
        page.get_by_role("link", name="Annual reach report").click()
        assert page.get_by_role("heading", level=1).inner_text().startswith("Reach of the learning, ")
        assert page.locator("figure svg").count() == 1
        for element in (page.locator(s).all() for s in ("main", ".table-scroll", "figure")):
            for box in (e.bounding_box() for e in element):
                assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1
        page.screenshot(path=str(ARTIFACTS / f"annual-report-{width}.png"), full_page=True)
        page.close()


def test_browser_library_search_a_topic_and_an_item_with_its_citation_on_a_phone(server, browser):
    base, _ = server
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base + "/")
    page.get_by_role("link", name="browse and search the library").click()
    assert page.get_by_role("heading", level=1).inner_text() == "The library"
    page.get_by_label("Search the library").fill("was not brought")
    page.get_by_role("button", name="Search").click()
    results = page.locator("ol.results > li")
    assert results.count() > 0 and "Was Not Brought" in results.first.inner_text()
    assert results.first.locator(".meta").inner_text().split(" · ")[0] in ("Guide", "Review", "Learning point", "Fact",
                                                                           "Glossary entry")  # fmt: skip
    page.screenshot(path=str(ARTIFACTS / "library-search-390.png"), full_page=True)

    page.get_by_role("link", name="Hidden men and significant others").last.click()  # in the topics' list
    assert page.get_by_role("heading", level=1).inner_text() == "Hidden men and significant others"
    assert page.get_by_role("heading", level=2, name="Guides").count() == 1
    page.get_by_role("link", name="Safeguard Guide 11 - Hidden Men (Hidden Male / Significant Other)").click()
    assert page.url.endswith("/library/items/guide-11-hidden-men")
    assert page.locator(".reply-text").inner_text().endswith("[1]")
    citation = page.locator(".sources li").first.inner_text()
    assert citation.startswith("Safeguard Guide 11 - Hidden Men") and ":" in citation
    assert page.get_by_role("link", name="Open the source document").get_attribute("href").startswith("http")
    for box in (element.bounding_box() for s in ("main", ".reply", ".sources") for element in page.locator(s).all()):
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1  # nothing wider than the phone
    page.screenshot(path=str(ARTIFACTS / "library-item-390.png"), full_page=True)
    assert page.goto(base + "/library/topics/cooking").status == 404
    page.close()


def test_browser_playground_topics_buttons_open_a_topic_then_an_item(server, browser):
    base, _ = server
    page = browser.new_page()
    page.goto(base + "/")
    page.get_by_label("Your question").fill("topics")
    page.keyboard.press("Enter")
    page.get_by_role("button", name=re.compile(r"^Neglect \(\d+\)$")).click()
    page.locator(".choice-group", has_text="Learning points").wait_for()
    item = page.locator(".reply").last.locator("button.choice").first
    title = item.inner_text()
    item.click()
    opened = page.locator(".reply").nth(2)
    opened.wait_for()
    assert opened.locator(".reply-text").inner_text().endswith("[1]")
    assert opened.locator(".sources li").first.inner_text().startswith(title)
    assert page.get_by_role("button", name=re.compile(r"^Neglect \(\d+\)$")).first.is_enabled()  # lists stay live
    page.screenshot(path=str(ARTIFACTS / "playground-topics.png"), full_page=True)
    page.close()


def test_browser_a_question_goes_to_an_adviser_and_its_page_shows_the_answer(tmp_path, browser):
    data, desk = tmp_path / "data", {"ADVISER_CHANNEL": "dashboard"}  # advisers work from chat and the dashboard
    process, base, _ = start_server(data, settings=desk)
    try:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(base + "/")
        page.get_by_label("Your question").fill("how do we organise the office christmas party")
        page.keyboard.press("Enter")
        page.get_by_role("button", name="Ask a safeguarding adviser").click()
        follow = page.get_by_role("link", name="Follow your question")
        link = follow.get_attribute("href")
        ticket = re.search(r"ticket (T-[A-Z0-9]{6})", page.locator(".reply").last.inner_text()).group(1)
        page.goto(link)
        assert page.locator(".ticket-status").inner_text() == "open" and "No answer yet" in page.content()
        _cli(data, "roles", "grant", "terminal:adviser", "adviser")
        subprocess.run([sys.executable, "-m", "cli", "chat", "--user", "adviser"], input=f"answer {ticket} That is "
                       "not a safeguarding question: ask your manager.\nquit\n", text=True, check=True,
                       capture_output=True, env={**os.environ, "DATA_DIR": str(data), **desk})  # fmt: skip
        page.reload()
        answer = page.get_by_role("region", name="From a safeguarding adviser")
        assert "ask your manager" in answer.inner_text() and page.locator(".ticket-status").inner_text() == "answered"
        box = answer.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1
        page.screenshot(path=str(ARTIFACTS / "ticket-answer-390.png"), full_page=True)
        page.close()
    finally:
        process.terminate()
        process.wait(timeout=15)

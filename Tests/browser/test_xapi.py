"""The xAPI package against a real learning record store (Ralph, see lrs.py): launched in
Chromium with the TinCan launch parameters, a lesson marked done, a quiz taken and a
scenario played while the LRS goes away and comes back, then every statement read back
from the LRS's own API."""
import json
import re
import subprocess
import time
import urllib.parse
import uuid
import zipfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PARLEY, ROOT
from lrs import AUTHORIZATION, front_for, lrs  # noqa: F401 (lrs is a fixture)
from test_quiz import choose, question, solve_order_by_keyboard, submit
from test_scorm import go

FIXTURE = ROOT / "Tests/browser/fixtures/reporting-course"
VERBS = "http://adlnet.gov/expapi/verbs/"
EXTENSION = "urn:parley:extension:"
ACTOR = {"objectType": "Agent", "name": "Dana Trainee", "mbox": "mailto:dana@example.org"}


def export(standard, folder, *extra):
    """`parley export <standard>` of the reporting fixture, unzipped into folder/course."""
    result = subprocess.run([str(PARLEY), "export", standard, "--source", str(FIXTURE), "--themes", str(ROOT / "themes"),
                             "--output", str(folder / "dist"), *extra], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    match = re.match(r"wrote (\S+\.zip) ", result.stdout)
    assert match, result.stdout
    with zipfile.ZipFile(match.group(1)) as package:
        package.extractall(folder / "course")
    return folder / "course"


@pytest.fixture(scope="module")
def xapi_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xapi")
    export("xapi", folder)
    return folder


def wait_loaded(driver):
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")


BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title><link rel="icon" href="data:,"></head><body></body></html>\n'


def mark_the_lesson_done(driver):
    """Opens the fixture's lesson and marks it done, as a trainee does."""
    go(driver, "A lesson to mark done")
    driver.find_element(By.CSS_SELECTOR, ".done-button").click()
    assert driver.find_element(By.CSS_SELECTOR, ".done-button").get_attribute("aria-pressed") == "true"


def fresh_browser(driver, front):
    """A page of the same origin outside the course, with nothing stored."""
    (front.folder / "blank.html").write_text(BLANK)
    driver.get(front.url + "blank.html")
    driver.execute_script("localStorage.clear(); sessionStorage.clear();")


def network_errors_only(driver):
    """Takes the console's messages: the only errors allowed are the LRS's answers (a 404
    for a state document not yet written, 502s while it is away)."""
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert all("/xAPI/" in message and "Failed to load resource" in message for message in errors), errors


def launch(driver, front, registration, **more):
    query = {"endpoint": front.endpoint, "auth": AUTHORIZATION, "actor": json.dumps(ACTOR), "registration": registration, **more}
    driver.get(front.url + "course/index.html?" + urllib.parse.urlencode(query))
    wait_loaded(driver)


def queued(driver):
    return driver.execute_script("return JSON.parse(localStorage.getItem('parley:reporting-fixture:lrs-queue') || '[]').length")


def wait_sent(driver, timeout=20):
    WebDriverWait(driver, timeout).until(lambda d: queued(d) == 0)


def leave(driver, front):
    """Leaves the course as a trainee closing it does: terminated goes with a keepalive request."""
    driver.get(front.url + "blank.html")
    time.sleep(0.5)
    network_errors_only(driver)


def by_verb(statements, verb):
    return [s for s in statements if s["verb"]["id"] == VERBS + verb]


def play_scenario(driver):
    """The calm path: two replies, then the ending."""
    for words in ("“A parcel four days late", "“It’s at the depot"):
        buttons = driver.find_elements(By.CSS_SELECTOR, ".scenario-current .reply-button")
        match = [b for b in buttons if b.text.startswith(words)]
        assert match, [b.text for b in buttons]
        match[0].click()
    WebDriverWait(driver, 3).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".moment-ending"))


def take_quiz(driver):
    """Four of five right: the sky question wrong."""
    choose(driver, 1, "Green")
    choose(driver, 2, "Apple", "Pear")
    solve_order_by_keyboard(driver, 3)
    question(driver, 4).find_element(By.CSS_SELECTOR, ".typed-answer input").send_keys("Mirroring")
    for item in question(driver, 5).find_elements(By.CSS_SELECTOR, "li.match"):
        left = item.find_element(By.CSS_SELECTOR, ".match-left").text
        right = {"“So the parcel never came.”": "Recaps", "“That sounds exhausting.”": "Names a feeling",
                 "“What happened next?”": "Asks an open question"}[left]
        Select(item.find_element(By.CSS_SELECTOR, "select")).select_by_visible_text(right)
    return submit(driver)


def test_a_session_with_an_outage_reaches_the_lrs_complete_and_once(page, lrs, xapi_folder):
    registration = str(uuid.uuid4())
    with front_for(xapi_folder, lrs) as front:
        fresh_browser(page, front)
        launch(page, front, registration)
        mark_the_lesson_done(page)
        go(page, "Graded quiz")
        wait_sent(page)

        # The LRS goes away mid-way: the quiz, a page change, the scenario and a reload
        # happen while nothing can be sent.
        lrs.stop()
        assert "80%" in take_quiz(page)
        WebDriverWait(page, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".lms-notice[data-notice=problem]"))
        assert queued(page) >= 6
        go(page, "The late parcel")
        play_scenario(page)
        # A reload the page asks for keeps the session.
        old = page.find_element(By.TAG_NAME, "body")
        page.execute_script("location.reload()")
        WebDriverWait(page, 5).until(lambda d: d.find_element(By.TAG_NAME, "body") != old)
        wait_loaded(page)
        assert queued(page) >= 9
        failed = [r for r in front.requests if r.method == "POST" and r.status >= 500]
        assert failed, "no POST was tried while the LRS was down"

        # Back: the next page sends everything queued, and the notice goes.
        lrs.start()
        mark = len(front.requests)
        go(page, "Practice")
        wait_sent(page)
        assert [r.status for r in front.requests[mark:] if r.method == "POST"][0] == 200
        assert not page.find_elements(By.CSS_SELECTOR, ".lms-notice[data-notice=problem]")
        leave(page, front)

    statements = [s for s in lrs.statements(registration=registration)]
    ids = [s["id"] for s in statements]
    assert len(ids) == len(set(ids))
    statements.sort(key=lambda s: s["timestamp"])
    assert statements[0]["verb"]["id"] == VERBS + "initialized"
    assert statements[-1]["verb"]["id"] == VERBS + "terminated"
    assert len(by_verb(statements, "initialized")) == len(by_verb(statements, "terminated")) == 1
    root = "urn:parley:course:reporting-fixture/"
    assert statements[0]["object"]["id"] == root
    for statement in statements:
        assert statement["actor"]["mbox"] == ACTOR["mbox"]
        assert statement["context"]["registration"] == registration

    # Pages viewed once each (the page-asked reload adds none), the lesson completed once.
    viewed = sorted(s["object"]["id"] for s in by_verb(statements, "experienced"))
    assert viewed == [root + "practice/lesson/", root + "practice/quiz/", root + "practice/scenario/"]
    lessons = [s for s in by_verb(statements, "completed") if s["object"]["id"] == root + "practice/lesson/"]
    assert len(lessons) == 1 and lessons[0]["result"]["completion"] is True
    assert lessons[0]["object"]["definition"]["name"]["en"] == "A lesson to mark done"
    # One activity, one type, whichever statement names it.
    types = {}
    for statement in statements:
        definition = statement["object"].get("definition", {})
        if "type" in definition:
            types.setdefault(statement["object"]["id"], set()).add(definition["type"])
    assert all(len(found) == 1 for found in types.values()), types
    assert types[root + "practice/quiz/"] == {"http://adlnet.gov/expapi/activities/assessment"}

    # Every question answered once, with its success and response in xAPI's formats.
    answered = by_verb(statements, "answered")
    assert len(answered) == 5
    by_type = {s["object"]["definition"]["interactionType"]: s for s in answered}
    assert sorted(by_type) == ["choice", "fill-in", "matching", "sequencing"]
    results = sorted((s["object"]["definition"]["interactionType"], s["result"]["success"], s["result"]["response"]) for s in answered)
    assert ("choice", False, "a") in results      # Green, the first option as built
    assert ("choice", True, "a[,]c") in results   # Apple and Pear
    # The order given, read back through the definition's own choices.
    sequencing = by_type["sequencing"]
    texts = {c["id"]: c["description"]["en"] for c in sequencing["object"]["definition"]["choices"]}
    assert [texts[i] for i in sequencing["result"]["response"].split("[,]")] == ["One", "Two", "Three", "Four"]
    assert sequencing["result"]["success"] is True
    assert ("fill-in", True, "Mirroring") in results
    matching = by_type["matching"]
    assert matching["result"]["success"] is True
    sources = {c["id"]: c["description"]["en"] for c in matching["object"]["definition"]["source"]}
    targets = {c["id"]: c["description"]["en"] for c in matching["object"]["definition"]["target"]}
    pairs = dict(pair.split("[.]") for pair in matching["result"]["response"].split("[,]"))
    assert {sources[left]: targets[right] for left, right in pairs.items()} == {
        "“So the parcel never came.”": "Recaps", "“That sounds exhausting.”": "Names a feeling",
        "“What happened next?”": "Asks an open question"}
    # The quiz shows its answers, so the right response is told too, and matches.
    assert matching["result"]["response"] in matching["object"]["definition"]["correctResponsesPattern"]
    sky = [s for s in answered if s["result"]["response"] == "a" and s["object"]["definition"]["interactionType"] == "choice"][0]
    assert sky["object"]["definition"]["correctResponsesPattern"] == ["b"]
    assert [c["description"]["en"] for c in sky["object"]["definition"]["choices"]] == ["Green", "Blue", "Red"]
    assert sky["object"]["definition"]["description"]["en"] == "Which colour is the sky on a clear day?"
    for statement in answered:
        assert statement["context"]["contextActivities"]["parent"][0]["id"] == root + "practice/quiz/"
        assert statement["context"]["extensions"][EXTENSION + "attempt"] == 1

    # The quiz passed with its scaled score.
    quiz = [s for s in by_verb(statements, "passed") if s["object"]["id"] == root + "practice/quiz/"]
    assert len(quiz) == 1
    assert quiz[0]["result"]["score"] == {"scaled": 0.8, "raw": 80, "min": 0, "max": 100}
    assert quiz[0]["result"]["success"] is True
    assert not by_verb(statements, "failed")

    # The scenario: each choice with its moment, reply and tension, then the ending.
    choices = sorted(by_verb(statements, "responded"), key=lambda s: s["timestamp"])
    assert [s["object"]["id"].rsplit("#", 1)[1] for s in choices] == ["the-call-opens", "looking-it-up"]
    assert [(s["result"]["extensions"][EXTENSION + "tension-before"], s["result"]["extensions"][EXTENSION + "tension-after"])
            for s in choices] == [(7, 5), (5, 2)]
    opening = choices[0]["object"]["definition"]
    chosen = choices[0]["result"]["response"]
    assert [c["description"]["en"] for c in opening["choices"] if c["id"] == chosen][0].startswith("“A parcel four days late")
    assert len({s["context"]["extensions"][EXTENSION + "play"] for s in choices}) == 1
    endings = [s for s in by_verb(statements, "completed") if "#" in s["object"]["id"]]
    assert len(endings) == 1
    ending = endings[0]["result"]
    assert ending["response"] == "sorted"
    assert ending["extensions"][EXTENSION + "path"] == ["the-call-opens", "looking-it-up", "sorted"]
    assert ending["extensions"][EXTENSION + "tension"] == 2


def test_progress_follows_the_trainee_to_another_browser(page, lrs, xapi_folder):
    """Progress goes to the State API: a launch with the same registration in a browser
    with nothing stored brings the lesson back as done and offers to resume."""
    registration = str(uuid.uuid4())
    with front_for(xapi_folder, lrs) as front:
        fresh_browser(page, front)
        launch(page, front, registration)
        mark_the_lesson_done(page)
        wait_sent(page)
        time.sleep(0.5)
        fresh_browser(page, front)
        launch(page, front, registration)
        WebDriverWait(page, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".lms-notice[data-notice=resume] a"))
        done = page.execute_script("return JSON.parse(localStorage.getItem('parley:reporting-fixture:progress') || '{}').done")
        assert done == {"practice/lesson/": True}
        leave(page, front)
    initialized = by_verb(lrs.statements(registration=registration), "initialized")
    assert len(initialized) == 2


def test_a_plain_build_makes_no_request_even_with_launch_parameters(page, lrs, tmp_path):
    subprocess.run([str(PARLEY), "build", "--source", str(FIXTURE), "--themes", str(ROOT / "themes"),
                    "--output", str(tmp_path / "course")], check=True, capture_output=True)
    with front_for(tmp_path, lrs) as front:
        fresh_browser(page, front)
        launch(page, front, str(uuid.uuid4()))
        mark_the_lesson_done(page)
        go(page, "Graded quiz")
        take_quiz(page)
        time.sleep(0.5)
        assert front.requests == []
        assert page.execute_script("return typeof window.parleyReport") == "undefined"


def test_the_activity_id_of_the_launch_names_the_course(page, lrs, xapi_folder):
    registration = str(uuid.uuid4())
    with front_for(xapi_folder, lrs) as front:
        fresh_browser(page, front)
        launch(page, front, registration, activity_id="https://lms.example.org/activities/calm")
        go(page, "A lesson to mark done")
        wait_sent(page)
        leave(page, front)
    statements = lrs.statements(registration=registration)
    objects = {s["object"]["id"] for s in statements}
    assert "https://lms.example.org/activities/calm" in objects
    assert "https://lms.example.org/activities/calm/practice/lesson/" in objects


def test_a_reload_from_the_toolbar_while_offline_loses_nothing(page, lrs, xapi_folder):
    """The browser's own reload cannot be told from leaving: the session ends (terminated,
    kept in the queue while the LRS is away) and the reloaded page starts the next one."""
    registration = str(uuid.uuid4())
    with front_for(xapi_folder, lrs) as front:
        fresh_browser(page, front)
        launch(page, front, registration)
        go(page, "Graded quiz")
        wait_sent(page)
        front.offline = True
        assert "80%" in take_quiz(page)
        page.refresh()
        wait_loaded(page)
        assert queued(page) >= 8
        # Back, with nothing done in the page: its own retries send everything (at most 8 s apart).
        front.offline = False
        wait_sent(page, timeout=15)
        leave(page, front)
    statements = sorted(lrs.statements(registration=registration), key=lambda s: s["timestamp"])
    names = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    assert names.count("answered") == 5 and names.count("passed") == 2  # the quiz, and the course once
    assert names.count("initialized") == names.count("terminated") == 2
    assert names[0] == "initialized" and names[-1] == "terminated"
    # The first session ends before the second begins.
    first_end = names.index("terminated")
    assert names.index("initialized", 1) > first_end
    assert len({s["id"] for s in statements}) == len(statements)

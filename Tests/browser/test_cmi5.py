"""The cmi5 package, launched the way an LMS launches an assignable unit: the test plays
the LMS (a one-use fetch URL, LMS.LaunchData in the State API) in front of a real LRS
(Ralph, see lrs.py), and checks the statements the course sent against the cmi5
specification's rules (quartz, sections 7.1, 9.3, 9.5, 9.6 and 10)."""
import contextlib
import re
import time
import urllib.parse
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from lrs import front_for, lrs  # noqa: F401 (lrs is a fixture)
from test_quiz import choose, question, submit
from test_xapi import (export, fresh_browser, go, leave, mark_the_lesson_done, network_errors_only, take_quiz, wait_loaded,
                       wait_sent)

VERBS = "http://adlnet.gov/expapi/verbs/"
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
MOVEON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon"
SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"
DEFINED = {"initialized", "completed", "passed", "failed", "terminated"}
LMS_ONLY = {"launched", "abandoned", "waived", "satisfied"}
PUBLISHER_AU = "urn:parley:course:reporting-fixture/#au"
ACTOR = {"objectType": "Agent", "name": "Sam Learner", "account": {"homePage": "https://lms.example.org", "name": "sam-42"}}


@pytest.fixture(scope="module")
def cmi5_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cmi5")
    export("cmi5", folder)
    return folder


class Launch:
    """One AU launch by the LMS: a session id, LMS.LaunchData, a one-use fetch URL."""

    def __init__(self, front, registration, activity_id, mode="Normal", mastery=0.7, template=True):
        self.session = str(uuid.uuid4())
        data = {
            "contextTemplate": {
                "contextActivities": {"grouping": [{"objectType": "Activity", "id": PUBLISHER_AU}]},
                "extensions": {SESSION: self.session}},
            "launchMode": mode, "moveOn": "CompletedAndPassed", "returnURL": front.url + "blank.html"}
        if mastery is not None:
            data["masteryScore"] = mastery
        if not template:
            del data["contextTemplate"]
        self.url = front.cmi5_launch_url("course/index.html", ACTOR, registration, activity_id, data)
        fetch = urllib.parse.parse_qs(urllib.parse.urlsplit(self.url).query)["fetch"][0]
        self.fetch = urllib.parse.urlsplit(fetch).path


def start(driver, launch):
    driver.get(launch.url)
    wait_loaded(driver)


class Enrolment:
    """A learner enrolled once (a registration) in the AU the LMS names by its own id."""

    def __init__(self):
        self.registration = str(uuid.uuid4())
        self.activity_id = "https://lms.example.org/activities/" + str(uuid.uuid4())


@contextlib.contextmanager
def launched(driver, lrs, folder, enrolment, **options):
    """The LMS's front in place and one launch of the course in a fresh browser: yields
    (front, launch)."""
    with front_for(folder, lrs) as front:
        fresh_browser(driver, front)
        launch = Launch(front, enrolment.registration, enrolment.activity_id, **options)
        start(driver, launch)
        yield front, launch


def verb(statement):
    return statement["verb"]["id"].rsplit("/", 1)[1]


def categories(statement):
    return {c["id"] for c in statement.get("context", {}).get("contextActivities", {}).get("category", [])}


def fail_quiz(driver):
    """One of five right at most: every answer chosen wrong."""
    choose(driver, 1, "Green")
    choose(driver, 2, "Carrot")
    question(driver, 4).find_element(By.CSS_SELECTOR, ".typed-answer input").send_keys("paraphrasing")
    for item in question(driver, 5).find_elements(By.CSS_SELECTOR, "li.match"):
        Select(item.find_element(By.CSS_SELECTOR, "select")).select_by_visible_text("Recaps")
    return submit(driver)


def check_cmi5_rules(statements, activity_id, registration, sessions, mastery):
    """The rules of cmi5 that the statements of one registration must keep."""
    by_session = {}
    for statement in statements:
        context = statement["context"]
        assert context["registration"] == registration
        # Every statement carries the context template: the session id and the publisher's AU id.
        by_session.setdefault(context["extensions"][SESSION], []).append(statement)
        assert PUBLISHER_AU in {a["id"] for a in context["contextActivities"]["grouping"]}
        name = verb(statement)
        assert name not in LMS_ONLY
        cmi5 = CMI5_CATEGORY in categories(statement)
        result = statement.get("result", {})
        if name in DEFINED:
            # A cmi5 defined statement: the AU as object, the cmi5 category, moveOn's for
            # completed, passed and failed, and only the result properties 9.5 allows.
            assert statement["verb"]["id"] == VERBS + name
            assert cmi5, statement
            assert statement["object"]["id"] == activity_id
            assert (MOVEON_CATEGORY in categories(statement)) == (name in {"completed", "passed", "failed"})
            assert ("score" in result) == (name in {"passed", "failed"})
            assert result.get("success") == {"passed": True, "failed": False}.get(name)
            assert result.get("completion") == (True if name == "completed" else None)
            if name in {"completed", "passed", "failed", "terminated"}:
                assert result["duration"].startswith("PT")
            if name == "passed":
                assert result["score"]["scaled"] >= mastery
            if name == "failed":
                assert result["score"]["scaled"] < mastery
            if name in {"passed", "failed"}:
                assert context["extensions"][MASTERY] == mastery
        else:
            # A cmi5 allowed statement: never the cmi5 category, never about the AU itself.
            assert not cmi5, statement
            assert statement["object"]["id"] != activity_id
    assert sorted(by_session) == sorted(sessions)
    for session in by_session.values():
        session.sort(key=lambda s: s["timestamp"])
        names = [verb(s) for s in session]
        assert names[0] == "initialized" and names[-1] == "terminated", names
        defined = [n for n in names if n in DEFINED]
        assert len(defined) == len(set(defined)), names
        assert len([n for n in names if n in {"passed", "failed"}]) <= 1, names
    ordered = sorted(statements, key=lambda s: s["timestamp"])
    names = [verb(s) for s in ordered if verb(s) in DEFINED]
    assert names.count("completed") <= 1 and names.count("passed") <= 1
    if "passed" in names:
        assert "failed" not in names[names.index("passed"):]
    return by_session


def test_a_registration_over_two_sessions_keeps_every_cmi5_rule(page, lrs, cmi5_folder):
    registration = str(uuid.uuid4())
    activity_id = "https://lms.example.org/activities/" + str(uuid.uuid4())
    with front_for(cmi5_folder, lrs) as front:
        fresh_browser(page, front)
        first = Launch(front, registration, activity_id)
        start(page, first)
        mark_the_lesson_done(page)
        go(page, "Graded quiz")
        assert int(re.search(r"(\d+)%", fail_quiz(page)).group(1)) < 70
        # Passed in the same session: cmi5 allows one of passed and failed per session,
        # so the pass waits for the next session.
        page.find_element(By.CSS_SELECTOR, ".retry-button").click()
        assert "80%" in take_quiz(page)
        wait_sent(page)
        leave(page, front)

        second = Launch(front, registration, activity_id)
        start(page, second)
        wait_sent(page)
        leave(page, front)
        assert front.fetches == {first.fetch: 1, second.fetch: 1}

    statements = lrs.statements(registration=registration)
    sessions = check_cmi5_rules(statements, activity_id, registration, [first.session, second.session], 0.7)
    one = [verb(s) for s in sessions[first.session]]
    two = [verb(s) for s in sessions[second.session]]
    assert [n for n in one if n in DEFINED] == ["initialized", "completed", "failed", "terminated"]
    assert [n for n in two if n in DEFINED] == ["initialized", "passed", "terminated"]
    failed = [s for s in sessions[first.session] if verb(s) == "failed"][0]
    assert failed["result"]["score"]["scaled"] < 0.7
    passed = [s for s in sessions[second.session] if verb(s) == "passed"][0]
    assert passed["result"]["score"] == {"scaled": 0.8, "raw": 80, "min": 0, "max": 100}
    # What the trainee did inside goes as cmi5 allowed statements: two attempts of five answers.
    assert one.count("answered") == 10
    assert one.count("scored") == 2
    assert "progressed" in one, one


def test_the_lms_mastery_score_decides(page, lrs, cmi5_folder):
    """80% passes the course's own pass mark (70) but not a mastery score of 0.9."""
    enrolment = Enrolment()
    registration, activity_id = enrolment.registration, enrolment.activity_id
    with launched(page, lrs, cmi5_folder, enrolment, mastery=0.9) as (front, launch):
        go(page, "Graded quiz")
        assert "80%" in take_quiz(page)
        wait_sent(page)
        leave(page, front)
    statements = lrs.statements(registration=registration)
    check_cmi5_rules(statements, activity_id, registration, [launch.session], 0.9)
    assert [verb(s) for s in statements if verb(s) in {"passed", "failed"}] == ["failed"]


@pytest.mark.parametrize("mode", ["Browse", "Review"])
def test_browse_and_review_send_only_initialized_and_terminated(page, lrs, cmi5_folder, mode):
    enrolment = Enrolment()
    registration, activity_id = enrolment.registration, enrolment.activity_id
    with launched(page, lrs, cmi5_folder, enrolment, mode=mode) as (front, launch):
        mark_the_lesson_done(page)
        go(page, "Graded quiz")
        take_quiz(page)
        wait_sent(page)
        leave(page, front)
    statements = lrs.statements(registration=registration)
    check_cmi5_rules(statements, activity_id, registration, [launch.session], 0.7)
    assert sorted(verb(s) for s in statements if verb(s) in DEFINED) == ["initialized", "terminated"]


def test_a_used_fetch_url_reports_nothing_and_says_so(page, lrs, cmi5_folder):
    enrolment = Enrolment()
    registration, activity_id = enrolment.registration, enrolment.activity_id
    with launched(page, lrs, cmi5_folder, enrolment) as (front, launch):
        wait_sent(page)
        leave(page, front)
        # The same launch URL again, in a tab that has forgotten its session: the fetch URL
        # answers with an error, and the course tells the trainee instead of reporting.
        fresh_browser(page, front)
        start(page, launch)
        WebDriverWait(page, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".lms-notice[data-notice=problem]"))
        time.sleep(0.3)
        network_errors_only(page)
        assert front.fetches[launch.fetch] == 2
    assert [verb(s) for s in sorted(lrs.statements(registration=registration), key=lambda s: s["timestamp"])] == \
        ["initialized", "terminated"]


def test_exit_course_ends_the_session_and_returns_to_the_lms(page, lrs, cmi5_folder):
    """LMS.LaunchData's returnURL: the menu's "Exit course" ends the session (terminated
    last) and takes the trainee there (10.2.6)."""
    enrolment = Enrolment()
    registration, activity_id = enrolment.registration, enrolment.activity_id
    with launched(page, lrs, cmi5_folder, enrolment) as (front, launch):
        go(page, "A lesson to mark done")
        wait_sent(page)
        exit_link = WebDriverWait(page, 5).until(lambda d: d.find_element(By.CSS_SELECTOR, ".site-nav a.exit-link"))
        assert exit_link.get_attribute("href") == front.url + "blank.html"
        page.execute_script("arguments[0].click()", exit_link)
        WebDriverWait(page, 5).until(lambda d: d.current_url == front.url + "blank.html")
        time.sleep(0.5)
        network_errors_only(page)
    statements = lrs.statements(registration=registration)
    check_cmi5_rules(statements, activity_id, registration, [launch.session], 0.7)
    assert verb(sorted(statements, key=lambda s: s["timestamp"])[-1]) == "terminated"


def test_launch_data_without_a_context_template_still_reports(page, lrs, cmi5_folder):
    """An LMS must give a context template (10.2.1); one that forgets still gets the session."""
    enrolment = Enrolment()
    with launched(page, lrs, cmi5_folder, enrolment, template=False) as (front, launch):
        go(page, "A lesson to mark done")
        wait_sent(page)
        leave(page, front)
    statements = sorted(lrs.statements(registration=enrolment.registration), key=lambda s: s["timestamp"])
    names = [verb(s) for s in statements]
    assert names[0] == "initialized" and names[-1] == "terminated" and "experienced" in names
    assert all(CMI5_CATEGORY in categories(s) for s in statements if verb(s) in DEFINED)

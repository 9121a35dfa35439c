"""Assessments in the stand-in LMS: each answer reported as a SCORM 1.2 interaction record in
the formats SCORM 1.2 defines (the stand-in refuses any other), and the attempt state
(attempts, failures, the questions drawn and the answers so far) kept in cmi.suspend_data,
so it follows the trainee to another browser, even in the compact form."""
import json
import re

import pytest
from selenium.webdriver.common.by import By

from conftest import ROOT
from test_assessments import MATCHES, answer_after_pass_quiz, by_prompt, choose, keys_shown, match, retry, submit
from test_scorm import export_to_lms, fresh_browser, go, launch, lms_state, sets

COURSE = "assessment-fixture"


@pytest.fixture(scope="module")
def lms_figure(tmp_path_factory):
    """The assessment course in the stand-in LMS, and the export's figure for the most of
    cmi.suspend_data the largest quiz's attempt may need."""
    server, printed = export_to_lms(tmp_path_factory.mktemp("scorm-assessments"),
                                    ROOT / "Tests/browser/fixtures/assessment-course", COURSE)
    figure = re.search(r"the LMS keeps progress in (\d+) of 4096 characters at most, with an attempt at assessments/after-pass", printed)
    assert figure, printed
    yield f"http://127.0.0.1:{server.server_address[1]}/", int(figure[1])
    server.shutdown()


@pytest.fixture
def lms(lms_figure):
    return lms_figure[0]


def interactions(values):
    """The interaction records the LMS holds, by index."""
    records = {}
    for element, value in values.items():
        found = re.fullmatch(r"cmi\.interactions\.(\d+)\.(\w+)", element)
        if found:
            records.setdefault(int(found[1]), {})[found[2]] = value
    return [records[index] for index in sorted(records)]


def test_each_answer_is_an_interaction_record_in_scorm_formats(page, lms):
    fresh_browser(page, lms)
    launch(page, lms)
    go(page, "Every question type")
    by_prompt(page, "repeating the customer").find_element(By.CSS_SELECTOR, "input[type=text]").send_keys("Mirroring.")
    wrong = dict(MATCHES)
    wrong["“So the parcel never came.”"], wrong["“That sounds exhausting.”"] = "Names a feeling", "Recaps"
    match(by_prompt(page, "Match each reply"), wrong)
    choose(by_prompt(page, "Which colour"), "Blue")
    by_prompt(page, "Write your first reply").find_element(By.TAG_NAME, "textarea").send_keys("Sorry, let me look.")
    submit(page)
    values, calls = lms_state(page)
    # Every call the strict stand-in LMS took: none refused for its format.
    assert all(call[-1] == "true" for call in calls if call[0] == "LMSSetValue"), [c for c in calls if c[-1] != "true"]
    records = interactions(values)
    # Three graded questions answered; the reflection is never a result.
    assert sorted(record["type"] for record in records) == ["choice", "fill-in", "matching"]
    by_type = {record["type"]: record for record in records}
    assert by_type["fill-in"]["student_response"] == "Mirroring."
    assert by_type["fill-in"]["result"] == "correct"
    # Blue is the second option as built: "b".
    assert by_type["choice"]["student_response"] == "b"
    assert by_type["choice"]["result"] == "correct"
    assert re.fullmatch(r"[a-z]\.[a-z](,[a-z]\.[a-z]){2}", by_type["matching"]["student_response"])
    assert by_type["matching"]["result"] == "wrong"
    for record in records:
        assert re.fullmatch(r"assessments_types_\w+", record["id"]), record["id"]
        assert re.fullmatch(r"\d\d:\d\d:\d\d", record["time"])
    assert values["cmi.core.lesson_status"] == "incomplete"


def test_attempts_used_follow_the_trainee_to_another_browser(page, lms):
    fresh_browser(page, lms)
    launch(page, lms)
    go(page, "Right answers after passing")
    answer_after_pass_quiz(page, right=False)
    assert "Not passed" in submit(page)
    retry(page)
    answer_after_pass_quiz(page, right=False)
    submit(page)
    assert "You have used all 2 attempts" in page.find_element(By.CSS_SELECTOR, ".quiz-attempts").text
    values, _ = lms_state(page)
    saved = json.loads(values["cmi.suspend_data"])
    record = saved["quizzes"]["assessments/after-pass"]
    assert (record["attempts"], record["failures"]) == (2, 2)
    # Another computer: nothing in this browser, the LMS's copy only.
    fresh_browser(page, lms)
    launch(page, lms, suspend=values["cmi.suspend_data"], status=values["cmi.core.lesson_status"])
    go(page, "Right answers after passing")
    assert "You have used all 2 attempts" in page.find_element(By.CSS_SELECTOR, ".quiz-attempts").text
    assert not page.find_element(By.CSS_SELECTOR, ".retry-button").is_displayed()


def test_the_compact_form_keeps_counts_and_the_attempt_under_way(page, lms):
    fresh_browser(page, lms)
    launch(page, lms)
    go(page, "Question bank")
    drawn = keys_shown(page)
    assert len(drawn) == 3
    first = [q for q in page.find_elements(By.CSS_SELECTOR, "fieldset.question") if q.is_displayed()][0]
    first.find_element(By.CSS_SELECTOR, ".option label").click()
    # Progress too large for the whole snapshot: many long lesson names done.
    page.execute_script("""
        var key = arguments[0] + "progress";
        var done = JSON.parse(localStorage.getItem(key) || '{"done":{}}').done;
        for (var i = 0; i < 150; i++) done["assessments/a-rather-long-lesson-name-number-" + i + "/"] = true;
        localStorage.setItem(key, JSON.stringify({done: done}));
    """, f"parley:{COURSE}:")
    go(page, "Every question type")
    index = page.execute_script("return window.parleyCourse.quizzes.indexOf('assessments/bank')")
    values, _ = lms_state(page)
    data = values["cmi.suspend_data"]
    assert len(data) <= 4096
    saved = json.loads(data)
    assert saved["v"] == 3
    bank = saved["q"][index]
    assert bank[3:5] == [0, 0], bank
    questions, answers, _ = bank[6]
    assert questions.split(",") == drawn
    assert sorted(answers) == sorted(drawn) and len([state for state in answers.values() if state]) == 1
    # Another computer: the same three questions, the answer given, no attempt counted yet.
    fresh_browser(page, lms)
    launch(page, lms, suspend=data)
    go(page, "Question bank")
    assert keys_shown(page) == drawn
    assert len(page.find_elements(By.CSS_SELECTOR, "fieldset.question input:checked")) == 1
    _, calls = lms_state(page)
    assert sets(calls, "cmi.core.score.raw") == []


def test_the_exports_figure_holds_the_largest_attempt_at_its_largest(page, lms_figure):
    """The export's figure is an upper bound: the largest quiz (after-pass), every lesson
    done and every question answered at its longest, in the compact form, stays within it."""
    lms, figure = lms_figure
    fresh_browser(page, lms)
    launch(page, lms)
    page.execute_script("""
        var key = arguments[0] + "progress", done = {};
        window.parleyCourse.lessons.forEach(function (id) { done[id] = true; });
        for (var i = 0; i < 150; i++) done["assessments/a-rather-long-lesson-name-number-" + i + "/"] = true;
        localStorage.setItem(key, JSON.stringify({done: done}));
    """, f"parley:{COURSE}:")
    go(page, "Right answers after passing")
    choose(by_prompt(page, "sky"), "Blue")
    choose(by_prompt(page, "fruits"), "Apple", "Pear", "Carrot")
    # Quotes and backslashes take two characters each in JSON; the field takes 100.
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys('"\\' * 80)
    match(by_prompt(page, "Match"))
    go(page, "Every question type")
    values, _ = lms_state(page)
    data = values["cmi.suspend_data"]
    saved = json.loads(data)
    assert saved["v"] == 3
    assert any(isinstance(entry, list) and len(entry) == 7 and entry[6] and len(entry[6][1]) == 5 for entry in saved["q"])
    # The other quizzes' attempts under way may be left out to make room; this one is not.
    mine = json.dumps([entry for entry in saved["q"] if isinstance(entry, list) and len(entry) == 7 and entry[6]
                       and len(entry[6][1]) == 5][0], separators=(",", ":"), ensure_ascii=False)
    # The figure counts every other graded quiz at its longest entry (an 11-character
    # version, 4-digit counts) and every lesson done.
    others = ["12345678901", 100, 1, 9999, 9999]
    alone = json.dumps({"v": 3, "d": saved["d"], "q": [others] * (len(saved["q"]) - 1) + [json.loads(mine)]},
                       separators=(",", ":"), ensure_ascii=False)
    assert len(alone) <= figure
    # Close to it: what is left is the list of questions seen (empty without a draw; 44
    # characters for five keys), the deadline of an untimed quiz (0, not 13 digits) and
    # this quiz's own counts and score (6).
    assert figure - len(alone) == 44 + 12 + 6 + 1, (len(alone), figure)

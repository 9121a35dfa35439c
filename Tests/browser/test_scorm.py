"""The SCORM 1.2 package in a stand-in LMS: a page with a recording `window.API` that
launches the course in an iframe, the way an LMS does. Like a real LMS it refuses
LMSInitialize after LMSFinish, so a session ended by a page change would show up here."""
import json
import re
import subprocess
import urllib.parse
import zipfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PARLEY, ROOT, axe_violations, serve
from test_quiz import choose, solve_order_by_keyboard, submit

COURSE = "quiz-fixture"

API = """
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var values = {
    "cmi.core.lesson_status": params.get("status") || "not attempted",
    "cmi.core.entry": params.has("suspend") ? "resume" : "ab-initio",
    "cmi.core.lesson_mode": "normal",
    "cmi.core.lesson_location": params.get("location") || "",
    "cmi.core.score.raw": "",
    "cmi.suspend_data": params.get("suspend") || ""
  };
  var writeOnly = ["cmi.core.exit", "cmi.core.session_time"];
  var messages = { "0": "No error", "101": "General exception", "301": "Not initialized", "405": "Incorrect data type" };
  // SCORM 1.2's formats for an interaction, strictly (an identifier of word characters only,
  // as the strictest LMSs read CMIIdentifier); a response by the record's type.
  var interactions = 0;
  var responses = {
    choice: /^[0-9a-z](,[0-9a-z])*$/,
    sequencing: /^[0-9a-z](,[0-9a-z])*$/,
    matching: /^[0-9a-z]\\.[0-9a-z](,[0-9a-z]\\.[0-9a-z])*$/,
    "fill-in": /^[^]{0,255}$/
  };
  var formats = {
    id: /^\\w{1,255}$/,
    type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
    time: /^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$/,
    weighting: /^\\d+(\\.\\d+)?$/,
    result: /^(correct|wrong|unanticipated|neutral)$/,
    student_response: function (type) { return responses[type] || /^$/; }
  };
  var state = "not initialized", error = "0";
  var calls = window.lmsCalls = [];
  window.lmsValues = values;
  function answer(name, args, result, code) {
    error = code;
    calls.push([name].concat(args, [result]));
    return result;
  }
  window.API = {
    LMSInitialize: function (p) {
      if (state !== "not initialized" || params.has("refuse-initialize")) return answer("LMSInitialize", [p], "false", "101");
      state = "running";
      return answer("LMSInitialize", [p], "true", "0");
    },
    LMSFinish: function (p) {
      if (state !== "running") return answer("LMSFinish", [p], "false", "301");
      state = "finished";
      return answer("LMSFinish", [p], "true", "0");
    },
    LMSGetValue: function (element) {
      if (state !== "running") return answer("LMSGetValue", [element], "", "301");
      if (element === "cmi.interactions._count") return answer("LMSGetValue", [element], String(interactions), "0");
      if (writeOnly.indexOf(element) >= 0 || /^cmi\\.interactions\\.\\d+\\./.test(element)) return answer("LMSGetValue", [element], "", "404");
      return answer("LMSGetValue", [element], values[element] || "", "0");
    },
    LMSSetValue: function (element, value) {
      if (state !== "running") return answer("LMSSetValue", [element, value], "false", "301");
      var record = /^cmi\\.interactions\\.(\\d+)\\.(\\w+)$/.exec(element);
      if (record) {
        // Journaling, as SCORM 1.2 keeps interactions: a record at _count starts a new one.
        var index = Number(record[1]), format = formats[record[2]];
        if (index > interactions || !format) return answer("LMSSetValue", [element, value], "false", "201");
        var type = index < interactions ? values["cmi.interactions." + index + ".type"] : null;
        var pattern = typeof format === "function" ? format(type) : format;
        if (!pattern.test(String(value))) return answer("LMSSetValue", [element, value], "false", "405");
        if (index === interactions) interactions++;
      }
      values[element] = String(value);
      return answer("LMSSetValue", [element, String(value)], "true", "0");
    },
    LMSCommit: function (p) {
      if (state !== "running") return answer("LMSCommit", [p], "false", "301");
      if (params.has("refuse-commit")) return answer("LMSCommit", [p], "false", "101");
      return answer("LMSCommit", [p], "true", "0");
    },
    LMSGetLastError: function () { return error; },
    LMSGetErrorString: function (code) { return messages[code] || ""; },
    LMSGetDiagnostic: function (code) { return messages[code] || ""; }
  };
})();
"""

LMS_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Stand-in LMS</title><link rel="icon" href="data:,">
<script src="api.js"></script></head>
<body><iframe id="sco" title="Course" src="course/index.html" width="1200" height="900"></iframe></body>
</html>
"""

BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title><link rel="icon" href="data:,"></head><body></body></html>\n'


def export_to_lms(folder, source, name):
    """`parley export scorm` of the course at `source`, unzipped under course/ beside the
    stand-in LMS page, served over http. Returns the server and what the export printed."""
    result = subprocess.run(
        [str(PARLEY), "export", "scorm", "--source", str(source),
         "--themes", str(ROOT / "themes"), "--output", str(folder / "dist")],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    zip_path = folder / "dist" / f"{name}-scorm12.zip"
    assert re.match(rf"wrote {re.escape(str(zip_path))} \(\d+ KB, \d+ files;", result.stdout), result.stdout
    with zipfile.ZipFile(zip_path) as package:
        assert "imsmanifest.xml" in package.namelist()
        package.extractall(folder / "lms" / "course")
    (folder / "lms" / "api.js").write_text(API)
    (folder / "lms" / "index.html").write_text(LMS_PAGE)
    (folder / "lms" / "blank.html").write_text(BLANK_PAGE)
    return serve(folder / "lms"), result.stdout


@pytest.fixture(scope="module")
def lms(tmp_path_factory):
    """The fixture quiz course in the stand-in LMS."""
    server, _ = export_to_lms(tmp_path_factory.mktemp("scorm"), ROOT / "Tests/browser/fixtures/quiz-course", COURSE)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def fresh_browser(driver, lms):
    """Leaves any open course (its LMS session finishes), then clears what the course keeps."""
    driver.get(lms + "blank.html")
    driver.execute_script("localStorage.clear(); sessionStorage.clear();")


def launch(driver, lms, **values):
    query = ("?" + urllib.parse.urlencode(values)) if values else ""
    driver.get(lms + "index.html" + query)
    driver.switch_to.frame("sco")
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")


def lms_state(driver):
    driver.switch_to.default_content()
    values = driver.execute_script("return window.lmsValues")
    calls = driver.execute_script("return window.lmsCalls")
    return values, calls


def go(driver, link_text):
    """Follows a link inside the course as a trainee does, and waits for the new page."""
    old = driver.find_element(By.TAG_NAME, "body")
    driver.find_element(By.LINK_TEXT, link_text).click()
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.TAG_NAME, "body") != old)
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")


def sets(calls, element):
    return [call[2] for call in calls if call[0] == "LMSSetValue" and call[1] == element]


def pass_the_course(driver, lms):
    fresh_browser(driver, lms)
    launch(driver, lms)
    go(driver, "A lesson with a check")
    driver.find_element(By.CSS_SELECTOR, ".done-button").click()
    go(driver, "Fixture quiz")
    choose(driver, 1, "Blue")
    choose(driver, 2, "Apple", "Pear")
    solve_order_by_keyboard(driver, 3)
    assert "100%" in submit(driver)


def test_passing_the_quiz_reports_passed_and_score_in_one_session(page, lms):
    pass_the_course(page, lms)
    values, calls = lms_state(page)
    assert values["cmi.core.lesson_status"] == "passed"
    assert (values["cmi.core.score.raw"], values["cmi.core.score.min"], values["cmi.core.score.max"]) == ("100", "0", "100")
    assert sets(calls, "cmi.core.lesson_status") == ["incomplete", "passed"]
    assert values["cmi.core.exit"] == "suspend"
    assert values["cmi.core.lesson_location"] == "practice/quiz/"
    # Three pages, one session: initialized once, never finished on the way.
    assert [call[-1] for call in calls if call[0] == "LMSInitialize"] == ["true"]
    assert not [call for call in calls if call[0] == "LMSFinish"]
    assert all(call[-1] == "true" for call in calls if call[0] in ("LMSSetValue", "LMSCommit"))
    saved = json.loads(values["cmi.suspend_data"])
    assert saved["progress"]["done"] == {"practice/lesson/": True}
    assert saved["quizzes"]["practice/quiz"]["best"] == 100


def test_a_quiz_opened_but_not_submitted_reports_no_result(page, lms):
    fresh_browser(page, lms)
    launch(page, lms)
    go(page, "Fixture quiz")
    choose(page, 1, "Green")
    go(page, "A lesson with a check")
    values, calls = lms_state(page)
    assert sets(calls, "cmi.core.lesson_status") == ["incomplete"]
    assert sets(calls, "cmi.core.score.raw") == []
    saved = json.loads(values["cmi.suspend_data"])
    assert "best" not in saved["quizzes"]["practice/quiz"]


def test_leaving_the_course_finishes_the_session(page, lms):
    fresh_browser(page, lms)
    launch(page, lms)
    go(page, "A lesson with a check")
    page.switch_to.default_content()
    page.execute_script("document.getElementById('sco').src = 'blank.html'")
    WebDriverWait(page, 5).until(lambda d: any(call[0] == "LMSFinish" for call in d.execute_script("return window.lmsCalls")))
    values, calls = lms_state(page)
    assert [call[0] for call in calls][-1] == "LMSFinish"
    assert re.fullmatch(r"\d{2,4}:\d\d:\d\d", values["cmi.core.session_time"])
    assert values["cmi.core.lesson_status"] == "incomplete"
    assert "cmi.core.score.raw" not in [call[1] for call in calls if call[0] == "LMSSetValue"]


def test_back_button_inside_the_lms_frame_keeps_the_session(page, lms):
    fresh_browser(page, lms)
    launch(page, lms)
    go(page, "A lesson with a check")
    old = page.find_element(By.TAG_NAME, "body")
    page.back()
    page.switch_to.frame("sco")
    WebDriverWait(page, 5).until(lambda d: d.find_element(By.TAG_NAME, "body") != old)
    WebDriverWait(page, 5).until(lambda d: d.execute_script("return document.body.getAttribute('data-page')") == "")
    go(page, "Fixture quiz")
    assert not page.find_elements(By.CSS_SELECTOR, ".lms-notice")
    values, calls = lms_state(page)
    assert [call[-1] for call in calls if call[0] == "LMSInitialize"] == ["true"]
    assert not [call for call in calls if call[0] == "LMSFinish"]
    assert values["cmi.core.lesson_location"] == "practice/quiz/"


def test_progress_comes_back_from_the_lms_with_a_resume_link(page, lms):
    pass_the_course(page, lms)
    values, _ = lms_state(page)
    fresh_browser(page, lms)
    launch(page, lms, suspend=values["cmi.suspend_data"], location=values["cmi.core.lesson_location"],
           status=values["cmi.core.lesson_status"])
    assert page.find_element(By.CSS_SELECTOR, '[data-page-id="practice/lesson/"]').get_attribute("class") == "is-done"
    assert "1 of 1 lessons done" in page.find_element(By.CSS_SELECTOR, ".module-progress").text
    notice = page.find_element(By.CSS_SELECTOR, '.lms-status[role="status"] .lms-notice')
    assert notice.text == "Welcome back. Resume where you left off"
    assert axe_violations(page) == []
    go(page, "Resume where you left off")
    assert page.execute_script("return document.body.getAttribute('data-page')") == "practice/quiz/"
    assert "Your best score so far: 100% (passed)" in page.find_element(By.CSS_SELECTOR, ".quiz-best").text
    go(page, "A lesson with a check")
    assert page.find_element(By.CSS_SELECTOR, ".done-button").get_attribute("aria-pressed") == "true"
    values, calls = lms_state(page)
    assert values["cmi.core.lesson_status"] == "passed"
    assert not [call for call in calls if call[0] == "LMSSetValue" and call[1] == "cmi.core.lesson_status"]


def test_local_progress_is_kept_when_the_lms_has_less(page, lms):
    pass_the_course(page, lms)
    page.switch_to.default_content()
    page.get(lms + "blank.html")
    empty = json.dumps({"progress": {"done": {}}, "quizzes": {}})
    launch(page, lms, suspend=empty)
    assert page.find_element(By.CSS_SELECTOR, '[data-page-id="practice/lesson/"]').get_attribute("class") == "is-done"
    values, _ = lms_state(page)
    assert values["cmi.core.lesson_status"] == "passed"
    assert json.loads(values["cmi.suspend_data"])["progress"]["done"] == {"practice/lesson/": True}


def test_suspend_data_stays_within_4096_characters(page, lms):
    fresh_browser(page, lms)
    page.execute_script("""
        var done = {};
        for (var i = 0; i < 150; i++) done["practice/a-rather-long-lesson-name-number-" + i + "/"] = true;
        done["practice/lesson/"] = true;
        localStorage.setItem(arguments[0] + "progress", JSON.stringify({done: done}));
        localStorage.setItem(arguments[0] + "quiz:practice/quiz",
          JSON.stringify({version: "v1", best: 67, passed: false, last: {score: 67, answers: [["a"], ["b"], ["c"]]}}));
    """, f"parley:{COURSE}:")
    launch(page, lms)
    values, _ = lms_state(page)
    data = values["cmi.suspend_data"]
    assert 0 < len(data) <= 4096
    saved = json.loads(data)
    # Lessons by their place; the quiz's version, best score, not passed, one attempt (as a
    # record from before attempts were counted reads), no failures counted, none seen, none under way.
    assert saved == {"v": 3, "d": [0], "q": [["v1", 67, 0, 1, 0, "", 0]]}
    assert values["cmi.core.lesson_status"] == "failed"
    assert values["cmi.core.score.raw"] == "67"


def test_an_lms_error_is_shown_calmly_and_progress_stays(page, lms):
    fresh_browser(page, lms)
    launch(page, lms, **{"refuse-commit": "1"})
    go(page, "A lesson with a check")
    page.find_element(By.CSS_SELECTOR, ".done-button").click()
    notice = page.find_element(By.CSS_SELECTOR, '.lms-status[role="status"] .lms-notice')
    assert "did not save your progress just now (General exception, code 101)" in notice.text
    assert "kept in this browser" in notice.text
    assert axe_violations(page) == []
    notice.find_element(By.TAG_NAME, "button").click()
    assert not page.find_elements(By.CSS_SELECTOR, ".lms-notice")
    stored = page.execute_script("return localStorage.getItem(arguments[0])", f"parley:{COURSE}:progress")
    assert json.loads(stored)["done"] == {"practice/lesson/": True}


def test_an_lms_that_will_not_start_is_named_and_the_course_still_works(page, lms):
    fresh_browser(page, lms)
    launch(page, lms, **{"refuse-initialize": "1"})
    notice = page.find_element(By.CSS_SELECTOR, '.lms-status[role="status"] .lms-notice')
    assert "could not connect to your learning system (General exception, code 101)" in notice.text
    go(page, "A lesson with a check")
    page.find_element(By.CSS_SELECTOR, ".done-button").click()
    assert page.find_element(By.CSS_SELECTOR, ".done-button").get_attribute("aria-pressed") == "true"
    _, calls = lms_state(page)
    assert not [call for call in calls if call[0] in ("LMSSetValue", "LMSCommit", "LMSFinish")]


def test_without_an_lms_the_course_works_as_before(page, lms):
    fresh_browser(page, lms)
    page.get(lms + "course/index.html")
    go(page, "A lesson with a check")
    page.find_element(By.CSS_SELECTOR, ".done-button").click()
    assert page.find_element(By.CSS_SELECTOR, ".done-button").get_attribute("aria-pressed") == "true"
    assert not page.find_elements(By.CSS_SELECTOR, ".lms-status")
    assert page.execute_script("return sessionStorage.length") == 0

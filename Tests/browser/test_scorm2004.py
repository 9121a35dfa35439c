"""The SCORM 2004 package (`parley export scorm2004`) in the strict stand-in SCORM 2004
4th edition LMS of scorm2004_api.py: the course launched in an iframe beside a recording
`window.API_1484_11` that answers every call with the error code ADL's Sample RTE gives.
Every SetValue and Commit the course makes must succeed there, which checks the data
model's vocabulary and formats as well as what the course reports."""
import html
import json
import re
import subprocess
import zipfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PARLEY, ROOT, serve
from scorm2004_api import install_standin
from test_quiz import ORDER, choose, question, submit
from test_scorm import fresh_browser, go, launch
from test_xapi import FIXTURE, mark_the_lesson_done, play_scenario, take_quiz

COURSE = "reporting-fixture"
LABELS = "abcdefghijklmnopqrstuvwxyz"
# The pairs take_quiz makes, all right.
MATCHES = {"“So the parcel never came.”": "Recaps", "“That sounds exhausting.”": "Names a feeling",
           "“What happened next?”": "Asks an open question"}
SKY = "Which colour is the sky on a clear day?"
FRUITS = "Which of these are fruits?"
NUMBERS = "Put the numbers in order, smallest first"
TYPED = "What is repeating the customer’s own words back called?"
MATCHING = "Match each reply with what it does."
RESULTS = ("cmi.completion_status", "cmi.success_status", "cmi.progress_measure",
           "cmi.score.scaled", "cmi.score.raw", "cmi.score.min", "cmi.score.max")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """`parley export scorm2004` of the reporting fixture, unzipped under course/ beside
    the stand-in LMS: the folder served."""
    folder = tmp_path_factory.mktemp("scorm2004")
    result = subprocess.run(
        [str(PARLEY), "export", "scorm2004", "--source", str(FIXTURE),
         "--themes", str(ROOT / "themes"), "--output", str(folder / "dist")],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    zip_path = folder / "dist" / f"{COURSE}-scorm2004.zip"
    assert result.stdout.startswith(f"wrote {zip_path} ("), result.stdout
    with zipfile.ZipFile(zip_path) as package:
        names = package.namelist()
        assert "imsmanifest.xml" in names and "index.html" in names
        manifest = package.read("imsmanifest.xml").decode()
        package.extractall(folder / "lms" / "course")
    assert "<schemaversion>2004 4th Edition</schemaversion>" in manifest
    assert 'adlcp:scormType="sco" href="index.html"' in manifest
    install_standin(folder / "lms")
    return folder / "lms"


@pytest.fixture(scope="module")
def lms(exported):
    """The exported course in the stand-in LMS, served over http."""
    server = serve(exported)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def built(exported):
    """What the quiz's interactions must say, read from the quiz page as built: each
    question's prompt, id and the right responses with options named by their place."""
    page = (exported / "course" / "practice" / "quiz" / "index.html").read_text()
    fieldsets = re.findall(r'<fieldset class="question"[^>]*data-question="([^"]+)"[^>]*>(.*?)</fieldset>', page, re.S)
    prompts = {}
    for key, body in fieldsets:
        prompt = html.unescape(re.search(r'class="question-prompt">([^<]*)<', body).group(1))
        prompts[prompt] = (key, body)
    order = [html.unescape(text) for text in re.findall(r'class="order-text"[^>]*>([^<]*)<', prompts[NUMBERS][1])]
    matching = prompts[MATCHING][1]
    lefts = [html.unescape(text) for text in re.findall(r'class="match-left">([^<]*)<', matching)]
    select = re.search(r"<select.*?</select>", matching, re.S).group(0)
    rights = [html.unescape(text) for text in re.findall(r'<option value="[^"]+">([^<]*)</option>', select)]
    return {
        "ids": {prompt: f"urn:parley:{COURSE}:practice%2Fquiz:{key}" for prompt, (key, _) in prompts.items()},
        "sequence": "[,]".join(LABELS[order.index(text)] for text in ORDER),
        "pairs": "[,]".join(sorted(f"{LABELS[lefts.index(left)]}[.]{LABELS[rights.index(right)]}"
                                   for left, right in MATCHES.items())),
    }


# ---- Reading the stand-in

def lms_state(driver):
    """What the stand-in LMS holds and was asked, read from the LMS page (the top window)."""
    driver.switch_to.default_content()
    return driver.execute_script(
        "return {values: window.lmsValues, calls: window.lmsCalls, errors: window.lmsErrors, warnings: window.lmsWarnings}")


def sets(state, element):
    return [call[2] for call in state["calls"] if call[0] == "SetValue" and call[1] == element]


def named(state, name):
    return [call for call in state["calls"] if call[0] == name]


def refused(state):
    """Every SetValue or Commit the LMS refused, with its error code: none for a course
    that speaks SCORM 2004 correctly."""
    return [(call, code) for call, code in zip(state["calls"], state["errors"])
            if call[0] in ("SetValue", "Commit") and code != "0"]


def interactions(values):
    """The interaction records the LMS holds, as dicts of their fields (correct response
    patterns as a list)."""
    records = {}
    for element, value in values.items():
        match = re.fullmatch(r"cmi\.interactions\.(\d+)\.(.+)", element)
        if not match:
            continue
        record = records.setdefault(int(match.group(1)), {"patterns": {}})
        pattern = re.fullmatch(r"correct_responses\.(\d+)\.pattern", match.group(2))
        if pattern:
            record["patterns"][int(pattern.group(1))] = value
        else:
            record[match.group(2)] = value
    assert sorted(records) == list(range(len(records)))
    for record in records.values():
        record["patterns"] = [record["patterns"][i] for i in sorted(record["patterns"])]
    return [records[i] for i in sorted(records)]


# ---- What a trainee does

def pass_the_course(driver, lms, **launch_values):
    """One session: the lesson marked done, the graded quiz taken with four of five right."""
    fresh_browser(driver, lms)
    launch(driver, lms, **launch_values)
    mark_the_lesson_done(driver)
    go(driver, "Graded quiz")
    assert "80%" in take_quiz(driver)
    return lms_state(driver)


# Mirrors what the stand-in records into localStorage after each call, so it can be read
# after the LMS page itself has gone.
MIRROR = """
var api = window.API_1484_11;
["Initialize", "Terminate", "GetValue", "SetValue", "Commit"].forEach(function (name) {
  var real = api[name];
  api[name] = function () {
    var result = real.apply(api, arguments);
    localStorage.setItem("standin:record", JSON.stringify(
      {values: window.lmsValues, calls: window.lmsCalls, errors: window.lmsErrors, warnings: window.lmsWarnings}));
    return result;
  };
});
"""


# ---- The tests

def test_passing_the_quiz_reports_completion_success_score_and_interactions(page, lms, built):
    state = pass_the_course(page, lms)
    values = state["values"]
    assert refused(state) == []
    assert state["warnings"] == []
    assert values["cmi.completion_status"] == "completed"
    assert values["cmi.success_status"] == "passed"
    assert (values["cmi.score.scaled"], values["cmi.score.raw"], values["cmi.score.min"], values["cmi.score.max"]) == (
        "0.8", "80", "0", "100")
    assert values["cmi.progress_measure"] == "1"
    assert values["cmi.exit"] == "suspend"
    assert values["cmi.location"] == "practice/quiz/"
    # Never moved back: incomplete, then completed once; success only once there is a result.
    assert sets(state, "cmi.completion_status") == ["incomplete", "completed"]
    assert sets(state, "cmi.success_status") == ["passed"]
    measures = [float(value) for value in sets(state, "cmi.progress_measure")]
    assert measures == sorted(measures) and measures[0] == 0 and 0.5 in measures and measures[-1] == 1
    # Three pages, one session: initialized once with "", never terminated on the way.
    assert named(state, "Initialize") == [["Initialize", "", "true"]]
    assert named(state, "Terminate") == []
    saved = json.loads(values["cmi.suspend_data"])
    assert saved["progress"]["done"] == {"practice/lesson/": True}
    assert saved["quizzes"]["practice/quiz"]["best"] == 80

    # Each answer a new record, in SCORM 2004's own formats.
    records = interactions(values)
    assert len(records) == 5
    by_prompt = {record["description"]: record for record in records}
    assert sorted(by_prompt) == sorted([SKY, FRUITS, NUMBERS, TYPED, MATCHING])
    assert sorted(record["id"] for record in records) == sorted(built["ids"].values())
    for prompt, record in by_prompt.items():
        assert record["id"] == built["ids"][prompt]
        assert re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,2})?(Z|[+-]\d\d(:\d\d)?)?", record["timestamp"])
        assert record["weighting"] == "1"
    assert {prompt: record["type"] for prompt, record in by_prompt.items()} == {
        SKY: "choice", FRUITS: "choice", NUMBERS: "sequencing", TYPED: "fill-in", MATCHING: "matching"}
    assert {prompt: record["result"] for prompt, record in by_prompt.items()} == {
        SKY: "incorrect", FRUITS: "correct", NUMBERS: "correct", TYPED: "correct", MATCHING: "correct"}
    # Options by their place in the page as built: Green is "a", Blue "b".
    assert (by_prompt[SKY]["learner_response"], by_prompt[SKY]["patterns"]) == ("a", ["b"])
    assert (by_prompt[FRUITS]["learner_response"], by_prompt[FRUITS]["patterns"]) == ("a[,]c", ["a[,]c"])
    assert (by_prompt[NUMBERS]["learner_response"], by_prompt[NUMBERS]["patterns"]) == (built["sequence"], [built["sequence"]])
    assert (by_prompt[MATCHING]["learner_response"], by_prompt[MATCHING]["patterns"]) == (built["pairs"], [built["pairs"]])
    # A typed answer: each accepted answer a pattern; fill-in matches ignore case by default.
    typed = by_prompt[TYPED]
    assert typed["learner_response"] == "Mirroring"
    assert typed["patterns"] == ["mirroring", "echoing"]
    for record in records:
        if record["result"] == "correct" and record["type"] != "fill-in":
            assert record["learner_response"] == record["patterns"][0]


@pytest.mark.parametrize("passing, success", [("0.9", "failed"), ("0.7", "passed")])
def test_the_lms_passing_score_decides_success(page, lms, passing, success):
    state = pass_the_course(page, lms, scaled_passing_score=passing)
    assert refused(state) == []
    values = state["values"]
    assert values["cmi.score.scaled"] == "0.8"
    assert values["cmi.success_status"] == success
    assert sets(state, "cmi.success_status") == [success]
    assert values["cmi.completion_status"] == "completed"


@pytest.mark.parametrize("how", ["the LMS closes the course", "the trainee leaves the LMS page"])
def test_leaving_the_course_sets_the_session_time_and_terminates(page, lms, how):
    fresh_browser(page, lms)
    launch(page, lms)
    mark_the_lesson_done(page)
    go(page, "The late parcel")
    play_scenario(page)
    page.switch_to.default_content()
    if how == "the LMS closes the course":
        page.execute_script("document.getElementById('sco').src = 'blank.html'")
        WebDriverWait(page, 5).until(lambda d: named(lms_state(d), "Terminate"))
        state = lms_state(page)
    else:
        page.execute_script(MIRROR)
        page.get(lms + "blank.html")
        state = page.execute_script("return JSON.parse(localStorage.getItem('standin:record'))")
    assert refused(state) == []
    calls, values = state["calls"], state["values"]
    assert named(state, "Initialize") == [["Initialize", "", "true"]]
    assert named(state, "Terminate") == [["Terminate", "", "true"]]
    assert calls[-1][0] == "Terminate"
    last_set = max(i for i, call in enumerate(calls) if call[0] == "SetValue")
    assert last_set < len(calls) - 1
    assert sets(state, "cmi.session_time") == [values["cmi.session_time"]]
    time = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?([\d.]+)S", values["cmi.session_time"])
    assert time, values["cmi.session_time"]
    seconds = 3600 * int(time.group(1) or 0) + 60 * int(time.group(2) or 0) + float(time.group(3))
    assert 0 < seconds < 600
    # A lesson done, the quiz not taken: incomplete, half way, no success or score.
    assert values["cmi.completion_status"] == "incomplete"
    assert values["cmi.progress_measure"] == "0.5"
    assert values["cmi.success_status"] == "unknown"
    assert not [element for element in values if element.startswith("cmi.score.")]
    assert values["cmi.location"] == "practice/scenario/"
    assert values["cmi.exit"] == "suspend"
    # A scenario's choices are not quiz answers.
    assert interactions(values) == []


def test_progress_comes_back_from_the_lms_with_a_resume_link(page, lms):
    values = pass_the_course(page, lms)["values"]
    fresh_browser(page, lms)
    launch(page, lms, suspend=values["cmi.suspend_data"], location=values["cmi.location"],
           completion="completed", success="passed")
    done = page.execute_script("return JSON.parse(localStorage.getItem(arguments[0]) || '{}').done",
                               f"parley:{COURSE}:progress")
    assert done == {"practice/lesson/": True}
    assert page.find_element(By.CSS_SELECTOR, '[data-page-id="practice/lesson/"]').get_attribute("class") == "is-done"
    notice = page.find_element(By.CSS_SELECTOR, '.lms-status[role="status"] .lms-notice[data-notice="resume"]')
    assert notice.text == "Welcome back. Resume where you left off"
    assert notice.find_element(By.TAG_NAME, "a").get_dom_attribute("href") == "practice/quiz/index.html"
    go(page, "Resume where you left off")
    assert page.execute_script("return document.body.getAttribute('data-page')") == "practice/quiz/"
    assert "80%" in page.find_element(By.CSS_SELECTOR, ".quiz-best").text
    go(page, "A lesson to mark done")
    assert page.find_element(By.CSS_SELECTOR, ".done-button").get_attribute("aria-pressed") == "true"
    state = lms_state(page)
    assert refused(state) == []
    values = state["values"]
    assert values["cmi.entry"] == "resume"
    assert (values["cmi.completion_status"], values["cmi.success_status"]) == ("completed", "passed")
    assert sets(state, "cmi.completion_status") == [] and sets(state, "cmi.success_status") == []
    assert values["cmi.score.scaled"] == "0.8" and values["cmi.progress_measure"] == "1"
    assert named(state, "Initialize") == [["Initialize", "", "true"]]
    assert json.loads(values["cmi.suspend_data"])["progress"]["done"] == {"practice/lesson/": True}


def test_what_the_lms_holds_is_never_moved_back(page, lms):
    """The LMS says completed and passed, this browser has nothing: a lesson marked done
    (incomplete here) and a quiz under the LMS's passing score (failed here) change neither."""
    fresh_browser(page, lms)
    launch(page, lms, completion="completed", success="passed", scaled_passing_score="0.9")
    mark_the_lesson_done(page)
    go(page, "Graded quiz")
    assert "80%" in take_quiz(page)
    state = lms_state(page)
    assert refused(state) == []
    assert sets(state, "cmi.completion_status") == [] and sets(state, "cmi.success_status") == []
    values = state["values"]
    assert (values["cmi.completion_status"], values["cmi.success_status"]) == ("completed", "passed")
    assert values["cmi.score.scaled"] == "0.8" and values["cmi.progress_measure"] == "1"


@pytest.mark.parametrize("mode", ["review", "browse"])
def test_review_and_browse_record_no_result(page, lms, mode):
    fresh_browser(page, lms)
    launch(page, lms, mode=mode)
    mark_the_lesson_done(page)
    go(page, "Graded quiz")
    assert "80%" in take_quiz(page)
    state = lms_state(page)
    assert refused(state) == []
    for element in RESULTS:
        assert sets(state, element) == [], element
    values = state["values"]
    assert (values["cmi.completion_status"], values["cmi.success_status"]) == ("unknown", "unknown")
    assert interactions(values) == []
    assert named(state, "Initialize") == [["Initialize", "", "true"]]


def test_a_plain_build_in_the_lms_makes_no_call(page, tmp_path):
    subprocess.run([str(PARLEY), "build", "--source", str(FIXTURE), "--themes", str(ROOT / "themes"),
                    "--output", str(tmp_path / "course")], check=True, capture_output=True)
    install_standin(tmp_path)
    server = serve(tmp_path)
    try:
        plain = f"http://127.0.0.1:{server.server_address[1]}/"
        fresh_browser(page, plain)
        launch(page, plain)
        mark_the_lesson_done(page)
        go(page, "Graded quiz")
        assert "80%" in take_quiz(page)
        assert page.execute_script("return typeof window.parleyReport") == "undefined"
        assert not page.find_elements(By.CSS_SELECTOR, 'script[src*="report"]')
        state = lms_state(page)
        assert state["calls"] == []
    finally:
        server.shutdown()


def test_typed_text_that_looks_like_a_delimiter_is_kept_as_typed(page, lms):
    """SCORM 2004 reads a leading {lang=…} and "[,]" in a fill-in response as delimiters:
    the adapter gives such text a language tag of its own and keeps it one answer."""
    fresh_browser(page, lms)
    launch(page, lms)
    go(page, "Graded quiz")
    choose(page, 1, "Blue")
    choose(page, 2, "Apple", "Pear")
    question(page, 4).find_element(By.CSS_SELECTOR, ".typed-answer input").send_keys("{lang=123}mirror[,]echo")
    for item in question(page, 5).find_elements(By.CSS_SELECTOR, "li.match"):
        Select(item.find_element(By.CSS_SELECTOR, "select")).select_by_visible_text("Recaps")
    submit(page)
    state = lms_state(page)
    assert refused(state) == []
    typed = [record for record in interactions(state["values"]) if record["type"] == "fill-in"]
    assert [record["learner_response"] for record in typed] == ["{lang=en}{lang=123}mirror,echo"]

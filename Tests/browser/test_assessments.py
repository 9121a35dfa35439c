"""Assessments as a trainee takes them: questions drawn from a bank, attempts, what the
review shows under each answer policy, a time limit, and the question types that are typed,
matched or reflected on."""
import json
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import axe_violations
from test_quiz import submit

MATCHES = {
    "“So the parcel never came.”": "Recaps",
    "“That sounds exhausting.”": "Names a feeling",
    "“What happened next?”": "Asks an open question",
}
MODEL_ANSWER = "Let me check where it is right now"


def open_quiz(driver, site, name):
    driver.get(site[0] + f"assessments/{name}/index.html")
    driver.execute_script("localStorage.clear()")
    driver.refresh()
    return driver


@pytest.fixture
def quiz(page, assessment_site):
    return lambda name: open_quiz(page, assessment_site, name)


def shown(driver):
    return [q for q in driver.find_elements(By.CSS_SELECTOR, "form.quiz fieldset.question") if q.is_displayed()]


def keys_shown(driver):
    return [q.get_attribute("data-question") for q in shown(driver)]


def by_prompt(driver, words):
    return [q for q in shown(driver) if words in q.find_element(By.CSS_SELECTOR, ".question-prompt").text][0]


def choose(fieldset, *labels):
    for label in fieldset.find_elements(By.CSS_SELECTOR, ".option label"):
        if label.text in labels:
            label.click()


def match(fieldset, pairs=MATCHES):
    for item in fieldset.find_elements(By.CSS_SELECTOR, "li.match"):
        Select(item.find_element(By.TAG_NAME, "select")).select_by_visible_text(pairs[item.find_element(By.CSS_SELECTOR, "label").text])


def order(driver, fieldset, wanted):
    """Puts an ordering question in the order wanted with the Move up buttons and Enter."""
    def texts():
        return [item.find_element(By.CSS_SELECTOR, ".order-text").text for item in fieldset.find_elements(By.CSS_SELECTOR, ".order-item")]
    for target, text in enumerate(wanted):
        while texts().index(text) > target:
            item = fieldset.find_elements(By.CSS_SELECTOR, ".order-item")[texts().index(text)]
            driver.execute_script("arguments[0].focus()", item.find_element(By.CSS_SELECTOR, ".move-up"))
            driver.switch_to.active_element.send_keys(Keys.ENTER)
    assert texts() == wanted


def result(fieldset):
    return fieldset.find_element(By.CSS_SELECTOR, ".question-result").text


def retry(driver):
    driver.find_element(By.CSS_SELECTOR, ".retry-button").click()


def stored(driver, name):
    return driver.execute_script(
        "return JSON.parse(localStorage.getItem(arguments[0]))", f"parley:assessment-fixture:quiz:assessments/{name}")


def store(driver, name, record):
    driver.execute_script("localStorage.setItem(arguments[0], JSON.stringify(arguments[1]))",
                          f"parley:assessment-fixture:quiz:assessments/{name}", record)


def form_text(driver):
    """Everything in the quiz's DOM text, hidden parts too."""
    return driver.execute_script("return document.querySelector('form.quiz').textContent")


def answer_bank(driver, right=True):
    for fieldset in shown(driver):
        name = fieldset.find_element(By.CSS_SELECTOR, ".question-prompt").text.split()[-1]
        choose(fieldset, f"{name} {'right' if right else 'wrong'}")


def answer_after_pass_quiz(driver, right):
    choose(by_prompt(driver, "sky"), "Blue" if right else "Green")
    choose(by_prompt(driver, "fruits"), *(["Apple", "Pear"] if right else ["Apple"]))
    if right:
        order(driver, by_prompt(driver, "numbers"), ["One", "Two", "Three"])
    by_prompt(driver, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("mirroring" if right else "echo")
    match(by_prompt(driver, "Match"), MATCHES if right else {left: "Recaps" for left in MATCHES})


# Draws


def test_a_draw_of_three_from_six_shows_three_numbered_as_three(quiz):
    page = quiz("bank")
    questions = page.find_elements(By.CSS_SELECTOR, "fieldset.question")
    assert len(questions) == 6
    assert len(shown(page)) == 3
    assert [q.find_element(By.CSS_SELECTOR, ".question-number").text for q in shown(page)] == \
        ["Question 1 of 3", "Question 2 of 3", "Question 3 of 3"]
    hidden = [q for q in questions if not q.is_displayed()]
    assert all(not box.is_enabled() for q in hidden for box in q.find_elements(By.TAG_NAME, "input"))


def test_a_reload_keeps_the_drawn_questions_and_the_answers(quiz):
    page = quiz("bank")
    before = keys_shown(page)
    first = shown(page)[0]
    name = first.find_element(By.CSS_SELECTOR, ".question-prompt").text.split()[-1]
    choose(first, f"{name} wrong")
    choose(shown(page)[2], *[label.text for label in shown(page)[2].find_elements(By.CSS_SELECTOR, "label")][:1])
    page.refresh()
    assert keys_shown(page) == before
    checked = page.find_element(By.XPATH, f"//label[normalize-space()='{name} wrong']/preceding-sibling::input")
    assert checked.is_selected()
    assert len([box for box in shown(page)[2].find_elements(By.TAG_NAME, "input") if box.is_selected()]) == 1


def test_five_retakes_see_at_least_five_different_questions(quiz):
    page = quiz("bank")
    seen = []
    for attempt in range(5):
        seen.append(set(keys_shown(page)))
        answer_bank(page, right=attempt % 2 == 0)
        submit(page)
        retry(page)
    assert len(set().union(*seen)) >= 5
    # Questions not seen yet come first: the second attempt asks the other three.
    assert not seen[0] & seen[1]


def test_a_draw_by_section_takes_its_count_from_each_and_keeps_the_reflection(quiz):
    page = quiz("sections")
    sections = [q.get_attribute("data-section") for q in shown(page)]
    assert sections.count("listening") == 1 and sections.count("boundaries") == 3
    assert [q.get_attribute("data-kind") for q in shown(page)].count("reflection") == 1
    assert shown(page)[-1].find_element(By.CSS_SELECTOR, ".question-number").text == "Question 4 of 4"


# Attempts and answer policies


def test_after_the_attempts_allowed_fail_there_is_no_new_attempt(quiz):
    page = quiz("after-pass")
    attempts = page.find_element(By.CSS_SELECTOR, ".quiz-attempts")
    assert attempts.text == "You have 2 attempts to pass this quiz."
    answer_after_pass_quiz(page, right=False)
    assert "Not passed" in submit(page)
    assert attempts.text == "You have 1 attempt left to pass this quiz."
    retry(page)
    answer_after_pass_quiz(page, right=False)
    text = submit(page)
    used = "You have used all 2 attempts. Your L&D team can reset the quiz for you."
    assert used in text and attempts.text == used
    assert not page.find_element(By.CSS_SELECTOR, ".retry-button").is_displayed()
    assert not page.find_element(By.CSS_SELECTOR, ".submit-button").is_displayed()
    # Out of attempts, the review shows the right answers.
    assert page.find_elements(By.CSS_SELECTOR, ".option-missed")
    assert "Rayleigh scattering" in by_prompt(page, "sky").text
    page.refresh()
    assert used in page.find_element(By.CSS_SELECTOR, ".quiz-attempts").text
    assert not page.find_element(By.CSS_SELECTOR, ".retry-button").is_displayed()
    assert all(not box.is_enabled() for box in page.find_elements(By.CSS_SELECTOR, "fieldset input"))
    assert stored(page, "after-pass")["failures"] == 2


def test_after_pass_shows_no_right_answer_before_passing(quiz):
    page = quiz("after-pass")
    secrets = ["mirroring", "Rayleigh scattering", "Fruits grow from flowers", "Counting up", "The right order",
               "The right match", "A right answer you did not choose", "Your answer: right", "one job", "Scattered sunlight"]
    assert not [secret for secret in secrets if secret in form_text(page)]
    answer_after_pass_quiz(page, right=False)
    text = submit(page)
    assert "Not passed" in text and "shown once you pass" in text
    assert not [secret for secret in secrets if secret in form_text(page)]
    assert not page.find_elements(By.CSS_SELECTOR, ".option-right, .option-wrong, .option-missed, .right-order, .right-match")
    # What the trainee chose gets its feedback; which questions were wrong is shown.
    sky = by_prompt(page, "sky")
    assert "Grass is green" in sky.text and result(sky) == "Not quite."
    assert "Think of a mirror" in by_prompt(page, "own words").text
    retry(page)
    assert not [secret for secret in secrets if secret in form_text(page)]
    answer_after_pass_quiz(page, right=True)
    assert "Passed" in submit(page)
    assert "Rayleigh scattering" in by_prompt(page, "sky").text
    assert "The answer: mirroring" in by_prompt(page, "own words").text
    assert not page.find_element(By.CSS_SELECTOR, ".quiz-attempts").is_displayed()


def test_hidden_answers_show_the_score_and_right_or_wrong_only(quiz):
    page = quiz("hidden")
    choose(by_prompt(page, "sky"), "Green")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("Mirroring")
    assert "50%" in submit(page)
    assert result(by_prompt(page, "sky")) == "Not quite."
    assert result(by_prompt(page, "own words")) == "Correct."
    text = form_text(page)
    assert "Grass is green" not in text and "Rayleigh" not in text and "It shows the customer" not in text
    assert not page.find_elements(By.CSS_SELECTOR, ".feedback, .explanation, .option-right, .option-wrong, .option-missed")
    # Only the trainee's own choice is marked, in words that say nothing of right or wrong.
    assert [mark.text for mark in page.find_elements(By.CSS_SELECTOR, ".option-mark")] == ["Your answer"]
    assert by_prompt(page, "sky").find_element(By.CSS_SELECTOR, ".option-chosen label").text == "Green"


# Question types


@pytest.mark.parametrize("typed", ["  Mirroring. ", "“Mirroring.”"])
def test_a_typed_answer_is_accepted_with_capitals_spaces_quotes_and_a_full_stop(quiz, typed):
    page = quiz("types")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys(typed)
    match(by_prompt(page, "Match"))
    choose(by_prompt(page, "sky"), "Blue")
    assert "100%" in submit(page)
    assert result(by_prompt(page, "own words")) == "Correct."


def test_a_matching_question_is_solved_by_keyboard_alone(quiz):
    page = quiz("types")
    typed = by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input")
    page.execute_script("arguments[0].focus()", typed)
    for item in by_prompt(page, "Match").find_elements(By.CSS_SELECTOR, "li.match"):
        page.switch_to.active_element.send_keys(Keys.TAB)
        select = item.find_element(By.TAG_NAME, "select")
        assert page.switch_to.active_element == select
        wanted = MATCHES[item.find_element(By.CSS_SELECTOR, "label").text]
        for _ in range(5):
            if Select(select).first_selected_option.text == wanted:
                break
            page.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
        assert Select(select).first_selected_option.text == wanted
    typed.send_keys("mirroring")
    choose(by_prompt(page, "sky"), "Blue")
    submit(page)
    assert result(by_prompt(page, "Match")) == "Correct."


def test_a_wrong_match_shows_the_right_one_in_the_review(quiz):
    page = quiz("types")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("mirroring")
    match(by_prompt(page, "Match"), {left: "Recaps" for left in MATCHES})
    choose(by_prompt(page, "sky"), "Blue")
    assert "67%" in submit(page)
    matching = by_prompt(page, "Match")
    assert result(matching) == "Not quite. 1 of 3 pairs are right."
    assert "The right match: Names a feeling" in matching.text


def test_a_reflection_reveals_its_model_answer_and_is_not_scored(quiz):
    page = quiz("types")
    reflection = by_prompt(page, "Write your first reply")
    model = reflection.find_element(By.CSS_SELECTOR, ".model-answer")
    button = reflection.find_element(By.CSS_SELECTOR, ".reveal-button")
    assert not model.is_displayed() and button.get_attribute("aria-expanded") == "false"
    button.click()
    assert model.is_displayed() and MODEL_ANSWER in model.text and "says what you will do next" in model.text
    assert button.get_attribute("aria-expanded") == "true" and button.text == "Hide the model answer"
    button.click()
    assert not model.is_displayed()
    # Left empty, it is not "still to answer"; answered or not, it is not in the score.
    choose(by_prompt(page, "sky"), "Blue")
    page.find_element(By.CSS_SELECTOR, ".submit-button").click()
    WebDriverWait(page, 2).until(lambda d: "Still to answer" in d.find_element(By.CSS_SELECTOR, ".quiz-status").text)
    assert page.find_element(By.CSS_SELECTOR, ".quiz-status").text.endswith("questions 1, 2.")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("mirroring")
    match(by_prompt(page, "Match"))
    assert "100% (3 of 3 right)" in submit(page)
    assert not result(reflection)


def test_a_reload_keeps_typed_matched_and_written_answers(quiz):
    page = quiz("types")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("echo")
    match(by_prompt(page, "Match"))
    by_prompt(page, "Write your first reply").find_element(By.TAG_NAME, "textarea").send_keys("Sorry, I will look.")
    page.refresh()
    assert by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").get_attribute("value") == "echo"
    for item in by_prompt(page, "Match").find_elements(By.CSS_SELECTOR, "li.match"):
        assert Select(item.find_element(By.TAG_NAME, "select")).first_selected_option.text == MATCHES[item.find_element(By.CSS_SELECTOR, "label").text]
    assert by_prompt(page, "Write your first reply").find_element(By.TAG_NAME, "textarea").get_attribute("value") == "Sorry, I will look."


def test_a_reload_after_submitting_shows_the_result_again(quiz):
    page = quiz("types")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("echo")
    match(by_prompt(page, "Match"))
    choose(by_prompt(page, "sky"), "Blue")
    text = submit(page)
    page.refresh()
    assert page.find_element(By.CSS_SELECTOR, ".quiz-score").text == text
    assert result(by_prompt(page, "own words")) == "Not quite."
    assert page.find_element(By.CSS_SELECTOR, ".retry-button").is_displayed()


def test_knowledge_checks_grade_typed_and_matching_questions_at_once(page, assessment_site):
    page.get(assessment_site[0] + "assessments/check/index.html")
    typed = by_prompt(page, "own words")
    typed.find_element(By.CSS_SELECTOR, "input").send_keys("ECHOING!", Keys.ENTER)
    assert result(typed) == "Correct."
    assert "Answers accepted: mirroring; echoing" in typed.text
    matching = by_prompt(page, "Match")
    matching.find_element(By.CSS_SELECTOR, ".check-button").click()
    WebDriverWait(page, 2).until(lambda d: "Match every item first" in d.find_element(By.CSS_SELECTOR, ".quiz-status").text)
    match(matching, {left: "Recaps" for left in MATCHES})
    matching.find_element(By.CSS_SELECTOR, ".check-button").click()
    assert result(matching) == "Not quite. 1 of 3 pairs are right."
    reflection = by_prompt(page, "Write your first reply")
    assert not reflection.find_element(By.CSS_SELECTOR, ".check-button").is_displayed()
    reflection.find_element(By.CSS_SELECTOR, ".reveal-button").click()
    assert MODEL_ANSWER in reflection.text
    assert axe_violations(page) == []


# The time limit


def start(page):
    page.find_element(By.CSS_SELECTOR, ".start-button").click()
    timer = page.find_element(By.CSS_SELECTOR, ".quiz-timer")
    WebDriverWait(page, 2).until(lambda d: timer.is_displayed() and "Time left" in timer.text)
    return timer


def test_a_timed_quiz_waits_for_the_trainee_to_start_the_clock(quiz):
    page = quiz("timed")
    assert "time limit of 1 minute" in page.find_element(By.CSS_SELECTOR, ".quiz-start").text
    assert not shown(page)
    assert stored(page, "timed") is None
    timer = start(page)
    assert timer.get_attribute("role") == "timer"
    assert len(shown(page)) == 2
    assert 0 < stored(page, "timed")["current"]["deadline"] / 1000 - time.time() <= 60


def test_the_timer_submits_at_zero_and_unanswered_questions_count_as_wrong(quiz):
    page = quiz("timed")
    start(page)
    choose(by_prompt(page, "sky"), "Blue")
    record = stored(page, "timed")
    record["current"]["deadline"] = int(time.time() * 1000) + 1500
    store(page, "timed", record)
    page.refresh()
    score = page.find_element(By.CSS_SELECTOR, ".quiz-score")
    WebDriverWait(page, 5).until(lambda d: score.is_displayed())
    assert score.text.startswith("Time is up") and "50% (1 of 2 right)" in score.text
    assert result(by_prompt(page, "own words")) == "Not answered."
    assert result(by_prompt(page, "sky")) == "Correct."
    assert not page.find_element(By.CSS_SELECTOR, ".quiz-timer").is_displayed()
    assert "current" not in stored(page, "timed")


def test_the_clock_survives_a_reload(quiz):
    page = quiz("timed")
    start(page)
    deadline = stored(page, "timed")["current"]["deadline"]
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("mirr")
    page.refresh()
    assert not [gate for gate in page.find_elements(By.CSS_SELECTOR, ".quiz-start") if gate.is_displayed()]
    assert page.find_element(By.CSS_SELECTOR, ".quiz-timer").is_displayed()
    assert stored(page, "timed")["current"]["deadline"] == deadline
    assert by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").get_attribute("value") == "mirr"


def test_more_time_is_offered_once_and_a_minute_left_is_announced(quiz):
    page = quiz("timed")
    timer = start(page)
    more = timer.find_element(By.CSS_SELECTOR, ".more-time-button")
    more.click()
    assert not more.is_displayed()
    WebDriverWait(page, 2).until(lambda d: "1 minute added" in d.find_element(By.CSS_SELECTOR, ".quiz-status").text)
    minutes, seconds = timer.find_element(By.CSS_SELECTOR, ".quiz-timer-text").text.split(": ")[1].split(":")
    assert 100 < int(minutes) * 60 + int(seconds) <= 120
    record = stored(page, "timed")
    assert record["current"]["extended"] is True
    record["current"]["deadline"] = int(time.time() * 1000) + 62000
    store(page, "timed", record)
    page.refresh()
    WebDriverWait(page, 5).until(lambda d: "One minute left" in d.find_element(By.CSS_SELECTOR, ".quiz-status").text)
    assert not page.find_element(By.CSS_SELECTOR, ".more-time-button").is_displayed()


def test_trying_a_timed_quiz_again_waits_for_the_clock_again(quiz):
    page = quiz("timed")
    start(page)
    choose(by_prompt(page, "sky"), "Green")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("echo")
    submit(page)
    retry(page)
    assert page.find_element(By.CSS_SELECTOR, ".quiz-start").is_displayed()
    assert page.switch_to.active_element.text == "Start the quiz"
    assert not shown(page) and not page.find_element(By.CSS_SELECTOR, ".quiz-timer").is_displayed()
    start(page)
    assert len(shown(page)) == 2
    assert not any(box.is_selected() for box in page.find_elements(By.CSS_SELECTOR, "fieldset input[type=radio]"))


def test_enter_in_a_typed_answer_does_not_submit_the_quiz(quiz):
    page = quiz("types")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("mirroring", Keys.ENTER)
    assert not page.find_element(By.CSS_SELECTOR, ".quiz-score").is_displayed()
    assert stored(page, "types").get("best") is None


# What the quiz tells the rest of the course


def test_submitting_reports_each_answer_and_the_quiz(quiz):
    page = quiz("types")
    page.execute_script("""
        window.parleyEvents = [];
        ['parley:answer', 'parley:quiz'].forEach(function (name) {
          document.addEventListener(name, function (event) { window.parleyEvents.push([name, event.detail]); });
        });""")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("Mirroring.")
    match(by_prompt(page, "Match"), {left: "Recaps" for left in MATCHES})
    choose(by_prompt(page, "sky"), "Blue")
    submit(page)
    events = page.execute_script("return window.parleyEvents")
    answers = {detail["kind"]: detail for name, detail in events if name == "parley:answer"}
    assert sorted(answers) == ["matching", "single", "typed"]
    # The question as a learning record store describes it; the right answers because this
    # quiz shows them.
    assert answers["typed"] == {"quiz": "assessments/types", "question": by_prompt(page, "own words").get_attribute("data-question"),
                                "kind": "typed", "attempt": 1, "response": "mirroring", "correct": True,
                                "interaction": {"type": "fill-in", "response": ["Mirroring."],
                                                "definition": {"prompt": "What is repeating the customer’s own words back called?",
                                                               "correct": [["mirroring"]]}}}
    assert answers["matching"]["correct"] is False and answers["matching"]["response"].count("=") == 3
    # Each left side by its place as built, paired with the right side chosen: all "Recaps".
    pairs = answers["matching"]["interaction"]["response"]
    assert answers["matching"]["interaction"]["type"] == "matching"
    assert [left for left, _ in pairs] == ["a", "b", "c"] and len({right for _, right in pairs}) == 1
    assert answers["single"]["correct"] is True
    # Blue is the second option as built.
    single = answers["single"]["interaction"]
    assert (single["type"], single["response"], single["definition"]["correct"]) == ("choice", ["b"], [["b"]])
    assert [choice["id"] for choice in single["definition"]["choices"]] == ["a", "b"]
    assert single["definition"]["choices"][1]["text"] == "Blue"
    quizzes = [detail for name, detail in events if name == "parley:quiz"]
    assert len(quizzes) == 1 and quizzes[0]["score"] == 67 and quizzes[0]["passed"] is False and quizzes[0]["graded"] is True
    assert quizzes[0]["attempt"] == 1 and quizzes[0]["passMark"] == int(page.find_element(By.CSS_SELECTOR, "form.quiz").get_attribute("data-pass-mark"))
    assert [name for name, _ in events][-1] == "parley:quiz"


def test_no_hashing_helper_is_left_on_the_window(quiz):
    page = quiz("types")
    assert page.execute_script("return typeof window.parleyHash") == "undefined"
    assert page.execute_script("return Object.keys(window).filter(function (k) { return /hash/i.test(k) && k !== 'onhashchange'; })") == []


def test_a_quiz_only_opened_is_not_a_result_on_the_completion_page(page, assessment_site):
    open_quiz(page, assessment_site, "bank")
    page.get(assessment_site[0] + "completion/index.html")
    item = page.find_element(By.CSS_SELECTOR, '[data-quiz="assessments/bank"] .requirement-status')
    assert item.text == "not passed yet"


def test_the_page_holds_no_right_answer_in_plain_text(assessment_site):
    html = (assessment_site[1] / "assessments" / "after-pass" / "index.html").read_text()
    for secret in ["mirroring", "Rayleigh", "Scattered sunlight", "Counting up", "[x]"]:
        assert secret not in html


def test_no_accessibility_violations_in_any_state(quiz):
    page = quiz("types")
    assert axe_violations(page) == []
    by_prompt(page, "Write your first reply").find_element(By.CSS_SELECTOR, ".reveal-button").click()
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("echo")
    match(by_prompt(page, "Match"), {left: "Recaps" for left in MATCHES})
    choose(by_prompt(page, "sky"), "Green")
    submit(page)
    assert axe_violations(page) == [], "types, reviewed"
    page = quiz("after-pass")
    for attempt in range(2):
        answer_after_pass_quiz(page, right=False)
        submit(page)
        assert axe_violations(page) == [], f"after-pass, attempt {attempt + 1}"
        if attempt == 0:
            retry(page)
    page = quiz("hidden")
    choose(by_prompt(page, "sky"), "Green")
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("x")
    submit(page)
    assert axe_violations(page) == [], "hidden"
    page = quiz("bank")
    assert axe_violations(page) == [], "bank"
    page = quiz("timed")
    assert axe_violations(page) == [], "timed, waiting"
    start(page)
    page.find_element(By.CSS_SELECTOR, ".more-time-button").click()
    assert axe_violations(page) == [], "timed, running"


def test_dark_mode_states_have_no_accessibility_violations(quiz):
    page = quiz("types")
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        page.refresh()
        by_prompt(page, "Write your first reply").find_element(By.CSS_SELECTOR, ".reveal-button").click()
        by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("echo")
        match(by_prompt(page, "Match"), {left: "Recaps" for left in MATCHES})
        choose(by_prompt(page, "sky"), "Green")
        submit(page)
        assert axe_violations(page) == []
        page = quiz("timed")
        start(page)
        assert axe_violations(page) == []
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_assessments_work_opened_from_disk(page, assessment_site):
    page.get((assessment_site[1] / "assessments" / "types" / "index.html").as_uri())
    page.execute_script("localStorage.clear()")
    page.refresh()
    by_prompt(page, "own words").find_element(By.CSS_SELECTOR, "input").send_keys("mirroring")
    match(by_prompt(page, "Match"))
    choose(by_prompt(page, "sky"), "Blue")
    assert "100%" in submit(page)
    page.get((assessment_site[1] / "assessments" / "bank" / "index.html").as_uri())
    assert len(shown(page)) == 3

"""What a trainee sees around an answer: the score at the top of a submitted quiz with the
focus on it, their own choices marked in words in the review, numbered rows to put in
order (also at 390 px and right to left), a check button that says it has checked, and a
knowledge check that is not labelled twice under the author's heading."""
import re
import shutil

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, axe_violations, build_course
from test_quiz import choose, order_items, question, quiz, solve_order_by_keyboard, submit  # noqa: F401 (quiz is a fixture)

ACCENT = "rgb(11, 110, 79)"


@pytest.fixture
def narrow(page):
    """The page at 390 CSS pixels wide, as a phone shows it (a headless window cannot be
    made narrower than 500)."""
    page.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": False})
    yield page
    page.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def rect(driver, element):
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height};", element)


def positions(fieldset):
    return [item.find_element(By.CSS_SELECTOR, ".order-position").text for item in fieldset.find_elements(By.CSS_SELECTOR, ".order-item")]


def mark_texts(fieldset):
    """Each option's text with the marks beside it, as a trainee reads them."""
    return {option.find_element(By.CSS_SELECTOR, "label").text: [m.text for m in option.find_elements(By.CSS_SELECTOR, ".option-mark")]
            for option in fieldset.find_elements(By.CSS_SELECTOR, ".option")}


# The score at the top


def test_the_score_is_above_the_first_question_and_has_the_focus(quiz):
    choose(quiz, 1, "Green")
    choose(quiz, 2, "Apple", "Pear")
    solve_order_by_keyboard(quiz, 3)
    text = submit(quiz)
    assert "67%" in text
    score = quiz.find_element(By.CSS_SELECTOR, ".quiz-score")
    assert quiz.switch_to.active_element == score
    first = question(quiz, 1)
    assert quiz.execute_script("return !!(arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING)", score, first)
    assert rect(quiz, score)["bottom"] <= rect(quiz, first)["top"]
    # In view without scrolling, with "Try again" right under it, before the first question.
    inner = quiz.execute_script("return innerHeight")
    assert 0 <= rect(quiz, score)["top"] and rect(quiz, score)["bottom"] <= inner
    again = [button for button in quiz.find_elements(By.CSS_SELECTOR, ".retry-button") if button.is_displayed()]
    assert again and rect(quiz, score)["bottom"] <= rect(quiz, again[0])["top"] <= rect(quiz, score)["bottom"] + 40
    assert rect(quiz, again[0])["bottom"] <= rect(quiz, first)["top"] and rect(quiz, again[0])["bottom"] <= inner
    # Tab from the score goes to "Try again".
    score.send_keys(Keys.TAB)
    assert quiz.switch_to.active_element == again[0]
    assert not quiz.find_element(By.CSS_SELECTOR, ".submit-button").is_displayed()


def test_try_again_under_the_score_starts_a_new_attempt(quiz):
    choose(quiz, 1, "Blue")
    choose(quiz, 2, "Apple")
    submit(quiz)
    quiz.find_element(By.CSS_SELECTOR, ".quiz-retry .retry-button").click()
    assert not quiz.find_element(By.CSS_SELECTOR, ".quiz-score").is_displayed()
    assert not [button for button in quiz.find_elements(By.CSS_SELECTOR, ".retry-button") if button.is_displayed()]
    assert quiz.find_element(By.CSS_SELECTOR, ".submit-button").is_displayed()
    assert not any(box.is_selected() for box in quiz.find_elements(By.CSS_SELECTOR, "fieldset input"))
    assert all(button.is_displayed() and button.is_enabled() for button in question(quiz, 3).find_elements(By.CSS_SELECTOR, ".order-buttons button"))


# The trainee's own choices in the review


def test_the_review_marks_the_trainees_choices_in_words_and_keeps_them_readable(quiz):
    choose(quiz, 1, "Green")
    choose(quiz, 2, "Apple", "Carrot")
    submit(quiz)
    assert mark_texts(question(quiz, 1)) == {"Green": ["Your answer: wrong"], "Blue": ["A right answer you did not choose"], "Red": []}
    assert mark_texts(question(quiz, 2)) == {"Apple": ["Your answer: right"], "Carrot": ["Your answer: wrong"], "Pear": ["A right answer you did not choose"]}
    for box in quiz.find_elements(By.CSS_SELECTOR, "fieldset .option input"):
        # Not editable, and not the browser's faded grey: a chosen one is in the accent colour.
        assert not box.is_enabled()
        style = quiz.execute_script("const s = getComputedStyle(arguments[0]); return [s.opacity, s.backgroundColor];", box)
        assert style == ["1", ACCENT if box.is_selected() else "rgb(255, 255, 255)"]
    # The move buttons are gone from the review; the numbers stay.
    ordering = question(quiz, 3)
    assert not [button for button in ordering.find_elements(By.CSS_SELECTOR, ".order-buttons button") if button.is_displayed()]
    assert positions(ordering) == ["1.", "2.", "3.", "4."]
    assert axe_violations(quiz) == []


@pytest.mark.parametrize("policy, words", [("hidden", ["Your answer"]), ("after-pass", ["Your answer"]), ("types", ["Your answer: wrong"])])
def test_each_answer_policy_says_which_option_was_chosen(page, assessment_site, policy, words):
    page.get(assessment_site[0] + f"assessments/{policy}/index.html")
    page.execute_script("localStorage.clear()")
    page.refresh()
    sky = [q for q in page.find_elements(By.CSS_SELECTOR, "fieldset.question") if q.is_displayed() and "sky" in q.text][0]
    sky.find_element(By.XPATH, ".//label[normalize-space()='Green']").click()
    page.find_element(By.CSS_SELECTOR, ".submit-button").click()
    WebDriverWait(page, 2).until(lambda d: "Still to answer" in d.find_element(By.CSS_SELECTOR, ".quiz-status").text)
    # Answer the rest with anything, then submit.
    for fieldset in [q for q in page.find_elements(By.CSS_SELECTOR, "fieldset.question") if q.is_displayed()]:
        for typed in fieldset.find_elements(By.CSS_SELECTOR, ".typed-answer input"):
            typed.send_keys("echo")
        for select in fieldset.find_elements(By.CSS_SELECTOR, "li.match select"):
            select.find_elements(By.TAG_NAME, "option")[1].click()
        boxes = fieldset.find_elements(By.CSS_SELECTOR, ".option input")
        if boxes and not any(box.is_selected() for box in boxes):
            fieldset.find_elements(By.CSS_SELECTOR, ".option label")[0].click()
    submit(page)
    assert mark_texts(sky)["Green"] == words
    assert all(not marks or "did not choose" in marks[0] for label, marks in mark_texts(sky).items() if label != "Green")
    assert axe_violations(page) == []


# Putting items in order


def test_ordering_items_are_numbered_and_the_numbers_follow_every_move(quiz):
    ordering = question(quiz, 3)
    assert positions(ordering) == ["1.", "2.", "3.", "4."]
    before = order_items(ordering)
    last = ordering.find_elements(By.CSS_SELECTOR, ".order-item")[-1]
    quiz.execute_script("arguments[0].focus()", last.find_element(By.CSS_SELECTOR, ".move-up"))
    quiz.switch_to.active_element.send_keys(Keys.ENTER)
    assert order_items(ordering) == before[:2] + [before[3], before[2]]
    assert positions(ordering) == ["1.", "2.", "3.", "4."]
    assert last.find_element(By.CSS_SELECTOR, ".order-position").text == "3."
    WebDriverWait(quiz, 2).until(lambda d: "moved to position 3 of 4" in d.find_element(By.CSS_SELECTOR, ".quiz-status").text)
    # A reload restores the order and numbers it again.
    quiz.refresh()
    assert order_items(question(quiz, 3)) == before[:2] + [before[3], before[2]]
    assert positions(question(quiz, 3)) == ["1.", "2.", "3.", "4."]


def test_ordering_rows_at_390_px_keep_the_buttons_clear_of_the_text(narrow, quiz_site, site):
    for url in (quiz_site[0] + "practice/quiz/index.html", site + "why-conversations-escalate/quiz/index.html"):
        narrow.get(url)
        narrow.execute_script("localStorage.clear()")
        narrow.refresh()
        assert narrow.execute_script("return innerWidth") == 390
        ordering = narrow.find_element(By.CSS_SELECTOR, "fieldset[data-kind=ordering]")
        items = ordering.find_elements(By.CSS_SELECTOR, ".order-item")
        heights, button_columns = set(), set()
        for item in items:
            box = rect(narrow, item)
            number = rect(narrow, item.find_element(By.CSS_SELECTOR, ".order-position"))
            text = rect(narrow, item.find_element(By.CSS_SELECTOR, ".order-text"))
            buttons = item.find_elements(By.CSS_SELECTOR, ".order-buttons button")
            assert len(buttons) == 2 and all(button.is_displayed() for button in buttons)
            for button in map(lambda b: rect(narrow, b), buttons):
                assert text["right"] <= button["left"], url
                assert box["left"] <= button["left"] and button["right"] <= box["right"] and box["top"] <= button["top"] and button["bottom"] <= box["bottom"]
            assert number["right"] <= text["left"] and box["left"] <= number["left"]
            heights.add(round(box["height"]))
            button_columns.add(round(rect(narrow, buttons[0])["left"]))
        # Rows of one height, the buttons in one column.
        assert len(heights) == 1 and len(button_columns) == 1, url
        assert narrow.execute_script("return document.documentElement.scrollWidth") <= 390


@pytest.fixture(scope="module")
def arabic_quiz(tmp_path_factory):
    """The quiz fixture built with `language: ar` (right to left), opened from disk."""
    source = tmp_path_factory.mktemp("arabic-quiz") / "content"
    shutil.copytree(ROOT / "Tests/browser/fixtures/quiz-course", source)
    config = source / "course.yaml"
    text = config.read_text()
    config.write_text(re.sub(r"(?m)^language: .*$", "language: ar", text) if "language:" in text else text.rstrip("\n") + "\nlanguage: ar\n")
    output = build_course(source, tmp_path_factory.mktemp("arabic-quiz-site") / "public")
    return (output / "practice" / "quiz" / "index.html").as_uri()


def test_ordering_rows_mirror_right_to_left_with_the_languages_digits(page, arabic_quiz):
    page.get(arabic_quiz)
    page.execute_script("localStorage.clear()")
    page.refresh()
    assert page.execute_script("return document.documentElement.dir") == "rtl"
    ordering = question(page, 3)
    expected = page.execute_script("return [1, 2, 3, 4].map(function (n) { return new Intl.NumberFormat('ar').format(n) + '.'; })")
    assert positions(ordering) == expected
    for item in ordering.find_elements(By.CSS_SELECTOR, ".order-item"):
        number = rect(page, item.find_element(By.CSS_SELECTOR, ".order-position"))
        text = rect(page, item.find_element(By.CSS_SELECTOR, ".order-text"))
        buttons = rect(page, item.find_element(By.CSS_SELECTOR, ".order-buttons"))
        assert buttons["right"] <= text["left"] and text["right"] <= number["left"]


# The check button of a knowledge check


def test_the_check_button_says_check_again_until_the_answer_changes(page, quiz_site):
    page.get(quiz_site[0] + "practice/lesson/index.html")
    form = page.find_element(By.CSS_SELECTOR, "form.quiz-check")
    button = form.find_element(By.CSS_SELECTOR, ".check-button")
    assert button.text == "Check answer"
    button.click()
    WebDriverWait(page, 2).until(lambda d: "Choose an answer first" in form.find_element(By.CSS_SELECTOR, ".quiz-status").get_attribute("textContent"))
    assert button.text == "Check answer"
    form.find_element(By.XPATH, ".//label[normalize-space()='Solving']").click()
    button.click()
    assert button.text == "Check again"
    assert page.switch_to.active_element == button
    assert form.find_element(By.CSS_SELECTOR, ".question-result").text == "Not quite."
    form.find_element(By.XPATH, ".//label[normalize-space()='Listening']").click()
    assert button.text == "Check answer"
    assert not form.find_element(By.CSS_SELECTOR, ".question-result").is_displayed()
    assert not form.find_elements(By.CSS_SELECTOR, ".option-mark")
    button.click()
    assert button.text == "Check again" and form.find_element(By.CSS_SELECTOR, ".question-result").text == "Correct."
    WebDriverWait(page, 2).until(lambda d: "Correct" in form.find_element(By.CSS_SELECTOR, ".quiz-status").get_attribute("textContent"))


def test_a_typed_answer_checked_with_enter_keeps_its_result_when_left(page, assessment_site):
    page.get(assessment_site[0] + "assessments/check/index.html")
    typed = [q for q in page.find_elements(By.CSS_SELECTOR, "fieldset.question") if "own words" in q.text][0]
    field = typed.find_element(By.CSS_SELECTOR, "input")
    field.send_keys("mirroring", Keys.ENTER)
    button = typed.find_element(By.CSS_SELECTOR, ".check-button")
    assert button.text == "Check again"
    field.send_keys(Keys.TAB)
    assert button.text == "Check again" and typed.find_element(By.CSS_SELECTOR, ".question-result").text == "Correct."
    field.send_keys("s")
    assert button.text == "Check answer" and not typed.find_element(By.CSS_SELECTOR, ".question-result").is_displayed()


def test_moving_an_item_after_a_check_asks_for_a_new_check(page, site):
    page.get(site + "escalation-and-follow-up/a-warm-hand-over/index.html")
    ordering = page.find_element(By.CSS_SELECTOR, "form.quiz-check fieldset[data-kind=ordering]")
    button = ordering.find_element(By.CSS_SELECTOR, ".check-button")
    button.click()
    assert button.text == "Check again" and ordering.find_elements(By.CSS_SELECTOR, ".option-mark")
    ordering.find_elements(By.CSS_SELECTOR, ".move-down")[0].click()
    assert button.text == "Check answer" and not ordering.find_elements(By.CSS_SELECTOR, ".option-mark")
    assert positions(ordering) == ["1.", "2.", "3.", "4."]


# A knowledge check under the author's heading


def test_a_knowledge_check_under_a_heading_is_named_by_it_and_not_labelled_twice(page, site):
    page.get(site + "why-conversations-escalate/staying-calm-under-pressure/index.html")
    form = page.find_element(By.CSS_SELECTOR, "form.quiz-check")
    heading = page.execute_script("return arguments[0].previousElementSibling", form)
    assert heading.tag_name == "h2" and heading.text == "Knowledge check"
    assert not form.find_element(By.CSS_SELECTOR, ".quiz-heading").is_displayed()
    assert form.get_attribute("aria-labelledby") == heading.get_attribute("id")
    assert form.accessible_name == "Knowledge check" and form.aria_role == "form"
    # Close under its heading.
    assert rect(page, form)["top"] - rect(page, heading)["bottom"] < 24
    assert axe_violations(page) == []


def test_a_knowledge_check_after_text_keeps_its_own_label(page, site):
    page.get(site + "practice/rewrite-it/index.html")
    forms = page.find_elements(By.CSS_SELECTOR, "form.quiz-check")
    after_text = [form for form in forms if page.execute_script("return arguments[0].previousElementSibling.tagName", form) == "P"][0]
    label = after_text.find_element(By.CSS_SELECTOR, ".quiz-heading")
    assert label.is_displayed() and label.text.lower() == "knowledge check"
    assert after_text.get_attribute("aria-labelledby") == label.get_attribute("id")
    assert after_text.accessible_name == "Knowledge check"

"""Quizzes answered the way a trainee answers them: by reading labels and clicking."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import axe_violations

ORDER = ["One", "Two", "Three", "Four"]


@pytest.fixture
def quiz(page, quiz_site):
    page.get(quiz_site[0] + "practice/quiz/index.html")
    page.execute_script("localStorage.clear()")
    page.refresh()
    return page


def question(driver, number):
    return driver.find_elements(By.CSS_SELECTOR, "fieldset.question")[number - 1]


def choose(driver, number, *labels):
    fieldset = question(driver, number)
    for label in fieldset.find_elements(By.CSS_SELECTOR, "label"):
        if label.text in labels:
            label.click()


def order_items(fieldset):
    return [item.find_element(By.CSS_SELECTOR, ".order-text").text for item in fieldset.find_elements(By.CSS_SELECTOR, ".order-item")]


def solve_order_by_keyboard(driver, number):
    """Sorts the ordering question using only Tab/Enter on the move buttons."""
    fieldset = question(driver, number)
    for target, text in enumerate(ORDER):
        while order_items(fieldset).index(text) > target:
            items = fieldset.find_elements(By.CSS_SELECTOR, ".order-item")
            button = items[order_items(fieldset).index(text)].find_element(By.CSS_SELECTOR, ".move-up")
            driver.execute_script("arguments[0].focus()", button)
            driver.switch_to.active_element.send_keys(Keys.ENTER)
    assert order_items(fieldset) == ORDER


def submit(driver):
    driver.find_element(By.CSS_SELECTOR, ".submit-button").click()
    score = driver.find_element(By.CSS_SELECTOR, ".quiz-score")
    WebDriverWait(driver, 3).until(lambda d: score.is_displayed())
    return score.text


def test_all_correct_scores_100_and_passes(quiz):
    choose(quiz, 1, "Blue")
    choose(quiz, 2, "Apple", "Pear")
    solve_order_by_keyboard(quiz, 3)
    text = submit(quiz)
    assert "100%" in text and "Passed" in text
    assert quiz.switch_to.active_element.get_attribute("class").startswith("quiz-score")


def test_one_wrong_answer_fails_and_shows_its_feedback(quiz):
    choose(quiz, 1, "Green")
    choose(quiz, 2, "Apple", "Pear")
    solve_order_by_keyboard(quiz, 3)
    text = submit(quiz)
    assert "67%" in text and "Not passed" in text
    first = question(quiz, 1)
    assert "Grass is green" in first.text
    assert "Only at sunset" not in first.text
    assert "Rayleigh scattering" in first.text
    assert "Not quite" in first.find_element(By.CSS_SELECTOR, ".question-result").text


def test_multiple_choice_with_one_option_missed_is_wrong(quiz):
    choose(quiz, 1, "Blue")
    choose(quiz, 2, "Apple")
    solve_order_by_keyboard(quiz, 3)
    submit(quiz)
    result = question(quiz, 2).find_element(By.CSS_SELECTOR, ".question-result").text
    assert result.startswith("Not quite") and "1 of the 2 right answers" in result


def test_unanswered_questions_are_named_and_nothing_is_graded(quiz):
    choose(quiz, 1, "Blue")
    quiz.find_element(By.CSS_SELECTOR, ".submit-button").click()
    WebDriverWait(quiz, 2).until(lambda d: "Still to answer: question 2" in d.find_element(By.CSS_SELECTOR, ".quiz-status").text)
    assert not quiz.find_element(By.CSS_SELECTOR, ".quiz-score").is_displayed()


def test_reload_keeps_best_score_and_retry_clears_answers(quiz):
    choose(quiz, 1, "Blue")
    choose(quiz, 2, "Apple", "Pear")
    solve_order_by_keyboard(quiz, 3)
    submit(quiz)
    quiz.find_element(By.CSS_SELECTOR, ".retry-button").click()
    assert not any(box.is_selected() for box in quiz.find_elements(By.CSS_SELECTOR, "fieldset input"))
    assert not quiz.find_element(By.CSS_SELECTOR, ".quiz-score").is_displayed()
    assert all(not e.is_displayed() for e in quiz.find_elements(By.CSS_SELECTOR, ".feedback, .explanation"))
    choose(quiz, 1, "Red")
    choose(quiz, 2, "Carrot")
    submit(quiz)
    quiz.refresh()
    best = quiz.find_element(By.CSS_SELECTOR, ".quiz-best")
    assert best.is_displayed() and "100%" in best.text and "passed" in best.text


def test_edited_quiz_does_not_restore_stale_answers(quiz):
    choose(quiz, 1, "Blue")
    choose(quiz, 2, "Apple", "Pear")
    submit(quiz)
    quiz.execute_script("document.querySelector('form.quiz').setAttribute('data-version', 'changed')")
    key = quiz.execute_script("return Object.keys(localStorage)[0]")
    stored = quiz.execute_script("return JSON.parse(localStorage.getItem(arguments[0])).version", key)
    assert stored != "changed"


def test_no_accessibility_violations_before_and_after_submitting(quiz):
    assert axe_violations(quiz) == []
    choose(quiz, 1, "Green")
    choose(quiz, 2, "Apple")
    submit(quiz)
    assert axe_violations(quiz) == []


def test_answer_key_is_not_in_the_page_source(quiz):
    source = quiz.page_source
    assert "[x]" not in source and "correct" not in source.lower().replace("is-correct", "")


def test_knowledge_check_gives_feedback_at_once(page, quiz_site):
    page.get(quiz_site[0] + "practice/lesson/index.html")
    form = page.find_element(By.CSS_SELECTOR, "form.quiz-check")
    form.find_element(By.XPATH, ".//label[normalize-space()='Listening']").click()
    form.find_element(By.CSS_SELECTOR, ".check-button").click()
    result = form.find_element(By.CSS_SELECTOR, ".question-result")
    assert result.text == "Correct."
    assert "listening first lowers tension" in form.text
    WebDriverWait(page, 2).until(lambda d: "Correct" in form.find_element(By.CSS_SELECTOR, "[aria-live]").get_attribute("textContent"))


def test_quiz_works_opened_from_disk(page, quiz_site):
    page.get((quiz_site[1] / "practice" / "quiz" / "index.html").as_uri())
    choose(page, 1, "Blue")
    choose(page, 2, "Apple", "Pear")
    solve_order_by_keyboard(page, 3)
    assert "100%" in submit(page)


def test_without_javascript_questions_read_with_a_note(quiz_site, tmp_path):
    html = (quiz_site[1] / "practice" / "quiz" / "index.html").read_text()
    assert "Grading needs JavaScript" in html
    assert "<legend>" in html and "Which colour is the sky" in html
    assert "<script>" not in html and "onclick" not in html


def test_a_reflection_reply_in_a_knowledge_check_is_kept_and_reset_clears_it(page, site):
    lesson = site + "practice/rewrite-it/index.html"
    page.get(lesson)
    page.execute_script("localStorage.clear()")
    page.refresh()
    reply = page.find_elements(By.CSS_SELECTOR, ".quiz-inline .reflection textarea, .reflection textarea")[0]
    reply.send_keys("I can see the kitchen is flooded; I'll book an engineer for today.")
    page.get(site + "index.html")
    page.get(lesson)
    kept = page.find_elements(By.CSS_SELECTOR, ".reflection textarea")[0].get_attribute("value")
    assert kept == "I can see the kitchen is flooded; I'll book an engineer for today."
    page.get(site + "completion/index.html")
    page.find_element(By.CSS_SELECTOR, ".reset-button").click()
    page.find_element(By.CSS_SELECTOR, ".reset-confirm").click()
    page.get(lesson)
    assert page.find_elements(By.CSS_SELECTOR, ".reflection textarea")[0].get_attribute("value") == ""

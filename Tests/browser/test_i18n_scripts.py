"""The scripts speak from the catalog: what quiz.js writes comes from strings.js, so a
course's `strings:` in course.yaml changes it, plural forms are picked by the course's
language and numbers are written its way; without strings.js the scripts still work."""
import pathlib
import re
import shutil

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, build_course, serve

FIXTURE = ROOT / "Tests/browser/fixtures/quiz-course"
QUIZ = "practice/quiz/index.html"

# German plural rules and number formats, texts of the course's own.
STRINGS = """
language: de
strings:
  quiz:
    not_quite: "Leider falsch."
    scored:
      one: "Ergebnis {score}: {correct} von {n} Frage richtig."
      other: "Ergebnis {score}: {correct} von {n} Fragen richtig."
    not_passed: "Noch nicht bestanden, nötig sind {passMark}."
    mark:
      chosen_wrong: "Deine Wahl: falsch"
    attempts:
      one: "Du hast einen Versuch."
      other: "Du hast {n} Versuche."
    attempts_left:
      one: "Du hast noch {n} Versuch."
      other: "Du hast noch {n} Versuche."
"""


def copy_fixture(folder: pathlib.Path) -> pathlib.Path:
    """The quiz fixture with a limit of two attempts on its quiz and STRINGS in course.yaml."""
    source = folder / "source"
    shutil.copytree(FIXTURE, source)
    quiz = source / "01-practice/02-quiz.md"
    quiz.write_text(quiz.read_text().replace("type: quiz\n", "type: quiz\nattempts: 2\n", 1))
    course = source / "course.yaml"
    course.write_text(course.read_text().rstrip("\n") + "\n" + STRINGS)
    return source


@pytest.fixture(scope="module")
def localized_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("i18n-scripts")
    output = build_course(copy_fixture(folder), folder / "public")
    server = serve(output)
    yield f"http://127.0.0.1:{server.server_address[1]}/", output
    server.shutdown()


def open_quiz(driver, base):
    driver.get(base + QUIZ)
    driver.execute_script("localStorage.clear()")
    driver.refresh()


def text_of(element):
    """The text as the page has it, with no-break spaces made plain."""
    return element.get_attribute("textContent").replace("\u00a0", " ").replace("\u202f", " ")


def fail_once(driver):
    fieldsets = driver.find_elements(By.CSS_SELECTOR, "fieldset.question")
    for label in fieldsets[0].find_elements(By.CSS_SELECTOR, "label"):
        if label.text == "Green":
            label.click()
    for label in fieldsets[1].find_elements(By.CSS_SELECTOR, "label"):
        if label.text in ("Apple", "Pear"):
            label.click()
    driver.find_element(By.CSS_SELECTOR, ".submit-button").click()
    score = driver.find_element(By.CSS_SELECTOR, ".quiz-score")
    WebDriverWait(driver, 3).until(lambda d: score.is_displayed())
    return score


def test_quiz_texts_come_from_the_course_strings(page, localized_site):
    open_quiz(page, localized_site[0])
    assert page.execute_script("return window.parley.lang") == "de"
    attempts = page.find_element(By.CSS_SELECTOR, ".quiz-attempts")
    assert attempts.text == "Du hast 2 Versuche."

    score = fail_once(page)
    # One right answer of three (the order is shuffled, so most likely wrong too): the
    # score as German writes a percentage, "33 %" or "67 %".
    assert re.fullmatch(r"Ergebnis (0|33|67) %: [012] von 3 Fragen richtig\. Noch nicht bestanden, nötig sind 70 %\.",
                        text_of(score)), text_of(score)
    assert attempts.text == "Du hast noch 1 Versuch."
    first = page.find_elements(By.CSS_SELECTOR, "fieldset.question")[0]
    assert first.find_element(By.CSS_SELECTOR, ".question-result").text.startswith("Leider falsch.")
    assert "Deine Wahl: falsch" in first.text
    # Texts the course leaves alone stay the theme's.
    assert "Rayleigh scattering" in first.text


def test_the_scripts_work_without_strings_js(driver, localized_site):
    """Without strings.js a text shows as its key, and nothing breaks."""
    base, output = localized_site
    hidden = [path.rename(path.with_suffix(".off")) for path in (output / "assets").glob("strings.*.js")]
    assert hidden
    try:
        driver.get("about:blank")
        driver.get_log("browser")
        open_quiz(driver, base)
        assert driver.execute_script("return window.parleyStrings") is None
        attempts = driver.find_element(By.CSS_SELECTOR, ".quiz-attempts")
        assert attempts.text == "quiz.attempts"
        score = fail_once(driver)
        assert score.text.startswith("quiz.scored quiz.not_passed")
        number = driver.find_element(By.CSS_SELECTOR, ".question-number")
        assert number.text == "quiz.question_of"
        errors = [entry for entry in driver.get_log("browser")
                  if entry["level"] == "SEVERE" and "strings." not in entry["message"]]
        assert not errors, f"console errors: {errors}"
    finally:
        for path in hidden:
            path.rename(path.with_suffix(".js"))

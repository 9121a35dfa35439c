"""`parley serve` as an author uses it: save a file and the page reloads; an error shows
over the last good page until it is fixed; answer keys and warnings as author hints."""
import pathlib
import re
import shutil
import signal
import subprocess
import time

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PARLEY, ROOT, axe_violations

LESSON = "01-practice/01-lesson.md"


@pytest.fixture
def preview(tmp_path):
    """A copy of the quiz fixture course served by `parley serve` on a free port."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "Tests/browser/fixtures/quiz-course", content)
    process = subprocess.Popen(
        [str(PARLEY), "serve", "--port", "0", "--source", str(content), "--themes", str(ROOT / "themes")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    while line and "serving the course at" not in line:
        line = process.stdout.readline()
    url = re.search(r"http://\S+", line)
    assert url, process.stderr.read()
    yield url.group(0), content
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


def wait_for(driver, condition, timeout=10):
    """Waits until `condition` holds; the page may reload under it meanwhile."""
    wait = WebDriverWait(driver, timeout, poll_frequency=0.05, ignored_exceptions=(StaleElementReferenceException,))
    return wait.until(lambda _: condition())


def edit(path: pathlib.Path, old: str, new: str):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_saving_a_lesson_reloads_the_page(page, preview):
    url, content = preview
    page.get(url + "practice/lesson/")
    page.execute_script("window.__parleyMarker = 'before'")
    (content / LESSON).write_text((content / LESSON).read_text() + "\nA sentence added while previewing.\n")
    wait_for(page, lambda: "A sentence added while previewing." in page.find_element(By.TAG_NAME, "main").text)
    assert page.execute_script("return window.__parleyMarker") is None


def test_an_error_shows_every_diagnostic_until_it_is_fixed(page, preview, tmp_path):
    url, content = preview
    page.get(url + "practice/lesson/")
    title = page.find_element(By.TAG_NAME, "h1").text
    edit(content / LESSON, "---\n\n", "---\n\nA [broken link](nowhere.md).\n\n")
    overlay = wait_for(page, lambda: page.find_elements(By.CSS_SELECTOR, ".parley-preview-overlay"))[0]
    assert "The course has 1 error" in overlay.text
    assert "01-lesson.md:" in overlay.text
    assert "link to a missing page" in overlay.text
    assert "hint:" in overlay.text
    assert page.find_element(By.TAG_NAME, "h1").text == title
    assert not axe_violations(page)
    page.save_screenshot(str(tmp_path / "overlay.png"))
    edit(content / LESSON, "A [broken link](nowhere.md).", "A mended sentence.")
    wait_for(page, lambda: "A mended sentence." in page.find_element(By.TAG_NAME, "main").text)
    assert not page.find_elements(By.CSS_SELECTOR, ".parley-preview-overlay")


def test_answer_keys_are_marked_and_the_switch_hides_them(page, preview):
    url, _ = preview
    page.get(url + "practice/quiz/")
    wait_for(page, lambda: page.find_elements(By.CSS_SELECTOR, ".parley-preview-answer"))
    marked = [item.find_element(By.TAG_NAME, "label").text for item in page.find_elements(By.CSS_SELECTOR, "li.parley-preview-correct")]
    assert sorted(marked) == ["Apple", "Blue", "Pear"]
    answers = page.find_elements(By.CSS_SELECTOR, ".parley-preview-answer")
    assert len(answers) == len(page.find_elements(By.CSS_SELECTOR, "fieldset.question"))
    toggle = page.find_element(By.CSS_SELECTOR, ".parley-preview-toggle")
    toggle.click()
    assert not answers[0].is_displayed()
    assert toggle.get_attribute("aria-pressed") == "false"
    page.refresh()
    wait_for(page, lambda: page.find_elements(By.CSS_SELECTOR, ".parley-preview-answer"))
    assert not page.find_element(By.CSS_SELECTOR, ".parley-preview-answer").is_displayed()
    page.find_element(By.CSS_SELECTOR, ".parley-preview-toggle").click()
    assert page.find_element(By.CSS_SELECTOR, ".parley-preview-answer").is_displayed()


def test_warnings_of_the_page_are_shown_in_it(page, preview):
    url, content = preview
    page.get(url + "practice/lesson/")
    edit(content / LESSON, "---\n\n", "colour: blue\n---\n\n")
    panel = wait_for(page, lambda: page.find_elements(By.CSS_SELECTOR, ".parley-preview-warnings"))[0]
    assert "unknown field 'colour'" in panel.text

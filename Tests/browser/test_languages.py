"""The interface in the course's language, walked as a trainee meets it: a German course
shows no word of the English catalog on any page type, before or after using it; an
Arabic course is laid out right to left. Both are clean under axe."""
import pathlib
import re
import shutil

import pytest
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import ROOT, axe_violations, build_course, serve
from test_quiz import choose, solve_order_by_keyboard, submit

CATALOGS = ROOT / "themes" / "default" / "i18n"
FIXTURE = ROOT / "Tests" / "browser" / "fixtures" / "language-course"


def flattened(path):
    def walk(value, prefix):
        if isinstance(value, dict) and not set(value) <= {"zero", "one", "two", "few", "many", "other"}:
            for key, inner in value.items():
                yield from walk(inner, prefix + key + ".")
        else:
            yield prefix[:-1], value
    return dict(walk(yaml.safe_load(path.read_text()), ""))


def texts(value):
    return list(value.values()) if isinstance(value, dict) else [value]


def english_words(language):
    """The English catalog's texts that the language's catalog says differently, as the
    literal runs between placeholders: none of them may show on the translated site."""
    english, translated = flattened(CATALOGS / "en.yaml"), flattened(CATALOGS / f"{language}.yaml")
    # A word both languages use ("Module" is German too) proves nothing either way.
    everything = "\n".join(str(text) for value in translated.values() for text in texts(value))
    words = set()
    for key, value in english.items():
        if texts(value) == texts(translated.get(key)):
            continue
        for text in texts(value):
            for part in re.split(r"\{[a-zA-Z_.]+\}", str(text)):
                part = part.strip(" .,:;“”?!()")
                if len(part) >= 4 and re.search(r"[A-Za-z]{3}", part) and part not in everything:
                    words.add(part)
    return words


def shown_text(driver):
    """What a trainee sees or hears: visible text, and the labels assistive technology reads."""
    return driver.execute_script("""
        const parts = [document.body.innerText, document.title];
        for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt], input[type=submit], button')) {
          for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'value']) {
            if (element.getAttribute(name)) parts.push(element.getAttribute(name));
          }
        }
        for (const status of document.querySelectorAll('[role=status], [aria-live]')) parts.push(status.textContent);
        return parts.join('\\n');""")


def assert_no_english(driver, words, where):
    text = shown_text(driver)
    found = sorted(word for word in words if re.search(r"(?<![A-Za-zÀ-ÿ])" + re.escape(word) + r"(?![A-Za-zÀ-ÿ])", text))
    assert found == [], f"{where}: English interface text {found}"


def built_in(language, tmp_path_factory):
    source = tmp_path_factory.mktemp(f"course-{language}") / "content"
    shutil.copytree(FIXTURE, source)
    config = source / "course.yaml"
    config.write_text(re.sub(r"(?m)^language: .*$", f"language: {language}", config.read_text()))
    return build_course(source, tmp_path_factory.mktemp(f"site-{language}") / "public")


@pytest.fixture(scope="module")
def german(tmp_path_factory):
    server = serve(built_in("de", tmp_path_factory))
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def arabic(tmp_path_factory):
    server = serve(built_in("ar", tmp_path_factory))
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_every_page_type_speaks_german(page, german):
    words = english_words("de")
    assert len(words) > 100
    page.get(german + "index.html")
    page.execute_script("localStorage.clear()")
    for path in ["index.html", "grundlagen/index.html", "phrasebook/index.html", "grundlagen/formulierungen/index.html",
                 "grundlagen/fragen/index.html", "404.html", "completion/index.html"]:
        page.get(german + path)
        assert_no_english(page, words, path)
        assert axe_violations(page) == [], path

    # A lesson with its knowledge check, before and after checking, marked as done.
    page.get(german + "grundlagen/zuhoeren/index.html")
    assert_no_english(page, words, "lesson")
    page.find_element(By.XPATH, "//label[contains(., 'zusammenfassen')]").click()
    page.find_element(By.CSS_SELECTOR, ".check-button").click()
    page.find_element(By.CSS_SELECTOR, ".done-button").click()
    assert_no_english(page, words, "lesson after checking")
    assert axe_violations(page) == []

    # The quiz before and after submitting: half right passes at 50 %.
    page.get(german + "grundlagen/quiz/index.html")
    assert_no_english(page, words, "quiz")
    choose(page, 1, "„Das Paket ist also seit vier Tagen überfällig.“")
    page.find_element(By.CSS_SELECTOR, ".typed-answer input").send_keys("spiegeln")
    for select in page.find_elements(By.CSS_SELECTOR, ".matches select"):
        Select(select).select_by_index(1)
    result = submit(page)
    assert re.search(r"\b(50|75|100)\b", result), result
    assert_no_english(page, words, "quiz after submitting")
    assert axe_violations(page) == []

    # The scenario played to an ending.
    page.get(german + "grundlagen/gespraech/index.html")
    assert_no_english(page, words, "scenario")
    for reply in ["Vier Tage", "Es liegt im Depot"]:
        button = next(b for b in page.find_elements(By.CSS_SELECTOR, ".moment-current .reply-button") if reply in b.text)
        button.click()
        WebDriverWait(page, 2).until(lambda d: d.execute_script("return document.getAnimations().every(a => a.playState === 'finished')"))
    assert_no_english(page, words, "scenario ending")
    assert axe_violations(page) == []

    # Search with a query, one that finds and one that does not.
    for query in ["Paket", "zzxqv"]:
        page.get(german + "index.html")
        page.find_element(By.ID, "site-search-input").send_keys(query, Keys.ENTER)
        WebDriverWait(page, 3).until(lambda d: d.find_element(By.CSS_SELECTOR, ".search-status").text)
        assert_no_english(page, words, f"search for {query}")

    # The progress page with the certificate, earned above.
    page.get(german + "completion/index.html")
    assert page.find_element(By.CSS_SELECTOR, ".certificate-section").is_displayed()
    page.find_element(By.ID, "certificate-name").send_keys("Alex Berger")
    assert_no_english(page, words, "certificate")
    assert axe_violations(page) == []


def test_german_typography(page, german):
    page.get(german + "grundlagen/zuhoeren/index.html")
    assert "„Ich habe verstanden, worum es geht“" in page.find_element(By.TAG_NAME, "main").text
    minutes = flattened(CATALOGS / "de.yaml")["time.minutes"]["other"].replace("{n}", "8")
    assert minutes in page.find_element(By.CSS_SELECTOR, ".page-header .kind").get_attribute("textContent")


def test_arabic_is_laid_out_right_to_left(page, arabic):
    page.get(arabic + "grundlagen/zuhoeren/index.html")
    assert page.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    sidebar = page.find_element(By.CSS_SELECTOR, ".sidebar").rect
    main = page.find_element(By.TAG_NAME, "main").rect
    assert sidebar["x"] > main["x"], (sidebar, main)
    assert_no_english(page, english_words("ar"), "Arabic lesson")
    for path in ["grundlagen/zuhoeren/index.html", "grundlagen/quiz/index.html", "grundlagen/gespraech/index.html", "index.html"]:
        page.get(arabic + path)
        assert axe_violations(page) == [], path

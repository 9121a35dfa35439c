"""Phrase banks, FAQ, search, progress and the certificate, used as a trainee uses them."""
import base64
import json
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import axe_violations
from test_quiz import choose, solve_order_by_keyboard, submit


def first_bank(site_dir):
    return sorted(site_dir.glob("*/phrase-bank/index.html"))[0].relative_to(site_dir).as_posix()


def test_filter_narrows_the_phrase_cards(page, site, site_dir):
    page.get(site + first_bank(site_dir))
    cards = page.find_elements(By.CSS_SELECTOR, ".phrase-card")
    assert len(cards) > 5
    target = cards[3].find_element(By.CSS_SELECTOR, ".phrase-say .phrase-text").text.strip("“”")
    word = max(target.split(), key=len).strip(".,!?’'")
    page.find_element(By.ID, "phrase-filter-input").send_keys(word)
    visible = [card for card in cards if card.is_displayed()]
    assert 1 <= len(visible) < len(cards)
    assert all(word.lower() in card.text.lower() for card in visible)
    assert f"of {len(cards)} phrases shown" in page.find_element(By.ID, "phrase-filter-count").text


def test_copy_button_puts_the_say_phrase_on_the_clipboard(page, site, site_dir):
    page.get(site + first_bank(site_dir))
    card = page.find_elements(By.CSS_SELECTOR, ".phrase-card")[0]
    say = card.find_element(By.CSS_SELECTOR, ".copy-button").get_attribute("data-copy")
    card.find_element(By.CSS_SELECTOR, ".copy-button").click()
    box = page.find_element(By.ID, "phrase-filter-input")
    box.click()
    box.send_keys(Keys.CONTROL, "v")
    assert box.get_attribute("value") == say


def test_link_to_an_faq_question_opens_its_answer(page, site):
    page.get(site + "faq/index.html")
    entries = page.find_elements(By.CSS_SELECTOR, "details.faq-entry")
    assert len(entries) >= 12
    target = entries[4].get_attribute("id")
    page.get(site + "index.html")
    page.get(site + "faq/index.html#" + target)
    opened = page.find_element(By.ID, target)
    assert opened.get_attribute("open") == "true"
    assert opened.find_element(By.CSS_SELECTOR, ".faq-answer").is_displayed()
    assert page.find_elements(By.CSS_SELECTOR, "details.faq-entry")[0].get_attribute("open") is None


def test_faq_structured_data_lists_every_question(site_dir):
    html = (site_dir / "faq" / "index.html").read_text()
    data = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    parsed = json.loads(data.replace("<\\/", "</"))
    assert parsed["@type"] == "FAQPage"
    assert len(parsed["mainEntity"]) == html.count('<details class="faq-entry"')


def search_for(page, site, query):
    page.get(site + "index.html")
    box = page.find_element(By.ID, "site-search-input")
    box.send_keys(query, Keys.ENTER)
    WebDriverWait(page, 3).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".search-status") and
                                 d.find_element(By.CSS_SELECTOR, ".search-status").text)
    return page.find_elements(By.CSS_SELECTOR, ".search-result")


def test_search_finds_a_phrase_from_a_bank_with_the_words_highlighted(page, site, site_dir):
    page.get(site + first_bank(site_dir))
    say = page.find_elements(By.CSS_SELECTOR, ".phrase-say .phrase-text")[2].text.strip("“”")
    results = search_for(page, site, say)
    assert results, say
    assert any(say.split()[-1].strip(".?!,") in r.text for r in results)
    assert results[0].find_elements(By.TAG_NAME, "mark")
    results[0].find_element(By.CSS_SELECTOR, "a").click()
    assert "phrase" in page.current_url


def test_search_finds_a_word_from_a_lesson(page, site, site_dir):
    results = search_for(page, site, "courier")
    assert results
    marks = [m.text.lower() for m in page.find_elements(By.CSS_SELECTOR, ".search-result mark")]
    assert any(m.startswith("courier") for m in marks)
    assert search_for(page, site, "zzxqv") == []
    assert "Nothing found" in page.find_element(By.CSS_SELECTOR, ".search-status").text


def test_a_search_result_shows_a_snippet_around_the_words(page, site):
    # "courier" is only in the middle of a long section of "Timelines and following up".
    results = search_for(page, site, "courier")
    result = next(r for r in results if "Timelines and following up › Setting a timeline" in r.text)
    snippet = result.find_element(By.CSS_SELECTOR, ".search-snippet")
    text = snippet.text
    assert "Once it’s with the courier" in text, text
    assert text.startswith("…") and text.endswith("…"), text
    assert 100 <= len(text) <= 200, text
    assert [m.text for m in snippet.find_elements(By.TAG_NAME, "mark")][:1] == ["courier"]
    # Not the page's summary, and no list of the words found beside the snippet.
    assert not result.find_elements(By.CSS_SELECTOR, ".search-summary")
    assert not result.find_elements(By.CSS_SELECTOR, ".search-mentions")
    # Two words: the snippet shows the stretch that has both.
    results = search_for(page, site, "courier busy")
    snippet = results[0].find_element(By.CSS_SELECTOR, ".search-snippet")
    marks = [m.text.lower() for m in snippet.find_elements(By.TAG_NAME, "mark")]
    assert "courier" in marks and "busy" in marks, snippet.text
    # The course's text is shown as text, never as markup.
    assert page.execute_script("return document.querySelectorAll('.search-snippet *:not(mark)').length") == 0


def test_a_result_found_by_its_title_only_shows_its_summary(page, site):
    # "Timelines" is in that page's title, not in the text of its first section.
    results = search_for(page, site, "timelines")
    first = next(r for r in results if r.find_element(By.CSS_SELECTOR, ".search-result-title").text ==
                 "Timelines and following up › Vague promises make angry customers")
    summary = first.find_element(By.CSS_SELECTOR, ".search-summary").text
    assert summary.startswith("How to set expectations you can meet"), summary
    assert not first.find_elements(By.CSS_SELECTOR, ".search-snippet")
    # Where the text has the word, the snippet shows it.
    module = next(r for r in results if r.find_element(By.CSS_SELECTOR, ".search-result-title").text.startswith("Escalation"))
    assert "setting timelines you can actually meet" in module.find_element(By.CSS_SELECTOR, ".search-snippet").text


def test_search_works_opened_from_disk(page, site_dir):
    page.get((site_dir / "search" / "index.html").as_uri() + "?q=supervisor")
    WebDriverWait(page, 3).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".search-result"))


@pytest.fixture
def small_course(quiz_site):
    return quiz_site[0]


def test_progress_persists_and_certificate_appears_only_after_completion(page, small_course):
    page.get(small_course + "completion/index.html")
    page.execute_script("localStorage.clear()")
    page.refresh()
    assert not page.find_element(By.CSS_SELECTOR, ".certificate-section").is_displayed()
    assert "0 of 1 lessons done" in page.find_element(By.CSS_SELECTOR, ".completion-summary").text

    page.get(small_course + "practice/lesson/index.html")
    page.find_element(By.CSS_SELECTOR, ".done-button").click()
    page.refresh()
    button = page.find_element(By.CSS_SELECTOR, ".done-button")
    assert button.get_attribute("aria-pressed") == "true"
    assert page.find_element(By.CSS_SELECTOR, '.sidebar [data-page-id="practice/lesson/"] .done-mark')

    page.get(small_course + "index.html")
    assert "1 of 1 lessons done" in page.find_element(By.CSS_SELECTOR, ".module-progress").text

    page.get(small_course + "completion/index.html")
    assert not page.find_element(By.CSS_SELECTOR, ".certificate-section").is_displayed()

    page.get(small_course + "practice/quiz/index.html")
    choose(page, 1, "Blue")
    choose(page, 2, "Apple", "Pear")
    solve_order_by_keyboard(page, 3)
    assert "100%" in submit(page)

    page.get(small_course + "completion/index.html")
    certificate = page.find_element(By.CSS_SELECTOR, ".certificate-section")
    assert certificate.is_displayed()
    page.find_element(By.ID, "certificate-name").send_keys("Sam Rivera")
    text = page.find_element(By.CSS_SELECTOR, ".certificate").text
    assert "Sam Rivera" in text and "Quiz fixture" in text and "Score: 100%" in text and "Date:" in text
    assert axe_violations(page) == []

    page.find_element(By.CSS_SELECTOR, ".reset-button").click()
    page.find_element(By.CSS_SELECTOR, ".reset-confirm").click()
    assert not page.find_element(By.CSS_SELECTOR, ".certificate-section").is_displayed()
    page.refresh()
    assert "0 of 1 lessons done" in page.find_element(By.CSS_SELECTOR, ".completion-summary").text


def test_certificate_prints_on_one_page(page, small_course):
    page.get(small_course + "completion/index.html")
    page.execute_script("document.querySelector('.certificate-section').hidden = false")
    pdf = base64.b64decode(page.print_page())
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf)
    assert len(pages) == 1


def test_no_accessibility_violations_on_every_page_type(page, site, site_dir):
    pages = {
        "phrase bank": first_bank(site_dir),
        "phrasebook": "phrasebook/index.html",
        "faq": "faq/index.html",
        "search": "search/index.html?q=calm",
        "completion": "completion/index.html",
        "quiz": sorted(site_dir.glob("*/quiz/index.html"))[0].relative_to(site_dir).as_posix(),
    }
    for name, path in pages.items():
        page.get(site + path)
        assert axe_violations(page) == [], name


def test_no_accessibility_violations_in_dark_mode(page, site, site_dir):
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        for path in ["index.html", first_bank(site_dir), "faq/index.html", "completion/index.html",
                     sorted(site_dir.glob("*/quiz/index.html"))[0].relative_to(site_dir).as_posix(),
                     "practice/charged-twice/index.html"]:
            page.get(site + path)
            assert page.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches")
            assert axe_violations(page) == [], path
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

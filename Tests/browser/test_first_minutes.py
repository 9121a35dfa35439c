"""A trainee's first ten minutes with the shipped course, on a 1280 px screen and a 390 px
phone: the way in from the home page (Start, then Continue), a phone header that leaves
room for the page and reaches the module's lessons in one tap, the layout on wide screens,
the progress page and the phrasebook."""
import html.parser
import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import axe_violations

LESSON = "active-listening-and-empathy/recapping-and-reflecting/index.html"
SCENARIO = "practice/charged-twice/index.html"
WIDTHS = {"wide": (1280, 1000), "phone": (390, 844)}


@pytest.fixture(params=list(WIDTHS))
def sized(request, page):
    """The page at 1280 px and at 390 px (the window restored afterwards)."""
    width, height = WIDTHS[request.param]
    page.set_window_size(width, height)
    yield request.param, page
    page.set_window_size(1280, 1000)


@pytest.fixture
def phone(page):
    page.set_window_size(390, 844)
    yield page
    page.set_window_size(1280, 1000)


def box(driver, element):
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height};", element)


def outline(driver):
    return driver.execute_script("return window.parleyCourse")


def fresh(driver, url):
    """`url` with nothing stored for the course."""
    driver.get(url)
    driver.execute_script("localStorage.clear()")
    driver.refresh()


def store(driver, lessons=(), quizzes=()):
    """Marks `lessons` as done and `quizzes` as passed, as progress.js and quiz.js keep them."""
    driver.execute_script("""
        const course = document.body.dataset.course, done = {};
        arguments[0].forEach(id => { done[id] = true; });
        localStorage.setItem('parley:' + course + ':progress', JSON.stringify({done: done}));
        arguments[1].forEach(id => localStorage.setItem('parley:' + course + ':quiz:' + id, JSON.stringify({best: 90, passed: true})));
    """, list(lessons), list(quizzes))


def path_of(url, site):
    return url[len(site):] if url.startswith(site) else url


# The way in: Start, then Continue

def test_start_goes_to_the_first_lesson(sized, site):
    _, driver = sized
    fresh(driver, site + "index.html")
    start = driver.find_element(By.CSS_SELECTOR, "a.start-button")
    assert start.text == "Start the course"
    assert start.is_displayed()
    assert box(driver, start)["bottom"] <= driver.execute_script("return innerHeight * 1.5")
    first = outline(driver)["lessons"][0]
    assert not driver.find_element(By.CSS_SELECTOR, ".course-progress").is_displayed()
    start.click()
    assert path_of(driver.current_url, site) == first + "index.html"
    assert driver.find_element(By.CSS_SELECTOR, "body").get_attribute("data-page") == first


class StartLink(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.href = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "data-start-link" in attrs:
            self.href = attrs["href"]


def test_without_javascript_start_goes_to_the_first_lesson(site_dir):
    parser = StartLink()
    parser.feed((site_dir / "index.html").read_text())
    script = next((site_dir / "assets").glob("course-outline.*.js")).read_text()
    first = json.loads(script.split("=", 1)[1].strip().rstrip(";"))["lessons"][0]
    assert parser.href == first + "index.html"
    assert (site_dir / parser.href).exists()


def test_once_lesson_one_is_done_the_home_page_continues_to_lesson_two(sized, site):
    _, driver = sized
    fresh(driver, site + "index.html")
    first, second = outline(driver)["lessons"][:2]
    driver.get(site + first + "index.html")
    driver.find_element(By.CSS_SELECTOR, ".done-button").click()
    driver.get(site + "index.html")
    start = driver.find_element(By.CSS_SELECTOR, "a.start-button")
    assert start.text == "Continue"
    line = driver.find_element(By.CSS_SELECTOR, ".course-progress")
    assert line.is_displayed()
    count = len(outline(driver)["lessons"])
    assert f"1 of {count} lessons done" in line.text
    title = driver.find_element(By.CSS_SELECTOR, f'.module-card [data-page-id="{second}"] a').text
    assert f"Next: {title}" in line.text
    bar = line.find_element(By.TAG_NAME, "progress")
    assert bar.get_attribute("value") == "1" and bar.get_attribute("max") == str(count)
    start.click()
    assert path_of(driver.current_url, site) == second + "index.html"


def test_continue_goes_to_a_lesson_left_out_and_then_to_the_certificate(page, site):
    fresh(page, site + "index.html")
    course = outline(page)
    lessons = course["lessons"]
    store(page, lessons[:3] + lessons[4:])
    page.refresh()
    page.find_element(By.CSS_SELECTOR, "a.start-button").click()
    assert path_of(page.current_url, site) == lessons[3] + "index.html"
    page.get(site + "index.html")
    store(page, lessons)
    page.refresh()
    page.find_element(By.CSS_SELECTOR, "a.start-button").click()
    assert path_of(page.current_url, site) == course["quizPages"][0] + "index.html"
    page.get(site + "index.html")
    store(page, lessons, course["quizzes"])
    page.refresh()
    start = page.find_element(By.CSS_SELECTOR, "a.start-button")
    assert start.text == "See your certificate"
    start.click()
    assert path_of(page.current_url, site) == "completion/index.html"
    assert page.find_element(By.CSS_SELECTOR, ".certificate-section").is_displayed()


def test_each_module_card_shows_its_lessons_done_as_a_bar_and_in_words(page, site):
    fresh(page, site + "index.html")
    store(page, outline(page)["lessons"][:2])
    page.refresh()
    first = page.find_element(By.CSS_SELECTOR, ".module-card .module-progress")
    assert first.is_displayed()
    assert "2 of 3 lessons done" in first.text
    bar = first.find_element(By.TAG_NAME, "progress")
    assert bar.get_attribute("value") == "2" and bar.size["width"] >= 100 and bar.size["height"] >= 8


def test_the_course_facts_are_compact(page, site):
    page.get(site + "index.html")
    duration = page.find_element(By.CSS_SELECTOR, ".course-facts .fact-duration")
    passing = page.find_element(By.CSS_SELECTOR, ".course-facts .fact-pass")
    audience = page.find_element(By.CSS_SELECTOR, ".course-facts .fact-audience")
    # The duration is one short line, not a card as tall as the longest fact.
    assert duration.size["height"] < 90
    # Who it is for and how to pass side by side, about as tall as each other.
    a, p, d = box(page, audience), box(page, passing), box(page, duration)
    assert a["right"] <= p["left"] and abs(p["bottom"] - a["bottom"]) < 2
    assert abs(d["top"] - p["top"]) < 2


# The phone header and its menu

@pytest.mark.parametrize("path", ["index.html", LESSON, "completion/index.html", "phrasebook/index.html",
                                  "search/index.html", SCENARIO])
def test_the_phone_header_is_at_most_120px_tall(phone, site, path):
    phone.get(site + path)
    header = phone.find_element(By.CSS_SELECTOR, ".site-header")
    assert header.size["height"] <= 120, header.size
    assert phone.find_element(By.CSS_SELECTOR, ".menu-button").is_displayed()
    assert not phone.find_element(By.CSS_SELECTOR, ".site-search").is_displayed()
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390


def test_the_module_lessons_are_one_tap_from_the_header_menu(phone, site):
    phone.get(site + LESSON)
    button = phone.find_element(By.CSS_SELECTOR, ".site-header .menu-button")
    sidebar = phone.find_element(By.CSS_SELECTOR, ".sidebar")
    assert button.get_attribute("aria-expanded") == "false"
    assert sidebar.get_attribute("id") in button.get_attribute("aria-controls").split()
    assert not sidebar.is_displayed()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    links = sidebar.find_elements(By.CSS_SELECTOR, ".sidebar-pages a")
    assert len(links) >= 5
    height = phone.execute_script("return innerHeight")
    for link in links:
        assert link.is_displayed()
        assert box(phone, link)["bottom"] <= height, "every lesson of the module is on the first screen"
    # The search and the course links are in the menu too.
    assert phone.find_element(By.CSS_SELECTOR, ".site-search input").is_displayed()
    target = links[0].get_attribute("href")
    links[0].click()
    assert phone.current_url == target


def test_the_menu_works_with_the_keyboard(phone, site):
    phone.get(site + LESSON)
    button = phone.find_element(By.CSS_SELECTOR, ".menu-button")
    phone.execute_script("arguments[0].focus()", button)
    button.send_keys(Keys.ENTER)
    assert button.get_attribute("aria-expanded") == "true"
    # Tab goes on into the menu: the course links first.
    phone.switch_to.active_element.send_keys(Keys.TAB)
    assert phone.execute_script("return document.activeElement.closest('.site-menu') !== null")
    phone.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert button.get_attribute("aria-expanded") == "false"
    assert phone.switch_to.active_element == button
    assert not phone.find_element(By.CSS_SELECTOR, ".sidebar").is_displayed()
    button.send_keys(Keys.SPACE)
    assert button.get_attribute("aria-expanded") == "true"


def test_the_wide_header_has_no_menu_button(page, site):
    page.get(site + LESSON)
    assert not page.find_element(By.CSS_SELECTOR, ".menu-button").is_displayed()
    assert page.find_element(By.CSS_SELECTOR, ".site-search").is_displayed()
    assert page.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()
    assert page.find_element(By.CSS_SELECTOR, ".sidebar").is_displayed()


def test_the_tension_meter_fits_a_phone(phone, site):
    phone.get(site + SCENARIO)
    tension = phone.find_element(By.CSS_SELECTOR, ".tension")
    label, meter, value = (tension.find_element(By.CSS_SELECTOR, s) for s in (".tension-label", ".tension-meter", ".tension-text"))
    outer = box(phone, tension)
    for part in (label, meter, value):
        inner = box(phone, part)
        assert outer["left"] <= inner["left"] and inner["right"] <= outer["right"]
    # The label and the value share the first line; the meter runs across under them.
    line = phone.execute_script("return parseFloat(getComputedStyle(arguments[0]).lineHeight)", label)
    assert box(phone, label)["height"] < 1.5 * line, "the label is on one line"
    assert abs(box(phone, label)["top"] - box(phone, value)["top"]) < line
    assert box(phone, meter)["width"] >= outer["width"] * 0.8


# Wide screens

def test_pages_without_a_sidebar_are_centred(page, site):
    for path in ["index.html", "search/index.html", "phrasebook/index.html", "completion/index.html"]:
        page.get(site + path)
        main = box(page, page.find_element(By.TAG_NAME, "main"))
        width = page.execute_script("return document.documentElement.clientWidth")
        assert abs(main["left"] - (width - main["right"])) < 2, path


def test_the_sidebar_duration_stays_on_the_title_line(page, site):
    page.get(site + LESSON)
    items = page.find_elements(By.CSS_SELECTOR, ".sidebar-pages li")
    checked = 0
    for item in items:
        durations = item.find_elements(By.CSS_SELECTOR, ".meta")
        if not durations:
            continue
        link, duration = box(page, item.find_element(By.TAG_NAME, "a")), box(page, durations[0])
        line = page.execute_script("return parseFloat(getComputedStyle(arguments[0]).lineHeight)", durations[0])
        assert duration["height"] < 1.5 * line, "the duration is never broken"
        assert abs(duration["top"] - link["top"]) < line / 2, "beside the title's first line"
        assert duration["left"] >= link["right"] - 1
        checked += 1
    assert checked >= 5


def test_on_this_page_is_a_sticky_rail_from_1200px(page, site):
    page.get(site + LESSON)
    toc, body = page.find_element(By.CSS_SELECTOR, ".toc"), page.find_element(By.CSS_SELECTOR, ".content > .body")
    assert box(page, toc)["left"] >= box(page, body)["right"], "on the end side of the text"
    assert page.execute_script("return getComputedStyle(arguments[0]).position", toc) == "sticky"
    page.execute_script("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    assert 0 <= box(page, toc)["top"] <= 40, "stays in view"
    page.set_window_size(1100, 1000)
    try:
        page.get(site + LESSON)
        toc, body = page.find_element(By.CSS_SELECTOR, ".toc"), page.find_element(By.CSS_SELECTOR, ".content > .body")
        assert box(page, toc)["bottom"] <= box(page, body)["top"], "above the text on a narrower screen"
    finally:
        page.set_window_size(1280, 1000)


# The progress page

def test_the_progress_page_lists_lessons_under_their_modules(page, site):
    fresh(page, site + "completion/index.html")
    lessons = page.find_element(By.CSS_SELECTOR, "section[aria-labelledby='lessons-title']")
    groups = lessons.find_elements(By.CSS_SELECTOR, ".requirement-group")
    assert len(groups) == 6
    headings = [group.find_element(By.TAG_NAME, "h3").text for group in groups]
    page.get(site + "index.html")
    modules = [card.find_element(By.CSS_SELECTOR, "h3 a").text.split("\n")[-1]
               for card in page.find_elements(By.CSS_SELECTOR, ".module-card")]
    assert headings == modules
    # Every lesson once, under its own module, in reading order.
    page.get(site + "completion/index.html")
    listed = page.execute_script("return [...document.querySelectorAll('.requirement-group [data-lesson]')].map(e => e.dataset.lesson)")
    assert listed == outline(page)["lessons"]
    for group in page.find_elements(By.CSS_SELECTOR, ".requirement-group"):
        folder = group.find_element(By.CSS_SELECTOR, "h3 a").get_attribute("href").split("/")[-2]
        for item in group.find_elements(By.CSS_SELECTOR, "[data-lesson]"):
            assert item.get_attribute("data-lesson").startswith(folder + "/")
    # The graded quizzes have a section and a heading of their own.
    quizzes = page.find_element(By.CSS_SELECTOR, "section[aria-labelledby='quizzes-title']")
    assert quizzes.find_element(By.TAG_NAME, "h2").text == "Graded quizzes"
    assert quizzes.find_elements(By.CSS_SELECTOR, "[data-quiz]")
    assert not page.find_elements(By.CSS_SELECTOR, "section[aria-labelledby='lessons-title'] [data-quiz]")


def test_the_progress_page_counts_each_module(page, site):
    fresh(page, site + "completion/index.html")
    store(page, outline(page)["lessons"][:4])
    page.refresh()
    counts = [e.text for e in page.find_elements(By.CSS_SELECTOR, ".requirement-group .requirement-count")]
    assert counts[:2] == ["3 of 3 lessons done", "1 of 5 lessons done"]


def test_the_certificate_comes_first_once_earned(sized, site):
    _, driver = sized
    fresh(driver, site + "completion/index.html")
    course = outline(driver)
    assert not driver.find_element(By.CSS_SELECTOR, ".certificate-section").is_displayed()
    store(driver, course["lessons"], course["quizzes"])
    driver.refresh()
    certificate = driver.find_element(By.CSS_SELECTOR, ".certificate-section")
    assert certificate.is_displayed()
    first = driver.execute_script(
        "return [...document.querySelectorAll('.completion > :not(header)')].find(e => e.offsetParent !== null)")
    assert first == certificate
    for other in driver.find_elements(By.CSS_SELECTOR, ".completion-summary, .requirements, .reset-section"):
        assert box(driver, certificate)["bottom"] <= box(driver, other)["top"]
    # The name's label stands apart from its field.
    label, field = driver.find_element(By.CSS_SELECTOR, "label[for='certificate-name']"), driver.find_element(By.ID, "certificate-name")
    assert box(driver, field)["top"] - box(driver, label)["bottom"] >= 4
    assert axe_violations(driver) == []


# The phrasebook

def test_the_phrasebook_jumps_to_each_bank_and_situation(sized, site):
    width, driver = sized
    driver.get(site + "phrasebook/index.html")
    toc = driver.find_element(By.CSS_SELECTOR, ".toc")
    targets = [a.get_attribute("href").split("#")[1] for a in toc.find_elements(By.TAG_NAME, "a")]
    banks = [h.get_attribute("id") for h in driver.find_elements(By.CSS_SELECTOR, ".bank-title")]
    sections = [h.get_attribute("id") for h in driver.find_elements(By.CSS_SELECTOR, ".phrase-section h3")]
    assert len(banks) >= 3 and sections
    assert set(banks + sections) == set(targets)
    # At the top of the page: before the first bank (beside it on a wide screen).
    first_bank = driver.find_element(By.CSS_SELECTOR, ".bank-title")
    assert box(driver, toc)["top"] < box(driver, first_bank)["top"]
    # A situation in the middle: the page can scroll it to the top.
    links = toc.find_elements(By.CSS_SELECTOR, ".toc-sub a")
    link = links[len(links) // 2]
    target = link.get_attribute("href").split("#")[1]
    link.click()
    assert driver.execute_script("return location.hash") == "#" + target
    assert abs(box(driver, driver.find_element(By.ID, target))["top"]) < 40


def test_the_phrasebook_has_two_columns_of_cards_on_a_wide_screen(page, site):
    page.get(site + "phrasebook/index.html")
    cards = page.find_elements(By.CSS_SELECTOR, ".phrase-section:first-of-type .phrase-card")
    first, second = box(page, cards[0]), box(page, cards[1])
    assert abs(first["top"] - second["top"]) < 1 and first["right"] < second["left"]


# Accessibility of what changed

@pytest.mark.parametrize("path", ["index.html", LESSON, "completion/index.html", "phrasebook/index.html", SCENARIO])
def test_no_accessibility_violations_at_both_widths(sized, site, path):
    _, driver = sized
    fresh(driver, site + "index.html")
    store(driver, outline(driver)["lessons"][:4])
    driver.get(site + path)
    menu = driver.find_element(By.CSS_SELECTOR, ".menu-button")
    if menu.is_displayed():
        menu.click()
    assert axe_violations(driver) == [], path

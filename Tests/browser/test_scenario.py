"""A branching scenario played the way a trainee plays it: reading the moment, choosing a
reply, watching the tension, reading the debrief, starting again."""
import html.parser

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import axe_violations

PAGE = "practice/late-parcel/index.html"
BEST = ["A parcel four days late is frustrating", "It's at the depot"]
WORST = ["Parcels are often late", "There's nothing I can do"]


def settle(driver):
    """Waits for the new moment's fade-in to finish, so text is read at full opacity."""
    WebDriverWait(driver, 2).until(lambda d: d.execute_script(
        "return document.getAnimations().every(a => a.playState === 'finished')"))


@pytest.fixture
def scenario(page, scenario_site):
    page.get(scenario_site[0] + PAGE)
    settle(page)
    return page


def current(driver):
    return driver.find_element(By.CSS_SELECTOR, ".moment-current")


def heading(driver):
    return current(driver).find_element(By.CSS_SELECTOR, "h2").text


def tension(driver):
    return (driver.find_element(By.CSS_SELECTOR, ".tension-meter").get_attribute("value"),
            driver.find_element(By.CSS_SELECTOR, ".tension-text").text)


def choose(driver, words):
    """Clicks the reply that starts with `words` (the curly quote aside)."""
    for button in current(driver).find_elements(By.CSS_SELECTOR, ".reply-button"):
        if button.text.lstrip("“\"").replace("’", "'").startswith(words):
            button.click()
            settle(driver)
            return
    raise AssertionError(f"no reply starting with {words!r} in {heading(driver)!r}")


def history(driver):
    return [(entry.find_element(By.CSS_SELECTOR, "h3").text, entry.find_element(By.CSS_SELECTOR, ".history-reply").text)
            for entry in driver.find_elements(By.CSS_SELECTOR, ".history-entry")]


def test_starts_at_the_first_moment_with_the_starting_tension(scenario):
    assert heading(scenario) == "The call opens"
    assert tension(scenario) == ("7", "Very tense 7 of 10")
    assert len(current(scenario).find_elements(By.CSS_SELECTOR, "button.reply-button")) == 3
    assert not scenario.find_element(By.CSS_SELECTOR, ".scenario-note").is_displayed()
    assert not scenario.find_element(By.CSS_SELECTOR, ".scenario-moments").is_displayed()
    assert not scenario.find_element(By.CSS_SELECTOR, ".scenario-history").is_displayed()


def test_best_path_ends_calm_with_debrief_path_and_history(scenario):
    choose(scenario, BEST[0])
    assert heading(scenario) == "Looking it up"
    assert tension(scenario) == ("5", "Tense 5 of 10")
    assert "Where is it?" in current(scenario).text
    choose(scenario, BEST[1])
    assert heading(scenario) == "Sorted"
    assert tension(scenario) == ("2", "Calm 2 of 10")
    ending = current(scenario)
    assert ending.find_element(By.CSS_SELECTOR, ".ending-label").text.lower() == "ending"
    assert ending.find_element(By.CSS_SELECTOR, ".ending-tension").text == "Final tension: Calm, 2 of 10."
    assert "you named the frustration" in ending.find_element(By.CSS_SELECTOR, ".debrief").text
    path = [item.text for item in ending.find_elements(By.CSS_SELECTOR, ".path li")]
    assert path == ["The call opens", "Looking it up", "Sorted"]
    assert not ending.find_elements(By.CSS_SELECTOR, "button.reply-button")
    entries = history(scenario)
    assert [title for title, _ in entries] == ["The call opens", "Looking it up"]
    assert entries[0][1].startswith("You: “A parcel four days late")
    first = scenario.find_elements(By.CSS_SELECTOR, ".history-entry")[0]
    assert "Where is my parcel?" in first.text
    assert "Tension fell from 7 to 5 of 10: Tense." in first.text


def test_worst_path_ends_with_tension_clamped_at_ten(scenario):
    choose(scenario, WORST[0])
    assert heading(scenario) == "Brushed off"
    assert tension(scenario) == ("9", "About to hang up 9 of 10")
    choose(scenario, WORST[1])
    assert heading(scenario) == "Hung up"
    assert tension(scenario) == ("10", "About to hang up 10 of 10")
    assert current(scenario).find_element(By.CSS_SELECTOR, ".ending-tension").text == "Final tension: About to hang up, 10 of 10."
    assert "nothing was offered" in current(scenario).text
    assert [item.text for item in current(scenario).find_elements(By.CSS_SELECTOR, ".path li")] == \
        ["The call opens", "Brushed off", "Hung up"]
    last = scenario.find_elements(By.CSS_SELECTOR, ".history-entry")[-1]
    assert "Tension rose from 9 to 10 of 10: About to hang up." in last.text


def test_a_loop_can_be_taken_again_and_tension_never_passes_ten(scenario):
    choose(scenario, "Could you hold")
    assert tension(scenario)[0] == "7"
    for expected in ("8", "9", "10", "10"):
        choose(scenario, "Just a little longer")
        assert heading(scenario) == "On hold"
        assert tension(scenario)[0] == expected
    assert len(history(scenario)) == 5


def test_restart_goes_back_to_the_start(scenario):
    choose(scenario, WORST[0])
    choose(scenario, WORST[1])
    scenario.find_element(By.CSS_SELECTOR, ".scenario-restart").click()
    settle(scenario)
    assert heading(scenario) == "The call opens"
    assert tension(scenario) == ("7", "Very tense 7 of 10")
    assert history(scenario) == []
    assert not scenario.find_element(By.CSS_SELECTOR, ".scenario-history").is_displayed()
    assert scenario.switch_to.active_element.text == "The call opens"
    choose(scenario, BEST[0])
    assert [item.text for item in scenario.find_elements(By.CSS_SELECTOR, ".history-entry h3")] == ["The call opens"]


def test_keyboard_only_play_moves_focus_and_announces_the_customer(scenario):
    calm = [b for b in current(scenario).find_elements(By.CSS_SELECTOR, ".reply-button") if BEST[0] in b.text]
    scenario.execute_script("arguments[0].focus()", calm[0])
    scenario.switch_to.active_element.send_keys(Keys.ENTER)
    settle(scenario)
    focused = scenario.switch_to.active_element
    assert focused.tag_name == "h2" and focused.text == "Looking it up"
    status = scenario.find_element(By.CSS_SELECTOR, ".scenario-current ~ [aria-live], .scenario-status")
    assert status.get_attribute("aria-live") == "polite"
    WebDriverWait(scenario, 2).until(lambda d: "Where is it?" in status.get_attribute("textContent"))
    text = status.get_attribute("textContent")
    assert text.startswith("You said: “A parcel four days late") and "Tension fell from 7 to 5 of 10" in text
    # Tab from the new heading reaches its first reply, then the others in turn (they are
    # shown in a fixed shuffle); Space chooses the one that is wanted.
    focused.send_keys(Keys.TAB)
    replies = [b.text for b in current(scenario).find_elements(By.CSS_SELECTOR, ".reply-button")]
    assert scenario.switch_to.active_element.text == replies[0]
    while not scenario.switch_to.active_element.text.startswith("“It’s at the depot"):
        assert scenario.switch_to.active_element.text in replies
        scenario.switch_to.active_element.send_keys(Keys.TAB)
    scenario.switch_to.active_element.send_keys(Keys.SPACE)
    settle(scenario)
    assert scenario.switch_to.active_element.text == "Sorted"
    WebDriverWait(scenario, 2).until(lambda d: "Final tension: Calm, 2 of 10." in status.get_attribute("textContent"))


def test_reduced_motion_turns_the_moment_animation_off(scenario):
    def animation():
        return scenario.execute_script("return getComputedStyle(document.querySelector('.moment-current')).animationName")
    assert animation() != "none"
    scenario.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    try:
        scenario.refresh()
        choose(scenario, BEST[0])
        assert animation() == "none"
    finally:
        scenario.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_no_accessibility_violations_at_start_midway_and_ending(scenario):
    assert axe_violations(scenario) == []
    choose(scenario, WORST[0])
    assert axe_violations(scenario) == []
    choose(scenario, WORST[1])
    assert axe_violations(scenario) == []


def test_scenario_works_opened_from_disk(page, scenario_site):
    page.get((scenario_site[1] / "practice" / "late-parcel" / "index.html").as_uri())
    settle(page)
    choose(page, BEST[0])
    choose(page, BEST[1])
    assert heading(page) == "Sorted"
    assert tension(page) == ("2", "Calm 2 of 10")


class Moments(html.parser.HTMLParser):
    """The scenario as a browser without JavaScript sees it."""

    def __init__(self):
        super().__init__()
        self.sections, self.replies, self.scripts = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "moment" in attrs.get("class", "").split():
            self.sections.append(attrs["id"])
        if tag == "a" and attrs.get("class") == "reply":
            self.replies.append(attrs["href"])
        if tag == "script":
            self.scripts.append(attrs.get("src"))


def test_without_javascript_moments_are_sections_and_replies_link_to_them(scenario_site):
    source = (scenario_site[1] / "practice" / "late-parcel" / "index.html").read_text()
    moments = Moments()
    moments.feed(source)
    assert moments.sections == ["the-call-opens", "on-hold", "looking-it-up", "brushed-off", "sorted", "hung-up"]
    assert moments.replies and all(href.startswith("#") and href[1:] in moments.sections for href in moments.replies)
    assert "tracked only with JavaScript" in source
    assert "(+2)" not in source and "→" not in source and "->" not in source.replace("-->", "")
    assert all(moments.scripts) and "onclick" not in source


@pytest.fixture(scope="module")
def browser_without_javascript():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/lib/chromium/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    browser = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    yield browser
    browser.quit()


def test_without_javascript_replies_lead_from_moment_to_moment(browser_without_javascript, scenario_site):
    browser = browser_without_javascript
    browser.get(scenario_site[0] + PAGE)
    assert browser.find_element(By.CSS_SELECTOR, ".scenario-note").is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, ".scenario-player").is_displayed()
    browser.find_element(By.CSS_SELECTOR, "#the-call-opens a.reply[href='#brushed-off']").click()
    assert browser.current_url.endswith("#brushed-off")
    browser.find_element(By.CSS_SELECTOR, "#brushed-off a.reply[href='#hung-up']").click()
    ending = browser.find_element(By.CSS_SELECTOR, ":target")
    assert ending.get_attribute("id") == "hung-up"
    assert "nothing was offered" in ending.text
    ending.find_element(By.LINK_TEXT, "Start again from “The call opens”").click()
    assert browser.current_url.endswith("#the-call-opens")


@pytest.mark.parametrize("path", ["practice/charged-twice/index.html", "practice/the-visit-that-never-came/index.html"])
def test_shipped_scenarios_play_without_accessibility_violations(page, site, path):
    page.get(site + path)
    settle(page)
    assert heading(page) == "The call opens"
    assert tension(page) == ("6", "Tense 6 of 10")
    assert axe_violations(page) == []
    current(page).find_element(By.CSS_SELECTOR, ".reply-button").click()
    settle(page)
    assert len(history(page)) == 1
    assert axe_violations(page) == []

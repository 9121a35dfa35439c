"""Takes the README's screenshots of the shipped course in headless Chromium: home, a
lesson, a quiz's review, a scenario, the progress page with the certificate, and a lesson
on a phone. Usage: scripts/screenshots [public-folder] (default public/, built first by
scripts/screenshots)."""
import pathlib
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

ROOT = pathlib.Path(__file__).resolve().parents[1]
SITE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "public").resolve()
OUT = ROOT / "docs" / "screenshots"


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/lib/chromium/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--allow-file-access-from-files", "--force-color-profile=srgb"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def open_page(driver, path, width=1280, height=900):
    driver.set_window_size(width, height)
    driver.get((SITE / path).as_uri())
    time.sleep(0.3)


def shoot(driver, name, height=None):
    if height:
        driver.set_window_size(driver.get_window_size()["width"], height)
        time.sleep(0.2)
    driver.save_screenshot(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png")


def first(driver, selector):
    return driver.find_elements(By.CSS_SELECTOR, selector)[0]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    driver = browser()
    try:
        open_page(driver, "index.html")
        driver.execute_script("localStorage.clear()")
        lessons = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".module-card .page-list a")]
        # Two lessons done, so the home page says Continue and shows progress.
        for href in lessons[:2]:
            driver.get(href)
            time.sleep(0.2)
            buttons = driver.find_elements(By.CSS_SELECTOR, ".done-button")
            if buttons:
                buttons[0].click()
        open_page(driver, "index.html")
        shoot(driver, "home", 1100)

        open_page(driver, "active-listening-and-empathy/recapping-and-reflecting/index.html")
        shoot(driver, "lesson", 1100)

        open_page(driver, "active-listening-and-empathy/quiz/index.html")
        for fieldset in driver.find_elements(By.CSS_SELECTOR, "fieldset.question"):
            kind = fieldset.get_attribute("data-kind")
            if kind in ("single", "multiple"):
                fieldset.find_elements(By.CSS_SELECTOR, "label")[0].click()
            elif kind == "typed":
                fieldset.find_element(By.CSS_SELECTOR, "input").send_keys("mirroring")
            elif kind == "matching":
                for select in fieldset.find_elements(By.CSS_SELECTOR, "select"):
                    Select(select).select_by_index(1)
        first(driver, ".submit-button").click()
        time.sleep(0.5)
        shoot(driver, "quiz-review", 1100)

        open_page(driver, "practice/charged-twice/index.html")
        for _ in range(3):
            replies = driver.find_elements(By.CSS_SELECTOR, ".moment-current .reply-button")
            if not replies:
                break
            replies[0].click()
            time.sleep(0.5)
        shoot(driver, "scenario", 1100)

        open_page(driver, "completion/index.html")
        shoot(driver, "progress", 1100)

        open_page(driver, "why-conversations-escalate/staying-calm-under-pressure/index.html", width=390, height=844)
        shoot(driver, "phone")
        menu = driver.find_elements(By.CSS_SELECTOR, ".menu-button, [aria-controls][aria-expanded]")
        if menu:
            menu[0].click()
            time.sleep(0.3)
            shoot(driver, "phone-menu")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()

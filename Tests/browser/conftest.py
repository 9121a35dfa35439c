"""Fixtures for the browser tests: a fresh build of a course, served over http on
127.0.0.1, and a headless Chromium driven by Selenium (Debian's binaries, no downloads)."""
import functools
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
PARLEY = ROOT / ".build" / "debug" / "parley"
AXE = pathlib.Path(__import__("selenium_axe_python").__file__).parent / "axe-core" / "axe.min.js"


def build_course(source: pathlib.Path, output: pathlib.Path) -> pathlib.Path:
    result = subprocess.run(
        [str(PARLEY), "build", "--source", str(source), "--output", str(output),
         "--themes", str(ROOT / "themes")],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    """The shipped course, built once for the whole session."""
    return build_course(ROOT / "content", tmp_path_factory.mktemp("site") / "public")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: pathlib.Path):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def site(site_dir, tmp_path_factory):
    """Base URL of the shipped course served over http under a sub-path, as a host
    serving several courses would: every link must be relative to work there."""
    mount = tmp_path_factory.mktemp("host")
    (mount / "de-escalation").symlink_to(site_dir)
    server = serve(mount)
    yield f"http://127.0.0.1:{server.server_address[1]}/de-escalation/"
    server.shutdown()


def served_fixture(name, tmp_path_factory):
    """A course of Tests/browser/fixtures, built and served: yields (base URL, folder)."""
    folder = build_course(ROOT / "Tests/browser/fixtures" / name, tmp_path_factory.mktemp(name) / "public")
    server = serve(folder)
    yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    server.shutdown()


@pytest.fixture(scope="session")
def quiz_site(tmp_path_factory):
    """The quiz fixture course: one lesson with a knowledge check and one graded quiz."""
    yield from served_fixture("quiz-course", tmp_path_factory)


@pytest.fixture(scope="session")
def assessment_site(tmp_path_factory):
    """The assessment fixture course: draws, attempts, answer policies, a time limit and
    every question type."""
    yield from served_fixture("assessment-course", tmp_path_factory)


@pytest.fixture(scope="session")
def scenario_site(tmp_path_factory):
    """The scenario fixture course."""
    yield from served_fixture("scenario-course", tmp_path_factory)


@pytest.fixture(scope="session")
def french_site(tmp_path_factory):
    """A small course in French (`language: fr`), for search without accents."""
    yield from served_fixture("french-course", tmp_path_factory)


@pytest.fixture(scope="session")
def chinese_site(tmp_path_factory):
    """A small course in Chinese (`language: zh`), for search by pairs of characters."""
    yield from served_fixture("chinese-course", tmp_path_factory)


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/lib/chromium/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    browser.implicitly_wait(0)
    yield browser
    browser.quit()


@pytest.fixture
def page(driver):
    """The driver with a clean slate: no stored progress, no leftover console messages."""
    driver.get("about:blank")
    driver.get_log("browser")
    yield driver
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, f"console errors: {errors}"


def axe_violations(driver):
    driver.execute_script(AXE.read_text())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}).then(r => done(JSON.stringify(r.violations)));")
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in json.loads(result)]

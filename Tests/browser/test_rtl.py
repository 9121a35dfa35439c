"""The default theme mirrors for right-to-left languages: a lesson of the shipped course,
built with `language: ar` (so <html lang="ar" dir="rtl">), is laid out as the mirror image
of the English one, told by where Chromium puts each part."""
import re
import shutil

import pytest
from selenium.webdriver.common.by import By

from conftest import ROOT, build_course

LESSON = "active-listening-and-empathy/tone-of-voice-and-body-language/index.html"


@pytest.fixture(scope="module")
def lessons(site_dir, tmp_path_factory):
    """The lesson as built in English (left to right) and with `language: ar` (right to
    left): {"ltr": URL, "rtl": URL}, opened from disk."""
    source = tmp_path_factory.mktemp("rtl-course") / "content"
    shutil.copytree(ROOT / "content", source)
    config = source / "course.yaml"
    config.write_text(re.sub(r"(?m)^language: .*$", "language: ar", config.read_text()))
    arabic = build_course(source, tmp_path_factory.mktemp("rtl") / "public")
    assert '<html lang="ar" dir="rtl">' in (arabic / LESSON).read_text()
    return {"ltr": (site_dir / LESSON).as_uri(), "rtl": (arabic / LESSON).as_uri()}


def box(driver, selector):
    """The element's border box in CSS pixels: left, right, top, bottom."""
    element = driver.find_element(By.CSS_SELECTOR, selector)
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};",
        element)


def border_widths(driver, element):
    return driver.execute_script(
        "const s = getComputedStyle(arguments[0]); return [parseFloat(s.borderLeftWidth), parseFloat(s.borderRightWidth)];",
        element)


def left_of(first, second):
    """True when the box `first` ends at or before the box `second` starts, left to right."""
    return first["right"] <= second["left"] + 0.5


@pytest.fixture(params=["ltr", "rtl"])
def lesson(request, page, lessons):
    page.set_window_size(1280, 1000)
    page.get(lessons[request.param])
    assert page.execute_script("return getComputedStyle(document.documentElement).direction") == request.param
    return request.param, page


def test_the_sidebar_is_on_the_start_side_of_main(lesson):
    direction, driver = lesson
    sidebar, main = box(driver, ".sidebar"), box(driver, "main")
    assert sidebar["top"] < main["bottom"] and main["top"] < sidebar["bottom"], "the sidebar is beside main at 1280 px"
    if direction == "ltr":
        assert left_of(sidebar, main)
    else:
        assert left_of(main, sidebar)


def test_previous_is_on_the_start_side_of_next(lesson):
    direction, driver = lesson
    previous, following = box(driver, ".pager-previous"), box(driver, ".pager-next")
    pager = box(driver, ".pager")
    if direction == "ltr":
        assert left_of(previous, following)
        assert abs(previous["left"] - pager["left"]) < 1 and abs(following["right"] - pager["right"]) < 1
    else:
        assert left_of(following, previous)
        assert abs(previous["right"] - pager["right"]) < 1 and abs(following["left"] - pager["left"]) < 1


def test_a_callout_has_its_accent_border_on_the_start_side(lesson):
    direction, driver = lesson
    callouts = driver.find_elements(By.CSS_SELECTOR, ".callout")
    assert callouts
    for callout in callouts:
        left, right = border_widths(driver, callout)
        start, end = (left, right) if direction == "ltr" else (right, left)
        assert start >= 4 and end < start, (direction, left, right)
    # The accent is drawn where the border is: inside the callout, on its start edge.
    callout = box(driver, ".callout")
    label = box(driver, ".callout .callout-label")
    if direction == "ltr":
        assert label["left"] - callout["left"] >= 6
    else:
        assert callout["right"] - label["right"] >= 6


def test_the_breadcrumb_and_the_header_search_follow_the_direction(lesson):
    direction, driver = lesson
    crumbs = driver.find_elements(By.CSS_SELECTOR, ".breadcrumb li")
    first, last = (driver.execute_script("const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", c)
                   for c in (crumbs[0], crumbs[-1]))
    title, search, header = box(driver, ".site-title"), box(driver, ".site-search"), box(driver, ".site-header")
    # The search form is pushed to the header's end edge, its padding (1.25rem) away.
    if direction == "ltr":
        assert left_of(first, last) and left_of(title, search)
        assert header["right"] - search["right"] <= 21
    else:
        assert left_of(last, first) and left_of(search, title)
        assert search["left"] - header["left"] <= 21

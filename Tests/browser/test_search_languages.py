"""Search in the course's language: French words found without their accents, Chinese
found by pairs of characters."""
from selenium.webdriver.common.by import By

from test_features import search_for


def titles(results):
    return [r.find_element(By.CSS_SELECTOR, ".search-result-title").text for r in results]


def marks(page):
    return [m.text for m in page.find_elements(By.CSS_SELECTOR, ".search-result mark")]


def test_french_words_are_found_with_or_without_accents(page, french_site):
    site, _ = french_site
    for query in ("ecoute", "écoute", "ÉCOUTE", "Ecoute"):
        results = search_for(page, site, query)
        assert results, query
        found = titles(results)
        assert found[0].startswith("L’écoute active"), (query, found)
        assert not any("Garder son calme" in title for title in found), (query, found)
        # What is shown keeps its accents: the title and the word found are marked as written.
        assert "écoute" in marks(page), (query, marks(page))
    results = search_for(page, site, "repondre")
    assert titles(results) == ["Garder son calme › Respirer"]
    assert "répondre" in marks(page)
    # A stop word finds nothing, with or without its accent ("le vôtre").
    assert search_for(page, site, "votre") == []
    assert search_for(page, site, "vôtre") == []
    # Every word must be found in one section.
    assert search_for(page, site, "colere client")
    assert search_for(page, site, "colere respirez") == []


def test_a_french_snippet_marks_the_word_with_its_accents(page, french_site):
    site, _ = french_site
    results = search_for(page, site, "ecoute")
    result = next(r for r in results if "Pourquoi l’écoute compte" in r.text)
    snippet = result.find_element(By.CSS_SELECTOR, ".search-snippet")
    assert snippet.text.startswith("Quand un client est en colère, l’écoute vient"), snippet.text
    assert [m.text for m in snippet.find_elements(By.TAG_NAME, "mark")] == ["écoute"]
    # Two words, both marked folded as the search folds them.
    results = search_for(page, site, "colere ECOUTE")
    snippet = results[0].find_element(By.CSS_SELECTOR, ".search-snippet")
    assert [m.text for m in snippet.find_elements(By.TAG_NAME, "mark")] == ["colère", "écoute"]


def test_chinese_is_found_by_two_characters_or_one(page, chinese_site):
    site, _ = chinese_site
    results = search_for(page, site, "倾听")
    assert results
    assert titles(results)[0].startswith("认真倾听客户"), titles(results)
    assert not any(title.startswith("保持冷静") for title in titles(results)), titles(results)
    assert "倾听" in marks(page)
    # The snippet of a text without spaces marks the pair found.
    results = search_for(page, site, "打断")
    snippet = results[0].find_element(By.CSS_SELECTOR, ".search-snippet")
    assert snippet.text == "客户生气的时候，先认真倾听，再提出解决办法。不要打断客户说话，听完以后用自己的话复述一遍。"
    assert [m.text for m in snippet.find_elements(By.TAG_NAME, "mark")] == ["打断"]
    # A pair from the middle of a sentence, and a single character at the end of one.
    assert any("认真倾听客户" in title for title in titles(search_for(page, site, "打断")))
    assert titles(search_for(page, site, "吸")) == ["保持冷静 › 慢慢呼吸"]
    calm = titles(search_for(page, site, "冷静"))
    assert calm and all(title.startswith("保持冷静") for title in calm), calm
    assert search_for(page, site, "冷却") == []

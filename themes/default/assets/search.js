// parley search: the index is a script file (search-index.js), so search works offline
// and from file://. Every query word must start a word of a section's title, heading or
// text; the index maps each word to the sections that use it.
(function () {
  "use strict";

  var index = window.parleySearchIndex || { pages: [], sections: [], words: {} };
  var stopWords = {};
  (window.parleySearchStopWords || "").split(" ").forEach(function (word) { stopWords[word] = true; });
  var vocabulary = Object.keys(index.words);
  var decoded = {};

  function terms(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (word) {
      return word.length > 1 && !stopWords[word];
    });
  }

  function matches(words, term) {
    return words.some(function (word) { return word.indexOf(term) === 0; });
  }

  // Posting lists are base-36 gaps joined by ".": "3.2.z" is sections 3, 5 and 40.
  function postings(word) {
    if (!decoded[word]) {
      var total = 0;
      decoded[word] = index.words[word].split(".").map(function (gap) { return (total += parseInt(gap, 36)); });
    }
    return decoded[word];
  }

  var sections = index.sections.map(function (row) {
    var page = index.pages[row[0]];
    return { page: page, h: row[1], a: row[2], p: row[3] || [],
             titleWords: terms(page.t + " " + (page.d || "")), headingWords: terms(row[1]) };
  });

  function search(query) {
    var wanted = terms(query);
    if (!wanted.length) return [];
    var scores = null, found = {};
    wanted.forEach(function (term) {
      var hits = {};
      vocabulary.forEach(function (word) {
        if (word.indexOf(term) !== 0) return;
        postings(word).forEach(function (id) {
          if (hits[id] === undefined) hits[id] = 0;
          hits[id] += 1;
          found[id] = found[id] || {};
          if (!found[id][term]) found[id][term] = word;
        });
      });
      sections.forEach(function (section, id) {
        var score = (matches(section.titleWords, term) ? 5 : 0) + (matches(section.headingWords, term) ? 3 : 0);
        if (score) hits[id] = (hits[id] || 0) + score;
      });
      if (scores === null) {
        scores = hits;
      } else {
        var both = {};
        Object.keys(hits).forEach(function (id) { if (scores[id] !== undefined) both[id] = scores[id] + hits[id]; });
        scores = both;
      }
    });
    var results = Object.keys(scores || {}).map(function (id) {
      var section = sections[id];
      var words = found[id] || {};
      return { page: section.page, section: section, score: scores[id], terms: wanted,
               found: wanted.map(function (term) { return words[term]; }).filter(Boolean) };
    });
    results.sort(function (a, b) { return b.score - a.score || a.page.t.localeCompare(b.page.t); });
    return results.slice(0, 50);
  }

  // Text with every word that starts with a query term wrapped in <mark>.
  function highlighted(text, wanted) {
    var fragment = document.createDocumentFragment();
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + wanted.map(function (term) {
      return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")", "giu");
    var last = 0, match;
    while ((match = pattern.exec(text)) !== null) {
      var start = match.index + match[1].length;
      fragment.appendChild(document.createTextNode(text.slice(last, start)));
      var end = start + match[2].length;
      while (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) end++;
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      last = end;
      if (pattern.lastIndex === match.index) pattern.lastIndex++;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function element(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function render(container, query, root) {
    var list = container.querySelector(".search-results");
    var status = container.querySelector(".search-status");
    list.innerHTML = "";
    var results = search(query);
    if (!query.trim()) {
      status.textContent = window.parley.t("search.prompt");
      return;
    }
    status.textContent = results.length ? window.parley.tn("search.results", results.length, { query: query }) :
      window.parley.t("search.nothing", { query: query });
    results.forEach(function (result) {
      var link = element("a", null, [highlighted(result.page.t + (result.section.h ? " › " + result.section.h : ""), result.terms)]);
      link.href = root + result.page.u + (result.section.a ? "#" + result.section.a : "");
      var item = element("li", "search-result", [element("p", "search-result-title", [link])]);
      item.appendChild(element("p", "meta", [document.createTextNode(window.parley.t("kind." + result.page.k))]));
      var phrases = (result.section.p || []).filter(function (phrase) {
        var words = terms(phrase);
        return result.terms.some(function (term) { return matches(words, term); });
      });
      if (phrases.length) {
        var quoted = element("ul", "search-phrases");
        phrases.slice(0, 4).forEach(function (phrase) { quoted.appendChild(element("li", null, [highlighted(phrase, result.terms)])); });
        item.appendChild(quoted);
      } else if (result.page.d) {
        item.appendChild(element("p", "search-summary", [highlighted(result.page.d, result.terms)]));
      }
      if (result.found.length && !phrases.length) {
        var mentions = element("p", "search-mentions", [document.createTextNode(window.parley.t("search.mentions") + " ")]);
        result.found.forEach(function (word, position) {
          if (position) mentions.appendChild(document.createTextNode(", "));
          var mark = document.createElement("mark");
          mark.textContent = word;
          mentions.appendChild(mark);
        });
        item.appendChild(mentions);
      }
      list.appendChild(item);
    });
  }

  function start() {
    var container = document.querySelector("[data-search-page]");
    if (!container) return;
    var root = document.body.getAttribute("data-root") || "";
    container.innerHTML =
      '<form class="search-form" role="search"><label for="search-page-input">' + window.parley.escape(window.parley.t("nav.search_label")) + '</label> ' +
      '<input type="search" id="search-page-input" name="q" autocomplete="off"> <button type="submit">' + window.parley.escape(window.parley.t("nav.search_button")) + '</button></form>' +
      '<p class="search-status" role="status" aria-live="polite"></p><ol class="search-results"></ol>';
    var input = container.querySelector("input");
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var timer;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { render(container, input.value, root); }, 150);
    });
    container.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      render(container, input.value, root);
    });
    render(container, input.value, root);
    input.focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

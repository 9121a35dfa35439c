// parley search: the index is a script file (search-index.js), so search works offline
// and from file://. Every query word must match a title, heading or word of a section.
(function () {
  "use strict";

  var index = window.parleySearchIndex || { pages: [] };
  var stopWords = {};
  (window.parleySearchStopWords || "").split(" ").forEach(function (word) { stopWords[word] = true; });

  function terms(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (word) {
      return word.length > 1 && !stopWords[word];
    });
  }

  function matches(words, term) {
    return words.some(function (word) { return word.indexOf(term) === 0; });
  }

  function search(query) {
    var wanted = terms(query);
    if (!wanted.length) return [];
    var results = [];
    index.pages.forEach(function (page) {
      var titleWords = terms(page.t + " " + (page.d || ""));
      var sections = page.s.length ? page.s : [{ h: "", a: "", w: "" }];
      sections.forEach(function (section) {
        var headingWords = terms(section.h);
        var bodyWords = section.w.split(" ");
        var score = 0;
        var found = [];
        var every = wanted.every(function (term) {
          var inTitle = matches(titleWords, term), inHeading = matches(headingWords, term), inBody = matches(bodyWords, term);
          if (inTitle) score += 5;
          if (inHeading) score += 3;
          if (inBody) score += 1;
          if (inBody) found.push(term);
          return inTitle || inHeading || inBody;
        });
        if (every) results.push({ page: page, section: section, score: score, terms: wanted, found: found });
      });
    });
    results.sort(function (a, b) { return b.score - a.score || a.page.t.localeCompare(b.page.t); });
    // One result per section, at most 50.
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
      status.textContent = "Type a word or phrase to search the lessons, phrase banks and FAQ.";
      return;
    }
    status.textContent = results.length ? results.length + (results.length === 1 ? " result" : " results") + " for “" + query + "”." :
      "Nothing found for “" + query + "”. Try fewer or shorter words.";
    results.forEach(function (result) {
      var link = element("a", null, [highlighted(result.page.t + (result.section.h ? " › " + result.section.h : ""), result.terms)]);
      link.href = root + result.page.u + (result.section.a ? "#" + result.section.a : "");
      var item = element("li", "search-result", [element("p", "search-result-title", [link])]);
      item.appendChild(element("p", "meta", [document.createTextNode(result.page.k)]));
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
        var mentions = element("p", "search-mentions", [document.createTextNode("Mentions: ")]);
        result.found.forEach(function (term, position) {
          var word = result.section.w.split(" ").filter(function (w) { return w.indexOf(term) === 0; })[0] || term;
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
      '<form class="search-form" role="search"><label for="search-page-input">Search the course</label> ' +
      '<input type="search" id="search-page-input" name="q" autocomplete="off"> <button type="submit">Search</button></form>' +
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

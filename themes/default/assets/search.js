// parley search: the index is a script file (search-index.js), so search works offline
// and from file://. Every query word must start a word of a section's title, heading or
// text; the index maps each word to the sections that use it.
//
// Words are compared folded as the index was built for the course's language (see
// SearchWords.swift): lower case, and with window.parleySearchFolding "accents" without
// accents (é → e, ß → ss), with "arabic" without harakat and tatweel and with أ إ آ → ا,
// ى → ي, ة → ه. Letters of scripts written without spaces (Han, kana, Thai, Lao, Khmer,
// Myanmar) are compared in overlapping pairs.
(function () {
  "use strict";

  var index = window.parleySearchIndex || { pages: [], sections: [], words: {} };
  var folding = window.parleySearchFolding || "";
  var stopWords = {};
  (window.parleySearchStopWords || "").split(" ").forEach(function (word) { stopWords[word] = true; });
  var ascii = /^[\x00-\x7f]*$/;
  var wordPattern = /[\p{Alphabetic}\p{N}\p{M}]+/gu;
  // The blocks SearchIndex.isSpaceless lists.
  var spacelessLetters = "[\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u3005-\\u3007\\u3040-\\u30FF\\u31F0-\\u31FF" +
    "\\u3400-\\u4DFF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF66-\\uFF9F\\u{20000}-\\u{3134F}]";
  var spaceless = new RegExp("(" + spacelessLetters + "+)", "u");
  var hasSpaceless = new RegExp(spacelessLetters, "u");

  // Text as the index compares it.
  function fold(text) {
    if (ascii.test(text)) return text.toLowerCase();
    text = text.normalize("NFC").toLowerCase().replace(/ς/g, "σ");
    if (folding === "accents") {
      text = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/œ/g, "oe")
        .replace(/æ/g, "ae").normalize("NFC");
    } else if (folding === "arabic") {
      text = text.replace(/[\u064B-\u0652\u0640]/g, "").replace(/[\u0622\u0623\u0625]/g, "\u0627")
        .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
    }
    return text;
  }

  // Calls each(piece, offset, isLetters) for the words of text and, in a run of letters of
  // a script without spaces, for each pair of letters, a run of one letter and, if
  // withLast, the last letter of a longer run: what the index keys.
  function pieces(text, withLast, each) {
    var match, mixed = hasSpaceless.test(text);
    wordPattern.lastIndex = 0;
    while ((match = wordPattern.exec(text)) !== null) {
      var offset = match.index;
      if (!mixed) {
        each(match[0], offset, false);
        continue;
      }
      match[0].split(spaceless).forEach(function (part, position) {
        if (position % 2) {
          var letters = Array.from(part), at = offset;
          for (var i = 0; i + 1 < letters.length; i++) {
            each(letters[i] + letters[i + 1], at, true);
            at += letters[i].length;
          }
          if (letters.length === 1 || withLast) each(letters[letters.length - 1], at, true);
        } else if (part) {
          each(part, offset, false);
        }
        offset += part.length;
      });
    }
  }

  // The words of a title, heading or phrase as the index keys them; of a query without
  // the last letters of runs, which the pairs before them find.
  function terms(text, isQuery) {
    var result = [];
    pieces(fold(text), !isQuery, function (piece, offset, isLetters) {
      if (isLetters || (piece.length > 1 && !stopWords[piece])) result.push(piece);
    });
    return result;
  }

  var vocabulary = Object.keys(index.words);
  var foldedVocabulary = vocabulary.map(function (word) { return ascii.test(word) ? word : fold(word); });
  var decoded = {};

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
    var wanted = terms(query, true);
    if (!wanted.length) return [];
    var scores = null, found = {};
    wanted.forEach(function (term) {
      var hits = {};
      vocabulary.forEach(function (word, position) {
        if (foldedVocabulary[position].indexOf(term) !== 0) return;
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

  // Text with every word that starts with a query term, and every letter or pair of
  // letters of a script without spaces that is one, wrapped in <mark>.
  function highlighted(text, wanted) {
    var fragment = document.createDocumentFragment();
    var marked = [];
    pieces(text, true, function (piece, offset, isLetters) {
      var folded = fold(piece);
      wanted.forEach(function (term) {
        if (isLetters ? folded === term : folded.indexOf(term) === 0) marked.push([offset, offset + piece.length]);
      });
    });
    marked.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    marked.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range);
    });
    var done = 0;
    merged.forEach(function (range) {
      fragment.appendChild(document.createTextNode(text.slice(done, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      fragment.appendChild(mark);
      done = range[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(done)));
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

// parley search: the index is a script file (search-index.js), so search works offline
// and from file://. Every query word must start a word of a section's title, heading or
// text; the index maps each word to the sections that use it. It also has each section's
// text (index.texts, in the order of index.sections; on a large course only its start,
// ending in "…"), from which a result shows a snippet around the words found.
//
// Words are compared folded as the index was built for the course's language (see
// SearchWords.swift): lower case, and with window.parleySearchFolding "accents" without
// accents (é → e, ß → ss), with "arabic" without harakat and tatweel and with أ إ آ → ا,
// ى → ي, ة → ه. Letters of scripts written without spaces (Han, kana, Thai, Lao, Khmer,
// Myanmar) are compared in overlapping pairs.
(function () {
  "use strict";

  var index = window.parleySearchIndex || { pages: [], sections: [], texts: [], words: {} };
  var texts = index.texts || [];
  // About how many characters of a section's text a snippet shows.
  var snippetLength = 160;
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

  var sections = index.sections.map(function (row, id) {
    var page = index.pages[row[0]];
    return { page: page, h: row[1], a: row[2], p: row[3] || [], text: texts[id] || "",
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

  // Where text has a word that starts with a query term, or a letter or pair of letters
  // of a script without spaces that starts with one: [start, end, term's position] in
  // order of start. Compared folded, as the index compares words.
  function places(text, wanted) {
    var found = [];
    pieces(text, true, function (piece, offset, isLetters) {
      var folded = fold(piece);
      wanted.forEach(function (term, position) {
        if (folded.indexOf(term) !== 0) return;
        // A single letter that starts a pair is marked alone.
        var end = isLetters && folded.length > term.length ? offset + term.length : offset + piece.length;
        found.push([offset, end, position]);
      });
    });
    return found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  }

  // The text from start to end as text nodes, with the places in <mark> (never markup
  // from the text itself), after before and followed by after.
  function marked(text, found, start, end, before, after) {
    var fragment = document.createDocumentFragment();
    var merged = [];
    found.forEach(function (place) {
      var from = Math.max(place[0], start), to = Math.min(place[1], end);
      if (from >= to) return;
      var last = merged[merged.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    });
    var done = start;
    if (before) fragment.appendChild(document.createTextNode(before));
    merged.forEach(function (range) {
      if (range[0] > done) fragment.appendChild(document.createTextNode(text.slice(done, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      fragment.appendChild(mark);
      done = range[1];
    });
    if (end > done || after) fragment.appendChild(document.createTextNode(text.slice(done, end) + (after || "")));
    return fragment;
  }

  // Text with every word that starts with a query term, and every letter or pair of
  // letters of a script without spaces that is one, wrapped in <mark>.
  function highlighted(text, wanted) {
    return marked(text, places(text, wanted), 0, text.length);
  }

  // The first space from at towards limit (not included), looking at 20 characters at
  // most; -1 if none.
  function spaceNear(text, at, limit) {
    var step = limit < at ? -1 : 1;
    for (var looked = 0; at !== limit && looked < 20; at += step, looked++) {
      if (text.charAt(at) === " ") return at;
    }
    return -1;
  }

  // Whether a cut at offset would split a letter written as a surrogate pair.
  function splitsPair(text, offset) {
    return /[\uDC00-\uDFFF]/.test(text.charAt(offset));
  }

  // A snippet of about snippetLength characters of text around the words of wanted it
  // has, with "…" where it is cut and the words in <mark>: the first stretch with the most
  // different query words. Null when text has none of them.
  function snippet(text, wanted) {
    var found = places(text, wanted);
    if (!found.length) return null;
    // The stretch from the first place to the place that brings the last new word, within
    // snippetLength less room for some words before it.
    var first = 0, last = 0, most = 0;
    for (var i = 0; i < found.length && most < wanted.length; i++) {
      var seen = {}, count = 0, newest = i;
      for (var j = i; j < found.length && found[j][1] - found[i][0] <= snippetLength - 40; j++) {
        if (!seen[found[j][2]]) { seen[found[j][2]] = true; count++; newest = j; }
      }
      if (count > most) { most = count; first = i; last = newest; }
    }
    var from = found[first][0], to = Math.max(found[first][1], found[last][1]);
    // Some words before the first place and the rest of the length after the last.
    var start = Math.max(0, from - Math.max(0, Math.min(50, Math.floor((snippetLength - (to - from)) / 2))));
    var end = Math.min(text.length, Math.max(to, start + snippetLength));
    if (end === text.length) start = Math.max(0, Math.min(start, end - snippetLength));
    // At the ends of words: a start within a word moves on to the next space before the
    // first word found, or back to the one before; an end within a word back to the last
    // space after the last word found, or on to the next. Text without spaces near is cut
    // between letters.
    if (start > 0 && text.charAt(start - 1) !== " " && text.charAt(start) !== " ") {
      var space = spaceNear(text, start, from);
      if (space < 0) space = spaceNear(text, start - 1, -1);
      if (space >= 0) start = space + 1;
      else if (splitsPair(text, start)) start -= 1;
    }
    if (end < text.length && text.charAt(end - 1) !== " " && text.charAt(end) !== " ") {
      var after = spaceNear(text, end - 1, to - 1);
      if (after < 0) after = spaceNear(text, end, text.length);
      if (after < 0 && text.length - end <= 20) after = text.length;
      if (after >= 0) end = after;
      else if (splitsPair(text, end)) end -= 1;
    }
    while (start < end && text.charAt(start) === " ") start++;
    while (end > start && text.charAt(end - 1) === " ") end--;
    // A cut end loses a comma or the like before it, and "…" after a sentence's end has a
    // space before it: "voice. …", not "voice.…".
    var after = "";
    if (end < text.length) {
      while (end > to && /[,;:\u060C\u061B\u3001]/.test(text.charAt(end - 1))) end--;
      after = /[.!?)\]"”’»]/.test(text.charAt(end - 1)) ? " …" : "…";
    }
    return marked(text, found, start, end, start > 0 ? "…" : "", after);
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
      // A phrase bank's phrases that have the words, or else a snippet of the section's
      // text around them, or else (the words are in the title or heading only, or past
      // the start a large course's index keeps) the page's summary.
      var cut = phrases.length ? null : snippet(result.section.text, result.terms);
      if (phrases.length) {
        var quoted = element("ul", "search-phrases");
        phrases.slice(0, 4).forEach(function (phrase) { quoted.appendChild(element("li", null, [highlighted(phrase, result.terms)])); });
        item.appendChild(quoted);
      } else if (cut) {
        item.appendChild(element("p", "search-snippet", [cut]));
      } else if (result.page.d) {
        item.appendChild(element("p", "search-summary", [highlighted(result.page.d, result.terms)]));
      }
      // The words the section has, when neither phrases nor a snippet show them.
      if (result.found.length && !phrases.length && !cut) {
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

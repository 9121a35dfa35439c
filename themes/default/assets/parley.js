// parley: progressive enhancement for the course pages. Every page reads fine without it.

// window.parley: the interface strings of the course's language, from strings.js (which
// every build writes and loads first), and numbers, percentages and dates the language's
// way, for this and the other scripts. Without strings.js a text is shown as its key.
(function () {
  "use strict";
  var data = window.parleyStrings || {};
  var strings = data.strings || {};
  var lang = data.lang || document.documentElement.lang || "en";
  var formats = {};

  // An Intl formatter for the course's language, else the browser's: an odd language tag
  // or an old browser must not stop the page.
  function format(kind, options) {
    var name = kind + JSON.stringify(options || {});
    if (!(name in formats)) {
      formats[name] = null;
      try { formats[name] = new Intl[kind](lang, options); } catch (error) {
        try { formats[name] = new Intl[kind](undefined, options); } catch (ignored) { /* no Intl */ }
      }
    }
    return formats[name];
  }

  // `{name}` → values.name; a name without a value stays as written.
  function fill(text, values) {
    return String(text).replace(/\{([A-Za-z0-9_.]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) && values[name] !== undefined && values[name] !== null ?
        String(values[name]) : whole;
    });
  }

  function number(value, options) {
    var formatter = format("NumberFormat", options);
    return formatter ? formatter.format(value) : String(value);
  }

  var parley = {
    lang: lang,
    // The text at `key` with each {name} filled from `values`; the key itself if no catalog has it.
    t: function (key, values) {
      var entry = strings[key];
      if (entry === undefined || entry === null) return key;
      if (typeof entry === "object") entry = entry.other !== undefined ? entry.other : key;
      return fill(entry, values);
    },
    // The plural form of `key` for `count` in the language, {n} being the count written its way.
    tn: function (key, count, values) {
      var entry = strings[key];
      if (entry === undefined || entry === null) return key;
      var filled = { n: number(count) };
      Object.keys(values || {}).forEach(function (name) { if (name !== "n") filled[name] = values[name]; });
      if (typeof entry === "object") {
        var rules = format("PluralRules");
        var category = rules ? rules.select(count) : count === 1 ? "one" : "other";
        entry = entry[category] !== undefined ? entry[category] : entry.other !== undefined ? entry.other : key;
      }
      return fill(entry, filled);
    },
    // 1234 → "1,234" (English), "1.234" (German), "١٬٢٣٤" (Arabic). `options` as Intl.NumberFormat's.
    number: number,
    // A percentage from 0 to 100: "80%", "80 %", "٨٠٪".
    percent: function (value) {
      var formatter = format("NumberFormat", { style: "percent" });
      return formatter ? formatter.format(value / 100) : value + "%";
    },
    // A date in full: "30 November 2026", "30. November 2026".
    date: function (date) {
      var formatter = format("DateTimeFormat", { dateStyle: "long" });
      return formatter ? formatter.format(date) : date.toDateString();
    },
    // Items as a short list: "1, 3, 5" in English, with the language's separator elsewhere.
    list: function (items) {
      var formatter = format("ListFormat", { type: "unit", style: "short" });
      return formatter ? formatter.format(items.map(String)) : items.join(", ");
    },
    // Text made safe to put in HTML.
    escape: function (text) {
      return String(text).replace(/[&<>"']/g, function (character) {
        return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[character];
      });
    }
  };
  window.parley = parley;
})();

(function () {
  "use strict";
  var parley = window.parley;
  document.documentElement.classList.add("js");

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  // FAQ: a link to a question opens its answer.
  function openFromHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    var details = target && (target.tagName === "DETAILS" ? target : target.closest("details"));
    if (details) {
      details.open = true;
      details.scrollIntoView();
      var summary = details.querySelector("summary");
      if (summary) summary.focus();
    }
  }

  // Phrase banks: filter the cards as the trainee types.
  function setUpFilter() {
    var box = document.querySelector(".phrase-filter");
    if (!box) return;
    var input = box.querySelector("input");
    var count = box.querySelector("#phrase-filter-count");
    var cards = all(".phrase-card");
    box.hidden = false;
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      cards.forEach(function (card) {
        var text = card.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        card.hidden = !match;
        if (match) shown++;
      });
      all(".phrase-section").forEach(function (section) {
        section.hidden = !section.querySelector(".phrase-card:not([hidden])");
      });
      count.textContent = words.length ? parley.tn("phrasebook.shown", cards.length, { shown: parley.number(shown) }) :
        parley.tn("phrasebook.count", cards.length);
    }
    input.addEventListener("input", apply);
    apply();
  }

  // Copy buttons: the "say" phrase goes to the clipboard.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
      area.remove();
      if (copied) resolve(); else reject(new Error("copy failed"));
    });
  }

  function setUpCopy() {
    all(".copy-button").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var label = button.firstChild;
        copyText(button.getAttribute("data-copy")).then(function () {
          label.textContent = parley.t("phrasebook.copied");
        }, function () {
          label.textContent = parley.t("phrasebook.copy_by_hand");
          var range = document.createRange();
          range.selectNodeContents(button.parentNode.querySelector(".phrase-say .phrase-text"));
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        });
        window.setTimeout(function () { label.textContent = parley.t("phrasebook.copy"); }, 2500);
      });
    });
  }

  // The header's Menu button, shown on narrow screens (style.css): it opens the course
  // links and search, and on a module's pages the module's lessons (the sidebar), which
  // then come first, under the header. Escape closes it and goes back to the button.
  function setUpMenu() {
    var button = document.querySelector(".menu-button");
    if (!button) return;
    var sidebar = document.querySelector(".layout > .sidebar");
    if (sidebar && sidebar.id) button.setAttribute("aria-controls", button.getAttribute("aria-controls") + " " + sidebar.id);
    function isOpen() { return button.getAttribute("aria-expanded") === "true"; }
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      document.documentElement.classList.toggle("menu-open", open);
    }
    button.addEventListener("click", function () { set(!isOpen()); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !isOpen()) return;
      var focus = document.activeElement;
      var inMenu = !focus || focus === document.body || button.parentNode.contains(focus) || (sidebar && sidebar.contains(focus));
      if (!inMenu) return;
      set(false);
      button.focus();
    });
  }

  function start() {
    setUpMenu();
    setUpFilter();
    setUpCopy();
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

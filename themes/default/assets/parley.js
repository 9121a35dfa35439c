// parley: progressive enhancement for the course pages. Every page reads fine without it.
(function () {
  "use strict";
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
      count.textContent = words.length ? shown + " of " + cards.length + " phrases shown" : cards.length + " phrases";
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
          label.textContent = "Copied";
        }, function () {
          label.textContent = "Press Ctrl+C to copy";
          var range = document.createRange();
          range.selectNodeContents(button.parentNode.querySelector(".phrase-say .phrase-text"));
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        });
        window.setTimeout(function () { label.textContent = "Copy"; }, 2500);
      });
    });
  }

  function start() {
    setUpFilter();
    setUpCopy();
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

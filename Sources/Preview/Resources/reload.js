// parley preview: live reload, the error overlay and author hints. `parley serve` adds this
// file to the pages it serves; a built site never contains it.
(function () {
  "use strict";

  var script = document.currentScript;
  var servedBuild = script ? new URL(script.src).searchParams.get("build") : null;
  var hintsKey = "parley-preview:hints";

  // The options of each question in the order they were written, captured now: this script
  // runs before the deferred quiz.js shuffles them, and answer keys count in written order.
  var writtenOptions = {};
  document.querySelectorAll("form.quiz").forEach(function (form) {
    writtenOptions[form.getAttribute("data-quiz-id")] = Array.prototype.map.call(
      form.querySelectorAll("fieldset.question"),
      function (fieldset) { return Array.prototype.slice.call(fieldset.querySelectorAll("li.option")); });
  });

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function position(diagnostic) {
    var text = diagnostic.file;
    if (diagnostic.line > 0) text += ":" + diagnostic.line + ":" + Math.max(diagnostic.column, 1);
    return text;
  }

  function diagnosticItem(diagnostic) {
    var item = element("li", "parley-preview-diagnostic parley-preview-" + diagnostic.severity);
    item.appendChild(element("code", "parley-preview-position", position(diagnostic)));
    item.appendChild(element("span", "parley-preview-severity", diagnostic.severity + ": "));
    item.appendChild(element("span", "parley-preview-message", diagnostic.message));
    if (diagnostic.hint) item.appendChild(element("p", "parley-preview-hint", "hint: " + diagnostic.hint));
    return item;
  }

  // The error overlay: every problem of the last save, over the last good version of the page.
  var overlay = null;

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showErrors(diagnostics) {
    hideErrors();
    if (!diagnostics.length) return;
    var errors = diagnostics.filter(function (d) { return d.severity === "error"; }).length;
    overlay = element("section", "parley-preview-overlay");
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "parley-preview-overlay-title");
    var title = element("h2", null, errors === 1 ? "The course has 1 error" : "The course has " + errors + " errors");
    title.id = "parley-preview-overlay-title";
    overlay.appendChild(title);
    overlay.appendChild(element("p", null, "This is the last version that built. Fix these and save: the page reloads by itself."));
    var list = element("ul", "parley-preview-diagnostics");
    diagnostics.forEach(function (diagnostic) { list.appendChild(diagnosticItem(diagnostic)); });
    overlay.appendChild(list);
    var close = element("button", "parley-preview-button", "Hide until the next save");
    close.type = "button";
    close.addEventListener("click", hideErrors);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
    close.focus();
  }

  // Author hints: answer keys beside the questions and the page's warnings, with a switch.
  function hintsHidden() {
    try { return window.localStorage.getItem(hintsKey) === "hidden"; } catch (error) { return false; }
  }

  function setHintsHidden(hidden, button) {
    document.documentElement.classList.toggle("parley-preview-hints-hidden", hidden);
    button.setAttribute("aria-pressed", hidden ? "false" : "true");
    try { window.localStorage.setItem(hintsKey, hidden ? "hidden" : "shown"); } catch (error) { /* private mode */ }
  }

  function addToggle(count) {
    var button = element("button", "parley-preview-toggle", "Author hints (" + count + ")");
    button.type = "button";
    button.title = "Preview only: answer keys and warnings. Not in the built site.";
    button.addEventListener("click", function () {
      setHintsHidden(!document.documentElement.classList.contains("parley-preview-hints-hidden"), button);
    });
    setHintsHidden(hintsHidden(), button);
    document.body.appendChild(button);
  }

  function showWarnings(warnings) {
    if (!warnings.length) return;
    var panel = element("aside", "parley-preview-hints parley-preview-warnings");
    panel.setAttribute("aria-label", "Warnings for this page");
    panel.appendChild(element("p", "parley-preview-label",
      warnings.length === 1 ? "1 warning in this page's file" : warnings.length + " warnings in this page's file"));
    var list = element("ul", "parley-preview-diagnostics");
    warnings.forEach(function (warning) { list.appendChild(diagnosticItem(warning)); });
    panel.appendChild(list);
    var main = document.querySelector("main") || document.body;
    main.insertBefore(panel, main.firstChild);
  }

  function showAnswers(quiz) {
    var form = document.querySelector('form.quiz[data-quiz-id="' + CSS.escape(quiz.id) + '"]');
    if (!form) return;
    var fieldsets = form.querySelectorAll("fieldset.question");
    var options = writtenOptions[quiz.id] || [];
    quiz.questions.forEach(function (question) {
      var fieldset = fieldsets[question.number - 1];
      if (!fieldset) return;
      var written = options[question.number - 1] || [];
      question.correct.forEach(function (index) {
        if (written[index]) written[index].classList.add("parley-preview-correct");
      });
      var note = element("div", "parley-preview-hints parley-preview-answer");
      note.appendChild(element("p", "parley-preview-label",
        question.kind === "ordering" ? "Answer key: the right order" : "Answer key"));
      var list = element(question.kind === "ordering" ? "ol" : "ul");
      question.answers.forEach(function (answer) { list.appendChild(element("li", null, answer)); });
      note.appendChild(list);
      fieldset.appendChild(note);
    });
  }

  function loadHints() {
    fetch("/__parley/hints?page=" + encodeURIComponent(window.location.pathname))
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (hints) {
        if (!hints) return;
        showWarnings(hints.warnings);
        hints.quizzes.forEach(showAnswers);
        var count = hints.warnings.length + hints.quizzes.reduce(function (sum, quiz) { return sum + quiz.questions.length; }, 0);
        if (count) addToggle(count);
      })
      .catch(function () { /* the server stopped; nothing to show */ });
  }

  function addStylesheet() {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "/__parley/preview.css";
    document.head.appendChild(link);
  }

  function listen() {
    var events = new EventSource("/__parley/events");
    events.addEventListener("hello", function (event) {
      // A new server, or builds missed while disconnected: this page is out of date.
      if (servedBuild && JSON.parse(event.data).build !== servedBuild) window.location.reload();
    });
    events.addEventListener("reload", function (event) {
      var data = JSON.parse(event.data);
      servedBuild = data.build;
      var here = window.location.pathname.replace(/^\//, "").replace(/index\.html$/, "");
      if (!data.pages || data.pages.indexOf(here) !== -1) window.location.reload();
      else hideErrors();
    });
    events.addEventListener("errors", function (event) {
      showErrors(JSON.parse(event.data).diagnostics);
    });
  }

  addStylesheet();
  loadHints();
  listen();
})();

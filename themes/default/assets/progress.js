// parley progress: lessons marked as done and graded quizzes passed, kept in this
// browser's localStorage only; the completion page and its certificate.
(function () {
  "use strict";

  var parley = window.parley;
  var course = document.body.getAttribute("data-course") || "course";
  var key = "parley:" + course + ":progress";
  var quizPrefix = "parley:" + course + ":quiz:";
  var notesPrefix = "parley:" + course + ":notes:";
  var listeners = [];

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function read() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(key) || "null");
      return saved && typeof saved === "object" && saved.done ? saved : { done: {} };
    } catch (error) {
      return { done: {} };
    }
  }

  function write(state) {
    try {
      window.localStorage.setItem(key, JSON.stringify(state));
    } catch (error) {
      // Storage switched off or full: progress lasts for this page only.
    }
    listeners.forEach(function (listener) { listener(); });
  }

  function quizResult(id) {
    try {
      return JSON.parse(window.localStorage.getItem(quizPrefix + id) || "null");
    } catch (error) {
      return null;
    }
  }

  // A quiz's record holds a result once an attempt is submitted; before that it only
  // keeps the attempt under way (its questions and answers so far).
  function hasResult(record) {
    return !!record && typeof record.best === "number";
  }

  var progress = {
    isDone: function (page) { return !!read().done[page]; },
    setDone: function (page, done) {
      var state = read();
      if (done) state.done[page] = true; else delete state.done[page];
      write(state);
    },
    quiz: quizResult,
    hasResult: hasResult,
    // Everything kept for this course, to hand to an LMS and take back.
    snapshot: function () {
      var data = { progress: read(), quizzes: {} };
      try {
        for (var i = 0; i < window.localStorage.length; i++) {
          var name = window.localStorage.key(i);
          if (name.indexOf(quizPrefix) === 0) data.quizzes[name.slice(quizPrefix.length)] = quizResult(name.slice(quizPrefix.length));
        }
      } catch (error) { /* nothing stored */ }
      return data;
    },
    restore: function (data) {
      if (!data || !data.progress) return;
      try {
        window.localStorage.setItem(key, JSON.stringify(data.progress));
        Object.keys(data.quizzes || {}).forEach(function (id) {
          window.localStorage.setItem(quizPrefix + id, JSON.stringify(data.quizzes[id]));
        });
      } catch (error) { /* keep what is there */ }
      listeners.forEach(function (listener) { listener(); });
    },
    reset: function () {
      try {
        var names = [];
        for (var i = 0; i < window.localStorage.length; i++) names.push(window.localStorage.key(i));
        names.forEach(function (name) {
          if (name === key || name === key.replace(/progress$/, "name") || name.indexOf(quizPrefix) === 0 ||
              name.indexOf(notesPrefix) === 0) {
            window.localStorage.removeItem(name);
          }
        });
      } catch (error) { /* nothing to clear */ }
      listeners.forEach(function (listener) { listener(); });
    },
    onChange: function (listener) { listeners.push(listener); }
  };
  window.parleyProgress = progress;

  // Ticks in the navigation and on the home page.
  function showTicks() {
    var state = read();
    all("[data-page-id]").forEach(function (item) {
      var done = !!state.done[item.getAttribute("data-page-id")];
      item.classList.toggle("is-done", done);
      var mark = item.querySelector(".done-mark");
      if (done && !mark) {
        mark = document.createElement("span");
        mark.className = "done-mark";
        mark.innerHTML = '<span aria-hidden="true">✓</span><span class="visually-hidden"> ' + parley.escape(parley.t("progress.done_mark")) + '</span>';
        item.insertBefore(mark, item.firstChild);
      } else if (!done && mark) {
        mark.remove();
      }
    });
    all("[data-module]").forEach(function (module) {
      var lessons = all('[data-kind="lesson"]', module);
      var box = module.querySelector(".module-progress");
      if (!box || !lessons.length) return;
      var done = lessons.filter(function (item) { return !!state.done[item.getAttribute("data-page-id")]; }).length;
      box.hidden = false;
      box.classList.toggle("is-complete", done === lessons.length);
      fillProgress(box, done, lessons.length, parley.t("progress.module_bar"));
    });
  }

  // A bar and "3 of 5 lessons done" in `box`, in place of what it held.
  function fillProgress(box, done, count, label) {
    box.textContent = "";
    var bar = document.createElement("progress");
    bar.max = count;
    bar.value = done;
    bar.setAttribute("aria-label", label);
    box.appendChild(bar);
    var text = document.createElement("span");
    text.className = "progress-text";
    text.textContent = parley.tn("progress.lessons_done", count, { done: parley.number(done) });
    box.appendChild(document.createTextNode(" "));
    box.appendChild(text);
  }

  // The home page's Start link (to the first lesson, without this script too) becomes
  // Continue once a lesson is done: to the first lesson not done in reading order, then to
  // the first graded quiz not passed, and at last to the certificate. The line under it
  // says how far the trainee has got and where the link goes.
  function setUpStart() {
    var link = document.querySelector("a[data-start-link]");
    var outline = window.parleyCourse;
    if (!link || !outline || !outline.lessons) return;
    var line = document.querySelector("[data-course-progress]");
    var root = document.body.getAttribute("data-root") || "";
    var startHref = link.getAttribute("href");
    var quizPages = outline.quizPages || [];
    function titleOf(path) {
      var item = document.querySelector('[data-page-id="' + path.replace(/["\\]/g, "\\$&") + '"] a');
      return item ? item.textContent : "";
    }
    function show() {
      var state = read();
      var lessons = outline.lessons;
      var done = lessons.filter(function (id) { return !!state.done[id]; }).length;
      var next = null;
      for (var i = 0; i < lessons.length && next === null; i++) if (!state.done[lessons[i]]) next = lessons[i];
      for (var j = 0; j < quizPages.length && next === null; j++) {
        var result = quizResult(outline.quizzes[j]);
        if (!(hasResult(result) && result.passed)) next = quizPages[j];
      }
      if (!done) {
        link.textContent = parley.t("home.start");
        link.setAttribute("href", startHref);
      } else if (next !== null) {
        link.textContent = parley.t("home.continue");
        link.setAttribute("href", root + next + "index.html");
      } else {
        link.textContent = parley.t("home.see_certificate");
        link.setAttribute("href", root + "completion/index.html");
      }
      if (!line) return;
      line.hidden = !done;
      if (!done) return;
      fillProgress(line, done, lessons.length, parley.t("home.course_bar"));
      var title = next !== null ? titleOf(next) : "";
      if (title) {
        var upNext = document.createElement("span");
        upNext.className = "course-next";
        upNext.textContent = parley.t("home.next_up", { title: title });
        line.appendChild(document.createTextNode(" "));
        line.appendChild(upNext);
      }
    }
    progress.onChange(show);
    show();
  }

  function setUpDoneButton() {
    var control = document.querySelector(".done-control");
    if (!control) return;
    var page = document.body.getAttribute("data-page");
    var button = control.querySelector(".done-button");
    var status = control.querySelector(".done-status");
    control.hidden = false;
    function show() {
      var done = progress.isDone(page);
      button.setAttribute("aria-pressed", done ? "true" : "false");
      button.textContent = done ? parley.t("progress.done_button") : parley.t("page.mark_done");
    }
    button.addEventListener("click", function () {
      var done = !progress.isDone(page);
      progress.setDone(page, done);
      status.textContent = done ? parley.t("progress.marked_done") : parley.t("progress.marked_not_done");
    });
    progress.onChange(show);
    show();
  }

  // The completion page: what is left, and the certificate once nothing is.
  function setUpCompletion() {
    var page = document.querySelector(".completion");
    if (!page) return;
    var note = page.querySelector(".completion-note");
    if (note) note.hidden = true;
    var certificate = page.querySelector(".certificate-section");
    var nameInput = document.getElementById("certificate-name");
    var nameKey = "parley:" + course + ":name";
    function show() {
      var state = read();
      var lessons = all("[data-lesson]", page);
      var lessonsDone = 0;
      lessons.forEach(function (item) {
        var done = !!state.done[item.getAttribute("data-lesson")];
        if (done) lessonsDone++;
        item.classList.toggle("is-done", done);
        item.querySelector(".requirement-status").textContent = done ? parley.t("progress.done") : parley.t("progress.not_done");
      });
      var quizzes = all("[data-quiz]", page);
      var passed = 0, scores = [];
      quizzes.forEach(function (item) {
        var result = quizResult(item.getAttribute("data-quiz"));
        if (!hasResult(result)) result = null;
        var ok = !!(result && result.passed);
        if (ok) { passed++; scores.push(result.best); }
        item.classList.toggle("is-done", ok);
        item.querySelector(".requirement-status").textContent = ok ? parley.t("progress.passed_best", { score: parley.percent(result.best) }) :
          (result ? parley.t("progress.best_not_passed", { score: parley.percent(result.best) }) : parley.t("progress.not_passed"));
      });
      all("[data-group]", page).forEach(function (group) {
        var items = all("[data-lesson]", group);
        var groupDone = items.filter(function (item) { return item.classList.contains("is-done"); }).length;
        group.classList.toggle("is-done", groupDone === items.length);
        var count = group.querySelector("[data-group-count]");
        if (count) count.textContent = parley.tn("progress.lessons_done", items.length, { done: parley.number(groupDone) });
      });
      var summary = page.querySelector('[data-summary="lessons"]');
      var lessonsText = parley.tn("progress.lessons_done", lessons.length, { done: parley.number(lessonsDone) });
      summary.textContent = quizzes.length ?
        parley.t("progress.summary", { lessons: lessonsText, quizzes: parley.tn("progress.quizzes_passed", quizzes.length, { passed: parley.number(passed) }) }) :
        parley.t("progress.summary_lessons", { lessons: lessonsText });
      var complete = lessonsDone === lessons.length && passed === quizzes.length;
      certificate.hidden = !complete;
      if (complete) {
        var score = scores.length ? Math.round(scores.reduce(function (a, b) { return a + b; }, 0) / scores.length) : null;
        page.querySelector("[data-certificate-score]").textContent = score === null ? "" : parley.t("progress.certificate_score", { score: parley.percent(score) });
        page.querySelector("[data-certificate-date]").textContent = parley.t("progress.certificate_date", { date: parley.date(new Date()) });
      }
    }
    try { nameInput.value = window.localStorage.getItem(nameKey) || ""; } catch (error) { /* no storage */ }
    function showName() {
      page.querySelector("[data-certificate-name]").textContent = nameInput.value.trim() || parley.t("progress.your_name");
      try { window.localStorage.setItem(nameKey, nameInput.value); } catch (error) { /* no storage */ }
    }
    nameInput.addEventListener("input", showName);
    showName();
    page.querySelector(".print-button").addEventListener("click", function () { window.print(); });
    progress.onChange(show);
    show();
  }

  function setUpReset() {
    var button = document.querySelector(".reset-button");
    if (!button) return;
    var confirm = document.querySelector(".reset-confirm");
    var status = document.querySelector(".reset-status");
    button.addEventListener("click", function () {
      confirm.hidden = false;
      confirm.focus();
      status.textContent = parley.t("progress.reset_ask", { button: parley.t("progress.reset_confirm") });
    });
    confirm.addEventListener("click", function () {
      progress.reset();
      confirm.hidden = true;
      button.focus();
      status.textContent = parley.t("progress.reset_done");
    });
  }

  function start() {
    progress.onChange(showTicks);
    showTicks();
    // course-outline.js loads after this script: before DOMContentLoaded it may not have run.
    if (window.parleyCourse || document.readyState === "complete") setUpStart();
    else document.addEventListener("DOMContentLoaded", setUpStart);
    setUpDoneButton();
    setUpCompletion();
    setUpReset();
    document.addEventListener("parley:quiz", function () { listeners.forEach(function (listener) { listener(); }); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

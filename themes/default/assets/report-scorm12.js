// parley in a SCORM 1.2 LMS (`parley export scorm`): completion and score in
// cmi.core.lesson_status and cmi.core.score, progress in cmi.suspend_data (4096 characters)
// so it follows the trainee, the page in cmi.core.lesson_location for resume, and each
// quiz answer as an interaction. report.js does the rest.
(function () {
  "use strict";

  var report = window.parleyReport;
  if (!report) return;

  // How far each status goes: the LMS is never moved back (a reset in this browser does
  // not take away a pass or a score the LMS has recorded).
  var rank = { "not attempted": 0, browsed: 0, incomplete: 1, failed: 2, completed: 2, passed: 3 };

  // The API discovery algorithm of the SCORM 1.2 run-time environment: this window and
  // its parents (at most seven levels up), then the opener and its parents. A window of
  // another origin cannot be searched and ends that chain.
  function search(win) {
    for (var level = 0; win && level <= 7; level++) {
      try {
        if (win.API && typeof win.API.LMSInitialize === "function") return win.API;
        if (!win.parent || win.parent === win) return null;
        win = win.parent;
      } catch (error) {
        return null;
      }
    }
    return null;
  }

  function findAPI() {
    var api = search(window);
    try {
      if (!api && window.opener) api = search(window.opener);
      if (!api && window.top.opener && window.top.opener !== window.opener) api = search(window.top.opener);
    } catch (error) { /* an opener of another origin */ }
    return api;
  }

  var api = findAPI();
  if (!api) return;

  // Every call is guarded: an LMS that throws is treated like one that says "false".
  function isTrue(value) { return String(value) === "true"; }

  function errorCode() {
    try { return String(api.LMSGetLastError()); } catch (error) { return "101"; }
  }

  function errorText(code) {
    try { return String(api.LMSGetErrorString(code) || ""); } catch (error) { return ""; }
  }

  function complain(key) {
    var code = errorCode();
    report.complain(key, errorText(code), code);
  }

  function get(element) {
    try {
      var value = api.LMSGetValue(element);
      return errorCode() === "0" ? String(value === null || value === undefined ? "" : value) : null;
    } catch (error) {
      return null;
    }
  }

  // What the LMS holds, as far as this page knows, so only changes are sent.
  var held = {};
  var changed = false;

  function set(element, value) {
    value = String(value);
    if (held[element] === value) return true;
    var accepted = false;
    try { accepted = isTrue(api.LMSSetValue(element, value)); } catch (error) { accepted = false; }
    if (accepted) {
      held[element] = value;
      changed = true;
    } else {
      complain("lms.update_refused");
    }
    return accepted;
  }

  function commit() {
    if (!changed) return;
    var accepted = false;
    try { accepted = isTrue(api.LMSCommit("")); } catch (error) { accepted = false; }
    if (accepted) changed = false; else complain("lms.save_failed");
  }

  // One LMS session lasts from LMSInitialize on the first page to LMSFinish when the
  // trainee leaves the course; every page in between is its own document, so the session
  // is remembered in sessionStorage and checked with a harmless LMSGetValue.
  var session = null;
  var recordsResults = true;

  function open() {
    var saved = report.tab.read("lms-session");
    if (saved && get("cmi.core.lesson_status") !== null) {
      session = { start: saved.start, isNew: false };
    } else {
      var started = false;
      try { started = isTrue(api.LMSInitialize("")); } catch (error) { started = false; }
      var code = started ? "0" : errorCode();
      // "false" with a working API means an earlier page already initialized it.
      if (!started && get("cmi.core.lesson_status") === null) {
        report.complain("lms.no_connection", errorText(code), code);
        return null;
      }
      session = { start: started ? Date.now() : (saved && saved.start) || Date.now(), isNew: started };
      report.tab.write("lms-session", { start: session.start });
    }
    held = {};
    ["cmi.core.lesson_status", "cmi.suspend_data", "cmi.core.score.raw"].forEach(function (element) {
      var value = get(element);
      if (value) held[element] = value;
    });
    var bookmark = get("cmi.core.lesson_location");
    if (bookmark !== null) held["cmi.core.lesson_location"] = bookmark;
    // In review mode the LMS records nothing new about completion.
    recordsResults = get("cmi.core.lesson_mode") !== "review";
    set("cmi.core.exit", "suspend");
    return { saved: held["cmi.suspend_data"] || null, bookmark: bookmark, isNew: session.isNew };
  }

  // Completion and score from the graded quizzes, or from the lessons when there are none.
  function status(outcome) {
    if (outcome.hasQuizzes) return outcome.judged ? (outcome.passed ? "passed" : "failed") : "incomplete";
    return outcome.lessonsDone ? "completed" : "incomplete";
  }

  var tooBig = false;

  function save(state) {
    if (!session) return;
    if (recordsResults) {
      var next = status(state.outcome);
      var current = held["cmi.core.lesson_status"] || "not attempted";
      if ((rank[next] || 0) >= (rank[current] || 0)) set("cmi.core.lesson_status", next);
      var recorded = Number(held["cmi.core.score.raw"]);
      if (state.outcome.score !== undefined && !(state.outcome.score < recorded)) {
        set("cmi.core.score.min", "0");
        set("cmi.core.score.max", "100");
        set("cmi.core.score.raw", String(state.outcome.score));
      }
    }
    if (state.data !== null) set("cmi.suspend_data", state.data);
    else tooBig = true;
    if (state.location) set("cmi.core.lesson_location", state.location);
    commit();
  }

  // Each answer submitted in a quiz, as an interaction record. SCORM 1.2 keeps them as a
  // journal: every answer is a new record at cmi.interactions._count. The answer is given
  // by labels (the first option as built is "a"), as SCORM 1.2's formats want. Interactions
  // are optional for an LMS: one that does not keep them is left alone.
  var keepsInteractions = true;
  var RESPONSES = {
    choice: function (response) { return response.join(","); },
    sequencing: function (response) { return response.join(","); },
    matching: function (response) { return response.map(function (pair) { return pair[0] + "." + pair[1]; }).join(","); },
    "fill-in": function (response) { return report.clean(String(response[0] || "")).slice(0, 255); }
  };

  function clock(date) {
    function pad(number) { return number < 10 ? "0" + number : String(number); }
    return pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds());
  }

  function recordInteraction(detail) {
    var interaction = detail.interaction || {};
    var response = RESPONSES[interaction.type];
    if (!response || !Array.isArray(interaction.response)) return;
    var index = get("cmi.interactions._count");
    if (index === null || !/^\d+$/.test(index)) { keepsInteractions = false; return; }
    var prefix = "cmi.interactions." + index + ".";
    var values = [
      ["id", String(detail.quiz + "_" + detail.question).replace(/[^A-Za-z0-9_]/g, "_").slice(0, 255)],
      ["type", interaction.type],
      ["time", clock(new Date())],
      ["weighting", "1"],
      ["student_response", response(interaction.response)],
      ["result", detail.correct ? "correct" : "wrong"]
    ];
    for (var i = 0; i < values.length && keepsInteractions; i++) {
      var accepted = false;
      try { accepted = isTrue(api.LMSSetValue(prefix + values[i][0], values[i][1])); } catch (error) { accepted = false; }
      if (accepted) changed = true; else keepsInteractions = false;
    }
  }

  function record(event) {
    if (event.type === "answer" && session && recordsResults && keepsInteractions) recordInteraction(event.detail);
  }

  function timespan(milliseconds) {
    var seconds = Math.max(0, Math.round(milliseconds / 1000));
    var hours = Math.min(9999, Math.floor(seconds / 3600));
    function pad(number) { return number < 10 ? "0" + number : String(number); }
    return pad(hours) + ":" + pad(Math.floor(seconds % 3600 / 60)) + ":" + pad(seconds % 60);
  }

  // To another page of the course: save now and keep the session. Anything else ends it.
  function leave(staying) {
    if (!session) return;
    if (staying) {
      commit();
      return;
    }
    set("cmi.core.session_time", timespan(Date.now() - session.start));
    try { api.LMSFinish(""); } catch (error) { /* the LMS is going away too */ }
    report.tab.write("lms-session", null);
    session = null;
  }

  report.connect({ suspendLimit: 4096, open: open, save: save, record: record, leave: leave });
})();

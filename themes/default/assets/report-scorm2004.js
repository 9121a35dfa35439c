// parley in a SCORM 2004 (4th edition) LMS (`parley export scorm2004`): completion and
// success apart (cmi.completion_status, cmi.success_status), the score scaled, how far the
// trainee has got (cmi.progress_measure), progress in cmi.suspend_data (64,000 characters)
// for resume, the page in cmi.location, and each quiz answer as an interaction with its
// description (and its right answer where the quiz shows answers). report.js does the rest.
(function () {
  "use strict";

  var report = window.parleyReport;
  if (!report) return;

  // The API discovery algorithm of the SCORM 2004 run-time environment: this window and
  // its parents, then the opener and its parents. A window of another origin ends a chain.
  function search(win) {
    for (var level = 0; win && level <= 500; level++) {
      try {
        if (win.API_1484_11 && typeof win.API_1484_11.Initialize === "function") return win.API_1484_11;
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
    try { return String(api.GetLastError()); } catch (error) { return "101"; }
  }

  function errorText(code) {
    try { return String(api.GetErrorString(code) || ""); } catch (error) { return ""; }
  }

  function complain(key) {
    var code = errorCode();
    report.complain(key, errorText(code), code);
  }

  function get(element) {
    try {
      var value = api.GetValue(element);
      return errorCode() === "0" ? String(value === null || value === undefined ? "" : value) : null;
    } catch (error) {
      return null;
    }
  }

  // What the LMS holds, as far as this page knows, so only changes are sent.
  var held = {};
  var changed = false;

  // `quietly`: an optional element the LMS may not keep (an interaction's parts).
  function set(element, value, quietly) {
    value = String(value);
    if (held[element] === value) return true;
    var accepted = false;
    try { accepted = isTrue(api.SetValue(element, value)); } catch (error) { accepted = false; }
    if (accepted) {
      held[element] = value;
      changed = true;
    } else if (!quietly) {
      complain("lms.update_refused");
    }
    return accepted;
  }

  function commit() {
    if (!changed) return;
    var accepted = false;
    try { accepted = isTrue(api.Commit("")); } catch (error) { accepted = false; }
    if (accepted) changed = false; else complain("lms.save_failed");
  }

  // One LMS session lasts from Initialize on the first page to Terminate when the trainee
  // leaves the course, as in report-scorm12.js.
  var session = null;
  var recordsResults = true;
  var passingScore = null;

  function open() {
    var saved = report.tab.read("lms-session");
    if (saved && get("cmi.completion_status") !== null) {
      session = { start: saved.start, isNew: false };
    } else {
      var started = false;
      try { started = isTrue(api.Initialize("")); } catch (error) { started = false; }
      var code = started ? "0" : errorCode();
      // 103 (already initialized) with a working API: an earlier page initialized it.
      if (!started && get("cmi.completion_status") === null) {
        report.complain("lms.no_connection", errorText(code), code);
        return null;
      }
      session = { start: started ? Date.now() : (saved && saved.start) || Date.now(), isNew: started };
      report.tab.write("lms-session", { start: session.start });
    }
    held = {};
    ["cmi.completion_status", "cmi.success_status", "cmi.suspend_data", "cmi.score.scaled"].forEach(function (element) {
      var value = get(element);
      if (value) held[element] = value;
    });
    var bookmark = get("cmi.location");
    if (bookmark !== null) held["cmi.location"] = bookmark;
    // Browse and review record nothing about completion or success.
    var mode = get("cmi.mode");
    recordsResults = !mode || mode === "normal";
    // The LMS's passing score wins over the course's own pass marks when it has one.
    var passing = parseFloat(get("cmi.scaled_passing_score") || "");
    passingScore = isNaN(passing) ? null : passing;
    if (recordsResults) set("cmi.exit", "suspend");
    return { saved: held["cmi.suspend_data"] || null, bookmark: bookmark, isNew: session.isNew };
  }

  function scaled(score) { return String(Math.round(score) / 100); }

  function save(state) {
    if (!session) return;
    var outcome = state.outcome;
    if (recordsResults) {
      set("cmi.progress_measure", String(Math.round(1000 * outcome.progress) / 1000));
      // Never moved back: a reset in this browser takes nothing away from the LMS.
      if (held["cmi.completion_status"] !== "completed") set("cmi.completion_status", outcome.completed ? "completed" : "incomplete");
      if (outcome.score !== undefined && held["cmi.success_status"] !== "passed") {
        var passed = passingScore !== null ? outcome.score / 100 >= passingScore : outcome.passed;
        set("cmi.success_status", passed ? "passed" : "failed");
      }
      var recorded = parseFloat(held["cmi.score.scaled"]);
      if (outcome.score !== undefined && !(outcome.score / 100 < recorded)) {
        set("cmi.score.min", "0");
        set("cmi.score.max", "100");
        set("cmi.score.raw", String(outcome.score));
        set("cmi.score.scaled", scaled(outcome.score));
      }
    }
    if (state.data !== null) set("cmi.suspend_data", state.data);
    if (state.location) set("cmi.location", state.location);
    commit();
  }

  // Each answer submitted in a quiz is a new interaction record at cmi.interactions._count,
  // so the LMS keeps every attempt's answers. Interactions are optional for an LMS: one
  // that refuses them is left alone.
  var keepsInteractions = true;

  function responseText(type, response) {
    if (type === "matching") return response.map(function (pair) { return pair[0] + "[.]" + pair[1]; }).join("[,]");
    if (type === "fill-in") {
      // "[,]" would split the text into two answers, and a leading "{" would be read as a
      // delimiter like {lang=…}: a language tag of its own keeps such text as typed.
      var text = report.clean(String(response[0] || "")).replace(/\[,\]/g, ",");
      if (text.charAt(0) === "{") text = "{lang=" + (document.documentElement.getAttribute("lang") || "en") + "}" + text;
      return text.slice(0, 250);
    }
    return response.join("[,]");
  }

  function timestamp(date) {
    function pad(number) { return number < 10 ? "0" + number : String(number); }
    return date.getUTCFullYear() + "-" + pad(date.getUTCMonth() + 1) + "-" + pad(date.getUTCDate()) + "T" +
      pad(date.getUTCHours()) + ":" + pad(date.getUTCMinutes()) + ":" + pad(date.getUTCSeconds()) + "Z";
  }

  function recordInteraction(detail) {
    var interaction = detail.interaction || {};
    var type = interaction.type;
    if (["choice", "sequencing", "matching", "fill-in"].indexOf(type) < 0 || !Array.isArray(interaction.response)) return;
    var index = get("cmi.interactions._count");
    if (index === null || !/^\d+$/.test(index)) { keepsInteractions = false; return; }
    var prefix = "cmi.interactions." + index + ".";
    var definition = interaction.definition || {};
    var values = [
      ["id", "urn:parley:" + encodeURIComponent(report.courseID) + ":" + encodeURIComponent(detail.quiz) + ":" + encodeURIComponent(detail.question)],
      ["type", type],
      ["timestamp", timestamp(new Date())],
      ["weighting", "1"],
      ["learner_response", responseText(type, interaction.response)],
      ["result", detail.correct ? "correct" : "incorrect"]
    ];
    if (definition.prompt) values.push(["description", definition.prompt.slice(0, 250)]);
    (definition.correct || []).slice(0, type === "fill-in" ? 5 : 1).forEach(function (pattern, number) {
      values.push(["correct_responses." + number + ".pattern", responseText(type, pattern)]);
    });
    for (var i = 0; i < values.length && keepsInteractions; i++) {
      // The id and type make the record; what follows is detail an LMS may refuse.
      if (!set(prefix + values[i][0], values[i][1], true) && i < 2) keepsInteractions = false;
    }
  }

  function record(event) {
    if (event.type === "answer" && session && recordsResults && keepsInteractions) {
      recordInteraction(event.detail);
      commit();
    }
  }

  // To another page of the course: save now and keep the session. Anything else ends it.
  function leave(staying) {
    if (!session) return;
    if (staying) {
      commit();
      return;
    }
    set("cmi.session_time", report.duration(Date.now() - session.start), true);
    commit();
    try { api.Terminate(""); } catch (error) { /* the LMS is going away too */ }
    report.tab.write("lms-session", null);
    session = null;
  }

  report.connect({ suspendLimit: 64000, open: open, save: save, record: record, leave: leave });
})();

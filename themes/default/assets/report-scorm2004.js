// parley in a SCORM 2004 (4th edition) LMS (`parley export scorm2004`): completion and
// success apart (cmi.completion_status, cmi.success_status), the score scaled, how far the
// trainee has got (cmi.progress_measure), progress in cmi.suspend_data (64,000 characters)
// for resume, the page in cmi.location, and each quiz answer as an interaction with its
// description (and its right answer where the quiz shows answers). report-scorm.js talks to the LMS; report.js does the rest.
(function () {
  "use strict";

  var report = window.parleyReport;
  if (!report || !window.parleySCORM) return;

  var lms = window.parleySCORM({
    api: "API_1484_11", levels: 500, probe: "cmi.completion_status", sessionTime: "cmi.session_time",
    calls: { initialize: "Initialize", finish: "Terminate", getValue: "GetValue", setValue: "SetValue",
      commit: "Commit", lastError: "GetLastError", errorString: "GetErrorString" }
  });
  if (!lms) return;

  var recordsResults = true;
  var passingScore = null;

  function open() {
    var session = lms.open();
    if (!session) return null;
    lms.hold(["cmi.completion_status", "cmi.success_status", "cmi.suspend_data", "cmi.score.scaled"]);
    var bookmark = lms.get("cmi.location");
    if (bookmark !== null) lms.held["cmi.location"] = bookmark;
    // Browse and review record nothing about completion or success.
    var mode = lms.get("cmi.mode");
    recordsResults = !mode || mode === "normal";
    // The LMS's passing score wins over the course's own pass marks when it has one.
    var passing = parseFloat(lms.get("cmi.scaled_passing_score") || "");
    passingScore = isNaN(passing) ? null : passing;
    if (recordsResults) lms.set("cmi.exit", "suspend");
    return { saved: lms.held["cmi.suspend_data"] || null, bookmark: bookmark, isNew: session.isNew };
  }

  function scaled(score) { return String(Math.round(score) / 100); }

  function save(state) {
    if (!lms.session) return;
    var set = lms.set, held = lms.held;
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
    lms.commit();
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
    var index = lms.get("cmi.interactions._count");
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
      if (!lms.set(prefix + values[i][0], values[i][1], true) && i < 2) keepsInteractions = false;
    }
  }

  function record(event) {
    if (event.type === "answer" && lms.session && recordsResults && keepsInteractions) {
      recordInteraction(event.detail);
      lms.commit();
    }
  }

  function leave(staying) { lms.leave(staying, report.duration); }

  report.connect({ suspendLimit: 64000, open: open, save: save, record: record, leave: leave });
})();

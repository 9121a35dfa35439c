// parley in a SCORM 1.2 LMS (`parley export scorm`): completion and score in
// cmi.core.lesson_status and cmi.core.score, progress in cmi.suspend_data (4096 characters)
// so it follows the trainee, the page in cmi.core.lesson_location for resume, and each
// quiz answer as an interaction. report-scorm.js talks to the LMS; report.js does the rest.
(function () {
  "use strict";

  var report = window.parleyReport;
  if (!report || !window.parleySCORM) return;

  var lms = window.parleySCORM({
    api: "API", levels: 7, probe: "cmi.core.lesson_status", sessionTime: "cmi.core.session_time",
    calls: { initialize: "LMSInitialize", finish: "LMSFinish", getValue: "LMSGetValue", setValue: "LMSSetValue",
      commit: "LMSCommit", lastError: "LMSGetLastError", errorString: "LMSGetErrorString" }
  });
  if (!lms) return;

  // How far each status goes: the LMS is never moved back (a reset in this browser does
  // not take away a pass or a score the LMS has recorded).
  var rank = { "not attempted": 0, browsed: 0, incomplete: 1, failed: 2, completed: 2, passed: 3 };
  var recordsResults = true;

  function open() {
    var session = lms.open();
    if (!session) return null;
    lms.hold(["cmi.core.lesson_status", "cmi.suspend_data", "cmi.core.score.raw"]);
    var bookmark = lms.get("cmi.core.lesson_location");
    if (bookmark !== null) lms.held["cmi.core.lesson_location"] = bookmark;
    // In review mode the LMS records nothing new about completion.
    recordsResults = lms.get("cmi.core.lesson_mode") !== "review";
    lms.set("cmi.core.exit", "suspend");
    return { saved: lms.held["cmi.suspend_data"] || null, bookmark: bookmark, isNew: session.isNew };
  }

  // Completion and score from the graded quizzes, or from the lessons when there are none.
  function status(outcome) {
    if (outcome.hasQuizzes) return outcome.judged ? (outcome.passed ? "passed" : "failed") : "incomplete";
    return outcome.lessonsDone ? "completed" : "incomplete";
  }

  function save(state) {
    if (!lms.session) return;
    var held = lms.held;
    if (recordsResults) {
      var next = status(state.outcome);
      var current = held["cmi.core.lesson_status"] || "not attempted";
      if ((rank[next] || 0) >= (rank[current] || 0)) lms.set("cmi.core.lesson_status", next);
      var recorded = Number(held["cmi.core.score.raw"]);
      if (state.outcome.score !== undefined && !(state.outcome.score < recorded)) {
        lms.set("cmi.core.score.min", "0");
        lms.set("cmi.core.score.max", "100");
        lms.set("cmi.core.score.raw", String(state.outcome.score));
      }
    }
    if (state.data !== null) lms.set("cmi.suspend_data", state.data);
    if (state.location) lms.set("cmi.core.lesson_location", state.location);
    lms.commit();
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
    var index = lms.get("cmi.interactions._count");
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
      if (!lms.set(prefix + values[i][0], values[i][1], true)) keepsInteractions = false;
    }
  }

  function record(event) {
    if (event.type === "answer" && lms.session && recordsResults && keepsInteractions) recordInteraction(event.detail);
  }

  function timespan(milliseconds) {
    var seconds = Math.max(0, Math.round(milliseconds / 1000));
    var hours = Math.min(9999, Math.floor(seconds / 3600));
    function pad(number) { return number < 10 ? "0" + number : String(number); }
    return pad(hours) + ":" + pad(Math.floor(seconds % 3600 / 60)) + ":" + pad(seconds % 60);
  }

  function leave(staying) { lms.leave(staying, timespan); }

  report.connect({ suspendLimit: 4096, open: open, save: save, record: record, leave: leave });
})();

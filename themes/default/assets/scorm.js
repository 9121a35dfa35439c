// parley in an LMS: when the course runs from a SCORM 1.2 package, report completion and
// score, keep progress in the LMS so it follows the trainee, and offer to resume. With no
// LMS this does nothing. localStorage stays the source of truth: the LMS gets a copy, and
// a call the LMS refuses never loses anything kept in this browser.
(function () {
  "use strict";

  var parley = window.parley;
  var progress = window.parleyProgress;
  var course = window.parleyCourse;
  var body = document.body;
  if (!progress || !course || !body) return;

  var SUSPEND_LIMIT = 4096;   // cmi.suspend_data is a CMIString4096
  var LOCATION_LIMIT = 255;   // cmi.core.lesson_location is a CMIString255
  var page = body.getAttribute("data-page") || "";
  var sessionKey = "parley:" + (body.getAttribute("data-course") || "course") + ":lms-session";
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

  // Talking to the LMS. Every call is guarded: an LMS that throws is treated like one
  // that says "false".
  function isTrue(value) { return String(value) === "true"; }

  function errorCode() {
    try { return String(api.LMSGetLastError()); } catch (error) { return "101"; }
  }

  function errorText(code) {
    try { return String(api.LMSGetErrorString(code) || ""); } catch (error) { return ""; }
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
  var quiet = false;

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

  // A calm, dismissible notice at the top of the page, announced by a status region.
  var region = document.createElement("div");
  region.className = "lms-status";
  region.setAttribute("role", "status");
  var main = document.getElementById("main") || body;
  main.insertBefore(region, main.firstChild);

  function notice(name, fill, dismissible) {
    var box = region.querySelector('[data-notice="' + name + '"]');
    if (!box) {
      box = document.createElement("div");
      box.className = "callout lms-notice";
      box.setAttribute("data-notice", name);
      var text = document.createElement("p");
      box.appendChild(text);
      if (dismissible) {
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = parley.t("lms.dismiss");
        close.addEventListener("click", function () { box.remove(); main.focus(); });
        box.appendChild(close);
      }
      region.appendChild(box);
    }
    fill(box.querySelector("p"));
  }

  // `key`: the message, and key + "_code" the same with the LMS's reason and error code.
  function complain(key) {
    if (quiet) return;
    var code = errorCode();
    var reason = errorText(code);
    notice("problem", function (text) {
      text.textContent = reason ? parley.t(key + "_code", { reason: reason, code: code }) : parley.t(key);
    }, true);
  }

  // One LMS session lasts from LMSInitialize on the first page to LMSFinish when the
  // trainee leaves the course; every page in between is its own document, so the session
  // is remembered in sessionStorage and checked with a harmless LMSGetValue.
  function readSession() {
    try { return JSON.parse(window.sessionStorage.getItem(sessionKey) || "null"); } catch (error) { return null; }
  }

  function writeSession(session) {
    try {
      if (session) window.sessionStorage.setItem(sessionKey, JSON.stringify(session));
      else window.sessionStorage.removeItem(sessionKey);
    } catch (error) { /* storage off: each page starts a session */ }
  }

  function open() {
    var session = readSession();
    if (session && get("cmi.core.lesson_status") !== null) return { start: session.start, isNew: false };
    var started = false;
    try { started = isTrue(api.LMSInitialize("")); } catch (error) { started = false; }
    var code = started ? "0" : errorCode();
    // "false" with a working API means an earlier page already initialized it.
    if (!started && get("cmi.core.lesson_status") === null) {
      var reason = errorText(code);
      notice("problem", function (text) {
        text.textContent = reason ? parley.t("lms.no_connection_code", { reason: reason, code: code }) : parley.t("lms.no_connection");
      }, true);
      return null;
    }
    session = { start: started ? Date.now() : (session && session.start) || Date.now(), isNew: started };
    writeSession({ start: session.start });
    return session;
  }

  // Progress in cmi.suspend_data, within its 4096 characters: the whole snapshot when it
  // fits; else without the last attempt's answers and reflections' replies; else a compact
  // form: lessons done by their place in the course, each graded quiz's result and counts
  // of attempts, and the state of as many quizzes' attempts as fit, one under way first.
  // `parley export scorm` checks that the largest quiz's state always fits beside the rest
  // (SuspendData.swift counts this form's characters).
  function lean(record) {
    var kept = {};
    Object.keys(record).forEach(function (name) { if (name !== "last") kept[name] = record[name]; });
    if (record.current) {
      kept.current = { questions: record.current.questions, answers: clean(record.current.answers) };
      if (record.current.deadline) kept.current.deadline = record.current.deadline;
    }
    return kept;
  }

  // Answers as the LMS keeps them: typed text without control characters or broken
  // surrogate pairs (which JSON would escape into six characters each), at most 100 long.
  function clean(value) {
    if (typeof value === "string") {
      var kept = "";
      Array.from(value).forEach(function (character) {
        var code = character.charCodeAt(0);
        var broken = character.length === 1 && code >= 0xd800 && code <= 0xdfff;
        if (code >= 0x20 && !broken && kept.length + character.length <= 100) kept += character;
      });
      return kept;
    }
    if (Array.isArray(value)) return value.map(clean);
    if (value && typeof value === "object") {
      var copy = {};
      Object.keys(value).forEach(function (name) { copy[name] = clean(value[name]); });
      return copy;
    }
    return value;
  }

  function count(value) { return Math.min(9999, Math.max(0, Number(value) || 0)); }

  function compactEntry(record) {
    var result = progress.hasResult(record);
    // A record from before attempts were counted holds one attempt if it has a result, as quiz.js reads it.
    return [record.version, result ? record.best : -1, record.passed ? 1 : 0,
      count(record.attempts || (result ? 1 : 0)), count(record.failures)];
  }

  function compactState(record) {
    var current = record.current;
    return [(record.seen || []).join(","),
      current ? [current.questions.join(","), clean(current.answers || {}), current.deadline || 0] : 0];
  }

  function encode(snapshot) {
    var text = JSON.stringify(snapshot);
    if (text.length <= SUSPEND_LIMIT) return text;
    var quizzes = {};
    Object.keys(snapshot.quizzes).forEach(function (id) {
      if (snapshot.quizzes[id]) quizzes[id] = lean(snapshot.quizzes[id]);
    });
    text = JSON.stringify({ progress: snapshot.progress, quizzes: quizzes });
    if (text.length <= SUSPEND_LIMIT) return text;
    var done = snapshot.progress.done || {};
    var compact = {
      v: 3,
      d: course.lessons.map(function (id, index) { return done[id] ? index : -1; }).filter(function (index) { return index >= 0; }),
      q: course.quizzes.map(function (id) { return snapshot.quizzes[id] ? compactEntry(snapshot.quizzes[id]) : 0; })
    };
    text = JSON.stringify(compact);
    if (text.length > SUSPEND_LIMIT) return null;
    // Attempts under way first, then the rest, each only if it still fits.
    var order = course.quizzes.map(function (id, index) { return index; }).filter(function (index) { return compact.q[index]; });
    order.sort(function (a, b) {
      return (snapshot.quizzes[course.quizzes[b]].current ? 1 : 0) - (snapshot.quizzes[course.quizzes[a]].current ? 1 : 0);
    });
    order.forEach(function (index) {
      var entry = compact.q[index];
      compact.q[index] = entry.concat(compactState(snapshot.quizzes[course.quizzes[index]]));
      var longer = JSON.stringify(compact);
      if (longer.length <= SUSPEND_LIMIT) text = longer; else compact.q[index] = entry;
    });
    return text;
  }

  function decode(text) {
    var data;
    try { data = JSON.parse(text); } catch (error) { return null; }
    if (data && (data.v === 2 || data.v === 3)) {
      var snapshot = { progress: { done: {} }, quizzes: {} };
      (data.d || []).forEach(function (index) { if (course.lessons[index]) snapshot.progress.done[course.lessons[index]] = true; });
      (data.q || []).forEach(function (entry, index) {
        if (!Array.isArray(entry) || !course.quizzes[index]) return;
        var record = { version: entry[0] };
        if (entry[1] >= 0) { record.best = entry[1]; record.passed = !!entry[2]; }
        if (data.v === 3) {
          record.attempts = count(entry[3]);
          record.failures = count(entry[4]);
        }
        if (typeof entry[5] === "string") record.seen = entry[5] ? entry[5].split(",") : [];
        var current = entry[6];
        if (Array.isArray(current) && typeof current[0] === "string") {
          record.current = { questions: current[0] ? current[0].split(",") : [], answers: current[1] || {} };
          if (current[2]) record.current.deadline = current[2];
        }
        snapshot.quizzes[course.quizzes[index]] = record;
      });
      return snapshot;
    }
    return data && data.progress && data.progress.done ? data : null;
  }

  // What the LMS kept, added to what this browser has: done lessons from both; for each
  // quiz the better of the two results, the higher counts of attempts and failures (a
  // limit on attempts follows the trainee), and the attempt under way here, else there.
  function merge(local, saved) {
    var merged = { progress: {}, quizzes: {} };
    Object.keys(local.progress).forEach(function (key) { merged.progress[key] = local.progress[key]; });
    merged.progress.done = {};
    [local.progress.done || {}, saved.progress.done || {}].forEach(function (done) {
      Object.keys(done).forEach(function (id) { if (done[id]) merged.progress.done[id] = true; });
    });
    Object.keys(local.quizzes || {}).forEach(function (id) { merged.quizzes[id] = local.quizzes[id]; });
    Object.keys(saved.quizzes || {}).forEach(function (id) {
      var mine = merged.quizzes[id], theirs = saved.quizzes[id];
      if (!theirs) return;
      if (!mine) { merged.quizzes[id] = theirs; return; }
      var better = !progress.hasResult(theirs) ? mine :
        (!progress.hasResult(mine) || (theirs.passed && !mine.passed) || (!!theirs.passed === !!mine.passed && theirs.best > mine.best)) ? theirs : mine;
      var record = {};
      Object.keys(better).forEach(function (name) { record[name] = better[name]; });
      record.attempts = Math.max(count(mine.attempts), count(theirs.attempts));
      record.failures = Math.max(count(mine.failures), count(theirs.failures));
      record.seen = (mine.seen || []).length >= (theirs.seen || []).length ? mine.seen || [] : theirs.seen;
      // An attempt under way there is older than this browser's last one when fewer were made there.
      var current = mine.current || (count(theirs.attempts) >= count(mine.attempts) ? theirs.current : null);
      if (current) record.current = current; else delete record.current;
      merged.quizzes[id] = record;
    });
    return merged;
  }

  // Completion and score from the graded quizzes, or from the lessons when there are none.
  function result(snapshot) {
    if (course.quizzes.length) {
      var records = course.quizzes.map(function (id) { return snapshot.quizzes[id]; });
      if (!records.every(progress.hasResult)) return { status: "incomplete" };
      var total = records.reduce(function (sum, record) { return sum + (Number(record.best) || 0); }, 0);
      return {
        status: records.every(function (record) { return record.passed; }) ? "passed" : "failed",
        score: Math.max(0, Math.min(100, Math.round(total / records.length)))
      };
    }
    var done = snapshot.progress.done || {};
    return { status: course.lessons.every(function (id) { return done[id]; }) ? "completed" : "incomplete" };
  }

  var recordsResults = true;
  var tooBigShown = false;

  function report() {
    var snapshot = progress.snapshot();
    var outcome = result(snapshot);
    if (recordsResults) {
      var current = held["cmi.core.lesson_status"] || "not attempted";
      if ((rank[outcome.status] || 0) >= (rank[current] || 0)) set("cmi.core.lesson_status", outcome.status);
      var recorded = Number(held["cmi.core.score.raw"]);
      if (outcome.score !== undefined && !(outcome.score < recorded)) {
        set("cmi.core.score.min", "0");
        set("cmi.core.score.max", "100");
        set("cmi.core.score.raw", String(outcome.score));
      }
    }
    var data = encode(snapshot);
    if (data !== null) {
      set("cmi.suspend_data", data);
    } else if (!tooBigShown && !quiet) {
      tooBigShown = true;
      notice("size", function (text) {
        text.textContent = parley.t("lms.too_large");
      }, true);
    }
    commit();
  }

  // Leaving: a link or form to another page of the course keeps the session open;
  // anything else (the LMS closing the course, the window closing, a page elsewhere)
  // finishes it.
  var root = new URL(body.getAttribute("data-root") || "./", window.location.href).href;
  var toCoursePage = false;

  function isCoursePage(address) {
    try {
      var target = new URL(address, window.location.href);
      var here = new URL(window.location.href);
      target.hash = "";
      here.hash = "";
      return target.href.indexOf(root) === 0 && target.href !== here.href;
    } catch (error) {
      return false;
    }
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    toCoursePage = isCoursePage(link.href);
  });

  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented) return;
    toCoursePage = isCoursePage(event.target.getAttribute("action") || window.location.href);
  });

  // Back and Forward inside the LMS frame, where the browser has the Navigation API;
  // elsewhere they cannot be told apart from the LMS closing the course.
  if (window.navigation && typeof window.navigation.addEventListener === "function") {
    window.navigation.addEventListener("navigate", function (event) {
      if (event.navigationType !== "traverse" || !event.destination || event.destination.sameDocument) return;
      toCoursePage = isCoursePage(event.destination.url);
    });
  }

  function timespan(milliseconds) {
    var seconds = Math.max(0, Math.round(milliseconds / 1000));
    var hours = Math.min(9999, Math.floor(seconds / 3600));
    function pad(number) { return number < 10 ? "0" + number : String(number); }
    return pad(hours) + ":" + pad(Math.floor(seconds % 3600 / 60)) + ":" + pad(seconds % 60);
  }

  var session = null;

  function finish() {
    quiet = true;
    set("cmi.core.session_time", timespan(Date.now() - session.start));
    try { api.LMSFinish(""); } catch (error) { /* the LMS is going away too */ }
    writeSession(null);
    session = null;
  }

  window.addEventListener("pagehide", function () {
    if (!session) return;
    if (toCoursePage) {
      quiet = true;
      commit();
    } else {
      finish();
    }
  });

  // Back from the back-forward cache: pick the session up again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && !session) {
      quiet = false;
      toCoursePage = false;
      start();
    }
  });

  // Only a page path as parley writes them (`module/lesson/`), never a URL from elsewhere.
  function offerResume(bookmark) {
    if (!bookmark || bookmark === page || !/^[^\/\\:?#][^\\:?#]*\/$/.test(bookmark) || /(^|\/)\.\.?\//.test(bookmark)) return;
    notice("resume", function (text) {
      text.textContent = parley.t("lms.welcome_back") + " ";
      var link = document.createElement("a");
      link.href = (body.getAttribute("data-root") || "") + bookmark + "index.html";
      link.textContent = parley.t("lms.resume");
      text.appendChild(link);
    }, false);
  }

  function start() {
    session = open();
    if (!session) return;
    held = {};
    var status = get("cmi.core.lesson_status");
    if (status) held["cmi.core.lesson_status"] = status;
    var saved = get("cmi.suspend_data");
    if (saved) held["cmi.suspend_data"] = saved;
    var bookmark = get("cmi.core.lesson_location");
    if (bookmark !== null) held["cmi.core.lesson_location"] = bookmark;
    var raw = get("cmi.core.score.raw");
    if (raw) held["cmi.core.score.raw"] = raw;
    // In review mode the LMS records nothing new about completion.
    recordsResults = get("cmi.core.lesson_mode") !== "review";

    var restored = saved ? decode(saved) : null;
    if (restored) {
      var local = progress.snapshot();
      var merged = merge(local, restored);
      if (JSON.stringify(merged) !== JSON.stringify(local)) progress.restore(merged);
    }
    set("cmi.core.exit", "suspend");
    if (page && page !== "404.html" && page.length <= LOCATION_LIMIT) set("cmi.core.lesson_location", page);
    report();
    if (session.isNew && page === "") offerResume(bookmark);
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
    "fill-in": function (response) { return clean(String(response[0] || "")).slice(0, 255); }
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

  document.addEventListener("parley:answer", function (event) {
    if (session && recordsResults && keepsInteractions && event.detail) recordInteraction(event.detail);
  });

  progress.onChange(function () { if (session) report(); });
  start();
})();

// parley's reporter: what every exported package shares, whichever standard it reports to
// (SCORM 1.2, SCORM 2004, xAPI, cmi5). Only `parley export …` puts this script and one
// adapter (report-<standard>.js) in the pages: a plain site build has neither, reports
// nothing and makes no request.
//
// It keeps localStorage the source of truth: the LMS or the learning record store gets a
// copy, and a call refused never loses anything kept in this browser. It gathers what the
// trainee does (pages viewed, lessons marked done, quiz answers and results, scenario
// choices and endings), works out the course's result, keeps progress in as many
// characters as the standard allows, tells a course page from leaving the course, and
// shows calm notices. An adapter does the talking:
//
//   window.parleyReport.connect({
//     suspendLimit: 4096,           // characters the standard keeps for progress (or Infinity)
//     open: function () {},         // → { saved, bookmark, mode, mastery, isNew } or null, or a promise of it
//     save: function (state) {},    // state: { outcome, data, location }, after every change
//     record: function (event) {},  // one thing the trainee did, see `events` below
//     leave: function (staying) {}  // the page goes; `staying`: to another page of the course
//   });
(function () {
  "use strict";

  var parley = window.parley;
  var progress = window.parleyProgress;
  var course = window.parleyCourse;
  var body = document.body;
  if (!parley || !progress || !course || !body) return;

  var LOCATION_LIMIT = 255;
  var page = body.getAttribute("data-page") || "";
  var courseID = body.getAttribute("data-course") || "course";
  var rootHref = body.getAttribute("data-root") || "";
  var root = new URL(rootHref || "./", window.location.href).href;

  // ---- Notices: a calm, dismissible box at the top of the page, announced by a status region

  var region = null;
  var main = document.getElementById("main") || body;

  function notice(name, fill, dismissible) {
    if (!region) {
      region = document.createElement("div");
      region.className = "lms-status";
      region.setAttribute("role", "status");
      main.insertBefore(region, main.firstChild);
    }
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

  function clearNotice(name) {
    var box = region && region.querySelector('[data-notice="' + name + '"]');
    if (box) box.remove();
  }

  var quiet = false;

  // `key`: the message; key + "_code" the same with the system's reason and error code.
  function complain(key, reason, code) {
    if (quiet) return;
    notice("problem", function (text) {
      text.textContent = reason ? parley.t(key + "_code", { reason: reason, code: code }) : parley.t(key);
    }, true);
  }

  // ---- Progress as text, within what the standard keeps

  // Answers as an LMS keeps them: typed text without control characters or broken
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

  function lean(record) {
    var kept = {};
    Object.keys(record).forEach(function (name) { if (name !== "last") kept[name] = record[name]; });
    if (record.current) {
      kept.current = { questions: record.current.questions, answers: clean(record.current.answers) };
      if (record.current.deadline) kept.current.deadline = record.current.deadline;
    }
    return kept;
  }

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

  // The whole snapshot when it fits in `limit` characters; else without the last attempt's
  // answers and reflections' replies; else a compact form: lessons done by their place in
  // the course, each graded quiz's result and counts of attempts, and the state of as many
  // quizzes' attempts as fit, one under way first. `parley export scorm` checks that the
  // largest quiz's state always fits beside the rest (SuspendData.swift counts this form).
  function encode(snapshot, limit) {
    var text = JSON.stringify(snapshot);
    if (text.length <= limit) return text;
    var quizzes = {};
    Object.keys(snapshot.quizzes).forEach(function (id) {
      if (snapshot.quizzes[id]) quizzes[id] = lean(snapshot.quizzes[id]);
    });
    text = JSON.stringify({ progress: snapshot.progress, quizzes: quizzes });
    if (text.length <= limit) return text;
    var done = snapshot.progress.done || {};
    var compact = {
      v: 3,
      d: course.lessons.map(function (id, index) { return done[id] ? index : -1; }).filter(function (index) { return index >= 0; }),
      q: course.quizzes.map(function (id) { return snapshot.quizzes[id] ? compactEntry(snapshot.quizzes[id]) : 0; })
    };
    text = JSON.stringify(compact);
    if (text.length > limit) return null;
    // Attempts under way first, then the rest, each only if it still fits.
    var order = course.quizzes.map(function (id, index) { return index; }).filter(function (index) { return compact.q[index]; });
    order.sort(function (a, b) {
      return (snapshot.quizzes[course.quizzes[b]].current ? 1 : 0) - (snapshot.quizzes[course.quizzes[a]].current ? 1 : 0);
    });
    order.forEach(function (index) {
      var entry = compact.q[index];
      compact.q[index] = entry.concat(compactState(snapshot.quizzes[course.quizzes[index]]));
      var longer = JSON.stringify(compact);
      if (longer.length <= limit) text = longer; else compact.q[index] = entry;
    });
    return text;
  }

  function decode(text) {
    var data;
    try { data = typeof text === "string" ? JSON.parse(text) : text; } catch (error) { return null; }
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

  // The course's result: every lesson done (`lessonsDone`), every graded quiz with a result
  // (`judged`), all of them passed (`passed`), and the mean of their best scores (`score`,
  // 0–100). Without graded quizzes a course is judged by its lessons alone.
  function outcome(snapshot) {
    var done = snapshot.progress.done || {};
    var result = { lessonsDone: course.lessons.every(function (id) { return done[id]; }), hasQuizzes: course.quizzes.length > 0 };
    var records = course.quizzes.map(function (id) { return snapshot.quizzes[id]; });
    result.judged = records.every(progress.hasResult);
    result.completed = result.lessonsDone && result.judged;
    // How far along, 0–1: lessons done and graded quizzes with a result, of all of them.
    var items = course.lessons.length + records.length;
    var reached = course.lessons.filter(function (id) { return done[id]; }).length + records.filter(progress.hasResult).length;
    result.progress = items ? reached / items : 1;
    // Attempts submitted at graded quizzes: grows with every new result.
    result.attempts = records.reduce(function (sum, record) { return sum + (record ? count(record.attempts || (progress.hasResult(record) ? 1 : 0)) : 0); }, 0);
    if (result.hasQuizzes && result.judged) {
      var total = records.reduce(function (sum, record) { return sum + (Number(record.best) || 0); }, 0);
      result.score = Math.max(0, Math.min(100, Math.round(total / records.length)));
      result.passed = records.every(function (record) { return record.passed; });
    }
    return result;
  }

  // ---- Where the trainee goes: another page of the course keeps the session open;
  // anything else (the LMS closing the course, the window closing, a page elsewhere) ends it.

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

  // Reloading with the keyboard stays in the course.
  document.addEventListener("keydown", function (event) {
    var key = event.key && event.key.toLowerCase();
    if (key === "f5" || (key === "r" && (event.ctrlKey || event.metaKey))) toCoursePage = true;
  });

  // Back, Forward and a reload the page asks for, where the browser has the Navigation
  // API; elsewhere (and a reload from the toolbar) they cannot be told apart from the LMS
  // closing the course.
  if (window.navigation && typeof window.navigation.addEventListener === "function") {
    window.navigation.addEventListener("navigate", function (event) {
      if (event.navigationType === "reload") { toCoursePage = true; return; }
      if (event.navigationType !== "traverse" || !event.destination || event.destination.sameDocument) return;
      toCoursePage = isCoursePage(event.destination.url);
    });
  }

  // ---- Small things adapters share

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (byte) { return (byte + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  // An ISO 8601 duration, as xAPI and SCORM 2004 take it: "PT1H2M3.5S".
  function duration(milliseconds) {
    var centiseconds = Math.max(0, Math.round(milliseconds / 10));
    var hours = Math.floor(centiseconds / 360000);
    var minutes = Math.floor(centiseconds % 360000 / 6000);
    var seconds = centiseconds % 6000 / 100;
    return "PT" + (hours ? hours + "H" : "") + (minutes ? minutes + "M" : "") + seconds + "S";
  }

  // Kept in this tab only, by name: an LMS session spans pages of the course.
  var tab = {
    read: function (name) {
      try { return JSON.parse(window.sessionStorage.getItem("parley:" + courseID + ":" + name) || "null"); } catch (error) { return null; }
    },
    write: function (name, value) {
      try {
        if (value === null || value === undefined) window.sessionStorage.removeItem("parley:" + courseID + ":" + name);
        else window.sessionStorage.setItem("parley:" + courseID + ":" + name, JSON.stringify(value));
      } catch (error) { /* storage off: each page starts over */ }
    }
  };

  // Kept in this browser, by name: what must outlast the tab (statements not yet sent).
  var kept = {
    read: function (name) {
      try { return JSON.parse(window.localStorage.getItem("parley:" + courseID + ":" + name) || "null"); } catch (error) { return null; }
    },
    write: function (name, value) {
      try {
        if (value === null || value === undefined) window.localStorage.removeItem("parley:" + courseID + ":" + name);
        else window.localStorage.setItem("parley:" + courseID + ":" + name, JSON.stringify(value));
        return true;
      } catch (error) { return false; }
    }
  };

  // The page's own title (its first heading), else the document's.
  function pageTitle() {
    var heading = document.querySelector("main h1, h1");
    return ((heading && heading.textContent) || document.title || page).replace(/\s+/g, " ").trim();
  }

  // Only a page path as parley writes them (`module/lesson/`), never a URL from elsewhere.
  function offerResume(bookmark) {
    if (!bookmark || bookmark === page || !/^[^\/\\:?#][^\\:?#]*\/$/.test(bookmark) || /(^|\/)\.\.?\//.test(bookmark)) return;
    notice("resume", function (text) {
      text.textContent = parley.t("lms.welcome_back") + " ";
      var link = document.createElement("a");
      link.href = rootHref + bookmark + "index.html";
      link.textContent = parley.t("lms.resume");
      text.appendChild(link);
    }, false);
  }

  // ---- The connection: opening, restoring, reporting every change, leaving

  var adapter = null;
  var opened = null;
  var waiting = [];
  var known = {};
  var restoring = false;

  // An event goes to the adapter at once when it can record before the connection is open
  // (`ready`), so a trainee who leaves a page within a second loses nothing; else it
  // waits for the connection.
  function tell(event) {
    if (!adapter) return;
    if (!opened && !(adapter.ready && adapter.ready())) { waiting.push(event); return; }
    try { adapter.record(event); } catch (error) { /* an adapter's mistake must not stop the course */ }
  }

  function save() {
    if (!opened) return;
    var snapshot = progress.snapshot();
    var data = encode(snapshot, adapter.suspendLimit || Infinity);
    if (data === null && !quiet) {
      notice("size", function (text) { text.textContent = parley.t("lms.too_large"); }, true);
    }
    var location = page && page !== "404.html" && page.length <= LOCATION_LIMIT ? page : null;
    adapter.save({ outcome: outcome(snapshot), data: data, location: location });
  }

  // Lessons marked done since the page was opened (or since the last change).
  function newlyDone() {
    var done = progress.snapshot().progress.done || {};
    var fresh = course.lessons.filter(function (id) { return done[id] && !known[id]; });
    known = {};
    Object.keys(done).forEach(function (id) { if (done[id]) known[id] = true; });
    return fresh;
  }

  function begin(result) {
    // Lessons the trainee marked done while the connection opened are told; what the LMS
    // brings back below is not news.
    doneSinceLoad();
    opened = result;
    if (!opened) { waiting = []; return; }
    var restored = opened.saved ? decode(opened.saved) : null;
    if (restored) {
      var local = progress.snapshot();
      var merged = merge(local, restored);
      if (JSON.stringify(merged) !== JSON.stringify(local)) {
        restoring = true;
        progress.restore(merged);
        restoring = false;
      }
    }
    newlyDone();
    var held = waiting;
    waiting = [];
    held.forEach(tell);
    save();
    if (opened.isNew && page === "") offerResume(opened.bookmark);
  }

  function doneSinceLoad() {
    newlyDone().forEach(function (id) { tell({ type: "done", page: id, title: id === page ? pageTitle() : id }); });
  }

  function connect(chosen) {
    if (adapter) return;
    adapter = chosen;
    newlyDone();
    var result;
    try { result = adapter.open(); } catch (error) { result = null; }
    // What the last page could not hand over before it went (its connection was still
    // opening) comes first.
    var left = tab.read("waiting");
    tab.write("waiting", null);
    if (Array.isArray(left)) left.forEach(tell);
    if ((course.pages || course.lessons).indexOf(page) >= 0) {
      // The kind of page (`lesson`, `quiz`, `scenario`…) from the body's `page-<kind>` class.
      var kind = /(?:^|\s)page-([\w-]+)/.exec(body.className);
      tell({ type: "viewed", page: page, title: pageTitle(), kind: kind ? kind[1] : "lesson" });
    }
    if (result && typeof result.then === "function") result.then(begin, function () { begin(null); });
    else begin(result);
  }

  progress.onChange(function () {
    if (!adapter || restoring) return;
    doneSinceLoad();
    save();
  });

  document.addEventListener("parley:answer", function (event) {
    if (event.detail) tell({ type: "answer", detail: event.detail, page: page, title: pageTitle() });
  });
  document.addEventListener("parley:quiz", function (event) {
    if (event.detail) tell({ type: "quiz", detail: event.detail, page: page, title: pageTitle() });
  });
  document.addEventListener("parley:scenario", function (event) {
    if (event.detail) tell({ type: event.detail.type, detail: event.detail, page: page, title: pageTitle() });
  });

  window.addEventListener("pagehide", function () {
    // Events still waiting for the connection go to the next page of the course.
    if (waiting.length) {
      tab.write("waiting", waiting);
      waiting = [];
    }
    if (!opened) return;
    quiet = true;
    try { adapter.leave(toCoursePage); } catch (error) { /* leaving anyway */ }
    if (!toCoursePage) opened = null;
  });

  // Back from the back-forward cache: pick the session up again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted || opened || !adapter) return;
    quiet = false;
    toCoursePage = false;
    var chosen = adapter;
    adapter = null;
    connect(chosen);
  });

  window.parleyReport = {
    connect: connect,
    clearNotice: clearNotice,
    complain: complain,
    clean: clean,
    uuid: uuid,
    duration: duration,
    tab: tab,
    kept: kept,
    courseID: courseID,
    course: course
  };
})();

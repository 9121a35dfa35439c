// Talking to an LMS's SCORM run-time API, for the SCORM 1.2 and SCORM 2004 packages:
// finding the API, every call guarded (an LMS that throws is treated like one that says
// "false"), only changed values sent, and one LMS session across the pages of the course.
// report-scorm12.js and report-scorm2004.js name the calls and elements of their edition.
(function () {
  "use strict";

  var report = window.parleyReport;
  if (!report) return;

  // `edition`: { api: "API", levels: 7, calls: { initialize: "LMSInitialize", … },
  // probe: an element any session can read }. Returns null when there is no LMS.
  function connect(edition) {
    var calls = edition.calls;

    // The API discovery algorithm of the run-time environment: this window and its
    // parents, then the opener and its parents. A window of another origin cannot be
    // searched and ends that chain.
    function search(win) {
      for (var level = 0; win && level <= edition.levels; level++) {
        try {
          var found = win[edition.api];
          if (found && typeof found[calls.initialize] === "function") return found;
          if (!win.parent || win.parent === win) return null;
          win = win.parent;
        } catch (error) {
          return null;
        }
      }
      return null;
    }

    var api = search(window);
    try {
      if (!api && window.opener) api = search(window.opener);
      if (!api && window.top.opener && window.top.opener !== window.opener) api = search(window.top.opener);
    } catch (error) { /* an opener of another origin */ }
    if (!api) return null;

    function call(name, argument, second) {
      try { return arguments.length > 2 ? api[calls[name]](argument, second) : api[calls[name]](argument); } catch (error) { return undefined; }
    }

    function isTrue(value) { return String(value) === "true"; }

    function errorCode() {
      var code = call("lastError");
      return code === undefined ? "101" : String(code);
    }

    function errorText(code) {
      return String(call("errorString", code) || "");
    }

    var lms = {
      // What the LMS holds, as far as this page knows, so only changes are sent.
      held: {},
      changed: false,
      session: null,

      complain: function (key) {
        var code = errorCode();
        report.complain(key, errorText(code), code);
      },

      get: function (element) {
        var value = call("getValue", element);
        if (value === undefined) return null;
        return errorCode() === "0" ? String(value === null ? "" : value) : null;
      },

      // `quietly`: an optional element the LMS may not keep (an interaction's parts).
      set: function (element, value, quietly) {
        value = String(value);
        if (lms.held[element] === value) return true;
        var accepted = isTrue(call("setValue", element, value));
        if (accepted) {
          lms.held[element] = value;
          lms.changed = true;
        } else if (!quietly) {
          lms.complain("lms.update_refused");
        }
        return accepted;
      },

      commit: function () {
        if (!lms.changed) return;
        if (isTrue(call("commit", ""))) lms.changed = false; else lms.complain("lms.save_failed");
      },

      // One LMS session lasts from the initialize call on the first page to the finish
      // call when the trainee leaves the course; every page in between is its own
      // document, so the session is remembered in sessionStorage and checked with a
      // harmless read. Returns the session, or null when the LMS cannot be reached.
      open: function () {
        var saved = report.tab.read("lms-session");
        if (saved && lms.get(edition.probe) !== null) {
          lms.session = { start: saved.start, isNew: false };
        } else {
          var started = isTrue(call("initialize", ""));
          var code = started ? "0" : errorCode();
          // Refused with a working API: an earlier page already initialized it.
          if (!started && lms.get(edition.probe) === null) {
            report.complain("lms.no_connection", errorText(code), code);
            return null;
          }
          lms.session = { start: started ? Date.now() : (saved && saved.start) || Date.now(), isNew: started };
          report.tab.write("lms-session", { start: lms.session.start });
        }
        lms.held = {};
        return lms.session;
      },

      // Reads elements into `held`, so values the LMS already has are not sent again.
      hold: function (elements) {
        elements.forEach(function (element) {
          var value = lms.get(element);
          if (value) lms.held[element] = value;
        });
      },

      // To another page of the course: save now and keep the session. Anything else sets
      // the session time and ends it.
      leave: function (staying, sessionTime) {
        if (!lms.session) return;
        if (staying) {
          lms.commit();
          return;
        }
        lms.set(edition.sessionTime, sessionTime(Date.now() - lms.session.start), true);
        lms.commit();
        call("finish", "");
        report.tab.write("lms-session", null);
        lms.session = null;
      }
    };
    return lms;
  }

  window.parleySCORM = connect;
})();

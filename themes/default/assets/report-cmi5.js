// parley as one cmi5 assignable unit (`parley export cmi5`, cmi5.xml): the LMS opens
// index.html with `endpoint`, `fetch`, `actor`, `registration` and `activityId`. The AU
// fetches its token once, reads LMS.LaunchData from the State API, and sends the cmi5
// defined statements for the whole course: initialized first, completed when every lesson
// is done, passed or failed against the mastery score, terminated last. What the trainee
// does inside (pages, answers, quiz results, scenario choices) goes as cmi5 allowed
// statements with the launch's context; their verbs are never the five cmi5 keeps for the
// AU (a lesson done is "progressed", a quiz's result "scored").
(function () {
  "use strict";

  var report = window.parleyReport;
  var LRS = window.parleyLRS;
  if (!report || !LRS) return;

  var CMI5 = "https://w3id.org/xapi/cmi5/context/";
  var VERBS = "http://adlnet.gov/expapi/verbs/";

  // The launch: from the query on the first page, then from this tab's memory. A reload of
  // the first page keeps its session (the fetch URL gives a token only once).
  var params = new URLSearchParams(window.location.search);
  var saved = report.tab.read("cmi5-session");
  var session = null;
  if (params.get("fetch") && params.get("endpoint")) {
    session = saved && saved.fetch === params.get("fetch") ? saved : {
      endpoint: params.get("endpoint"), fetch: params.get("fetch"), actor: params.get("actor"),
      registration: params.get("registration"), activity: params.get("activityId")
    };
  } else {
    session = saved;
  }
  if (!session) return;
  // A page loaded after the session ended (a reload from the browser's toolbar looks like
  // leaving) reports nothing: only the LMS can start a new session, with a new launch.
  if (session.ended) {
    report.complain("lms.no_connection");
    return;
  }

  var actor = LRS.agent(session.actor);
  if (!actor || !session.registration || !session.activity || !/^https?:/i.test(session.endpoint)) {
    report.complain("lms.no_connection");
    return;
  }

  function remember() { report.tab.write("cmi5-session", session); }

  var lrs = null;
  // Whether statements can be made: the token and the launch's context template are known.
  var live = false;
  var mastery = null;
  var normal = true;

  // The token, fetched once per session (8.2): a POST to the fetch URL.
  function token() {
    if (session.auth) return Promise.resolve(session.auth);
    return window.fetch(session.fetch, { method: "POST", credentials: "omit", cache: "no-store" })
      .then(function (answer) { return answer.json(); })
      .then(function (body) {
        if (!body || typeof body["auth-token"] !== "string") throw new Error(body && body["error-text"] || "no token");
        session.auth = "Basic " + body["auth-token"];
        remember();
        return session.auth;
      });
  }

  function au() {
    return { objectType: "Activity", id: session.activity, definition: { name: lrs.course().definition.name } };
  }

  // A cmi5 defined statement: the AU as its object, the cmi5 category, and moveOn's for
  // completed, passed and failed.
  function defined(verb, result) {
    var categories = [{ objectType: "Activity", id: "https://w3id.org/xapi/cmi5/context/categories/cmi5" }];
    if (verb === "completed" || verb === "passed" || verb === "failed") {
      categories.push({ objectType: "Activity", id: "https://w3id.org/xapi/cmi5/context/categories/moveon" });
    }
    var extensions = {};
    if (mastery !== null && (verb === "passed" || verb === "failed")) extensions[CMI5 + "extensions/masteryscore"] = mastery;
    return lrs.statement(VERBS + verb, au(), result, { contextActivities: { category: categories }, extensions: extensions });
  }

  function duration() { return report.duration(Date.now() - session.start); }

  // Once per registration: completed and passed (9.3). Kept in this browser and in the
  // LRS's state document, so another browser knows too.
  var onceKey = "cmi5-sent:" + session.registration;
  var sent = report.kept.read(onceKey) || {};

  // The client for this launch: pages, questions and scenarios are named from the
  // course's own IRI, the same in every LMS; the AU is the activity the LMS launched.
  function client() {
    return new LRS({ endpoint: session.endpoint, auth: session.auth, actor: actor, registration: session.registration,
      activity: report.course.activity, stateActivity: session.activity,
      verbs: { completed: VERBS + "progressed", passed: VERBS + "scored", failed: VERBS + "scored" } });
  }

  function connectTo(data) {
    lrs = lrs || client();
    // The LMS must give one (10.2.1); an LMS that forgets still gets its statements.
    lrs.template = data.contextTemplate && typeof data.contextTemplate === "object" ? data.contextTemplate : {};
    normal = (data.launchMode || "Normal") === "Normal";
    mastery = typeof data.masteryScore === "number" ? data.masteryScore : null;
    live = true;
    offerExit(data.returnURL);
  }

  // With a return address the LMS wants the trainee sent back when the AU ends (10.2.6):
  // an "Exit course" link in the site's menu leaves the course, which ends the session,
  // and goes there.
  function offerExit(address) {
    if (typeof address !== "string" || !/^https?:\/\//i.test(address)) return;
    var list = document.querySelector(".site-nav ul");
    if (!list || list.querySelector(".exit-link")) return;
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.className = "exit-link";
    link.href = address;
    link.target = "_self";
    link.textContent = window.parley.t("lms.exit");
    item.appendChild(link);
    list.appendChild(item);
  }

  // After the first page the token and the launch data are known: statements can be made
  // from the first moment.
  if (session.auth && session.launchData && session.start) connectTo(session.launchData);

  function ready() { return live && !session.ended; }

  function open() {
    if (session.ended) return null;
    if (live) {
      lrs.flush();
      return lrs.readProgress(sent, false);
    }
    return token().then(function () {
      lrs = client();
      return lrs.readState("LMS.LaunchData");
    }).then(function (data) {
      if (!data || typeof data !== "object") {
        lrs = null;
        report.complain("lms.no_connection");
        return null;
      }
      connectTo(data);
      session.launchData = data;
      var isNew = !session.start;
      if (isNew) session.start = Date.now();
      remember();
      if (isNew) lrs.send([defined("initialized")]);
      else lrs.flush();
      return lrs.readProgress(sent, isNew);
    }, function (error) {
      lrs = null;
      report.complain("lms.no_connection_code", String(error && error.message || error), "fetch");
      return null;
    });
  }

  // The course's result as last saved, and whether a graded quiz has been submitted since
  // it was last judged (only a new result can be reported as failed).
  var lastOutcome = null;

  function judge(outcome) {
    if (!normal) return;
    if (outcome.lessonsDone && !sent.completed) {
      sent.completed = true;
      lrs.send([defined("completed", { completion: true, duration: duration() })]);
    }
    if (outcome.judged && outcome.score !== undefined) {
      // The LMS's mastery score, when it gives one, decides; else every graded quiz's pass mark.
      var passes = mastery !== null ? outcome.score / 100 >= mastery : outcome.passed;
      // One of passed and failed per session; passed once per registration, and no failed after it.
      if (passes && !sent.passed && !session.failed) {
        sent.passed = true;
        lrs.send([defined("passed", { score: LRS.score(outcome.score), success: true, duration: duration() })]);
      } else if (!passes && session.submitted && !sent.passed && !session.failed) {
        session.failed = true;
        lrs.send([defined("failed", { score: LRS.score(outcome.score), success: false, duration: duration() })]);
      }
      session.submitted = false;
      remember();
    }
    report.kept.write(onceKey, sent);
  }

  function save(state) {
    lastOutcome = state.outcome;
    judge(state.outcome);
    lrs.keepState({ data: state.data, location: state.location, sent: sent });
  }

  function record(event) {
    if (event.type === "quiz" && event.detail.graded) {
      session.submitted = true;
      remember();
    }
    lrs.record(event, session, remember);
    if (event.type === "quiz" && lastOutcome) judge(lastOutcome);
  }

  // Leaving the course ends the session: terminated last, and what is queued goes with
  // requests that outlive the page.
  function leave(staying) {
    if (staying) return;
    lrs.enqueue([defined("terminated", { duration: duration() })]);
    lrs.flushOnLeaving();
    session.ended = true;
    remember();
  }

  report.connect({ suspendLimit: Infinity, open: open, ready: ready, save: save, record: record, leave: leave });
})();

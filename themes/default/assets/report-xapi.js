// parley launched from an xAPI package (`parley export xapi`, tincan.xml): the LMS opens
// index.html with `endpoint`, `auth`, `actor`, `registration` and `activity_id` in the
// query. Statements go to that learning record store: initialized and terminated per
// session, experienced per page viewed, completed per lesson done, answered per question,
// passed or failed per quiz, responded per scenario choice and completed per ending, and
// completed and passed once for the course. Progress is kept in the State API.
(function () {
  "use strict";

  var report = window.parleyReport;
  var LRS = window.parleyLRS;
  if (!report || !LRS) return;

  // The launch: from the query on the first page, then from this tab's memory, since
  // links inside the course carry no query.
  var params = new URLSearchParams(window.location.search);
  var saved = report.tab.read("xapi-session");
  var session = null;
  if (params.get("endpoint") && params.get("actor")) {
    var launch = {
      endpoint: params.get("endpoint"), auth: params.get("auth") || "", actor: params.get("actor"),
      registration: params.get("registration") || null, activity: params.get("activity_id") || report.course.activity
    };
    var same = saved && ["endpoint", "auth", "actor", "registration", "activity"].every(function (name) { return saved[name] === launch[name]; });
    session = same ? saved : launch;
  } else {
    session = saved;
  }
  if (!session) return;
  // A page loaded after the session ended in this tab (a reload from the browser's
  // toolbar looks like leaving): a new session of the same launch.
  if (session.ended) {
    delete session.ended;
    delete session.start;
    delete session.viewed;
  }
  var isNew = !session.start;
  if (isNew) session.start = Date.now();

  var actor = LRS.agent(session.actor);
  if (!actor || !/^https?:/i.test(session.endpoint)) {
    report.complain("lms.no_connection");
    return;
  }
  function remember() { report.tab.write("xapi-session", session); }
  remember();

  var lrs = new LRS({ endpoint: session.endpoint, auth: session.auth, actor: actor,
    registration: session.registration, activity: session.activity });

  // What the course has told the LRS once and for all (per registration): completed,
  // passed. Kept in this browser and in the LRS's state document.
  var onceKey = "xapi-sent:" + (session.registration || session.activity);
  var sent = report.kept.read(onceKey) || {};

  function open() {
    // Back from the back-forward cache after leaving: a new session.
    if (session.ended) {
      isNew = true;
      delete session.ended;
      delete session.viewed;
      session.start = Date.now();
      remember();
    }
    if (isNew) lrs.send([lrs.statement("initialized", lrs.course())]);
    else lrs.flush();
    return lrs.readProgress(sent, isNew);
  }

  function duration() { return report.duration(Date.now() - session.start); }

  function once(name, statement) {
    if (sent[name]) return;
    sent[name] = true;
    report.kept.write(onceKey, sent);
    lrs.send([statement]);
  }

  function save(state) {
    var outcome = state.outcome;
    if (outcome.completed) once("completed", lrs.statement("completed", lrs.course(), { completion: true, duration: duration() }));
    if (outcome.judged && outcome.passed && outcome.score !== undefined) {
      once("passed", lrs.statement("passed", lrs.course(),
        { score: LRS.score(outcome.score), success: true, completion: outcome.completed, duration: duration() }));
    }
    lrs.keepState({ data: state.data, location: state.location, sent: sent });
  }

  function record(event) { lrs.record(event, session, remember); }

  // Leaving the course ends the session: terminated, and what is queued goes with
  // requests that outlive the page.
  function leave(staying) {
    if (staying) return;
    lrs.enqueue([lrs.statement("terminated", lrs.course(), { duration: duration() })]);
    lrs.flushOnLeaving();
    session.ended = true;
    remember();
  }

  // Statements can be made from the first moment: the launch says everything they need.
  function ready() { return !session.ended; }

  report.connect({ suspendLimit: Infinity, open: open, ready: ready, save: save, record: record, leave: leave });
})();

// Talking to a learning record store (xAPI 1.0.3), for the xAPI and cmi5 packages: the
// statements parley sends, a queue in localStorage that outlasts a reload, a closed tab or
// the network going away, and the State API for progress. report-xapi.js and
// report-cmi5.js launch it; report.js gathers what the trainee does.
//
// Every statement gets its id when it is made, so sending it twice (a retry after a reply
// that never arrived) cannot record it twice: the LRS keeps the first.
(function () {
  "use strict";

  var report = window.parleyReport;
  if (!report) return;

  var VERBS = "http://adlnet.gov/expapi/verbs/";
  var ACTIVITIES = "http://adlnet.gov/expapi/activities/";
  // parley's own extensions (an attempt's number, a scenario's tension and path): IRIs
  // that name them without claiming a web address.
  var EXTENSION = "urn:parley:extension:";
  var BATCH = 25;
  var language = document.documentElement.getAttribute("lang") || "en";

  function words(text) {
    var map = {};
    map[language] = String(text || "").slice(0, 1000);
    return map;
  }

  // A launch's actor as the LMS wrote it: xAPI's form, or the older TinCan form whose
  // values are lists (`{"mbox":["mailto:…"],"account":[{"accountName":…}]}`).
  function agent(text) {
    var value;
    try { value = typeof text === "string" ? JSON.parse(text) : text; } catch (error) { return null; }
    if (!value || typeof value !== "object") return null;
    var actor = { objectType: "Agent" };
    ["name", "mbox", "mbox_sha1sum", "openid"].forEach(function (name) {
      var field = Array.isArray(value[name]) ? value[name][0] : value[name];
      if (typeof field === "string" && field) actor[name] = field;
    });
    var account = Array.isArray(value.account) ? value.account[0] : value.account;
    if (account && typeof account === "object") {
      actor.account = { homePage: account.homePage || account.accountServiceHomePage, name: account.name || account.accountName };
    }
    return actor.mbox || actor.mbox_sha1sum || actor.openid || (actor.account && actor.account.name) ? actor : null;
  }

  // Context from a template (cmi5's contextTemplate) with more added: lists joined,
  // extensions merged.
  function context(template, more) {
    var result = JSON.parse(JSON.stringify(template || {}));
    Object.keys(more).forEach(function (name) {
      if (name === "contextActivities" || name === "extensions") {
        result[name] = result[name] || {};
        Object.keys(more[name]).forEach(function (key) {
          var value = more[name][key];
          result[name][key] = Array.isArray(value) ? (result[name][key] || []).concat(value) : value;
        });
      } else {
        result[name] = more[name];
      }
    });
    return result;
  }

  // A response in xAPI's interaction formats, from quiz.js's lmsResponse form.
  function response(type, value) {
    if (type === "matching") return value.map(function (pair) { return pair[0] + "[.]" + pair[1]; }).join("[,]");
    // "[,]" would split a typed answer into two.
    if (type === "fill-in") return String(value[0] || "").replace(/\[,\]/g, ",");
    return value.join("[,]");
  }

  // A score out of 100 as xAPI gives it.
  function score(percent) {
    return { scaled: percent / 100, raw: percent, min: 0, max: 100 };
  }

  function components(list) {
    return (list || []).map(function (item) { return { id: item.id, description: words(item.text) }; });
  }

  // `connection`: { endpoint, auth, actor, registration, activity (the course's IRI),
  // template (a context template), verbs (a name → verb IRI map that replaces some) }.
  function LRS(connection) {
    this.endpoint = connection.endpoint.replace(/\/?$/, "/");
    this.auth = connection.auth;
    this.actor = connection.actor;
    this.registration = connection.registration || null;
    this.activity = connection.activity;
    // The State API's activity: cmi5 keeps its documents under the launch's AU id.
    this.stateActivity = connection.stateActivity || connection.activity;
    this.template = connection.template || null;
    this.verbs = connection.verbs || {};
    this.sending = false;
    this.retry = null;
    this.delay = 2000;
    var lrs = this;
    window.addEventListener("online", function () { lrs.flush(); });
  }

  // ---- Activities, by IRIs made from the course's and the page's place

  LRS.prototype.pageIRI = function (page) {
    return this.activity + (/[\/:#]$/.test(this.activity) ? "" : "/") + page;
  };

  LRS.prototype.course = function () {
    return { objectType: "Activity", id: this.activity,
      definition: { type: ACTIVITIES + "course", name: words(report.course.title || document.title) } };
  };

  LRS.prototype.pageActivity = function (page, title, type) {
    return { objectType: "Activity", id: this.pageIRI(page), definition: { type: ACTIVITIES + type, name: words(title) } };
  };

  // ---- Statements

  LRS.prototype.verb = function (name) {
    // A name of ADL's vocabulary ("answered"), unless the launch maps it to another, or an IRI.
    var id = name.indexOf(":") >= 0 ? name : this.verbs[name] || VERBS + name;
    return { id: id, display: { "en-US": id.slice(id.lastIndexOf("/") + 1) } };
  };

  // A statement with its id, time, actor and context; `more` is added to its context.
  LRS.prototype.statement = function (verb, object, result, more) {
    var extra = more || {};
    var activities = extra.contextActivities || {};
    if (object.id !== this.activity) activities.grouping = [{ objectType: "Activity", id: this.activity }].concat(activities.grouping || []);
    extra.contextActivities = activities;
    if (this.registration) extra.registration = this.registration;
    extra.language = language;
    var statement = {
      id: report.uuid(), actor: this.actor, verb: this.verb(verb), object: object,
      context: context(this.template, extra), timestamp: new Date().toISOString()
    };
    if (result) statement.result = result;
    return statement;
  };

  // What the trainee did, as statements (report.js's events): none for an event it does
  // not report.
  LRS.prototype.statementsFor = function (event) {
    var lrs = this, detail = event.detail || {};
    switch (event.type) {
      case "viewed":
        // The same activity type wherever the page is named: a quiz page is an assessment,
        // a scenario a simulation.
        var kind = event.kind === "quiz" ? "assessment" : event.kind === "scenario" ? "simulation" : "lesson";
        return [lrs.statement("experienced", lrs.pageActivity(event.page, event.title, kind))];
      case "done":
        return [lrs.statement("completed", lrs.pageActivity(event.page, event.title, "lesson"), { completion: true })];
      case "answer":
        var interaction = detail.interaction || {};
        if (!Array.isArray(interaction.response)) return [];
        var definition = interaction.definition || {};
        var described = { type: ACTIVITIES + "cmi.interaction", interactionType: interaction.type,
          name: words(definition.prompt || detail.question), description: words(definition.prompt || detail.question) };
        if (definition.choices) described.choices = components(definition.choices);
        if (definition.source) { described.source = components(definition.source); described.target = components(definition.target); }
        if (definition.correct) {
          described.correctResponsesPattern = definition.correct.map(function (pattern) {
            return (interaction.type === "fill-in" ? "{case_matters=false}" : "") + response(interaction.type, pattern);
          });
        }
        var question = { objectType: "Activity", id: lrs.pageIRI(event.page) + "#" + encodeURIComponent(detail.question), definition: described };
        var quiz = lrs.pageActivity(event.page, event.title, "assessment");
        var attempt = {};
        attempt[EXTENSION + "attempt"] = detail.attempt || 1;
        return [lrs.statement("answered", question,
          { success: !!detail.correct, response: response(interaction.type, interaction.response) },
          { contextActivities: { parent: [{ objectType: "Activity", id: quiz.id }] }, extensions: attempt })];
      case "quiz":
        var scored = { score: score(detail.score), success: !!detail.passed, completion: true };
        var tried = {};
        tried[EXTENSION + "attempt"] = detail.attempt || 1;
        tried[EXTENSION + "pass-mark"] = detail.passMark;
        return [lrs.statement(detail.passed ? "passed" : "failed", lrs.pageActivity(event.page, event.title, "assessment"), scored, { extensions: tried })];
      case "choice":
        var moment = { objectType: "Activity", id: lrs.pageIRI(event.page) + "#" + encodeURIComponent(detail.moment),
          definition: { type: ACTIVITIES + "cmi.interaction", interactionType: "choice", name: words(detail.title),
            description: words(detail.prompt),
            choices: detail.replies.map(function (text, index) { return { id: "reply-" + (index + 1), description: words(text) }; }) } };
        var tension = {};
        tension[EXTENSION + "tension-before"] = detail.before;
        tension[EXTENSION + "tension-after"] = detail.after;
        tension[EXTENSION + "tension-max"] = detail.max;
        var play = {};
        play[EXTENSION + "play"] = detail.play;
        return [lrs.statement("responded", moment, { response: "reply-" + (detail.reply + 1), extensions: tension },
          { contextActivities: { parent: [lrs.scenario(event)] }, extensions: play })];
      case "ending":
        var ending = {};
        ending[EXTENSION + "ending"] = detail.moment;
        ending[EXTENSION + "ending-title"] = detail.title;
        ending[EXTENSION + "tension"] = detail.tension;
        ending[EXTENSION + "path"] = detail.path;
        var played = {};
        played[EXTENSION + "play"] = detail.play;
        return [lrs.statement("completed", lrs.scenario(event), { completion: true, response: detail.moment, extensions: ending },
          { extensions: played })];
    }
    return [];
  };

  LRS.prototype.scenario = function (event) {
    return { objectType: "Activity", id: this.pageIRI(event.page) + "#" + encodeURIComponent(event.detail.scenario),
      definition: { type: ACTIVITIES + "simulation", name: words(event.title) } };
  };

  // Sends the statements for what the trainee did. A page viewed counts once per
  // `session` (which `remember` keeps): a reload or going back to it tells nothing new.
  LRS.prototype.record = function (event, session, remember) {
    if (event.type === "viewed") {
      session.viewed = session.viewed || {};
      if (session.viewed[event.page]) return;
      session.viewed[event.page] = true;
      remember();
    }
    this.send(this.statementsFor(event));
  };

  // ---- The queue: statements wait in localStorage until the LRS has them

  // With storage full or switched off, the queue lasts as long as the page.
  var unstored = null;

  function readQueue() {
    if (unstored) return unstored;
    var queue = report.kept.read("lrs-queue");
    return Array.isArray(queue) ? queue : [];
  }

  function writeQueue(queue) {
    unstored = report.kept.write("lrs-queue", queue) ? null : queue;
  }

  // Queues statements (in order) and sends them.
  LRS.prototype.send = function (statements) {
    this.enqueue(statements);
    this.flush();
  };

  LRS.prototype.enqueue = function (statements) {
    var lrs = this;
    if (!statements.length) return;
    writeQueue(readQueue().concat(statements.map(function (statement) {
      return { endpoint: lrs.endpoint, auth: lrs.auth, statement: statement };
    })));
  };

  // Takes the statements the LRS now has (or refused for good) out of the queue.
  function forget(ids) {
    var gone = {};
    ids.forEach(function (id) { gone[id] = true; });
    writeQueue(readQueue().filter(function (entry) { return !gone[entry.statement.id]; }));
  }

  // `to`: where and as whom, { endpoint, auth }; by default this launch's.
  LRS.prototype.request = function (method, path, body, keepalive, to) {
    var target = to || this;
    var headers = { "X-Experience-API-Version": "1.0.3", Authorization: target.auth };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return window.fetch(target.endpoint + path, {
      method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      keepalive: !!keepalive, credentials: "omit", cache: "no-store"
    });
  };

  // The first statements queued that go to one place as one learner: a batch. Statements
  // an earlier launch left go first, with that launch's credentials.
  function nextBatch(size) {
    var queue = readQueue();
    if (!queue.length) return null;
    var first = queue[0];
    var entries = queue.filter(function (entry) { return entry.endpoint === first.endpoint && entry.auth === first.auth; }).slice(0, size);
    return { to: { endpoint: first.endpoint, auth: first.auth }, statements: entries.map(function (entry) { return entry.statement; }) };
  }

  // Sends what is queued, a batch at a time; on a failure keeps it and tries again later.
  LRS.prototype.flush = function () {
    var lrs = this;
    if (lrs.sending) return;
    var batch = nextBatch(BATCH);
    if (!batch) {
      report.clearNotice("problem");
      if (lrs.stateDirty) lrs.saveState();
      return;
    }
    lrs.sending = true;
    lrs.post(batch.statements, batch.to).then(function (ok) {
      lrs.sending = false;
      if (ok) {
        lrs.delay = 2000;
        lrs.flush();
      } else {
        lrs.later();
      }
    });
  };

  // One batch: resolves true when every statement is recorded (or refused for good).
  LRS.prototype.post = function (statements, to) {
    var lrs = this;
    var ours = to.endpoint === lrs.endpoint && to.auth === lrs.auth;
    return lrs.request("POST", "statements", statements, false, to).then(function (answer) {
      if (answer.ok) { forget(statements.map(function (statement) { return statement.id; })); return true; }
      // 409: some are there already (a retry after a lost reply); 400: one is refused.
      // One at a time, so the rest are recorded.
      if ((answer.status === 409 || answer.status === 400) && statements.length > 1) {
        return statements.reduce(function (chain, statement) {
          return chain.then(function (ok) { return lrs.post([statement], to).then(function (one) { return ok && one; }); });
        }, Promise.resolve(true));
      }
      // Refused for good: a statement the LRS will never take, or an earlier launch's
      // credentials that have expired.
      if (answer.status === 409 || answer.status === 400 || (!ours && (answer.status === 401 || answer.status === 403))) {
        forget(statements.map(function (statement) { return statement.id; }));
        return true;
      }
      return false;
    }, function () { return false; });
  };

  LRS.prototype.later = function () {
    var lrs = this;
    report.complain("lms.save_failed");
    window.clearTimeout(lrs.retry);
    lrs.retry = window.setTimeout(function () { lrs.flush(); }, lrs.delay);
    // At most 8 s apart: one learner's retries cost an LRS little, and a trainee back online
    // should not wait long to see the notice go.
    lrs.delay = Math.min(8000, lrs.delay * 2);
  };

  // Leaving: what is queued goes with requests that outlive the page (at most 64 KB in
  // all, the browser's limit). It stays queued too, and goes again (harmlessly, by id) on
  // the next launch if these are lost.
  LRS.prototype.flushOnLeaving = function () {
    var lrs = this;
    window.clearTimeout(lrs.retry);
    var budget = 60000;
    var queue = readQueue();
    var start = 0;
    while (start < queue.length && budget > 0) {
      // A batch: the next statements (at most BATCH) that go to one place as one learner.
      var first = queue[start];
      var end = start;
      while (end < queue.length && end - start < BATCH && queue[end].endpoint === first.endpoint && queue[end].auth === first.auth) end++;
      var statements = queue.slice(start, end).map(function (entry) { return entry.statement; });
      start = end;
      budget -= JSON.stringify(statements).length;
      if (budget < 0) break;
      try {
        lrs.request("POST", "statements", statements, true, first).catch(function () {});
      } catch (error) { /* over the limit: the rest goes next time */ }
    }
    if (lrs.stateDirty) lrs.saveState(true);
  };

  // ---- The State API: documents kept per course, learner and registration

  LRS.prototype.statePath = function (stateId) {
    var query = "stateId=" + encodeURIComponent(stateId) + "&activityId=" + encodeURIComponent(this.stateActivity) +
      "&agent=" + encodeURIComponent(JSON.stringify(this.actor));
    if (this.registration) query += "&registration=" + encodeURIComponent(this.registration);
    return "activities/state?" + query;
  };

  // A JSON document, or null when there is none or the LRS cannot be reached.
  LRS.prototype.readState = function (stateId) {
    return this.request("GET", this.statePath(stateId)).then(function (answer) {
      return answer.ok ? answer.json().catch(function () { return null; }) : null;
    }, function () { return null; });
  };

  // parley's own document (`parley.progress`) as report.js's `open` gives it: the progress
  // and the page. What it says was sent once and for all is added to `sent`.
  LRS.prototype.readProgress = function (sent, isNew) {
    return this.readState("parley.progress").then(function (document) {
      document = document && typeof document === "object" ? document : {};
      Object.keys(document.sent || {}).forEach(function (name) { sent[name] = sent[name] || document.sent[name]; });
      return { saved: document.data || null, bookmark: document.location || null, isNew: isNew };
    });
  };

  // parley's own document: the progress and the page, sent after each change.
  LRS.prototype.keepState = function (value) {
    this.state = value;
    this.stateDirty = true;
    if (!this.sending) this.saveState();
  };

  LRS.prototype.saveState = function (keepalive) {
    var lrs = this;
    if (!lrs.state) return;
    var sent = lrs.state;
    try {
      lrs.request("PUT", lrs.statePath("parley.progress"), sent, keepalive).then(function (answer) {
        if (answer.ok && lrs.state === sent) lrs.stateDirty = false;
      }, function () { /* kept dirty: sent again with the next statements */ });
    } catch (error) { /* the same */ }
  };

  LRS.agent = agent;
  LRS.score = score;
  window.parleyLRS = LRS;
})();

// parley scenarios: a branching practice conversation played one moment at a time, with
// the customer's tension tracked. Without this script the page is a list of moments whose
// replies link to the moments they lead to, and it still works.
(function () {
  "use strict";

  var parley = window.parley;

  // Words for the tension, so it is never told by colour alone. The meter's low and high
  // marks (2.5 and 6.5) put the same bands in green, amber and red.
  var LEVELS = [
    { upTo: 2, word: parley.t("scenario.level.calm"), name: "calm" },
    { upTo: 4, word: parley.t("scenario.level.uneasy"), name: "uneasy" },
    { upTo: 6, word: parley.t("scenario.level.tense"), name: "tense" },
    { upTo: 8, word: parley.t("scenario.level.very_tense"), name: "very-tense" },
    { upTo: Infinity, word: parley.t("scenario.level.breaking"), name: "breaking" }
  ];

  function level(tension) {
    for (var i = 0; i < LEVELS.length; i++) {
      if (tension <= LEVELS[i].upTo) return LEVELS[i];
    }
    return LEVELS[LEVELS.length - 1];
  }

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function textOf(element) {
    return (element.textContent || "").replace(/\s+/g, " ").trim();
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text) element.textContent = text;
    return element;
  }

  // Copies of the nodes inside `source`, so rendered Markdown is reused without innerHTML.
  function copyChildren(source, target) {
    Array.prototype.forEach.call(source.childNodes, function (node) { target.appendChild(node.cloneNode(true)); });
    return target;
  }

  function Scenario(root) {
    var scenario = this;
    scenario.root = root;
    scenario.max = parseInt(root.getAttribute("data-tension-max"), 10) || 10;
    var start = parseInt(root.getAttribute("data-tension"), 10);
    scenario.startTension = scenario.clamp(isNaN(start) ? Math.round(scenario.max / 2) : start);
    scenario.startID = root.getAttribute("data-start");
    scenario.player = root.querySelector(".scenario-player");
    scenario.history = root.querySelector(".scenario-history");
    scenario.historyList = root.querySelector(".history");
    scenario.meterBox = root.querySelector(".tension");
    scenario.meter = root.querySelector(".tension-meter");
    scenario.current = root.querySelector(".scenario-current");
    scenario.status = root.querySelector(".scenario-status");
    scenario.moments = {};
    all(root, ".scenario-moments > .moment").forEach(function (section) { scenario.moments[section.id] = section; });
  }

  Scenario.prototype.clamp = function (tension) {
    return Math.max(0, Math.min(this.max, tension));
  };

  // The values of a text that tells the tension: its word and where it is on the scale.
  Scenario.prototype.values = function (tension, more) {
    var values = { level: level(tension).word, tension: parley.number(tension), max: parley.number(this.max) };
    Object.keys(more || {}).forEach(function (name) { values[name] = more[name]; });
    return values;
  };

  Scenario.prototype.start = function () {
    var scenario = this;
    if (!scenario.moments[scenario.startID]) return;
    scenario.root.querySelector(".scenario-moments").hidden = true;
    scenario.root.querySelector(".scenario-note").hidden = true;
    scenario.player.hidden = false;
    scenario.current.addEventListener("click", function (event) {
      var button = event.target.closest("button.reply-button");
      if (button) scenario.choose(parseInt(button.getAttribute("data-index"), 10));
    });
    scenario.root.querySelector(".scenario-restart").addEventListener("click", function () { scenario.restart(true); });
    scenario.restart(false);
  };

  // Back to the first moment and the starting tension. Focus moves only when the trainee
  // asked for it, never on page load.
  Scenario.prototype.restart = function (byTrainee) {
    this.tension = this.startTension;
    this.path = [];
    this.pathIDs = [];
    // Names one play-through in what a learning record store is told.
    this.play = Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    this.historyList.textContent = "";
    this.history.hidden = true;
    this.show(this.startID, byTrainee ? parley.t("scenario.started_again", this.values(this.tension)) + " " : "", byTrainee);
  };

  Scenario.prototype.choose = function (index) {
    var section = this.moments[this.currentID];
    var reply = section && all(section, ".replies .reply")[index];
    if (!reply) return;
    var before = this.tension;
    this.tension = this.clamp(before + (parseInt(reply.getAttribute("data-change"), 10) || 0));
    var change = this.changeText(before, this.tension);
    this.remember(section, reply, change);
    this.tell({ type: "choice", moment: this.currentID, title: textOf(section.querySelector(".moment-title")),
      prompt: textOf(section.querySelector(".moment-text")), reply: index,
      replies: all(section, ".replies .reply").map(textOf), before: before, after: this.tension });
    this.show(reply.getAttribute("data-target"), parley.t("scenario.you_said", { reply: textOf(reply) }) + " " + change + " ", true);
  };

  Scenario.prototype.changeText = function (before, after) {
    var values = this.values(after, { before: parley.number(before) });
    if (after > before) return parley.t("scenario.rose", values);
    if (after < before) return parley.t("scenario.fell", values);
    return parley.t("scenario.stayed", values);
  };

  // Adds the moment just left and the trainee's reply to the conversation so far.
  Scenario.prototype.remember = function (section, reply, change) {
    var entry = make("li", "history-entry");
    entry.appendChild(copyChildren(section.querySelector(".moment-title"), make("h3", "history-title")));
    entry.appendChild(section.querySelector(".moment-text").cloneNode(true));
    var said = make("p", "history-reply");
    said.appendChild(make("span", "history-speaker", parley.t("scenario.you")));
    said.appendChild(document.createTextNode(" "));
    said.appendChild(copyChildren(reply, make("span", "history-words")));
    entry.appendChild(said);
    entry.appendChild(make("p", "history-tension", change));
    this.historyList.appendChild(entry);
    this.history.hidden = false;
  };

  Scenario.prototype.updateMeter = function () {
    var current = level(this.tension);
    this.meter.value = this.tension;
    this.meterBox.setAttribute("data-level", current.name);
    this.meterBox.querySelector(".tension-word").textContent = current.word;
    this.meterBox.querySelector(".tension-number").textContent = parley.t("scenario.tension_of", this.values(this.tension));
  };

  Scenario.prototype.show = function (id, prefix, movesFocus) {
    var section = this.moments[id];
    if (!section) return;
    this.currentID = id;
    this.path.push(textOf(section.querySelector(".moment-title")));
    this.pathIDs.push(id);
    this.updateMeter();
    var isEnding = section.getAttribute("data-ending") === "true";
    var view = make("section", "moment-current" + (isEnding ? " moment-ending" : ""));
    view.setAttribute("aria-labelledby", "scenario-current-title");
    if (isEnding) view.appendChild(make("p", "ending-label", parley.t("scenario.ending_label")));
    var heading = copyChildren(section.querySelector(".moment-title"), make("h2", "moment-title"));
    heading.id = "scenario-current-title";
    heading.tabIndex = -1;
    view.appendChild(heading);
    var text = section.querySelector(".moment-text").cloneNode(true);
    var message = prefix + textOf(heading) + ". ";
    if (isEnding) {
      var summary = parley.t("scenario.final_tension", this.values(this.tension));
      view.appendChild(make("p", "ending-tension", summary));
      text.classList.add("debrief");
      view.appendChild(text);
      view.appendChild(make("h3", "path-title", parley.t("scenario.path")));
      var path = make("ol", "path");
      this.path.forEach(function (title) { path.appendChild(make("li", null, title)); });
      view.appendChild(path);
      message += parley.t("scenario.ending_announced") + " " + summary;
      this.tell({ type: "ending", moment: id, title: textOf(heading), tension: this.tension, path: this.pathIDs.slice() });
    } else {
      view.appendChild(text);
      view.appendChild(make("p", "replies-prompt", parley.t("scenario.prompt")));
      var list = make("ul", "replies");
      all(section, ".replies .reply").forEach(function (reply, index) {
        var button = copyChildren(reply, make("button", "reply-button"));
        button.type = "button";
        button.setAttribute("data-index", String(index));
        var item = make("li");
        item.appendChild(button);
        list.appendChild(item);
      });
      view.appendChild(list);
      message += textOf(text);
    }
    this.current.textContent = "";
    this.current.appendChild(view);
    if (movesFocus) {
      heading.focus();
      this.announce(message);
    }
  };

  // Tells a reporter (in an exported package) what the trainee did: `parley:scenario`.
  Scenario.prototype.tell = function (detail) {
    detail.scenario = this.root.id || "scenario";
    detail.play = this.play;
    detail.max = this.max;
    document.dispatchEvent(new CustomEvent("parley:scenario", { detail: detail }));
  };

  Scenario.prototype.announce = function (message) {
    // Clear first so the same message twice is still read out.
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  };

  function start() {
    all(document, ".scenario").forEach(function (root) { new Scenario(root).start(); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

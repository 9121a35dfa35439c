"""A strict stand-in SCORM 2004 4th edition LMS for the browser tests: a recording
`window.API_1484_11` on a page that launches the course in an iframe, the way an LMS
does (the SCORM 2004 twin of the SCORM 1.2 stand-in in test_scorm.py).

Its rules are those of the SCORM 2004 4th edition Run-Time Environment book as ADL's own
SCORM 2004 4th Ed. Sample RTE implements them (github.com/adlnet/SCORM-2004-4ed-SampleRTE:
org/adl/datamodels/ieee/SCORM_2004_DM.java and SCORM_2004_DMElement.java for the data
model, org/adl/datamodels/datatypes/* for the formats, org/adl/api/ecmascript/
APIErrorManager.java for the error codes), strictly:

- 103 Initialize twice, 104 Initialize after Terminate, 112/113 Terminate before
  Initialize / after Terminate, 122/123 GetValue, 132/133 SetValue, 142/143 Commit before
  Initialize / after Terminate, 201 a parameter other than "" to Initialize, Terminate or
  Commit, 301 GetValue("") or a record that does not exist, 351 SetValue("").
- 401 an element the data model does not have; 403 an element that has no value yet
  (cmi.location, cmi.suspend_data, cmi.score.*, cmi.progress_measure, an interaction's
  learner_response ... until set or given at launch); 404 SetValue on a read-only element
  or a keyword (_version, _children, _count); 405 GetValue on cmi.exit or cmi.session_time.
- 406 a value of the wrong type or vocabulary; 407 a number outside its range
  (cmi.score.scaled outside [-1, 1], cmi.progress_measure outside [0, 1]): ADL's
  RealRangeValidator answers 406 for "not a number" and 407 for "out of range".
- Interactions are addressed by index: SetValue on index _count starts a record, on an
  existing index updates it, past _count is 351 (set out of order). A record is started
  by its id: any other field first is 408 (dependency not established); so is
  learner_response or a correct_responses pattern before the type, and an objective id
  before the interaction's id. Objective ids are unique within their list (351).
- A value longer than its smallest permitted maximum (SPM: cmi.location 1000,
  cmi.suspend_data 64000, an identifier 4000, a description 250 ...) is NOT an error: the
  RTE makes the SPM the least an LMS must store, ADL's Sample RTE stores the value and
  logs a warning, and ADL's conformance test (DMI.properties: "a test that an lms can
  handle a sco exceeding the spm either by storing the data or by truncating the data")
  expects SetValue to answer "true" with error 0. This stand-in answers "true"/0, records
  the case in `window.lmsWarnings`, and truncates plain character strings (location,
  suspend_data, descriptions, comments) to their SPM, as the harshest conformant LMS
  does; `spm=keep` in the query string keeps them whole instead.
- At Terminate, as ADL's Sample RTE does, the LMS sets cmi.success_status from
  cmi.score.scaled when a cmi.scaled_passing_score was given (no score: "unknown"), and
  cmi.completion_status from cmi.progress_measure when a cmi.completion_threshold was.

Launch values come from the LMS page's query string: suspend, location, completion,
success, scaled_passing_score, completion_threshold, mode (normal, review, browse),
entry (default "resume" with suspend, else "ab-initio"), credit, learner_id,
learner_name, launch_data; refuse-initialize (102) and refuse-commit (391) make those
calls fail. Calls are recorded in `window.lmsCalls` as [name, ...arguments, result] (the
error code of call i is `window.lmsErrors[i]`), values in `window.lmsValues` (element ->
value, interactions flattened as "cmi.interactions.0.id" ...)."""

API_1484_11_JS = r"""
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var mode = params.get("mode") || "normal";
  var keepLong = params.get("spm") === "keep";

  // The values the LMS holds: an element without a value answers 403 on GetValue.
  var values = window.lmsValues = {};
  function launch(element, name, fallback) {
    var value = params.has(name) ? params.get(name) : fallback;
    if (value !== null) values[element] = value;
  }
  launch("cmi.completion_status", "completion", "unknown");
  launch("cmi.success_status", "success", "unknown");
  launch("cmi.entry", "entry", params.has("suspend") ? "resume" : "ab-initio");
  values["cmi.mode"] = mode;
  launch("cmi.credit", "credit", mode === "normal" ? "credit" : "no-credit");
  launch("cmi.learner_id", "learner_id", "learner-1");
  launch("cmi.learner_name", "learner_name", "Learner, Test");
  launch("cmi.location", "location", null);
  launch("cmi.suspend_data", "suspend", null);
  launch("cmi.scaled_passing_score", "scaled_passing_score", null);
  launch("cmi.completion_threshold", "completion_threshold", null);
  launch("cmi.launch_data", "launch_data", null);
  values["cmi.time_limit_action"] = "continue,no message";
  values["cmi.total_time"] = "PT0H0M0S";
  values["cmi.learner_preference.audio_level"] = "1";
  values["cmi.learner_preference.language"] = "";
  values["cmi.learner_preference.delivery_speed"] = "1";
  values["cmi.learner_preference.audio_captioning"] = "0";
  // Records in each collection (and in each interaction's objectives and correct_responses).
  var counts = { "cmi.interactions": 0, "cmi.objectives": 0, "cmi.comments_from_learner": 0, "cmi.comments_from_lms": 0 };
  var warnings = window.lmsWarnings = [];

  // Formats (RTE 4.1.1 data types, as ADL's validators read them). Each answers null
  // when the value is fine, else the error code: 406 type mismatch, 407 out of range.
  var REAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
  function real(min, max) {
    return function (value) {
      if (!REAL.test(value)) return "406";
      var number = Number(value);
      return (min !== null && number < min) || (max !== null && number > max) ? "407" : null;
    };
  }
  function vocabulary(words) {
    return function (value) { return words.indexOf(value) >= 0 ? null : "406"; };
  }
  function anything() { return null; }
  // timeinterval (second, 10, 2): P[yY][mM][dD][T[hH][nM][s[.s]S]], e.g. PT1H2M3.5S.
  var DURATION = /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
  function timeinterval(value) {
    return DURATION.test(value) && !/[PT]$/.test(value) ? null : "406";
  }
  // time (second, 10, 0): YYYY[-MM[-DD[Thh[:mm[:ss[.s]]][TZD]]]], years 1970 to 2038, at
  // most two digits of a second's fraction (so not JavaScript's toISOString()).
  var TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,2})?)?)?(Z|[+-]\d{2}(?::\d{2})?)?)?)?)?$/;
  function time(value) {
    var m = TIME.exec(value);
    if (!m) return "406";
    var year = Number(m[1]), month = Number(m[2] || 1);
    if (year < 1970 || year > 2038 || month < 1 || month > 12) return "406";
    if (m[3] && (Number(m[3]) < 1 || Number(m[3]) > new Date(Date.UTC(year, month, 0)).getUTCDate())) return "406";
    if ((m[4] && Number(m[4]) > 23) || (m[5] && Number(m[5]) > 59) || (m[6] && Number(m[6]) > 59)) return "406";
    var zone = m[7] && /^[+-](\d{2})(?::(\d{2}))?$/.exec(m[7]);
    if (zone && (Number(zone[1]) > 23 || Number(zone[2] || 0) > 59)) return "406";
    return null;
  }
  // An identifier (short_identifier_type, long_identifier_type) is a URI: what Java's
  // java.net.URI accepts, as ADL's URIValidator checks it; never empty.
  function isUri(value) {
    if (value.trim() === "") return false;
    if (/[\u0000-\u0020\u007f"<>\\^`{|}\[\]]/.test(value)) return false;
    if (/%(?![0-9A-Fa-f]{2})/.test(value)) return false;
    if ((value.match(/#/g) || []).length > 1) return false;
    var scheme = /^([^\/?#:]*):/.exec(value);
    return !scheme || (/^[A-Za-z][A-Za-z0-9+.\-]*$/.test(scheme[1]) && value.length > scheme[0].length);
  }
  function identifier(value) { return isUri(value) ? null : "406"; }
  // A language code (RFC 3066) and a localized string, "{lang=de}Text" or "Text".
  var LANGUAGE = /^([A-Za-z]{1,8}|i|x)(-[A-Za-z0-9]{1,8})*$/;
  function language(value) { return value === "" || LANGUAGE.test(value) ? null : "406"; }
  function localized(value) {
    var lang = /^\{lang=([^}]*)\}/.exec(value);
    return lang && !LANGUAGE.test(lang[1]) ? "406" : null;
  }
  function result(value) {
    return ["correct", "incorrect", "unanticipated", "neutral"].indexOf(value) >= 0 || REAL.test(value) ? null : "406";
  }

  // Responses and correct response patterns by interaction type (RTE 4.2.9), with the
  // delimiters "[,]" between items, "[.]" inside a pair, "[:]" in a numeric range.
  var ITEMS = "[,]";
  function endsWithSeparator(value) { return value.length >= 3 && value.slice(-3) === ITEMS; }
  function identifiers(value, element, allowEmpty, unique) {
    if (value === "") return allowEmpty ? null : "406";
    if (endsWithSeparator(value)) return "406";
    var seen = {}, items = value.split(ITEMS);
    for (var i = 0; i < items.length; i++) {
      if (!isUri(items[i]) || (unique && seen[items[i]])) return "406";
      if (items[i].length > 250) warn(element, "identifier longer than its SPM of 250");
      seen[items[i]] = true;
    }
    return null;
  }
  function stripDelimiters(value, allowed) {
    var m;
    while ((m = /^\{(case_matters|order_matters)=([^}]*)\}/.exec(value))) {
      if (allowed.indexOf(m[1]) < 0 || (m[2] !== "true" && m[2] !== "false")) return null;
      value = value.slice(m[0].length);
    }
    return value;
  }
  function range(value) {
    var ends = value.split("[:]");
    if (ends.length !== 2 || ends.some(function (end) { return end !== "" && !REAL.test(end); })) return "406";
    return ends[0] !== "" && ends[1] !== "" && Number(ends[0]) > Number(ends[1]) ? "406" : null;
  }
  var responses = {
    "true-false": function (value) { return value === "true" || value === "false" ? null : "406"; },
    choice: function (value, pattern, element) { return identifiers(value, element, true, true); },
    "fill-in": function (value, pattern) {
      if (pattern && (value = stripDelimiters(value, ["case_matters", "order_matters"])) === null) return "406";
      var items = value.split(ITEMS);
      for (var i = 0; i < items.length; i++) if (localized(items[i])) return "406";
      return null;
    },
    "long-fill-in": function (value, pattern) {
      if (pattern && (value = stripDelimiters(value, ["case_matters"])) === null) return "406";
      return localized(value);
    },
    likert: function (value) { return identifier(value); },
    matching: function (value) {
      if (value === "") return null;
      if (endsWithSeparator(value)) return "406";
      var pairs = value.split(ITEMS);
      for (var i = 0; i < pairs.length; i++) {
        var pair = pairs[i].split("[.]");
        if (pair.length !== 2 || !isUri(pair[0]) || !isUri(pair[1])) return "406";
      }
      return null;
    },
    performance: function (value, pattern) {
      if (pattern && (value = stripDelimiters(value, ["order_matters"])) === null) return "406";
      if (endsWithSeparator(value)) return "406";
      var steps = value.split(ITEMS);
      for (var i = 0; i < steps.length; i++) {
        var step = steps[i].split("[.]");
        if (step.length !== 2 || (step[0] === "" && step[1] === "")) return "406";
        if (step[0] !== "" && !isUri(step[0])) return "406";
        if (pattern && step[1].indexOf("[:]") >= 0 && range(step[1])) return "406";
      }
      return null;
    },
    sequencing: function (value, pattern, element) { return identifiers(value, element, false, false); },
    numeric: function (value, pattern) { return pattern ? range(value) : real(null, null)(value); },
    other: function () { return null; }
  };

  // The data model. readOnly / writeOnly; check: the format; spm: the smallest
  // permitted maximum (truncate: cut plain strings there); needs: the field of the same
  // record that must have a value first (408); unique, writeOnce: 351 when broken.
  var scalars = {
    "cmi.completion_status": { check: vocabulary(["completed", "incomplete", "not attempted", "unknown"]) },
    "cmi.completion_threshold": { readOnly: true },
    "cmi.credit": { readOnly: true },
    "cmi.entry": { readOnly: true },
    "cmi.exit": { writeOnly: true, check: vocabulary(["time-out", "suspend", "logout", "normal", ""]) },
    "cmi.launch_data": { readOnly: true },
    "cmi.learner_id": { readOnly: true },
    "cmi.learner_name": { readOnly: true },
    "cmi.learner_preference.audio_level": { check: real(0, null) },
    "cmi.learner_preference.language": { check: language },
    "cmi.learner_preference.delivery_speed": { check: real(0, null) },
    "cmi.learner_preference.audio_captioning": { check: vocabulary(["-1", "0", "1"]) },
    "cmi.location": { check: anything, spm: 1000, truncate: true },
    "cmi.max_time_allowed": { readOnly: true },
    "cmi.mode": { readOnly: true },
    "cmi.progress_measure": { check: real(0, 1) },
    "cmi.scaled_passing_score": { readOnly: true },
    "cmi.score.scaled": { check: real(-1, 1) },
    "cmi.score.raw": { check: real(null, null) },
    "cmi.score.min": { check: real(null, null) },
    "cmi.score.max": { check: real(null, null) },
    "cmi.session_time": { writeOnly: true, check: timeinterval },
    "cmi.success_status": { check: vocabulary(["passed", "failed", "unknown"]) },
    "cmi.suspend_data": { check: anything, spm: 64000, truncate: true },
    "cmi.time_limit_action": { readOnly: true },
    "cmi.total_time": { readOnly: true }
  };
  var TYPES = ["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"];
  var collections = {
    "cmi.interactions": {
      spm: 250,
      fields: {
        id: { check: identifier, spm: 4000 },
        type: { check: vocabulary(TYPES), needs: "id" },
        timestamp: { check: time, needs: "id" },
        weighting: { check: real(null, null), needs: "id" },
        learner_response: { check: "response", needs: "type" },
        result: { check: result, needs: "id" },
        latency: { check: timeinterval, needs: "id" },
        description: { check: localized, spm: 250, truncate: true, needs: "id" }
      },
      lists: {
        objectives: { spm: 10, needs: "id", fields: { id: { check: identifier, spm: 4000, unique: true } } },
        correct_responses: { spm: 10, needs: "type", fields: { pattern: { check: "pattern" } } }
      }
    },
    "cmi.objectives": {
      spm: 100,
      fields: {
        id: { check: identifier, spm: 4000, unique: true, writeOnce: true },
        "score.scaled": { check: real(-1, 1), needs: "id" },
        "score.raw": { check: real(null, null), needs: "id" },
        "score.min": { check: real(null, null), needs: "id" },
        "score.max": { check: real(null, null), needs: "id" },
        success_status: { check: vocabulary(["passed", "failed", "unknown"]), needs: "id" },
        completion_status: { check: vocabulary(["completed", "incomplete", "not attempted", "unknown"]), needs: "id" },
        progress_measure: { check: real(0, 1), needs: "id" },
        description: { check: localized, spm: 250, truncate: true, needs: "id" }
      },
      lists: {}
    },
    "cmi.comments_from_learner": {
      spm: 250,
      fields: {
        comment: { check: localized, spm: 4000, truncate: true },
        location: { check: anything, spm: 250, truncate: true },
        timestamp: { check: time }
      },
      lists: {}
    },
    "cmi.comments_from_lms": { readOnly: true, spm: 100, fields: { comment: {}, location: {}, timestamp: {} }, lists: {} }
  };
  var children = {
    "cmi.learner_preference": "audio_level,language,delivery_speed,audio_captioning",
    "cmi.score": "scaled,raw,min,max",
    "cmi.interactions": "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description",
    "cmi.objectives": "id,score,success_status,completion_status,progress_measure,description",
    "cmi.comments_from_learner": "comment,location,timestamp",
    "cmi.comments_from_lms": "comment,location,timestamp"
  };

  // Where an element lives: {scalar}, {keyword}, {record field}, or {error}.
  var RECORD = /^(cmi\.interactions|cmi\.objectives|cmi\.comments_from_learner|cmi\.comments_from_lms)\.(\d+)\.(.+)$/;
  function locate(element) {
    if (scalars.hasOwnProperty(element)) return { scalar: scalars[element] };
    var keyword = /^(.*)\.(_version|_children|_count)$/.exec(element);
    if (keyword) return locateKeyword(element, keyword[1], keyword[2]);
    var m = RECORD.exec(element);
    if (!m) return { error: "401" };
    var collection = collections[m[1]], index = Number(m[2]), rest = m[3];
    var prefix = m[1] + "." + index + ".";
    if (collection.fields.hasOwnProperty(rest)) {
      return { collection: collection, countKey: m[1], index: index, prefix: prefix, field: rest, spec: collection.fields[rest] };
    }
    var sub = /^(\w+)\.(\d+)\.(\w+)$/.exec(rest);
    if (sub && collection.lists.hasOwnProperty(sub[1]) && collection.lists[sub[1]].fields.hasOwnProperty(sub[3])) {
      var list = collection.lists[sub[1]];
      return { collection: collection, countKey: m[1], index: index, prefix: prefix, list: list,
               listKey: prefix + sub[1], listIndex: Number(sub[2]), field: sub[3], spec: list.fields[sub[3]] };
    }
    return { error: "401" };
  }
  function locateKeyword(element, parent, word) {
    if (word === "_version") return parent === "cmi" ? { keyword: "1.0" } : known(parent) ? { error: "301" } : { error: "401" };
    if (word === "_children") {
      if (children.hasOwnProperty(parent)) return { keyword: children[parent] };
      if (/^cmi\.objectives\.\d+\.score$/.test(parent)) return { keyword: "scaled,raw,min,max" };
      return known(parent) ? { error: "301" } : { error: "401" };
    }
    if (counts.hasOwnProperty(parent)) return { keyword: String(counts[parent]) };
    var list = /^(cmi\.interactions)\.(\d+)\.(objectives|correct_responses)$/.exec(parent);
    if (list) return Number(list[2]) < counts[list[1]] ? { keyword: String(counts[parent] || 0) } : { error: "301" };
    return known(parent) ? { error: "301" } : { error: "401" };
  }
  function known(element) {
    return element === "cmi" || scalars.hasOwnProperty(element) || children.hasOwnProperty(element) ||
      RECORD.test(element + ".x") || !locate(element).error;
  }

  // Values longer than their SPM: fine (true, 0), recorded; plain strings truncated.
  function warn(element, what) { warnings.push({ element: element, warning: what }); }
  function fit(element, spec, value) {
    if (!spec.spm || value.length <= spec.spm) return value;
    warn(element, "value of " + value.length + " characters is longer than its SPM of " + spec.spm);
    return spec.truncate && !keepLong ? value.slice(0, spec.spm) : value;
  }
  function validate(spec, value, element, type) {
    if (spec.check === "response" || spec.check === "pattern") {
      return responses[type](value, spec.check === "pattern", element);
    }
    return spec.check(value);
  }

  function getValue(element) {
    if (element === "") return ["", "301", "no element named"];
    var place = locate(element);
    if (place.error) return ["", place.error, element];
    if (place.keyword !== undefined) return [place.keyword, "0", ""];
    if (place.scalar) {
      if (place.scalar.writeOnly) return ["", "405", element + " is write-only"];
      return values.hasOwnProperty(element) ? [values[element], "0", ""] : ["", "403", element + " has no value yet"];
    }
    if (place.index >= counts[place.countKey]) return ["", "301", "no record " + place.index + " in " + place.countKey];
    if (place.list && place.listIndex >= (counts[place.listKey] || 0)) return ["", "301", "no record " + place.listIndex + " in " + place.listKey];
    return values.hasOwnProperty(element) ? [values[element], "0", ""] : ["", "403", element + " has no value yet"];
  }

  function setValue(element, value) {
    if (element === "") return ["351", "no element named"];
    var place = locate(element);
    // A keyword an element does not have: a SetValue failure (351), as RTE 3.1.7.6 maps them.
    if (place.error) return [place.error === "301" ? "351" : place.error, element];
    if (place.keyword !== undefined) return ["404", element + " is a keyword"];
    if (place.scalar) {
      if (place.scalar.readOnly) return ["404", element + " is read-only"];
      var error = place.scalar.check(value);
      if (error) return [error, JSON.stringify(value) + " does not fit " + element];
      values[element] = fit(element, place.scalar, value);
      return ["0", ""];
    }
    if (place.collection.readOnly) return ["404", element + " is read-only"];
    var count = counts[place.countKey], spec = place.spec;
    if (place.index > count) return ["351", "record " + place.index + " is past _count " + count];
    var newRecord = place.index === count;
    if (place.list) {
      // A record of an interaction's objectives or correct_responses.
      if (newRecord || !values.hasOwnProperty(place.prefix + place.list.needs)) {
        return ["408", place.prefix + place.list.needs + " must be set first"];
      }
      var listCount = counts[place.listKey] || 0;
      if (place.listIndex > listCount) return ["351", "record " + place.listIndex + " is past _count " + listCount];
      error = validate(spec, value, element, values[place.prefix + "type"]);
      if (error) return [error, JSON.stringify(value) + " does not fit " + element];
      for (var i = 0; i < listCount; i++) {
        if (spec.unique && i !== place.listIndex && values[place.listKey + "." + i + "." + place.field] === value) {
          return ["351", "not unique: " + value];
        }
      }
      values[element] = fit(element, spec, value);
      if (place.listIndex === listCount) {
        counts[place.listKey] = listCount + 1;
        if (listCount + 1 > place.list.spm) warn(place.listKey, "more records than its SPM of " + place.list.spm);
      }
      return ["0", ""];
    }
    if (spec.needs && (newRecord || !values.hasOwnProperty(place.prefix + spec.needs))) {
      return ["408", place.prefix + spec.needs + " must be set first"];
    }
    error = validate(spec, value, element, values[place.prefix + "type"]);
    if (error) return [error, JSON.stringify(value) + " does not fit " + element];
    for (var j = 0; j < count; j++) {
      if (spec.unique && j !== place.index && values[place.countKey + "." + j + "." + place.field] === value) {
        return ["351", "not unique: " + value];
      }
    }
    if (spec.writeOnce && !newRecord && values.hasOwnProperty(element) && values[element] !== value) {
      return ["351", element + " cannot be changed once set"];
    }
    values[element] = fit(element, spec, value);
    if (newRecord) {
      counts[place.countKey] = count + 1;
      if (count + 1 > place.collection.spm) warn(place.countKey, "more records than its SPM of " + place.collection.spm);
    }
    return ["0", ""];
  }

  // What the LMS decides at Terminate (as ADL's Sample RTE does).
  function evaluateStatuses() {
    if (values.hasOwnProperty("cmi.scaled_passing_score")) {
      values["cmi.success_status"] = !values.hasOwnProperty("cmi.score.scaled") ? "unknown" :
        Number(values["cmi.score.scaled"]) >= Number(values["cmi.scaled_passing_score"]) ? "passed" : "failed";
    }
    if (values.hasOwnProperty("cmi.completion_threshold") && values.hasOwnProperty("cmi.progress_measure")) {
      values["cmi.completion_status"] =
        Number(values["cmi.progress_measure"]) >= Number(values["cmi.completion_threshold"]) ? "completed" : "incomplete";
    }
  }

  var messages = {
    "0": "No Error", "101": "General Exception", "102": "General Initialization Failure", "103": "Already Initialized",
    "104": "Content Instance Terminated", "111": "General Termination Failure", "112": "Termination Before Initialization",
    "113": "Termination After Termination", "122": "Retrieve Data Before Initialization",
    "123": "Retrieve Data After Termination", "132": "Store Data Before Initialization",
    "133": "Store Data After Termination", "142": "Commit Before Initialization", "143": "Commit After Termination",
    "201": "General Argument Error", "301": "General Get Failure", "351": "General Set Failure",
    "391": "General Commit Failure", "401": "Undefined Data Model Element", "402": "Unimplemented Data Model Element",
    "403": "Data Model Element Value Not Initialized", "404": "Data Model Element Is Read Only",
    "405": "Data Model Element Is Write Only", "406": "Data Model Element Type Mismatch",
    "407": "Data Model Element Value Out Of Range", "408": "Data Model Dependency Not Established"
  };
  var state = "not initialized", error = "0", diagnostic = "";
  var calls = window.lmsCalls = [], errors = window.lmsErrors = [];
  function answer(name, args, resultValue, code, detail) {
    error = code;
    diagnostic = detail || "";
    calls.push([name].concat(args, [resultValue]));
    errors.push(code);
    return resultValue;
  }
  // Before Initialize and after Terminate: the error codes of each call.
  function notRunning(before, after) { return state === "not initialized" ? before : after; }

  window.API_1484_11 = {
    version: "1.0",
    Initialize: function (parameter) {
      var args = [parameter];
      if (state === "running") return answer("Initialize", args, "false", "103");
      if (state === "terminated") return answer("Initialize", args, "false", "104");
      if (parameter !== "") return answer("Initialize", args, "false", "201", "the parameter must be \"\"");
      if (params.has("refuse-initialize")) return answer("Initialize", args, "false", "102");
      state = "running";
      return answer("Initialize", args, "true", "0");
    },
    Terminate: function (parameter) {
      var args = [parameter];
      if (state !== "running") return answer("Terminate", args, "false", notRunning("112", "113"));
      if (parameter !== "") return answer("Terminate", args, "false", "201", "the parameter must be \"\"");
      state = "terminated";
      evaluateStatuses();
      return answer("Terminate", args, "true", "0");
    },
    GetValue: function (element) {
      var args = [element];
      if (state !== "running") return answer("GetValue", args, "", notRunning("122", "123"));
      var got = getValue(String(element));
      return answer("GetValue", args, got[0], got[1], got[2]);
    },
    SetValue: function (element, value) {
      var args = [element, String(value)];
      if (state !== "running") return answer("SetValue", args, "false", notRunning("132", "133"));
      var set = setValue(String(element), String(value));
      return answer("SetValue", args, set[0] === "0" ? "true" : "false", set[0], set[1]);
    },
    Commit: function (parameter) {
      var args = [parameter];
      if (state !== "running") return answer("Commit", args, "false", notRunning("142", "143"));
      if (parameter !== "") return answer("Commit", args, "false", "201", "the parameter must be \"\"");
      if (params.has("refuse-commit")) return answer("Commit", args, "false", "391");
      return answer("Commit", args, "true", "0");
    },
    GetLastError: function () { return error; },
    GetErrorString: function (code) { return messages[String(code)] || ""; },
    GetDiagnostic: function (code) {
      code = code === "" || code === undefined ? error : String(code);
      return (messages[code] || "") + (code === error && diagnostic ? ": " + diagnostic : "");
    }
  };
})();
"""

STANDIN_LMS_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Stand-in SCORM 2004 LMS</title><link rel="icon" href="data:,">
<script src="api.js"></script></head>
<body><iframe id="sco" title="Course" src="course/index.html" width="1200" height="900"></iframe></body>
</html>
"""

BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title><link rel="icon" href="data:,"></head><body></body></html>\n'


def install_standin(folder):
    """Writes the stand-in LMS (api.js, index.html, blank.html) into `folder`; the course
    goes in folder/course/ (launched from course/index.html)."""
    (folder / "api.js").write_text(API_1484_11_JS)
    (folder / "index.html").write_text(STANDIN_LMS_PAGE)
    (folder / "blank.html").write_text(BLANK_PAGE)

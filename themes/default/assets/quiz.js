// parley quizzes: graded in the browser, no server. Knowledge checks give feedback per
// question; quiz pages are assessments with one submit, a score and a review as the quiz's
// `answers:` allows, maybe a draw of questions, a number of attempts and a time limit.
//
// The page holds no answer in plain text: each question carries salted hashes of its right
// whole responses (`data-answer`) and its review encoded (`data-review`), which is decoded
// only when the quiz's policy lets the trainee see it.
(function () {
  "use strict";

  var parley = window.parley;

  // ---- Grading: must agree with AnswerKey.swift, TypedAnswer.swift, ReviewEncoding.swift

  // cyrb53 over UTF-16 code units, as AnswerKey.hash.
  function hash(text) {
    var h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  // Swift's Character.isWhitespace (Unicode White_Space), not JavaScript's \s, which adds
  // U+FEFF and leaves out U+0085.
  var WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
  var FINAL_PUNCTUATION = ".!?,;:…";
  var QUOTATION_MARKS = "\"'“”‘’«»";

  // A typed answer as TypedAnswer.normalized makes it: NFC, lower case, one space between
  // words, and at the ends no spaces, quotation marks or final punctuation. Lower case one
  // character at a time, as Swift does: toLowerCase on the whole text turns a final Σ into
  // ς, Swift into σ.
  function normalizeTyped(text) {
    var lower = Array.from(String(text || "").normalize("NFC"), function (character) { return character.toLowerCase(); }).join("");
    var joined = lower.split(WHITESPACE)
      .filter(function (word) { return word.length > 0; }).join(" ");
    for (;;) {
      if (joined.length && (FINAL_PUNCTUATION + QUOTATION_MARKS + " ").indexOf(joined.charAt(joined.length - 1)) >= 0) {
        joined = joined.slice(0, -1);
      } else if (joined.length && (QUOTATION_MARKS + " ").indexOf(joined.charAt(0)) >= 0) {
        joined = joined.slice(1);
      } else {
        return joined;
      }
    }
  }

  // The review: base64 of the JSON's UTF-8 bytes XORed with the bytes of
  // hash(salt:question:0), hash(salt:question:1), …
  function decodeReview(encoded, salt, question) {
    try {
      var binary = window.atob(encoded || "");
      var stream = "";
      for (var block = 0; stream.length < binary.length; block++) stream += hash(salt + ":" + question + ":" + block);
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) ^ stream.charCodeAt(i);
      var review = JSON.parse(new TextDecoder("utf-8").decode(bytes));
      return review && typeof review === "object" ? review : null;
    } catch (error) {
      return null;
    }
  }

  // ---- Small helpers

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function shuffled(items) {
    var list = items.slice();
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = list[i]; list[i] = list[j]; list[j] = swap;
    }
    return list;
  }

  function textOf(element) {
    return (element ? element.textContent || "" : "").replace(/\s+/g, " ").trim();
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // An item's place in a list to put in order, "1.", "2.", … in the language's digits.
  function positionText(index) {
    return parley.t("quiz.position", { number: parley.number(index + 1) });
  }

  // Numbers the items of a list to put in order as they now stand: after every shuffle,
  // restore and move.
  function renumber(list) {
    if (!list) return;
    all(list, ":scope > li").forEach(function (item, index) {
      var position = item.querySelector(".order-position");
      if (position) position.textContent = positionText(index);
    });
  }

  // ---- Storage: one record per quiz, versioned by the quiz's data-version

  var store = {
    key: function (form) {
      return "parley:" + (document.body.getAttribute("data-course") || "course") + ":quiz:" + form.getAttribute("data-quiz-id");
    },
    read: function (form) {
      try {
        var saved = JSON.parse(window.localStorage.getItem(store.key(form)) || "null");
        return saved && typeof saved === "object" && saved.version === form.getAttribute("data-version") ? saved : null;
      } catch (error) {
        return null;
      }
    },
    write: function (form, value) {
      try {
        window.localStorage.setItem(store.key(form), JSON.stringify(value));
      } catch (error) {
        // Storage can be full or switched off; grading still works without it.
      }
    }
  };

  // ---- One question: reading and restoring the trainee's answer, grading it

  function Question(fieldset, quiz) {
    this.fieldset = fieldset;
    this.quiz = quiz;
    this.kind = fieldset.getAttribute("data-kind");
    this.key = fieldset.getAttribute("data-question");
    this.isGraded = fieldset.getAttribute("data-graded") !== "false";
    this.section = fieldset.getAttribute("data-section");
    this.hashes = (fieldset.getAttribute("data-answer") || "").split(/\s+/).filter(Boolean);
    // How an LMS is told the answer: each option (or item, or left side of a pair) by its
    // place in the page as built, a right side likewise; read before anything is shuffled.
    this.interaction = fieldset.getAttribute("data-interaction") || "";
    // In a knowledge check, the response last checked, while its result is shown.
    this.checkedResponse = null;
    this.labels = labels(all(fieldset, ".option, .order-item, li.match"));
    var select = fieldset.querySelector("li.match select");
    this.choiceLabels = labels(select ? all(select, "option").filter(function (option) { return option.value; }) : []);
  }

  // "a", "b", … then "0" to "9": SCORM 1.2 names choices by one character.
  var LABELS = "abcdefghijklmnopqrstuvwxyz0123456789";

  function labels(elements) {
    var byKey = {};
    elements.forEach(function (element, index) {
      byKey[element.getAttribute("data-key") || element.value] = LABELS.charAt(index) || String(index);
    });
    return byKey;
  }

  // The answer as an LMS records it: the labels chosen or put in order, the pairs made, or
  // the text typed.
  Question.prototype.lmsResponse = function (state) {
    var question = this;
    switch (this.kind) {
      case "single":
      case "multiple":
        return state.map(function (key) { return question.labels[key]; }).sort();
      case "ordering":
        return state.map(function (key) { return question.labels[key]; });
      case "matching":
        return Object.keys(state).map(function (left) { return [question.labels[left], question.choiceLabels[state[left]]]; })
          .sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
      case "typed":
        return [String(state)];
    }
    return [];
  };

  // The question as a learning record store describes it (xAPI's interaction definition,
  // SCORM 2004's description and correct responses): the prompt, each option by its label,
  // and the right responses in lmsResponse's form only when `withAnswers` (a quiz whose
  // answers are shown to the trainee anyway).
  Question.prototype.lmsDefinition = function (withAnswers) {
    var question = this, fieldset = this.fieldset;
    var definition = { prompt: textOf(fieldset.querySelector(".question-prompt")) };
    function described(elements, labelOf, textSelector) {
      return elements.map(function (element) {
        var text = textSelector ? element.querySelector(textSelector) : element;
        return { id: labelOf(element), text: textOf(text || element) };
      }).sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
    }
    function byKey(element) { return question.labels[element.getAttribute("data-key")]; }
    if (this.kind === "single" || this.kind === "multiple") definition.choices = described(all(fieldset, ".option"), byKey, "label");
    if (this.kind === "ordering") definition.choices = described(all(fieldset, ".order-item"), byKey, ".order-text");
    if (this.kind === "matching") {
      definition.source = described(all(fieldset, "li.match"), byKey, ".match-left");
      var select = fieldset.querySelector("li.match select");
      definition.target = described(select ? all(select, "option").filter(function (option) { return option.value; }) : [],
        function (option) { return question.choiceLabels[option.value]; });
    }
    var review = withAnswers ? this.review() : null;
    if (review && Array.isArray(review.c)) definition.correct = this.lmsCorrect(review.c);
    return definition;
  };

  // The right responses, each as lmsResponse gives a response: a typed question may accept
  // several answers, anything else has one.
  Question.prototype.lmsCorrect = function (right) {
    var question = this;
    switch (this.kind) {
      case "single":
      case "multiple":
        return [right.map(function (key) { return question.labels[key]; }).sort()];
      case "ordering":
        return [right.map(function (key) { return question.labels[key]; })];
      case "typed":
        return right.map(function (text) { return [String(text)]; });
      case "matching":
        return [right.map(function (pair) {
          var at = pair.indexOf("=");
          return [question.labels[pair.slice(0, at)], question.choiceLabels[pair.slice(at + 1)]];
        }).sort(function (a, b) { return a[0] < b[0] ? -1 : 1; })];
    }
    return [];
  };

  // What the trainee has given: whether it is an answer, the response string that is
  // hashed, and the state to store.
  Question.prototype.read = function () {
    var fieldset = this.fieldset;
    switch (this.kind) {
      case "single":
      case "multiple":
        var chosen = all(fieldset, ".option input").filter(function (input) { return input.checked; })
          .map(function (input) { return input.value; });
        return { answered: chosen.length > 0, response: chosen.slice().sort().join(","), state: chosen };
      case "ordering":
        var order = all(fieldset, ".order-item").map(function (item) { return item.getAttribute("data-key"); });
        return { answered: true, response: order.join(","), state: order };
      case "typed":
        var input = fieldset.querySelector(".typed-answer input");
        var typed = input ? input.value : "";
        var normalized = normalizeTyped(typed);
        return { answered: normalized.length > 0, response: normalized, state: typed };
      case "matching":
        var pairs = {}, complete = true, any = false;
        var responses = all(fieldset, "li.match").map(function (item) {
          var value = item.querySelector("select").value;
          if (value) { any = true; pairs[item.getAttribute("data-key")] = value; } else complete = false;
          return item.getAttribute("data-key") + "=" + value;
        });
        return { answered: complete, partly: any, response: responses.sort().join(","), state: pairs };
      case "reflection":
        var reply = fieldset.querySelector("textarea");
        return { answered: true, response: "", state: reply ? reply.value : "" };
    }
    return { answered: false, response: "", state: null };
  };

  Question.prototype.restore = function (state) {
    var fieldset = this.fieldset;
    if (state === undefined || state === null) return;
    switch (this.kind) {
      case "single":
      case "multiple":
        all(fieldset, ".option input").forEach(function (input) { input.checked = state.indexOf(input.value) >= 0; });
        break;
      case "ordering":
        var list = fieldset.querySelector("ol.ordering");
        state.forEach(function (key) {
          var item = all(list, ":scope > li").filter(function (li) { return li.getAttribute("data-key") === key; })[0];
          if (item) list.appendChild(item);
        });
        renumber(list);
        break;
      case "typed":
        fieldset.querySelector(".typed-answer input").value = String(state);
        break;
      case "matching":
        all(fieldset, "li.match").forEach(function (item) {
          var select = item.querySelector("select");
          var value = state[item.getAttribute("data-key")] || "";
          select.value = all(select, "option").some(function (option) { return option.value === value; }) ? value : "";
        });
        break;
      case "reflection":
        fieldset.querySelector("textarea").value = String(state);
        break;
    }
  };

  Question.prototype.clearAnswer = function () {
    all(this.fieldset, "input[type=radio], input[type=checkbox]").forEach(function (input) { input.checked = false; });
    all(this.fieldset, "input[type=text], textarea, select").forEach(function (control) { control.value = ""; });
  };

  Question.prototype.isRight = function (response) {
    return this.hashes.indexOf(hash(this.quiz.salt + ":" + this.key + ":" + response)) >= 0;
  };

  Question.prototype.grade = function () {
    var answer = this.read();
    answer.correct = this.isGraded && answer.answered && this.isRight(answer.response);
    return answer;
  };

  Question.prototype.review = function () {
    return decodeReview(this.fieldset.getAttribute("data-review"), this.quiz.salt, this.key);
  };

  Question.prototype.controls = function () {
    return all(this.fieldset, "input, select, textarea, .order-buttons button");
  };

  Question.prototype.firstControl = function () {
    return this.fieldset.querySelector("input:not([disabled]), select:not([disabled]), textarea:not([disabled]), .order-buttons button:not([disabled])");
  };

  // A new random order for the options (and the items to put in order, never in their
  // right order, which the hashes tell).
  Question.prototype.shuffle = function (optionsToo) {
    var list;
    if (optionsToo && this.kind !== "ordering" && (list = this.fieldset.querySelector("ul.options"))) {
      shuffled(all(list, ":scope > li")).forEach(function (item) { list.appendChild(item); });
    }
    if (this.kind === "ordering" && (list = this.fieldset.querySelector("ol.ordering"))) {
      var items = all(list, ":scope > li");
      for (var tries = 0; tries < 20; tries++) {
        items = shuffled(items);
        if (items.length < 2 || !this.isRight(items.map(function (item) { return item.getAttribute("data-key"); }).join(","))) break;
      }
      items.forEach(function (item) { list.appendChild(item); });
      renumber(list);
    }
  };

  // ---- Showing a result and as much of the review as the policy allows

  var FULL = "full", FEEDBACK = "feedback", RESULT = "result";

  Question.prototype.clearResult = function () {
    var fieldset = this.fieldset;
    fieldset.classList.remove("is-correct", "is-incorrect");
    all(fieldset, ".option-mark, .feedback, .right-match").forEach(function (node) { node.remove(); });
    all(fieldset, "li").forEach(function (item) {
      item.classList.remove("option-right", "option-wrong", "option-missed", "option-chosen");
    });
    var result = fieldset.querySelector(".question-result");
    result.textContent = "";
    result.hidden = true;
    var review = fieldset.querySelector(".question-review");
    review.innerHTML = "";
    review.hidden = true;
  };

  function mark(item, text, className) {
    item.classList.add(className);
    item.appendChild(element("span", "option-mark", text));
  }

  function feedbackBox(html) {
    var box = element("div", "feedback");
    box.innerHTML = html;
    return box;
  }

  function reviewPart(review, label, content, className) {
    var part = element("div", "review-part" + (className ? " " + className : ""));
    if (label) part.appendChild(element("p", "review-label", label));
    if (typeof content === "string") {
      var body = element("div", "review-text");
      body.innerHTML = content;
      part.appendChild(body);
    } else {
      part.appendChild(content);
    }
    review.appendChild(part);
  }

  // Shows the result of a graded answer at a level: FULL (right answers, feedback,
  // explanation), FEEDBACK (the feedback of what was chosen), RESULT (right or wrong).
  // Returns the result's text.
  Question.prototype.showResult = function (answer, level) {
    var fieldset = this.fieldset;
    this.clearResult();
    fieldset.classList.add(answer.correct ? "is-correct" : "is-incorrect");
    var review = level === RESULT ? null : this.review();
    if (!review) level = RESULT;
    var detail = "";
    if (level === FULL) detail = this.showFull(answer, review);
    else if (level === FEEDBACK) this.showFeedback(answer, review);
    else this.showChosen(answer);
    var box = fieldset.querySelector(".question-result");
    var verdict = parley.t(answer.correct ? "quiz.correct" : answer.answered ? "quiz.not_quite" : "quiz.not_answered");
    box.textContent = detail ? verdict + " " + detail : verdict;
    box.hidden = false;
    var reviewBox = fieldset.querySelector(".question-review");
    if (level === FULL && review.e) reviewPart(reviewBox, "", review.e, "explanation");
    reviewBox.hidden = !reviewBox.firstChild;
    return box.textContent;
  };

  // Only which options the trainee chose, marked in words: the review of a quiz whose
  // answers are hidden, where the inputs are locked and would otherwise be all there is.
  Question.prototype.showChosen = function (answer) {
    if (this.kind !== "single" && this.kind !== "multiple") return;
    all(this.fieldset, ".option").forEach(function (option) {
      if (answer.state.indexOf(option.getAttribute("data-key")) >= 0) mark(option, parley.t("quiz.mark.chosen"), "option-chosen");
    });
  };

  // The feedback of the options chosen, without telling which of them are right.
  Question.prototype.showFeedback = function (answer, review) {
    var feedback = review.f || {};
    if (this.kind === "single" || this.kind === "multiple") {
      all(this.fieldset, ".option").forEach(function (option) {
        var key = option.getAttribute("data-key");
        if (answer.state.indexOf(key) < 0) return;
        mark(option, parley.t("quiz.mark.chosen"), "option-chosen");
        if (feedback[key]) option.appendChild(feedbackBox(feedback[key]));
      });
    } else if (this.kind === "typed" && answer.answered && !answer.correct && review.w) {
      reviewPart(this.fieldset.querySelector(".question-review"), "", review.w, "feedback");
    }
  };

  // Everything: which options are right, the right order, the accepted answers, the right
  // pairs, the feedback. Returns a detail for the result line.
  Question.prototype.showFull = function (answer, review) {
    var right = review.c || [];
    var feedback = review.f || {};
    var reviewBox = this.fieldset.querySelector(".question-review");
    var detail = "";
    if (this.kind === "single" || this.kind === "multiple") {
      var chosenRight = 0;
      all(this.fieldset, ".option").forEach(function (option) {
        var key = option.getAttribute("data-key");
        var isRight = right.indexOf(key) >= 0;
        if (answer.state.indexOf(key) >= 0) {
          if (isRight) chosenRight++;
          mark(option, parley.t(isRight ? "quiz.mark.chosen_right" : "quiz.mark.chosen_wrong"), isRight ? "option-right" : "option-wrong");
          if (feedback[key]) option.appendChild(feedbackBox(feedback[key]));
        } else if (isRight) {
          mark(option, parley.t("quiz.mark.missed"), "option-missed");
        }
      });
      var wrong = answer.state.length - chosenRight;
      if (this.kind === "multiple" && answer.answered && !answer.correct) {
        detail = parley.tn(wrong > 0 ? "quiz.chose_some_wrong" : "quiz.chose_some", right.length,
          { chosen: parley.number(chosenRight), wrong: parley.number(wrong) });
      }
    } else if (this.kind === "ordering") {
      var items = all(this.fieldset, ".order-item");
      var placed = 0;
      items.forEach(function (item, index) {
        var inPlace = right[index] === item.getAttribute("data-key");
        if (inPlace) placed++;
        mark(item, parley.t(inPlace ? "quiz.mark.in_place" : "quiz.mark.out_of_place"), inPlace ? "option-right" : "option-wrong");
        var key = item.getAttribute("data-key");
        if (feedback[key]) item.appendChild(feedbackBox(feedback[key]));
      });
      if (!answer.correct) {
        detail = parley.tn("quiz.placed", items.length, { placed: parley.number(placed) });
        var list = element("ol", "right-order");
        right.forEach(function (key, index) {
          var item = items.filter(function (li) { return li.getAttribute("data-key") === key; })[0];
          var entry = element("li");
          entry.appendChild(element("span", "order-position", positionText(index)));
          var text = element("span", "order-text");
          if (item) text.innerHTML = item.querySelector(".order-text").innerHTML;
          entry.appendChild(text);
          list.appendChild(entry);
        });
        reviewPart(reviewBox, parley.t("quiz.right_order"), list);
      }
    } else if (this.kind === "typed") {
      if (!answer.correct && answer.answered && review.w) reviewPart(reviewBox, "", review.w, "feedback");
      var accepted = element("p", "accepted-answers");
      accepted.appendChild(element("span", "review-label", parley.t(right.length === 1 ? "quiz.the_answer" : "quiz.answers_accepted") + " "));
      accepted.appendChild(element("strong", "", right.join("; ")));
      reviewPart(reviewBox, "", accepted);
    } else if (this.kind === "matching") {
      var pairs = {};
      right.forEach(function (pair) {
        var at = pair.indexOf("=");
        pairs[pair.slice(0, at)] = pair.slice(at + 1);
      });
      var matched = 0;
      var matches = all(this.fieldset, "li.match");
      matches.forEach(function (item) {
        var left = item.getAttribute("data-key");
        var select = item.querySelector("select");
        var isRight = select.value !== "" && pairs[left] === select.value;
        if (isRight) matched++;
        mark(item, parley.t(isRight ? "quiz.mark.match_right" : select.value ? "quiz.mark.match_wrong" : "quiz.mark.not_matched"), isRight ? "option-right" : "option-wrong");
        if (!isRight) {
          var option = all(select, "option").filter(function (choice) { return choice.value === pairs[left]; })[0];
          var hint = element("span", "right-match", parley.t("quiz.right_match") + " ");
          hint.appendChild(element("strong", "", textOf(option)));
          item.appendChild(hint);
        }
        if (feedback[left]) item.appendChild(feedbackBox(feedback[left]));
      });
      if (!answer.correct) detail = parley.tn("quiz.pairs_right", matches.length, { matched: parley.number(matched) });
    }
    return detail;
  };

  // ---- A quiz: what checks and assessments share

  function Quiz(form) {
    var quiz = this;
    quiz.form = form;
    quiz.id = form.getAttribute("data-quiz-id");
    quiz.salt = form.getAttribute("data-salt") || "";
    quiz.status = form.querySelector(".quiz-status");
    quiz.isAssessment = form.getAttribute("data-mode") === "assessment";
    quiz.passMark = parseInt(form.getAttribute("data-pass-mark"), 10) || 0;
    quiz.shuffles = form.getAttribute("data-shuffle") !== "false";
    quiz.questions = all(form, "fieldset.question").map(function (fieldset) { return new Question(fieldset, quiz); });
  }

  Quiz.prototype.question = function (fieldset) {
    return this.questions.filter(function (question) { return question.fieldset === fieldset; })[0];
  };

  Quiz.prototype.announce = function (message) {
    // Cleared first so that the same message twice is still read out.
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  };

  Quiz.prototype.start = function () {
    var quiz = this;
    if (!quiz.isAssessment) quiz.nameFromHeading();
    all(quiz.form, ".order-buttons").forEach(function (element) { element.hidden = false; });
    quiz.questions.forEach(function (question) {
      if (question.kind !== "reflection") {
        var actions = question.fieldset.querySelector(".question-actions");
        if (actions) actions.hidden = false;
      }
    });
    quiz.form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button || !quiz.form.contains(button)) return;
      if (button.classList.contains("move-up")) quiz.move(button, -1);
      else if (button.classList.contains("move-down")) quiz.move(button, 1);
      else if (button.classList.contains("reveal-button")) quiz.toggleModel(button);
      else if (button.classList.contains("check-button")) quiz.checkOne(quiz.question(button.closest("fieldset")));
      else quiz.click(button);
    });
    // Enter in a typed answer would submit the whole form: in a check it checks that
    // question, in an assessment it does nothing.
    quiz.form.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || !event.target.matches || !event.target.matches(".typed-answer input")) return;
      event.preventDefault();
      if (!quiz.isAssessment) quiz.checkOne(quiz.question(event.target.closest("fieldset")));
    });
    quiz.form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (quiz.isAssessment) quiz.submit(false);
    });
    quiz.form.addEventListener("input", function (event) { quiz.answerChanged(event.target); quiz.changed(); });
    quiz.form.addEventListener("change", function (event) { quiz.answerChanged(event.target); quiz.changed(); });
    quiz.begin();
    all(quiz.form, "ol.ordering").forEach(renumber);
  };

  Quiz.prototype.click = function () {};

  // A knowledge check right under a heading of the author's ("## Knowledge check") is named
  // by that heading, and its own label is not shown (style.css hides it by the same rule:
  // the heading is the form's previous element), so the page does not say it twice. Else
  // the form keeps the name of its label, which the template points to.
  Quiz.prototype.nameFromHeading = function () {
    var heading = this.form.previousElementSibling;
    if (!heading || !/^H[1-6]$/.test(heading.tagName)) return;
    if (!heading.id) heading.id = this.form.id + "-heading";
    this.form.setAttribute("aria-labelledby", heading.id);
  };

  // In a knowledge check, a question checked and then answered differently: its result is
  // about an answer no longer given, so it goes, and the button is "Check answer" again.
  Quiz.prototype.answerChanged = function (control) {
    if (this.isAssessment || !control || !control.closest) return;
    var question = this.question(control.closest("fieldset.question"));
    // A change event that repeats what was checked (a typed answer left with Tab) is no change.
    if (!question || question.checkedResponse === null || question.read().response === question.checkedResponse) return;
    question.checkedResponse = null;
    question.clearResult();
    var button = question.fieldset.querySelector(".check-button");
    if (button) button.textContent = parley.t("quiz.check");
  };

  // A knowledge check keeps only the replies written to its reflections, so a trainee who
  // leaves the page finds them again. Under a key of their own: they are the trainee's
  // notes, never part of a result or of what an LMS is sent.
  Quiz.prototype.notesKey = function () {
    return "parley:" + (document.body.getAttribute("data-course") || "course") + ":notes:" + this.id;
  };

  Quiz.prototype.changed = function () {
    var notes = {};
    var any = false;
    this.questions.forEach(function (question) {
      if (question.kind !== "reflection") return;
      var state = question.read().state;
      if (state) { notes[question.key] = state; any = true; }
    });
    try {
      if (any) window.localStorage.setItem(this.notesKey(), JSON.stringify(notes));
      else window.localStorage.removeItem(this.notesKey());
    } catch (error) { /* storage off: the replies last as long as the page */ }
  };

  Quiz.prototype.begin = function () {
    var quiz = this;
    quiz.questions.forEach(function (question) { question.shuffle(quiz.shuffles); });
    var notes = null;
    try { notes = JSON.parse(window.localStorage.getItem(quiz.notesKey()) || "null"); } catch (error) { notes = null; }
    if (!notes || typeof notes !== "object") return;
    quiz.questions.forEach(function (question) {
      if (question.kind === "reflection" && typeof notes[question.key] === "string") question.restore(notes[question.key]);
    });
  };

  Quiz.prototype.move = function (button, step) {
    var item = button.closest("li");
    var list = item.parentNode;
    var items = all(list, ":scope > li");
    var index = items.indexOf(item);
    var target = index + step;
    var label = textOf(item.querySelector(".order-text"));
    if (target < 0 || target >= items.length) {
      this.announce(parley.t(step < 0 ? "quiz.already_first" : "quiz.already_last", { item: label }));
      return;
    }
    if (step < 0) list.insertBefore(item, items[target]);
    else list.insertBefore(items[target], item);
    renumber(list);
    this.answerChanged(list);
    button.focus();
    this.announce(parley.t("quiz.moved", { item: label, position: parley.number(target + 1), count: parley.number(items.length) }));
    this.changed();
  };

  Quiz.prototype.toggleModel = function (button) {
    var model = document.getElementById(button.getAttribute("aria-controls"));
    if (!model) return;
    var open = model.hidden;
    model.hidden = !open;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.textContent = parley.t(open ? "quiz.hide_model" : "quiz.show_model");
  };

  // A knowledge check: each question checked on its own, everything shown at once.
  Quiz.prototype.checkOne = function (question) {
    if (!question || !question.isGraded) return;
    var answer = question.grade();
    var button = question.fieldset.querySelector(".check-button");
    question.clearResult();
    question.checkedResponse = null;
    if (button) button.textContent = parley.t("quiz.check");
    if (!answer.answered) {
      this.announce(parley.t(question.kind === "typed" ? "quiz.first.typed" :
        question.kind === "matching" ? "quiz.first.matching" : "quiz.first.choice"));
      return;
    }
    var number = textOf(question.fieldset.querySelector(".question-number"));
    this.announce(parley.t("quiz.checked", { question: number, result: question.showResult(answer, FULL) }));
    // Checked: the button says so until the answer changes (answerChanged). The result is
    // read out by the status region; the focus stays on the button.
    question.checkedResponse = answer.response;
    if (button) button.textContent = parley.t("quiz.check_again");
  };

  // ---- An assessment: draws, attempts, a time limit, one submit, a score

  function Assessment(form) {
    Quiz.call(this, form);
    this.policy = form.getAttribute("data-answers") || "shown";
    this.limit = parseInt(form.getAttribute("data-attempts"), 10) || 0;
    this.minutes = parseInt(form.getAttribute("data-time-limit"), 10) || 0;
    this.draw = readDraw(form.getAttribute("data-draw"));
    this.timer = form.querySelector(".quiz-timer");
    this.record = null;
    this.ticking = null;
  }
  Assessment.prototype = Object.create(Quiz.prototype);
  Assessment.prototype.constructor = Assessment;

  // `3`: three of the graded questions; `{"listening":2}`: two of section listening's.
  function readDraw(text) {
    if (!text) return null;
    try {
      var value = JSON.parse(text);
      if (typeof value === "number" && value > 0) return value;
      if (value && typeof value === "object") return value;
    } catch (error) { /* no draw */ }
    return null;
  }

  Assessment.prototype.load = function () {
    var saved = store.read(this.form) || {};
    // `best` and `passed` only once an attempt is submitted: a record without them is a
    // quiz started, not a result (progress.js and scorm.js read it so).
    var record = { version: this.form.getAttribute("data-version") };
    if (typeof saved.best === "number") {
      record.best = saved.best;
      record.passed = !!saved.passed;
    }
    record.attempts = Number(saved.attempts) || (record.best !== undefined ? 1 : 0);
    record.failures = Number(saved.failures) || 0;
    record.seen = Array.isArray(saved.seen) ? saved.seen : [];
    if (saved.last && typeof saved.last === "object") record.last = saved.last;
    if (saved.current && Array.isArray(saved.current.questions)) record.current = saved.current;
    return record;
  };

  Assessment.prototype.save = function () {
    store.write(this.form, this.record);
  };

  Assessment.prototype.graded = function () {
    return this.questions.filter(function (question) { return question.isGraded; });
  };

  Assessment.prototype.shown = function () {
    return this.questions.filter(function (question) { return !question.fieldset.hidden; });
  };

  Assessment.prototype.isOutOfAttempts = function () {
    return this.limit > 0 && this.record.failures >= this.limit;
  };

  Assessment.prototype.begin = function () {
    var quiz = this;
    quiz.record = quiz.load();
    quiz.form.querySelector(".quiz-actions").hidden = false;
    quiz.showBest();
    var record = quiz.record;
    var restore = function (attempt) {
      quiz.show(attempt.questions);
      quiz.questions.forEach(function (question) {
        question.shuffle(quiz.shuffles);
        var kept = question.kind === "reflection" ? attempt.notes : attempt.answers;
        question.restore(kept && kept[question.key]);
      });
    };
    if (record.current) {
      restore(record.current);
      quiz.lock(false);
      if (quiz.minutes) {
        if (!record.current.deadline) record.current.deadline = Date.now() + quiz.minutes * 60000;
        quiz.runClock();
      }
    } else if (record.last && Array.isArray(record.last.questions)) {
      restore(record.last);
      quiz.review(quiz.results(), record.last.timedOut, false);
    } else if (quiz.isOutOfAttempts()) {
      quiz.closed();
    } else {
      quiz.newAttempt();
    }
    quiz.showAttempts();
  };

  // A new attempt: a new draw, options in a new order, no answers. A timed quiz waits for
  // the trainee to start the clock.
  Assessment.prototype.newAttempt = function () {
    var quiz = this;
    delete quiz.record.current;
    quiz.questions.forEach(function (question) {
      question.clearResult();
      question.clearAnswer();
      question.shuffle(quiz.shuffles);
    });
    quiz.showScore(null);
    quiz.lock(false);
    if (quiz.minutes) {
      quiz.gate(true);
      return;
    }
    quiz.drawQuestions();
  };

  Assessment.prototype.drawQuestions = function () {
    var keys = this.pick();
    this.record.current = { questions: keys, answers: {} };
    this.show(keys);
    this.save();
  };

  // The graded questions this attempt asks: all of them, or a draw that prefers those this
  // trainee has not seen. When a pool has too few unseen ones left, a new round starts.
  Assessment.prototype.pick = function () {
    var graded = this.graded();
    var draw = this.draw;
    if (!draw) return graded.map(function (question) { return question.key; });
    var seen = this.record.seen;
    var pools = [];
    if (typeof draw === "number") {
      pools.push({ questions: graded, count: draw });
    } else {
      Object.keys(draw).forEach(function (section) {
        pools.push({ questions: graded.filter(function (question) { return question.section === section; }), count: Number(draw[section]) || 0 });
      });
    }
    var chosen = {};
    // Questions in no pool (a section the draw does not name) are always asked.
    graded.forEach(function (question) {
      if (!pools.some(function (pool) { return pool.questions.indexOf(question) >= 0; })) chosen[question.key] = true;
    });
    pools.forEach(function (pool) {
      var keys = pool.questions.map(function (question) { return question.key; });
      var fresh = shuffled(keys.filter(function (key) { return seen.indexOf(key) < 0; }));
      var old = shuffled(keys.filter(function (key) { return seen.indexOf(key) >= 0; }));
      var count = Math.min(pool.count, keys.length);
      var picked;
      if (fresh.length >= count) {
        picked = fresh.slice(0, count);
        seen = seen.concat(picked);
      } else {
        var refill = old.slice(0, count - fresh.length);
        picked = fresh.concat(refill);
        seen = seen.filter(function (key) { return keys.indexOf(key) < 0; }).concat(refill);
      }
      picked.forEach(function (key) { chosen[key] = true; });
    });
    this.record.seen = seen;
    return graded.filter(function (question) { return chosen[question.key]; }).map(function (question) { return question.key; });
  };

  // Shows the graded questions named and every reflection; numbers what is shown.
  Assessment.prototype.show = function (keys) {
    var shown = this.questions.filter(function (question) { return !question.isGraded || keys.indexOf(question.key) >= 0; });
    if (!shown.some(function (question) { return question.isGraded; }) && this.graded().length) {
      // A stored draw that no longer fits the page: ask everything.
      shown = this.questions;
    }
    this.questions.forEach(function (question) {
      var visible = shown.indexOf(question) >= 0;
      question.fieldset.hidden = !visible;
      question.controls().forEach(function (control) { control.disabled = !visible; });
    });
    shown.forEach(function (question, index) {
      question.number = index + 1;
      question.fieldset.querySelector(".question-number").textContent =
        parley.t("quiz.question_of", { number: parley.number(index + 1), count: parley.number(shown.length) });
    });
  };

  Assessment.prototype.gate = function (waiting) {
    var quiz = this;
    var gate = quiz.form.querySelector(".quiz-start");
    if (!gate && waiting) {
      gate = element("div", "quiz-start");
      gate.appendChild(element("p", "", parley.tn("quiz.time_limit", quiz.minutes, { button: parley.t("quiz.start") })));
      var actions = element("p");
      var button = element("button", "start-button", parley.t("quiz.start"));
      button.type = "button";
      actions.appendChild(button);
      gate.appendChild(actions);
      var after = quiz.timer || quiz.form.querySelector(".quiz-attempts");
      after.parentNode.insertBefore(gate, after.nextSibling);
    }
    if (gate) gate.hidden = !waiting;
    quiz.questions.forEach(function (question) { if (waiting) question.fieldset.hidden = true; });
    quiz.form.querySelector(".quiz-actions").hidden = waiting;
    if (waiting && quiz.timer) quiz.timer.hidden = true;
  };

  Assessment.prototype.click = function (button) {
    if (button.classList.contains("retry-button")) this.retry();
    else if (button.classList.contains("start-button")) this.startClock();
    else if (button.classList.contains("more-time-button")) this.moreTime();
  };

  Assessment.prototype.changed = function () {
    var current = this.record && this.record.current;
    if (!current) return;
    // A reflection's reply is a note of the trainee's: kept apart, in this browser only.
    current.answers = {};
    current.notes = {};
    this.shown().forEach(function (question) {
      (question.kind === "reflection" ? current.notes : current.answers)[question.key] = question.read().state;
    });
    this.save();
  };

  // Submitted, the answers stay in view but cannot change: the inputs are disabled (style.css
  // draws the chosen ones in full colour, and the review marks them in words), the move
  // buttons go. "Try again" is under the score at the top and in place of the submit button.
  Assessment.prototype.lock = function (locked) {
    this.shown().forEach(function (question) {
      question.controls().forEach(function (control) { control.disabled = locked; });
    });
    all(this.form, ".order-buttons").forEach(function (buttons) { buttons.hidden = locked; });
    this.form.querySelector(".submit-button").hidden = locked;
    var again = locked && !this.isOutOfAttempts();
    this.form.querySelector(".quiz-retry").hidden = !again;
    all(this.form, ".quiz-actions .retry-button").forEach(function (button) { button.hidden = !again; });
  };

  // ---- The clock

  Assessment.prototype.startClock = function () {
    this.gate(false);
    this.drawQuestions();
    this.record.current.deadline = Date.now() + this.minutes * 60000;
    this.record.current.warned = this.minutes <= 1;
    this.save();
    this.runClock();
    this.announce(parley.tn("quiz.clock_started", this.minutes));
    var first = this.shown()[0];
    var control = first && first.firstControl();
    if (control) control.focus();
  };

  Assessment.prototype.runClock = function () {
    var quiz = this;
    if (!quiz.timer) return;
    quiz.timer.hidden = false;
    quiz.timer.querySelector(".more-time-button").hidden = !!quiz.record.current.extended;
    window.clearInterval(quiz.ticking);
    quiz.tick();
    if (quiz.record.current) quiz.ticking = window.setInterval(function () { quiz.tick(); }, 250);
  };

  function clock(milliseconds) {
    var seconds = Math.max(0, Math.ceil(milliseconds / 1000));
    var hours = Math.floor(seconds / 3600), minutes = Math.floor(seconds % 3600 / 60);
    function pad(number) { return parley.number(number, { minimumIntegerDigits: 2, useGrouping: false }); }
    return (hours ? parley.number(hours) + ":" + pad(minutes) : parley.number(minutes)) + ":" + pad(seconds % 60);
  }

  Assessment.prototype.tick = function () {
    var current = this.record.current;
    if (!current || !current.deadline) return;
    var left = current.deadline - Date.now();
    this.timer.querySelector(".quiz-timer-text").textContent = parley.t("quiz.time_left", { time: clock(left) });
    if (left <= 0) {
      this.submit(true);
    } else if (left <= 60000 && !current.warned) {
      current.warned = true;
      this.save();
      this.announce(current.extended ? parley.t("quiz.one_minute_left") :
        parley.t("quiz.one_minute_left") + " " + parley.t("quiz.ask_more_time", { button: parley.t("quiz.more_time") }));
    }
  };

  Assessment.prototype.moreTime = function () {
    var current = this.record.current;
    if (!current || current.extended) return;
    current.extended = true;
    current.deadline += this.minutes * 60000;
    if (current.deadline - Date.now() > 60000) current.warned = false;
    this.save();
    var button = this.timer.querySelector(".more-time-button");
    this.tick();
    this.announce(parley.tn("quiz.time_added", this.minutes, { time: clock(current.deadline - Date.now()) }));
    // The button goes away: keep the focus near it.
    this.timer.setAttribute("tabindex", "-1");
    this.timer.focus();
    button.hidden = true;
  };

  Assessment.prototype.stopClock = function () {
    window.clearInterval(this.ticking);
    this.ticking = null;
    if (this.timer) this.timer.hidden = true;
  };

  // ---- Submitting and the review

  Assessment.prototype.results = function () {
    return this.shown().filter(function (question) { return question.isGraded; })
      .map(function (question) { return { question: question, answer: question.grade() }; });
  };

  // `timedOut`: the clock ran out, so what is unanswered counts as wrong.
  Assessment.prototype.submit = function (timedOut) {
    var quiz = this;
    if (!quiz.record.current) return;
    var results = quiz.results();
    if (!timedOut) {
      var missing = results.filter(function (result) { return !result.answer.answered; });
      if (missing.length) {
        var numbers = missing.map(function (result) { return parley.number(result.question.number || quiz.shown().indexOf(result.question) + 1); });
        quiz.announce(parley.tn("quiz.answer_every", missing.length, { numbers: parley.list(numbers) }));
        var control = missing[0].question.firstControl();
        if (control) control.focus();
        return;
      }
    }
    quiz.stopClock();
    var correct = results.filter(function (result) { return result.answer.correct; }).length;
    var score = results.length ? Math.round(100 * correct / results.length) : 100;
    var passed = score >= quiz.passMark;
    var record = quiz.record;
    var answers = {};
    quiz.shown().forEach(function (question) { if (question.kind !== "reflection") answers[question.key] = question.read().state; });
    record.attempts += 1;
    if (!passed) record.failures += 1;
    record.best = Math.max(record.best || 0, score);
    record.passed = record.passed || passed;
    record.last = { score: score, passed: passed, questions: record.current.questions, answers: answers };
    if (timedOut) record.last.timedOut = true;
    delete record.current;
    quiz.save();
    quiz.showBest();
    quiz.showAttempts();
    quiz.review(results, timedOut, true);
    results.forEach(function (result) {
      if (!result.answer.answered) return;
      var question = result.question;
      document.dispatchEvent(new CustomEvent("parley:answer", { detail: {
        quiz: quiz.id, question: question.key, kind: question.kind, attempt: record.attempts,
        response: result.answer.response, correct: result.answer.correct,
        interaction: { type: question.interaction, response: question.lmsResponse(result.answer.state),
          definition: question.lmsDefinition(quiz.policy === "shown") } } }));
    });
    document.dispatchEvent(new CustomEvent("parley:quiz", { detail: {
      id: quiz.id, score: score, passed: passed, best: record.best, passMark: quiz.passMark, attempt: record.attempts,
      graded: quiz.form.getAttribute("data-graded") === "true",
      attempts: record.attempts, failures: record.failures } }));
  };

  // How much of the review the policy allows now.
  Assessment.prototype.level = function () {
    if (this.policy === "hidden") return RESULT;
    if (this.policy === "after-pass" && !this.record.passed && !this.isOutOfAttempts()) return FEEDBACK;
    return FULL;
  };

  // Shows the last submitted attempt: each question's result, the score, what is next.
  // `fresh` when just submitted (focus and announce), not when the page is reloaded.
  Assessment.prototype.review = function (results, timedOut, fresh) {
    var quiz = this;
    var level = quiz.level();
    results.forEach(function (result) { result.question.showResult(result.answer, level); });
    quiz.lock(true);
    var last = quiz.record.last || {};
    var passed = !!last.passed;
    var correct = results.filter(function (result) { return result.answer.correct; }).length;
    var score = typeof last.score === "number" ? last.score : 0;
    // Whole sentences, one after the other.
    var sentences = [];
    if (timedOut) sentences.push(parley.t("quiz.time_up"));
    sentences.push(parley.tn("quiz.scored", results.length, { score: parley.percent(score), correct: parley.number(correct) }));
    sentences.push(parley.t(passed ? "quiz.passed" : "quiz.not_passed", { passMark: parley.percent(quiz.passMark) }));
    if (level === FEEDBACK) sentences.push(parley.t("quiz.shown_once_passed"));
    if (quiz.isOutOfAttempts() && !quiz.record.passed) sentences.push(quiz.outOfAttemptsText());
    var message = sentences.join(" ");
    var box = quiz.showScore(message, passed);
    if (fresh) {
      // The score is at the top of the quiz, before the first question: the focus goes to
      // it, and the page shows it with the lines above it (best score, attempts left).
      box.focus({ preventScroll: true });
      var top = all(quiz.form, ".quiz-best, .quiz-attempts, .quiz-score").filter(function (line) { return !line.hidden; })[0];
      (top || box).scrollIntoView({ block: "start" });
      quiz.announce(message);
    }
  };

  Assessment.prototype.showScore = function (message, passed) {
    var box = this.form.querySelector(".quiz-score");
    box.hidden = message === null;
    box.textContent = message || "";
    box.className = "quiz-score" + (message === null ? "" : passed ? " is-passed" : " is-failed");
    return box;
  };

  Assessment.prototype.outOfAttemptsText = function () {
    return parley.tn("quiz.attempts_used", this.limit) + " " + parley.t("quiz.ask_reset");
  };

  Assessment.prototype.showAttempts = function () {
    var line = this.form.querySelector(".quiz-attempts");
    if (!line) return;
    var record = this.record;
    if (!this.limit || record.passed) {
      line.hidden = true;
      return;
    }
    var left = Math.max(0, this.limit - record.failures);
    line.textContent = left === 0 ? this.outOfAttemptsText() :
      left === this.limit ? parley.tn("quiz.attempts", left) : parley.tn("quiz.attempts_left", left);
    line.hidden = false;
  };

  // Out of attempts with no submitted attempt to show (the record came from elsewhere).
  Assessment.prototype.closed = function () {
    this.questions.forEach(function (question) { question.fieldset.hidden = true; });
    this.form.querySelector(".quiz-actions").hidden = true;
  };

  Assessment.prototype.showBest = function () {
    var best = this.form.querySelector(".quiz-best");
    var record = this.record;
    if (!best || !record || record.best === undefined) return;
    best.textContent = parley.t(record.passed ? "quiz.best_passed" : "quiz.best_not_passed", { score: parley.percent(record.best) });
    best.hidden = false;
  };

  Assessment.prototype.retry = function () {
    if (this.isOutOfAttempts()) return;
    this.newAttempt();
    this.showAttempts();
    if (this.minutes) {
      var start = this.form.querySelector(".start-button");
      if (start) start.focus();
      this.announce(parley.t("quiz.cleared.start"));
      return;
    }
    var first = this.shown()[0];
    var control = first && first.firstControl();
    if (control) control.focus();
    this.announce(parley.t(this.draw ? "quiz.cleared.drawn" : "quiz.cleared.shuffled"));
  };

  function start() {
    all(document, "form.quiz").forEach(function (form) {
      var quiz = form.getAttribute("data-mode") === "assessment" ? new Assessment(form) : new Quiz(form);
      quiz.start();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

// parley quizzes: graded in the browser, no server. Knowledge checks give feedback per
// question; quiz pages are assessments with one submit, a score and a review.
(function () {
  "use strict";

  // cyrb53, the same function as AnswerKey.swift: answers are compared as salted hashes.
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

  var store = {
    key: function (form) {
      return "parley:" + (document.body.getAttribute("data-course") || "course") + ":quiz:" + form.getAttribute("data-quiz-id");
    },
    read: function (form) {
      try {
        var saved = JSON.parse(window.localStorage.getItem(store.key(form)) || "null");
        return saved && saved.version === form.getAttribute("data-version") ? saved : null;
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

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function shuffle(list) {
    var items = all(list, ":scope > li");
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = items[i]; items[i] = items[j]; items[j] = swap;
    }
    items.forEach(function (item) { list.appendChild(item); });
  }

  function textOf(element) {
    return (element.textContent || "").replace(/\s+/g, " ").trim();
  }

  function Quiz(form) {
    this.form = form;
    this.salt = form.getAttribute("data-salt");
    this.status = form.querySelector(".quiz-status");
    this.questions = all(form, "fieldset.question");
    this.isAssessment = form.getAttribute("data-mode") === "assessment";
    this.passMark = parseInt(form.getAttribute("data-pass-mark"), 10) || 0;
    this.shuffles = form.getAttribute("data-shuffle") !== "false";
  }

  Quiz.prototype.start = function () {
    var quiz = this;
    all(quiz.form, ".question-actions, .quiz-actions, .order-buttons").forEach(function (element) { element.hidden = false; });
    if (quiz.shuffles) all(quiz.form, "ul.options").forEach(shuffle);
    quiz.form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button || !quiz.form.contains(button)) return;
      if (button.classList.contains("move-up")) quiz.move(button, -1);
      else if (button.classList.contains("move-down")) quiz.move(button, 1);
      else if (button.classList.contains("check-button")) quiz.checkOne(button.closest("fieldset"));
      else if (button.classList.contains("retry-button")) quiz.retry();
    });
    quiz.form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (quiz.isAssessment) quiz.submit();
    });
    if (quiz.isAssessment) quiz.restore();
  };

  Quiz.prototype.announce = function (message) {
    // Clear first so the same message twice is still read out.
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  };

  Quiz.prototype.move = function (button, step) {
    var item = button.closest("li");
    var list = item.parentNode;
    var items = all(list, ":scope > li");
    var index = items.indexOf(item);
    var target = index + step;
    var label = textOf(item.querySelector(".order-text"));
    if (target < 0 || target >= items.length) {
      this.announce("“" + label + "” is already " + (step < 0 ? "first." : "last."));
      return;
    }
    if (step < 0) list.insertBefore(item, items[target]);
    else list.insertBefore(items[target], item);
    button.focus();
    this.announce("“" + label + "” moved to position " + (target + 1) + " of " + items.length + ".");
  };

  // Grades one question without showing anything.
  Quiz.prototype.grade = function (fieldset) {
    var salt = this.salt;
    if (fieldset.getAttribute("data-kind") === "ordering") {
      var items = all(fieldset, ".order-item");
      var placed = items.filter(function (item, index) {
        return hash(salt + ":" + item.getAttribute("data-key") + ":@" + index) === item.getAttribute("data-check");
      }).length;
      return { answered: true, correct: placed === items.length, placed: placed, total: items.length,
               answer: items.map(function (item) { return item.getAttribute("data-key"); }) };
    }
    var options = all(fieldset, ".option");
    var chosen = 0, right = 0, wrong = 0, rightTotal = 0, answer = [];
    options.forEach(function (option) {
      var input = option.querySelector("input");
      var isRight = hash(salt + ":" + option.getAttribute("data-key") + ":1") === option.getAttribute("data-check");
      if (isRight) rightTotal++;
      if (input.checked) {
        chosen++;
        answer.push(option.getAttribute("data-key"));
        if (isRight) right++; else wrong++;
      }
    });
    return { answered: chosen > 0, correct: chosen > 0 && wrong === 0 && right === rightTotal,
             right: right, rightTotal: rightTotal, answer: answer };
  };

  // Shows the result of one question: marks, feedback of the chosen options, explanation.
  Quiz.prototype.reveal = function (fieldset, result) {
    var salt = this.salt;
    var kind = fieldset.getAttribute("data-kind");
    fieldset.classList.remove("is-correct", "is-incorrect");
    fieldset.classList.add(result.correct ? "is-correct" : "is-incorrect");
    var detail = "";
    if (kind === "ordering") {
      all(fieldset, ".order-item").forEach(function (item, index) {
        var inPlace = hash(salt + ":" + item.getAttribute("data-key") + ":@" + index) === item.getAttribute("data-check");
        mark(item, inPlace ? "In the right place" : "Not in the right place", inPlace ? "option-right" : "option-wrong");
      });
      if (!result.correct) detail = " " + result.placed + " of " + result.total + " are in the right place.";
    } else {
      all(fieldset, ".option").forEach(function (option) {
        var input = option.querySelector("input");
        var isRight = hash(salt + ":" + option.getAttribute("data-key") + ":1") === option.getAttribute("data-check");
        var feedback = option.querySelector(".feedback");
        if (input.checked) {
          mark(option, isRight ? "Your answer: right" : "Your answer: wrong", isRight ? "option-right" : "option-wrong");
          if (feedback) feedback.hidden = false;
        } else if (isRight) {
          mark(option, "A right answer you did not choose", "option-missed");
        }
      });
      if (kind === "multiple" && !result.correct) {
        detail = " You chose " + result.right + " of the " + result.rightTotal + " right answers" +
          (result.answer.length > result.right ? " and " + (result.answer.length - result.right) + " wrong." : ".");
      }
    }
    var box = fieldset.querySelector(".question-result");
    box.textContent = (result.correct ? "Correct." : "Not quite.") + detail;
    box.hidden = false;
    var explanation = fieldset.querySelector(".explanation");
    if (explanation) explanation.hidden = false;
    return box.textContent;
  };

  function mark(item, text, className) {
    item.classList.add(className);
    var label = document.createElement("span");
    label.className = "option-mark";
    label.textContent = text;
    item.appendChild(label);
  }

  Quiz.prototype.clear = function (fieldset) {
    fieldset.classList.remove("is-correct", "is-incorrect");
    all(fieldset, ".option-mark").forEach(function (label) { label.remove(); });
    all(fieldset, "li").forEach(function (item) { item.classList.remove("option-right", "option-wrong", "option-missed"); });
    all(fieldset, ".feedback, .question-result, .explanation").forEach(function (element) { element.hidden = true; });
  };

  Quiz.prototype.checkOne = function (fieldset) {
    var result = this.grade(fieldset);
    this.clear(fieldset);
    if (!result.answered) {
      this.announce("Choose an answer first.");
      return;
    }
    var number = fieldset.querySelector(".question-number").textContent;
    this.announce(number + ": " + this.reveal(fieldset, result));
  };

  Quiz.prototype.submit = function () {
    var quiz = this;
    var results = quiz.questions.map(function (fieldset) { return quiz.grade(fieldset); });
    var missing = [];
    results.forEach(function (result, index) { if (!result.answered) missing.push(index + 1); });
    if (missing.length) {
      quiz.announce("Answer every question before submitting. Still to answer: question " + missing.join(", ") + ".");
      var first = quiz.questions[missing[0] - 1].querySelector("input");
      if (first) first.focus();
      return;
    }
    var correct = results.filter(function (result) { return result.correct; }).length;
    var score = Math.round(100 * correct / results.length);
    var passed = score >= quiz.passMark;
    quiz.questions.forEach(function (fieldset, index) {
      quiz.clear(fieldset);
      quiz.reveal(fieldset, results[index]);
    });
    quiz.lock(true);
    var message = "You scored " + score + "% (" + correct + " of " + results.length + " right). " +
      (passed ? "Passed" : "Not passed yet") + ": the pass mark is " + quiz.passMark + "%.";
    var box = quiz.form.querySelector(".quiz-score");
    box.textContent = message;
    box.className = "quiz-score " + (passed ? "is-passed" : "is-failed");
    box.hidden = false;
    box.focus();
    quiz.announce(message);

    var saved = store.read(quiz.form) || { best: 0, passed: false };
    var record = {
      version: quiz.form.getAttribute("data-version"),
      best: Math.max(saved.best || 0, score),
      passed: !!saved.passed || passed,
      last: { score: score, answers: results.map(function (result) { return result.answer; }) }
    };
    store.write(quiz.form, record);
    quiz.showBest(record);
    document.dispatchEvent(new CustomEvent("parley:quiz", { detail: {
      id: quiz.form.getAttribute("data-quiz-id"), score: score, passed: passed, best: record.best,
      graded: quiz.form.getAttribute("data-graded") === "true" } }));
  };

  Quiz.prototype.lock = function (locked) {
    all(this.form, "input, .order-buttons button").forEach(function (control) { control.disabled = locked; });
    this.form.querySelector(".submit-button").hidden = locked;
    this.form.querySelector(".retry-button").hidden = !locked;
  };

  Quiz.prototype.retry = function () {
    var quiz = this;
    quiz.questions.forEach(function (fieldset) { quiz.clear(fieldset); });
    all(quiz.form, "input").forEach(function (input) { input.checked = false; });
    if (quiz.shuffles) all(quiz.form, "ul.options").forEach(shuffle);
    all(quiz.form, "ol.ordering").forEach(shuffle);
    quiz.form.querySelector(".quiz-score").hidden = true;
    quiz.lock(false);
    var first = quiz.form.querySelector("fieldset input, fieldset button");
    if (first) first.focus();
    quiz.announce("Answers cleared. The options are in a new order.");
  };

  Quiz.prototype.showBest = function (record) {
    var best = this.form.querySelector(".quiz-best");
    if (!best || !record) return;
    best.textContent = "Your best score so far: " + record.best + "% (" + (record.passed ? "passed" : "not passed yet") + ").";
    best.hidden = false;
  };

  // Puts the last submitted answers back, unless the quiz changed since.
  Quiz.prototype.restore = function () {
    var record = store.read(this.form);
    if (!record) return;
    this.showBest(record);
    var answers = (record.last && record.last.answers) || [];
    this.questions.forEach(function (fieldset, index) {
      var answer = answers[index] || [];
      if (fieldset.getAttribute("data-kind") === "ordering") {
        var list = fieldset.querySelector("ol.ordering");
        answer.forEach(function (key) {
          var item = list.querySelector('[data-key="' + key + '"]');
          if (item) list.appendChild(item);
        });
      } else {
        all(fieldset, "input").forEach(function (input) { input.checked = answer.indexOf(input.value) >= 0; });
      }
    });
  };

  function start() {
    all(document, "form.quiz").forEach(function (form) { new Quiz(form).start(); });
  }

  window.parleyHash = hash;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

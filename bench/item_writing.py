#!/usr/bin/env python3
"""Measures two item-writing flaws in a course's content folder, so an author can see
whether the quizzes and scenarios can be passed by a trick instead of the skill.

    bench/item_writing.py [--source content] [--skip final-assessment] [--list] [--paths]

Choice questions (module quizzes, the final assessment and the ```quiz blocks in lessons;
ordering questions and phrase-bank drills are left out):

- how often the key is the strictly longest option (in characters; in words too), for
  single-answer questions, and for all choice questions "a correct option is the longest";
- the mean number of words per key and per distractor;
- single-answer questions with fewer than three options, multi-selects with fewer than
  two wrong options, and options such as "all of the above".

Scenarios: at each decision point (a moment with two replies or more), whether the reply
that lowers tension most is also the longest, whether it is the only one that does
not raise tension, and whether it is written first (the page shows replies in a fixed
shuffle, so this only says how the author tends to write); and for each ending, the tensions at which a trainee can reach it
(tension starts at the page's `tension:` and stays within 0-10, as in the browser).
--paths also prints every route to every ending, for checking debriefs against routes.

Reads Markdown with regular expressions: good enough for the course's own files, not a
parser of CommonMark. Exit status is always 0; this measures, it does not judge."""
import argparse
import pathlib
import re
import statistics

ROOT = pathlib.Path(__file__).resolve().parents[1]
OPTION = re.compile(r"^- \[( |x|X)\] (.*)$")
NUMBERED = re.compile(r"^\d+\. ")
REPLY = re.compile(r"^- (.*?)\s*(?:→|->)\s*\[[^\]]*\]\(#([^)]+)\)\s*(?:\(([+-]?\d+)\))?\s*$")


def front_matter(text):
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---", 4)
    fields = {}
    for line in text[4:end].splitlines():
        match = re.match(r"^(\w+):\s*(.*?)\s*(#.*)?$", line)
        if match:
            fields[match.group(1)] = match.group(2)
    return fields, text[end + 4:]


def quiz_sources(source, skip=None):
    """(file, quiz text) for every quiz page and every ```quiz block."""
    for path in sorted(source.rglob("*.md")):
        if skip and skip in str(path.relative_to(source)):
            continue
        fields, body = front_matter(path.read_text())
        name = str(path.relative_to(source))
        if fields.get("type") == "quiz":
            yield name, body
        elif fields.get("type", "lesson") == "lesson":
            for block in re.findall(r"^```quiz\n(.*?)^```", body, re.M | re.S):
                yield name, block


def questions(text):
    """(heading, [(correct, option text)], is ordering) per `##` question."""
    for chunk in re.split(r"^## ", text, flags=re.M)[1:]:
        lines = chunk.splitlines()
        options = [(m.group(1) != " ", m.group(2).strip()) for m in map(OPTION.match, lines) if m]
        ordering = any(NUMBERED.match(line) for line in lines)
        yield lines[0].strip(), options, ordering


def words(text):
    return len(text.split())


def quiz_report(source, listing, skip=None):
    single, multi = [], []
    for name, text in quiz_sources(source, skip):
        for heading, options, ordering in questions(text):
            if ordering or not options:
                continue
            correct = [t for ok, t in options if ok]
            (single if len(correct) == 1 else multi).append((name, heading, options))
    chosen = single + multi
    print(f"choice questions: {len(chosen)} ({len(single)} single-answer, {len(multi)} multi-select)")

    def longest_is_key(options, measure):
        top = max(measure(t) for _, t in options)
        keys = [ok for ok, t in options if measure(t) == top]
        strictly = len(keys) == 1 and keys[0]
        return strictly

    def share(items, measure):
        hits = [q for q in items if longest_is_key(q[2], measure)]
        return len(hits), hits

    for label, items in (("single-answer", single), ("all choice", chosen)):
        for unit, measure in (("characters", len), ("words", words)):
            count, _ = share(items, measure)
            print(f"  {label}: a key is the strictly longest option ({unit}): {count}/{len(items)} = {count / max(1, len(items)):.0%}")
    keys = [words(t) for _, _, options in chosen for ok, t in options if ok]
    distractors = [words(t) for _, _, options in chosen for ok, t in options if not ok]
    print(f"  words per key: {statistics.mean(keys):.1f}; per distractor: {statistics.mean(distractors):.1f}")
    few = [q for q in single if len(q[2]) < 3]
    thin = [q for q in multi if sum(not ok for ok, _ in q[2]) < 2]
    banned = [q for q in chosen for _, t in q[2] if re.search(r"\b(all|none) of the above\b", t, re.I)]
    print(f"  single-answer with fewer than 3 options: {len(few)}; multi-select with fewer than 2 wrong options: {len(thin)}; "
          f"'all/none of the above': {len(banned)}")
    if listing:
        _, hits = share(single, len)
        for name, heading, _ in hits:
            print(f"    key longest: {name}: {heading}")
        for name, heading, _ in few + thin:
            print(f"    too few options: {name}: {heading}")


def anchor(heading):
    slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
    return slug


def scenario(path):
    fields, body = front_matter(path.read_text())
    moments, order = {}, []
    for chunk in re.split(r"^## ", body, flags=re.M)[1:]:
        lines = chunk.splitlines()
        replies = [(m.group(1), m.group(2), int(m.group(3) or 0)) for m in map(REPLY.match, lines) if m]
        key = anchor(lines[0].strip())
        moments[key] = replies
        order.append(key)
    start = fields.get("start") or order[0]
    return int(fields.get("tension", 5)), start, moments


def scenario_report(source, paths):
    for path in sorted(source.rglob("*.md")):
        fields, _ = front_matter(path.read_text())
        if fields.get("type") != "scenario":
            continue
        tension, start, moments = scenario(path)
        decisions = {k: r for k, r in moments.items() if len(r) >= 2}
        endings = [k for k, r in moments.items() if not r]
        best_longest = 0
        best_only_calm = 0
        for replies in decisions.values():
            best = min(d for _, _, d in replies)
            longest = max(len(t) for t, _, _ in replies)
            if any(d == best and len(t) == longest for t, _, d in replies) and \
                    sum(len(t) == longest for t, _, _ in replies) == 1:
                best_longest += 1
            if sum(d <= 0 for _, _, d in replies) == 1:
                best_only_calm += 1
        first = sum(1 for replies in decisions.values() if replies[0][2] == min(d for _, _, d in replies))
        both = sum(1 for replies in decisions.values()
                   if sum(d <= 0 for _, _, d in replies) == 1 and
                   max(replies, key=lambda r: len(r[0]))[2] == min(d for _, _, d in replies))
        print(f"{path.relative_to(source)}: {len(moments)} moments, {len(decisions)} decision points, {len(endings)} endings")
        print(f"  the calmest reply is the strictly longest: {best_longest}/{len(decisions)}; "
              f"only one reply does not raise tension: {best_only_calm}/{len(decisions)}; both at once: {both}/{len(decisions)}")
        print(f"  the calmest reply is listed first (the page shuffles them): {first}/{len(decisions)}")
        # Every route, as the browser plays it: tension clamped to 0-10.
        reach = {k: set() for k in endings}
        routes = {k: [] for k in endings}

        def walk(moment, level, trail, seen):
            if not moments[moment]:
                reach[moment].add(level)
                routes[moment].append((trail + [moment], level))
                return
            if (moment, level) in seen:
                return
            for _, target, delta in moments[moment]:
                walk(target, max(0, min(10, level + delta)), trail + [moment], seen | {(moment, level)})

        walk(start, tension, [], frozenset())
        for ending in endings:
            levels = sorted(reach[ending])
            span = f"{levels[0]}-{levels[-1]}" if levels else "unreachable"
            print(f"  ending {ending}: reached at tension {span} by {len(routes[ending])} routes")
            if paths:
                for trail, level in routes[ending]:
                    print(f"      [{level}] " + " > ".join(trail))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", default=str(ROOT / "content"))
    parser.add_argument("--skip", help="leave out quiz files whose path contains this text, e.g. final-assessment")
    parser.add_argument("--list", action="store_true", help="name the questions whose key is the longest option")
    parser.add_argument("--paths", action="store_true", help="print every route to every ending")
    args = parser.parse_args()
    source = pathlib.Path(args.source)
    quiz_report(source, args.list, args.skip)
    scenario_report(source, args.paths)


if __name__ == "__main__":
    main()

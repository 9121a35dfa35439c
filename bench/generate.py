#!/usr/bin/env python3
"""Generates a synthetic course of N lessons in parley's format, the same lessons as an
equivalent Hugo site, and all lesson bodies concatenated into one Markdown file (the
input of the cmark floor measurement).

    bench/generate.py N OUT     ->  OUT/parley/content, OUT/parley/themes (link),
                                    OUT/hugo/, OUT/bodies.md

Lessons have 600-1,200 words with headings, lists, links between lessons and callouts;
every tenth page of a module is a quiz. Deterministic for a given N."""
import os
import pathlib
import random
import sys

LESSONS_PER_MODULE = 20
SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "pe", "da", "ru", "shi", "an", "el", "or", "ti", "ba", "ne"]


def vocabulary(rng):
    words = set()
    while len(words) < 3000:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def sentence(rng, words):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 18)))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, words):
    return " ".join(sentence(rng, words) for _ in range(rng.randint(3, 6)))


def lesson_body(rng, words, module, index, lessons, hugo):
    """About 600-1,200 words: sections with paragraphs, a list, a callout and links."""
    target = rng.randint(600, 1200)
    parts, count, section = [], 0, 0
    while count < target:
        section += 1
        heading = f"## {sentence(rng, words)[:-1]} {section}"
        parts.append(heading)
        for _ in range(rng.randint(1, 3)):
            text = paragraph(rng, words)
            parts.append(text)
            count += len(text.split())
        if section % 2 == 0:
            items = [f"- {sentence(rng, words)}" for _ in range(rng.randint(3, 5))]
            parts.append("\n".join(items))
            count += sum(len(i.split()) for i in items)
        if section % 3 == 1:
            parts.append(f"> [!TIP]\n> {sentence(rng, words)}" if not hugo else f"> **Tip:** {sentence(rng, words)}")
        if section == 2:
            other = rng.randrange(lessons)
            name = lesson_name(other)
            link = f"{name}.md" if not hugo else f"../{name}/"
            parts.append(f"Read [{rng.choice(words)} {rng.choice(words)}]({link}) again before moving on.")
    return "\n\n".join(parts) + "\n"


def lesson_name(index):
    return f"{index + 1:02d}-lesson-{index + 1}"


def quiz_body(rng, words):
    questions = []
    for number in range(1, 4):
        options = [f"- [{'x' if o == 0 else ' '}] {sentence(rng, words)}\n  > {sentence(rng, words)}" for o in range(3)]
        questions.append(f"## Question {number}: {sentence(rng, words)[:-1]}?\n\n" + "\n".join(options) + f"\n\n{sentence(rng, words)}")
    return "\n\n".join(questions) + "\n"


def main():
    count = int(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    rng = random.Random(count)
    words = vocabulary(rng)
    parley = out / "parley" / "content"
    hugo = out / "hugo"
    parley.mkdir(parents=True, exist_ok=True)
    (hugo / "content").mkdir(parents=True, exist_ok=True)
    (parley / "course.yaml").write_text(f"title: Synthetic course of {count} lessons\nbase_url: https://example.org/bench/\n")
    themes = out / "parley" / "themes"
    if not themes.exists():
        themes.symlink_to(pathlib.Path(__file__).resolve().parents[1] / "themes")
    bodies = []
    modules = (count + LESSONS_PER_MODULE - 1) // LESSONS_PER_MODULE
    for module in range(modules):
        folder = f"{module + 1:03d}-module-{module + 1}"
        (parley / folder).mkdir(exist_ok=True)
        (hugo / "content" / folder).mkdir(exist_ok=True)
        intro = paragraph(rng, words)
        (parley / folder / "index.md").write_text(f"---\ntitle: Module {module + 1}\n---\n\n{intro}\n")
        (hugo / "content" / folder / "_index.md").write_text(f"---\ntitle: Module {module + 1}\nweight: {module + 1}\n---\n\n{intro}\n")
        size = min(LESSONS_PER_MODULE, count - module * LESSONS_PER_MODULE)
        for index in range(size):
            name = lesson_name(index)
            title = f"Lesson {module * LESSONS_PER_MODULE + index + 1}"
            if index % 10 == 9:
                body = quiz_body(rng, words)
                front = f"---\ntype: quiz\ntitle: {title} quiz\ngraded: false\n---\n\n"
                hugo_body = body
            else:
                seed = rng.random()
                body = lesson_body(random.Random(seed), words, module, index, size, hugo=False)
                hugo_body = lesson_body(random.Random(seed), words, module, index, size, hugo=True)
                front = f"---\ntitle: {title}\nsummary: {sentence(rng, words)}\nduration: {rng.randint(5, 15)}\n---\n\n"
            (parley / folder / f"{name}.md").write_text(front + body)
            (hugo / "content" / folder / f"{name}.md").write_text(
                f"---\ntitle: {title}\nweight: {index + 1}\n---\n\n{hugo_body}")
            bodies.append(body)
    (out / "bodies.md").write_text("\n".join(bodies))
    write_hugo_layouts(hugo)


def write_hugo_layouts(hugo):
    """A layout comparable to parley's: module navigation, prev/next, table of contents."""
    (hugo / "config.toml").write_text(
        'baseURL = "https://example.org/bench/"\ntitle = "Synthetic course"\ndisableKinds = ["taxonomy", "term", "RSS"]\n'
        '[markup.goldmark.renderer]\nunsafe = false\n[markup.tableOfContents]\nstartLevel = 2\nendLevel = 3\n')
    layouts = hugo / "layouts" / "_default"
    layouts.mkdir(parents=True, exist_ok=True)
    (layouts / "baseof.html").write_text("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a></header>
{{ block "main" . }}{{ end }}</body></html>
""")
    (layouts / "single.html").write_text("""{{ define "main" }}
<nav aria-label="Module"><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a>
<ol>{{ range .Parent.Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></nav>
<main><nav class="breadcrumb"><a href="{{ "" | relURL }}">Home</a> › <a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></nav>
<h1>{{ .Title }}</h1><nav class="toc">{{ .TableOfContents }}</nav>{{ .Content }}
<nav class="pager">{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></main>
{{ end }}
""")
    (layouts / "list.html").write_text("""{{ define "main" }}<main><h1>{{ .Title }}</h1>{{ .Content }}
<ol>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></main>{{ end }}
""")


if __name__ == "__main__":
    main()

"""Where extraction spends its time: each stage's cost on the same articles, as a multiple of
spaCy's blank German tokenizer alone (the unit of issue 2's speed target).

    python bench/stages.py [ARTICLES.jsonl] [--n 2000]

The rows "rule regexes alone" and "trigger lookup" are parts of the fact stage: what the
rules' patterns cost with no Python around them, the floor any engine of regex rules pays.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import spacy
from extract import _sources, load

from karussell.facts import candidate_rules, extract_facts
from karussell.mentions import find_mentions
from karussell.nlp import Tokens, lexicon_matches, pipeline
from karussell.pipeline import warm_up


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _scan_rules(pairs: list) -> None:
    for sentence, rules in pairs:
        for rule in rules:
            for _ in rule.regex.finditer(sentence.masked):
                pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    articles = load(_sources(args.path), args.n)
    warm_up()
    bare, (nlp, matcher) = spacy.blank("de"), pipeline()

    for a in articles:  # fill the tokenizer's cache, as the pipeline's own is filled by warm_up and the run
        bare.make_doc(a.text)
    unit = _seconds(lambda: [bare.make_doc(a.text) for a in articles])
    docs = [nlp.make_doc(a.text) for a in articles]
    tokens = _seconds(lambda: [Tokens.of(nlp.make_doc(a.text), a.text) for a in articles])
    lexicon = _seconds(lambda: [lexicon_matches(d, matcher) for d in docs])
    mentioned: list = []
    mentions = _seconds(lambda: mentioned.extend(find_mentions(a) for a in articles))
    sentences = [s for am in mentioned for s in am.sentences]
    triggers = _seconds(lambda: [candidate_rules(s) for s in sentences])
    pairs = [(s, candidate_rules(s)) for s in sentences]
    regexes = _seconds(lambda: _scan_rules(pairs))
    facts = _seconds(lambda: [extract_facts(am) for am in mentioned])

    print(f"articles: {len(articles)}  sentences: {len(sentences)}  "
          f"rule scans: {sum(len(rules) for _, rules in pairs)}")
    rows = [("blank German tokenizer", unit), ("karussell's tokens", tokens), ("  lexicon matcher", lexicon),
            ("mention stage (all of it)", mentions), ("fact stage (all of it)", facts),
            ("  trigger lookup", triggers), ("  rule regexes alone", regexes),
            ("extraction (mentions + facts)", mentions + facts)]
    for name, seconds in rows:
        print(f"{name:<32}{len(articles) / seconds:>9,.0f} articles/s  {seconds / unit:5.1f}x")


if __name__ == "__main__":
    main()

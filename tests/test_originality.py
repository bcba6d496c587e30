"""The texts in the repo (rule examples, sample articles, test texts, the README) are our own: none may be a
near-copy of a dev-set sentence, so no rule is keyed to the dev set and no published text is pasted into the repo.
The dev set itself is read from ../shared only."""

from __future__ import annotations

import ast
import json
import re

import pytest
import yaml
from conftest import ROOT
from rapidfuzz import fuzz, process

from karussell.patterns import load_rules

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MIN_CHARS = 40  # shorter pieces are stock phrases ("Personell gibt es Licht und Schatten.")
NEAR_COPY = 90  # rapidfuzz ratio from which a sentence counts as copied with a name or two changed


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) >= MIN_CHARS]


@pytest.fixture(scope="module")
def dev_sentences(dev_set) -> list[str]:
    return [s for a in dev_set["articles"] for s in _sentences(a["text"])]


def _shipped_texts() -> list[tuple[str, str]]:
    texts = [(f"rule {r.id}", t) for r in load_rules() for t in (r.example, r.counter)]
    cues = yaml.safe_load((ROOT / "karussell" / "data" / "cues.yaml").read_text(encoding="utf-8"))
    texts += [(f"cue {name}", c[key]) for name, c in cues.items() for key in ("example", "counter")]
    sample = ROOT / "karussell" / "data" / "sample_articles.jsonl"
    articles = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [(f"sample {a['id']}", a["text"]) for a in articles]
    texts += [(str(path.relative_to(ROOT)), text) for path in sorted((ROOT / "tests").glob("*.py"))
              for text in _string_literals(path)]
    texts += [(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
              for path in sorted((ROOT / "tests" / "data").glob("*")) if path.is_file()]
    texts.append(("README.md", (ROOT / "README.md").read_text(encoding="utf-8")))
    return texts


def _string_literals(path) -> list[str]:
    """The strings a test file writes (adjacent literals joined, as Python joins them)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= MIN_CHARS]


def test_no_sentence_in_the_repo_copies_the_dev_set(dev_sentences):
    copies = []
    for where, text in _shipped_texts():
        for sentence in _sentences(text):
            best, score, _ = process.extractOne(sentence, dev_sentences, scorer=fuzz.ratio)
            if score >= NEAR_COPY:
                copies.append(f"{where}: {sentence!r} ~ {best!r}")
    assert not copies, "\n".join(copies)


def test_the_check_finds_a_copy_with_a_changed_name(dev_sentences):
    original = max(dev_sentences, key=len)
    altered = re.sub(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}\b", "Musterhausen", original, count=1)
    assert process.extractOne(altered, dev_sentences, scorer=fuzz.ratio)[1] >= NEAR_COPY

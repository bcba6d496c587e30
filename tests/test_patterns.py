"""Stage 3 rules: every rule's example matches, every counter-example stays silent,
and a broken rule file is refused with every problem named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import karussell
from karussell.domain import Article
from karussell.errors import DataFileError
from karussell.facts import candidate_rules
from karussell.mentions import find_mentions
from karussell.patterns import compile_pattern, cue, load_context_cues, load_rule_file, load_rules
from karussell.pipeline import extract_article

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.type}:{r.id}" for r in RULES])
def test_rule_matches_its_example(rule):
    am = find_mentions(Article(id="example", text=rule.example, date="2024-03-15"))
    assert any(rule.regex.search(s.masked) for s in am.sentences), [s.masked for s in am.sentences]
    # and the sentence it matches has one of its trigger words, or the engine never tries the rule there
    assert not [s.text for s in am.sentences if rule.regex.search(s.masked) and rule not in candidate_rules(s)]


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost alternation (none of a group or a character class)."""
    parts, current, depth, in_class, i = [], "", 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current, i = current + pattern[i:i + 2], i + 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts, current, i = parts + [current], "", i + 1
            continue
        current, i = current + char, i + 1
    return parts + [current]


RAW_PATTERNS = {raw["id"]: raw["pattern"] for path in sorted((Path(karussell.__file__).parent / "data" / "patterns")
                                                              .glob("*.yaml"))
                for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]}


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.type}:{r.id}" for r in RULES])
def test_every_alternative_of_a_rule_matches_its_example(rule):
    """An alternative no example reads may be broken unseen: each one is shown at work."""
    am = find_mentions(Article(id="example", text=rule.example, date="2024-03-15"))
    unread = [alt for alt in _top_level_alternatives(RAW_PATTERNS[rule.id])
              if not any(compile_pattern(alt).search(s.masked) for s in am.sentences)]
    assert not unread, unread


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.type}:{r.id}" for r in RULES])
def test_rule_stays_silent_on_its_counter_example(rule):
    facts = extract_article(Article(id="counter", text=rule.counter, date="2024-03-15"))
    assert not [f for f in facts if f.rule.split("+")[0] == rule.id]


def test_alternatives_are_split_at_the_top_level_only():
    assert _top_level_alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


def test_every_rule_has_example_and_counter_example():
    assert all(r.example and r.counter for r in RULES)
    assert len({r.type for r in RULES}) == 11


def test_placeholders_become_named_groups_and_repeat_safely():
    regex = compile_pattern("{person} fällt aus|{person2} ist verletzt|{club} gegen {club}")
    assert set(regex.groupindex) == {"person", "person2", "club", "club__2"}


def test_a_named_group_that_is_no_placeholder_is_refused():
    with pytest.raises(ValueError, match="only placeholders capture"):
        compile_pattern("{team} muss (?P<away>beim) {opponent} ran")


def test_a_broken_rule_file_lists_every_problem(tmp_path: Path):
    f = tmp_path / "transfer.yaml"
    f.write_text("""type: transfer
rules:
  - id: no_example
    triggers: [wechsel]
    pattern: '{person} wechselt zu {to_club}'
  - id: bad_slot
    triggers: [wechsel]
    pattern: '{spieler} wechselt'
    example: x
  - id: bad_option
    triggers: [wechsel]
    pattern: '{person} wechselt zu {to_club}'
    example: x
    options: {fly: true}
  - id: stuck_boundary
    triggers: [wechsel]
    pattern: '{person} wechselt zu {to_club}\\b'
    example: x
""", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_rule_file(f)
    problems = info.value.problems
    assert any("no_example] 'example' is required" in p for p in problems)
    assert any("bad_slot] pattern: unknown placeholder {spieler}" in p for p in problems)
    assert any("bad_option] unknown option(s): fly" in p for p in problems)
    assert any("stuck_boundary] pattern: {to_club}\\b never matches" in p for p in problems)


def test_an_empty_rule_file_is_refused(tmp_path: Path):
    f = tmp_path / "record.yaml"
    f.write_text("type: record\nrules: []\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="empty rule file"):
        load_rule_file(f)


def _cues_the_engine_asks_for() -> set[str]:
    package = Path(__file__).resolve().parents[1] / "karussell"
    return {name for path in package.rglob("*.py")
            for name in re.findall(r'\bcue\("(\w+)"\)', path.read_text(encoding="utf-8"))}


def test_every_context_cue_the_engine_asks_for_is_in_the_data_and_every_cue_there_is_used():
    asked, defined = _cues_the_engine_asks_for(), set(load_context_cues())
    assert len(asked) >= 30
    assert asked == defined


@pytest.mark.parametrize("name", sorted(load_context_cues()))
def test_a_context_cue_reads_its_example_and_not_its_counter_example(name):
    """The loader checks this too; the test shows the file as shipped passes and names the cue that fails."""
    raw = yaml.safe_load((Path(__file__).resolve().parents[1] / "karussell" / "data" / "cues.yaml")
                         .read_text(encoding="utf-8"))[name]
    assert load_context_cues()[name].search(raw["example"])
    assert not load_context_cues()[name].search(raw["counter"])


def test_a_broken_cue_file_lists_every_problem(tmp_path: Path):
    f = tmp_path / "cues.yaml"
    f.write_text("""opponent:
  what: before an opponent
  pattern: ['\\bgegen', '\\s+$']
  example: 'Sieg gegen '
  counter: 'Sieg mit '
broken:
  what: a regex that does not compile
  pattern: '(?:gegen'
  example: 'gegen'
  counter: 'mit'
lax:
  what: matches its counter-example
  pattern: 'e'
  example: 'gegen'
  counter: 'mehr'
blind:
  what: misses its example
  pattern: 'xyz'
  example: 'gegen'
  counter: 'mit'
bare:
  pattern: 'gegen'
""", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_context_cues(str(f))
    problems = info.value.problems
    assert len(problems) == 4
    assert any(p.startswith("[broken] bad regex") for p in problems)
    assert any(p.startswith("[lax] matches its counter-example") for p in problems)
    assert any(p.startswith("[blind] does not match its example") for p in problems)
    assert any(p.startswith("[bare] needs 'what'") for p in problems)


def test_a_cue_the_engine_asks_for_and_the_file_lacks_is_a_clear_error():
    with pytest.raises(DataFileError, match="no cue named 'nowhere'"):
        cue("nowhere")

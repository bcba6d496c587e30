"""Stage 3 rules: every rule's example matches, every counter-example stays silent,
and a broken rule file is refused with every problem named."""

from __future__ import annotations

from pathlib import Path

import pytest

from karussell.domain import Article
from karussell.errors import DataFileError
from karussell.mentions import find_mentions
from karussell.patterns import compile_pattern, load_rule_file, load_rules
from karussell.pipeline import extract_article

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.type}:{r.id}" for r in RULES])
def test_rule_matches_its_example(rule):
    am = find_mentions(Article(id="example", text=rule.example, date="2024-03-15"))
    assert any(rule.regex.search(s.masked) for s in am.sentences), [s.masked for s in am.sentences]


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.type}:{r.id}" for r in RULES])
def test_rule_stays_silent_on_its_counter_example(rule):
    facts = extract_article(Article(id="counter", text=rule.counter, date="2024-03-15"))
    assert not [f for f in facts if f.rule.split("+")[0] == rule.id]


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
""", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_rule_file(f)
    problems = info.value.problems
    assert any("no_example] 'example' is required" in p for p in problems)
    assert any("bad_slot] pattern: unknown placeholder {spieler}" in p for p in problems)
    assert any("bad_option] unknown option(s): fly" in p for p in problems)


def test_an_empty_rule_file_is_refused(tmp_path: Path):
    f = tmp_path / "record.yaml"
    f.write_text("type: record\nrules: []\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="empty rule file"):
        load_rule_file(f)

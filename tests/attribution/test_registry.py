"""The registries (analysis.attribution.registry) and the word lists (analysis.attribution.vocabulary):
loading and look-up only. Which speaker a whole mention is, in its article, is test_speakers'."""

from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.attribution import registry, vocabulary


def test_an_alias_names_its_actor_and_the_head_of_a_phrase_wins():
    actors = registry.default_actors()
    assert actors.resolve("Kremlin spokesman Dmitry Peskov").name == "Dmitry Peskov"
    assert actors.resolve("VLADIMIR PUTIN").name == "Vladimir Putin"  # a label in capitals
    # the alias owns the one named after it
    assert actors.resolve("Hillary Clinton’s campaign manager Robby Mook") is None


def test_a_namesake_is_not_the_actor_whose_surname_it_shares():
    actors = registry.default_actors()
    for namesake in ("Eric Trump", "Melania Trump", "Donald Trump Jr.", "Bill Clinton", "Chelsea Clinton", "Jill Biden"):
        assert actors.resolve(namesake) is None, namesake
    for same in ("Trump", "Mr. Trump", "President Trump", "Donald J. Trump", "Hillary Rodham Clinton",
                 "Joseph R. Biden Jr.", "Putin himself"):
        assert actors.resolve(same) is not None, same


def test_a_name_before_the_noun_a_mention_names_is_not_its_actor():
    actors = registry.default_actors()
    for other in ("The Clinton campaign", "A Clinton campaign official", "Trump supporters", "the Obama administration",
                  "Hillary Clinton's campaign", "Trump’s lawyers", "Clinton's legal team"):
        assert actors.resolve(other) is None, other
    # a mention that runs on past its name is still the name's
    for same in ("Trump went", "Volodymyr Zelenskyy during a meeting", "Obama the realist"):
        assert actors.resolve(same) is not None, same


def test_a_name_before_a_role_and_its_holders_name_is_not_the_holder():
    actors = registry.default_actors()
    for other in ("Obama adviser David Axelrod", "Clinton campaign spokesman Brian Fallon", "Kremlin leader Mikhail Gorbachev"):
        actor = actors.resolve(other)
        assert actor is None or actor.name == "Mikhail Gorbachev", other
    for same in ("Volodymyr Zelenskyy and Ilham Aliyev", "Zelenskyy presented the Golden Star"):
        assert actors.resolve(same).name == "Volodymyr Zelenskyy", same


def test_a_role_is_whoever_held_it_on_the_date_and_nobody_when_several_may_have():
    actors = registry.default_actors()
    assert actors.resolve("the US president", pd.Timestamp("2022-03-01")).name == "Joe Biden"
    assert actors.resolve("the US president", pd.Timestamp("2025-05-19")).name == "Donald Trump"
    assert actors.resolve("the US president") is None  # undated: Trump or Biden
    assert actors.resolve("the President of Poland", pd.Timestamp("2022-03-01")) is None  # a longer role


def test_a_role_tied_to_an_outlet_holds_only_in_its_articles():
    actors = registry.default_actors()
    when = pd.Timestamp("2022-03-01")
    assert actors.outlet_head(when, "president.gov.ua").name == "Volodymyr Zelenskyy"
    assert actors.outlet_head(when, "reuters") is None


def test_a_cue_has_its_kind_whatever_its_spacing_or_case():
    cues = registry.default_cues()
    assert cues.kind("said") == "speech"
    assert cues.kind("Said") == "speech"
    assert cues.kind("pointed  out") == cues.kind("pointed out") is not None
    assert cues.kind("walked") is None


def test_a_registry_entry_without_a_name_or_a_cue_without_a_reason_is_refused_with_where(tmp_path):
    actors = tmp_path / "actors.yml"
    actors.write_text("- name: A\n- aliases: [B]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"actors\.yml: entry 2 has no name"):
        registry.ActorRegistry.load(actors)
    cues = tmp_path / "cues.tsv"
    cues.write_text("# a comment\nsaid\tspeech\tspeech act\nclaimed\tspeech\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"cues\.tsv, line 3"):
        registry.Cues.load(cues)


@pytest.mark.parametrize("path", paths.WORD_LIST_FILES, ids=lambda p: p.name)
def test_every_word_list_entry_has_a_reason_and_is_there_once(path: Path):
    entries = vocabulary.word_list(path)
    assert len(entries) >= 10
    assert len(set(entries)) == len(entries)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entry, reason = line.split("\t")
            assert entry.strip() == entry and len(reason.split()) >= 1, line


def test_a_word_list_line_without_its_reason_is_refused_with_the_file_and_line(tmp_path):
    path = tmp_path / "speaker_nouns.tsv"
    path.write_text("# heading\nanalysts\tpeople a report cites\n\nexperts\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"speaker_nouns\.tsv, line 4: expected entry<TAB>reason"):
        vocabulary.word_list(path)
    path.write_text("analysts\tpeople a report cites\n\twhat entry?\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2"):
        vocabulary.word_list(path)


def test_the_word_lists_are_what_the_stages_read():
    assert vocabulary.SPEAKER_NOUNS == set(vocabulary.word_list(paths.SPEAKER_NOUNS_FILE))
    assert "analysts" in vocabulary.SPEAKER_NOUNS and "reporters" in vocabulary.ADDRESSEES
    assert vocabulary.SENTENCE_OPENERS.split("|")[:2] == ["But", "And"]  # in file order, as regex alternatives


def test_the_prefix_tree_pattern_matches_exactly_its_words():
    import re

    words = ["claim", "claims", "call", "calls", "c", "warning"]
    pattern = re.compile(rf"(?:{registry.trie_pattern(sorted(words))})\Z")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ["cla", "callsx", "warn", "", "laim"])


def test_the_white_houses_the_president_is_whoever_held_the_office_on_the_date():
    actors = registry.default_actors()
    for day, name in (("2015-03-02", "Barack Obama"), ("2019-06-01", "Donald Trump"), ("2022-03-02", "Joe Biden"),
                      ("2025-06-01", "Donald Trump")):
        assert actors.resolve("THE PRESIDENT", pd.Timestamp(day), "https://www.whitehouse.gov/briefing-room/").name == name
    assert actors.resolve("the President", pd.Timestamp("2022-03-02"), "reuters") is None

"""The attribution benchmark's scoring, on a made-up article and annotation (no PolNeAR text), and
the issue's targets on PolNeAR dev where ../shared is present."""

from benchmarks.polnear import Gold, _overlaps, evaluate, match, read_ann
from conftest import shared

TEXT = 'Smith said the plan "will fail badly" soon. Jones agreed.\n'


def test_read_ann_keeps_discontinuous_spans_and_marks_quoted_content(tmp_path):
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 19;20 34\tthe plan will fail badly\n"
                   "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    (gold,) = read_ann(ann, TEXT)
    assert gold.content == [(11, 19), (20, 34)] and gold.source == [(0, 5)] and gold.cue == "said"
    assert gold.quoted  # a quote mark sits at the edge of a content span


def test_match_is_one_to_one_best_overlap_first_and_ignores_gap_characters():
    gold = [Gold([(11, 19), (21, 35)], [(0, 5)], "said", True)]
    inside_gap = {"start": 19, "end": 21, "parts": None}  # only the characters between the two spans
    whole = {"start": 11, "end": 35, "parts": None}
    half = {"start": 11, "end": 19, "parts": None}
    assert match([inside_gap], gold, 0.3) == []
    assert match([half, whole], gold, 0.3) == [(1, 0)]  # the better of two, and only one of them
    assert match([half], gold, 0.8) == []  # 8 of 22 characters


def test_source_is_right_when_the_mention_overlaps_the_gold_source():
    assert _overlaps(0, 5, [(0, 5)]) and _overlaps(3, 9, [(0, 5)])
    assert not _overlaps(5, 9, [(0, 5)]) and not _overlaps(None, None, [(0, 5)])


def test_statements_with_a_parent_are_scored_with_it_unless_asked(tmp_path):
    from benchmarks.polnear import predict

    (tmp_path / "a.txt").write_text('Putin said he thanked Trump for “US support in resuming talks.”\n', encoding="utf-8")
    scored, _ = predict(tmp_path)
    every, _ = predict(tmp_path, statements="all")
    assert [row["parent"] for row in scored["a"]] == [None]
    assert len(every["a"]) > 1 and all(row["parent"] is not None for row in every["a"][1:])


def test_second_hand_statements_are_scored_with_the_statement_they_sit_in_unless_asked(tmp_path):
    from benchmarks.polnear import predict

    (tmp_path / "a.txt").write_text("Trump said that Putin called him a good friend in Alaska.\n", encoding="utf-8")
    first_hand, _ = predict(tmp_path)
    top_level, _ = predict(tmp_path, statements="top-level")
    assert [row["cue"] for row in first_hand["a"]] == ["said"]
    assert [(row["cue"], row["via"] is not None) for row in top_level["a"]] == [("said", False), ("called", True)]


def test_the_attribution_targets_hold_on_polnear_dev():
    # Real political news with gold attributions: the targets, checked on every run where
    # ../shared is present (the PolNeAR text itself never enters the project).
    shared("eval", "polnear", "dev", "text")
    scores = evaluate("dev", speed=False)["03"]
    # (a report whose content is no speech is no statement: precision 0.885 -> 0.908, recall 0.649 -> 0.547, F1
    # 0.749 -> 0.683 on dev; PolNeAR counts what a speaker discussed or told about as content, which the
    # project's audits judge no statement: keeping it would give F1 0.710 and twice the junk on the audits;
    # what a speaker discussed, expressed or cited with no clause opened by "that" is no statement either,
    # data/object_cues.tsv: F1 0.683 -> 0.675, judged non-statements on the Kremlin audit 33% -> 14%; a stance
    # verb's object with "of" inside it, "thanked the Prime Minister of Croatia for ...", is no statement as
    # "thanked Croatia for ..." was not: F1 0.670 -> 0.669, judged non-statements still extracted on the
    # audits' held-out rows 45 -> 41 of 67; a verb read from its ending after a preposition in an object makes no
    # clause (after a verb of stance, none at all), one or two quoted words after an article are a label and a cue
    # after a modal reports nothing: F1 0.669 -> 0.664, precision 0.912 -> 0.914, judged non-statements still
    # extracted on the held-out rows 41 -> 35 of 67, on the dev rows 64 -> 55 of 130, no judged statement lost on
    # the Kremlin sheets and five on the others; the writer's own assessments are left out of the statements,
    # which PolNeAR marks with no source: F1 0.662 -> 0.660, source accuracy 0.940 -> 0.947)
    assert scores["precision"] >= 0.90 and scores["f1"] >= 0.655 and scores["source_accuracy"] >= 0.93 and \
        scores["end_to_end_f1"] >= 0.60, scores

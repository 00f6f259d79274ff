"""The precision audit: sheets drawn at random, scored again against today's extraction."""

import csv

from benchmarks import audit
from conftest import SAMPLE


def test_wilson_interval_and_names():
    lo, hi = audit.wilson(8, 10)
    assert 0.44 < lo < 0.5 and 0.94 < hi < 0.97
    assert audit.wilson(0, 0) == (0.0, 1.0)
    assert audit.same_person("Putin", "Vladimir Putin") and not audit.same_person("Vladimir Putin", "Putin Jr")
    assert audit.canonical("vladimir  putin", "Volodymyr Zelenskyy|Vladimir Putin") and not audit.canonical("Putin", "Vladimir Putin")


def test_a_longer_statement_around_the_judged_one_is_not_the_same_statement():
    row = {"start": "10", "end": "20"}
    assert audit._match(row, [{"start": 0, "end": 100}]) is None
    assert audit._match(row, [{"start": 0, "end": 100}, {"start": 11, "end": 20}]) == {"start": 11, "end": 20}
    # (of a report and the one nested in it that both hold the judged span, the one whose ends are nearest)
    assert audit._match(row, [{"start": 5, "end": 20}, {"start": 10, "end": 20}]) == {"start": 10, "end": 20}


def test_sample_then_score_on_the_sample_article(tmp_path):
    sheet = tmp_path / "sheet.csv"
    assert audit.sample(SAMPLE.parent, 9, 3, sheet) == 9
    rows = audit.read_sheet(sheet)
    assert sum(r["part"] == "held-out" for r in rows) == 3 and all("[[" in r["context"] for r in rows)
    for number, row in enumerate(rows):  # judge: the first is junk, the rest said by whom the sheet says
        row.update(is_statement="n" if number == 0 else "y", speaker_right="y", gold_speaker=row["speaker"])
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    figures = {name: (k, n) for name, k, n in audit.figures(audit.judged(rows, SAMPLE.parent))}
    assert figures["judged non-statements still extracted"] == (1, 1)
    assert figures["judged statements still extracted"] == (8, 8) and figures["  of those, the right speaker"] == (8, 8)
    stripped = tmp_path / "labels.csv"
    audit.strip(sheet, stripped)
    kept = audit.read_sheet(stripped)[0]
    assert "context" not in kept and "statement" not in kept and kept["gold_speaker"] == rows[0]["speaker"]

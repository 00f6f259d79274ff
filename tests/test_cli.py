import csv
import io
import json
import subprocess
import sys

from analysis import paths
from analysis.cli import STATEMENT_FIELDS
from conftest import SAMPLE


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=cwd or paths.PROJ_ROOT, timeout=120)


def test_statements_jsonl_slices_back_to_the_raw_file(sample_text, tmp_path):
    result = _cli("statements", str(paths.SEEDS_DIR), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) > 30
    for row in rows:
        assert list(row) == STATEMENT_FIELDS
        assert row["article_id"] == SAMPLE.stem
        assert sample_text[row["start"] : row["end"]] == row["text"]
        assert sample_text[row["speaker_start"] : row["speaker_end"]] == row["speaker_text"]
        assert row["kind"] in {"direct", "partial", "indirect", "assessment"}
        assert -1 <= row["compound"] <= 1
    speakers = {row["speaker"] for row in rows}
    assert speakers == {"Donald Trump", "Vladimir Putin"}


def test_statements_csv_and_manifest(tmp_path):
    manifest = tmp_path / "manifest.csv"
    result = _cli("statements", str(SAMPLE), "--format", "csv", "--manifest", str(manifest))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == STATEMENT_FIELDS
    assert list(csv.DictReader(manifest.open()))[0]["status"] == "loaded"


def test_a_repeated_text_is_a_duplicate_unless_duplicates_are_kept(sample_text, tmp_path):
    folder = tmp_path / "twice"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(sample_text, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    plain = _cli("statements", str(folder), "--manifest", str(manifest))
    assert plain.returncode == 0, plain.stderr
    assert {json.loads(line)["article_id"] for line in plain.stdout.splitlines()} == {"a"}
    assert [row["status"] for row in csv.DictReader(manifest.open())] == ["loaded", "duplicate"]
    kept = _cli("statements", str(folder), "--keep-duplicates", "--manifest", str(manifest))
    assert kept.returncode == 0, kept.stderr
    by_article = {}
    for line in kept.stdout.splitlines():
        row = json.loads(line)
        by_article.setdefault(row["article_id"], []).append((row["start"], row["end"], row["speaker"]))
    assert set(by_article) == {"a", "b"} and by_article["a"] == by_article["b"]
    rows = list(csv.DictReader(manifest.open()))
    assert [row["status"] for row in rows] == ["loaded", "loaded"] and rows[1]["reason"] == "repeats article a"


def test_a_missing_path_exits_2_with_one_line_naming_it(tmp_path):
    missing = tmp_path / "nowhere"
    result = _cli("statements", str(missing))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and str(missing) in result.stderr


def test_target_tone_reads_offsets_and_prints_one_line_each(tmp_path):
    path = tmp_path / "rows.jsonl"
    text = "We praise Ukraine for its courage, but the invasion by Russia is a crime."
    rows = [{"id": "u", "text": text, "start": text.index("Ukraine"), "end": text.index("Ukraine") + 7},
            {"id": "r", "text": text, "start": text.index("Russia"), "end": text.index("Russia") + 6}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + '\n{"id": "bad", "text": "x", "start": 5, "end": 9}\n')
    result = _cli("target-tone", str(path))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["id"], o["label"]) for o in out] == [("u", "positive"), ("r", "negative")]
    assert all(-1 <= o["compound"] <= 1 for o in out)
    assert "line 3" in result.stderr


def test_a_run_prints_one_line_per_notebook_and_the_index_last(tmp_path):
    """No kernel warning, no library noise: the console says what ran, how long it took, and where the
    reports are."""
    result = _cli("run", "--out", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split()[0] for line in lines] == ["01_statements", "02_tone", "03_stance"], result.stderr
    assert all(line.rstrip().endswith(" s") for line in lines)
    assert result.stdout.strip().endswith("index.html") and result.stdout.count("\n") == 1

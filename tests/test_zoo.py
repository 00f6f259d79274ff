"""Every corpus shape of tests/data/zoo goes through ``statements`` and the whole notebook sequence:
no dates, one date, one speaker, no statement, no target, one article, odd spaces, a zip of a CSV with
its own field names, a tar.gz of JSONL with Unix times, and a corpus of 200,000 statements. Where a
report cannot show something it says why."""

import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from analysis import runner, tables

ZOO = Path(__file__).parent / "data" / "zoo"


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    """news.zip and briefings.tar.gz, built from their members in the zoo."""
    folder = tmp_path_factory.mktemp("archives")
    news = folder / "news.zip"
    with zipfile.ZipFile(news, "w") as archive:
        for member in sorted((ZOO / "news-archive").iterdir()):
            archive.write(member, f"2022/{member.name}")
    briefings = folder / "briefings.tar.gz"
    with tarfile.open(briefings, "w:gz") as archive:
        for member in sorted((ZOO / "briefings-archive").iterdir()):
            archive.add(member, member.name)
    return {"news.zip": news, "briefings.tar.gz": briefings}


# shape -> (statements at least, speakers that must be found, a sentence the reports must hold)
SHAPES = {
    "undated": (5, {"Volodymyr Zelenskyy", "Dmitry Peskov"}, "No article has a date, so stance is shown overall"),
    "one-date.jsonl": (5, {"Olaf Scholz"}, "Every dated statement falls in one day"),
    "one-speaker.jsonl": (5, {"Vladimir Putin"}, "all dated, in 3 different days"),
    "no-statements.jsonl": (0, set(), "No statement was found in this corpus"),
    "no-targets.jsonl": (3, {"Maria Keller"}, "No statement mentions one of the targets"),
    "single.jsonl": (2, {"Volodymyr Zelenskyy"}, "falls in one day"),
    "odd-spaces.jsonl": (4, {"Donald Trump", "Joe Biden"}, "all dated, in 2 different days"),
    "news.zip": (25, {"Dmitry Peskov", "Olaf Scholz", "Joe Biden"}, "all dated, in 12 different days"),
    "briefings.tar.gz": (5, {"Ned Price"}, "all dated, in 3 different days"),
}


def _corpus(shape: str, archives) -> Path:
    return archives.get(shape) or ZOO / shape


@pytest.mark.parametrize("shape", SHAPES)
def test_statements_of_every_shape(shape, archives, tmp_path):
    least, speakers, _ = SHAPES[shape]
    done = subprocess.run([sys.executable, "-m", "analysis", "statements", str(_corpus(shape, archives)),
                           "--manifest", str(tmp_path / "manifest.csv")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    found = [json.loads(line) for line in done.stdout.splitlines()]
    if not least:
        assert found == []
        return
    assert len(found) >= least and speakers <= {row["speaker"] for row in found}
    assert all(row["text"] and row["end"] > row["start"] for row in found)


@pytest.mark.parametrize("shape", SHAPES)
def test_the_notebook_sequence_runs_on_every_shape_and_says_what_it_cannot_show(shape, archives, tmp_path):
    result = runner.run(corpus=_corpus(shape, archives), out=tmp_path, log=lambda message: None)
    assert result.exit_code == 0, result.failed
    pages = {page.name: page.read_text(encoding="utf-8") for page in result.run_dir.glob("*.html")}
    assert set(pages) == {"index.html", "01_statements.html", "02_tone.html", "03_stance.html"}
    sentence = SHAPES[shape][2]
    assert any(sentence in text for text in pages.values()), sentence
    for name, text in pages.items():
        assert "Traceback" not in text and "Warning:" not in text, name  # no error and no library noise


def test_a_zipped_csv_with_its_own_field_names_gets_a_report_over_time(archives, tmp_path):
    result = runner.run(corpus=archives["news.zip"], out=tmp_path, params={"period": "W"}, log=lambda message: None)
    assert result.exit_code == 0
    manifest = tables.manifest_table(result.run_dir)
    assert f"{archives['news.zip']}:2022/news.csv" in set(manifest["source"])
    rejected = manifest[manifest["status"] == "rejected"]
    assert rejected["source"].str.endswith("wires.jsonl").all() and len(rejected) == 1  # the line cut off
    index = (result.run_dir / "index.html").read_text(encoding="utf-8")
    assert "publish_date (detected; 14 records, 14 read as dates)" in index
    assert "article_text (detected" in index
    articles = tables.load_table(result.run_dir, "articles")
    assert articles["date"].notna().all() and articles["url"].str.startswith("https://").sum() == 12
    stance_page = (result.run_dir / "03_stance.html").read_text(encoding="utf-8")
    assert stance_page.count("<img") >= 3  # the heatmap and timelines over weeks


def test_a_broken_archive_member_is_rejected_not_the_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.jsonl").write_bytes((ZOO / "single.jsonl").read_bytes())
    (corpus / "cut.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (corpus / "not-a.zip").write_bytes(b"PK\x03\x04 no archive at all")
    done = subprocess.run([sys.executable, "-m", "analysis", "statements", str(corpus), "--manifest",
                           str(tmp_path / "manifest.csv")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    manifest = tables.manifest_table(tmp_path)
    rows = dict(zip(manifest["source"].map(lambda s: Path(s.split(":")[0]).name), manifest["status"]))
    assert rows == {"good.jsonl": "loaded", "cut.jsonl.gz": "rejected", "not-a.zip": "rejected"}
    assert "broken" in " ".join(manifest["reason"])


SPEAKERS = ["Vladimir Putin", "Volodymyr Zelenskyy", "Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Dmitry Peskov",
            "Ursula von der Leyen", "Boris Johnson", "Antony Blinken", "Sergei Lavrov", "Jens Stoltenberg"]
CLAUSES = ["his government is ready for talks with {}", "he would never accept the demands of {}",
           "the world should thank {}", "he believed {} had made a mistake", "he knew {} would come back"]
TARGETS = ["Russia", "Ukraine", "the sanctions", "the ceasefire", "NATO", "Europe", "the United States"]


def test_a_corpus_of_200000_statements_runs_through_every_notebook(tmp_path):
    corpus = tmp_path / "large.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for i in range(1_600):  # (a hundred one-line reports an article, 1.32 statements each: a report in a report)
            lines = [f"{SPEAKERS[(i + j) % 11]} said that {CLAUSES[(i * j) % 5].format(TARGETS[(i + 2 * j) % 7])}."
                     for j in range(100)] + [f"Report number {i}."]
            handle.write(json.dumps({"id": f"a{i}", "date": f"2021-{1 + i * 12 // 1_600:02d}-{1 + i % 28:02d}",
                                     "text": "\n".join(lines)}) + "\n")
    result = runner.run(corpus=corpus, out=tmp_path / "reports", params={"cache": False}, log=lambda message: None)
    assert result.exit_code == 0, result.failed
    assert len(tables.load_table(result.run_dir, "statements", columns=["start"])) >= 200_000
    pages = sorted(result.run_dir.glob("*.html"))
    assert len(pages) == 4
    for page in pages:
        assert page.stat().st_size < 5_000_000, page.name  # tables are shown in part, not all 200,000 rows
    assert "all dated, in 53 different weeks" in (result.run_dir / "03_stance.html").read_text(encoding="utf-8")

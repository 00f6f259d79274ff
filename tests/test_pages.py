"""The layers that guard what readers get, each tested alone and in-process: escaping into HTML and
Markdown, the index page, and the run folder (a new folder per run, ``latest`` moved in one step,
tables found or named when missing)."""

import json
import os
import re
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, pages, tables
from test_reports import live_markup

HOSTILE = "<script>document.title='x'</script><img src=x onerror=alert(1)> *bold* [link](javascript:alert(1)) # `code` |"


def test_markdown_text_shows_markup_and_markdown_marks_as_written():
    shown = pages.markdown_text(HOSTILE)
    assert "<" not in shown and ">" not in shown
    assert shown.startswith("&lt;script&gt;")
    for mark in "*[]()#`|":
        assert f"\\{mark}" in shown and not re.search(rf"(?<!\\){re.escape(mark)}", shown), mark
    assert pages.markdown_text("plain words, 3 of 4") == "plain words, 3 of 4"


def _run_folder(tmp_path: Path, reason: str = HOSTILE, speaker: str = f"Vladimir {HOSTILE}") -> Path:
    """A run folder holding what the index reads: a manifest with a failed and a rejected record, the
    fields found, articles and statements."""
    run = tmp_path / "run"
    manifest = corpus.Manifest()
    manifest.add(f"{HOSTILE}.jsonl", 1, "a", "loaded")
    failed = manifest.add(f"{HOSTILE}.jsonl", 2, "b", "loaded")
    manifest.fail(failed, f"KeyError: {reason}")
    manifest.add(f"{HOSTILE}.jsonl", 3, None, "rejected", reason)
    run.mkdir()
    manifest.write_csv(run / "manifest.csv")
    (run / "fields.json").write_text(json.dumps({"loaded": 1, "fields": [
        {"attribute": "date", "field": HOSTILE, "how": "detected", "records": 1, "read as dates": 1}]}))
    (run / "articles").mkdir()
    pd.DataFrame({"article_id": ["a"], "date": pd.Series([pd.NaT], dtype="datetime64[ns, UTC]")}).to_parquet(
        run / "articles" / "part-00000.parquet")
    (run / "statements").mkdir()
    pd.DataFrame({"speaker": [speaker, speaker, None], "kind": ["direct", "indirect", "assessment"],
                  "parent": [None, None, None], "compound": [0.5, -0.1, 0.0]}).to_parquet(
        run / "statements" / "part-00000.parquet")
    return run


def test_the_index_escapes_everything_from_the_corpus(tmp_path):
    run = _run_folder(tmp_path)
    (run / "01_statements.html").write_text("<p>report</p>")
    index = pages.write_index(run, {"corpus": HOSTILE, HOSTILE: [HOSTILE]}, [run / "01_statements.html"], None, tmp_path)
    html = index.read_text(encoding="utf-8")
    assert live_markup(html) == []
    assert html.count("&lt;script&gt;") >= 5  # parameters, warnings (failure, rejection, field), speakers
    assert "The analysis of 1 of 2 articles failed" in html and "2 statements, mean tone +0.20" in html
    assert re.findall(r'href="([^"]*)"', html) == ["01_statements.html"]
    assert 'http-equiv="Content-Security-Policy"' in html and "Run completed" in html


def test_a_failed_run_says_so_at_the_top_of_its_index(tmp_path):
    run = _run_folder(tmp_path, reason="no text", speaker="Vladimir Putin")
    html = pages.write_index(run, {}, [], "02_tone.ipynb", tmp_path).read_text(encoding="utf-8")
    assert html.index("FAILED in 02_tone.ipynb") < html.index("<h2>Reports</h2>")
    assert "Vladimir Putin" in html and "No article has a date" in html


def test_warnings_are_markdown_that_shows_the_corpus_text_as_written(tmp_path):
    run = _run_folder(tmp_path)
    text = pages.warnings_markdown(run)
    assert text.startswith("**Before reading on:**")
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(lines) == 4 and all("<" not in line for line in lines)
    assert "The analysis of 1 of 2 articles failed" in text and "were rejected" in text
    assert "No article has a date" in text and "found from the data" in text


def test_a_run_without_anything_to_warn_about_says_so(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    manifest = corpus.Manifest()
    manifest.add("a.jsonl", 1, "a", "loaded")
    manifest.write_csv(run / "manifest.csv")
    (run / "articles").mkdir()
    pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("2022-01-01", tz="UTC")]}).to_parquet(
        run / "articles" / "part-00000.parquet")
    assert tables.run_warnings(run) == []
    assert pages.warnings_markdown(run) == "Every article was read and analysed; every one has a date."


def test_each_run_gets_a_folder_of_its_own(tmp_path):
    corpus_file = tmp_path / "data" / "news.jsonl.gz"
    corpus_file.parent.mkdir()
    corpus_file.write_bytes(b"")
    first = tables.new_run_folder(tmp_path / "out", corpus_file)
    second = tables.new_run_folder(tmp_path / "out", corpus_file)
    third = tables.new_run_folder(tmp_path / "out", corpus_file)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d{6}Z_data-news", first.name)
    assert first.is_dir() and second.is_dir() and third.is_dir() and len({first, second, third}) == 3
    if second.name.startswith(first.name):  # (within the same second)
        assert second.name == first.name + "~2"
    folder = tables.new_run_folder(tmp_path / "out", tmp_path / "data")
    assert folder.name.endswith("_data")
    assert tables.slug("../../<b> x") == "b-x" and tables.slug("***") == "corpus" and len(tables.slug("a" * 99)) == 40


def test_latest_moves_in_one_step_and_points_inside_the_reports_folder(tmp_path):
    out = tmp_path / "reports"
    one, two = out / "run-1", out / "run-2"
    one.mkdir(parents=True)
    two.mkdir()
    (out / f".latest-{os.getpid()}").write_text("left over by an interrupted move")
    tables.point_latest(out, one)
    assert (out / "latest").resolve() == one.resolve() and os.readlink(out / "latest") == "run-1"
    tables.point_latest(out, two)
    assert (out / "latest").resolve() == two.resolve() and os.readlink(out / "latest") == "run-2"
    assert sorted(p.name for p in out.iterdir()) == ["latest", "run-1", "run-2"]


def test_tables_are_read_from_partitions_or_named_when_missing(tmp_path):
    (tmp_path / "statements").mkdir()
    for i in (1, 0):
        pd.DataFrame({"n": [i]}).to_parquet(tmp_path / "statements" / f"part-0000{i}.parquet")
    assert list(tables.load_table(tmp_path, "statements")["n"]) == [0, 1]  # in partition order
    pd.DataFrame({"n": [7]}).to_parquet(tmp_path / "single.parquet")
    assert list(tables.load_table(tmp_path, "single", columns=["n"])["n"]) == [7]
    with pytest.raises(FileNotFoundError, match="articles.parquet is missing: run notebooks/01_statements"):
        tables.load_table(tmp_path, "articles")
    assert tables.run_folder(tmp_path / "x") == tmp_path / "x" and (tmp_path / "x").is_dir()
    assert tables.run_folder("") == tables.INTERACTIVE_RUN


def test_the_boilerplate_table_lists_every_flagged_span(tmp_path):
    articles = pd.DataFrame({"article_id": ["a", "b"], "boilerplate": [
        json.dumps([[0, 4, "byline", "By X"], [10, 15, "teaser", "Iran…"]]), None]})
    table = tables.boilerplate_table(articles)
    assert table.values.tolist() == [["a", 0, 4, "byline", "By X"], ["a", 10, 15, "teaser", "Iran…"]]


class _Sections(HTMLParser):
    """An index page as a reader takes it in: the status line, the warnings, and each section's rows."""

    def __init__(self):
        super().__init__()
        self.sections: dict[str, list] = {}
        self.current, self.cell, self.row, self.tag = "top", None, None, None

    def handle_starttag(self, tag, attrs):
        self.tag = tag
        if tag == "tr":
            self.row = []
        elif tag in ("th", "td", "li", "h2", "p", "a"):
            self.cell = ""

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

    def handle_endtag(self, tag):
        if tag == "h2":
            self.current, self.cell = self.cell, None
        elif tag in ("th", "td") and self.row is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr":
            self.sections.setdefault(self.current, []).append(tuple(self.row))
            self.row = None
        elif tag in ("li", "p") and self.cell is not None:
            self.sections.setdefault(self.current, []).append(self.cell)
            self.cell = None


def _sections(html: str) -> dict[str, list]:
    parser = _Sections()
    parser.feed(html)
    return parser.sections


def test_the_index_holds_exactly_what_a_reader_needs(tmp_path):
    run = _run_folder(tmp_path, reason="no text", speaker="Vladimir Putin")
    (run / "01_statements.html").write_text("<p>report</p>")
    html = pages.write_index(run, {"period": "M"}, [run / "01_statements.html"], None, tmp_path).read_text("utf-8")
    found = _sections(html)
    assert found["top"] == ["Run completed: every notebook succeeded.", *tables.run_warnings(run)]
    assert found["Reports"] == ["01_statements"]
    assert found["Main speakers"] == [("Vladimir Putin", "2 statements, mean tone +0.20")]
    corpus_rows = dict(found["Corpus"])
    assert corpus_rows.pop("inputs hash") == pages.inputs_hash(tmp_path)
    assert corpus_rows == {"corpus": pages.shown_path(tmp_path), "loaded": "1", "rejected": "1", "duplicate": "0", "failed": "1",
                           "undated": "1"}
    assert found["Input fields"] == [("date", f"{HOSTILE} (detected; 1 records, 1 read as dates)")]
    assert found["Parameters"] == [("period", "M")]
    software = dict(found["Software"])
    assert re.fullmatch(r"[0-9a-f]{7,}( \(with uncommitted changes\))?|unknown", software.pop("stance-tracker commit"))
    assert software["python"] == sys.version.split()[0] and set(software) == {"python", *pages.REPORTED_PACKAGES}
    failed = _sections(pages.write_index(run, {}, [], "03_stance.ipynb", tmp_path).read_text("utf-8"))
    assert failed["top"][0] == ("This run FAILED in 03_stance.ipynb. Its reports below are incomplete; the failed "
                                "notebook shows the error.")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _sections(pages.write_index(empty, {}, [], None, tmp_path).read_text("utf-8"))["Main speakers"] == [
        ("No statement has a speaker.",)]


def test_the_warnings_of_a_run_in_words(tmp_path):
    run = _run_folder(tmp_path, reason="no article text", speaker="Vladimir Putin")
    source = f"{HOSTILE}.jsonl"
    assert tables.run_warnings(run) == [
        f"The analysis of 1 of 2 articles failed; they are left out of every report ({source}, record 2: KeyError: "
        "no article text).",
        "1 input records were rejected, most often: no article text (1); the manifest lists each with its reason.",
        "No article has a date, so stance is shown overall, not over time.",
        f"The date was taken from the field {HOSTILE!r}, found from the data, 1 of 1 read as dates."]
    manifest = corpus.Manifest()
    for record in range(1, 6):
        manifest.fail(manifest.add("a.csv", record, f"a{record}", "loaded"), f"ValueError: bad {record}")
    manifest.add("a.csv", 6, "a6", "loaded")
    for record in (7, 8):
        manifest.add("a.csv", record, None, "rejected", f"CSV row at line {record} has 3 fields, header has 4")
    manifest.add("b.csv", 9, None, "rejected", "no article text")
    manifest.write_csv(run / "manifest.csv")
    (run / "fields.json").write_text(json.dumps({"loaded": 1, "fields": [
        {"attribute": "date", "field": "file name", "how": "detected", "records": 3, "read as dates": 3},
        {"attribute": "text", "field": "body", "how": "default", "records": 3}]}))
    pd.DataFrame({"date": pd.to_datetime(["2022-01-01", None, "2022-01-03"], utc=True)}).to_parquet(
        run / "articles" / "part-00000.parquet")
    assert tables.run_warnings(run, shown=2) == [
        "The analysis of 5 of 6 articles failed; they are left out of every report (a.csv, record 1: ValueError: bad 1; "
        "a.csv, record 2: ValueError: bad 2; ...).",
        "3 input records were rejected, most often: CSV row at line N has N fields, header has N (2); the manifest "
        "lists each with its reason.",
        "1 of 3 articles have no date: they count in the totals but not in the charts over time.",
        "The date was taken from each file's name, found from the data, 3 of 3 read as dates."]
    for part in run.glob("articles/*"):
        part.unlink()
    assert "No article has a date" not in " ".join(tables.run_warnings(run))  # (no articles table: nothing to say)


def test_markdown_text_is_exact():
    assert pages.markdown_text("*a* _b_ `c` [d](e) #f +g !h |i| ~j~ >k {l} \\m <n> & 'o'") == (
        "\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\#f \\+g \\!h \\|i\\| \\~j\\~ &gt;k \\{l\\} \\\\m &lt;n&gt; &amp; 'o'")


def test_run_folders_are_numbered_within_one_second(tmp_path):
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    names = [tables.new_run_folder(tmp_path, tmp_path / "seeds", now).name for _ in range(3)]
    assert names == ["2026-01-02T030405Z_seeds", "2026-01-02T030405Z_seeds~2", "2026-01-02T030405Z_seeds~3"]
    assert all((tmp_path / name).is_dir() for name in names)


def test_an_executed_notebook_becomes_one_page_that_runs_nothing(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "stance-tracker", "display_name": "x", "language": "python"}})
    cell = nbformat.v4.new_code_cell("statements.head()", execution_count=1)
    cell.outputs = [nbformat.v4.new_output("execute_result", {"text/html": pd.DataFrame({"text": [HOSTILE]}).to_html(),
                                                              "text/plain": HOSTILE}, execution_count=1)]
    nb.cells = [nbformat.v4.new_markdown_cell("# Report"), cell]
    path = tmp_path / "01_report.ipynb"
    nbformat.write(nb, path)
    page = pages.render_html(path, show_code=True)
    assert page == tmp_path / "01_report.html"
    html = page.read_text(encoding="utf-8")
    assert live_markup(html) == [] and "&lt;script&gt;" in html and ">statements<" in html
    assert re.search(r"""<meta(?=[^>]*http-equiv="Content-Security-Policy")(?=[^>]*default-src 'none')[^>]*>""", html)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    hidden = pages.render_html(path).read_text(encoding="utf-8")  # (code is hidden unless asked for)
    assert ">statements<" not in hidden and "&lt;script&gt;" in hidden


def test_the_inputs_hash_changes_with_any_byte_of_the_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Putin said the talks went well.\n")
    first = pages.inputs_hash(tmp_path)
    assert re.fullmatch(r"[0-9a-f]{16}", first) and pages.inputs_hash(tmp_path) == first
    (tmp_path / "a.txt").write_text("Putin said the talks went badly.\n")
    assert pages.inputs_hash(tmp_path) != first

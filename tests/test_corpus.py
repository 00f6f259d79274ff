import csv
import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus
from conftest import SAMPLE, shared

BROKEN = Path(__file__).parent / "data" / "broken"


def _records_in_broken_folder() -> int:
    """Count the input records of tests/data/broken independently of the loader."""
    n = 0
    for path in BROKEN.iterdir():
        name = path.name
        if name.endswith(".meta.yml"):
            continue
        if name.endswith(".txt"):
            n += 1
        elif name.endswith(".jsonl"):
            n += sum(1 for line in path.read_bytes().splitlines() if line.strip())
        elif name.endswith(".jsonl.gz"):
            n += sum(1 for line in gzip.open(path, "rt").read().splitlines() if line.strip())
        elif name.endswith(".json"):
            n += len(json.loads(path.read_text()))
        elif name.endswith(".csv"):
            n += len(path.read_text().splitlines()) - 1
    return n


def test_sample_loads_with_its_sidecar_metadata():
    articles, manifest = corpus.load_corpus(SAMPLE.parent)
    assert len(articles) == 1
    article = articles[0]
    assert article.article_id == SAMPLE.stem
    assert article.date == pd.Timestamp("2025-05-19", tz="UTC")
    assert article.title and article.title.startswith("Trump and Putin")
    with open(SAMPLE, encoding="utf-8", newline="") as handle:
        assert article.text == handle.read()  # raw input is never modified
    assert manifest.counts() == {"loaded": 1, "rejected": 0, "duplicate": 0, "failed": 0}


def test_every_record_of_a_broken_corpus_is_accounted_for(capsys):
    articles, manifest = corpus.load_corpus(BROKEN)
    frame = manifest.frame()
    assert len(frame) == _records_in_broken_folder()
    assert set(frame["status"]) == {"loaded", "rejected", "duplicate"}
    assert len(articles) == (frame["status"] == "loaded").sum()
    reasons = " | ".join(frame["reason"])
    assert "malformed JSON at line 2" in reasons
    assert "CSV row at line 3 has 3 fields" in reasons
    assert "no article text" in reasons
    assert "repeats article j1" in reasons  # same URL, and same text under another id
    assert "warning: " in capsys.readouterr().err


def test_dates_become_utc_and_unreadable_dates_are_kept_as_missing():
    articles, _ = corpus.load_corpus(BROKEN)
    by_id = {a.article_id: a for a in articles}
    assert by_id["good"].date == pd.Timestamp("2022-03-04 07:00", tz="UTC")  # +03:00 converted
    assert by_id["good"].date_raw.startswith("2022-03-04")
    assert by_id["j6"].date is None and "unreadable-date" in by_id["j6"].flags
    assert by_id["j6"].date_raw == "next Tuesday-ish"


def test_encodings_never_crash_and_are_flagged():
    articles, _ = corpus.load_corpus(BROKEN)
    by_id = {a.article_id: a for a in articles}
    assert not by_id["bom"].text.startswith("\ufeff")
    assert "prêts" in by_id["latin1"].text and "decoded-as-cp1252" in by_id["latin1"].flags
    assert "\ufffd" in by_id["invalid-bytes"].text and "invalid-bytes-replaced" in by_id["invalid-bytes"].flags


def test_one_line_in_another_encoding_is_read_and_flagged_alone():
    articles, _ = corpus.load_corpus(BROKEN / "mixed-encoding.jsonl")
    by_id = {a.article_id: a for a in articles}
    assert by_id["cp"].text.startswith("“Nous sommes prêts,”") and "decoded-as-cp1252" in by_id["cp"].flags
    assert "decoded-as-cp1252" not in by_id["ok"].flags


def test_front_matter_gives_metadata_and_is_flagged_not_cut():
    articles, _ = corpus.load_corpus(BROKEN / "front-matter.txt")
    article = articles[0]
    assert article.title == "Front matter test" and article.date.year == 2022
    assert article.text.startswith("---\n")  # offsets stay those of the raw file
    start, end, reason = article.boilerplate[0]
    assert (start, reason) == (0, "front-matter") and article.text[end:].startswith("Putin said")


def test_field_names_of_common_exports_are_found():
    articles, _ = corpus.load_corpus(BROKEN)
    by_id = {a.article_id: a for a in articles}
    assert by_id["newsplease-1"].source == "example.net" and by_id["newsplease-1"].title == "Gzipped"
    assert by_id["list-1"].title == "List item" and by_id["list-1"].text.startswith("Erdogan")
    assert by_id["c4"].title == "Fourth, with a comma"


def test_explicit_field_mapping_wins_over_what_the_data_suggests(tmp_path):
    path = tmp_path / "custom.jsonl"
    record = {"story": "Putin said the talks were over and would not resume this year.", "lede": "Talks over.",
              "when": "2022-01-02", "updated": "2022-03-04"}
    path.write_text(json.dumps(record) + "\n")
    articles, manifest = corpus.load_corpus(path, fields={"text": "lede", "date": "updated"})
    assert articles[0].text == "Talks over." and articles[0].date.month == 3
    assert "text: lede, given; 1 records" in manifest.fields.lines()
    articles, manifest = corpus.load_corpus(path)  # without the mapping, the longest text and a date field
    assert articles[0].text.startswith("Putin") and articles[0].date == pd.Timestamp("2022-01-02", tz="UTC")
    assert manifest.fields.lines()[:2] == ["text: story, detected; 1 records",
                                           "date: when, detected; 1 of 1 records read as dates"]


def test_ids_from_input_cannot_name_a_path():
    articles, manifest = corpus.load_corpus(BROKEN)
    ids = [a.article_id for a in articles]
    assert len(ids) > 5
    assert all("/" not in i and "\\" not in i and not i.startswith(".") for i in ids)
    assert "made safe" in " ".join(manifest.frame()["reason"])


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing", "no such file or folder"),
    (lambda tmp: (tmp / "empty").mkdir() or tmp / "empty", "holds no article files"),
    (lambda tmp: (tmp / "notes.docx").write_text("x") and tmp / "notes.docx", "not an article file"),
])
def test_corpus_errors_name_the_path(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(corpus.CorpusError, match=message) as error:
        corpus.load_corpus(path)
    assert str(path) in str(error.value)


def test_boilerplate_is_flagged_by_span_not_removed():
    text = "Putin said talks would go on.\nBy Jane Smith\nRead more: the war in maps\n© 2025 Example News. All rights reserved.\nIran's parliament has submitted a letter to…\n"
    spans = corpus.boilerplate_spans(text)
    assert [reason for _, _, reason in spans] == ["byline", "read-more", "copyright", "teaser"]
    assert all(text[s:e].strip() for s, e, _ in spans)
    assert spans[0][0] > len("Putin said talks would go on.")


def test_both_shared_corpora_load_with_their_defaults():
    for name, expected in [("kremlin_zelenskyy_2021_2022", 1796), ("reuters21578", 21578)]:
        manifest = corpus.Manifest()
        n = sum(1 for _ in corpus.iter_articles([shared("corpora", name, "articles.jsonl.gz")], manifest))
        assert len(manifest) == expected
        assert n == manifest.counts()["loaded"] > 0


def test_the_manifest_csv_reads_back_as_its_frame(tmp_path):
    manifest = corpus.Manifest()
    manifest.add("a.jsonl", 1, "a-1", "loaded")
    manifest.add("a.jsonl", 2, None, "rejected", "malformed JSON at line 2, column 3")
    manifest.add("b.csv", 3, "b-3", "duplicate", "repeats article a-1")
    manifest.write_csv(tmp_path / "manifest.csv")
    read = pd.read_csv(tmp_path / "manifest.csv", keep_default_na=False)
    expected = manifest.frame().fillna("")
    assert read.astype(str).to_dict("records") == expected.astype(str).to_dict("records")
    assert manifest.counts() == {"loaded": 1, "rejected": 1, "duplicate": 1, "failed": 0}


def test_dates_in_every_common_shape_and_as_unix_time():
    for value, expected in [("2022-03-04T10:00:00+03:00", "2022-03-04 07:00"), ("March 4, 2022", "2022-03-04"),
                            ("04 Mar 2022 10:00 GMT", "2022-03-04 10:00"), (1646388000, "2022-03-04 10:00"),
                            ("1646388000000", "2022-03-04 10:00"), ("Fri, 04 Mar 2022 10:00:00 +0000", "2022-03-04 10:00")]:
        assert corpus.parse_date(value) == pd.Timestamp(expected, tz="UTC"), value
    for value in ["", "next Tuesday-ish", True, {"a": 1}, "x" * 200, 12, None]:
        assert corpus.parse_date(value) is None, value


def test_a_date_in_a_txt_file_name_dates_an_article_without_a_sidecar(tmp_path):
    (tmp_path / "2016-09-12_debate-night.txt").write_text("Clinton said the debate went well.\n")
    (tmp_path / "notes-0042.txt").write_text("Trump said the debate was rigged.\n")
    articles, manifest = corpus.load_corpus(tmp_path)
    dates = {a.article_id: a.date for a in articles}
    assert dates == {"2016-09-12_debate-night": pd.Timestamp("2016-09-12", tz="UTC"), "notes-0042": None}
    assert "date: file name, detected; 1 of 1 records read as dates" in manifest.fields.lines()


def test_fields_are_found_from_the_data_of_each_file(tmp_path):
    rows = [{"Headline": f"Story {i}", "publish_date": f"2017-0{1 + i}-1{i}", "article_text": f"Putin said talks {i} went well.",
             "outlet": "Example Times", "permalink": f"https://example.org/{i}", "updated": "2018-01-01",
             "doc_id": f"x{i}", "summary": "short"} for i in range(3)]
    path = tmp_path / "export.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    articles, manifest = corpus.load_corpus(path)
    first = articles[0]
    assert (first.text, first.title, first.url, first.article_id) == ("Putin said talks 0 went well.", "Story 0",
                                                                      "https://example.org/0", "x0")
    assert first.date == pd.Timestamp("2017-01-10", tz="UTC")  # the publication date, not the update
    assert first.source == "Example Times"  # (a common name: not detected, found by default)
    how = {row["attribute"]: (row["field"], row["how"]) for row in manifest.fields.rows()}
    assert how == {"text": ("article_text", "detected"), "date": ("publish_date", "detected"),
                   "title": ("Headline", "detected"), "source": ("outlet", "default"),
                   "url": ("permalink", "detected"), "id": ("doc_id", "detected")}


def test_a_file_in_another_encoding_is_read_by_what_charset_normalizer_finds(tmp_path):
    text = ("Президент Украины Владимир Зеленский заявил, что переговоры с Россией будут продолжены на "
            "следующей неделе. По его словам, делегации обсудили гуманитарные коридоры.\n")
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    (tmp_path / "de.jsonl").write_bytes(json.dumps({"id": "de", "text": "Der Minister sagte: Wir sind bereit für "
                                                    "Gespräche über Frieden."}, ensure_ascii=False).encode("latin-1") + b"\n")
    articles, manifest = corpus.load_corpus(tmp_path)
    by_id = {a.article_id: a for a in articles}
    assert by_id["ru"].text == text and "decoded-as-cp1251" in by_id["ru"].flags
    assert "für Gespräche über" in by_id["de"].text
    assert set(manifest.frame()["encoding"]) == {"cp1251", "cp1252"}


# Every record of tests/data/broken, as the manifest must account for it: (file, record, id, status,
# reason, encoding). Written out by hand from the files, so that any change to how a record ends shows.
BROKEN_MANIFEST = [
    ("bom.txt", 1, "bom", "loaded", "", ""),
    ("empty.txt", 1, None, "rejected", "no article text", ""),
    ("export.csv", 2, "c1", "loaded", "", ""),
    ("export.csv", 3, None, "rejected", "CSV row at line 3 has 3 fields, header has 4", ""),
    ("export.csv", 4, None, "rejected", "no article text", ""),
    ("export.csv", 5, "c4", "loaded", "", ""),
    ("front-matter.txt", 1, "front-matter", "loaded", "", ""),
    ("good.txt", 1, "good", "loaded", "", ""),
    ("invalid-bytes.txt", 1, "invalid-bytes", "loaded", "", "utf-8 (bytes replaced)"),
    ("latin1.txt", 1, "latin1", "loaded", "", "cp1252"),
    ("list.json", 1, "list-1", "loaded", "", ""),
    ("list.json", 2, None, "rejected", "item 2 is a JSON int, not an object", ""),
    ("mixed-encoding.jsonl", 1, "cp", "loaded", "", "cp1252"),
    ("mixed-encoding.jsonl", 2, "ok", "loaded", "", ""),
    ("newsplease.jsonl.gz", 1, "newsplease-1", "loaded", "", ""),
    ("newsplease.jsonl.gz", 2, "newsplease-2", "loaded", "", ""),
    ("scraper.jsonl", 1, "j1", "loaded", "", ""),
    ("scraper.jsonl", 2, None, "rejected", "malformed JSON at line 2, column 39: Invalid control character at", ""),
    ("scraper.jsonl", 3, None, "rejected", "no article text", ""),
    ("scraper.jsonl", 4, "j4", "duplicate", "repeats article j1", ""),
    ("scraper.jsonl", 5, None, "rejected", "line 5 is a JSON list, not an object", ""),
    ("scraper.jsonl", 6, "j6", "loaded", "", ""),
    ("scraper.jsonl", 7, "_.._.._escape", "loaded", "id '../../escape' made safe", ""),
    ("scraper.jsonl", 9, "j8", "duplicate", "repeats article j1", ""),
]


def test_every_record_of_the_broken_corpus_ends_exactly_as_it_should(tmp_path):
    articles, manifest = corpus.load_corpus(BROKEN)
    frame = manifest.frame()
    rows = [(Path(r.source).name, r.record, None if pd.isna(r.article_id) else r.article_id, r.status, r.reason,
             r.encoding) for r in frame.itertuples()]
    assert rows == BROKEN_MANIFEST
    assert [a.article_id for a in articles] == [r[2] for r in BROKEN_MANIFEST if r[3] == "loaded"]
    assert [a.manifest_row for a in articles] == [i for i, r in enumerate(BROKEN_MANIFEST) if r[3] == "loaded"]
    assert manifest.counts() == {"loaded": 15, "rejected": 7, "duplicate": 2, "failed": 0}
    assert manifest.fields.loaded == 15
    manifest.write_csv(tmp_path / "manifest.csv")
    read = pd.read_csv(tmp_path / "manifest.csv", keep_default_na=False, dtype={"article_id": str})
    assert list(read.columns) == ["source", "record", "article_id", "status", "reason", "encoding"]
    assert [(Path(r.source).name, r.record, r.article_id or None, r.status, r.reason, r.encoding)
            for r in read.itertuples()] == BROKEN_MANIFEST


def test_a_failed_article_keeps_its_row_and_gets_its_error():
    manifest = corpus.Manifest()
    rows = [manifest.add("a.jsonl", 1, "a", "loaded"), manifest.add("a.jsonl", 2, "b", "loaded", "note", "cp1252"),
            manifest.add("b.csv", 7, None, "rejected", "no article text")]
    assert rows == [0, 1, 2] and len(manifest) == 3
    manifest.fail(1, "KeyError: 'x'")
    assert manifest.frame().fillna("").values.tolist() == [
        ["a.jsonl", 1, "a", "loaded", "", ""], ["a.jsonl", 2, "b", "failed", "KeyError: 'x'", "cp1252"],
        ["b.csv", 7, "", "rejected", "no article text", ""]]
    assert manifest.counts() == {"loaded": 1, "rejected": 1, "duplicate": 0, "failed": 1}


def test_repeats_are_found_by_url_and_by_words_and_ids_are_made_unique_and_safe(tmp_path):
    rows = [{"id": "a", "url": "https://x.org/a", "text": "Putin said the talks went well."},
            {"id": "b", "url": "HTTPS://X.ORG/a/", "text": "Another text entirely, said Biden."},  # the same url
            {"id": "c", "text": "putin  said the TALKS\nwent well."},  # the same words
            {"id": "a", "text": "A third text, with the id of the first."},
            {"id": "a", "text": "A fourth text, with it again."},
            {"id": "../x y", "text": "A fifth, whose id names a path."},
            {"id": "", "text": "A sixth, with no id."}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    manifest = corpus.Manifest()
    loaded = list(corpus.iter_articles([path], manifest))
    assert [a.article_id for a in loaded] == ["a", "a~2", "a~3", "_.._x_y", "news-7"]
    assert manifest.frame()[["status", "reason"]].values.tolist() == [
        ["loaded", ""], ["duplicate", "repeats article a"], ["duplicate", "repeats article a"],
        ["loaded", "id 'a' already used: a~2"], ["loaded", "id 'a' already used: a~3"],
        ["loaded", "id '../x y' made safe"], ["loaded", ""]]
    kept = list(corpus.iter_articles([path], keep_duplicates=True))
    assert [a.article_id for a in kept][:3] == ["a", "b", "c"]
    assert corpus.safe_id(".hidden") == "_.hidden" and corpus.safe_id("") == "_" and len(corpus.safe_id("x" * 300)) == 120


def test_epoch_times_at_the_edges_of_the_range():
    assert corpus.parse_date(100_000_000) == pd.Timestamp("1973-03-03 09:46:40", tz="UTC")
    assert corpus.parse_date(99_999_999) is None  # (nine digits below the range: not a time)
    assert corpus.parse_date(9_999_999_999) == pd.Timestamp("2286-11-20 17:46:39", tz="UTC")
    assert corpus.parse_date(10_000_000_000) is None  # (neither seconds nor milliseconds in the range)
    assert corpus.parse_date(100_000_000_000) == pd.Timestamp("1973-03-03 09:46:40", tz="UTC")  # (milliseconds)
    assert corpus.parse_date("2022-03-04 10:00") == pd.Timestamp("2022-03-04 10:00", tz="UTC")
    assert corpus.parse_date(float("nan")) is None and corpus.parse_date("   ") is None
    assert corpus.parse_date("4 March 2022, " + "x" * 70) is None  # (over 80 characters: no date)


def test_a_file_that_breaks_part_way_keeps_what_was_read_and_rejects_the_rest(tmp_path):
    import gzip

    whole = gzip.compress(b"".join(json.dumps({"id": f"a{i}", "text": f"Putin said talk {i} went well."}).encode()
                                   + b"\n" for i in range(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    manifest = corpus.Manifest()
    loaded = list(corpus.iter_articles([tmp_path / "cut.jsonl.gz"], manifest))
    frame = manifest.frame()
    assert len(loaded) > 100 and frame["status"].iloc[:-1].eq("loaded").all()
    last = frame.iloc[-1]
    assert (last["status"], last["record"]) == ("rejected", len(loaded) + 1)
    assert last["reason"].startswith(f"unreadable from record {len(loaded) + 1} on: broken compressed data (")


def test_each_article_of_the_broken_corpus_carries_its_flags_and_metadata():
    articles, _ = corpus.load_corpus(BROKEN)
    assert [(a.article_id, a.flags, a.date_raw) for a in articles] == [
        ("bom", ["no-date"], None), ("c1", [], "2022-03-07"), ("c4", [], "2022-03-10"),
        ("front-matter", [], "2022-02-24"), ("good", [], "2022-03-04 10:00:00+03:00"),
        ("invalid-bytes", ["invalid-bytes-replaced", "no-date"], None), ("latin1", ["decoded-as-cp1252", "no-date"], None),
        ("list-1", [], "2022-03-10"), ("cp", ["decoded-as-cp1252", "no-date"], None), ("ok", ["no-date"], None),
        ("newsplease-1", [], "2022-03-05 12:00:00"), ("newsplease-2", [], "05/03/2022"), ("j1", [], "2022-02-25"),
        ("j6", ["unreadable-date"], "next Tuesday-ish"), ("_.._.._escape", [], "2022-03-01T09:00:00-05:00")]
    frame = corpus.articles_frame(articles)
    assert list(frame.columns) == corpus.ARTICLE_COLUMNS
    first = {name: None if pd.isna(value) else value for name, value in frame.iloc[0].items()}
    assert first == {"article_id": "bom", "date": None, "date_raw": None, "title": None, "source": None, "url": None,
                     "source_file": str(BROKEN / "bom.txt"), "record": 1, "n_chars": len(articles[0].text),
                     "flags": "no-date", "boilerplate": "[]"}
    good = frame.set_index("article_id").loc["front-matter"]
    assert json.loads(good["boilerplate"]) == [[0, articles[3].boilerplate[0][1], "front-matter", articles[3].text[:articles[3].boilerplate[0][1]]]]
    assert frame.set_index("article_id").loc["invalid-bytes", "flags"] == "invalid-bytes-replaced;no-date"
    assert list(corpus.articles_frame([]).columns) == corpus.ARTICLE_COLUMNS

"""Reports as readers get them, and safe with hostile article text: every page is checked twice, once
for what its raw HTML holds (escaping alone must keep article text inert) and once in headless Chromium
with its Content-Security-Policy taken out; the policy is checked on its own. Interrupted runs never move
``latest``. The notebooks also run with the plain papermill CLI."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from analysis import pages, paths, runner

# Markup in every field a report shows: the text (a quotation, reported speech, a speaker's name, a
# boilerplate line and a target mention), the title, the url, the outlet, the id and a file name. Eight
# articles over four weeks, so that every table of every page (largest moves included) has rows.
PAYLOAD_TEXT = ("“<img src=x onerror=document.body.setAttribute('data-pwned','text')> Russia must pay,” the hacker said.\n"
                "Putin said <script>document.title='PWNED-TEXT'</script> the talks with Ukraine would go on.\n"
                "People close to <script>a=1</script> said Russia<svg onload=document.title='PWNED-TARGET'> would win.\n"
                "Read more: <img src=x onerror=document.body.setAttribute('data-pwned','boilerplate')>\n")
HOSTILE = [{"id": f"<svg onload=document.title='PWNED-ID'>{i}", "date": f"2022-02-{3 + 3 * i:02d}",
            "title": f"<script>document.title='PWNED-TITLE'</script>Breaking <img src=x onerror=alert({i})>",
            "url": f"javascript:document.title='PWNED-URL{i}'" if i % 2 else f"https://example.org/{i}\"><script>alert(1)</script>",
            "source": "<b onmouseover=document.title='PWNED-SOURCE'>Outlet</b>",
            "text": f"Report {i}.\n" + PAYLOAD_TEXT.replace("would win", "would win" if i % 3 else "would never win")}
           for i in range(8)]
# What the pages may hold: nbconvert's lab template, pandas tables, the index
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "div", "span", "pre", "code", "p", "a", "img",
                "h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "em", "strong",
                "br", "hr", "blockquote", "details", "summary"}  # (details: the drill-down, no script)
CSP = re.compile(r'<meta[^>]*http-equiv="Content-Security-Policy"[^>]*>')


@pytest.fixture(scope="module")
def browser():
    if pages.chromium() is None:
        pytest.skip("headless Chromium is not installed: .ci/run installs it (Debian: apt-get install -y chromium)")
    return pages.chromium()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "hostile"
    corpus.mkdir()
    (corpus / "articles.jsonl").write_text("".join(json.dumps(article) + "\n" for article in HOSTILE), encoding="utf-8")
    # a file whose very name is markup, with a record that is rejected: the manifest shows both
    (corpus / "<img src=x onerror=document.title='PWNED-FILE'>.jsonl").write_text('{"id": "empty", "text": ""}\n')
    result = runner.run(corpus=corpus, out=folder / "reports", params={"min_statements": 1}, log=lambda message: None)
    assert result.exit_code == 0, result.failed
    return result


class _Markup(HTMLParser):
    """Every tag and attribute of a page, as a browser would parse them."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def live_markup(html: str) -> list[str]:
    """What in a page's HTML could run or load something: a script element, an event handler, a
    ``javascript:`` address, an image from anywhere but the page itself, a tag no report makes."""
    parser = _Markup()
    parser.feed(html)
    found = [f"<{tag}>" for tag, _ in parser.tags if tag not in ALLOWED_TAGS]
    for tag, attrs in parser.tags:
        found += [f"<{tag} {name}=...>" for name in attrs if name.lower().startswith("on")]
        for name in {"href", "src", "action", "formaction"} & set(attrs):
            value = re.sub(r"\s", "", attrs[name] or "").lower()
            if value.startswith(("javascript:", "vbscript:", "data:text")) or (name == "src" and not value.startswith("data:image/")):
                found.append(f"<{tag} {name}={value[:40]}>")
    if re.search(r"<script", html, re.I):
        found.append("<script")
    return found


def test_no_page_holds_live_markup_though_every_page_shows_the_hostile_text(hostile_run):
    pages = sorted(hostile_run.run_dir.glob("*.html"))
    assert [page.name for page in pages] == ["01_statements.html", "02_tone.html", "03_stance.html", "index.html"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert live_markup(html) == [], page.name
        assert "&lt;script" in html or "&lt;img" in html or "&lt;svg" in html, f"{page.name} shows none of the hostile text"
    stance_page = (hostile_run.run_dir / "03_stance.html").read_text(encoding="utf-8")
    assert "PWNED-TARGET" in stance_page and "People close to &lt;script&gt;a=1&lt;/script&gt;" in stance_page


def test_the_check_finds_live_markup():
    """The check above is not blind: each kind of live markup is found."""
    for html in ["<p><script>x</script></p>", "<img src=x onerror=y>", '<a href=" javascript:x">a</a>',
                 '<img src="https://example.org/a.png">', "<iframe></iframe>", "<details open ontoggle=x>"]:
        assert live_markup(html), html
    assert live_markup('<p>&lt;script&gt;</p><img src="data:image/png;base64,AA"><a href="#x">x</a>') == []


def _without_policy(page: Path, folder: Path) -> Path:
    copy = folder / page.name
    html, removed = CSP.subn("", page.read_text(encoding="utf-8"))
    assert removed == 1, f"{page.name} has no Content-Security-Policy to take out"
    copy.write_text(html, encoding="utf-8")
    return copy


def _ran(page: Path) -> list[str]:
    """What scripts did when Chromium opened ``page``: a changed title or a marked body."""
    dom = pages.browse(page, "--dump-dom").stdout
    assert dom, f"{page.name} did not render"
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    return [found for found in ("PWNED" if title and "PWNED" in title.group(1) else "",
                                "data-pwned" if re.search(r"<body[^>]*data-pwned", dom) else "") if found]


def test_escaping_alone_keeps_every_page_inert(hostile_run, browser, tmp_path):
    pages = sorted(hostile_run.run_dir.glob("*.html"))
    assert len(pages) == 4
    for page in pages:
        assert _ran(_without_policy(page, tmp_path)) == [], page.name


def test_the_content_security_policy_alone_stops_scripts(hostile_run, browser, tmp_path):
    """A report page with markup that escaping did not stop (put in on purpose): the policy stops it,
    and the same page without the policy runs it (so the check can see a script run)."""
    page = hostile_run.run_dir / "02_tone.html"
    live = ("<script>document.title='PWNED-CSP'</script>"
            "<img src=x onerror=\"document.body.setAttribute('data-pwned','csp')\">")
    html = page.read_text(encoding="utf-8").replace("<main>", "<main>" + live, 1)
    assert live in html
    kept = tmp_path / "with-policy.html"
    kept.write_text(html, encoding="utf-8")
    assert _ran(kept) == []
    bare = tmp_path / "without-policy.html"
    bare.write_text(CSP.sub("", html), encoding="utf-8")
    assert _ran(bare) == ["PWNED", "data-pwned"]


def test_the_index_screenshot_is_written_for_a_person_to_look_at(hostile_run, browser):
    shot = hostile_run.run_dir / "index.png"
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def _start_run(out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "analysis", "run", "--out", str(out)], cwd=paths.PROJ_ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _executed_cells(notebook: Path) -> int:
    try:
        return sum(1 for cell in nbformat.read(notebook, as_version=4).cells
                   if cell.cell_type == "code" and cell.get("execution_count"))
    except Exception:  # (papermill may be writing it at this very moment)
        return 0


def _interrupt_when(out: Path, before: set, ready, timeout: float = 180) -> Path:
    """Start a run, wait until ``ready(run folder)`` holds, kill the run's whole process group. The group is
    stopped first and ``ready`` asked again, so that the kill finds the files as they were seen (a notebook
    papermill was writing at that moment is seen again after the write)."""
    process = _start_run(out)
    deadline, started = time.time() + timeout, None
    try:
        while time.time() < deadline:
            started = next((p for p in set(out.iterdir()) - before if p.is_dir() and not p.is_symlink()), None)
            if started is not None and ready(started):
                os.killpg(process.pid, signal.SIGSTOP)
                if ready(started):
                    break
                os.killpg(process.pid, signal.SIGCONT)
            time.sleep(0.05)
        else:
            pytest.fail("the run never reached the point to interrupt it at")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    return started


@pytest.mark.parametrize("moment", ["02_tone executing", "one page rendered"])
def test_an_interrupted_run_leaves_latest_on_the_last_good_run(tmp_path, moment):
    out = tmp_path / "reports"
    good = runner.run(out=out, log=lambda message: None).run_dir
    assert (out / "latest").resolve() == good.resolve()
    ready = {"02_tone executing": lambda run: _executed_cells(run / "02_tone.ipynb") >= 2,
             "one page rendered": lambda run: (run / "01_statements.html").exists()}[moment]
    partial = _interrupt_when(out, set(out.iterdir()), ready)
    assert (out / "latest").resolve() == good.resolve()
    assert not (partial / "index.html").exists() and not (partial / "03_stance.html").exists()
    assert (partial / "01_statements.html").exists() or moment == "02_tone executing"
    if moment == "02_tone executing":
        assert _executed_cells(partial / "02_tone.ipynb") >= 2 and not (partial / "02_tone.html").exists()
    assert (good / "index.html").exists() and "Run completed" in (good / "index.html").read_text(encoding="utf-8")


def test_papermill_documents_the_parameters():
    nb = paths.NOTEBOOKS_DIR / "03_stance.ipynb"
    shown = subprocess.run([sys.executable, "-m", "papermill", "--help-notebook", str(nb)], capture_output=True,
                           text=True, timeout=120).stdout
    for name, words in [("period", "auto"), ("min_statements", "uncertain"), ("events", "CSV")]:
        assert re.search(rf"{name}: .*?{words}", shown, re.S), f"{name} is not documented by papermill --help-notebook"


def test_notebooks_run_with_the_plain_papermill_cli_and_a_yaml_file(tmp_path):
    runner.ensure_kernel()
    params = tmp_path / "params.yml"
    params.write_text(f"corpus: seeds\nrun_dir: {tmp_path}\nspeakers: [Donald Trump]\n")
    for name in ("01_statements", "02_tone"):
        done = subprocess.run(
            [sys.executable, "-m", "papermill", str(paths.NOTEBOOKS_DIR / f"{name}.ipynb"), str(tmp_path / f"{name}.ipynb"),
             "-f", str(params), "-k", paths.KERNEL_NAME, "--cwd", str(tmp_path)],
            capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    assert any((tmp_path / "statements").glob("part-*.parquet"))

"""Reports as readers get them: opened in headless Chromium, safe with hostile article text, and
produced by the plain papermill CLI too."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from analysis import paths, runner

HOSTILE = {
    "id": "hostile",
    "title": "<script>document.title='PWNED-TITLE'</script>Breaking",
    "url": "javascript:document.title='PWNED-URL'",
    "date": "2022-02-24",
    "text": "“<img src=x onerror=document.body.setAttribute('data-pwned','1')>,” the hacker said. "
            "Putin said <script>document.title='PWNED-TEXT'</script> the talks would go on.\n",
}


@pytest.fixture(scope="module")
def browser():
    if runner.chromium() is None and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], capture_output=True, timeout=600)
    if runner.chromium() is None:
        pytest.skip("headless Chromium is not installed and could not be (Debian: apt-get install -y chromium)")
    return runner.chromium()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, browser):
    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "hostile.jsonl"
    corpus.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    result = runner.run(corpus=corpus, out=folder / "reports", log=lambda message: None)
    assert result.exit_code == 0, result.failed
    return result


def test_injected_markup_never_runs_in_any_report(hostile_run):
    pages = sorted(hostile_run.run_dir.glob("*.html"))
    assert len(pages) == 4
    for page in pages:
        dom = runner.browse(page, "--dump-dom").stdout
        assert dom, f"{page.name} did not render"
        title = re.search(r"<title>(.*?)</title>", dom, re.S)
        assert title and "PWNED" not in title.group(1), f"a script ran in {page.name}"
        assert not re.search(r"<body[^>]*data-pwned", dom), f"an onerror handler ran in {page.name}"
    statements_dom = runner.browse(hostile_run.run_dir / "01_statements.html", "--dump-dom").stdout
    assert "&lt;img src=x onerror=" in statements_dom  # shown as text, not as markup


def test_the_index_screenshot_is_written_for_a_person_to_look_at(hostile_run):
    shot = hostile_run.run_dir / "index.png"
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_an_interrupted_run_leaves_latest_on_the_last_good_run(hostile_run):
    out = hostile_run.run_dir.parent
    good = (out / "latest").resolve()
    before = set(out.iterdir())
    process = subprocess.Popen([sys.executable, "-m", "analysis", "run", "--out", str(out)], cwd=paths.PROJ_ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    started = None
    while time.time() < deadline and started is None:
        new = [p for p in set(out.iterdir()) - before if p.is_dir()]
        started = next((p for p in new if (p / "01_statements.ipynb").exists()), None)
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert started is not None, "the run never started its first notebook"
    assert not (started / "03_stance.html").exists()
    assert (out / "latest").resolve() == good


def test_papermill_documents_the_parameters():
    nb = paths.NOTEBOOKS_DIR / "03_stance.ipynb"
    shown = subprocess.run([sys.executable, "-m", "papermill", "--help-notebook", str(nb)], capture_output=True,
                           text=True, timeout=120).stdout
    for name, words in [("period", "pandas offset alias"), ("min_statements", "uncertain"), ("events", "CSV")]:
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

"""environment.yml (for conda users) lists the same packages, with the same versions, as pyproject.toml."""

import re
import tomllib

import yaml

from analysis import paths


def _split(requirement: str) -> tuple[str, str]:
    name, spec = re.match(r"^\s*([A-Za-z0-9_.-]+)\s*(.*)$", requirement).groups()
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(_split(r) for r in project["dependencies"] + project["optional-dependencies"]["test"])
    env = yaml.safe_load((paths.PROJ_ROOT / "environment.yml").read_text())
    listed = {}
    for entry in env["dependencies"]:
        items = entry["pip"] if isinstance(entry, dict) else [entry]
        for item in items:
            if item.startswith("-e") or item in ("pip",) or item.startswith("python"):
                continue
            name, spec = _split(item)
            listed[name] = spec
    assert listed == wanted


def test_lock_pins_every_dependency():
    project = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text())["project"]
    lock = (paths.PROJ_ROOT / "requirements.lock").read_text()
    pinned = {_split(line.split("==")[0])[0] for line in lock.splitlines() if "==" in line}
    for requirement in project["dependencies"] + project["optional-dependencies"]["test"]:
        assert _split(requirement)[0] in pinned

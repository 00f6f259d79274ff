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


def test_lock_pins_every_dependency_at_a_version_pyproject_allows():
    from packaging.requirements import Requirement

    project = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text())["project"]
    lock = (paths.PROJ_ROOT / "requirements.lock").read_text()
    pinned = {_split(name)[0]: version for name, version in
              (line.split("==") for line in lock.splitlines() if "==" in line and not line.startswith("#"))}
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    assert wanted
    for requirement in map(Requirement, wanted):
        name = _split(requirement.name)[0]
        assert name in pinned, f"{name} is not pinned in requirements.lock"
        assert requirement.specifier.contains(pinned[name].strip()), f"{name}=={pinned[name]} breaks {requirement}"

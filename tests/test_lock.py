"""The committed ``requirements.lock`` agrees with ``pyproject.toml`` and with what is installed.

Fast and offline: it reads the two files and the installed distributions' metadata, nothing else.
"""
from __future__ import annotations

import importlib.metadata as md
import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
LOCK = REPO / "requirements.lock"
# The extras the lock is compiled with (the README's refresh command); `ray` is part of `dev`.
LOCKED_EXTRAS = ("dev", "api", "parquet")
# GPU builds must never reach the lock: PyTorch is CPU-only here and nothing else needs CUDA.
GPU_PACKAGE = re.compile(r"^(nvidia-|cuda-|triton$|torch)")


def lock_pins(text: str, *, here_only: bool = False) -> dict[str, str]:
    """``{canonical name: version}`` for every ``name==version`` line of a pip requirements file.

    ``here_only``: leave out pins whose environment marker (``; sys_platform == 'win32'``) does not hold here.
    """
    pins: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;]+)\s*(?:;(.*))?", line)
        assert m, f"requirements.lock: not an exact pin: {line!r}"
        if here_only and m.group(4) and not Marker(m.group(4)).evaluate():
            continue
        pins[canonicalize_name(m.group(1))] = m.group(3)
    return pins


def project_requirements() -> list[Requirement]:
    """The runtime requirements plus those of every extra the lock covers."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in LOCKED_EXTRAS:
        reqs += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return reqs


def disagreements(reqs: list[Requirement], pins: dict[str, str]) -> list[str]:
    """Every requirement the lock leaves unpinned or pins outside its specifier."""
    problems = []
    for req in reqs:
        if req.marker is not None and not req.marker.evaluate({"python_version": "3.11"}):
            continue
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{req} is not pinned in requirements.lock")
        elif not req.specifier.contains(pins[name], prereleases=True):
            problems.append(f"{req} but requirements.lock pins {name}=={pins[name]}")
    return problems


@pytest.fixture(scope="module")
def pins() -> dict[str, str]:
    return lock_pins(LOCK.read_text(encoding="utf-8"))


def test_every_project_requirement_is_pinned_within_its_specifier(pins):
    problems = disagreements(project_requirements(), pins)
    assert not problems, "pyproject.toml and requirements.lock disagree (refresh the lock, see README):\n" \
        + "\n".join(problems)


def test_the_check_catches_a_missing_or_out_of_range_pin():
    reqs = [Requirement("spacy>=3.8,<3.9"), Requirement("lxml_html_clean>=0.4")]
    assert disagreements(reqs, {"spacy": "3.8.2", "lxml-html-clean": "0.4.1"}) == []
    assert lock_pins("a==1.0 ; sys_platform == 'nonesuch'\nb[x]==2  # via c\n", here_only=True) == {"b": "2"}
    assert len(disagreements(reqs, {"spacy": "3.9.0", "lxml-html-clean": "0.4.1"})) == 1
    assert len(disagreements(reqs, {"spacy": "3.8.2"})) == 1


def test_installed_versions_match_the_lock():
    wrong = []
    for name, version in lock_pins(LOCK.read_text(encoding="utf-8"), here_only=True).items():
        try:
            installed = md.version(name)
        except md.PackageNotFoundError:
            continue  # a package of an extra that this environment did not install
        if Version(installed) != Version(version):
            wrong.append(f"{name}: lock {version}, installed {installed}")
    assert not wrong, "installed packages differ from requirements.lock " \
        "(`pip install -r requirements.lock`):\n" + "\n".join(wrong)


def test_lock_has_no_gpu_builds(pins):
    assert not [n for n in pins if GPU_PACKAGE.match(n)]


def test_lock_says_how_it_was_made(pins):
    head = LOCK.read_text(encoding="utf-8").splitlines()[:3]
    command = ("uv pip compile pyproject.toml --extra dev --extra api --extra parquet -o requirements.lock "
               "--python-version 3.11 --universal")
    assert any(command in line for line in head)
    assert command in (REPO / "README.md").read_text(encoding="utf-8")

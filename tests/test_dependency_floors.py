"""The dependency floors in pyproject.toml stay at releases with the published security fixes,
and what is installed meets them: run in CI by `./dev test`, so an environment that resolved an
old, flawed release (pypdf 5.9.0 unpacked a 1 GiB attachment from a 1 MB PDF) fails here."""

import itertools
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
FIXED_IN = {
    "pypdf": "6.16.1",
    "pydantic": "2.4.0",
    "reportlab": "3.6.13",
    "pyinstaller": "6.0.0",
    "pillow": "11.3.0",
}
"""The first release without the known flaws (see the comments in pyproject.toml)."""


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {}).values()
    return [Requirement(text) for text in itertools.chain(project["dependencies"], *extras)]


def floor(requirement: Requirement) -> Version | None:
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==")]
    return max(bounds, default=None)


@pytest.mark.parametrize("name", sorted(FIXED_IN))
def test_the_floor_is_at_or_above_the_fixed_release(name):
    requirements = [r for r in declared() if r.name.lower() == name]
    assert requirements, f"{name} is no longer a dependency: take it out of FIXED_IN"
    for requirement in requirements:
        lowest = floor(requirement)
        assert lowest is not None and lowest >= Version(FIXED_IN[name]), str(requirement)


def test_every_dependency_has_a_floor():
    assert [str(r) for r in declared() if floor(r) is None] == []


@pytest.mark.parametrize("requirement", declared(), ids=str)
def test_what_is_installed_meets_the_floor(requirement):
    try:
        installed = version(requirement.name)
    except PackageNotFoundError:
        pytest.skip(f"{requirement.name} is not installed here (an extra not set up)")
    assert requirement.specifier.contains(installed, prereleases=True), (
        f"{requirement.name} {installed} is installed; pyproject.toml asks for {requirement}"
    )


def locked() -> dict[str, tuple[Version, int]]:
    """Each package of the bundle's lock file: its pinned version and how many hashes."""
    pins: dict[str, tuple[Version, int]] = {}
    name = ""
    for line in (ROOT / "packaging" / "requirements-bundle.txt").read_text().splitlines():
        if "==" in line and not line.startswith((" ", "#")):
            name, _equals, pinned = line.rstrip(" \\").partition("==")
            pins[name.lower()] = (Version(pinned), 0)
        elif line.strip().startswith("--hash=sha256:") and name:
            pinned_version, hashes = pins[name.lower()]
            pins[name.lower()] = (pinned_version, hashes + 1)
    return pins


def test_the_bundle_lock_pins_the_app_and_build_dependencies_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bundled = [*project["dependencies"], *project["optional-dependencies"]["build"]]
    pins = locked()
    assert all(hashes > 0 for _version, hashes in pins.values())
    for requirement in map(Requirement, bundled):
        name = requirement.name.lower()
        assert name in pins, f"{name} is missing from packaging/requirements-bundle.txt"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), str(requirement)

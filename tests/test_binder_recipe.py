"""Binder can build this repository: the recipe repo2docker writes installs requirements.txt on the
Python that runtime.txt names (issue 8, "a verified Binder recipe").

mybinder.org builds a repository with repo2docker. ``repo2docker --no-build`` picks the build pack and
prints the Dockerfile it would build, without Docker. It runs on a copy of what git tracks, as Binder
clones it, so nothing untracked (.venv, _build, node_modules) can make the recipe look right here and
wrong there.
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import escapism  # repo2docker's own dependency: it names the build files with it
import pytest

ROOT = Path(__file__).resolve().parent.parent
REPO2DOCKER = Path(sys.executable).parent / "repo2docker"


def _runtime_python() -> str:
    """The Python version runtime.txt asks for ("python-3.11" -> "3.11")."""
    match = re.fullmatch(r"python-(\d+\.\d+)", (ROOT / "runtime.txt").read_text().strip())
    assert match, "runtime.txt must name a Python as python-X.Y"
    return match.group(1)


def _tracked_copy(destination: Path) -> Path:
    """Copy the files git tracks (as they are in the work tree) into ``destination``."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.fail(f"git ls-files failed (the Binder test needs a git clone): {listed.stderr}")
    for rel in filter(None, listed.stdout.split("\0")):
        source = ROOT / rel
        if source.is_file():  # a tracked file deleted in the work tree is not in the next commit either
            target = destination / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


@pytest.fixture(scope="module")
def recipe(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """(Dockerfile, log) from ``repo2docker --no-build --debug`` on the tracked tree."""
    if not REPO2DOCKER.exists():
        pytest.fail("repo2docker is missing: `make test` installs jupyter-repo2docker "
                    "(requirements-test.txt)")
    repo = _tracked_copy(tmp_path_factory.mktemp("binder") / "repo")
    # Run from an empty directory: repo2docker reads a repo2docker_config.py from its working directory.
    result = subprocess.run([str(REPO2DOCKER), "--no-build", "--debug", str(repo)],
                            cwd=repo.parent, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout, result.stderr


def test_the_copy_holds_no_untracked_files(tmp_path):
    copied = _tracked_copy(tmp_path)
    assert (copied / "requirements.txt").is_file() and (copied / "runtime.txt").is_file()
    assert not any((copied / name).exists() for name in (".venv", "_build", "_vendor_build"))


def test_binder_uses_the_python_runtime_txt_names(recipe):
    dockerfile, log = recipe
    version = _runtime_python()
    assert version == "3.11"  # what the README and the pinned requirements are tested on
    # The conda build pack (under the Python one) announces the version it installs, and copies in the
    # lock file of that Python's base environment, named by its path escaped the way repo2docker
    # names build files ("." -> "-2e", "-" -> "-2d").
    assert f"Building conda environment for python={version}" in log
    lock = escapism.escape(f"environment.py-{version}-linux-64.lock",
                           safe=set(string.ascii_letters + string.digits), escape_char="-").lower()
    copies = [line for line in dockerfile.splitlines()
              if line.startswith("COPY ") and line.endswith(" /tmp/env/environment.lock")]
    assert len(copies) == 1 and lock in copies[0], copies


def test_binder_installs_requirements_txt_with_pip_after_copying_the_repository(recipe):
    dockerfile, _ = recipe
    lines = dockerfile.splitlines()
    install = [i for i, line in enumerate(lines)
               if re.fullmatch(r'RUN \$\{KERNEL_PYTHON_PREFIX\}/bin/pip install --no-cache-dir '
                               r'-r "requirements\.txt"', line)]
    assert len(install) == 1, dockerfile
    # requirements.txt ends with "-e ." (the project's own package), so pip needs the whole
    # repository, not only requirements.txt, in place when it runs.
    copy_repo = [i for i, line in enumerate(lines) if line == "COPY --chown=0:0 src/ ${REPO_DIR}/"]
    assert copy_repo and copy_repo[0] < install[0], dockerfile
    assert "-e ." in (ROOT / "requirements.txt").read_text().splitlines()


def test_the_repository_lands_in_home_where_jupyterlab_reads_its_settings(recipe):
    """.jupyter/labconfig/ (chapters open as notebooks, arrow keys stay with a chart's control) applies on
    Binder only because repo2docker copies the repository into the home folder: ~/.jupyter/labconfig."""
    dockerfile, _ = recipe
    # "ARG REPO_DIR=${HOME}" then "ENV REPO_DIR=${REPO_DIR}"; the whole repository is copied there.
    assert re.search(r"^ARG REPO_DIR=\$\{HOME\}$", dockerfile, re.MULTILINE), dockerfile
    assert re.search(r"^ENV REPO_DIR=\$\{REPO_DIR\}$", dockerfile, re.MULTILINE), dockerfile
    assert "COPY --chown=0:0 src/ ${REPO_DIR}/" in dockerfile.splitlines(), dockerfile
    assert (ROOT / ".jupyter" / "labconfig" / "default_setting_overrides.json").is_file()

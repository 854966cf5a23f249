"""Sphinx extension: point each chapter's Binder launch link at the repository the book is built from.

Why: Binder builds a *public repository*, so the link must name it. `_config.yml` cannot know it (a
fork, a mirror, the project's eventual home), and a hand-edited URL goes stale. At build time this
extension fills in ``repository_url`` from, in order:

1. ``EIH_REPOSITORY_URL`` (any https URL of a GitHub or GitLab repository), for a build elsewhere;
2. ``GITHUB_REPOSITORY`` ("owner/name"), which GitHub Actions sets when it builds the site;
3. the ``origin`` remote of the git checkout, when it is a GitHub or GitLab address (https or ssh).

If none names a public repository (for example a clone of a local folder), the placeholder in
`_config.yml` stays and the build says so in one line: the launch link then opens a Binder error
page, which README "Run a chapter live" explains.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

LOGGER = logging.getLogger(__name__)

PLACEHOLDER_OWNER = "OWNER"
# https://github.com/owner/name(.git), git@github.com:owner/name(.git), ssh://git@gitlab.com/owner/name
_REMOTE = re.compile(
    r"^(?:https://|ssh://git@|git@)(?P<host>github\.com|gitlab\.com)[/:](?P<owner>[\w.-]+)/(?P<name>[\w.-]+?)"
    r"(?:\.git)?/?$")


def public_repository_url(remote: str) -> str | None:
    """The https URL of a GitHub/GitLab repository named by a git remote or URL; None for anything else."""
    match = _REMOTE.match(remote.strip())
    if match is None:
        return None
    return f"https://{match['host']}/{match['owner']}/{match['name']}"


def git_origin(root: Path) -> str:
    """The checkout's origin remote, or "" when there is none (or no git)."""
    try:
        result = subprocess.run(["git", "remote", "get-url", "origin"], cwd=root, capture_output=True,
                                text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def detected_repository_url(root: Path, environ: dict[str, str] | os._Environ = os.environ) -> str | None:
    """The repository Binder should build, from the environment or the git checkout (module docstring)."""
    explicit = environ.get("EIH_REPOSITORY_URL", "")
    if explicit:
        url = public_repository_url(explicit)
        if url is None:
            raise ValueError(f"EIH_REPOSITORY_URL={explicit!r} is not a GitHub or GitLab repository URL "
                             "(expected https://github.com/<owner>/<name>)")
        return url
    actions = environ.get("GITHUB_REPOSITORY", "")
    if re.fullmatch(r"[\w.-]+/[\w.-]+", actions):
        return f"https://github.com/{actions}"
    return public_repository_url(git_origin(root))


def _fill_repository_url(app: Sphinx, config: Any) -> None:
    options = config.html_theme_options
    configured = options.get("repository_url", "")
    url = detected_repository_url(Path(app.confdir))
    if url is not None:
        options["repository_url"] = url
        LOGGER.info(f"[binder] launch links build {url}")
    elif f"/{PLACEHOLDER_OWNER}/" in configured:
        LOGGER.info("[binder] no public repository found (EIH_REPOSITORY_URL, GITHUB_REPOSITORY, "
                    f"git origin): launch links keep the placeholder {configured}")


def setup(app: Sphinx) -> dict[str, Any]:
    # Before sphinx-book-theme turns repository_url into its github_user/github_repo context (builder-inited).
    app.connect("config-inited", _fill_repository_url)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

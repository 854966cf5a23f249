"""Each chapter's Binder launch link names the repository the book is built from (issue 6, "Binder").

tools/sphinx_ext/binder_repository.py fills the link in at build time from EIH_REPOSITORY_URL, GitHub
Actions' GITHUB_REPOSITORY or a GitHub/GitLab git origin; these tests check each source, that a
local or unknown remote is never turned into a link, and that the built pages carry what the
extension chose for this checkout.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tools.sphinx_ext.binder_repository import detected_repository_url, public_repository_url

ROOT = Path(__file__).resolve().parent.parent
LAUNCH_LINK = re.compile(r'href="(https://mybinder\.org/v2/gh/[^"]+)"')


@pytest.mark.parametrize("remote", [
    "https://github.com/physio-lab/eih-explainer", "https://github.com/physio-lab/eih-explainer.git",
    "git@github.com:physio-lab/eih-explainer.git", "ssh://git@github.com/physio-lab/eih-explainer",
])
def test_github_remotes_in_every_form_give_the_https_url(remote):
    assert public_repository_url(remote) == "https://github.com/physio-lab/eih-explainer"


@pytest.mark.parametrize("remote", ["/work/main", "file:///srv/git/eih.git", "https://example.org/a/b",
                                    "git@example.org:a/b.git", ""])
def test_a_local_or_unknown_remote_is_not_a_binder_repository(remote):
    assert public_repository_url(remote) is None


def _repo_with_origin(tmp_path: Path, origin: str) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "remote", "add", "origin", origin], cwd=tmp_path, check=True)
    return tmp_path


def test_the_sources_are_taken_in_order(tmp_path):
    checkout = _repo_with_origin(tmp_path, "git@github.com:from-origin/eih.git")
    assert detected_repository_url(checkout, {}) == "https://github.com/from-origin/eih"
    assert detected_repository_url(checkout, {"GITHUB_REPOSITORY": "from-actions/eih"}) == \
        "https://github.com/from-actions/eih"
    both = {"GITHUB_REPOSITORY": "from-actions/eih", "EIH_REPOSITORY_URL": "https://gitlab.com/from-env/eih"}
    assert detected_repository_url(checkout, both) == "https://gitlab.com/from-env/eih"


def test_a_checkout_without_a_public_origin_gives_no_url(tmp_path):
    assert detected_repository_url(_repo_with_origin(tmp_path, "/work/main"), {}) is None


def test_a_malformed_repository_setting_is_an_error_naming_it(tmp_path):
    with pytest.raises(ValueError, match="EIH_REPOSITORY_URL"):
        detected_repository_url(tmp_path, {"EIH_REPOSITORY_URL": "github.com/owner"})


def test_every_chapter_links_to_binder_for_the_repository_this_build_detected(built_site):
    import os

    configured = yaml.safe_load((ROOT / "_config.yml").read_text())["repository"]
    expected = detected_repository_url(ROOT, os.environ) or configured["url"]
    owner_name = expected.removeprefix("https://github.com/")
    # Pages that are notebooks (a kernelspec in their front matter) get a launch link; the glossary
    # and the reference list are plain pages with nothing to run.
    toc = (ROOT / "_toc.yml").read_text()
    pages = re.findall(r"(?:root|file):\s*(\S+)", toc)
    chapters = [page for page in pages if "kernelspec:" in (ROOT / f"{page}.md").read_text()]
    assert len(chapters) >= 9, chapters  # intro, five chapters, three appendix pages
    for chapter in chapters:
        html = (built_site / f"{chapter}.html").read_text()
        links = LAUNCH_LINK.findall(html)
        assert links == [f"https://mybinder.org/v2/gh/{owner_name}/{configured['branch']}"
                         f"?urlpath=lab/tree/{chapter}.md"], (chapter, links)

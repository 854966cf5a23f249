"""Fetch the JavaScript the static site needs from npm and lay it out for the build.

Why this exists: the site must work with no internet, so Vega, Vega-Lite,
Vega-Embed, MathJax, require.js and the ipywidgets HTML manager are served from the site itself.
Nothing fetched here is committed; it lands in ``_vendor_build/`` (git-ignored) and Sphinx copies
``_vendor_build/site/`` to the site root through ``html_extra_path`` in ``_config.yml``.

The Vega-Lite version is read from the installed Altair, so the browser compiles exactly the
schema version that Altair writes. Vega and Vega-Embed are pinned here and checked against the
major versions Altair declares.

Run: ``python tools/vendor_js.py`` (``make book`` does it for you). Re-runs are instant when the
pins have not changed.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import sys
from pathlib import Path

import altair as alt

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "_vendor_build"
NPM_PREFIX = BUILD / "npm"
SITE = BUILD / "site" / "eih-vendor"

VEGA = "6.2.0"
VEGA_EMBED = "7.1.0"
VEGA_LITE = alt.SCHEMA_VERSION.lstrip("v")  # e.g. "6.4.1" for Altair 6.3.0
REQUIREJS = "2.3.7"
HTML_MANAGER = "1.0.15"  # @jupyter-widgets/html-manager 1.0.x pairs with ipywidgets 8
MATHJAX = "3.2.2"  # MathJax 3: what Sphinx 7 configures by default

# Test-only: axe-core runs accessibility checks inside the browser tests. Never copied into the site.
# Not pinned on purpose: the tests check against the latest release on npm at test time, so a rule
# axe adds is caught by the next test run rather than by a reader (issue 8).
AXE_CORE = "axe-core"
TEST_NPM_PREFIX = BUILD / "test-npm"

PACKAGES = {
    "vega": VEGA,
    "vega-lite": VEGA_LITE,
    "vega-embed": VEGA_EMBED,
    "requirejs": REQUIREJS,
    "@jupyter-widgets/html-manager": HTML_MANAGER,
    "mathjax": MATHJAX,
}

# (source inside node_modules, destination inside eih-vendor/)
FILES = [
    ("vega/build/vega.min.js", "vega/vega.min.js"),
    ("vega-lite/build/vega-lite.min.js", "vega/vega-lite.min.js"),
    ("vega-embed/build/vega-embed.min.js", "vega/vega-embed.min.js"),
    ("requirejs/require.js", "require.min.js"),
]
TREES = [
    # The HTML manager loads its fonts relative to its own URL, so the whole dist/ goes along.
    # Caution: its CSS @imports Roboto Mono from fonts.googleapis.com. No page loads it today (the
    # build emits static chart embeds, never saved widget state); the offline browser test would
    # fail the day a page does.
    ("@jupyter-widgets/html-manager/dist", "html-manager"),
    # MathJax loads fonts and extensions relative to its entry script.
    ("mathjax/es5", "mathjax"),
]


def log(message: str) -> None:
    print(f"[vendor] {message}", flush=True)


def check_versions_match_altair() -> None:
    """Fail early if someone bumps Altair without bumping the Vega pins."""
    for name, pinned, wanted_major in (
        ("vega", VEGA, alt.VEGA_VERSION),
        ("vega-embed", VEGA_EMBED, alt.VEGAEMBED_VERSION),
    ):
        if pinned.split(".")[0] != str(wanted_major).lstrip("v").split(".")[0]:
            sys.exit(f"tools/vendor_js.py pins {name} {pinned}, but Altair {alt.__version__} expects "
                     f"major version {wanted_major}. Update the pin.")


def npm_install(packages: dict[str, str] = PACKAGES, prefix: Path = NPM_PREFIX) -> Path:
    """Install exactly these npm packages under ``prefix`` (skipped when already there); returns
    the node_modules folder."""
    stamp = prefix / "pins.json"
    wanted = json.dumps(packages, sort_keys=True)
    if stamp.exists() and stamp.read_text() == wanted:
        log(f"npm packages already present in {prefix.relative_to(ROOT)} for these pins")
        return prefix / "node_modules"
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is not installed. On Debian: apt-get install -y npm (make does this for you).")
    if prefix.exists():
        shutil.rmtree(prefix)
    prefix.mkdir(parents=True)
    specs = [f"{name}@{version}" for name, version in packages.items()]
    log("npm install " + " ".join(specs))
    subprocess.run(
        [npm, "install", "--prefix", str(prefix), "--no-save", "--no-package-lock",
         "--ignore-scripts", "--no-audit", "--no-fund", *specs],
        check=True,
    )
    stamp.write_text(wanted)
    return prefix / "node_modules"


def latest_npm_version(package: str) -> str:
    """The version npm's registry currently tags ``latest`` for ``package``."""
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed. On Debian: apt-get install -y npm (make installs it).")
    result = subprocess.run([npm, "view", package, "version"], capture_output=True, text=True)
    version = result.stdout.strip()
    if result.returncode != 0 or not version:
        raise RuntimeError(f"`npm view {package} version` failed (is the npm registry reachable?):\n"
                           f"{result.stderr.strip()}")
    return version


@functools.cache
def axe_core() -> tuple[str, str]:
    """The latest axe-core release, installed under _vendor_build/test-npm (reused while it is still
    the latest): (its version, its source for the browser tests to inject into pages)."""
    version = latest_npm_version(AXE_CORE)
    modules = npm_install({AXE_CORE: version}, TEST_NPM_PREFIX)
    installed = json.loads((modules / AXE_CORE / "package.json").read_text())["version"]
    if installed != version:
        raise RuntimeError(f"asked npm for {AXE_CORE} {version}, got {installed}")
    log(f"{AXE_CORE} {installed} (the latest release on npm) for the accessibility tests")
    return installed, (modules / AXE_CORE / "axe.min.js").read_text()


def axe_core_script() -> str:
    """The latest axe-core accessibility engine's source, for the browser tests to inject into pages."""
    return axe_core()[1]


def lay_out_site_files() -> None:
    modules = NPM_PREFIX / "node_modules"
    if SITE.exists():
        shutil.rmtree(SITE)
    for source, dest in FILES:
        target = SITE / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(modules / source, target)
    for source, dest in TREES:
        shutil.copytree(modules / source, SITE / dest, ignore=shutil.ignore_patterns("*.map", "*.d.ts"))
    versions = {name: json.loads((modules / name / "package.json").read_text())["version"]
                for name in PACKAGES}
    (SITE / "versions.json").write_text(json.dumps(versions, indent=2, sort_keys=True))
    log(f"laid out {SITE.relative_to(ROOT)}: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())))


def main() -> None:
    check_versions_match_altair()
    npm_install()
    lay_out_site_files()


if __name__ == "__main__":
    main()

"""Accessibility of every built page, checked by axe-core in the real browser.

axe-core (from npm, installed at test time next to the build, never served by the site) runs the
WCAG 2.0/2.1 A and AA rules on each page after its charts are drawn. Any serious or critical
violation fails; minor ones are listed in the failure message when something else fails.
"""

from __future__ import annotations

import pytest

from tests.site_pages import PageVisit, content_pages, open_offline
from tests.test_site_browser import wait_for_charts
from tools.vendor_js import axe_core_script

BLOCKING = {"serious", "critical"}
RUN_AXE = """async () => {
  const result = await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       where: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    return axe_core_script()


def test_axe_finds_a_planted_violation(built_site, site_url, browser, axe_source):
    """The check itself works: an image without alternative text is reported as critical."""
    context = browser.new_context()
    page = open_offline(context, f"{site_url}/book/glossary.html", PageVisit())
    planted = "() => document.querySelector('main').appendChild(document.createElement('img')).src = 'x.png'"
    page.evaluate(planted)
    page.add_script_tag(content=axe_source)
    violations = page.evaluate(RUN_AXE)
    context.close()
    assert any(v["id"] == "image-alt" and v["impact"] in BLOCKING for v in violations)


def test_no_page_has_serious_or_critical_accessibility_violations(built_site, site_url, browser, axe_source):
    context = browser.new_context()
    problems = []
    for rel in content_pages(built_site):
        page = open_offline(context, f"{site_url}/{rel}", PageVisit())
        wait_for_charts(page)
        page.add_script_tag(content=axe_source)
        for v in page.evaluate(RUN_AXE):
            if v["impact"] in BLOCKING:
                problems.append(f"{rel}: {v['id']} ({v['impact']}): {v['help']} at {v['where']}")
        page.close()
    context.close()
    assert not problems, "\n".join(problems)

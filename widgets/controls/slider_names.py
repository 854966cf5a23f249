"""Accessible names for ipywidgets sliders.

ipywidgets 8 draws a slider's handle as a ``div`` with ``role="slider"`` but gives it no name: the
description beside it is not linked to it, so a screen reader announces "slider, 50" and axe reports
``aria-input-field-name`` (serious). No Python setting reaches the handle, so this small anywidget (its
JavaScript is sent by the kernel, nothing is fetched) names every slider handle on the page after the
label shown next to it, and keeps doing so as widgets appear.
"""

from __future__ import annotations

import anywidget

_ESM = """
function nameHandles() {
  document.querySelectorAll('.widget-slider').forEach(slider => {
    const label = slider.querySelector('.widget-label');
    const handle = slider.querySelector('[role="slider"]');
    if (label && handle && label.textContent.trim() && !handle.hasAttribute('aria-label')) {
      handle.setAttribute('aria-label', label.textContent.trim());
    }
  });
}
function render({ el }) {
  el.style.display = 'none';
  nameHandles();
  const observer = new MutationObserver(nameHandles);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
export default { render };
"""


class SliderNames(anywidget.AnyWidget):
    """Display once on a page with sliders; it draws nothing."""

    _esm = _ESM

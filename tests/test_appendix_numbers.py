"""The numbers quoted in the appendix prose are the model's numbers.

The appendix explains the equations in words and quotes parameter values ("D50 is 15 minutes at 75%").
Each quote below is rebuilt from widgets/parameters.py and must appear in the page, so changing a
parameter without updating the prose fails here instead of leaving the book out of step.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from widgets import parameters as P

APPENDIX = Path(__file__).resolve().parent.parent / "book" / "appendix" / "model.md"


def v(name: str) -> str:
    """A parameter's value as the prose writes it (no trailing zeros: 0.5, 15, 2.75)."""
    return f"{P.value(name):g}"


def pct(name: str) -> str:
    return f"{P.value(name) * 100:g}%"


def minutes_from_hours(name: str) -> str:
    return f"{P.value(name) * 60:g}"


QUOTES = [
    rf"$I_{{50}} = {v('intensity_midpoint.aerobic')}\%$ and $n = {v('intensity_steepness.aerobic')}$",
    rf"$I_{{50}}$ is multiplied by {v('measure.midpoint_factor.rating')}",
    f"$D_{{50}}$ is {v('duration_midpoint.aerobic')} minutes at {v('duration_anchor_intensity.aerobic')}% "
    f"and {v('duration_midpoint_maximal.aerobic')} minutes at maximal intensity",
    f"({v('emax.aerobic')} aerobic, {v('emax.isometric')} isometric, {v('emax.dynamic_resistance')} dynamic "
    "resistance)",
    rf"$w_{{\text{{site}}}} = {v('site.remote')}$",
    f"{v('measure.rating.aerobic')} for aerobic, {v('measure.rating.isometric')} for isometric, "
    f"{v('measure.rating.dynamic_resistance')} for dynamic resistance exercise",
    f"tolerance gets {v('measure.tolerance')}",
    rf"$\tau_{{\text{{off}}}} = {v('offset_time.default')}$ minutes",
    f"{v('offset_time.chronic_low_back_pain')} minutes in chronic low back pain",
    f"model multiplies it by {v('conversion.pre_post_to_controlled')}",
    f"(SD {v('individual_sd.default')} gain units",
    f"widens the band (SD {P.value('individual_sd.fibromyalgia'):.1f})",
    f"(coefficient of variation {v('harm_cv')})",
    rf"\tau_r = {v('flare.rise_time')}\ \text{{h}},\ \tau_d = {v('flare.decay_time')}\ \text{{h}}",
    f"With $F$ = {v('flare.peak.fibromyalgia')} in fibromyalgia and {v('flare.peak.me_cfs')} in ME/CFS",
    rf"$\tau_{{\text{{train}}}} = {v('training.time_constant')}$ weeks",
    rf"$\tau_{{\text{{detrain}}}} = {v('training.detraining_time')}$ weeks",
    f"$f(s) = s^{v('training.frequency_steepness')}/(s^{v('training.frequency_steepness')} + "
    f"{v('training.frequency_midpoint')}^{v('training.frequency_steepness')})$",
    f"{v('relief.knee_osteoarthritis')} (knee osteoarthritis), {v('relief.fibromyalgia')} (fibromyalgia) "
    f"and {v('relief.chronic_low_back_pain')} (chronic low back pain)",
    f"tolerance {v('training.tolerance')} and threshold {v('training.threshold')}",
    f"C-reactive protein {v('training.crp')}",
    f"p = {v('il6.duration_exponent')}",
    f"IL-6 falls with a {minutes_from_hours('il6.decay_time')}-minute time constant",
    f"at {pct('il1ra.ratio')}, {pct('il10.ratio')} and {pct('tnf.ratio')} of the IL-6 rise",
    f"$0.35\\,(1 - h/{P.value('habituation.ceiling'):.1f})$".replace("0.35", v("habituation.step")),
    f"decays with a {v('habituation.decay_time')}-day time constant",
    f"in fibromyalgia ({pct('cpm_gain.fibromyalgia')})",
    f"with a full-dose effect of {v('emax.isometric')}",
]


@pytest.fixture(scope="module")
def prose() -> str:
    # Line breaks in the Markdown source are just spaces to a reader.
    return re.sub(r"\s+", " ", APPENDIX.read_text())


@pytest.mark.parametrize("quote", QUOTES)
def test_appendix_quotes_the_current_parameter_value(prose, quote):
    assert quote in prose, f"the appendix no longer says: {quote!r}"

"""Controls whose ranges and labels come from the model's own input table (widgets.parameters)."""

from __future__ import annotations

from collections.abc import Mapping

import ipywidgets as w

from widgets import parameters as par

# Keyboard and screen readers need the full label; a wide description column keeps it visible.
_STYLE = {"description_width": "initial"}
_LAYOUT = {"width": "100%", "max_width": "560px"}


def number_slider(name: str, description: str, value: float, step: float | None = None) -> w.ValueWidget:
    """A slider over ``INPUT_RANGES[name]`` (whole numbers when the range says so)."""
    allowed = par.INPUT_RANGES[name]
    if allowed.integer:
        return w.IntSlider(value=int(value), min=int(allowed.low), max=int(allowed.high), step=int(step or 1),
                           description=description, continuous_update=False, style=_STYLE,
                           layout=w.Layout(**_LAYOUT))
    return w.FloatSlider(value=value, min=allowed.low, max=allowed.high, step=step or 1.0,
                         description=description, continuous_update=False, style=_STYLE,
                         layout=w.Layout(**_LAYOUT), readout_format=".0f")


def choice(name: str, description: str, value: str, labels: Mapping[str, str]) -> w.Dropdown:
    """A dropdown over ``CHOICES[name]``, showing each choice's label."""
    return w.Dropdown(options=[(labels[c], c) for c in par.CHOICES[name]], value=value,
                      description=description, style=_STYLE, layout=w.Layout(**_LAYOUT))


def population(value: str = "healthy") -> w.Dropdown:
    return choice("population", "Population", value, par.POPULATION_LABELS)


def modality(value: str = "aerobic") -> w.Dropdown:
    return choice("modality", "Exercise", value, par.MODALITY_LABELS)


def intensity(value: float = 70) -> w.ValueWidget:
    return number_slider("intensity", "Intensity (% of maximum)", value, step=1)


def minutes(value: float = 30) -> w.ValueWidget:
    return number_slider("minutes", "Minutes", value, step=1)

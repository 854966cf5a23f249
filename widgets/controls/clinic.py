"""The clinician's planner (dashboards/clinic.ipynb): a patient profile, a graded plan, what to expect, a
handout.

Layout over the model and the planner logic (widgets/plan); nothing here computes a model value. Numbers are
typed into text fields and parsed here, so that any input (11, -5, a blank, a word) gets a plain message
next to its field naming the allowed range, the last good charts stay on screen, and the next valid input
works. Every callback catches its own errors: a clinician never sees a traceback.
Nothing about the patient leaves this object: no file, no log, no state shared with another session.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w
import vl_convert as vlc

from widgets import model
from widgets import parameters as par
from widgets.controls.panel import UNEXPECTED, as_altair, show_chart
from widgets.figures import clinic as fig
from widgets.live import live_chart
from widgets.plan import (
    AGE_GROUPS,
    CONDITION_LABELS,
    PROGRESSIONS,
    PlanWeek,
    Profile,
    Suggestion,
    graded_weeks,
    profile_notes,
    suggest_start,
)
from widgets.plan.handout import handout_html, plan_rows, session_words

_STYLE = {"description_width": "17em"}
_WIDE = w.Layout(width="100%", max_width="560px")
DEFAULT_PROFILE = {
    "condition": "fibromyalgia",
    "age_group": "under_60",
    "pain_today": "4",
    "weekly_activity": "60",
    "high_sensitivity": False,
    "preferred_modality": "aerobic",
}
DEFAULT_LIMIT, DEFAULT_WEEKS, DEFAULT_PROGRESSION = "25", "12", "plus10"
# Plain words for an effect size (clinical pain SMD): Cohen's conventional small / moderate / large
# boundaries (references.bib cohen1988); below 0.2 the planner says "slight", a word of its own.
SIZE_WORDS = ((0.8, "a large"), (0.5, "a moderate"), (0.2, "a small"), (0.05, "a slight"))
# A focus ring on every control a keyboard reaches: ipywidgets' text fields and drop-downs only tint
# their border when focused, too faint to follow (WCAG 2.4.7). The lab theme's own rule removes the
# outline of a text field, so theirs is a ring drawn as a shadow. Light blue on a dark system setting.
FOCUS_CSS = """<style>
.eih-clinic :focus-visible { outline: 3px solid #0b5cad !important; outline-offset: 2px; }
.eih-clinic input.widget-input:focus-visible { box-shadow: 0 0 0 3px #0b5cad !important; }
@media (prefers-color-scheme: dark) {
  .eih-clinic :focus-visible { outline-color: #8cc8ff !important; }
  .eih-clinic input.widget-input:focus-visible { box-shadow: 0 0 0 3px #8cc8ff !important; }
}
</style>"""


class FieldError(ValueError):
    """A typed value outside what the planner accepts, with the field it belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class Field:
    """One input with its label and the message shown next to it."""

    widget: w.ValueWidget
    message: w.HTML

    @property
    def row(self) -> w.Box:
        return w.VBox([self.widget, self.message])


# The profile's inputs (named as Profile's fields) and the plan's, in the order they are shown.
PROFILE_FIELDS = ("condition", "age_group", "pain_today", "weekly_activity", "high_sensitivity",
                  "preferred_modality")
PLAN_FIELDS = ("modality", "intensity", "minutes", "sessions_per_week", "weeks", "progression")
# The text fields: model argument name, label, unit words for the message.
NUMBER_FIELDS = {
    "pain_today": ("pain_today", "Pain today (0-10)"),
    "weekly_activity": ("weekly_activity", "Activity now (minutes a week)"),
    "intensity": ("intensity", "Intensity (% of maximum)"),
    "minutes": ("minutes", "Minutes per session"),
    "sessions_per_week": ("sessions_per_week", "Sessions a week"),
    "weeks": ("weeks", "Weeks"),
    "flare_risk_limit": ("flare_risk_limit", "Flare-risk limit (% of people)"),
}


def parse_number(field: str, text: str) -> float:
    """A typed number, or a FieldError naming the field and its allowed range."""
    range_name, label = NUMBER_FIELDS[field]
    allowed = par.INPUT_RANGES[range_name]
    problem = f"{label}: type {allowed.describe()}"
    cleaned = str(text).strip().replace(",", ".")
    if not cleaned:
        raise FieldError(field, f"{problem}; the field is empty.")
    try:
        number = float(cleaned)
    except ValueError:
        raise FieldError(field, f"{problem}; “{text}” is not a number.") from None
    if (
        number != number
        or not allowed.low <= number <= allowed.high
        or (allowed.integer and not number.is_integer())
    ):
        raise FieldError(field, f"{problem}; you typed {cleaned}.")
    return number


def size_words(smd: float) -> str:
    for edge, words in SIZE_WORDS:
        if smd >= edge:
            return words
    return "hardly any"


def _text(field: str, value: str) -> w.Text:
    return w.Text(
        value=value, description=NUMBER_FIELDS[field][1], style=_STYLE, layout=_WIDE, continuous_update=False
    )


def _dropdown(description: str, options: dict[str, str], value: str) -> w.Dropdown:
    return w.Dropdown(
        options=[(label, key) for key, label in options.items()],
        value=value,
        description=description,
        style=_STYLE,
        layout=_WIDE,
    )


class ClinicPlanner(w.VBox):
    """Profile, plan, what to expect and the handout, redrawn on every change."""

    def __init__(self) -> None:
        d = DEFAULT_PROFILE
        self.fields: dict[str, Field] = {}

        def add(name: str, widget: w.ValueWidget) -> w.ValueWidget:
            self.fields[name] = Field(widget, w.HTML(layout=w.Layout(min_height="0")))
            return widget

        add("condition", _dropdown("Condition", CONDITION_LABELS, d["condition"]))
        add("age_group", _dropdown("Age group", AGE_GROUPS, d["age_group"]))
        add("pain_today", _text("pain_today", d["pain_today"]))
        add("weekly_activity", _text("weekly_activity", d["weekly_activity"]))
        add(
            "high_sensitivity",
            w.Checkbox(
                value=d["high_sensitivity"], description="High pain sensitivity", indent=False, layout=_WIDE
            ),
        )
        add(
            "preferred_modality",
            _dropdown("Preferred exercise", par.MODALITY_LABELS, d["preferred_modality"]),
        )
        add("flare_risk_limit", _text("flare_risk_limit", DEFAULT_LIMIT))
        add("modality", _dropdown("Exercise", par.MODALITY_LABELS, d["preferred_modality"]))
        add("intensity", _text("intensity", "50"))
        add("minutes", _text("minutes", "15"))
        add("sessions_per_week", _text("sessions_per_week", "3"))
        add("weeks", _text("weeks", DEFAULT_WEEKS))
        add(
            "progression",
            _dropdown("Progression", {k: v[0] for k, v in PROGRESSIONS.items()}, DEFAULT_PROGRESSION),
        )
        self.suggestion_text = w.HTML()
        # A button sized to its words, at the left (a VBox stretches its children by default).
        button = w.Layout(width="auto", align_self="flex-start")
        self.use_suggestion = w.Button(description="Use the suggested start", button_style="primary",
                                       layout=button)
        self.notes = w.HTML()
        self.warnings = w.HTML()
        self.sentence = w.HTML()
        self.table = w.HTML()
        self.patient_name = w.Text(
            description="Patient name (optional)",
            style=_STYLE,
            layout=_WIDE,
            placeholder="leave blank for an unnamed handout",
        )
        self.make_handout = w.Button(description="Make the handout", layout=button)
        self.handout = w.HTML()
        self.suggestion: Suggestion | None = None
        self.plan: list[PlanWeek] = []
        self.current_charts: tuple = ()
        self.chart_widgets: list = []
        self._busy = False

        self._guarded(self._suggest)()
        self._guarded(self._apply_suggestion)()
        drawn = self._redraw()
        if not drawn:  # cannot happen with the defaults above; keeps the layout complete regardless
            self.current_charts = ()
        self.chart_widgets = [live_chart(as_altair(chart)) for chart in self.current_charts]
        f = self.fields
        profile_box = w.VBox(
            [
                w.HTML(FOCUS_CSS),
                w.HTML("<h2>Patient profile</h2>"),
                *(f[n].row for n in PROFILE_FIELDS),
            ]
        )
        plan_box = w.VBox(
            [
                w.HTML("<h2>Plan</h2>"),
                f["flare_risk_limit"].row,
                self.suggestion_text,
                self.use_suggestion,
                *(f[n].row for n in PLAN_FIELDS),
            ]
        )
        expect_box = w.VBox(
            [
                w.HTML("<h2>What to expect</h2>"),
                self.notes,
                self.warnings,
                *self.chart_widgets,
                self.sentence,
                self.table,
            ]
        )
        handout_box = w.VBox([w.HTML("<h2>Handout</h2>"), self.patient_name, self.make_handout, self.handout])
        super().__init__([profile_box, plan_box, expect_box, handout_box], layout=w.Layout(width="100%"))
        self.add_class("eih-clinic")

        for name in (*PROFILE_FIELDS, "flare_risk_limit"):
            f[name].widget.observe(self._guarded(self._profile_changed), names="value")
        for name in PLAN_FIELDS:
            f[name].widget.observe(self._guarded(self._plan_changed), names="value")
        self.use_suggestion.on_click(self._guarded(lambda _b: self._accept_suggestion()))
        self.make_handout.on_click(self._guarded(lambda _b: self._make_handout()))

    # --- reading the inputs ------------------------------------------------------------------------

    def _guarded(self, callback: Callable[..., Any]) -> Callable[..., None]:
        """Run a callback so that no exception escapes into the page (widget callbacks' tracebacks reach
        the browser otherwise); an unexpected one leaves a plain message and the last good result."""

        def run(*args: Any) -> None:
            if self._busy:  # a change made by the planner itself (accepting the suggestion)
                return
            try:
                callback(*args)
            except Exception:  # noqa: BLE001 - a clinician must never see a traceback
                self.warnings.value = f'<p role="alert">{html.escape(UNEXPECTED)}</p>'

        return run

    def _read(self, names: tuple[str, ...]) -> dict[str, Any]:
        """The named inputs' values, with every bad one's message shown next to it."""
        values, errors = {}, {}
        for name in names:
            widget = self.fields[name].widget
            try:
                values[name] = parse_number(name, widget.value) if name in NUMBER_FIELDS else widget.value
            except FieldError as error:
                errors[name] = str(error)
        for name in names:
            message = errors.get(name, "")
            self.fields[name].message.value = (
                f'<p role="alert" class="eih-field-error">{html.escape(message)}</p>' if message else ""
            )
        if errors:
            raise FieldError(next(iter(errors)), "; ".join(errors.values()))
        return values

    def profile(self) -> Profile:
        v = self._read(PROFILE_FIELDS)
        return Profile(**{**v, "high_sensitivity": bool(v["high_sensitivity"])})

    def limit(self) -> float:
        return self._read(("flare_risk_limit",))["flare_risk_limit"]

    # --- reacting to changes -----------------------------------------------------------------------

    def _suggest(self) -> bool:
        try:
            profile, limit = self.profile(), self.limit()
        except FieldError:
            return False
        self.suggestion = suggest_start(profile, limit)
        self.suggestion_text.value = f"<p>{html.escape(self.suggestion.explanation)}</p>"
        return True

    def _apply_suggestion(self) -> None:
        s = self.suggestion
        if s is None:
            return
        self._busy = True
        try:
            f = self.fields
            f["modality"].widget.value = s.bout.modality
            f["intensity"].widget.value = f"{s.bout.intensity:g}"
            f["minutes"].widget.value = f"{s.bout.minutes:g}"
            f["sessions_per_week"].widget.value = f"{s.sessions_per_week:g}"
        finally:
            self._busy = False

    def _accept_suggestion(self) -> None:
        if self._suggest():
            self._apply_suggestion()
            self._redraw()

    def _profile_changed(self, _change: dict) -> None:
        self._suggest()
        self._redraw()

    def _plan_changed(self, _change: dict) -> None:
        self._redraw()

    def _redraw(self) -> bool:
        """Recompute the plan and its charts; False (and messages by the fields) on bad input."""
        try:
            profile, limit = self.profile(), self.limit()
            v = self._read(PLAN_FIELDS)
        except FieldError:
            return False
        start = model.Bout(v["modality"], v["intensity"], v["minutes"])
        self.plan = graded_weeks(profile, start, int(v["weeks"]), v["progression"], limit)
        courses = fig.plan_courses(profile, self.plan, v["sessions_per_week"])
        self.current_charts = fig.charts(courses, int(v["weeks"]))
        for widget, chart in zip(self.chart_widgets, self.current_charts, strict=False):
            show_chart(widget, chart)
        self.warnings.value = self._warning_html(limit, courses)
        self.notes.value = "".join(f"<p>{html.escape(n)}</p>" for n in profile_notes(profile))
        self.sentence.value = (
            f'<p class="eih-result" aria-live="polite">'
            f"{html.escape(self.expectation(courses, v['sessions_per_week']))}</p>"
        )
        self.table.value = self._table_html(v["sessions_per_week"])
        self._courses = courses
        return True

    # --- words and tables --------------------------------------------------------------------------

    def expectation(self, courses: fig.PlanCourses, sessions: float) -> str:
        first = self.plan[0]
        weeks = len(self.plan)
        what = "pain" if courses.outcome == "relief" else "pain tolerance"
        change = "less pain" if courses.outcome == "relief" else "more tolerance of pain"
        end = courses.relief_at_end
        result = (
            f"{size_words(end)} change towards {change}"
            if end >= 0.05
            else "little change in " + what
            if end > -0.05
            else f"slightly more {what}"
        )
        return (
            f"After one session, about {first.flare_risk:.0f}% of people like this have a noticeable flare "
            f"in the next 3 days. After {weeks} weeks at {sessions:g} sessions a week, the model expects "
            f"{result} on average (standardised mean difference, SMD, {end:+.2f}: 0.2 is a small effect, "
            f"0.5 a moderate one); people vary, as the band shows."
        )

    def _warning_html(self, limit: float, courses: fig.PlanCourses) -> str:
        risks = [wk.flare_risk for wk in self.plan]
        warnings = []
        if risks[0] > limit:
            warnings.append(
                f"Likely to flare: about {risks[0]:.0f}% of people like this would have a noticeable "
                f"flare in the 3 days after the first session, above the {limit:g}% limit."
            )
        if courses.worst_dip >= 0.05:
            warnings.append(
                "The first weeks may feel worse before they feel better: the modelled pain dips "
                "below where it started."
            )
        if any(wk.held for wk in self.plan):
            warnings.append(
                "The plan holds the session length in some weeks: a longer session would take the "
                "flare risk above the limit."
            )
        return "".join(f'<p class="eih-warning">{html.escape(text)}</p>' for text in warnings)

    def _table_html(self, sessions: float) -> str:
        body = "".join(
            f"<tr><td>{row.weeks}</td><td>{html.escape(session_words(row.week))}</td><td>{sessions:g}</td>"
            f"<td>{row.week.flare_risk:.0f}%</td></tr>"
            for row in plan_rows(self.plan)
        )
        return (
            '<table class="eih-plan-table"><caption>The plan week by week, with each session\'s flare '
            "risk (percent of people like this with a noticeable flare in the 3 days after it)</caption>"
            '<thead><tr><th scope="col">When</th><th scope="col">Each session</th>'
            '<th scope="col">Sessions a week</th><th scope="col">Flare risk</th></tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )

    # --- the handout ---------------------------------------------------------------------------------

    def _make_handout(self) -> None:
        if not self._redraw():
            self.handout.value = (
                '<p role="alert">Correct the fields marked above first; the handout uses '
                "the plan as shown.</p>"
            )
            return
        sessions = self._read(("sessions_per_week",))["sessions_per_week"]
        svg = vlc.vegalite_to_svg(self.current_charts[1].to_dict(validate=False))
        document = handout_html(
            self.profile(),
            self.plan,
            sessions,
            self.expectation(self._courses, sessions),
            svg,
            self.patient_name.value,
        )
        self.handout.value = handout_widget_html(document)


def handout_widget_html(document: str) -> str:
    """The handout shown on the page, with a download link (the browser saves it) and a print button.

    The preview sits in an iframe's ``srcdoc`` so its print stylesheet applies to it alone; the download is
    a data: URL, so the file exists only where the clinician chooses to save it."""
    encoded = base64.b64encode(document.encode("utf-8")).decode("ascii")
    return (
        f'<p><a class="eih-handout-download" download="exercise-plan.html" '
        f'href="data:text/html;charset=utf-8;base64,{encoded}">Download the handout (HTML, opens in any '
        f'browser)</a> &nbsp; <button type="button" class="eih-handout-print" '
        f"onclick=\"this.closest('.widget-html, div').querySelector('iframe').contentWindow.print()\">"
        f"Print the handout</button></p>"
        f'<iframe class="eih-handout" title="Handout preview" style="width:100%;max-width:800px;height:900px;'
        f'border:1px solid #999;background:#fff" srcdoc="{html.escape(document, quote=True)}"></iframe>'
    )


def clinic_planner() -> ClinicPlanner:
    """The planner, ready to display (one call in dashboards/clinic.ipynb)."""
    return ClinicPlanner()

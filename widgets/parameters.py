"""Every number the EIH model uses, once, with its unit, plausible range and evidence.

Each entry is a :class:`Parameter`: a value, a unit, a plausible range (``low``..``high``), the evidence
row ids from the project's evidence table (A1, B3, C1, ...) and the BibTeX keys of the papers behind those
rows. The model reads values only through :func:`value` and :func:`lookup`; slider bounds and validation
messages read :data:`INPUT_RANGES` and :data:`CHOICES`; the appendix renders :func:`table_markdown`.

Effect-size world: every acute and programme effect is a standardised difference between exercise and a
control condition (:data:`EFFECT_SIZE_WORLD`), positive = less pain. Pre-post (within-subject) figures are
converted with ``conversion.pre_post_to_controlled`` or used only as upper bounds.
"""

from __future__ import annotations

from dataclasses import dataclass

EFFECT_SIZE_WORLD = "exercise_vs_control"
"""Effect sizes are exercise-vs-control standardised differences (Wewege & Jones 2021, row A3)."""

POPULATIONS: tuple[str, ...] = (
    "healthy",
    "older_adult",
    "athlete",
    "chronic_low_back_pain",
    "knee_osteoarthritis",
    "fibromyalgia",
    "me_cfs",
    "whiplash",
)
MODALITIES: tuple[str, ...] = ("aerobic", "isometric", "dynamic_resistance")
MEASURES: tuple[str, ...] = ("threshold", "rating", "tolerance")
SITES: tuple[str, ...] = ("local", "remote")
STIMULI: tuple[str, ...] = ("cold", "heat")

POPULATION_LABELS: dict[str, str] = {
    "healthy": "Healthy adult",
    "older_adult": "Older adult",
    "athlete": "Endurance athlete",
    "chronic_low_back_pain": "Chronic low back pain",
    "knee_osteoarthritis": "Knee osteoarthritis",
    "fibromyalgia": "Fibromyalgia",
    "me_cfs": "ME/CFS",
    "whiplash": "Chronic whiplash",
}
MODALITY_LABELS: dict[str, str] = {
    "aerobic": "Aerobic",
    "isometric": "Isometric",
    "dynamic_resistance": "Dynamic resistance",
}
MEASURE_LABELS: dict[str, str] = {
    "threshold": "Pain threshold",
    "rating": "Pain rating",
    "tolerance": "Pain tolerance",
}
SITE_LABELS: dict[str, str] = {"local": "Exercising muscle", "remote": "Elsewhere on the body"}
STIMULUS_LABELS: dict[str, str] = {"cold": "Cold", "heat": "Heat"}
INTENSITY_UNITS: dict[str, str] = {
    "aerobic": "% VO2max",
    "isometric": "% MVC",
    "dynamic_resistance": "% 1RM",
}

# Populations that share a parameter unless a population-specific entry exists (lookup order in `lookup`).
POPULATION_GROUPS: dict[str, str] = {
    "chronic_low_back_pain": "chronic_pain",
    "knee_osteoarthritis": "chronic_pain",
    "whiplash": "chronic_pain",
    "me_cfs": "chronic_pain",
    "fibromyalgia": "chronic_pain",
}
# People in these groups have clinical pain, so a training programme can relieve it.
CLINICAL_PAIN_POPULATIONS: tuple[str, ...] = (
    "chronic_low_back_pain",
    "knee_osteoarthritis",
    "fibromyalgia",
    "me_cfs",
    "whiplash",
)

CHOICES: dict[str, tuple[str, ...]] = {
    "population": POPULATIONS,
    "modality": MODALITIES,
    "measure": MEASURES,
    "site": SITES,
    "stimulus": STIMULI,
}


@dataclass(frozen=True)
class Range:
    """Allowed input range for one argument; sliders, validation and error messages read it."""

    low: float
    high: float
    unit: str
    integer: bool = False

    def describe(self) -> str:
        kind = "a whole number" if self.integer else "a number"
        return f"{kind} from {self.low:g} to {self.high:g} {self.unit}".rstrip()


INPUT_RANGES: dict[str, Range] = {
    "intensity": Range(10, 100, "% of maximum (VO2max, MVC or 1RM)"),
    # 1 min up to a 6-hour ultra-endurance bout (C15); None means "to failure / exhaustion".
    "minutes": Range(1, 360, "min"),
    "sessions_per_week": Range(1, 14, "sessions per week"),
    "weeks": Range(1, 52, "weeks", integer=True),
    "detraining_weeks": Range(0, 52, "weeks", integer=True),
    "session_day": Range(0, 365, "days", integer=True),
    # The clinic planner's profile and plan (widgets/plan): what a clinician can type.
    "pain_today": Range(0, 10, "points on the 0-10 pain scale"),
    "weekly_activity": Range(0, 2000, "min per week"),
    "flare_risk_limit": Range(5, 50, "% of people"),
}

# Display grids: not evidence, just how far and how finely results are tabulated.
GRID: dict[str, float] = {
    "acute_points_during": 61,
    "acute_follow_up_minutes": 120,
    "acute_points_after": 241,
    "after_effects_hours": 72,
    "after_effects_points": 721,
    "programme_points_per_week": 7,
    "cytokine_follow_up_hours": 6,
    "cytokine_points": 361,
    "cpm_follow_up_minutes": 10,
    "cpm_points": 221,
    "habituation_follow_up_days": 14,
}
BAND_PERCENTILES: tuple[float, float] = (10.0, 90.0)
"""The band is the range of the middle 80% of people (10th to 90th percentile)."""


@dataclass(frozen=True)
class Parameter:
    """One model number with its provenance.

    Attributes:
        name: dotted key, e.g. ``"emax.aerobic"`` or ``"gain.fibromyalgia.isometric"``.
        value: the default the model uses.
        unit: unit of ``value`` (``"d"`` is a standardised effect size, exercise vs control).
        low, high: plausible range from the evidence (``low <= value <= high``).
        rows: evidence row ids (A1, C14, ...) that support the value.
        sources: BibTeX keys in ``references.bib`` for those rows.
        note: how the value was derived, in a sentence.
    """

    name: str
    value: float
    unit: str
    low: float
    high: float
    rows: tuple[str, ...]
    sources: tuple[str, ...]
    note: str = ""
    section: str = ""


_SECTIONS: list[tuple[str, list[Parameter]]] = []


def _section(title: str, *entries: tuple) -> None:
    """Add a titled group of (name, value, unit, low, high, "rows", "sources", note) entries."""
    records = [
        Parameter(name, val, unit, low, high, tuple(rows.split()), tuple(sources.split()), note, title)
        for name, val, unit, low, high, rows, sources, note in entries
    ]
    _SECTIONS.append((title, records))


# (name, value, unit, low, high, "evidence rows", "bibtex keys", note)
_section(
    "Effect-size world",
    ("conversion.pre_post_to_controlled", 0.55, "ratio", 0.15, 1.0, "A1 A3", "naugle2012 wewege2021",
     "Controlled / pre-post for dynamic resistance (A3 0.45 / A1 0.83); isometric is lower (0.16 / 1.02)."),
)
_section(
    "Acute EIH: size and intensity",
    ("emax.aerobic", 0.8, "d", 0.4, 1.2, "A3 A5 A6", "wewege2021 iasp2024poster pachecobarrios2020",
     "Full-dose aerobic EIH; a typical 75% / 30 min bout then gives about 0.6, between A5 0.45 and A3 0.85."),
    ("emax.isometric", 0.35, "d", 0.15, 0.7, "A3 A5 A1", "wewege2021 iasp2024poster naugle2012",
     "Controlled isometric EIH is small (A3 0.16, A5 0.46); pre-post 1.02 (A1) x 0.55 is an upper bound."),
    ("emax.dynamic_resistance", 0.55, "d", 0.3, 0.9, "A3 A1 A6",
     "wewege2021 naugle2012 pachecobarrios2020",
     "A typical resistance session then gives about 0.45 (A3)."),
    ("intensity_midpoint.aerobic", 55, "% VO2max", 45, 65, "C1 C2 A4 A7",
     "hoffman2004 koltyn2002 tomschi2024 naugle2014",
     "Half effect at 55%: 50% was not significant, 75% was (C1); low intensity minimal (A4)."),
    ("intensity_midpoint.isometric", 15, "% MVC", 10, 30, "C8 C10 B1",
     "hoegerbement2008 misra2014 staud2005",
     "Long low-force contractions (25-30% MVC) already work (C8, B1); effect graded with force (C10)."),
    ("intensity_midpoint.dynamic_resistance", 45, "% 1RM", 30, 60, "A1 A6",
     "naugle2012 pachecobarrios2020", "Assumed; moderate loads are effective (A6 strength 0.34)."),
    ("intensity_steepness.aerobic", 4, "Hill exponent", 3, 8, "C1 C5", "hoffman2004 springerplus2016",
     "Steep threshold: 30% VO2 gives almost nothing (C5)."),
    ("intensity_steepness.isometric", 2, "Hill exponent", 1, 4, "C8 C10", "hoegerbement2008 misra2014",
     "Graded rather than all-or-none (C10)."),
    ("intensity_steepness.dynamic_resistance", 3, "Hill exponent", 2, 5, "A1 A3", "naugle2012",
     "Assumed between the aerobic and isometric shapes."),
)
_section(
    "Acute EIH: duration",
    ("duration_anchor_intensity.aerobic", 75, "% VO2max", 70, 80, "C1", "hoffman2004",
     "Intensity at which the moderate duration midpoint was observed."),
    ("duration_anchor_intensity.isometric", 25, "% MVC", 20, 30, "C8 C9", "hoegerbement2008 bement2006",
     "The 25% MVC protocols."),
    ("duration_anchor_intensity.dynamic_resistance", 75, "% 1RM", 60, 80, "D7", "koltyn1998",
     "The 3 x 10 at 75% 1RM protocol."),
    ("duration_midpoint.aerobic", 15, "min", 8, 20, "C1 C4 C6",
     "hoffman2004 vaegter2018 tomschi2023",
     "10 min at 75% gave ES 0.08, 30 min 0.65 (C1); 15 min at lactate threshold works (C4)."),
    ("duration_midpoint_maximal.aerobic", 6, "min", 5, 12, "A2 C7", "naugle2012 ucf2023cycling",
     "At 85-100% short bouts suffice (Sternberg 10 min, ES 0.64; 8-min bouts, C7)."),
    ("duration_midpoint.isometric", 1.0, "min", 0.5, 2.5, "D12 C16 C8 C9 F10 B1",
     "kosek1996 umeda2009 hoegerbement2008 bement2006 koltyn2014 staud2005",
     "Thresholds were up from the start of the hold (D12); 3 min added little over 1 min (C16, d 0.38); "
     "2 min raised threshold (C9); to failure did more (C8). Was 2.5 min."),
    ("duration_midpoint_maximal.isometric", 0.1, "min", 0.05, 0.5, "C8", "hoegerbement2008",
     "Three brief maximal contractions were analgesic (C8)."),
    ("duration_midpoint.dynamic_resistance", 8, "min", 4, 15, "A3 D7", "wewege2021 koltyn1998",
     "Assumed: a few sets are enough for the pooled A3 effect."),
    ("duration_midpoint_maximal.dynamic_resistance", 3, "min", 1, 6, "A1", "naugle2012",
     "Assumed by analogy with aerobic exercise."),
    ("duration_steepness", 4, "Hill exponent", 2, 5, "C1", "hoffman2004",
     "Gives a 10/30 min ratio of about 0.18 at 75% (C1 observed 0.08/0.65 = 0.12)."),
    ("duration_steepness.isometric", 1.5, "Hill exponent", 1, 2.5, "D12 C16", "kosek1996 umeda2009",
     "A concave rise with no lag: a quarter of the plateau after 30 s, four fifths after 2.5 min at 25% "
     "MVC (D12 raised from the start; C16 1 min already most of 3 min)."),
)
_section(
    "Acute EIH: site, measure and time course",
    ("site.remote", 0.5, "ratio to local", 0.3, 1.0, "A4 C3 C4",
     "tomschi2024 vaegter2014 vaegter2018",
     "Remote / local PPT difference 1.8 / 3.1 = 0.58 overall, 3.0 / 7.5 = 0.40 at high intensity (A4)."),
    ("measure.rating.aerobic", 1.44, "ratio to threshold", 1.0, 1.6, "A1 A7", "naugle2012 naugle2014",
     "Aerobic d for pain intensity / threshold = 0.59 / 0.41 (A1)."),
    ("measure.rating.isometric", 0.7, "ratio to threshold", 0.5, 1.0, "A1 C9", "naugle2012 bement2006",
     "Isometric d for intensity / threshold = 0.72 / 1.02 (A1)."),
    ("measure.rating.dynamic_resistance", 0.9, "ratio to threshold", 0.7, 1.1, "A1", "naugle2012",
     "Resistance d for intensity / threshold = 0.75 / 0.83 (A1)."),
    ("measure.tolerance", 1.2, "ratio to threshold", 1.0, 1.5, "D5 F14 B13",
     "drury2005 tesarz2012 vaegter2016",
     "Tolerance rises earlier and further than threshold (D5); athletes 0.87 vs 0.69 (F14)."),
    ("measure.midpoint_factor.rating", 0.8, "ratio", 0.6, 1.0, "A7 C1", "naugle2014 hoffman2004",
     "Ratings respond at lower intensity than thresholds: 50% HRR lowered heat ratings, not PPT (A7)."),
    ("measure.midpoint_factor.tolerance", 0.8, "ratio", 0.6, 1.0, "D5", "drury2005",
     "Tolerance was already raised at 120 W, threshold only at VO2peak (D5)."),
    ("offset_time.default", 15, "min", 5, 25, "D1 D3 D4 D8", "hoffman2004 vaegter2014 wonders2011",
     "Present at 5 and 15 min, near baseline by 30 min (D1, D3): 14% left at 30 min."),
    ("offset_time.chronic_low_back_pain", 30, "min", 15, 60, "D2 B10", "hoffman2005",
     "Ratings still lower 32 min after exercise in CLBP (n = 8)."),
    ("offset_time_factor.tolerance", 2, "ratio", 1, 3, "D5", "drury2005",
     "Tolerance was still raised at 10 min of recovery when threshold was not (D5)."),
    ("offset_fast_share.isometric", 0.6, "share of the end-of-hold effect", 0.3, 0.8, "D12 B2 D3",
     "kosek1996 vaegter2014",
     "PPT fell as soon as the hold ended yet stayed above baseline for 5 min (D12) and 15 min (D3): "
     "0.4 x exp(-5/15) = 29% left at 5 min, 15% at 15 min."),
    ("offset_fast_time.isometric", 0.5, "min", 0.25, 1.5, "D12", "kosek1996",
     "The fall was seen in the readings (every 30 s) just after the contraction ended (D12)."),
)
_section(
    "Too much: exhaustion and ultra-endurance",
    ("exhaustion_time_at_max.aerobic", 5, "min", 3, 8, "D5 A2", "drury2005 naugle2012",
     "Time to exhaustion at VO2max; graded tests end within minutes at VO2peak (D5)."),
    ("exhaustion_slope.aerobic", 11, "per unit of intensity fraction", 8, 13, "C6 G2",
     "tomschi2023 ostrowski2000",
     "Time to exhaustion grows as exp(11 x (1 - I/100)): 45 min at 80%, 78 min at 75%; C6 completed 60 min."),
    ("exhaustion_time_at_max.isometric", 0.1, "min", 0.05, 0.2, "C8", "hoegerbement2008",
     "A maximal contraction lasts seconds."),
    ("exhaustion_slope.isometric", 5.5, "per unit of intensity fraction", 4, 7, "B2 C8",
     "kosek1996 hoegerbement2008", "About 6 min at 25% MVC; 22% MVC held at most 5 min (B2)."),
    ("exhaustion_time_at_max.dynamic_resistance", 10, "min", 5, 20, "D7", "koltyn1998",
     "Assumed: a session of near-maximal sets with rests; minutes count the whole session."),
    ("exhaustion_slope.dynamic_resistance", 8, "per unit of intensity fraction", 6, 12, "D7", "koltyn1998",
     "Gives about 75 min of sets at 75% 1RM, so the 45-min 3 x 10 session (D7) is not exhaustive."),
    ("endurance_factor.default", 1, "ratio", 1, 1, "C6", "tomschi2023", "Reference: untrained adults."),
    ("endurance_factor.athlete", 2, "ratio", 1.5, 3, "G1 G2", "ostrowski1999 ostrowski2000",
     "Trained runners sustain a 3.4-h marathon (G1, G2), about twice the untrained time limit."),
    ("exhaustion.sensitisation", 1.1, "d", 0.5, 1.5, "C14 D10", "kruger2016",
     "Net remote PPT -16% (about -0.45 d) after cycling to exhaustion, on top of the remote EIH it cancels."),
    ("exhaustion.local_share", 0.4, "ratio to remote", 0.0, 1.0, "C14", "kruger2016",
     "Joint-site PPT was unchanged while forehead and sternum PPT fell (C14)."),
    ("exhaustion.exponent", 8, "power of relative load", 4, 12, "C6 C14", "tomschi2023 kruger2016",
     "Sensitisation appears only close to exhaustion; 60 min at 75% gave none (C6)."),
    ("exhaustion.duration_midpoint", 20, "min", 10, 40, "A2 D5 C14",
     "naugle2012 drury2005 kruger2016",
     "Short exhausting tests still gave EIH (A2 Vierck, D5); sensitisation needs longer exhausting work."),
    ("ultra.duration_midpoint", 240, "min", 150, 400, "C15", "agnew2018",
     "PPT and CPM had fallen by 25 miles of an ultra-marathon (about 4 h)."),
    ("ultra.steepness", 3, "Hill exponent", 2, 5, "C15", "agnew2018", "Assumed shape."),
    ("sensitisation.decay_time", 240, "min", 60, 720, "C14 D10", "kruger2016",
     "Forehead PPT deficit 7.0 N at 20 min, 6.4 N at 60 min: slow recovery."),
    ("muscle_mass.aerobic", 1.0, "fraction of whole-body work", 0.7, 1.0, "G4 G9",
     "steensberg2000 fischer2006", "Large muscle mass (reference)."),
    ("muscle_mass.isometric", 0.1, "fraction of whole-body work", 0.05, 0.3, "G4", "steensberg2000",
     "One muscle group; one-leg work gave a 19-fold IL-6 rise only after 5 h (G4)."),
    ("muscle_mass.dynamic_resistance", 0.5, "fraction of whole-body work", 0.3, 0.8, "G9", "fischer2006",
     "Several muscle groups, intermittent."),
    ("sensitisation_factor.default", 1, "ratio", 1, 1, "C14", "kruger2016", "Reference."),
    ("sensitisation_factor.fibromyalgia", 2, "ratio", 1.5, 3, "B3 B15", "naugle2012 pemmeta2022",
     "FM treadmill to exhaustion ES -1.13 (B3) against +0.83 in healthy (A2 Vierck)."),
    ("sensitisation_factor.me_cfs", 2, "ratio", 1.5, 3, "B7 B8 B16",
     "meeus2010 vanoosterwijck2010 msse2016fatigue",
     "PPT fell after submaximal cycling and tracked post-exertional fatigue (B8)."),
    ("sensitisation_factor.whiplash", 1.5, "ratio", 1, 2.5, "B9 B17", "vanoosterwijck2012 bmcmsk2020neck",
     "PPT fell after submaximal and self-paced cycling (B9)."),
    ("sensitisation_factor.whiplash.isometric", 1.0, "ratio", 1, 1.5, "B26 B27", "smith2017wad smith2020wad",
     "No hyperalgesia after isometric exercise in chronic whiplash (B26, B27): as healthy."),
    ("sensitisation_factor.older_adult.isometric", 0.0, "ratio", 0.0, 1.0, "A20", "lemley2014",
     "A 25% MVC hold to task failure (about 12 min) relieved pain like a 2-min hold in older adults (A20)."),
)
_section(
    "Populations: acute EIH gain and person-to-person spread",
    ("gain.healthy", 1.0, "ratio to healthy", 1.0, 1.0, "A3", "wewege2021", "Reference."),
    ("gain.athlete", 1.0, "ratio to healthy", 0.8, 1.5, "F8 F12", "vaegter2015 nold2025",
     "Active and inactive people showed similar EIH (F8)."),
    ("gain.older_adult", 0.3, "ratio to healthy", -0.3, 0.6, "A11 F6",
     "naugle2016 ohlman2018 hackett2020", "Smaller or absent EIH in older adults (A11)."),
    ("gain.older_adult.isometric", 0.0, "ratio to healthy", -0.4, 0.6, "A11 A20", "ohlman2018 lemley2014",
     "Split: a 3-min 25% MVC handgrip lowered PPT (A11), elbow-flexor holds raised thresholds 18% (A20); "
     "was -0.1."),
    ("gain.older_adult.dynamic_resistance", 0.6, "ratio to healthy", 0.2, 1.0, "B11", "burrows2014",
     "Healthy older adults raised PPT after upper- or lower-body resistance exercise, like the young (B11)."),
    # B13 split chronic musculoskeletal pain at the median pain sensitivity: thresholds rose after exercise
    # only in the less sensitive half. The clinic planner's "high pain sensitivity" switch uses this in
    # place of the condition's own gain (clinical pain groups only: B13 studied no one else).
    ("high_sensitivity.gain", 0.0, "ratio to healthy", -0.3, 0.3, "B13", "vaegter2016",
     "Cuff PPT rose after cycling and isometric exercise only in the low-sensitivity half; temporal "
     "summation rose after cycling in the high-sensitivity half (B13). Zero, with a range either side."),
    ("gain.chronic_low_back_pain", 0.8, "ratio to healthy", 0.1, 1.5, "B3 B7 B10",
     "naugle2012 meeus2010 hoffman2005", "PPT rose in CLBP as in healthy (B7); ratings fell (B10)."),
    ("gain.knee_osteoarthritis", 0.8, "ratio to healthy", 0.3, 1.0, "B11", "burrows2014",
     "PPT rose in all groups, remote more reliably than local (B11)."),
    ("gain.fibromyalgia", 0.5, "ratio to healthy", -0.3, 1.0, "B3 B20", "naugle2012 ellingson2016",
     "Moderate aerobic: ES 0.01-0.79 (B3); heat ratings d 0.39-0.41 (B20)."),
    ("gain.fibromyalgia.isometric", -0.5, "ratio to healthy", -1.1, 0.3, "B1 B2 B5",
     "staud2005 kosek1996 hoegerbement2011", "Isometric contraction lowers PPT in FM (B1, B2)."),
    ("gain.fibromyalgia.dynamic_resistance", 0.0, "ratio to healthy", -0.5, 0.5, "B6 B3", "jpain2019fm",
     "PPT unchanged after dynamic elbow-flexor exercise in FM (B6)."),
    ("gain.me_cfs", -0.5, "ratio to healthy", -1.4, 0.0, "B3 B7 B8",
     "naugle2012 meeus2010 vanoosterwijck2010",
     "PPT fell after cycling in ME/CFS and rose in controls (B7, B8); same-study ratio -0.32 / 0.23."),
    ("gain.whiplash", -0.2, "ratio to healthy", -0.8, 0.2, "B9 B26 B27",
     "vanoosterwijck2012 smith2017wad smith2020wad",
     "PPT fell after submaximal cycling (B9) but was unchanged after 30 min of cycling (B26) and after "
     "walking (B27); was -0.4."),
    ("gain.whiplash.isometric", 0.5, "ratio to healthy", 0.0, 1.0, "B26 B27", "smith2017wad smith2020wad",
     "Wall squat EIH as large as in controls (B26); knee-extension EIH impaired (B27): halfway."),
    ("local_factor.default", 1.0, "ratio", 1.0, 1.0, "A4", "tomschi2024", "Reference: local = 1."),
    ("local_factor.knee_osteoarthritis", 0.25, "ratio", 0.0, 0.6, "B11 B14", "burrows2014 bonello2021",
     "Exercising the painful limb gave variable, mostly absent local EIH (B11, B14)."),
    ("individual_sd.default", 2.5, "SD of individual gain", 1.9, 4.0, "A8 A9 A13",
     "painrep2024isometric aron2024 gomolka2019",
     "Gives 34% of people below zero (A8: 40% with hyperalgesia); includes test-retest noise (A9)."),
    ("individual_sd.fibromyalgia", 3.0, "SD of individual gain", 2.0, 4.0, "B5", "hoegerbement2011",
     "Pain rose in some, fell in others (B5): a wide band spanning zero stands in for the subgroups."),
    ("harm_cv", 0.5, "coefficient of variation", 0.3, 0.8, "B15 B5", "pemmeta2022 hoegerbement2011",
     "Spread of sensitisation and flares between people (B15 CI 0.28-1.14 around 0.71)."),
)
_section(
    "After a bout: delayed flares (clinical pain, 0-72 h)",
    ("flare.rise_time", 6, "h", 2, 12, "B15 D11", "pemmeta2022 nie2005",
     "Flare smaller at 0-2 h (d 0.32) than at 8-72 h (d 0.71) (B15); soreness lowest PPT at 24 h (D11)."),
    ("flare.decay_time", 30, "h", 12, 72, "B15 B17 D11", "bmcmsk2020neck pemmeta2022 nie2005",
     "Pain still raised on the two evenings after exercise (B17)."),
    ("flare.reference_intensity", 90, "% VO2max", 80, 100, "B15 B7", "pemmeta2022 meeus2010",
     "The standardised exercise test the flare sizes refer to."),
    ("flare.reference_minutes", 10, "min", 8, 15, "B15 B7", "pemmeta2022 meeus2010",
     "Duration of that test."),
    ("flare.peak.default", 0.0, "d", 0.0, 0.2, "B15 I2", "pemmeta2022 geneen2017",
     "Healthy controls are the B15 reference; soreness after exercise is rare and transient (I2)."),
    ("flare.peak.fibromyalgia", 1.3, "d", 0.5, 2.0, "B15 B6 I4", "pemmeta2022 jpain2019fm",
     "Peak that reproduces d 0.71 averaged over 8-72 h and about 0.3 over 0-2 h (B15)."),
    ("flare.peak.me_cfs", 1.5, "d", 0.5, 2.2, "B15 B16 B8",
     "pemmeta2022 msse2016fatigue vanoosterwijck2010",
     "As FM, a little larger: fatigue rose by 0.73, more when measured after 4 h or later (B16)."),
    ("flare.peak.whiplash", 1.0, "d", 0.3, 1.5, "B9 B17", "vanoosterwijck2012 bmcmsk2020neck",
     "Symptoms worsened after exercise (B9); neck-shoulder pain up for two days (B17)."),
    ("flare.peak.chronic_pain", 0.3, "d", 0.0, 0.6, "I1 I2", "smith2017 geneen2017",
     "Transient soreness, mostly early in a programme (I2); short-term pain is not worse (I1)."),
)
_section(
    "Training over weeks",
    ("training.time_constant", 4, "weeks", 2, 8, "E1 E2 E11 E12 E21 E26",
     "vaegter2020 tan2022 jones2014 bruehl2020 juhl2014 rodriguezalmagro2023",
     "Clinically relevant change by 8-12 weeks (E1); tolerance changed by 6 weeks (E11). In weeks at the "
     "reference 3 sessions a week: the build counts sessions done (E21 slope per session; E26 21-40 best)."),
    ("training.detraining_time", 3, "weeks", 1, 8, "H4 E18", "savitha2022 arnes2023",
     "Weak evidence: habituation lost within two weeks (H4); activity changes matter (E18)."),
    ("training.adaptation_time", 3, "weeks", 1, 6, "I2", "geneen2017",
     "About one third had soreness in the first 3 weeks, which resolved (I2)."),
    ("training.flare_share", 0.3, "ratio", 0.1, 0.5, "I2", "geneen2017",
     "About a third of people had soreness in the first weeks (I2): early burden = a third of one flare."),
    ("training.frequency_midpoint", 1.5, "sessions per week", 1, 3, "C11 C12 E3 E21 E26",
     "scirep2019 polaski2019 hauser2010 juhl2014 rodriguezalmagro2023",
     "3x/wk was not enough over one week, 5x was (C11); frequency predicts effect best (C12); 3x/wk best "
     "(E21, E26)."),
    ("training.frequency_steepness", 2, "Hill exponent", 1, 3, "E21 E26 C11",
     "juhl2014 rodriguezalmagro2023 scirep2019",
     "2 sessions a week give 0.8 of 3 (0.73 at 12 weeks, fewer sessions done; E21 0.41 vs 0.68 = 0.60 "
     "mixes in supervision); 5 a week only 1.15 times 3, the most effective frequency in E26."),
    ("training.reference_sessions", 3, "sessions per week", 2, 3, "E3 E11 E12",
     "hauser2010 jones2014 bruehl2020", "The typical trial programme."),
    ("training.reference_intensity", 70, "% VO2max", 60, 78, "E11 E12", "jones2014 bruehl2020",
     "Typical trial session intensity."),
    ("training.reference_minutes", 30, "min", 20, 45, "E11 E12", "jones2014 bruehl2020",
     "Typical trial session length."),
    ("training.intensity_floor.aerobic", 20, "% VO2max", 10, 35, "E21 E3 I3",
     "juhl2014 hauser2010 vancampfort2024",
     "Assumed floor below the intensities trials used: intensity made no difference within them (E21), "
     "slight-to-moderate intensity relieved FM pain (E3), low intensity kept more people (I3)."),
    ("training.intensity_floor.isometric", 10, "% MVC", 5, 20, "E21 E3 I3",
     "juhl2014 hauser2010 vancampfort2024", "As for aerobic: a floor, not a dose-response (E21)."),
    ("training.intensity_floor.dynamic_resistance", 20, "% 1RM", 10, 35, "E21 E3 I3",
     "juhl2014 hauser2010 vancampfort2024", "As for aerobic: a floor, not a dose-response (E21)."),
    ("training.intensity_floor_steepness", 4, "Hill exponent", 2, 6, "E21", "juhl2014",
     "Flat above the floor: 40% gives 0.95 and 90% 1.00 of the 70% reference (E21: no impact of intensity)."),
    ("training.session_midpoint.aerobic", 5, "min", 2, 10, "E21 C12 E26",
     "juhl2014 polaski2019 rodriguezalmagro2023",
     "Assumed: session length made no detectable difference over the trials' range (E21, C12), so the "
     "benefit saturates by 15-20 min; E26's best 61-90 min sessions are not followed (conflict)."),
    ("training.session_midpoint.dynamic_resistance", 5, "min", 2, 10, "E21 C12",
     "juhl2014 polaski2019", "As for aerobic (E21: no impact of session duration)."),
    ("training.session_midpoint.isometric", 1, "min", 0.5, 3, "E21 C12", "juhl2014 polaski2019",
     "Total hold time in a session; assumed, as for aerobic (E21)."),
    ("training.session_steepness", 2, "Hill exponent", 1, 3, "E21 C12", "juhl2014 polaski2019",
     "20 and 60 min sessions differ by 5% (E21: no impact of session duration)."),
    ("training.type.default", 1.0, "ratio to aerobic", 1, 1, "E20 E21", "lesnak2020 juhl2014",
     "Reference (aerobic); no exercise type is better where no row says so (E20, E21)."),
    ("training.type.knee_osteoarthritis.dynamic_resistance", 0.93, "ratio to aerobic", 0.7, 1.1,
     "E21 E22", "juhl2014 goh2019",
     "Resistance 0.62 vs aerobic 0.67 (E21, P = 0.733); E22 ranked aerobic above strengthening."),
    ("training.type.knee_osteoarthritis.isometric", 0.93, "ratio to aerobic", 0.6, 1.3, "E21", "juhl2014",
     "Taken as strengthening; quadriceps-specific exercise did well (E21 SMD 0.85)."),
    ("training.type.chronic_low_back_pain.dynamic_resistance", 0.81, "ratio to aerobic", 0.5, 1.2,
     "E23 E24", "owen2020 hayden2021",
     "Pain SMD resistance -1.14 vs aerobic -1.41 (E23); strengthening moderate in E24."),
    ("training.type.chronic_low_back_pain.isometric", 0.93, "ratio to aerobic", 0.7, 1.2, "E23 E24",
     "owen2020 hayden2021",
     "Stabilisation/motor control -1.31 vs aerobic -1.41 (E23); core strengthening -12.8/100 (E24)."),
    ("training.type.fibromyalgia.dynamic_resistance", 1.0, "ratio to aerobic", 1.0, 1.6, "E3 E25",
     "hauser2010 rodriguezdominguez2024",
     "Resistance SMD 0.49 (E25) vs aerobic 0.31 (E3) come from different reviews: kept equal."),
    ("training.type.whiplash.dynamic_resistance", 1.25, "ratio to aerobic", 1.0, 2.0, "E30 E29",
     "ludvigsson2016 michaleff2014",
     "Neck-specific exercise beat general activity at 1 year (E30: 61% vs 26% halved pain); modest "
     "because a broad programme beat advice by 0.0/10 (E29)."),
    ("training.type.whiplash.isometric", 1.25, "ratio to aerobic", 1.0, 2.0, "E30 E29",
     "ludvigsson2016 michaleff2014", "As neck-specific resistance exercise (E30)."),
    ("training.tolerance_type.aerobic", 1.0, "ratio to aerobic", 1, 1, "E11 E28", "jones2014 anshel1994",
     "Reference: aerobic training raised pain tolerance (E11, E28)."),
    ("training.tolerance_type.dynamic_resistance", 0.3, "ratio to aerobic", 0.0, 1.0, "E28", "anshel1994",
     "Strength training did not change tolerance (E28, n = 48): a small share is assumed."),
    ("training.tolerance_type.isometric", 0.3, "ratio to aerobic", 0.0, 1.0, "E28", "anshel1994",
     "No training row; taken as resistance training (E28)."),
    ("relief.knee_osteoarthritis", 0.52, "SMD", 0.4, 0.65, "E4 C12", "fransen2015 polaski2019",
     "Pain SMD 0.49 (0.39-0.59) after about 12 weeks (E4) / 0.95 of the asymptote reached."),
    ("relief.fibromyalgia", 0.36, "SMD", 0.18, 0.5, "E3", "hauser2010",
     "Pain SMD 0.31 (0.17-0.46) after aerobic programmes (E3), plus the early-weeks flare it offsets."),
    ("relief.chronic_low_back_pain", 0.37, "SMD", 0.2, 0.6, "E9 E10 E12",
     "macedo2010 belavy2021 bruehl2020", "About 6 points / 100 vs minimal care (E9)."),
    ("relief.whiplash", 0.2, "SMD", 0.0, 0.45, "E8 E5 E29 E30",
     "leemans2022 geneen2017 michaleff2014 ludvigsson2016",
     "General (aerobic) exercise; lowered from 0.3: a 20-session programme did no better than advice "
     "(E29), neck-specific exercise did better (E30, see training.type.whiplash)."),
    ("relief.me_cfs", 0.1, "SMD", -0.2, 0.4, "B16 E5", "msse2016fatigue geneen2017",
     "No programme pain row found; post-exertional worsening (B16) makes any benefit uncertain."),
    ("training.threshold", 0.25, "SMD", 0.0, 0.75, "E2 E10 E11", "tan2022 belavy2021 jones2014",
     "PPT improves modestly (E2 median 10.6%); unchanged after 6 weeks in healthy people (E11)."),
    ("training.tolerance", 0.8, "SMD", 0.5, 1.2, "E11 F14 F15", "jones2014 tesarz2012 thornton2024",
     "Tolerance rises with training (E11) and is 0.87-0.88 higher in athletes (F14, F15)."),
    ("training.response_cv", 0.8, "coefficient of variation", 0.5, 1.2, "C12 E3", "polaski2019 hauser2010",
     "Study-level d ranges from -0.35 to 1.34 (C12)."),
    ("training.crp", 0.26, "SMD", 0.19, 0.38, "G13 G14", "fedewa2017 hammonds2016",
     "CRP falls with training, ES 0.26 (G13)."),
)
_section(
    "Cytokines",
    ("il6.scale", 4.5, "fold excess per h^p", 2, 6, "G5 G9", "gray2009",
     "About 5-fold after 1 h of moderate cycling (G5): 4.5 x 0.95 (the levelling-off term at 1 h). Was 4."),
    ("il6.duration_exponent", 2.75, "power of hours", 2, 3.5, "G1 G4 G5 G21",
     "ostrowski1999 steensberg2000 gray2009 ostrowski1998",
     "Early rise: marathon 128-fold (G1) vs 5-fold after 1 h (G5); 25-fold after 2.5 h at 75% (G21)."),
    ("il6.saturation_time", 3, "h", 2, 4.5, "G22 G24 G5 G9", "wallberg2011 jouffroy2022 gray2009 fischer2006",
     "At 65% VO2max the steep rise gives way after about 3 h; keeps 1 to 2 h super-linear (G9); 6 h at 60% "
     "about 22-fold, between the lab plateau (14-fold, G22) and race values (24-fold at 80 km, G24)."),
    ("il6.saturation_intensity_exponent", 6, "power", 3, 8, "G1 G22 G23 G24",
     "ostrowski1999 wallberg2011 waskiewicz2012 jouffroy2022",
     "Harder pace, later plateau: marathon pace still climbing at 3.4 h (G1), 60% levelled off by 6-12 h "
     "(G22), IL-6 stalled once race speed fell (G24); 24-h race about 30-fold (G23)."),
    ("il6.intensity_exponent", 1.3, "power", 0.5, 2, "G2 G9", "ostrowski2000 fischer2006",
     "Peak IL-6 rises with intensity (G2 r = 0.32); duration matters more (G9)."),
    ("il6.reference_intensity", 65, "% VO2max", 55, 70, "G5 G9", "gray2009",
     "G5 cycled at 90% of lactate threshold."),
    ("il6.decay_time", 0.5, "h", 0.33, 1, "G5 G8", "gray2009 jsportssci2006il6",
     "Back to baseline 1.5 h after 1 h of exercise (G5); still raised at 60 min (G8)."),
    ("il6.response.default", 1.0, "ratio", 1, 1, "G1 G5", "ostrowski1999 gray2009", "Reference."),
    ("il6.response.athlete", 0.75, "ratio", 0.5, 1.0, "G9", "fischer2006",
     "Training lowers the acute IL-6 response (G9)."),
    ("il1ra.ratio", 0.3, "ratio to IL-6 peak excess", 0.1, 0.75, "G1 G2 G21",
     "ostrowski1999 ostrowski2000 ostrowski1998",
     "39-fold vs 128-fold after a marathon (G1); 18- vs 25-fold after 2.5 h on a treadmill (G21, 0.71)."),
    ("il1ra.lag", 0.9, "h", 0.4, 2.0, "G1 G2 G21", "ostrowski1999 ostrowski2000 ostrowski1998",
     "Peak 1 h (G1) to 1.5 h (G2) after the end; 2 h after a treadmill run (G21)."),
    ("il10.ratio", 0.21, "ratio to IL-6 peak excess", 0.1, 0.3, "G1", "ostrowski1999",
     "27-fold vs 128-fold, immediately after (G1)."),
    ("il10.lag", 0.1, "h", 0.05, 0.5, "G1", "ostrowski1999", "Peaks at the end of the race (G1)."),
    ("tnf.ratio", 0.01, "ratio to IL-6 peak excess", 0.0, 0.02, "G1 G21 G22",
     "ostrowski1999 ostrowski1998 wallberg2011",
     "TNF-alpha 2.3-fold after a marathon (G1); unchanged after 2.5 h at 75% (G21) and over 24 h (G22)."),
    ("tnf.lag", 0.3, "h", 0.1, 1, "G1", "ostrowski1999", "Peaks within the first hour (G1)."),
)
_section(
    "Conditioned pain modulation and resting sensitivity",
    ("cpm.healthy", 0.5, "d", 0.4, 0.6, "F3 F4 F5 H12",
     "cpmintersite bmcneurol2017cpm bmcneurol2016cpm",
     "d 0.52-0.54 on PPT and heat (F5); ratings 17-42% lower during conditioning (F3, F4)."),
    ("cpm.conditioning_minutes", 1, "min", 0.5, 2, "F4", "bmcneurol2016cpm", "60 s hand immersion (F4)."),
    ("cpm.after_time", 1, "min", 0.5, 5, "F4 D3 H13", "bmcneurol2016cpm vaegter2014 dickenson1980",
     "Late CPM 1.7-7.6 vs early 16.7-19.5 points (F4); CPM only during conditioning (D3)."),
    ("cpm.after_window", 5, "min", 2, 10, "F4 H13", "bmcneurol2016cpm dickenson1980",
     "Window over which the after-effect is averaged."),
    ("cpm.individual_cv", 0.7, "coefficient of variation", 0.4, 1.0, "F4", "bmcneurol2016cpm",
     "SD 11.7 around a mean of 16.7 points (F4)."),
    ("cpm_gain.default", 1.0, "ratio to healthy", 1, 1, "F5", "cpmintersite", "Reference."),
    ("cpm_gain.chronic_pain", 0.5, "ratio to healthy", 0.3, 0.7, "F1", "lewis2012",
     "CPM reduced in chronic pain, pooled ES 0.78 (F1)."),
    ("cpm_gain.fibromyalgia", 0.35, "ratio to healthy", 0.2, 0.6, "F2", "obrien2018",
     "65% relative reduction in FM (F2)."),
    ("cpm_gain.older_adult", 0.5, "ratio to healthy", 0.3, 0.8, "F6", "hackett2020",
     "Large younger-older difference (F6)."),
    ("cpm_gain.athlete", 1.3, "ratio to healthy", 1.0, 1.6, "F16", "geva2013",
     "Triathletes had greater CPM (F16)."),
    ("resting.threshold.default", 0.0, "SMD vs healthy", 0, 0, "F14", "tesarz2012",
     "Reference; no resting difference assumed where no row gives one."),
    ("resting.threshold.athlete", 0.41, "SMD vs healthy", 0.08, 0.75, "F15 F14", "thornton2024 tesarz2012",
     "Threshold g 0.41 (F15); 0.69 and not robust (F14)."),
    # resting.threshold.* = pressure pain threshold away from the painful site (widespread sensitivity);
    # resting.threshold_local.* = at the painful site, where a row gives it (else the remote value is used).
    ("resting.threshold.fibromyalgia", -1.0, "SMD vs healthy", -1.8, -0.5, "B25", "lautenbacher1994",
     "PPT lower at a non-tender control point (B25); no pooled SMD found, size assumed from PPTs about "
     "half of controls'. Was -0.53, a temporal-summation proxy (F2)."),
    ("resting.threshold_local.fibromyalgia", -1.3, "SMD vs healthy", -2.0, -0.8, "B25", "lautenbacher1994",
     "Tender points were more sensitive than the control point (B25); size assumed."),
    ("resting.threshold.chronic_low_back_pain", -0.5, "SMD vs healthy", -0.9, 0.0, "B21 B7",
     "denbandt2019 meeus2010",
     "Remote PPT lower: scapula MD 119 kPa (92-147) (B21), about 0.6 SD for a control SD of 200 kPa; one "
     "study found no baseline difference (B7). No local pooled figure seen: local = remote."),
    ("resting.threshold.knee_osteoarthritis", -0.88, "SMD vs healthy", -1.11, -0.65, "B22", "suokas2012",
     "Remote sites SMD -0.88 (-1.11 to -0.65) (B22)."),
    ("resting.threshold_local.knee_osteoarthritis", -1.24, "SMD vs healthy", -1.54, -0.93, "B22",
     "suokas2012", "Affected joint SMD -1.24 (-1.54 to -0.93) (B22)."),
    ("resting.threshold.whiplash", -1.01, "SMD vs healthy", -1.70, -0.33, "B23", "stone2013",
     "Lower limb SMD -1.01 (-1.70 to -0.33); upper limb -1.33 (B23)."),
    ("resting.threshold_local.whiplash", -1.36, "SMD vs healthy", -1.89, -0.82, "B23", "stone2013",
     "Head/neck/upper thoracic SMD -1.36 (-1.89 to -0.82) (B23)."),
    ("resting.threshold.me_cfs", -1.0, "SMD vs healthy", -1.7, -0.5, "B24 B7",
     "meeus2010hyperalgesia meeus2010",
     "Mean PPT 3.30 vs 8.09 kg/cm2, also in pain-free zones (B24); lower than CLBP and controls (B7). "
     "No SDs: size assumed; pain is widespread, so local = remote."),
    ("resting.threshold.older_adult", 0.0, "SMD vs healthy", -0.6, 0.6, "F20 F21",
     "lautenbacher2017 eltumi2017",
     "Thresholds rise with age, mostly for heat (F20), but pooled PPT was lower in older adults (F21): "
     "for pressure the two cancel."),
    ("resting.threshold.chronic_pain", -0.3, "SMD vs healthy", -0.6, 0.0, "B13 F1", "vaegter2016 lewis2012",
     "Fallback for a chronic-pain group without its own row (every preset now has one) (B13)."),
    ("resting.tolerance.default", 0.0, "SMD vs healthy", 0, 0, "F14", "tesarz2012", "Reference."),
    ("resting.tolerance.athlete", 0.88, "SMD vs healthy", 0.53, 1.21, "F15 F14", "thornton2024 tesarz2012",
     "Tolerance g 0.87-0.88 (F14, F15)."),
    ("resting.tolerance.fibromyalgia", -0.53, "SMD vs healthy", -0.83, -0.23, "F2", "obrien2018",
     "Proxy: temporal summation g 0.53 higher in FM (F2); no pooled tolerance figure was found."),
    ("resting.tolerance.chronic_pain", -0.3, "SMD vs healthy", -0.6, 0.0, "B13", "vaegter2016",
     "Assumed as for threshold."),
    ("resting.cpm.default", 0.0, "SMD vs healthy", 0, 0, "F5", "cpmintersite", "Reference."),
    ("resting.cpm.chronic_pain", -0.78, "SMD vs healthy", -1.0, -0.5, "F1", "lewis2012",
     "Reduced CPM in chronic pain, ES 0.78 (F1)."),
    ("resting.cpm.fibromyalgia", -0.57, "SMD vs healthy", -0.88, -0.26, "F2", "obrien2018",
     "CPM g 0.57 lower in FM (F2)."),
    ("resting.cpm.older_adult", -0.8, "SMD vs healthy", -1.2, -0.5, "F6", "hackett2020",
     "'Large' difference (F6), taken as 0.8."),
    ("resting.cpm.athlete", 0.5, "SMD vs healthy", 0.1, 1.0, "F16", "geva2013",
     "Greater CPM in triathletes (F16); size assumed moderate."),
)
_section(
    "Habituation to repeated pain",
    ("habituation.step", 0.35, "d per session", 0.2, 0.5, "H5 H1", "bishop2010 bingel2007",
     "Ratings fell 5-9 points / 100 from session 1 to 2 (H5)."),
    ("habituation.ceiling", 1.0, "d", 0.5, 1.5, "H1 H3 H4", "bingel2007 may2012 savitha2022",
     "Saturates over about 5-8 daily sessions (H1, H4)."),
    ("habituation.decay_time", 7, "days", 3, 14, "H4", "savitha2022",
     "Day-14 values lay between day 1 and day 7: not retained (H4)."),
    ("habituation.individual_cv", 1.2, "coefficient of variation", 0.78, 2.6, "H5 H15 H16",
     "bishop2010 vandermiesen2025 vandermiesen2025b",
     "Change 5.3-9.1 points, MDC 14-27 (H5): SD of change = MDC / 1.96 = 7-14, CV 0.78-2.6. 1.2 puts 20% "
     "of people on the sensitising side (10-35% over the range); some people sensitise (H15, H16). Was 0.6."),
    ("habituation_factor.default", 1.0, "ratio", 0.8, 1.0, "H3", "may2012",
     "Healthy, CLBP and depression all habituate (H3)."),
    ("habituation_factor.fibromyalgia.cold", -0.5, "ratio", -1.0, 0.0, "H9", "smith2008",
     "FM sensitised to cold across trials (H9)."),
    ("habituation_factor.fibromyalgia.heat", 0.5, "ratio", 0.2, 0.9, "H9", "smith2008",
     "FM habituated to heat, less than controls (H9)."),
)

_section(
    "Training and resting inflammation",
    # The average fall in resting CRP with training is training.crp (G13); these two give the range the
    # pooled analyses span, from no change to the largest pooled fall (shown as the band).
    ("inflammation.crp_least", 0.0, "SMD (fall in CRP)", 0.0, 0.19, "G15 G13", "fedewa2017",
     "Aerobic exercise alone, 5 RCTs: CRP -0.11 mg/L (-0.39 to 0.17), about 3%, not significant (G15); "
     "trials without weight loss 0.19 (0.10-0.28) (G13). The band's edge nearest zero: no change."),
    ("inflammation.crp_most", 0.53, "SMD (fall in CRP)", 0.33, 0.74, "G14", "hammonds2016",
     "hsCRP SMD -0.53 (-0.74 to -0.33), alike in healthy people and in heart disease (G14): the band's "
     "far edge."),
    ("resting.il6.fibromyalgia", 0.28, "SMD vs healthy (positive = higher)", 0.15, 0.36, "G17 G18 G19",
     "uceyler2011 omahony2021",
     "Plasma IL-6 higher in fibromyalgia: SMD 0.34 (G17, printed as -0.34), g 0.36 (0.09-0.63) (G18), "
     "0.15 (0.003-0.29) (G19); the mean of the three, the range their spread. Small by the usual rule."),
)

PARAMETERS: tuple[Parameter, ...] = tuple(p for _, entries in _SECTIONS for p in entries)
_BY_NAME: dict[str, Parameter] = {p.name: p for p in PARAMETERS}
if len(_BY_NAME) != len(PARAMETERS):  # pragma: no cover - guards against a copy-paste slip in the table
    raise RuntimeError("duplicate parameter names in widgets/parameters.py")


def get(name: str) -> Parameter:
    """The parameter record called ``name``."""
    return _BY_NAME[name]


def value(name: str) -> float:
    """The value of the parameter called ``name``."""
    return float(_BY_NAME[name].value)


def lookup(kind: str, population: str | None = None, qualifier: str | None = None) -> float:
    """Most specific value of ``kind`` for a population (and modality or stimulus).

    Tries ``kind.population.qualifier``, ``kind.population``, ``kind.group`` and ``kind.default`` in turn.
    """
    return value(lookup_name(kind, population, qualifier))


def lookup_name(kind: str, population: str | None = None, qualifier: str | None = None) -> str:
    """The name of the parameter :func:`lookup` uses: the most specific one that exists."""
    candidates = []
    if population is not None:
        if qualifier is not None:
            candidates.append(f"{kind}.{population}.{qualifier}")
        candidates.append(f"{kind}.{population}")
        if population in POPULATION_GROUPS:
            candidates.append(f"{kind}.{POPULATION_GROUPS[population]}")
    candidates.append(f"{kind}.default")
    for name in candidates:
        if name in _BY_NAME:
            return name
    raise KeyError(f"no parameter for {kind!r} (tried {', '.join(candidates)})")


def evidence_source(kind: str, population: str, qualifier: str | None = None) -> str:
    """Whose evidence :func:`lookup` uses for ``population``: the population itself (when a study measured
    it, with or without the qualifier), its group (e.g. ``"chronic_pain"``: a pooled value) or
    ``"default"`` (no study measured it: the reference group's value stands in).

    Result sentences use this to say when a control changes nothing because no study measured a group.
    """
    return lookup_name(kind, population, qualifier)[len(kind) + 1:].split(".")[0]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table_markdown() -> str:
    """The parameter table as MyST Markdown, one table per section, sources as ``{cite:p}`` roles."""
    lines: list[str] = []
    for title, entries in _SECTIONS:
        header = "| parameter | value | unit | plausible range | evidence rows | sources |"
        lines += [f"**{title}**", "", header, "|---|---|---|---|---|---|"]
        for p in entries:
            cite = "{cite:p}`" + ",".join(p.sources) + "`"
            lines.append(
                f"| `{p.name}` | {p.value:g} | {_cell(p.unit)} | {p.low:g} to {p.high:g} | "
                f"{', '.join(p.rows)} | {cite} |"
            )
        lines.append("")
    return "\n".join(lines)


def notes_markdown() -> str:
    """How each value was derived, one Markdown bullet per parameter."""
    return "\n".join(f"- `{p.name}`: {_cell(p.note)}" for p in PARAMETERS if p.note)

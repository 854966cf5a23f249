"""Acute EIH over one bout, and clinical pain over the 72 hours after it.

Acute (effect sizes, exercise vs control, positive = less pain), with t in minutes from the end of the bout:

    during (elapsed s):  E(s) = G_pop * Emax * f_I(I) * f_D(s | I) * w_site * w_measure  -  S(s)
    after  (t > 0):      E(t) = G_pop * Emax * ... * f_D(D | I) * K(t)  -  S(D) * exp(-t / tau_S)
                         K(t) = (1 - phi) exp(-t / tau_off) + phi exp(-t / tau_fast)

phi is the share of the effect that fades within about a minute of stopping (an isometric hold: D12, B2);
phi = 0 for aerobic and dynamic resistance exercise.

After-effects (clinical pain SMD, hours h after the end): a short relief that follows the pain-rating EIH,
minus a delayed flare  F_pop * load * k(h),  k(h) proportional to exp(-h / tau_decay) - exp(-h / tau_rise).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets import parameters as par
from widgets.model import dose, spread
from widgets.model.dose import Bout, check_bout
from widgets.model.validation import check_choice, check_within


@dataclass(frozen=True)
class AcuteResponse:
    """Acute EIH time course for one bout.

    Attributes:
        minutes: minutes relative to the end of the bout (negative = during), ascending.
        effect: population-average effect size d (exercise vs control; positive = less pain).
        band: (low, high) arrays, the range of the middle 80% of people (10th-90th percentile).
        effect_size: peak effect (d): the value of ``effect`` with the largest magnitude, sign kept.
        duration_minutes: minutes actually exercised (capped at exhaustion).
        exhaustion_fraction: share of the time to exhaustion used (1 = to exhaustion).
        share_worse: fraction of people with more pain (effect < 0) at the end of the bout.
        population, measure, site: what was asked for.
    """

    minutes: np.ndarray
    effect: np.ndarray
    band: tuple[np.ndarray, np.ndarray]
    effect_size: float
    duration_minutes: float
    exhaustion_fraction: float
    share_worse: float
    population: str
    measure: str
    site: str

    def _interpolate(self, minutes: float, values: np.ndarray) -> float:
        first, last = float(self.minutes[0]), float(self.minutes[-1])
        t = check_within("minutes", minutes, first, last, "min relative to the end of the bout")
        return float(np.interp(t, self.minutes, values))

    def at(self, minutes: float) -> float:
        """Effect size (d) ``minutes`` after the end of the bout (negative = during)."""
        return self._interpolate(minutes, self.effect)

    def band_at(self, minutes: float) -> tuple[float, float]:
        """(low, high) of the middle 80% of people ``minutes`` after the end of the bout."""
        return self._interpolate(minutes, self.band[0]), self._interpolate(minutes, self.band[1])


@dataclass(frozen=True)
class AfterEffects:
    """Clinical pain change over the 72 h after a bout.

    Attributes:
        hours: hours after the end of the bout (0-72).
        effect: clinical pain change, SMD (positive = relief, negative = flare).
        band: (low, high), middle 80% of people.
        share_worse: fraction of people whose pain is worse than before at the flare's peak.
    """

    hours: np.ndarray
    effect: np.ndarray
    band: tuple[np.ndarray, np.ndarray]
    share_worse: float

    def at(self, hours: float) -> float:
        """Clinical pain change (SMD) ``hours`` after the bout."""
        h = check_within("hours", hours, float(self.hours[0]), float(self.hours[-1]), "h after the bout")
        return float(np.interp(h, self.hours, self.effect))


def eih_scale(bout: Bout, population: str, measure: str, site: str) -> float:
    """Emax x site weight x measure factor for one person with gain 1 (d)."""
    site_weight = par.lookup("local_factor", population) if site == "local" else par.value("site.remote")
    measure_factor = 1.0
    if measure == "rating":
        measure_factor = par.value(f"measure.rating.{bout.modality}")
    elif measure == "tolerance":
        measure_factor = par.value("measure.tolerance")
    return par.value(f"emax.{bout.modality}") * site_weight * measure_factor


def population_gain(population: str, modality: str, high_sensitivity: bool = False) -> float:
    """G_pop: the group's EIH relative to healthy adults. With ``high_sensitivity`` (a clinical pain group
    only), the more pain-sensitive half of people with chronic musculoskeletal pain, whose thresholds did not
    rise after exercise (B13)."""
    if high_sensitivity and population in par.CLINICAL_PAIN_POPULATIONS:
        return par.value("high_sensitivity.gain")
    return par.lookup("gain", population, modality)


def check_high_sensitivity(value: object) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"high_sensitivity must be True or False; got {value!r}")
    return bool(value)


def offset_time(population: str, measure: str) -> float:
    """Decay time constant of EIH after the bout (min): slower in CLBP (D2) and for tolerance (D5)."""
    tau = par.lookup("offset_time", population)
    return tau * par.value("offset_time_factor.tolerance") if measure == "tolerance" else tau


def fast_offset(modality: str) -> tuple[float, float]:
    """(share, time constant in min) of the EIH that fades within about a minute of stopping.

    Only the isometric hold has one: thresholds fell as soon as the contraction ended yet stayed above
    baseline for the next 5 min (D12, B2) and were still raised 15 min later (D3). Elsewhere (0, 1).
    """
    try:
        return par.value(f"offset_fast_share.{modality}"), par.value(f"offset_fast_time.{modality}")
    except KeyError:
        return 0.0, 1.0


def eih_after_bout(
    eih_at_end: float, after: np.ndarray, modality: str, population: str, measure: str
) -> np.ndarray:
    """EIH (per unit gain) ``after`` minutes past the end: a fast share plus a share fading with tau_off."""
    share, fast_time = fast_offset(modality)
    slow = spread.first_order_decay(eih_at_end * (1.0 - share), after, offset_time(population, measure))
    return slow + spread.first_order_decay(eih_at_end * share, after, fast_time)


def acute(
    bout: Bout, population: str = "healthy", measure: str = "threshold", site: str = "local",
    high_sensitivity: bool = False,
) -> AcuteResponse:
    """EIH during and after one bout (effect size d, exercise vs control, positive = less pain).

    Args:
        bout: the exercise (modality, intensity in % of maximum, minutes or None = to exhaustion).
        population: one of ``POPULATIONS``.
        measure: ``"threshold"`` (pressure pain threshold), ``"rating"`` (rating of a fixed painful
            stimulus) or ``"tolerance"``.
        site: ``"local"`` (the exercising muscle) or ``"remote"`` (elsewhere on the body).
        high_sensitivity: the more pain-sensitive half of a clinical pain group (B13; ignored otherwise).

    Returns:
        An ``AcuteResponse``: ``minutes`` from the end of the bout (negative = during), ``effect`` (d),
        ``band`` (d, middle 80% of people) and ``effect_size`` (peak d).

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    check_bout(bout)
    check_choice("population", population)
    check_choice("measure", measure)
    check_choice("site", site)
    sensitive = check_high_sensitivity(high_sensitivity)
    duration = dose.effective_minutes(bout, population)
    elapsed = np.linspace(0.0, duration, int(par.GRID["acute_points_during"]))
    after = np.linspace(0.0, par.GRID["acute_follow_up_minutes"], int(par.GRID["acute_points_after"]))[1:]

    per_gain = eih_scale(bout, population, measure, site) * dose.intensity_response(
        bout.modality, bout.intensity, measure
    )
    eih_during = per_gain * dose.duration_response(bout.modality, bout.intensity, elapsed)
    eih = np.concatenate(
        [eih_during, eih_after_bout(float(eih_during[-1]), after, bout.modality, population, measure)]
    )
    harm_during = dose.sensitisation(bout, population, site, elapsed)
    harm = np.concatenate(
        [harm_during, spread.first_order_decay(harm_during[-1], after, par.value("sensitisation.decay_time"))]
    )

    gain = population_gain(population, bout.modality, sensitive)
    mean = gain * eih - harm
    person_spread = par.lookup("individual_sd", population) * eih + par.value("harm_cv") * harm
    end = len(elapsed) - 1
    return AcuteResponse(
        minutes=np.concatenate([elapsed - duration, after]),
        effect=mean,
        band=spread.band(mean, person_spread),
        effect_size=float(mean[np.argmax(np.abs(mean))]),
        duration_minutes=duration,
        exhaustion_fraction=dose.exhaustion_fraction(bout, population),
        share_worse=spread.share_below_zero(float(mean[end]), float(person_spread[end])),
        population=population,
        measure=measure,
        site=site,
    )


def flare_kernel(hours: np.ndarray) -> np.ndarray:
    """Delayed flare shape, peak 1: rises over hours, lasts days (B15, B17, D11)."""
    rise, decay = par.value("flare.rise_time"), par.value("flare.decay_time")
    peak_time = rise * decay / (decay - rise) * np.log(decay / rise)
    peak = np.exp(-peak_time / decay) - np.exp(-peak_time / rise)
    return (np.exp(-hours / decay) - np.exp(-hours / rise)) / peak


def flare_load(bout: Bout, population: str) -> float:
    """Flare-provoking load relative to a standardised exercise test (B15), raised by exhaustion (C14).

    The 72-h flare sizes come from whole-body aerobic tests (B15). Small-muscle work still raised clinical
    pain in fibromyalgia (B6), but a 3-min handgrip is not the systemic load of an exhausting cycle test, so
    the load scales with the working muscle mass, as exhaustion sensitisation and IL-6 do (C14, G9).
    """
    reference = Bout("aerobic", par.value("flare.reference_intensity"), par.value("flare.reference_minutes"))
    relative_effort = dose.effort(bout, population) / dose.effort(reference, population)
    too_much = float(dose.exhaustion_load(bout, population, dose.effective_minutes(bout, population)))
    return par.value(f"muscle_mass.{bout.modality}") * relative_effort * (1.0 + too_much)


def after_effects(bout: Bout, population: str = "healthy", high_sensitivity: bool = False) -> AfterEffects:
    """Clinical pain change over 0-72 h after one bout (SMD; positive = relief, negative = flare).

    The first hour follows the acute EIH on pain ratings at the exercising site (an assumption: clinical
    pain is treated like a pain rating); the delayed flare comes from the post-exertional pain evidence.

    Args:
        bout: the exercise; population: one of ``POPULATIONS``.
        high_sensitivity: the more pain-sensitive half of a clinical pain group: no short relief (B13);
            the delayed flare is the group's own (B13 measured no flare).

    Returns:
        An ``AfterEffects``: ``hours`` after the bout (0-72 h), ``effect`` and ``band`` in clinical pain SMD.

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    check_bout(bout)
    check_choice("population", population)
    sensitive = check_high_sensitivity(high_sensitivity)
    hours = np.linspace(0.0, par.GRID["after_effects_hours"], int(par.GRID["after_effects_points"]))
    per_gain = eih_scale(bout, population, "rating", "local") * dose.effort(bout, population, "rating")
    relief = spread.first_order_decay(per_gain, hours * 60.0, offset_time(population, "rating"))
    flare = par.lookup("flare.peak", population) * flare_load(bout, population) * flare_kernel(hours)
    mean = population_gain(population, bout.modality, sensitive) * relief - flare
    person_spread = par.lookup("individual_sd", population) * relief + par.value("harm_cv") * flare
    worst = int(np.argmax(flare))
    return AfterEffects(
        hours=hours,
        effect=mean,
        band=spread.band(mean, person_spread),
        share_worse=spread.share_below_zero(float(mean[worst]), float(person_spread[worst])),
    )

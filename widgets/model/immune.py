"""Cytokines after one bout: the IL-6 pulse from working muscle and the anti-inflammatory followers.

With s the elapsed hours of exercise, D the bout length (h), M the working muscle-mass share and I the
intensity:

    IL-6 excess(s) = a * M * R_pop * (I / I_ref)^q * s^p / (1 + (s / s_sat(I))^p)   during the bout
    s_sat(I)       = s_ref * (I / I_ref)^k                                           (G1, G5, G9, G21-G24)
    IL-6 excess(t) = excess(D) * exp(-(t - D) / tau_IL6)        after it (G5, G8)

    follower excess = ratio * peak IL-6 excess * shape,  shape = IL-6 excess convolved with a
                      gamma(2, lag) kernel and scaled to peak 1 (IL-1ra, IL-10, TNF-alpha; G1, G2)

Early in a bout IL-6 climbs steeply with time (s^p, G1 vs G5, G9); it then levels off, sooner and lower the
easier the pace: at 60% VO2max it had almost stopped rising by 6-12 h (G22), an 80-km race and a 24-h race
ended at 24- and 30-fold (G24, G23), while marathon pace keeps it climbing for over 3 h (G1). The plateau
a * M * R * (I/I_ref)^q * s_sat^p therefore grows with intensity, so no bout the model accepts (at most 6 h)
goes beyond the marathon's rise.

Fold change = 1 + excess (1 = resting level).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets import parameters as par
from widgets.model import dose
from widgets.model.dose import Bout, check_bout
from widgets.model.validation import check_choice


@dataclass(frozen=True)
class CytokineResponse:
    """Plasma cytokines as fold change from rest (1 = unchanged).

    Attributes:
        hours: hours from the start of the bout.
        il6, il1ra, il10, tnf: fold change of IL-6, IL-1 receptor antagonist, IL-10 and TNF-alpha.
        end_hours: when the bout ended (hours from the start).
    """

    hours: np.ndarray
    il6: np.ndarray
    il1ra: np.ndarray
    il10: np.ndarray
    tnf: np.ndarray
    end_hours: float


def il6_saturation_hours(intensity: float) -> float:
    """Hours of exercise after which IL-6 stops climbing steeply: later at a harder pace (G1, G22, G24)."""
    relative = intensity / par.value("il6.reference_intensity")
    return par.value("il6.saturation_time") * relative ** par.value("il6.saturation_intensity_exponent")


def il6_duration_shape(hours: np.ndarray, saturation_hours: float) -> np.ndarray:
    """s^p / (1 + (s / s_sat)^p): s^p for short bouts, levelling off at s_sat^p for long ones (G22)."""
    rise = hours ** par.value("il6.duration_exponent")
    return rise / (1.0 + (hours / saturation_hours) ** par.value("il6.duration_exponent"))


def il6_excess(bout: Bout, population: str, hours: np.ndarray, end_hours: float) -> np.ndarray:
    """IL-6 rise above rest (fold - 1): climbs with duration, levels off, then decays after the bout."""
    size = (
        par.value("il6.scale")
        * par.value(f"muscle_mass.{bout.modality}")
        * par.lookup("il6.response", population)
        * (bout.intensity / par.value("il6.reference_intensity")) ** par.value("il6.intensity_exponent")
    )
    during = size * il6_duration_shape(np.minimum(hours, end_hours), il6_saturation_hours(bout.intensity))
    return during * np.exp(-np.maximum(hours - end_hours, 0.0) / par.value("il6.decay_time"))


def follower(il6: np.ndarray, step_hours: float, name: str) -> np.ndarray:
    """Excess of a cytokine that follows IL-6 with a lag (gamma(2) kernel) and a fixed peak ratio."""
    lag = par.value(f"{name}.lag")
    times = np.arange(il6.size) * step_hours
    kernel = times / lag**2 * np.exp(-times / lag) * step_hours
    shape = np.convolve(il6, kernel)[: il6.size]
    top = float(shape.max())
    if top <= 0.0:
        return np.zeros_like(il6)
    return par.value(f"{name}.ratio") * float(il6.max()) * shape / top


def cytokines(bout: Bout, population: str = "healthy") -> CytokineResponse:
    """Fold change of IL-6, IL-1ra, IL-10 and TNF-alpha from the start of a bout to 6 h after its end.

    Args:
        bout: the exercise; population: one of ``POPULATIONS`` (athletes mount a smaller IL-6 response).

    Returns:
        A ``CytokineResponse``: ``hours`` from the start of the bout and, for each messenger, the plasma
        concentration as a multiple of its resting value (fold change, 1 = no change).

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    check_bout(bout)
    check_choice("population", population)
    end_hours = dose.effective_minutes(bout, population) / 60.0
    hours = np.linspace(
        0.0, end_hours + par.GRID["cytokine_follow_up_hours"], int(par.GRID["cytokine_points"])
    )
    il6 = il6_excess(bout, population, hours, end_hours)
    step = float(hours[1] - hours[0])
    return CytokineResponse(
        hours=hours,
        il6=1.0 + il6,
        il1ra=1.0 + follower(il6, step, "il1ra"),
        il10=1.0 + follower(il6, step, "il10"),
        tnf=1.0 + follower(il6, step, "tnf"),
        end_hours=end_hours,
    )

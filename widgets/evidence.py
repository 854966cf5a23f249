"""The project's evidence register: every evidence row id (A1, B15, C14, ...) with what it says.

The parameter table (:mod:`widgets.parameters`), the published pooled effects (:mod:`widgets.published`)
and the model tests refer to evidence by short row ids. This module is where a reader (or a test) can look
an id up. Each :class:`EvidenceRow` is the project's own summary of one finding from the literature, written
in our words; its figures (effect sizes, confidence intervals, sample sizes, units) are kept exactly as the
source reports them. Papers are cited through their BibTeX keys in ``references.bib``; a row whose paper has
no bibliography entry has an empty ``sources`` tuple and names the paper in its ``population`` text.

Conventions used in the rows:

* **Sign.** In this project a positive effect means hypoalgesia: less pain, i.e. a higher threshold or
  tolerance, or a lower pain rating. Rows keep each source's own sign, and say so where it differs. In
  particular Wewege & Jones (rows A3 and B4) report hypoalgesia as a *negative* g; the model and the
  charts flip that sign (:mod:`widgets.published`).
* **Two kinds of effect size.** Pre-post effect sizes compare the same people before and after exercise,
  with no control condition (e.g. row A1). Exercise-vs-control effect sizes compare exercise with a control
  condition such as quiet rest (e.g. rows A3, A6). Pre-post figures are systematically larger because
  repeated testing itself changes pain; the model works in the exercise-vs-control world
  (``parameters.EFFECT_SIZE_WORLD``).
* **Units.** PPT is the pressure pain threshold, measured with an algometer; 1 N/cm² = 10 kPa. Other
  abbreviations: MVC maximal voluntary contraction, HRR heart-rate reserve, PPO peak power output, CPM
  conditioned pain modulation, TS temporal summation, ES/d/g/SMD standardised effect sizes.
* **Not verified.** A row with ``verified=False`` records something recalled but not checked against the
  source. Such rows are listed for completeness only: nothing the model uses may rest on them (the tests
  check that no parameter cites one).

:func:`register_markdown` renders the register as MyST Markdown for the appendix page
``book/appendix/evidence.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

ACUTE_HEALTHY = "Acute EIH in healthy adults"
CHRONIC_PAIN = "Chronic pain populations"
DOSE_RESPONSE = "Dose-response"
TIME_COURSE = "Time course"
REGULAR_EXERCISE = "Regular exercise"
CPM = "CPM and descending inhibition"
IMMUNE = "Immune"
HABITUATION = "Habituation"
SAFETY = "Safety"
MODELS = "Models"

TOPICS: tuple[str, ...] = (
    ACUTE_HEALTHY,
    CHRONIC_PAIN,
    DOSE_RESPONSE,
    TIME_COURSE,
    REGULAR_EXERCISE,
    CPM,
    IMMUNE,
    HABITUATION,
    SAFETY,
    MODELS,
)
"""The register's sections, in order (row letters A, B, C, D, E, F, G, H, I and M)."""

TOPIC_INTROS: dict[str, str] = {
    ACUTE_HEALTHY: "One bout of exercise in people without pain: how large the effect is, by exercise type, "
    "pain test and design, and how reliably it can be measured.",
    CHRONIC_PAIN: "One bout of exercise in people with chronic pain, where the effect can be smaller, absent "
    "or reversed (more pain after exercise).",
    DOSE_RESPONSE: "How intensity, duration and load change the effect, including the point where more "
    "exercise starts to sensitise.",
    TIME_COURSE: "When the effect appears and how long it lasts.",
    REGULAR_EXERCISE: "Weeks of training, and physical activity in the general population.",
    CPM: "Pain inhibiting pain (conditioned pain modulation), its links with EIH, opioids and "
    "endocannabinoids, and athletes.",
    IMMUNE: "Cytokines released by working muscle, training and inflammation markers, and cytokines in "
    "fibromyalgia.",
    HABITUATION: "Repeated painful tests hurting less (or more) over sessions, and the animal work on "
    "diffuse noxious inhibitory controls.",
    SAFETY: "Flares, soreness, dropout and painful exercise.",
    MODELS: "Existing mathematical and computational models related to pain modulation.",
}


@dataclass(frozen=True)
class EvidenceRow:
    """One row of the evidence register.

    Attributes:
        id: row id, a letter for the topic and a number (``"A1"``, ``"M8"``).
        topic: the section the row belongs to (one of :data:`TOPICS`).
        finding: what was found, in a sentence or two.
        numbers: the figures, exactly as published (effect sizes, CIs, n, units).
        population: who was studied and how (protocol, design, size).
        sources: BibTeX keys in ``references.bib`` for the row; empty when the paper has no entry.
        verified: False when the row was recalled and not checked against its source.
    """

    id: str
    topic: str
    finding: str
    numbers: str
    population: str
    sources: tuple[str, ...]
    verified: bool = True


EVIDENCE_ROWS: tuple[EvidenceRow, ...] = (
    EvidenceRow(
        id="A1",
        topic=ACUTE_HEALTHY,
        finding=(
            "Meta-analysis of repeated-measures (pre-post) studies in healthy people: every exercise type "
            "lowered experimental pain, with effect sizes differing by type and by outcome (threshold vs "
            "intensity rating)."
        ),
        numbers=(
            "Aerobic: d 0.41 for threshold, 0.59 for intensity. Isometric: 1.02 for threshold, 0.72 for "
            "intensity. Dynamic resistance: 0.83 for threshold, 0.75 for intensity."
        ),
        population=(
            "Healthy adults; pressure, heat, cold or electrical pain tested before and after exercise in the "
            "same people (no control condition)."
        ),
        sources=("naugle2012",),
    ),
    EvidenceRow(
        id="A2",
        topic=ACUTE_HEALTHY,
        finding=(
            "Individual aerobic studies from the same meta-analysis (its Table 1) show that similar "
            "protocols give very different effect sizes depending on the pain test used."
        ),
        numbers=(
            "Koltyn 1996, 30 min cycling at 65–75% VO2max, pressure: ES 1.18 (intensity), 1.47 (threshold). "
            "Gurevich 1994, 12 min stepping at 75%: 0.92. Kemppainen 1988, incremental cycling 50–200 W, "
            "cold pressor: 1.17 / 0.46. Sternberg 2001, 10 min at 85%, cold: 0.64. Vierck 2001, treadmill to "
            "exhaustion, heat: 0.83. Ruble 2005, 30 min at 75%: heat 0.20/0.04, cold 0.11/0.04. Meeus 2010, "
            "incremental 20–130 W, PPT: 0.23."
        ),
        population="Healthy adults; n = 8–31 per study; pre-post designs.",
        sources=("naugle2012",),
    ),
    EvidenceRow(
        id="A3",
        topic=ACUTE_HEALTHY,
        finding=(
            "Meta-analysis of randomised trials comparing exercise with a control condition in healthy "
            "people: aerobic and dynamic resistance exercise reduced pain; isometric exercise did not reach "
            "significance. This source reports hypoalgesia as a negative g."
        ),
        numbers=(
            "Aerobic g = −0.85 (95% CI −1.58 to −0.13; 7 studies, 236 participants). Dynamic resistance g = "
            "−0.45 (−0.69 to −0.22; 2 studies, 23). Isometric g = −0.16 (−0.36 to 0.05; 3 studies, 177), not "
            "significant."
        ),
        population=(
            "Randomised trials published 1980 to January 2020; 13 studies in all; GRADE certainty low."
        ),
        sources=("wewege2021",),
    ),
    EvidenceRow(
        id="A4",
        topic=ACUTE_HEALTHY,
        finding=(
            "Meta-analysis of aerobic exercise vs control on pressure pain thresholds: the rise is larger at "
            "the exercised (local) site than at remote sites and grows with intensity; bout duration made no "
            "difference."
        ),
        numbers=(
            "Local mean difference 3.1 N/cm² (about 31 kPa); remote 1.8 N/cm². High intensity: local 7.5, "
            "remote 3.0. Moderate intensity: local 3.1, remote 3.0. Low intensity: little or no effect. Long "
            "and short bouts did not differ."
        ),
        population="13 studies with 23 exercise arms and 498 participants, mostly cycling.",
        sources=("tomschi2024",),
    ),
    EvidenceRow(
        id="A5",
        topic=ACUTE_HEALTHY,
        finding=(
            "A network meta-analysis presented as a conference poster found that both isometric and aerobic "
            "exercise raise pressure pain thresholds compared with no exercise, by similar amounts."
        ),
        numbers="Isometric vs no exercise 0.46 (95% CI 0.09–0.82). Aerobic 0.45 (0.12–0.78).",
        population="65 trials, 2,200 healthy adults; poster at the IASP 2024 World Congress.",
        sources=("iasp2024poster",),
    ),
    EvidenceRow(
        id="A6",
        topic=ACUTE_HEALTHY,
        finding=(
            "Across all exercise modes, pain thresholds rose only slightly after exercise in healthy people, "
            "and the studies agreed closely with one another."
        ),
        numbers=(
            "ES 0.19 (0.11–0.27), I² 7.5%. Subgroups: women 0.36, strength exercise 0.34, moderate intensity "
            "0.27."
        ),
        population="36 studies, n = 1,326 healthy participants; literature searched to December 2019.",
        sources=("pachecobarrios2020",),
    ),
    EvidenceRow(
        id="A7",
        topic=ACUTE_HEALTHY,
        finding=(
            "Vigorous and moderate cycling both reduced heat-pain ratings, the vigorous bout more so; only "
            "the vigorous bout raised the pressure pain threshold, and neither altered ratings of "
            "suprathreshold pressure."
        ),
        numbers=(
            "25 min at 70% HRR and at 50% HRR: heat ratings (continuous and repeated stimuli) fell after "
            "both, more at 70%. PPT rose only at 70%. Suprathreshold pressure ratings unchanged after both."
        ),
        population="27 young healthy adults (12 men, 15 women); pain tested on the forearm.",
        sources=("naugle2014",),
    ),
    EvidenceRow(
        id="A8",
        topic=ACUTE_HEALTHY,
        finding=(
            "People differ a great deal: the same isometric task lowered pain sensitivity in most people but "
            "raised it in a large minority, although the group average still showed hypoalgesia."
        ),
        numbers=(
            "60% of exercisers became less sensitive and 40% more sensitive. Group PPT increased (p < 0.05)."
        ),
        population="57 healthy adults (40 exercise, 17 control), mean age 29; handgrip at 30% MVC.",
        sources=("painrep2024isometric",),
    ),
    EvidenceRow(
        id="A9",
        topic=ACUTE_HEALTHY,
        finding=(
            "Systematic review of test-retest reliability: EIH measured on two occasions agrees only poorly "
            "to moderately, which limits how closely any model can be checked against single studies."
        ),
        numbers=(
            "ICC 0–0.61; kappa 0.01–0.46; SEM 30–105 kPa (10–21%); smallest detectable change 84–291 kPa "
            "(29–58%)."
        ),
        population="5 studies, n = 168 pain-free adults.",
        sources=("aron2024",),
    ),
    EvidenceRow(
        id="A10",
        topic=ACUTE_HEALTHY,
        finding=(
            "Pressure pain thresholds measured repeatedly within one session carry a measurable error, which "
            "sets the smallest change a group study can detect."
        ),
        numbers="Group minimal detectable change 28.7–50.6 kPa, depending on the site.",
        population="24 healthy adults; within-session repeat measurements.",
        sources=("mailloux2021",),
    ),
    EvidenceRow(
        id="A11",
        topic=ACUTE_HEALTHY,
        finding=(
            "EIH is weaker or missing in older adults: younger people showed more hypoalgesia after "
            "isometric and aerobic exercise, and in one older sample a brief handgrip even lowered "
            "thresholds, with habitual activity predicting who still responded."
        ),
        numbers=(
            "Naugle 2016: younger > older for isometric and aerobic EIH. Ohlman 2018: 3-min handgrip at 25% "
            "MVC lowered PPT (p = 0.030); weekly moderate-to-vigorous activity predicted EIH (β = 0.35)."
        ),
        population="Naugle 2016: healthy older vs younger adults. Ohlman 2018: 52 older adults.",
        sources=("naugle2016", "ohlman2018"),
    ),
    EvidenceRow(
        id="A12",
        topic=ACUTE_HEALTHY,
        finding=(
            "Narrative state-of-the-art review: in people without pain, EIH is widespread across the body "
            "and appears during and for a while after exercise; in chronic pain the response varies, and "
            "pain may fall, stay the same or increase."
        ),
        numbers="No pooled figures (qualitative review).",
        population="Narrative review of pain-free and chronic pain populations.",
        sources=("rice2019",),
    ),
    EvidenceRow(
        id="A13",
        topic=ACUTE_HEALTHY,
        finding=(
            "Aerobic EIH measured twice: thresholds rose reliably at the exercising leg, less reliably at "
            "the back, and hand sites and relative changes were unreliable; who counted as a responder was "
            "not reproducible."
        ),
        numbers=(
            "15 min of heart-rate-controlled cycling raised leg PPT in both sessions (p < 0.001) and back "
            "PPT in session 2. Between-session ICC of absolute change: leg 0.54, back 0.40. Percent change "
            "and hand sites: ICC < 0.33. Responder agreement not significant."
        ),
        population=(
            "30 healthy adults (15 women); PPT at leg, back and hand before, right after and 15 min after "
            "exercise; two sessions."
        ),
        sources=("gomolka2019",),
    ),
    EvidenceRow(
        id="A20",
        topic=ACUTE_HEALTHY,
        finding=(
            "In adults over 60, three brief maximal contractions, a 2-min hold at 25% MVC and a 25% MVC hold "
            "to task failure all raised pain thresholds and lowered ratings by similar amounts; holding to "
            "failure did not sensitise."
        ),
        numbers=(
            "Pain threshold 49 → 58 s and rating 3.4 → 2.8 after exercise (P < 0.001), no difference "
            "between tasks (P = 0.94 and 0.55). Older women's ratings fell more than men's (23% vs 9%)."
        ),
        population=(
            "24 healthy adults, 72.2 ± 6.2 y; elbow-flexor contractions; finger pressure pain; pre-post, "
            "no rest control."
        ),
        sources=("lemley2014",),
    ),
    EvidenceRow(
        id="A40",
        topic=ACUTE_HEALTHY,
        finding=(
            "In pain-free overweight men, single sessions of moderate continuous cycling or of "
            "high-intensity interval cycling did not change pressure pain thresholds consistently: sessions "
            "ranged from moderate hypoalgesia to moderate hyperalgesia. Held out from the model (validation "
            "finding)."
        ),
        numbers=(
            "Acute PPT change over the first, middle and last sessions: no consistent change after HIIT or "
            "MICT (p ≥ 0.231; effect size r from −0.31 to 0.31)."
        ),
        population=(
            "28 overweight men randomised to HIIT (10 × 1 min at 90% of peak heart rate) or MICT (30 min at "
            "65–75% of peak heart rate) on a cycle ergometer; PPT over rectus femoris, tibialis anterior and "
            "upper trapezius before and after sessions; no rest condition."
        ),
        sources=("hakansson2018",),
    ),
    EvidenceRow(
        id="A41",
        topic=ACUTE_HEALTHY,
        finding=(
            "In healthy volunteers, pressure pain thresholds over the quadriceps rose as soon as a weak "
            "sustained contraction of that muscle began and kept rising until mid-contraction; after it they "
            "fell but stayed slightly above baseline for 5 min. Held out from the model (validation finding)."
        ),
        numbers=(
            "Contraction at 21% MVC held to exhaustion (at most 5 min), PPT every 30 s; significant rise "
            "from the start of the contraction. No effect sizes in the abstract."
        ),
        population=(
            "14 healthy volunteers; pressure algometry over m. quadriceps femoris; local anaesthetic vs "
            "control cream, double-blind (Pain 1995;61:481)."
        ),
        sources=("kosek1995",),
    ),
    EvidenceRow(
        id="B1",
        topic=CHRONIC_PAIN,
        finding=(
            "In fibromyalgia a sustained handgrip produced the reverse of the normal response: pain "
            "sensitivity increased where it fell in controls."
        ),
        numbers=(
            "Controls: heat-pain ratings fell and PPT rose, at the exercised and the other forearm. "
            "Fibromyalgia: both changes went the opposite way (hyperalgesia)."
        ),
        population=(
            "Fibromyalgia patients vs healthy controls; handgrip at 30% MVC held for 90 s; heat ratings and "
            "PPT on both forearms."
        ),
        sources=("staud2005",),
    ),
    EvidenceRow(
        id="B2",
        topic=CHRONIC_PAIN,
        finding=(
            "During and after a sustained thigh contraction, thresholds rose in healthy people but fell in "
            "fibromyalgia, in both cases outlasting the contraction by several minutes."
        ),
        numbers=(
            "Healthy: PPT rose during the contraction and remained above baseline for the 5 min after it (p "
            "< 0.001). Fibromyalgia: PPT had fallen by the middle of the contraction and stayed below "
            "baseline for up to 5 min afterwards (significant at 2.5 and 5 min)."
        ),
        population=(
            "14 fibromyalgia patients, 14 healthy controls; quadriceps contraction at about 22% MVC until "
            "exhaustion (at most 5 min); PPT every 30 s."
        ),
        sources=("kosek1996",),
    ),
    EvidenceRow(
        id="B3",
        topic=CHRONIC_PAIN,
        finding=(
            "Aerobic EIH in chronic pain (study-level results from the 2012 meta-analysis, its Table 6) is "
            "inconsistent, and some protocols produce hyperalgesia instead."
        ),
        numbers=(
            "Fibromyalgia, self-selected cycling 20 min: ES 0.45 (intensity), 0.79 (threshold). "
            "Fibromyalgia, 60–75% HRmax 20 min: 0.39 / 0.01. Fibromyalgia, treadmill to exhaustion: ES −1.13 "
            "(intensity). CFS, incremental cycling: −0.32 (threshold). CLBP, incremental: 0.08. CLBP, 50–70% "
            "VO2max 25 min: 1.50 (intensity). Chronic musculoskeletal pain, 70% VO2max 30 min: heat 0.31, "
            "pressure 0.07."
        ),
        population="n = 8–31 per study; pre-post designs.",
        sources=("naugle2012",),
    ),
    EvidenceRow(
        id="B4",
        topic=CHRONIC_PAIN,
        finding=(
            "In controlled trials in chronic musculoskeletal pain, isometric exercise did not significantly "
            "reduce pain; no aerobic trial and only one dynamic resistance trial were available. As in A3, "
            "negative g means hypoalgesia."
        ),
        numbers=(
            "Isometric g = −0.41 (95% CI −1.08 to 0.25; 3 studies, 114 participants), not significant. "
            "Aerobic: 0 studies. Dynamic resistance: 1 study."
        ),
        population="Randomised trials in chronic musculoskeletal pain (same meta-analysis as A3).",
        sources=("wewege2021",),
    ),
    EvidenceRow(
        id="B5",
        topic=CHRONIC_PAIN,
        finding=(
            "Women with fibromyalgia split into groups after isometric exercise: pain rose in some, fell in "
            "others and was unchanged in the rest. Younger women and those more sensitive at baseline gained "
            "the most relief."
        ),
        numbers=(
            "Predictors of the response: age, baseline experimental pain and change in fibromyalgia pain."
        ),
        population=(
            "15 women with fibromyalgia, 52 ± 11 y; elbow flexors: 3 MVCs; 25% MVC held to failure; 25% MVC "
            "for 2 min."
        ),
        sources=("hoegerbement2011",),
    ),
    EvidenceRow(
        id="B6",
        topic=CHRONIC_PAIN,
        finding=(
            "In fibromyalgia, clinical pain rose after exercise even though experimental pain thresholds did "
            "not change."
        ),
        numbers=(
            "PPT unchanged after either exercise. Temporal summation fell after the isometric task (p = "
            "0.042). Arm and whole-body clinical pain rose after both."
        ),
        population=(
            "34 people with fibromyalgia (32 women); isometric vs dynamic elbow-flexor exercise, matched for "
            "time and intensity (conference abstract 296)."
        ),
        sources=("jpain2019fm",),
    ),
    EvidenceRow(
        id="B7",
        topic=CHRONIC_PAIN,
        finding=(
            "After submaximal cycling, pressure pain thresholds dropped in chronic fatigue syndrome but rose "
            "in chronic low back pain and in healthy people."
        ),
        numbers="PPT fell in CFS and rose in CLBP and controls (p < 0.01).",
        population="26 CFS, 21 CLBP, 31 healthy; PPT at hand, arm, calf and low back.",
        sources=("meeus2010",),
    ),
    EvidenceRow(
        id="B8",
        topic=CHRONIC_PAIN,
        finding=(
            "In ME/CFS, thresholds fell after both a submaximal and a self-paced cycling test, and the size "
            "of the drop went with post-exertional fatigue; in sedentary controls thresholds rose."
        ),
        numbers=(
            "PPT fell after both tests in ME/CFS and rose in controls. Drop in PPT vs post-exertional "
            "fatigue: r = 0.454 (p = 0.034)."
        ),
        population="22 women with ME/CFS, 22 sedentary controls.",
        sources=("vanoosterwijck2010",),
    ),
    EvidenceRow(
        id="B9",
        topic=CHRONIC_PAIN,
        finding=(
            "Chronic whiplash behaved like ME/CFS: thresholds fell after submaximal cycling and mostly also "
            "after self-paced cycling, and symptoms got worse; thresholds rose in controls."
        ),
        numbers=(
            "Submaximal cycling: PPT fell (rose in controls). Self-paced exercise: PPT fell except at the "
            "calf, where it rose. Symptoms increased."
        ),
        population="22 women with chronic whiplash-associated disorders, 22 controls.",
        sources=("vanoosterwijck2012",),
    ),
    EvidenceRow(
        id="B10",
        topic=CHRONIC_PAIN,
        finding=(
            "In chronic low back pain, aerobic exercise still lowered experimental pain, and the effect was "
            "still there half an hour later."
        ),
        numbers="Finger-pressure pain ratings lower at 2 min and at 32 min after exercise (p < 0.05).",
        population=(
            "8 people with CLBP (40 ± 10 y; pain for 7 ± 4 y); cycling 5 min at 50% then 20 min at 70% "
            "VO2peak."
        ),
        sources=("hoffman2005",),
    ),
    EvidenceRow(
        id="B11",
        topic=CHRONIC_PAIN,
        finding=(
            "In knee osteoarthritis, resistance exercise raised thresholds mainly away from the painful "
            "knee: upper-body exercise worked, lower-body exercise gave variable results."
        ),
        numbers=(
            "PPT rose in every group. In knee OA only upper-body exercise raised PPT significantly; "
            "lower-body effects varied. Pressure pain tolerance did not change."
        ),
        population=(
            "11 knee OA (65.9 y), 11 older and 11 young healthy adults; upper- vs lower-body resistance "
            "exercise; PPT at 8 sites."
        ),
        sources=("burrows2014",),
    ),
    EvidenceRow(
        id="B12",
        topic=CHRONIC_PAIN,
        finding=(
            "In painful knee osteoarthritis, people with more EIH before treatment improved more during an "
            "exercise-therapy programme."
        ),
        numbers=(
            "Pre-treatment EIH β = 0.59 (p < 0.005) for the relative change in KOOS-4; adjusted R² of the "
            "model 46.8%."
        ),
        population=(
            "24 people with painful knee OA; EIH = PPT change after 2 min of lateral raises; standardised "
            "exercise-therapy programme (Clin J Pain 2020; doi 10.1097/AJP.0000000000000771)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="B13",
        topic=CHRONIC_PAIN,
        finding=(
            "In chronic musculoskeletal pain, patients who were highly pain-sensitive lost both EIH and CPM, "
            "and cycling even increased their temporal summation."
        ),
        numbers=(
            "Cuff PPT rose after the cold pressor and after exercise only in the low-sensitivity group (p < "
            "0.001). Temporal summation rose after cycling in the high-sensitivity group (p < 0.005). "
            "Tolerance rose in both groups."
        ),
        population=(
            "61 patients with chronic musculoskeletal pain split at the median (low sensitivity n = 30, high "
            "n = 31); cycling and isometric exercise."
        ),
        sources=("vaegter2016",),
    ),
    EvidenceRow(
        id="B14",
        topic=CHRONIC_PAIN,
        finding=(
            "Systematic review: isometric exercise of a painful region does not reliably produce EIH; only "
            "quadriceps protocols with more than 3 min of total contraction changed PPT or pain."
        ),
        numbers="No consistent EIH; effects only with quadriceps protocols longer than 3 min in total.",
        population="13 studies, 346 participants with local musculoskeletal pain.",
        sources=("bonello2021",),
    ),
    EvidenceRow(
        id="B15",
        topic=CHRONIC_PAIN,
        finding=(
            "Meta-analysis of post-exertional pain: after a standardised aerobic test, people with ME/CFS or "
            "fibromyalgia report more pain than controls, and the difference is larger when measured hours "
            "to days later."
        ),
        numbers=(
            "Overall d = 0.42 (0.16–0.67). Measured 0–2 h after: d = 0.32 (0.10–0.53). Measured 8–72 h "
            "after: d = 0.71 (0.28–1.14)."
        ),
        population="15 studies; 306 patients, 292 controls; standardised aerobic exercise test.",
        sources=("pemmeta2022",),
    ),
    EvidenceRow(
        id="B16",
        topic=CHRONIC_PAIN,
        finding=(
            "Meta-analysis in ME/CFS: fatigue increases after a single exercise bout, more so when measured "
            "four or more hours later."
        ),
        numbers="Δ = 0.73 (0.24–1.23); larger when measured ≥4 h after exercise.",
        population="7 studies, 159 patients.",
        sources=("msse2016fatigue",),
    ),
    EvidenceRow(
        id="B17",
        topic=CHRONIC_PAIN,
        finding=(
            "In chronic neck-shoulder pain, even light arm cycling increased pain during the exercise and on "
            "the next two evenings; thresholds dropped near the exercise but not in the neck the next day."
        ),
        numbers=(
            "Pain rose during cycling and on the two following evenings. PPT fell close to the exercise. No "
            "change in neck PPT the next day."
        ),
        population="26 patients, 12 controls; PPT before, 15 min, 105 min and 24 h after exercise.",
        sources=("bmcmsk2020neck",),
    ),
    EvidenceRow(
        id="B18",
        topic=CHRONIC_PAIN,
        finding=(
            "In lateral epicondylalgia, isometric exercise loaded above the pain threshold made local pain "
            "worse than the same exercise below it, and the difference lasted at least half an hour."
        ),
        numbers=(
            "Pain during exercise 1.0 NRS point higher (0.4–1.5) than with infra-threshold exercise; still "
            "higher at 30 min (p = 0.043)."
        ),
        population="24 patients; wrist extension 10 × 15 s at 20% above vs 20% below the pain threshold.",
        sources=("coombes2016",),
    ),
    EvidenceRow(
        id="B19",
        topic=CHRONIC_PAIN,
        finding=(
            "Shoulder myalgia and fibromyalgia (Lannersten & Kosek, Pain 2010, as recalled): PPT was said to "
            "rise when a non-painful muscle contracted but not when the painful muscle did, and not at all "
            "in fibromyalgia."
        ),
        numbers="Not checked against the paper; the source page was not found.",
        population="Shoulder myalgia and fibromyalgia patients (details not seen).",
        sources=(),
        verified=False,
    ),
    EvidenceRow(
        id="B20",
        topic=CHRONIC_PAIN,
        finding=(
            "In one fMRI study, a single bout of exercise lowered heat-pain ratings in fibromyalgia toward "
            "control levels compared with quiet rest."
        ),
        numbers=(
            "Ratings after exercise vs quiet rest: d = 0.39–0.41 in fibromyalgia, d = 0.10–0.26 in controls."
        ),
        population=(
            "9 women with fibromyalgia, 9 pain-free controls; exercise or quiet rest before fMRI with "
            "noxious heat."
        ),
        sources=("ellingson2016",),
    ),
    EvidenceRow(
        id="B21",
        topic=CHRONIC_PAIN,
        finding=(
            "Meta-analysis of mechanical sensory testing in non-specific low back pain: pressure pain "
            "thresholds away from the back were clearly lower than in pain-free controls; temporal "
            "summation and CPM results were mixed."
        ),
        numbers=(
            "Remote PPT lower in low back pain; at the scapula pooled mean difference 119.2 kPa (95% CI "
            "91.8 to 146.6), p < 0.00001. Reported as mean differences, not SMDs."
        ),
        population="24 case-control studies; subacute and chronic non-specific low back pain vs controls.",
        sources=("denbandt2019",),
    ),
    EvidenceRow(
        id="B22",
        topic=CHRONIC_PAIN,
        finding=(
            "Meta-analysis of sensory testing in painful osteoarthritis: pressure pain thresholds were lower "
            "than in controls both at the affected joint and, less so, at remote sites."
        ),
        numbers=(
            "Affected joint SMD −1.24 (95% CI −1.54 to −0.93). Remote sites SMD −0.88 (−1.11 to −0.65)."
        ),
        population=(
            "41 studies (2,281 participants); 7 case-control studies with enough data were pooled; mostly "
            "knee osteoarthritis."
        ),
        sources=("suokas2012",),
    ),
    EvidenceRow(
        id="B23",
        topic=CHRONIC_PAIN,
        finding=(
            "Meta-analysis in chronic whiplash: pressure pain thresholds were lower than in controls at the "
            "neck and also far from it, in the arm and the leg."
        ),
        numbers=(
            "PPT head/neck/upper thoracic SMD −1.36 (95% CI −1.89 to −0.82); upper limb −1.33 (−2.50 to "
            "−0.16); lower limb −1.01 (−1.70 to −0.33)."
        ),
        population="27 studies, 13 pooled; chronic whiplash-associated disorders vs healthy controls.",
        sources=("stone2013",),
    ),
    EvidenceRow(
        id="B24",
        topic=CHRONIC_PAIN,
        finding=(
            "People with chronic fatigue syndrome and chronic pain had far lower pressure pain thresholds "
            "than matched controls, also at sites where they reported no pain."
        ),
        numbers=(
            "Mean PPT 3.30 kg/cm² in patients vs 8.09 kg/cm² in controls (p < 0.001); also lower in "
            "pain-free zones (p < 0.001). No SDs in the abstract."
        ),
        population="30 CFS patients with chronic pain, 30 matched controls; 7 sites on both sides.",
        sources=("meeus2010hyperalgesia",),
    ),
    EvidenceRow(
        id="B25",
        topic=CHRONIC_PAIN,
        finding=(
            "In fibromyalgia pressure pain thresholds were lower than in healthy women both at a tender "
            "point and at a non-tender control point; tender points were the more sensitive."
        ),
        numbers=(
            "PPT lower at the trapezius tender point and at the inner forearm; tender point more sensitive "
            "than the control point. No effect sizes in the abstract."
        ),
        population="26 women with fibromyalgia, 26 age-matched healthy women; dolorimeter.",
        sources=("lautenbacher1994",),
    ),
    EvidenceRow(
        id="B26",
        topic=CHRONIC_PAIN,
        finding=(
            "In chronic whiplash an isometric wall squat raised pressure pain thresholds at the neck and the "
            "leg as much as in controls, whereas 30 min of cycling changed them in neither group (no "
            "hyperalgesia either)."
        ),
        numbers=(
            "Wall squat: EIH in both groups (P < .023), no group difference (P > .55). Cycling 30 min at "
            "75% of age-predicted HRmax: no EIH, no increase in sensitivity."
        ),
        population=(
            "21 people with chronic whiplash (mild to moderate pain and disability), 19 controls; "
            "pre-post design."
        ),
        sources=("smith2017wad",),
    ),
    EvidenceRow(
        id="B27",
        topic=CHRONIC_PAIN,
        finding=(
            "In a larger chronic whiplash sample EIH was impaired after both treadmill walking and isometric "
            "knee extension: thresholds rose at the hand during exercise but not after it, with no "
            "difference between the two exercise types."
        ),
        numbers=(
            "No EIH immediately after exercise in WAD; partial EIH at the hand during exercise; no "
            "difference between aerobic and isometric exercise."
        ),
        population="40 people with chronic whiplash, 30 controls; PPT at hand, neck and tibialis anterior.",
        sources=("smith2020wad",),
    ),
    EvidenceRow(
        id="C1",
        topic=DOSE_RESPONSE,
        finding=(
            "Aerobic EIH needs a minimum intensity and duration: pressure pain ratings fell significantly "
            "only after the longer bout at the higher intensity; the authors put the thresholds at more than "
            "50% VO2max and more than 10 min."
        ),
        numbers=(
            "Significant fall 5 min after 30 min at 75% VO2max; not significant after 10 min at 75% or 30 "
            "min at 50%. Study-level ES (2012 meta-analysis, Table 1): 10 min/75% = 0.08; 30 min/50% = 0.51; "
            "30 min/75% = 0.65."
        ),
        population=(
            "12 healthy adults (5 men, 7 women; 32 ± 9 y); treadmill; VAS every 10 s during 2 min of finger "
            "pressure; bouts at least 48 h apart."
        ),
        sources=("hoffman2004", "naugle2012"),
    ),
    EvidenceRow(
        id="C2",
        topic=DOSE_RESPONSE,
        finding=(
            "Narrative review of intensity: hypoalgesia is most consistent after hard exercise, and less "
            "consistent when intensity is set by %HRmax or chosen by the participant."
        ),
        numbers="Most consistent at ≥200 W in incremental protocols or at 60–75% VO2max.",
        population="Narrative review.",
        sources=("koltyn2002",),
    ),
    EvidenceRow(
        id="C3",
        topic=DOSE_RESPONSE,
        finding=(
            "Within the same people, EIH was larger after high- than low-intensity exercise and larger in "
            "the exercised limb, while EIH and CPM did not correlate."
        ),
        numbers=(
            "PPT rose at local and remote sites after every condition except low-intensity cycling. High > "
            "low intensity. EIH larger in the exercising limb. Cycling EIH larger in women. No correlation "
            "between EIH and CPM."
        ),
        population=(
            "80 healthy adults (40 women), 18–65 y; cycling at 2 intensities; isometric arm or leg exercise "
            "at 2 intensities; CPM by hand or foot cold pressor; PPT before, during, right after and 15 min "
            "after."
        ),
        sources=("vaegter2014",),
    ),
    EvidenceRow(
        id="C4",
        topic=DOSE_RESPONSE,
        finding=(
            "Cycling at the lactate threshold raised thresholds at the working thigh but not significantly "
            "at a remote muscle, and did so reproducibly across two sessions."
        ),
        numbers=(
            "Quadriceps (local) PPT +45 kPa vs quiet rest (95% CI 19–72). Trapezius (remote) not "
            "significant. Between-session ICC 0.45 (quadriceps), 0.57 (trapezius); responder agreement κ = "
            "0.46."
        ),
        population=(
            "34 healthy adults; 15 min of cycling at the lactate threshold vs 15 min rest; 2 identical "
            "sessions."
        ),
        sources=("vaegter2018",),
    ),
    EvidenceRow(
        id="C5",
        topic=DOSE_RESPONSE,
        finding=(
            "Very light cycling can make people more sensitive: thresholds rose after cycling at 70% VO2peak "
            "but fell, locally and remotely, after cycling at 30%."
        ),
        numbers=(
            "70% VO2peak: local PPT rose from before to 5 min after (p = 0.040). 30% VO2peak: PPT fell at "
            "local (p = 0.026, 0.008) and remote (p = 0.011, 0.005) sites at 5 and 15 min."
        ),
        population="10 physically active men; cycling at 70% and at 30% VO2peak.",
        sources=("springerplus2016",),
    ),
    EvidenceRow(
        id="C6",
        topic=DOSE_RESPONSE,
        finding=(
            "Making a bout longer at the same intensity did not add EIH; in this study none of the bouts "
            "changed thresholds or CPM at all."
        ),
        numbers="No PPT change at any of 5 sites, and no CPM change, after 30, 45 or 60 min of cycling.",
        population=(
            "36 healthy adults; cycling at a nominal 75% VO2max for 30, 45 or 60 min vs passive control."
        ),
        sources=("tomschi2023",),
    ),
    EvidenceRow(
        id="C7",
        topic=DOSE_RESPONSE,
        finding=(
            "Short cycling bouts at very high intensity produced local EIH at the thigh, with no change at "
            "the forearm or in heat thresholds."
        ),
        numbers=(
            "Thigh PPT rose at 90% PPO (p = 0.024) and 100% PPO (p = 0.003). No forearm or heat-threshold "
            "change."
        ),
        population="16 healthy men; five 8-min cycling bouts at individually set %PPO (thesis, 2023).",
        sources=("ucf2023cycling",),
    ),
    EvidenceRow(
        id="C8",
        topic=DOSE_RESPONSE,
        finding=(
            "For isometric exercise, dose is intensity times duration: brief maximal contractions and long "
            "low-force contractions both reduced pain, with the largest change after holding 25% MVC to "
            "failure."
        ),
        numbers=(
            "Largest change in threshold and ratings after 25% MVC held to failure; high-intensity "
            "contractions and long low-intensity contractions both analgesic."
        ),
        population=(
            "Healthy men and women; elbow flexors: 3 brief MVCs, 25% MVC to failure, 25% MVC for 2 min, 80% "
            "MVC to failure; pressure applied to the opposite finger."
        ),
        sources=("hoegerbement2008",),
    ),
    EvidenceRow(
        id="C9",
        topic=DOSE_RESPONSE,
        finding=(
            "Earlier abstract on isometric dose: holding to failure changed both threshold and ratings, "
            "whereas a 2-min hold raised only the threshold."
        ),
        numbers=(
            "To failure: ratings fell (p = 0.001), threshold rose (p = 0.021). 2 min: threshold rose (p = "
            "0.039), ratings unchanged."
        ),
        population=(
            "Men and women; elbow flexors at 25% MVC; 1 kg finger-pressure device (conference abstract "
            "2646)."
        ),
        sources=("bement2006",),
    ),
    EvidenceRow(
        id="C10",
        topic=DOSE_RESPONSE,
        finding=(
            "The harder one hand squeezed, the less heat pain was felt in the other hand: the isometric "
            "effect was graded with force."
        ),
        numbers=(
            "Graded reduction of contralateral pain with increasing contraction force (no pooled figure)."
        ),
        population=(
            "Healthy adults; pinch-grip force set trial by trial; heat stimulus of the same duration on the "
            "other hand."
        ),
        sources=("misra2014",),
    ),
    EvidenceRow(
        id="C11",
        topic=DOSE_RESPONSE,
        finding=(
            "Over one week of walking, healthy women reported less pressure pain after five or ten sessions, "
            "but three sessions were not enough."
        ),
        numbers=(
            "Constant-pressure pain intensity (p = 0.0016) and unpleasantness (p = 0.0014) fell with 5 and "
            "10 sessions per week, not with 3."
        ),
        population=(
            "40 women; 7 days of moderate treadmill walking at 0, 3, 5 or 10 sessions per week; tested 24 h "
            "after the last session."
        ),
        sources=("scirep2019",),
    ),
    EvidenceRow(
        id="C12",
        topic=DOSE_RESPONSE,
        finding=(
            "Meta-regression of exercise dose in chronic pain trials found no clear dose effect; only neck "
            "pain showed duration mattering, and the model suggested that sessions per week matter most."
        ),
        numbers=(
            "75 studies re-analysed. Example study-level d: fibromyalgia ergometer 3×/wk, 120 min/wk, 6 wk → "
            "1.34 (0.65 to 2.04); knee OA cycling 2×/wk, 12 wk → 1.03 (0.23 to 1.83); rheumatoid arthritis "
            "conditioning 104 wk → −0.35."
        ),
        population="Trials drawn from the 2017 Cochrane overview of exercise for chronic pain.",
        sources=("polaski2019",),
    ),
    EvidenceRow(
        id="C13",
        topic=DOSE_RESPONSE,
        finding=(
            "In women, running at low or moderate intensity raised thresholds and tolerance more than "
            "running at high intensity, both during running and a day later; CPM was lower 24 h after the "
            "hardest running."
        ),
        numbers=(
            "PPT and pressure tolerance rose in every group during running and 5–10 min after; larger at 40% "
            "and 55% than at 70% HRR, during running and at 24 h. CPM lower at 24 h after 70% HRR."
        ),
        population="66 women; 35 min of treadmill running at 40, 55 or 70% HRR.",
        sources=("physiolrep2023",),
    ),
    EvidenceRow(
        id="C14",
        topic=DOSE_RESPONSE,
        finding=(
            "Cycling to exhaustion made remote sites more sensitive to pressure for at least an hour, while "
            "thresholds over the joints did not change."
        ),
        numbers=(
            "Forehead PPT 43.6 N before, 36.6 N at 20 min, 37.2 N at 60 min (about −16%). Sternum 46.8 → "
            "42.5 → 44.8 N. Joint-site PPT unchanged."
        ),
        population="50 healthy men (26 ± 4 y); cycling to exhaustion.",
        sources=("kruger2016",),
    ),
    EvidenceRow(
        id="C15",
        topic=DOSE_RESPONSE,
        finding=(
            "During ultra-marathon races, runners became more sensitive to pressure and their CPM weakened, "
            "a sign of both peripheral and central sensitisation."
        ),
        numbers=(
            "PPT fell (p < 0.05) at 25, 50 and 100 miles; CPM (15 °C water as conditioning) also fell at "
            "each point."
        ),
        population="Ultra-marathon runners in 3 races in Florida.",
        sources=("agnew2018",),
    ),
    EvidenceRow(
        id="C16",
        topic=DOSE_RESPONSE,
        finding=(
            "Holding a handgrip at 25% MVC for 3 min raised the finger pressure pain threshold only a little "
            "more than holding it for 1 min, although blood pressure kept rising with the longer hold; pain "
            "ratings did not change."
        ),
        numbers=(
            "Pain threshold after 3 min vs after 1 min of exercise: small increase, d = 0.38 (after quiet "
            "rest, 3 vs 1 min: small decrease, d = 0.20). Intensity and unpleasantness ratings unchanged. "
            "Systolic and diastolic pressure higher after 3 than after 1 min."
        ),
        population=(
            "23 healthy women; isometric handgrip at 25% MVC for 1 and for 3 min vs quiet rest; pressure "
            "stimulus on the right forefinger for up to 2 min afterwards; blood pressure every 15 s."
        ),
        sources=("umeda2009",),
    ),
    EvidenceRow(
        id="D1",
        topic=TIME_COURSE,
        finding="After aerobic exercise in healthy people, EIH fades within about half an hour.",
        numbers="Significant at 5 min; back toward baseline by 30 min.",
        population="Same protocol as C1.",
        sources=("hoffman2004",),
    ),
    EvidenceRow(
        id="D2",
        topic=TIME_COURSE,
        finding="In chronic low back pain, EIH lasted more than 30 min.",
        numbers="Pain ratings still lower 32 min after exercise.",
        population="Same protocol as B10.",
        sources=("hoffman2005",),
    ),
    EvidenceRow(
        id="D3",
        topic=TIME_COURSE,
        finding=(
            "EIH was still present a quarter of an hour after exercise, whereas CPM appeared only while the "
            "conditioning stimulus was on."
        ),
        numbers="EIH present 15 min after exercise; CPM only during the cold stimulus.",
        population="Same protocol as C3.",
        sources=("vaegter2014",),
    ),
    EvidenceRow(
        id="D4",
        topic=TIME_COURSE,
        finding=(
            "The cold pressor threshold rose during exercise and into early recovery, above and below the "
            "lactate threshold, and was gone at the other time points."
        ),
        numbers=(
            "Threshold raised at 30 min into exercise (p = 0.024, 0.02) and at 15 min of recovery (p = 0.03, "
            "0.01) for bouts above and below lactate threshold; not at other times."
        ),
        population="30-min bouts above and below lactate threshold; cold pressor test.",
        sources=("wonders2011",),
    ),
    EvidenceRow(
        id="D5",
        topic=TIME_COURSE,
        finding=(
            "During graded cycling to exhaustion, tolerance rose early and stayed up into recovery, whereas "
            "the threshold rose only at peak effort."
        ),
        numbers=(
            "Electrical pain threshold raised at VO2peak compared with baseline, 120 W and 10-min recovery. "
            "Tolerance already raised at 120 W, and at VO2peak and 10-min recovery."
        ),
        population="17 women (20.5 y; VO2peak 36.8 ml/kg/min); incremental cycling to exhaustion.",
        sources=("drury2005",),
    ),
    EvidenceRow(
        id="D6",
        topic=TIME_COURSE,
        finding="In healthy people, isometric EIH appears during the contraction and outlasts it (see B2).",
        numbers="PPT rose during the contraction and remained above baseline for the whole 5 min afterwards.",
        population="Same protocol as B2.",
        sources=("kosek1996",),
    ),
    EvidenceRow(
        id="D7",
        topic=TIME_COURSE,
        finding=(
            "Protocol of a resistance-exercise study measuring pain 5 and 15 min after a session. Only the "
            "design was readable; the direction and size of the effect were not seen."
        ),
        numbers=(
            "3 × 10 at 75% 1RM over 45 min vs quiet rest; PPT and ratings at 5 and 15 min after. Outcome not "
            "seen (the design, not the result, is what this row supports)."
        ),
        population=(
            "13 adults (7 men, 6 women), 23 ± 5 y; listed in the table of the 2020 threshold meta-analysis "
            "(A6)."
        ),
        sources=("koltyn1998",),
    ),
    EvidenceRow(
        id="D8",
        topic=TIME_COURSE,
        finding=(
            "Secondary statements (a paper's introduction citing the 2019 state-of-the-art review, and a "
            "blog citing Dannecker & Koltyn 2014) put the duration of EIH after one bout at about half an "
            "hour."
        ),
        numbers="Up to about 30 min after a single bout.",
        population="Secondary statements (PMC9785022 and a running blog).",
        sources=(),
    ),
    EvidenceRow(
        id="D9",
        topic=TIME_COURSE,
        finding=(
            "One study found EIH still present 24 h after running, larger after low and moderate than after "
            "high intensity (see C13)."
        ),
        numbers="Gains in PPT and tolerance at 24 h larger after 40–55% than after 70% HRR.",
        population="Same protocol as C13.",
        sources=("physiolrep2023",),
    ),
    EvidenceRow(
        id="D10",
        topic=TIME_COURSE,
        finding="After exhaustive exercise the hyperalgesia had not resolved an hour later (see C14).",
        numbers="Forehead PPT still lowered at 60 min (37.2 N vs 43.6 N before).",
        population="Same protocol as C14.",
        sources=("kruger2016",),
    ),
    EvidenceRow(
        id="D11",
        topic=TIME_COURSE,
        finding=(
            "After unaccustomed eccentric loading, delayed-onset muscle soreness lowered thresholds, most at "
            "24 h."
        ),
        numbers="PPT fell after exercise and was lowest at 24 h (measured immediately, at 24 h and at 48 h).",
        population="Eccentric shoulder exercise at 110% MVC, 5 × 3 min.",
        sources=("nie2005",),
    ),
    EvidenceRow(
        id="D12",
        topic=TIME_COURSE,
        finding=(
            "Measured every 30 s, thresholds over a weakly contracting thigh muscle in healthy people were "
            "raised from the start of the contraction to its end, dropped as soon as it stopped, and then "
            "stayed a little above baseline for the 5 min of follow-up (the healthy arm of B2 and D6)."
        ),
        numbers=(
            "Healthy: PPT rose during the contraction (P < 0.001), fell after its end (P < 0.001) and stayed "
            "above pre-contraction values over 5 min of post-contraction readings (P < 0.001). Normalised "
            "PPT higher than in fibromyalgia at the start (P < 0.01), middle and end (P < 0.001) of the "
            "contraction. Anaesthetic cream did not change PPT during or after the contraction."
        ),
        population=(
            "14 healthy controls and 14 fibromyalgia patients; quadriceps held at 22% MVC on average until "
            "exhaustion (at most 5 min); PPT over the quadriceps every 30 s before, during and for 5 min "
            "after (Pain 1996;64:415)."
        ),
        sources=("kosek1996",),
    ),
    EvidenceRow(
        id="E1",
        topic=REGULAR_EXERCISE,
        finding=(
            "Review statement: clinically relevant pain relief from exercise therapy takes roughly two to "
            "three months."
        ),
        numbers="8–12 weeks of exercise therapy for clinically relevant reductions.",
        population="Review of acute and regular exercise, with and without pain.",
        sources=("vaegter2020",),
    ),
    EvidenceRow(
        id="E2",
        topic=REGULAR_EXERCISE,
        finding=(
            "Systematic review in musculoskeletal pain (fibromyalgia excluded): every included study found "
            "aerobic exercise improved thresholds or ratings, after a single session in observational "
            "studies and after 2–12 weeks in trials."
        ),
        numbers=(
            "All 11 studies improved PPT or ratings; median improvement 10.6% (range 2.2–24.1%). Bouts of "
            "4–60 min."
        ),
        population="11 studies (7 repeated-measures, 4 trials), 590 participants.",
        sources=("tan2022",),
    ),
    EvidenceRow(
        id="E3",
        topic=REGULAR_EXERCISE,
        finding=(
            "Meta-analysis of aerobic exercise programmes in fibromyalgia: after treatment, pain, fatigue, "
            "mood and quality of life were somewhat better than with control, and fitness clearly better; "
            "slight-to-moderate intensity 2–3×/wk reduced pain."
        ),
        numbers=(
            "Pain SMD −0.31 (−0.46 to −0.17). Fatigue −0.22. Depressed mood −0.32. Health-related quality of "
            "life −0.40. Fitness +0.65."
        ),
        population="28 RCTs vs control plus 7 head-to-head; 2,494 patients.",
        sources=("hauser2010",),
    ),
    EvidenceRow(
        id="E4",
        topic=REGULAR_EXERCISE,
        finding=(
            "Cochrane review of exercise for knee osteoarthritis: immediately after treatment, exercise "
            "reduced pain and improved function and quality of life compared with control."
        ),
        numbers=(
            "Pain SMD −0.49 (95% CI −0.39 to −0.59) from 44 trials, 3,537 participants; about 12 points on "
            "0–100 (10–15) against a control mean of about 44. Function SMD −0.52 (about 10 points). Quality "
            "of life SMD 0.28."
        ),
        population=(
            "Knee OA; 54 studies in the review, identified through the 2017 overview's Table 14 as Fransen "
            "2015 (54 trials, 5,362 participants)."
        ),
        sources=("fransen2015",),
    ),
    EvidenceRow(
        id="E5",
        topic=REGULAR_EXERCISE,
        finding=(
            "Overview of Cochrane reviews of exercise for chronic pain: benefits for pain and function "
            "across conditions, but the evidence is of low quality; few adverse events (see I2)."
        ),
        numbers="21 Cochrane reviews covering arthritis, back pain, dysmenorrhoea and other conditions.",
        population="Adults with chronic pain.",
        sources=("geneen2017",),
    ),
    EvidenceRow(
        id="E6",
        topic=REGULAR_EXERCISE,
        finding="Size of the same Cochrane overview, as recalled: 381 studies with 37,143 participants.",
        numbers="381 studies, 37,143 participants (recalled, not checked).",
        population="Adults with chronic pain (overview of Cochrane reviews).",
        sources=("geneen2017",),
        verified=False,
    ),
    EvidenceRow(
        id="E7",
        topic=REGULAR_EXERCISE,
        finding=(
            "Cochrane review of aerobic training in fibromyalgia (Bidonde 2017, doi "
            "10.1002/14651858.CD012700), as recalled: pain improved by about 11 points out of 100 and "
            "withdrawals did not differ from control."
        ),
        numbers="About 11 points /100 (absolute about 11%); recalled, results section not seen.",
        population="Fibromyalgia; only the background and methods of the abstract were read.",
        sources=(),
        verified=False,
    ),
    EvidenceRow(
        id="E8",
        topic=REGULAR_EXERCISE,
        finding=(
            "Meta-analysis of movement-evoked pain in musculoskeletal pain: exercise therapy reduced it "
            "compared with no treatment, with moderate certainty."
        ),
        numbers="SMD −0.65 (−0.83 to −0.47).",
        population="38 trials, 60 interventions.",
        sources=("leemans2022",),
    ),
    EvidenceRow(
        id="E9",
        topic=REGULAR_EXERCISE,
        finding=(
            "In persistent low back pain, graded activity helped a little more than minimal intervention but "
            "no more than other exercise or graded exposure."
        ),
        numbers=(
            "Pain vs minimal intervention (0–100): short term −6.2 (−9.4 to −3.0), intermediate −5.5 (−9.9 "
            "to −1.0). Disability −6.5 and −3.9."
        ),
        population="15 trials, 1,654 patients.",
        sources=("macedo2010",),
    ),
    EvidenceRow(
        id="E10",
        topic=REGULAR_EXERCISE,
        finding=(
            "Exercise training raised pressure pain thresholds in chronic pain conditions, more than "
            "non-exercise interventions and more at local than remote sites (low-to-moderate quality)."
        ),
        numbers="Pooled value not in the part of the paper read.",
        population="15 training studies in pain conditions.",
        sources=("belavy2021",),
    ),
    EvidenceRow(
        id="E11",
        topic=REGULAR_EXERCISE,
        finding=(
            "6 weeks of aerobic training in healthy people raised ischemic pain tolerance along with "
            "fitness, while thresholds and ratings stayed the same; controls did not change."
        ),
        numbers=(
            "Ischemic tolerance rose (p = 0.036) with fitness (p = 0.004). PPT and ischemic ratings "
            "unchanged (p > 0.2)."
        ),
        population=(
            "24 healthy adults; cycling 3×/wk for 30 min at 75% VO2 reserve for 6 weeks (n = 12) vs usual "
            "activity (n = 12)."
        ),
        sources=("jones2014",),
    ),
    EvidenceRow(
        id="E12",
        topic=REGULAR_EXERCISE,
        finding=(
            "6 weeks of aerobic training in chronic low back pain eased pain more than control; "
            "opioid-mediated analgesia (probed with naloxone) increased only in women who exercised, and "
            "more so with harder training and greater pain relief."
        ),
        numbers=(
            "Pain intensity and interference fell more than control (p < 0.04). Endogenous opioid analgesia "
            "rose only in female exercisers (p = 0.03). Higher intensity went with a larger opioid gain (p = "
            "0.04); opioid gain went with pain improvement (p = 0.009)."
        ),
        population=(
            "CLBP; 18 sessions (3×/wk × 30 min) of aerobic exercise (n = 38) vs usual activity (n = 44)."
        ),
        sources=("bruehl2020",),
    ),
    EvidenceRow(
        id="E13",
        topic=REGULAR_EXERCISE,
        finding=(
            "In healthy people, four weeks of running produced EIH at every intensity, more after moderate "
            "and low than after high intensity; CPM improved with moderate and low intensity, and acute EIH "
            "tracked CPM."
        ),
        numbers=(
            "CPM rose in the moderate and low groups; temporal summation fell in the moderate group. Acute "
            "EIH vs CPM r = 0.72."
        ),
        population="56 healthy adults; 12 sessions over 4 weeks (PMC12936697).",
        sources=(),
    ),
    EvidenceRow(
        id="E14",
        topic=REGULAR_EXERCISE,
        finding=(
            "In a large Norwegian population survey, people who exercised in their leisure time were less "
            "likely to have chronic pain, with a dose relation in older people."
        ),
        numbers=(
            "Chronic pain prevalence 29%. Age 20–64: 10–12% lower prevalence with exercise 1–3×/wk, ≥30 min "
            "or moderate intensity. Older women: 21–38% lower depending on amount. Linear dose relation in "
            "older people."
        ),
        population="HUNT 3 (Norway), 46,533 participants; cross-sectional.",
        sources=("landmark2011",),
    ),
    EvidenceRow(
        id="E15",
        topic=REGULAR_EXERCISE,
        finding=(
            "Exercising adults were less likely to report chronic musculoskeletal complaints 11 years later, "
            "most clearly for widespread complaints with frequent exercise."
        ),
        numbers=(
            "Any exercise OR 0.91 (0.85–0.97). Chronic widespread complaints with >3×/wk: OR 0.72 "
            "(0.59–0.88)."
        ),
        population="HUNT 1 → HUNT 2, 39,520 adults (BMC Musculoskelet Disord 2008;9:159).",
        sources=(),
    ),
    EvidenceRow(
        id="E16",
        topic=REGULAR_EXERCISE,
        finding=(
            "Among adults free of pain at baseline, more weekly hours of exercise went with lower later risk "
            "of low back and neck/shoulder pain; obesity raised the risk."
        ),
        numbers="Risk fell linearly with exercise hours (trend p 0.02 to <0.001). Obesity about +20% risk.",
        population="About 30,000 HUNT adults followed for about 11 years (Am J Epidemiol 2011;174(3):267).",
        sources=(),
    ),
    EvidenceRow(
        id="E17",
        topic=REGULAR_EXERCISE,
        finding=(
            "In the Tromsø population study, more leisure activity, harder exercise and longer exercise each "
            "went with longer cold-pressor tolerance; accelerometer-measured activity did not."
        ),
        numbers=(
            "Associations with tolerance: leisure activity p < 0.001; intensity p = 0.011; duration p < "
            "0.001. Accelerometer activity not associated."
        ),
        population=(
            "n = 19,087 (leisure activity); accelerometer sub-sample 4,922; cold pressor at 3 °C, maximum "
            "106 s."
        ),
        sources=("arnes2021",),
    ),
    EvidenceRow(
        id="E18",
        topic=REGULAR_EXERCISE,
        finding=(
            "Followed over two Tromsø surveys, people who stayed highly active tolerated the cold pressor "
            "longer than those who stayed sedentary, with a graded relation to activity level."
        ),
        numbers=(
            "Consistently high activity vs sedentary at both surveys: +20.4 s (13.7–27.1). Repeated measures "
            "vs sedentary: light +6.7 s (3.4–10.0), moderate +14.1 s (9.9–18.3), vigorous +16.3 s "
            "(6.0–26.5)."
        ),
        population="n = 10,732; surveys 7–8 years apart.",
        sources=("arnes2023",),
    ),
    EvidenceRow(
        id="E19",
        topic=REGULAR_EXERCISE,
        finding=(
            "Attribution note: the HUNT 3 chronic-pain paper (Landmark 2011, E14) and the Tromsø "
            "cold-pressor papers (Årnes 2021 and 2023, E17, E18) are separate studies and should not be "
            "cited for each other."
        ),
        numbers="No figures of its own; see E14, E17 and E18.",
        population="Not a study.",
        sources=("landmark2011", "arnes2021", "arnes2023"),
    ),
    EvidenceRow(
        id="E20",
        topic=REGULAR_EXERCISE,
        finding=(
            "Review of animal work (2020): exercise eases pain through brain, spinal, immune and peripheral "
            "mechanisms, and no exercise mode was shown to be better than another."
        ),
        numbers="Qualitative; no pooled numbers.",
        population="Review of animal models.",
        sources=("lesnak2020",),
    ),
    EvidenceRow(
        id="E21",
        topic=REGULAR_EXERCISE,
        finding=(
            "Meta-regression of exercise trials in knee osteoarthritis: aerobic, resistance and performance "
            "exercise relieved pain about equally; programmes of one exercise type beat mixed ones; relief "
            "grew with the number of supervised aerobic sessions and was larger with supervised exercise at "
            "least three times a week. Intensity and session length made no detectable difference."
        ),
        numbers=(
            "Pain SMD: aerobic 0.67, resistance 0.62, performance 0.48 (P = 0.733). Single-type 0.61 vs "
            "mixed 0.16 (P < 0.001). Aerobic: slope 0.022 (95% CI 0.002 to 0.043) per supervised session. "
            "Quadriceps-specific 0.85 vs lower-limb 0.39 (P = 0.005). Supervised at least 3 times a week "
            "0.68 vs 0.41 (P = 0.017). No impact of intensity, session duration or patient characteristics."
        ),
        population=(
            "48 RCTs, 59 exercise arms vs non-exercise control, 2,732 people with knee OA (mean age 64, 75% "
            "women, baseline pain 46/100); searched to May 2012."
        ),
        sources=("juhl2014",),
    ),
    EvidenceRow(
        id="E22",
        topic=REGULAR_EXERCISE,
        finding=(
            "Network meta-analysis in knee and hip osteoarthritis at about 8 weeks: aerobic and mind-body "
            "exercise relieved pain most, strengthening and flexibility/skill exercise moderately, and mixed "
            "exercise least."
        ),
        numbers=(
            "Pain ES vs usual care: aerobic 1.11 (95% CrI 0.69 to 1.54); mind-body 1.11 (0.63 to 1.59). "
            "Mixed exercise significantly less pain relief than aerobic and mind-body; trend across types "
            "p = 0.01 for pain."
        ),
        population="103 RCTs, 9,134 participants with knee or hip OA; searched to December 2017.",
        sources=("goh2019",),
    ),
    EvidenceRow(
        id="E23",
        topic=REGULAR_EXERCISE,
        finding=(
            "Network meta-analysis of exercise modes in non-specific chronic low back pain: against true "
            "control, Pilates ranked best for pain, then aerobic and stabilisation/motor control, then "
            "resistance; stretching and McKenzie did not differ from control. Evidence quality was low."
        ),
        numbers=(
            "Pain SMD vs true control: Pilates −1.86 (−2.54 to −1.19); aerobic −1.41 (−2.43 to −0.40); "
            "stabilisation −1.31 (−1.75 to −0.87); resistance −1.14 (−1.86 to −0.42); multimodal −0.99; "
            "stretching −0.62 (−1.38 to 0.13). Function: resistance −1.14, stabilisation −1.13."
        ),
        population="89 studies (5,578 patients); 70 in the pain network (Table 2).",
        sources=("owen2020",),
    ),
    EvidenceRow(
        id="E24",
        topic=REGULAR_EXERCISE,
        finding=(
            "A larger network meta-analysis in chronic low back pain found most exercise types better than "
            "minimal treatment; Pilates, McKenzie therapy and functional restoration did best, while general "
            "and core strengthening gave similar, moderate relief. The authors advise the exercise people "
            "enjoy, for adherence."
        ),
        numbers=(
            "Pain vs minimal treatment (0–100), pairwise: Pilates −21.8 (−29.6 to −14.1); McKenzie −14.1 "
            "(−27.7 to −0.4); stretching −14.0 (−21.1 to −6.8); general strengthening −13.4 (−20.6 to −6.2); "
            "core strengthening −12.8. Network estimates for the best types −15 to −19."
        ),
        population=(
            "217 RCTs, 20,969 participants, 507 treatment groups; adults with non-specific LBP ≥ 12 weeks."
        ),
        sources=("hayden2021",),
    ),
    EvidenceRow(
        id="E25",
        topic=REGULAR_EXERCISE,
        finding=(
            "Meta-analysis of resistance training in women with fibromyalgia: pain, function and severity "
            "improved more than with control."
        ),
        numbers="Pain intensity SMD −0.49 (95% CI −0.74 to −0.24), p = 0.0001; function SMD 0.23.",
        population="15 RCTs in the review, 14 in the meta-analyses; women with fibromyalgia.",
        sources=("rodriguezdominguez2024",),
    ),
    EvidenceRow(
        id="E26",
        topic=REGULAR_EXERCISE,
        finding=(
            "Meta-analysis of exercise-based therapy in fibromyalgia with dose subgroups: pain fell most "
            "with 21–40 sessions, three sessions a week and long (61–90 min) sessions."
        ),
        numbers=(
            "Pain SMD −0.62 (−0.78 to −0.46) immediately after. By dose: 21–40 sessions −0.83; 3 "
            "sessions/week −0.82 (−1.2 to −0.48); 61–90 min per session −1.08 (−1.55 to −0.62)."
        ),
        population="68 RCTs, 5,474 participants with fibromyalgia; searched to November 2022.",
        sources=("rodriguezalmagro2023",),
    ),
    EvidenceRow(
        id="E27",
        topic=REGULAR_EXERCISE,
        finding=(
            "An earlier fibromyalgia meta-analysis reported a much larger pain effect of exercise than the "
            "Cochrane-style reviews (compare E3, E26)."
        ),
        numbers="Pain −1.11 (95% CI −1.52 to −0.71); global well-being −0.67; depression −0.40.",
        population="RCTs and meta-analyses in adults with fibromyalgia (Cochrane Plus, PEDro, PubMed).",
        sources=("sosareina2017",),
    ),
    EvidenceRow(
        id="E28",
        topic=REGULAR_EXERCISE,
        finding=(
            "In unfit men, 12 weeks of aerobic training raised upper-limb pain tolerance, while strength "
            "training did not change tolerance; lower-limb tolerance was unaffected by any programme."
        ),
        numbers=(
            "MANOVA: aerobic training increased upper-limb tolerance; strength training had no influence "
            "on tolerance (no effect sizes in the abstract)."
        ),
        population=(
            "48 unfit men randomised to aerobic, strength, combined or no training, at least 3 times a week "
            "for 12 weeks; tested at 0, 6 and 12 weeks."
        ),
        sources=("anshel1994",),
    ),
    EvidenceRow(
        id="E29",
        topic=REGULAR_EXERCISE,
        finding=(
            "In chronic whiplash, a comprehensive 20-session physiotherapy exercise programme relieved pain "
            "no more than advice."
        ),
        numbers="Pain (0–10) difference at 14 weeks 0.0 (95% CI −0.7 to 0.7).",
        population=(
            "PROMISE trial: 172 people with chronic grade 1–2 whiplash, exercise (n = 86) vs advice (n = 86)."
        ),
        sources=("michaleff2014",),
    ),
    EvidenceRow(
        id="E30",
        topic=REGULAR_EXERCISE,
        finding=(
            "In chronic whiplash, neck-specific exercise left people more improved a year later than a "
            "prescription of general physical activity; the pain difference was gone at two years."
        ),
        numbers=(
            "At 1 year at least 50% pain reduction in 61% (neck-specific) vs 26% (physical activity "
            "prescription), p < 0.001; not significant at 2 years. Disability better at both (p ≤ 0.02)."
        ),
        population="216 people with chronic whiplash grade 2–3, three arms, assessor-blinded RCT.",
        sources=("ludvigsson2016",),
    ),
    EvidenceRow(
        id="E40",
        topic=REGULAR_EXERCISE,
        finding=(
            "In older adults with knee osteoarthritis, 18 months of high-intensity strength training did not "
            "reduce knee pain more than low-intensity strength training or an attention control (START "
            "trial). Held out from the model (validation finding)."
        ),
        numbers=(
            "Adjusted WOMAC pain (0 best to 20 worst) at 18 months: high-intensity 5.1 vs control 4.9 "
            "(P = .61); high-intensity 5.1 vs low-intensity 4.4 (P = .08). Minimal clinically important "
            "difference 2."
        ),
        population=(
            "377 adults aged 50 or more (mean 65 y, BMI 20–45) with knee pain and radiographic knee OA: "
            "high-intensity (75–90% 1RM, n = 127), low-intensity (30–40% 1RM, n = 126) or attention control "
            "(n = 124); 60-min sessions with 40 min of training, 3 a week for 18 months; 320 (85%) completed."
        ),
        sources=("messier2021",),
    ),
    EvidenceRow(
        id="E41",
        topic=REGULAR_EXERCISE,
        finding=(
            "In a randomised trial in knee osteoarthritis, 12 weeks of supervised exercise therapy raised "
            "pressure pain thresholds, reduced temporal summation and reduced knee pain compared with a "
            "no-attention control. Held out from the model (validation finding)."
        ),
        numbers=(
            "Between-group differences in change, per protocol: PPT 3.1 kPa (95% CI 0.2 to 6.0; P = 0.038); "
            "temporal summation 2,608 mm × s (458 to 4,758; P = 0.019); KOOS pain 6.8 points (1.2 to 12.4; "
            "P = 0.018); all favour exercise."
        ),
        population=(
            "60 randomised (31 exercise, 29 control), 48 per protocol (25, 23); 36 supervised sessions in 12 "
            "weeks; cuff pressure algometry on the calf of the more symptomatic leg."
        ),
        sources=("henriksen2014",),
    ),
    EvidenceRow(
        id="E42",
        topic=REGULAR_EXERCISE,
        finding=(
            "In overweight men, 6 weeks of moderate continuous cycling raised pressure pain thresholds over "
            "the leg muscles more than 6 weeks of high-intensity interval cycling; over the trapezius the "
            "difference was not significant. Held out from the model (validation finding)."
        ),
        numbers=(
            "Training effect on PPT, MICT vs HIIT: rectus femoris p = 0.009 (r = 0.54); tibialis anterior "
            "p = 0.012 (r = 0.54); upper trapezius p = 0.399 (r = 0.29)."
        ),
        population="Same trial as A40: 28 overweight men, 3 sessions a week for 6 weeks.",
        sources=("hakansson2018",),
    ),
    EvidenceRow(
        id="F1",
        topic=CPM,
        finding=(
            "Meta-analysis: CPM is weaker in people with chronic pain than in controls, with sex and age "
            "moderating the difference."
        ),
        numbers="Pooled ES 0.78 (large) for reduced CPM.",
        population="30 studies, 778 patients, 664 controls.",
        sources=("lewis2012",),
    ),
    EvidenceRow(
        id="F2",
        topic=CPM,
        finding=(
            "Meta-analysis in fibromyalgia: temporal summation is stronger and CPM weaker than in controls."
        ),
        numbers=(
            "Temporal summation g = 0.53 (0.23–0.83), a 68% relative difference. CPM g = 0.57 (CI as printed "
            "−0.88 to −0.26), a 65% relative reduction."
        ),
        population="23 studies; fibromyalgia 625 women, 23 men; controls 591 women, 81 men.",
        sources=("obrien2018",),
    ),
    EvidenceRow(
        id="F3",
        topic=CPM,
        finding=(
            "Typical CPM in healthy people: cold-water immersion of a hand cut the pain of an electrical "
            "test stimulus by about two fifths while it lasted, with recovery afterwards."
        ),
        numbers="Test pain 52.6 → 30.3 /100 during 10 °C immersion (−42%); evoked potential 42.1 → 28.7 µV.",
        population="17 healthy adults; 10 °C vs 24 °C conditioning.",
        sources=("bmcneurol2017cpm",),
    ),
    EvidenceRow(
        id="F4",
        topic=CPM,
        finding=(
            "In healthy people, CPM measured during conditioning was sizeable and moderately reproducible; "
            "the after-effect once conditioning stopped was small and unreliable."
        ),
        numbers=(
            "Early (during conditioning): 16.7 ± 11.7 (day 1) and 19.5 ± 11.9 (day 2) points /100, ICC "
            "0.618. Late (after): 1.7 ± 9.2 and 7.6 ± 11.5, ICC 0.178."
        ),
        population="25 healthy adults; hand in 10 °C water for 60 s; heat test stimulus set to 60/100.",
        sources=("bmcneurol2016cpm",),
    ),
    EvidenceRow(
        id="F5",
        topic=CPM,
        finding=(
            "CPM effect sizes in healthy people are about half a standard deviation, on heat and on "
            "pressure; the authors propose a cut-off for abnormal CPM."
        ),
        numbers=(
            "0 °C vs 7 °C conditioning on PPT after: d = 0.52. 7 °C during, on heat: D = 0.53 (ICC 0.77); on "
            "PPT: D = 0.54 (ICC 0.73). Abnormal: PPT fall > 75 kPa or > 14% of baseline."
        ),
        population="Healthy adults (CPM inter-site variability study).",
        sources=("cpmintersite",),
    ),
    EvidenceRow(
        id="F6",
        topic=CPM,
        finding=(
            "Meta-analysis: CPM becomes weaker with age, and temporal summation differs moderately between "
            "younger and older adults."
        ),
        numbers="Large younger vs older difference in CPM; moderate difference in temporal summation.",
        population="11 temporal summation studies and 11 CPM studies.",
        sources=("hackett2020",),
    ),
    EvidenceRow(
        id="F7",
        topic=CPM,
        finding=(
            "CPM was present in young but not older adults; painful isometric exercise lowered pain ratings, "
            "and CPM predicted the size of that EIH."
        ),
        numbers="Peak arm pain 7.0 ± 3.3 during exercise. CPM predicted EIH (adjusted R² = 0.23, p = 0.007).",
        population=(
            "20 young (21.9 y) and 19 older (72 y) adults; sustained submaximal elbow-flexor contraction; "
            "foot in ice water vs neutral water."
        ),
        sources=("lemley2015",),
    ),
    EvidenceRow(
        id="F8",
        topic=CPM,
        finding=(
            "Active and inactive people showed similar threshold rises during a cold pressor and after "
            "cycling, and the two effects correlated; the post-cold-pressor effect lasted in women but not "
            "in men."
        ),
        numbers="CPM and EIH correlated (p < 0.05).",
        population=(
            "56 adults (28 women; 30 active, 26 inactive); 15 min of cycling at the heart rate for 75% "
            "VO2max; PPT at arm and leg before, right after and 15 min after."
        ),
        sources=("vaegter2015",),
    ),
    EvidenceRow(
        id="F9",
        topic=CPM,
        finding=(
            "In another sample, EIH and CPM were unrelated and followed different time courses (see C3, D3)."
        ),
        numbers="No correlation (see C3).",
        population="Same protocol as C3.",
        sources=("vaegter2014",),
    ),
    EvidenceRow(
        id="F10",
        topic=CPM,
        finding=(
            "Blocking opioid receptors did not stop isometric EIH; endocannabinoid-like lipids rose with "
            "exercise, and EIH was associated with DHEA."
        ),
        numbers=(
            "PPT up, ratings down and temporal summation down after exercise, with no difference between "
            "naltrexone and placebo. AEA, 2-AG, OEA, PEA, DHEA and 2-OG rose."
        ),
        population=(
            "58 adults (mean 21 y); 50 mg naltrexone vs placebo, double-blind; 3 min of submaximal isometric "
            "exercise (25% MVC)."
        ),
        sources=("koltyn2014", "crombie2018"),
    ),
    EvidenceRow(
        id="F11",
        topic=CPM,
        finding=(
            "After a hard run, naloxone reversed the reduction in ischemic pain but not the change in "
            "thermal discrimination; β-endorphin-like immunoreactivity and several hormones rose."
        ),
        numbers="β-endorphin-like immunoreactivity, ACTH, GH and PRL increased after the run.",
        population=(
            "12 runners (41.5 mi/wk); 6.3-mile run at 85% VO2max; naloxone 0.8 mg i.v. twice vs saline "
            "(Janal et al. 1984; the journal reference is recalled)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="F12",
        topic=CPM,
        finding=(
            "In a naloxone fMRI study, high- vs low-intensity exercise did not reduce pain overall; naloxone "
            "increased pain ratings but did not interact with intensity. Exploratory analyses suggested "
            "fitter men had more hypoalgesia after hard exercise, reduced by naloxone."
        ),
        numbers="No overall intensity effect; no naloxone × intensity interaction.",
        population="N = 39 (21 women).",
        sources=("nold2025",),
    ),
    EvidenceRow(
        id="F13",
        topic=CPM,
        finding=(
            "In mice, running-wheel access before a muscle insult prevented muscle hyperalgesia; naloxone "
            "given systemically or into the PAG or RVM removed this protection, and exercise normalised the "
            "rise in RVM serotonin transporter."
        ),
        numbers="Qualitative (protection present or reversed).",
        population=(
            "Mice with running wheels before induction of chronic muscle pain (Brito, Rasmussen & Sluka, "
            "Pain Rep 2017)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="F14",
        topic=CPM,
        finding=(
            "Meta-analysis: athletes tolerate much more pain than normally active people; their higher "
            "threshold was not robust to excluding studies at high risk of bias."
        ),
        numbers=(
            "Tolerance g = 0.87 (0.53–1.21), 12 studies. Threshold g = 0.69 (0.16–1.21), 9 studies; not "
            "significant without high-risk-of-bias studies."
        ),
        population="15 studies, 899 participants.",
        sources=("tesarz2012",),
    ),
    EvidenceRow(
        id="F15",
        topic=CPM,
        finding=(
            "An updated meta-analysis confirmed higher tolerance and lower ratings in athletes, with a "
            "smaller difference in threshold."
        ),
        numbers=(
            "Tolerance g = 0.88 (CI printed as \"0.65, 0.13\", apparently a typo). Intensity g = −0.80 "
            "(−1.13 to −0.47). Threshold g = 0.41 (0.08 to 0.75). Unpleasantness g = −1.23 (−2.29 to 0.18)."
        ),
        population="36 studies, 2,492 participants.",
        sources=("thornton2024",),
    ),
    EvidenceRow(
        id="F16",
        topic=CPM,
        finding=(
            "Triathletes tolerated more pain, rated it lower and had stronger CPM than non-athletes, with "
            "similar thresholds; stronger CPM went with less fear of pain."
        ),
        numbers="Tolerance p < 0.0001; ratings p < 0.001; CPM greater (p < 0.05).",
        population="19 triathletes, 17 non-athletes.",
        sources=("geva2013",),
    ),
    EvidenceRow(
        id="F17",
        topic=CPM,
        finding=(
            "Ultra-marathon runners stayed in ice water far more often than controls, and less "
            "escape/avoidance behaviour accounted for a large part of the difference."
        ),
        numbers=(
            "Full 3 min completed by 16/20 runners vs 8/20 controls (p = 0.007). Lower escape/avoidance "
            "explained about 40% of the difference in immersion time."
        ),
        population=(
            "20 ultra-runners, 20 matched controls; cold pressor at 0.1–0.5 °C (read through a news page, "
            "matched by topic to the J Pain 2018 paper)."
        ),
        sources=("roebuck2018",),
    ),
    EvidenceRow(
        id="F18",
        topic=CPM,
        finding=(
            "Runners in a multi-stage trans-continental race all lasted 3 min in ice water, where most "
            "controls stopped early at maximal pain (secondary reports only)."
        ),
        numbers=(
            "All 11 runners completed 3 min, rating about 6/10. Most controls stopped at about 96 s rating "
            "10/10; only 3 completed."
        ),
        population=(
            "11 race participants vs non-athlete controls (Freund et al. 2013, via secondary sources)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="F19",
        topic=CPM,
        finding=(
            "Gap: no source giving threshold or tolerance figures for (non-ultra) marathon runners as a "
            "group was found."
        ),
        numbers="None found.",
        population="Not a study.",
        sources=(),
    ),
    EvidenceRow(
        id="F20",
        topic=CPM,
        finding=(
            "Meta-analysis of age and pain thresholds in healthy adults: older people had higher pain "
            "thresholds than younger people, most clearly for heat and at the head; tolerance did not change "
            "with age."
        ),
        numbers=(
            "Pain threshold: large age effect (older higher), larger with a wider age gap and with heat. "
            "Pain tolerance: no substantial age change."
        ),
        population="31 threshold studies and 9 tolerance studies; young vs older healthy adults.",
        sources=("lautenbacher2017",),
    ),
    EvidenceRow(
        id="F21",
        topic=CPM,
        finding=(
            "A second meta-analysis of age and pain sensitivity found the direction of change inconsistent "
            "across studies, and pooled pressure pain thresholds lower, not higher, in older adults."
        ),
        numbers=(
            "7 of 9 studies found an old vs young difference, in varying directions. Pooled PPT lower in "
            "older adults (effect size not seen in the abstract excerpt)."
        ),
        population=(
            "12 studies (30-244 participants each); older (62-79 y) vs younger (22-39 y) healthy adults."
        ),
        sources=("eltumi2017",),
    ),
    EvidenceRow(
        id="F40",
        topic=CPM,
        finding=(
            "A tonic thermal conditioning stimulus raised electrical pain thresholds in healthy women but "
            "not in women with fibromyalgia, who also had lower heat pain thresholds. Held out from the "
            "model (validation finding)."
        ),
        numbers=(
            "Conditioning at painful and non-painful intensities raised the electrical pain threshold "
            "significantly in controls, not in fibromyalgia. Heat pain threshold lower in fibromyalgia; "
            "electrical detection and pain thresholds similar. No effect sizes in the abstract."
        ),
        population=(
            "25 women with fibromyalgia, 26 age-matched healthy women; thermode on the foot, electrical test "
            "stimuli on the inner forearm (DNIC paradigm)."
        ),
        sources=("lautenbacher1997",),
    ),
    EvidenceRow(
        id="F41",
        topic=CPM,
        finding=(
            "People with knee osteoarthritis were more sensitive to pressure and cold than matched controls, "
            "at the knee and also at the heel and elbow; heat pain thresholds did not differ. Held out from "
            "the model (validation finding)."
        ),
        numbers=(
            "Between-group differences: pressure pain threshold p = .018; cold pain threshold p = .003; heat "
            "pain threshold not significant."
        ),
        population=(
            "23 people with knee OA and 23 healthy controls matched for age, gender and BMI; thresholds at "
            "the knee, ipsilateral heel and elbow."
        ),
        sources=("moss2016",),
    ),
    EvidenceRow(
        id="G1",
        topic=IMMUNE,
        finding=(
            "During and after a marathon, IL-6 peaked at the finish and was followed by anti-inflammatory "
            "messengers; the classic pro-inflammatory cytokines rose only a little."
        ),
        numbers=(
            "IL-6 128-fold right after the race. IL-1ra peak 1 h later (39-fold). IL-10 27-fold right after. "
            "IL-1β, TNF-α, sTNF-r1 and sTNF-r2 peaked within the first hour (2.1-, 2.3-, 2.7- and 1.6-fold)."
        ),
        population="10 men (median 27.5 y); Copenhagen Marathon, median 3:26 h; blood every 30 min for 4 h.",
        sources=("ostrowski1999",),
    ),
    EvidenceRow(
        id="G2",
        topic=IMMUNE,
        finding=(
            "In marathon runners, peak IL-6 went with running intensity, and IL-1ra peaked later and tracked "
            "IL-6."
        ),
        numbers=(
            "IL-6 peak right after the race; peak vs running time r = −0.30, vs intensity r = 0.32. IL-1ra "
            "peak 1.5 h after; IL-6 vs IL-1ra r = 0.39."
        ),
        population="53 marathon runners (VO2max 59.3; mean time 206 min).",
        sources=("ostrowski2000",),
    ),
    EvidenceRow(
        id="G3",
        topic=IMMUNE,
        finding=(
            "Review: plasma IL-6 can rise up to a hundredfold after a marathon, together with several other "
            "cytokines and cytokine inhibitors."
        ),
        numbers="IL-6 up to 100-fold; TNF-α, IL-1β, IL-1ra, TNF-R, IL-10, IL-8 and MIP-1 also increase.",
        population="Review.",
        sources=("pedersen2001",),
    ),
    EvidenceRow(
        id="G4",
        topic=IMMUNE,
        finding="Working muscle itself releases the IL-6 that appears in plasma during prolonged exercise.",
        numbers=(
            "Arterial IL-6 19-fold higher; production about 6.8 ng/min/kg of working muscle; net release "
            "from the muscle 17 times the arterial rise (high turnover)."
        ),
        population="6 men; one-leg knee extension for 5 h at 25 W (40% Wmax).",
        sources=("steensberg2000",),
    ),
    EvidenceRow(
        id="G5",
        topic=IMMUNE,
        finding=(
            "One hour of moderate cycling raised IL-6 fivefold, returning to baseline an hour and a half "
            "later; the IL-6/receptor complex stayed up longer."
        ),
        numbers=(
            "IL-6 5-fold right after; at baseline 1.5 h later. sIL-6R 1.2-fold. IL-6/IL-6R complex 2.1-fold, "
            "still 1.8-fold at 1.5 h."
        ),
        population="9 men; 1 h of cycling at 90% of lactate threshold.",
        sources=("gray2009",),
    ),
    EvidenceRow(
        id="G6",
        topic=IMMUNE,
        finding=(
            "In sedentary middle-aged men, submaximal exercise to fatigue raised IL-6 by about three "
            "quarters, and its soluble receptors modestly."
        ),
        numbers="IL-6 +8.4 ± 8.9 pg/mL (+75.7%); sIL-6R and sgp130 each +9.6%.",
        population=(
            "12 sedentary middle-aged men; about 96% of lactate threshold to exhaustion (Loughborough "
            "repository record)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="G7",
        topic=IMMUNE,
        finding=(
            "Short all-out exercise did not raise systemic IL-6 or CRP; IL-6 was even lower three hours "
            "after continuous all-out work."
        ),
        numbers="IL-6 and CRP unchanged 1–5 h after; IL-6 28% lower at 3 h after continuous all-out work.",
        population=(
            "30 men; continuous or intermittent all-out bouts of short duration (J Sports Med Phys Fitness, "
            "PMID 25678206)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="G8",
        topic=IMMUNE,
        finding=(
            "After 45 min of cycling, IL-6 was elevated half an hour to an hour later after both a maximal "
            "and a submaximal task, and immediately only after the maximal one."
        ),
        numbers=(
            "Elevated immediately only after the maximal task; elevated at 30 and 60 min after both; larger "
            "in women at 60 min."
        ),
        population="12 men, 12 women; 45-min maximal vs submaximal tasks.",
        sources=("jsportssci2006il6",),
    ),
    EvidenceRow(
        id="G9",
        topic=IMMUNE,
        finding=(
            "Review of what drives the IL-6 response: mainly duration, then intensity, with little role for "
            "mode; a large systemic rise needs long work with a large muscle mass, and training lowers both "
            "resting IL-6 and the acute response."
        ),
        numbers="Qualitative.",
        population="Review.",
        sources=("fischer2006",),
    ),
    EvidenceRow(
        id="G10",
        topic=IMMUNE,
        finding=(
            "Review by Pedersen & Febbraio 2008 (Physiol Rev 88:1379–406, doi 10.1152/physrev.90100.2007); "
            "only the title page and table of contents were read."
        ),
        numbers="Specific figures recalled, not checked.",
        population="Review.",
        sources=(),
        verified=False,
    ),
    EvidenceRow(
        id="G11",
        topic=IMMUNE,
        finding="Secondary text: after exercise IL-6 appears first and IL-1ra and IL-10 follow.",
        numbers="Qualitative sequence.",
        population="Secondary web text.",
        sources=(),
    ),
    EvidenceRow(
        id="G12",
        topic=IMMUNE,
        finding="A review table gives other cytokine changes with exercise and training.",
        numbers=(
            "IL-1ra +7.8–33% after a treadmill test and 6.1-fold after a 160-km ultramarathon. IL-18 −43% "
            "after aerobic training."
        ),
        population="Review table (Int J Mol Sci 2023;24:11156, Table 1).",
        sources=(),
    ),
    EvidenceRow(
        id="G13",
        topic=IMMUNE,
        finding="Meta-analysis: exercise training lowers CRP, more when BMI also falls.",
        numbers=(
            "Mean ES 0.26 (0.18–0.34) decrease. With BMI loss 0.38 (0.26–0.50); without weight loss 0.19 "
            "(0.10–0.28). BMI change explains 11.1% of the variation."
        ),
        population=(
            "83 randomised and non-randomised trials, 143 effects, n = 3,769; interventions of at least 2 "
            "weeks."
        ),
        sources=("fedewa2017",),
    ),
    EvidenceRow(
        id="G14",
        topic=IMMUNE,
        finding=(
            "A second meta-analysis found exercise lowered hsCRP, similarly in healthy people and in heart "
            "disease."
        ),
        numbers="SMD −0.53 mg/L (−0.74 to −0.33).",
        population="43 studies, 3,575 participants.",
        sources=("hammonds2016",),
    ),
    EvidenceRow(
        id="G15",
        topic=IMMUNE,
        finding="Randomised trials of aerobic exercise alone found no significant CRP change.",
        numbers="CRP −0.11 mg/L (−0.39 to 0.17), about 3%, not significant.",
        population=(
            "5 RCTs, 323 adults; at least 4 weeks of aerobic exercise (Metabolism 2006;55(11):1500–7, doi "
            "10.1016/j.metabol.2006.06.021)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="G16",
        topic=IMMUNE,
        finding=(
            "In mice, regular wheel running shifted muscle macrophages toward the M2 type and prevented "
            "hyperalgesia through IL-10; the effect did not differ by sex."
        ),
        numbers=(
            "M2 share 68.5 ± 4.6% (active) vs 45.8 ± 7.1% (sedentary). Repeated acid injections caused "
            "hyperalgesia in sedentary but not active mice. Blocking IL-10 removed the protection; IL-10 "
            "given to sedentary mice reduced hyperalgesia."
        ),
        population="C57BL/6J mice; 8 weeks of free wheel running.",
        sources=("leung2016",),
    ),
    EvidenceRow(
        id="G17",
        topic=IMMUNE,
        finding=(
            "First meta-analysis of cytokines in fibromyalgia: plasma IL-6 was higher than in controls, and "
            "the review found higher serum IL-1ra, IL-6 and IL-8 and plasma IL-8, but most cytokines did not "
            "differ."
        ),
        numbers="Plasma IL-6 SMD −0.34 (−0.64 to −0.03), with the sign as printed.",
        population="25 articles, 1,255 fibromyalgia patients, 800 controls; 13 in the meta-analysis.",
        sources=("uceyler2011",),
    ),
    EvidenceRow(
        id="G18",
        topic=IMMUNE,
        finding=(
            "A later meta-analysis found several cytokines and an M1-macrophage composite higher in "
            "fibromyalgia."
        ),
        numbers=(
            "IL-6 g = 0.36 (0.09–0.63), IL-4 0.50 (0.03–0.98), IL-17A 0.53 (0.00–1.06), M1-macrophage "
            "composite 0.23 (0.03–0.43)."
        ),
        population="43 papers, 29 in the meta-analysis (Andrés-Rodríguez et al., Brain Behav Immun 2020).",
        sources=(),
    ),
    EvidenceRow(
        id="G19",
        topic=IMMUNE,
        finding="A 2021 meta-analysis also found higher TNF-α, IL-6, IL-8 and IL-10 in fibromyalgia.",
        numbers=(
            "TNF-α SMD 0.36 (0.12–0.60). IL-6 0.15 (0.003–0.29). IL-8 0.26 (0.05–0.47). IL-10 0.61 "
            "(0.34–0.89)."
        ),
        population="29 studies (2,458) in the review; 22 (1,772) in the meta-analysis.",
        sources=("omahony2021",),
    ),
    EvidenceRow(
        id="G20",
        topic=IMMUNE,
        finding=(
            "After moderate exercise, people with CFS (including some with fibromyalgia) showed larger and "
            "longer-lasting increases than controls in the expression of sensory, adrenergic and immune "
            "genes."
        ),
        numbers=(
            "Larger rises in ASIC3, P2X4, P2X5, adrenergic receptors, IL10 and TLR4 expression, lasting "
            "0.5–48 h."
        ),
        population="19 CFS, 16 controls; sustained moderate exercise (J Pain 2009;10(10):1099–112).",
        sources=(),
    ),
    EvidenceRow(
        id="G21",
        topic=IMMUNE,
        finding=(
            "In trained men running 2.5 h on a treadmill at 75% VO2max, IL-6 began to rise within 30 min and "
            "was highest at the end of the run; IL-1ra rose only afterwards and peaked 2 h into recovery; "
            "TNF-α did not change."
        ),
        numbers=(
            "IL-6 25-fold at the end of running vs before. IL-1ra peak 18-fold, 2 h after the run. No change "
            "in IL-1β, TNF-α, IL-15 or MIP-1β."
        ),
        population=(
            "10 male athletes; 2.5 h of treadmill running at 75% VO2max; blood every 30 min during the run "
            "and every hour for 6 h after."
        ),
        sources=("ostrowski1998",),
    ),
    EvidenceRow(
        id="G22",
        topic=IMMUNE,
        finding=(
            "In a 24-h laboratory protocol at 60% VO2max, IL-6 rose over the first 12 h and then no further; "
            "in a 6-day adventure race it stopped rising after the first day. TNF-α did not rise in either. "
            "The authors conclude that beyond about 12 h the pace, not the duration, sets the IL-6 level."
        ),
        numbers=(
            "24-h protocol: 0.76 ± 0.48 pg/mL at rest, 7.16 ± 2.70 at 6 h, 10.58 ± 1.04 at 12 h, 10.89 ± "
            "0.36 at 24 h (about 9-, 14- and 14-fold). Race: a rise from rest to 24 h, then no change up to "
            "the finish (mean 143.5 h)."
        ),
        population=(
            "9 men, 24 h of exercise at 60% VO2max in the laboratory; 18 adventure racers (12 men, 6 women) "
            "at a self-chosen pace of about 38% VO2max including rests, over 6 days."
        ),
        sources=("wallberg2011",),
    ),
    EvidenceRow(
        id="G23",
        topic=IMMUNE,
        finding=(
            "Over a 24-h running race, serum IL-6 rose to nearly 30 times its pre-race value, with a more "
            "than 20-fold rise in CRP and signs of muscle, not liver, damage."
        ),
        numbers=(
            "IL-6 nearly 30-fold; hsCRP over 20-fold; creatine kinase up to 70-fold. Distance 168.5 ± 23.1 "
            "km (125.2–218.5). Samples 3 h before, at the marathon distance, at 12 h and at the finish."
        ),
        population=(
            "14 male amateur runners (43.0 ± 10.8 y; VO2max 57.8 ± 6.1 ml/kg/min); 24-h ultra-marathon race."
        ),
        sources=("waskiewicz2012",),
    ),
    EvidenceRow(
        id="G24",
        topic=IMMUNE,
        finding=(
            "During an 80-km race IL-6 climbed steeply over the first 21 km and more slowly after that; the "
            "rise in each section went with running intensity, and once runners slowed IL-6 changed little."
        ),
        numbers=(
            "IL-6 2.1 ± 0.6 ng/L at the start, 21.0 ± 11.3 at 21 km, 38.9 ± 13.0 at 53 km, 49.8 ± 11.9 at 80 "
            "km (about 10-, 19- and 24-fold). Section intensity (duration × speed) 24.2, 51.9 and 67.4; IL-6 "
            "change associated with intensity in sections 1 (p = 0.03) and 2 (p = 0.002), a trend in section "
            "3 (p = 0.06)."
        ),
        population="20 male runners; 80-km race; blood at 0, 21, 53 and 80 km.",
        sources=("jouffroy2022",),
    ),
    EvidenceRow(
        id="G25",
        topic=IMMUNE,
        finding=(
            "At the end of the 246-km Spartathlon, IL-6 was thousands of times its pre-race level, with "
            "large rises in acute-phase proteins; IL-6 was back to normal 48 h later."
        ),
        numbers=(
            "IL-6 8000-fold, CRP 152-fold, serum amyloid A 108-fold and free plasma DNA 10-fold at the "
            "finish; IL-6 normal at 48 h while CRP, SAA and DNA were still raised."
        ),
        population=(
            "15 male athletes who finished the 246-km Spartathlon foot race in under 36 h; blood before, at "
            "the end and 48 h after."
        ),
        sources=("margeli2005",),
    ),
    EvidenceRow(
        id="G26",
        topic=IMMUNE,
        finding=(
            "After an Ironman triathlon, plasma IL-6 was raised immediately after the race and still one and "
            "five days later, together with CRP and muscle-damage markers; most values were back by day 19."
        ),
        numbers=(
            "Immediately after: rises (P < 0.001) in IL-6, IL-10, hs-CRP, creatine kinase and myoglobin; "
            "still raised at day 1 (P < 0.001; IL-10 P < 0.01) and, for IL-6 and hs-CRP, at day 5 (P < "
            "0.001) though falling. Fold changes not given in the abstract."
        ),
        population=(
            "42 well-trained male triathletes; Ironman triathlon; blood 2 days before, immediately after and "
            "1, 5 and 19 days after the race."
        ),
        sources=("neubauer2008",),
    ),
    EvidenceRow(
        id="G40",
        topic=IMMUNE,
        finding=(
            "In marathon runners running 2.5 h at about 77% VO2max, plasma IL-6 rose several-fold by the end "
            "of the run and IL-1ra was still raised 1.5 h later; a carbohydrate drink blunted both. Held out "
            "from the model (validation finding)."
        ),
        numbers=(
            "Placebo vs carbohydrate: IL-6 +753% vs +421% immediately after the run, +193% vs +86% at 1.5 h "
            "(interaction P = 0.006); IL-1ra +231% vs +72% at 1.5 h (P = 0.003)."
        ),
        population=(
            "30 experienced marathon runners randomised double-blind to 6% carbohydrate or placebo drinks; "
            "2.5 h of running at 76.7 ± 0.4% VO2max; 5 blood samples over 9 h."
        ),
        sources=("nehlsencannarella1997",),
    ),
    EvidenceRow(
        id="H1",
        topic=HABITUATION,
        finding=(
            "The same painful stimulus given every day for 8 days hurt less over time, and the habituation "
            "went with a larger response in a pain-inhibiting brain region (subgenual ACC)."
        ),
        numbers=(
            "Ratings fell substantially across days (no percentage in the abstract); fMRI on days 1, 8 and "
            "22."
        ),
        population="20 healthy adults; 20-min pain paradigm daily for 8 days.",
        sources=("bingel2007",),
    ),
    EvidenceRow(
        id="H2",
        topic=HABITUATION,
        finding=(
            "Habituation to daily pain was strongest at the stimulated forearm, weaker at the other arm and "
            "weakest at the leg, and naloxone did not prevent it: it is partly central and not "
            "opioid-driven."
        ),
        numbers=(
            "Significant habituation (day 1 vs 8) at the stimulated forearm; site × time interaction; "
            "naloxone no effect."
        ),
        population="24 healthy adults; daily painful stimulation of the left volar forearm for about 1 week.",
        sources=("rennefeld2010",),
    ),
    EvidenceRow(
        id="H3",
        topic=HABITUATION,
        finding=(
            "Repeated heat pain showed the same pattern in healthy people, chronic low back pain and "
            "depression: ratings climbed within each session and fell from day to day."
        ),
        numbers="Within-session rise and between-session fall in all 3 groups.",
        population="66 healthy, 21 CLBP, 22 depression; 60 heat stimuli at 48 °C daily for 8 days.",
        sources=("may2012",),
    ),
    EvidenceRow(
        id="H4",
        topic=HABITUATION,
        finding=(
            "A daily cold pressor test for a week raised threshold and tolerance, but by day 14 the gain was "
            "partly lost; subjective pain did not habituate, and tolerance partly transferred to the other "
            "hand."
        ),
        numbers=(
            "Threshold and tolerance higher from day 1 to day 7 (p < 0.001); day-14 values between day 1 and "
            "day 7."
        ),
        population="37 healthy men (31 completed), 18–25 y; daily cold pressor test.",
        sources=("savitha2022",),
    ),
    EvidenceRow(
        id="H5",
        topic=HABITUATION,
        finding=(
            "Heat-pain ratings dropped from the first to the second session, by less than the minimal "
            "detectable change."
        ),
        numbers="Fall from session 1 to 2 of 5.3 (47 °C) to 9.1 (49 °C) points on 0–100. MDC 14–27 points.",
        population="Pain-free adults; 45–51 °C on the back of the leg; 3 sessions 2 weeks apart.",
        sources=("bishop2010",),
    ),
    EvidenceRow(
        id="H6",
        topic=HABITUATION,
        finding=(
            "Over 3 days of repeated stimulation, pain intensity habituated but threshold, tolerance and "
            "unpleasantness did not, and anxiety rose."
        ),
        numbers="Intensity fell (p < 0.05); threshold and tolerance unchanged.",
        population="8 healthy adults; 60 stimuli of 6 s per day for 3 days.",
        sources=("maeoka2015",),
    ),
    EvidenceRow(
        id="H7",
        topic=HABITUATION,
        finding=(
            "Daily ice-bath immersion over 5 days did not significantly change pain qualities on the McGill "
            "questionnaire (abstract cut off)."
        ),
        numbers="Not significant.",
        population=(
            "22 students; foot and ankle ice bath 21 min a day for 5 days (Ingersoll et al., J Athl Train "
            "1992;27(3):218–22)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="H8",
        topic=HABITUATION,
        finding=(
            "During a single sustained cold stimulus, pain rises and then falls, a shape well described by a "
            "quadratic."
        ),
        numbers="Crescendo–decrescendo pattern fitted by a quadratic.",
        population="15 healthy adults; foot in 2 °C water for 30 s, alternating with 32 °C.",
        sources=("frolich2010",),
    ),
    EvidenceRow(
        id="H9",
        topic=HABITUATION,
        finding=(
            "Women with fibromyalgia habituated less than controls to heat and became more sensitive to cold "
            "over repeated trials, where controls habituated."
        ),
        numbers=(
            "Heat: both groups habituated, controls more. Cold: controls habituated; fibromyalgia sensitised "
            "(cold pain at warmer temperatures over trials)."
        ),
        population=(
            "33 women with fibromyalgia, 44 control women; 5 consecutive heat and cold threshold trials."
        ),
        sources=("smith2008",),
    ),
    EvidenceRow(
        id="H10",
        topic=HABITUATION,
        finding=(
            "Whether migraine involves a habituation deficit is disputed: a review describes one between "
            "attacks, a blinded study found none, and a later systematic review called the migraine evidence "
            "contradictory (CLBP no different; some reduced habituation in fibromyalgia)."
        ),
        numbers=(
            "Blinded laser-evoked-potential study: similar habituation in 49 migraineurs and 30 controls."
        ),
        population=(
            "Reviews plus one longitudinal study (J Headache Pain 2013;14:65; Uglem et al., J Headache Pain "
            "2017, doi 10.1186/s10194-017-0810-6; van der Miesen et al., J Clin Med 2023;12:4305)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="H11",
        topic=HABITUATION,
        finding=(
            "Repeating a heat stimulus at the same skin site led to habituation, while moving between sites "
            "led to sensitisation regardless of distance; a two-process model captured most of the variance "
            "(see M5)."
        ),
        numbers="Two-process model explains 93% of the variance; trials about 20 s apart.",
        population=(
            "100 participants; counterbalanced thermal stimuli at several skin sites (J Pain 2014/15; "
            "authors recalled)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="H12",
        topic=HABITUATION,
        finding=(
            "Classic animal work on diffuse noxious inhibitory controls: a painful stimulus anywhere on the "
            "body inhibited convergent dorsal-horn neurones through a loop via the brainstem."
        ),
        numbers=(
            "67/68 convergent neurones inhibited by noxious (not innocuous) stimuli anywhere on the body. "
            "C-fibre and heat responses reduced by 60–100%. After-effects longer with longer conditioning. "
            "Absent after spinal transection."
        ),
        population=(
            "Anaesthetised rats (Le Bars, Dickenson & Besson 1979; Part I, and Part II in Pain 6:305–27)."
        ),
        sources=("lebars1979",),
    ),
    EvidenceRow(
        id="H13",
        topic=HABITUATION,
        finding=(
            "The same inhibition acts on trigeminal convergent neurones, can outlast the conditioning "
            "stimulus by minutes, and depends on the subnucleus reticularis dorsalis rather than the PAG or "
            "RVM."
        ),
        numbers=(
            "39/40 convergent neurones inhibited, typically by 55–100%. After-effects of several minutes "
            "(review)."
        ),
        population="Rats; plus a 1992 review (Patol Fiziol Eksp Ter).",
        sources=("dickenson1980",),
    ),
    EvidenceRow(
        id="H14",
        topic=HABITUATION,
        finding=(
            "With a sham control, a true CPM effect appeared only for pressure thresholds; heat thresholds "
            "rose just as much in the sham condition, pointing to habituation or adaptation."
        ),
        numbers="Painful cold bath (median 8/10) vs sham (0/10).",
        population="49 healthy adults (Hau et al., PMC12212405).",
        sources=(),
    ),
    EvidenceRow(
        id="H15",
        topic=HABITUATION,
        finding=(
            "Healthy people differed widely in how they responded to the same painful stimulus repeated "
            "over four runs: individual slopes ranged from sensitisation to habituation, most sensitising "
            "early and habituating later."
        ),
        numbers=(
            "Large individual variability; group-level sensitisation that decreased across runs; habituation "
            "of intensity and unpleasantness strongly correlated. Subgroup shares not given in the abstract."
        ),
        population="60 adults (26 men, 34 women, 18-60 y); repeated painful electrical stimulation, 4 runs.",
        sources=("vandermiesen2025",),
    ),
    EvidenceRow(
        id="H16",
        topic=HABITUATION,
        finding=(
            "Over two sessions four weeks apart, people who sensitised to repeated pain did so more "
            "reproducibly than those who habituated or did not change, suggesting a trait-like sensitising "
            "pattern in some healthy people."
        ),
        numbers=(
            "Moderate test-retest reliability of pain ratings; higher in sensitisers than in habituators or "
            "non-changers. Ratings showed diverse trajectories; skin conductance mostly habituated."
        ),
        population="Healthy adults; 75 painful electrical stimuli in 3 runs per session, 2 sessions.",
        sources=("vandermiesen2025b",),
    ),
    EvidenceRow(
        id="H17",
        topic=HABITUATION,
        finding=(
            "Within a session, pain from a repeated heat pulse first fell (adaptation) and then, in most "
            "cases, rose again (sensitisation), equally in healthy people and in fibromyalgia or "
            "temporomandibular disorder."
        ),
        numbers="32 pulses of 3 s at 4 per min; decline then rise in most participants; 3 runs.",
        population="Healthy controls, fibromyalgia and temporomandibular disorder; side of the hand.",
        sources=("hollins2011",),
    ),
    EvidenceRow(
        id="I1",
        topic=SAFETY,
        finding=(
            "In chronic musculoskeletal pain, exercise allowed to be painful gave slightly more short-term "
            "relief than pain-free exercise, with no difference later on or for function."
        ),
        numbers=(
            "Short-term pain SMD −0.27 (−0.54 to −0.05) in favour of painful exercise (moderate quality)."
        ),
        population="9 papers (7 RCTs), 385 participants.",
        sources=("smith2017",),
    ),
    EvidenceRow(
        id="I2",
        topic=SAFETY,
        finding=(
            "Across Cochrane reviews of exercise, adverse events were uncommon and mostly transient muscle "
            "soreness."
        ),
        numbers=(
            "Knee OA (Fransen 2015): 54 trials (5,362); 11 reported adverse events, 42 events across 8 "
            "studies. Low back pain (Hayden 2005): 43 trials; 23 events across 10 studies. Fibromyalgia "
            "(Busch 2007): 34 trials; 3 strength and 5 aerobic events. Han 2004: about a third had soreness "
            "in the first 3 weeks, which resolved."
        ),
        population="Table 14 of the 2017 Cochrane overview.",
        sources=("geneen2017",),
    ),
    EvidenceRow(
        id="I3",
        topic=SAFETY,
        finding=(
            "About one in five people dropped out of fibromyalgia exercise trials, no more than in control "
            "arms; dropout was lower with low intensity and with continuous expert supervision."
        ),
        numbers=(
            "19.2% (16.9–21.8%). Lower with low vs high intensity (p = 0.03) and with continuous supervision "
            "(p < 0.001). Higher BMI and illness impact predicted dropout."
        ),
        population="89 RCTs, 122 arms, 3,702 people with fibromyalgia.",
        sources=("vancampfort2024",),
    ),
    EvidenceRow(
        id="I4",
        topic=SAFETY,
        finding=(
            "In ME/CFS and fibromyalgia, symptom flares after exercise come late and are larger 8–72 h "
            "afterwards (see B15, B16)."
        ),
        numbers="d 0.32 at 0–2 h vs 0.71 at 8–72 h (B15); fatigue Δ 0.73 (B16).",
        population="See B15 and B16.",
        sources=("pemmeta2022", "msse2016fatigue"),
    ),
    EvidenceRow(
        id="I5",
        topic=SAFETY,
        finding=(
            "In neck-shoulder pain, light exercise of the painful region can cause a flare that evening and "
            "the next day (see B17)."
        ),
        numbers="See B17.",
        population="See B17.",
        sources=("bmcmsk2020neck",),
    ),
    EvidenceRow(
        id="I6",
        topic=SAFETY,
        finding=(
            "Graded activity helps about 5–6 points out of 100 more than minimal care and no more than other "
            "exercise (see E9)."
        ),
        numbers="See E9 (−6.2 short term, −5.5 intermediate).",
        population="See E9.",
        sources=("macedo2010",),
    ),
    EvidenceRow(
        id="I7",
        topic=SAFETY,
        finding=(
            "Narrative clinical summary: light-to-moderate exercise 2–3×/wk for ≥4 weeks gives the largest "
            "benefit in chronic pain."
        ),
        numbers="Qualitative.",
        population="Narrative review (PMC10815384).",
        sources=(),
    ),
    EvidenceRow(
        id="I8",
        topic=SAFETY,
        finding="Exhausting or ultra-endurance exercise sensitises healthy people too (see C14, C15).",
        numbers="See C14 (forehead PPT about −16%) and C15.",
        population="See C14 and C15.",
        sources=("kruger2016", "agnew2018"),
    ),
    EvidenceRow(
        id="M1",
        topic=MODELS,
        finding=(
            "Gate-control model written as differential equations (Britton & Skevington) for the membrane "
            "potentials of T cells and excitatory and inhibitory substantia gelatinosa cells, with "
            "descending input; it reproduces acute-pain phenomena and suggests a mechanism for rhythmic "
            "pain."
        ),
        numbers="Not applicable (model).",
        population=(
            "Computational model; year given as 1989 or 1996 on different pages, journal recalled as J Theor "
            "Biol; replicated and extended by Prince et al. 2004 (Int J Simulation Syst Sci Technol "
            "6(9):1–10)."
        ),
        sources=(),
    ),
    EvidenceRow(
        id="M2",
        topic=MODELS,
        finding="Extension of M1 with NMDA positive feedback, which reproduces and fits wind-up data.",
        numbers="Not applicable (model).",
        population="Preprint (Britton et al., Bath).",
        sources=(),
    ),
    EvidenceRow(
        id="M3",
        topic=MODELS,
        finding=(
            "Neurocomputational gate model with synaptic and intrinsic plasticity and purely excitatory "
            "nociceptive afferents; it reproduces touch gating of pain, phantom pain, wind-up and wind-down, "
            "breakthrough pain and effects of demyelination."
        ),
        numbers="Not applicable (model).",
        population="Ropero Peláez & Taniguchi, Neural Plast 2016:4131395 (doi 10.1155/2016/4131395).",
        sources=(),
    ),
    EvidenceRow(
        id="M4",
        topic=MODELS,
        finding=(
            "Coupled nonlinear (Lotka–Volterra) equations for ascending and descending pathways that behave "
            "like a thermostat with a set point (\"nocistat\")."
        ),
        numbers="Not applicable (model).",
        population="Fink & Raffa, J Pain Res 2025;18:4373–85 (doi 10.2147/JPR.S525449).",
        sources=(),
    ),
    EvidenceRow(
        id="M5",
        topic=MODELS,
        finding=(
            "Two-process model of repeated thermal pain: habituation specific to the stimulated site plus "
            "sensitisation that is not site-specific (see H11)."
        ),
        numbers="Explains 93% of the variance in group-mean ratings.",
        population="J Pain 2014/15 (jpain.org S1526-5900(14)00693-2); authors recalled.",
        sources=(),
    ),
    EvidenceRow(
        id="M6",
        topic=MODELS,
        finding=(
            "Kalman-filter (recursive Bayesian) model of offset analgesia with two latent states, the "
            "integral and the derivative of the noxious input, acting one way; mapped onto ACC/anterior "
            "insula → PAG descending prediction."
        ),
        numbers="Not applicable (model).",
        population="bioRxiv 2022 (doi 10.1101/2022.04.13.488260).",
        sources=(),
    ),
    EvidenceRow(
        id="M7",
        topic=MODELS,
        finding=(
            "Wilson–Cowan network of the pain pathway from periphery through dorsal horn, brainstem and "
            "thalamus to cortex, with adaptation and conduction delays, driven by square pulses and "
            "repetitive stimulation."
        ),
        numbers="Not applicable (model).",
        population="Paper text read without authors or journal.",
        sources=(),
    ),
    EvidenceRow(
        id="M8",
        topic=MODELS,
        finding=(
            "The only exercise-dose model found for pain is a linear multiple regression of session time, "
            "frequency, duration and intensity against effect size across 75 trials (C12); no Emax/Hill "
            "dose-response model of exercise and pain was found."
        ),
        numbers="75 trials (see C12).",
        population="Meta-regression (C12).",
        sources=("polaski2019",),
    ),
)

BY_ID: dict[str, EvidenceRow] = {row.id: row for row in EVIDENCE_ROWS}
if len(BY_ID) != len(EVIDENCE_ROWS):  # pragma: no cover - guards against a copy-paste slip
    raise RuntimeError("duplicate row ids in widgets/evidence.py")


def rows_for(topic: str) -> tuple[EvidenceRow, ...]:
    """The rows of one topic, in register order."""
    return tuple(row for row in EVIDENCE_ROWS if row.topic == topic)


def unverified_rows() -> tuple[EvidenceRow, ...]:
    """Rows recalled but not checked against their source; nothing the model uses may rest on them."""
    return tuple(row for row in EVIDENCE_ROWS if not row.verified)


def _cell(text: str) -> str:
    """Text safe inside one Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ").strip()


def _sources_cell(row: EvidenceRow) -> str:
    if not row.sources:
        return "no bibliography entry"
    return "{cite:p}`" + ",".join(row.sources) + "`"


def register_markdown() -> str:
    """The register as MyST Markdown: a ``##`` heading and one table per topic, sources as ``{cite:p}``."""
    lines: list[str] = []
    for topic in TOPICS:
        lines += [f"## {topic}", "", TOPIC_INTROS[topic], ""]
        lines += [
            "| row | finding | numbers | population & protocol | sources |",
            "|---|---|---|---|---|",
        ]
        for row in rows_for(topic):
            label = f"**{row.id}**" + ("" if row.verified else " (not verified)")
            lines.append(
                f"| {label} | {_cell(row.finding)} | {_cell(row.numbers)} | {_cell(row.population)} | "
                f"{_sources_cell(row)} |"
            )
        lines.append("")
    return "\n".join(lines)

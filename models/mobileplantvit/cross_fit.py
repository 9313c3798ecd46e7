"""The rules of what the app shows, fitted on out-of-fold predictions (out_of_fold.py): what fold models said
of field training photos they never trained on. Field val chose nothing, so it stays an honest measure.

- temperature: the lowest negative log-likelihood of the crop-filtered probabilities;
- minConfidence: the lowest threshold at which the one-sided 95 % bootstrap lower bound of "right when
  answering" is at least TARGET_LOWER_BOUND on apple and on the other crops apart, at that threshold and
  every higher one (so a lucky dip in the curve cannot set it);
- minCropShare: the wrong-crop check, the largest candidate that takes no right-crop answer away;
- leafEvidence: how several leaves add up (several_leaves.py), the exponent with the lowest negative
  log-likelihood of two and of three photos of one class combined (photos of one class stand in for leaves
  of one plant, which are more alike: so the fitted value is, if anything, too trusting of agreement, and
  it is kept at 0.5 or above).
"""

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .calibration import crop_filtered, fit_temperature, softmax
from .crops import crop_matrix
from .field_metrics import apple_photos
from .folds import read_folds
from .out_of_fold import load_out_of_fold
from .several_leaves import combine_same_class
from .wrong_crop import choose_min_crop_share

# The promise on single-disease answers is 92 % right (issue 30); the fold models are shorter runs than the
# shipped chain, so their answers are somewhat worse and a 90 % lower bound on them leaves room for the rest.
TARGET_LOWER_BOUND = 0.90
BOOTSTRAP_SAMPLES = 2000
CANDIDATES = np.round(np.arange(0.50, 0.995, 0.005), 3)
LEAF_EVIDENCES = np.round(np.arange(0.5, 1.001, 0.05), 2)


@dataclass
class CrossFitRules:
    temperature: float
    min_confidence: float
    min_crop_share: float
    leaf_evidence: float
    report: dict


def bootstrap_accuracy_bounds(
    correct: np.ndarray, answered: np.ndarray, samples: int = BOOTSTRAP_SAMPLES, seed: int = 17
) -> tuple[float, float] | None:
    """(5th, 95th) percentiles of "right when answering" over photo-level bootstrap resamples; None when no
    photo is answered."""
    if not answered.any():
        return None
    rng = np.random.default_rng(seed)
    draws = rng.integers(len(correct), size=(samples, len(correct)))
    hits = (correct & answered)[draws].sum(1)
    counts = answered[draws].sum(1)
    rates = hits[counts > 0] / counts[counts > 0]
    return float(np.percentile(rates, 5)), float(np.percentile(rates, 95))


def bounded_curve(top: np.ndarray, correct: np.ndarray, thresholds: np.ndarray = CANDIDATES) -> list[dict]:
    """Risk-coverage with its interval: per threshold, the share answered, the share right and its bounds."""
    rows = []
    for t in thresholds:
        answered = top >= t
        bounds = bootstrap_accuracy_bounds(correct, answered)
        rows.append(
            {
                "minConfidence": float(t),
                "coverage": float(answered.mean()),
                "accuracy": float(correct[answered].mean()) if answered.any() else None,
                "lower": None if bounds is None else bounds[0],
                "upper": None if bounds is None else bounds[1],
            }
        )
    return rows


def lowest_safe_threshold(curves: list[list[dict]], target: float) -> float:
    """The lowest candidate from which every curve's lower bound stays at or above `target` (1.0 if none)."""
    safe = [
        all(row["lower"] is not None and row["lower"] >= target for row in rows) for rows in zip(*curves, strict=True)
    ]
    for i, row in enumerate(curves[0]):
        if all(safe[i:]):
            return float(row["minConfidence"])
    return 1.0


def fit_leaf_evidence(probs: np.ndarray, labels: np.ndarray) -> tuple[float, list[dict]]:
    """The exponent with the lowest mean negative log-likelihood over 2- and 3-photo combinations, and the
    sweep it was chosen from."""
    rows = []
    for evidence in LEAF_EVIDENCES:
        nll = []
        for count in (2, 3):
            combined = combine_same_class(probs, labels, count, float(evidence))
            nll.append(float(-np.log(np.maximum(combined[np.arange(len(labels)), labels], 1e-12)).mean()))
        rows.append({"leafEvidence": float(evidence), "twoLeavesNll": nll[0], "threeLeavesNll": nll[1]})
    best = min(rows, key=lambda r: r["twoLeavesNll"] + r["threeLeavesNll"])
    return best["leafEvidence"], rows


def several_leaves_report(probs: np.ndarray, labels: np.ndarray, evidence: float, min_confidence: float) -> dict:
    """With 1, 2 and 3 photos of one class: top-1, the share answered and how often those answers are right."""
    report = {}
    for count in (1, 2, 3):
        combined = probs if count == 1 else combine_same_class(probs, labels, count, evidence)
        correct, answered = combined.argmax(1) == labels, combined.max(1) >= min_confidence
        report[f"{count}"] = {
            "top1": float(correct.mean()),
            "answered": float(answered.mean()),
            "answeredAccuracy": float(correct[answered].mean()) if answered.any() else None,
        }
    return report


def fit_rules_out_of_fold(paths: list[Path], classes: list[str]) -> CrossFitRules:
    oof = load_out_of_fold(paths) if paths else None
    missing = sorted(set(read_folds().values()) - (set() if oof is None else {int(f) for f in oof["fold"]}))
    if oof is None or missing:
        raise FileNotFoundError(f"out-of-fold predictions missing for folds {missing}: run recipes/crossfit-folds.toml")
    logits, labels = oof["logits"].astype(np.float64), oof["labels"]
    keep = crop_matrix(classes)[labels]
    temperature = fit_temperature(logits, labels, keep)
    probs = crop_filtered(logits, keep, temperature)
    top, correct = probs.max(1), probs.argmax(1) == labels
    apple = apple_photos(labels, classes)
    curves = {
        "apple": bounded_curve(top[apple], correct[apple]),
        "otherCrops": bounded_curve(top[~apple], correct[~apple]),
    }
    min_confidence = lowest_safe_threshold(list(curves.values()), TARGET_LOWER_BOUND)
    every_photo_a_leaf = np.ones(len(labels), dtype=bool)
    min_crop_share, crop_sweep = choose_min_crop_share(
        softmax(logits / temperature), every_photo_a_leaf, labels, classes, min_confidence
    )
    leaf_evidence, evidence_sweep = fit_leaf_evidence(probs, labels)
    answered = top >= min_confidence
    report = {
        "folds": sorted({int(f) for f in oof["fold"]}),
        "photos": int(len(labels)),
        "targetLowerBound": TARGET_LOWER_BOUND,
        "temperature": temperature,
        "minConfidence": min_confidence,
        "cropKnownTop1": float(correct.mean()),
        "answered": float(answered.mean()),
        "answeredAccuracy": float(correct[answered].mean()) if answered.any() else None,
        "answeredAccuracyBounds": bootstrap_accuracy_bounds(correct, answered),
        "riskCoverage": curves,
        "minCropShare": min_crop_share,
        "wrongCropSweep": crop_sweep,
        "leafEvidence": leaf_evidence,
        "leafEvidenceSweep": evidence_sweep,
        "severalLeaves": several_leaves_report(probs, labels, leaf_evidence, min_confidence),
    }
    return CrossFitRules(temperature, min_confidence, min_crop_share, leaf_evidence, report)

"""From logits to what the app shows, fitted on field val with the crop known (how the app is used):
a temperature that makes the shown probability mean the chance of being right and the confidence under
which the answer is "we can't tell" (the not-a-leaf gate is leaf_gate.py)."""

import numpy as np

UNSURE_RULE = (
    "probabilities = softmax(logits / temperature); with a crop picked, keep that crop's classes and "
    "renormalise (appliesTo 'crop-filtered'); unsure when the top probability is below minConfidence, or "
    "when the picked crop's classes hold less than minCropShare of the unfiltered probability (the leaf does "
    "not look like that crop: the app names the crop it looks like). Several leaves: their log-probabilities "
    "summed and divided by n ** leafEvidence, renormalised"
)
NOT_LEAF_RULE = (
    "not a leaf when the model's not_leaf_score output (log-odds of a logistic regression on the pooled "
    "embedding, leaves against everyday non-leaf photos) is above maxScore; decided before, and apart from, "
    "the unsure rule"
)
TEMPERATURES = np.round(np.arange(0.3, 6.0, 0.05), 2)
RISK_COVERAGE_THRESHOLDS = np.round(np.arange(0.0, 1.0, 0.05), 2)


def softmax(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def crop_filtered(logits: np.ndarray, keep: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / T) over the kept classes only (keep: (N, classes) bool), zero elsewhere."""
    return softmax(np.where(keep, logits / temperature, -np.inf))


def fit_temperature(logits: np.ndarray, labels: np.ndarray, keep: np.ndarray) -> float:
    """The temperature with the lowest negative log-likelihood of the crop-filtered probabilities."""

    def nll(t: float) -> float:
        p = crop_filtered(logits, keep, t)[np.arange(len(labels)), labels]
        return float(-np.log(np.maximum(p, 1e-12)).mean())

    return float(min(TEMPERATURES, key=nll))


def risk_coverage(
    top: np.ndarray, correct: np.ndarray, thresholds: np.ndarray = RISK_COVERAGE_THRESHOLDS
) -> list[dict]:
    """For each threshold: the share of photos answered (top >= threshold) and how often those are right."""
    rows = []
    for t in thresholds:
        answered = top >= t
        rows.append(
            {
                "minConfidence": float(t),
                "coverage": float(answered.mean()),
                "accuracy": float(correct[answered].mean()) if answered.any() else None,
            }
        )
    return rows


def choose_min_confidence(top: np.ndarray, correct: np.ndarray, groups: list[np.ndarray], target: float) -> float:
    """The lowest threshold (most coverage) at which the answered photos of every group (bool masks) are right
    at least `target` of the time: one well-photographed crop must not hide a crop the model knows less well."""
    for t in np.unique(np.concatenate([top, [1.0]])):  # ascending
        answered = top >= t
        if all(answered[g].any() and correct[answered & g].mean() >= target for g in groups):
            return float(t)
    return 1.0


def expected_calibration_error(top: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(top, edges) - 1, 0, bins - 1)
    return float(
        sum(
            abs(top[which == b].mean() - correct[which == b].mean()) * (which == b).mean()
            for b in range(bins)
            if (which == b).any()
        )
    )

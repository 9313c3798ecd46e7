"""Several photos of one plant, combined as the app does (shared/src/inference/postprocess.ts combineLeaves):
the log-probabilities summed, divided by n ** evidence, renormalised. Evidence 1 (their mean) adds nothing
when leaves agree; 0 counts leaves of one plant as independent, which they are not."""

import numpy as np


def combine_same_class(
    probabilities: np.ndarray, labels: np.ndarray, count: int, evidence: float, seed: int = 3
) -> np.ndarray:
    """For every photo, `count - 1` other random photos of its class combined with it -> (N, classes); photos of
    classes with too few photos are left as they are. Classes a photo rules out (probability 0) stay out."""
    rng = np.random.default_rng(seed)
    out = probabilities.copy()
    logs = np.log(np.maximum(probabilities, 1e-30))
    for i, y in enumerate(labels):
        others = np.flatnonzero((labels == y) & (np.arange(len(labels)) != i))
        if len(others) >= count - 1:
            chosen = rng.choice(others, count - 1, replace=False)
            combined = (logs[i] + logs[chosen].sum(0)) / count**evidence
            e = np.exp(combined - combined.max()) * (probabilities[i] > 0)
            out[i] = e / e.sum()
    return out

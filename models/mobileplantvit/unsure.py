"""The unsure / not-a-leaf rule: top softmax probability (before any crop filter) under a threshold."""

import numpy as np

RULE = (
    "unsure when the top softmax probability over all classes, before the crop filter, is below minConfidence; "
    "the model's logits are already scaled down by its built-in leaf-likeness gate for inputs unlike any "
    "training leaf, which flattens their probabilities (see models/README.md)"
)


def calibrate(not_leaf_top: np.ndarray, max_confident_not_leaf: float = 0.05) -> float:
    """The lowest threshold that leaves at most that share of not-leaf photos with a confident diagnosis."""
    candidates = np.unique(np.concatenate([not_leaf_top, [1.0]]))
    for t in candidates:  # ascending
        if np.mean(not_leaf_top >= t) <= max_confident_not_leaf:
            return float(t)
    return 1.0


def rates(threshold: float, top_prob: np.ndarray, correct: np.ndarray, not_leaf_top: np.ndarray) -> dict:
    """How often the rule fires on correct / wrong leaf predictions, and how many non-leaves slip through."""
    unsure = top_prob < threshold
    return {
        "firesOnCorrect": float(unsure[correct].mean()),
        "firesOnWrong": float(unsure[~correct].mean()) if (~correct).any() else None,
        "notLeafConfident": float(np.mean(not_leaf_top >= threshold)),
        "leafImages": int(len(top_prob)),
        "notLeafImages": int(len(not_leaf_top)),
    }

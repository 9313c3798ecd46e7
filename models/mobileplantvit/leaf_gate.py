"""The not-a-leaf rule: a logistic regression on the model's pooled embedding, leaf photos against everyday
non-leaf photos.

The classifier alone is confident on many non-leaf photos, and with a crop picked a non-leaf competes among
a few classes only, so no confidence threshold can say "not a leaf". The previous rule, the Mahalanobis
distance to the nearest class of training leaves, could not either: a distance tight enough to stop 95 % of
non-leaves from being diagnosed with the crop of the model's guess called a third of the real field leaves
"not a leaf". A linear boundary learned against real non-leaf photos (the calibration half of not-leaf-128,
each also seen as augmented crops) separates them far better. Its threshold is chosen on out-of-fold
scores of that half, so the held-out half stays a fair judge.
"""

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

FOLDS = 5


@dataclass
class Gate:
    """score = ((embedding - mean) / scale) @ weight + bias. The standardisation stays apart from the weight:
    folded in, a dimension that hardly varies gets a huge weight and float32 loses the score to cancellation."""

    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray
    bias: float

    def score(self, embeddings: np.ndarray) -> np.ndarray:
        return ((embeddings - self.mean) / self.scale) @ self.weight + self.bias


class LeafGate(nn.Module):
    """Pooled embedding -> (N, 1) not-a-leaf score (log-odds; higher = less like a leaf). A submodule so that
    its ONNX nodes (/leaf_gate/...) can be kept in float by the quantizer."""

    mean: torch.Tensor
    scale: torch.Tensor
    weight: torch.Tensor
    bias: torch.Tensor

    def __init__(self, gate: Gate) -> None:
        super().__init__()
        self.register_buffer("mean", torch.tensor(gate.mean, dtype=torch.float32))
        self.register_buffer("scale", torch.tensor(gate.scale, dtype=torch.float32))
        self.register_buffer("weight", torch.tensor(gate.weight[:, None], dtype=torch.float32))
        self.register_buffer("bias", torch.tensor([gate.bias], dtype=torch.float32))

    def forward(self, f: torch.Tensor) -> torch.Tensor:
        return ((f - self.mean) / self.scale) @ self.weight + self.bias


def fit_gate(leaves: np.ndarray, leaf_weights: np.ndarray, not_leaves: np.ndarray, l2: float = 1e-3) -> Gate:
    """Weighted logistic regression (both sides weigh the same in total) on embeddings standardised by the
    leaves' mean and spread, by L-BFGS."""
    # A dimension that hardly varies among leaves would be scaled up without bound, and float32's rounding
    # with it (a barely trained model's embeddings vary by 1e-6): no spread counts as less than a tenth of
    # the median spread, nor less than 0.01 (a trained one spreads 0.8 to 1.8).
    spread = leaves.std(0)
    mean, scale = leaves.mean(0), np.maximum(spread, max(0.1 * float(np.median(spread)), 0.01))
    x = torch.tensor((np.concatenate([leaves, not_leaves]) - mean) / scale)
    y = torch.tensor(np.concatenate([np.zeros(len(leaves)), np.ones(len(not_leaves))]))
    w = torch.tensor(np.concatenate([leaf_weights / leaf_weights.sum(), np.full(len(not_leaves), 1 / len(not_leaves))]))
    weight = torch.zeros(x.shape[1], dtype=torch.float64, requires_grad=True)
    bias = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([weight, bias], max_iter=500, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = (w * F.binary_cross_entropy_with_logits(x @ weight + bias, y, reduction="none")).sum()
        loss = loss + l2 * (weight**2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return Gate(mean, scale, weight.detach().numpy(), float(bias.detach()))


def out_of_fold_scores(
    leaves: np.ndarray, leaf_weights: np.ndarray, not_leaves: np.ndarray, views: np.ndarray
) -> np.ndarray:
    """Each non-leaf photo's score from a gate fitted without it (nor its augmented `views`, (V, N, dim))."""
    fold = np.arange(len(not_leaves)) % FOLDS
    scores = np.zeros(len(not_leaves))
    for k in range(FOLDS):
        train = fold != k
        if not (fold == k).any() or not train.any():
            continue
        gate = fit_gate(
            leaves, leaf_weights, np.concatenate([views[:, train].reshape(-1, views.shape[2]), not_leaves[train]])
        )
        scores[~train] = gate.score(not_leaves[~train])
    return scores


def choose_max_score(
    leaf_scores: np.ndarray, not_leaf_scores: np.ndarray, not_leaf_confident: np.ndarray, max_diagnosed: float
) -> float:
    """The largest threshold (fewest leaves called "not a leaf") at which at most `max_diagnosed` of the
    non-leaf photos still get a diagnosis (pass the gate and are confident)."""
    best = float(np.min(not_leaf_scores)) - 1e-6
    for t in np.unique(np.concatenate([leaf_scores, not_leaf_scores])):  # ascending
        if np.mean((not_leaf_scores <= t) & not_leaf_confident) <= max_diagnosed:
            best = float(t)
        else:
            break
    return best

"""Leaf-likeness gate: flattens the logits of inputs whose embedding lies far from every training class.

The classifier alone is confident on many non-leaf photos (on a mid-training checkpoint the top
probability of a typical non-leaf photo was as high as that of a correct leaf diagnosis), so the max-
probability rule could not separate them. The Mahalanobis distance of the pooled embedding to the nearest
class mean (shared covariance, fitted on training images only) separates them far better. The shipped
model multiplies its logits by a gate g(d) in (EPS, 1]: near 1 for leaf-like inputs, EPS far away.
A positive factor keeps the ranking (top-1/top-5 unchanged) and only flattens the probabilities, so the
app's rule stays "top probability < minConfidence" and needs no extra output.
"""

import numpy as np
import torch
from torch import nn

from .augment import normalize
from .model import MobilePlantViT

EPS = 0.05


def pooled_embedding(model: MobilePlantViT, x: torch.Tensor, mirror: bool) -> torch.Tensor:
    """The model's pooled embedding (before its final LayerNorm); with mirror, the mean over the photo and
    its left-right mirror image (a disease does not depend on which way the leaf faces), as one batch of two."""
    if not mirror:
        return model.embedding(x)
    both = model.embedding(torch.cat([x, torch.flip(x, dims=[3])]))
    return (both[: x.shape[0]] + both[x.shape[0] :]) / 2


def embeddings(model: MobilePlantViT, images: np.ndarray, mirror: bool = False, batch_size: int = 128) -> np.ndarray:
    """What the gate measures: pre-LayerNorm embeddings. Their scale tells non-leaves apart far better than
    the normalised features (on val, a distance-only rule at the same not-leaf budget flagged 4.8 % of
    correct predictions instead of 7.4 %)."""
    out = []
    with torch.inference_mode():
        for start in range(0, len(images), batch_size):
            x = normalize(torch.from_numpy(images[start : start + batch_size]))
            out.append(pooled_embedding(model, x, mirror).numpy())
    return np.concatenate(out).astype(np.float64)


def head_logits(model: MobilePlantViT, embedding: np.ndarray) -> np.ndarray:
    """The plain classifier's logits from embeddings(): final LayerNorm, then the linear head."""
    with torch.inference_mode():
        return model.head(model.norm(torch.from_numpy(embedding).float())).numpy()


class Gaussian:
    """Class means and a whitening matrix W (W W^T = inverse shared covariance): d = ||(f - mu_c) W||^2."""

    def __init__(self, feats: np.ndarray, labels: np.ndarray, classes: int, ridge: float = 1e-3) -> None:
        self.means = np.stack([feats[labels == c].mean(0) for c in range(classes)])
        centred = feats - self.means[labels]
        covariance = centred.T @ centred / len(feats) + ridge * np.eye(feats.shape[1])
        self.whiten = np.linalg.cholesky(np.linalg.inv(covariance))

    def distance(self, feats: np.ndarray) -> np.ndarray:
        z, m = feats @ self.whiten, self.means @ self.whiten
        return ((z[:, None, :] - m[None]) ** 2).sum(-1).min(1)


def gate(distance: np.ndarray, tau: float, scale: float) -> np.ndarray:
    return EPS + (1 - EPS) / (1 + np.exp((distance - tau) / scale))


class LeafGate(nn.Module):
    """Pooled embedding -> gate in (EPS, 1]. A submodule so that its ONNX nodes (/leaf_gate/...) can be kept
    in float by the quantizer: distances need the precision."""

    def __init__(self, gaussian: Gaussian, tau: float, scale: float) -> None:
        super().__init__()
        self.register_buffer("whiten", torch.tensor(gaussian.whiten, dtype=torch.float32))
        self.register_buffer("whitened_means", torch.tensor(gaussian.means @ gaussian.whiten, dtype=torch.float32))
        self.tau, self.scale = tau, scale

    def forward(self, f: torch.Tensor) -> torch.Tensor:
        z = f @ self.whiten
        distance = ((z[:, None, :] - self.whitened_means[None]) ** 2).sum(-1).amin(1, keepdim=True)
        return EPS + (1 - EPS) * torch.sigmoid((self.tau - distance) / self.scale)


class GatedMobilePlantViT(nn.Module):
    """What is exported: the classifier's logits times the leaf-likeness gate."""

    def __init__(self, model: MobilePlantViT, leaf_gate: LeafGate, mirror: bool = False) -> None:
        super().__init__()
        self.model = model
        self.leaf_gate = leaf_gate
        self.mirror = mirror

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        e = pooled_embedding(self.model, x, self.mirror)
        return self.model.head(self.model.norm(e)) * self.leaf_gate(e)


def choose_gate(
    val_logits: np.ndarray,
    val_distance: np.ndarray,
    val_correct: np.ndarray,
    not_leaf_logits: np.ndarray,
    not_leaf_distance: np.ndarray,
    calibrate,
) -> dict:
    """Grid over tau (quantiles of the distance of correct val predictions) and the sigmoid's width; keeps
    the pair whose calibrated threshold fires least on correct val predictions. Val + not-leaf calibration
    half only: test and the held-out half are never looked at."""

    def softmax(x: np.ndarray) -> np.ndarray:
        e = np.exp(x - x.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)

    best = None
    for q in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999):
        tau = float(np.quantile(val_distance[val_correct], q))
        for width in (0.05, 0.1, 0.2):
            scale = tau * width
            val_top = softmax(val_logits * gate(val_distance, tau, scale)[:, None]).max(1)
            not_leaf_top = softmax(not_leaf_logits * gate(not_leaf_distance, tau, scale)[:, None]).max(1)
            threshold = calibrate(not_leaf_top)
            fires = float(np.mean(val_top[val_correct] < threshold))
            if best is None or fires < best["valFiresOnCorrect"]:
                best = {"tau": tau, "scale": scale, "quantile": q, "threshold": threshold, "valFiresOnCorrect": fires}
    return best

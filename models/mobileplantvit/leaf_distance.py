"""How far a photo's embedding lies from every class of leaf the model was trained on: the not-a-leaf rule.

The classifier alone is confident on many non-leaf photos, so the top probability cannot tell a dog from
a leaf. The Mahalanobis distance of the pooled embedding (before the final LayerNorm, which hides the
scale that sets non-leaves apart) to the nearest class mean, with one shared covariance fitted on lab and
field training photos, separates them far better. The shipped graph outputs it beside the logits, and the
app calls a photo "not a leaf" when it exceeds metadata.notLeaf.maxDistance: a separate answer from
"a leaf, but unsure which disease".
"""

import numpy as np
import torch
from torch import nn

from .model import MobilePlantViT


def pooled_embedding(model: MobilePlantViT, x: torch.Tensor, mirror: bool) -> torch.Tensor:
    """The model's pooled embedding; with mirror, the mean over the photo and its left-right mirror image
    (a disease does not depend on which way the leaf faces), as one batch of two."""
    if not mirror:
        return model.embedding(x)
    both = model.embedding(torch.cat([x, torch.flip(x, dims=[3])]))
    return (both[: x.shape[0]] + both[x.shape[0] :]) / 2


def embeddings(model: MobilePlantViT, inputs: np.ndarray, mirror: bool, batch_size: int = 128) -> np.ndarray:
    """(N, 3, S, S) standardised inputs -> (N, dim) float64 pooled embeddings."""
    with torch.inference_mode():
        out = [
            pooled_embedding(model, torch.from_numpy(inputs[i : i + batch_size]), mirror).numpy()
            for i in range(0, len(inputs), batch_size)
        ]
    return np.concatenate(out).astype(np.float64)


class Gaussian:
    """Class means and a whitening matrix W (W W^T = inverse shared covariance): d = ||(f - mu_c) W||^2."""

    def __init__(self, feats: np.ndarray, labels: np.ndarray, classes: int, ridge: float = 1e-3) -> None:
        self.means = np.stack([feats[labels == c].mean(0) for c in range(classes)])
        centred = feats - self.means[labels]
        covariance = centred.T @ centred / len(feats) + ridge * np.eye(feats.shape[1])
        self.whiten = np.linalg.cholesky(np.linalg.inv(covariance))


class LeafDistance(nn.Module):
    """Pooled embedding -> (N, 1) distance to the nearest class. A submodule so that its ONNX nodes
    (/leaf_distance/...) can be kept in float by the quantizer: distances need the precision."""

    whiten: torch.Tensor
    whitened_means: torch.Tensor

    def __init__(self, gaussian: Gaussian) -> None:
        super().__init__()
        self.register_buffer("whiten", torch.tensor(gaussian.whiten, dtype=torch.float32))
        self.register_buffer("whitened_means", torch.tensor(gaussian.means @ gaussian.whiten, dtype=torch.float32))

    def forward(self, f: torch.Tensor) -> torch.Tensor:
        z = f @ self.whiten
        return ((z[:, None, :] - self.whitened_means[None]) ** 2).sum(-1).amin(1, keepdim=True)


class ShippedModel(nn.Module):
    """What is exported: the classifier's logits and the leaf distance, from one pass (photo + mirror)."""

    def __init__(self, model: MobilePlantViT, distance: LeafDistance, mirror: bool) -> None:
        super().__init__()
        self.model = model
        self.leaf_distance = distance
        self.mirror = mirror

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        e = pooled_embedding(self.model, x, self.mirror)
        return self.model.head(self.model.norm(e)), self.leaf_distance(e)

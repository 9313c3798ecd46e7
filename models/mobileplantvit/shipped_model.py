"""What is exported: the classifier's logits and the not-a-leaf score, from one pass over the photo and its
mirror image. The score reads the pooled embedding before the final LayerNorm (which hides the scale that
sets non-leaves apart); the app calls a photo "not a leaf" when it exceeds metadata.notLeaf.maxScore, a
separate answer from "a leaf, but unsure which disease".
"""

import numpy as np
import torch
from torch import nn

from .leaf_gate import LeafGate
from .students import Student


def pooled_embedding(model: Student, x: torch.Tensor, mirror: bool) -> torch.Tensor:
    """The model's pooled embedding; with mirror, the mean over the photo and its left-right mirror image
    (a disease does not depend on which way the leaf faces), as one batch of two."""
    if not mirror:
        return model.embedding(x)
    both = model.embedding(torch.cat([x, torch.flip(x, dims=[3])]))
    return (both[: x.shape[0]] + both[x.shape[0] :]) / 2


def embeddings(model: Student, inputs: np.ndarray, mirror: bool, batch_size: int = 128) -> np.ndarray:
    """(N, 3, S, S) standardised inputs -> (N, dim) float64 pooled embeddings."""
    with torch.inference_mode():
        out = [
            pooled_embedding(model, torch.from_numpy(inputs[i : i + batch_size]), mirror).numpy()
            for i in range(0, len(inputs), batch_size)
        ]
    return np.concatenate(out).astype(np.float64)


class ShippedModel(nn.Module):
    def __init__(self, model: Student, gate: LeafGate, mirror: bool) -> None:
        super().__init__()
        self.model = model
        self.leaf_gate = gate
        self.mirror = mirror

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        e = pooled_embedding(self.model, x, self.mirror)
        return self.model.head(self.model.norm(e)), self.leaf_gate(e)

"""Crops and the class -> crop map: the app asks the crop first, so training and evaluation restrict to it."""

import numpy as np
import torch


def crop_of(class_name: str) -> str:
    return class_name.split("___")[0]


def crop_matrix(classes: list[str]) -> np.ndarray:
    """(classes, classes) bool: row c is True for every class of c's crop."""
    crops = np.asarray([crop_of(c) for c in classes])
    return crops[:, None] == crops[None, :]


def crop_restricted(logits: torch.Tensor, labels: torch.Tensor, same_crop: torch.Tensor) -> torch.Tensor:
    """Logits with every class outside the labelled class's crop pushed to -inf-like values."""
    return logits.masked_fill(~same_crop[labels], -1e4)

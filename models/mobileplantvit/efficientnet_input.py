"""The app feeds ImageNet-standardised pixels; EfficientNet-Lite was trained on mean = std = 0.5. The teacher
and the Lite0 student's front both take the app's input, so both map it here, in one affine step."""

import torch
from torch import nn

from .augment import MEAN, STD


class EfficientNetInput(nn.Module):
    scale: torch.Tensor
    shift: torch.Tensor

    def __init__(self) -> None:
        super().__init__()
        std, mean = torch.tensor(STD).view(1, 3, 1, 1), torch.tensor(MEAN).view(1, 3, 1, 1)
        # ((x * std + mean) - 0.5) / 0.5 folded into one multiply-add; not saved: it is a constant.
        self.register_buffer("scale", std / 0.5, persistent=False)
        self.register_buffer("shift", (mean - 0.5) / 0.5, persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.scale + self.shift

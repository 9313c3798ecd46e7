"""The student architectures a checkpoint can hold, by the name it records under "architecture"."""

from collections.abc import Callable
from functools import partial

from .model import MobilePlantViT
from .model_lite0 import SHORT_FRONT_BLOCKS, MobilePlantViTLite0

Student = MobilePlantViT | MobilePlantViTLite0
ARCHITECTURES: dict[str, Callable[[int], Student]] = {
    "mobileplantvit": MobilePlantViT,
    "mobileplantvit-lite0": MobilePlantViTLite0,
    "mobileplantvit-lite0-9blocks": partial(MobilePlantViTLite0, front_blocks=SHORT_FRONT_BLOCKS),
}
MODEL_NAMES = {
    "mobileplantvit": "MobilePlantViT",
    "mobileplantvit-lite0": "MobilePlantViT-Lite0",
    "mobileplantvit-lite0-9blocks": "MobilePlantViT-Lite0 (9 blocks)",
}
DEFAULT_ARCHITECTURE = "mobileplantvit"  # checkpoints from before there was a choice


def build_student(architecture: str, num_classes: int) -> Student:
    return ARCHITECTURES[architecture](num_classes)


def checkpoint_architecture(state: dict) -> str:
    return str(state.get("architecture", DEFAULT_ARCHITECTURE))

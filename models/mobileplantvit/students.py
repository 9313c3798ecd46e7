"""The student architectures a checkpoint can hold, by the name it records under "architecture"."""

from .model import MobilePlantViT
from .model_lite0 import MobilePlantViTLite0

Student = MobilePlantViT | MobilePlantViTLite0
ARCHITECTURES: dict[str, type[Student]] = {
    "mobileplantvit": MobilePlantViT,
    "mobileplantvit-lite0": MobilePlantViTLite0,
}
MODEL_NAMES = {"mobileplantvit": "MobilePlantViT", "mobileplantvit-lite0": "MobilePlantViT-Lite0"}
DEFAULT_ARCHITECTURE = "mobileplantvit"  # checkpoints from before there was a choice


def build_student(architecture: str, num_classes: int) -> Student:
    return ARCHITECTURES[architecture](num_classes)


def checkpoint_architecture(state: dict) -> str:
    return str(state.get("architecture", DEFAULT_ARCHITECTURE))

"""Training batches that mix lab photos, lab leaves composited onto field backgrounds and real field photos
(class-balanced, so the 500-a-class apple orchard photos do not swamp 30-photo tomato classes)."""

from dataclasses import dataclass

import numpy as np
import torch

from .augment import geometric, jpeg_noise, photometric, standardize
from .composite import composite


@dataclass
class Mix:
    lab: int = 16
    composited: int = 16
    field: int = 32


def to_unit(images: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(images).permute(0, 3, 1, 2).float().div_(255.0)


class MixedBatches:
    def __init__(
        self,
        lab_x: np.ndarray,
        lab_y: np.ndarray,
        field_x: np.ndarray,
        field_y: np.ndarray,
        size: int = 128,
    ) -> None:
        self.lab_x, self.lab_y, self.field_x, self.field_y = lab_x, lab_y, field_x, field_y
        self.size = size
        self.field_by_class = [np.flatnonzero(field_y == c) for c in np.unique(field_y)]

    def batch(self, step: int, seed: int, mix: Mix) -> tuple[torch.Tensor, torch.Tensor]:
        """Seeded by step, so a resumed run sees what an unbroken one would. -> (standardised NCHW, labels)."""
        rng = np.random.default_rng(seed * 1_000_003 + step)
        generator = torch.Generator().manual_seed(seed * 1_000_003 + step)
        lab = rng.integers(len(self.lab_x), size=mix.lab + mix.composited)
        classes = rng.integers(len(self.field_by_class), size=mix.field)
        field = np.asarray([rng.choice(self.field_by_class[c]) for c in classes], dtype=np.int64)

        lab_images = to_unit(jpeg_noise(self.lab_x[lab], rng))
        backgrounds = to_unit(self.field_x[rng.integers(len(self.field_x), size=64)])
        lab_images[mix.lab :] = composite(lab_images[mix.lab :], backgrounds, generator)
        parts = [
            geometric(lab_images[: mix.lab], generator, 0.5, self.size),
            geometric(lab_images[mix.lab :], generator, 0.7, self.size),
            geometric(to_unit(jpeg_noise(self.field_x[field], rng)), generator, 0.3, self.size),
        ]
        x = photometric(torch.cat(parts), generator)
        y = torch.from_numpy(np.concatenate([self.lab_y[lab], self.field_y[field]]).astype(np.int64))
        return standardize(x).contiguous(memory_format=torch.channels_last), y

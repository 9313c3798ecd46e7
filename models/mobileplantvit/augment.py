"""Batched augmentations that make lab photos look more like a phone photo taken in a field."""

import io
import math

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)


def jpeg_noise(images: np.ndarray, rng: np.random.Generator, fraction: float = 0.25) -> np.ndarray:
    """Re-encode a random part of the batch at a low JPEG quality, as cheap phones and messengers do."""
    out = images.copy()
    for i in np.flatnonzero(rng.random(len(images)) < fraction):
        buffer = io.BytesIO()
        Image.fromarray(images[i]).save(buffer, format="JPEG", quality=int(rng.integers(25, 85)))
        buffer.seek(0)
        out[i] = np.asarray(Image.open(buffer).convert("RGB"))
    return out


def standardize(x: torch.Tensor) -> torch.Tensor:
    """[0,1] NCHW -> the model's input scale."""
    mean = torch.tensor(MEAN).view(1, 3, 1, 1)
    std = torch.tensor(STD).view(1, 3, 1, 1)
    return (x - mean) / std


def normalize(batch_uint8_nhwc: torch.Tensor) -> torch.Tensor:
    """The evaluation transform: uint8 NHWC -> standardised NCHW float."""
    return standardize(batch_uint8_nhwc.permute(0, 3, 1, 2).float().div_(255.0))


def geometric(x: torch.Tensor, generator: torch.Generator, min_scale: float, size: int) -> torch.Tensor:
    """Random resized crop (area min_scale-1) to size x size, rotation up to 30 degrees and flips, in one
    affine resample."""
    n = x.shape[0]
    u = lambda: torch.rand(n, generator=generator)  # noqa: E731
    scale = torch.sqrt(min_scale + (1 - min_scale) * u())
    aspect = torch.exp((u() - 0.5) * math.log(4 / 3) * 2)
    sx, sy = scale * torch.sqrt(aspect), scale / torch.sqrt(aspect)
    sx, sy = sx.clamp(max=1.0), sy.clamp(max=1.0)
    tx, ty = (1 - sx) * (u() * 2 - 1), (1 - sy) * (u() * 2 - 1)
    angle = (u() * 2 - 1) * math.radians(30)
    flip_x = torch.where(u() < 0.5, -1.0, 1.0)
    flip_y = torch.where(u() < 0.3, -1.0, 1.0)
    cos, sin = torch.cos(angle), torch.sin(angle)
    theta = torch.stack(
        [
            torch.stack([cos * sx * flip_x, -sin * sy, tx], dim=1),
            torch.stack([sin * sx * flip_x, cos * sy * flip_y, ty], dim=1),
        ],
        dim=1,
    )
    grid = F.affine_grid(theta, [n, x.shape[1], size, size], align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)


def photometric(x: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Brightness, contrast, saturation and colour-cast jitter plus occasional blur, on [0,1] images."""
    n = x.shape[0]
    u = lambda *shape: torch.rand(*shape, generator=generator)  # noqa: E731
    x = x * (0.6 + 0.8 * u(n, 1, 1, 1))
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    x = (x - mean) * (0.6 + 0.8 * u(n, 1, 1, 1)) + mean
    gray = x.mean(dim=1, keepdim=True)
    x = (x - gray) * (0.6 + 0.8 * u(n, 1, 1, 1)) + gray
    x = x * (0.92 + 0.16 * u(n, 3, 1, 1))
    blur_mask = (u(n) < 0.25).view(n, 1, 1, 1)
    kernel = torch.tensor([1.0, 4.0, 6.0, 4.0, 1.0])
    kernel = (kernel[:, None] * kernel[None, :]) / 256.0
    blurred = F.conv2d(F.pad(x, (2, 2, 2, 2), mode="reflect"), kernel.expand(3, 1, 5, 5), groups=3)
    x = torch.where(blur_mask, blurred, x)
    return x.clamp_(0.0, 1.0)


def train_batch(
    images: np.ndarray, rng: np.random.Generator, generator: torch.Generator, min_scale: float, size: int
) -> torch.Tensor:
    """uint8 NHWC numpy batch -> augmented, normalised NCHW float tensor of size x size."""
    x = torch.from_numpy(jpeg_noise(images, rng)).permute(0, 3, 1, 2).float().div_(255.0)
    x = photometric(geometric(x, generator, min_scale, size), generator)
    return standardize(x).contiguous(memory_format=torch.channels_last)

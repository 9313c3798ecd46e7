"""The app's preprocessing in numpy: a twin of shared/src/inference/preprocess.ts (keep the two in step).

Centre square crop -> resize to the input size (exact area averaging when shrinking, bilinear with
half-pixel centres when enlarging, identity at equal size) -> /255 -> (x - mean) / std -> CHW float32.
For the 128x128 data this equals augment.normalize, the transform used in training and evaluation.
"""

import numpy as np


def axis_weights(source: int, target: int) -> np.ndarray:
    """(target, source) matrix: row o holds the weights output pixel o gives to each source pixel."""
    weights = np.zeros((target, source), dtype=np.float64)
    scale = source / target
    for o in range(target):
        if scale >= 1:
            lo, hi = o * scale, (o + 1) * scale
            for i in range(int(np.floor(lo)), min(int(np.ceil(hi)), source)):
                overlap = min(hi, i + 1) - max(lo, i)
                if overlap > 0:
                    weights[o, i] += overlap / scale
        else:
            x = min(max((o + 0.5) * scale - 0.5, 0.0), source - 1)
            i0 = int(np.floor(x))
            i1 = min(i0 + 1, source - 1)
            weights[o, i0] += 1 - (x - i0)
            weights[o, i1] += x - i0
    return weights


def preprocess(rgb: np.ndarray, size: int, mean: tuple[float, ...], std: tuple[float, ...]) -> np.ndarray:
    """(H, W, 3) uint8 -> (3, size, size) float32."""
    height, width = rgb.shape[:2]
    side = min(height, width)
    y0, x0 = (height - side) // 2, (width - side) // 2
    crop = rgb[y0 : y0 + side, x0 : x0 + side].astype(np.float64)
    w = axis_weights(side, size)
    resized = np.einsum("oi,ijc,pj->opc", w, crop, w, optimize=True)  # two matrix products, not one 4-deep loop
    x = (resized / 255.0 - np.asarray(mean)) / np.asarray(std)
    return x.transpose(2, 0, 1).astype(np.float32)

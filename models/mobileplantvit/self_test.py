"""The fixed self-test image: a twin of shared/src/inference/self-test.ts (keep the two in step)."""

import numpy as np

DESCRIPTION = (
    "RGB image of inputSize x inputSize pixels, pixel (x, y) = (40 + floor(x/2), 90 + floor((x+y)/4), "
    "30 + floor(y/4)), a smooth greenish gradient, through preprocess(); logits recorded from the int8 file "
    "with onnxruntime CPU; the tolerance also admits the fp32 file"
)


def self_test_image(size: int) -> np.ndarray:
    """(size, size, 3) uint8."""
    y, x = np.mgrid[0:size, 0:size]
    # Smooth and in range, so int8 and fp32 agree closely on it (a harsh pattern made them differ by 1.2).
    return np.stack([40 + x // 2, 90 + (x + y) // 4, 30 + y // 4], axis=-1).astype(np.uint8)

"""The fixed self-test image: a twin of shared/src/inference/self-test.ts (keep the two in step)."""

import numpy as np

DESCRIPTION = (
    "RGB image of inputSize x inputSize pixels, pixel (x, y) = ((2x) mod 256, (2y) mod 256, (x*y) mod 256), "
    "through preprocess(); logits recorded from the int8 file with onnxruntime CPU"
)


def self_test_image(size: int) -> np.ndarray:
    """(size, size, 3) uint8."""
    y, x = np.mgrid[0:size, 0:size]
    return np.stack([(2 * x) % 256, (2 * y) % 256, (x * y) % 256], axis=-1).astype(np.uint8)

"""Writes models/fixtures/preprocess-parity.json: numbers the TypeScript preprocessing must reproduce.

  .venv/bin/python -m mobileplantvit.fixtures

Holds sampled tensor values (no pixels): for a few test.tar images, from augment.normalize (the
evaluation transform the accuracy figures come from); for formula-made images of other sizes, from
preprocess.py (crop + resize). Images themselves are never committed.
"""

import json
import tarfile
from typing import Any

import numpy as np
import torch

from .augment import MEAN, STD, normalize
from .data import IMAGE_SIZE, data_dir, decode_rgb, member_bytes
from .paths import MODELS_DIR
from .preprocess import preprocess

OUT = MODELS_DIR / "fixtures" / "preprocess-parity.json"
STRIDE = 97  # every 97th value of the flattened 3x128x128 tensor: 507 values per image
SYNTHETIC_SIZES = [(300, 200), (50, 70), (129, 128), (128, 128)]


def synthetic(width: int, height: int) -> np.ndarray:
    """Pixel (x, y) = ((7x + 3y) mod 256, (x*y) mod 256, (x*x + y) mod 256): mirrored in the TS test."""
    y, x = np.mgrid[0:height, 0:width]
    return np.stack([(7 * x + 3 * y) % 256, (x * y) % 256, (x * x + y) % 256], axis=-1).astype(np.uint8)


def sample(tensor: np.ndarray) -> dict:
    flat = tensor.reshape(-1)
    return {
        "values": [round(float(v), 6) for v in flat[::STRIDE]],
        "channelMeans": [round(float(tensor[c].mean()), 6) for c in range(3)],
    }


def first_images(count: int = 4, every: int = 9) -> list[tuple[str, np.ndarray]]:
    """The first image of every 9th class met in test.tar (tar order: fixed), `count` of them."""
    picked, classes_seen = [], []
    with tarfile.open(data_dir() / "plantvillage-128" / "test.tar") as tar:
        for member in tar:
            label = member.name.split("/")[0]
            if not member.isfile() or label in classes_seen:
                continue
            classes_seen.append(label)
            if (len(classes_seen) - 1) % every == 0:
                picked.append((member.name, decode_rgb(member_bytes(tar, member))))
            if len(picked) == count:
                break
    return picked


def main() -> None:
    fixtures: dict[str, Any] = {
        "inputSize": IMAGE_SIZE,
        "mean": list(MEAN),
        "std": list(STD),
        "stride": STRIDE,
        "testTar": [
            {"name": name, **sample(normalize(torch.from_numpy(rgb[None].copy())).numpy()[0])}
            for name, rgb in first_images()
        ],
        "synthetic": [
            {"width": w, "height": h, **sample(preprocess(synthetic(w, h), IMAGE_SIZE, MEAN, STD))}
            for w, h in SYNTHETIC_SIZES
        ],
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(fixtures) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes): {[t['name'] for t in fixtures['testTar']]}")


if __name__ == "__main__":
    main()

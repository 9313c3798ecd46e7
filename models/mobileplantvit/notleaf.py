"""The not-leaf photos, split into two fixed halves by a hash of the file name."""

import hashlib
import tarfile

import numpy as np

from .data import data_dir, decode_rgb, member_bytes


def not_leaf_split(name: str) -> str:
    """'calibration' or 'holdout': the first byte of sha256(file name) below 128 or not."""
    return "calibration" if hashlib.sha256(name.encode()).digest()[0] < 128 else "holdout"


def load_not_leaf() -> tuple[np.ndarray, list[str]]:
    """(N, 128, 128, 3) uint8 images and their file names, in tar order."""
    images, names = [], []
    with tarfile.open(data_dir() / "not-leaf-128" / "not-leaf.tar") as tar:
        for member in tar:
            if member.isfile():
                images.append(decode_rgb(member_bytes(tar, member)))
                names.append(member.name)
    return np.stack(images), names

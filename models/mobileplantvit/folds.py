"""Cross-fitting folds of the field training photos: photos of one original (the same source file, or a near
copy by perceptual hash) always share a fold, so a fold model never trained on a twin of a photo it is scored
on; each class is spread evenly over the folds. Field val is never in a fold: it stays the untouched measure.

The assignment is written to `folds/field-176-train.tsv` (path, fold, group) by `make_folds.py` and read back
here, so every fold run and the threshold fit agree on it without recomputing hashes.
"""

import tarfile
from collections import defaultdict
from pathlib import Path

import numpy as np

from .data import data_dir
from .paths import MODELS_DIR

FOLDS_FILE = MODELS_DIR / "folds" / "field-176-train.tsv"
# Hamming distance between 64-bit difference hashes at or below which two photos count as one original.
NEAR_COPY_BITS = 6


def field_paths(split: str) -> list[str]:
    """Tar member paths of a field-176 split, in the order `field.load_field` returns its photos."""
    with tarfile.open(data_dir() / "field-176" / f"{split}.tar") as tar:
        return [member.name for member in tar if member.isfile()]


def difference_hash(square: np.ndarray) -> int:
    """64-bit dHash of an RGB square: brighter-than-right-neighbour bits on a 9x8 grey thumbnail."""
    from PIL import Image

    grey = np.asarray(Image.fromarray(square).convert("L").resize((9, 8), Image.Resampling.LANCZOS), dtype=np.int16)
    bits = (grey[:, 1:] > grey[:, :-1]).flatten()
    return int(sum(1 << i for i, bit in enumerate(bits) if bit))


def near_copy_groups(hashes: list[int], originals: list[str]) -> np.ndarray:
    """-> a group id per photo: union of same-original and near-copy pairs (union-find)."""
    parent = list(range(len(hashes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        parent[root(a)] = root(b)

    first_of: dict[str, int] = {}
    for i, original in enumerate(originals):
        join(i, first_of.setdefault(original, i))
    packed = np.asarray(hashes, dtype=np.uint64)
    for i in range(len(packed)):
        distance = np.unpackbits((packed[i + 1 :] ^ packed[i]).view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1)
        for j in np.flatnonzero(distance <= NEAR_COPY_BITS):
            join(i, i + 1 + int(j))
    roots = [root(i) for i in range(len(parent))]
    ids = {r: n for n, r in enumerate(dict.fromkeys(roots))}
    return np.asarray([ids[r] for r in roots], dtype=np.int64)


def assign_folds(groups: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    """Groups to folds, largest first, each to the fold holding fewest photos of its (majority) class."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        members[int(group)].append(i)
    held = np.zeros((int(labels.max()) + 1, count), dtype=np.int64)
    fold = np.empty(len(groups), dtype=np.int64)
    for group in sorted(members, key=lambda g: (-len(members[g]), g)):
        photos = members[group]
        label = int(np.bincount(labels[photos]).argmax())
        chosen = int(np.argmin(held[label] + held.sum(axis=0) * 1e-6))
        fold[photos] = chosen
        held[label, chosen] += len(photos)
    return fold


def read_folds(path: Path = FOLDS_FILE) -> dict[str, int]:
    """Tar member path -> fold."""
    with path.open() as f:
        next(f)
        return {row[0]: int(row[1]) for row in (line.rstrip("\n").split("\t") for line in f)}


def fold_of_photos(paths: list[str], path: Path = FOLDS_FILE) -> np.ndarray:
    """The fold of each photo, in the given order; a photo missing from the file is an error, never a guess."""
    folds = read_folds(path)
    missing = [p for p in paths if p not in folds]
    if missing:
        raise ValueError(f"{len(missing)} field train photos have no fold in {path} (first: {missing[0]})")
    return np.asarray([folds[p] for p in paths], dtype=np.int64)

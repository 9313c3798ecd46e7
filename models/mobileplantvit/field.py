"""Reads the shared field-176 tars in place: real field photos, kept as their centre square (as the app
crops them) at native size, plus the source repository of each photo so results can be split by source."""

import tarfile
from pathlib import Path

import numpy as np

from .data import data_dir, decode_rgb, member_bytes


def centre_square(rgb: np.ndarray) -> np.ndarray:
    height, width = rgb.shape[:2]
    side = min(height, width)
    y0, x0 = (height - side) // 2, (width - side) // 2
    return rgb[y0 : y0 + side, x0 : x0 + side]


def sources() -> dict[str, str]:
    """Tar member path -> source repository, from manifest.tsv."""
    with (data_dir() / "field-176" / "manifest.tsv").open() as f:
        next(f)
        return {row[0]: row[3] for row in (line.rstrip("\n").split("\t") for line in f)}


def load_field(
    split: str, classes: list[str], cache_dir: Path | None = None
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """split 'train' or 'val' -> (N, 176, 176, 3) uint8 centre squares, class indices, source per photo."""
    cache = cache_dir / f"field-{split}.npz" if cache_dir is not None else None
    if cache is not None and cache.exists():
        with np.load(cache) as saved:
            return saved["images"], saved["labels"], list(saved["sources"])
    index = {name: i for i, name in enumerate(classes)}
    source_of = sources()
    images, labels, origin = [], [], []
    with tarfile.open(data_dir() / "field-176" / f"{split}.tar") as tar:
        for member in tar:
            if not member.isfile():
                continue
            square = centre_square(decode_rgb(member_bytes(tar, member)))
            if square.shape[0] != 176:
                raise ValueError(f"{member.name}: shorter side {square.shape[0]}, expected 176")
            images.append(square)
            labels.append(index[member.name.split("/")[0]])
            origin.append(source_of[member.name])
    result = np.stack(images), np.asarray(labels, dtype=np.int64), origin
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, images=result[0], labels=result[1], sources=np.asarray(origin))
    return result

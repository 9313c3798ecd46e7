"""Reads the shared PlantVillage-128 tars in place and decodes them once into uint8 arrays (cached)."""

import io
import os
import tarfile
from pathlib import Path

import numpy as np
from PIL import Image

IMAGE_SIZE = 128


def data_dir() -> Path:
    """The shared datasets folder: PHYTO_DATA_DIR, else ../shared/datasets beside the repository."""
    default = Path(__file__).resolve().parents[3] / "shared" / "datasets"
    path = Path(os.environ.get("PHYTO_DATA_DIR", default))
    if not (path / "plantvillage-128" / "manifest.tsv").exists():
        raise FileNotFoundError(f"PlantVillage data not found under {path}; set PHYTO_DATA_DIR")
    return path


def class_names() -> list[str]:
    """Classes present in the data, sorted: this is the model's logit order."""
    manifest = data_dir() / "plantvillage-128" / "manifest.tsv"
    with manifest.open() as f:
        next(f)
        return sorted({line.split("\t")[1] for line in f})


def decode_rgb(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.uint8)


def member_bytes(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    """The file's bytes (a member that is not a regular file has none)."""
    file = tar.extractfile(member)
    if file is None:
        raise ValueError(f"{member.name} is not a regular file")
    return file.read()


def read_tar(path: Path, classes: list[str], limit_per_class: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """All images of one tar as (N, H, W, 3) uint8 and their class indices."""
    index = {name: i for i, name in enumerate(classes)}
    images, labels = [], []
    seen: dict[int, int] = {}
    with tarfile.open(path) as tar:
        for member in tar:
            if not member.isfile():
                continue
            label = index[member.name.split("/")[0]]
            if limit_per_class is not None:
                if seen.get(label, 0) >= limit_per_class:
                    continue
                seen[label] = seen.get(label, 0) + 1
            images.append(decode_rgb(member_bytes(tar, member)))
            labels.append(label)
    return np.stack(images), np.asarray(labels, dtype=np.int64)


def load_split(
    split: str, classes: list[str], cache_dir: Path, limit_per_class: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """split is 'train' (all four shards), 'val' or 'test'. Cached as .npz when limit_per_class is None."""
    cache = cache_dir / f"{split}.npz"
    if limit_per_class is None and cache.exists():
        with np.load(cache) as saved:
            return saved["images"], saved["labels"]
    root = data_dir() / "plantvillage-128"
    names = [f"train-{i}.tar" for i in range(4)] if split == "train" else [f"{split}.tar"]
    parts = [read_tar(root / name, classes, limit_per_class) for name in names]
    images = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    if limit_per_class is None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.savez(cache, images=images, labels=labels)
    return images, labels

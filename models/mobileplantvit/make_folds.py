"""Writes folds/field-176-train.tsv: the cross-fitting fold of every field training photo (folds.py).

cd models && .venv/bin/python -m mobileplantvit.make_folds [--count 4]
"""

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

from .data import class_names, data_dir
from .field import load_field
from .folds import FOLDS_FILE, assign_folds, difference_hash, field_paths, near_copy_groups


def original_names() -> dict[str, str]:
    """Tar member path -> the source file's name: copies of one photo in two source repositories share it."""
    with (data_dir() / "field-176" / "manifest.tsv").open() as f:
        next(f)
        return {row[0]: Path(row[5]).stem for row in (line.rstrip("\n").split("\t") for line in f)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--count", type=int, default=4)
    p.add_argument("--cache", type=Path, default=Path("checkpoints/cache"))
    p.add_argument("--out", type=Path, default=FOLDS_FILE)
    args = p.parse_args()
    classes = class_names()
    images, labels, _ = load_field("train", classes, args.cache)
    paths = field_paths("train")
    originals = original_names()
    groups = near_copy_groups([difference_hash(square) for square in images], [originals[p] for p in paths])
    folds = assign_folds(groups, labels, args.count)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as f:
        f.write("path\tfold\tgroup\n")
        f.writelines(f"{path}\t{fold}\t{group}\n" for path, fold, group in zip(paths, folds, groups, strict=True))
    sizes = Counter(groups.tolist())
    print(f"{len(paths)} photos, {len(sizes)} groups ({sum(1 for n in sizes.values() if n > 1)} of several photos)")
    print("photos per fold:", np.bincount(folds).tolist())
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

"""Field-176 photos whose label disagrees with what the photo shows, reviewed by eye against the symptoms in
the advice texts (shared/src/recommendations/en.ts): `relabels/field-176.tsv`, path -> class with the reason.
The shared data is never edited; this reports a model on field val both ways, labels as given and relabelled
(crop known, the maize classes, and the confident answers under the app's unsure threshold).

  cd models && .venv/bin/python -m mobileplantvit.relabel [--model mobileplantvit.int8.onnx]
"""

import argparse
import csv
import json
import tarfile
from pathlib import Path

import numpy as np

from .calibration import softmax
from .crops import crop_of
from .data import class_names, data_dir
from .field import load_field
from .field_metrics import app_inputs, field_report
from .onnx_eval import run_model, session
from .wrong_crop import filtered_confidence

RELABELS = Path(__file__).resolve().parent.parent / "relabels" / "field-176.tsv"


def load_relabels(path: Path = RELABELS) -> dict[str, str]:
    """Tar member path -> the class the photo shows."""
    with path.open(newline="") as f:
        return {row["path"]: row["relabelled"] for row in csv.DictReader(f, delimiter="\t")}


def member_paths(split: str) -> list[str]:
    """The field tar's photo paths in the order `load_field` reads them."""
    with tarfile.open(data_dir() / "field-176" / f"{split}.tar") as tar:
        return [m.name for m in tar if m.isfile()]


def relabelled(labels: np.ndarray, paths: list[str], classes: list[str], relabels: dict[str, str]) -> np.ndarray:
    index = {name: i for i, name in enumerate(classes)}
    return np.asarray([index[relabels[p]] if p in relabels else y for y, p in zip(labels, paths, strict=True)])


def confident_answers(probabilities: np.ndarray, labels: np.ndarray, classes: list[str], min_confidence: float) -> dict:
    """Crop known: the share of leaves answered (filtered top probability ≥ the threshold) and of those right."""
    answered = np.zeros(len(labels), dtype=bool)
    right = np.zeros(len(labels), dtype=bool)
    for crop in sorted({crop_of(classes[int(y)]) for y in labels}):
        rows = np.asarray([crop_of(classes[int(y)]) == crop for y in labels])
        mask = np.asarray([crop_of(c) == crop for c in classes])
        kept = probabilities[rows][:, mask]
        answered[rows] = filtered_confidence(probabilities[rows], classes, crop) >= min_confidence
        right[rows] = np.flatnonzero(mask)[kept.argmax(1)] == labels[rows]
    return {"answered": float(answered.mean()), "rightWhenAnswered": float(right[answered].mean())}


def both_ways(
    logits: np.ndarray,
    labels: np.ndarray,
    fixed: np.ndarray,
    classes: list[str],
    sources: list[str],
    min_confidence: float,
    temperature: float,
) -> dict:
    probabilities = softmax(logits / temperature)
    out = {}
    for name, y in (("asLabelled", labels), ("relabelled", fixed)):
        report = field_report(logits, y, classes, sources)
        out[name] = {
            "cropKnownTop1": report["cropKnownTop1"],
            "maize": {k: v for k, v in report["perClass"].items() if k.startswith("Corn")},
            "confident": confident_answers(probabilities, y, classes, min_confidence),
        }
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", type=Path, default=Path("mobileplantvit.int8.onnx"))
    p.add_argument("--metadata", type=Path, default=Path("metadata.json"))
    p.add_argument("--cache", type=Path, default=Path("checkpoints/cache"))
    args = p.parse_args()
    metadata = json.loads(args.metadata.read_text())
    classes = class_names()
    images, labels, sources = load_field("val", classes, args.cache)
    fixed = relabelled(labels, member_paths("val"), classes, load_relabels())
    inputs = app_inputs(images, metadata["inputSize"], tuple(metadata["mean"]), tuple(metadata["std"]))
    logits, _, _ = run_model(session(args.model), inputs)
    print(f"field val: {int((fixed != labels).sum())} of {len(labels)} photos relabelled")
    result = both_ways(
        logits, labels, fixed, classes, sources, metadata["unsure"]["minConfidence"], metadata["temperature"]
    )
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

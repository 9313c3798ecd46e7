"""The wrong-crop guard: with a crop picked, the app answers only when the model also believes the leaf is of
that crop, i.e. when the picked crop's classes hold at least `unsure.minCropShare` of the unfiltered
probability. Without it the crop filter renormalises over the picked crop, so a tomato leaf entered as potato
came out "potato late blight, very likely" one time in three. This measures the rule on field photos the
way the shared evaluator picks a wrong crop (each leaf under one other crop of the catalogue).

  cd models && .venv/bin/python -m mobileplantvit.crop_check [--split val]
"""

import argparse
import json
from pathlib import Path

from .calibration import softmax
from .data import class_names
from .field import load_field
from .field_metrics import app_inputs
from .onnx_eval import run_model, session
from .wrong_crop import sweep


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", type=Path, default=Path("mobileplantvit.int8.onnx"))
    p.add_argument("--metadata", type=Path, default=Path("metadata.json"))
    p.add_argument("--split", choices=("train", "val"), default="val")
    p.add_argument("--cache", type=Path, default=Path("checkpoints/cache"))
    args = p.parse_args()
    metadata = json.loads(args.metadata.read_text())
    classes = class_names()
    images, labels, _ = load_field(args.split, classes, args.cache)
    inputs = app_inputs(images, metadata["inputSize"], tuple(metadata["mean"]), tuple(metadata["std"]))
    logits, scores, _ = run_model(session(args.model), inputs)
    probabilities = softmax(logits / metadata["temperature"])
    is_leaf = scores <= metadata["notLeaf"]["maxScore"]
    print(f"field {args.split}: {len(labels)} leaves, minConfidence {metadata['unsure']['minConfidence']:.3f}")
    for row in sweep(probabilities, is_leaf, labels, classes, metadata["unsure"]["minConfidence"]):
        print(json.dumps(row))


if __name__ == "__main__":
    main()

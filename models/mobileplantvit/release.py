"""Checkpoint -> the shipped files: fp32 + int8 ONNX, calibrated unsure rule, metadata.json, reports.

  .venv/bin/python -m mobileplantvit.release --checkpoint checkpoints/best.pt

Selects on val and the calibration half of not-leaf; measures on test and the held-out half.
"""

import argparse
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import torch

from .augment import MEAN, STD
from .data import IMAGE_SIZE, class_names, data_dir, read_tar
from .export import INPUT_NAME, OUTPUT_NAME, export, load_checkpoint
from .notleaf import half, load_not_leaf
from .onnx_eval import run_logits, session, softmax, split
from .ood import Gaussian, GatedMobilePlantViT, LeafGate, choose_gate, embeddings, head_logits
from .preprocess import preprocess
from .quantize import RECIPES, calibration_images, quantize
from .self_test import DESCRIPTION, self_test_image
from .unsure import RULE, calibrate, rates

MODELS_DIR = Path(__file__).resolve().parents[1]


def file_entry(path: Path) -> dict:
    data = path.read_bytes()
    return {"path": path.name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def summary(logits: np.ndarray, labels: np.ndarray, classes: list[str]) -> dict:
    """Top-1, top-5, top-1 when the crop is known (crop filter) and per-class top-1."""
    probs = softmax(logits)
    top5 = np.argsort(-probs, axis=1)[:, :5]
    crops = np.array([c.split("___")[0] for c in classes])
    same_crop = crops[None, :] == crops[labels][:, None]
    filtered = np.where(same_crop, probs, 0.0).argmax(1)
    pred = probs.argmax(1)
    return {
        "top1": float((pred == labels).mean()),
        "top5": float((top5 == labels[:, None]).any(1).mean()),
        "top1CropFilter": float((filtered == labels).mean()),
        "perClass": {c: float((pred[labels == i] == i).mean()) for i, c in enumerate(classes)},
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", type=Path, default=MODELS_DIR / "checkpoints" / "best.pt")
    p.add_argument("--out", type=Path, default=MODELS_DIR)
    p.add_argument("--calibration-per-class", type=int, default=10)
    p.add_argument("--gaussian-per-class", type=int, default=200, help="train-1.tar images per class for the gate")
    p.add_argument("--mirror", action="store_true", help="average each photo's embedding with its mirror image's")
    args = p.parse_args()
    torch.set_num_threads(1)
    fp32_path = args.out / "mobileplantvit.fp32.onnx"
    int8_path = args.out / "mobileplantvit.int8.onnx"

    model, state = load_checkpoint(args.checkpoint)
    classes = state["classes"]
    val_x, val_y = split("val")
    test_x, test_y = split("test")
    not_leaf_x, not_leaf_names = load_not_leaf()
    in_calibration = np.array([half(n) == "calibration" for n in not_leaf_names])

    # Leaf-likeness gate (ood.py): Gaussian fitted on training images, its shape chosen on val + the
    # not-leaf calibration half. The plain classifier's numbers are kept to show what the gate changes.
    gauss_x, gauss_y = read_tar(data_dir() / "plantvillage-128" / "train-1.tar", class_names(), args.gaussian_per_class)
    gaussian = Gaussian(embeddings(model, gauss_x, args.mirror), gauss_y, len(classes))
    embedded = {name: embeddings(model, x, args.mirror) for name, x in (("val", val_x), ("test", test_x), ("notLeaf", not_leaf_x))}
    plain = {k: head_logits(model, e) for k, e in embedded.items()}
    distance = {k: gaussian.distance(e) for k, e in embedded.items()}
    val_correct = plain["val"].argmax(1) == val_y
    gate_choice = choose_gate(
        plain["val"], distance["val"], val_correct, plain["notLeaf"][in_calibration],
        distance["notLeaf"][in_calibration], calibrate,
    )
    print(f"leaf gate: {json.dumps(gate_choice)}", flush=True)
    plain_threshold = calibrate(softmax(plain["notLeaf"][in_calibration]).max(1))
    without_gate = {
        "minConfidence": plain_threshold,
        "calibration": rates(plain_threshold, softmax(plain["val"]).max(1), val_correct,
                             softmax(plain["notLeaf"][in_calibration]).max(1)),
        "measured": rates(plain_threshold, softmax(plain["test"]).max(1), plain["test"].argmax(1) == test_y,
                          softmax(plain["notLeaf"][~in_calibration]).max(1)),
    }
    print(f"without the gate: {json.dumps(without_gate)}", flush=True)
    shipped = GatedMobilePlantViT(model, LeafGate(gaussian, gate_choice["tau"], gate_choice["scale"]), args.mirror).eval()

    diff = export(shipped, fp32_path)
    print(f"epoch {state['epoch']} (val {state['val_acc']:.4f}): fp32 ONNX vs PyTorch max abs logit diff {diff:.2e}")
    fp32 = session(fp32_path)
    fp32_val_pred = run_logits(fp32, val_x)[0].argmax(1)

    # Choose the quantization recipe on val: the one whose top-1 agrees most with fp32 (then the smaller).
    calibration = calibration_images(args.calibration_per_class)
    recipes = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, recipe in RECIPES.items():
            candidate = Path(tmp) / f"{name}.onnx"
            quantize(fp32_path, candidate, calibration, recipe)
            pred = run_logits(session(candidate), val_x)[0].argmax(1)
            recipes[name] = {"valAgreement": float((pred == fp32_val_pred).mean()), "bytes": candidate.stat().st_size}
            print(f"recipe {name}: val top-1 agreement with fp32 {recipes[name]['valAgreement']:.4f}", flush=True)
        fitting = [n for n in recipes if recipes[n]["bytes"] <= 1_000_000]  # the app's download budget
        chosen = max(fitting, key=lambda n: (recipes[n]["valAgreement"], -recipes[n]["bytes"]))
        shutil.copyfile(Path(tmp) / f"{chosen}.onnx", int8_path)
    print(f"chose {chosen}")
    int8 = session(int8_path)

    results = {}
    for name, sess in (("fp32", fp32), ("int8", int8)):
        val_logits, _ = run_logits(sess, val_x)
        test_logits, ms = run_logits(sess, test_x)
        not_leaf_top = softmax(run_logits(sess, not_leaf_x)[0]).max(1)
        threshold = calibrate(not_leaf_top[in_calibration])
        val_probs, test_probs = softmax(val_logits), softmax(test_logits)
        results[name] = {
            "val": summary(val_logits, val_y, classes),
            "test": summary(test_logits, test_y, classes),
            "testPredictions": test_logits.argmax(1),
            "onnxruntimeCpuMsPerImage": ms,
            "unsure": {
                "minConfidence": threshold,
                "calibration": rates(
                    threshold, val_probs.max(1), val_probs.argmax(1) == val_y, not_leaf_top[in_calibration]
                ),
                "measured": rates(
                    threshold, test_probs.max(1), test_probs.argmax(1) == test_y, not_leaf_top[~in_calibration]
                ),
            },
        }
        print(
            f"{name}: val top-1 {results[name]['val']['top1']:.4f}  test top-1 {results[name]['test']['top1']:.4f}  "
            f"unsure {json.dumps(results[name]['unsure'])}",
            flush=True,
        )
    agreement = float((results["fp32"]["testPredictions"] == results["int8"]["testPredictions"]).mean())

    pattern = preprocess(self_test_image(IMAGE_SIZE), IMAGE_SIZE, MEAN, STD)[None]
    self_int8 = int8.run([OUTPUT_NAME], {INPUT_NAME: pattern})[0][0]
    self_fp32 = fp32.run([OUTPUT_NAME], {INPUT_NAME: pattern})[0][0]
    # Wide enough for either shipped file on any correct backend, far below what a broken backend gives.
    tolerance = float(max(0.01, 2 * np.abs(self_int8 - self_fp32).max()))

    unsure = results["int8"]["unsure"]
    metadata = {
        "name": "MobilePlantViT",
        "version": f"mobileplantvit-{IMAGE_SIZE}-e{state['epoch']}-{file_entry(int8_path)['sha256'][:8]}",
        "inputName": INPUT_NAME,
        "outputName": OUTPUT_NAME,
        "inputSize": IMAGE_SIZE,
        "mean": list(MEAN),
        "std": list(STD),
        "classes": classes,
        "files": {"int8": file_entry(int8_path), "fp32": file_entry(fp32_path)},
        "unsure": {"rule": RULE, "minConfidence": round(unsure["minConfidence"], 6)},
        "selfTest": {"input": DESCRIPTION, "logits": [round(float(v), 6) for v in self_int8], "tolerance": tolerance},
        "accuracy": {
            "split": f"PlantVillage-128 test.tar ({len(test_y)} images, fixed split; selection on val only)",
            "checkpoint": {"epoch": state["epoch"], "valTop1": state["val_acc"]},
            "int8": {k: v for k, v in results["int8"]["test"].items() if k != "perClass"},
            "fp32": {k: v for k, v in results["fp32"]["test"].items() if k != "perClass"},
            "int8Fp32Top1Agreement": agreement,
            "int8Recipe": chosen,
            "mirrorAveraged": args.mirror,
            "unsure": unsure["measured"],
        },
    }
    (args.out / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n")
    reports = args.out / "reports"
    reports.mkdir(exist_ok=True)
    for r in results.values():
        del r["testPredictions"]
    report = {"checkpoint": metadata["accuracy"]["checkpoint"], "onnxVsPytorchMaxAbsDiff": diff,
              "int8Fp32Top1Agreement": agreement, "int8Recipes": recipes, "int8Recipe": chosen,
              "leafGate": gate_choice, "unsureWithoutGate": without_gate, "selfTestFp32Int8MaxAbsDiff": float(np.abs(self_int8 - self_fp32).max()),
              **results}
    (reports / "release.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"int8/fp32 top-1 agreement on test {agreement:.4f}; wrote {args.out / 'metadata.json'}")


if __name__ == "__main__":
    main()

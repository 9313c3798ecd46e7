"""Field val of one checkpoint at several input sizes, with and without the mirror image: how release.py's
--size and --mirror were chosen. A model trained on random crops of the photo sees leaves larger than a whole
photo shows them at the same input size, so it can do better when served larger than it trained
(Touvron et al. 2019, "Fixing the train-test resolution discrepancy"); each step up costs time on the phone.

  .venv/bin/python -m mobileplantvit.size_sweep --checkpoint checkpoints/shipped.pt --sizes 128,144,160,176
"""

import argparse
from pathlib import Path

import torch

from .augment import MEAN, STD
from .field import load_field
from .field_metrics import app_inputs, field_report
from .onnx_export import load_checkpoint
from .paths import CACHE_DIR
from .shipped_model import embeddings

COLUMNS = {  # as the model card's tables
    "appleCropKnownTop1": "apple (crop known)",
    "otherCropsMacroCropKnownTop1": "other crops, macro (crop known)",
    "cropKnownTop1": "all (crop known)",
    "top1": "top-1 without crop",
    "top5": "top-5",
}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", type=Path, required=True)
    p.add_argument("--sizes", type=lambda text: [int(n) for n in text.split(",")], default=[128, 144, 160, 176])
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    model, state = load_checkpoint(args.checkpoint)
    classes = state["classes"]
    images, labels, sources = load_field("val", classes, CACHE_DIR)
    print("| size | mirror | " + " | ".join(COLUMNS.values()) + " |", flush=True)
    for size in args.sizes:
        inputs = app_inputs(images, size, MEAN, STD)
        for mirror in (False, True):
            with torch.inference_mode():
                pooled = torch.from_numpy(embeddings(model, inputs, mirror)).float()
                logits = model.head(model.norm(pooled)).numpy()
            report = field_report(logits, labels, classes, sources)
            cells = " | ".join(f"{100 * report[c]:.1f} %" for c in COLUMNS)
            print(f"| {size} | {'yes' if mirror else 'no'} | {cells} |", flush=True)


if __name__ == "__main__":
    main()

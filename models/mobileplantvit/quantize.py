"""ONNX fp32 -> int8: static (per-channel weights, QDQ), calibrated on training images, or int8 weights
with float activations (weight_quantize.py); release.py picks the recipe that agrees most with fp32.

  .venv/bin/python -m mobileplantvit.quantize --fp32 mobileplantvit.fp32.onnx --out mobileplantvit.int8.onnx

Static, not dynamic: dynamic quantization was measured here 4-6x slower than fp32 in both runtimes.
"""

import argparse
from pathlib import Path

from .onnx_eval import input_size
from .quantization import DEFAULT_RECIPE, RECIPES, calibration_inputs, quantize


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--fp32", type=Path, default=Path("mobileplantvit.fp32.onnx"))
    p.add_argument("--out", type=Path, default=Path("mobileplantvit.int8.onnx"))
    p.add_argument("--per-class", type=int, default=10, help="calibration photos per class of each dataset")
    p.add_argument("--recipe", choices=sorted(RECIPES), default=DEFAULT_RECIPE)
    args = p.parse_args()
    inputs = calibration_inputs(args.per_class, input_size(args.fp32))
    sensitive = quantize(args.fp32, args.out, inputs, RECIPES[args.recipe])
    print(
        f"{args.recipe}: calibrated on {len(inputs)} training photos -> {args.out} ({args.out.stat().st_size:,} bytes)"
    )
    if sensitive:
        print(f"kept float for their int8 error: {', '.join(sensitive)}")


if __name__ == "__main__":
    main()

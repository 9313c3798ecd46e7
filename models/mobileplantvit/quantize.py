"""ONNX fp32 -> static int8 (per-channel weights, QDQ), calibrated on training images.

  .venv/bin/python -m mobileplantvit.quantize --fp32 mobileplantvit.fp32.onnx --out mobileplantvit.int8.onnx

Static, not dynamic: dynamic quantization was measured here 4-6x slower than fp32 in both runtimes.
"""

import argparse
import tempfile
from pathlib import Path

import numpy as np
import torch
from onnxruntime.quantization import (
    CalibrationDataReader,
    CalibrationMethod,
    QuantFormat,
    QuantType,
    quant_pre_process,
    quantize_static,
)

from .augment import normalize
from .data import class_names, data_dir, read_tar
from .export import INPUT_NAME

# Quantizing only the weight-heavy ops keeps the attention gates (Sigmoid/Mul), LayerNorm and Softmax in
# float: they carry little weight, lose accuracy in int8 and each extra Q/DQ pair costs time in WASM.
OPS_TO_QUANTIZE = ["Conv", "MatMul", "Gemm"]


class ImageReader(CalibrationDataReader):
    def __init__(self, images: np.ndarray) -> None:
        self.images = images
        self.position = 0

    def get_next(self) -> dict[str, np.ndarray] | None:
        if self.position >= len(self.images):
            return None
        batch = torch.from_numpy(self.images[self.position : self.position + 1])
        self.position += 1
        return {INPUT_NAME: normalize(batch).numpy()}


def calibration_images(per_class: int) -> np.ndarray:
    """The first `per_class` images of every class in train-0.tar (tar order: fixed, no randomness)."""
    images, _ = read_tar(data_dir() / "plantvillage-128" / "train-0.tar", class_names(), per_class)
    return images


def quantize(fp32: Path, out: Path, images: np.ndarray, ops: list[str] | None = OPS_TO_QUANTIZE) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        prepared = Path(tmp) / "prepared.onnx"
        quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
        quantize_static(
            str(prepared),
            str(out),
            ImageReader(images),
            quant_format=QuantFormat.QDQ,
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            calibrate_method=CalibrationMethod.MinMax,
            op_types_to_quantize=ops,
        )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--fp32", type=Path, default=Path("mobileplantvit.fp32.onnx"))
    p.add_argument("--out", type=Path, default=Path("mobileplantvit.int8.onnx"))
    p.add_argument("--per-class", type=int, default=10, help="calibration images per class (34 classes)")
    p.add_argument("--all-ops", action="store_true", help="quantize every supported op, not only Conv/MatMul/Gemm")
    args = p.parse_args()
    images = calibration_images(args.per_class)
    quantize(args.fp32, args.out, images, None if args.all_ops else OPS_TO_QUANTIZE)
    print(f"calibrated on {len(images)} training images -> {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()

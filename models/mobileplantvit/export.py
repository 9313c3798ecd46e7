"""Checkpoint -> ONNX fp32 (opset 18, fixed 1x3xSxS, input "image", output "logits").

.venv/bin/python -m mobileplantvit.export --checkpoint checkpoints/best.pt --out mobileplantvit.fp32.onnx
"""

import argparse
from pathlib import Path

import torch

from .onnx_export import checkpoint_input_size, export, load_checkpoint


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", type=Path, default=Path("checkpoints/best.pt"))
    p.add_argument("--out", type=Path, default=Path("mobileplantvit.fp32.onnx"))
    args = p.parse_args()
    torch.set_num_threads(1)
    model, state = load_checkpoint(args.checkpoint)
    diff = export(model, args.out, checkpoint_input_size(state))
    size = args.out.stat().st_size
    print(f"exported epoch {state['epoch']} (val {state['val_acc']:.4f}) -> {args.out} ({size:,} bytes)")
    print(f"max abs difference vs PyTorch: {diff:.2e}")


if __name__ == "__main__":
    main()

"""Recovers a PyTorch checkpoint from a released fp32 ONNX file, so the next model can start from the last
shipped one without its (git-ignored) training checkpoint. The exporter folded each BatchNorm into the conv
before it: the conv gets the folded weight and the BatchNorm becomes an exact identity plus the folded bias.

  .venv/bin/python -m mobileplantvit.onnx_weights --onnx mobileplantvit.fp32.onnx --out checkpoints/shipped.pt
"""

import argparse
from pathlib import Path

import onnx
import torch
from onnx import numpy_helper
from torch import nn

from .data import class_names
from .onnx_eval import input_size
from .students import ARCHITECTURES, Student, build_student

PREFIX = "model."  # the released graph wraps the classifier (ShippedModel.model)


def folded_pairs(model: nn.Module) -> list[tuple[nn.Conv2d, nn.BatchNorm2d]]:
    """Every bias-free conv and the BatchNorm that follows it, in execution (= registration) order. Only
    convs and BatchNorms are looked at: EfficientNet's convs hold their padding as a child module."""
    modules = [m for m in model.modules() if isinstance(m, nn.Conv2d | nn.BatchNorm2d)]
    return [
        (m, nxt)
        for m, nxt in zip(modules, modules[1:], strict=False)
        if isinstance(m, nn.Conv2d) and m.bias is None and isinstance(nxt, nn.BatchNorm2d)
    ]


def load_from_onnx(path: Path, num_classes: int) -> tuple[Student, str]:
    """-> (the model, its architecture: the one whose folded convs match the graph's)."""
    graph = onnx.load(str(path)).graph
    weights = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in graph.initializer}
    anonymous_convs = [n.input for n in graph.node if n.op_type == "Conv" and not n.input[1].startswith(PREFIX)]
    candidates = [a for a in ARCHITECTURES if len(folded_pairs(build_student(a, num_classes))) == len(anonymous_convs)]
    if len(candidates) != 1:
        raise ValueError(f"{len(anonymous_convs)} folded convs in the graph: architectures {candidates} match")
    architecture = candidates[0]
    model = build_student(architecture, num_classes)
    state = model.state_dict()
    for name, value in weights.items():
        if name.startswith(PREFIX) and name[len(PREFIX) :] in state:
            state[name[len(PREFIX) :]] = value
    pairs = folded_pairs(model)
    names = {module: name for name, module in model.named_modules()}
    for (_, w, b), (conv, bn) in zip(anonymous_convs, pairs, strict=False):
        state[f"{names[conv]}.weight"] = weights[w]
        prefix = names[bn]
        state[f"{prefix}.weight"] = torch.ones_like(weights[b])
        state[f"{prefix}.bias"] = weights[b]
        state[f"{prefix}.running_mean"] = torch.zeros_like(weights[b])
        state[f"{prefix}.running_var"] = torch.full_like(weights[b], 1 - bn.eps)
    linears = [
        "encoder.attention.to_scores",
        "encoder.attention.to_key",
        "encoder.attention.to_value",
        "encoder.attention.out",
        "encoder.mlp.0",
        "encoder.mlp.2",
    ]
    matmuls = [n.input[1] for n in graph.node if n.op_type == "MatMul" and n.input[1].startswith("onnx::")]
    for name, w in zip(linears, matmuls, strict=True):
        state[f"{name}.weight"] = weights[w].T.contiguous()
    model.load_state_dict(state)
    return model.eval(), architecture


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--onnx", type=Path, default=Path("mobileplantvit.fp32.onnx"))
    p.add_argument("--out", type=Path, default=Path("checkpoints/shipped.pt"))
    args = p.parse_args()
    classes = class_names()
    model, architecture = load_from_onnx(args.onnx, len(classes))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(
        {
            "model": model.state_dict(),
            "classes": classes,
            "architecture": architecture,
            "inputSize": input_size(args.onnx),
            "epoch": -1,
            "val_acc": 0.0,
        },
        args.out,
    )
    print(f"{args.onnx} -> {args.out} ({architecture}, {input_size(args.onnx)} px)")


if __name__ == "__main__":
    main()

"""Student -> ONNX fp32 (opset 18, fixed 1x3xSxS, input "image", output "logits"; a released graph adds
"not_leaf_score"), checked against PyTorch on random inputs."""

import shutil
import tempfile
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import torch

from .data import IMAGE_SIZE
from .students import Student, build_student, checkpoint_architecture

INPUT_NAME = "image"


OUTPUT_NAME = "logits"


NOT_LEAF_NAME = "not_leaf_score"  # the second output of a released (ShippedModel) graph


OPSET = 18


def load_checkpoint(path: Path) -> tuple[Student, dict]:
    """The model in eval mode and the checkpoint dict. Reads a copy: training may rewrite best.pt meanwhile."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "checkpoint.pt"
        shutil.copyfile(path, copy)
        state = torch.load(copy, weights_only=False, map_location="cpu")
    model = build_student(checkpoint_architecture(state), len(state["classes"]))
    model.load_state_dict(state["model"])
    return model.eval(), state


def checkpoint_input_size(state: dict) -> int:
    """Checkpoints from before the input size was a training option are all 128 px."""
    return int(state.get("inputSize", IMAGE_SIZE))


def export(
    model: torch.nn.Module, out: Path, size: int = IMAGE_SIZE, outputs: tuple[str, ...] = (OUTPUT_NAME,)
) -> float:
    """Writes the ONNX file; returns the largest difference of any output from PyTorch on random inputs
    (relative to the output's magnitude where that exceeds 1)."""
    example = torch.randn(1, 3, size, size)
    out.parent.mkdir(parents=True, exist_ok=True)
    # The TorchScript exporter gives a plain, already-folded graph that quantizes and runs in the browser
    # without onnxscript functions.
    torch.onnx.export(
        model,
        (example,),
        str(out),
        input_names=[INPUT_NAME],
        output_names=list(outputs),
        opset_version=OPSET,
        do_constant_folding=True,
        dynamo=False,
    )
    onnx.checker.check_model(onnx.load(str(out)), full_check=True)
    session = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    generator = torch.Generator().manual_seed(0)
    worst = 0.0
    with torch.inference_mode():
        for _ in range(8):
            x = torch.randn(1, 3, size, size, generator=generator)
            expected = model(x)
            expected = expected if isinstance(expected, tuple) else (expected,)
            got = session.run(list(outputs), {INPUT_NAME: x.numpy()})
            for e, g in zip(expected, got, strict=True):
                worst = max(worst, float(np.abs(e.numpy() - g).max() / max(1.0, float(np.abs(g).max()))))
    return worst

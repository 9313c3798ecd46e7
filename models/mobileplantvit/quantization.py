"""ONNX fp32 -> int8: static (per-channel weights, QDQ), calibrated on training images, or int8 weights
with float activations (weight_quantize.py); release.py picks the recipe that agrees most with fp32."""

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
from onnxruntime.quantization import (
    CalibrationDataReader,
    CalibrationMethod,
    QuantFormat,
    QuantType,
    quant_pre_process,
    quantize_static,
)

from .augment import MEAN, STD
from .data import class_names, data_dir, read_tar
from .field import load_field
from .field_metrics import app_inputs
from .onnx_export import INPUT_NAME
from .weight_quantize import quantize_weights, sensitive_nodes


@dataclass(frozen=True)
class Recipe:
    """Which layers stay in float and how activation ranges are calibrated."""

    name: str
    float_prefixes: tuple[str, ...]
    method: CalibrationMethod
    # int8 weights, float activations (weight_quantize.py): no calibration, no activation error.
    weights_only: bool = False
    # Also keep float the weights whose int8 error alone is large on the calibration photos (weight_quantize.py).
    float_sensitive: bool = False


# Error added in the 32x32 layers compounds through every later block: on an early checkpoint, top-1
# agreement with fp32 on val was 96.3 % fully int8 and 98.6 % with the stem and stage 1 kept in float,
# which was also the fastest in onnxruntime-web WASM. release.py picks among these on val.
RECIPES = {
    r.name: r
    for r in (
        Recipe("all-int8", (), CalibrationMethod.Percentile),
        Recipe("float-stem", ("/stem/",), CalibrationMethod.Percentile),
        Recipe("float-stem-stage1", ("/stem/", "/stage1/", "/down1/"), CalibrationMethod.Percentile),
        Recipe("float-stem-stage1-minmax", ("/stem/", "/stage1/", "/down1/"), CalibrationMethod.MinMax),
        Recipe("int8-weights", (), CalibrationMethod.MinMax, weights_only=True),
        Recipe("int8-weights-float-sensitive", (), CalibrationMethod.MinMax, weights_only=True, float_sensitive=True),
    )
}


DEFAULT_RECIPE = "int8-weights-float-sensitive"


class InputReader(CalibrationDataReader):
    def __init__(self, inputs: np.ndarray) -> None:
        self.inputs = inputs
        self.position = 0

    def get_next(self) -> dict[str, np.ndarray] | None:
        if self.position >= len(self.inputs):
            return None
        self.position += 1
        return {INPUT_NAME: self.inputs[self.position - 1 : self.position]}


def calibration_inputs(per_class: int, size: int) -> np.ndarray:
    """`size` px inputs, through the app's preprocessing, of the first `per_class` photos of every class in
    train-0.tar and in field-176 train.tar (tar order: fixed, no randomness): activation ranges must cover
    field photos too."""
    classes = class_names()
    lab, _ = read_tar(data_dir() / "plantvillage-128" / "train-0.tar", classes, per_class)
    field, labels, _ = load_field("train", classes)
    first = np.concatenate([np.flatnonzero(labels == c)[:per_class] for c in np.unique(labels)])
    return np.concatenate([app_inputs(lab, size, MEAN, STD), app_inputs(field[first], size, MEAN, STD)])


def compact(path: Path) -> None:
    """Short node and tensor names: the QDQ graph's 750 long path-like names cost ~270 KB of a 1 MB budget."""
    model = onnx.load(str(path))
    graph = model.graph
    keep = {v.name for v in (*graph.input, *graph.output)}
    names: dict[str, str] = {}

    def short(name: str) -> str:
        if name == "" or name in keep:
            return name
        return names.setdefault(name, f"t{len(names)}")

    for init in graph.initializer:
        init.name = short(init.name)
    for i, node in enumerate(graph.node):
        node.name = f"n{i}"
        node.doc_string = ""
        node.input[:] = [short(n) for n in node.input]
        node.output[:] = [short(n) for n in node.output]
    del graph.value_info[:]
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def quantize(fp32: Path, out: Path, inputs: np.ndarray, recipe: Recipe = RECIPES[DEFAULT_RECIPE]) -> list[str]:
    """Writes `out`; returns the nodes whose weights stayed float for their int8 error (float_sensitive)."""
    # Node names come from the TorchScript exporter (onnx_export.py): /[model/]<module path>/<Op>. The not-a-leaf
    # gate (leaf_gate.py) always stays in float: its threshold was chosen on float scores.
    prefixes = (*recipe.float_prefixes, "/leaf_gate/")
    if recipe.weights_only:
        with tempfile.TemporaryDirectory() as tmp:
            sensitive = sensitive_nodes(fp32, inputs, Path(tmp)) if recipe.float_sensitive else frozenset()
        quantize_weights(fp32, out, lambda name: name in sensitive or any(p in name for p in prefixes))
        compact(out)
        return sorted(sensitive)
    keep_float = [n.name for n in onnx.load(str(fp32)).graph.node if any(p in n.name for p in prefixes)]
    extra = {"CalibPercentile": 99.99} if recipe.method == CalibrationMethod.Percentile else {}
    with tempfile.TemporaryDirectory() as tmp:
        prepared = Path(tmp) / "prepared.onnx"
        quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
        quantize_static(
            str(prepared),
            str(out),
            InputReader(inputs),
            quant_format=QuantFormat.QDQ,
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            calibrate_method=recipe.method,
            nodes_to_exclude=keep_float,
            extra_options=extra,
        )
    compact(out)
    return []

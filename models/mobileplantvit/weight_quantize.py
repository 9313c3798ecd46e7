"""ONNX fp32 -> int8 weights with float activations: each large Conv/MatMul/Gemm weight is stored as int8
(symmetric, per output channel) behind a DequantizeLinear, and the graph computes in float.

Static int8 (quantization.py) quantizes activations too, and on these models its error compounds through the
blocks: top-1 agreement with fp32 on field val stayed at 82-98 % whatever layers were kept in float. The
cost of float activations is speed: float convolutions in onnxruntime-web's WASM (measured here, 1 thread:
~12.8 ms against ~10 ms for static int8, ~12.2 ms fp32, on MobilePlantViT at 160 px).

A few weights carry most of the error: on MobilePlantViT-Lite0, the projections of the EfficientNet blocks
that open a stage (no residual to dilute their error) and one depthwise conv. `sensitive_nodes` finds them
on calibration photos, and they stay float (see the model card's quantization table).
"""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import onnx
from onnx import helper, numpy_helper

from .onnx_eval import run_logits, session

# Small weights (depthwise convolutions, norms, biases) stay float: they save little and cost the most accuracy.
MIN_ELEMENTS = 4096
QUANTIZED_OPS = {"Conv", "MatMul", "Gemm"}
# A weight stays float when int8 on it alone moves the logits by at least this share of what int8 on every
# weight does (mean absolute change on the calibration photos).
SENSITIVE_SHARE = 0.25


def output_axis(node: onnx.NodeProto, weight: np.ndarray) -> int:
    """The axis of the weight that indexes output channels."""
    if node.op_type == "Conv":
        return 0
    if node.op_type == "Gemm" and any(a.name == "transB" and a.i == 1 for a in node.attribute):
        return 0
    return weight.ndim - 1


def quantizable(graph: onnx.GraphProto) -> list[tuple[onnx.TensorProto, list[onnx.NodeProto]]]:
    """(weight, the nodes that use it) for every weight worth storing as int8."""
    consumers: dict[str, list[tuple[onnx.NodeProto, int]]] = {}
    for node in graph.node:
        for position, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, position))
    found = []
    for init in graph.initializer:
        uses = consumers.get(init.name, [])
        if init.data_type != onnx.TensorProto.FLOAT or np.prod(init.dims) < MIN_ELEMENTS or not uses:
            continue
        if all(node.op_type in QUANTIZED_OPS and position == 1 for node, position in uses):
            found.append((init, [node for node, _ in uses]))
    return found


def quantize_weights(fp32: Path, out: Path, keep_float: Callable[[str], bool] = lambda _: False) -> int:
    """Writes `out`; the weights of nodes for which `keep_float(node name)` holds stay float. Returns how many
    weights were quantized."""
    model = onnx.load(str(fp32))
    graph = model.graph
    dequantize: list[onnx.NodeProto] = []
    for init, nodes in quantizable(graph):
        if any(keep_float(node.name) for node in nodes):
            continue
        weight = numpy_helper.to_array(init)
        axis = output_axis(nodes[0], weight)
        others = tuple(i for i in range(weight.ndim) if i != axis)
        scale = (np.maximum(np.abs(weight).max(axis=others), 1e-12) / 127.0).astype(np.float32)
        shape = [1] * weight.ndim
        shape[axis] = -1
        quantized = np.clip(np.round(weight / scale.reshape(shape)), -127, 127).astype(np.int8)
        graph.initializer.remove(init)
        graph.initializer.extend(
            [
                numpy_helper.from_array(quantized, f"{init.name}_q"),
                numpy_helper.from_array(scale, f"{init.name}_scale"),
                numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), f"{init.name}_zero"),
            ]
        )
        dequantize.append(
            helper.make_node(
                "DequantizeLinear",
                [f"{init.name}_q", f"{init.name}_scale", f"{init.name}_zero"],
                [init.name],
                axis=axis,
                name=f"{init.name}_dequantize",
            )
        )
    computing = list(graph.node)
    del graph.node[:]
    graph.node.extend([*dequantize, *computing])
    onnx.checker.check_model(model)
    onnx.save(model, str(out))
    return len(dequantize)


def sensitive_nodes(fp32: Path, inputs: np.ndarray, work: Path, share: float = SENSITIVE_SHARE) -> frozenset[str]:
    """The nodes whose weight, alone in int8, moves the logits on `inputs` by at least `share` of what int8
    on every weight does. `work` is a folder for the trial files."""

    reference = run_logits(session(fp32), inputs)

    def logit_change(keep_float: Callable[[str], bool]) -> float:
        trial = work / "trial.onnx"
        quantize_weights(fp32, trial, keep_float)
        return float(np.abs(run_logits(session(trial), inputs) - reference).mean())

    everything = logit_change(lambda _: False)
    names = [nodes[0].name for _, nodes in quantizable(onnx.load(str(fp32)).graph)]
    return frozenset(n for n in names if logit_change(all_but(n)) >= share * everything)


def all_but(node: str) -> Callable[[str], bool]:
    """keep_float for int8 on this node's weight alone."""
    return lambda name: name != node

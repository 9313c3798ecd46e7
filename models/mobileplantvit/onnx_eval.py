"""Runs a shipped ONNX model over photos with onnxruntime (CPU, one photo at a time, as on a phone)."""

import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

from .onnx_export import INPUT_NAME, NOT_LEAF_NAME, OUTPUT_NAME


def session(path: Path, threads: int = 1) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def input_size(path: Path) -> int:
    """The side in pixels of the square photo the model file takes."""
    return int(session(path).get_inputs()[0].shape[-1])


def run_logits(sess: ort.InferenceSession, inputs: np.ndarray) -> np.ndarray:
    """(N, 3, S, S) standardised inputs -> (N, classes) logits; any exported graph, with the not-a-leaf output
    or without it."""
    return np.concatenate([sess.run([OUTPUT_NAME], {INPUT_NAME: x[None]})[0] for x in inputs])


def run_model(sess: ort.InferenceSession, inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(N, 3, S, S) standardised inputs -> (N, classes) logits, (N,) not-a-leaf scores, median ms per photo."""
    logits, scores, times = [], [], []
    for x in inputs:
        started = time.perf_counter()
        out_logits, out_score = sess.run([OUTPUT_NAME, NOT_LEAF_NAME], {INPUT_NAME: x[None]})
        times.append(time.perf_counter() - started)
        logits.append(out_logits[0])
        scores.append(out_score[0, 0])
    return np.stack(logits), np.asarray(scores, dtype=np.float64), float(np.median(times) * 1000)

"""Runs a shipped ONNX model over photos with onnxruntime (CPU, one photo at a time, as on a phone)."""

import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

from .export import DISTANCE_NAME, INPUT_NAME, OUTPUT_NAME


def session(path: Path, threads: int = 1) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def run_model(sess: ort.InferenceSession, inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(N, 3, S, S) standardised inputs -> (N, classes) logits, (N,) leaf distances, median ms per photo."""
    logits, distances, times = [], [], []
    for x in inputs:
        started = time.perf_counter()
        out_logits, out_distance = sess.run([OUTPUT_NAME, DISTANCE_NAME], {INPUT_NAME: x[None]})
        times.append(time.perf_counter() - started)
        logits.append(out_logits[0])
        distances.append(out_distance[0, 0])
    return np.stack(logits), np.asarray(distances, dtype=np.float64), float(np.median(times) * 1000)

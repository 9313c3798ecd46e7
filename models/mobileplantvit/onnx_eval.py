"""Runs a shipped ONNX model over a split with onnxruntime (CPU, one image at a time, as on a phone)."""

import time
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

from .augment import normalize
from .data import class_names, load_split
from .export import INPUT_NAME, OUTPUT_NAME

CACHE_DIR = Path(__file__).resolve().parents[1] / ".cache"


def session(path: Path, threads: int = 1) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def split(name: str) -> tuple[np.ndarray, np.ndarray]:
    """uint8 NHWC images and labels of 'val' or 'test' (decoded once, cached in models/.cache)."""
    return load_split(name, class_names(), CACHE_DIR)


def run_logits(sess: ort.InferenceSession, images: np.ndarray) -> tuple[np.ndarray, float]:
    """(N, classes) float32 logits and the median milliseconds per image."""
    out, times = [], []
    for start in range(0, len(images), 256):
        chunk = normalize(torch.from_numpy(images[start : start + 256])).numpy()
        for x in chunk:
            started = time.perf_counter()
            out.append(sess.run([OUTPUT_NAME], {INPUT_NAME: x[None]})[0][0])
            times.append(time.perf_counter() - started)
    return np.stack(out), float(np.median(times) * 1000)


def softmax(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)

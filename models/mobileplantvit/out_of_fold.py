"""Out-of-fold predictions: what a fold model says of the field training photos it never saw. Kept small (logits
in fp32, pooled embeddings in fp16) and committed under reports/crossfit/, so thresholds can be fitted and
re-fitted without the fold models."""

from pathlib import Path

import numpy as np
import torch

from .students import Student
from .training_run import HeldOut


def save_out_of_fold(model: Student, held_out: HeldOut, fold: int, path: Path, batch_size: int = 128) -> None:
    model.eval()
    logits, embeddings = [], []
    with torch.inference_mode():
        for i in range(0, len(held_out.inputs), batch_size):
            embedding = model.embedding(torch.from_numpy(held_out.inputs[i : i + batch_size]))
            embeddings.append(embedding.numpy())
            logits.append(model.classify(embedding).numpy())
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        fold=np.asarray(fold),
        paths=np.asarray(held_out.paths),
        labels=held_out.labels,
        logits=np.concatenate(logits).astype(np.float32),
        embeddings=np.concatenate(embeddings).astype(np.float16),
    )
    print(f"saved {len(held_out.paths)} out-of-fold predictions to {path}", flush=True)


def load_out_of_fold(paths: list[Path]) -> dict[str, np.ndarray]:
    """Every fold's file joined: paths, labels, logits, embeddings, fold."""
    parts = [dict(np.load(p)) for p in paths]
    joined = {key: np.concatenate([part[key] for part in parts]) for key in ("paths", "labels", "logits", "embeddings")}
    joined["fold"] = np.concatenate([np.full(len(part["labels"]), int(part["fold"])) for part in parts])
    return joined

"""What the teacher and the student trainers share: their data, checkpoints that survive a kill, and the
field val evaluation logged as they go."""

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .augment import MEAN, STD
from .data import IMAGE_SIZE, class_names, load_split
from .field import load_field
from .field_metrics import app_inputs, field_report, summary
from .folds import field_paths, fold_of_photos
from .mixed_batch import MixedBatches


@dataclass
class HeldOut:
    """The field training photos of one cross-fitting fold, kept out of training to be predicted at the end."""

    paths: list[str]
    inputs: np.ndarray
    labels: np.ndarray


@dataclass
class TrainingData:
    classes: list[str]
    batches: MixedBatches
    val_inputs: np.ndarray
    val_y: np.ndarray
    val_sources: list[str]
    held_out: HeldOut | None = None


def start_run(
    out: Path,
    threads: int,
    seed: int,
    limit_per_class: int | None,
    size: int = IMAGE_SIZE,
    holdout_fold: int | None = None,
) -> TrainingData:
    """Threads, seed and output folder set; lab and field train photos for batches of `size` px; field val
    through the app's preprocessing. Decoded arrays are cached beside `out` (not for small smoke runs).
    With `holdout_fold`, that fold's field photos are neither trained on nor used as composite backgrounds."""
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    out.mkdir(parents=True, exist_ok=True)
    cache = None if limit_per_class else out.parent / "cache"
    classes = class_names()
    lab_x, lab_y = load_split("train", classes, cache or out / "cache", limit_per_class)
    field_x, field_y, _ = load_field("train", classes, cache)
    held_out = None
    if holdout_fold is not None:
        paths = field_paths("train")
        held = fold_of_photos(paths) == holdout_fold
        held_out = HeldOut(
            [p for p, h in zip(paths, held, strict=True) if h],
            app_inputs(field_x[held], size, MEAN, STD),
            field_y[held],
        )
        field_x, field_y = field_x[~held], field_y[~held]
        print(f"fold {holdout_fold} held out: {int(held.sum())} field train photos", flush=True)
    val_x, val_y, val_sources = load_field("val", classes, cache)
    if limit_per_class:
        keep = np.concatenate([np.flatnonzero(val_y == c)[:2] for c in np.unique(val_y)])
        val_x, val_y, val_sources = val_x[keep], val_y[keep], [val_sources[i] for i in keep]
    print(f"lab {len(lab_x)}  field train {len(field_x)}  field val {len(val_x)}", flush=True)
    return TrainingData(
        classes,
        MixedBatches(lab_x, lab_y, field_x, field_y, size),
        app_inputs(val_x, size, MEAN, STD),
        val_y,
        val_sources,
        held_out,
    )


def predict(model: nn.Module, inputs: np.ndarray, batch_size: int = 128) -> np.ndarray:
    model.eval()
    with torch.inference_mode():
        return np.concatenate(
            [model(torch.from_numpy(inputs[i : i + batch_size])).numpy() for i in range(0, len(inputs), batch_size)]
        )


def optimize(model: nn.Module, optimizer: torch.optim.Optimizer, loss: torch.Tensor) -> None:
    """One step, the gradients clipped to norm 2: one odd batch must not undo what the run has learnt."""
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 2.0)
    optimizer.step()


def print_progress(step: int, steps: int, loss: torch.Tensor, seen: int, started: float) -> None:
    print(f"step {step}/{steps} loss {loss.item():.3f} {seen / (time.time() - started):.1f} img/s", flush=True)


def save_atomically(state: dict, path: Path) -> None:
    """Written aside and renamed: a kill mid-save never corrupts the checkpoint a resumed run reads."""
    torch.save(state, path.with_suffix(".tmp"))
    path.with_suffix(".tmp").replace(path)


def evaluate_and_log(model: nn.Module, data: TrainingData, step: int, loss: float, log_path: Path) -> dict:
    """Field val with and without the crop: printed, and appended as one JSON line to `log_path`."""
    report = field_report(predict(model, data.val_inputs), data.val_y, data.classes, data.val_sources)
    print(f"step {step} {summary(report)}", flush=True)
    line = {"step": step, "loss": loss, **{k: v for k, v in report.items() if k not in ("perClass", "perSource")}}
    with log_path.open("a") as log:
        log.write(json.dumps(line) + "\n")
    return report

"""Train MobilePlantViT on the shared PlantVillage-128 split. Resumable: re-run the same command.

  cd models && .venv/bin/python -m mobileplantvit.train --epochs 30 --low-res 96 --low-res-epochs 18 \
      --min-scale 0.5 --ema 0.999 --out checkpoints        # the shipped model's run, ~81 min on 2 cores
"""

import argparse
import copy
import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from .augment import normalize, train_batch
from .data import IMAGE_SIZE, class_names, load_split
from .model import MobilePlantViT, count_parameters
from .schedule import learning_rate, update_ema
from .training_run import optimize


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--batch-size", type=int, default=96)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--weight-decay", type=float, default=0.05)
    p.add_argument("--label-smoothing", type=float, default=0.1)
    p.add_argument("--min-scale", type=float, default=0.35, help="smallest random-resized-crop area")
    p.add_argument("--low-res", type=int, default=128, help="training resolution of the first --low-res-epochs")
    p.add_argument("--low-res-epochs", type=int, default=0)
    p.add_argument("--ema", type=float, default=0.0, help="decay of an averaged copy of the weights (0: none)")
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--limit-per-class", type=int, default=None, help="small smoke runs only")
    p.add_argument("--init", type=Path, default=None, help="start from these weights (a fine-tune), fresh optimizer")
    p.add_argument("--out", type=Path, default=Path("models/checkpoints"))
    return p.parse_args()


def evaluate(model: torch.nn.Module, images: np.ndarray, labels: np.ndarray, batch_size: int = 256) -> float:
    model.eval()
    correct = 0
    with torch.inference_mode():
        for start in range(0, len(images), batch_size):
            x = normalize(torch.from_numpy(images[start : start + batch_size]))
            x = x.contiguous(memory_format=torch.channels_last)
            correct += (model(x).argmax(1).numpy() == labels[start : start + batch_size]).sum()
    return float(correct) / len(images)


def main() -> None:
    args = parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    cache_dir = args.out / "cache"

    classes = class_names()
    train_x, train_y = load_split("train", classes, cache_dir, args.limit_per_class)
    val_x, val_y = load_split("val", classes, cache_dir, args.limit_per_class)
    print(f"train {len(train_x)}  val {len(val_x)}  classes {len(classes)}", flush=True)

    model = MobilePlantViT(num_classes=len(classes)).to(memory_format=torch.channels_last)
    print(f"parameters {count_parameters(model):,}", flush=True)
    decay = [p for n, p in model.named_parameters() if p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.ndim <= 1]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": args.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=args.lr,
    )
    steps_per_epoch = len(train_x) // args.batch_size
    total_steps = steps_per_epoch * args.epochs
    warmup = min(steps_per_epoch, 300)

    last = args.out / "last.pt"
    start_epoch, best_acc = 0, 0.0
    if args.init is not None and not last.exists():
        model.load_state_dict(torch.load(args.init, weights_only=False)["model"])
        print(f"initialised from {args.init}", flush=True)
    # The averaged weights are what gets evaluated and saved when --ema is set: steadier than the last step.
    ema = copy.deepcopy(model) if args.ema > 0 else None
    if last.exists():
        state = torch.load(last, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        if ema is not None:
            ema.load_state_dict(state["ema"])
        start_epoch, best_acc = state["epoch"] + 1, state["best_acc"]
        print(f"resumed after epoch {state['epoch']} (best val {best_acc:.4f})", flush=True)

    log = (args.out / "train-log.jsonl").open("a")
    for epoch in range(start_epoch, args.epochs):
        # Seeded per epoch so a resumed run sees the same order and augmentations as an unbroken one.
        rng = np.random.default_rng(args.seed + epoch)
        generator = torch.Generator().manual_seed(args.seed + epoch)
        order = rng.permutation(len(train_x))
        # Lower resolution early is cheaper per step; the last epochs run at the model's input size.
        size = args.low_res if epoch < args.low_res_epochs else IMAGE_SIZE
        model.train()
        started, seen, loss_sum = time.time(), 0, 0.0
        for i in range(steps_per_epoch):
            step = epoch * steps_per_epoch + i
            for group in optimizer.param_groups:
                group["lr"] = learning_rate(step, total_steps, args.lr, warmup)
            idx = order[i * args.batch_size : (i + 1) * args.batch_size]
            x = train_batch(train_x[idx], rng, generator, args.min_scale, size)
            y = torch.from_numpy(train_y[idx])
            loss = F.cross_entropy(model(x), y, label_smoothing=args.label_smoothing)
            optimize(model, optimizer, loss)
            if ema is not None:
                update_ema(ema, model, min(args.ema, (1 + step) / (10 + step)))
            seen += len(idx)
            loss_sum += loss.item() * len(idx)
            if i % 50 == 0:
                rate = seen / (time.time() - started)
                print(f"epoch {epoch} step {i}/{steps_per_epoch} loss {loss.item():.3f} {rate:.0f} img/s", flush=True)
        kept = ema if ema is not None else model
        val_acc = evaluate(kept, val_x, val_y)
        record = {
            "epoch": epoch,
            "size": size,
            "train_loss": loss_sum / max(seen, 1),
            "val_acc": val_acc,
            "img_per_s": seen / (time.time() - started),
            "seconds": time.time() - started,
        }
        print(json.dumps(record), flush=True)
        log.write(json.dumps(record) + "\n")
        log.flush()
        if val_acc >= best_acc:
            best_acc = val_acc
            torch.save(
                {"model": kept.state_dict(), "classes": classes, "epoch": epoch, "val_acc": val_acc},
                args.out / "best.pt",
            )
        state = {"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": epoch, "best_acc": best_acc}
        if ema is not None:
            state["ema"] = ema.state_dict()
        torch.save(state, last.with_suffix(".tmp"))
        last.with_suffix(".tmp").replace(last)  # atomic: a kill mid-save never corrupts the checkpoint


if __name__ == "__main__":
    main()

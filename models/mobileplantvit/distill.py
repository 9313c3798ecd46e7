"""The student: MobilePlantViT (the shipped architecture) distilled from the teacher on lab photos,
composites and field photos: KL to the teacher's soft targets at temperature T, plus cross-entropy on the
hard labels over all classes and over the labelled crop's classes (the app asks the crop first).
Resumable by step: re-run the same command.

  cd models && .venv/bin/python -m mobileplantvit.distill --teacher checkpoints/teacher/teacher.fp16.pt \
      --init checkpoints/shipped.pt --steps 4000 --out checkpoints/student
"""

import argparse
import copy
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from .crops import crop_matrix, crop_restricted
from .data import IMAGE_SIZE
from .function_matching import blend_with_batch
from .mixed_batch import Mix
from .model import MobilePlantViT
from .teacher import load_teacher
from .train import learning_rate, update_ema
from .training_run import evaluate_and_log, optimize, print_progress, save_atomically, start_run


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--teacher", type=Path, default=Path("checkpoints/teacher/teacher.fp16.pt"))
    p.add_argument(
        "--init", type=Path, default=None, help="start from these weights (BatchNorm statistics then stay fixed)"
    )
    p.add_argument(
        "--size",
        type=int,
        default=IMAGE_SIZE,
        help="input size in px (field photos are 176 px: larger sees more of them; lab photos are enlarged)",
    )
    p.add_argument("--steps", type=int, default=4000)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--weight-decay", type=float, default=0.05)
    p.add_argument("--temperature", type=float, default=2.0)
    p.add_argument("--hard", type=float, default=0.5, help="weight of the hard-label cross-entropy")
    p.add_argument("--crop-loss", type=float, default=0.5, help="weight of the crop-restricted cross-entropy")
    p.add_argument(
        "--mix",
        type=lambda text: Mix(*(int(n) for n in text.split(","))),
        default=Mix(),
        help="photos a batch: lab,composited,field (default 16,16,32)",
    )
    p.add_argument(
        "--blend", type=float, default=0.0, help="share of each batch blended with another of its photos (0: none)"
    )
    p.add_argument("--ema", type=float, default=0.998)
    p.add_argument("--eval-every", type=int, default=500)
    p.add_argument("--save-every", type=int, default=100)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--limit-per-class", type=int, default=None, help="small smoke runs only")
    p.add_argument("--out", type=Path, default=Path("checkpoints/student"))
    return p.parse_args()


def freeze_batchnorm(model: nn.Module) -> None:
    """Weights recovered from a folded export carry identity BatchNorms: keep their statistics fixed."""
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.eval()


def main() -> None:
    args = parse_args()
    data = start_run(args.out, args.threads, args.seed, args.limit_per_class, args.size)
    classes = data.classes
    same_crop = torch.from_numpy(crop_matrix(classes))
    teacher = load_teacher(args.teacher, len(classes)).to(memory_format=torch.channels_last)

    model = MobilePlantViT(num_classes=len(classes)).to(memory_format=torch.channels_last)
    if args.init is not None:
        model.load_state_dict(torch.load(args.init, weights_only=False, map_location="cpu")["model"])
    decay = [p for p in model.parameters() if p.ndim > 1]
    no_decay = [p for p in model.parameters() if p.ndim <= 1]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": args.weight_decay}, {"params": no_decay, "weight_decay": 0.0}], lr=args.lr
    )
    ema = copy.deepcopy(model)
    last, start = args.out / "last.pt", 0
    if last.exists():
        state = torch.load(last, weights_only=False)
        model.load_state_dict(state["model"])
        ema.load_state_dict(state["ema"])
        optimizer.load_state_dict(state["optimizer"])
        start = state["step"] + 1
        print(f"resumed after step {state['step']}", flush=True)

    started, seen, t = time.time(), 0, args.temperature
    for step in range(start, args.steps):
        model.train()
        if args.init is not None:
            freeze_batchnorm(model)
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(step, args.steps, args.lr, min(200, args.steps // 10 + 1))
        x, y = data.batches.batch(step, args.seed, args.mix)
        x, blended = blend_with_batch(x, args.blend, torch.Generator().manual_seed(args.seed * 7 + step))
        labelled = ~blended
        with torch.inference_mode():
            soft = F.log_softmax(teacher(x) / t, dim=1)
        logits = model(x)
        loss = F.kl_div(F.log_softmax(logits / t, dim=1), soft.clone(), log_target=True, reduction="batchmean") * t * t
        if labelled.any():  # a batch blended whole has no hard label to learn from
            hard, y_hard = logits[labelled], y[labelled]
            loss = loss + args.hard * F.cross_entropy(hard, y_hard, label_smoothing=0.1)
            loss = loss + args.crop_loss * F.cross_entropy(crop_restricted(hard, y_hard, same_crop), y_hard)
        optimize(model, optimizer, loss)
        update_ema(ema, model, min(args.ema, (1 + step) / (10 + step)))
        seen += len(y)
        if step % 20 == 0:
            print_progress(step, args.steps, loss, seen, started)
        final = step == args.steps - 1
        if step % args.save_every == 0 or final:
            state = {"model": model.state_dict(), "ema": ema.state_dict(), "optimizer": optimizer.state_dict()}
            save_atomically({**state, "step": step}, last)
        if (step + 1) % args.eval_every == 0 or final:
            report = evaluate_and_log(ema, data, step, loss.item(), args.out / "log.jsonl")
    # The averaged weights, in the format release.py and export.py read.
    torch.save(
        {
            "model": ema.state_dict(),
            "classes": classes,
            "inputSize": args.size,
            "epoch": args.steps - 1,
            "val_acc": report["cropKnownTop1"],
        },
        args.out / "student.pt",
    )
    print(f"saved {args.out / 'student.pt'}", flush=True)


if __name__ == "__main__":
    main()

"""The student (students.py: MobilePlantViT, or MobilePlantViT-Lite0 on the teacher's first blocks)
distilled from the teacher on lab photos, composites and field photos: KL to the teacher's soft targets at
temperature T, plus cross-entropy on the hard labels over all classes and over the labelled crop's classes
(the app asks the crop first). Resumable by step: re-run the same command.

  cd models && .venv/bin/python -m mobileplantvit.distill --architecture mobileplantvit-lite0 \
      --teacher weights/teacher-efficientnet-lite0.fp16.pt --steps 2000 --out checkpoints/lite0
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
from .feature_distillation import FeatureProjector, feature_loss
from .function_matching import blend_with_batch
from .mixed_batch import Mix
from .model_lite0 import FRONT_LR_SCALE, MobilePlantViTLite0
from .out_of_fold import save_out_of_fold
from .schedule import learning_rate, update_ema
from .students import ARCHITECTURES, DEFAULT_ARCHITECTURE, Student, build_student
from .teacher_net import load_teacher
from .training_run import evaluate_and_log, optimize, print_progress, save_atomically, start_run


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--teacher", type=Path, default=Path("checkpoints/teacher/teacher.fp16.pt"))
    p.add_argument(
        "--init", type=Path, default=None, help="start from these weights (BatchNorm statistics then stay fixed)"
    )
    p.add_argument(
        "--architecture",
        choices=sorted(ARCHITECTURES),
        default=DEFAULT_ARCHITECTURE,
        help="mobileplantvit-lite0 starts on the teacher's first 11 blocks, -9blocks on 9 (model_lite0.py)",
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
    p.add_argument(
        "--feature-loss", type=float, default=0.0, help="weight of predicting the teacher's features (0: none)"
    )
    p.add_argument("--ema", type=float, default=0.998)
    p.add_argument("--eval-every", type=int, default=500)
    p.add_argument("--save-every", type=int, default=100)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--limit-per-class", type=int, default=None, help="small smoke runs only")
    p.add_argument("--out", type=Path, default=Path("checkpoints/student"))
    p.add_argument("--holdout-fold", type=int, default=None, help="train without this fold (folds.py)")
    p.add_argument("--oof-out", type=Path, default=None, help="where the held-out fold's predictions go (.npz)")
    return p.parse_args()


def freeze_batchnorm(model: nn.Module) -> None:
    """Weights recovered from a folded export carry identity BatchNorms: keep their statistics fixed."""
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.eval()


def load_init(model: Student, path: Path) -> None:
    """Weights of the same architecture, or of a longer Lite0 front: the blocks the student lacks are left out."""
    state = torch.load(path, weights_only=False, map_location="cpu")["model"]
    missing, unused = model.load_state_dict(state, strict=False)
    if missing or any(not key.startswith("blocks.") for key in unused):
        raise ValueError(f"{path} does not fit the student: missing {missing[:3]}, unused {unused[:3]}")
    if unused:
        blocks = sorted({int(key.split(".")[1]) for key in unused})
        print(f"init: left out blocks {blocks} of {path}", flush=True)


def frozen_and_front(model: Student) -> tuple[list[nn.Module], list[nn.Module]]:
    """-> (modules kept as they are, modules trained at FRONT_LR_SCALE): the teacher's blocks in a Lite0 front."""
    if isinstance(model, MobilePlantViTLite0):
        return model.frozen(), model.front()
    return [], []


def param_groups(trained: nn.Module, slow: list[nn.Module], weight_decay: float) -> list[dict]:
    """AdamW groups: no decay on biases and norms; the slow modules' learning rate scaled by FRONT_LR_SCALE."""
    slow_ids = {id(p) for m in slow for p in m.parameters()}
    groups = []
    for scale, params in (
        (1.0, [p for p in trained.parameters() if p.requires_grad and id(p) not in slow_ids]),
        (FRONT_LR_SCALE, [p for m in slow for p in m.parameters()]),
    ):
        for decay, chosen in (
            (weight_decay, [p for p in params if p.ndim > 1]),
            (0.0, [p for p in params if p.ndim <= 1]),
        ):
            if chosen:
                groups.append({"params": chosen, "weight_decay": decay, "lr_scale": scale})
    return groups


def main() -> None:
    args = parse_args()
    if args.oof_out is not None and args.holdout_fold is None:
        raise SystemExit("--oof-out needs --holdout-fold: out-of-fold predictions are of the fold held out")
    data = start_run(args.out, args.threads, args.seed, args.limit_per_class, args.size, args.holdout_fold)
    classes = data.classes
    same_crop = torch.from_numpy(crop_matrix(classes))
    teacher = load_teacher(args.teacher, len(classes)).to(memory_format=torch.channels_last)

    model = build_student(args.architecture, len(classes)).to(memory_format=torch.channels_last)
    if args.init is not None:
        load_init(model, args.init)
    elif isinstance(model, MobilePlantViTLite0):
        model.load_front(teacher)
    kept, slow = frozen_and_front(model)
    for module in kept:
        module.requires_grad_(False)
    # The projector only serves the feature loss in training; it is saved to resume, never exported.
    projector = FeatureProjector(model.head.in_features, teacher.feature_dim) if args.feature_loss > 0 else None
    trained = nn.ModuleList([model] if projector is None else [model, projector])
    optimizer = torch.optim.AdamW(param_groups(trained, slow, args.weight_decay), lr=args.lr)
    ema = copy.deepcopy(model)
    last, start = args.out / "last.pt", 0
    if last.exists():
        state = torch.load(last, weights_only=False)
        model.load_state_dict(state["model"])
        ema.load_state_dict(state["ema"])
        optimizer.load_state_dict(state["optimizer"])
        if projector is not None:
            projector.load_state_dict(state["projector"])
        start = state["step"] + 1
        print(f"resumed after step {state['step']}", flush=True)

    started, seen, t = time.time(), 0, args.temperature
    for step in range(start, args.steps):
        model.train()
        if args.init is not None:
            freeze_batchnorm(model)
        for module in kept:
            module.eval()
        for group in optimizer.param_groups:
            warmup = min(200, args.steps // 10 + 1)
            group["lr"] = learning_rate(step, args.steps, args.lr, warmup) * group["lr_scale"]
        x, y = data.batches.batch(step, args.seed, args.mix)
        x, blended = blend_with_batch(x, args.blend, torch.Generator().manual_seed(args.seed * 7 + step))
        labelled = ~blended
        with torch.inference_mode():
            teacher_features, teacher_logits = teacher.features_and_logits(x)
            soft = F.log_softmax(teacher_logits / t, dim=1)
        embedding = model.embedding(x)
        logits = model.classify(embedding)
        loss = F.kl_div(F.log_softmax(logits / t, dim=1), soft.clone(), log_target=True, reduction="batchmean") * t * t
        if labelled.any():  # a batch blended whole has no hard label to learn from
            hard, y_hard = logits[labelled], y[labelled]
            loss = loss + args.hard * F.cross_entropy(hard, y_hard, label_smoothing=0.1)
            loss = loss + args.crop_loss * F.cross_entropy(crop_restricted(hard, y_hard, same_crop), y_hard)
        if projector is not None:
            loss = loss + args.feature_loss * feature_loss(projector(embedding), teacher_features.clone())
        optimize(trained, optimizer, loss)
        update_ema(ema, model, min(args.ema, (1 + step) / (10 + step)))
        seen += len(y)
        if step % 20 == 0:
            print_progress(step, args.steps, loss, seen, started)
        final = step == args.steps - 1
        if step % args.save_every == 0 or final:
            state = {"model": model.state_dict(), "ema": ema.state_dict(), "optimizer": optimizer.state_dict()}
            if projector is not None:
                state["projector"] = projector.state_dict()
            save_atomically({**state, "step": step}, last)
        if (step + 1) % args.eval_every == 0 or final:
            report = evaluate_and_log(ema, data, step, loss.item(), args.out / "log.jsonl")
    # The averaged weights, in the format release.py and onnx_export.py read.
    torch.save(
        {
            "model": ema.state_dict(),
            "classes": classes,
            "architecture": args.architecture,
            "inputSize": args.size,
            "epoch": args.steps - 1,
            "val_acc": report["cropKnownTop1"],
        },
        args.out / "student.pt",
    )
    print(f"saved {args.out / 'student.pt'}", flush=True)
    if data.held_out is not None and args.oof_out is not None:
        save_out_of_fold(ema, data.held_out, args.holdout_fold, args.oof_out)


if __name__ == "__main__":
    main()

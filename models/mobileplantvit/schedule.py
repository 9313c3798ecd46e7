"""What every trainer schedules the same way: a warm-up then cosine learning rate, and an averaged copy of
the weights (EMA). Library code: the trainers import it, never each other."""

import math

import torch


def learning_rate(step: int, total: int, peak: float, warmup: int) -> float:
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return peak * 0.5 * (1 + math.cos(math.pi * progress))


def update_ema(ema: torch.nn.Module, model: torch.nn.Module, decay: float) -> None:
    with torch.no_grad():
        for averaged, current in zip(ema.state_dict().values(), model.state_dict().values(), strict=False):
            if averaged.dtype.is_floating_point:
                averaged.mul_(decay).add_(current, alpha=1 - decay)
            else:
                averaged.copy_(current)

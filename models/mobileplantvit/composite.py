"""Leaf-on-background compositing: lab leaves (one leaf on a plain background) cut out by their difference
from the background colour and pasted, scaled, turned and partly shaded or covered, onto field-like
backgrounds (zoomed-in crops of field photos, or soil/sky-like colour fields). All batched in torch."""

import math

import torch
import torch.nn.functional as F


def leaf_mask(x: torch.Tensor) -> torch.Tensor:
    """(N,3,H,W) [0,1] lab photos -> (N,1,H,W) soft mask of the leaf: the lab background and its shadows are
    grey, so colour saturation above the border's sets the leaf apart; a closing fills dark lesions."""
    saturation = x.amax(1, keepdim=True) - x.amin(1, keepdim=True)
    border = torch.cat([saturation[:, :, :3].flatten(2), saturation[:, :, -3:].flatten(2)], 2)
    background = border.median(dim=2).values[:, :, None, None]
    mask = ((saturation - background - 0.05) / 0.05).clamp(0, 1)
    mask = -F.max_pool2d(-F.max_pool2d(mask, 11, stride=1, padding=5), 11, stride=1, padding=5)
    return F.avg_pool2d(F.pad(mask, (1, 1, 1, 1), mode="replicate"), 3, stride=1)


def _uniform(n: int, low: float, high: float, generator: torch.Generator) -> torch.Tensor:
    return low + (high - low) * torch.rand(n, generator=generator)


def _place(x: torch.Tensor, scale: torch.Tensor, generator: torch.Generator, size: int) -> torch.Tensor:
    """Shrinks each image to scale of the canvas, turns it anywhere and moves it, zero outside."""
    n = x.shape[0]
    angle = _uniform(n, -math.pi, math.pi, generator)
    reach = (1 - scale) + 0.25 * scale  # a quarter of the leaf may leave the frame
    tx, ty = _uniform(n, -1, 1, generator) * reach, _uniform(n, -1, 1, generator) * reach
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack(
        [torch.stack([cos, -sin, -(cos * tx - sin * ty)], 1), torch.stack([sin, cos, -(sin * tx + cos * ty)], 1)], 1
    )
    grid = F.affine_grid(theta, [n, x.shape[1], size, size], align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def field_backgrounds(field: torch.Tensor, generator: torch.Generator, size: int) -> torch.Tensor:
    """(N,3,S,S) [0,1] field photos -> zoomed-in, often blurred crops of them: foliage, soil, sky, hands."""
    n = field.shape[0]
    scale = _uniform(n, 0.25, 0.6, generator)
    tx, ty = (1 - scale) * _uniform(n, -1, 1, generator), (1 - scale) * _uniform(n, -1, 1, generator)
    zero = torch.zeros(n)
    theta = torch.stack([torch.stack([scale, zero, tx], 1), torch.stack([zero, scale, ty], 1)], 1)
    grid = F.affine_grid(theta, [n, 3, size, size], align_corners=False)
    out = F.grid_sample(field, grid, mode="bilinear", padding_mode="reflection", align_corners=False)
    blurred = F.interpolate(F.avg_pool2d(out, 4), size=size, mode="bilinear", align_corners=False)
    return torch.where((torch.rand(n, generator=generator) < 0.5).view(n, 1, 1, 1), blurred, out)


def plain_backgrounds(n: int, generator: torch.Generator, size: int) -> torch.Tensor:
    """Soil-, grass- and sky-like colour fields with low-frequency texture."""
    palette = torch.tensor(
        [[0.45, 0.33, 0.22], [0.30, 0.42, 0.18], [0.55, 0.68, 0.85], [0.5, 0.5, 0.48], [0.2, 0.25, 0.12]]
    )
    base = palette[torch.randint(len(palette), (n,), generator=generator)].view(n, 3, 1, 1)
    noise = torch.rand(n, 1, 6, 6, generator=generator) - 0.5
    texture = F.interpolate(noise, size=size, mode="bicubic", align_corners=False) * 0.3
    return (base * (1 + texture) + 0.04 * (torch.rand(n, 1, size, size, generator=generator) - 0.5)).clamp(0, 1)


def shadow(x: torch.Tensor, generator: torch.Generator, probability: float = 0.4) -> torch.Tensor:
    """Darkens the side of a random soft line, as a hand, a plant or the photographer casts a shadow."""
    n, _, h, w = x.shape
    ys, xs = torch.meshgrid(torch.linspace(-1, 1, h), torch.linspace(-1, 1, w), indexing="ij")
    angle = _uniform(n, 0, 2 * math.pi, generator).view(n, 1, 1)
    offset = _uniform(n, -0.6, 0.6, generator).view(n, 1, 1)
    side = ((torch.cos(angle) * xs + torch.sin(angle) * ys - offset) / 0.1).sigmoid()
    depth = _uniform(n, 0.15, 0.45, generator).view(n, 1, 1) * (torch.rand(n, 1, 1, generator=generator) < probability)
    return x * (1 - depth * side).unsqueeze(1)


def occlude(
    x: torch.Tensor, covers: torch.Tensor, generator: torch.Generator, probability: float = 0.3
) -> torch.Tensor:
    """Covers a random rectangle (up to a quarter of the frame) with a piece of another background."""
    n, _, h, w = x.shape
    out = x.clone()
    for i in torch.nonzero(torch.rand(n, generator=generator) < probability).flatten().tolist():
        ch, cw = int(h * _uniform(1, 0.2, 0.5, generator)), int(w * _uniform(1, 0.2, 0.5, generator))
        y0 = int(torch.randint(0, h - ch + 1, (1,), generator=generator))
        x0 = int(torch.randint(0, w - cw + 1, (1,), generator=generator))
        out[i, :, y0 : y0 + ch, x0 : x0 + cw] = covers[i, :, y0 : y0 + ch, x0 : x0 + cw]
    return out


def composite(leaves: torch.Tensor, field: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """(N,3,S,S) lab leaves in [0,1] and (M,3,F,F) field photos -> N composites at S x S in [0,1]. A leaf
    whose mask covers under a fifth of its photo (too dull to cut out) keeps its lab background."""
    n, _, size, _ = leaves.shape
    pick = torch.randint(field.shape[0], (n,), generator=generator)
    backgrounds = field_backgrounds(field[pick], generator, size)
    plain = torch.rand(n, generator=generator) < 0.25
    backgrounds[plain] = plain_backgrounds(int(plain.sum()), generator, size)
    masks = leaf_mask(leaves)
    masks[masks.mean(dim=(1, 2, 3)) < 0.2] = 1.0
    placed = _place(torch.cat([leaves, masks], 1), _uniform(n, 0.5, 1.0, generator), generator, size)
    leaf, mask = placed[:, :3], placed[:, 3:]
    out = backgrounds * (1 - mask) + leaf * mask
    out = shadow(out, generator)
    return occlude(out, backgrounds.roll(1, 0), generator).clamp(0, 1)

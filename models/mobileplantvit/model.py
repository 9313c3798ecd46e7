"""MobilePlantViT (Tonmoy et al., arXiv 2503.16628), re-implemented from the paper's description.

Layout: DepthConv stem (3 -> 32) -> [GroupConv+CBAM x1] -> DepthConv down -> [x2] -> DepthConv down
-> [x4] -> DepthConv patch embedding -> 1 Transformer encoder with linear (separable) self-attention
-> global average pool -> linear classifier. Input 128x128 here (the paper uses 224).
"""

import torch
import torch.nn.functional as F
from torch import nn


class DepthConv(nn.Module):
    """Depthwise 3x3 (optionally strided) followed by a pointwise projection: pooling with channel expansion."""

    def __init__(self, c_in: int, c_out: int, stride: int) -> None:
        super().__init__()
        self.depthwise = nn.Conv2d(c_in, c_in, 3, stride, 1, groups=c_in, bias=False)
        self.bn1 = nn.BatchNorm2d(c_in)
        self.pointwise = nn.Conv2d(c_in, c_out, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(c_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.silu(self.bn1(self.depthwise(x)))
        return F.silu(self.bn2(self.pointwise(x)))


class ChannelAttention(nn.Module):
    def __init__(self, channels: int, reduction: int = 8) -> None:
        super().__init__()
        hidden = max(channels // reduction, 8)
        self.mlp = nn.Sequential(nn.Conv2d(channels, hidden, 1), nn.SiLU(), nn.Conv2d(hidden, channels, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        avg = self.mlp(F.adaptive_avg_pool2d(x, 1))
        mx = self.mlp(F.adaptive_max_pool2d(x, 1))
        return x * torch.sigmoid(avg + mx)


class SpatialAttention(nn.Module):
    def __init__(self, kernel: int = 7) -> None:
        super().__init__()
        self.conv = nn.Conv2d(2, 1, kernel, padding=kernel // 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
        return x * torch.sigmoid(self.conv(pooled))


class GroupConvBlock(nn.Module):
    """Grouped 3x3 conv + pointwise mix, CBAM attention, residual."""

    def __init__(self, channels: int, groups: int = 4) -> None:
        super().__init__()
        self.grouped = nn.Conv2d(channels, channels, 3, 1, 1, groups=groups, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.pointwise = nn.Conv2d(channels, channels, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)
        self.channel_attention = ChannelAttention(channels)
        self.spatial_attention = SpatialAttention()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = F.silu(self.bn1(self.grouped(x)))
        y = self.bn2(self.pointwise(y))
        y = self.spatial_attention(self.channel_attention(y))
        return F.silu(x + y)


class LinearSelfAttention(nn.Module):
    """Separable self-attention (MobileViTv2): cost linear in the number of tokens."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.to_scores = nn.Linear(dim, 1)
        self.to_key = nn.Linear(dim, dim)
        self.to_value = nn.Linear(dim, dim)
        self.out = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # x: (batch, tokens, dim)
        weights = torch.softmax(self.to_scores(x), dim=1)
        context = (weights * self.to_key(x)).sum(dim=1, keepdim=True)
        return self.out(F.relu(self.to_value(x)) * context)


class TransformerEncoder(nn.Module):
    def __init__(self, dim: int, mlp_ratio: int = 2) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attention = LinearSelfAttention(dim)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, dim * mlp_ratio), nn.GELU(), nn.Linear(dim * mlp_ratio, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.attention(self.norm1(x))
        return x + self.mlp(self.norm2(x))


class MobilePlantViT(nn.Module):
    def __init__(self, num_classes: int, widths: tuple[int, int, int, int] = (32, 64, 128, 192)) -> None:
        super().__init__()
        c1, c2, c3, dim = widths
        # The stem reduces 4x (the paper's DepthConv stem, preceded by one strided 3x3 conv) so that
        # training fits a 2-core CPU; the stages then run at 32, 16 and 8 pixels.
        self.stem = nn.Sequential(
            nn.Conv2d(3, 16, 3, 2, 1, bias=False), nn.BatchNorm2d(16), nn.SiLU(), DepthConv(16, c1, stride=2)
        )  # 128 -> 32
        self.stage1 = nn.Sequential(GroupConvBlock(c1))
        self.down1 = DepthConv(c1, c2, stride=2)  # 32 -> 16
        self.stage2 = nn.Sequential(*[GroupConvBlock(c2) for _ in range(2)])
        self.down2 = DepthConv(c2, c3, stride=2)  # 16 -> 8
        self.stage3 = nn.Sequential(*[GroupConvBlock(c3) for _ in range(4)])
        self.patch_embed = DepthConv(c3, dim, stride=1)  # 8x8: 64 tokens
        self.encoder = TransformerEncoder(dim)
        self.norm = nn.LayerNorm(dim)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(dim, num_classes)

    def embedding(self, x: torch.Tensor) -> torch.Tensor:
        """The encoder's tokens, mean-pooled, before the final LayerNorm (which would hide their scale)."""
        x = self.stage1(self.stem(x))
        x = self.stage2(self.down1(x))
        x = self.stage3(self.down2(x))
        x = self.patch_embed(x)
        tokens = x.flatten(2).transpose(1, 2)
        return self.encoder(tokens).mean(dim=1)

    def classify(self, embedding: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.norm(embedding)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classify(self.embedding(x))


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())

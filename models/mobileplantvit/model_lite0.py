"""MobilePlantViT-Lite0: MobilePlantViT's patch embedding, linear-attention encoder and head on the first 11
(or 9) blocks of EfficientNet-Lite0 in place of its GroupConv stages. Those blocks come from the teacher, so the
student starts with features that ImageNet and then our lab and field photos trained: the 0.57 M-parameter
MobilePlantViT, trained from lab photos on, stayed near 80 % top-5 on field val whatever else changed.
Through the 112-channel stage the front reduces 16x, so at 128 px the encoder sees 8x8 tokens as before.
"""

import torch
from torch import nn

from .efficientnet_input import EfficientNetInput
from .model import DepthConv, TransformerEncoder
from .teacher_net import Teacher

FRONT_BLOCKS = 11  # EfficientNet-Lite0 through its 112-channel stage
# Blocks 9 and 10 repeat block 8 with 5x5 depthwise convs on 672 channels, which onnxruntime-web's WASM
# kernels run slowly: without them the model runs a quarter faster there (model card: the 9-block front).
SHORT_FRONT_BLOCKS = 9
FRONT_CHANNELS = 112  # blocks 8-10 all end in 112 channels
# The stem and first blocks run at the highest resolutions and learn edges and colours, which ImageNet
# taught well: kept fixed, they cost no backward pass.
FROZEN_BLOCKS = 5
FRONT_LR_SCALE = 0.2  # the teacher's trained blocks move slower than the new encoder


class MobilePlantViTLite0(nn.Module):
    def __init__(self, num_classes: int, dim: int = 192, front_blocks: int = FRONT_BLOCKS) -> None:
        super().__init__()
        from efficientnet_lite_pytorch import EfficientNet

        net = EfficientNet.from_name("efficientnet-lite0", num_classes=num_classes)
        self.standardise = EfficientNetInput()
        self.stem = nn.Sequential(net._conv_stem, net._bn0, net._swish)
        self.blocks = nn.Sequential(*net._blocks[:front_blocks])
        self.patch_embed = DepthConv(FRONT_CHANNELS, dim, stride=1)
        self.encoder = TransformerEncoder(dim)
        self.norm = nn.LayerNorm(dim)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(dim, num_classes)

    def load_front(self, teacher: Teacher) -> None:
        """The teacher's stem and first blocks, weights and BatchNorm statistics."""
        self.stem.load_state_dict(
            nn.Sequential(teacher.net._conv_stem, teacher.net._bn0, teacher.net._swish).state_dict()
        )
        self.blocks.load_state_dict(nn.Sequential(*teacher.net._blocks[: len(self.blocks)]).state_dict())

    def frozen(self) -> list[nn.Module]:
        return [self.stem, *self.blocks[:FROZEN_BLOCKS]]

    def front(self) -> list[nn.Module]:
        """The trained part of the teacher's blocks (FRONT_LR_SCALE)."""
        return list(self.blocks[FROZEN_BLOCKS:])

    def embedding(self, x: torch.Tensor) -> torch.Tensor:
        """The encoder's tokens, mean-pooled, before the final LayerNorm (which would hide their scale)."""
        x = self.patch_embed(self.blocks(self.stem(self.standardise(x))))
        return self.encoder(x.flatten(2).transpose(1, 2)).mean(dim=1)

    def classify(self, embedding: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.norm(embedding)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classify(self.embedding(x))

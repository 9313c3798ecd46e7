"""Feature distillation (Romero et al. 2015, "FitNets"): the student's pooled embedding, through a linear map
used only in training, learns to predict the teacher's pooled 1,280-d features. The teacher's 34 answers say
little about a photo; its features carry what ImageNet taught it (which plant, what texture), and on field
val the student agreed with the teacher's first answer on 62 % of photos against 89 % on its training photos.
"""

import torch
import torch.nn.functional as F
from torch import nn


class FeatureProjector(nn.Module):
    def __init__(self, student_dim: int, teacher_dim: int) -> None:
        super().__init__()
        self.map = nn.Linear(student_dim, teacher_dim)

    def forward(self, embedding: torch.Tensor) -> torch.Tensor:
        return self.map(embedding)


def feature_loss(projected: torch.Tensor, teacher_features: torch.Tensor) -> torch.Tensor:
    """Mean squared error to the teacher's features standardised over the batch: every feature counts alike,
    and the part all photos share (the features are mostly positive) is not there to be learned."""
    mean = teacher_features.mean(0, keepdim=True)
    std = teacher_features.std(0, keepdim=True) + 1e-3
    return F.mse_loss(projected, (teacher_features - mean) / std)

"""The wrong-crop guard's arithmetic: with a crop picked, the app answers only when the picked crop's classes
hold at least `unsure.minCropShare` of the unfiltered probability (shared/src/inference/postprocess.ts
otherLikelyCrop). Without it the crop filter renormalises over the picked crop, so a tomato leaf entered as
potato came out "potato late blight, very likely" one time in three."""

import numpy as np

from .crops import crop_of

SHARES = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)


def crop_share(probabilities: np.ndarray, classes: list[str], crop: str) -> np.ndarray:
    """(N, classes) unfiltered probabilities -> (N,) the share held by `crop`'s classes."""
    mask = np.asarray([crop_of(c) == crop for c in classes])
    return probabilities[:, mask].sum(1)


def filtered_confidence(probabilities: np.ndarray, classes: list[str], crop: str) -> np.ndarray:
    """The top probability after the app's crop filter (the picked crop's classes, renormalised)."""
    mask = np.asarray([crop_of(c) == crop for c in classes])
    kept = probabilities[:, mask]
    return kept.max(1) / np.maximum(kept.sum(1), 1e-300)


def wrong_crop_of(labels: np.ndarray, classes: list[str]) -> list[str]:
    """Each leaf's wrong crop, chosen as ../shared/tools/eval_field.py does (by its index within its class)."""
    crops = sorted({crop_of(c) for c in classes})
    seen: dict[int, int] = {}
    chosen = []
    for y in labels:
        j = seen.get(int(y), 0)
        seen[int(y)] = j + 1
        name = classes[int(y)]
        others = [c for c in crops if c != crop_of(name)]
        chosen.append(others[(j * 7 + len(name)) % len(others)])
    return chosen


def sweep(
    probabilities: np.ndarray, is_leaf: np.ndarray, labels: np.ndarray, classes: list[str], min_confidence: float
) -> list[dict]:
    """For each candidate minCropShare: confident answers under the wrong crop, and right-crop answers lost."""
    right = [crop_of(classes[int(y)]) for y in labels]
    wrong = wrong_crop_of(labels, classes)

    def per_leaf(crops: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each leaf under its given crop -> (confident after the crop filter, that crop's share)."""
        confident, shares = [], []
        for p, crop in zip(probabilities, crops, strict=True):
            confident.append(filtered_confidence(p[None], classes, crop)[0] >= min_confidence)
            shares.append(crop_share(p[None], classes, crop)[0])
        return np.asarray(confident), np.asarray(shares)

    right_confident, right_share = per_leaf(right)
    wrong_confident, wrong_share = per_leaf(wrong)
    answered = is_leaf & right_confident
    rows = []
    for share in SHARES:
        rows.append(
            {
                "minCropShare": share,
                "wrongCropConfident": float((is_leaf & wrong_confident & (wrong_share >= share)).mean()),
                "rightCropAnswered": float((answered & (right_share >= share)).mean()),
                "rightCropAnswersLost": int((answered & (right_share < share)).sum()),
            }
        )
    return rows


def choose_min_crop_share(
    probabilities: np.ndarray, is_leaf: np.ndarray, labels: np.ndarray, classes: list[str], min_confidence: float
) -> tuple[float, list[dict]]:
    """The largest candidate share that takes no right-crop answer away on these photos (field train: never
    field val, which only measures), and the sweep it was chosen from."""
    rows = sweep(probabilities, is_leaf, labels, classes, min_confidence)
    return max(r["minCropShare"] for r in rows if r["rightCropAnswersLost"] == 0), rows

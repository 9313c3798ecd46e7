"""Field accuracy as the app is used: crop known (softmax over the picked crop's classes) and not."""

import numpy as np

from .crops import crop_matrix, crop_of
from .preprocess import preprocess

MIN_VAL_PHOTOS = 5  # classes with fewer val photos are left out of the other-crops macro average


def app_inputs(
    images: np.ndarray | list[np.ndarray], size: int, mean: tuple[float, ...], std: tuple[float, ...]
) -> np.ndarray:
    """Field photos through the app's exact preprocessing -> (N, 3, size, size) float32."""
    return np.stack([preprocess(image, size, mean, std) for image in images])


def crop_known_predictions(logits: np.ndarray, labels: np.ndarray, classes: list[str]) -> np.ndarray:
    same_crop = crop_matrix(classes)[labels]
    return np.where(same_crop, logits, -np.inf).argmax(1)


def apple_photos(labels: np.ndarray, classes: list[str]) -> np.ndarray:
    """Apple has most of the field photos (orchard datasets); the targets judge it apart from the other crops."""
    return np.asarray([crop_of(classes[y]) == "Apple" for y in labels], dtype=bool)


def field_report(logits: np.ndarray, labels: np.ndarray, classes: list[str], sources: list[str]) -> dict:
    crop_pred = crop_known_predictions(logits, labels, classes)
    crop_right = crop_pred == labels
    top5 = np.argsort(-logits, axis=1)[:, :5]
    apple = apple_photos(labels, classes)
    per_class = {}
    for c in np.unique(labels):
        rows = labels == c
        per_class[classes[c]] = {
            "photos": int(rows.sum()),
            "cropKnownTop1": float(crop_right[rows].mean()),
            "top1": float((logits[rows].argmax(1) == c).mean()),
        }
    others = [
        v["cropKnownTop1"] for k, v in per_class.items() if crop_of(k) != "Apple" and v["photos"] >= MIN_VAL_PHOTOS
    ]
    per_source = {
        s: {"photos": int(m.sum()), "cropKnownTop1": float(crop_right[m].mean())}
        for s in sorted(set(sources))
        for m in [np.asarray(sources) == s]
    }
    return {
        "photos": int(len(labels)),
        "cropKnownTop1": float(crop_right.mean()),
        "appleCropKnownTop1": float(crop_right[apple].mean()),
        "otherCropsMacroCropKnownTop1": float(np.mean(others)) if others else None,
        "top1": float((logits.argmax(1) == labels).mean()),
        "top5": float((top5 == labels[:, None]).any(1).mean()),
        "perClass": per_class,
        "perSource": per_source,
    }


def summary(report: dict) -> str:
    others = report["otherCropsMacroCropKnownTop1"]
    others_text = "none" if others is None else f"{others:.3f}"
    return (
        f"field val: apple {report['appleCropKnownTop1']:.3f}  other crops macro {others_text}"
        f"  crop-known {report['cropKnownTop1']:.3f}  top1 {report['top1']:.3f}  top5 {report['top5']:.3f}"
    )

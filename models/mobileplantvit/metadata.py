"""metadata.json as release.py writes it: the Python side of shared/src/model-metadata.ts (the zod schema the app
and the scripts read it with). mypy checks what release.py builds against these types, and
scripts/model-metadata-schema.test.ts checks that both sides name the same fields, required or optional alike."""

from typing import Any, Literal, NotRequired, TypedDict


class ModelFile(TypedDict):
    path: str
    sha256: str
    bytes: int


class ModelFiles(TypedDict):
    int8: ModelFile
    fp32: ModelFile


class UnsureRule(TypedDict):
    rule: str
    minConfidence: float
    appliesTo: Literal["crop-filtered", "all-classes"]
    minCropShare: NotRequired[float]
    leafEvidence: NotRequired[float]


class NotLeafRule(TypedDict):
    rule: str
    output: str
    maxScore: float


class SelfTest(TypedDict):
    input: str
    logits: list[float]
    tolerance: float


class ModelMetadata(TypedDict):
    name: str
    version: str
    inputName: str
    outputName: str
    inputSize: int
    mean: list[float]
    std: list[float]
    classes: list[str]
    files: ModelFiles
    temperature: float
    unsure: UnsureRule
    notLeaf: NotLeafRule
    selfTest: SelfTest
    accuracy: dict[str, Any]


def fields(schema: type) -> dict[str, Any]:
    """A TypedDict's fields, nested TypedDicts as dicts of their own: {name: {"required": bool, "fields": ...}}."""
    out: dict[str, Any] = {}
    for name, annotation in schema.__annotations__.items():
        inner = getattr(annotation, "__args__", (annotation,))[0] if "NotRequired" in str(annotation) else annotation
        entry: dict[str, Any] = {"required": name in schema.__required_keys__}  # type: ignore[attr-defined]
        if isinstance(inner, type) and hasattr(inner, "__required_keys__"):
            entry["fields"] = fields(inner)
        out[name] = entry
    return out

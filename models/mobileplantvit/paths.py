"""Where models/ keeps what the package reads and writes, whatever folder a command runs in."""

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parents[1]
# Decoded datasets (.npz) of the release and the evaluations: rebuilt from the shared tars when missing.
CACHE_DIR = MODELS_DIR / ".cache"

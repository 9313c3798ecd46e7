"""Runs a recorded recipe: the stages of a training or release, each a module of this package with its
arguments, in order. A recipe file replaces the chains of shell lines that a model card used to carry, so one
command reproduces a model. Every trainer resumes by itself, and a stage with `creates` (the file it writes
last) is skipped once that file exists, so re-running a recipe after a kill goes on where it stopped.

  cd models && .venv/bin/python -m mobileplantvit.recipe recipes/teacher-lite2.toml [--dry-run]
"""

import argparse
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

Value = str | int | float | bool | list[str | int | float]


def stage_argv(module: str, args: dict[str, Value]) -> list[str]:
    """`{steps = 2000, mix = [44, 4, 16], mirror = true}` -> `--steps 2000 --mix 44,4,16 --mirror`."""
    argv = [sys.executable, "-u", "-m", module]
    for key, value in args.items():
        flag = "--" + key.replace("_", "-")
        if value is True:
            argv.append(flag)
        elif value is False:
            continue
        elif isinstance(value, list):
            argv += [flag, ",".join(str(v) for v in value)]
        else:
            argv += [flag, str(value)]
    return argv


@dataclass
class Stage:
    name: str
    argv: list[str]
    creates: Path | None


def load_recipe(path: Path) -> list[Stage]:
    """Each `[[stage]]` of the file, in order; `creates` is relative to the folder the recipe runs in."""
    with path.open("rb") as f:
        recipe = tomllib.load(f)
    stages = recipe.get("stage", [])
    if not stages:
        raise ValueError(f"{path}: no [[stage]] in the recipe")
    return [
        Stage(
            stage.get("name", stage["module"]),
            stage_argv(stage["module"], stage.get("args", {})),
            Path(stage["creates"]) if "creates" in stage else None,
        )
        for stage in stages
    ]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("recipe", type=Path)
    p.add_argument("--dry-run", action="store_true", help="print each stage's command and run nothing")
    args = p.parse_args()
    for stage in load_recipe(args.recipe):
        done = stage.creates is not None and stage.creates.exists()
        print(f"== {stage.name}: {' '.join(stage.argv[2:])}{f'  [done: {stage.creates} exists]' if done else ''}")
        if not args.dry_run and not done:
            subprocess.run(stage.argv, check=True)


if __name__ == "__main__":
    main()

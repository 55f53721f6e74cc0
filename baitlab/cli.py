"""The `python -m baitlab` command line: validate, fix-offsets, analyze, headlines."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from baitlab.content import fix_offsets, load_library
from baitlab.errors import ContentError
from baitlab.techniques import load_catalogue


def _validate(args: argparse.Namespace) -> int:
    try:
        catalogue = load_catalogue()
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    library = load_library(catalogue)
    problems = list(library.problems)
    from baitlab.checks import library_problems

    problems += library_problems(catalogue, library)
    for problem in problems:
        print(problem, file=sys.stderr)
    spans = sum(len(s.spans) for s in library.samples)
    print(
        f"{len(library.samples)} samples loaded, {spans} curated spans, "
        f"{len(catalogue.techniques)} techniques, {len(problems)} problems"
    )
    return 1 if problems else 0


def _fix_offsets(args: argparse.Namespace) -> int:
    for name in args.files:
        for line in fix_offsets(Path(name)) or ["offsets already right"]:
            print(f"{name}: {line}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m baitlab", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check every sample and lesson; exit 1 on problems")
    fix = commands.add_parser("fix-offsets", help="recompute span offsets from their quotes")
    fix.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    handlers = {"validate": _validate, "fix-offsets": _fix_offsets}
    return handlers[args.command](args)

"""The `python -m baitlab` command line: validate, fix-offsets, analyze, headlines."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from baitlab.checks import library_problems, quiz_item_count
from baitlab.content import fix_offsets, load_library
from baitlab.errors import ContentError
from baitlab.lessons import load_course
from baitlab.techniques import load_catalogue


def _validate(args: argparse.Namespace) -> int:
    try:
        catalogue = load_catalogue()
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    library = load_library(catalogue)
    course = load_course(catalogue, library)
    problems = library.problems + course.problems
    from baitlab.evaluate import DEV_DIR, HELDOUT_DIR

    for folder in (DEV_DIR, HELDOUT_DIR):  # the detector's evaluation sets: same schema
        if folder.is_dir():
            problems += load_library(catalogue, folder).problems
    from baitlab.evaluate import second_editor_problems

    if HELDOUT_DIR.is_dir():
        heldout = load_library(catalogue, HELDOUT_DIR).samples
        problems += second_editor_problems(heldout, set(catalogue.ids()))
    problems += library_problems(catalogue, library, course)
    from baitlab.detector import load_cues

    try:
        load_cues()
    except ContentError as error:
        problems += error.problems
    from baitlab.sentences import model_problems

    problems += model_problems(set(catalogue.ids()))
    from baitlab.phrases import bank_problems

    problems += bank_problems(set(catalogue.ids()))
    for problem in problems:
        print(problem, file=sys.stderr)
    spans = sum(len(s.spans) for s in library.samples)
    print(
        f"{len(library.samples)} samples loaded, {spans} curated spans, "
        f"{len(course.lessons)} lessons, {quiz_item_count(library, course)} quiz items, "
        f"{len(catalogue.techniques)} techniques, {len(problems)} problems"
    )
    return 1 if problems else 0


def _fix_offsets(args: argparse.Namespace) -> int:
    for name in args.files:
        for line in fix_offsets(Path(name)) or ["offsets already right"]:
            print(f"{name}: {line}")
    return 0


def _read_input(name: str) -> str:
    """Gives the text of a file (or standard input for "-") decoded as UTF-8, untouched."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return data.decode("utf-8")


def _input_or_exit(name: str) -> str:
    try:
        return _read_input(name)
    except FileNotFoundError:
        raise SystemExit(f"error: no such file: {name}") from None
    except IsADirectoryError:
        raise SystemExit(f"error: {name} is a folder, not a text file") from None
    except UnicodeDecodeError:
        raise SystemExit(f"error: {name} is not UTF-8 text (is it a binary file?)") from None


def _analyze(args: argparse.Namespace) -> int:
    from baitlab.analysis import TextTooLong, analyze

    text = _input_or_exit(args.path)
    try:
        result = analyze(text)
    except TextTooLong as error:
        raise SystemExit(f"error: {error}") from None
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
        print()
    else:
        for span in result["spans"]:
            print(f"{span['start']:>6}-{span['end']:<6} {span['technique']:<20} {span['text']!r}")
        print(f"readability: {result['readability']['summary']}")
    return 0


def _headlines(args: argparse.Namespace) -> int:
    from baitlab.headlines import score_headlines

    lines = _input_or_exit(args.path).splitlines()
    verdicts = [v.as_dict() for v in score_headlines(lines)]
    if args.json:
        json.dump(verdicts, sys.stdout, ensure_ascii=False)
        print()
    else:
        for v in verdicts:
            flag = "BAIT" if v["is_bait"] else "ok  "
            print(f"{flag} {v['bait_score']:.2f} {v['headline']}  {', '.join(v['reasons'])}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from baitlab.evaluate import report

    text, below = report(load_catalogue(), check=args.check)
    print(text)
    for line in below:
        print(f"below floor: {line}", file=sys.stderr)
    return 1 if below else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m baitlab", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check every sample and lesson; exit 1 on problems")
    fix = commands.add_parser("fix-offsets", help="recompute span offsets from their quotes")
    fix.add_argument("files", nargs="+")
    analyze = commands.add_parser("analyze", help="find bait in a text file (or - for stdin)")
    analyze.add_argument("path")
    analyze.add_argument("--json", action="store_true", help="print one JSON object")
    headlines = commands.add_parser("headlines", help="score one headline per line")
    headlines.add_argument("path")
    headlines.add_argument("--json", action="store_true", help="print a JSON list")
    evaluate = commands.add_parser("evaluate", help="measure the detector against the data")
    evaluate.add_argument(
        "--check", action="store_true", help="exit 1 if a figure falls below its floor"
    )
    args = parser.parse_args(argv)
    handlers = {
        "validate": _validate,
        "fix-offsets": _fix_offsets,
        "analyze": _analyze,
        "headlines": _headlines,
        "evaluate": _evaluate,
    }
    return handlers[args.command](args)

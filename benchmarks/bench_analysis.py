"""Prints how long a full analysis takes beside textstat.flesch_reading_ease on the same text.

Figures only: nothing here passes or fails. Run: .venv/bin/python benchmarks/bench_analysis.py
Each repeat analyses a fresh variant of the text (a run number appended), so neither our
caches nor textstat's per-text cache can answer from memory; word-level caches stay warm,
as they do in a running server.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import textstat  # noqa: E402

from baitlab.analysis import analyze  # noqa: E402
from baitlab.content import load_library  # noqa: E402
from baitlab.detector import detect  # noqa: E402
from baitlab.emotion import emotion  # noqa: E402
from baitlab.readability import readability, warm_up  # noqa: E402
from baitlab.techniques import load_catalogue  # noqa: E402
from baitlab.text import prepare  # noqa: E402


def words(text: str, count: int) -> str:
    """Gives a text of about `count` words made by repeating the given text's paragraphs."""
    out: list[str] = []
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    total = 0
    while total < count:
        for p in paragraphs:
            out.append(p)
            total += len(p.split())
            if total >= count:
                break
    return "\n\n".join(out)


_runs = iter(range(10**9))


def median_ms(function, text: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        variant = f"{text}\n\nRun number {next(_runs)}."
        start = time.perf_counter()
        function(variant)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repeats (for the test run)")
    parser.add_argument("--robustness", action="store_true", help="also time odd, huge inputs")
    args = parser.parse_args()
    library = load_library(load_catalogue())
    founding = library.get("camera-rolling-officer").text
    bait = "\n\n".join(s.text for s in library.samples if s.meta.kind == "bait")
    honest = "\n\n".join(s.text for s in library.samples if s.meta.kind == "honest")
    texts = {
        "founding article": founding,
        "1,000 words": words(bait, 1000),
        "1,000 honest": words(honest, 1000),
        "50,000 words": words(bait, 50000),
    }
    warm_up()
    analyze("Warm every cache that a running server would have warm.")
    print(
        f"{'text':<18}{'words':>8}{'analysis ms':>13}{'flesch ms':>11}{'ratio':>7}"
        f"{'detect':>8}{'readab.':>9}{'emotion':>9}"
    )
    for name, text in texts.items():
        repeats = (3 if args.quick else 7) if len(text) > 100_000 else (5 if args.quick else 21)
        full = median_ms(analyze, text, repeats)
        flesch = median_ms(textstat.flesch_reading_ease, text, repeats)
        parts = [median_ms(f, text, repeats) for f in (detect, readability, emotion)]
        print(
            f"{name:<18}{len(text.split()):>8}{full:>13.1f}{flesch:>11.1f}{full / flesch:>7.2f}"
            + "".join(f"{p:>9.1f}" for p in parts)
        )
    stages({name: texts[name] for name in ("1,000 words", "1,000 honest")}, 5 if args.quick else 21)
    same_text()
    headlines(library)
    if args.robustness:
        robustness()


def stages(texts: dict[str, str], repeats: int) -> None:
    """Prints where the detector's time goes, stage by stage, each measured as the extra cost
    of switching it on (the splitting into sentences is timed on its own)."""
    steps = {
        "split": prepare,
        "cues": lambda t: detect(t, headlines=False, sentences=False),
        "+headlines": lambda t: detect(t, sentences=False),
        "+second look": detect,
    }
    print(f"{'detector stages, ms':<22}" + "".join(f"{name:>14}" for name in steps))
    for name, text in texts.items():
        totals = [median_ms(step, text, repeats) for step in steps.values()]
        own = [totals[0], totals[1] - totals[0], totals[2] - totals[1], totals[3] - totals[2]]
        print(f"{name:<22}" + "".join(f"{ms:>14.2f}" for ms in own))
    print("(medians; 'cues' is detect without headlines or second look, less the split)")


def headlines(library) -> None:
    """Prints how long the headline scorer takes over 10,000 headlines at once (a teaser grid
    or a feed is scored in one call)."""
    from baitlab.headlines import score_headlines

    titles = [s.meta.title for s in library.samples]
    lines = [f"{titles[i % len(titles)]} {i}" for i in range(10_000)]
    score_headlines(lines[:10])  # signals and weights loaded, as in a running server
    start = time.perf_counter()
    score_headlines(lines)
    seconds = time.perf_counter() - start
    print(f"10,000 headlines scored in one call: {seconds:.2f} s ({seconds * 100:.0f} µs each)")


def same_text() -> None:
    """Prints the cost of asking again about a text already analysed: both sides remember."""
    text = words("\n\n".join(s.text for s in load_library(load_catalogue()).samples), 1000)
    analyze(text)
    textstat.flesch_reading_ease(text)
    repeats = 10_000
    start = time.perf_counter()
    for _ in range(repeats):
        analyze(text)
    ours = (time.perf_counter() - start) / repeats * 1e6
    start = time.perf_counter()
    for _ in range(repeats):
        textstat.flesch_reading_ease(text)
    theirs = (time.perf_counter() - start) / repeats * 1e6
    print(
        f"same 1,000-word text asked again: analysis {ours:.2f} µs, flesch {theirs:.2f} µs "
        f"({ours / theirs:.2f}×; both remember recent texts)"
    )


def robustness() -> None:
    """Prints how long odd and huge inputs take, or that they were refused."""
    from baitlab.analysis import TextTooLong

    cases = {
        "300k chars, no spaces": "a" * 300_000,
        "100k chars of emoji": "😀🔥" * 50_000,
        "240k chars, control characters": "\x00\x01\x02abc\x1b[31m " * 20_000,
        "260k chars, other scripts": "ابدأ الآن 你好世界 Привет мир " * 10_000,
        "5 MB of text": "Share this now! " * 330_000,
    }
    print(f"{'odd input':<34}{'seconds':>8}  outcome")
    for name, text in cases.items():
        start = time.perf_counter()
        try:
            outcome = f"{len(analyze(text)['spans'])} spans"
        except TextTooLong:
            outcome = "refused with a message"
        print(f"{name:<34}{time.perf_counter() - start:>8.2f}  {outcome}")


if __name__ == "__main__":
    main()

"""Where the bait sits along a text: highlights and emotion per paragraph."""

from __future__ import annotations

from baitlab.text import paragraphs


def paragraph_profile(
    text: str, spans: list[tuple[int, int]], emotion_rows: list[dict]
) -> list[dict]:
    """Gives one row per paragraph: its number, a preview, highlights starting in it, emotion."""
    rows = []
    heat = {(r["start"], r["end"]): r["intensity"] for r in emotion_rows}
    for number, p in enumerate(paragraphs(text), start=1):
        inside = sum(1 for start, _ in spans if p.start <= start < p.end)
        rows.append(
            {
                "paragraph": number,
                "preview": p.text[:60],
                "highlights": inside,
                "intensity": heat.get((p.start, p.end), 0.0),
            }
        )
    return rows

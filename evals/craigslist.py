"""How well board reads pasted buyer/seller chats: CraigslistBargain dev transcripts.

Renders the 453 dev dialogues that carry parsed price labels exactly as
``shared/data/craigslistbargain/README.md`` prescribes, runs ``read_situation`` on each and
prints table accuracy (last "them" and last "me" amounts both right, within 1%) and offer
recall (share of labelled (side, price) pairs found). The data stays outside the repository.

    .venv/bin/python evals/craigslist.py [--data PATH] [--show N] [--split] [--half even|odd]

``--split`` scores the even-indexed and the odd-indexed dialogues separately (and the total),
so a reading rule tuned on the failures of one half can be checked on the other; ``--half``
restricts the run (and ``--show``) to one half.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from board.situation import read_situation

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "craigslistbargain" / "dev_parsed.json"


def render(dialogue: dict) -> tuple[str, list[tuple[str, float]]]:
    """The text a user would paste, and the offers the labels expect, as (by, price)."""
    kbs = dialogue["scenario"]["kbs"]
    role = kbs[0]["personal"]["Role"]
    item = kbs[0]["item"]
    lines = [f"I'm the {role}. The listing: {item['Title']}, asking ${item['Price']}. Here's our chat so far:"]
    expected = []
    for event in dialogue["events"]:
        if event["action"] != "message":
            continue
        speaker = kbs[event["agent"]]["personal"]["Role"]
        lines.append(f"{speaker.capitalize()}: {event['data']}")
        price = (event.get("metadata") or {}).get("price")
        if price is not None:
            expected.append(("me" if speaker == role else "them", float(price)))
    return "\n".join(lines), expected


def labelled(dialogue: dict) -> bool:
    return any(e["action"] == "message" and (e.get("metadata") or {}).get("intent") for e in dialogue["events"])


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.01 * max(abs(b), 1e-9)


def _last(offers: list[tuple[str, float]], side: str) -> float | None:
    found = [a for by, a in offers if by == side]
    return found[-1] if found else None


def score(dialogues: list[dict], show: int = 0) -> dict:
    table_ok = found = total = 0
    failures = []
    started = time.perf_counter()
    for d in dialogues:
        text, expected = render(d)
        got = [(o.by, o.amount) for o in read_situation(text).offers]
        ok = all(_close(_last(got, side), _last(expected, side)) for side in ("me", "them"))
        table_ok += ok
        pool = list(got)
        for pair in expected:
            hit = next((g for g in pool if g[0] == pair[0] and _close(g[1], pair[1])), None)
            if hit:
                pool.remove(hit)
                found += 1
        total += len(expected)
        if not ok:
            failures.append((text, expected, got))
    elapsed = time.perf_counter() - started
    for text, expected, got in failures[:show]:
        print("-" * 72)
        print(text)
        print("expected:", expected)
        print("read:    ", got)
    return {"dialogues": len(dialogues), "table_accuracy": table_ok / len(dialogues),
            "offer_recall": found / total if total else 1.0, "seconds": elapsed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="path to dev_parsed.json")
    parser.add_argument("--show", type=int, default=0, help="print N failed dialogues")
    parser.add_argument("--split", action="store_true", help="score even- and odd-indexed dialogues separately, then all")
    parser.add_argument("--half", choices=("even", "odd"), help="score (and show failures of) one half only")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"craigslist eval: data not found at {args.data} (pass --data PATH to dev_parsed.json)", file=sys.stderr)
        return 2
    dialogues = [d for d in json.loads(args.data.read_text()) if labelled(d)]
    halves = {"even": dialogues[0::2], "odd": dialogues[1::2]}
    if args.half:
        dialogues = halves[args.half]
    if args.split and not args.half:
        for name, part in halves.items():
            r = score(part)
            print(f"{name:<5} ({r['dialogues']:>3})  table accuracy {r['table_accuracy']:.3f}   offer recall {r['offer_recall']:.3f}")
    result = score(dialogues, args.show)
    print(f"dialogues       {result['dialogues']}")
    print(f"table accuracy  {result['table_accuracy']:.3f}   (target >= 0.85)")
    print(f"offer recall    {result['offer_recall']:.3f}   (target >= 0.90)")
    print(f"time            {result['seconds']:.2f} s ({1000 * result['seconds'] / result['dialogues']:.1f} ms per dialogue)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

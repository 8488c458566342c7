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
import re
import sys
import time
from collections import Counter
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


_NOT_AN_OFFER = re.compile(r"\b(?:miles?|mi|months?|mo|years?|yrs?|weeks?|days?|hours?|lease|off|discount|percent|deposit|fee|shipping|delivery|deliver|"
                           r"paid|bought|retail\w*|new|worth|value\w*|kbb|blue book|listed|listing|asking|price tag|each|a piece|per|"
                           r"bedrooms?|baths?|car garage|inches|feet|ft|gb|tb|people|pieces|cases|helmets?)\b|%", re.I)


def _messages(dialogue: dict) -> list[tuple[str, str, float | None]]:
    """(side, text, labelled price) of each message event, in order."""
    kbs = dialogue["scenario"]["kbs"]
    role = kbs[0]["personal"]["Role"]
    return [("me" if kbs[e["agent"]]["personal"]["Role"] == role else "them", e["data"], (e.get("metadata") or {}).get("price"))
            for e in dialogue["events"] if e["action"] == "message"]


def why(dialogue: dict, side: str, got: list) -> str:
    """Why one side's last amount differs from the label's: a mechanical sorting of the disagreement, so the
    share of it that is the parser's (a later price it left unlabelled, a number that is not an offer) can be
    counted rather than asserted."""
    msgs = _messages(dialogue)
    labelled_at = [i for i, (by, _, price) in enumerate(msgs) if by == side and price is not None]
    mine = [o for o in got if o.by == side]
    if not labelled_at:
        return "the label has no price for this side"
    if not mine:
        return "the reader has no price for this side"
    last, price = labelled_at[-1], msgs[labelled_at[-1]][2]
    said = mine[-1].words.split(": ", 1)[-1][:60]
    at = max((i for i, (by, text, _) in enumerate(msgs) if by == side and said in text), default=None)
    if at is not None and at > last:
        return "the reader's price is in a later message the parser left unlabelled"
    text = msgs[last][1]
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        try:
            value = float(m.group().replace(",", ""))
        except ValueError:
            continue
        if _close(value, price) and _NOT_AN_OFFER.search(text[max(0, m.start() - 25):m.end() + 20]):
            return "the labelled number stands beside a word that makes it no offer (miles, off, paid, new, lease…)"
    if at == last:
        return "same message: the label took another number of it"
    return "other"


def score(dialogues: list[dict], show: int = 0, reasons: Counter | None = None) -> dict:
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
            if reasons is not None:
                offers = read_situation(text).offers
                for side in ("me", "them"):
                    if not _close(_last(got, side), _last(expected, side)):
                        reasons[why(d, side, offers)] += 1
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
    parser.add_argument("--why", action="store_true", help="sort each side the reader gets wrong by a mechanical reason, and count them")
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
    reasons: Counter | None = Counter() if args.why else None
    result = score(dialogues, args.show, reasons)
    print(f"dialogues       {result['dialogues']}")
    print(f"table accuracy  {result['table_accuracy']:.3f}   (target >= 0.85)")
    print(f"offer recall    {result['offer_recall']:.3f}   (target >= 0.90)")
    print(f"time            {result['seconds']:.2f} s ({1000 * result['seconds'] / result['dialogues']:.1f} ms per dialogue)")
    if reasons is not None:
        print(f"sides that differ from the label ({sum(reasons.values())}), by a mechanical reason:")
        for reason, n in reasons.most_common():
            print(f"  {n:>4}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

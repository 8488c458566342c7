"""Benchmark the openai engine's turn against the local fake server (tests/fake_openai.py).

Every call waits ``--latency`` seconds before its first byte, like a model thinking. The four
advisors run concurrently, so a turn's critical path is one advisor plus the moderator
(≈ 2 × latency); the turn should take at most 1.10× that. The first streamed word should
reach the terminal printer within 0.1 s of the server's first byte. Prints the figures, the
prompt and uncached tokens per turn, and exits 1 if a target is missed.

    .venv/bin/python evals/bench_openai.py                 # 1 s per call, 3 turns
    .venv/bin/python evals/bench_openai.py --latency 0.5 --turns 5 --show

Not a test: timings depend on the machine; run it by hand or in a perf job.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from fake_openai import FakeOpenAI  # noqa: E402

from board.engines.openai import OpenAIEngine, Settings  # noqa: E402
from board.live import LivePrinter  # noqa: E402
from board.personas import load_board  # noqa: E402
from board.session import run_turn  # noqa: E402

SITUATION = (
    "I'm a senior engineer. The recruiter offered $150,000 base and said it's their final offer. "
    "I was hoping for $170k; my current job pays $140,000 and I won't take less than $155,000. "
    "Market data for this role says $150k-$185k."
)
FOLLOW_UP = "They came back with $156,000 and a signing bonus if I accept by Friday."
TURN_LIMIT = 1.10
FIRST_WORD_LIMIT = 0.10


def one_turn(server: FakeOpenAI, engine: OpenAIEngine, text: str, thread_id: str, db: Path, show: bool) -> dict:
    board = load_board()
    titles = {p.name: p.display_name for p in [*board.advisors, board.moderator]}
    printer = LivePrinter(sys.stdout if show else io.StringIO(), titles)
    server.requests.clear()
    server.first_byte_times.clear()
    started = time.perf_counter()
    result = asyncio.run(run_turn(text, engine=engine, board=board, thread_id=thread_id, db_path=db, on_event=printer))
    elapsed = time.perf_counter() - started
    printer.finish()
    calls = server.chat_requests
    advisors = [r for r in calls if "VoiceOutput" in str((r.body or {}).get("response_format"))]
    moderator = [r for r in calls if r not in advisors]
    # the critical path as the server saw it: the slowest advisor's wait, then the moderator's
    critical = max(r.first_byte_at - r.received_at for r in advisors) + sum(
        r.first_byte_at - r.received_at for r in moderator
    )
    first_word = (printer.first_delta_at or float("inf")) - min(server.first_byte_times)
    usage = result.usage
    assert usage is not None
    return {
        "elapsed": elapsed, "critical": critical, "ratio": elapsed / critical, "first_word": first_word,
        "calls": len(calls), "prompt": usage.prompt_tokens, "cached": usage.cached_tokens,
        "uncached": usage.prompt_tokens - usage.cached_tokens, "completion": usage.completion_tokens,
        "cost": usage.cost_usd, "missing": result.recommendation.missing_voices,
    }


def offline_floor(db: Path, turns: int = 3) -> float:
    """The median offline turn: what the graph and the thread storage cost without any model."""
    from board.engines import get_engine

    engine, board, times = get_engine("offline"), load_board(), []
    for n in range(turns):
        started = time.perf_counter()
        asyncio.run(run_turn(SITUATION, engine=engine, board=board, thread_id=f"floor-{n}", db_path=db))
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=1.0, help="seconds before each call's first byte")
    parser.add_argument("--turns", type=int, default=3, help="turns to run (alternating new thread / follow-up)")
    parser.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between streamed chunks")
    parser.add_argument("--model", default="gpt-4.1-mini", help="model name sent (prices the cost)")
    parser.add_argument("--show", action="store_true", help="print the live stream as the terminal would")
    args = parser.parse_args(argv)

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        floor = offline_floor(Path(tmp) / "offline.sqlite")
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAI(latency=args.latency, chunk_delay=args.chunk_delay) as server:
        engine = OpenAIEngine(Settings(api_key="bench-key", base_url=server.base_url, model=args.model))
        for n in range(args.turns):
            follow_up = n % 2 == 1
            row = one_turn(server, engine, FOLLOW_UP if follow_up else SITUATION, f"bench-{n // 2}",
                           Path(tmp) / "bench.sqlite", args.show)
            row["kind"] = "follow-up" if follow_up else "new thread"
            rows.append(row)
        if server.errors:
            print("fake server errors:", *server.errors, sep="\n", file=sys.stderr)

    print(f"openai engine vs fake server: latency {args.latency:g} s per call, {args.turns} turns, model {args.model}")
    print(f"{'turn':>4} {'kind':<10} {'turn s':>7} {'critical s':>10} {'ratio':>6} {'1st word s':>10} "
          f"{'calls':>5} {'prompt':>7} {'cached':>7} {'uncached':>8} {'compl':>6} {'cost $':>9}")
    for n, r in enumerate(rows, start=1):
        cost = f"{r['cost']:.5f}" if r["cost"] is not None else "n/a"
        print(f"{n:>4} {r['kind']:<10} {r['elapsed']:>7.3f} {r['critical']:>10.3f} {r['ratio']:>6.3f} "
              f"{r['first_word']:>10.4f} {r['calls']:>5} {r['prompt']:>7} {r['cached']:>7} {r['uncached']:>8} "
              f"{r['completion']:>6} {cost:>9}")
    print(f"the same turn offline (graph + thread storage, no model calls): {floor * 1000:.0f} ms median")
    worst_ratio = max(r["ratio"] for r in rows)
    worst_first = max(r["first_word"] for r in rows)
    print(f"median ratio {statistics.median(r['ratio'] for r in rows):.3f}, worst {worst_ratio:.3f} "
          f"(target ≤ {TURN_LIMIT}); worst first word {worst_first * 1000:.1f} ms after the first byte "
          f"(target ≤ {FIRST_WORD_LIMIT * 1000:.0f} ms)")
    ok = worst_ratio <= TURN_LIMIT and worst_first <= FIRST_WORD_LIMIT and not any(r["missing"] for r in rows)
    print("PASS" if ok else "MISS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

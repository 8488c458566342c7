"""How fast is the board? One table: start-up, turn time against the critical path, first token,
tokens per turn, peak memory. Benchmarks, not tests: nothing here passes or fails.

    .venv/bin/python evals/bench.py [--reps 7] [--turn-reps 3] [--latencies 0.5 2]

- **start-up**: the offline ``board ask`` (a child process, start-up included) beside the bare
  import of its dependencies (``python -c "import langgraph.graph, langgraph.checkpoint.sqlite"``),
  measured in the same run, interleaved, median of ``--reps``; the difference is what the board
  itself costs (budget: 0.3 s).
- **turn**: one openai-engine turn against the local fake endpoint (tests/fake_openai.py, in
  its own process) answering each call after ``latency`` seconds — ``Server`` and ``one_turn``
  of evals/bench_openai.py — as a
  ratio to the critical path, one advisor call then the moderator's (``2 × latency``, and as
  the server timed it). Then the ``board ask --engine openai`` command, start-up included,
  beside the bare import of its dependencies with ``openai``.
- **first token**: the first streamed words reaching the live printer, after the fake server
  sent the first byte of the first reply (``server.first_byte_times``).
- **tokens**: prompt and uncached prompt tokens of a first turn and of a follow-up turn on the
  same thread (the fake emulates prefix caching per ``prompt_cache_key``).
- **memory**: peak resident set size (``ru_maxrss`` from ``os.wait4``) of each child process.

The ``board`` command freezes the garbage collector at exit (``board.cli.main``), so it skips
the final sweep of every module that the bare import still pays: it can beat the bare import.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the fake endpoint

SITUATION = (
    "I'm selling my 2016 Civic. I listed it at $14,500, a buyer offered $11,000 and I'm thinking of "
    "dropping to $12,000. I won't go below $12,500 and CarMax quoted me $12,000."
)
BARE_IMPORT = "import langgraph.graph, langgraph.checkpoint.sqlite"
BARE_IMPORT_OPENAI = "import openai, langgraph.graph, langgraph.checkpoint.sqlite"
BUDGET_S = 0.3
KEY = "sk-bench-not-a-real-key"


@dataclass
class Child:
    wall: float
    maxrss_kb: int
    status: int
    cpu: float = 0.0
    """User + system CPU seconds: less swayed than wall time by other work on the machine."""


def board_command() -> list[str]:
    script = Path(sys.executable).with_name("board")
    return [str(script)] if script.exists() else [sys.executable, "-m", "board.cli"]


def child_env(workdir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BOARD_"))}
    env.update(BOARD_DB=str(workdir / "board.sqlite"), **extra)
    return env


def run_child(argv: list[str], env: dict[str, str], cwd: Path) -> Child:
    """Wall time and peak memory of one child process (its own rusage, through ``wait4``)."""
    with open(cwd / "child.err", "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(argv[:4])}… failed: {(cwd / 'child.err').read_text()[-500:]}")
    return Child(wall, usage.ru_maxrss, proc.returncode, usage.ru_utime + usage.ru_stime)


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float], unit: str = "s", scale: float = 1.0, digits: int = 2) -> str:
    return f"{len(values)} runs, {min(values) * scale:.{digits}f}–{max(values) * scale:.{digits}f} {unit}"


# --------------------------------------------------------------------------- start-up


def startup(reps: int, workdir: Path) -> dict[str, list[Child]]:
    env = child_env(workdir)
    runs: dict[str, list[Child]] = {"import": [], "ask": [], "big": []}
    bare = [sys.executable, "-c", BARE_IMPORT]
    ask = [*board_command(), "ask", "--engine", "offline", SITUATION]
    run_child(bare, env, workdir), run_child(ask, env, workdir)  # warm the file cache and the DB
    for _ in range(reps):  # interleaved, so load on the machine hits both alike
        runs["import"].append(run_child(bare, env, workdir))
        runs["ask"].append(run_child(ask, env, workdir))
    big = workdir / "big.txt"
    chat = "".join(f"Buyer: I can do ${11_000 + i % 7 * 50:,}.\nMe: It's listed at $14,500.\n" for i in range(20_000))
    big.write_text((SITUATION + "\n" + chat)[: 1024 * 1024], encoding="utf-8")
    for _ in range(max(1, reps // 3)):
        runs["big"].append(run_child([*board_command(), "ask", "--engine", "offline", "--file", str(big)], env, workdir))
    return runs


# --------------------------------------------------------------------------- openai turns


def openai_turns(
    latencies: list[float], reps: int, workdir: Path
) -> tuple[dict[float, list[dict[str, Any]]], list[Child], list[Child]]:
    """Turns in this process through ``bench_openai.one_turn`` (a new thread, then a follow-up),
    then the ``board ask --engine openai`` command in child processes, beside the bare import."""
    sys.path.insert(0, str(ROOT / "evals"))
    from bench_openai import FOLLOW_UP as FOLLOW, SITUATION as OPENING, Server, one_turn

    from board.engines.openai import OpenAIEngine, Settings

    results: dict[float, list[dict[str, Any]]] = {}
    for latency in latencies:
        server = Server(latency, 0.0, in_process=False)  # its own process, like a real endpoint
        try:
            engine = OpenAIEngine(Settings(api_key=KEY, base_url=server.base_url))
            db = workdir / f"turns-{latency}.sqlite"
            one_turn(server, engine, OPENING, "warm-up", db, False)
            rows = []
            for i in range(reps):
                first = one_turn(server, engine, OPENING, f"t{i}", db, False)
                follow = one_turn(server, engine, FOLLOW, f"t{i}", db, False)
                rows.append({**first, "follow_prompt": follow["prompt"], "follow_uncached": follow["uncached"]})
            results[latency] = rows
        finally:
            server.stop()
    latency = min(latencies)
    cli: list[Child] = []
    bare: list[Child] = []
    server = Server(latency, 0.0, in_process=False)
    try:
        env = child_env(workdir, OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY=KEY)
        for _ in range(max(1, reps)):  # interleaved with the bare import of its dependencies
            bare.append(run_child([sys.executable, "-c", BARE_IMPORT_OPENAI], env, workdir))
            cli.append(run_child([*board_command(), "ask", "--engine", "openai", SITUATION], env, workdir))
    finally:
        server.stop()
    return results, cli, bare


# --------------------------------------------------------------------------- the table


def table(
    runs: dict[str, list[Child]], turns: dict[float, list[dict[str, Any]]], cli: list[Child], bare_openai: list[Child],
    cli_latency: float,
) -> str:
    rows: list[tuple[str, str, str]] = []
    bare = [c.wall for c in runs["import"]]
    ask = [c.wall for c in runs["ask"]]
    cpu = lambda cs: median([c.cpu for c in cs])  # noqa: E731
    # runs are interleaved: the median of the pairwise differences cancels most of the drift in load
    overhead = median([a - b for a, b in zip(ask, bare)])
    rows.append(("bare import of the dependencies", f"{median(bare):.2f} s",
                 f"`{BARE_IMPORT}`; {spread(bare)}; CPU {cpu(runs['import']):.2f} s"))
    rows.append(("offline `board ask`, start-up included", f"{median(ask):.2f} s",
                 f"{spread(ask)}; CPU {cpu(runs['ask']):.2f} s"))
    verdict = "within" if overhead <= BUDGET_S else "OVER"
    rows.append(("offline `board ask` beyond the bare import", f"{overhead:+.2f} s",
                 f"median of paired differences, {verdict} the {BUDGET_S} s budget; fastest runs "
                 f"{min(ask) - min(bare):+.2f} s; CPU {cpu(runs['ask']) - cpu(runs['import']):+.2f} s"))
    big = [c.wall for c in runs["big"]]
    rows.append(("offline `board ask --file` of 1 MB", f"{median(big):.2f} s", f"{spread(big)}; reads the first 200,000 characters"))
    for latency, results in turns.items():
        walls = [r["elapsed"] for r in results]
        nominal = 2 * latency
        rows.append((
            f"openai turn, {latency:g} s per call", f"{median(walls):.2f} s",
            f"{median(walls) / nominal:.2f}× the critical path ({nominal:g} s: one advisor + the moderator), "
            f"{median([r['ratio'] for r in results]):.2f}× as the server timed it; {spread(walls)}",
        ))
    firsts = [r["first_word"] for rs in turns.values() for r in rs]
    rows.append(("first token: server's first byte → printer", f"{median(firsts) * 1000:.0f} ms",
                 spread(firsts, "ms", 1000, 0)))
    sample = next(iter(turns.values()))[0]
    rows.append(("prompt tokens, first turn (5 calls)", f"{sample['prompt']:,}", f"{sample['uncached']:,} uncached"))
    rows.append(("prompt tokens, follow-up turn", f"{sample['follow_prompt']:,}", f"{sample['follow_uncached']:,} uncached"))
    cli_walls = [c.wall for c in cli]
    bare_walls = [c.wall for c in bare_openai]
    rows.append(("bare import with `openai`", f"{median(bare_walls):.2f} s", f"`{BARE_IMPORT_OPENAI}`; {spread(bare_walls)}"))
    beyond = median(cli_walls) - median(bare_walls) - 2 * cli_latency
    rows.append((f"openai `board ask`, start-up included, {cli_latency:g} s per call", f"{median(cli_walls):.2f} s",
                 f"{beyond:+.2f} s beyond that import and the {2 * cli_latency:g} s critical path; {spread(cli_walls)}"))
    mb = 1024.0
    rows.append(("peak memory: bare import", f"{median([c.maxrss_kb for c in runs['import']]) / mb:.0f} MB", "ru_maxrss"))
    rows.append(("peak memory: offline `board ask`", f"{median([c.maxrss_kb for c in runs['ask']]) / mb:.0f} MB", "ru_maxrss"))
    rows.append(("peak memory: offline, 1 MB paste", f"{max(c.maxrss_kb for c in runs['big']) / mb:.0f} MB", "ru_maxrss"))
    rows.append(("peak memory: openai `board ask`", f"{median([c.maxrss_kb for c in cli]) / mb:.0f} MB", "ru_maxrss"))
    head = ("measure", "median", "detail")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(3)]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=7, help="start-up runs of each command (median)")
    parser.add_argument("--turn-reps", type=int, default=3, help="openai turns per latency (median)")
    parser.add_argument("--latencies", type=float, nargs="+", default=[0.5, 2.0], help="seconds per call")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="board-bench-") as tmp:
        workdir = Path(tmp)
        runs = startup(args.reps, workdir)
        turns, cli, bare_openai = openai_turns(args.latencies, args.turn_reps, workdir)
    print(table(runs, turns, cli, bare_openai, min(args.latencies)))
    print(f"\n{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``board eval``: run the scenario files through the real pipeline and score the board.

Each ``evals/scenarios/*.toml`` holds ``title``, ``mode``, ``text``, ``must_find`` (codes the
board must raise), ``must_not_find`` (codes it must not raise) and ``moves`` (acceptable
``next_move`` values). Each scenario goes text → ``read_situation`` → ``analyse`` → every
advisor's critique → the moderator, through the chosen engine's interface (no graph, no CLI).

Totals, over all scenarios:
- finding recall = must_find codes raised / all must_find codes listed;
- spurious rate = must_not_find codes raised / all must_not_find codes listed;
- move accuracy = scenarios whose ``next_move`` is in ``moves`` / scenarios that list moves.
A code counts as raised when any advisor's critique has a finding with it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from board.analysis import analyse
from board.engines import Engine, get_engine
from board.engines.base import Case
from board.models import Critique, Recommendation
from board.personas import Board, load_board
from board.situation import read_situation

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "evals" / "scenarios"


@dataclass
class Scenario:
    path: Path
    title: str
    mode: str
    text: str
    must_find: list[str] = field(default_factory=list)
    must_not_find: list[str] = field(default_factory=list)
    moves: list[str] = field(default_factory=list)


@dataclass
class Result:
    file: str
    title: str
    mode: str
    raised: list[str]
    found: list[str]
    missed: list[str]
    spurious: list[str]
    next_move: str | None
    moves: list[str]
    move_ok: bool | None
    error: str | None = None


def load_scenarios(folder: Path) -> list[Scenario]:
    out = []
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out.append(Scenario(
            path=path, title=str(data.get("title", path.stem)), mode=str(data.get("mode", "prep")),
            text=str(data["text"]), must_find=list(data.get("must_find", [])),
            must_not_find=list(data.get("must_not_find", [])), moves=list(data.get("moves", [])),
        ))
    return out


async def run_board(engine: Engine, board: Board, case: Case) -> tuple[list[Critique], Recommendation]:
    """Every advisor's critique (a failure becomes a missing voice), then the moderator."""

    async def one(persona) -> Critique:
        try:
            return (await engine.critique(persona, case)).critique
        except Exception as exc:  # noqa: BLE001 - a failed voice is reported, not fatal
            return Critique(advisor=persona.name, summary="", error=f"{exc.__class__.__name__}: {exc}")

    critiques = list(await asyncio.gather(*(one(p) for p in board.advisors)))
    reply = await engine.moderate(board.moderator, case, critiques)
    return critiques, reply.recommendation


async def score(engine: Engine, board: Board, sc: Scenario) -> Result:
    try:
        situation = read_situation(sc.text)
        case = Case(mode=sc.mode, text=sc.text, situation=situation, analysis=analyse(situation))
        critiques, rec = await run_board(engine, board, case)
    except Exception as exc:  # noqa: BLE001 - one broken scenario should not stop the run
        return Result(sc.path.name, sc.title, sc.mode, [], [], list(sc.must_find), [], None, sc.moves,
                      False if sc.moves else None, error=f"{exc.__class__.__name__}: {exc}")
    raised = sorted({str(f.code) for c in critiques for f in c.findings})
    move = str(rec.next_move)
    return Result(
        file=sc.path.name, title=sc.title, mode=sc.mode, raised=raised,
        found=[c for c in sc.must_find if c in raised], missed=[c for c in sc.must_find if c not in raised],
        spurious=[c for c in sc.must_not_find if c in raised], next_move=move, moves=sc.moves,
        move_ok=(move in sc.moves) if sc.moves else None,
    )


def totals(scenarios: list[Scenario], results: list[Result]) -> dict[str, float | int | None]:
    must = sum(len(s.must_find) for s in scenarios)
    must_not = sum(len(s.must_not_find) for s in scenarios)
    judged = [r for r in results if r.move_ok is not None]
    return {
        "scenarios": len(results),
        "recall": sum(len(r.found) for r in results) / must if must else None,
        "spurious_rate": sum(len(r.spurious) for r in results) / must_not if must_not else None,
        "move_accuracy": sum(1 for r in judged if r.move_ok) / len(judged) if judged else None,
        "errors": sum(1 for r in results if r.error),
    }


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _print(results: list[Result], summary: dict, quiet: bool) -> None:
    for r in results:
        if quiet and not (r.missed or r.spurious or r.move_ok is False or r.error):
            continue
        ok = "ok" if r.move_ok else "--" if r.move_ok is None else "XX"
        print(f"[{ok}] {r.file}: {r.title} ({r.mode})")
        if r.error:
            print(f"     error: {r.error}")
            continue
        print(f"     move: {r.next_move}" + (f"   expected one of: {', '.join(r.moves)}" if r.moves else ""))
        print(f"     found: {', '.join(r.found) or '-'}")
        if r.missed:
            print(f"     missed: {', '.join(r.missed)}")
        if r.spurious:
            print(f"     spurious: {', '.join(r.spurious)}")
    print(
        f"\n{summary['scenarios']} scenarios  recall {_fmt(summary['recall'])}  "
        f"spurious {_fmt(summary['spurious_rate'])}  moves {_fmt(summary['move_accuracy'])}"
        + (f"  errors {summary['errors']}" if summary["errors"] else "")
    )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="board eval", description="Score the board on the scenario files.")
    p.add_argument("--scenarios", type=Path, default=DEFAULT_DIR, help="folder of *.toml scenarios")
    p.add_argument("--engine", choices=["offline", "openai"], default="offline")
    p.add_argument("--json", action="store_true", help="print one JSON object with results and totals")
    p.add_argument("--quiet", action="store_true", help="show only scenarios with a miss, and the totals")
    p.add_argument("--min-recall", type=float, default=None)
    p.add_argument("--max-spurious", type=float, default=None)
    p.add_argument("--min-moves", type=float, default=None)
    return p


def _passes(summary: dict, args: argparse.Namespace) -> bool:
    checks = [
        (args.min_recall, summary["recall"], lambda got, want: got >= want),
        (args.max_spurious, summary["spurious_rate"], lambda got, want: got <= want),
        (args.min_moves, summary["move_accuracy"], lambda got, want: got >= want),
    ]
    return all(want is None or got is None or ok(got, want) for want, got, ok in checks)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.scenarios.is_dir():
        print(f"board eval: {args.scenarios} is not a folder", file=sys.stderr)
        return 2
    try:
        scenarios = load_scenarios(args.scenarios)
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        print(f"board eval: cannot read scenarios: {exc}", file=sys.stderr)
        return 2
    engine, board = get_engine(args.engine), load_board()

    async def run_all() -> list[Result]:
        return [await score(engine, board, sc) for sc in scenarios]

    results = asyncio.run(run_all())
    summary = totals(scenarios, results)
    if args.json:
        print(json.dumps({"engine": args.engine, "totals": summary, "results": [asdict(r) for r in results]}, indent=2))
    else:
        _print(results, summary, args.quiet)
    return 0 if _passes(summary, args) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

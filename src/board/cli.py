"""The `board` command line: parse arguments, run the graph, hand the result to a renderer.

Bad input exits 2 with one line on stderr; an engine failure that left no advice exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import NoReturn

from board.codes import Mode

MAX_INPUT_BYTES = 10 * 1024 * 1024


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="board", description="Convene a board of negotiation advisors on your situation.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ask = sub.add_parser("ask", help="advise on a situation (one turn of a thread)")
    ask.add_argument("text", nargs="*", help="your situation in plain words, or - to read stdin")
    ask.add_argument("--file", help="read the situation from this file")
    ask.add_argument("--mode", choices=[m.value for m in Mode], help="prep, walkaway or concede")
    ask.add_argument("--engine", choices=["offline", "openai"], help="default: openai when configured, else offline")
    ask.add_argument("--thread", help="continue this thread (default: a new one)")
    ask.add_argument("--ask-first", action="store_true", help="pause on clarifying questions before advising")
    ask.add_argument("--json", action="store_true", help="print only the contract's JSON object")
    ask.add_argument("--retry", action="store_true", help="rerun the thread's last turn if it never finished")

    ev = sub.add_parser("eval", help="run the advice evals and print recall, spurious rate and move accuracy")
    ev.add_argument("args", nargs=argparse.REMAINDER)

    sub.add_parser("codes", help="list the finding and move codes with their meanings")
    return parser


def read_text(args: argparse.Namespace) -> str:
    if args.file:
        if args.text:
            raise UsageError("give the situation as TEXT or --file, not both")
        try:
            with open(args.file, "rb") as handle:
                raw = handle.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise UsageError(f"cannot read {args.file}: {exc.strerror or exc}") from None
        return _decode(raw, args.file)
    if args.text == ["-"]:
        return _decode(sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "stdin")
    return " ".join(args.text)


def _decode(raw: bytes, where: str) -> str:
    if len(raw) > MAX_INPUT_BYTES:
        raise UsageError(f"{where} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; paste the part that matters")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{where} is not UTF-8 text; save it as UTF-8 and try again") from None


def choose_engine_name(asked: str | None) -> str:
    if asked:
        return asked
    if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return "openai"
    return "offline"


def cmd_ask(args: argparse.Namespace) -> int:
    from board.engines import get_engine
    from board.personas import load_board
    from board.render import render
    from board.session import run_turn

    text = read_text(args)
    if args.retry or (args.thread and not args.text and not args.file):  # rerun an unfinished turn
        if text or not args.thread:
            raise UsageError("--retry reruns the last turn of --thread ID; give it no TEXT")
        text = None
    elif not text.strip():
        raise UsageError("the situation is empty: describe your negotiation as TEXT, - (stdin) or --file PATH")
    board = load_board()
    engine = get_engine(choose_engine_name(args.engine))
    result = asyncio.run(
        run_turn(text, engine=engine, board=board, mode=args.mode, thread_id=args.thread, ask_first=args.ask_first)
    )
    if args.json:
        sys.stdout.write(result.model_dump_json() + "\n")
    else:
        sys.stdout.write(render(result, board))
    return 0


def cmd_codes(args: argparse.Namespace) -> int:
    from board.codes import FindingCode, MoveCode

    print("Finding codes")
    for code in FindingCode:
        print(f"  {code.value:32} {code.meaning}")
    print("Move codes")
    for move in MoveCode:
        print(f"  {move.value:32} {move.meaning}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from board.evaluate import main as eval_main

    return eval_main(args.args)


COMMANDS = {"ask": cmd_ask, "codes": cmd_codes, "eval": cmd_eval}


def main(argv: list[str] | None = None) -> int:
    from dotenv import find_dotenv, load_dotenv

    from board.engines.base import EngineUnavailable
    from board.locks import BUSY_EXIT_CODE, ThreadBusy
    from board.personas import PersonaError
    from board.recovery import NothingToRerun
    from board.redact import describe_error, redact
    from board.session import BoardFailed

    load_dotenv(find_dotenv(usecwd=True), override=False)
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except (UsageError, NothingToRerun) as exc:
        print(f"board: error: {redact(str(exc))}", file=sys.stderr)
        return 2
    except ThreadBusy as exc:
        print(f"board: {redact(str(exc))}", file=sys.stderr)
        return BUSY_EXIT_CODE
    except (PersonaError, EngineUnavailable) as exc:
        print(f"board: error: {redact(str(exc))}", file=sys.stderr)
        return 2
    except BoardFailed as exc:
        print(
            f"board: {redact(str(exc))}; your message is kept in thread {exc.thread_id} — rerun it with --thread {exc.thread_id} --retry",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("board: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback: one line, and a non-zero exit
        print(f"board: unexpected error: {describe_error(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

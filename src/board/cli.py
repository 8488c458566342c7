"""The `board` command line: parse arguments, run the graph, hand the result to a renderer.

Bad input exits 2 with one line on stderr; an engine failure that left no advice exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import gc
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
    ask.add_argument("--usage", action="store_true", help="show tokens per voice and the estimated cost")

    chat = sub.add_parser("chat", help="talk it through with the board, turn by turn, on one thread")
    chat.add_argument("--thread", help="continue this thread (default: a new one)")
    chat.add_argument("--mode", choices=[m.value for m in Mode], help="prep, walkaway or concede")
    chat.add_argument("--engine", choices=["offline", "openai"], help="default: openai when configured, else offline")
    chat.add_argument("--no-ask-first", dest="ask_first", action="store_false",
                      help="advise at once instead of asking for missing facts first")

    threads = sub.add_parser("threads", help="list the threads: id, title, last update, last move")
    threads.add_argument("--json", action="store_true", help="print the list as JSON")

    show = sub.add_parser("show", help="print a thread as a conversation")
    show.add_argument("thread", help="the thread id")

    forget = sub.add_parser("forget", help="delete a thread for good")
    forget.add_argument("thread", help="the thread id")

    brief = sub.add_parser("brief", help="a one-page Markdown prep brief from a thread")
    brief.add_argument("thread", help="the thread id")
    brief.add_argument("--out", help="write the brief to this file (default: stdout)")

    ev = sub.add_parser("eval", help="run the advice evals and print recall, spurious rate and move accuracy")
    ev.add_argument("args", nargs=argparse.REMAINDER, help="options for the eval runner (see board eval --help)")

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


def _has_words(text: str) -> bool:
    """Anything to read: a visible character, not only spaces and control characters."""
    return any(ch.isprintable() and not ch.isspace() for ch in text)


def choose_engine_name(asked: str | None) -> str:
    if asked:
        return asked
    if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return "openai"
    return "offline"


def cmd_ask(args: argparse.Namespace) -> int:
    from board.engines import get_engine
    from board.personas import load_board
    from board import live
    from board.render import console, print_result, render, thinking, use_rich
    from board.session import run_turn

    text = read_text(args)
    if args.retry or (args.thread and not args.text and not args.file):  # rerun an unfinished turn
        if text or not args.thread:
            raise UsageError("--retry reruns the last turn of --thread ID; give it no TEXT")
        text = None
    elif not _has_words(text):
        raise UsageError("the situation is empty: describe your negotiation as TEXT, - (stdin) or --file PATH")
    board = load_board()
    engine = get_engine(choose_engine_name(args.engine))
    printer = None if args.json else live.printer_for(engine, board, sys.stdout)
    with live.watching(printer) if printer else thinking(None if args.json else board) as on_progress:
        result = asyncio.run(
            run_turn(
                text, engine=engine, board=board, mode=args.mode, thread_id=args.thread,
                ask_first=args.ask_first, on_progress=on_progress, on_event=printer,
            )
        )
    if args.json:
        sys.stdout.write(result.model_dump_json() + "\n")
    elif use_rich():
        print_result(console(), result, board)
    else:
        sys.stdout.write(render(result, board))
    if args.usage and not args.json:
        sys.stdout.write(live.format_usage(result.usage, result.engine))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from board.chat import Chat
    from board.engines import get_engine
    from board.personas import load_board
    from board.session import new_thread_id

    board = load_board()
    engine = get_engine(choose_engine_name(args.engine))
    chat = Chat(engine=engine, board=board, thread_id=args.thread or new_thread_id(), mode=args.mode,
                ask_first=args.ask_first)
    return asyncio.run(chat.run())


def _thread(thread_id: str):  # -> board.threads.Thread
    from board.threads import UnknownThread, get_thread

    try:
        return asyncio.run(get_thread(thread_id))
    except UnknownThread as exc:
        raise UsageError(str(exc)) from None


def cmd_threads(args: argparse.Namespace) -> int:
    import json

    from board.render import threads_text
    from board.threads import list_threads

    threads = asyncio.run(list_threads())
    if args.json:
        rows = [{"id": t.id, "title": t.title, "updated": t.updated, "last_move": t.last_move} for t in threads]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(threads_text(threads))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from board.render import conversation_text

    sys.stdout.write(conversation_text(_thread(args.thread)))
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from board.threads import UnknownThread, forget_thread

    try:
        asyncio.run(forget_thread(args.thread))
    except UnknownThread as exc:
        raise UsageError(str(exc)) from None
    print(f"thread {args.thread} forgotten", file=sys.stderr)
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from board.brief import brief
    from board.personas import load_board

    thread = _thread(args.thread)
    result = thread.result()
    if result is None:
        raise UsageError(f"thread {args.thread} has no board to brief from yet")
    text = brief(result, load_board(), title=thread.title)
    if not args.out:
        sys.stdout.write(text)
        return 0
    try:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"brief written to {args.out}", file=sys.stderr)
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


COMMANDS = {
    "ask": cmd_ask,
    "chat": cmd_chat,
    "threads": cmd_threads,
    "show": cmd_show,
    "forget": cmd_forget,
    "brief": cmd_brief,
    "codes": cmd_codes,
    "eval": cmd_eval,
}


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the `board` command: at exit, spare the collector a sweep of every module
        atexit.register(gc.freeze)  # (0.3 s or more of teardown; runs after every other handler)
    from dotenv import find_dotenv, load_dotenv

    from board.engines.base import EngineUnavailable
    from board.locks import BUSY_EXIT_CODE, ThreadBusy
    from board.personas import PersonaError
    from board.recovery import NothingToRerun
    from board.redact import describe_error, redact
    from board.session import BoardFailed

    from board.paths import DatabaseUnavailable, check_database, database_path

    load_dotenv(find_dotenv(usecwd=True), override=False)
    try:
        argv = sys.argv[1:] if argv is None else argv
        if argv[:1] == ["eval"]:  # the eval runner owns its options
            return cmd_eval(argparse.Namespace(args=argv[1:]))
        args = build_parser().parse_args(argv)
        if args.command not in ("eval", "codes"):
            check_database(database_path())
        if args.command in ("ask", "chat") and args.thread == "":
            raise UsageError("--thread needs a thread id (see board threads)")
        return COMMANDS[args.command](args)
    except (UsageError, NothingToRerun, DatabaseUnavailable) as exc:
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

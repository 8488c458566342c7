"""`board chat`: a conversation with the board over one thread, in a terminal or through a pipe.

Every line the user types is a message: it is read onto the thread's situation and the board
reconvenes. When a fact that decides the advice is missing, the board asks first (at most
three questions); the next line is the answers. Slash commands look at the thread instead of
adding to it. On a terminal the output is drawn with ``rich`` and a spinner runs while the
voices think; through a pipe there is no prompt and the output is the deterministic plain text.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from board.brief import brief
from board.codes import Mode
from board.engines.base import Engine
from board.models import BoardResult
from board.personas import Board
from board.redact import describe_error, redact
from board.render import (
    console,
    conversation_text,
    facts_text,
    is_waiting,
    print_questions,
    print_result,
    render,
    render_questions,
    threads_text,
    thinking,
    use_rich,
)
from board.session import BoardFailed, new_thread_id, run_turn
from board.threads import Thread, UnknownThread, get_thread, list_threads

ANSWER_HINT = "Answer in one message, or /skip to let the board advise with what it has."
HELP = """Type your situation, the other side's latest offer, or a correction; the board reconvenes.
One line is one message; end a line with \\ to continue it on the next.
Commands:
  /mode [prep|walkaway|concede]  show or set the mode for your next messages
  /facts                         what the board believes, with the words it read them from
  /brief [FILE]                  a one-page prep brief (printed, or written to FILE)
  /show                          this thread as a conversation
  /threads                       every thread
  /skip                          advise now without answering the board's questions
  /quit                          leave (the thread is kept; come back with --thread ID)
"""


@dataclass
class Chat:
    engine: Engine
    board: Board
    thread_id: str = field(default_factory=new_thread_id)
    mode: str | None = None
    """The mode the user chose with --mode or /mode; ``None`` lets the board choose."""
    ask_first: bool = True
    db_path: Path | None = None
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    waiting: bool = False
    """The thread is paused on the board's questions: the next message is the answers."""

    @property
    def interactive(self) -> bool:
        return use_rich(self.stdin) and use_rich(self.stdout)

    def say(self, text: str) -> None:
        self.stdout.write(text if text.endswith("\n") else text + "\n")
        self.stdout.flush()

    def _line(self, prompt: str) -> str | None:
        if self.interactive:
            try:
                return input(prompt)
            except EOFError:
                return None
        line = self.stdin.readline()
        return line.rstrip("\r\n") if line else None

    def read(self) -> str | None:
        """The next message, or ``None`` at the end of input. A prompt only on a terminal.

        One line is one message; a line ending in a backslash continues on the next.
        """
        parts: list[str] = []
        prompt = "answers> " if self.waiting else "you> "
        while (line := self._line(prompt if not parts else "... ")) is not None:
            if line.rstrip().endswith("\\"):
                parts.append(line.rstrip()[:-1])
                continue
            parts.append(line)
            break
        return "\n".join(parts) if parts else None

    async def run(self) -> int:
        await self._greet()
        while (line := self.read()) is not None:
            line = line.strip()
            if not line:
                continue
            if line.startswith("/"):
                if not await self.command(line):
                    break
            else:
                await self.message(line)
        return 0

    async def _greet(self) -> None:
        try:
            thread = await get_thread(self.thread_id, self.db_path)
        except UnknownThread:
            thread = None
        count = len(thread.messages) if thread else 0
        state = "new thread" if thread is None else f"{count} message{'s' if count != 1 else ''} so far"
        self.say(f"board chat · thread {self.thread_id} ({state}) · engine {self.engine.name}"
                 + (f" · mode {self.mode}" if self.mode else ""))
        if thread is not None and thread.waiting is not None:
            self.waiting = True
            self._show_waiting(thread.waiting)
        if self.interactive:
            self.say("Describe your negotiation; /help lists the commands.")

    async def message(self, text: str) -> None:
        try:
            with thinking(self.board if self.interactive else None) as on_progress:
                result = await run_turn(
                    text, engine=self.engine, board=self.board, mode=self.mode, thread_id=self.thread_id,
                    ask_first=self.ask_first, db_path=self.db_path, on_progress=on_progress,
                )
        except BoardFailed as exc:
            sys.stderr.write(
                f"board: {redact(str(exc))}; your message is kept — rerun that turn with "
                f"`board ask --thread {exc.thread_id} --retry` (sending it again would add it twice)\n"
            )
            return
        except Exception as exc:  # one failed turn must not end the conversation
            sys.stderr.write(f"board: this turn failed ({describe_error(exc)}); the chat goes on\n")
            return
        self.waiting = is_waiting(result)
        self._show(result)

    def _show(self, result: BoardResult) -> None:
        hint = ANSWER_HINT if is_waiting(result) else None
        if self.interactive:
            print_result(console(self.stdout), result, self.board, hint=hint)
        else:
            self.say(render(result, self.board, hint=hint))

    def _show_waiting(self, questions: list[str]) -> None:
        if self.interactive:
            print_questions(console(self.stdout), questions, ANSWER_HINT)
        else:
            self.say(render_questions(questions, ANSWER_HINT))

    async def command(self, line: str) -> bool:
        """Run a slash command; ``False`` ends the chat."""
        name, _, arg = line.partition(" ")
        arg = arg.strip()
        if name in ("/quit", "/exit", "/q"):
            return False
        handler = {
            "/help": self._help, "/mode": self._mode, "/facts": self._facts, "/brief": self._brief,
            "/threads": self._threads, "/show": self._show_thread, "/skip": self._skip,
        }.get(name)
        if handler is None:
            self.say(f"unknown command {name}; /help lists them")
        else:
            await handler(arg)
        return True

    async def _help(self, arg: str) -> None:
        self.say(HELP)

    async def _mode(self, arg: str) -> None:
        if not arg:
            self.say(f"mode: {self.mode or 'chosen by the board (prep unless you plan to walk or concede)'}")
            return
        try:
            self.mode = Mode(arg.lower()).value
        except ValueError:
            self.say(f"unknown mode '{arg}'; choose prep, walkaway or concede")
            return
        self.say(f"mode: {self.mode} (from your next message)")

    async def _thread(self) -> Thread | None:
        try:
            return await get_thread(self.thread_id, self.db_path)
        except UnknownThread:
            self.say("This thread is empty: describe your negotiation first.")
            return None

    async def _facts(self, arg: str) -> None:
        thread = await self._thread()
        if thread is None:
            return
        result = thread.result()
        if result is None:
            self.say("The board knows no facts yet.")
            return
        self.say(facts_text(result.situation, result))

    async def _brief(self, arg: str) -> None:
        thread = await self._thread()
        result = thread.result() if thread else None
        if thread is None or result is None:
            if thread is not None:
                self.say("The board has not advised on this thread yet.")
            return
        text = brief(result, self.board, title=thread.title)
        if not arg:
            self.say(text)
            return
        try:
            Path(arg).expanduser().write_text(text, encoding="utf-8")
        except OSError as exc:
            self.say(f"cannot write {arg}: {exc.strerror or exc}")
            return
        self.say(f"brief written to {arg}")

    async def _threads(self, arg: str) -> None:
        self.say(threads_text(await list_threads(self.db_path)))

    async def _show_thread(self, arg: str) -> None:
        thread = await self._thread()
        if thread is not None:
            self.say(conversation_text(thread))

    async def _skip(self, arg: str) -> None:
        if not self.waiting:
            self.say("The board is not waiting for answers.")
            return
        await self.message("")


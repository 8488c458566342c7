"""Live terminal output while the board deliberates, and the `--usage` block.

The LLM engine streams each voice's readable words (the summary, then each finding's advice —
not the raw JSON) as ``{"voice": name, "delta": text}`` on LangGraph's custom stream;
``session.run_turn`` hands them to ``on_event``. ``LivePrinter`` is that ``on_event``: voices
answer concurrently, so their words interleave, and every line is labelled with its voice.
The final rendered board follows as usual.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from board.models import Usage
from board.printable import printable
from board.redact import redact


def live_wanted(stream: TextIO) -> bool:
    """``BOARD_LIVE=1`` forces the live stream on, ``0`` off; by default only on a terminal."""
    value = os.environ.get("BOARD_LIVE", "").strip().lower()
    if value:
        return value not in ("0", "false", "no", "off")
    return bool(getattr(stream, "isatty", lambda: False)())


class LivePrinter:
    """An ``on_event`` sink that prints streamed words as whole lines, each labelled ``[Voice]``.

    Voices stream at once. One voice holds the terminal line at a time: its words are written
    the moment they arrive, so the first word shows at once; the others' words wait in their
    own buffers until the line ends (a line break, or a wrap at a word boundary past ``width``
    characters), and the voice with the oldest waiting words takes the next line. Every line
    thus belongs to one voice and reads as a sentence, not as interleaved fragments.
    """

    def __init__(
        self, out: TextIO, titles: dict[str, str] | None = None, clock: Callable[[], float] = time.perf_counter,
        width: int = 76,
    ) -> None:
        self.out = out
        self.titles = titles or {}
        self.clock = clock
        self.width = width
        self.waiting: dict[str, str] = {}
        """Words not yet written, per voice, in arrival order of the voices."""
        self.current: str | None = None
        self.column = 0
        self.first_delta_at: float | None = None
        """``clock()`` when the first word reached the terminal (for the benchmark)."""
        self.chars: dict[str, int] = {}

    def __call__(self, event: Any) -> None:
        if not isinstance(event, dict) or "voice" not in event:
            return
        voice = str(event["voice"])
        status = event.get("status")
        if event.get("delta"):
            self.chars[voice] = self.chars.get(voice, 0) + len(str(event["delta"]))
            self._queue(voice, str(event["delta"]))
        elif status == "repair":
            self._queue(voice, "\n(the reply did not fit the schema; asking once more)\n")
        elif status == "failed":
            self._queue(voice, f"\n(no answer: {redact(str(event.get('error') or 'failed'))})\n")
        elif status == "done" and (voice == self.current or self.waiting.get(voice)):
            self._queue(voice, "\n")  # release the line to the others
        self._pump()

    def _queue(self, voice: str, text: str) -> None:
        # a model's words go to a terminal: no escape sequences, whatever the stream carried
        self.waiting[voice] = self.waiting.get(voice, "") + printable(text)

    def _pump(self) -> None:
        wrote = False
        while True:
            if self.current is None:
                for v, text in list(self.waiting.items()):
                    self.waiting[v] = text.lstrip("\n")  # a new line needs no line break first
                voice = next((v for v, text in self.waiting.items() if text), None)
                if voice is None:
                    break
                self.current, self.column = voice, 0
                self.out.write(f"[{self.titles.get(voice, voice)}] ")
            text = self.waiting.pop(self.current, "")
            if not text:
                break
            line_ended, rest = self._write_line(text)
            wrote = True
            if rest:
                self.waiting[self.current] = rest
            if line_ended:
                self.out.write("\n")
                self.current = None
            elif not rest:
                break
        if wrote:
            self.out.flush()
            if self.first_delta_at is None:
                self.first_delta_at = self.clock()

    def _write_line(self, text: str) -> tuple[bool, str]:
        """Write ``text`` up to the end of the current line; return (line ended, what is left)."""
        for i, char in enumerate(text):
            if char == "\n" or (char == " " and self.column >= self.width):
                self.out.write(text[:i])
                return True, text[i + 1 :].lstrip(" ") if char == " " else text[i + 1 :]
            self.column += 1
        self.out.write(text)
        return False, ""

    def finish(self) -> None:
        """Write what is still waiting and end the live section, so the board starts cleanly."""
        for voice in dict.fromkeys(v for v in (self.current, *self.waiting) if v is not None):
            if voice == self.current or self.waiting.get(voice, "").strip():
                self._queue(voice, "\n")
        self._pump()
        self.waiting.clear()
        if self.chars:
            self.out.write("─" * 40 + "\n")
        self.out.flush()


def format_usage(usage: Usage | None, engine: str) -> str:
    """The `--usage` block: tokens per voice and per turn, and the estimated cost."""
    if usage is None:
        return f"\nusage: none ({engine} engine: no model calls)\n"
    lines = ["", "USAGE (tokens)"]
    width = max([len(name) for name in usage.by_voice] + [5])
    for name, count in usage.by_voice.items():
        lines.append(
            f"  {name:<{width}}  prompt {count.prompt_tokens:>7,} (cached {count.cached_tokens:>7,})"
            f"  completion {count.completion_tokens:>6,}"
        )
    lines.append(
        f"  {'turn':<{width}}  prompt {usage.prompt_tokens:>7,} (cached {usage.cached_tokens:>7,})"
        f"  completion {usage.completion_tokens:>6,}"
    )
    cost = f"${usage.cost_usd:.4f} (estimate)" if usage.cost_usd is not None else "unknown (no price for this model)"
    lines.append(f"  cost: {cost}")
    return "\n".join(lines) + "\n"


def printer_for(engine: Any, board: Any, out: TextIO) -> LivePrinter | None:
    """The live printer for `board ask`: only for an engine that streams, and only when wanted."""
    if getattr(engine, "name", "") != "openai" or not live_wanted(out):
        return None
    titles = {p.name: p.display_name for p in [*board.advisors, board.moderator]}
    return LivePrinter(out, titles)


@contextmanager
def watching(printer: LivePrinter) -> Iterator[None]:
    """Stand-in for the spinner while words stream (they are the progress); ends the section."""
    try:
        yield None
    finally:
        printer.finish()

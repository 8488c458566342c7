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
from board.redact import redact


def live_wanted(stream: TextIO) -> bool:
    """``BOARD_LIVE=1`` forces the live stream on, ``0`` off; by default only on a terminal."""
    value = os.environ.get("BOARD_LIVE", "").strip().lower()
    if value:
        return value not in ("0", "false", "no", "off")
    return bool(getattr(stream, "isatty", lambda: False)())


class LivePrinter:
    """An ``on_event`` sink that prints streamed words, each line labelled ``[Voice]``."""

    def __init__(
        self, out: TextIO, titles: dict[str, str] | None = None, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.out = out
        self.titles = titles or {}
        self.clock = clock
        self.current: str | None = None
        self.line_open = False
        self.first_delta_at: float | None = None
        """``clock()`` when the first word reached the terminal (for the benchmark)."""
        self.chars: dict[str, int] = {}

    def _label(self, voice: str) -> str:
        return f"[{self.titles.get(voice, voice)}] "

    def __call__(self, event: Any) -> None:
        if not isinstance(event, dict) or "voice" not in event:
            return
        voice = str(event["voice"])
        if event.get("delta"):
            self._write(voice, str(event["delta"]))
        elif event.get("status") == "repair":
            self._note(voice, "(the reply did not fit the schema; asking once more)")
        elif event.get("status") == "failed":
            self._note(voice, f"(no answer: {redact(str(event.get('error') or 'failed'))})")

    def _write(self, voice: str, text: str) -> None:
        label = self._label(voice)
        if voice != self.current or not self.line_open:
            if self.line_open:
                self.out.write("\n")
            self.out.write(label)
            self.current, self.line_open = voice, True
        self.out.write(text.replace("\n", "\n" + label))
        self.out.flush()
        self.chars[voice] = self.chars.get(voice, 0) + len(text)
        if self.first_delta_at is None:
            self.first_delta_at = self.clock()

    def _note(self, voice: str, text: str) -> None:
        if self.line_open:
            self.out.write("\n")
        self.out.write(self._label(voice) + text + "\n")
        self.out.flush()
        self.current, self.line_open = voice, False

    def finish(self) -> None:
        """End the live section, so the rendered board starts on a clean line."""
        if self.line_open:
            self.out.write("\n")
            self.line_open = False
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

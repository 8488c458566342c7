"""The live printer: streamed words reach the terminal at once, as whole lines labelled by voice."""

from __future__ import annotations

import io

from board.live import LivePrinter, format_usage, live_wanted
from board.models import TokenCount, Usage


def printer(width: int = 30) -> tuple[LivePrinter, io.StringIO]:
    out = io.StringIO()
    return LivePrinter(out, {"anchoring": "Anchoring", "walkaway": "Walkaway"}, clock=lambda: 42.0, width=width), out


def test_the_first_word_is_written_at_once() -> None:
    p, out = printer()
    p({"voice": "anchoring", "delta": "Open"})
    assert out.getvalue() == "[Anchoring] Open" and p.first_delta_at == 42.0


def test_concurrent_voices_print_whole_labelled_lines() -> None:
    p, out = printer()
    for i in range(8):
        p({"voice": "anchoring", "delta": f"alpha{i} "})
        p({"voice": "walkaway", "delta": f"walk{i} "})
    p({"voice": "anchoring", "status": "done"})
    p({"voice": "walkaway", "status": "done"})
    p.finish()
    lines = out.getvalue().splitlines()
    assert lines[-1].startswith("─")
    body = lines[:-1]
    assert all(line.startswith(("[Anchoring] alpha", "[Walkaway] walk")) for line in body)
    anchoring = " ".join(line.removeprefix("[Anchoring] ").strip() for line in body if line.startswith("[Anchoring]"))
    assert anchoring == " ".join(f"alpha{i}" for i in range(8))  # nothing lost, nothing reordered
    assert all(len(line) <= len("[Anchoring] ") + 30 + 8 for line in body)


def test_notes_and_line_breaks_never_leave_empty_lines() -> None:
    p, out = printer()
    p({"voice": "walkaway", "delta": "Your line is $155,000.\n→ walkaway-bluff: do not threaten"})
    p({"voice": "anchoring", "delta": "They anchored."})
    p({"voice": "walkaway", "status": "repair"})
    p({"voice": "walkaway", "status": "failed", "error": "MalformedReply: sk-abcdefgh12345678 bad"})
    p.finish()
    text = out.getvalue()
    assert "[Walkaway] (the reply did not fit the schema;" in text
    assert "[Walkaway] → walkaway-bluff: do not threaten\n[Anchoring] They anchored.\n" in text
    assert "sk-abcdefgh12345678" not in text and "[redacted]" in text
    assert not any(line.strip() in ("[Walkaway]", "[Anchoring]") for line in text.splitlines())


def test_ignores_other_events_and_prints_nothing_without_words() -> None:
    p, out = printer()
    p("not a dict")
    p({"step": "intake"})
    p({"voice": "anchoring", "status": "done"})
    p.finish()
    assert out.getvalue() == ""


def test_live_wanted_follows_the_terminal_and_the_override(monkeypatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert live_wanted(Tty()) and not live_wanted(io.StringIO())
    monkeypatch.setenv("BOARD_LIVE", "0")
    assert not live_wanted(Tty())
    monkeypatch.setenv("BOARD_LIVE", "1")
    assert live_wanted(io.StringIO())


def test_usage_block() -> None:
    usage = Usage(prompt_tokens=3000, cached_tokens=1024, completion_tokens=200, cost_usd=0.00123,
                  by_voice={"anchoring": TokenCount(prompt_tokens=3000, cached_tokens=1024, completion_tokens=200)})
    text = format_usage(usage, "openai")
    assert "anchoring" in text and "3,000" in text and "1,024" in text and "$0.0012 (estimate)" in text
    assert "unknown" in format_usage(usage.model_copy(update={"cost_usd": None}), "openai")
    assert "offline engine" in format_usage(None, "offline")


def test_escape_sequences_never_reach_the_terminal() -> None:
    p, out = printer()
    p({"voice": "anchoring", "delta": "Open at \x1b[2J$187,000\x07 now"})
    p.finish()
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue() and "Open at [2J$187,000 now" in out.getvalue()

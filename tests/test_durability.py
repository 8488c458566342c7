"""A thread survives its process: SIGKILL mid-turn, then a rerun; two writers on one thread.

The child process (tests/slow_turn.py) stalls inside the skeptic's critique, so the test knows
the turn is under way — the user's message checkpointed, some voices answered — when it kills
it or races it. Every wait is bounded.
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from board.cli import main
from board.engines.base import Case, VoiceReply
from board.engines.offline import OfflineEngine
from board.locks import BUSY_EXIT_CODE, ThreadBusy, lock_path, thread_lock
from board.personas import Persona, load_board
from board.session import BoardFailed, open_graph, run_turn

FIRST = "I'm selling my 2016 Civic. I listed it at $14,500 and a buyer offered $11,000. I won't go below $12,500."
SECOND = "The buyer came back at $12,000 and says that's final. CarMax quoted me $12,200."
HELPER = Path(__file__).with_name("slow_turn.py")
WAIT = 60  # seconds: a bound, never a sleep


def thread_state(thread_id: str):
    async def read():
        async with open_graph() as graph:
            return await graph.aget_state({"configurable": {"thread_id": thread_id}})

    return asyncio.run(read())


def messages(thread_id: str) -> list[str]:
    return [m["text"] for m in thread_state(thread_id).values.get("messages", [])]


def start_stalled_turn(thread_id: str, text: str) -> subprocess.Popen:
    """Start a turn in a child process and return once it is stalled inside an advisor."""
    proc = subprocess.Popen(
        [sys.executable, str(HELPER), thread_id, text],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready, _, _ = select.select([proc.stdout], [], [], WAIT)
    line = proc.stdout.readline() if ready else ""
    if line.strip() != "STALLED":
        proc.kill()
        _, err = proc.communicate(timeout=WAIT)
        pytest.fail(f"the child turn never stalled: {line!r} {err[-2000:]}")
    return proc


def ask(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["ask", "--engine", "offline", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("rerun", [["--retry"], []], ids=["--retry", "no-text"])
def test_sigkill_mid_turn_keeps_every_message_and_the_turn_reruns(capsys, rerun):
    code, _, _ = ask(capsys, "--thread", "t1", FIRST)
    assert code == 0

    child = start_stalled_turn("t1", SECOND)
    child.kill()  # SIGKILL: no cleanup runs in the child
    child.wait(timeout=WAIT)

    killed = thread_state("t1")
    assert [m["text"] for m in killed.values["messages"]] == [FIRST, SECOND]
    assert killed.next, "the killed turn must be visible as unfinished"
    assert len(killed.values["turns"]) == 1

    code, out, err = ask(capsys, "--thread", "t1", "--json", *rerun)
    assert code == 0, err
    result = json.loads(out)
    assert result["thread_id"] == "t1"
    assert [c["error"] for c in result["critiques"]] == [None] * 4
    assert [o["amount"] for o in result["situation"]["offers"] if o["by"] == "them"][-1] == 12000
    after = thread_state("t1")
    assert [m["text"] for m in after.values["messages"]] == [FIRST, SECOND]  # not duplicated
    assert not after.next
    assert [t["text"] for t in after.values["turns"]] == [FIRST, SECOND]

    code, _, err = ask(capsys, "--thread", "t1", "--retry")
    assert code == 2 and "no unfinished turn" in err and len(err.strip().splitlines()) == 1


def test_sigkill_of_board_ask_with_the_openai_engine_mid_call_then_retry(capsys, monkeypatch, fake_openai):
    """The real command, the real engine: killed while the skeptic's call hangs at the endpoint."""
    import time

    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-durability-0123456789")
    fake_openai.hang(match='<seat name="skeptic">')
    child = subprocess.Popen(
        [sys.executable, "-m", "board.cli", "ask", "--engine", "openai", "--thread", "t1", FIRST],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + WAIT
    while not any('<seat name="skeptic">' in str(b) for b in fake_openai.bodies):
        assert child.poll() is None, child.stderr.read()
        assert time.monotonic() < deadline, "the child never called the skeptic"
        time.sleep(0.02)
    child.kill()
    child.wait(timeout=WAIT)
    child.stderr.close()
    assert messages("t1") == [FIRST] and thread_state("t1").next

    fake_openai.clear()
    code = main(["ask", "--engine", "openai", "--thread", "t1", "--retry", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["engine"] == "openai" and [c["error"] for c in result["critiques"]] == [None] * 4
    assert messages("t1") == [FIRST]
    assert not thread_state("t1").next


def test_a_new_message_after_a_killed_turn_keeps_the_killed_one_in_history(capsys):
    child = start_stalled_turn("t1", FIRST)
    child.kill()
    child.wait(timeout=WAIT)
    code, out, err = ask(capsys, "--thread", "t1", "--json", SECOND)
    assert code == 0, err
    assert messages("t1") == [FIRST, SECOND]


def test_a_second_writer_on_a_busy_thread_is_refused_and_changes_nothing(capsys):
    child = start_stalled_turn("t1", FIRST)
    try:
        code, out, err = ask(capsys, "--thread", "t1", SECOND)
        assert code == BUSY_EXIT_CODE
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "thread t1 is busy in another board process" in lines[0]

        # another thread in the same database is not blocked by it
        code, _, err = ask(capsys, "--thread", "t2", SECOND)
        assert code == 0, err
    finally:
        out, err = child.communicate("go\n", timeout=WAIT)
    assert child.returncode == 0, err
    assert out.split() == ["DONE", "t1"]
    assert messages("t1") == [FIRST]  # the loser's message was never written
    assert messages("t2") == [SECOND]

    code, _, err = ask(capsys, "--thread", "t1", SECOND)
    assert code == 0, err
    assert messages("t1") == [FIRST, SECOND]


def test_the_lock_is_per_thread_and_released_after_the_turn(tmp_path):
    db = Path(os.environ["BOARD_DB"])
    board = load_board()
    with thread_lock(db, "t1"):
        result = asyncio.run(run_turn(FIRST, engine=OfflineEngine(), board=board, thread_id="t2"))
        assert result.thread_id == "t2"
    asyncio.run(run_turn(SECOND, engine=OfflineEngine(), board=board, thread_id="t2"))
    assert messages("t2") == [FIRST, SECOND]


def test_a_lock_taken_on_a_file_removed_meanwhile_is_retaken_on_the_new_file(monkeypatch):
    import fcntl

    db = Path(os.environ["BOARD_DB"])
    with thread_lock(db, "t1"):
        pass
    real_flock, calls = fcntl.flock, []

    def flock(fd: int, operation: int) -> None:
        if not calls:  # the holder removes the file (``forget``) between our open and our flock
            lock_path(db, "t1").unlink()
        calls.append(fd)
        real_flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    with thread_lock(db, "t1"):
        monkeypatch.undo()
        assert len(calls) == 2 and lock_path(db, "t1").exists()
        with pytest.raises(ThreadBusy):  # the new file is the one that guards the thread
            with thread_lock(db, "t1"):
                pass


class AllFailing(OfflineEngine):
    async def critique(self, persona: Persona, case: Case) -> VoiceReply:
        raise ConnectionError("endpoint unreachable")


def test_a_turn_where_every_voice_failed_reruns_with_retry(capsys):
    with pytest.raises(BoardFailed) as failed:
        asyncio.run(run_turn(FIRST, engine=AllFailing(), board=load_board(), thread_id="t1"))
    assert "--retry" not in str(failed.value)  # the CLI adds the hint
    code, out, err = ask(capsys, "--thread", "t1", "--retry", "--json")
    assert code == 0, err
    assert [c["error"] for c in json.loads(out)["critiques"]] == [None] * 4
    assert messages("t1") == [FIRST]


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--retry"], "--thread"),
        (["--retry", "--thread", "t9", "more words"], "no TEXT"),
        (["--thread", "t9"], "no thread t9"),
    ],
)
def test_retry_misuse_is_one_line(capsys, argv, fragment):
    code, out, err = ask(capsys, *argv)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]


def test_retry_on_a_thread_paused_on_questions_asks_for_the_answers(capsys):
    code, _, err = ask(capsys, "--ask-first", "--thread", "p1", "I'm selling my car to a buyer.")
    assert code == 0, err
    for argv in (["--thread", "p1"], ["--thread", "p1", "--retry"]):
        code, out, err = ask(capsys, *argv)
        assert code == 2 and out == ""
        assert "waiting for answers" in err and len(err.strip().splitlines()) == 1
    assert messages("p1") == ["I'm selling my car to a buyer."]

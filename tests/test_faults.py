"""The board keeps answering while the LLM endpoint fails in every way it can.

End to end through ``board.cli.main`` with the openai engine against the local fake
(tests/fake_openai.py): transient faults are retried until the board is whole; a voice that
always fails is named missing while the rest answer; when every call fails the command exits
1 with one line, the thread keeps the message and ``--retry`` finishes the turn once the
endpoint is back. The engine's own unit tests (tests/test_openai_engine.py) cover the repair
prompt and the SDK options; here it is the exit code, the message and the thread.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from board.cli import main
from board.session import open_graph
from voices import ADVISORS, SITUATION, seat
from fake_openai import FakeOpenAI, Fault

KEY = "sk-test-PLANTED-faults-0123456789abcdef"


@pytest.fixture
def endpoint(fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("BOARD_TIMEOUT", "5")
    monkeypatch.setenv("BOARD_MAX_RETRIES", "2")
    return fake_openai


def ask(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["ask", "--engine", "openai", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert KEY not in out + err
    return code, out, err


def ask_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code, out, err = ask(capsys, "--json", *argv)
    assert code == 0, err
    return json.loads(out)


def thread_values(thread_id: str) -> dict[str, Any]:
    async def read() -> dict[str, Any]:
        async with open_graph() as graph:
            return (await graph.aget_state({"configurable": {"thread_id": thread_id}})).values

    return asyncio.run(read())


TRANSIENT = {
    "429-retry-after": lambda s: s.rate_limit(retry_after=0.05, times=2),
    "500-once": lambda s: s.fail(500, times=1),
    "502-twice": lambda s: s.fail(502, times=2, message="Bad gateway"),
    "malformed-json-once": lambda s: s.malformed("invalid_json", times=1),
    "wrong-schema-once": lambda s: s.malformed("wrong_schema", times=1),
    "timeout-once": lambda s: s.hang(times=1),
}


@pytest.mark.parametrize("fault", TRANSIENT, ids=list(TRANSIENT))
def test_a_transient_fault_is_absorbed_and_the_board_is_whole(capsys, monkeypatch, endpoint, fault):
    if fault.startswith("timeout"):
        monkeypatch.setenv("BOARD_TIMEOUT", "1")
    injected: Fault = TRANSIENT[fault](endpoint)
    data = ask_json(capsys, SITUATION)
    assert injected.hits == (injected.times or 0)
    assert [c["advisor"] for c in data["critiques"]] == ADVISORS
    assert [c["error"] for c in data["critiques"]] == [None] * 4
    assert data["recommendation"]["missing_voices"] == []
    assert data["engine"] == "openai" and data["usage"]["prompt_tokens"] > 0


ALWAYS = {
    "500": lambda s, m: s.fail(500, match=m),
    "429-forever": lambda s, m: s.rate_limit(retry_after=0.05, match=m),
    "malformed-json": lambda s, m: s.malformed("invalid_json", match=m),
    "stream-cut-midway": lambda s, m: s.cut_stream(after_chunks=2, match=m),
    "timeout": lambda s, m: s.hang(match=m),
    "hang-midstream": lambda s, m: s.hang(match=m, after_chunks=2),
}
ERROR_NAMES = {
    "500": "InternalServerError",
    "429-forever": "RateLimitError",
    "malformed-json": "MalformedReply",
    "stream-cut-midway": "APIConnectionError",
    "timeout": "APITimeoutError",
    "hang-midstream": "APITimeoutError",
}


@pytest.mark.parametrize("fault", ALWAYS, ids=list(ALWAYS))
def test_one_advisor_failing_every_time_is_named_missing_and_the_rest_answer(capsys, monkeypatch, endpoint, fault):
    if fault in ("timeout", "hang-midstream"):
        monkeypatch.setenv("BOARD_TIMEOUT", "1")
        monkeypatch.setenv("BOARD_MAX_RETRIES", "0")
    ALWAYS[fault](endpoint, seat("skeptic"))
    data = ask_json(capsys, "--thread", "t1", SITUATION)
    by_name = {c["advisor"]: c for c in data["critiques"]}
    assert list(by_name) == ADVISORS
    skeptic = by_name.pop("skeptic")
    assert skeptic["error"].startswith(ERROR_NAMES[fault]) and "\n" not in skeptic["error"]
    assert skeptic["findings"] == [] and skeptic["recommended_move"] is None
    assert all(c["error"] is None and c["recommended_move"] for c in by_name.values())
    assert data["recommendation"]["missing_voices"] == ["skeptic"]
    assert "skeptic" not in data["usage"]["by_voice"]
    # the thread recorded the turn as finished, with the failed voice in it
    values = thread_values("t1")
    assert [m["text"] for m in values["messages"]] == [SITUATION]
    assert values["critiques"][3]["error"] == skeptic["error"]


def test_the_terminal_names_a_missing_voice(capsys, endpoint):
    endpoint.fail(500, match=seat("walkaway"))
    code, out, err = ask(capsys, SITUATION)
    assert code == 0, err
    assert "openai engine" in out
    assert "missing voice" in out.lower() and "walkaway" in " ".join(out.split()).lower()


def test_a_moderator_that_always_fails_falls_back_to_the_offline_merge(capsys, endpoint):
    endpoint.fail(503, match=seat("moderator"))
    data = ask_json(capsys, SITUATION)
    assert [c["error"] for c in data["critiques"]] == [None] * 4
    assert data["recommendation"]["missing_voices"] == ["moderator"]
    assert data["recommendation"]["say"]


@pytest.mark.parametrize("kind", ["500", "timeout", "stream-cut"])
def test_every_call_failing_exits_1_keeps_the_message_and_retry_finishes_the_turn(capsys, monkeypatch, endpoint, kind):
    if kind == "timeout":
        monkeypatch.setenv("BOARD_TIMEOUT", "1")
        monkeypatch.setenv("BOARD_MAX_RETRIES", "0")
        endpoint.hang()
    elif kind == "stream-cut":
        endpoint.cut_stream(after_chunks=1)
    else:
        endpoint.fail(500, message=f"upstream is down (key {KEY})")
    code, out, err = ask(capsys, "--thread", "t1", SITUATION)
    assert code == 1 and out == ""
    line = err.strip()
    assert "\n" not in line and "every advisor failed" in line and "--thread t1 --retry" in line
    assert [m["text"] for m in thread_values("t1")["messages"]] == [SITUATION]

    endpoint.clear()  # the endpoint is back
    monkeypatch.setenv("BOARD_TIMEOUT", "5")
    data = ask_json(capsys, "--thread", "t1", "--retry")
    assert [c["error"] for c in data["critiques"]] == [None] * 4
    values = thread_values("t1")
    assert [m["text"] for m in values["messages"]] == [SITUATION]  # rerun, not repeated
    assert len(values["turns"]) == 1 and values["recommendation"]["next_move"] == data["recommendation"]["next_move"]


def test_an_unreachable_endpoint_is_one_line_and_exit_1(capsys, monkeypatch):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("BOARD_MAX_RETRIES", "0")
    code, out, err = ask(capsys, SITUATION)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "APIConnectionError" in err and "--retry" in err


@pytest.mark.parametrize(
    "var, value, fragment",
    [("BOARD_TIMEOUT", "soon", "BOARD_TIMEOUT"), ("BOARD_MAX_RETRIES", "-1", "BOARD_MAX_RETRIES")],
)
def test_bad_engine_settings_are_one_line_and_exit_2(capsys, monkeypatch, endpoint, var, value, fragment):
    monkeypatch.setenv(var, value)
    code, out, err = ask(capsys, SITUATION)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and fragment in err
    assert endpoint.chat_requests == []


ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x08\r\x00\u202e"
CONTROL = "\x1b\x07\x08\r\x00\u202e"


def hostile_reply(body: dict[str, Any]) -> dict[str, Any] | None:
    """Valid replies whose every string carries terminal control sequences."""
    if body["response_format"]["json_schema"]["name"] == "VoiceOutput":
        return {
            "summary": f"Hold at $155,000.{ESCAPES}", "recommended_move": "hold-firm",
            "findings": [{"code": "offer-below-reservation", "severity": "high",
                          "evidence": f"$150,000 < $155,000{ESCAPES}", "advice": f"Do not accept.{ESCAPES}"}],
            "questions": [f"What is your alternative?{ESCAPES}"],
        }
    return {
        "next_move": "counter-offer", "rationale": f"Counter above the line.{ESCAPES}",
        "say": f"I can do $172,000.{ESCAPES}", "agreements": [f"Re-anchor.{ESCAPES}"],
        "disagreements": [{"advisors": ["walkaway", "anchoring"], "about": f"timing{ESCAPES}"}],
    }


def test_control_sequences_in_a_reply_never_reach_the_terminal_or_the_thread(capsys, monkeypatch, endpoint):
    endpoint.responder = hostile_reply
    monkeypatch.setenv("BOARD_LIVE", "1")  # the streamed words too
    code, out, err = ask(capsys, "--thread", "t1", SITUATION)
    assert code == 0, err
    assert "Hold at $155,000." in out and "I can do $172,000." in " ".join(out.split())
    assert not any(ch in out for ch in CONTROL), "a control character reached the terminal"
    data = ask_json(capsys, "--thread", "t1", "They moved to $152,000.")
    assert not any(ch in json.dumps(data, ensure_ascii=False) for ch in CONTROL)
    assert data["recommendation"]["say"] == "I can do $172,000.[2J]0;pwned"
    values = thread_values("t1")
    stored = json.dumps([values["critiques"], values["recommendation"]], ensure_ascii=False)
    assert not any(ch in stored for ch in CONTROL)

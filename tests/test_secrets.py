"""The API key never leaves the environment: not in the thread database, logs, exports or errors.

A key is planted (in the environment, or only in ``.env``); the fake endpoint then does its
worst — echoes the key in error messages, in a malformed reply, in a 401 — while the board
runs every command that writes something: ``ask`` (terminal, ``--json``, ``--usage``, every
voice failing), ``show``, ``threads --json``, ``brief`` (stdout and ``--out``). Every byte of
output, every log record and every file beside the database is searched for the key.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

import pytest

from board.cli import main
from fake_openai import FakeOpenAI, Fault

SITUATION = (
    "The recruiter offered $150,000 base. I was hoping for $170k; my current job pays $140,000 "
    "and I won't take less than $155,000. They said it's their final offer."
)


def planted(shape: str) -> str:
    tail = uuid.uuid4().hex
    return f"sk-test-PLANTED{tail}" if shape == "sk" else f"PLANTED_{tail}_nokeyshape"


def needles(key: str) -> list[bytes]:
    """The key, and a long piece of its random part (a partial echo is a leak too)."""
    return [key.encode(), key[-24:].encode()]


def assert_clean(where: str, data: bytes | str, key: str) -> None:
    raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    for needle in needles(key):
        assert needle not in raw, f"the key leaked into {where}"


def hostile(server: FakeOpenAI, key: str) -> None:
    """Faults that put the key in everything the endpoint sends back."""
    server.fail(500, match='<seat name="walkaway">', message=f"upstream rejected key {key}")
    server.add_fault(Fault("malformed", match='<seat name="skeptic">', content=f'{{"summary": "{key}", "oops": [}}'))
    server.add_fault(
        Fault("malformed", match='<seat name="concession">', mode="wrong_schema", content=f'{{"summary": "{key}"}}')
    )


@pytest.mark.parametrize("source", ["environment-sk", "environment-odd-shape", "dotenv"])
def test_a_planted_key_appears_in_no_output_log_export_or_database_byte(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture, tmp_path: Path, source: str,
) -> None:
    key = planted("odd" if source == "environment-odd-shape" else "sk")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("BOARD_MAX_RETRIES", "0")
    monkeypatch.setenv("OPENAI_LOG", "debug")
    if source == "dotenv":
        (tmp_path / ".env").write_text(f"OPENAI_API_KEY={key}\n", encoding="utf-8")
        monkeypatch.setenv("OPENAI_API_KEY", "placeholder")  # so teardown removes what .env sets
        monkeypatch.delenv("OPENAI_API_KEY")
    else:
        monkeypatch.setenv("OPENAI_API_KEY", key)
    caplog.set_level(logging.DEBUG)
    outputs: list[tuple[str, str]] = []

    def run(*argv: str) -> int:
        code = main(list(argv))
        out, err = capsys.readouterr()
        outputs.append((" ".join(argv[:3]), out + err))
        return code

    # a clean turn, then a turn where the endpoint echoes the key in its errors and replies
    assert run("ask", "--engine", "openai", "--thread", "t1", "--json", SITUATION) == 0
    clean_bodies = list(fake_openai.bodies)
    hostile(fake_openai, key)
    assert run("ask", "--engine", "openai", "--thread", "t1", "--usage", "They moved to $152,000.") == 0
    assert run("ask", "--engine", "openai", "--thread", "t1", "--json", "Still $152,000, final.") == 0
    # every voice failing, with the key in every error body
    fake_openai.clear()
    fake_openai.fail(500, message=f"Incorrect API key provided: {key}")
    assert run("ask", "--engine", "openai", "--thread", "t2", SITUATION) == 1
    fake_openai.clear()
    fake_openai.fail(401, message=f"Incorrect API key provided: {key}. You can find your API key at ...")
    assert run("ask", "--engine", "openai", "--thread", "t3", SITUATION) == 1
    fake_openai.clear()
    # the exports
    assert run("show", "t1") == 0
    assert run("threads", "--json") == 0
    assert run("brief", "t1") == 0
    assert run("brief", "t1", "--out", str(tmp_path / "brief.md")) == 0

    assert os.environ.get("OPENAI_API_KEY") == key  # the key really was in play
    assert all(r.has_authorization for r in fake_openai.chat_requests)
    assert len(fake_openai.chat_requests) >= 10
    for where, text in outputs:
        assert_clean(f"the output of board {where}", text, key)
    redacted = [where for where, text in outputs if "[redacted]" in text]
    assert len(redacted) >= 3, "the hostile errors (--usage turn, t2, t3) should be shown, redacted"
    for record in caplog.records:
        assert_clean(f"log record {record.name}", record.getMessage(), key)
    assert_clean("caplog text", caplog.text, key)
    assert_clean("the brief file", (tmp_path / "brief.md").read_bytes(), key)
    db = Path(os.environ["BOARD_DB"])
    files = [p for p in db.parent.rglob("*") if p.is_file() and str(p.relative_to(db.parent)).startswith(db.name)]
    assert db in files
    for path in files:
        assert_clean(str(path.relative_to(tmp_path)), path.read_bytes(), key)
    # the key goes to the endpoint only as the Authorization header, never inside a prompt
    # (later bodies carry the hostile replies back for repair: the endpoint's own words)
    assert clean_bodies
    for body in clean_bodies:
        assert_clean("a request body", repr(body), key)


# --------------------------------------------------------------------------- board.redact


def test_redact_covers_the_env_key_stripped_or_not_urls_with_credentials_and_key_shapes(monkeypatch):
    from board.redact import redact

    monkeypatch.setenv("OPENAI_API_KEY", "  PLANTED_abcdef0123456789_odd \n")
    text = redact(
        "sent PLANTED_abcdef0123456789_odd to https://alice:hunter2@llm.example.com/v1 "
        "with Bearer abc.def-0123456789 and sk-proj-0123456789abcdef"
    )
    assert text == "sent [redacted] to https://[redacted]@llm.example.com/v1 with [redacted] and [redacted]"


def test_describe_error_redacts_before_it_shortens(monkeypatch):
    from board.redact import describe_error

    key = planted("odd")
    monkeypatch.setenv("OPENAI_API_KEY", key)
    for offset in range(270, 310, 3):  # the key straddles the length limit
        line = describe_error(RuntimeError("x" * offset + key + " and more\non two lines"))
        assert_clean("describe_error", line, key)
        assert key[:12] not in line and "\n" not in line

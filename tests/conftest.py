"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fake_openai import FakeOpenAI


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A started local OpenAI-compatible server; see tests/fake_openai.py."""
    with FakeOpenAI() as server:
        yield server


@pytest.fixture(autouse=True)
def isolated_board(tmp_path, monkeypatch) -> None:
    """Every test gets its own thread database and never sees a real key or a user's .env."""
    monkeypatch.setenv("BOARD_DB", str(tmp_path / "board.sqlite"))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BOARD_ADVISORS_DIR", "BOARD_MODEL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)

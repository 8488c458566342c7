"""The board end to end: contract object, concurrency, failing voices, bad input, custom personas."""

from __future__ import annotations

import asyncio
import json
from typing import Literal

import pytest

from board.cli import main
from board.codes import FindingCode, MoveCode
from board.engines.base import Case, ModeratorReply, VoiceReply
from board.engines.offline import OfflineEngine
from board.models import BoardResult, Critique
from board.personas import Persona, load_board
from board.session import BoardFailed, run_turn

SITUATION = (
    "I'm a senior engineer and the recruiter offered $150,000 base. I was hoping for $170k; "
    "my current job pays $140,000 and I won't take less than $155,000. They said it's their final offer."
)


def ask_json(capsys, *args: str) -> dict:
    assert main(["ask", "--json", "--engine", "offline", *args]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_json_object_follows_the_contract(capsys):
    data = ask_json(capsys, SITUATION)
    result = BoardResult.model_validate(data)
    assert result.engine == "offline"
    assert [c.advisor for c in result.critiques] == ["anchoring", "walkaway", "concession", "skeptic"]
    for critique in data["critiques"]:
        assert critique["recommended_move"] in {m.value for m in MoveCode}
        assert critique["error"] is None
        for finding in critique["findings"]:
            assert finding["code"] in {c.value for c in FindingCode}
            assert finding["severity"] in {"high", "medium", "low"}
    assert data["recommendation"]["next_move"] in {m.value for m in MoveCode}
    assert data["recommendation"]["missing_voices"] == []
    assert set(data) == {
        "engine", "mode", "thread_id", "situation", "analysis", "critiques", "recommendation", "questions", "usage",
    }


def test_terminal_output_names_the_engine_and_every_voice(capsys):
    assert main(["ask", "--engine", "offline", SITUATION]) == 0
    out = capsys.readouterr().out
    assert "offline engine" in out
    positions = [out.index(name) for name in ("ANCHORING", "WALKAWAY", "CONCESSION", "SKEPTIC", "MODERATOR")]
    assert positions == sorted(positions)


class BarrierEngine:
    """Each advisor waits until every advisor has started: only concurrent branches can finish."""

    name: Literal["offline"] = "offline"

    def __init__(self, advisors: int, fail: str | None = None) -> None:
        self.waiting = advisors
        self.all_started = asyncio.Event()
        self.fail = fail
        self.offline = OfflineEngine()

    async def critique(self, persona: Persona, case: Case) -> VoiceReply:
        self.waiting -= 1
        if self.waiting == 0:
            self.all_started.set()
        await asyncio.wait_for(self.all_started.wait(), timeout=5)
        if persona.name == self.fail:
            raise RuntimeError("the model timed out")
        return await self.offline.critique(persona, case)

    async def moderate(self, persona: Persona, case: Case, critiques: list[Critique]) -> ModeratorReply:
        return await self.offline.moderate(persona, case, critiques)


def test_advisors_run_concurrently(tmp_path):
    board = load_board()
    engine = BarrierEngine(len(board.advisors))
    result = asyncio.run(run_turn(SITUATION, engine=engine, board=board, db_path=tmp_path / "t.sqlite"))
    assert [c.error for c in result.critiques] == [None] * 4


def test_a_failing_advisor_leaves_the_others_and_the_moderator(tmp_path):
    board = load_board()
    engine = BarrierEngine(len(board.advisors), fail="walkaway")
    result = asyncio.run(run_turn(SITUATION, engine=engine, board=board, db_path=tmp_path / "t.sqlite"))
    by_name = {c.advisor: c for c in result.critiques}
    assert [c.advisor for c in result.critiques] == ["anchoring", "walkaway", "concession", "skeptic"]
    assert "timed out" in by_name["walkaway"].error
    assert by_name["walkaway"].findings == []
    assert all(by_name[n].error is None and by_name[n].recommended_move for n in ("anchoring", "concession", "skeptic"))
    assert result.recommendation.missing_voices == ["walkaway"]
    assert result.recommendation.next_move in MoveCode


class AllFailing(BarrierEngine):
    async def critique(self, persona: Persona, case: Case) -> VoiceReply:
        raise ConnectionError("endpoint unreachable")


def test_every_voice_failing_keeps_the_message_in_the_thread(tmp_path):
    board = load_board()
    db = tmp_path / "t.sqlite"
    with pytest.raises(BoardFailed) as failed:
        asyncio.run(run_turn(SITUATION, engine=AllFailing(4), board=board, db_path=db, thread_id="t1"))
    assert failed.value.thread_id == "t1"
    # The thread still holds the message: a rerun on the same thread sees it in its history.
    seen: list[Case] = []

    class Recording(OfflineEngine):
        async def critique(self, persona, case):
            seen.append(case)
            return await super().critique(persona, case)

    asyncio.run(run_turn("They came back at $152,000.", engine=Recording(), board=board, db_path=db, thread_id="t1"))
    assert seen[0].history == [SITUATION]


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["ask", ""], "empty"),
        (["ask", "   \n\t "], "empty"),
        (["ask", "--file", "/no/such/file.txt"], "cannot read"),
        (["ask", "--bogus", "x"], "unrecognized arguments"),
        (["ask", "--mode", "haggle", "x"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv, fragment):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and "Traceback" not in captured.err


def test_unreadable_file_is_a_clear_error(capsys, tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert main(["ask", "--file", str(folder)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_situation_from_a_file_and_stdin(capsys, tmp_path, monkeypatch):
    path = tmp_path / "situation.txt"
    path.write_text(SITUATION, encoding="utf-8")
    from_file = ask_json(capsys, "--file", str(path))
    assert len(from_file["critiques"]) == 4

    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SITUATION.encode())))
    from_stdin = ask_json(capsys, "-")
    assert from_stdin["situation"] == from_file["situation"]


CUSTOM = """---
name: ethicist
display_name: Ethicist
lens: Would you be proud of this deal in a year?
order: 5
codes: [relationship-at-stake]
---
You are the ethicist. You ask whether the deal is one the user could explain to people they respect.
"""


def test_a_custom_persona_joins_the_board(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "personas"
    folder.mkdir()
    (folder / "ethicist.md").write_text(CUSTOM, encoding="utf-8")
    monkeypatch.setenv("BOARD_ADVISORS_DIR", str(folder))
    data = ask_json(capsys, SITUATION)
    assert [c["advisor"] for c in data["critiques"]] == ["anchoring", "walkaway", "concession", "skeptic", "ethicist"]
    assert data["critiques"][-1]["recommended_move"] in {m.value for m in MoveCode}


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("no front matter at all, just words that go on for a while", "front matter"),
        (CUSTOM.replace("order: 5", "order: fifth"), "order"),
        (CUSTOM.replace("name: ethicist", "name: Ethicist!"), "name"),
        (CUSTOM.replace("codes: [relationship-at-stake]", "codes: [be-nice]"), "codes"),
    ],
)
def test_a_malformed_persona_is_a_clear_error(capsys, tmp_path, monkeypatch, text, fragment):
    folder = tmp_path / "personas"
    folder.mkdir()
    (folder / "ethicist.md").write_text(text, encoding="utf-8")
    monkeypatch.setenv("BOARD_ADVISORS_DIR", str(folder))
    assert main(["ask", "--engine", "offline", SITUATION]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ethicist.md" in err[0] and fragment in err[0]


def test_the_offline_path_never_imports_openai():
    import subprocess
    import sys

    code = "import sys; from board.cli import main; main(['ask','--engine','offline','I offered 5, they want 7']); print('openai' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_advice_survives_an_unknown_direction():
    """With no way to tell whether more or less is better, the board still advises (no comparisons crash)."""
    from board.analysis import analyse
    from board.models import Fact, Offer, Situation

    situation = Situation(
        offers=[Offer(by="them", amount=700, words="They offered $700")],
        reservation=Fact(amount=800, words="I won't go below $800"),
        alternative=Fact(amount=600, words="a shop pays $600"),
    )
    assert situation.wants is None
    case = Case(mode="walkaway", text="x", situation=situation, analysis=analyse(situation))
    board = load_board()
    engine = OfflineEngine()

    async def convene():
        critiques = [(await engine.critique(p, case)).critique for p in board.advisors]
        return await engine.moderate(board.moderator, case, critiques)

    reply = asyncio.run(convene())
    assert reply.recommendation.next_move in MoveCode and reply.recommendation.say


def test_the_studio_graph_runs_without_a_checkpointer_or_context():
    """`langgraph.json` points at board.studio:graph; a host gives no context, so the offline board answers."""
    import json as _json
    from pathlib import Path

    from board.studio import graph

    spec = _json.loads((Path(__file__).parents[1] / "langgraph.json").read_text())
    assert spec["graphs"]["board"].endswith("src/board/studio.py:graph")
    state = asyncio.run(graph.ainvoke({"messages": [{"text": SITUATION, "mode": "prep"}]}))
    assert [c["advisor"] for c in state["critiques"]] == ["anchoring", "walkaway", "concession", "skeptic"]
    assert state["recommendation"]["next_move"] in {m.value for m in MoveCode}


def test_board_eval_takes_its_own_options(capsys, tmp_path):
    (tmp_path / "one.toml").write_text(
        'title = "t"\nmode = "prep"\ntext = """I was offered $50,000 for the van."""\n'
        'must_find = []\nmust_not_find = ["tactic-nibble"]\nmoves = ["counter-offer", "gather-information", "anchor-first", "hold-firm", "trade-concession", "improve-batna", "accept", "walk-away", "slow-walkaway"]\n',
        encoding="utf-8",
    )
    assert main(["eval", "--scenarios", str(tmp_path), "--quiet", "--min-moves", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 scenarios" in out and "moves 1.00" in out

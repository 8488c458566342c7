"""The evaluator computes recall, spurious rate and move accuracy as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from board import evaluate
from board.models import Critique, Finding, Recommendation, Situation


class StubEngine:
    """Raises the codes and move written in the scenario text: `codes=a,b move=x`."""

    name = "offline"

    async def critique(self, persona, case):
        from board.engines.base import VoiceReply

        codes = case.text.split("codes=")[1].split()[0].split(",") if "codes=" in case.text else []
        findings = [Finding(code=c, severity="low", evidence="e", advice="a") for c in codes if c] if persona.order == 1 else []
        if "fail" in case.text and persona.name == "skeptic":
            raise RuntimeError("voice down")
        return VoiceReply(critique=Critique(advisor=persona.name, summary="s", findings=findings, recommended_move="hold-firm"))

    async def moderate(self, persona, case, critiques):
        from board.engines.base import ModeratorReply

        move = case.text.split("move=")[1].split()[0]
        return ModeratorReply(recommendation=Recommendation(next_move=move, rationale="r", say="s"))


def write(folder: Path, name: str, text: str, must_find, must_not_find, moves):
    folder.joinpath(f"{name}.toml").write_text(
        f'title = "{name}"\nmode = "prep"\ntext = "{text}"\n'
        f"must_find = {json.dumps(must_find)}\nmust_not_find = {json.dumps(must_not_find)}\nmoves = {json.dumps(moves)}\n",
        encoding="utf-8",
    )


@pytest.fixture
def scenarios(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluate, "get_engine", lambda name: StubEngine())
    monkeypatch.setattr(evaluate, "read_situation", lambda text: Situation())
    # a: finds 1 of 2, raises 1 of 1 forbidden, move ok.  b: finds 2 of 2, 0 of 1 forbidden, move wrong.
    write(tmp_path, "a", "codes=deadlock,batna-missing move=accept", ["deadlock", "anchor-timid"], ["batna-missing"], ["accept"])
    write(tmp_path, "b", "codes=deadline-pressure,tactic-nibble move=hold-firm fail",
          ["deadline-pressure", "tactic-nibble"], ["deadlock"], ["accept", "walk-away"])
    write(tmp_path, "c", "move=accept", [], [], [])
    return tmp_path


def test_metrics_on_a_tiny_scenario_dir(scenarios, capsys):
    code = evaluate.main(["--scenarios", str(scenarios), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    t = out["totals"]
    assert t["scenarios"] == 3
    assert t["recall"] == pytest.approx(3 / 4)
    assert t["spurious_rate"] == pytest.approx(1 / 2)
    assert t["move_accuracy"] == pytest.approx(1 / 2)  # c lists no moves: not judged
    a = next(r for r in out["results"] if r["file"] == "a.toml")
    assert a["missed"] == ["anchor-timid"] and a["spurious"] == ["batna-missing"] and a["move_ok"] is True


def test_thresholds_set_the_exit_code(scenarios, capsys):
    assert evaluate.main(["--scenarios", str(scenarios), "--quiet", "--min-recall", "0.7"]) == 0
    assert evaluate.main(["--scenarios", str(scenarios), "--quiet", "--min-recall", "0.9"]) == 1
    assert evaluate.main(["--scenarios", str(scenarios), "--quiet", "--max-spurious", "0.1"]) == 1
    assert evaluate.main(["--scenarios", str(scenarios), "--quiet", "--min-moves", "0.5"]) == 0
    text = capsys.readouterr().out
    assert "recall 0.75" in text and "spurious 0.50" in text and "moves 0.50" in text


def test_a_missing_folder_is_bad_input(tmp_path, capsys):
    assert evaluate.main(["--scenarios", str(tmp_path / "nope")]) == 2

"""One board turn that stalls inside an advisor, run as a child process by the durability tests.

    python tests/slow_turn.py THREAD_ID TEXT

Runs ``board.session.run_turn`` on ``$BOARD_DB`` with the offline engine, except that the
skeptic prints ``STALLED`` on stdout once the turn is under way and then waits for a line on
stdin before answering. The parent kills the process there (SIGKILL) or lets it finish by
writing a line; on success it prints ``DONE <thread id>``.
"""

from __future__ import annotations

import asyncio
import sys

from board.engines.offline import OfflineEngine
from board.personas import load_board
from board.session import run_turn

STALLING_VOICE = "skeptic"


class StallingEngine(OfflineEngine):
    async def critique(self, persona, case):
        if persona.name == STALLING_VOICE:
            print("STALLED", flush=True)
            await asyncio.to_thread(sys.stdin.readline)
        return await super().critique(persona, case)


def main() -> None:
    thread_id, text = sys.argv[1], sys.argv[2]
    result = asyncio.run(run_turn(text, engine=StallingEngine(), board=load_board(), thread_id=thread_id))
    print("DONE", result.thread_id, flush=True)


if __name__ == "__main__":
    main()

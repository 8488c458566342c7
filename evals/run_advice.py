"""Score the board's advice on the scenario files: ``python evals/run_advice.py [--quiet] [--engine openai]``.

A thin wrapper around ``board.evaluate.main`` (the same as ``board eval``).
"""

from __future__ import annotations

import sys

from board.evaluate import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The graph for `langgraph dev` (langgraph.json): compiled without a checkpointer, which the server provides."""

from board.graph import build_graph

graph = build_graph().compile(name="board")

"""board: a board of negotiation advisors that critique a situation and a moderator that merges them."""

__version__ = "0.1.0"

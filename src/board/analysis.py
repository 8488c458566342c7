"""Negotiation arithmetic on a Situation. (Skeleton: the offline-analyst issue makes it deep.)"""

from __future__ import annotations

from board.models import Analysis, Situation


def analyse(situation: Situation) -> Analysis:
    theirs = [o.amount for o in situation.offers if o.by == "them"]
    mine = [o.amount for o in situation.offers if o.by == "me"]
    table = theirs[-1] if theirs else None
    latest = mine[-1] if mine else None
    gap = abs(latest - table) if table is not None and latest is not None else None
    return Analysis(offer_on_table=table, my_latest=latest, gap=gap)

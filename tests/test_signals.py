"""The stalled and uninformed word-facts, on invented sentences."""

from __future__ import annotations

import pytest

from board.signals import read_stalled
from board.situation import read_situation


@pytest.mark.parametrize("text", [
    "Honestly nobody budges on the price.",
    "We have been stuck since March on the service fee.",
    "We've been going back and forth for months about the fee.",
    "Neither of us will move on this.",
    "Talks are at an impasse.",
    "It has turned into a stalemate.",
    "Four meetings and no one has moved a cent.",
    "The agency won't budge and neither will we.",
    "Both sides are dug in at 70 vs 76.",
    "We're stuck at 3,100 vs 3,400.",
    "Neither side has given an inch in weeks.",
])
def test_stalled_in_words(text):
    assert read_stalled(text)


@pytest.mark.parametrize("text", [
    "No one will give me that price.",
    "We both moved closer and shook hands.",
    "I'm stuck on what to write back.",
    "I want to avoid a standoff with my landlord.",
    "We went back and forth a little and settled at 40.",
    "The buyer won't budge.",
    "No one moved in yet, the flat is empty.",
    "We're stuck on which van to buy.",
    "Nobody is going to pay 50k for that.",
    "We're not at an impasse yet.",
])
def test_not_stalled(text):
    assert read_stalled(text) is None


def test_stalled_reaches_the_situation_and_survives_a_later_turn():
    first = read_situation("I'm selling my boat. Buyer says 18k, I say 21k, and nobody budges.")
    assert first.stalled and "budges" in first.stalled
    later = read_situation("He just texted again.", prior=first)
    assert later.stalled == first.stalled


@pytest.mark.parametrize("text", [
    "Honestly I have no clue what's normal for this kind of job.",
    "No idea what my old piano is worth.",
    "I have no real idea what this grade of olive oil goes for wholesale.",
    "I have no idea what analysts earn in Lisbon.",
    "Not sure what a fair price is for a used canoe.",
    "I haven't looked anything up yet.",
    "I don't know the market here at all.",
    "No idea how much to charge for the logo.",
])
def test_uninformed_about_the_value(text):
    from board.signals import read_uninformed
    assert read_uninformed(text)


@pytest.mark.parametrize("text", [
    "I have no clue if she's talking to other dealers.",
    "No idea why the hurry or whether they have another tenant.",
    "I have no idea what they're going to ask for.",
    "I don't know if he'll accept.",
    "I have no idea what he would pay.",
    "I know exactly what it's worth.",
    "I'm not sure about the start date.",
    "I don't know if I can make it on Friday.",
])
def test_not_uninformed_about_the_value(text):
    from board.signals import read_uninformed
    assert read_uninformed(text) is None

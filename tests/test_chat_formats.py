"""Chats pasted straight out of messaging apps, in the line formats their exports use.

People paste a negotiation as the app gives it: WhatsApp on iOS "[12/03/2024, 10:42] Dave: …", on Android
"12/03/2024, 10:42 - Dave: …", a leading time "10:42 AM - Dave: …", a stamp after the name "Dave, 10:42: …", day
separators ("Yesterday", "Tue, 12 Mar") between messages, and messages written over several lines. Each must read
as the plain "Dave: …" chat it is: every price in order by the side that named it, the other side's limit never
taken for the user's, and no time or date read as money. Each format has a near miss that must keep its reading:
a note line ("Budget: 500", "Time: 10:42") is not a speaker, and a single stamped line is not a chat.
"""

from __future__ import annotations

from board.exports import plain
from board.situation import read_situation


def _offers(text: str) -> list[tuple[str, float]]:
    return [(o.by, o.amount) for o in read_situation(text).offers]


# -- WhatsApp on iOS ------------------------------------------------------------------------------

IOS = """I'm selling my old sofa, I'm Sam.
[12/03/2024, 10:42] Sam: Hi, yes still available, 750 as listed
[12/03/2024, 10:43] Dave: would you take 600
[12/03/2024, 10:45] Sam: I could do 700
[12/03/2024, 10:47] Dave: 650 and I pick it up today
"""


def test_whatsapp_ios_lines_are_read_by_speaker():
    s = read_situation(IOS)
    assert s.role == "seller" and s.wants == "more"
    assert _offers(IOS) == [("me", 750), ("them", 600), ("me", 700), ("them", 650)]


def test_whatsapp_ios_with_seconds_am_pm_and_direction_marks():
    text = ("I'm Sam, selling a bike.\n"
            "\u200e[3/12/24, 9:05:13\u202fAM] Sam: It's £400\n"
            "[3/12/24, 9:07:40 AM] \u200eLeo: would you do £320?\n"
            "[3/12/24, 9:10:02 AM] Sam: £380 is the lowest I'd go\n"
            "[3/12/24, 9:12:55 PM] Leo: £350 cash tonight\n")
    assert _offers(text) == [("me", 400), ("them", 320), ("me", 380), ("them", 350)]


def test_whatsapp_timestamps_are_never_money():
    text = ("I'm Sam.\n"
            "[12/03/2024, 10:42] Sam: hello\n"
            "[12/03/2024, 10:43] Dave: is it still there\n")
    s = read_situation(text)
    assert s.offers == [] and s.asking is None and s.reservation is None


# -- WhatsApp on Android --------------------------------------------------------------------------

ANDROID = """I'm buying a bike. I'm Tom.
12/03/2024, 10:40 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
12/03/2024, 10:42 - Tom: would you do 250?
12/03/2024, 10:44 - Priya: £320 is the lowest
12/03/2024, 10:46 - Tom: 280?
12/03/2024, 10:47 - Priya: £300 is my max
"""


def test_whatsapp_android_their_limit_is_their_offer_not_mine():
    s = read_situation(ANDROID)
    assert s.role == "buyer"
    assert _offers(ANDROID) == [("me", 250), ("them", 320), ("me", 280), ("them", 300)]
    assert s.reservation is None


def test_whatsapp_android_twelve_hour_clock():
    text = ("I'm Tom, buying her desk.\n"
            "3/12/24, 6:02 PM - Tom: can you do 90?\n"
            "3/12/24, 6:05 PM - Ana: 120\n"
            "3/12/24, 6:09 PM - Tom: 100 and I collect\n")
    assert _offers(text) == [("me", 90), ("them", 120), ("me", 100)]


# -- a leading time, a time after the name ---------------------------------------------------------

def test_leading_time_lines():
    text = ("I'm renting out my garage, I'm Kim.\n"
            "10:42 Kim: it's 150 a month\n"
            "10:44 Raj: would you take 110?\n"
            "10:51 AM - Kim: 135 is my best\n"
            "10:53 AM - Raj: 125 and I sign today\n")
    assert _offers(text) == [("me", 150), ("them", 110), ("me", 135), ("them", 125)]


def test_time_after_the_name():
    text = ("Me, 10:42: I can pay 1,800 for the car\n"
            "Dealer, 10:45: lowest is 2,400\n"
            "Me, 10:47: 2,000\n"
            "Dealer (10:50): 2,250 final\n")
    assert _offers(text) == [("me", 1800), ("them", 2400), ("me", 2000), ("them", 2250)]


# -- day separators and messages over several lines ------------------------------------------------

def test_day_separators_do_not_break_the_chat():
    text = ("I'm selling my camera, asking 400.\n"
            "Yesterday\n"
            "Dave: would you take 300?\n"
            "Me: I could do 380\n"
            "Tue, 12 Mar\n"
            "Dave: 340 cash\n"
            "Today 10:42\n"
            "Me: 360 and it's yours\n")
    assert _offers(text) == [("them", 300), ("me", 380), ("them", 340), ("me", 360)]
    assert read_situation(text).asking.amount == 400
    assert "Yesterday" not in plain(text) and "Tue, 12 Mar" not in plain(text)


def test_a_message_over_several_lines_stays_its_speakers():
    text = ("I'm Sam, selling the table.\n"
            "[12/03/2024, 10:42] Sam: Hi!\n"
            "The table is 200\n"
            "[12/03/2024, 10:43] Dave: thanks for getting back\n"
            "honestly 120 is my max\n"
            "[12/03/2024, 10:45] Sam: 170 then\n")
    s = read_situation(text)
    assert _offers(text) == [("me", 200), ("them", 120), ("me", 170)]
    assert s.reservation is None


# -- "You:" in a paste ---------------------------------------------------------------------------

def test_you_is_the_user_as_apps_label_it():
    text = ("Selling my drill on Marketplace.\n"
            "Dave: hi is this available? would you take 40\n"
            "You: yes, 60 is the price\n"
            "Dave: 45?\n"
            "You: 55 and it's yours\n")
    s = read_situation(text)
    assert s.role == "seller" and s.notices == []
    assert _offers(text) == [("them", 40), ("me", 60), ("them", 45), ("me", 55)]


def test_you_beside_me_is_the_other_side():
    text = ("Me: I can pay 900 for the car\n"
            "You: 1,200 is the lowest\n"
            "Me: 1,000\n")
    assert _offers(text) == [("me", 900), ("them", 1200), ("me", 1000)]


# -- mail threads --------------------------------------------------------------------------------

GMAIL = """I'm Sam, the client, getting the kitchen redone. The thread so far:

On Tue, 12 Mar 2024 at 10:42, Dave Smith <dave@smithbuild.example> wrote:
> Hi Sam, we can come down to 11,000 all in, that's our best.
> Dave
>
> On Mon, 11 Mar 2024 at 09:15, Sam Jones <sam@example.com> wrote:
>> Hi Dave, could you do 9,000?
>>
>> On Fri, 8 Mar 2024 at 16:20, Dave Smith <dave@smithbuild.example> wrote:
>>> Quote for the kitchen: 12,800 including fitting.

What should I reply?
"""


def test_mail_thread_quoted_replies_read_oldest_first_by_writer():
    assert _offers(GMAIL) == [("them", 12800), ("me", 9000), ("them", 11000)]
    assert "What should I reply?" in plain(GMAIL)


OUTLOOK = """I'm Sam, the client. Here's the thread:

From: Dave Smith <dave@smithbuild.example>
Sent: Tuesday, March 12, 2024 10:42 AM
To: Sam Jones
Subject: RE: Kitchen quote

Hi Sam, we can come down to 11,000 all in, that's our best.

From: Sam Jones
Sent: Monday, March 11, 2024 9:15 AM
To: Dave Smith
Subject: RE: Kitchen quote

Hi Dave, could you do 9,000?

-----Original Message-----
From: Dave Smith
Sent: Friday, March 8, 2024 4:20 PM
To: Sam Jones
Subject: Kitchen quote

Quote for the kitchen: 12,800 including fitting.
"""


def test_outlook_headers_mark_whose_message_follows():
    assert _offers(OUTLOOK) == [("them", 12800), ("me", 9000), ("them", 11000)]


def test_one_quoted_reply_is_left_to_the_quote_reader():
    text = ("Got this back from the garage:\n"
            "On Tue, 12 Mar 2024 at 10:42, Dave Smith <dave@garage.example> wrote:\n"
            "> The repair is 640, parts and labour.\n")
    assert plain(text) == text


# -- near misses ----------------------------------------------------------------------------------

def test_note_lines_with_times_are_not_speakers():
    text = ("Budget: 500\n"
            "Time: 10:42\n"
            "Seller wants 650 for the bike. What should I offer?\n")
    assert plain(text) == text
    s = read_situation(text)
    assert all(o.amount not in (10.42, 1042) for o in s.offers)


def test_one_stamped_line_is_not_rewritten():
    text = "The seller texted at 10:42 - Dave: is 600 ok? I'm buying, my budget is 550.\n"
    assert plain(text) == text


def test_a_price_list_is_not_a_chat():
    text = "12.50 Dave: the small box\n14.75 Dave: the big box\n"
    assert plain(text) == text


def test_a_stamped_line_becomes_a_plain_chat_line():
    text = "[12/03/2024, 10:42] Dave: would you take 600\n[12/03/2024, 10:44] Sam: 700\n"
    assert plain(text) == "Dave: would you take 600\nSam: 700\n"


def test_a_date_in_the_story_stays():
    text = "Tue, 12 Mar\nThe landlord wants 1,450 from April. My limit is 1,400.\n"
    assert plain(text) == text

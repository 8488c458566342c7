"""The money reader: the forms people write amounts in, and the numbers that are not money."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from board.money import absurd, amounts, parse_number, read_amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$85k", 85_000), ("85,000", 85_000), ("$1.2M", 1_200_000), ("€60.000", 60_000),
        ("1.250,50 €", 1250.5), ("£40/hour", 40), ("85 thousand", 85_000), ("2.5 million", 2_500_000),
        ("$12.99", 12.99), ("5 grand", 5000), ("USD 1,500", 1500), ("1'250 CHF?", 1250),
        ("15% off $240,000", 204_000), ("would you take 250.00", 250),
    ],
)
def test_reads_the_forms_people_write(text: str, value: float) -> None:
    assert read_amount(text) == pytest.approx(value)


def test_currency_and_unit_are_kept() -> None:
    (m,) = amounts("£40/hour")
    assert (m.currency, m.unit) == ("GBP", "per hour")
    (m,) = amounts("1000 a month")
    assert m.unit == "per month"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between $2,100 and $2,250", 2100, 2250), ("$25,500-$27,000", 25_500, 27_000),
        ("60-65k", 60_000, 65_000), ("glassdoor says 90-110k", 90_000, 110_000), ("$90-110k", 90_000, 110_000),
        ("from $10 to $20", 10, 20),
        ("similar ones go for 14,900 to 16,300 around here", 14_900, 16_300), ("comps are 410,000 to 445,000", 410_000, 445_000),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    (m,) = amounts(text)
    assert (m.value, m.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    ["they raised it 2,100 to 2,250", "the market rate went 2,100 to 2,250", "I moved 14,900 to 16,300",
     "the band is 85,000 to 95,000 and I asked 90,000 to 120,000"],
)
def test_bare_to_between_plain_numbers_is_a_change_unless_values_are_told(text: str) -> None:
    """"to" between two bare numbers is a span only where the clause is about what things go for."""
    spans = [m for m in amounts(text) if m.high is not None]
    assert len(spans) == (1 if "band" in text else 0)


@pytest.mark.parametrize(
    "text",
    ["iPhone 8", "my 2015 Honda", "3 bedrooms", "24 months", "call 916-888-5555", "meet at 5pm", "at 5:30",
     "I bought it in 2015", "on 7/31/2018", "it has 4GB", "the 2nd one", "10K miles on it", "15%", "Windows 10",
     "built in 1998", "a 2 car garage"],
)
def test_not_money(text: str) -> None:
    assert amounts(text) == []


def test_bare_numbers_follow_the_scale_of_the_text() -> None:
    found = amounts("I offered 24, then went to 25, then 27 for the $25,500 car")
    assert [m.value for m in found] == [24_000, 25_000, 27_000, 25_500]
    assert [m.value for m in amounts("how about 60?", reference=65)] == [60]
    assert [m.value for m in amounts("how about 60?", reference=65_000)] == [60_000]


def test_year_shaped_prices_are_money_when_nothing_says_year() -> None:
    assert read_amount("would you take 2000?") == 2000
    assert read_amount("I will pay the 2000. Thanks") == 2000


def test_absurd_amounts_are_refused() -> None:
    assert amounts("-500 dollars") == [] and absurd("-500 dollars")[0].value == -500
    assert amounts("$5,000,000,000,000") == [] and absurd("$5,000,000,000,000")


def test_separators() -> None:
    assert parse_number("1,250.50") == parse_number("1.250,50", euro=True) == 1250.5
    assert parse_number("1.125", has_suffix=True) == 1.125
    assert parse_number("60.000") == 60_000


def test_list_commas_are_not_decimals() -> None:
    assert [m.value for m in amounts("I said 24,25, then 27 for it", reference=25)] == [24, 25, 27]


amount_st = st.integers(min_value=1, max_value=999_999_999)


@given(amount_st)
def test_round_trip_us_format(n: int) -> None:
    assert read_amount(f"they offered ${n:,}") == n


@given(amount_st)
def test_round_trip_european_format(n: int) -> None:
    euro = f"{n:,}".replace(",", ".")
    assert read_amount(f"they offered €{euro}") == n


@given(st.integers(min_value=1, max_value=999))
def test_round_trip_k(n: int) -> None:
    assert read_amount(f"they offered {n}k") == n * 1000


@given(st.integers(min_value=10, max_value=999))
def test_round_trip_millions(n: int) -> None:
    assert read_amount(f"valued at ${n / 10:.1f}M") == pytest.approx(n / 10 * 1e6)


@settings(max_examples=50)
@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=1, max_value=99))
def test_round_trip_euro_decimals(n: int, cents: int) -> None:
    euro = f"{n:,}".replace(",", ".") + f",{cents:02d}"
    assert read_amount(f"{euro} €") == pytest.approx(n + cents / 100)


@given(st.text(max_size=200))
def test_never_crashes_and_never_negative(text: str) -> None:
    assert all(m.value >= 0 for m in amounts(text))


def test_hostile_input_is_read_to_the_end_without_absurd_amounts() -> None:
    """Long runs of digits, separators and symbols are read (their timing is in evals/bench.py)."""
    for text in ("1," * 100_000, "$" * 200_000, "9" * 200_000, "1.2.3." * 50_000, "k1 " * 80_000):
        found = amounts(text)
        assert all(0 <= m.value < 1e12 for m in found)


def test_a_lone_decimal_comma_is_a_decimal_not_a_list() -> None:
    from board.money import amounts
    assert [m.value for m in amounts("we'd only stay if they hold at 2,35 a litre.")] == [2.35]
    assert [m.value for m in amounts("I offered 31,32, and then 34")] == [31, 32, 34]


def test_a_leading_zero_starts_a_fraction_not_a_thousands_group() -> None:
    assert [(m.value, m.high) for m in amounts("the price goes from $0.118 to $0.134 per can")] == [(0.118, 0.134)]
    assert [m.value for m in amounts("€0.085 per unit")] == [0.085]


def test_a_list_after_a_not_money_word_and_counts_with_a_plus_are_not_money() -> None:
    assert amounts("fits model 12,40,33 and 7-21") == []
    assert amounts("works with versions: 3, 5, 8, and 110. Yours for $20")[0].value == 20
    assert amounts("it has been listed for 3+ months") == []
    assert [m.value for m in amounts("size 10, 25 dollars")] == [25]
    assert [m.value for m in amounts("4 bedrooms, 1900 a month")] == [1900]


def test_an_abbreviated_year_is_not_money() -> None:
    assert amounts("it's an '87, runs great") == []
    assert [m.value for m in amounts("I said '60' not 16")] == [60, 16]


def test_w_slash_is_with_not_watts():
    from board.money import amounts
    assert [m.value for m in amounts("second source quoted 4.35 w/ 10-week lead times")][:1] == [4.35]
    assert [m.value for m in amounts("a 600 w heater")] == []


@pytest.mark.parametrize("text, value", [
    ("Quoted a couple two and a half grand for a full day.", 2_500),
    ("I'd go up to twenty-eight grand if I had to.", 28_000),
    ("they're offering six grand on trade", 6_000),
    ("she wants three hundred quid for it", 300),
    ("forty five thousand dollars, cash", 45_000),
])
def test_a_spelled_out_amount_with_a_magnitude_is_money(text, value):
    from board.money import amounts
    assert [m.value for m in amounts(text)] == [value]


@pytest.mark.parametrize("text", [
    "we ship two thousand units a month",
    "it has three hundred horsepower",
    "one and a half hours away",
])
def test_a_spelled_out_count_is_not_money(text):
    from board.money import amounts
    assert amounts(text) == []

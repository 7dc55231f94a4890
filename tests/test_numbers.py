"""Property tests for the number reader: what ``to_words`` and ``group_digits`` write, ``parse_number`` reads
back. Digits with Indian and Western grouping, Devanagari digits, Hindi and English number words, and the
Hindi fraction words (डेढ़, ढाई, साढ़े, सवा, पौने) composed with scales."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khabar.analyse.numbers import find_numbers, group_digits, parse_number, to_words

NUMBERS = st.integers(min_value=0, max_value=10**13)
HINDI_SCALES = {"सौ": 100, "हजार": 1000, "लाख": 10**5, "करोड़": 10**7}


@given(NUMBERS)
def test_indian_grouping_round_trips(n: int):
    assert parse_number(group_digits(n, "indian")) == n


@given(NUMBERS)
def test_western_grouping_round_trips(n: int):
    assert parse_number(group_digits(n, "western"), "en") == n


@given(NUMBERS, st.sampled_from(["indian", "western"]))
def test_devanagari_digits_round_trip(n: int, style: str):
    written = group_digits(n, style, devanagari=True)
    assert not any(c.isascii() and c.isdigit() for c in written)
    assert parse_number(written) == n


@given(NUMBERS)
def test_hindi_words_round_trip(n: int):
    assert parse_number(to_words(n, "hi"), "hi") == n


@given(NUMBERS)
def test_english_words_round_trip(n: int):
    assert parse_number(to_words(n, "en"), "en") == n


@given(st.integers(min_value=1, max_value=99), st.sampled_from(sorted(HINDI_SCALES)))
def test_hindi_word_times_scale(k: int, scale: str):
    assert parse_number(f"{to_words(k, 'hi')} {scale}", "hi") == k * HINDI_SCALES[scale]


@given(st.integers(min_value=1, max_value=99), st.sampled_from(sorted(HINDI_SCALES)))
def test_digits_times_hindi_scale(k: int, scale: str):
    assert parse_number(f"{k} {scale}", "hi") == k * HINDI_SCALES[scale]


@given(st.integers(min_value=1, max_value=99), st.sampled_from([*sorted(HINDI_SCALES), ""]))
def test_sadhe_adds_a_half_before_the_scale(k: int, scale: str):
    factor = HINDI_SCALES.get(scale, 1)
    assert parse_number(f"साढ़े {to_words(k, 'hi')} {scale}".strip(), "hi") == (k + 0.5) * factor


@given(st.integers(min_value=2, max_value=99), st.sampled_from([*sorted(HINDI_SCALES), ""]))
def test_sava_and_paune_add_and_take_a_quarter(k: int, scale: str):
    factor = HINDI_SCALES.get(scale, 1)
    word = to_words(k, "hi")
    assert parse_number(f"सवा {word} {scale}".strip(), "hi") == (k + 0.25) * factor
    assert parse_number(f"पौने {word} {scale}".strip(), "hi") == (k - 0.25) * factor


@given(st.sampled_from([("डेढ़", 1.5), ("ढाई", 2.5)]), st.sampled_from([*sorted(HINDI_SCALES), ""]))
def test_dedh_and_dhai_times_scale(fraction: tuple[str, float], scale: str):
    word, value = fraction
    assert parse_number(f"{word} {scale}".strip(), "hi") == value * HINDI_SCALES.get(scale, 1)


@given(st.integers(min_value=1, max_value=99))
def test_dozens(k: int):
    assert parse_number(f"{to_words(k, 'hi')} दर्जन", "hi") == 12 * k
    assert parse_number(f"{to_words(k, 'en')} dozen", "en") == 12 * k


@given(st.integers(min_value=0, max_value=999))
def test_english_and_a_half(k: int):
    assert parse_number(f"{to_words(k, 'en')} and a half", "en") == k + 0.5


@given(NUMBERS, st.sampled_from(["indian", "western"]))
def test_a_number_in_a_sentence_keeps_its_offsets(n: int, style: str):
    sentence = f"कुल {group_digits(n, style)} लोग आए।"
    found = find_numbers(sentence, "hi")
    assert [(m.value, sentence[m.start:m.end]) for m in found] == [(n, group_digits(n, style))]


def test_malformed_grouping_is_not_read_as_one_number():
    assert parse_number("1,0000") is None
    assert parse_number("13,00") is None


def test_numbers_glued_to_words_are_not_counts():
    assert find_numbers("सोयुज-2 रॉकेट", "hi") == []
    assert find_numbers("crazy_world143", "hi") == []
    assert find_numbers("G20 summit", "en") == []
    assert find_numbers("15:23 IST", "hi") == []


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9),
       st.sampled_from([("लाख", 100_000, "hi"), ("करोड़", 10_000_000, "hi"), ("lakh", 100_000, "en"),
                        ("million", 1_000_000, "en")]))
def test_a_decimal_before_a_scale_word_is_exact(whole: int, tenth: int, scale: tuple[str, int, str]):
    """4.1 लाख is 410,000, not 409,999.99999999994 (4.1 * 100,000 in binary floating point)."""
    word, size, lang = scale
    assert parse_number(f"{whole}.{tenth} {word}", lang) == (whole * 10 + tenth) * size // 10

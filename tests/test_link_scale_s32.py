"""Session 32: the words ``crosslingual._latin_word`` remembers outnumber a large store's vocabulary."""

from khabar.link import crosslingual
from khabar.synthetic import _word


def test_latin_word_memo_holds_the_generated_vocabulary() -> None:
    # bench_link_scale's articles draw from 300,000 words; at 65,536 each chunk transliterated 60,000 of them again
    assert crosslingual._latin_word.cache_info().maxsize == crosslingual.LATIN_WORDS_MEMO >= 300_000


def test_a_remembered_word_is_not_worked_out_again() -> None:
    words = " ".join(_word(n) for n in range(7_000_000, 7_000_200))
    first = crosslingual.latin_words.__wrapped__(words)
    before = crosslingual._latin_word.cache_info()
    assert crosslingual.latin_words.__wrapped__(words) == first
    after = crosslingual._latin_word.cache_info()
    assert after.misses == before.misses and after.hits - before.hits == 200

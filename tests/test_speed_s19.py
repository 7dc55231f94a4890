"""Session 19's speed changes, each against the code it replaced.

- ``latin.transliterate`` puts a text into IAST word by word (each Devanagari word's IAST computed once,
  ``latin._word_iast_of``) instead of handing indic-transliteration the whole text: the same IAST, so the same
  transliterations and keys.
- ``MentionGroup.name`` answers a group of one mention, or of one text, without keying it, and keys each distinct
  text once: the same name.
"""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from indic_transliteration import sanscript

from conftest import covid5_articles
from khabar.analyse.pipeline import analyse
from khabar.link import latin
from khabar.link.coref import MentionGroup, link_within_article
from khabar.model import Mention
from khabar.text.keys import match_key, normalize


def _whole_text_iast(text: str) -> str:
    """The IAST step as it was: schwas marked in every word, then the whole text through indic-transliteration."""
    text = normalize("NFC", text).translate(latin._PRE_IAST)
    text = latin._DEVANAGARI_WORD.sub(lambda m: latin.delete_schwas(m.group(), latin._DROPPED), text)
    return sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST)


def _word_iast(text: str) -> str:
    text = normalize("NFC", text).translate(latin._PRE_IAST)
    assert latin._whole_text_chars().search(text) is None
    return latin._DEVANAGARI_WORD.sub(latin._word_iast, text)


def _old_transliterate(text: str, person: bool = False) -> str:
    """``latin.transliterate`` before session 19 (the whole text through indic-transliteration)."""
    if not latin.has_devanagari(text):
        return text
    iast = _whole_text_iast(text)
    iast = latin._IAST_CONVENTIONS_W.sub("w", iast).replace(latin._DROPPED, "")
    iast = latin._IAST_CONVENTIONS_AI.sub("ai", iast)
    iast = latin._IAST_CONVENTIONS_AON.sub("āon", iast)
    if person:
        iast = latin._CLOSED_LONG_I.sub("ee", iast)
        iast = latin._CLOSED_LONG_U.sub("oo", iast)
    flat = latin._FLATTEN_RE.sub(lambda m: latin._FLATTEN_MAP[m.group()], iast)
    return "".join(c for c in unicodedata.normalize("NFKD", flat) if not unicodedata.combining(c))


_RUN = regex.compile(r"\S+(?:\s+\S+){0,3}")


def _real_strings() -> list[str]:
    """Runs of one to four words of real articles, their lines, and their titles: names, phrases, numbers,
    punctuation, Latin words and zero-width joiners as the link step meets them."""
    out: list[str] = []
    for article in covid5_articles(60):
        for line in article.text.splitlines()[:12]:
            out.append(line)
            out.extend(m.group() for m in _RUN.finditer(line))
        out.append(article.title or "")
    return out


def test_word_by_word_iast_is_the_whole_text_iast_on_real_text() -> None:
    strings = _real_strings()
    assert len(strings) > 3000
    devanagari = [s for s in strings if latin.has_devanagari(s)]
    assert len(devanagari) > 2000
    for s in devanagari:
        assert _word_iast(s) == _whole_text_iast(s), s
    for s in strings[:1500]:
        latin.transliterate.cache_clear()
        assert latin.transliterate(s) == _old_transliterate(s), s
        assert latin.transliterate(s, person=True) == _old_transliterate(s, person=True), s


def test_word_by_word_iast_on_edges_written_for_the_test() -> None:
    # A consonant before a hyphen, a digit, a Latin letter, a joiner, a danda, a nukta letter, text edges.
    for s in ["राम-श्याम", "क", "क ख", "क-", "-क", "कAख", "क1ख", "स्\u200dवास्थ्य", "स्\u200cवास्थ्य", "नई दिल्ली।",
              "ज़ेलेंस्की  पुतिन", "कोविड-19 ", " डॉ. हर्षवर्धन", "ॐ नमः", "अ\u0951ग्नि", "क्ष त्र ज्ञ", "राम\nश्याम"]:
        assert latin.transliterate(s) == _old_transliterate(s), s
        assert latin.transliterate(s, person=True) == _old_transliterate(s, person=True), s


def test_vedic_signs_outside_the_block_take_the_whole_text_path() -> None:
    # The map reads Vedic accents outside the Devanagari block (U+1CD0-, U+A8E0-): such a text goes through whole.
    pattern = latin._whole_text_chars()
    assert pattern.search("अ\u1cd3ग्नि") and pattern.search("क\ua8e1") and not pattern.search("राम-श्याम 12 AB")
    for s in ["अ\u1cd3ग्नि मी\u1cd9ळे", "क\ua8e1 ख"]:
        assert latin.transliterate(s) == _old_transliterate(s)


_PIECES = st.sampled_from(["क", "ख", "र", "्", "ा", "ि", "ी", "ं", "ँ", "ः", "़", "ॉ", "अ", "इ", "ॐ", "।", "०",
                           " ", "  ", "-", ".", "\u200c", "\u200d", "a", "K", "1", "'", "\n", "\u0951", "क्ष"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("क्ष -")
def test_word_by_word_iast_on_drawn_text(text: str) -> None:
    assert latin.transliterate.__wrapped__(text) == _old_transliterate(text)
    assert latin.transliterate.__wrapped__(text, person=True) == _old_transliterate(text, person=True)


# -- MentionGroup.name -------------------------------------------------------------------------------------------

def _old_group_name(group: MentionGroup) -> str:
    """``MentionGroup.name`` before session 19."""
    names = group.name_mentions or group.mentions
    counts: dict[str, int] = {}
    for m in names:
        counts[m.text] = counts.get(m.text, 0) + 1
    return max(names, key=lambda m: (len(match_key(m.text).split()), counts[m.text], -m.start)).text


def test_group_name_is_the_old_name_on_real_articles() -> None:
    groups = []
    for article in covid5_articles(40):
        analysis = analyse(article)
        groups.extend(link_within_article(article.text, analysis))
    assert len(groups) > 150
    assert any(len({m.text for m in g.mentions}) > 1 for g in groups)
    for g in groups:
        assert g.name == _old_group_name(g)


_TEXTS = st.sampled_from(["नरेंद्र मोदी", "मोदी", "प्रधानमंत्री मोदी", "मोदी जी", "Modi", "Narendra  Modi", "पीएम",
                          "श्री नरेंद्र मोदी", "नरेंद्र-मोदी"])
_MENTIONS = st.builds(lambda text, start, source: Mention(start, start + len(text), text, "PER", source=source),
                      _TEXTS, st.integers(0, 40), st.sampled_from(["model", "document", "description"]))


@settings(max_examples=500, deadline=None)
@given(st.lists(_MENTIONS, min_size=1, max_size=7))
def test_group_name_is_the_old_name_on_drawn_groups(mentions: list[Mention]) -> None:
    group = MentionGroup("PER", mentions)
    assert group.name == _old_group_name(group)

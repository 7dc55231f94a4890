"""The extractive story summary: central sentences, no repeats, each traced to its article."""

from __future__ import annotations

from khabar.link.summary import Candidate, summarise, summary_size

REPORT_A = [
    "Heavy rain flooded thirty villages in Assam on Monday, officials said.",
    "The flood waters cut the main road between Guwahati and Jorhat for several hours.",
    "Officials said about 12,000 people moved to relief camps in Assam after the flooding.",
    "A local cricket match scheduled for the weekend was postponed to next month.",
]
REPORT_B = [
    "Floods in Assam forced about 12,000 people into relief camps, officials said on Monday.",
    "Rain flooded thirty villages in Assam on Monday, according to officials.",
    "The state government announced compensation for families who lost their homes in the floods.",
]


def candidates() -> list[Candidate]:
    found = []
    for article_id, sentences in (("a", REPORT_A), ("b", REPORT_B)):
        offset = 0
        for n, text in enumerate(sentences):
            found.append(Candidate(article_id, offset, offset + len(text), text, n))
            offset += len(text) + 1
    return found


def test_summary_picks_central_sentences_without_repeating_itself():
    chosen = summarise(candidates())
    texts = [c["text"] for c in chosen]
    assert 3 <= len(chosen) <= 5
    assert "A local cricket match scheduled for the weekend was postponed to next month." not in texts[:3]
    # the two wordings of "thirty villages flooded" are near-duplicates: at most one is kept
    assert sum("thirty villages" in t for t in texts) == 1
    for c in chosen:
        source = " ".join(REPORT_A if c["article_id"] == "a" else REPORT_B)
        assert source[c["start"]:c["end"]] == c["text"]


def test_summary_size_follows_the_articles():
    assert summary_size(10, 1) == 3
    assert summary_size(10, 2) == 4
    assert summary_size(10, 9) == 5
    assert summary_size(2, 5) == 2


def test_too_short_sentences_are_not_summaries():
    assert summarise([Candidate("a", 0, 5, "Delhi", 0)]) == []

"""The judged-quotes scorer (``benchmarks/score_judged_quotes.py``) on an article written for the test."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "score_judged_quotes.py"
_spec = importlib.util.spec_from_file_location("score_judged_quotes", _PATH)
assert _spec is not None and _spec.loader is not None
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

ARTICLE = {
    "id": "t1", "published": "2020-04-10", "title": "शीर्षक",
    "text": "शीर्षक\n\nजिलाधिकारी सुधीर वर्मा ने बैठक ली। उन्होंने कहा कि बाजार सुबह ही खुलेंगे। "
            "बताया जा रहा है कि बैठक दो घंटे चली। ग्रामीणों ने सड़क पर प्रदर्शन किया।",
}


def test_said_matches_first_words_either_way() -> None:
    assert scorer.said_matches("बाजार सुबह ही", "बाजार सुबह ही खुलेंगे")
    assert scorer.said_matches("बाजार सुबह ही खुलेंगे और दुकानें भी", "बाजार सुबह ही खुलेंगे")
    assert not scorer.said_matches("दुकानें बंद", "बाजार सुबह ही खुलेंगे")


def test_speaker_right_takes_forms_with_words_in_front_never_a_part() -> None:
    assert scorer.speaker_right(["सुधीर महतो"], "बांका सुधीर महतो")
    assert not scorer.speaker_right(["विकास चंद्र त्रिपाठी"], "चंद्र त्रिपाठी")
    assert not scorer.speaker_right(["सुधीर वर्मा"], "उन्होंने")
    assert scorer.speaker_right([], None)  # an impersonal frame has nobody
    assert not scorer.speaker_right([], "पुलिस")


def test_score_counts_matches_misses_and_speakers() -> None:
    judged = [
        {"id": "t1", "said": "बाजार सुबह ही", "speaker": ["सुधीर वर्मा"], "kind": "indirect"},
        {"id": "t1", "said": "बैठक दो घंटे चली", "speaker": [], "kind": "indirect"},
        {"id": "t1", "said": "सड़कें खोली जाएं", "speaker": ["ग्रामीणों"], "kind": "indirect"},  # nobody said it
    ]
    report = scorer.score([ARTICLE], judged)
    matched, found, total = report["indirect"]["counts"]
    assert (matched, total) == (2, 3)
    assert found == 2
    assert report["speakers"] == [2, 2]
    assert any("missed indirect: सड़कें खोली जाएं" in e for e in report["errors"])

"""Session 31 (issue 10): a story's summary is computed without scikit-learn's checks of its parameters and
inputs, which were half of its cost in every link step; the arithmetic and so the chosen sentences are the same."""

from __future__ import annotations

import sklearn.base
import sklearn.utils._param_validation as param_validation

from khabar.link.summary import Candidate, summarise

SENTENCES = [
    "राज्य सरकार ने मंगलवार को बाढ़ राहत के लिए नई योजना की घोषणा की है।",
    "मुख्यमंत्री ने कहा कि बाढ़ से प्रभावित हर परिवार को राहत राशि मिलेगी।",
    "अधिकारियों के अनुसार बाढ़ राहत का काम अगले सप्ताह से शुरू होगा।",
    "विपक्ष ने योजना को देर से उठाया गया कदम बताया और सवाल खड़े किए।",
    "जिले में अब तक बारह गांव पानी से घिरे हुए हैं और सड़कें बंद हैं।",
]


def _candidates() -> list[Candidate]:
    out, at = [], 0
    for n, text in enumerate(SENTENCES):
        out.append(Candidate("a1" if n < 3 else "a2", at, at + len(text), text, n if n < 3 else n - 3))
        at += len(text) + 1
    return out


def test_summary_skips_parameter_validation(monkeypatch) -> None:
    expected = summarise(_candidates())
    assert len(expected) == 4  # two articles: 4 sentences

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parameter validation ran")

    monkeypatch.setattr(sklearn.base, "validate_parameter_constraints", refuse)
    monkeypatch.setattr(param_validation, "validate_parameter_constraints", refuse)
    assert summarise(_candidates()) == expected


def test_summary_of_no_words_is_empty() -> None:
    assert summarise([Candidate("a1", 0, 40, "." * 40), Candidate("a1", 41, 86, "-" * 45)]) == []

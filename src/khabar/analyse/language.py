"""Language identification with CLD2, backed by a script count for short or mixed text."""

from __future__ import annotations

import pycld2


def _script_guess(text: str) -> str:
    deva = sum(1 for ch in text if "\u0900" <= ch <= "\u097f")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if deva == 0 and latin == 0:
        return "und"
    return "hi" if deva >= latin else "en"


def detect_language(text: str) -> str:
    """ISO 639-1 code, ``und`` when nothing can be told."""
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:
        # CLD2 rejects some invalid UTF-8 surrogates; a clean copy for detection only.
        reliable, _, details = pycld2.detect(text.encode("utf-8", "ignore").decode("utf-8"))
    code = details[0][1] if details else "un"
    if code in ("un", "xxx") or not reliable:
        return _script_guess(text)
    code = code.split("-")[0]
    # CLD2 calls short Hindi text full of Bihar's place names "bh" (Bihari): a Hindi report from Patna is Hindi.
    return _HINDI_AS.get(code, code)


_HINDI_AS = {"bh": "hi"}

"""Language files that only the link step reads (``versions.LINK_ONLY_LANG``) are left out of the analysis
fingerprint, so editing them must not change what per-article analysis does: analysis never loads them."""

import json
import subprocess
import sys

from khabar import versions

SCRIPT = r"""
import json, sys, functools
import khabar.lang as L
loaded = set()
raw = L.load.__wrapped__
@functools.cache
def spy(lang, name):
    loaded.add(name + ".json")
    return raw(lang, name)
L.load = spy
from khabar.analyse.pipeline import analyse
from khabar.model import Article
texts = [
    ("h1", "लखनऊ, 3 मार्च। उत्तर प्रदेश में कोरोना के 12 नए मामले मिले। स्वास्थ्य मंत्री ने कहा, 'हम तैयार हैं।' "
           "पिछले साल अगस्त में भी यहां बाढ़ आई थी और 40 लोगों की मौत हुई थी।"),
    ("e1", "NEW DELHI, March 3 (PTI) - India reported 12 new cases on Tuesday, the health ministry said. "
           "\"We are ready,\" Health Minister Harsh Vardhan told reporters. Last year's floods killed 40 people."),
]
for i, t in texts:
    analyse(Article(id=i, text=t, title=t.split("।")[0][:60], published="2020-03-03"))
print(json.dumps(sorted(loaded)))
"""


def test_analysis_loads_no_link_only_language_file():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out.strip().splitlines()[-1]))
    assert "gazetteer.json" in loaded and "timex.json" in loaded  # the spy sees analysis's reads
    assert not loaded & set(versions.LINK_ONLY_LANG), loaded & set(versions.LINK_ONLY_LANG)


def test_link_only_files_change_the_link_fingerprint_only():
    digest = versions._files_digest(("lang",))
    assert versions._files_digest(("lang",), skip_lang=versions.LINK_ONLY_LANG) != digest
    assert versions._files_digest(("link",), skip_lang=versions.LINK_ONLY_LANG) == versions._files_digest(("link",))

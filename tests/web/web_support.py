"""(Not a test module, and not a conftest: tests/conftest.py is imported by name elsewhere.) The store the web,
API and Python API tests read: the five seeds (../shared), three of the repository's
examples (an English report of the Putin-Kim talks, the Delhi visit in both languages), and three articles
written here: a COVID-19 report in each language and a hostile one whose text carries script payloads."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest

from khabar.run.local import ingest
from khabar.store.read import open_store

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO.parent / "shared"))

XSS_TITLE = '<script>window.__xss = "title"</script> Market update'
XSS_TEXT = f"""{XSS_TITLE}

Traders in Mumbai said prices rose on Monday. <img src=x onerror="window.__xss = 'img'"> The exchange said
volumes were normal. <svg onload="window.__xss = 'svg'"></svg> "Nothing unusual happened," an official said.
"""
COVID_EN = """Delhi reports a rise in COVID-19 cases

New Delhi, 4 March (PTI). Delhi reported 1,200 new COVID-19 cases on Tuesday, health officials said.
Dr. Meena Sharma, who heads the city's health department, said hospitals had enough beds for the elections.
"""
COVID_HI = """दिल्ली में कोविड-19 के नए मामले बढ़े

नई दिल्ली, 4 मार्च (पीटीआई)। दिल्ली में मंगलवार को कोविड-19 के 1,200 नए मामले दर्ज किए गए, स्वास्थ्य अधिकारियों ने कहा।
अधिकारियों ने बताया कि चुनावों से पहले अस्पतालों में पर्याप्त बिस्तर हैं और टीम के कप्तानी संभालने वाले डॉक्टर तैयार हैं।
"""


@cache
def web_db_path() -> Path:
    """Built once per test session (each test module's ``web_db`` fixture asks for it)."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared data absent: {seeds}")
        pytest.skip(f"shared data absent: {seeds}")
    root = Path(tempfile.mkdtemp(prefix="khabar-web-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    db = root / "khabar.db"
    build_web_store(str(db), root)
    return db


def build_web_store(target: str, root: Path) -> None:
    """The web store's articles ingested into the store at ``target`` (a path or a URL); ``root`` holds the
    articles written here."""
    folder = root / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "xss_market.txt").write_text(XSS_TEXT, encoding="utf-8")
    (folder / "covid_en.txt").write_text(COVID_EN, encoding="utf-8")
    (folder / "covid_hi.txt").write_text(COVID_HI, encoding="utf-8")
    store = open_store(target)
    examples = [REPO / "examples" / n for n in ("en_summit_talks.txt", "en_delhi_visit.txt", "hi_delhi_visit.txt")]
    report = ingest([SHARED / "seeds", *examples, folder], store)
    assert not report.errors
    store.close()

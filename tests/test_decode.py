import codecs

import pytest

from khabar.ingest.decode import decode
from khabar.ingest.errors import UndecodableError

HINDI = "रूस के राष्ट्रपति ने बुधवार को कहा।"


def test_utf8_plain_and_with_bom():
    assert decode(HINDI.encode("utf-8")) == (HINDI, "utf-8")
    assert decode(codecs.BOM_UTF8 + HINDI.encode("utf-8")) == (HINDI, "utf-8")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    text, found = decode(bom + HINDI.encode(encoding))
    assert text == HINDI and found == "utf-16"


def test_cp1252_is_read_as_cp1252():
    raw = "Café owners said “prices rose” – again.".encode("cp1252")
    assert decode(raw) == ("Café owners said “prices rose” – again.", "cp1252")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t ", "empty file"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        # UTF-16 without a BOM is reported, not guessed, in either byte order and script
        ("Moscow talks".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
        ("मास्को वार्ता".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
        ("मास्कोवार्ता।".encode("utf-16-be"), "UTF-16 without a byte-order mark"),
    ],
)
def test_undecodable_inputs_are_reported(data, reason):
    with pytest.raises(UndecodableError, match=reason):
        decode(data)

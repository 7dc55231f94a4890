"""Score the date and quantity finders on the seeds, as the pipeline will run them, and print the report.

    python scripts/score_dates_on_seeds.py [--gold ../shared/gold/seeds.gold.json]

Each seed gets an Analysis built from its text and its gold metadata (tests/seed_analysis.py); articles without a
date of their own have their relative dates resolved against their gold story's date, as the link layer does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from khabar.evaluation.timex import score
from test_timex_seeds import _export


def main() -> None:
    gold, export = _export()
    print(json.dumps(score(gold, export), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

"""A history paragraph in a news report ("In March 2024, militants attacked a police post in the
same district, killing five"): a happening told only by a month or a year more than half a year
before the report is background, not the report's news; a recent one, or one told with its day,
stays. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

#: (report, publication date, the days of the events it must yield)
REPORTS = [
    (
        "Gunmen shot dead two police officers at a checkpoint in Nazran on Saturday. In March 2024, "
        "militants attacked a police post in the same district, killing five.",
        "2025-08-18",
        ["2025-08-16"],
    ),
    (
        "A bomb exploded in a market in Quetta on Tuesday, wounding 12 people. In October 2023, a "
        "similar blast in the city killed 30 people.",
        "2025-05-15",
        ["2025-05-13"],
    ),
    (
        "Soldiers clashed with rebels near Goma on Monday, the army said. In 2022 the rebels captured "
        "the town of Bunagana after heavy fighting.",
        "2025-02-12",
        ["2025-02-10"],
    ),
    # a recent month, or an old happening told with its day, is still told
    (
        "In May 2025, militants attacked a convoy near Kidal, killing four soldiers, the army said.",
        "2025-06-10",
        ["2025-05-01"],
    ),
    (
        "On 3 March 2024, militants attacked a police post in Nazran, killing five officers.",
        "2025-08-18",
        ["2024-03-03"],
    ),
]


@pytest.mark.parametrize(("text", "published", "days"), REPORTS)
def test_a_history_paragraph_is_no_news(text: str, published: str, days: list[str]) -> None:
    events = api.process(text, published=published).events
    assert sorted(str(e.date_start) for e in events) == days

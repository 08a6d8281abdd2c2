"""The killing that set a crowd off, told with its own day and town before the crowd's trigger
("following the death of a driver, beaten to death by soldiers in A on Friday, residents torched a
police post"), is a happening of its own beside the riot, not folded into it; a killing the report
only names as the crowd's cause, with no day or town of its own, and the police's shooting during
a riot stay inside the crowd's event. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

PUBLISHED = "2023-03-14"

#: text -> (kind of the crowd, day of the killing)
CAUSES = [
    (
        "Following the death of a taxi driver, beaten to death by soldiers in Mandalay on Friday, angry "
        "residents torched a police post.",
        "riot",
        "2023-03-10",
    ),
    (
        "Outrage over the shooting of a teenager, gunned down by a gendarme in Sevran on Sunday, sparked "
        "riots in several towns.",
        "riot",
        "2023-03-12",
    ),
    (
        "After the killing of a student, who was shot dead by police in Kisumu on Monday, protesters "
        "blocked roads in the town.",
        "protest",
        "2023-03-13",
    ),
]


@pytest.mark.parametrize(("text", "crowd", "day"), CAUSES)
def test_the_killing_that_set_a_crowd_off_is_its_own_event(text: str, crowd: str, day: str) -> None:
    events = api.process(text, published=PUBLISHED).events
    kinds = sorted(e.kind for e in events)
    assert kinds == sorted(["attack", crowd])
    killing = next(e for e in events if e.kind == "attack")
    assert str(killing.date_start) == day
    assert killing.event_type == "Violence against civilians"


#: one crowd event: the cause named without a day or town of its own, or told after the crowd
ONE = [
    "Protesters marched in Kisumu on Tuesday after the killing of a student by police.",
    "Riots broke out in Lyon on Wednesday after the death of a young man shot by police.",
    "Police shot dead two rioters in Nairobi on Tuesday as protests over rising prices turned violent.",
]


@pytest.mark.parametrize("text", ONE)
def test_a_cause_without_its_own_day_and_town_stays_in_the_crowd(text: str) -> None:
    events = api.process(text, published=PUBLISHED).events
    assert [e.kind for e in events] in (["riot"], ["protest"])

"""Each family of debris, by its shape: what goes and what stays."""

from __future__ import annotations

import pytest

from kronika.clean import clean_text

PROSE = "Gunmen attacked a checkpoint near the border on Monday, officials said."


@pytest.mark.parametrize(
    "raw, kept, gone",
    [
        # reference markers
        (f"{PROSE[:-1]}.[12][13] More followed.", [PROSE + " More followed."], ["[12]"]),
        ("Two were hurt.[citation needed] Police came.", ["Two were hurt. Police came."], ["citation"]),
        ("The group (Example: Sample)[a] held the town.", ["(Example: Sample) held the town."], ["[a]"]),
        # templates, nested and unclosed
        (
            "Troops arrived.{{cite web|title={{lang|x}}}} Calm returned.",
            ["Troops arrived. Calm returned."],
            ["{{"],
        ),
        (f"{PROSE}\n\n{{{{Authority control|tail is cut", [PROSE], ["Authority"]),
        # wiki link brackets and file links
        ("The [[Sample Town|town]] fell.", ["The town fell."], ["[[", "Sample Town"]),
        ("[[File:Map.png|thumb|A map]] The town fell.", ["The town fell."], ["Map.png"]),
        (
            "thumb|250px|Smoke over the town after the strike.\n" + PROSE,
            ["Smoke over the town", PROSE],
            ["thumb", "250px"],
        ),
        (f"20px\n{PROSE} skin-invert-image]]", [PROSE], ["20px", "skin"]),
        (
            "Read [the report](https://example.org/r) on **four** deaths.",
            ["Read the report on four deaths."],
            ["]("],
        ),
        # navbox residue
        ("A drone struck Sampletown x v t, killing two.", ["Sampletown, killing two."], ["x v t"]),
        # edit links on headings
        (f"Intro text here is long enough.\n\nAftermath[edit]\n\n{PROSE}", ["\n\nAftermath\n\n"], ["[edit]"]),
        # back matter
        (f"{PROSE * 4}\n\nExternal links\n\n- Official site\n", [PROSE], ["External links", "Official"]),
        (f"{PROSE * 4}\n\n== References ==\n1. A source\n", [PROSE], ["References", "A source"]),
        (f"{PROSE * 4}\n\nCategories: Attacks | Towns\n", [PROSE], ["Categories"]),
        # page furniture
        (
            f"Advertisement\n{PROSE}\nShare this article\nRead more: Other story title",
            [PROSE],
            ["Advert", "Share", "Read more"],
        ),
        (f"{PROSE}\nFacebook Twitter Email\n", [PROSE], ["Twitter"]),
        (f"By Jane Roe and John Doe\n{PROSE}", [PROSE], ["Jane Roe"]),
        (
            f"Reuters | Posted: May 2, 2019 10:00 AM\n{PROSE}",
            ["Posted: May 2, 2019 10:00 AM", PROSE],
            ["Reuters"],
        ),
        (f"{PROSE}\nPhoto: Jane Roe/Agency\n", [PROSE], ["Jane Roe"]),
        (
            f"{PROSE}\nImage caption, Smoke rose over the town\n",
            ["Smoke rose over the town"],
            ["Image caption"],
        ),
        (
            f"{PROSE}\nSmoke rose over the town. Photograph: Jane Roe/Agency\n",
            ["Smoke rose over the town."],
            ["Jane"],
        ),
        (
            f"Main article: Sample conflict\n{PROSE}\n3 min read\nUpdated 2 hours ago",
            [PROSE],
            ["Main article", "min read", "ago"],
        ),
        (
            f"This article is about the attack. For the town, see Sampletown.\n{PROSE}",
            [PROSE],
            ["This article"],
        ),
        (
            f"Image copyright Getty Images\nImage caption Smoke rose over the town\n{PROSE}",
            ["Smoke rose over the town\n" + PROSE],
            ["copyright", "Image caption"],
        ),
        # related-link headline lists, but not real list items
        (
            f"{PROSE}\n- Mourners gather for the victims of the attack\n"
            f"- What we know about the gunmen\n{PROSE}",
            [PROSE],
            ["Mourners", "What we know"],
        ),
        (
            "Events:\n- Troops entered the town.\n- Police arrested two men.\n",
            ["- Troops entered the town."],
            [],
        ),
        (
            f"{PROSE}\n\nKey figures:\n- Civilians killed in the district\n"
            "- Schools closed across the province\n",
            ["Key figures:\n- Civilians killed in the district\n- Schools closed across the province"],
            [],
        ),
        (
            f"{PROSE}\nRelated:\n- Mourners gather for the victims\n- What we know about the gunmen\n",
            [PROSE],
            ["Mourners", "Related"],
        ),
        # navigation at the head of a page
        (f"  HOME\n\nNewsSiteName\n\nMENU\n\n{PROSE}", [PROSE], ["HOME", "NewsSiteName", "MENU"]),
        # mirror lists
        (
            f"{PROSE}\nexample.org/wiki/Some_page www.example.com/other"
            " http://a.example.net/x trailing junk\n",
            [PROSE],
            ["example.org", "trailing junk"],
        ),
        (
            f"{PROSE}\nAlpha Beta Gamma12.5 Delta Town9 Epsilon8.4 Zeta Province3.1 Eta1\n",
            [PROSE],
            ["Gamma12.5", "Zeta Province3.1"],
        ),
        ("? = ;The attack began at dawn.", ["The attack began at dawn."], ["?", "="]),
        # characters
        (
            "Two\u00a0people were hurt.\r\nPolice came.\u200b",
            ["Two people were hurt.\nPolice came."],
            ["\r", "\u200b"],
        ),
        (
            "Troops &amp; police met at the group&#8217;s base&nbsp;camp.",
            ["Troops & police met at the group’s base camp."],
            ["&amp;", "&#8217;", "&nbsp;"],
        ),
        ("Kabul , Afghanistan ( 2021 ) saw attacks.", ["Kabul, Afghanistan (2021) saw attacks."], []),
    ],
)
def test_debris_family(raw: str, kept: list[str], gone: list[str]) -> None:
    text, offsets = clean_text(raw)
    for piece in kept:
        assert piece in text
    for piece in gone:
        assert piece not in text
    for clean_start, raw_start, length in offsets.runs:
        assert text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]


@pytest.mark.parametrize(
    "raw",
    [
        PROSE,
        f"HIGHLIGHTS\n\n{PROSE}",
        "G20 leaders met; F-16 jets and AK47 rifles were seen in 2019.",
        "Home Secretary Jane Roe said on Monday that the police had arrested three men.",
        "Notes were found at the scene.\n\nNotes were also found later.",
        "By Sunday, the death toll had risen to 12.",
        'He said: "We will return..."\nThe next day, troops left.',
        "Background\n\nThe conflict began in 2014.",
    ],
)
def test_prose_is_left_alone(raw: str) -> None:
    assert clean_text(raw)[0] == raw.strip()


def test_infobox_keeps_fields_and_drops_markup() -> None:
    raw = (
        "= Sample attack =\n\n"
        "- Location: Sampletown, Examplestan\n"
        "- Date: 3 January 2020\n"
        "- Image: Sample.jpg\n"
        "- Fatalities: 12\n"
        "- Perpetrators: 20px\n"
        "- Class: skin-invert-image]] Example Front\n\n"
        "On 3 January 2020, gunmen attacked a market in Sampletown.\n"
    )
    text = clean_text(raw)[0]
    assert "\n\nInfobox\n- Location: Sampletown, Examplestan\n- Date: 3 January 2020\n" in text
    assert "- Perpetrators: Example Front\n\nOn 3 January" in text
    assert "20px" not in text and "skin-invert" not in text and "Sample.jpg" not in text


def test_infobox_under_its_own_heading_is_not_given_another() -> None:
    raw = "Infobox\n- Date: 1 May 2001\n- Place: Sampletown\n- Dead: 4\n\nText follows here."
    text = clean_text(raw)[0]
    assert text.count("Infobox") == 1


def test_cleaning_is_deterministic_and_idempotent() -> None:
    raw = f"HOME\n\n{PROSE}[1]\nAdvertisement\n{PROSE}"
    once = clean_text(raw)
    assert clean_text(raw) == once
    assert clean_text(once[0])[0] == once[0]

"""One event, one row: the same event told in a table's row and in the prose, or as the
article's news with no date and again on the day the text gives, is one event with every
quote; two meetings in two months, other parties' meetings, a plan and the act, and two
calls of one day for two meetings stay apart. Both languages."""

from __future__ import annotations

import pytest

import timeline

TABLE = {
    "en": "The Council of Foreign Ministers met in several places.\n\n"
          "== List of meetings ==\n| Location | Date |\n| Paris | 1946, Apr–July |\n"
          "| Paris | 1948, Sep |\n\n{prose}\n",
    "nb": "Utenriksministerrådet møttes flere steder.\n\n"
          "== Liste over møter ==\n| Sted | Dato |\n| Paris | 1946, apr.–juli |\n"
          "| Paris | 1948, sep. |\n\n{prose}\n",
}


@pytest.mark.parametrize(("lang", "prose"), [
    ("en", "The ministers met in Paris in 1946."),
    ("nb", "Utenriksministrene møttes i Paris i 1946."),
])
def test_a_table_row_and_the_prose_of_one_meeting_are_one(lang: str, prose: str) -> None:
    frame = timeline.extract(TABLE[lang].format(prose=prose), lang)
    paris46 = frame[frame["date"].str.startswith("1946")]
    assert len(paris46) == 1, frame[["date", "title"]]
    assert paris46.iloc[0]["n_mentions"] == 2
    # the same parties meeting two years later in the same city: another meeting
    assert frame["date"].str.startswith("1948").sum() == 1


@pytest.mark.parametrize(("lang", "prose"), [
    # a plan is not the meeting held
    ("en", "The ministers will meet in Paris in 1946."),
    ("nb", "Utenriksministrene skal møtes i Paris i 1946."),
    # other parties meeting elsewhere in that year
    ("en", "Britain and the United States met in Washington in 1946."),
    ("nb", "Storbritannia og USA møttes i Washington i 1946."),
])
def test_a_table_row_and_another_meeting_stay_two(lang: str, prose: str) -> None:
    frame = timeline.extract(TABLE[lang].format(prose=prose), lang)
    assert frame["date"].str.startswith("1946").sum() == 2, frame[["date", "title"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "Norge slutter seg til EUs tiende sanksjonspakke mot Russland, opplyser "
     "utenriksminister Anniken Huitfeldt.\n\n– Vi har i dag besluttet at Norge skal slutte "
     "opp om EUs tiende sanksjonspakke, sier Huitfeldt."),
    ("en", "Norway joins the EU's tenth sanctions package against Russia, Foreign Minister "
     "Anniken Huitfeldt said.\n\n\"We decided today that Norway will join the EU's tenth "
     "sanctions package,\" Huitfeldt said."),
])
def test_the_news_told_with_no_date_and_again_today_is_one(lang: str, text: str) -> None:
    frame = timeline.extract(text, lang, "2023-02-28")
    assert len(frame) == 1, frame[["date", "type", "title"]]
    e = frame.iloc[0]
    assert e["n_mentions"] == 2 and e["type"] == "sanctions" and e["date"] == "2023-02-28"


@pytest.mark.parametrize(("lang", "text"), [
    # two calls of one day for two meetings
    ("en", "Libyan leader Moammar Gadhafi also called for an emergency Security Council "
     "meeting in Geneva, officials said.\n\nAlso today, Saudi Arabia called for an emergency "
     "conference of the Organization of Petroleum Exporting Countries."),
    ("nb", "Libyas leder Muammar Gaddafi ba om et krisemøte i Sikkerhetsrådet i Genève, "
     "opplyser kilder.\n\nSaudi-Arabia ba i dag om et krisemøte i Organisasjonen av "
     "oljeeksporterende land i Wien."),
    # the news of one country's sanctions, and another country's of the same day
    ("en", "Norway joins the EU's tenth sanctions package against Russia, Foreign Minister "
     "Anniken Huitfeldt said.\n\n\"We decided today that Sweden will impose its own "
     "sanctions on Belarus,\" Swedish Foreign Minister Ann Linde said."),
    ("nb", "Norge slutter seg til EUs tiende sanksjonspakke mot Russland, opplyser "
     "utenriksminister Anniken Huitfeldt.\n\n– Vi har i dag besluttet at Sverige skal innføre "
     "egne sanksjoner mot Belarus, sier Sveriges utenriksminister Ann Linde."),
])
def test_two_acts_of_one_day_stay_two(lang: str, text: str) -> None:
    frame = timeline.extract(text, lang, "2023-02-28")
    assert len(frame) == 2, frame[["date", "type", "title"]]

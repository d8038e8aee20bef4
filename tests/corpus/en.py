"""en corpus: English temporal expressions in news and history texts on diplomacy.

Reference document date REF = 2019-04-26, a Friday. Conventions (TIMEX3 values):

- a month or weekday without a year/date is the most recent one at or before REF (news
  default: past) unless the sentence is in the future tense ("will", "is going to",
  "is scheduled to", "plans to");
- lowercase "may" is a modal verb and "march" a verb: never dates;
- "now" and "currently" are PRESENT_REF;
- a year is a year ("2003" is not 1 January 2003), a decade "199", a century "18";
- anaphora ("the following year", "two weeks later") is resolved against the previous date
  in the same text and only appears in IN_SENTENCE.
"""

from tests.corpus import Case, InSentence, Negative

LANG = "en"
REF = "2019-04-26"

CORPUS: list[Case] = [
    # --- Calendar days ----------------------------------------------------------------
    Case("2019-04-25", "day", [
        "April 25, 2019",
        "25 April 2019",
        "Apr. 25, 2019",
        "April 25th, 2019",
        "the 25th of April 2019",
        "2019-04-25",
        "on April 25, 2019",
        "on 25 April 2019",
        "Thursday, April 25, 2019",
        "April 25",
        "25 April",
        "4/25/2019",  # US numeric order: month/day/year
        "04/25/2019",
    ]),
    Case("2003-03-15", "day", [
        "March 15, 2003",
        "15 March 2003",
        "Mar. 15, 2003",
        "on March 15, 2003",
        "Saturday, March 15, 2003",  # 15 March 2003 was a Saturday
        "15th March 2003",
    ]),
    Case("2019-03-15", "day", ["March 15", "on March 15"]),
    Case("1945-05-08", "day", ["May 8, 1945", "8 May 1945"]),  # capital May with a day is a date
    Case("1919-06-28", "day", ["June 28, 1919"]),
    Case("1953-07-27", "day", ["July 27, 1953", "the 27th of July 1953"]),
    Case("1989-11-09", "day", ["November 9, 1989"]),
    Case("1993-09-13", "day", ["September 13, 1993"]),
    Case("2001-09-11", "day", ["September 11, 2001"]),

    # --- Months -----------------------------------------------------------------------
    Case("2009-04", "month", ["April 2009", "in April 2009", "Apr. 2009"]),
    Case("2019-02", "month", [
        "February 2019",
        "in February 2019",
        "Feb. 2019",
        "in February",  # past default: February of REF's year
        "February",
        "in February this year",
    ]),
    Case("2006-07", "month", ["July 2006", "in July 2006"]),
    Case("1991-12", "month", ["December 1991"]),
    Case("2019-01", "month", ["in January"]),
    Case("2019-03", "month", ["in March"]),
    Case("2019-04", "month", ["in April"]),  # the current month counts as "at or before REF"
    Case("2018-05", "month", ["in May"]),  # May 2019 is still to come
    Case("2019-05", "month", ["in May this year"]),  # explicit year beats the past default
    Case("2018-06", "month", ["in June"]),
    Case("2018-12", "month", ["in December", "last December"]),
    Case("2018-02", "month", ["in February last year"]),

    # --- Years ------------------------------------------------------------------------
    Case("2003", "year", ["2003", "in 2003"]),
    Case("1945", "year", ["1945", "in 1945"]),
    Case("1648", "year", ["in 1648"]),
    Case("1998", "year", ["fiscal 1998"]),

    # --- Weekdays (past default: the most recent one before REF) ----------------------
    Case("2019-04-25", "day", ["Thursday", "on Thursday", "Thursday's"]),
    Case("2019-04-24", "day", ["Wednesday", "on Wednesday"]),
    Case("2019-04-23", "day", ["on Tuesday"]),
    Case("2019-04-22", "day", ["Monday", "on Monday"]),
    Case("2019-04-21", "day", ["on Sunday"]),
    Case("2019-05-02", "day", ["next Thursday"]),
    Case("2019-04-29", "day", ["next Monday"]),
    Case("2019-05-03", "day", ["next Friday"]),
    Case("2019-04-19", "day", ["last Friday"]),

    # --- Deictic days -----------------------------------------------------------------
    Case("2019-04-26", "day", ["today"]),
    Case("2019-04-25", "day", ["yesterday", "yesterday's"]),
    Case("2019-04-27", "day", ["tomorrow"]),
    Case("2019-04-24", "day", ["the day before yesterday"]),
    Case("2019-04-28", "day", ["the day after tomorrow"]),
    Case("2019-04-23", "day", ["three days ago"]),

    # --- Deictic weeks, months, quarters, years ---------------------------------------
    Case("2019-W16", "week", ["last week"]),
    Case("2019-W17", "week", ["this week"]),
    Case("2019-W18", "week", ["next week"]),
    Case("2019-03", "month", ["last month"]),
    Case("2019-04", "month", ["this month"]),
    Case("2019-05", "month", ["next month"]),
    Case("2019-02", "month", ["two months ago"]),
    Case("2019-Q1", "quarter", ["last quarter"]),
    Case("2018", "year", ["last year", "last year's", "a year ago"]),
    Case("2017", "year", ["two years ago"]),
    Case("2019", "year", ["this year"]),
    Case("2020", "year", ["next year"]),
    Case("2014", "year", ["five years ago"]),
    Case("19", "century", ["last century"]),
    Case("PAST_REF", None, ["recently"], approximate=True),
    Case("PRESENT_REF", None, ["now", "currently"]),

    # --- Windows ending at REF --------------------------------------------------------
    Case("P1Y", None, ["the past year", "over the past year", "over the last year"], type="DURATION"),
    Case("P2Y", None, ["the past two years", "the last two years"], type="DURATION"),
    Case("P3M", None, ["the past three months", "the last three months", "over the past three months"], type="DURATION"),

    # --- Seasons ----------------------------------------------------------------------
    Case("2018-SP", "season", ["spring 2018", "the spring of 2018", "in the spring of 2018", "last spring"]),
    Case("2018-SU", "season", ["summer 2018", "the summer of 2018", "last summer"]),
    Case("2018-FA", "season", ["autumn 2018", "fall 2018", "the autumn of 2018", "last fall", "last autumn"]),
    Case("2018-WI", "season", ["winter 2018"]),
    Case("2019-SP", "season", ["this spring"]),
    Case("2019-SU", "season", ["this summer"]),
    Case("2019-FA", "season", ["this fall", "this autumn"]),
    Case("1914-SU", "season", ["the summer of 1914"]),
    Case("1989-FA", "season", ["the autumn of 1989"]),

    # --- Quarters and halves ----------------------------------------------------------
    Case("2019-Q1", "quarter", ["the first quarter of 2019", "in the first quarter of 2019", "Q1 2019"]),
    Case("2018-Q4", "quarter", ["the fourth quarter of 2018", "Q4 2018"]),
    Case("2018-H2", "half-year", ["the second half of 2018", "in the second half of 2018"]),
    Case("2019-H1", "half-year", ["the first half of 2019"]),
    Case("2019-W17", "week", ["week 17", "in week 17"]),

    # --- Decades and centuries --------------------------------------------------------
    Case("199", "decade", ["the 1990s", "in the 1990s", "the nineties", "the '90s", "the 90s"]),
    Case("198", "decade", ["the 1980s", "the eighties"]),
    Case("196", "decade", ["the 1960s", "the sixties"]),
    Case("18", "century", ["the 19th century", "in the 19th century", "the nineteenth century", "the 1800s"]),
    Case("19", "century", ["the 20th century", "the twentieth century"]),
    Case("17", "century", ["the 18th century"]),

    # --- Parts of decades and centuries -----------------------------------------------
    Case("199", "decade", ["the late 1990s", "in the late 1990s", "the late nineties"], mod="END"),
    Case("199", "decade", ["the mid-1990s", "in the mid-1990s", "the mid-nineties"], mod="MID"),
    Case("199", "decade", ["the early 1990s"], mod="START"),
    Case("200", "decade", ["the early 2000s", "in the early 2000s"], mod="START"),
    Case("18", "century", ["the mid-1800s", "the mid-19th century", "the middle of the 19th century"], mod="MID"),
    Case("18", "century", ["the late 19th century", "the late 1800s"], mod="END"),
    Case("19", "century", ["the early 20th century"], mod="START"),

    # --- Parts of years and months ----------------------------------------------------
    Case("1991", "year", ["late 1991", "in late 1991", "the end of 1991", "at the end of 1991"], mod="END"),
    Case("2003", "year", ["early 2003", "in early 2003", "the beginning of 2003", "at the beginning of 2003"], mod="START"),
    Case("2003", "year", ["mid-2003", "in mid-2003", "the middle of 2003"], mod="MID"),
    Case("2018", "year", ["late last year", "at the end of last year"], mod="END"),
    Case("2009-04", "month", ["early April 2009", "in early April 2009", "the beginning of April 2009"], mod="START"),
    Case("2009-04", "month", ["late April 2009", "at the end of April 2009"], mod="END"),
    Case("2019-03", "month", ["mid-March", "in mid-March"], mod="MID"),
    Case("2019-03", "month", ["late March", "in late March", "the end of March"], mod="END"),

    # --- BC and AD --------------------------------------------------------------------
    Case("BC0044", "year", ["44 BC", "in 44 BC", "44 B.C."]),
    Case("BC0490", "year", ["490 BC", "in 490 BC", "490 BCE"]),
    Case("1066", "year", ["in 1066", "AD 1066", "1066 AD", "in the year 1066"]),
    Case("0800", "year", ["in 800 AD", "AD 800", "800 AD", "800 CE", "in the year 800"]),

    # --- Approximate dates ------------------------------------------------------------
    Case("1814", "year", ["circa 1814", "c. 1814", "ca. 1814"], approximate=True, mod="APPROX"),
    Case("1905", "year", ["around 1905", "about 1905"], approximate=True, mod="APPROX"),
    Case("0520", "year", ["in about 520", "about 520", "around 520"], approximate=True, mod="APPROX"),
    Case("1000", "year", ["around AD 1000"], approximate=True, mod="APPROX"),
    Case("BC0500", "year", ["c. 500 BC"], approximate=True, mod="APPROX"),

    # --- Intervals (one expression, value "from/to", grain of the parts) --------------
    Case("2003/2009", "year", [
        "from 2003 to 2009",
        "between 2003 and 2009",
        "2003–2009",
        "2003-2009",
        "from 2003 until 2009",
    ]),
    Case("1950/1953", "year", ["from 1950 to 1953", "1950–53"]),
    Case("2009-04/2009-06", "month", ["from April to June 2009", "between April and June 2009", "April–June 2009"]),
    Case("2019-03-01/2019-03-03", "day", ["from March 1 to March 3, 2019", "March 1–3, 2019"]),

    # --- Durations (no position on the calendar) --------------------------------------
    Case("P3Y", None, ["three years", "for three years"], type="DURATION"),
    Case("P2W", None, ["two weeks", "for two weeks"], type="DURATION"),
    Case("P5M", None, ["five months", "for five months"], type="DURATION"),
    Case("P10D", None, ["ten days", "for ten days"], type="DURATION"),
    Case("P6M", None, ["six months", "for six months"], type="DURATION"),
    Case("P70Y", None, ["for 70 years"], type="DURATION"),
    Case("PT48H", None, ["48 hours", "for 48 hours"], type="DURATION"),
    Case("PXY", None, ["for several years", "for many years"], type="DURATION"),  # TIMEX3: amount unknown

    # --- Sets (recurrences) -----------------------------------------------------------
    Case("P1Y", None, ["every year", "each year", "annually"], type="SET"),
    Case("P1W", None, ["every week", "weekly"], type="SET"),
    Case("P1M", None, ["every month", "monthly"], type="SET"),
    Case("P1D", None, ["every day", "daily"], type="SET"),
    Case("P2Y", None, ["every two years"], type="SET"),
    Case("P5Y", None, ["every five years"], type="SET"),
    Case("XXXX-WXX-1", None, ["every Monday", "on Mondays"], type="SET"),
    Case("XXXX-WXX-4", None, ["every Thursday"], type="SET"),

    # --- Document date known to the month only: a weekday is a day in that month -----
    Case("2019-04", "month", ["Thursday", "on Thursday", "Thursday's", "on Monday"], dct="2019-04"),
    Case("2019-02", "month", ["in February"], dct="2019-04"),
    Case("2018-05", "month", ["in May"], dct="2019-04"),
    Case("2018", "year", ["last year"], dct="2019-04"),

    # --- Another document date: a Thursday in March 2003 ------------------------------
    Case("2003-03-19", "day", ["yesterday"], dct="2003-03-20"),
    Case("2003-03-17", "day", ["on Monday"], dct="2003-03-20"),
    Case("2003-W11", "week", ["last week"], dct="2003-03-20"),
    Case("2002-12", "month", ["in December"], dct="2003-03-20"),
    Case("2002", "year", ["last year"], dct="2003-03-20"),
    Case("2001", "year", ["two years ago"], dct="2003-03-20"),

    # --- Across a year boundary: New Year's Day 2009 (a Thursday, ISO week 2009-W01) ---
    Case("2008-12-31", "day", ["yesterday"], dct="2009-01-01"),
    Case("2008-12-29", "day", ["on Monday"], dct="2009-01-01"),
    Case("2008-W52", "week", ["last week"], dct="2009-01-01"),
    Case("2008-12", "month", ["last month", "in December"], dct="2009-01-01"),
    Case("2008", "year", ["last year"], dct="2009-01-01"),

    # --- Parts of the day (TIMEX3 TIME) and quarters of business news -----------------
    Case("2019-04-26TMO", "day", ["Friday morning", "this morning"], type="TIME"),
    Case("2019-04-25TEV", "day", ["yesterday evening", "Thursday evening"], type="TIME"),
    Case("2019-04-26TNI", "day", ["tonight"], type="TIME"),
    Case("2018-Q3", "quarter", ["third-quarter"]),  # past of an April document
    Case("2019-Q1", "quarter", ["the latest quarter", "the most recent quarter"]),
    Case("2019-Q2", "quarter", ["the current quarter"]),
    Case("2019", "year", ["the end of the year"], mod="END"),
    # === Issue 8: the forms news and history texts use ==================================
    # --- 1. Days with a month; a weekday must agree with its date ----------------------
    Case("2015-03-03", "day", ["3 March 2015", "March 3 2015", "Tuesday, March 3, 2015",
                               "March 3rd, 2015", "the 3rd of March 2015"]),
    Case("2019-02-18", "day", ["Monday, Feb 18", "Monday, February 18", "Monday February 18",
                               "Monday 18 February", "Monday, Feb. 18", "Feb 18",
                               "Monday, 18 February"]),
    Case("2019-02-18", "day", ["Monday, Feb 18"], dct="2020-04-26"),  # 2020's is a Tuesday
    Case("2019-05-20", "day", ["Monday, May 20"]),  # 20 May 2018 was a Sunday
    Case("2018-05-20", "day", ["Sunday, May 20"]),
    Case("2018-12-24", "day", ["Thursday, December 24"]),  # none near: the date kept
    Case("2003-03-15", "day", ["Friday, March 15, 2003"]),  # the year given: the date kept
    # --- 3. Ordinals in words ---------------------------------------------------------
    Case("2019-03-01", "day", ["the first of March", "March first", "March 1st",
                               "the 1st of March"]),
    Case("2015-03-03", "day", ["the third of March 2015", "March third 2015",
                               "March third, 2015"]),
    Case("2019-03-03", "day", ["March the third", "March 3rd", "the third of March"]),
    Case("2018-07-04", "day", ["July Fourth", "July 4th", "the fourth of July"]),
    Case("1999-12-31", "day", ["the thirty-first of December 1999",
                               "December thirty-first, 1999"]),
    Case("2019-03-19", "day", ["Tuesday the 19th", "Tuesday, the 19th"]),
    Case("2019-04-19", "day", ["on the 19th", "since the 19th"]),
    Case("2019-04-19", "day", ["the 19th"], xfail="'the 19th' alone needs a preposition before it"),
    Case("2019-03-19", "day", ["on the 19th"], dct="2019-04-18"),
    # --- 2. Numeric dates ---------------------------------------------------------------
    Case("1974-10-31", "day", ["31/10/1974", "10/31/1974", "10/31/74", "31/10/74"]),
    Case("2019-04-25", "day", ["25/4/2019", "25/04/2019"]),
    Case("2015-03-03", "day", ["3/3/2015", "2015-3-3", "2015.03.03", "2015/03/03",
                               "03/03/2015"]),
    # Day and month either way round, and nothing in the text says which: both readings.
    Case("2015", "year", ["3/4/2015", "03/04/2015", "4/3/2015"], approximate=True),
    Case("2014-10", "month", ["2014-10", "10/2014"]),
    Case("2013-02", "month", ["2/2013", "02/2013"]),
    Case("2011/2012", "year", ["2011-12"]),  # a range of years, not December
    Case("2018-Q4", "quarter", ["2018Q4", "2018-Q4", "4th quarter 2018",
                                "the 4th quarter of 2018", "the fourth quarter of last year",
                                "last year's fourth quarter"]),
    Case("2019-Q3", "quarter", ["Q3 2019", "this year's third quarter",
                                "the third quarter of this year"]),
    Case("2019-Q1", "quarter", ["the fiscal first quarter of 2019", "Q1/2019"]),
    Case("2019", "year", ["this fiscal year", "current fiscal year"]),
    Case("2018", "year", ["last fiscal year", "fiscal year 2018", "FY2018", "FY 2018",
                          "fiscal 2018"]),
    Case("2020", "year", ["next fiscal year"]),
    # --- 4. Composed expressions -----------------------------------------------------
    Case("2019-04-01", "day", ["the first Monday of this month", "the first Monday in April"]),
    Case("2019-03-29", "day", ["the last Friday in March", "the last Friday of March"]),
    Case("2018-10-02", "day", ["the first Tuesday of October", "the first Tuesday in October"]),
    Case("2018-05-07", "day", ["the first Monday of May 2018", "the first Monday in May 2018"]),
    Case("2019-03-10", "day", ["the second Sunday of March", "the second Sunday in March"]),
    Case("2015-10-31", "day", ["the last day of October 2015"]),
    Case("2020-02-29", "day", ["the last day of February 2020"]),
    Case("2014-W40", "week", ["the first week of October 2014"]),
    Case("2019-W13", "week", ["the last week of March", "the final week of March"]),
    Case("2019-05-06", "day", ["the first Monday of next month"]),
    Case("2019-05-01", "day", ["Wednesday next week", "Wednesday of next week"]),
    Case("2019-04-17", "day", ["Wednesday last week", "Wednesday of last week"]),
    Case("2019-04-26", "day", ["Friday this week"]),
    Case("2019-05-10", "day", ["Friday after next"]),
    Case("2019-W19", "week", ["the week after next"]),
    Case("2019-05-20", "day", ["the 20th of next month", "the twentieth of next month"]),
    Case("2019-04-20", "day", ["the 20th of this month"]),
    # --- 5. Ranges -------------------------------------------------------------------
    Case("2018-07-13/2018-07-15", "day", ["July 13-15", "July 13–15", "July 13 to 15",
                                          "from 13 to 15 July", "13-15 July", "13–15 July",
                                          "between 13 and 15 July", "13th-15th July"]),
    Case("2018-07-13/2018-07-15", "day", ["July 13-15, 2018", "13-15 July 2018",
                                          "from July 13 to July 15, 2018"]),
    Case("2018-09-01/2018-09-08", "day", ["1–8 September", "September 1–8", "1-8 September"]),
    Case("2018-06-30/2018-07-02", "day", ["June 30–July 2", "from June 30 to July 2"]),
    Case("2021-03/2021-04", "month", ["March–April 2021", "from March to April 2021",
                                      "March-April 2021"]),
    Case("2009/2010", "year", ["2009–2010", "from 2009 to 2010", "2009-10"]),
    Case("1957/1958", "year", ["1957–58", "1957-58"]),
    # --- 6. Offsets and windows -------------------------------------------------------
    Case("2019-W18", "week", ["in a week", "in one week", "a week from now",
                              "in a week's time"]),
    Case("2019-W19", "week", ["in two weeks", "in two weeks' time", "in a fortnight"]),
    Case("2019-05-03", "day", ["in 7 days", "7 days hence", "seven days from now",
                               "in seven days"]),
    Case("2022", "year", ["in three years", "three years from now"]),
    Case("2019-04-24", "day", ["two days ago", "2 days ago"]),
    Case("2019-W15", "week", ["a fortnight ago", "two weeks ago"]),
    Case("P1W", None, ["the past week", "the last week", "over the past week"],
         type="DURATION"),
    Case("P3W", None, ["the next three weeks", "the coming three weeks"], type="DURATION"),
    Case("P2W", None, ["within two weeks", "within the next two weeks"], type="DURATION"),
    Case("PXW", None, ["the coming weeks", "in the coming weeks", "the next few weeks"],
         type="DURATION", approximate=True),
    Case("P5Y", None, ["the lowest level in five years", "the first time in five years"],
         type="DURATION", xfail="the span is 'five years' only; the phrase is the context"),
    # --- 7. Weekends ------------------------------------------------------------------
    Case("2019-W16-WE", "week", ["the weekend", "over the weekend", "last weekend",
                                 "this past weekend", "the past weekend"]),
    Case("2019-W17-WE", "week", ["this weekend"]),
    Case("2019-W18-WE", "week", ["next weekend"]),
    Case("2019-W17-WE", "week", ["the weekend", "this weekend"], dct="2019-04-28"),
    # --- 8. Holidays ------------------------------------------------------------------
    Case("2019-01-01", "day", ["New Year's Day", "New Year’s Day", "on New Year's Day"]),
    Case("2018-12-31", "day", ["New Year's Eve"]),
    Case("2019-04-21", "day", ["Easter", "Easter Sunday", "at Easter", "Easter 2019",
                               "Easter Day"]),
    Case("2019-04-22", "day", ["Easter Monday"]),
    Case("2019-04-19", "day", ["Good Friday"]),
    Case("2019-04-18", "day", ["Maundy Thursday", "Holy Thursday"]),
    Case("2019-04-14", "day", ["Palm Sunday"]),
    Case("2019-W16", "week", ["Holy Week", "Easter week"]),
    Case("2020-04-12", "day", ["next Easter"]),
    Case("2016-03-27", "day", ["Easter 2016"]),
    Case("2018-12-24", "day", ["Christmas Eve", "on Christmas Eve"]),
    Case("2018-12-25", "day", ["Christmas", "Christmas Day", "last Christmas",
                               "Christmas 2018"]),
    Case("2019-12-25", "day", ["this Christmas", "next Christmas"]),
    Case("1914-12-24", "day", ["Christmas Eve 1914"]),
    Case("2018-12-26", "day", ["Boxing Day"]),
    Case("2018-07-04", "day", ["Independence Day", "the Fourth of July"]),
    Case("2018-11-22", "day", ["Thanksgiving", "Thanksgiving Day"]),
    Case("1999-11-25", "day", ["Thanksgiving Day"], dct="2000-01-07"),
    Case("2018-05-28", "day", ["Memorial Day"]),
    Case("2018-09-03", "day", ["Labor Day"]),
    Case("2018-11-11", "day", ["Armistice Day", "Remembrance Day", "Veterans Day"]),
    Case("1918-11-11", "day", ["Armistice Day 1918"]),
    Case("2019-02-14", "day", ["Valentine's Day"]),
    Case("2018-05-01", "day", ["May Day"]),
    # --- 9. Times of day ----------------------------------------------------------------
    Case("2019-04-25T15:00", "day", ["3 pm Thursday", "Thursday at 3 pm", "3 p.m. Thursday",
                                     "at 3 p.m. on Thursday", "Thursday, 3 p.m.",
                                     "Thursday at 15:00"], type="TIME"),
    Case("2019-04-20T15:00", "day", ["15:00 GMT Saturday", "Saturday at 15:00 GMT"],
         type="TIME"),
    Case("2019-04-26T10:35", "day", ["10:35 a.m. Friday", "Friday at 10:35 a.m."],
         type="TIME"),
    Case("2019-04-24T22:00", "day", ["10 p.m. Wednesday", "Wednesday at 10 p.m."],
         type="TIME"),
    Case("2019-04-23T09:00", "day", ["9 a.m. EST Tuesday", "9 a.m. Tuesday"], type="TIME"),
    Case("2019-04-20T12:00", "day", ["noon Saturday", "Saturday at noon"], type="TIME"),
    Case("2019-04-26T24:00", "day", ["midnight Friday"], type="TIME"),
    Case("2019-04-27T10:00", "day", ["tomorrow at 10 am", "10 a.m. tomorrow"], type="TIME"),
    Case("2019-04-25T04:00", "day", ["Thursday at 4 in the morning"], type="TIME"),
    Case("2019-04-25T16:00", "day", ["Thursday at 4 o'clock in the afternoon"], type="TIME"),
    Case("2018-11-06T17:00", "day", ["5 p.m. EST, Nov. 6", "Nov. 6 at 5 p.m."], type="TIME"),
    Case("2019-04-25TAF", "day", ["Thursday afternoon", "on Thursday afternoon"], type="TIME"),
    Case("2019-04-26TMO", "day", ["in the morning"], type="TIME"),  # of the document date
    # --- 10. Durations and sets --------------------------------------------------------
    Case("PT1H30M", None, ["1.5 hours", "an hour and a half", "one and a half hours",
                           "1 1/2 hours"], type="DURATION"),
    Case("PT30M", None, ["half an hour", "30 minutes", "for half an hour"], type="DURATION"),
    Case("PT90M", None, ["90 minutes"], type="DURATION"),
    Case("PT1M30S", None, ["a minute and a half"], type="DURATION"),
    Case("PT30S", None, ["30 seconds"], type="DURATION"),
    Case("P2Y6M", None, ["2 1/2 years", "2.5 years", "two and a half years"],
         type="DURATION"),
    Case("P1Y", None, ["a full year", "a whole year"], type="DURATION"),
    Case("P1W", None, ["a mere week"], type="DURATION"),
    Case("P2Y", None, ["almost two years", "nearly two years"], type="DURATION",
         mod="LESS_THAN"),
    Case("P30D", None, ["at least 30 days"], type="DURATION", mod="EQUAL_OR_MORE"),
    Case("P40Y", None, ["more than four decades"], type="DURATION", mod="MORE_THAN"),
    Case("P10Y", None, ["about a decade", "roughly a decade"], type="DURATION", mod="APPROX"),
    Case("PXY", None, ["for years"], type="DURATION"),
    Case("PAST_REF", None, ["recent years", "in recent years"], approximate=True),
    Case("PXW", None, ["in recent weeks", "for weeks", "within weeks"], type="DURATION"),
    Case("PXM", None, ["for months", "in recent months"], type="DURATION"),
    Case("PXD", None, ["within days", "in recent days"], type="DURATION"),
    Case("P3M", None, ["each season", "every season"], type="SET"),
    Case("XXXX-XX-XXTMO", None, ["every morning", "each morning"], type="SET"),
    Case("XXXX-07", None, ["each July", "every July"], type="SET"),
    Case("XXXX-SP", None, ["every spring"], type="SET"),
    Case("P1Y", None, ["twice a year", "once a year", "three times a year"], type="SET"),
    Case("P1W", None, ["once a week"], type="SET"),
    # --- 11. Lower-case month and weekday names with a number or a determiner ----------
    Case("2019-03-03", "day", ["march 3", "march 3rd"]),
    Case("2019-03-03", "day", ["march 3, 2019"]),
    Case("2018-05-05", "day", ["may 5"]),
    Case("2019-04-22", "day", ["on monday"]),
    Case("2019-04-30", "day", ["next tuesday"]),
    Case("2019-04-19", "day", ["last friday"]),
    Case("2019-01", "month", ["in january"]),
    Case("2018-12", "month", ["in december", "since december"]),
    Case("2019-02", "month", ["february 2019"]),
    # --- 12. Document dates with a time of day, as feeds send them -----------------------
    Case("1998-02-26", "day", ["Thursday", "yesterday"], dct="1998-02-27T08:02:00"),
    Case("2019-04-25", "day", ["yesterday"], dct="Fri, 26 Apr 2019 10:00:00 +0200"),
    Case("2019-04-25", "day", ["yesterday"], dct="2019-04-26T10:00"),
    # --- 13. Span conventions: modifiers join, possessive durations stay whole -----------
    Case("2015", "year", ["almost four years ago", "nearly four years ago"],
         mod="LESS_THAN", approximate=True),
    Case("P5Y", None, ["five years'"], type="DURATION"),
    # --- Issue 8, continued: years in words, reporting periods, seasons with "the" -------
    Case("1996", "year", ["nineteen ninety-six", "nineteen ninety six"]),
    Case("1997-01", "month", ["January nineteen ninety-seven"]),
    Case("2000", "year", ["the year two thousand", "two thousand"]),
    Case("2001", "year", ["two thousand and one", "two thousand one"]),
    Case("1905", "year", ["nineteen oh five"]),
    Case("1988-Q3", "quarter", ["the 1988 third quarter"]),
    Case("2018-H1", "half-year", ["the 2018 first half"]),
    Case("2018-H2", "half-year", ["the last half of 2018", "the last two quarters of 2018"]),
    Case("1990-H1", "half-year", ["the first two quarters of 1990"]),
    Case("2018-Q3", "quarter", ["the year-ago third quarter"]),
    Case("2019", "year", ["year-end", "by year-end", "year's end", "by year end"], mod="END"),
    Case("PXW", None, ["the weeks ahead", "in the weeks ahead"], type="DURATION",
         approximate=True),
    Case("PXM", None, ["the months ahead"], type="DURATION", approximate=True),
    Case("2018-SU", "season", ["over the summer", "during the summer", "in the summer"]),
    Case("2018-FA", "season", ["in the fall", "this past fall"]),
    Case("2019-W16", "week", ["a week or so ago"], approximate=True),
    Case("2018-11-06", "day", ["Election Day"]),
    Case("FUTURE_REF", None, ["a later date", "the near future", "in the near future",
                              "soon"], approximate=True),
    Case("2018", "year", ["latest fiscal year"]),
    Case("P1Q", None, ["every quarter", "each quarter"], type="SET"),
    Case("P20Y", None, ["at least 20 more years"], type="DURATION", mod="EQUAL_OR_MORE"),
    Case("P2W", None, ["two more weeks"], type="DURATION"),
    Case("P2W", None, ["an additional two weeks"], type="DURATION",
         xfail="'an additional two weeks' puts the modifier before the count"),
    Case("P8D", None, ["eight trading days", "eight business days"], type="DURATION"),
    Case("P2Y", None, ["the next couple of years"], type="DURATION"),
    Case("PT24H", None, ["the last twenty-four hours", "twenty-four hours", "twenty four hours"],
         type="DURATION"),
    Case("2019-W10", "week", ["the week of March 6"]),
    Case("2000-W10", "week", ["the week of March 6, 2000"]),
    Case("2018-05-30/2018-05-31", "day", ["May 30 and 31", "May 30-31"]),
    Case("2018/2019", "year", ["2018/19", "2018/2019"]),
    Case("2019-H1", "half-year", ["H1 2019", "2019H1", "2019-H1"]),
    Case("2018-05", "month", ["May of last year", "in May of last year"]),
    Case("19", "century", ["decades ago"], approximate=True),
    Case("201", "decade", ["years ago"], approximate=True),  # 2 to 7 years back: the 2010s
]


NEGATIVE: list[Negative] = [
    # Words that look like months, weekdays or seasons
    Negative("He may come to the summit if the talks go well.", why="modal 'may'"),
    Negative("They may not accept the proposal.", why="modal 'may'"),
    Negative("The envoy said the sanctions may be lifted.", why="modal 'may'"),
    Negative("Protesters plan to march on the embassy.", why="verb 'march'"),
    Negative("April Ryan asked the president about the summit.", why="name 'April'"),
    Negative("Jan Egeland briefed the Security Council on the crisis.", why="name 'Jan'"),
    Negative("Trump hosted Xi Jinping at Mar-a-Lago.", why="'Mar' in a place name"),
    Negative("Sun Yat-sen is revered in both China and Taiwan.", why="'Sun' is a name, not Sunday"),
    Negative("The delegates sat in silence as the resolution was read.", why="verb 'sat'"),
    Negative("Analysts say the fall of the regime is not imminent.", why="'fall' is not autumn"),
    Negative("The ministers agreed to hold a second round of talks.", why="ordinal 'second'"),
    Negative("He served as second secretary at the embassy in Seoul.", why="ordinal 'second'"),
    # Votes and scores
    Negative("The resolution passed 7–2 in committee.", why="vote count"),
    Negative("The vote was 9-6 in favour of the motion.", why="vote count"),
    Negative("The court ruled 2-1 in favour of the government.", why="vote count"),
    Negative("North Korea beat South Korea 3-1 in Pyongyang.", why="sports score"),
    # Documents, pages, numbers
    Negative("Resolution 1718 was adopted unanimously.", why="resolution number"),
    Negative("Resolution 2397 tightened limits on oil imports.", why="resolution number"),
    Negative("Section 1998 of the act covers export controls.", why="section number"),
    Negative("The quote is on page 2003 of the transcript.", why="page number"),
    Negative("Norway finished 15th in the press freedom ranking.", why="ordinal"),
    Negative("Call the embassy on +47 22 24 36 00 for more information.", why="phone number"),
    Negative("A two-thirds majority is needed to amend the charter.", why="fraction"),
    Negative("In 2 of 3 cases the inspectors were denied access.", why="'In 2' is not the year 2"),
    Negative("The convoy drove north on the E6 toward Kirkenes.", why="road number"),
    Negative("The Security Council has 15 members, five of them permanent.", why="counts"),
    Negative("Kim has two daughters, according to South Korean intelligence.", why="count 'two'"),
    # Percentages and money
    Negative("Support for the deal fell to 45 %.", why="percentage"),
    Negative("Trade with China grew by 20 percent.", why="percentage"),
    Negative("The deal is worth $2,003 per household.", why="money"),
    Negative("Washington pledged 500 million dollars in aid.", why="money"),
    # Counts that look like years
    Negative("The petition was signed by 2003 people.", why="count, not the year 2003"),
    Negative("The UN sent 1,500 soldiers to the border.", why="count"),
    Negative("About 1500 troops were deployed to the border.", why="'About 1500' + noun is a count"),
    Negative("Around 2,000 people protested outside the embassy.", why="count"),
    Negative("The missiles have a range of 1,300 kilometres.", why="distance"),
    Negative("North Korea has between 20 and 60 nuclear warheads.", why="'between 20 and 60' is a count range"),
    # Times of day
    Negative("The press conference starts at 14:30 local time.", why="time of day"),
    Negative("The delegates met at 10:00 in the foreign ministry.", why="time of day"),
    Negative("The spread widened to 110 basis points.", why="a count after 'to' is no year"),
    Negative("Troops advanced in 300 armoured vehicles.", why="a count after 'in' is no year"),
    # --- Issue 8: negatives for the new forms ------------------------------------------
    Negative("Pay ABC 2000 to settle the account.", why="an amount after a name, not a year"),
    Negative("The bill passed 52-48 in the Senate.", why="vote count"),
    Negative("The Senate voted 60 to 40 for the measure.", why="vote count"),
    Negative("The figures are on pages 14-15 of the report.", why="page numbers"),
    Negative("See page 12 for the full text.", why="page number"),
    Negative("The baby is 6 months old.", why="an age"),
    Negative("The 52-year-old diplomat was expelled.", why="an age"),
    Negative("He was 37 years old when he was kidnapped.", why="an age"),
    Negative("They may march on the capital.", why="'may' and 'march' are verbs"),
    Negative("Protesters may march again.", why="verbs 'may', 'march'"),
    Negative("The army will march 20 miles to the border.", why="verb 'march' before a number"),
    Negative("She may well win the vote.", why="modal 'may'"),
    Negative("He signed the Good Friday Agreement.", why="a holiday inside a name"),
    Negative("Easter Island lies in the Pacific.", why="a place"),
    Negative("Christmas Island is an Australian territory.", why="a place"),
    Negative("Ukraine's Independence Day parade was cancelled.", why="another country's day"),
    Negative("He bought 2000 shares of the company.", why="a count"),
    Negative("The flight leaves at 10:30.", why="a time of day with no day"),
    Negative("The press briefing is at 3 pm.", why="a time of day with no day"),
    Negative("Rates rose to 1.5 percent.", why="a decimal"),
    Negative("Unemployment fell to 3.2 percent.", why="a decimal"),
    Negative("The ratio was 3/4 of the total.", why="a fraction"),
    Negative("Section 4.5 of the treaty covers inspections.", why="a section number"),
    Negative("Version 2.1 was released.", why="a version number"),
    Negative("The score was 3-1 at half time.", why="a score"),
    Negative("The second round of talks failed.", why="ordinal 'second'"),
    Negative("He finished second in the race.", why="ordinal 'second'"),
    Negative("The first of the inspectors arrived.", why="ordinal, no month"),
    Negative("An august body of experts met.", why="'august' the adjective"),
    Negative("Two-thirds of the members voted.", why="fraction"),
    Negative("The company sold 1,500 units in Asia.", why="a count with a thousands comma"),
    Negative("A quarterly report is due.", why="'quarterly' describes a noun"),
    Negative("The 737 Max was grounded worldwide.", why="a model number"),
    Negative("He drove a Saab 900 to the border.", why="a model number"),
    Negative("The current account deficit widened.", why="'current account' is a term"),
    Negative("He left soon after the vote was counted.", why="'soon after' links two events"),
]


IN_SENTENCE: list[InSentence] = [
    # --- Tense: future tense sends a bare month or weekday forward --------------------
    InSentence("The foreign minister will travel to Beijing in May.", expression="in May", value="2019-05", anchor="document date"),
    InSentence("The envoy is going to visit Seoul in June.", expression="in June", value="2019-06"),
    InSentence("The talks are scheduled to resume in March.", expression="in March", value="2020-03"),
    InSentence("Pompeo plans to visit Pyongyang in September.", expression="in September", value="2019-09"),
    InSentence("The minister will meet his Russian counterpart on Monday.", expression="on Monday", value="2019-04-29"),
    InSentence(
        "Kim met Trump in Hanoi in February, and Pompeo will return to Pyongyang in May.",
        expression="in May", value="2019-05",
    ),
    # --- Tense: past tense keeps the past default -------------------------------------
    InSentence("The delegation travelled to Seoul in March.", expression="in March", value="2019-03"),
    InSentence("The sanctions were imposed in July.", expression="in July", value="2018-07", anchor="document date"),
    InSentence("Kim met Moon at Panmunjom in May.", expression="in May", value="2018-05"),
    InSentence("Kim arrived in Vladivostok on Wednesday.", expression="on Wednesday", value="2019-04-24"),
    InSentence("Putin met Kim in Vladivostok on Thursday.", expression="on Thursday", value="2019-04-25", anchor="document date"),
    InSentence("Putin met Kim in Vladivostok on Thursday.", expression="on Thursday", value="2019-04", dct="2019-04"),
    InSentence("Trump and Kim met in Hanoi in February.", expression="in February", value="2019-02"),
    InSentence(
        "Kim met Trump in Hanoi in February, and Pompeo will return to Pyongyang in May.",
        expression="in February", value="2019-02",
    ),
    InSentence(
        "The talks collapsed after the Security Council tightened sanctions in April 2009.",
        expression="in April 2009", value="2009-04", anchor="absolute",
    ),
    InSentence(
        "Kim recently made clear that he no longer wants Pompeo at the negotiating table.",
        expression="recently", value="PAST_REF", approximate=True,
    ),
    InSentence("The nuclear talks are now at a standstill.", expression="now", value="PRESENT_REF"),
    # --- Anaphora: resolved against the previous date in the text --------------------
    InSentence(
        "The Security Council imposed sanctions in April 2009. A few days later, Pyongyang "
        "expelled the inspectors.",
        expression="A few days later", value="2009-04", approximate=True, anchor="previous event",
    ),
    InSentence(
        "The treaty was signed on 3 March 2003. Two weeks later, the talks collapsed.",
        expression="Two weeks later", value="2003-03-17", anchor="previous event",
    ),
    InSentence(
        "North and South Korea joined the United Nations in 1991. The following year, they "
        "signed a joint declaration on denuclearization.",
        expression="The following year", value="1992", anchor="previous event",
    ),
    InSentence(
        "The agreement was signed on April 1, 2009. Three days later, the inspectors left "
        "the country.",
        expression="Three days later", value="2009-04-04", anchor="previous event",
    ),
    InSentence(
        "The Berlin Wall fell in November 1989. The following month, Bush and Gorbachev met "
        "off Malta.",
        expression="The following month", value="1989-12", anchor="previous event",
    ),
    InSentence(
        "North Korea tested its first nuclear device on 9 October 2006. Five days later, the "
        "Security Council imposed sanctions.",
        expression="Five days later", value="2006-10-14", anchor="previous event",
    ),
    InSentence(
        "The Hanoi summit ended on February 28, 2019. The day before, Trump and Kim had "
        "dined together.",
        expression="The day before", value="2019-02-27", anchor="previous event",
    ),
    InSentence(
        "The Munich Agreement was signed in 1938. The next year, war broke out in Europe.",
        expression="The next year", value="1939", anchor="previous event",
    ),
    InSentence(
        "Putin met Kim in Vladivostok on Thursday. The day after, he flew on to Beijing.",
        expression="The day after", value="2019-04-26", anchor="previous event",
    ),
    InSentence(
        "The Oslo Accords were signed on September 13, 1993. Rabin and Arafat shook hands "
        "on the White House lawn that day.",
        expression="that day", value="1993-09-13", anchor="previous event",
    ),
    InSentence(
        "The Soviet Union collapsed in 1991. North and South Korea joined the United Nations "
        "that year.",
        expression="that year", value="1991", anchor="previous event",
    ),
    # --- Durations inside a sentence --------------------------------------------------
    InSentence(
        "The six-party talks began in 2003 and lasted for six years.",
        expression="for six years", value="P6Y",
    ),
    # --- Issue 8: the new forms in whole sentences -------------------------------------
    InSentence("The summit will open on Monday, May 20, in Seoul.", expression="Monday, May 20",
               value="2019-05-20"),
    InSentence("The envoys met on Monday, Feb 18, in Hanoi.", expression="Monday, Feb 18",
               value="2019-02-18"),
    InSentence("The ministers will meet again this weekend.", expression="this weekend",
               value="2019-W17-WE"),
    InSentence("Talks were held over the weekend in Stockholm.", expression="the weekend",
               value="2019-W16-WE"),
    InSentence("The leaders will meet over the weekend.", expression="the weekend",
               value="2019-W17-WE"),
    InSentence("The president will spend Christmas in Hawaii.", expression="Christmas",
               value="2019-12-25"),
    InSentence("Elian was found Thanksgiving Day clinging to an inner tube.",
               expression="Thanksgiving Day", value="1999-11-25", dct="2000-01-07"),
    InSentence("Kim arrived Thursday at 3 pm by train.", expression="Thursday at 3 pm",
               value="2019-04-25T15:00"),
    InSentence("The deadline is 9 a.m. EST Tuesday.", expression="9 a.m. EST Tuesday",
               value="2019-04-30T09:00"),
    InSentence("The envoy will return to Pyongyang in two weeks.", expression="two weeks",
               value="2019-W19"),
    InSentence("Oil prices hit their lowest level in five years.", expression="five years",
               value="P5Y"),
    InSentence("Sanctions were imposed almost four years ago.",
               expression="almost four years ago", value="2015"),
    InSentence("The talks were held July 13-15, 2018, in Geneva.", expression="July 13-15, 2018",
               value="2018-07-13/2018-07-15"),
    InSentence("Parliament will vote on the last Friday in March.",
               expression="the last Friday in March", value="2020-03-27"),
    InSentence("The minister travels to Moscow Wednesday next week.",
               expression="Wednesday next week", value="2019-05-01"),
    InSentence("The accord was signed on 31/10/1974 in Geneva.", expression="31/10/1974",
               value="1974-10-31"),
    InSentence("The treaty was signed on 3/4/1975, the embassy said.", expression="3/4/1975",
               value="1975", approximate=True),
    InSentence("On April 25, 2019 the envoys met; on 3/4/2019 they had talked by phone.",
               expression="3/4/2019", value="2019-03-04"),
    InSentence("The envoys met on 25 April 2019; on 3/4/2019 they had talked by phone.",
               expression="3/4/2019", value="2019-04-03"),
    InSentence("On 4/25/2019 the envoys met; on 3/4/2019 they had talked by phone.",
               expression="3/4/2019", value="2019-03-04"),
    InSentence(
        "Profit rose to $5 million in the third quarter of 1989 from $3 million a year "
        "earlier.",
        expression="a year earlier", value="1988-Q3", anchor="previous event",
    ),
    InSentence(
        "Sales fell in the fourth quarter of 1989, compared with the year-ago quarter.",
        expression="the year-ago quarter", value="1988-Q4", anchor="previous event",
    ),
    InSentence(
        "The treaty was signed on 3 March 2003. Five years later the talks collapsed.",
        expression="Five years later", value="2008", anchor="previous event",
    ),
    InSentence("North Korea has refused inspections for years.", expression="for years",
               value="PXY"),
    InSentence(
        "Profit rose in the third quarter of 1989. For the quarter, sales were flat.",
        expression="the quarter", value="1989-Q3", anchor="previous event",
    ),
    InSentence("The company said it lost money in the quarter.", expression="the quarter",
               value="2019-Q1", dct="2019-04-26"),
    InSentence(
        "Profit rose in the third quarter of 1989. The latest period included a gain.",
        expression="The latest period", value="1989-Q3", anchor="previous event",
    ),
    InSentence(
        "Profit rose in the third quarter of 1989. In the 1988 period, the company lost money.",
        expression="the 1988 period", value="1988-Q3", anchor="previous event",
    ),
    InSentence(
        "The treaty was signed in March 2003. At the time, the talks were stalled.",
        expression="the time", value="2003-03", anchor="previous event",
    ),
    InSentence("For the year ended Sept. 30, the company earned $4 million.",
               expression="the year", value="P1Y"),
    InSentence("The deal should close by year-end.", expression="year-end", value="2019"),
    InSentence("The current talks are stalled.", expression="current", value="PRESENT_REF"),
    InSentence("The envoy arrived in Seoul, and later in the day he met the minister.",
               expression="the day", value="2019-04-26"),
    InSentence("The talks began on March 3, 2003. Later in the day, the envoys left.",
               expression="the day", value="2003-03-03", anchor="previous event"),
    InSentence("After a small revision Friday to December's figures, jobs grew.",
               expression="December", value="2018-12"),
    InSentence("Putin heads to Beijing for a forum that runs April 25-27.",
               expression="April 25-27", value="2019-04-25/2019-04-27"),
    InSentence("The treaty was signed on Friday, May 3, 2019. The following Monday, they left.",
               expression="The following Monday", value="2019-05-06", anchor="previous event"),
    InSentence("The government called the 14-day waiting period a concession.",
               expression="14-day", value="P14D"),
    # A year, a comma, then its month or months, as tables and chronologies write them
    InSentence("| London | 1945, Sep |", expression="1945, Sep", value="1945-09"),
    InSentence("| New York | 1946, Nov–Dec |", expression="1946, Nov–Dec", value="1946-11/1946-12"),
    InSentence("Paris, 1946, April–July: the peace conference.", expression="1946, April–July",
               value="1946-04/1946-07"),
    # ... but not a year before a month that starts a name, or a month's day
    InSentence("In 2019, April Ryan asked the first question.", expression="2019", value="2019"),
    InSentence("In 1990, March 3 was a Saturday.", expression="March 3", value="1990-03-03",
               dct="1990-06-01"),
    # "before the end of June" is a deadline ahead, even after a past "agreed"
    InSentence("All sides agreed to hold another round of talks before the end of June.",
               expression="the end of June", value="2004-06", dct="2004-02-28"),
    InSentence("The talks ended at the end of June.", expression="the end of June",
               value="2003-06", dct="2004-02-28"),
]

"""The interface's words: message id -> {"nb": bokmål, "en": English}.

A message that counts has plural forms, ``{"one": ..., "other": ...}``, in each
language; a message with an ordinal number has ordinal forms (English ``one``, ``two``,
``few``, ``other``: 1st, 2nd, 3rd, 4th). Placeholders are ``str.format`` fields and
must be the same in both languages (``tests/test_i18n.py`` checks it). Ids are grouped
by where they are shown: ``date.*`` dates in words, ``how.*`` how a date was read,
``chart.*`` the chart, ``tl.*`` TimelineJS slides, ``table.*`` the table, ``app.*``
and the like the app.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MESSAGES"]

MESSAGES: dict[str, dict[str, Any]] = {
    # ------------------------------------------------------------------ numbers
    "number.thousands": {"nb": "\u202f", "en": ","},
    "number.decimal": {"nb": ",", "en": "."},
    # ------------------------------------------------------------------ calendar words
    "month.1": {"nb": "januar", "en": "January"},
    "month.2": {"nb": "februar", "en": "February"},
    "month.3": {"nb": "mars", "en": "March"},
    "month.4": {"nb": "april", "en": "April"},
    "month.5": {"nb": "mai", "en": "May"},
    "month.6": {"nb": "juni", "en": "June"},
    "month.7": {"nb": "juli", "en": "July"},
    "month.8": {"nb": "august", "en": "August"},
    "month.9": {"nb": "september", "en": "September"},
    "month.10": {"nb": "oktober", "en": "October"},
    "month.11": {"nb": "november", "en": "November"},
    "month.12": {"nb": "desember", "en": "December"},
    "weekday.0": {"nb": "mandag", "en": "Monday"},
    "weekday.1": {"nb": "tirsdag", "en": "Tuesday"},
    "weekday.2": {"nb": "onsdag", "en": "Wednesday"},
    "weekday.3": {"nb": "torsdag", "en": "Thursday"},
    "weekday.4": {"nb": "fredag", "en": "Friday"},
    "weekday.5": {"nb": "lørdag", "en": "Saturday"},
    "weekday.6": {"nb": "søndag", "en": "Sunday"},
    "nth.1": {"nb": "første", "en": "first"},
    "nth.2": {"nb": "andre", "en": "second"},
    "nth.3": {"nb": "tredje", "en": "third"},
    "nth.4": {"nb": "fjerde", "en": "fourth"},
    # ------------------------------------------------------------------ dates in words
    "date.bc": {"nb": "{y} f.Kr.", "en": "{y} BC"},
    "date.ad": {"nb": "{y} e.Kr.", "en": "AD {y}"},
    "date.era": {"nb": "f.Kr. | e.Kr.", "en": "BC | AD"},
    "date.day": {"nb": "{d}. {month} {year}", "en": "{d} {month} {year}"},
    "date.day_no_year": {"nb": "{d}. {month}", "en": "{d} {month}"},
    "date.month": {"nb": "{month} {year}", "en": "{month} {year}"},
    "date.days_in_month": {"nb": "{a}.–{b}. {month}", "en": "{a}–{b} {month}"},
    "date.months_in_year": {"nb": "{a}–{b} {year}", "en": "{a}–{b} {year}"},
    "date.range": {"nb": "{a}–{b}", "en": "{a}–{b}"},
    "date.range_long": {"nb": "{a} – {b}", "en": "{a} – {b}"},
    "date.from_to": {"nb": "fra {a} til {b}", "en": "from {a} to {b}"},
    "date.week": {"nb": "uke {w} i {year}", "en": "week {w} of {year}"},
    "date.quarter": {"nb": "{nth} kvartal {year}", "en": "the {nth} quarter of {year}"},
    "date.half": {"nb": "{nth} halvår {year}", "en": "the {nth} half of {year}"},
    "date.season.SP": {"nb": "våren {year}", "en": "spring {year}"},
    "date.season.SU": {"nb": "sommeren {year}", "en": "summer {year}"},
    "date.season.FA": {"nb": "høsten {year}", "en": "autumn {year}"},
    "date.season.WI": {"nb": "vinteren {year}", "en": "winter {year}"},
    "date.decade": {"nb": "{y}-tallet", "en": "the {y}s"},
    "date.decade.START": {"nb": "tidlig på {y}-tallet", "en": "the early {y}s"},
    "date.decade.MID": {"nb": "midt på {y}-tallet", "en": "the mid-{y}s"},
    "date.decade.END": {"nb": "sent på {y}-tallet", "en": "the late {y}s"},
    "date.century": {
        "nb": {"other": "{n}. århundre"},
        "en": {
            "one": "the {n}st century",
            "two": "the {n}nd century",
            "few": "the {n}rd century",
            "other": "the {n}th century",
        },
    },
    "date.mod.START": {"nb": "tidlig i {x}", "en": "early {x}"},
    "date.mod.MID": {"nb": "midt i {x}", "en": "mid-{x}"},
    "date.mod.END": {"nb": "sent i {x}", "en": "late {x}"},
    "date.mod.BEFORE": {"nb": "før {x}", "en": "before {x}"},
    "date.mod.AFTER": {"nb": "etter {x}", "en": "after {x}"},
    "date.clock": {"nb": "{x} kl. {h}.{m}", "en": "{x} at {h}:{m}"},
    "date.approx": {"nb": "ca. {x}", "en": "about {x}"},
    "date.since": {"nb": "siden {x}", "en": "since {x}"},
    "date.or_later": {"nb": "{x} eller senere", "en": "{x} or later"},
    "date.or_earlier": {"nb": "{x} eller tidligere", "en": "{x} or earlier"},
    "date.weekday_in": {"nb": "en {weekday} i {x}", "en": "a {weekday} in {x}"},
    "date.recently": {"nb": "nylig (kort før {x})", "en": "recently (shortly before {x})"},
    "date.recently_undated": {"nb": "nylig", "en": "recently"},
    "date.now": {"nb": "nå ({x})", "en": "now ({x})"},
    "date.now_undated": {"nb": "nå", "en": "now"},
    "date.later": {"nb": "senere (etter {x})", "en": "later (after {x})"},
    "date.later_undated": {"nb": "senere", "en": "later"},
    "date.unknown_year": {"nb": "{x}, ukjent år", "en": "{x}, year unknown"},
    "date.undated": {"nb": "uten dato", "en": "undated"},
    # ------------------------------------------------------------------ typed dates refused
    "date.hint": {
        "nb": "Skriv 2009, 2009-04, 2009-04-25, «april 2009», «25. april 2009», «1990-tallet», "
        "«44 f.Kr.», «15. mars 44 f.Kr.», «ca. 1905» eller et tidsrom som 2003–2009.",
        "en": "Use 2009, 2009-04, 2009-04-25, “april 2009”, “25. april 2009”, “1990s”, "
        "“44 BC”, “15. mars 44 f.Kr.”, “ca. 1905” or a range such as 2003–2009.",
    },
    "date.error.unreadable": {
        "nb": "«{text}» kan ikke leses som en dato. {hint}",
        "en": "Could not read “{text}” as a date. {hint}",
    },
    "date.error.empty": {"nb": "Datoen er tom. {hint}", "en": "The date is empty. {hint}"},
    "date.error.too_long": {
        "nb": "Det er for langt til å være en dato. {hint}",
        "en": "That is too long to be a date. {hint}",
    },
    "date.error.backwards": {
        "nb": "Tidsrommet «{text}» slutter før det begynner. {hint}",
        "en": "The range “{text}” ends before it starts. {hint}",
    },
    "date.error.no_day": {
        "nb": "Den måneden har ingen dag {day}. {hint}",
        "en": "There is no day {day} in that month. {hint}",
    },
    "date.error.document": {
        "nb": "«{text}» er ikke en dokumentdato. Skriv året (2019), måneden (2019-04) eller "
        "dagen (2019-04-25), eller la feltet stå tomt hvis du ikke vet.",
        "en": "“{text}” is not a document date. Write the year (2019), the month (2019-04) "
        "or the day (2019-04-25), or leave it empty if unknown.",
    },
    # ------------------------------------------------------------------ how a date was read
    "how.absolute": {"nb": "Står fullt ut i teksten.", "en": "Written in full in the text."},
    "how.document": {
        "nb": "Regnet fra dokumentdatoen, {x}.",
        "en": "Counted from the document date, {x}.",
    },
    "how.document_unnamed": {
        "nb": "Regnet fra dokumentdatoen.",
        "en": "Counted from the document date.",
    },
    "how.document_no_day": {
        "nb": "Regnet fra dokumentdatoen, {x}, som ikke har dag.",
        "en": "Counted from the document date, {x}, which gives no day.",
    },
    "how.previous": {
        "nb": "Regnet fra datoen teksten nevner før, «{x}».",
        "en": "Counted from the date the text gives before it, “{x}”.",
    },
    "how.previous_unnamed": {
        "nb": "Regnet fra datoen teksten nevner før.",
        "en": "Counted from the date the text gives before it.",
    },
    "how.story": {
        "nb": "Året er tatt fra fortellingen, «{x}».",
        "en": "The year is taken from the story, “{x}”.",
    },
    "how.event": {"nb": "Datoen til «{x}».", "en": "The date of “{x}”."},
    "how.unresolved": {
        "nb": "Ikke plassert: teksten gir ingen dato å regne fra.",
        "en": "Not placed: the text gives no date to count from.",
    },
    "how.hand": {"nb": "Satt for hånd: «{x}».", "en": "Set by hand: “{x}”."},
    "how.approximate": {"nb": "Omtrentlig.", "en": "Approximate."},
    # ------------------------------------------------------------------ categories
    "type.meeting": {"nb": "møte", "en": "meeting"},
    "type.negotiations": {"nb": "forhandlinger", "en": "negotiations"},
    "type.agreement": {"nb": "avtale", "en": "agreement"},
    "type.sanctions": {"nb": "sanksjoner", "en": "sanctions"},
    "type.withdrawal": {"nb": "tilbaketrekning", "en": "withdrawal"},
    "type.expulsion": {"nb": "utvisning", "en": "expulsion"},
    "type.statement": {"nb": "uttalelse", "en": "statement"},
    "type.visit": {"nb": "besøk", "en": "visit"},
    "type.election": {"nb": "valg", "en": "election"},
    "type.conflict": {"nb": "konflikt", "en": "conflict"},
    "type.other": {"nb": "annet", "en": "other"},
    "anchor.absolute": {"nb": "står i teksten", "en": "written in full"},
    "anchor.document date": {"nb": "fra dokumentdatoen", "en": "from the document date"},
    "anchor.previous event": {"nb": "fra forrige dato", "en": "from the date before"},
    "anchor.named event": {"nb": "fra en navngitt hendelse", "en": "from a named event"},
    "anchor.unresolved": {"nb": "ikke plassert", "en": "not placed"},
    "grain.second": {"nb": "sekund", "en": "second"},
    "grain.minute": {"nb": "minutt", "en": "minute"},
    "grain.hour": {"nb": "time", "en": "hour"},
    "grain.day": {"nb": "dag", "en": "day"},
    "grain.week": {"nb": "uke", "en": "week"},
    "grain.month": {"nb": "måned", "en": "month"},
    "grain.season": {"nb": "årstid", "en": "season"},
    "grain.quarter": {"nb": "kvartal", "en": "quarter"},
    "grain.half-year": {"nb": "halvår", "en": "half-year"},
    "grain.year": {"nb": "år", "en": "year"},
    "grain.decade": {"nb": "tiår", "en": "decade"},
    "grain.century": {"nb": "århundre", "en": "century"},
    "grain.millennium": {"nb": "årtusen", "en": "millennium"},
    "modality.actual": {"nb": "skjedde", "en": "happened"},
    "modality.planned": {"nb": "planlagt", "en": "planned"},
    "modality.possible": {"nb": "mulig", "en": "possible"},
    # ------------------------------------------------------------------ chart
    "chart.empty": {"nb": "Ingen daterte hendelser", "en": "No dated events"},
    "chart.undated": {
        "nb": {
            "one": "{n} hendelse uten dato vises ikke",
            "other": "{n} hendelser uten dato vises ikke",
        },
        "en": {
            "one": "{n} event without a date is not shown",
            "other": "{n} events without a date are not shown",
        },
    },
    "chart.events": {
        "nb": {"one": "{n} hendelse", "other": "{n} hendelser"},
        "en": {"one": "{n} event", "other": "{n} events"},
    },
    "chart.sources": {
        "nb": {"one": "{n} kilde", "other": "{n} kilder"},
        "en": {"one": "{n} source", "other": "{n} sources"},
    },
    "chart.actors": {"nb": "Aktører", "en": "Actors"},
    "chart.place": {"nb": "Sted", "en": "Place"},
    "chart.written": {"nb": "Skrevet «{x}»", "en": "Written “{x}”"},
    "chart.separators": {"nb": ", ", "en": ".,"},
    "chart.no_actor": {"nb": "(ingen aktør)", "en": "(no actor)"},
    "chart.other_actors": {"nb": "andre aktører", "en": "other actors"},
    "chart.no_doc": {"nb": "(uten dokument)", "en": "(no document)"},
    "chart.key_day": {"nb": "dag", "en": "day"},
    "chart.key_day_approx": {"nb": "omtrentlig dag", "en": "approximate day"},
    "chart.key_span": {"nb": "måned, år, periode", "en": "month, year, period"},
    "chart.key_span_approx": {"nb": "omtrentlig periode", "en": "approximate period"},
    "chart.key_span_approx_pale": {
        "nb": "omtrentlig periode (blek, ikke skravert)",
        "en": "approximate period (pale, not hatched)",
    },
    "chart.same_mark": {
        "nb": {"one": "+{n} hendelse til med samme dato: {titles}",
               "other": "+{n} hendelser til med samme dato: {titles}"},
        "en": {"one": "+{n} more event with the same date: {titles}",
               "other": "+{n} more events with the same date: {titles}"},
    },
    "chart.btn_1m": {"nb": "1 md.", "en": "1m"},
    "chart.btn_1y": {"nb": "1 år", "en": "1y"},
    "chart.btn_10y": {"nb": "10 år", "en": "10y"},
    "chart.btn_100y": {"nb": "100 år", "en": "100y"},
    "chart.btn_all": {"nb": "alt", "en": "all"},
    "chart.more_titles": {"nb": "{a} + {n} til", "en": "{a} + {n} more"},
    # ------------------------------------------------------------------ TimelineJS slides
    "tl.when": {"nb": "Når", "en": "When"},
    "tl.written": {"nb": "skrevet «{x}»", "en": "written “{x}”"},
    "tl.source": {"nb": "Kilde", "en": "Source"},
    "tl.actors": {"nb": "Aktører", "en": "Actors"},
    "tl.place": {"nb": "Sted", "en": "Place"},
    "tl.title": {"nb": "Tidslinje", "en": "Timeline"},
    # ------------------------------------------------------------------ table
    "table.date": {"nb": "Dato", "en": "Date"},
    "table.start": {"nb": "Fra", "en": "Start"},
    "table.end": {"nb": "Til", "en": "End"},
    "table.precision": {"nb": "Presisjon", "en": "Precision"},
    "table.title": {"nb": "Tittel", "en": "Title"},
    "table.type": {"nb": "Type", "en": "Type"},
    "table.actors": {"nb": "Aktører", "en": "Actors"},
    "table.place": {"nb": "Sted", "en": "Place"},
    "table.quote": {"nb": "Sitat", "en": "Quote"},
    "table.sources": {"nb": "Kilder", "en": "Sources"},
    "table.documents": {"nb": "Dokumenter", "en": "Documents"},
    "table.how": {"nb": "Slik ble datoen lest", "en": "How the date was read"},
    "table.id": {"nb": "Id", "en": "Id"},
    # ------------------------------------------------------------------ the app: choices
    "lang.auto": {"nb": "Finn automatisk", "en": "Detect automatically"},
    "lang.nb": {"nb": "norsk (bokmål)", "en": "Norwegian (bokmål)"},
    "lang.en": {"nb": "engelsk", "en": "English"},
    # Each language named in itself, for the language switch.
    "lang.nb.self": {"nb": "Norsk", "en": "Norsk"},
    "lang.en.self": {"nb": "English", "en": "English"},
    "lanes.type": {"nb": "Type", "en": "Type"},
    "lanes.doc": {"nb": "Dokument", "en": "Document"},
    "lanes.actor": {"nb": "Aktør", "en": "Actor"},
    "lanes.none": {"nb": "Ett felt", "en": "One lane"},
    "colour.anchor": {"nb": "Slik ble datoen lest", "en": "How the date was read"},
    "colour.anchor_short": {"nb": "Datering", "en": "Dating"},
    "source.bundled": {"nb": "medfølgende", "en": "bundled"},
    "source.upload": {"nb": "lastet opp", "en": "uploaded"},
    "source.paste": {"nb": "limt inn", "en": "pasted"},
    "source.saved": {"nb": "lagret", "en": "saved"},
    "source.link": {"nb": "fra lenke", "en": "from a link"},
    # ------------------------------------------------------------------ documents: names, links
    "doc.untitled": {"nb": "Dokument {n}", "en": "Document {n}"},
    "doc.url": {"nb": "Lenke", "en": "Link"},
    "app.tab_link": {"nb": "Lenke", "en": "From a link"},
    "app.link_label": {"nb": "Lenke til en artikkel", "en": "Link to an article"},
    "app.link_hint": {"nb": "https://www.nrk.no/…", "en": "https://www.example.com/…"},
    "app.link_help": {
        "nb": "Artikkelens tekst, tittel, dato og nettsted hentes fra siden (høyst {size}, "
        "{seconds} s). Adresser på lokale og private nett hentes ikke.",
        "en": "The article's text, title, date and site are taken from the page (at most "
        "{size}, {seconds} s). Addresses on local and private networks are not fetched.",
    },
    "app.link_add": {"nb": "Hent artikkelen", "en": "Fetch the article"},
    "app.link_added": {"nb": "La til «{title}» fra {site}.", "en": "Added “{title}” from {site}."},
    "app.paste_title": {"nb": "Tittel", "en": "Title"},
    "app.paste_title_hint": {
        "nb": "Ellers den første overskriften",
        "en": "Else the first heading",
    },
    "app.paste_source": {"nb": "Kilde", "en": "Source"},
    "app.paste_source_hint": {"nb": "NTB, Aftenposten …", "en": "Reuters, BBC …"},
    "app.source_and_url": {"nb": "Kilde: {source}", "en": "Source: {source}"},
    "fetch.empty": {"nb": "Lim inn en lenke først.", "en": "Paste a link first."},
    "fetch.bad_url": {
        "nb": "«{url}» er ingen lenke som kan hentes. Den skal se ut som https://nettsted.no/sak.",
        "en": "“{url}” is not a link that can be fetched. It should look like "
        "https://site.com/story.",
    },
    "fetch.scheme": {
        "nb": "Bare lenker som begynner med http:// eller https:// kan hentes (ikke {scheme}:).",
        "en": "Only links that start with http:// or https:// can be fetched (not {scheme}:).",
    },
    "fetch.credentials": {
        "nb": "Lenken inneholder brukernavn eller passord; slike lenker hentes ikke.",
        "en": "The link holds a user name or password; such links are not fetched.",
    },
    "fetch.unknown_host": {
        "nb": "Fant ikke nettstedet {host}. Sjekk at lenken er skrevet riktig.",
        "en": "The site {host} was not found. Check that the link is spelled right.",
    },
    "fetch.bad_address": {
        "nb": "{host} ga adressen {ip}, som ikke kan brukes.",
        "en": "{host} gave the address {ip}, which cannot be used.",
    },
    "fetch.loopback": {
        "nb": "{host} peker til denne maskinen selv ({ip}); slike adresser hentes ikke.",
        "en": "{host} points at this machine itself ({ip}); such addresses are not fetched.",
    },
    "fetch.private": {
        "nb": "{host} er på et privat nett ({ip}); bare offentlige nettsteder hentes.",
        "en": "{host} is on a private network ({ip}); only public sites are fetched.",
    },
    "fetch.link_local": {
        "nb": "{host} er en lokal nettverksadresse ({ip}), slik som en skytjeners "
        "metadatatjeneste; den hentes ikke.",
        "en": "{host} is a link-local address ({ip}), such as a cloud server's metadata "
        "service; it is not fetched.",
    },
    "fetch.multicast": {
        "nb": "{host} er en multicast-adresse ({ip}), ikke et nettsted.",
        "en": "{host} is a multicast address ({ip}), not a web site.",
    },
    "fetch.reserved": {
        "nb": "{host} er en reservert adresse ({ip}), ikke et offentlig nettsted.",
        "en": "{host} is a reserved address ({ip}), not a public web site.",
    },
    "fetch.unspecified": {
        "nb": "{host} har ingen gyldig adresse ({ip}).",
        "en": "{host} has no valid address ({ip}).",
    },
    "fetch.not_public": {
        "nb": "{host} er ikke en offentlig adresse ({ip}); bare offentlige nettsteder hentes.",
        "en": "{host} is not a public address ({ip}); only public sites are fetched.",
    },
    "fetch.timeout": {
        "nb": "{host} svarte ikke i tide (grensen er {seconds} s). Prøv igjen senere.",
        "en": "{host} did not answer in time (the limit is {seconds} s). Try again later.",
    },
    "fetch.no_connection": {
        "nb": "Fikk ikke kontakt med {host}.",
        "en": "Could not connect to {host}.",
    },
    "fetch.certificate": {
        "nb": "{host} har et sertifikat som ikke kan godtas; siden hentes ikke.",
        "en": "{host} has a certificate that cannot be trusted; the page is not fetched.",
    },
    "fetch.status": {
        "nb": "{host} svarte med feilkode {status}; siden kunne ikke hentes.",
        "en": "{host} answered with error {status}; the page could not be fetched.",
    },
    "fetch.redirects": {
        "nb": "Lenken sendte videre mer enn {n} ganger; den hentes ikke.",
        "en": "The link redirected more than {n} times; it is not fetched.",
    },
    "fetch.not_a_page": {
        "nb": "{host} sendte {kind}, ikke en nettside. Last ned filen og last den opp i stedet.",
        "en": "{host} sent {kind}, not a web page. Download the file and upload it instead.",
    },
    "fetch.too_large": {
        "nb": "Siden fra {host} er {size}; grensen er {limit}.",
        "en": "The page from {host} is {size}; the limit is {limit}.",
    },
    "fetch.broken": {
        "nb": "Siden fra {host} kom ødelagt fram.",
        "en": "The page from {host} arrived broken.",
    },
    "fetch.not_text": {
        "nb": "Siden fra {host} er ikke lesbar tekst.",
        "en": "The page from {host} is not readable text.",
    },
    "fetch.no_article": {
        "nb": "Fant ingen artikkeltekst på siden fra {host}. Kopier teksten og lim den inn i "
        "stedet.",
        "en": "No article text was found on the page from {host}. Copy the text and paste it "
        "instead.",
    },
    # ------------------------------------------------------------------ the app: messages
    "app.intro": {
        "nb": "Daterte hendelser fra nyhets- og historietekster (bokmål og engelsk), hver med "
        "setningen den kom fra. Zoom med rullehjulet, klikk en hendelse for kilden.",
        "en": "Dated events from news and history texts (Norwegian bokmål and English), each "
        "with the sentence it came from. Zoom with the scroll wheel, click an event for its "
        "source.",
    },
    # Why a file or a pasted text cannot be read (timeline.ingest.IngestError)
    "ingest.too_large": {
        "nb": "{name} er {size}; grensen er {limit}. Del den opp i mindre dokumenter.",
        "en": "{name} is {size}; the limit is {limit}. Split it into smaller documents.",
    },
    "ingest.pipe_too_large": {
        "nb": "{name}: mer enn {limit} kom inn; grensen er {limit}",
        "en": "{name}: more than {limit} arrived; the limit is {limit}",
    },
    "ingest.bad_bom": {
        "nb": "{name} sier at den er {encoding}-tekst, men er ikke gyldig {encoding} ({reason})",
        "en": "{name} says it is {encoding} text but is not valid {encoding} ({reason})",
    },
    "ingest.control": {
        "nb": "{name}: kan ikke leses som tekst: den ser ut som en binærfil (kontrolltegn)",
        "en": "{name}: not readable as text: it looks like a binary file (control characters)",
    },
    "ingest.binary": {
        "nb": "{name} ser ut som en binærfil (den inneholder NUL-byte: et bilde, en PDF-, "
        "Word- eller zip-fil?), ikke tekst; bruk en .txt-, .md- eller .html-fil",
        "en": "{name} looks like a binary file (it contains NUL bytes: an image, PDF, Word or "
        "zip file?), not text; give a .txt, .md or .html file",
    },
    "ingest.encoding": {
        "nb": "{name}: kan ikke leses som tekst (verken UTF-8 eller Windows-1252)",
        "en": "{name}: not readable as text (neither UTF-8 nor Windows-1252)",
    },
    "ingest.unsupported": {
        "nb": "{name}: filer av typen {suffix} støttes ikke. Bruk en av {kinds}.",
        "en": "{name}: files of type {suffix} are not supported. Use one of {kinds}.",
    },
    "ingest.empty": {"nb": "{name} er tom.", "en": "{name} is empty."},
    "ingest.no_text": {"nb": "{name} har ingen lesbar tekst.", "en": "{name} has no readable text."},
    "ingest.paste_empty": {
        "nb": "Den innlimte teksten er tom. Lim inn en artikkel eller en historisk tekst først.",
        "en": "The pasted text is empty. Paste an article or a history text first.",
    },
    "ingest.paste_surrogates": {
        "nb": "Den innlimte teksten inneholder ødelagte tegn (enslige surrogater).",
        "en": "The pasted text contains broken characters (lone surrogates).",
    },
    "ingest.paste_too_large": {
        "nb": "Den innlimte teksten er {size}; grensen er {limit}.",
        "en": "The pasted text is {size}; the limit is {limit}.",
    },
    "ingest.paste_control": {
        "nb": "Den innlimte teksten inneholder kontrolltegn og ser ikke ut som tekst.",
        "en": "The pasted text contains control characters and does not look like text.",
    },
    "app.could_not_read": {
        "nb": "{name} kunne ikke leses: {err}",
        "en": "{name} could not be read: {err}",
    },
    "app.added": {"nb": "La til {name}.", "en": "Added {name}."},
    "app.pasted_name": {"nb": "Innlimt tekst", "en": "Pasted text"},
    "app.text_unreadable": {
        "nb": "Teksten kunne ikke leses: {err}",
        "en": "The text could not be read: {err}",
    },
    "app.only_bundled": {
        "nb": "Bare de medfølgende dokumentene i listen kan legges til.",
        "en": "Only the bundled documents listed here can be added.",
    },
    "app.opened": {"nb": "Åpnet {name}.", "en": "Opened {name}."},
    "store.too_large": {
        "nb": "Filen er for stor til å være en lagret tidslinje.",
        "en": "The file is too large to be a saved timeline.",
    },
    "store.not_utf8": {
        "nb": "Dette er ikke en lagret tidslinje: det er ikke JSON-tekst i UTF-8.",
        "en": "This is not a saved timeline: it is not UTF-8 JSON text.",
    },
    "store.not_json": {
        "nb": "Dette er ikke en lagret tidslinje: ikke gyldig JSON (linje {line}, kolonne {col}).",
        "en": "This is not a saved timeline: not valid JSON (line {line}, column {col}).",
    },
    "store.unreadable": {
        "nb": "Dette er ikke en lagret tidslinje: {err}.",
        "en": "This is not a saved timeline: {err}.",
    },
    "store.not_saved": {
        "nb": "Denne JSON-filen er ikke en lagret tidslinje.",
        "en": "This JSON file is not a saved timeline.",
    },
    "store.version": {
        "nb": "Denne tidslinjen ble lagret i formatversjon {version}; appen leser versjon {ours}.",
        "en": "This timeline was saved in format version {version}; this app reads version {ours}.",
    },
    "store.damaged_lists": {
        "nb": "Den lagrede tidslinjen er skadet: documents og ops må være lister.",
        "en": "The saved timeline is damaged: documents and ops must be lists.",
    },
    "store.damaged_op": {
        "nb": "Den lagrede tidslinjen er skadet: endring {i} er ingen operasjon.",
        "en": "The saved timeline is damaged: change {i} is not an operation.",
    },
    "store.damaged_events": {
        "nb": "Den lagrede tidslinjen er skadet: hendelsene er ingen liste.",
        "en": "The saved timeline is damaged: its events are not a list.",
    },
    "store.damaged_document": {
        "nb": "Den lagrede tidslinjen er skadet: dokument {i} er ikke et objekt.",
        "en": "The saved timeline is damaged: document {i} is not an object.",
    },
    "file.not_utf8": {
        "nb": "Ikke en tidslinjefil: ikke UTF-8-tekst ({reason} ved byte {at})",
        "en": "Not a timeline file: not UTF-8 text ({reason} at byte {at})",
    },
    "file.empty": {"nb": "Ikke en tidslinjefil: filen er tom", "en": "Not a timeline file: the file is empty"},
    "file.not_json": {
        "nb": "Ikke en tidslinjefil: ikke JSON ({msg}, linje {line} kolonne {col})",
        "en": "Not a timeline file: not JSON ({msg}, line {line} column {col})",
    },
    "file.unreadable": {"nb": "Ikke en tidslinjefil: {err}", "en": "Not a timeline file: {err}"},
    "file.not_object": {
        "nb": 'Ikke en tidslinjefil: ventet et JSON-objekt med "format": "{format}"',
        "en": 'Not a timeline file: expected a JSON object with "format": "{format}"',
    },
    "file.timelinejs": {
        "nb": "Dette er en TimelineJS-fil; åpne heller en tidslinje lagret som JSON fra denne appen",
        "en": "This is a TimelineJS file; open a timeline saved as JSON from this app instead",
    },
    "file.format": {
        "nb": 'Ikke en tidslinjefil: "format" er {got}, ventet {want}',
        "en": 'Not a timeline file: "format" is {got}, expected {want}',
    },
    "file.version_number": {
        "nb": 'Ikke en tidslinjefil: "version" må være et heltall',
        "en": 'Not a timeline file: "version" must be a whole number',
    },
    "file.newer": {
        "nb": "Denne tidslinjen ble lagret av en nyere versjon (formatversjon {version}); "
        "denne leser versjon {ours}",
        "en": "This timeline was saved by a newer version (format version {version}); "
        "this one reads version {ours}",
    },
    "file.events_list": {
        "nb": 'Ikke en tidslinjefil: "events" må være en liste',
        "en": 'Not a timeline file: "events" must be a list',
    },
    "file.invalid": {"nb": "Ikke en gyldig tidslinje: {problems}", "en": "Not a valid timeline: {problems}"},
    "app.not_a_timeline": {
        "nb": "{name} er ikke en tidslinje appen kan åpne: {err}",
        "en": "{name} is not a timeline this app can open: {err}",
    },
    "app.pick_saved": {
        "nb": "Velg en av de lagrede tidslinjene i listen.",
        "en": "Pick one of the saved timelines listed here.",
    },
    "app.saved_as": {"nb": "Lagret som {name} i {folder}/.", "en": "Saved as {name} in {folder}/."},
    "app.event_gone": {
        "nb": "Den hendelsen finnes ikke lenger i tidslinjen.",
        "en": "That event is no longer in the timeline.",
    },
    "app.nothing_to_save": {
        "nb": "Ingenting å lagre: feltene er uendret.",
        "en": "Nothing to save: the fields are unchanged.",
    },
    "app.saved_edit": {"nb": "Endringen er lagret.", "en": "Saved the edit."},
    "app.deleted": {
        "nb": {"one": "Slettet {n} hendelse.", "other": "Slettet {n} hendelser."},
        "en": {"one": "Deleted {n} event.", "other": "Deleted {n} events."},
    },
    "app.merge_pick": {
        "nb": "Velg hendelsen som skal beholdes, og den som skal slås sammen med den.",
        "en": "Pick the event to keep and the one to merge into it.",
    },
    "app.merged": {"nb": "Slo sammen de to hendelsene.", "en": "Merged the two events."},
    "app.added_event": {"nb": "La til «{title}».", "en": "Added “{title}”."},
    "app.undone": {"nb": "Angret siste endring.", "en": "Undid the last change."},
    "app.reset_done": {
        "nb": "Alle endringer er fjernet: tidslinjen er som den ble lest.",
        "en": "All changes were removed: the timeline is as extracted.",
    },
    "app.last_valid_date": {
        "nb": "{err} Siste gyldige dato ({date}) brukes.",
        "en": "{err} The last valid date ({date}) is used.",
    },
    "app.none": {"nb": "ingen", "en": "none"},
    "app.extract_failed": {
        "nb": "Hendelsene kunne ikke hentes ut ({kind}: {err}).",
        "en": "The events could not be extracted ({kind}: {err}).",
    },
    "app.too_heavy": {
        "nb": "{err} Del den opp i mindre dokumenter.",
        "en": "{err} Split it into smaller documents.",
    },
    "app.no_events_filtered": {
        "nb": "Ingen hendelser å vise. Legg til et dokument, eller løsne på filtrene.",
        "en": "No events to show. Add a document, or loosen the filters.",
    },
    "app.no_events": {
        "nb": "Ingen daterte hendelser funnet ennå. Legg til et dokument i sidepanelet.",
        "en": "No dated events found yet. Add a document in the sidebar.",
    },
    "app.chart_alt": {
        "nb": {
            "one": "Tidslinje med {n} hendelse; den står også i fanen Tabell.",
            "other": "Tidslinje med {n} hendelser; de står også i fanen Tabell.",
        },
        "en": {
            "one": "Timeline of {n} event; it is also listed in the Table tab.",
            "other": "Timeline of {n} events; the same events are listed in the Table tab.",
        },
    },
    "app.years": {"nb": "År", "en": "Years"},
    "app.all_types": {"nb": "Alle typer", "en": "All types"},
    "app.all_actors": {"nb": "Alle aktører", "en": "All actors"},
    "app.all_docs": {"nb": "Alle dokumenter", "en": "All documents"},
    "app.search": {"nb": "Søk", "en": "Search"},
    "app.search_hint": {"nb": "Ord i tittel eller sitat", "en": "Words in title or quote"},
    "app.type_count": {"nb": "{type}: {n}", "en": "{type}: {n}"},
    "app.count_of": {
        "nb": {"one": "{shown} av {n} hendelse", "other": "{shown} av {n} hendelser"},
        "en": {"one": "{shown} of {n} event", "other": "{shown} of {n} events"},
    },
    "app.n_documents": {
        "nb": {"one": "{n} dokument", "other": "{n} dokumenter"},
        "en": {"one": "{n} document", "other": "{n} documents"},
    },
    "app.lanes": {"nb": "Felt", "en": "Lanes"},
    "app.colour": {"nb": "Farge", "en": "Colour"},
    "app.colour_help": {
        "nb": "Farge etter type, dokument eller datering: hvordan datoen ble lest (står i "
        "teksten, regnet fra dokumentdatoen, regnet fra datoen før).",
        "en": "Colour by type, by document, or by dating: how each date was read (written "
        "in full, from the document date, from the date before).",
    },
    "app.detail": {"nb": "Hendelse", "en": "Event detail"},
    "app.detail_hint": {
        "nb": "Klikk en hendelse i tidslinjen, eller velg en her",
        "en": "Click an event in the chart, or pick one here",
    },
    # ------------------------------------------------------------------ the document view
    "doc.heading": {"nb": "Dokumentet", "en": "The document"},
    "doc.pick": {"nb": "Dokument", "en": "Document"},
    "doc.caption": {
        "nb": "Hele teksten med hver datering markert. Klikk en markert dato for å se "
        "hendelsen; velg en hendelse i tidslinjen, så blir setningen markert her.",
        "en": "The whole text with every dated expression marked. Click a marked date to "
        "see its event; pick an event in the chart and its sentence is marked here.",
    },
    "doc.no_text": {
        "nb": "Ingen dokumenttekst å vise: hendelsene kommer fra en åpnet hendelsesfil.",
        "en": "No document text to show: the events come from an opened events file.",
    },
    "doc.no_marks": {
        "nb": "Ingen dateringer i dette dokumentet er med i tidslinjen slik den er filtrert.",
        "en": "No dated expression of this document is in the timeline as filtered.",
    },
    "doc.show_event": {"nb": "Vis hendelsen: {label}", "en": "Show the event: {label}"},
    "doc.n_marked": {
        "nb": {"one": "{n} datering markert.", "other": "{n} dateringer markert."},
        "en": {"one": "{n} dated expression marked.", "other": "{n} dated expressions marked."},
    },
    # ------------------------------------------------------------------ editing in the detail
    "detail.edit": {"nb": "Rediger hendelsen", "en": "Edit this event"},
    "detail.delete_ask": {
        "nb": "Slette «{title}» fra tidslinjen? Angre henter den tilbake.",
        "en": "Delete “{title}” from the timeline? Undo brings it back.",
    },
    "detail.delete_yes": {"nb": "Ja, slett", "en": "Yes, delete"},
    "detail.cancel": {"nb": "Avbryt", "en": "Cancel"},
    "detail.edits_elsewhere": {
        "nb": "Rediger en hendelse i hendelsespanelet under tidslinjen: velg den der.",
        "en": "Edit an event in the detail panel below the chart: pick it there.",
    },
    "detail.redo": {"nb": "Gjør om", "en": "Redo"},
    "detail.undo_help": {"nb": "Angre: {what}", "en": "Undo: {what}"},
    "detail.redo_help": {"nb": "Gjør om: {what}", "en": "Redo: {what}"},
    "detail.undone": {"nb": "Angret: {what}.", "en": "Undone: {what}."},
    "detail.redone": {"nb": "Gjort om: {what}.", "en": "Redone: {what}."},
    "detail.remove_ask": {
        "nb": "Fjerne «{name}» og endringene av hendelsene fra det? Angre henter alt tilbake.",
        "en": "Remove “{name}” and the changes to its events? Undo brings it all back.",
    },
    "detail.remove_yes": {"nb": "Ja, fjern", "en": "Yes, remove"},
    "detail.removed": {
        "nb": "Fjernet «{name}». Angre henter det tilbake.",
        "en": "Removed “{name}”. Undo brings it back.",
    },
    "detail.removed_changes": {
        "nb": {
            "one": "Fjernet «{name}» og {n} endring av hendelsene fra det. Angre henter alt tilbake.",
            "other": "Fjernet «{name}» og {n} endringer av hendelsene fra det. "
            "Angre henter alt tilbake.",
        },
        "en": {
            "one": "Removed “{name}” and {n} change to its events. Undo brings it all back.",
            "other": "Removed “{name}” and {n} changes to its events. Undo brings it all back.",
        },
    },
    "step.edit": {"nb": "endringen av «{name}»", "en": "the edit of “{name}”"},
    "step.date": {"nb": "dateringen av «{name}»", "en": "the date given to “{name}”"},
    "step.delete": {"nb": "slettingen av «{name}»", "en": "deleting “{name}”"},
    "step.merge": {"nb": "sammenslåingen med «{name}»", "en": "the merge into “{name}”"},
    "step.add": {"nb": "den nye hendelsen «{name}»", "en": "adding “{name}”"},
    "step.reset": {"nb": "fjerningen av alle endringer", "en": "removing all changes"},
    "step.remove": {"nb": "fjerningen av dokumentet «{name}»", "en": "removing the document “{name}”"},
    "step.add_doc": {"nb": "tilføyingen av dokumentet «{name}»", "en": "adding the document “{name}”"},
    "step.doc_title": {"nb": "den nye tittelen på «{name}»", "en": "the new title of “{name}”"},
    "step.doc_dct": {"nb": "den nye datoen for «{name}»", "en": "the new date of “{name}”"},
    "step.doc_lang": {"nb": "det nye språket for «{name}»", "en": "the new language of “{name}”"},
    "step.change": {"nb": "siste endring", "en": "the last change"},
    "app.when": {"nb": "Når", "en": "When"},
    "app.written_as": {"nb": "Skrevet", "en": "Written as"},
    "app.quoted": {"nb": "«{x}»", "en": "“{x}”"},
    "app.sources_heading": {"nb": "Kilder ({n})", "en": "Sources ({n})"},
    "app.by_hand": {
        "nb": "Lagt til for hånd, uten sitat fra en kilde.",
        "en": "Added by hand, with no source quote.",
    },
    "app.tab_table": {"nb": "Tabell", "en": "Table"},
    "app.tab_curate": {"nb": "Rediger", "en": "Curate"},
    "app.tab_export": {"nb": "Eksport", "en": "Export"},
    "app.tab_save": {"nb": "Lagre / åpne", "en": "Save / open"},
    "app.table_caption": {
        "nb": "Alle hendelsene i visningen, med sitat. Dette er også den tilgjengelige visningen.",
        "en": "Every event in the current view, with its quote. This is also the accessible view.",
    },
    "app.changes": {
        "nb": {
            "one": "{n} endring oppå hendelsene som ble lest.",
            "other": "{n} endringer oppå hendelsene som ble lest.",
        },
        "en": {
            "one": "{n} change on top of the extracted events.",
            "other": "{n} changes on top of the extracted events.",
        },
    },
    "app.no_changes": {
        "nb": "Ingen endringer ennå oppå hendelsene som ble lest.",
        "en": "No changes yet on top of the extracted events.",
    },
    "app.changes_kept": {
        "nb": "Endringene beholdes når du legger til dokumenter eller endrer datoer, og "
        "lagres med tidslinjen.",
        "en": "Changes are kept while you add documents or change dates, and saved with "
        "the timeline.",
    },
    "app.undo": {"nb": "Angre siste endring", "en": "Undo last change"},
    "app.reset": {"nb": "Fjern alle endringer", "en": "Remove all changes"},
    "app.pick_event": {"nb": "Velg en hendelse", "en": "Pick an event"},
    "app.pick_another": {"nb": "Velg en annen hendelse", "en": "Pick another event"},
    "app.date_help": {
        "nb": "2009, 2009-04, 2009-04-25, «april 2009», «25. april 2009», «1990-tallet», "
        "«44 f.Kr.», «15. mars 44 f.Kr.», «ca. 1905» eller et tidsrom 2003–2009.",
        "en": "2009, 2009-04, 2009-04-25, “April 2009”, “25 April 2009”, “1990s”, “44 BC”, "
        "“15 March 44 BC”, “c. 1905” or a range 2003–2009.",
    },
    "app.actors_help": {"nb": "Skilt med komma.", "en": "Separated by commas."},
    "app.save_changes": {"nb": "Lagre endringene", "en": "Save changes"},
    "app.delete_event": {"nb": "Slett denne hendelsen", "en": "Delete this event"},
    "app.merge_heading": {"nb": "Slå sammen to hendelser", "en": "Merge two events"},
    "app.merge_caption": {
        "nb": "Den første beholder dato og tittel; kildene og aktørene til den andre blir med.",
        "en": "The first keeps its date and title; the second's sources and actors join it.",
    },
    "app.keep": {"nb": "Behold", "en": "Keep"},
    "app.merge_into": {"nb": "Slå sammen med den", "en": "Merge into it"},
    "app.merge": {"nb": "Slå sammen", "en": "Merge"},
    "app.add_heading": {"nb": "Legg til en hendelse for hånd", "en": "Add an event by hand"},
    "app.add_title_hint": {"nb": "Nord-Korea trakk seg fra NPT", "en": "North Korea left the NPT"},
    "app.add_date_hint": {"nb": "2003-01-10 eller april 2009", "en": "2003-01-10 or April 2009"},
    "app.actors_hint": {"nb": "Nord-Korea, USA", "en": "North Korea, USA"},
    "app.source_note": {"nb": "Kilde eller merknad", "en": "Source or note"},
    "app.source_hint": {"nb": "Hvor dette kommer fra", "en": "Where this comes from"},
    "app.add_event": {"nb": "Legg til hendelse", "en": "Add event"},
    "app.export_caption": {
        "nb": {
            "one": "Eksporten inneholder visningen: {n} hendelse, med filtre og endringer.",
            "other": "Eksporten inneholder visningen: {n} hendelser, med filtre og endringer.",
        },
        "en": {
            "one": "Exports hold the current view: {n} event, with filters and changes applied.",
            "other": "Exports hold the current view: {n} events, with filters and changes applied.",
        },
    },
    "app.png_starting": {"nb": "Starter PNG-tegneren …", "en": "Starting the PNG renderer …"},
    "app.png_unavailable": {
        "nb": "PNG fra serveren er ikke tilgjengelig ({err}).",
        "en": "Server-side PNG is not available ({err}).",
    },
    "app.png": {"nb": "PNG-bilde", "en": "PNG image"},
    "app.html": {"nb": "Interaktiv HTML", "en": "Interactive HTML"},
    "app.tljs_help": {
        "nb": "TimelineJS-JSON fra Knight Lab: legg den ut og åpne den i deres visning.",
        "en": "Knight Lab TimelineJS JSON: host it and load it in their viewer.",
    },
    "app.csv_help": {
        "nb": "Én rad per hendelse, med kilde og lenke; aktørene som «Nord-Korea; Russland». "
              "Samme fil som kommandolinjen lager.",
        "en": "One row per event, with its source and link; actors as “North Korea; Russia”. "
              "The same file the command line writes.",
    },
    "app.tljs_csv": {"nb": "TimelineJS-regneark", "en": "TimelineJS sheet"},
    "app.tljs_csv_help": {
        "nb": "CSV med kolonnene i Knight Labs Google Sheets-mal for TimelineJS: "
              "importer den i malen og publiser.",
        "en": "CSV with the columns of Knight Lab's TimelineJS Google Sheets template: "
              "import it into the template and publish.",
    },
    "app.embed": {"nb": "Innebyggingsside", "en": "Embed page"},
    "app.embed_help": {
        "nb": "Én HTML-side som viser tidslinjen i Knight Labs TimelineJS-visning "
              "(henter visningen fra cdn.knightlab.com).",
        "en": "One HTML page that shows the timeline in Knight Lab's TimelineJS viewer "
              "(loads the viewer from cdn.knightlab.com).",
    },
    "app.camera_still": {
        "nb": "Kameraikonet over tidslinjen lagrer fortsatt en PNG fra nettleseren.",
        "en": "The camera icon above the chart still saves a PNG from your browser.",
    },
    "app.camera_also": {
        "nb": "Kameraikonet over tidslinjen lagrer også en PNG, rett fra nettleseren.",
        "en": "The camera icon above the chart also saves a PNG, straight from your browser.",
    },
    "app.name": {"nb": "Navn", "en": "Name"},
    "app.download_heading": {"nb": "Last ned og åpne igjen", "en": "Download and reopen"},
    "app.download_file": {"nb": "Last ned tidslinjefil", "en": "Download timeline file"},
    "app.download_help": {
        "nb": "Dokumentene, endringene og hendelsene, i én JSON-fil.",
        "en": "The documents, your changes and the events, in one JSON file.",
    },
    "app.open_file": {"nb": "Åpne en tidslinjefil (.json)", "en": "Open a timeline file (.json)"},
    "app.open_file_help": {
        "nb": "En fil lastet ned her, eller en JSON-eksport av hendelser.",
        "en": "A file downloaded here, or a JSON events export.",
    },
    "app.folder_heading": {"nb": "Mappe med lagrede tidslinjer", "en": "Saved timelines folder"},
    "app.in_folder": {"nb": "I {folder}", "en": "In {folder}"},
    "app.save_folder": {"nb": "Lagre i mappen", "en": "Save to folder"},
    "app.saved_list": {"nb": "Lagrede tidslinjer", "en": "Saved timelines"},
    "app.pick_one": {"nb": "Velg en", "en": "Pick one"},
    "app.nothing_saved": {"nb": "Ingenting lagret ennå", "en": "Nothing saved yet"},
    "app.open": {"nb": "Åpne", "en": "Open"},
    "app.no_folder": {
        "nb": "Ikke tilgjengelig på en delt server; last ned filen i stedet.",
        "en": "Not offered on a shared host; download the file instead.",
    },
    "app.documents": {"nb": "Dokumenter", "en": "Documents"},
    "app.documents_caption": {
        "nb": "Hvert dokument: en tittel, datoen (så presis som du vet) og språket.",
        "en": "Each document: a title, its date (as precise as you know it) and its language.",
    },
    "app.title_help": {
        "nb": "Vises i tittelen på tidslinjen og i eksporten.",
        "en": "Shown in the chart title and exports.",
    },
    "app.doc_date": {"nb": "Dokumentdato", "en": "Document date"},
    "app.doc_date_hint": {
        "nb": "ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
        "en": "YYYY, YYYY-MM or YYYY-MM-DD",
    },
    "app.doc_date_help": {
        "nb": "Når teksten ble skrevet: 2019, 2019-04 eller 2019-04-25. Ord som «torsdag» og "
        "«i februar» leses ut fra den. La feltet stå tomt hvis du ikke vet.",
        "en": "When the text was written: 2019, 2019-04 or 2019-04-25. Words like “Thursday” "
        "and “in February” are read relative to it. Leave empty if unknown.",
    },
    "app.language": {"nb": "Språk", "en": "Language"},
    "app.words": {
        "nb": {"one": "{n} ord", "other": "{n} ord"},
        "en": {"one": "{n} word", "other": "{n} words"},
    },
    "app.read_as": {"nb": "Lest som {lang}", "en": "Read as {lang}"},
    "app.remove": {"nb": "Fjern", "en": "Remove"},
    "app.no_docs": {
        "nb": "Ingen dokumenter ennå: last opp, lim inn eller velg et nedenfor.",
        "en": "No documents yet: upload, paste or pick one below.",
    },
    "app.add_docs": {"nb": "Legg til dokumenter", "en": "Add documents"},
    "app.tab_upload": {"nb": "Last opp", "en": "Upload"},
    "app.tab_paste": {"nb": "Lim inn", "en": "Paste"},
    "app.tab_bundled": {"nb": "Eksempler", "en": "Bundled"},
    "app.upload_label": {
        "nb": "Tekstfiler (.txt, .md, .html)",
        "en": "Text files (.txt, .md, .html)",
    },
    "app.upload_help": {
        "nb": "Opptil {size} tekst per fil. En første linje som «date 2019-04 utenriks» "
        "setter dokumentdatoen og desken.",
        "en": "Up to {size} of text per file. A first line like “date 2019-04 utenriks” sets "
        "the document date and desk.",
    },
    "app.text": {"nb": "Tekst", "en": "Text"},
    "app.paste_hint": {"nb": "Lim inn en artikkel …", "en": "Paste an article …"},
    "app.add_text": {"nb": "Legg til tekst", "en": "Add text"},
    "app.bundled_docs": {"nb": "Medfølgende dokumenter", "en": "Bundled documents"},
    "app.add": {"nb": "Legg til", "en": "Add"},
    # ------------------------------------------------------------------ PNG to publish
    "png.column": {"nb": "Artikkelspalte, 680 px", "en": "Article column, 680 px"},
    "png.wide": {"nb": "Bred, 1200 px", "en": "Wide, 1200 px"},
    "png.square": {
        "nb": "Kvadrat for sosiale medier, 1080 × 1080 px",
        "en": "Square for social media, 1080 × 1080 px",
    },
    "png.made_with_alone": {"nb": "Laget med {tool}", "en": "Made with {tool}"},
    "png.and_more": {"nb": "{shown} og {n} til", "en": "{shown} and {n} more"},
    "png.source": {"nb": "Kilde: {shown} · laget med {tool}", "en": "Source: {shown} · made with {tool}"},
    "app.png_publish": {"nb": "PNG til publisering", "en": "PNG to publish"},
    "app.png_publish_note": {
        "nb": "Uten zoomknapper og glidebryter, med hele etiketter og en kildelinje.",
        "en": "Without the zoom buttons and slider, with whole labels and a credit line.",
    },
    "app.png_title": {"nb": "Tittel", "en": "Title"},
    "app.png_subtitle": {"nb": "Undertittel", "en": "Subtitle"},
    "app.png_size": {"nb": "Størrelse", "en": "Size"},
    "app.png_source": {"nb": "Kildelinje", "en": "Source line"},
    "app.png_not_started": {
        "nb": "PNG fra serveren startet ikke denne gangen.",
        "en": "Server-side PNG did not start this time.",
    },
    "app.try_again": {"nb": "Prøv igjen", "en": "Try again"},
    "app.try_again_help": {
        "nb": "Start serverens PNG-tegner på nytt.",
        "en": "Start the server's PNG renderer again.",
    },
    # ------------------------------------------------------------------ saving per visitor
    "app.folder_shared": {
        "nb": "I {folder}, delt av alle som bruker denne appen.",
        "en": "In {folder}, shared by everyone who uses this app.",
    },
    "app.folder_account": {"nb": "Privat for kontoen din.", "en": "Private to your account."},
    "app.folder_key_note": {
        "nb": "Privat for deg: bare denne mappenøkkelen åpner disse tidslinjene. Ta vare på "
        "den for å finne dem igjen ved et senere besøk: `{key}`",
        "en": "Private to you: only this folder key opens these timelines. Keep it to find "
        "them on a later visit: `{key}`",
    },
    "app.folder_key_open": {"nb": "Åpne en annen mappenøkkel", "en": "Open another folder key"},
    "app.folder_key_hint": {
        "nb": "En nøkkel vist her ved et tidligere besøk",
        "en": "A key shown here on an earlier visit",
    },
    "app.folder_key_bad": {
        "nb": "En mappenøkkel har 16 bokstaver, sifre, - eller _.",
        "en": "A folder key has 16 letters, digits, - or _.",
    },
    "app.folder_key_opened": {
        "nb": "Viser tidslinjene som er lagret under den nøkkelen.",
        "en": "Showing the timelines saved under that key.",
    },
    # ------------------------------------------------------------------ not on the chart
    "app.count_on_chart": {
        "nb": {"one": "**{shown} av {n} hendelse** på tidslinjen", "other": "**{shown} av {n} hendelser** på tidslinjen"},
        "en": {"one": "**{shown} of {n} event** on the chart", "other": "**{shown} of {n} events** on the chart"},
    },
    "app.n_without_date": {
        "nb": {"one": "{n} uten dato, listet under den", "other": "{n} uten dato, listet under den"},
        "en": {"one": "{n} without a date, listed under it", "other": "{n} without a date, listed under it"},
    },
    "app.unplaced_undated": {
        "nb": {"one": "{n} uten dato", "other": "{n} uten dato"},
        "en": {"one": "{n} without a date", "other": "{n} without a date"},
    },
    "app.unplaced_vague": {
        "nb": {"one": "{n} bare grovt datert", "other": "{n} bare grovt datert"},
        "en": {"one": "{n} only roughly dated", "other": "{n} only roughly dated"},
    },
    "app.unplaced_title": {"nb": "Ikke plassert på tidslinjen: {parts}", "en": "Not placed on the chart: {parts}"},
    "app.unplaced_note": {
        "nb": "Gi en hendelse dato her: 2019, april 2019, 25. april 2019, ca. 1905, "
        "1990-tallet eller 2003–2009. Angre finnes under Rediger.",
        "en": "Give an event its date here: 2019, April 2019, 25 April 2019, ca. 1905, "
        "1990s or 2003–2009. Undo is in the Curate tab.",
    },
    "app.unplaced_no_date_from": {"nb": "Ingen dato lest ut av «{timex}»", "en": "No date read from “{timex}”"},
    "app.unplaced_no_date": {"nb": "Ingen dato", "en": "No date"},
    "app.unplaced_date": {"nb": "Dato", "en": "Date"},
    "app.unplaced_set": {"nb": "Sett dato", "en": "Set date"},
    "app.unplaced_more": {
        "nb": "… og {n} til; snevre inn filtrene for å se dem.",
        "en": "… and {n} more; narrow the filters to see them.",
    },
    "app.unplaced_type_first": {
        "nb": "Skriv en dato først, for eksempel 2019, april 2019 eller 25. april 2019.",
        "en": "Type a date first, such as 2019, April 2019 or 25 April 2019.",
    },
    "app.unplaced_dated": {"nb": "Datert.", "en": "Dated."},
    # ------------------------------------------------------------------ the event store page
    "store.open": {"nb": "Åpne et hendelseslager", "en": "Open an event store"},
    "store.field": {"nb": "Hendelseslager (mappe)", "en": "Event store (folder)"},
    "store.field_help": {
        "nb": "Et lager bygget med python -m timeline corpus INPUT... -o LAGER. "
        "La feltet stå tomt for å arbeide med dokumenter.",
        "en": "A store built by python -m timeline corpus INPUT... -o STORE. "
        "Leave empty to work on documents.",
    },
    "store.not_allowed": {
        "nb": "Her kan bare lagre i appens lagermappe åpnes "
        "(TIMELINE_STORE_DIR; TIMELINE_STORE_ANY_PATH=1 tillater alle mapper).",
        "en": "Only stores inside the app's stores folder can be opened here "
        "(TIMELINE_STORE_DIR; TIMELINE_STORE_ANY_PATH=1 allows any folder).",
    },
    "store.cannot_open": {
        "nb": "Kan ikke åpne lageret: {error}",
        "en": "Cannot open the store: {error}",
    },
    "store.title": {"nb": "Hendelseslager", "en": "Event store"},
    "store.documents": {
        "nb": {"one": "{n} dokument", "other": "{n} dokumenter"},
        "en": {"one": "{n} document", "other": "{n} documents"},
    },
    "store.events": {
        "nb": {"one": "{n} hendelse", "other": "{n} hendelser"},
        "en": {"one": "{n} event", "other": "{n} events"},
    },
    "store.failures": {
        "nb": {
            "one": "{n} dokument kunne ikke leses",
            "other": "{n} dokumenter kunne ikke leses",
        },
        "en": {
            "one": "{n} document could not be read",
            "other": "{n} documents could not be read",
        },
    },
    "store.edits": {
        "nb": {"one": "{n} endring fra deg", "other": "{n} endringer fra deg"},
        "en": {"one": "{n} edit of yours", "other": "{n} edits of yours"},
    },
    "store.no_dated": {
        "nb": "Dette lageret har ingen daterte hendelser.",
        "en": "This store holds no dated events.",
    },
    "store.window": {"nb": "Vindu (år)", "en": "Window (years)"},
    "store.type": {"nb": "Type", "en": "Type"},
    "store.actor": {"nb": "Aktør", "en": "Actor"},
    "store.search": {
        "nb": "Søk i titler, sitater og aktører",
        "en": "Search titles, quotes and actors",
    },
    "store.min_sources": {"nb": "Minst så mange kilder", "en": "At least this many sources"},
    "store.lanes": {"nb": "Spor", "en": "Lanes"},
    "store.each_event": {"nb": "hver hendelse", "en": "each event"},
    "store.density": {
        "nb": "hendelser per {width} år, de {n} viktigste med navn",
        "en": "events per {width} years, the {n} most important named",
    },
    "store.in_window": {
        "nb": {
            "one": "{n} hendelse i vinduet; viser {level}. Smalere vindu med høyst {max} "
            "hendelser viser hver enkelt.",
            "other": "{n} hendelser i vinduet; viser {level}. Smalere vindu med høyst {max} "
            "hendelser viser hver enkelt.",
        },
        "en": {
            "one": "{n} event in the window; showing {level}. Narrow the window to {max} "
            "events or fewer to see each one.",
            "other": "{n} events in the window; showing {level}. Narrow the window to {max} "
            "events or fewer to see each one.",
        },
    },
    "store.in_window_each": {
        "nb": {"one": "{n} hendelse i vinduet; viser hver hendelse.",
               "other": "{n} hendelser i vinduet; viser hver hendelse."},
        "en": {"one": "{n} event in the window; showing each event.",
               "other": "{n} events in the window; showing each one."},
    },
    "store.importance": {"nb": "Viktighet", "en": "Importance"},
    "store.event_id": {"nb": "Id", "en": "Id"},
    "store.event": {"nb": "Hendelse", "en": "Event"},
    "store.sources": {
        "nb": {"one": "{n} kilde", "other": "{n} kilder"},
        "en": {"one": "{n} source", "other": "{n} sources"},
    },
    "store.events_axis": {"nb": "hendelser", "en": "events"},
    "store.most_important": {"nb": "viktigst", "en": "most important"},
    "store.cell_hover": {
        "nb": "%{customdata}: %{z} hendelser rundt %{x:.1f}",
        "en": "%{customdata}: %{z} events around %{x:.1f}",
    },
    "store.edit_heading": {"nb": "Rediger denne hendelsen", "en": "Edit this event"},
    "store.edit_caption": {
        "nb": "Endringene lagres som en logg i lageret og beholdes når korpuset kjøres på nytt.",
        "en": "Edits are kept as a log in the store and survive a new corpus run.",
    },
    "store.redo": {"nb": "Gjør om", "en": "Redo"},
    "store.redone": {"nb": "Gjorde om endringen.", "en": "Redid the change."},
    "store.read_only": {
        "nb": "Lageret er skrivebeskyttet her (TIMELINE_STORE_READ_ONLY=1).",
        "en": "The store is read-only here (TIMELINE_STORE_READ_ONLY=1).",
    },
    "store.cannot_write": {
        "nb": "Kunne ikke lagre endringen: {error}",
        "en": "Could not save the change: {error}",
    },
    # ------------------------------------------------------------------ curation
    # Why a change cannot be made (timeline.curate.CurationError), and the notes of a
    # replayed change log that no longer applies (timeline.curate.apply_ops).
    "curate.title_empty": {"nb": "Tittelen kan ikke være tom.", "en": "The title cannot be empty."},
    "curate.type_unknown_use": {
        "nb": "Ukjent hendelsestype «{value}». Bruk en av {types}.",
        "en": "Unknown event type “{value}”. Use one of {types}.",
    },
    "curate.type_unknown": {"nb": "Ukjent hendelsestype «{value}».", "en": "Unknown event type “{value}”."},
    "curate.column_fixed": {
        "nb": "Kolonnen «{name}» kan ikke redigeres.",
        "en": "Cannot edit the column “{name}”.",
    },
    "curate.actors_names": {"nb": "Aktørene må være navn.", "en": "The actors must be names."},
    "curate.merge_two": {
        "nb": "Velg to forskjellige hendelser å slå sammen.",
        "en": "Pick two different events to merge.",
    },
    "curate.add_title": {"nb": "Gi den nye hendelsen en tittel.", "en": "Give the new event a title."},
    "curate.id_taken": {
        "nb": "Det finnes allerede en hendelse {event_id}.",
        "en": "There is already an event {event_id}.",
    },
    "curate.lang_unknown": {"nb": "Ukjent språk «{value}».", "en": "Unknown language “{value}”."},
    "curate.fingerprint_damaged": {"nb": "kjennetegnet er skadet", "en": "its fingerprint is damaged"},
    "curate.events_not_list": {
        "nb": "hendelsene er ikke en liste",
        "en": "its events are not a list",
    },
    "curate.names_count": {
        "nb": "den nevner {n} hendelser, ikke {count}",
        "en": "it names {n} events, not {count}",
    },
    "curate.delete_pick": {
        "nb": "Velg minst én hendelse å slette.",
        "en": "Pick at least one event to delete.",
    },
    "curate.kind.edit": {"nb": "redigering", "en": "edit"},
    "curate.kind.delete": {"nb": "sletting", "en": "delete"},
    "curate.kind.merge": {"nb": "sammenslåing", "en": "merge"},
    "curate.kind.add": {"nb": "ny hendelse", "en": "add"},
    "curate.event_named": {"nb": "«{title}»", "en": "“{title}”"},
    "curate.note_gone": {
        "nb": "Endring {change} ({kind}): hendelsen {event} finnes ikke lenger, hoppet over.",
        "en": "Change {change} ({kind}): event {event} no longer exists, skipped.",
    },
    "curate.note_skipped": {
        "nb": "Endring {change} ({kind}) hoppet over: {why}",
        "en": "Change {change} ({kind}) skipped: {why}",
    },
    "curate.note_damaged": {
        "nb": "Endring {change} ({kind}) hoppet over: den er skadet ({error}).",
        "en": "Change {change} ({kind}) skipped: it is damaged ({error}).",
    },
    "curate.note_not_op": {
        "nb": "Endring {change}: ikke en endring, hoppet over.",
        "en": "Change {change}: not an operation, skipped.",
    },
    "curate.note_delete_gone": {
        "nb": {
            "one": "Endring {change} ({kind}): hendelsen {events} finnes ikke lenger.",
            "other": "Endring {change} ({kind}): hendelsene {events} finnes ikke lenger.",
        },
        "en": {
            "one": "Change {change} ({kind}): event {events} no longer exists.",
            "other": "Change {change} ({kind}): events {events} no longer exist.",
        },
    },
    "curate.note_unknown_kind": {
        "nb": "Endring {change}: ukjent type {kind}, hoppet over.",
        "en": "Change {change}: unknown kind {kind}, skipped.",
    },
}

"""Checks `consistency` and `conversion`: what schemas cannot express. Stated conversions
agree with their stated rate, computed values are what the rate gives, figures use their
metric's unit, stakes add up, country codes exist, dates have their stated precision."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from ..currency import round_to_unit
from ..publish.paths import relative_path
from ..spec import TABLES, Table
from ..spec.vocabularies import period_bounds
from .context import Context
from .findings import Finding

CURRENCY_COLUMNS = {"EUR": "eur", "USD": "usd", "RUB": "rub"}
SYMBOLS = {"EUR": "€", "USD": "US$", "RUB": "RUB "}


@dataclass(frozen=True)
class Problem:
    """A disagreement, placed in a table, row and column."""

    table: str
    row: int
    column: str
    message: str


def precision_step(value: int) -> int:
    """The unit of the last significant digit a whole number is written with:
    141500000000 -> 100000000 (141.5 billion is written to the tenth of a billion)."""
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    return step


def _money(currency: str, value: Decimal | int) -> str:
    return f"{SYMBOLS[currency]}{Decimal(value):,.0f}"


def _value(row: pd.Series, column: str) -> int | None:
    value = row[column]
    return None if pd.isna(value) else int(value)


def _stated_pair(
    name: str, position: int, row: pd.Series, stated: dict[str, int], quote: str, rate: Decimal
) -> list[Problem]:
    """A euro value and its foreign twin, both printed, agree with the rate at the precision
    of the converted one."""
    if "EUR" not in stated or quote not in stated:
        return []
    if row["original_currency"] == "EUR":
        target, expected = quote, Decimal(stated["EUR"]) * rate
        how = f"{_money('EUR', stated['EUR'])} × {rate}"
    else:
        target, expected = "EUR", Decimal(stated[quote]) / rate
        how = f"{_money(quote, stated[quote])} / {rate}"
    printed = stated[target]
    tolerance = Decimal(precision_step(printed)) / 2
    if abs(expected - printed) <= tolerance:
        return []
    message = (
        f"amount {name}: {how} = {_money(target, expected)}, but the report states "
        f"{_money(target, printed)} (they must agree within ±{_money(target, tolerance)}, the "
        "precision it is printed with)"
    )
    return [Problem("amounts", position, CURRENCY_COLUMNS[target], message)]


def _computed_values(
    name: str,
    position: int,
    stated: dict[str, int],
    computed: dict[str, int],
    rate_id: str,
    quote: str,
    rate: Decimal,
) -> list[Problem]:
    """Each computed value is exactly what the rate gives from the stated base value."""
    problems = []
    base = "EUR" if "EUR" in stated else next(iter(stated), None)
    for currency, value in computed.items():
        column = f"{CURRENCY_COLUMNS[currency]}_computed"
        if base is None or currency not in ("EUR", quote):
            message = f"amount {name}: {currency} cannot come from {rate_id}"
            problems.append(Problem("amounts", position, column, message))
            continue
        if base == "EUR":
            expected = round_to_unit(Decimal(stated["EUR"]) * rate)
        else:
            expected = round_to_unit(Decimal(stated[base]) / rate)
        if value != expected:
            message = (
                f"amount {name}: computed {currency} is {value:,}, the rate {rate_id} gives "
                f"{expected:,}"
            )
            problems.append(Problem("amounts", position, column, message))
    return problems


def check_conversions(amounts: pd.DataFrame, rates: pd.DataFrame) -> list[Problem]:
    """Every stated pair agrees with its stated rate at the precision it is printed with;
    every computed value is exactly what the rate gives; none is computed over a stated one."""
    by_id = {
        str(r.rate_id): (str(r.quote_currency), Decimal(str(r.rate)))
        for r in rates.itertuples(index=False)
    }
    problems: list[Problem] = []
    for position, (_, row) in enumerate(amounts.iterrows(), start=1):
        name = row["amount_id"]
        stated = {
            c: v for c, col in CURRENCY_COLUMNS.items() if (v := _value(row, col)) is not None
        }
        computed = {
            c: v
            for c, col in CURRENCY_COLUMNS.items()
            if (v := _value(row, f"{col}_computed")) is not None
        }
        for currency in sorted(set(stated) & set(computed)):
            message = f"amount {name}: {currency} is both stated and computed"
            column = f"{CURRENCY_COLUMNS[currency]}_computed"
            problems.append(Problem("amounts", position, column, message))
        rate_id = row["rate_id"]
        if pd.isna(rate_id):
            if len(stated) > 1 or computed:
                message = f"amount {name}: two currencies but no stated rate"
                problems.append(Problem("amounts", position, "rate_id", message))
            continue
        if rate_id not in by_id:
            continue  # the foreign-key check reports it
        quote, rate = by_id[rate_id]
        problems += _stated_pair(name, position, row, stated, quote, rate)
        problems += _computed_values(name, position, stated, computed, rate_id, quote, rate)
    return problems


def check_metric_units(figures: pd.DataFrame, metrics: pd.DataFrame) -> list[Problem]:
    """Each figure's unit is the unit its metric expects; each metric is used where declared."""
    expected = {str(m.metric): (str(m.applies_to), m.unit) for m in metrics.itertuples(index=False)}
    problems = []
    for position, (_, row) in enumerate(figures.iterrows(), start=1):
        declared = expected.get(str(row["metric"]))
        if declared is None:
            continue  # the foreign-key check reports it
        applies_to, unit = declared
        if applies_to != "figures" or str(row["unit"]) != str(unit):
            problems.append(
                Problem(
                    "figures",
                    position,
                    "unit",
                    f"figure {row['figure_id']}: unit {row['unit']}, metric {row['metric']} "
                    f"expects {unit} ({applies_to})",
                )
            )
    return problems


def check_ownership(ownership: pd.DataFrame) -> list[Problem]:
    """Current stakes in one company never exceed 100%, stated complements (50% + 1 share
    with 50% - 1 share) add up to 100%, and a majority holder leaves others under 50%."""
    problems: list[Problem] = []
    current = ownership[ownership["until"].isna()]
    for company, group in current.groupby("company_id", observed=True):
        stakes = group["stake"].dropna().astype(float)
        first_row = int(group.index[0]) + 1
        total = float(stakes.sum())
        extra = 1e-9 * int((group["qualifier"] == "plus_one_share").sum())
        if total + extra > 100 + 1e-9:
            problems.append(
                Problem(
                    "ownership",
                    first_row,
                    "stake",
                    f"stakes in {company} add up to {total:g}%, over 100%",
                )
            )
        plus = group[group["qualifier"] == "plus_one_share"]["stake"].dropna()
        minus = group[group["qualifier"] == "minus_one_share"]["stake"].dropna()
        if len(minus) and (len(plus) != 1 or float(plus.iloc[0] + minus.sum()) != 100):
            problems.append(
                Problem(
                    "ownership",
                    first_row,
                    "stake",
                    f"stakes in {company}: {', '.join(f'{v:g}% + 1 share' for v in plus)} and "
                    f"{', '.join(f'{v:g}% - 1 share' for v in minus)} do not add up to 100%",
                )
            )
        if (group["qualifier"] == "majority").any() and total >= 50:
            problems.append(
                Problem(
                    "ownership",
                    first_row,
                    "stake",
                    f"{company} has a majority holder but others hold {total:g}%",
                )
            )
    return problems


def check_codes(entities: pd.DataFrame, events: pd.DataFrame) -> list[Problem]:
    """Country codes are ISO 3166-1 alpha-2 codes that exist; subkinds belong to kinds."""
    import pycountry

    from ..spec.vocabularies import ENTITY_SUBKINDS

    problems: list[Problem] = []
    for table, frame in (("entities", entities), ("events", events)):
        for position, code in enumerate(frame["country"].tolist(), start=1):
            if not pd.isna(code) and pycountry.countries.get(alpha_2=str(code)) is None:
                problems.append(
                    Problem(
                        table,
                        position,
                        "country",
                        f"{code!r} is not an ISO 3166-1 alpha-2 country code",
                    )
                )
    for position, (kind, subkind) in enumerate(
        zip(entities["kind"], entities["subkind"], strict=True), start=1
    ):
        if str(subkind) not in ENTITY_SUBKINDS.get(str(kind), ()):
            problems.append(
                Problem(
                    "entities", position, "subkind", f"subkind {subkind} is not a subkind of {kind}"
                )
            )
    return problems


def check_attributes(entities: pd.DataFrame, attributes: pd.DataFrame) -> list[Problem]:
    """An organization or fund has the ownership type and sector `entity_attributes` states
    (ownership `unknown` where none is stated); other kinds have neither."""
    from ..spec.vocabularies import ENTITY_ATTRIBUTES, OWNED_KINDS

    stated = {
        (str(e), str(a)): str(v)
        for e, a, v in zip(
            attributes["entity_id"], attributes["attribute"], attributes["value"], strict=True
        )
    }
    problems: list[Problem] = []
    for position, row in enumerate(entities.itertuples(index=False), start=1):
        owned = str(row.kind) in OWNED_KINDS
        for column in ENTITY_ATTRIBUTES:
            have = getattr(row, column)
            have = None if pd.isna(have) else str(have)
            want = stated.get((str(row.entity_id), column))
            if column == "ownership_type" and owned and want is None:
                want = "unknown"
            if have != want:
                message = f"{column} is {have}, entity_attributes gives {want}"
                if not owned:
                    message = f"{column} is {have}, but a {row.kind} has none"
                problems.append(Problem("entities", position, column, message))
    return problems


def check_dates(events: pd.DataFrame) -> list[Problem]:
    """Each event's date has the precision its date_precision column says."""
    lengths = {"year": 4, "month": 7, "day": 10}
    problems = []
    for position, (date, precision) in enumerate(
        zip(events["date"], events["date_precision"], strict=True), start=1
    ):
        if len(str(date).split("/")[0]) != lengths.get(str(precision)):
            problems.append(
                Problem(
                    "events",
                    position,
                    "date_precision",
                    f"date {date} is not at {precision} precision",
                )
            )
    return problems


CITING_KINDS = ("citation", "ibid", "link")


def check_citing_notes(
    name: str, frame: pd.DataFrame, notes: dict[str, pd.DataFrame]
) -> list[Problem]:
    """A row's footnote, unless the evidence stands in the note itself, is a note that cites
    something: never a comment note nor an exchange-rate note."""
    problems = []
    for code in ("en", "fr"):
        rule, column = f"footnote_rule_{code}", f"footnote_{code}"
        if rule not in frame.columns or notes.get(code) is None:
            continue
        kinds = dict(
            zip(notes[code]["number"].tolist(), notes[code]["kind"].astype(str), strict=True)
        )
        pairs = zip(frame[column].tolist(), frame[rule].tolist(), strict=True)
        for position, (number, how) in enumerate(pairs, start=1):
            if pd.isna(number) or how == "in_footnote" or number not in kinds:
                continue
            if kinds[number] not in CITING_KINDS:
                message = (
                    f"{column} {number} is a {kinds[number]} note, which cites nothing (rule {how})"
                )
                problems.append(Problem(name, position, column, message))
    return problems


def check_typed_dates(table: Table, frame: pd.DataFrame) -> list[Problem]:
    """Each typed date is the first or last day of the ISO 8601 string it comes from."""
    problems = []
    for dates in table.typed_dates:
        rows = zip(
            *(frame[c].tolist() for c in (dates.first, dates.last, dates.start, dates.end)),
            strict=True,
        )
        for position, (first, last, start, end) in enumerate(rows, start=1):
            want_start = period_bounds(None if pd.isna(first) else str(first))[0]
            want_end = period_bounds(None if pd.isna(last) else str(last))[1]
            have = (None if pd.isna(start) else start.date(), None if pd.isna(end) else end.date())
            for column, got, want in (
                (dates.start, have[0], want_start),
                (dates.end, have[1], want_end),
            ):
                if got != want:
                    message = f"{column} is {got}, the period gives {want}"
                    problems.append(Problem(table.name, position, column, message))
    return problems


def check_consistency(ctx: Context) -> None:
    """Conversions, units, stakes, codes and dates across the tables as read."""
    frames = {t.name: ctx.frame(t.name) for t in TABLES}
    problems: list[Problem] = []
    notes = {code: frames[f"footnotes_{code}"] for code in ("en", "fr")}
    for table in TABLES:
        frame = frames[table.name]
        if frame is None:
            continue
        problems += check_citing_notes(table.name, frame, notes)
        problems += check_typed_dates(table, frame)
    checks = (
        (check_ownership, ("ownership",)),
        (check_codes, ("entities", "events")),
        (check_attributes, ("entities", "entity_attributes")),
        (check_dates, ("events",)),
        (check_conversions, ("amounts", "exchange_rates")),
        (check_metric_units, ("figures", "metrics")),
    )
    for check, needs in checks:
        if any(frames[name] is None for name in needs):
            continue
        problems += check(*(frames[name] for name in needs))
    for problem in problems:
        check = "conversion" if problem.table == "amounts" else "consistency"
        ctx.add(
            Finding(check, problem.message, table=problem.table,
                    file=relative_path(problem.table, "parquet"), row=problem.row,
                    column=problem.column)
        )  # fmt: skip

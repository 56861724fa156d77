"""The quantitative tables: amounts, figures, their metrics, and the completeness of numerals
(numerals and the exclusions that explain them)."""

from __future__ import annotations

from .columns import (
    Column,
    ForeignKey,
    PolymorphicKey,
    Table,
    TypedDates,
    edition_column,
    fact_columns,
    footnote_foreign_keys,
    line_column,
    provenance_columns,
    provenance_foreign_keys,
)
from .vocabularies import (
    CURRENCY_CODES,
    EXCLUSION_CATEGORIES,
    FIGURE_UNITS,
    NUMERAL_FORMS,
    RECORD_TABLES,
    SLUG,
)

QUANTITIES_TABLES: tuple[Table, ...] = (
    Table(
        name="amounts",
        title="Monetary facts",
        description="Every amount of money the report states, at full scale and exact, in "
        "each currency it states (the report converts dollars and rubles into euros), with "
        "the stated rate used and, where the report implies a conversion it does not print, "
        "the computed value flagged as computed.",
        columns=(
            Column("amount_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "entity_id",
                "string",
                "The entity the amount is about.",
                required=True,
                pattern=SLUG,
            ),
            Column("subject", "string", "Who or what the amount is about.", required=True),
            Column("metric", "string", "What is measured (metrics.metric).", required=True),
            Column(
                "eur", "integer", "Amount in euros as stated, full scale.", unit="EUR", minimum=0
            ),
            Column(
                "usd",
                "integer",
                "Amount in US dollars as stated, full scale.",
                unit="USD",
                minimum=0,
            ),
            Column(
                "rub", "integer", "Amount in rubles as stated, full scale.", unit="RUB", minimum=0
            ),
            Column(
                "original_currency",
                "category",
                "ISO 4217 code of the currency the "
                "amount was first given in (the one the report converts from).",
                enum=CURRENCY_CODES,
                required=True,
            ),
            Column(
                "rate_id",
                "string",
                "Stated rate linking the currencies (exchange_rates.rate_id).",
                pattern=SLUG,
            ),
            Column(
                "eur_computed",
                "integer",
                "Euros computed with the stated rate where the "
                "report prints none; never a stated value.",
                unit="EUR",
                minimum=0,
            ),
            Column(
                "usd_computed",
                "integer",
                "US dollars computed with the stated rate where the report prints none.",
                unit="USD",
                minimum=0,
            ),
            Column(
                "rub_computed",
                "integer",
                "Rubles computed with the stated rate where the report prints none.",
                unit="RUB",
                minimum=0,
            ),
            *fact_columns(),
            Column(
                "rate_footnote_en",
                "integer",
                "English exchange-rate note right after the evidence.",
                minimum=1,
            ),
            Column(
                "rate_footnote_fr",
                "integer",
                "French exchange-rate note right after the evidence.",
                minimum=1,
            ),
            *provenance_columns(),
        ),
        primary_key=("amount_id",),
        typed_dates=(TypedDates("period", "period"),),
        foreign_keys=(
            ForeignKey(("entity_id",), "entities", ("entity_id",)),
            ForeignKey(("metric",), "metrics", ("metric",)),
            ForeignKey(("rate_id",), "exchange_rates", ("rate_id",)),
            *footnote_foreign_keys("rate_footnote"),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="figures",
        title="Non-monetary quantities",
        description="Every count, percentage, ownership stake, multiple, capacity and "
        "target the report states, with unit, qualifier and period.",
        columns=(
            Column("figure_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "entity_id",
                "string",
                "The entity the figure is about.",
                required=True,
                pattern=SLUG,
            ),
            Column("subject", "string", "Who or what the figure is about.", required=True),
            Column("metric", "string", "What is measured (metrics.metric).", required=True),
            Column(
                "value",
                "number",
                "The value as stated, full scale (200 million is 200000000).",
                required=True,
                minimum=0,
            ),
            Column("value_max", "number", "Upper bound, for a range.", minimum=0),
            Column("unit", "category", "Unit of value.", enum=FIGURE_UNITS, required=True),
            *fact_columns(),
            *provenance_columns(),
        ),
        primary_key=("figure_id",),
        typed_dates=(TypedDates("period", "period"),),
        foreign_keys=(
            ForeignKey(("entity_id",), "entities", ("entity_id",)),
            ForeignKey(("metric",), "metrics", ("metric",)),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="metrics",
        title="Metrics",
        description="Controlled vocabulary of the metrics used by amounts and figures, with "
        "the unit each expects.",
        columns=(
            Column(
                "metric",
                "string",
                "Metric code.",
                required=True,
                unique=True,
                pattern=r"^[a-z][a-z0-9_]*$",
            ),
            Column(
                "applies_to",
                "category",
                "Table that uses it.",
                enum=("amounts", "figures"),
                required=True,
            ),
            Column(
                "unit",
                "category",
                "Unit a figure with this metric has (amounts: none, the currency columns say it).",
                enum=FIGURE_UNITS,
            ),
            Column("definition", "string", "What the metric measures.", required=True),
            Column(
                "facts", "integer", "How many amounts or figures use it.", required=True, minimum=1
            ),
        ),
        primary_key=("metric",),
    ),
    Table(
        name="exclusions",
        title="Numerals deliberately not captured",
        description="Rules and individual exclusions that explain the numerals of the "
        "report that are not quantitative facts (years, days, pages, names, enumerations, "
        "repetitions), each with its reason.",
        columns=(
            Column(
                "exclusion_id",
                "string",
                "Id: rule:<name> or span:<name>.",
                required=True,
                unique=True,
                pattern=r"^(rule|span):[a-z0-9-]+$",
            ),
            Column(
                "category",
                "category",
                "Kind of numeral excluded.",
                enum=EXCLUSION_CATEGORIES,
                required=True,
            ),
            Column("reason", "string", "Why it is not a fact.", required=True),
            Column("pattern", "string", "Regular expression of a rule."),
            Column("span_en", "string", "Span of the English edition it covers.", max_length=160),
            Column("span_fr", "string", "Span of the French edition it covers.", max_length=160),
            Column("numerals", "integer", "Numerals it covers.", required=True, minimum=1),
        ),
        primary_key=("exclusion_id",),
    ),
    Table(
        name="numerals",
        title="Every numeral of the report and what covers it",
        description="Completeness, checked by code: every numeral in the body, tables and "
        "footnotes of both editions, with the fact that captures it or the exclusion that "
        "explains it. The build refuses a numeral that neither covers.",
        columns=(
            edition_column(),
            line_column(
                "line", "Line of the body text or first line of the footnote", required=True
            ),
            Column(
                "char_offset",
                "integer",
                "Character offset in the plain text of that line or footnote.",
                required=True,
                minimum=0,
            ),
            Column(
                "footnote", "integer", "Footnote number, when the numeral is in one.", minimum=1
            ),
            Column("numeral", "string", "The numeral as printed.", required=True, max_length=40),
            Column(
                "form",
                "category",
                "digits, or the form of a number written in words: cardinal (two), ordinal "
                "(first), fraction (half), multiple (twice), magnitude (hundreds of thousands).",
                enum=NUMERAL_FORMS,
                required=True,
            ),
            Column(
                "value",
                "number",
                "The value it stands for, read with its edition's conventions (a magnitude "
                "gives its unit: hundreds of thousands = 100000); empty when digits do not "
                "read as one number.",
            ),
            Column(
                "status",
                "category",
                "How it is covered.",
                enum=("captured", "excluded"),
                required=True,
            ),
            Column(
                "record_table", "category", "Table of the capturing record.", enum=RECORD_TABLES
            ),
            Column("record_id", "string", "Id of the capturing record.", pattern=SLUG),
            Column(
                "exclusion_id",
                "string",
                "Exclusion that explains it.",
                pattern=r"^(rule|span):[a-z0-9-]+$",
            ),
        ),
        primary_key=("edition", "line", "char_offset"),
        foreign_keys=(ForeignKey(("exclusion_id",), "exclusions", ("exclusion_id",)),),
        polymorphic_keys=(
            PolymorphicKey(
                "record_table",
                "record_id",
                {"amounts": "amount_id", "figures": "figure_id", "exchange_rates": "rate_id"},
            ),
        ),
    ),
)

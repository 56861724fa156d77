"""Builder of `exchange_rates`: the three stated rates, with the ECB rate beside each."""

from __future__ import annotations

from decimal import Decimal

from .. import ecb
from ..derive.derived import Derived
from ..spec.vocabularies import period_precision
from .rows import Row


def exchange_rate_rows(derived: Derived) -> list[Row]:
    """One row per stated rate."""
    rows = []
    for stated in derived.rates:
        record, reference = stated.record, stated.reference
        en, fr = stated.locations["en"], stated.locations["fr"]
        rate = stated.rate
        rows.append(
            {
                "rate_id": record.rate_id,
                "base_currency": record.base_currency,
                "quote_currency": record.quote_currency,
                "rate": float(rate),
                "period": record.period,
                "period_precision": period_precision(record.period),
                "basis": record.basis,
                "section": en.section,
                "footnote_en": en.footnote,
                "footnote_fr": fr.footnote,
                "evidence_en": record.evidence_en,
                "evidence_fr": record.evidence_fr,
                "line_en": en.line,
                "line_fr": fr.line,
                "paragraph_en": en.paragraph,
                "paragraph_fr": fr.paragraph,
                "footnote_rule_en": en.rule,
                "footnote_rule_fr": fr.rule,
                "ecb_rate": float(reference.rate.quantize(Decimal("0.0001"))),
                "ecb_date_from": reference.date_from,
                "ecb_date_to": reference.date_to,
                "ecb_observations": reference.observations,
                "ecb_method": f"{reference.method}; {ecb.source_label()}",
                "deviation_pct": float(
                    ((rate - reference.rate) / reference.rate * 100).quantize(Decimal("0.001"))
                ),
            }
        )
    return rows

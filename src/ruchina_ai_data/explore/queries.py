"""Canned queries of the explorer: SQL over the published tables, shown by Datasette as
named pages with their parameters."""

from __future__ import annotations

ABOUT_ENTITY = """
select * from (
select 'relation' as record, r.relation_id as id,
       r.subject_id || ' ' || p.reading || ' ' || r.object_id as what,
       r.start_period as date, r.section, r.footnote_en, r.footnote_fr
  from relations r join predicates p on p.predicate = r.predicate
 where r.subject_id = :entity_id or r.object_id = :entity_id
union all
select 'event', e.event_id, e.description, e.date, e.section, e.footnote_en, e.footnote_fr
  from events e join event_actors a on a.event_id = e.event_id
 where a.entity_id = :entity_id
union all
select 'ownership', o.ownership_id,
       o.holder_id || ' owns ' || coalesce(o.stake || '%', 'a stake') || ' of ' || o.company_id,
       o.as_of, o.section, o.footnote_en, o.footnote_fr
  from ownership o
 where o.holder_id = :entity_id or o.company_id = :entity_id
union all
select 'amount', m.amount_id, m.subject, m.period, m.section, m.footnote_en, m.footnote_fr
  from amounts m where m.entity_id = :entity_id
union all
select 'figure', f.figure_id, f.subject, f.period, f.section, f.footnote_en, f.footnote_fr
  from figures f where f.entity_id = :entity_id
union all
select 'claim', c.claim_id, c.verb_class || ': ' || coalesce(c.note, ''), null, c.section,
       c.footnote_en, c.footnote_fr
  from claims c where c.source_id = :entity_id
)
order by date is null, date, record, id
"""

FACTS_WITH_FOOTNOTES = """
select f.figure_id as fact, 'figure' as kind, f.subject, f.value, f.unit,
       f.evidence_en, f.footnote_en, en.text as footnote_text_en,
       f.evidence_fr, f.footnote_fr, fr.text as footnote_text_fr
  from figures f
  left join footnotes_en en on en.number = f.footnote_en
  left join footnotes_fr fr on fr.number = f.footnote_fr
union all
select a.amount_id, 'amount', a.subject, coalesce(a.eur, a.eur_computed), 'EUR',
       a.evidence_en, a.footnote_en, en.text, a.evidence_fr, a.footnote_fr, fr.text
  from amounts a
  left join footnotes_en en on en.number = a.footnote_en
  left join footnotes_fr fr on fr.number = a.footnote_fr
order by fact
"""

TIMELINE = """
select substr(e.start_date, 1, 4) as year, count(*) as events,
       group_concat(e.event_id, ', ') as event_ids
  from events e
 where e.start_date is not null
 group by year
 order by year
"""

AMOUNTS_IN_EUROS = """
select a.amount_id, a.subject, a.entity_id, a.period,
       coalesce(a.eur, a.eur_computed) as eur,
       case when a.eur is not null then 'stated' else 'computed at the report''s rate' end
         as eur_source,
       a.original_currency, a.usd, a.rub, a.rate_id, a.qualifier, a.is_target
  from amounts a
 order by eur desc
"""

QUERIES: dict[str, dict[str, str]] = {
    "about_entity": {
        "title": "Everything about one entity",
        "description": "Relations, events, ownership, amounts, figures and claims that name "
        "an entity (its id, e.g. huawei, sberbank, ntechlab), with their footnotes.",
        "sql": ABOUT_ENTITY,
    },
    "facts_with_footnotes": {
        "title": "Every fact with its footnote text in both editions",
        "description": "Figures and amounts, their evidence spans and the text of the "
        "footnote that carries them in each edition.",
        "sql": FACTS_WITH_FOOTNOTES,
    },
    "timeline_by_year": {
        "title": "Timeline by year",
        "description": "How many dated events each year holds, and which.",
        "sql": TIMELINE,
    },
    "amounts_in_euros": {
        "title": "Amounts in euros at the report's rates",
        "description": "Every amount in euros: as stated, or computed at the rate the report "
        "states for its currency and year.",
        "sql": AMOUNTS_IN_EUROS,
    },
}

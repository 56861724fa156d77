"""The entity tables: entities and their spellings, relations and their predicates, ownership,
events and their actors, scenarios, and where the editions disagree."""

from __future__ import annotations

from .columns import (
    Column,
    ForeignKey,
    ListReference,
    PolymorphicKey,
    Table,
    TypedDates,
    date_bounds_columns,
    edition_column,
    line_column,
    provenance_columns,
    provenance_foreign_keys,
)
from .vocabularies import (
    ALL_SUBKINDS,
    DIFFERENCE_CATEGORIES,
    EDITIONS_PRESENT,
    ENTITY_KINDS,
    EVENT_KINDS,
    ISO_PERIOD,
    PREDICATES,
    SLUG,
    STAKE_QUALIFIERS,
)

ENTITIES_TABLES: tuple[Table, ...] = (
    Table(
        name="entities",
        title="Entities",
        description="Every named actor of the report (organizations, people, programs, laws, "
        "weapons systems, products, facilities, funds, recurring events, places) with kind, "
        "country, a one-line description in our own words, every spelling in each edition "
        "and where it is first mentioned.",
        columns=(
            Column(
                "entity_id",
                "string",
                "Stable id: slug of the canonical name.",
                required=True,
                unique=True,
                pattern=SLUG,
            ),
            Column(
                "name",
                "string",
                "Canonical name (English, as the report prints it).",
                required=True,
            ),
            Column("kind", "category", "Kind of entity.", enum=ENTITY_KINDS, required=True),
            Column(
                "subkind",
                "category",
                "Finer kind (the vocabulary depends on kind).",
                enum=ALL_SUBKINDS,
                required=True,
            ),
            Column(
                "country",
                "string",
                "ISO 3166-1 alpha-2 code, where the text makes it clear.",
                pattern=r"^[A-Z]{2}$",
            ),
            Column(
                "description", "string", "One line in our own words.", required=True, max_length=200
            ),
            Column("aliases_en", "string", "Spellings in the English edition, '; ' between."),
            Column("aliases_fr", "string", "Spellings in the French edition, '; ' between."),
            Column(
                "in_editions",
                "category",
                "Editions that name it.",
                enum=EDITIONS_PRESENT,
                required=True,
            ),
            Column(
                "mentions_en",
                "integer",
                "Occurrences of its English spellings.",
                required=True,
                minimum=0,
            ),
            Column(
                "mentions_fr",
                "integer",
                "Occurrences of its French spellings.",
                required=True,
                minimum=0,
            ),
            Column("section", "string", "Section of the first mention (English, else French)."),
            line_column("line_en", "First mention in the English edition"),
            line_column("line_fr", "First mention in the French edition"),
        ),
        primary_key=("entity_id",),
        foreign_keys=(ForeignKey(("section",), "sections", ("section",)),),
    ),
    Table(
        name="entity_aliases",
        title="Spellings of entities",
        description="Every spelling of every entity in each edition, with its number of "
        "occurrences; one spelling names one entity per edition.",
        columns=(
            edition_column(),
            Column("alias", "string", "The spelling, verbatim.", required=True),
            Column("entity_id", "string", "The entity it names.", required=True, pattern=SLUG),
            Column(
                "mentions",
                "integer",
                "Whole-word occurrences in the edition.",
                required=True,
                minimum=1,
            ),
            line_column("first_line", "First occurrence", required=True),
        ),
        primary_key=("edition", "alias"),
        foreign_keys=(ForeignKey(("entity_id",), "entities", ("entity_id",)),),
    ),
    Table(
        name="predicates",
        title="Relation predicates",
        description="Controlled vocabulary of relations between entities, with direction.",
        columns=(
            Column(
                "predicate",
                "string",
                "Predicate code.",
                required=True,
                unique=True,
                enum=PREDICATES,
            ),
            Column("reading", "string", "How subject -> object reads.", required=True),
            Column("inverse", "string", "How object -> subject reads.", required=True),
            Column("definition", "string", "What it means.", required=True),
            Column("relations", "integer", "Relations that use it.", required=True, minimum=0),
        ),
        primary_key=("predicate",),
    ),
    Table(
        name="relations",
        title="Relations between entities",
        description="Every stated relationship between two entities (ownership, roles, "
        "founding, partnerships, acquisitions, membership, drafting, investment, supply, "
        "use, sanctions...), with dates where stated and provenance in both editions.",
        columns=(
            Column("relation_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column("subject_id", "string", "Subject entity.", required=True, pattern=SLUG),
            Column(
                "predicate",
                "category",
                "Predicate (predicates.predicate).",
                enum=PREDICATES,
                required=True,
            ),
            Column("object_id", "string", "Object entity.", required=True, pattern=SLUG),
            Column("detail", "string", "Detail in our own words (a title, a stake)."),
            Column(
                "start", "string", "Start, ISO 8601 at the precision stated.", pattern=ISO_PERIOD
            ),
            Column("end", "string", "End, ISO 8601 at the precision stated.", pattern=ISO_PERIOD),
            Column("start_date", "date", "First day of start, as a date (2020-04: 2020-04-01)."),
            Column("end_date", "date", "Last day of end, as a date (2020-04: 2020-04-30)."),
            Column("note", "string", "Curator's note (differences between editions)."),
            *provenance_columns(),
        ),
        primary_key=("relation_id",),
        typed_dates=(TypedDates("start", "end"),),
        foreign_keys=(
            ForeignKey(("subject_id",), "entities", ("entity_id",)),
            ForeignKey(("object_id",), "entities", ("entity_id",)),
            ForeignKey(("predicate",), "predicates", ("predicate",)),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="ownership",
        title="Ownership stakes",
        description="One row per holder of each company the report gives shareholders for "
        "(the four profile tables and stakes stated in the text): stake, qualifier, dates, "
        "the figure that states it and provenance.",
        columns=(
            Column(
                "ownership_id",
                "string",
                "Id of the ownership relation.",
                required=True,
                unique=True,
                pattern=SLUG,
            ),
            Column("company_id", "string", "The company owned.", required=True, pattern=SLUG),
            Column("holder_id", "string", "The holder.", required=True, pattern=SLUG),
            Column(
                "stake",
                "number",
                "Stake in percent, where stated.",
                unit="percent",
                minimum=0,
                maximum=100,
            ),
            Column(
                "qualifier",
                "category",
                "How the stake is qualified.",
                enum=STAKE_QUALIFIERS,
                required=True,
            ),
            Column("as_of", "string", "Date the stake was acquired or stated.", pattern=ISO_PERIOD),
            Column("until", "string", "Date the stake ended, where stated.", pattern=ISO_PERIOD),
            Column("start_date", "date", "First day of as_of, as a date (2020-04: 2020-04-01)."),
            Column("end_date", "date", "Last day of until, as a date (2020-04: 2020-04-30)."),
            Column("figure_id", "string", "The figure stating the stake.", pattern=SLUG),
            Column("note", "string", "Note (a stake reportedly sold since...)."),
            *provenance_columns(),
        ),
        primary_key=("ownership_id",),
        typed_dates=(TypedDates("as_of", "until"),),
        foreign_keys=(
            ForeignKey(("ownership_id",), "relations", ("relation_id",)),
            ForeignKey(("company_id",), "entities", ("entity_id",)),
            ForeignKey(("holder_id",), "entities", ("entity_id",)),
            ForeignKey(("figure_id",), "figures", ("figure_id",)),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="events",
        title="Timeline",
        description="Every event the report dates, at the precision stated, with its "
        "actors; targets set for future years are events of kind target.",
        columns=(
            Column("event_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "date",
                "string",
                "ISO 8601 date, month, year or START/END interval.",
                required=True,
                pattern=ISO_PERIOD,
            ),
            Column(
                "date_precision",
                "category",
                "Precision of the (start) date.",
                enum=("year", "month", "day"),
                required=True,
            ),
            *date_bounds_columns("date"),
            Column(
                "kind",
                "category",
                "happened, target (set for the future) or period.",
                enum=EVENT_KINDS,
                required=True,
            ),
            Column(
                "actor_ids",
                "string",
                "Actors (entities.entity_id), '; ' between; long form in event_actors.",
            ),
            Column(
                "country",
                "string",
                "ISO 3166-1 alpha-2 code shared by the actors that have one.",
                pattern=r"^[A-Z]{2}$",
            ),
            Column(
                "description", "string", "One line in our own words.", required=True, max_length=200
            ),
            Column("note", "string", "Curator's note (differences between editions)."),
            *provenance_columns(),
        ),
        primary_key=("event_id",),
        typed_dates=(TypedDates("date", "date"),),
        foreign_keys=provenance_foreign_keys(),
        list_references=(ListReference("actor_ids", "entities", "entity_id"),),
    ),
    Table(
        name="event_actors",
        title="Actors of events",
        description="Long form of events.actor_ids: one row per event and actor.",
        columns=(
            Column("event_id", "string", "The event.", required=True, pattern=SLUG),
            Column("entity_id", "string", "An actor.", required=True, pattern=SLUG),
            Column(
                "position", "integer", "Order among the event's actors.", required=True, minimum=1
            ),
        ),
        primary_key=("event_id", "entity_id"),
        foreign_keys=(
            ForeignKey(("event_id",), "events", ("event_id",)),
            ForeignKey(("entity_id",), "entities", ("entity_id",)),
        ),
    ),
    Table(
        name="scenarios",
        title="Scenarios and recommendations",
        description="The report's three scenarios, with the one it judges most likely, and "
        "its four recommendations, each summarised in our own words.",
        columns=(
            Column("item_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "kind",
                "category",
                "scenario or recommendation.",
                enum=("scenario", "recommendation"),
                required=True,
            ),
            Column("number", "integer", "Number in the report.", required=True, minimum=1),
            Column("title_en", "string", "Title of a scenario (its section heading)."),
            Column("title_fr", "string", "French title of a scenario."),
            Column("addressee", "string", "Whom a recommendation addresses."),
            Column("most_likely", "boolean", "The scenario the report judges most likely."),
            Column("summary", "string", "Summary in our own words.", required=True, max_length=300),
            *provenance_columns(),
        ),
        primary_key=("item_id",),
        foreign_keys=provenance_foreign_keys(),
    ),
    Table(
        name="edition_differences",
        title="Where the French and English editions disagree",
        description="Every place where the editions disagree on a fact: a figure, clause, "
        "source, name or date present in one only or different, with both versions side by "
        "side. Found by comparing the aligned records of both editions, plus curated "
        "differences of wording.",
        columns=(
            Column(
                "difference_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG
            ),
            Column(
                "category",
                "category",
                "Kind of disagreement.",
                enum=DIFFERENCE_CATEGORIES,
                required=True,
            ),
            Column("record_table", "string", "Table of the record concerned."),
            Column("record_id", "string", "Record concerned."),
            Column(
                "version_en",
                "string",
                "What the English edition says (short span).",
                max_length=200,
            ),
            Column(
                "version_fr", "string", "What the French edition says (short span).", max_length=200
            ),
            Column("description", "string", "The disagreement, in our own words.", required=True),
            Column("section", "string", "Section."),
            line_column("line_en", "Line of the English version"),
            line_column("line_fr", "Line of the French version"),
        ),
        primary_key=("difference_id",),
        foreign_keys=(ForeignKey(("section",), "sections", ("section",)),),
        polymorphic_keys=(
            PolymorphicKey(
                "record_table",
                "record_id",
                {
                    "amounts": "amount_id",
                    "figures": "figure_id",
                    "relations": "relation_id",
                    "events": "event_id",
                    "entities": "entity_id",
                    "footnotes_en": "number",
                    "footnotes_fr": "number",
                },
            ),
        ),
    ),
)

"""The entity tables: entities and their spellings, relations and their predicates, ownership,
events and their actors, scenarios, and where the editions disagree."""

from __future__ import annotations

from .columns import (
    Column,
    ForeignKey,
    ListReference,
    PolymorphicKey,
    RecordList,
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
    CLAIM_VERBS,
    DIFFERENCE_CATEGORIES,
    EDITIONS_PRESENT,
    ENTITY_ATTRIBUTES,
    ENTITY_KINDS,
    EVENT_KINDS,
    ISO_PERIOD,
    OWNERSHIP_TYPES,
    PREDICATES,
    SECTORS,
    SLUG,
    STAKE_QUALIFIERS,
    STATEMENT_EXCLUSIONS,
    STATEMENT_KINDS,
    STATEMENT_STATUSES,
    TWIN_MATCHES,
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
                "ISO 3166-1 alpha-2 code, where the report states or clearly implies one "
                "country (datasets/NOTES.md says how).",
                pattern=r"^[A-Z]{2}$",
            ),
            Column(
                "ownership_type",
                "category",
                "Who owns an organization or fund, as the report states it (state, private, "
                "mixed; unknown where it does not say); empty for other kinds. Evidence in "
                "entity_attributes.",
                enum=OWNERSHIP_TYPES,
            ),
            Column(
                "sector",
                "category",
                "What an organization or fund does, where the report states it. Evidence in "
                "entity_attributes.",
                enum=SECTORS,
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
        name="entity_attributes",
        title="Stated attributes of organizations and funds",
        description="Who owns an organization or fund (ownership_type) and what it does "
        "(sector), one row per attribute the report states, with provenance in both "
        "editions; the entities table carries the values.",
        columns=(
            Column(
                "attribute_id",
                "string",
                "Stable id: the entity id and the attribute.",
                required=True,
                unique=True,
                pattern=SLUG,
            ),
            Column("entity_id", "string", "The organization or fund.", required=True, pattern=SLUG),
            Column(
                "attribute",
                "category",
                "What is stated: ownership_type or sector.",
                enum=tuple(ENTITY_ATTRIBUTES),
                required=True,
            ),
            Column(
                "value",
                "category",
                "The value stated (entities.ownership_type or entities.sector).",
                enum=tuple(sorted({v for vs in ENTITY_ATTRIBUTES.values() for v in vs})),
                required=True,
            ),
            *provenance_columns(),
        ),
        primary_key=("attribute_id",),
        foreign_keys=(
            ForeignKey(("entity_id",), "entities", ("entity_id",)),
            *provenance_foreign_keys(),
        ),
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
                "start_period",
                "string",
                "When it began, ISO 8601 at the precision stated (2020, 2020-04, 2020-04-23).",
                pattern=ISO_PERIOD,
            ),
            Column(
                "end_period",
                "string",
                "When it ended, ISO 8601 at the precision stated.",
                pattern=ISO_PERIOD,
            ),
            Column(
                "start_date", "date", "First day of start_period, as a date (2020-04: 2020-04-01)."
            ),
            Column("end_date", "date", "Last day of end_period, as a date (2020-04: 2020-04-30)."),
            Column("note", "string", "Curator's note (differences between editions)."),
            *provenance_columns(),
        ),
        primary_key=("relation_id",),
        typed_dates=(TypedDates("start_period", "end_period"),),
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
        name="claims",
        title="Claims: who says what",
        description="Every statement the report attributes to a source (an analyst, an outlet, "
        "an organisation, a company): the source, the class of its verb, the records the claim "
        "supports, and provenance in both editions. It separates the report's own findings "
        "from the sources it relays.",
        columns=(
            Column("claim_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column("source_id", "string", "Who makes the claim.", required=True, pattern=SLUG),
            Column(
                "verb_class",
                "category",
                "How the source puts it: argues (an opinion or analysis), reports (an "
                "account of events), estimates (a figure), states (a fact or an official "
                "statement), finds (a result of research), denies.",
                enum=CLAIM_VERBS,
                required=True,
            ),
            Column(
                "supports",
                "string",
                "Records the claim supports, '<table>:<id>', '; ' between (amounts, figures, "
                "relations, events).",
            ),
            Column("note", "string", "Curator's note."),
            *provenance_columns(),
        ),
        primary_key=("claim_id",),
        foreign_keys=(
            ForeignKey(("source_id",), "entities", ("entity_id",)),
            *provenance_foreign_keys(),
        ),
        record_lists=(
            RecordList(
                "supports",
                {
                    "amounts": "amount_id",
                    "figures": "figure_id",
                    "relations": "relation_id",
                    "events": "event_id",
                },
            ),
        ),  # fmt: skip
    ),
    Table(
        name="scenarios",
        title="Scenarios and recommendations",
        description="The report's three scenarios, with the one it judges most likely, its "
        "four recommendations, and the outlooks it sketches in passing (the two paths of the "
        "US-China rivalry, a China-India escalation, four developments of global security), "
        "each summarised in our own words.",
        columns=(
            Column("item_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "kind",
                "category",
                "scenario, recommendation or outlook (a development sketched in passing).",
                enum=("scenario", "recommendation", "outlook"),
                required=True,
            ),
            Column(
                "number",
                "integer",
                "Number in the report (an outlook: its order in its passage).",
                required=True,
                minimum=1,
            ),
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
                    "statements": "statement_id",
                    "claims": "claim_id",
                },
            ),
        ),
    ),
    Table(
        name="statements",
        title="Statements and what covers them",
        description="Every statement of the body of both editions (a sentence, a table cell or "
        "list item, a figure caption): where it stands, the entities it names, the records "
        "whose evidence lies in it, or why none is needed, and its twin(s) in the other "
        "edition. The build refuses a statement naming two or more entities that no record "
        "covers and no exclusion explains. The statement's text is not copied.",
        columns=(
            Column(
                "statement_id",
                "string",
                "Stable id: edition, section, paragraph and position (en-4.3-2-1).",
                required=True,
                unique=True,
                pattern=r"^(en|fr)-[a-z0-9.]+-\d+-\d+$",
            ),
            edition_column(),
            Column("section", "string", "Section.", required=True),
            Column(
                "paragraph",
                "integer",
                "Paragraph within its section (as paragraph_en/fr of the fact tables).",
                required=True,
                minimum=1,
            ),
            Column(
                "position", "integer", "Position within its paragraph.", required=True, minimum=1
            ),
            Column(
                "kind",
                "category",
                "sentence, table_cell (a sentence of a profile-table cell or list item) or "
                "caption.",
                enum=STATEMENT_KINDS,
                required=True,
            ),
            line_column("line", "Line where the statement starts", required=True),
            Column(
                "entity_ids",
                "string",
                "Entities it names (entities.entity_id), '; ' between, in order of mention.",
            ),
            Column(
                "entity_count", "integer", "How many entities it names.", required=True, minimum=0
            ),
            Column(
                "status",
                "category",
                "covered (records hold what it states), excluded (a reason says why no "
                "record is needed) or fewer_than_two_actors (no record, and it names fewer "
                "than two entities).",
                enum=STATEMENT_STATUSES,
                required=True,
            ),
            Column(
                "covered_by",
                "string",
                "Records whose evidence lies in it, '<table>:<id>', '; ' between.",
            ),
            Column(
                "exclusion",
                "category",
                "Why no record is needed: "
                + "; ".join(f"{k} ({v})" for k, v in STATEMENT_EXCLUSIONS.items())
                + ".",
                enum=tuple(STATEMENT_EXCLUSIONS),
            ),
            Column("exclusion_id", "string", "The curated exclusion.", pattern=SLUG),
            Column(
                "twin_ids",
                "string",
                "Its twin(s) in the other edition (statements.statement_id), '; ' between.",
            ),
            Column(
                "twin_match",
                "category",
                "one_to_one, split (one English statement, several French), merged, or no_twin "
                "(stated in this edition only: an edition difference).",
                enum=TWIN_MATCHES,
                required=True,
            ),
        ),
        primary_key=("statement_id",),
        foreign_keys=(ForeignKey(("section",), "sections", ("section",)),),
        list_references=(
            ListReference("entity_ids", "entities", "entity_id"),
            ListReference("twin_ids", "statements", "statement_id"),
        ),
        record_lists=(
            RecordList(
                "covered_by",
                {
                    "amounts": "amount_id",
                    "figures": "figure_id",
                    "relations": "relation_id",
                    "events": "event_id",
                    "claims": "claim_id",
                    "scenarios": "item_id",
                },
            ),
        ),  # fmt: skip
    ),
)

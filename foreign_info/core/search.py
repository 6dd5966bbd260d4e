"""Wagtail search that finds words of Chinese, Japanese, Khmer and Lao, on SQLite and PostgreSQL.

Wagtail's database backend (SQLite FTS5, PostgreSQL tsvector) splits text into terms at spaces and
punctuation, so a Khmer title such as "ប្រជាជនខេត្តមណ្ឌលគិរីស្វាគមន៍..." is one term and a search for one
of its words finds nothing. Both sides go through the same ICU word segmentation
(`foreign_info.core.words`):

- the index: `WordSegmentedIndex`, mixed into an indexed model, makes its search and autocomplete
  fields hand the backend their text with spaces between words (any backend, any path that
  indexes: saving, publishing, `update_index`), while `search_fields` stays the plain list Wagtail's
  checks compare with `Page.search_fields`;
- the query: `SearchBackend` (the `BACKEND` of `WAGTAILSEARCH_BACKENDS`) is Wagtail's database
  backend for the database in use, with every query string segmented the same way before Wagtail
  parses it, for every caller (the public search, the admin, the API).

A larger installation uses Elasticsearch/OpenSearch with the ICU analysis plugin instead (README,
"Search"); the segmented index text is harmless there.
"""

import functools

from modelsearch.backends import database
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText
from wagtail.search import index

from .words import words


def _segment_value(value):
    if isinstance(value, str):
        return words(value)
    if isinstance(value, list):
        return [_segment_value(item) for item in value]
    return value


class SegmentedSearchField(index.SearchField):
    def get_value(self, obj):
        return _segment_value(super().get_value(obj))


class SegmentedAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        return _segment_value(super().get_value(obj))


def segmented(search_fields):
    """The same search fields, whose text reaches the index cut into words."""
    result = []
    for field in search_fields:
        if type(field) is index.SearchField:
            field = SegmentedSearchField(field.field_name, boost=field.boost, **field.kwargs)
        elif type(field) is index.AutocompleteField:
            field = SegmentedAutocompleteField(field.field_name, **field.kwargs)
        elif isinstance(field, index.RelatedFields):
            field = index.RelatedFields(field.field_name, segmented(field.fields))
        result.append(field)
    return result


class WordSegmentedIndex:
    """Mixed into an indexed model (before Page or index.Indexed)."""

    @classmethod
    def get_search_fields(cls):
        return segmented(super().get_search_fields())


def segment_query(query):
    """A query (string or Wagtail query object) with its text cut into words like the index."""
    if isinstance(query, str):
        return words(query)
    if isinstance(query, PlainText):
        return PlainText(words(query.query_string), operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return Phrase(words(query.query_string))
    if isinstance(query, (And, Or)):
        return type(query)([segment_query(subquery) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(segment_query(query.subquery))
    if isinstance(query, Boost):
        return Boost(segment_query(query.subquery), query.boost)
    return query


class WordSegmentingBackend:
    """Mixed in before the database backend's class: every search and autocomplete query passes here."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(query_compiler_class, segment_query(query), model_or_queryset, **kwargs)


@functools.cache
def _segmenting(backend_class):
    return type(f"WordSegmenting{backend_class.__name__}", (WordSegmentingBackend, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Wagtail's database backend for the default database (SQLite, PostgreSQL...), segmenting queries."""
    backend_class = type(database.SearchBackend(params))
    return _segmenting(backend_class)(params)

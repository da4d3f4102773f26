/// The JSON Schema (draft 2020-12) of `briefing.json`, published beside it as
/// `briefing.schema.json`. CI validates every built `briefing.json` against it.
enum BriefingSchema {
    static let json = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://github.com/sitegen/sitegen/briefing.schema.json",
  "title": "sitegen briefing",
  "description": "A briefing microsite's content as data: its articles' facts, people, tags, timeline, quotes and sources.",
  "type": "object",
  "required": ["$schema", "version", "generator", "site", "briefing", "articles", "people", "tags", "events", "timeline", "quotes", "sources"],
  "additionalProperties": false,
  "properties": {
    "$schema": {"type": "string", "format": "uri"},
    "version": {"const": 1},
    "generator": {"const": "sitegen"},
    "site": {
      "type": "object",
      "required": ["title", "base_url", "language"],
      "additionalProperties": false,
      "properties": {
        "title": {"type": "string"},
        "description": {"type": "string"},
        "base_url": {"type": "string", "format": "uri", "pattern": "^https?://.*/$"},
        "language": {"type": "string", "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},
        "author": {"type": "string"}
      }
    },
    "briefing": {
      "type": "object",
      "required": ["title", "key_points"],
      "additionalProperties": false,
      "properties": {
        "title": {"type": "string"},
        "summary": {"type": "string"},
        "key_points": {"type": "array", "items": {"type": "string"}},
        "latest_date": {"$ref": "#/$defs/day"}
      }
    },
    "articles": {
      "description": "Newest first.",
      "type": "array",
      "items": {
        "type": "object",
        "required": ["slug", "url", "title", "date", "tags", "people", "quotes", "events", "reading_minutes"],
        "additionalProperties": false,
        "properties": {
          "slug": {"$ref": "#/$defs/slug"},
          "url": {"type": "string", "format": "uri"},
          "title": {"type": "string", "minLength": 1},
          "date": {"$ref": "#/$defs/date"},
          "source": {"type": "string"},
          "source_url": {"type": "string", "pattern": "^https?://"},
          "section": {"type": "string"},
          "summary": {"type": "string"},
          "tags": {"type": "array", "items": {"type": "string"}},
          "people": {"type": "array", "items": {"type": "string"}},
          "quotes": {
            "type": "array",
            "items": {
              "type": "object", "required": ["text"], "additionalProperties": false,
              "properties": {"speaker": {"type": "string"}, "text": {"type": "string"}}
            }
          },
          "events": {
            "type": "array",
            "items": {
              "type": "object", "required": ["date", "text", "planned"], "additionalProperties": false,
              "properties": {
                "date": {"$ref": "#/$defs/date"}, "text": {"type": "string"}, "planned": {"type": "boolean"},
                "sentence": {"type": "string"}, "found_in_text": {"type": "boolean"}
              }
            }
          },
          "reading_minutes": {"type": "integer", "minimum": 1}
        }
      }
    },
    "people": {"type": "array", "items": {"$ref": "#/$defs/term"}},
    "tags": {"type": "array", "items": {"$ref": "#/$defs/term"}},
    "events": {
      "description": "The story's events by date, each merged across the articles that report it: the first report first.",
      "type": "array",
      "items": {
        "type": "object", "required": ["date", "text", "planned", "reported_by"], "additionalProperties": false,
        "properties": {
          "date": {"$ref": "#/$defs/date"},
          "text": {"type": "string"},
          "planned": {"type": "boolean", "description": "Announced, and no article reports it done."},
          "reported_by": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/slug"}}
        }
      }
    },
    "timeline": {
      "description": "Oldest first: articles' publication and the events that happened (planned ones are in events).",
      "type": "array",
      "items": {
        "type": "object", "required": ["date", "kind", "text", "article"], "additionalProperties": false,
        "properties": {
          "date": {"$ref": "#/$defs/date"},
          "kind": {"enum": ["article", "event"]},
          "text": {"type": "string"},
          "article": {"$ref": "#/$defs/slug"}
        }
      }
    },
    "quotes": {
      "description": "By speaker, the most quoted first; quotes without a speaker last.",
      "type": "array",
      "items": {
        "type": "object", "required": ["quotes"], "additionalProperties": false,
        "properties": {
          "speaker": {"type": "string"},
          "quotes": {
            "type": "array",
            "items": {
              "type": "object", "required": ["text", "article", "repeated_in"], "additionalProperties": false,
              "properties": {
                "text": {"type": "string"},
                "article": {"description": "The article that reported it first.", "$ref": "#/$defs/slug"},
                "repeated_in": {"description": "Later articles that print it again.", "type": "array", "items": {"$ref": "#/$defs/slug"}}
              }
            }
          }
        }
      }
    },
    "sources": {
      "description": "By outlet, with its articles (oldest first) and its coverage of the story's events.",
      "type": "array",
      "items": {
        "type": "object", "required": ["name", "articles", "events_reported", "reported_first"], "additionalProperties": false,
        "properties": {
          "name": {"type": "string"},
          "articles": {"type": "array", "items": {"$ref": "#/$defs/slug"}},
          "events_reported": {"description": "Events its articles report.", "type": "integer", "minimum": 0},
          "reported_first": {"description": "Events it reported before any other outlet.", "type": "integer", "minimum": 0}
        }
      }
    }
  },
  "$defs": {
    "slug": {"type": "string", "minLength": 1},
    "day": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
    "date": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?$"},
    "term": {
      "type": "object", "required": ["name", "slug", "url", "articles"], "additionalProperties": false,
      "properties": {
        "name": {"type": "string"},
        "slug": {"$ref": "#/$defs/slug"},
        "url": {"type": "string", "format": "uri"},
        "role": {"type": "string"},
        "articles": {"type": "array", "items": {"$ref": "#/$defs/slug"}}
      }
    }
  }
}

"""#
}

// Generated from docs/openapi.yaml by scripts/build-openapi.ts; edit the YAML and rerun the script.

/** The OpenAPI 3.1 description of the feed function, served at `/api/openapi.json`. */
export const openApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "dropfeed",
    "version": "0.1.0",
    "summary": "Clean, classified articles as RSS, Atom, JSON Feed, a JSON API and small HTML pages.",
    "description": "Everything is read-only. Every path answers `GET` and `HEAD` (same headers, no body) and `OPTIONS`\n(a CORS preflight: 204 with `Access-Control-Allow-*` headers); any other method gets\n**405** with `Allow: GET, HEAD, OPTIONS` and the usual error body. Every response carries\n`Access-Control-Allow-Origin: *`.\n\nSuccessful responses have a strong `ETag` (one per content encoding), `Last-Modified` when the\ncontent has a date, `Cache-Control: public, max-age=300, stale-while-revalidate=600` and\n`Vary: Accept-Encoding`; bodies of 1 KiB or more are compressed with `br` or `gzip` when the\nclient accepts it. Conditional requests (`If-None-Match`, which wins, or `If-Modified-Since`)\nget **304** with no body. Error responses are `Cache-Control: no-store`.\n\nLists are newest first and paged with `limit` and an opaque `cursor` taken from another page:\n`next` (older articles) or `previous` (newer articles) in the JSON API, the RFC 5005 `next` and\n`previous` links in RSS and Atom, `next_url` in JSON Feed (which has no previous). Every feed\nalso links `self` (the URL exactly as requested) and `first` (the same URL without `cursor`).\nPages are built from the current content, so following `previous` after new articles arrived\ncan give a page that overlaps the one you came from.\n\nErrors have one body shape, `{\"error\": {\"code\", \"message\"}}` (see the `Error` schema). Besides\nthe ones listed per operation, any path may answer 400 `INVALID_PATH` (bad percent-encoding);\na path not listed here answers 404 `NOT_FOUND`; a failure on the server side is 500 `INTERNAL`.\n"
  },
  "tags": [
    {
      "name": "feeds",
      "description": "RSS 2.0, Atom 1.0 and JSON Feed 1.1"
    },
    {
      "name": "api",
      "description": "JSON API"
    },
    {
      "name": "pages",
      "description": "HTML pages (no JavaScript)"
    }
  ],
  "components": {
    "x-ok-headers": {
      "ETag": {
        "$ref": "#/components/headers/ETag"
      },
      "Last-Modified": {
        "$ref": "#/components/headers/LastModified"
      },
      "Cache-Control": {
        "$ref": "#/components/headers/CacheControl"
      },
      "Content-Encoding": {
        "$ref": "#/components/headers/ContentEncoding"
      }
    },
    "parameters": {
      "limit": {
        "name": "limit",
        "in": "query",
        "description": "Page size.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 50
        }
      },
      "cursor": {
        "name": "cursor",
        "in": "query",
        "description": "Opaque position and direction from another page: its `next` (older articles) or `previous`\n(newer articles), or the `cursor` of a feed's `next`/`previous` link. Absent means the first\n(newest) page. A cursor this service did not issue, or more than one `cursor`, is a 400\n`INVALID_CURSOR`.\n",
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,200}$"
        }
      },
      "topicSlug": {
        "name": "slug",
        "in": "path",
        "required": true,
        "description": "A topic slug, as listed by `/api/topics` (e.g. `world`, `sci-tech`). Every topic the model\ncan assign has a feed, empty until its first article.\n",
        "schema": {
          "$ref": "#/components/schemas/Slug"
        },
        "example": "world"
      },
      "entitySlug": {
        "name": "slug",
        "in": "path",
        "required": true,
        "description": "An entity slug, as listed by `/api/entities` (e.g. `vladimir-putin`). An entity no article\nnames yet has an empty feed, so it can be subscribed to before its first article.\n",
        "schema": {
          "$ref": "#/components/schemas/Slug"
        },
        "example": "vladimir-putin"
      },
      "articleId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The article's 24-digit hex id, or its full id `urn:dropfeed:article:<hex>`.",
        "schema": {
          "type": "string",
          "pattern": "^(?:urn:dropfeed:article:)?[0-9a-f]{24}$"
        },
        "example": "3f2a9c0d41b7e85a6c1d2e3f"
      },
      "ifNoneMatch": {
        "name": "If-None-Match",
        "in": "header",
        "description": "ETags from earlier responses (any encoding's ETag matches), or `*`; a match gives 304.",
        "schema": {
          "type": "string"
        }
      },
      "ifModifiedSince": {
        "name": "If-Modified-Since",
        "in": "header",
        "description": "HTTP date; ignored when `If-None-Match` is sent. Not modified since then gives 304.",
        "schema": {
          "type": "string"
        },
        "example": "Tue, 03 Mar 2026 10:00:00 GMT"
      }
    },
    "headers": {
      "ETag": {
        "description": "Strong validator over the body; ends in `-br` or `-gz` for compressed bodies.",
        "schema": {
          "type": "string"
        }
      },
      "LastModified": {
        "description": "Newest `updated` time among the articles shown; for an empty feed, that of the newest article of all (absent when there is none at all).",
        "schema": {
          "type": "string"
        }
      },
      "CacheControl": {
        "schema": {
          "type": "string",
          "example": "public, max-age=300, stale-while-revalidate=600"
        }
      },
      "ContentEncoding": {
        "description": "Present when the body is compressed (bodies of 1 KiB or more, per `Accept-Encoding`).",
        "schema": {
          "type": "string",
          "enum": [
            "br",
            "gzip"
          ]
        }
      }
    },
    "responses": {
      "RssFeed": {
        "description": "An RSS 2.0 feed with RFC 5005 paging links (`atom:link` with `rel` `self`, `first`, and\n`next`/`previous` when there are older/newer articles). Item authors are\n`dc:creator` (RSS `<author>` must be an email address, and only names are known).\n",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Last-Modified": {
            "$ref": "#/components/headers/LastModified"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          },
          "Content-Encoding": {
            "$ref": "#/components/headers/ContentEncoding"
          }
        },
        "content": {
          "application/rss+xml": {
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "AtomFeed": {
        "description": "An Atom 1.0 feed with RFC 5005 paging links (`self`, `first`, and `next`/`previous` when there are older/newer articles).",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Last-Modified": {
            "$ref": "#/components/headers/LastModified"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          },
          "Content-Encoding": {
            "$ref": "#/components/headers/ContentEncoding"
          }
        },
        "content": {
          "application/atom+xml": {
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "JsonFeed": {
        "description": "A JSON Feed 1.1 document (`next_url` when there are older articles; JSON Feed has no previous link).",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Last-Modified": {
            "$ref": "#/components/headers/LastModified"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          },
          "Content-Encoding": {
            "$ref": "#/components/headers/ContentEncoding"
          }
        },
        "content": {
          "application/feed+json": {
            "schema": {
              "type": "object",
              "required": [
                "version",
                "title",
                "items"
              ],
              "properties": {
                "version": {
                  "const": "https://jsonfeed.org/version/1.1"
                }
              }
            }
          }
        }
      },
      "HtmlPage": {
        "description": "An HTML5 page with feed autodiscovery links and no JavaScript.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Last-Modified": {
            "$ref": "#/components/headers/LastModified"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          },
          "Content-Encoding": {
            "$ref": "#/components/headers/ContentEncoding"
          }
        },
        "content": {
          "text/html": {
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "EntityAlias": {
        "description": "The slug is another name of an entity that has one feed under its canonical slug (`isis`,\n`isil` and `daesh` are sent to `islamic-state`; a name with the Arabic article inside it,\n`bashar-al-assad`, to the slug without it, `bashar-assad`); the same query string is kept.\n",
        "headers": {
          "Location": {
            "description": "The canonical feed's URL.",
            "schema": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      },
      "NotModified": {
        "description": "The client's copy is current (If-None-Match or If-Modified-Since matched); no body.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Last-Modified": {
            "$ref": "#/components/headers/LastModified"
          }
        }
      },
      "BadRequest": {
        "description": "A parameter is invalid: `INVALID_LIMIT`, `INVALID_CURSOR` (not issued here, or more than\none), `INVALID_FILTER` (bad slug, or both `topic` and `entity`), `INVALID_PATH` (bad\npercent-encoding).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "error": {
                "code": "INVALID_LIMIT",
                "message": "limit must be an integer from 1 to 100"
              }
            }
          }
        }
      },
      "FeedNotFound": {
        "description": "`FEED_NOT_FOUND`: the slug is none of the topics the model assigns; the message lists them.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "error": {
                "code": "FEED_NOT_FOUND",
                "message": "no topic \"weather\"; the topics are world, sports, business, sci-tech"
              }
            }
          }
        }
      },
      "ArticleNotFound": {
        "description": "`ARTICLE_NOT_FOUND`: the id is malformed or names no article.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "`NOT_FOUND`: no such path.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "MethodNotAllowed": {
        "description": "`METHOD_NOT_ALLOWED`: any method but GET, HEAD and OPTIONS.",
        "headers": {
          "Allow": {
            "schema": {
              "type": "string",
              "const": "GET, HEAD, OPTIONS"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "Slug": {
        "description": "A slug as `slugify` makes them, at most 80 characters: words joined by single hyphens, in\nlowercase ASCII letters and digits for names in Latin, Cyrillic or Greek letters, and in their\nown letters for names in other scripts (`陈立明`, `서울`, `محمد-بن-سلمان`; percent-encoded in a\nURL). The pattern is Unicode-aware. A value `slugify` would change (`World`, `café`, `a--b`) is\nno slug: in a feed path it is a 404 `NOT_FOUND`, as a filter a 400 `INVALID_FILTER`.\n",
        "type": "string",
        "maxLength": 80,
        "pattern": "^(?:[a-z0-9\\u30fc\\u3099\\u309a]|(?![\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{sc=Common}\\p{sc=Inherited}])[\\p{L}\\p{M}\\p{N}])+(?:-(?:[a-z0-9\\u30fc\\u3099\\u309a]|(?![\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{sc=Common}\\p{sc=Inherited}])[\\p{L}\\p{M}\\p{N}])+)*$"
      },
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "additionalProperties": false,
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "code",
              "message"
            ],
            "additionalProperties": false,
            "properties": {
              "code": {
                "type": "string",
                "description": "Stable, machine-readable.",
                "enum": [
                  "INVALID_LIMIT",
                  "INVALID_CURSOR",
                  "INVALID_FILTER",
                  "INVALID_PATH",
                  "FEED_NOT_FOUND",
                  "ARTICLE_NOT_FOUND",
                  "NOT_FOUND",
                  "METHOD_NOT_ALLOWED",
                  "INTERNAL"
                ]
              },
              "message": {
                "type": "string",
                "description": "For people; may change."
              }
            }
          }
        }
      },
      "EntitySet": {
        "type": "object",
        "required": [
          "people",
          "places",
          "organizations"
        ],
        "additionalProperties": false,
        "description": "Names, most salient first, one per entity: a known place or body as an article in another language than English writes it (\"Deutschland\"), else its canonical name.",
        "properties": {
          "people": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "places": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "organizations": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ApiArticle": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "key",
          "url",
          "sourceUrl",
          "title",
          "published",
          "updated",
          "author",
          "source",
          "summary",
          "body",
          "bodyHtml",
          "wordCount",
          "language",
          "topic",
          "topicSlug",
          "topicConfidence",
          "entities",
          "entitySlugs",
          "keywords",
          "format"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^urn:dropfeed:article:[0-9a-f]{24}$",
            "description": "Stable for a given object key."
          },
          "key": {
            "type": "string",
            "description": "The object key the article came from."
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "The article's HTML page."
          },
          "sourceUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "The canonical URL the source document names for itself."
          },
          "title": {
            "type": "string"
          },
          "published": {
            "type": [
              "string",
              "null"
            ],
            "description": "ISO 8601 as the source gives it: `YYYY-MM-DD`, or a date-time with offset."
          },
          "updated": {
            "type": "string",
            "format": "date-time",
            "description": "Last-modified time of the object version the article was built from."
          },
          "author": {
            "type": [
              "string",
              "null"
            ],
            "description": "A person's name."
          },
          "source": {
            "type": [
              "string",
              "null"
            ],
            "description": "The site or publication, where the source states it."
          },
          "summary": {
            "type": "string",
            "description": "The lead, sentence-aligned, about 300 characters at most."
          },
          "body": {
            "type": "string",
            "description": "Plain text, paragraphs separated by one blank line."
          },
          "bodyHtml": {
            "type": [
              "string",
              "null"
            ],
            "description": "Sanitized HTML body; null when the input had no markup."
          },
          "wordCount": {
            "type": "integer",
            "minimum": 0
          },
          "language": {
            "type": "string",
            "description": "ISO 639-1 code (`nb` or `nn` for Norwegian), the ISO 639-3 code of a language that has no two-letter one (`ceb`), or `und` when the text is too short to tell.",
            "pattern": "^(?:[a-z]{2,3}|und)$"
          },
          "topic": {
            "type": "string",
            "description": "Topic label as the model names it (e.g. `Sci/Tech`)."
          },
          "topicSlug": {
            "type": "string",
            "description": "Slug of `topic`, for `/topics/{slug}/feed.*`."
          },
          "topicConfidence": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "entities": {
            "$ref": "#/components/schemas/EntitySet"
          },
          "entitySlugs": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "description": "Each name in `entities` → the slug of its feed, for `/entities/{slug}/feed.*`; a name written in the article's language shares its canonical name's feed (\"Deutschland\" → `germany`). Names with no slug (no ASCII letter or digit) are left out."
          },
          "keywords": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "format": {
            "type": "string",
            "enum": [
              "text",
              "html",
              "markdown"
            ],
            "description": "The kind of file the article came from."
          }
        }
      },
      "ArticleList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "articles",
          "next",
          "nextUrl",
          "previous",
          "previousUrl"
        ],
        "properties": {
          "articles": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ApiArticle"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor for the next (older) page; null on the last page."
          },
          "nextUrl": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "description": "This request with `cursor` set to `next`."
          },
          "previous": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor for the previous (newer) page; null on the first page and whenever nothing is newer."
          },
          "previousUrl": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "description": "This request with `cursor` set to `previous`."
          }
        }
      },
      "FeedUrls": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "atom",
          "rss",
          "json"
        ],
        "description": "The facet's feed in each format.",
        "properties": {
          "atom": {
            "type": "string",
            "format": "uri",
            "example": "https://feeds.example/topics/world/feed.atom"
          },
          "rss": {
            "type": "string",
            "format": "uri",
            "example": "https://feeds.example/topics/world/feed.rss"
          },
          "json": {
            "type": "string",
            "format": "uri",
            "example": "https://feeds.example/topics/world/feed.json"
          }
        }
      },
      "FacetCount": {
        "type": "integer",
        "minimum": 0,
        "description": "How many stored articles are in the facet's feed now. Only topics are listed at 0 (every\ntopic the model assigns is listed); entities without articles are not.\n"
      },
      "TopicList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "topics"
        ],
        "properties": {
          "topics": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name",
                "slug",
                "count",
                "feedUrls"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "example": "Sci/Tech"
                },
                "slug": {
                  "type": "string",
                  "example": "sci-tech"
                },
                "count": {
                  "$ref": "#/components/schemas/FacetCount"
                },
                "feedUrls": {
                  "$ref": "#/components/schemas/FeedUrls"
                }
              }
            }
          }
        }
      },
      "EntityList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entities"
        ],
        "properties": {
          "entities": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name",
                "slug",
                "count",
                "feedUrls"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "example": "Vladimir Putin"
                },
                "slug": {
                  "type": "string",
                  "example": "vladimir-putin"
                },
                "category": {
                  "type": "string",
                  "enum": [
                    "people",
                    "places",
                    "organizations"
                  ]
                },
                "count": {
                  "$ref": "#/components/schemas/FacetCount"
                },
                "feedUrls": {
                  "$ref": "#/components/schemas/FeedUrls"
                }
              }
            }
          }
        }
      }
    }
  },
  "paths": {
    "/feed.rss": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getFeedRss",
        "summary": "Every article, as RSS 2.0",
        "parameters": [
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/RssFeed"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/feed.atom": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getFeedAtom",
        "summary": "Every article, as Atom 1.0",
        "parameters": [
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/AtomFeed"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/feed.json": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getFeedJson",
        "summary": "Every article, as JSON Feed 1.1",
        "parameters": [
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/JsonFeed"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/topics/{slug}/feed.rss": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getTopicFeedRss",
        "summary": "One topic, as RSS 2.0",
        "parameters": [
          {
            "$ref": "#/components/parameters/topicSlug"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/RssFeed"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/FeedNotFound"
          }
        }
      }
    },
    "/topics/{slug}/feed.atom": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getTopicFeedAtom",
        "summary": "One topic, as Atom 1.0",
        "parameters": [
          {
            "$ref": "#/components/parameters/topicSlug"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/AtomFeed"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/FeedNotFound"
          }
        }
      }
    },
    "/topics/{slug}/feed.json": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getTopicFeedJson",
        "summary": "One topic, as JSON Feed 1.1",
        "parameters": [
          {
            "$ref": "#/components/parameters/topicSlug"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/JsonFeed"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/FeedNotFound"
          }
        }
      }
    },
    "/entities/{slug}/feed.rss": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getEntityFeedRss",
        "summary": "One person, place or organization, as RSS 2.0",
        "parameters": [
          {
            "$ref": "#/components/parameters/entitySlug"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/RssFeed"
          },
          "301": {
            "$ref": "#/components/responses/EntityAlias"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/entities/{slug}/feed.atom": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getEntityFeedAtom",
        "summary": "One person, place or organization, as Atom 1.0",
        "parameters": [
          {
            "$ref": "#/components/parameters/entitySlug"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/AtomFeed"
          },
          "301": {
            "$ref": "#/components/responses/EntityAlias"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/entities/{slug}/feed.json": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getEntityFeedJson",
        "summary": "One person, place or organization, as JSON Feed 1.1",
        "parameters": [
          {
            "$ref": "#/components/parameters/entitySlug"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/JsonFeed"
          },
          "301": {
            "$ref": "#/components/responses/EntityAlias"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/api/articles": {
      "get": {
        "tags": [
          "api"
        ],
        "operationId": "listArticles",
        "summary": "Articles, newest first, optionally under one topic or entity",
        "description": "`topic` and `entity` are exclusive. An unknown slug gives an empty list, not a 404.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "name": "topic",
            "in": "query",
            "description": "Only articles under this topic (a slug from `/api/topics`).",
            "schema": {
              "$ref": "#/components/schemas/Slug"
            },
            "example": "world"
          },
          {
            "name": "entity",
            "in": "query",
            "description": "Only articles naming this person, place or organization (a slug from `/api/entities`; another name of an entity, such as `isis`, selects its canonical one, `islamic-state`).",
            "schema": {
              "$ref": "#/components/schemas/Slug"
            },
            "example": "vladimir-putin"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of articles.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Last-Modified": {
                "$ref": "#/components/headers/LastModified"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Encoding": {
                "$ref": "#/components/headers/ContentEncoding"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ArticleList"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/api/articles/{id}": {
      "get": {
        "tags": [
          "api"
        ],
        "operationId": "getArticle",
        "summary": "One article",
        "parameters": [
          {
            "$ref": "#/components/parameters/articleId"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "description": "The article.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Last-Modified": {
                "$ref": "#/components/headers/LastModified"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Encoding": {
                "$ref": "#/components/headers/ContentEncoding"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiArticle"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "404": {
            "$ref": "#/components/responses/ArticleNotFound"
          }
        }
      }
    },
    "/api/topics": {
      "get": {
        "tags": [
          "api"
        ],
        "operationId": "listTopics",
        "summary": "Every topic the model assigns, with its article count (0 before its first article) and feeds",
        "parameters": [
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          }
        ],
        "responses": {
          "200": {
            "description": "The topics.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Last-Modified": {
                "$ref": "#/components/headers/LastModified"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Encoding": {
                "$ref": "#/components/headers/ContentEncoding"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TopicList"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          }
        }
      }
    },
    "/api/entities": {
      "get": {
        "tags": [
          "api"
        ],
        "operationId": "listEntities",
        "summary": "Every person, place and organization that has articles, with its article count and feeds",
        "parameters": [
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          }
        ],
        "responses": {
          "200": {
            "description": "The entities.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Last-Modified": {
                "$ref": "#/components/headers/LastModified"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Encoding": {
                "$ref": "#/components/headers/ContentEncoding"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityList"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          }
        }
      }
    },
    "/api/openapi.json": {
      "get": {
        "tags": [
          "api"
        ],
        "operationId": "getOpenApi",
        "summary": "This document, as JSON",
        "parameters": [
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          }
        ],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Last-Modified": {
                "$ref": "#/components/headers/LastModified"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Encoding": {
                "$ref": "#/components/headers/ContentEncoding"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          }
        }
      }
    },
    "/": {
      "get": {
        "tags": [
          "pages"
        ],
        "operationId": "getIndexPage",
        "summary": "The index page",
        "description": "Newest articles (with links to newer and older pages), then every topic and, per category,\nthe entities with the most articles, each with its article count and links to its feeds.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/HtmlPage"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/index.html": {
      "get": {
        "tags": [
          "pages"
        ],
        "operationId": "getIndexHtml",
        "summary": "The index page (same as `/`)",
        "parameters": [
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/HtmlPage"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/articles/{id}": {
      "get": {
        "tags": [
          "pages"
        ],
        "operationId": "getArticlePage",
        "summary": "One article's HTML page",
        "parameters": [
          {
            "$ref": "#/components/parameters/articleId"
          },
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          },
          {
            "$ref": "#/components/parameters/ifModifiedSince"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/HtmlPage"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          },
          "404": {
            "$ref": "#/components/responses/ArticleNotFound"
          }
        }
      }
    },
    "/opml.xml": {
      "get": {
        "tags": [
          "feeds"
        ],
        "operationId": "getOpml",
        "summary": "Every topic feed (Atom) as an OPML 2.0 subscription list",
        "parameters": [
          {
            "$ref": "#/components/parameters/ifNoneMatch"
          }
        ],
        "responses": {
          "200": {
            "description": "The OPML document.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Last-Modified": {
                "$ref": "#/components/headers/LastModified"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Encoding": {
                "$ref": "#/components/headers/ContentEncoding"
              }
            },
            "content": {
              "text/x-opml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          }
        }
      }
    }
  }
};

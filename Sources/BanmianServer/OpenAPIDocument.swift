/// The OpenAPI 3.1 document of the JSON API, served at `/openapi.json`; `ServerTests` check every route against it.
enum OpenAPIDocument {
    static let json = #"""
{
  "components": {
    "schemas": {
      "Article": {
        "properties": {
          "bylines": {
            "items": {
              "properties": {
                "names": {
                  "items": {
                    "type": "string"
                  },
                  "type": "array"
                },
                "role": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              },
              "required": [
                "role",
                "names"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "continuedFrom": {
            "type": [
              "integer",
              "null"
            ]
          },
          "continuedOn": {
            "type": [
              "integer",
              "null"
            ]
          },
          "date": {
            "type": [
              "string",
              "null"
            ]
          },
          "dateline": {
            "type": [
              "string",
              "null"
            ]
          },
          "headline": {
            "type": [
              "string",
              "null"
            ]
          },
          "id": {
            "type": "string"
          },
          "issue": {
            "type": "string"
          },
          "kicker": {
            "type": [
              "string",
              "null"
            ]
          },
          "page": {
            "type": [
              "integer",
              "null"
            ]
          },
          "pageName": {
            "type": [
              "string",
              "null"
            ]
          },
          "paper": {
            "type": [
              "string",
              "null"
            ]
          },
          "sections": {
            "items": {
              "properties": {
                "heading": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "paragraphs": {
                  "items": {
                    "type": "string"
                  },
                  "type": "array"
                }
              },
              "required": [
                "heading",
                "paragraphs"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "story": {
            "items": {
              "type": "string"
            },
            "type": [
              "array",
              "null"
            ]
          },
          "subtitle": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "id",
          "kicker",
          "headline",
          "subtitle",
          "bylines",
          "dateline",
          "sections",
          "continuedOn",
          "continuedFrom",
          "issue",
          "paper",
          "date",
          "page",
          "pageName",
          "story"
        ],
        "type": "object"
      },
      "Error": {
        "properties": {
          "error": {
            "properties": {
              "code": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "code",
              "message"
            ],
            "type": "object"
          }
        },
        "required": [
          "error"
        ],
        "type": "object"
      },
      "Issue": {
        "properties": {
          "date": {
            "type": [
              "string",
              "null"
            ]
          },
          "id": {
            "type": "string"
          },
          "number": {
            "type": [
              "string",
              "null"
            ]
          },
          "pages": {
            "items": {
              "properties": {
                "articles": {
                  "items": {
                    "properties": {
                      "headline": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "id": {
                        "type": "string"
                      },
                      "zones": {
                        "items": {
                          "properties": {
                            "height": {
                              "type": "number"
                            },
                            "origin": {
                              "type": "string"
                            },
                            "page": {
                              "type": "integer"
                            },
                            "width": {
                              "type": "number"
                            },
                            "x": {
                              "type": "number"
                            },
                            "y": {
                              "type": "number"
                            }
                          },
                          "required": [
                            "page",
                            "origin",
                            "x",
                            "y",
                            "width",
                            "height"
                          ],
                          "type": "object"
                        },
                        "type": "array"
                      }
                    },
                    "required": [
                      "id",
                      "headline",
                      "zones"
                    ],
                    "type": "object"
                  },
                  "type": "array"
                },
                "height": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "id": {
                  "description": "The page's id: the issue's and the page's place in it (p2).",
                  "type": "string"
                },
                "image": {
                  "description": "The page picture's URL path (PNG, drawn from the PDF the archive kept); null when the page was read from text or page JSON.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "number": {
                  "type": [
                    "integer",
                    "null"
                  ]
                },
                "width": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              },
              "required": [
                "id",
                "number",
                "name",
                "width",
                "height",
                "image",
                "articles"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "paper": {
            "type": [
              "string",
              "null"
            ]
          },
          "stories": {
            "items": {
              "properties": {
                "headline": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "id": {
                  "type": "string"
                },
                "parts": {
                  "items": {
                    "type": "string"
                  },
                  "type": "array"
                }
              },
              "required": [
                "id",
                "headline",
                "parts"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "teasers": {
            "items": {
              "properties": {
                "page": {
                  "type": [
                    "integer",
                    "null"
                  ]
                },
                "target": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "targetPage": {
                  "type": [
                    "integer",
                    "null"
                  ]
                },
                "text": {
                  "type": "string"
                }
              },
              "required": [
                "text",
                "page",
                "targetPage",
                "target"
              ],
              "type": "object"
            },
            "type": "array"
          }
        },
        "required": [
          "id",
          "paper",
          "date",
          "number",
          "pages",
          "stories",
          "teasers"
        ],
        "type": "object"
      },
      "IssueList": {
        "properties": {
          "issues": {
            "items": {
              "properties": {
                "date": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "id": {
                  "type": "string"
                },
                "number": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "pages": {
                  "items": {
                    "properties": {
                      "name": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "number": {
                        "type": [
                          "integer",
                          "null"
                        ]
                      }
                    },
                    "required": [
                      "number",
                      "name"
                    ],
                    "type": "object"
                  },
                  "type": "array"
                },
                "paper": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              },
              "required": [
                "id",
                "paper",
                "date",
                "number",
                "pages"
              ],
              "type": "object"
            },
            "type": "array"
          }
        },
        "required": [
          "issues"
        ],
        "type": "object"
      },
      "SearchResults": {
        "properties": {
          "facets": {
            "properties": {
              "month": {
                "additionalProperties": {
                  "type": "integer"
                },
                "type": "object"
              },
              "page": {
                "additionalProperties": {
                  "type": "integer"
                },
                "type": "object"
              },
              "paper": {
                "additionalProperties": {
                  "type": "integer"
                },
                "type": "object"
              }
            },
            "required": [
              "paper",
              "month",
              "page"
            ],
            "type": "object"
          },
          "results": {
            "items": {
              "properties": {
                "article": {
                  "type": "string"
                },
                "date": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "headline": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "issue": {
                  "type": "string"
                },
                "page": {
                  "type": [
                    "integer",
                    "null"
                  ]
                },
                "pageName": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "paper": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "snippet": {
                  "type": "string"
                }
              },
              "required": [
                "article",
                "issue",
                "paper",
                "date",
                "page",
                "headline",
                "snippet"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "total": {
            "minimum": 0,
            "type": "integer"
          }
        },
        "required": [
          "total",
          "results",
          "facets"
        ],
        "type": "object"
      }
    }
  },
  "info": {
    "description": "Issues, pages, articles and stories of a Banmian archive, and Chinese full-text search (DESIGN.md, The reader and the API). Dates are YYYY-MM-DD; errors are {\"error\": {\"code\", \"message\"}}.",
    "title": "Banmian archive API",
    "version": "1"
  },
  "openapi": "3.1.0",
  "paths": {
    "/api/articles/{id}": {
      "get": {
        "operationId": "getArticle",
        "parameters": [
          {
            "description": "the article's id (paper-date-pN-aM)",
            "in": "path",
            "name": "id",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Article"
                }
              }
            },
            "description": "the article"
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "an unknown id or path"
          }
        },
        "summary": "An article as in the page JSON, with its issue, paper, date, page and story"
      }
    },
    "/api/issues": {
      "get": {
        "operationId": "listIssues",
        "parameters": [
          {
            "description": "only this paper, by its name as printed",
            "in": "query",
            "name": "paper",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "description": "only issues of this date or later",
            "in": "query",
            "name": "from",
            "required": false,
            "schema": {
              "example": "1998-01-02",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "type": "string"
            }
          },
          {
            "description": "only issues of this date or earlier",
            "in": "query",
            "name": "to",
            "required": false,
            "schema": {
              "example": "1998-01-02",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "type": "string"
            }
          },
          {
            "description": "how many issues (1-1000)",
            "in": "query",
            "name": "limit",
            "required": false,
            "schema": {
              "default": 100,
              "maximum": 1000,
              "minimum": 1,
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IssueList"
                }
              }
            },
            "description": "the issues"
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "a bad parameter or query"
          }
        },
        "summary": "Issues, newest first"
      }
    },
    "/api/issues/{id}": {
      "get": {
        "operationId": "getIssue",
        "parameters": [
          {
            "description": "the issue's id (paper-date)",
            "in": "path",
            "name": "id",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Issue"
                }
              }
            },
            "description": "the issue"
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "an unknown id or path"
          }
        },
        "summary": "An issue: its pages with their articles' zones, stories and teasers"
      }
    },
    "/api/search": {
      "get": {
        "operationId": "search",
        "parameters": [
          {
            "description": "words (all must occur), \"a phrase\", a OR b, -excluded, prefix*",
            "in": "query",
            "name": "q",
            "required": true,
            "schema": {
              "minLength": 1,
              "type": "string"
            }
          },
          {
            "description": "only issues of this date or later",
            "in": "query",
            "name": "from",
            "required": false,
            "schema": {
              "example": "1998-01-02",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "type": "string"
            }
          },
          {
            "description": "only issues of this date or earlier",
            "in": "query",
            "name": "to",
            "required": false,
            "schema": {
              "example": "1998-01-02",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "type": "string"
            }
          },
          {
            "description": "only this paper",
            "in": "query",
            "name": "paper",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "description": "only this page, by number or name",
            "in": "query",
            "name": "page",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "description": "results (1-100)",
            "in": "query",
            "name": "limit",
            "required": false,
            "schema": {
              "default": 20,
              "maximum": 100,
              "minimum": 1,
              "type": "integer"
            }
          },
          {
            "description": "results to skip (0-10000)",
            "in": "query",
            "name": "offset",
            "required": false,
            "schema": {
              "default": 0,
              "maximum": 10000,
              "minimum": 0,
              "type": "integer"
            }
          },
          {
            "description": "rank or date",
            "in": "query",
            "name": "sort",
            "required": false,
            "schema": {
              "default": "rank",
              "enum": [
                "rank",
                "date"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SearchResults"
                }
              }
            },
            "description": "the results"
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "a bad parameter or query"
          }
        },
        "summary": "Articles by their words"
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "openapi",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            },
            "description": "the OpenAPI document"
          }
        },
        "summary": "This document"
      }
    }
  }
}
"""#
}

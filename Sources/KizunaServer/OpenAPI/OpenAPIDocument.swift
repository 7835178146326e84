/// The OpenAPI 3.1 description of the REST API, served at `/api/v1/openapi.json`.
enum OpenAPIDocument {
    static let json: String = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Kizuna API",
            "version": "1.0.0",
            "summary": "Cyber threat-intelligence sharing for a public-private partnership.",
            "description": "Kizuna is a cyber threat-intelligence sharing hub for a public-private partnership of police and government, industry and academia. Everything shared is a STIX 2.1 object; this REST API manages members (organisations, users, API keys, sharing groups), shares STIX bundles, and reads, counts, exports and revokes shared objects.\n\n## Authentication\n\nEvery endpoint except `/health`, `/metrics` and `/api/v1/openapi.json` needs an API key, sent as `Authorization: Bearer kz_<12 hex>_<43 characters>`. A request that sends an `Authorization` header with a malformed, unknown, expired or revoked key is refused with 401 on every endpoint, public ones included.\n\n## Visibility rule\n\nA requesting organisation R may read object O when R owns O, or when R is in O's audience and O's TLP allows that audience. The rule is applied inside every query, so listings, counts, pagination and exports only ever contain readable objects. **An object the requester may not read does not exist for it: it answers 404, never 403.**\n\n* **TLP** comes from the object's `object_marking_refs` (TLP 1.0 and TLP 2.0 marking definitions are both understood; WHITE is CLEAR). An object without a TLP marking is treated as **TLP:AMBER**.\n* **Audience** is chosen when a bundle is shared (`POST /api/v1/bundles?audience=...`): `organisation` (the owner only), `group:<name>` (the members of one sharing group, which the owner must belong to), `community` (every member organisation of this instance) or `federation` (every member, and peer instances).\n* **Which TLP allows which audience:**\n\n| TLP | allowed audiences |\n| --- | --- |\n| CLEAR, GREEN | any: organisation, group, community, federation |\n| AMBER, AMBER+STRICT | organisation, group, community (never federated) |\n| RED | organisation, group (never community-wide, never federated) |\n\nAn object whose TLP does not allow the chosen audience is rejected with an error saying why; the rest of the bundle is still stored. Instance admins manage accounts, but reading shared objects follows the same rule for them; every read of TLP:AMBER, AMBER+STRICT or RED objects is written to the audit log.\n\n## Roles\n\n`reader` reads; `analyst` also shares and revokes; `org-admin` also manages its own organisation's users and keys; `admin` manages the instance (organisations, users, keys and sharing groups of everyone).\n\n## Errors\n\nEvery error answers a JSON body `{\"error\": <code>, \"detail\": <message>, \"path\": <field or parameter, or null>}`. Unknown query parameters and unknown request-body fields are refused with 400 rather than ignored."
          },
          "servers": [
            {
              "url": "/"
            }
          ],
          "security": [
            {
              "bearerAuth": []
            }
          ],
          "tags": [
            {
              "name": "system",
              "description": "Health, metrics, this document and the audit log."
            },
            {
              "name": "members",
              "description": "Organisations, users, API keys and sharing groups."
            },
            {
              "name": "objects",
              "description": "Sharing, reading, counting, exporting and revoking STIX objects."
            },
            {
              "name": "TAXII 2.1",
              "description": "The TAXII 2.1 server (OASIS). Collections map to audiences; every read follows the visibility rule."
            },
            {
              "name": "matching",
              "description": "Matching observables and observed-data against the indicators a member may read."
            },
            {
              "name": "formats",
              "description": "Exports to the tools defenders run (Suricata, Zeek, DNS RPZ, CSV, lists, STIX, MISP feeds) and imports from MISP, CSV and free text."
            }
          ],
          "paths": {
            "/health": {
              "get": {
                "operationId": "getHealth",
                "tags": [
                  "system"
                ],
                "summary": "Health check",
                "description": "Answers 200 when the server can reach its store, 503 when it cannot. Needs no API key.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The server and its store are up.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Health"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "503": {
                    "description": "The store cannot be reached.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Health"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/metrics": {
              "get": {
                "operationId": "getMetrics",
                "tags": [
                  "system"
                ],
                "summary": "Prometheus metrics",
                "description": "Prometheus text exposition format (`text/plain; version=0.0.4`): `kizuna_http_requests_total`, `kizuna_http_request_duration_seconds`, `kizuna_ingested_objects_total` and `kizuna_stored_object_versions`. Needs an instance admin key: the figures count every organisation's objects.",
                "responses": {
                  "200": {
                    "description": "The current metrics.",
                    "content": {
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "No or bad API key.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "403": {
                    "description": "The key is not an instance admin's.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/openapi.json": {
              "get": {
                "operationId": "getOpenAPIDocument",
                "tags": [
                  "system"
                ],
                "summary": "This OpenAPI document",
                "description": "The OpenAPI 3.1 description of the REST API. Needs no API key.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The OpenAPI document.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/audit": {
              "get": {
                "operationId": "listAuditEntries",
                "tags": [
                  "system"
                ],
                "summary": "Read the audit log",
                "description": "Up to 500 audit entries in sequence order: writes, revocations, reads and exports of restricted (TLP:AMBER, AMBER+STRICT, RED) objects, and administration. Admins only.",
                "parameters": [
                  {
                    "name": "after",
                    "in": "query",
                    "required": false,
                    "description": "Only entries with a sequence number greater than this (the last `sequence` of a previous answer).",
                    "schema": {
                      "type": "integer",
                      "format": "int64"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Audit entries, oldest first.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/AuditEntry"
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/me": {
              "get": {
                "operationId": "getMe",
                "tags": [
                  "members"
                ],
                "summary": "Who am I",
                "description": "The authenticated user, its organisation, the sharing groups the organisation belongs to, and the prefix of the API key used.",
                "responses": {
                  "200": {
                    "description": "The requester.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Me"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/organisations": {
              "get": {
                "operationId": "listOrganisations",
                "tags": [
                  "members"
                ],
                "summary": "List organisations",
                "description": "Every member organisation of this instance.",
                "responses": {
                  "200": {
                    "description": "The organisations.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Organisation"
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createOrganisation",
                "tags": [
                  "members"
                ],
                "summary": "Register an organisation",
                "description": "Registers a member organisation and creates the STIX `identity` object that represents it. Admins only. Names are unique (409 on a duplicate). The body is a JSON object of at most 64 KiB; an unknown field, a malformed body or a wrong type is a 400 naming the field (`$.<field>`).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewOrganisation"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new organisation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Organisation"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/organisations/{id}": {
              "get": {
                "operationId": "getOrganisation",
                "tags": [
                  "members"
                ],
                "summary": "Get an organisation",
                "description": "One organisation by its numeric id; an unknown or non-numeric id is a 404.",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "description": "The organisation's id.",
                    "schema": {
                      "type": "integer",
                      "format": "int64"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The organisation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Organisation"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/users": {
              "get": {
                "operationId": "listUsers",
                "tags": [
                  "members"
                ],
                "summary": "List users",
                "description": "Admins see every user, org-admins the users of their organisation, everyone else only themselves.",
                "responses": {
                  "200": {
                    "description": "The users visible to the requester.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/User"
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createUser",
                "tags": [
                  "members"
                ],
                "summary": "Add a user",
                "description": "Adds a user to an organisation (the requester's own when `organisation_id` is omitted). Admins add users anywhere; org-admins only to their own organisation and never with the `admin` role. User names are unique (409 on a duplicate); an unknown organisation is a 404. The body is a JSON object of at most 64 KiB; an unknown field, a malformed body or a wrong type is a 400 naming the field (`$.<field>`).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewUser"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/User"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/keys": {
              "get": {
                "operationId": "listKeys",
                "tags": [
                  "members"
                ],
                "summary": "List API keys",
                "description": "The keys the requester may see: its own, its organisation's for org-admins, every key for admins. Secrets are never shown; keys are identified by their public prefix.",
                "responses": {
                  "200": {
                    "description": "The keys.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/APIKey"
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createKey",
                "tags": [
                  "members"
                ],
                "summary": "Issue an API key",
                "description": "Issues a new key for a user (the requester itself when `user_id` is omitted). A user may issue keys for itself; org-admins for users of their organisation; admins for anyone. The full key is in the answer and is **shown only once**: only its prefix and a hash of its secret are stored. An unknown user is a 404; an expiry not in the future is a 400. The body is a JSON object of at most 64 KiB; an unknown field, a malformed body or a wrong type is a 400 naming the field (`$.<field>`).",
                "requestBody": {
                  "required": false,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewAPIKeyRequest"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new key, shown once.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NewAPIKey"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/keys/{prefix}": {
              "delete": {
                "operationId": "revokeKey",
                "tags": [
                  "members"
                ],
                "summary": "Revoke an API key",
                "description": "Revokes a key by its prefix, with or without the `kz_` in front. The same people who may issue the key may revoke it; a key the requester may not see is a 404.",
                "parameters": [
                  {
                    "name": "prefix",
                    "in": "path",
                    "required": true,
                    "description": "The key's public prefix: `kz_<12 hex>` or the 12 hex digits alone.",
                    "schema": {
                      "type": "string",
                      "pattern": "^(kz_)?[0-9a-f]{12}$",
                      "examples": [
                        "kz_3f9a0c1b2d4e"
                      ]
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "The key is revoked."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/groups": {
              "get": {
                "operationId": "listGroups",
                "tags": [
                  "members"
                ],
                "summary": "List sharing groups",
                "description": "Every sharing group, with its member organisations by name.",
                "responses": {
                  "200": {
                    "description": "The sharing groups.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/SharingGroup"
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createGroup",
                "tags": [
                  "members"
                ],
                "summary": "Create a sharing group",
                "description": "Creates a named set of organisations that objects can be shared with as audience `group:<name>`. Admins only. Names are unique (409 on a duplicate) and may not contain ':'; every member must name an existing organisation (400 otherwise). The body is a JSON object of at most 64 KiB; an unknown field, a malformed body or a wrong type is a 400 naming the field (`$.<field>`).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewSharingGroup"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new group.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SharingGroup"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/groups/{name}/members": {
              "put": {
                "operationId": "setGroupMembers",
                "tags": [
                  "members"
                ],
                "summary": "Replace a sharing group's members",
                "description": "Replaces the group's member organisations with the given list (an omitted list empties the group). Admins only. An unknown group is a 404; an unknown organisation a 400. The body is a JSON object of at most 64 KiB; an unknown field, a malformed body or a wrong type is a 400 naming the field (`$.<field>`).",
                "parameters": [
                  {
                    "name": "name",
                    "in": "path",
                    "required": true,
                    "description": "The group's name.",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "Financial sector"
                      ]
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/GroupMembers"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The group with its new members.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SharingGroup"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/bundles": {
              "post": {
                "operationId": "shareBundle",
                "tags": [
                  "objects"
                ],
                "summary": "Share a STIX bundle",
                "description": "Validates every object of a STIX 2.1 bundle and stores the valid ones as owned by the requester's organisation and shared with `audience`. Each object's TLP (from `object_marking_refs`, AMBER when unmarked) must allow the audience (see the visibility rule); objects that are invalid or whose TLP forbids the audience are rejected with errors naming the JSON path, and the rest are still stored. The answer has one result per submitted object, in bundle order, and is sent only after the stored objects are committed. Analysts, org-admins and admins only (403 for readers). A malformed bundle envelope, an unknown audience or a group the organisation does not belong to is a 400 and stores nothing; a body over the server's configured maximum is a 413.",
                "parameters": [
                  {
                    "name": "audience",
                    "in": "query",
                    "required": false,
                    "description": "Who the objects are shared with besides the owner: `organisation`, `group:<name>`, `community` or `federation` (`organization` is also understood).",
                    "schema": {
                      "type": "string",
                      "pattern": "^(organisation|organization|community|federation|group:.+)$",
                      "default": "organisation",
                      "examples": [
                        "community",
                        "group:Financial sector"
                      ]
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "A STIX 2.1 bundle.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/STIXBundle"
                      }
                    },
                    "application/stix+json": {
                      "schema": {
                        "$ref": "#/components/schemas/STIXBundle"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The bundle was processed; at least one object was not rejected (or the bundle was empty).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IngestResult"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Every object of the bundle was rejected; nothing was stored.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IngestResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/objects": {
              "get": {
                "operationId": "listObjects",
                "tags": [
                  "objects"
                ],
                "summary": "List readable objects",
                "description": "One page of the latest versions of the objects the requester may read that match every given filter, in the order they were stored, each in its envelope. Follow `next` as `cursor` until it is null. Reads of restricted objects are audited.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/TypeQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IdQuery"
                  },
                  {
                    "$ref": "#/components/parameters/OwnerQuery"
                  },
                  {
                    "$ref": "#/components/parameters/TlpQuery"
                  },
                  {
                    "$ref": "#/components/parameters/LabelQuery"
                  },
                  {
                    "$ref": "#/components/parameters/CreatedByRefQuery"
                  },
                  {
                    "$ref": "#/components/parameters/AddedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/ModifiedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/QQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IncludeRevokedQuery"
                  },
                  {
                    "$ref": "#/components/parameters/CursorQuery"
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Page size.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000,
                      "default": 100
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page of objects.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObjectPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/objects/{id}": {
              "get": {
                "operationId": "getObject",
                "tags": [
                  "objects"
                ],
                "summary": "Get an object",
                "description": "Versions of one object the requester may read. With `versions` = `last` (the default) or `first` the answer is the bare STIX object; with `all` or a timestamp it is a STIX bundle of the matching versions, oldest first. An object the requester may not read, or with no matching version, is a 404; an id that is not a STIX identifier is a 400. Reads of restricted objects are audited.",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "description": "The STIX identifier, `type--UUID`.",
                    "schema": {
                      "type": "string",
                      "pattern": "^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                      "examples": [
                        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"
                      ]
                    }
                  },
                  {
                    "name": "versions",
                    "in": "query",
                    "required": false,
                    "description": "Which versions: `last`, `first`, `all`, or the RFC 3339 `modified` timestamp of one version.",
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "enum": [
                            "last",
                            "first",
                            "all"
                          ]
                        },
                        {
                          "type": "string",
                          "format": "date-time"
                        }
                      ],
                      "default": "last"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The STIX object (`first`, `last`) or a bundle of versions (`all`, a timestamp).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "oneOf": [
                            {
                              "$ref": "#/components/schemas/STIXObject"
                            },
                            {
                              "$ref": "#/components/schemas/STIXBundle"
                            }
                          ]
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/objects/{id}/revoke": {
              "post": {
                "operationId": "revokeObject",
                "tags": [
                  "objects"
                ],
                "summary": "Revoke one's own object",
                "description": "Stores a new version of the object with `revoked: true` and a new `modified`, keeping its TLP and audience; revoking an already revoked object changes nothing. Only the organisation that shared the object may revoke it (403 for others who can read it, 404 for those who cannot), and only analysts, org-admins and admins (403 for readers). Objects without versions (SCOs) cannot be revoked (400). No request body.",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "description": "The STIX identifier, `type--UUID`.",
                    "schema": {
                      "type": "string",
                      "pattern": "^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The revoked version of the object.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/STIXObject"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/counts": {
              "get": {
                "operationId": "countObjects",
                "tags": [
                  "objects"
                ],
                "summary": "Count readable objects",
                "description": "How many objects (latest versions) the requester may read match every given filter, in total and per STIX type.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/TypeQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IdQuery"
                  },
                  {
                    "$ref": "#/components/parameters/OwnerQuery"
                  },
                  {
                    "$ref": "#/components/parameters/TlpQuery"
                  },
                  {
                    "$ref": "#/components/parameters/LabelQuery"
                  },
                  {
                    "$ref": "#/components/parameters/CreatedByRefQuery"
                  },
                  {
                    "$ref": "#/components/parameters/AddedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/ModifiedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/QQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IncludeRevokedQuery"
                  },
                  {
                    "$ref": "#/components/parameters/CursorQuery"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The counts.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Counts"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/taxii2": {
              "get": {
                "operationId": "taxiiDiscovery",
                "summary": "TAXII discovery",
                "description": "The TAXII 2.1 discovery resource: this server's one API root.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "Discovery.",
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                }
              }
            },
            "/taxii2/api": {
              "get": {
                "operationId": "taxiiApiRoot",
                "summary": "TAXII API root",
                "description": "The API root: versions and max_content_length.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "API root.",
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                }
              }
            },
            "/taxii2/api/status/{statusID}": {
              "get": {
                "operationId": "taxiiStatus",
                "summary": "TAXII status",
                "description": "The status of an earlier write, for the organisation that made it.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "Status.",
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "$ref": "#/components/schemas/TAXIIStatus"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "statusID",
                    "in": "path",
                    "required": true,
                    "description": "A status id from a POST objects answer.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/taxii2/api/collections": {
              "get": {
                "operationId": "taxiiCollections",
                "summary": "TAXII collections",
                "description": "The requester's collections: Community, one per sharing group it is in, its private collection, Advisories.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "Collections.",
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "collections": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/TAXIICollection"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                }
              }
            },
            "/taxii2/api/collections/{collectionID}": {
              "get": {
                "operationId": "taxiiCollection",
                "summary": "TAXII collection",
                "description": "One collection with can_read and can_write for the requester.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "Collection.",
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "$ref": "#/components/schemas/TAXIICollection"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "collectionID",
                    "in": "path",
                    "required": true,
                    "description": "A collection id from the collections listing.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/taxii2/api/collections/{collectionID}/objects": {
              "get": {
                "operationId": "taxiiGetObjects",
                "summary": "TAXII get objects",
                "description": "One page of the collection's objects the requester may read.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "An envelope.",
                    "headers": {
                      "X-TAXII-Date-Added-First": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "X-TAXII-Date-Added-Last": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "$ref": "#/components/schemas/TAXIIEnvelope"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/TAXIIBadRequest"
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "collectionID",
                    "in": "path",
                    "required": true,
                    "description": "A collection id from the collections listing.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Page size (default 100, at most 10000).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "next",
                    "in": "query",
                    "required": false,
                    "description": "The `next` token of the previous page of the same query.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "added_after",
                    "in": "query",
                    "required": false,
                    "description": "Only versions added after this RFC 3339 timestamp.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[id]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated object ids.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[type]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated object types.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[version]",
                    "in": "query",
                    "required": false,
                    "description": "last (default), first, all, or RFC 3339 timestamps; comma-separated.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[spec_version]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated STIX spec versions (2.1).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              },
              "post": {
                "operationId": "taxiiAddObjects",
                "summary": "TAXII add objects",
                "description": "Stores an envelope's objects with the collection's audience; answers a status resource.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "202": {
                    "description": "Status.",
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "$ref": "#/components/schemas/TAXIIStatus"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/TAXIIBadRequest"
                  },
                  "403": {
                    "$ref": "#/components/responses/TAXIIForbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/TAXIITooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/TAXIIUnsupportedMediaType"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "collectionID",
                    "in": "path",
                    "required": true,
                    "description": "A collection id from the collections listing.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/taxii+json;version=2.1": {
                      "schema": {
                        "$ref": "#/components/schemas/TAXIIEnvelope"
                      }
                    }
                  }
                }
              }
            },
            "/taxii2/api/collections/{collectionID}/objects/{objectID}": {
              "get": {
                "operationId": "taxiiGetObject",
                "summary": "TAXII get object",
                "description": "The object's versions in the collection (match[version], default last).",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "An envelope.",
                    "headers": {
                      "X-TAXII-Date-Added-First": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "X-TAXII-Date-Added-Last": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "$ref": "#/components/schemas/TAXIIEnvelope"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "collectionID",
                    "in": "path",
                    "required": true,
                    "description": "A collection id from the collections listing.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "objectID",
                    "in": "path",
                    "required": true,
                    "description": "A STIX object id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Page size (default 100, at most 10000).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "next",
                    "in": "query",
                    "required": false,
                    "description": "The `next` token of the previous page of the same query.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "added_after",
                    "in": "query",
                    "required": false,
                    "description": "Only versions added after this RFC 3339 timestamp.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[version]",
                    "in": "query",
                    "required": false,
                    "description": "last (default), first, all, or RFC 3339 timestamps; comma-separated.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[spec_version]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated STIX spec versions (2.1).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              },
              "delete": {
                "operationId": "taxiiDeleteObject",
                "summary": "TAXII delete object",
                "description": "Deletes the matching versions; only the organisation that shared the object.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "Deleted."
                  },
                  "403": {
                    "$ref": "#/components/responses/TAXIIForbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "collectionID",
                    "in": "path",
                    "required": true,
                    "description": "A collection id from the collections listing.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "objectID",
                    "in": "path",
                    "required": true,
                    "description": "A STIX object id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[version]",
                    "in": "query",
                    "required": false,
                    "description": "last (default), first, all, or RFC 3339 timestamps; comma-separated.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[spec_version]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated STIX spec versions (2.1).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/taxii2/api/collections/{collectionID}/objects/{objectID}/versions": {
              "get": {
                "operationId": "taxiiVersions",
                "summary": "TAXII object versions",
                "description": "The object's versions in the collection.",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "Versions.",
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "more": {
                              "type": "boolean"
                            },
                            "next": {
                              "type": "string"
                            },
                            "versions": {
                              "type": "array",
                              "items": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "collectionID",
                    "in": "path",
                    "required": true,
                    "description": "A collection id from the collections listing.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "objectID",
                    "in": "path",
                    "required": true,
                    "description": "A STIX object id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Page size (default 100, at most 10000).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "next",
                    "in": "query",
                    "required": false,
                    "description": "The `next` token of the previous page of the same query.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "added_after",
                    "in": "query",
                    "required": false,
                    "description": "Only versions added after this RFC 3339 timestamp.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[spec_version]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated STIX spec versions (2.1).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/taxii2/api/collections/{collectionID}/manifest": {
              "get": {
                "operationId": "taxiiManifest",
                "summary": "TAXII manifest",
                "description": "One page of manifest records (id, date_added, version, media_type).",
                "tags": [
                  "TAXII 2.1"
                ],
                "responses": {
                  "200": {
                    "description": "Manifest.",
                    "headers": {
                      "X-TAXII-Date-Added-First": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "X-TAXII-Date-Added-Last": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/taxii+json;version=2.1": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/TAXIINotFound"
                  },
                  "401": {
                    "$ref": "#/components/responses/TAXIIUnauthorized"
                  },
                  "406": {
                    "$ref": "#/components/responses/TAXIINotAcceptable"
                  }
                },
                "parameters": [
                  {
                    "name": "collectionID",
                    "in": "path",
                    "required": true,
                    "description": "A collection id from the collections listing.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Page size (default 100, at most 10000).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "next",
                    "in": "query",
                    "required": false,
                    "description": "The `next` token of the previous page of the same query.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "added_after",
                    "in": "query",
                    "required": false,
                    "description": "Only versions added after this RFC 3339 timestamp.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[id]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated object ids.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[type]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated object types.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[version]",
                    "in": "query",
                    "required": false,
                    "description": "last (default), first, all, or RFC 3339 timestamps; comma-separated.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "match[spec_version]",
                    "in": "query",
                    "required": false,
                    "description": "Comma-separated STIX spec versions (2.1).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/api/v1/match": {
              "post": {
                "operationId": "matchObservables",
                "tags": [
                  "matching"
                ],
                "summary": "Match observables or observed-data against indicators",
                "description": "Matches what a member saw against every active STIX indicator it may read (not revoked, within `valid_from`/`valid_until`). Give exactly one of:\n\n* `observables`: a list of `{type, value}` pairs (`ipv4-addr`, `ipv6-addr`, `domain-name`, `url`, `email-addr`, or a hash algorithm `md5`, `sha1`, `sha256`, `sha512`), whose values are refanged and put in canonical form (lowercase host without trailing dot, IDNA, URL canonical form, lowercase hex), or whole SCOs (`{\"type\": \"file\", \"name\": \"a.exe\"}`). Each observable is matched on its own.\n* `objects` (or `bundle` with `objects`): `observed-data` objects with the SCOs they reference, matched as one set with the STIX 2.1 patterning semantics, so patterns joining several observations (`AND`, `OR`, `FOLLOWEDBY`, `WITHIN`, `REPEATS`, `START`/`STOP`) match too.\n\nIndicators are found through a compiled index (hash tables, CIDR tries, domain suffixes) that follows new indicators, new versions, revocations and expiry without a restart; what it finds is read back with the visibility rule, so an indicator the requester may not read is never reported. With `record_sightings: true` (analysts and above), a STIX `sighting` of each matched indicator is stored, owned by the requester's organisation and shared with `audience`.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "observables": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                              "type": "object",
                              "required": [
                                "type"
                              ],
                              "properties": {
                                "type": {
                                  "type": "string",
                                  "examples": [
                                    "ipv4-addr",
                                    "domain-name",
                                    "sha256"
                                  ]
                                },
                                "value": {
                                  "type": "string"
                                }
                              },
                              "additionalProperties": true
                            }
                          },
                          "objects": {
                            "type": "array",
                            "items": {
                              "type": "object"
                            },
                            "description": "observed-data objects and the SCOs they reference (STIX 2.1 `object_refs` or STIX 2.0 `objects`)."
                          },
                          "bundle": {
                            "$ref": "#/components/schemas/STIXBundle"
                          },
                          "record_sightings": {
                            "type": "boolean",
                            "default": false
                          },
                          "audience": {
                            "type": "string",
                            "pattern": "^(organisation|organization|community|federation|group:.+)$",
                            "default": "organisation",
                            "description": "Who the recorded sightings are shared with; only with `record_sightings`."
                          }
                        }
                      },
                      "examples": {
                        "observables": {
                          "value": {
                            "observables": [
                              {
                                "type": "domain-name",
                                "value": "login-sakura-bank[.]example"
                              },
                              {
                                "type": "ipv4-addr",
                                "value": "198.51.100.7"
                              }
                            ]
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The readable indicators that matched, each with what matched it (`observables[i]`, or the ids of the observed-data that bound the pattern), and the ids of the sightings stored.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "matched",
                            "matches",
                            "sightings"
                          ],
                          "properties": {
                            "matched": {
                              "type": "integer",
                              "minimum": 0
                            },
                            "matches": {
                              "type": "array",
                              "items": {
                                "type": "object",
                                "required": [
                                  "indicator",
                                  "matched_by"
                                ],
                                "properties": {
                                  "indicator": {
                                    "type": "object",
                                    "required": [
                                      "id",
                                      "name",
                                      "tlp",
                                      "owner",
                                      "pattern"
                                    ],
                                    "properties": {
                                      "id": {
                                        "type": "string"
                                      },
                                      "name": {
                                        "type": [
                                          "string",
                                          "null"
                                        ]
                                      },
                                      "tlp": {
                                        "type": "string",
                                        "enum": [
                                          "clear",
                                          "green",
                                          "amber",
                                          "amber+strict",
                                          "red"
                                        ]
                                      },
                                      "owner": {
                                        "type": "integer",
                                        "description": "The id of the organisation whose copy matched."
                                      },
                                      "pattern": {
                                        "type": "string"
                                      }
                                    }
                                  },
                                  "matched_by": {
                                    "type": "array",
                                    "items": {
                                      "type": "string"
                                    }
                                  }
                                }
                              }
                            },
                            "sightings": {
                              "type": "array",
                              "items": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  }
                }
              }
            },
            "/api/v1/export/{format}": {
              "get": {
                "operationId": "exportFeed",
                "tags": [
                  "formats"
                ],
                "summary": "Export readable intelligence as a feed, a STIX bundle or a MISP feed",
                "description": "Streams, in constant memory, what the requester may read in a format defenders' tools load. The object filters are those of `GET /api/v1/objects`. Feed formats (`suricata`, `zeek`, `rpz`, `csv`, `text`) list the observables of **active indicators only** (not revoked, `valid_until` not passed) whose STIX pattern names them exactly: each entry alone satisfies its indicator's pattern (branches under `AND`, `FOLLOWEDBY` or qualifiers are left out), and each names its indicator id.\n\n* `suricata`: Suricata 7 rules. One rule per indicator for its IP addresses and networks (both directions); for each domain name a DNS query, a TLS SNI and an HTTP host rule; for each URL an HTTP host and URI rule; file hashes through `filemd5`/`filesha1`/`filesha256` rules that read `kizuna-file-md5.txt`, `kizuna-file-sha1.txt`, `kizuna-file-sha256.txt` from the rule directory (fetch each with `list=`). The message names the TLP, the indicator id and its name; signature ids are stable (derived from the indicator id, rule kind and value, from `sid_base`).\n* `zeek`: a Zeek Intel framework file (`Intel::ADDR`, `SUBNET`, `DOMAIN`, `URL`, `EMAIL`, `FILE_HASH`).\n* `rpz`: a DNS response-policy zone: each domain and its subdomains, IP triggers (`rpz-ip`) for addresses and networks, with the policy `action`.\n* `csv`: `indicator_id,type,value,tlp,name,valid_from,valid_until,labels`, one row per observable.\n* `text`: one value a line, of the one observable `type` given.\n* `stix`: a STIX 2.1 bundle of the latest versions of every readable object matching the filters (`type` filters object types here), leaving out expired indicators.\n* `misp-feed`: a tar archive of a MISP feed (`manifest.json`, one `<uuid>.json` event per readable report or grouping with its readable objects, events for readable indicators in no report, `hashes.csv`), which MISP and PyMISP load.\n\nExports of restricted (TLP:AMBER, AMBER+STRICT, RED) objects are audited.",
                "parameters": [
                  {
                    "name": "format",
                    "in": "path",
                    "required": true,
                    "description": "The export format; the same names as `kizuna export --format`.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "suricata",
                        "zeek",
                        "rpz",
                        "csv",
                        "text",
                        "stix",
                        "misp-feed"
                      ]
                    }
                  },
                  {
                    "$ref": "#/components/parameters/ExportTypeQuery"
                  },
                  {
                    "$ref": "#/components/parameters/SidBaseQuery"
                  },
                  {
                    "$ref": "#/components/parameters/SuricataListQuery"
                  },
                  {
                    "$ref": "#/components/parameters/RpzActionQuery"
                  },
                  {
                    "$ref": "#/components/parameters/RpzOriginQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IdQuery"
                  },
                  {
                    "$ref": "#/components/parameters/OwnerQuery"
                  },
                  {
                    "$ref": "#/components/parameters/TlpQuery"
                  },
                  {
                    "$ref": "#/components/parameters/LabelQuery"
                  },
                  {
                    "$ref": "#/components/parameters/CreatedByRefQuery"
                  },
                  {
                    "$ref": "#/components/parameters/AddedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/ModifiedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/QQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IncludeRevokedQuery"
                  }
                ],
                "responses": {
                  "200": {
                    "$ref": "#/components/responses/Export"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/export": {
              "get": {
                "operationId": "exportObjects",
                "tags": [
                  "formats"
                ],
                "summary": "Export (format as a query parameter)",
                "description": "The same as `GET /api/v1/export/{format}` with the format as `format` (default `stix`).",
                "parameters": [
                  {
                    "name": "format",
                    "in": "query",
                    "required": false,
                    "description": "The export format.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "suricata",
                        "zeek",
                        "rpz",
                        "csv",
                        "text",
                        "stix",
                        "misp-feed"
                      ],
                      "default": "stix"
                    }
                  },
                  {
                    "$ref": "#/components/parameters/ExportTypeQuery"
                  },
                  {
                    "$ref": "#/components/parameters/SidBaseQuery"
                  },
                  {
                    "$ref": "#/components/parameters/SuricataListQuery"
                  },
                  {
                    "$ref": "#/components/parameters/RpzActionQuery"
                  },
                  {
                    "$ref": "#/components/parameters/RpzOriginQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IdQuery"
                  },
                  {
                    "$ref": "#/components/parameters/OwnerQuery"
                  },
                  {
                    "$ref": "#/components/parameters/TlpQuery"
                  },
                  {
                    "$ref": "#/components/parameters/LabelQuery"
                  },
                  {
                    "$ref": "#/components/parameters/CreatedByRefQuery"
                  },
                  {
                    "$ref": "#/components/parameters/AddedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/ModifiedAfterQuery"
                  },
                  {
                    "$ref": "#/components/parameters/QQuery"
                  },
                  {
                    "$ref": "#/components/parameters/IncludeRevokedQuery"
                  }
                ],
                "responses": {
                  "200": {
                    "$ref": "#/components/responses/Export"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/import/{format}": {
              "post": {
                "operationId": "importContent",
                "tags": [
                  "formats"
                ],
                "summary": "Import MISP events, CSV or free text",
                "description": "Imports intelligence from where it already lives and reports, per item, what was created, skipped and why.\n\n* `misp`: a MISP event (`{\"Event\": …}`), a list of events or a search response (`{\"response\": [{\"Event\": …}]}`), converted to STIX 2.1 as MISP's own converter (misp-stix) does: attributes with `to_ids` become indicators, others observed-data; objects, TLP tags (markings), other tags (labels) and ATT&CK galaxies (attack patterns, malware, tools, intrusion sets with relationships). Ids come from the MISP uuids, so importing again changes nothing. Stored unless `mode=preview`.\n* `csv`: CSV (RFC 4180) with a column mapping `columns` (header names or 1-based numbers to observable types, or `auto`).\n* `text`: free text such as an advisory or an e-mail; observables are found, refanged (`hxxp`, `[.]`), normalised and de-duplicated.\n\nCSV and text are only previewed unless `mode=create`, which creates one STIX indicator per value (its id derived from the value) with the `tlp` marking. Values on a warning list (MISP warning lists the server was started with, and the built-in reserved and private IP ranges) are skipped unless `force=true`; the hits are reported. A malformed body is refused with the position of the fault, and nothing is stored. Storing needs the analyst role; the TLP/audience rule of `POST /api/v1/bundles` applies.",
                "parameters": [
                  {
                    "name": "format",
                    "in": "path",
                    "required": true,
                    "description": "What the body is.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "misp",
                        "csv",
                        "text"
                      ]
                    }
                  },
                  {
                    "name": "mode",
                    "in": "query",
                    "required": false,
                    "description": "`preview` reports what would be stored; `create` stores. Default: `create` for misp, `preview` for csv and text.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "preview",
                        "create"
                      ]
                    }
                  },
                  {
                    "name": "audience",
                    "in": "query",
                    "required": false,
                    "description": "Who may read what is created: `organisation`, `group:<name>`, `community` or `federation`.",
                    "schema": {
                      "type": "string",
                      "default": "organisation"
                    }
                  },
                  {
                    "name": "force",
                    "in": "query",
                    "required": false,
                    "description": "Import values on a warning list too.",
                    "schema": {
                      "type": "boolean",
                      "default": false
                    }
                  },
                  {
                    "name": "tlp",
                    "in": "query",
                    "required": false,
                    "description": "csv and text: the TLP of the indicators created.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "clear",
                        "green",
                        "amber",
                        "amber+strict",
                        "red"
                      ],
                      "default": "amber"
                    }
                  },
                  {
                    "name": "description",
                    "in": "query",
                    "required": false,
                    "description": "csv and text: the indicators' description.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "columns",
                    "in": "query",
                    "required": false,
                    "description": "csv: which columns hold what, e.g. `ip=ipv4-addr,domain=domain-name` or `3=url`, or `auto`.",
                    "schema": {
                      "type": "string",
                      "default": "auto"
                    }
                  },
                  {
                    "name": "header",
                    "in": "query",
                    "required": false,
                    "description": "csv: whether the first row names the columns.",
                    "schema": {
                      "type": "boolean",
                      "default": true
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object"
                      }
                    },
                    "text/csv": {
                      "schema": {
                        "type": "string"
                      }
                    },
                    "text/plain": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The report, one item per MISP attribute, object or galaxy cluster, or per observable found.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "description": "The body is larger than the server accepts."
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            }
          },
          "components": {
            "securitySchemes": {
              "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "kz_<12 hex>_<43 chars>",
                "description": "An API key: `Authorization: Bearer kz_<12 hex>_<43 chars>`."
              }
            },
            "schemas": {
              "Error": {
                "type": "object",
                "description": "The body of every error answer.",
                "required": [
                  "error",
                  "detail",
                  "path"
                ],
                "properties": {
                  "error": {
                    "type": "string",
                    "description": "A stable error code.",
                    "examples": [
                      "invalid-input",
                      "unauthenticated",
                      "forbidden",
                      "not-found",
                      "conflict",
                      "payload-too-large",
                      "internal"
                    ]
                  },
                  "detail": {
                    "type": "string",
                    "description": "What was wrong, for people."
                  },
                  "path": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The field (`$.name`) or query parameter concerned, when there is one."
                  }
                },
                "examples": [
                  {
                    "error": "invalid-input",
                    "detail": "'purple' is not a TLP level (clear, green, amber, amber+strict, red)",
                    "path": "tlp"
                  }
                ]
              },
              "Health": {
                "type": "object",
                "required": [
                  "status"
                ],
                "properties": {
                  "status": {
                    "type": "string",
                    "enum": [
                      "ok",
                      "unavailable"
                    ]
                  },
                  "detail": {
                    "type": "string",
                    "description": "Why the store is unavailable."
                  }
                }
              },
              "Sector": {
                "type": "string",
                "enum": [
                  "government",
                  "law-enforcement",
                  "finance",
                  "critical-infrastructure",
                  "security-vendor",
                  "isp",
                  "academia",
                  "other"
                ],
                "description": "The sector an organisation belongs to."
              },
              "Role": {
                "type": "string",
                "enum": [
                  "reader",
                  "analyst",
                  "org-admin",
                  "admin"
                ],
                "description": "`reader` reads; `analyst` also shares and revokes; `org-admin` also manages its organisation's users and keys; `admin` manages the instance."
              },
              "Organisation": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "sector",
                  "subsector",
                  "country",
                  "identity_id",
                  "created_at"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "name": {
                    "type": "string"
                  },
                  "sector": {
                    "$ref": "#/components/schemas/Sector"
                  },
                  "subsector": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "A finer classification, such as `energy`."
                  },
                  "country": {
                    "type": "string",
                    "pattern": "^[A-Z]{2}$",
                    "description": "ISO 3166-1 alpha-2 code."
                  },
                  "identity_id": {
                    "type": "string",
                    "description": "The STIX `identity` that represents the organisation.",
                    "pattern": "^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "examples": [
                      "2024-05-01T09:30:00.000Z"
                    ]
                  }
                }
              },
              "NewOrganisation": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name",
                  "sector",
                  "country"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "sector": {
                    "$ref": "#/components/schemas/Sector"
                  },
                  "subsector": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "country": {
                    "type": "string",
                    "pattern": "^[A-Z]{2}$",
                    "examples": [
                      "JP"
                    ]
                  }
                }
              },
              "User": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "email",
                  "role",
                  "organisation_id",
                  "created_at"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "name": {
                    "type": "string"
                  },
                  "email": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "organisation_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "examples": [
                      "2024-05-01T09:30:00.000Z"
                    ]
                  }
                }
              },
              "NewUser": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "email": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role",
                    "default": "analyst"
                  },
                  "organisation_id": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "Defaults to the requester's organisation."
                  }
                }
              },
              "APIKey": {
                "type": "object",
                "description": "A stored API key; its secret is never shown again.",
                "required": [
                  "prefix",
                  "user_id",
                  "label",
                  "created_at",
                  "expires_at",
                  "revoked_at",
                  "usable"
                ],
                "properties": {
                  "prefix": {
                    "type": "string",
                    "pattern": "^kz_[0-9a-f]{12}$"
                  },
                  "user_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "label": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "examples": [
                      "2024-05-01T09:30:00.000Z"
                    ]
                  },
                  "expires_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "revoked_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "usable": {
                    "type": "boolean",
                    "description": "Neither revoked nor expired."
                  }
                }
              },
              "NewAPIKeyRequest": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "user_id": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "Defaults to the requester."
                  },
                  "label": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "expires_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time",
                    "description": "An RFC 3339 UTC timestamp in the future; no expiry when omitted."
                  }
                }
              },
              "NewAPIKey": {
                "type": "object",
                "description": "A newly issued key. `key` is shown only in this answer: store it now.",
                "required": [
                  "prefix",
                  "key",
                  "user_id",
                  "note"
                ],
                "properties": {
                  "prefix": {
                    "type": "string",
                    "pattern": "^kz_[0-9a-f]{12}$"
                  },
                  "key": {
                    "type": "string",
                    "pattern": "^kz_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$",
                    "description": "The full key, for `Authorization: Bearer <key>`."
                  },
                  "user_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "note": {
                    "type": "string",
                    "examples": [
                      "store this key now: it is shown only once"
                    ]
                  }
                }
              },
              "SharingGroup": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "description",
                  "members",
                  "created_at"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "name": {
                    "type": "string"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "members": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "The member organisations' names."
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "examples": [
                      "2024-05-01T09:30:00.000Z"
                    ]
                  }
                }
              },
              "NewSharingGroup": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^:]+$"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "members": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Names of existing organisations."
                  }
                }
              },
              "GroupMembers": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "members": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Names of existing organisations; replaces the current members."
                  }
                }
              },
              "Me": {
                "type": "object",
                "required": [
                  "user",
                  "organisation",
                  "groups",
                  "key"
                ],
                "properties": {
                  "user": {
                    "$ref": "#/components/schemas/User"
                  },
                  "organisation": {
                    "$ref": "#/components/schemas/Organisation"
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SharingGroup"
                    },
                    "description": "The sharing groups the organisation belongs to."
                  },
                  "key": {
                    "type": "string",
                    "pattern": "^kz_[0-9a-f]{12}$",
                    "description": "The prefix of the key used."
                  }
                }
              },
              "Audience": {
                "type": "string",
                "pattern": "^(organisation|community|federation|group:.+)$",
                "description": "`organisation`, `group:<name>`, `community` or `federation`.",
                "examples": [
                  "group:Financial sector"
                ]
              },
              "TLP": {
                "type": "string",
                "enum": [
                  "clear",
                  "green",
                  "amber",
                  "amber+strict",
                  "red"
                ],
                "description": "The object's TLP level; AMBER when it has no TLP marking."
              },
              "STIXObject": {
                "type": "object",
                "description": "A STIX 2.1 object (SDO, SCO, SRO or marking definition), exactly as shared.",
                "required": [
                  "type",
                  "id"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "examples": [
                      "indicator"
                    ]
                  },
                  "id": {
                    "type": "string",
                    "pattern": "^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "spec_version": {
                    "type": "string",
                    "examples": [
                      "2.1"
                    ]
                  },
                  "created": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "modified": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "created_by_ref": {
                    "type": "string"
                  },
                  "revoked": {
                    "type": "boolean"
                  },
                  "labels": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "object_marking_refs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "TLP 1.0 or 2.0 marking-definition ids decide the TLP."
                  }
                },
                "additionalProperties": true
              },
              "STIXBundle": {
                "type": "object",
                "description": "A STIX 2.1 bundle.",
                "required": [
                  "type",
                  "objects"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "bundle"
                  },
                  "id": {
                    "type": "string",
                    "pattern": "^bundle--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "objects": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/STIXObject"
                    }
                  }
                }
              },
              "IngestSummary": {
                "type": "object",
                "description": "How many submitted objects ended in each status.",
                "required": [
                  "created",
                  "new-version",
                  "unchanged",
                  "rejected"
                ],
                "properties": {
                  "created": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "new-version": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "unchanged": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "rejected": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "ValidationError": {
                "type": "object",
                "required": [
                  "path",
                  "reason"
                ],
                "properties": {
                  "path": {
                    "type": "string",
                    "examples": [
                      "$.objects[3].object_marking_refs"
                    ]
                  },
                  "reason": {
                    "type": "string"
                  }
                }
              },
              "IngestObjectResult": {
                "type": "object",
                "required": [
                  "index",
                  "id",
                  "status"
                ],
                "properties": {
                  "index": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Position in the bundle's `objects`."
                  },
                  "id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The object's id, when it has one."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "created",
                      "new-version",
                      "unchanged",
                      "rejected"
                    ]
                  },
                  "errors": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ValidationError"
                    },
                    "description": "Why the object was rejected; present only for rejected objects."
                  }
                }
              },
              "IngestResult": {
                "type": "object",
                "required": [
                  "bundle_id",
                  "audience",
                  "summary",
                  "results"
                ],
                "properties": {
                  "bundle_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "audience": {
                    "$ref": "#/components/schemas/Audience"
                  },
                  "summary": {
                    "$ref": "#/components/schemas/IngestSummary"
                  },
                  "results": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/IngestObjectResult"
                    },
                    "description": "One result per submitted object, in bundle order."
                  }
                }
              },
              "ObjectItem": {
                "type": "object",
                "description": "A stored version of a STIX object in the platform's envelope.",
                "required": [
                  "sequence",
                  "date_added",
                  "owner",
                  "tlp",
                  "audience",
                  "object"
                ],
                "properties": {
                  "sequence": {
                    "type": "integer",
                    "format": "int64",
                    "description": "Strictly increasing storage order."
                  },
                  "date_added": {
                    "type": "string",
                    "format": "date-time",
                    "examples": [
                      "2024-05-01T09:30:00.000Z"
                    ]
                  },
                  "owner": {
                    "type": "string",
                    "description": "The owner organisation's name."
                  },
                  "tlp": {
                    "$ref": "#/components/schemas/TLP"
                  },
                  "audience": {
                    "$ref": "#/components/schemas/Audience"
                  },
                  "object": {
                    "$ref": "#/components/schemas/STIXObject"
                  }
                }
              },
              "ObjectPage": {
                "type": "object",
                "required": [
                  "items",
                  "next"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ObjectItem"
                    }
                  },
                  "next": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` for the next page; null on the last page."
                  }
                }
              },
              "Counts": {
                "type": "object",
                "required": [
                  "total",
                  "by_type"
                ],
                "properties": {
                  "total": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "by_type": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "examples": [
                      {
                        "indicator": 120,
                        "malware": 4
                      }
                    ]
                  }
                }
              },
              "AuditEntry": {
                "type": "object",
                "required": [
                  "sequence",
                  "at",
                  "user_id",
                  "organisation_id",
                  "key",
                  "action",
                  "object_ids",
                  "detail"
                ],
                "properties": {
                  "sequence": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time",
                    "examples": [
                      "2024-05-01T09:30:00.000Z"
                    ]
                  },
                  "user_id": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "organisation_id": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "key": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The prefix of the API key used, `kz_<12 hex>`."
                  },
                  "action": {
                    "type": "string",
                    "enum": [
                      "write",
                      "revoke",
                      "read-restricted",
                      "export",
                      "admin"
                    ]
                  },
                  "object_ids": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "detail": {
                    "type": "string"
                  }
                }
              },
              "TAXIIError": {
                "type": "object",
                "description": "The TAXII 2.1 error resource.",
                "properties": {
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": "string"
                  },
                  "http_status": {
                    "type": "string"
                  },
                  "error_code": {
                    "type": "string"
                  },
                  "details": {
                    "type": "object"
                  }
                },
                "required": [
                  "title",
                  "http_status"
                ]
              },
              "TAXIIEnvelope": {
                "type": "object",
                "properties": {
                  "more": {
                    "type": "boolean"
                  },
                  "next": {
                    "type": "string"
                  },
                  "objects": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/STIXObject"
                    }
                  }
                },
                "required": [
                  "objects"
                ]
              },
              "TAXIIStatus": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "complete",
                      "pending"
                    ]
                  },
                  "request_timestamp": {
                    "type": "string"
                  },
                  "total_count": {
                    "type": "integer"
                  },
                  "success_count": {
                    "type": "integer"
                  },
                  "successes": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "failure_count": {
                    "type": "integer"
                  },
                  "failures": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "pending_count": {
                    "type": "integer"
                  },
                  "pendings": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  }
                },
                "required": [
                  "id",
                  "status",
                  "total_count",
                  "success_count",
                  "failure_count",
                  "pending_count"
                ]
              },
              "TAXIICollection": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": "string"
                  },
                  "can_read": {
                    "type": "boolean"
                  },
                  "can_write": {
                    "type": "boolean"
                  },
                  "media_types": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "id",
                  "title",
                  "can_read",
                  "can_write"
                ]
              },
              "ImportReport": {
                "type": "object",
                "required": [
                  "summary",
                  "items"
                ],
                "properties": {
                  "summary": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    },
                    "description": "How many items ended in each status."
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "source",
                        "type",
                        "value",
                        "status",
                        "reason",
                        "stix_ids",
                        "warnings"
                      ],
                      "properties": {
                        "source": {
                          "type": "string",
                          "description": "Where the item came from: `event <uuid> attribute <uuid>`, `line 3, column 7`, `row 2, column 1`."
                        },
                        "type": {
                          "type": "string",
                          "description": "The MISP type or the observable type."
                        },
                        "value": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "status": {
                          "type": "string",
                          "enum": [
                            "preview",
                            "created",
                            "new-version",
                            "unchanged",
                            "skipped",
                            "rejected"
                          ]
                        },
                        "reason": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Why it was skipped or rejected."
                        },
                        "stix_ids": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "warnings": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "list": {
                                "type": "string"
                              },
                              "type": {
                                "type": "string"
                              },
                              "entry": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            },
            "responses": {
              "BadRequest": {
                "description": "Invalid input: a malformed body or parameter, an unknown field or query parameter, or a broken rule; `path` names the field or parameter.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Unauthorized": {
                "description": "No API key, or a malformed, unknown, expired or revoked one.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                },
                "headers": {
                  "WWW-Authenticate": {
                    "description": "`Bearer realm=\"kizuna\"`",
                    "schema": {
                      "type": "string"
                    }
                  }
                }
              },
              "Forbidden": {
                "description": "The requester's role does not allow this.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "NotFound": {
                "description": "No such thing, or the requester may not know that it exists.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Conflict": {
                "description": "Conflicts with what is stored, such as a duplicate name.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "PayloadTooLarge": {
                "description": "The request body exceeds the maximum size.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "InternalError": {
                "description": "An unexpected server error.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "TAXIIUnauthorized": {
                "description": "No, unknown, expired or revoked credentials (Basic with the API key as password, or Bearer).",
                "content": {
                  "application/taxii+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/TAXIIError"
                    }
                  }
                }
              },
              "TAXIINotAcceptable": {
                "description": "The Accept header admits no TAXII 2.1 response.",
                "content": {
                  "application/taxii+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/TAXIIError"
                    }
                  }
                }
              },
              "TAXIINotFound": {
                "description": "No such collection, object or status for the requester (an object it may not read does not exist for it).",
                "content": {
                  "application/taxii+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/TAXIIError"
                    }
                  }
                }
              },
              "TAXIIBadRequest": {
                "description": "A bad filter, a next token of another query, or a malformed envelope.",
                "content": {
                  "application/taxii+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/TAXIIError"
                    }
                  }
                }
              },
              "TAXIIForbidden": {
                "description": "The requester may not do this here (writing without the right, or deleting another organisation's object).",
                "content": {
                  "application/taxii+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/TAXIIError"
                    }
                  }
                }
              },
              "TAXIITooLarge": {
                "description": "Body above max_content_length.",
                "content": {
                  "application/taxii+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/TAXIIError"
                    }
                  }
                }
              },
              "TAXIIUnsupportedMediaType": {
                "description": "Content-Type is not TAXII 2.1 JSON.",
                "content": {
                  "application/taxii+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/TAXIIError"
                    }
                  }
                }
              },
              "Export": {
                "description": "The export, streamed.",
                "content": {
                  "text/plain": {
                    "schema": {
                      "type": "string"
                    }
                  },
                  "text/csv": {
                    "schema": {
                      "type": "string"
                    }
                  },
                  "application/stix+json;version=2.1": {
                    "schema": {
                      "$ref": "#/components/schemas/STIXBundle"
                    }
                  },
                  "application/x-tar": {
                    "schema": {
                      "type": "string",
                      "format": "binary"
                    }
                  }
                }
              }
            },
            "parameters": {
              "TypeQuery": {
                "name": "type",
                "in": "query",
                "required": false,
                "style": "form",
                "explode": true,
                "description": "Only objects of these STIX types (repeat the parameter or separate with commas).",
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "examples": [
                      "indicator"
                    ]
                  }
                }
              },
              "IdQuery": {
                "name": "id",
                "in": "query",
                "required": false,
                "style": "form",
                "explode": true,
                "description": "Only objects with these STIX ids (repeat the parameter or separate with commas).",
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "pattern": "^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  }
                }
              },
              "OwnerQuery": {
                "name": "owner",
                "in": "query",
                "required": false,
                "description": "Only objects owned by this organisation, given by numeric id or exact name; an unknown organisation is a 400.",
                "schema": {
                  "type": "string"
                }
              },
              "TlpQuery": {
                "name": "tlp",
                "in": "query",
                "required": false,
                "style": "form",
                "explode": true,
                "description": "Only objects with these TLP levels (repeat the parameter or separate with commas). Case is ignored; `white`, a `TLP:` prefix and `amber strict`/`amber-strict` are also understood.",
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "enum": [
                      "clear",
                      "green",
                      "amber",
                      "amber+strict",
                      "red",
                      "white"
                    ]
                  }
                }
              },
              "LabelQuery": {
                "name": "label",
                "in": "query",
                "required": false,
                "description": "Only objects carrying this value in `labels`.",
                "schema": {
                  "type": "string"
                }
              },
              "CreatedByRefQuery": {
                "name": "created_by_ref",
                "in": "query",
                "required": false,
                "description": "Only objects whose `created_by_ref` is this identity id.",
                "schema": {
                  "type": "string",
                  "pattern": "^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                }
              },
              "AddedAfterQuery": {
                "name": "added_after",
                "in": "query",
                "required": false,
                "description": "Only objects added to this server strictly after this RFC 3339 UTC timestamp.",
                "schema": {
                  "type": "string",
                  "format": "date-time",
                  "examples": [
                    "2024-05-01T09:30:00.000Z"
                  ]
                }
              },
              "ModifiedAfterQuery": {
                "name": "modified_after",
                "in": "query",
                "required": false,
                "description": "Only objects whose `modified` is strictly after this RFC 3339 UTC timestamp (objects without `modified`, such as SCOs, are excluded).",
                "schema": {
                  "type": "string",
                  "format": "date-time",
                  "examples": [
                    "2024-05-01T09:30:00.000Z"
                  ]
                }
              },
              "QQuery": {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Case-insensitive substring of the object's name, description, pattern or value.",
                "schema": {
                  "type": "string"
                }
              },
              "IncludeRevokedQuery": {
                "name": "include_revoked",
                "in": "query",
                "required": false,
                "description": "Include revoked objects.",
                "schema": {
                  "type": "boolean",
                  "default": false
                }
              },
              "CursorQuery": {
                "name": "cursor",
                "in": "query",
                "required": false,
                "description": "Only objects stored after this point: the `next` value of a previous page.",
                "schema": {
                  "type": "string",
                  "pattern": "^[0-9]+$",
                  "examples": [
                    "1042"
                  ]
                }
              },
              "ExportTypeQuery": {
                "name": "type",
                "in": "query",
                "required": false,
                "description": "Feed formats: only these observable types (repeat or separate with commas; `text` needs exactly one). `stix`: object types.",
                "schema": {
                  "type": "string",
                  "examples": [
                    "domain-name",
                    "ipv4-addr,ipv4-net"
                  ]
                }
              },
              "SidBaseQuery": {
                "name": "sid_base",
                "in": "query",
                "required": false,
                "description": "`suricata`: the lowest signature id.",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 4000000000,
                  "default": 9000000
                }
              },
              "SuricataListQuery": {
                "name": "list",
                "in": "query",
                "required": false,
                "description": "`suricata`: instead of the rules, the file-hash list they read (a hash and its indicator id a line).",
                "schema": {
                  "type": "string",
                  "enum": [
                    "file-md5",
                    "file-sha1",
                    "file-sha256"
                  ]
                }
              },
              "RpzActionQuery": {
                "name": "action",
                "in": "query",
                "required": false,
                "description": "`rpz`: the policy action.",
                "schema": {
                  "type": "string",
                  "default": "nxdomain",
                  "examples": [
                    "nxdomain",
                    "nodata",
                    "passthru",
                    "drop",
                    "tcp-only",
                    "redirect:walled-garden.example."
                  ]
                }
              },
              "RpzOriginQuery": {
                "name": "origin",
                "in": "query",
                "required": false,
                "description": "`rpz`: the zone's origin.",
                "schema": {
                  "type": "string",
                  "default": "rpz.kizuna."
                }
              }
            }
          }
        }
        """#
}

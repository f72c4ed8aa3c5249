#!/usr/bin/env python3
"""Real edits of openapi/agent-tokens.yaml, one file each: writes <out>/<name>.yaml.

Each edit replaces exact text of the spec; the script stops when that text is missing, so an
edit never silently turns into no change. run.sh compares `contract diff` with openapi-diff
alone on every edit.
"""
import os
import sys

SPEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "openapi", "agent-tokens.yaml")
NAME = "        name:\n          type: string\n          description: The name of the agent token.\n"
KIND = "            - STANDARD\n            - DIRECT_ACCESS\n"
SCOPE = "            - DEPLOYMENT\n            - WORKSPACE\n            - ORGANIZATION\n"
REQ_REQUIRED = "      required:\n        - name\n      properties:\n        name:\n          type: string\n          description: The name of the agent token.\n"
EXPIRY = "          minimum: 1\n          maximum: 3650\n"
JWT = "    JWT:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n"
LIMIT = "        minimum: 0\n        maximum: 1000\n        default: 20\n"
DELETE_204 = "        '204':\n          description: No Content. The token is deleted; the response has no body.\n"
CREATE_200 = "        '200':\n          description: OK. The new agent token, with its secret `token`, shown this once.\n"
REQUEST_ID_HEADER = "      headers:\n        X-Request-Id:\n          $ref: '#/components/headers/RequestId'\n"

EDITS = {
    # the five of issue 10, then enum growth
    "response-name-no-longer-required": [("        - kind\n        - name\n        - scope\n", "        - kind\n        - scope\n")],
    "name-nullable-in-request-and-response": [(NAME, NAME.replace("type: string\n", "type: string\n          nullable: true\n"))],
    "bearer-replaced-by-api-key-scheme": [(JWT, "    JWT:\n      type: apiKey\n      in: header\n      name: X-API-Key\n")],
    "request-name-gets-pattern": [(REQ_REQUIRED, REQ_REQUIRED.replace("type: string\n", "type: string\n          pattern: '^[a-z0-9-]+$'\n"))],
    "response-created-at-date-time-to-date": [("          format: date-time\n          description: When the token was created",
                                               "          format: date\n          description: When the token was created")],
    "response-int32-to-int64": [("          format: int32\n          description: The lifetime of the token in days; absent",
                                 "          format: int64\n          description: The lifetime of the token in days; absent")],
    "response-kind-gains-ephemeral": [(KIND, KIND + "            - EPHEMERAL\n")],
    # response side
    "response-short-token-removed": [("        - shortToken\n", ""),
                                     ("        shortToken:\n          type: string\n          description: A short, non-secret value that identifies the token after its creation.\n", "")],
    "response-field-added": [("        roles:\n          type: array\n", "        tags:\n          type: array\n          items:\n            type: string\n        roles:\n          type: array\n")],
    "response-scope-loses-workspace": [(SCOPE, "            - DEPLOYMENT\n            - ORGANIZATION\n")],
    "response-kind-loses-its-enum": [("          enum:\n" + KIND, "")],
    "name-gets-max-length-in-request-and-response": [(NAME, NAME.replace("type: string\n", "type: string\n          maxLength: 64\n"))],
    "create-success-200-to-201": [(CREATE_200, CREATE_200.replace("'200'", "'201'"))],
    "delete-success-204-to-200": [(DELETE_204, DELETE_204.replace("'204'", "'200'"))],
    "delete-loses-404": [("          $ref: '#/components/responses/Forbidden'\n        '404':\n          $ref: '#/components/responses/NotFound'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n\ncomponents:",
                          "          $ref: '#/components/responses/Forbidden'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n\ncomponents:")],
    "delete-gains-409": [(DELETE_204, DELETE_204 + "        '409':\n          description: Conflict.\n")],
    "error-responses-lose-request-id-header": [(REQUEST_ID_HEADER, "")],
    "response-created-at-becomes-integer": [("          type: string\n          format: date-time\n          description: When the token was created",
                                             "          type: integer\n          format: int64\n          description: When the token was created")],
    # request side
    "request-description-required": [(REQ_REQUIRED, REQ_REQUIRED.replace("        - name\n", "        - name\n        - description\n"))],
    "request-new-required-field": [(REQ_REQUIRED, REQ_REQUIRED.replace("        - name\n      properties:\n", "        - name\n        - owner\n      properties:\n        owner:\n          type: string\n"))],
    "request-new-optional-field": [(REQ_REQUIRED, REQ_REQUIRED.replace("      properties:\n", "      properties:\n        owner:\n          type: string\n"))],
    "request-name-max-length-added": [(REQ_REQUIRED, REQ_REQUIRED.replace("type: string\n", "type: string\n          maxLength: 32\n"))],
    "request-expiry-maximum-lowered": [(EXPIRY, "          minimum: 1\n          maximum: 365\n")],
    "request-expiry-maximum-raised": [(EXPIRY, "          minimum: 1\n          maximum: 7300\n")],
    "request-expiry-exclusive-minimum": [(EXPIRY, "          minimum: 1\n          exclusiveMinimum: true\n          maximum: 3650\n")],
    "request-expiry-becomes-string": [("        tokenExpiryPeriodInDays:\n          type: integer\n          format: int32\n",
                                       "        tokenExpiryPeriodInDays:\n          type: string\n")],
    "request-expiry-int32-to-int64": [("        tokenExpiryPeriodInDays:\n          type: integer\n          format: int32\n",
                                       "        tokenExpiryPeriodInDays:\n          type: integer\n          format: int64\n")],
    "request-body-becomes-form": [("            schema:\n              $ref: '#/components/schemas/CreateAgentTokenRequest'\n",
                                   "            schema:\n              $ref: '#/components/schemas/CreateAgentTokenRequest'\n", "application/json:\n            schema:\n              $ref: '#/components/schemas/CreateAgentTokenRequest'")],
    "limit-maximum-lowered": [(LIMIT, LIMIT.replace("1000", "100"))],
    "limit-becomes-required": [("      name: limit\n      in: query\n      required: false\n", "      name: limit\n      in: query\n      required: true\n")],
    "limit-moves-to-header": [("      name: limit\n      in: query\n", "      name: limit\n      in: header\n")],
    "limit-renamed-page-size": [("      name: limit\n      in: query\n", "      name: pageSize\n      in: query\n")],
    "sorts-loses-values": [("            - tokenStartAt:asc\n            - tokenStartAt:desc\n", "")],
    "sorts-not-exploded": [("      style: form\n      explode: true\n", "      style: form\n      explode: false\n")],
    "path-parameter-renamed": [("{agentTokenId}", "{tokenId}"), ("      name: agentTokenId\n", "      name: tokenId\n")],
    # security
    "bearer-format-changed": [("      bearerFormat: JWT\n", "      bearerFormat: opaque\n")],
    "security-api-key-alternative-added": [("        - JWT: []\n", "        - JWT: []\n        - ApiKey: []\n"),
                                           ("  securitySchemes:\n", "  securitySchemes:\n    ApiKey:\n      type: apiKey\n      in: header\n      name: X-API-Key\n")],
    "security-replaced-by-new-api-key-scheme": [("        - JWT: []\n", "        - ApiKey: []\n"),
                                                ("  securitySchemes:\n", "  securitySchemes:\n    ApiKey:\n      type: apiKey\n      in: header\n      name: X-API-Key\n")],
    # operations and documentation
    "operation-id-renamed": [("operationId: GetAgentToken", "operationId: FetchAgentToken")],
    "delete-operation-removed": [],
    "descriptions-edited": [("description: The name of the agent token.", "description: The agent token's name.")],
    "example-edited": [("name: worker-eu-west-1", "name: worker-us-east-2")],
}


def apply(text, name, replacements):
    edited = text
    for step in replacements:
        old, new = step[0], step[1]
        if len(step) == 3:  # (anchor, unused, media-type edit): add a second media type
            old = "          application/json:\n            schema:\n              $ref: '#/components/schemas/CreateAgentTokenRequest'\n"
            new = "          application/x-www-form-urlencoded:\n            schema:\n              $ref: '#/components/schemas/CreateAgentTokenRequest'\n"
        if old not in edited:
            sys.exit(f"edit {name}: the spec no longer has {old!r}")
        edited = edited.replace(old, new)
    return edited


def main(out):
    text = open(SPEC).read()
    os.makedirs(out, exist_ok=True)
    start = text.index("    delete:\n      operationId: DeleteAgentToken")
    end = text.index("\ncomponents:")
    EDITS["delete-operation-removed"] = [(text[start:end], "")]
    for name, replacements in EDITS.items():
        edited = apply(text, name, replacements)
        if edited == text:
            sys.exit(f"edit {name} changes nothing")
        with open(os.path.join(out, name + ".yaml"), "w") as f:
            f.write(edited)
    print(f"{len(EDITS)} edits written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])

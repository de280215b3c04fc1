"""docs/board.schema.json is generated from the models, never written by hand.

When a kind or a field is added the schema changes; this test writes the new one (exactly what
`codesign schema` prints) and fails once, so the change shows up in the diff to review and
commit rather than waiting for someone to remember a command.
"""

import json
from pathlib import Path

from codesign.storage import BoardFile

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "board.schema.json"


def test_the_documented_schema_is_the_models_schema():
    current = BoardFile.model_json_schema()
    documented = json.loads(SCHEMA.read_text(encoding="utf-8")) if SCHEMA.exists() else None
    if documented != current:
        SCHEMA.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert documented == current, f"{SCHEMA} was out of date: regenerated, review and commit it"

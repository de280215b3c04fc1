"""New stable ids for records: short, unique without coordination, safe in any file name."""

import uuid


def new_id(prefix: str) -> str:
    """`note-3f2a9c1b7d4e`: the prefix says the kind to a person reading the file."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"

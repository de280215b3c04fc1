"""The facilitator's PIN as a salted PBKDF2 hash, and the wait that slows down guessing it.

The PIN itself is never kept: not in memory, settings or the recovery copy, which holds the
hash so that a board restored after a crash opens locked behind the same PIN.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

PBKDF2_ITERATIONS = 120_000
MIN_PIN_LENGTH = 4
FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5.0
LONGEST_WAIT_SECONDS = 60.0


def valid_pin(pin: str) -> bool:
    return len(pin) >= MIN_PIN_LENGTH and pin.isdigit()


def hash_pin(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def wait_after(failed: int) -> float:
    """Seconds before the next try after `failed` wrong ones: three free, then 5, 10, 20, 40,
    and a minute from then on. Four digits are 10,000 PINs: days of guessing at that pace."""
    if failed < FREE_TRIES:
        return 0.0
    return min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failed - FREE_TRIES))


@dataclass(frozen=True)
class PinKey:
    salt: bytes
    digest: bytes
    iterations: int

    @classmethod
    def make(cls, pin: str, iterations: int | None = None) -> "PinKey":
        """Raises ValueError for a PIN shorter than four digits."""
        if not valid_pin(pin):
            raise ValueError(f"a PIN is at least {MIN_PIN_LENGTH} digits")
        rounds = iterations or PBKDF2_ITERATIONS
        salt = secrets.token_bytes(16)
        return cls(salt, hash_pin(pin, salt, rounds), rounds)

    def matches(self, pin: str) -> bool:
        return hmac.compare_digest(hash_pin(pin, self.salt, self.iterations), self.digest)

    def to_json(self) -> dict[str, Any]:
        return {"salt": self.salt.hex(), "hash": self.digest.hex(), "iterations": self.iterations}

    @classmethod
    def from_json(cls, value: object) -> "PinKey | None":
        """None for anything that is not a key written by `to_json`."""
        if not isinstance(value, dict):
            return None
        salt, digest, iterations = value.get("salt"), value.get("hash"), value.get("iterations")
        if not (isinstance(salt, str) and isinstance(digest, str) and isinstance(iterations, int)):
            return None
        if iterations < 1 or iterations > 10_000_000:
            return None
        try:
            return cls(bytes.fromhex(salt), bytes.fromhex(digest), iterations)
        except ValueError:
            return None

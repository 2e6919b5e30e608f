"""What a roster file says about each member, whatever its format, and the checks shared by the
format readers (ids, names, dates, states, languages)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from django.utils import timezone

MAX_PROBLEMS = 200
MEMBER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
# Control, format (bidi overrides, zero-width) and separator characters have no place in a name.
_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]"
)
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


class Action(StrEnum):
    ADD = "add"  # a new member is added, a known one changed
    CHANGE = "change"  # a known member is changed; an unknown id is refused
    TERMINATE = "terminate"
    REINSTATE = "reinstate"


@dataclass(frozen=True)
class CoverageRecord:
    plan: str  # "" for "every coverage the member has" (terminations and reinstatements)
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class MemberRecord:
    """One member's maintenance. Empty strings and None mean "the file does not say": a change
    never erases what is known with what is absent."""

    where: str  # "row 4", "segment 8 (INS)", "entry 2 (Patient)"
    action: Action
    member_id: str
    first_name: str = ""
    last_name: str = ""
    date_of_birth: date | None = None
    sex: str = ""
    state: str = ""
    language: str = ""
    coverages: tuple[CoverageRecord, ...] = ()
    ends_on: date | None = None  # a termination's last covered day when no coverage is named


@dataclass(frozen=True)
class Problem:
    file: str
    location: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}, {self.location}, {self.field}: {self.message}"


@dataclass
class Problems:
    """Every problem of one file, located; capped so a hostile file cannot grow the report."""

    file: str
    items: list[Problem] = field(default_factory=list)
    count: int = 0
    today: date = field(default_factory=timezone.localdate)  # for dates of birth

    def add(self, location: str, field_name: str, message: str) -> None:
        self.count += 1
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(self.file, location, field_name, message))

    def __bool__(self) -> bool:
        return self.count > 0


def text_of(data: bytes, problems: Problems) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.add("file", "encoding", f"not UTF-8 text (byte {error.start})")
        return None


def check_member_id(value: str, where: str, field_name: str, problems: Problems) -> str:
    if not value:
        problems.add(where, field_name, "is required (the member id)")
    elif not MEMBER_ID.fullmatch(value):
        problems.add(where, field_name, "a member id is 1 to 32 letters, digits, '.', '_' or '-'")
    return value


def check_name(value: str, where: str, field_name: str, problems: Problems) -> str:
    value = " ".join(value.split())
    if len(value) > 100:
        problems.add(where, field_name, f"longer than 100 characters ({len(value)})")
    elif _UNPRINTABLE.search(value):
        problems.add(where, field_name, "contains control characters")
    return value


def check_plan(value: str, where: str, field_name: str, problems: Problems) -> str:
    return check_name(value, where, field_name, problems)


def parse_date(
    value: str, where: str, field_name: str, problems: Problems, *, compact: bool = False
) -> date | None:
    """A date as ISO 8601 (2024-01-31), or CCYYMMDD when `compact` (X12); None when empty."""
    if not value:
        return None
    try:
        if compact:
            if not re.fullmatch(r"\d{8}", value):
                raise ValueError
            parsed = date(int(value[:4]), int(value[4:6]), int(value[6:]))
        else:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            parsed = date.fromisoformat(value)
    except ValueError:
        shape = "CCYYMMDD" if compact else "YYYY-MM-DD"
        problems.add(where, field_name, f"not a date ({shape})")
        return None
    if not EARLIEST <= parsed <= LATEST:
        problems.add(where, field_name, "outside the years 1900 to 2100")
        return None
    return parsed


def check_birth_date(value: date | None, where: str, field_name: str, problems: Problems) -> None:
    if value is not None and value > problems.today:
        problems.add(where, field_name, "a date of birth in the future")


SEXES = {"F": "F", "M": "M", "U": "U", "FEMALE": "F", "MALE": "M", "UNKNOWN": "U", "OTHER": "U"}


def parse_sex(value: str, where: str, field_name: str, problems: Problems) -> str:
    if not value:
        return ""
    sex = SEXES.get(value.strip().upper())
    if sex is None:
        problems.add(where, field_name, "must be F, M or U (female, male, unknown)")
        return ""
    return sex


# USPS codes of the states, DC and the territories, and the names files spell them with.
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "AS": "American Samoa",
    "GU": "Guam", "MP": "Northern Mariana Islands", "PR": "Puerto Rico",
    "VI": "U.S. Virgin Islands", "AA": "Armed Forces Americas", "AE": "Armed Forces Europe",
    "AP": "Armed Forces Pacific",
}  # fmt: skip
_STATE_BY_NAME = {name.upper(): code for code, name in STATES.items()}


def parse_state(value: str, where: str, field_name: str, problems: Problems) -> str:
    if not value:
        return ""
    key = " ".join(value.split()).upper()
    if key in STATES:
        return key
    if key in _STATE_BY_NAME:
        return _STATE_BY_NAME[key]
    problems.add(where, field_name, "not a US state, DC or territory (a USPS code such as PA)")
    return ""


# ISO 639-2 (three letters, as X12 LUI*LE and some FHIR systems carry them) to ISO 639-1, for
# the languages US plans most often record; B and T forms both.
_ISO_639_2 = {
    "eng": "en", "spa": "es", "chi": "zh", "zho": "zh", "vie": "vi", "kor": "ko", "tgl": "tl",
    "fil": "tl", "rus": "ru", "ara": "ar", "fre": "fr", "fra": "fr", "hat": "ht", "por": "pt",
    "ger": "de", "deu": "de", "ita": "it", "pol": "pl", "jpn": "ja", "hin": "hi", "urd": "ur",
    "per": "fa", "fas": "fa", "guj": "gu", "ben": "bn", "pan": "pa", "tam": "ta", "tel": "te",
    "arm": "hy", "hye": "hy", "gre": "el", "ell": "el", "heb": "he", "yid": "yi", "khm": "km",
    "lao": "lo", "hmn": "", "som": "so", "amh": "am", "tha": "th", "ukr": "uk", "nep": "ne",
    "bur": "my", "mya": "my", "alb": "sq", "sqi": "sq", "srp": "sr", "hrv": "hr", "bos": "bs",
    "rum": "ro", "ron": "ro", "hun": "hu", "cze": "cs", "ces": "cs", "dut": "nl", "nld": "nl",
    "swa": "sw", "yor": "yo", "ibo": "ig", "nav": "nv", "tur": "tr", "ind": "id", "may": "ms",
    "msa": "ms", "mar": "mr", "swe": "sv", "nor": "no", "dan": "da", "fin": "fi", "ice": "is",
    "isl": "is", "gle": "ga", "wel": "cy", "cym": "cy", "ase": "", "sgn": "",
}  # fmt: skip


def parse_language(value: str, where: str, field_name: str, problems: Problems) -> str:
    """ISO 639-1 ("es"), a BCP 47 tag ("es-MX") or ISO 639-2 ("spa") to ISO 639-1; "" when the
    file gives none. A code we cannot map is refused rather than stored half-understood."""
    if not value:
        return ""
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if len(code) == 2 and code.isascii() and code.isalpha():
        return code
    if code in _ISO_639_2:  # Hmong and sign languages have no ISO 639-1 code: kept as given
        return _ISO_639_2[code] or code
    problems.add(
        where, field_name, "not a language code we can map to ISO 639-1 (such as en, es or spa)"
    )
    return ""

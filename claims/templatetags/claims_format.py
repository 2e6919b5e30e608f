"""Formatting for claims pages: money as dollars (exact Decimal), network status in words."""

from decimal import Decimal

from django import template

register = template.Library()

NETWORK = {"in": "in network", "out": "out of network", "unknown": "network unknown"}


@register.filter
def money(value: Decimal | None) -> str:
    if value is None or value == "":
        return "—"
    amount = Decimal(value)
    return f"-${-amount:,.2f}" if amount < 0 else f"${amount:,.2f}"


@register.filter
def network(value: str) -> str:
    return NETWORK.get(value, value)


@register.filter
def joined(values: list[object] | tuple[object, ...], separator: str = ", ") -> str:
    return separator.join(str(value) for value in values or ())


@register.filter
def icd10(code: str) -> str:
    """E119 -> E11.9: ICD-10-CM codes are stored without the dot and shown with it."""
    return f"{code[:3]}.{code[3:]}" if len(code) > 3 else code


@register.filter
def quantity(value: Decimal | None) -> str:
    """Units without trailing zeros: 2.000 -> 2, 1.500 -> 1.5, 10.000 -> 10."""
    if value is None:
        return "—"
    return format(Decimal(value).normalize(), "f")


@register.filter
def get_item(mapping: dict[object, object], key: object) -> object:
    return mapping.get(key, ())

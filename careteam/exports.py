"""Helpers for CSV exports that staff open in spreadsheet apps."""


def spreadsheet_safe(value: str) -> str:
    """Spreadsheet apps run cells that start with = + - @ as formulas: quote such a cell."""
    return "'" + value if value[:1] in {"=", "+", "-", "@"} else value

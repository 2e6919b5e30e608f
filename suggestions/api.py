"""The suggestions app's public interface for other apps (training imports from here)."""

from suggestions.templating import (
    Filled,
    KnownFacts,
    Placeholder,
    fill,
    placeholders_in,
    to_template,
)

__all__ = ["Filled", "KnownFacts", "Placeholder", "fill", "placeholders_in", "to_template"]

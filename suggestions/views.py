"""Views of the suggestions app arrive with its issue."""

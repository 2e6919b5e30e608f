"""Views of the training app arrive with its issue."""

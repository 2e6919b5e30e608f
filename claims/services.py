"""Services of the claims app arrive with its issue."""
